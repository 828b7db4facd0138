/* extract: topics ("including ..." lists and the objects of "discussed",
   "exchanged views on", "covered", "covering", ...), mapped onto the
   topic scheme, and
   the multilateral venues the text names. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

/* ---- Mapping onto the scheme -------------------------------------------- */

#define MAX_STEMS 24

typedef struct
{
  char w[MAX_STEMS][8];
  size_t n;
} Stems;

static bool
stopword(const char* w, size_t n)
{
  static const char* const list[] = {
    "the",    "of",         "and",       "in",   "on",       "for",
    "to",     "a",          "an",        "our",  "their",    "its",
    "each",   "between",    "with",      "by",   "relevant", "issue",
    "issues", "including",  "such",      "as",   "at",       "from",
    "both",   "two",        "other",     "work", "shared",   "common",
    "mutual", "commitment", "bilateral", NULL
  };
  for (size_t i = 0; list[i]; ++i) {
    if (strlen(list[i]) == n && !strncmp(w, list[i], n)) {
      return true;
    }
  }
  return false;
}

/* Crude stems: lower case, plural and -ing dropped, first six letters;
   "security"/"secure" count as "protect". */
static void stems_split(const char* s, Stems* out, bool hyphens);

static void
stems_of(const char* s, Stems* out)
{
  stems_split(s, out, false);
}

/* As stems_of, with `hyphens` also at the hyphens of a compound
   ("confidence-building" is two words). */
static void
stems_split(const char* s, Stems* out, bool hyphens)
{
  out->n = 0;
  size_t i = 0;
  const size_t len = strlen(s);
  while (i < len && out->n < MAX_STEMS) {
    while (i < len && !xlex_is_word_char((unsigned char)s[i])) {
      if (s[i] == '(') {
        /* "(including 5G technology)": an aside, not the phrase */
        const char* close = strchr(s + i, ')');
        i = close ? (size_t)(close - s) : len;
      }
      ++i;
    }
    char w[64];
    size_t n = 0;
    while (i < len && (xlex_is_word_char((unsigned char)s[i]) ||
                       (s[i] == '-' && !hyphens) || s[i] == '\'')) {
      if (n < sizeof(w) - 1u) {
        const char c = s[i];
        w[n++] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
      }
      ++i;
    }
    w[n] = '\0';
    if (n >= 2u && w[n - 2u] == '\'' && w[n - 1u] == 's') {
      n -= 2u;
    }
    w[n] = '\0';
    if (!n || stopword(w, n)) {
      continue;
    }
    if (n > 4u && !strcmp(w + n - 3u, "ies")) {
      n -= 3u;
      w[n++] = 'y';
    } else if (n > 3u && w[n - 1u] == 's' && w[n - 2u] != 's') {
      --n;
    }
    if (n > 5u && !strncmp(w + n - 3u, "ing", 3u)) {
      n -= 3u;
    }
    w[n] = '\0';
    if (!strncmp(w, "secur", 5u)) {
      strcpy(w, "protec");
      n = 6u;
    }
    /* "international" is not "internet" */
    if (!strncmp(w, "internation", 11u)) {
      strcpy(w, "intl");
      n = 4u;
    }
    if (n > 6u) {
      n = 6u;
    }
    memcpy(out->w[out->n], w, n);
    out->w[out->n][n] = '\0';
    ++out->n;
  }
}

static bool
subset(const Stems* a, const Stems* b)
{
  if (!a->n) {
    return false;
  }
  for (size_t i = 0; i < a->n; ++i) {
    bool found = false;
    for (size_t k = 0; k < b->n && !found; ++k) {
      found = !strcmp(a->w[i], b->w[k]);
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

/* Do the words of `a` all stand in `b`, side by side, in any order? A
   word between them makes another thing of the label: "critical
   information infrastructure protection" is not "critical infrastructure
   protection", nor "sharing threat information" "information sharing". */
static bool
adjacent(const Stems* a, const Stems* b)
{
  size_t lo = b->n, hi = 0;
  for (size_t i = 0; i < a->n; ++i) {
    size_t k = 0;
    while (k < b->n && strcmp(a->w[i], b->w[k])) {
      ++k;
    }
    if (k == b->n) {
      return false;
    }
    lo = k < lo ? k : lo;
    hi = k > hi ? k : hi;
  }
  return a->n && hi - lo + 1u == a->n;
}

const char*
xtopic_map(XCtx* x, const char* phrase, bool* exact)
{
  *exact = false;
  const DkgConcept* c = dkg_registry_topic(x->reg, phrase, strlen(phrase));
  if (c) {
    *exact = true;
    return phrase;
  }
  /* "cyber resilience and the protection of critical infrastructure"
     names two things: no one concept stands for it */
  if (xlex_find(phrase, strlen(phrase), "and") != NONE) {
    return NULL;
  }
  Stems mine, mine_split;
  stems_of(phrase, &mine);
  stems_split(phrase, &mine_split, true);
  const cJSON* list =
    cJSON_GetObjectItemCaseSensitive(x->topics_json, "topics");
  const char* best = NULL;
  size_t best_n = 0;
  bool tie = false;
  const cJSON* t = NULL;
  cJSON_ArrayForEach(t, list)
  {
    const cJSON* label = cJSON_GetObjectItemCaseSensitive(t, "label");
    const cJSON* alts =
      cJSON_GetObjectItemCaseSensitive(t, "alternative_labels");
    if (!cJSON_IsString(label)) {
      continue;
    }
    size_t top = 0;
    for (int k = -1; k < cJSON_GetArraySize(alts); ++k) {
      const cJSON* l = k < 0 ? label : cJSON_GetArrayItem(alts, k);
      if (!cJSON_IsString(l)) {
        continue;
      }
      Stems theirs, theirs_split;
      stems_of(l->valuestring, &theirs);
      stems_split(l->valuestring, &theirs_split, true);
      /* the label is a third of the phrase at least: "cooperation in
         cyber capacity building with partner countries across the
         region" is a topic of its own that names the concept */
      if (subset(&theirs, &mine) && theirs.n > top && 3u * theirs.n >= mine.n &&
          adjacent(&theirs_split, &mine_split)) {
        top = theirs.n;
      } else if (!top && mine.n >= 4u && theirs.n <= mine.n + 1u &&
                 subset(&mine, &theirs)) {
        /* a label with one word more: "norms of state behaviour in
           cyberspace" is "norms of responsible state behaviour ..." */
        top = mine.n;
      }
    }
    if (top > best_n) {
      best_n = top;
      best = label->valuestring;
      tie = false;
    } else if (top && top == best_n && best &&
               strcmp(best, label->valuestring)) {
      tie = true;
    }
  }
  return tie ? NULL : best;
}

/* ---- Lists -----------------------------------------------------------------
 */

static void
add_venue(XCtx* x, const char* name, size_t b, size_t e, size_t sent)
{
  for (size_t i = 0; i < x->n_venues; ++i) {
    if (!strcmp(x->venues[i].name, name)) {
      return;
    }
  }
  XItem* p = (XItem*)realloc(x->venues, (x->n_venues + 1u) * sizeof(XItem));
  if (!p) {
    x->nomem = true;
    return;
  }
  x->venues = p;
  XItem* it = &x->venues[x->n_venues];
  it->name = strdup(name);
  it->span.b = b;
  it->span.e = e;
  it->sent = sent;
  if (it->name) {
    ++x->n_venues;
  }
}

/* The venues named in [b, e); true when they cover all of it. */
static bool
venues_in(XCtx* x, size_t b, size_t e, size_t sent, bool add)
{
  const char* s = x->doc.text;
  size_t covered = 0, letters = 0;
  for (size_t i = b; i < e; ++i) {
    if (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) {
      letters += xlex_is_word_char((unsigned char)s[i]) ? 1u : 0u;
      continue;
    }
    size_t len = 0;
    const char* name = NULL;
    if (xlex_venue_at(s + i, e - i, &len, &name)) {
      if (add) {
        add_venue(x, name, i, i + len, sent);
      }
      for (size_t k = i; k < i + len; ++k) {
        covered += xlex_is_word_char((unsigned char)s[k]) ? 1u : 0u;
      }
      i += len - 1u;
      continue;
    }
    letters += xlex_is_word_char((unsigned char)s[i]) ? 1u : 0u;
  }
  /* what is left: "the", "and" */
  return covered > 0 && letters <= 8u;
}

/* Is every word of s[b, e) but the small ones ("the", "and", "of") a
   name: a capital or a digit first ("the United Nations Group of
   Governmental Experts (GGE) and the Open-ended Working Group")? */
static bool
proper_names(const char* s, size_t b, size_t e)
{
  static const char* const small[] = { "the", "a",  "an",  "and", "or", "of",
                                       "on",  "in", "for", "to",  NULL };
  bool any = false;
  for (size_t i = b; i < e;) {
    if (!xlex_is_word_char((unsigned char)s[i])) {
      ++i;
      continue;
    }
    const size_t n = xlex_word_len(s + i, e - i);
    bool minor = false;
    for (size_t k = 0; small[k] && !minor; ++k) {
      minor = xlex_eq(s + i, n, small[k]);
    }
    if (!minor) {
      if (!xlex_is_upper((unsigned char)s[i]) &&
          !(s[i] >= '0' && s[i] <= '9')) {
        return false;
      }
      any = true;
    }
    i += n ? n : 1u;
  }
  return any;
}

/* "mutual interest": what "areas of" leaves of "areas of mutual
   interest", which names no area; the head stays. */
static bool
interest_at(const char* s, size_t n)
{
  static const char* const w[] = { "mutual interest", "common interest",
                                   "mutual concern",  "common concern",
                                   "shared interest", NULL };
  for (size_t i = 0; w[i]; ++i) {
    if (xlex_starts(s, n, w[i])) {
      return true;
    }
  }
  return false;
}

static size_t words_between(const char* s, size_t b, size_t e);
static bool last_word_in(const char* s,
                         size_t b,
                         size_t e,
                         const char* const* list);

static void
add_topic(XCtx* x, size_t b, size_t e, size_t sent)
{
  const char* s = x->doc.text;
  if (b >= e) {
    return;
  }
  /* clean: leading words that are no part of a topic ("its" stays: it
     names a third party, "its nuclear and missile programs", where
     "their", "our" name the sides themselves) */
  static const char* const lead[] = { "the ",
                                      "a ",
                                      "an ",
                                      "their ",
                                      "our ",
                                      "these ",
                                      "this ",
                                      "our shared commitment to ",
                                      "their shared commitment to ",
                                      "a shared commitment to ",
                                      "our commitment to ",
                                      "their commitment to ",
                                      "shared commitment to ",
                                      "to ",
                                      /* "discussed about A", "shared
                                         about A": the verb's preposition */
                                      "about ",
                                      "work on ",
                                      "were ",
                                      "was ",
                                      "included ",
                                      "exchanges of views on ",
                                      "exchange of views on ",
                                      "exchanges on ",
                                      "discussions on ",
                                      "discussion of ",
                                      "in the areas of ",
                                      "in the area of ",
                                      "in areas of ",
                                      "issues related to ",
                                      "various issues related to ",
                                      "various issues relating to ",
                                      "issues relating to ",
                                      "issues pertaining to ",
                                      "issues concerning ",
                                      /* ", mainly relating to A" after a
                                         generic head: A is the topic */
                                      "mainly relating to ",
                                      "mainly related to ",
                                      "mostly relating to ",
                                      "particularly relating to ",
                                      "issues of ",
                                      "matters of ",
                                      "important areas of ",
                                      "areas of ",
                                      NULL };
  /* "the sides shared their threat analysis": what each side brought,
     its "their" stays (after "shared" only) */
  /* (also what each side told of its own with "respective": "provided
     updates on their respective cyber strategies", not "provided updates
     on their latest policy") */
  static const char* const brought[] = { "shared ",
                                         "presented ",
                                         "introduced ",
                                         "provided updates on ",
                                         "gave updates on ",
                                         "shared updates on ",
                                         "exchanged information on ",
                                         "shared information on ",
                                         NULL };
  const bool respective = xlex_starts(s + b, e - b, "their respective ");
  bool own = false;
  for (size_t k = 0; brought[k] && !own && xlex_starts(s + b, e - b, "their ");
       ++k) {
    const size_t l = strlen(brought[k]);
    own = (k < 2u || respective) && b >= l &&
          xlex_starts(s + b - l, l, brought[k]) &&
          (b == l || !xlex_is_word_char((unsigned char)s[b - l - 1u]));
  }
  /* ", particularly in the areas of A and B": the adverb narrows the
     list to the areas named, which are the topic */
  static const char* const narrowing[] = {
    "particularly ",  "especially ", "notably ", "in particular, ",
    "in particular ", "mainly ",     NULL
  };
  static const char* const frame[] = {
    "in the areas of ",   "in the area of ",    "in the fields of ",
    "in the field of ",   "in the spheres of ", "in the sphere of ",
    "in the sectors of ", "in the domains of ", NULL
  };
  for (size_t i = 0; narrowing[i]; ++i) {
    const size_t l = strlen(narrowing[i]);
    if (e - b <= l || !xlex_starts(s + b, e - b, narrowing[i])) {
      continue;
    }
    for (size_t k = 0; frame[k]; ++k) {
      const size_t fl = strlen(frame[k]);
      if (e - b > l + fl && xlex_starts(s + b + l, e - b - l, frame[k])) {
        b += l + fl;
        break;
      }
    }
    break;
  }
  bool again = !own;
  while (again) {
    again = false;
    for (size_t i = 0; lead[i]; ++i) {
      const size_t l = strlen(lead[i]);
      if (e - b > l && xlex_starts(s + b, e - b, lead[i]) &&
          !interest_at(s + b + l, e - b - l)) {
        b += l;
        again = true;
      }
    }
    while (b < e && (s[b] == ' ' || s[b] == ',')) {
      ++b;
      again = true;
    }
  }
  /* a bare verb of discussion heads an item of an infinitive list ("to
     discuss A, share B, and explore C"): the topic is its object */
  static const char* const bare[] = { "share ",   "explore ", "assess ",
                                      "discuss ", "examine ", "review ",
                                      NULL };
  for (size_t i = 0; bare[i]; ++i) {
    const size_t l = strlen(bare[i]);
    if (e - b > l && xlex_starts(s + b, e - b, bare[i]) &&
        !xlex_starts(s + b + l, e - b - l, "of ")) {
      b += l;
      break;
    }
  }
  /* a relative clause qualifies the item and ends it ("... Framework
     for Closer Cooperation which was adopted by ..."): the topic is what
     comes before */
  static const char* const rel[] = { "which", "who", NULL };
  for (size_t i = 0; rel[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, rel[i]);
    if (at != NONE && at > 0) {
      e = b + at;
    }
  }
  /* "that" before a verb of its own is a relative clause too ("...
     infrastructure that have started already ...", "... that was
     adopted"): the item ends there */
  static const char* const aux[] = { "is ",    "are ",    "was ",   "were ",
                                     "has ",   "have ",   "had ",   "will ",
                                     "would ", "can ",    "could ", "may ",
                                     "might ", "should ", NULL };
  for (size_t at = b; at < e;) {
    const size_t f = xlex_find(s + at, e - at, "that ");
    if (f == NONE) {
      break;
    }
    const size_t t = at + f;
    bool verb = false;
    for (size_t i = 0; aux[i] && !verb; ++i) {
      verb = xlex_starts(s + t + 5u, e - t - 5u, aux[i]);
    }
    if (verb && t > b) {
      e = t;
      break;
    }
    at = t + 5u;
  }
  /* "each country's cyber security situation to facilitate their
     coordination in ...": an infinitive of purpose after the item says
     what it is for and ends it (not after a head that takes one: "ways
     to ...", "measures to ...") */
  {
    static const char* const purpose[] = {
      " to facilitate ", " to ensure ", " to foster ", NULL
    };
    static const char* const takes[] = {
      "ways",          "way",           "measures",   "steps",
      "efforts",       "plans",         "options",    "how",
      "opportunities", "possibilities", "approaches", "initiatives",
      "mechanisms",    "work",          NULL
    };
    for (size_t k = 0; purpose[k]; ++k) {
      const size_t f = xlex_find(s + b, e - b, purpose[k]);
      if (f == NONE || f == 0) {
        continue;
      }
      /* a head before it that takes an infinitive */
      bool head_takes = false;
      for (size_t w = b; w < b + f;) {
        const size_t n = xlex_word_len(s + w, b + f - w);
        for (size_t t = 0; takes[t] && !head_takes; ++t) {
          head_takes = xlex_eq(s + w, n, takes[t]);
        }
        w += n;
        while (w < b + f && !xlex_is_word_char((unsigned char)s[w])) {
          ++w;
        }
        if (!n) {
          break;
        }
      }
      if (!head_takes && words_between(s, b, b + f) >= 1u) {
        e = b + f;
      }
      break;
    }
  }
  /* a list marker heads the item ("[ii] an emergency liaison system",
     "(b) ..."): it goes */
  if (e - b > 4u && (s[b] == '[' || s[b] == '(')) {
    size_t m = b + 1u;
    while (m < e && m < b + 6u && xlex_is_word_char((unsigned char)s[m])) {
      ++m;
    }
    if (m < e && (s[m] == ']' || s[m] == ')') && m > b + 1u && m + 1u < e &&
        s[m + 1u] == ' ') {
      b = m + 2u;
      while (b < e && xlex_starts(s + b, e - b, "the ")) {
        b += 4u;
      }
    }
  }
  /* "cooperation in international fora such as the G20 and the UN": the
     venues are named, and the item keeps them as written */
  const size_t such = xlex_find(s + b, e - b, "such as");
  if (such != NONE && such > 0) {
    venues_in(x, b + such, e, sent, true);
    /* "international processes, such as the GGE and the OEWG": after a
       comma, examples that are all names are an aside, and the item is
       what precedes */
    if (such > 2u && s[b + such - 2u] == ',' &&
        proper_names(s, b + such + 7u, e)) {
      e = b + such - 2u;
    }
  }
  /* "international cooperation in multilateral fora including the United
     Nations' Programme of Action ...": examples that are names are an
     aside (the venues recorded); "countering cybercrime including
     ransomware", "... including in the UN" keep theirs */
  const size_t inc_at = xlex_find(s + b, e - b, "including");
  if (inc_at != NONE && inc_at > 0 && s[b + inc_at - 1u] == ' ') {
    size_t nb = b + inc_at + 10u;
    if (nb < e && xlex_starts(s + nb, e - nb, "the ")) {
      nb += 4u;
    }
    if (nb < e && xlex_is_upper((unsigned char)s[nb])) {
      venues_in(x, nb, e, sent, true);
      e = b + inc_at - 1u;
    }
  }
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == ',' || s[e - 1u] == '.')) {
    --e;
  }
  /* "confidence building measures (CBM)", "... (including the ITU and
     WSIS)": the acronym, the examples go; "multilateral cooperation
     (Japan-EU, UN, etc.)" says what the item is and stays */
  if (e > b && s[e - 1u] == ')') {
    const char* open = memchr(s + b, '(', e - b);
    const size_t ob = open ? (size_t)(open - s) + 1u : e;
    const bool aside =
      open && (memchr(s + ob, ' ', e - ob) == NULL ||
               xlex_starts(s + ob, e - ob, "including") ||
               xlex_starts(s + ob, e - ob, "such as") ||
               xlex_starts(s + ob, e - ob, "e.g") ||
               xlex_starts(s + ob, e - ob, "hereinafter") ||
               /* a short name: "(the NIS Directive)" */
               (xlex_starts(s + ob, e - ob, "the") && ob + 4u < e - 1u &&
                proper_names(s, ob + 4u, e - 1u)));
    if (aside && open > s + b) {
      e = (size_t)(open - s);
      while (e > b && s[e - 1u] == ' ') {
        --e;
      }
    }
  }
  if (e <= b) {
    return;
  }
  /* not topics: dates, prepositional scraps, generic heads, venues */
  /* ... and a clause of a finite verb ("... that have started ... and
     are persisting") */
  static const char* const skip[] = { "are ",
                                      "is ",
                                      "has ",
                                      "have ",
                                      "will ",
                                      "for ",
                                      "on ",
                                      "in ",
                                      "at ",
                                      "with ",
                                      "a wide range",
                                      "a broad range",
                                      "a range",
                                      "a broad agenda",
                                      "a number of",
                                      "wide-ranging",
                                      "various issues",
                                      "various topics",
                                      "various matters",
                                      "other issues",
                                      "other topics",
                                      "other matters",
                                      "and ",
                                      "wide range",
                                      "broad range",
                                      "range of",
                                      "broad agenda",
                                      "number of",
                                      "variety of",
                                      "including ",
                                      /* "discussed the following matters
                                         ...:": what announces the list */
                                      "following matters",
                                      "following topics",
                                      "following issues",
                                      "following areas",
                                      "following points",
                                      NULL };
  for (size_t i = 0; skip[i]; ++i) {
    if (xlex_starts(s + b, e - b, skip[i])) {
      return;
    }
  }
  /* ", marked by Russia's aggression against Ukraine", ", driven by
     ...": a participle that qualifies the item before, no item */
  {
    const size_t w = xlex_word_len(s + b, e - b);
    if (w > 3u && s[b] >= 'a' && s[b] <= 'z' &&
        !strncmp(s + b + w - 2u, "ed", 2u) &&
        xlex_starts(s + b + w, e - b - w, " by ")) {
      return;
    }
  }
  /* "we'll be discussing that as well", "So those are also the things
     that will be discussed": a pronoun points elsewhere, and a pronoun
     with a copula is a clause; no item */
  {
    size_t pb = b;
    while (pb < e && s[pb] == '"') {
      ++pb;
    }
    if (xlex_starts(s + pb, e - pb, "so ")) {
      pb += 3u;
    }
    static const char* const pron[] = { "that", "this", "these", "those",
                                        "it",   "them", "they",  NULL };
    static const char* const rest[] = { "",      " as well", " too",
                                        " also", " are",     " is",
                                        " were", " was",     NULL };
    const size_t w = xlex_word_len(s + pb, e - pb);
    for (size_t k = 0; pron[k]; ++k) {
      if (!xlex_eq(s + pb, w, pron[k])) {
        continue;
      }
      for (size_t r = 0; rest[r]; ++r) {
        const size_t l = strlen(rest[r]);
        if (pb + w + l <= e && !strncmp(s + pb + w, rest[r], l) &&
            (r >= 4u ? pb + w + l < e && s[pb + w + l] == ' '
                     : pb + w + l == e)) {
          return;
        }
      }
    }
  }
  /* "... and more", "... and others", "..., among others": no item */
  static const char* const filler[] = { "more",
                                        "others",
                                        "so on",
                                        "etc",
                                        "etc.",
                                        "among others",
                                        "amongst others",
                                        "inter alia",
                                        "among other things",
                                        "and others",
                                        "and so on",
                                        NULL };
  for (size_t i = 0; filler[i]; ++i) {
    if (xlex_eq(s + b, e - b, filler[i])) {
      return;
    }
  }
  /* "light industry etc.": the filler that closes the list is no part
     of its last item */
  static const char* const closing[] = {
    " etc.", " etc", ", etc.", ", etc", " among others", ", among others", NULL
  };
  for (size_t i = 0; closing[i]; ++i) {
    const size_t l = strlen(closing[i]);
    if (e - b > l + 2u && !strncmp(s + e - l, closing[i], l)) {
      e -= l;
      break;
    }
  }
  /* ", particularly those implemented by ...": a pronoun that narrows
     the item before, no item */
  static const char* const narrow[] = {
    "those",         "particularly those",  "especially those",
    "notably those", "in particular those", NULL
  };
  for (size_t i = 0; narrow[i]; ++i) {
    if (xlex_starts(s + b, e - b, narrow[i])) {
      return;
    }
  }
  /* "... and other areas", "other related issues": what else was
     discussed, unnamed */
  static const char* const kinds[] = { "areas",   "issues",   "topics",
                                       "matters", "subjects", "questions",
                                       "fields",  "spheres",  NULL };
  if (xlex_starts(s + b, e - b, "other ") && words_between(s, b, e) <= 2u &&
      last_word_in(s, b, e, kinds)) {
    return;
  }
  bool letters = false;
  for (size_t i = b; i < e; ++i) {
    letters |= (s[i] >= 'a' && s[i] <= 'z');
  }
  /* an acronym is a topic too ("CERT") */
  letters |= e - b >= 2u && xlex_is_upper((unsigned char)s[b]) &&
             xlex_is_upper((unsigned char)s[b + 1u]);
  /* (and "5G", "O-RAN": a capital with a digit or a hyphen) */
  {
    size_t caps = 0, marks = 0;
    for (size_t i = b; i < e; ++i) {
      caps += xlex_is_upper((unsigned char)s[i]) ? 1u : 0u;
      marks += (s[i] >= '0' && s[i] <= '9') || s[i] == '-' ? 1u : 0u;
    }
    letters |= e - b >= 2u && caps >= 1u && marks >= 1u && caps + marks >= 2u;
  }
  XDate d[1];
  /* "the progress since the inaugural meeting of the EU-Singapore Digital
     Partnership Council in Brussels on 1 February 2023": the place and
     day of another event close the item, which is what precedes them */
  if (letters && xdate_find(s, b, e, d, 1u) && d[0].from.d && d[0].b > b) {
    size_t cut = d[0].b;
    while (cut > b && s[cut - 1u] == ' ') {
      --cut;
    }
    if (cut > b + 3u && !strncmp(s + cut - 3u, " on", 3u)) {
      cut -= 3u;
      /* " in Brussels" before it */
      size_t w = cut;
      while (w > b && s[w - 1u] != ' ') {
        --w;
      }
      if (w > b + 4u && xlex_is_upper((unsigned char)s[w]) &&
          !strncmp(s + w - 4u, " in ", 4u)) {
        cut = w - 4u;
      }
      if (words_between(s, b, cut) >= 1u) {
        e = cut;
      }
    }
  }
  if (!letters || xdate_find(s, b, e, d, 1u) ||
      venues_in(x, b, e, sent, true)) {
    return;
  }
  char* phrase = xctx_copy(x, b, e);
  if (!phrase) {
    return;
  }
  /* an agency is no topic */
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = xctx_agency(x, NULL, phrase, &cc, &written);
  free(written);
  if (a) {
    free(phrase);
    return;
  }
  bool exact = false;
  const char* label = xtopic_map(x, phrase, &exact);
  char* out = strdup(label ? label : phrase);
  for (size_t i = 0; out && i < x->n_topics; ++i) {
    if (!strcmp(x->topics[i].label, out)) {
      free(out);
      free(phrase);
      return;
    }
  }
  if (!label) {
    xctx_warn(x,
              sent,
              "topic \"%s\" maps to no concept of data/topics.json; kept as a "
              "new topic",
              phrase);
  }
  XTopic* p = (XTopic*)realloc(x->topics, (x->n_topics + 1u) * sizeof(XTopic));
  if (!p || !out) {
    free(out);
    free(phrase);
    x->nomem = true;
    return;
  }
  x->topics = p;
  XTopic* t = &x->topics[x->n_topics++];
  t->phrase = phrase;
  t->label = out;
  t->span.b = b;
  t->span.e = e;
  t->sent = sent;
  t->mapped = label != NULL;
}

/* Words (spaces) in s[b, e). */
static size_t
words_between(const char* s, size_t b, size_t e)
{
  size_t n = 0;
  for (size_t i = b; i < e; ++i) {
    n += s[i] == ' ' ? 1u : 0u;
  }
  return n;
}

/* Does text[b, e) name a concept of the scheme (a label, or with `exact`
   false also a paraphrase)? */
static bool
maps(XCtx* x, size_t b, size_t e, bool exact_only)
{
  char* phrase = xctx_copy(x, b, e);
  bool exact = false;
  const bool ok = phrase && xtopic_map(x, phrase, &exact);
  free(phrase);
  return ok && (exact || !exact_only);
}

/* Is the lower-case word s[w, e) an adjective by its form ("-al", "-ic",
   "-ive", "-ble", "-ful", "-related", "-based") or one of the few plain
   ones that qualify a noun of the field ("free", "open", "secure")? */
static bool
adjective(const char* s, size_t w, size_t e)
{
  static const char* const plain[] = { "free",   "open",        "secure",
                                       "safe",   "fair",        "resilient",
                                       "stable", "trustworthy", "transparent",
                                       NULL };
  static const char* const nouns[] = {
    "initiative", "objective",   "directive",      "perspective", "incentive",
    "executive",  "alternative", "representative", "proposal",    "potential",
    "approval",   "removal",     "renewal",        "withdrawal",  "disposal",
    "topic",      "traffic",     "logic",          "critic",      "table",
    "cable",      "terminal",    "signal",         "material",    "manual",
    "capital",    "journal",     "trial",          "arrival",     "archive",
    "pandemic",   "epidemic",    "republic",       "clinic",      "rhetoric",
    NULL
  };
  const size_t n = e - w;
  if (n < 4u || s[w] < 'a' || s[w] > 'z') {
    return false;
  }
  for (size_t i = 0; nouns[i]; ++i) {
    if (xlex_eq(s + w, n, nouns[i])) {
      return false;
    }
  }
  for (size_t i = 0; plain[i]; ++i) {
    if (xlex_eq(s + w, n, plain[i])) {
      return true;
    }
  }
  return !strncmp(s + e - 2u, "al", 2u) || !strncmp(s + e - 2u, "ic", 2u) ||
         !strncmp(s + e - 3u, "ive", 3u) || !strncmp(s + e - 3u, "ble", 3u) ||
         !strncmp(s + e - 3u, "ful", 3u) ||
         (n > 8u && !strncmp(s + e - 8u, "-related", 8u)) ||
         (n > 6u && !strncmp(s + e - 6u, "-based", 6u));
}

/* Is the separator s[i, i + sep) of a list one between single adjectives
   of one noun ("a free, open, secure and peaceful cyberspace", "at
   bilateral, regional and multilateral fora")?  The word before it is an
   adjective, and so is the word after it, which another adjective or
   its noun follows. */
/* Is the list from s[r, e) the rest of a series of single words that
   qualify one kind of thing after its last word ("political, trade,
   economic, cultural and humanitarian spheres")?  Each part is one word,
   the last "and W" with the kind after it. */
static bool
kind_series(const char* s, size_t r, size_t e)
{
  static const char* const kinds[] = { "spheres", "fields", "sectors", "areas",
                                       "domains", "realms", NULL };
  for (size_t p = r; p < e;) {
    const size_t n = xlex_word_len(s + p, e - p);
    if (!n || s[p] < 'a' || s[p] > 'z') {
      return false;
    }
    p += n;
    if (xlex_starts(s + p, e - p, ", and ") ||
        xlex_starts(s + p, e - p, " and ")) {
      p += s[p] == ',' ? 6u : 5u;
      const size_t m = p < e ? xlex_word_len(s + p, e - p) : 0u;
      if (!m || p + m + 1u >= e || s[p + m] != ' ' ||
          xlex_eq(s + p, m, "other")) {
        return false;
      }
      const size_t q = p + m + 1u;
      const size_t k = xlex_word_len(s + q, e - q);
      for (size_t i = 0; kinds[i]; ++i) {
        if (xlex_eq(s + q, k, kinds[i])) {
          return true;
        }
      }
      return false;
    }
    if (!xlex_starts(s + p, e - p, ", ")) {
      return false;
    }
    p += 2u;
  }
  return false;
}

static bool
adjective_series(const char* s, size_t b, size_t i, size_t sep, size_t e)
{
  size_t w = i;
  while (w > b &&
         (xlex_is_word_char((unsigned char)s[w - 1u]) || s[w - 1u] == '-')) {
    --w;
  }
  const size_t r = i + sep;
  const size_t n = r < e ? xlex_word_len(s + r, e - r) : 0u;
  /* the adjective after the separator qualifies something after it */
  if (w >= i || !n || r + n >= e || (s[r + n] != ' ' && s[r + n] != ',')) {
    return false;
  }
  /* the nouns of one "of": "a framework of conflict prevention,
     cooperation and stability in cyberspace" (the next part one word,
     then "and" and the last noun) */
  {
    size_t p = w, words = 0;
    while (p > b && words < 3u) {
      --p;
      if (s[p] == ' ') {
        ++words;
        if (p >= b + 3u && xlex_eq(s + p - 2u, 2u, "of") && s[p - 3u] == ' ') {
          if (s[r] >= 'a' && s[r] <= 'z' &&
              xlex_starts(s + r + n, e - r - n, " and ")) {
            return true;
          }
          break;
        }
      } else if (s[p] == ',') {
        break;
      }
    }
  }
  /* the verbs of one infinitive: "their ability to detect, deter and
     defend against cyber-attacks" */
  if (w >= b + 3u && xlex_eq(s + w - 3u, 2u, "to") && s[w - 1u] == ' ' &&
      s[r] >= 'a' && s[r] <= 'z' &&
      (s[r + n] == ',' || xlex_starts(s + r + n, e - r - n, " and "))) {
    return true;
  }
  /* "in political, trade, economic and humanitarian spheres": the
     series after a preposition or article, its words single */
  if (sep == 2u && w < i && s[w] >= 'a' && s[w] <= 'z' && w > b + 1u &&
      s[w - 1u] == ' ' && kind_series(s, r, e)) {
    size_t f = w; /* the series' first word */
    while (f >= b + 3u && s[f - 1u] == ' ' && s[f - 2u] == ',') {
      size_t g = f - 2u;
      while (g > b && xlex_is_word_char((unsigned char)s[g - 1u])) {
        --g;
      }
      if (g == f - 2u || g <= b || s[g - 1u] != ' ') {
        break;
      }
      f = g;
    }
    static const char* const before[] = {
      "in", "on", "of", "for", "the", NULL
    };
    if (f > b + 1u && last_word_in(s, b, f - 1u, before)) {
      return true;
    }
  }
  return adjective(s, w, i) && adjective(s, r, r + n);
}

/* Is the part of a comma list at s[b, ...) the last of alternatives ("on
   UN platforms in GGE, OEWG or in regional settings"): an "or" before the
   next comma and no "and"?  Those commas are inside one item. */
static bool
alternatives(const char* s, size_t b, size_t e)
{
  size_t pe = b;
  while (pe < e && s[pe] != ',' && s[pe] != ';') {
    ++pe;
  }
  const size_t o = xlex_find(s + b, pe - b, "or");
  if (o == NONE || xlex_find(s + b, pe - b, "and") != NONE) {
    return false;
  }
  /* names ("GGE, OEWG or ...") or places ("... or in regional
     settings") are alternatives; "A, port audits or inspector training"
     is a list whose "and" is "or" */
  static const char* const preps[] = { "in", "on", "at", "within", NULL };
  bool prep = false;
  for (size_t k = 0; preps[k] && !prep; ++k) {
    prep =
      b + o + 3u < pe && xlex_starts(s + b + o + 3u, pe - b - o - 3u, preps[k]);
  }
  return prep || xlex_is_upper((unsigned char)s[b]);
}

/* Is the comma at s[i] (an item from `start`) one between the places of
   a phrase of its own ("capacity building in Ukraine, the Western
   Balkans, the Americas, and the Indo-Pacific")?  The item names a place
   after "in", the word before the comma is a name, and so is all of the
   next part. */
static bool
names_series(const char* s, size_t start, size_t i, size_t sep, size_t e)
{
  size_t w = i;
  while (w > start && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  if (w >= i || !xlex_is_upper((unsigned char)s[w]) ||
      xlex_find(s + start, w - start, "in") == NONE) {
    return false;
  }
  size_t r = i + sep, pe = r;
  while (pe < e && s[pe] != ',' && s[pe] != ';') {
    ++pe;
  }
  if (xlex_starts(s + r, pe - r, "and ")) {
    r += 4u;
  }
  return r < pe && proper_names(s, r, pe);
}

/* Is the "and" at s[at] (item from b) the last joint of a series whose
   commas are no boundaries ("conflict prevention, cooperation and
   stability")? */
static bool
series_and(const char* s, size_t b, size_t at, size_t e)
{
  size_t w = at >= b + 1u ? at - 1u : b; /* the space before "and" */
  size_t p = w;
  while (p > b && xlex_is_word_char((unsigned char)s[p - 1u])) {
    --p;
  }
  return p < w && p >= b + 2u && s[p - 1u] == ' ' && s[p - 2u] == ',' &&
         adjective_series(s, b, p - 2u, 2u, e);
}

/* Is the "and" at s[at] (item from b) the last joint of a names series
   (", and the Indo-Pacific")? */
static bool
names_and(const char* s, size_t b, size_t at, size_t e)
{
  if (at >= b + 2u && s[at - 1u] == ' ' && s[at - 2u] == ',' &&
      names_series(s, b, at - 2u, 6u, e)) {
    return true;
  }
  /* two names of one place: "within the UN Open Ended Working Group and
     the Group of Governmental Experts" (an item of five words or more) */
  if (at < b + 2u || s[at - 1u] != ' ') {
    return false;
  }
  /* "between A and B" names the two ends of one thing ("cooperation
     between Poland and the Republic of Korea in ..."): a few words back,
     no comma between */
  /* (not when the item's first word comes again after it: "collaboration
     in information sharing between its teams and collaboration in ...") */
  const size_t fw = xlex_word_len(s + b, e - b);
  const bool head_again = fw > 2u && at + 4u + fw <= e &&
                          !strncmp(s + at + 4u, s + b, fw) &&
                          (at + 4u + fw == e || s[at + 4u + fw] == ' ');
  for (size_t w0 = at - 1u, words = 0; w0 > b && words < 6u && !head_again;) {
    --w0;
    if (s[w0] == ',') {
      break;
    }
    if (w0 == b || s[w0 - 1u] == ' ') {
      ++words;
      if (xlex_starts(s + w0, at - w0, "between ")) {
        return true;
      }
    }
  }
  size_t w = at - 1u;
  while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  size_t r = at + 4u;
  if (r < e && xlex_starts(s + r, e - r, "the ")) {
    r += 4u;
  }
  /* inside a title: "the Regional Cooperation Agreement on Combating
     Piracy and Armed Robbery against Ships": two capitalized words or
     more before it (small words between), two after it, no "the" that
     opens a second name ("the ... Strategy and the EU Joint ...") */
  if (w < at - 1u && xlex_is_upper((unsigned char)s[w]) && r == at + 4u &&
      r < e && xlex_is_upper((unsigned char)s[r])) {
    static const char* const small[] = { "of", "on",  "for", "against", "in",
                                         "to", "the", "and", NULL };
    size_t caps = 0;
    for (size_t p = w; p > b;) {
      size_t q = p - 1u;
      if (s[q] != ' ') {
        break;
      }
      size_t t = q;
      while (t > b && xlex_is_word_char((unsigned char)s[t - 1u])) {
        --t;
      }
      if (t == q) {
        break;
      }
      if (xlex_is_upper((unsigned char)s[t])) {
        ++caps;
      } else if (!last_word_in(s, b, q, small)) {
        break;
      }
      p = t;
    }
    const size_t rn = xlex_word_len(s + r, e - r);
    const size_t r2 = r + rn + 1u;
    if (caps >= 1u && r2 < e && s[r + rn] == ' ' &&
        xlex_is_upper((unsigned char)s[r2])) {
      return true;
    }
  }
  return w < at - 1u && xlex_is_upper((unsigned char)s[w]) && r < e &&
         xlex_is_upper((unsigned char)s[r]) && words_between(s, b, at) >= 5u &&
         (xlex_find(s + b, w - b, "within") != NONE ||
          xlex_find(s + b, w - b, "in") != NONE ||
          xlex_find(s + b, w - b, "by") != NONE ||
          xlex_find(s + b, w - b, "between") != NONE ||
          xlex_find(s + b, w - b, "with") != NONE) &&
         proper_names(s, r, e);
}

/* After the "and" at s[e] (" and "), one lowercase word and then the
   rest: "to prevent and counter cybercrime" */
static bool
r_is_verb_object(const char* s, size_t e, size_t end)
{
  const size_t r = e + 5u;
  if (r >= end || s[r] < 'a' || s[r] > 'z') {
    return false;
  }
  const size_t n = xlex_word_len(s + r, end - r);
  return n && r + n + 1u < end && s[r + n] == ' ';
}

/* Does the "and" after s[b, e) join modifiers of one noun rather than two
   things?  The word before it is an adjective (lower case, -al, -ic, -ive,
   "-related", "-based": "regional and international developments",
   "cyber-related diplomatic and capacity building efforts", "critical and
   emerging technologies"), or the word after it is that word negated
   ("state and non-state cyber activities"). */
static bool
modifier_and(const char* s, size_t b, size_t e, size_t end)
{
  /* (a serial comma before it: "the political, economic, cultural, and
     international areas") */
  const size_t we = e > b && s[e - 1u] == ',' ? e - 1u : e;
  size_t w = we;
  while (w > b &&
         (xlex_is_word_char((unsigned char)s[w - 1u]) || s[w - 1u] == '-')) {
    --w;
  }
  const size_t n = we - w;
  if (adjective(s, w, we)) {
    return true;
  }
  /* the verbs of one infinitive: "to detect, deter and defend against" */
  size_t v = w;
  while (v >= b + 2u && s[v - 1u] == ' ' && s[v - 2u] == ',') {
    size_t p = v - 2u;
    while (p > b && xlex_is_word_char((unsigned char)s[p - 1u])) {
      --p;
    }
    if (p == v - 2u) {
      break;
    }
    v = p;
  }
  if (v >= b + 3u && xlex_eq(s + v - 3u, 2u, "to") && s[v - 1u] == ' ' &&
      s[w] >= 'a' && s[w] <= 'z' && (v < w || (r_is_verb_object(s, e, end)))) {
    return true;
  }
  const size_t r = e + 5u; /* " and " */
  static const char* const preps[] = { "in", "on",   "at",      "for",
                                       "to", "with", "through", NULL };
  for (size_t i = 0; preps[i] && r < end; ++i) {
    if (xlex_starts(s + r, end - r, preps[i])) {
      return true; /* "... of the G7 and in support of ..." */
    }
  }
  /* "Vietnamese and Japanese nationals", "Chilean and Peruvian ports":
     two countries' adjectives of one noun after them */
  XCountryHit h1, h2;
  if (n && r < end && xlex_country_at(s + w, end - w, &h1) && h1.adjective &&
      h1.len == n && xlex_country_at(s + r, end - r, &h2) && h2.adjective &&
      r + h2.len + 1u < end && s[r + h2.len] == ' ' &&
      s[r + h2.len + 1u] >= 'a' && s[r + h2.len + 1u] <= 'z') {
    return true;
  }
  /* "solving water and energy issues", "port and customs matters": one
     word after it and a kind of thing that both qualify, the item's
     last word */
  static const char* const kinds[] = { "issues",   "matters",  "questions",
                                       "sectors",  "problems", "fields",
                                       "policies", NULL };
  const size_t m = r < end ? xlex_word_len(s + r, end - r) : 0u;
  if (n && m && r + m + 1u < end && s[r + m] == ' ' && s[w] >= 'a' &&
      s[w] <= 'z' && s[r] >= 'a' && s[r] <= 'z') {
    size_t q = r + m + 1u;
    const size_t k = xlex_word_len(s + q, end - q);
    size_t t = q + k;
    while (t < end && (s[t] == ' ' || s[t] == ',' || s[t] == '.')) {
      ++t;
    }
    for (size_t i = 0; kinds[i] && t >= end; ++i) {
      if (xlex_eq(s + q, k, kinds[i])) {
        return true;
      }
    }
  }
  return n && r + 4u + n <= end && !strncmp(s + r, "non-", 4u) &&
         !strncmp(s + r + 4u, s + w, n) &&
         !xlex_is_word_char((unsigned char)s[r + 4u + n]);
}

/* One item of a list, cut at an "and" that joins two topics: "Internet
   governance and the importance of a multistakeholder approach", "...
   in cyberspace and cyber confidence-building measures" (one side a
   concept of the scheme, the other more than a word), not
   "cybersecurity and critical infrastructure protection". */
static void
add_item(XCtx* x, size_t b, size_t e, size_t sent)
{
  const char* s = x->doc.text;
  /* a first item "their efforts such as A" of a comma list: a generic
     head's example is the item */
  static const char* const heads[] = { "efforts", "topics",   "areas",
                                       "matters", "subjects", NULL };
  const size_t such = xlex_find(s + b, e - b, " such as ");
  if (such != NONE && such > 0 && s[b + such - 1u] != ',' &&
      last_word_in(s, b, b + such, heads) &&
      words_between(s, b + such + 9u, e) >= 1u) {
    b += such + 9u;
  }
  for (size_t i = b; i + 5u < e; ++i) {
    if (xlex_starts(s + i, e - i, " including") ||
        xlex_starts(s + i, e - i, " such as")) {
      break; /* "behaviour including serious organised crime and
                ransomware": the "and" of the item's own examples */
    }
    if (strncmp(s + i, " and ", 5u)) {
      continue;
    }
    if (modifier_and(s, b, i, e)) {
      continue;
    }
    const size_t rb = i + 5u;
    const bool left = maps(x, b, i, false), right = maps(x, rb, e, false);
    if (maps(x, b, e, true) && !(left && right)) {
      break; /* the whole item is one concept */
    }
    if ((left && words_between(s, rb, e) >= 1u) ||
        (right && words_between(s, b, i) >= 1u)) {
      add_topic(x, b, i, sent);
      add_item(x, rb, e, sent);
      return;
    }
  }
  add_topic(x, b, e, sent);
}

/* Are the words of s[b, e) plain words, each of letters (the "and"
   aside): no preposition, no comma, no capital but the first? */
static bool
bare_nouns(const char* s, size_t b, size_t e)
{
  static const char* const preps[] = { "of",    "in",      "on",     "for",
                                       "with",  "between", "to",     "against",
                                       "at",    "from",    "about",  "by",
                                       "under", "through", "within", NULL };
  for (size_t i = b; i < e;) {
    const size_t l = xlex_word_len(s + i, e - i);
    if (l == 0u) {
      if (s[i] != ' ') {
        return false;
      }
      ++i;
      continue;
    }
    for (size_t k = 0; preps[k]; ++k) {
      if (xlex_eq(s + i, l, preps[k])) {
        return false;
      }
    }
    if (i > b && xlex_is_upper((unsigned char)s[i])) {
      return false;
    }
    i += l;
  }
  return true;
}

/* In a list of one object "A and B" (`at` the offset of "and"), is B a
   phrase of its own?  It has a determiner ("the development of norms and
   the application of ..."), or A ends in a phrase of a preposition ("the
   respective cyber policy of the two countries and interagency
   cooperation"); not "cybersecurity policy trends and response
   frameworks", "the threat landscape and response to ...", "strategies
   and policies". */
static bool
own_phrase(const char* s, size_t b, size_t at, size_t e)
{
  static const char* const dets[] = { "the",   "a",   "an", "its",
                                      "their", "our", NULL };
  static const char* const preps[] = { "of",   "in",      "on", "for",
                                       "with", "between", NULL };
  /* the head of a verb phrase: "ways to deter A and efforts to counter B" */
  static const char* const heads[] = {
    "efforts to", "ways to", "approaches to", "measures to", "steps to",
    "means to",   NULL
  };
  const size_t rb = at + 4u;
  if (rb >= e || words_between(s, rb, e) < 1u) {
    return false;
  }
  /* a question is one object: "how to further advance the alignment of
     their frameworks and instruments to respond ..." */
  if (xlex_starts(s + b, at - b, "how ") ||
      xlex_starts(s + b, at - b, "whether ")) {
    return false;
  }
  /* a question after a noun is a thing of its own: "Vietnam's strategy
     and how the country develops standards" */
  if (xlex_starts(s + rb, e - rb, "how ") ||
      xlex_starts(s + rb, e - rb, "whether ")) {
    return true;
  }
  /* "various aspects of each country's institutional structure and
     strategy for ...": the "and" of the aspects' "of" */
  static const char* const aspects[] = { "various aspects of ",
                                         "all aspects of ",
                                         "aspects of ",
                                         "different aspects of ",
                                         NULL };
  for (size_t i = 0; aspects[i]; ++i) {
    if (xlex_starts(s + b, at - b, aspects[i])) {
      return false;
    }
  }
  /* ... also after a determiner and adjectives: "the current aspects of
     security and interaction in the sphere" */
  const size_t asp = xlex_find(s + b, at - b, "aspects of");
  if (asp != NONE && words_between(s, b, b + asp) <= 2u) {
    return false;
  }
  /* "X and other Ys" names one class: "efforts to defeat ISIS and other
     terrorist groups in Africa" */
  if (xlex_starts(s + rb, e - rb, "other ")) {
    return false;
  }
  /* a verb with its object pronoun goes on with the infinitive before it:
     "the need for all countries to repatriate foreign fighters and
     prosecute them for their crimes" */
  const size_t vw = xlex_word_len(s + rb, e - rb);
  static const char* const pron[] = { "them", "it", "us", "him", NULL };
  bool verb_pron = false;
  for (size_t i = 0; pron[i] && rb + vw + 1u < e && !verb_pron; ++i) {
    verb_pron = s[rb + vw] == ' ' &&
                xlex_starts(s + rb + vw + 1u, e - rb - vw - 1u, pron[i]);
  }
  if (verb_pron && xlex_find(s + b, at - b, "to") != NONE) {
    return false;
  }

  for (size_t i = 0; dets[i]; ++i) {
    if (xlex_starts(s + rb, e - rb, dets[i])) {
      return true;
    }
  }
  /* an activity keeps its "and": "framing the work required to reduce
     the misperception and escalation in cyberspace" (not "ongoing work
     ...", an adjective) */
  static const char* const ing_adj[] = { "ongoing",    "existing", "emerging",
                                         "evolving",   "growing",  "increasing",
                                         "continuing", NULL };
  const size_t aw = xlex_word_len(s + b, at - b);
  bool adj = false;
  for (size_t i = 0; ing_adj[i] && !adj; ++i) {
    adj = xlex_eq(s + b, aw, ing_adj[i]);
  }
  /* ... unless B is an activity too: "exchanging expertise and
     bolstering digital defenses", two things done */
  const size_t bw = xlex_word_len(s + rb, e - rb);
  bool badj = false;
  for (size_t i = 0; ing_adj[i] && !badj; ++i) {
    badj = xlex_eq(s + rb, bw, ing_adj[i]);
  }
  const bool b_ing = !badj && bw > 5u && s[rb] >= 'a' && s[rb] <= 'z' &&
                     !strncmp(s + rb + bw - 3u, "ing", 3u) &&
                     words_between(s, rb, e) >= 2u;
  /* (or a noun of an act with its own "of": "easing travel restrictions
     and resumption of people-to-people contact", not "reviewing the rules
     and procedures of incident reporting") */
  const bool b_of = bw > 5u && rb + bw + 4u < e &&
                    !strncmp(s + rb + bw, " of ", 4u) &&
                    (!strncmp(s + rb + bw - 4u, "tion", 4u) ||
                     !strncmp(s + rb + bw - 4u, "sion", 4u) ||
                     !strncmp(s + rb + bw - 4u, "ment", 4u));
  if (!adj && aw > 5u && s[b] >= 'a' && s[b] <= 'z' &&
      !strncmp(s + b + aw - 3u, "ing", 3u) && words_between(s, b, at) >= 2u) {
    return b_ing || b_of;
  }
  for (size_t i = 0; heads[i]; ++i) {
    if (xlex_starts(s + rb, e - rb, heads[i])) {
      return true;
    }
  }
  /* two long noun phrases: "recent cyber policy developments and
     international cyberspace issues" (not "cybersecurity policy trends
     and response frameworks", nor "cyber threats to key national
     facilities and Internet of Things networks", the objects of "to") */
  size_t ab = b;
  for (size_t i = 0; dets[i]; ++i) {
    const size_t l = strlen(dets[i]);
    if (xlex_starts(s + b, at - b, dets[i]) && b + l < at && s[b + l] == ' ') {
      ab = b + l + 1u;
    }
  }
  static const char* const any_prep[] = { "to",    "against", "at", "from",
                                          "about", "by",      NULL };
  bool bare = true;
  for (size_t i = 0; any_prep[i] && bare; ++i) {
    bare = xlex_find(s + ab, at - ab, any_prep[i]) == NONE;
  }
  if (bare && words_between(s, ab, at) >= 3u && words_between(s, rb, e) >= 2u) {
    return true;
  }
  /* (also a two-word A before a longer B: "online safety and social
     media regulation", "energy security and critical minerals supply
     chains"; not "cyber talent and workforce development", where B is
     no longer than A and may share its head) */
  if (bare && words_between(s, ab, at) == 2u && words_between(s, rb, e) >= 2u &&
      bare_nouns(s, ab, e)) {
    return true;
  }
  /* a thing of its own time: "threat trends and recent cyber incidents" */
  static const char* const time_adj[] = { "recent",   "current", "ongoing",
                                          "emerging", "future",  NULL };
  for (size_t i = 0; time_adj[i]; ++i) {
    const size_t l = strlen(time_adj[i]);
    if (xlex_starts(s + rb, e - rb, time_adj[i]) && rb + l < e &&
        s[rb + l] == ' ' && words_between(s, rb, e) >= 2u) {
      return true;
    }
  }
  /* a verb's own phrase: "deterrence strategies against cyber threats and
     countering cybercrime" */
  const size_t w = xlex_word_len(s + rb, e - rb);
  if (w > 6u && s[rb] >= 'a' && s[rb] <= 'z' &&
      !strncmp(s + rb + w - 3u, "ing", 3u) && rb + w < e) {
    return true;
  }
  /* "the sharing of best practices to combat piracy and illegal
     fishing": after a short "to" phrase at the end of A, a bare B is its
     second object */
  size_t to = NONE;
  for (size_t k = b; k + 4u <= at; ++k) {
    if (!strncmp(s + k, " to ", 4u)) {
      to = k + 4u;
    }
  }
  bool after_to = to != NONE && words_between(s, to, at) <= 3u &&
                  words_between(s, rb, e) <= 3u && s[rb] >= 'a' && s[rb] <= 'z';
  for (size_t i = 0; preps[i] && after_to; ++i) {
    after_to = xlex_find(s + to, at - to, preps[i]) == NONE;
  }
  if (after_to) {
    return false;
  }
  for (size_t i = 0; preps[i]; ++i) {
    if (xlex_find(s + b, at - b, preps[i]) != NONE) {
      return true;
    }
  }
  return false;
}

/* The length of a separator of items at s[i, e) that names no "and" of
   its own: ", as well as", " as well as", " along with" (0: none). */
static size_t
joiner_at(const char* s, size_t i, size_t e)
{
  static const char* const joiners[] = {
    ", as well as ", " as well as ", ", along with ", " along with ", NULL
  };
  for (size_t k = 0; joiners[k]; ++k) {
    const size_t l = strlen(joiners[k]);
    if (i + l < e && !strncmp(s + i, joiners[k], l)) {
      return l;
    }
  }
  return 0;
}

/* Is text[b, e) a comma list of two things or more, each of two words
   or more ("recent policy developments, 5G security concerns, and ...";
   not "bilateral, regional and global issues")? */
static bool
several_items(const char* s, size_t b, size_t e)
{
  size_t parts = 0, start = b;
  for (size_t i = b; i <= e; ++i) {
    if (i < e && !(s[i] == ',' && i + 1u < e && s[i + 1u] == ' ')) {
      continue;
    }
    size_t pb = start;
    while (pb < i && s[pb] == ' ') {
      ++pb;
    }
    if (xlex_starts(s + pb, i - pb, "and ")) {
      pb += 4u;
    }
    if (words_between(s, pb, i) < 1u) {
      return false; /* a one-word part */
    }
    ++parts;
    start = i + 1u;
  }
  return parts >= 2u;
}

static bool in_parens(const char* s, size_t b, size_t at);

/* Does a phrase of a preposition start at s[i]?  No item does: ", in
   alignment with the EU legal ... framework" goes on with the item
   before it. */
static bool
prep_at(const char* s, size_t i, size_t e)
{
  static const char* const preps[] = { "in ",   "on ",     "for ", "at ",
                                       "with ", "within ", NULL };
  for (size_t k = 0; preps[k]; ++k) {
    if (xlex_starts(s + i, e - i, preps[k])) {
      return true;
    }
  }
  return false;
}

/* Where the " or " that joins two items of a list stands in s[b, e)
   (the offset of "or"), NONE when none: one outside parentheses and
   quotes, with two words or more on both sides, not before a preposition
   or determiner ("or in regional settings", "or its Member States"). */
static size_t
or_item(const char* s, size_t b, size_t e)
{
  static const char* const next[] = { "in",   "on", "at",    "to",  "for",
                                      "with", "by", "the",   "its", "their",
                                      "a",    "an", "other", NULL };
  for (size_t i = b + 1u; i + 4u < e; ++i) {
    if (s[i] == '(' || s[i] == '"') {
      return NONE;
    }
    if (strncmp(s + i, " or ", 4u)) {
      continue;
    }
    bool bad = false;
    for (size_t k = 0; next[k] && !bad; ++k) {
      bad = xlex_starts(s + i + 4u, e - i - 4u, next[k]);
    }
    if (bad || words_between(s, b, i) < 1u ||
        words_between(s, i + 4u, e) < 1u) {
      return NONE;
    }
    return i + 1u - b;
  }
  return NONE;
}

/* Where the part of a comma list that starts at `b` ends: its ", " or
   `e`. */
static size_t
part_end(const char* s, size_t b, size_t e)
{
  for (size_t i = b; i + 1u < e; ++i) {
    if (s[i] == ',' && s[i + 1u] == ' ') {
      return i;
    }
  }
  return e;
}

/* Splits a list into items: an infinitive list on ", to"; else on ", and",
   ", ", "as well as", "along with", and the first " and " of the last item
   (unless the separator before it was an "and", "as well as" or "along
   with", or the last item is one concept).  `whole`: an item of a semicolon
   list, split only at "as well as" and "along with", each part kept as written.
   `listed`: the items of "including", "such as", ..., where one object "A and
   B" is two
   ("issues like drone threats and open radio access networks"); the one
   object of a verb is cut only before a phrase of its own. */
/* Does a gerund start s[b, e) ("defending national security")? */
static bool
gerund_at(const char* s, size_t b, size_t e)
{
  if (b >= e || s[b] < 'a' || s[b] > 'z') {
    return false;
  }
  const size_t w = xlex_word_len(s + b, e - b);
  static const char* const nouns[] = { "during",     "including", "regarding",
                                       "concerning", "following", "bring",
                                       "thing",      "things",    "string",
                                       NULL };
  for (size_t i = 0; nouns[i]; ++i) {
    if (xlex_eq(s + b, w, nouns[i])) {
      return false;
    }
  }
  return w > 5u && !strncmp(s + b + w - 3u, "ing", 3u);
}

/* The first gerund after "in", "on" or "for" in s[b, e) ("measures to
   strengthen cooperation in defending ..."), else NONE. */
static size_t
prep_gerund(const char* s, size_t b, size_t e)
{
  static const char* const preps[] = { " in ", " on ", " for ", NULL };
  size_t at = NONE;
  for (size_t k = 0; preps[k]; ++k) {
    for (size_t from = b; from < e;) {
      const size_t f = xlex_find(s + from, e - from, preps[k]);
      if (f == NONE) {
        break;
      }
      const size_t g = from + f + strlen(preps[k]);
      if (gerund_at(s, g, e)) {
        at = at == NONE || g < at ? g : at;
        break;
      }
      from += f + 1u;
    }
  }
  return at;
}

/* Whether the areas at `at` are framed by a preposition a few words
   before them, with no comma between: "in other important areas of",
   "especially in the strategic fields of", "across the areas of". */
static bool
framed_areas(const char* s, size_t b, size_t at)
{
  static const char* const preps[] = { "in", "across", "within", NULL };
  size_t words = 0;
  for (size_t i = at; i > b && words < 4u;) {
    size_t j = i;
    while (j > b && s[j - 1u] == ' ') {
      --j;
    }
    if (j == b || s[j - 1u] == ',' || s[j - 1u] == ';' || s[j - 1u] == ':') {
      return false;
    }
    size_t w = j;
    while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    if (w == j) {
      return false;
    }
    for (size_t k = 0; preps[k]; ++k) {
      if (xlex_eq(s + w, j - w, preps[k])) {
        return true;
      }
    }
    ++words;
    i = w;
  }
  return false;
}

static void
parse_topics(XCtx* x, size_t b, size_t e, size_t sent, bool whole, bool listed)
{
  const char* s = x->doc.text;
  /* the items' [begin, end), as many as the list has, and whether a
     plain comma comes before one and "as well as" after it (the last
     item of a list within the list) */
  size_t(*cuts)[3] = NULL;
  size_t n = 0, cap = 0;
  /* "cooperation in other important areas of A, B, C and D", "the
     progress in ongoing cooperation, especially in the strategic fields
     of A, B, C": the areas are the items, what names them a generic head */
  /* (the areas a preposition frames, "in the areas of", "across the
     fields of", not an object of their own: "discuss areas of strategic
     collaboration, particularly ..."; a colon may open them, "in the
     areas of: A, B and C") */
  static const char* const areas[] = {
    "areas of", "fields of", "sectors of", "domains of", NULL
  };
  for (size_t k = 0; !whole && areas[k]; ++k) {
    const size_t at = xlex_find(s + b, e - b, areas[k]);
    size_t l = strlen(areas[k]);
    if (at == NONE || b + at + l + 1u >= e || !framed_areas(s, b, b + at)) {
      continue;
    }
    if (s[b + at + l] == ':') {
      ++l;
    }
    if (s[b + at + l] != ' ') {
      continue;
    }
    ++l;
    const char* comma = memchr(s + b + at + l, ',', e - b - at - l);
    /* not after "as well as": "latest ... developments on cybersecurity
       as well as in the areas of A, B and C" keeps its first item */
    if (comma && !interest_at(s + b + at + l, e - b - at - l) &&
        xlex_find(s + b, at, "as well as") == NONE &&
        xlex_find(s + b, at, "along with") == NONE) {
      b += at + l;
      break;
    }
  }
  /* "the progress in the efforts achieved in the past year concerning:
     [i] A, [ii] B, and [iii] C": what comes before the colon of a marked
     list (or one of several items) names them, the items are after it */
  for (size_t i = b; !whole && i + 2u < e; ++i) {
    if (s[i] == '(' || s[i] == '"') {
      break;
    }
    if (s[i] != ':' || s[i + 1u] != ' ') {
      continue;
    }
    const size_t lb = i + 2u;
    const bool marked = (s[lb] == '[' || s[lb] == '(') && lb + 3u < e &&
                        (s[lb + 2u] == ']' || s[lb + 2u] == ')' ||
                         s[lb + 3u] == ']' || s[lb + 3u] == ')');
    if ((marked || several_items(s, lb, e)) && words_between(s, b, i) >= 1u) {
      b = lb;
    }
    break;
  }
  /* "cooperation not only in A but also in B, C and D": what comes
     before "not only" names the kind, A and the list after "but also"
     are the items */
  const size_t only = whole ? NONE : xlex_find(s + b, e - b, "not only");
  const size_t also =
    only == NONE ? NONE : xlex_find(s + b + only, e - b - only, "but also");
  if (also != NONE && words_between(s, b + only, b + only + also) >= 2u) {
    size_t ab = b + only + 9u, bb = b + only + also + 9u;
    static const char* const preps[] = { "in ", "on ",   "for ",
                                         "to ", "with ", NULL };
    for (size_t k = 0; preps[k]; ++k) {
      const size_t l = strlen(preps[k]);
      if (ab + l < e && xlex_starts(s + ab, e - ab, preps[k])) {
        ab += l;
      }
      if (bb + l < e && xlex_starts(s + bb, e - bb, preps[k])) {
        bb += l;
      }
    }
    if (bb < e && ab < b + only + also) {
      parse_topics(x, ab, b + only + also, sent, false, listed);
      parse_topics(x, bb, e, sent, false, listed);
      return;
    }
  }
  bool infinitive = false;
  for (size_t i = b; !whole && i + 5u < e; ++i) {
    if (!strncmp(s + i, ", to ", 5u) || !strncmp(s + i, ", and to ", 9u)) {
      infinitive = true;
    }
  }
  bool serial = false; /* the separator before the last item has "and" */
  bool joined = false; /* ... or is "as well as", "along with" */
  bool comma = false;  /* the separator before this item is ", " */
  size_t start = b;
  int depth = 0;
  /* inside a quoted title ("Resilience, Deterrence and Defence: ..."),
     commas separate no items */
  bool quoted = false;
  bool relative = false;
  for (size_t i = b; i < e; ++i) {
    if (xctx_paren(s[i], &depth)) {
      continue;
    }
    if (s[i] == '"') {
      quoted = !quoted;
    } else if (i + 2u < e && (unsigned char)s[i] == 0xe2u &&
               (unsigned char)s[i + 1u] == 0x80u &&
               ((unsigned char)s[i + 2u] == 0x9cu ||
                (unsigned char)s[i + 2u] == 0x9du)) {
      quoted = (unsigned char)s[i + 2u] == 0x9cu;
    }
    if (quoted && !(s[i] == ',' && i + 1u < e && s[i + 1u] == '"')) {
      continue;
    }
    /* "developing forces that will strengthen NATO's interoperability,
       readiness and modernization": the list of a relative clause is the
       clause's, and the item runs to the end */
    if (!relative && i > start && !strncmp(s + i, " that ", 6u)) {
      static const char* const modals[] = { "will ",  "would ", "can ",
                                            "could ", "may ",   "should ",
                                            "must ",  NULL };
      for (size_t k = 0; modals[k] && !relative; ++k) {
        relative = xlex_starts(s + i + 6u, e - i - 6u, modals[k]);
      }
    }
    if (relative) {
      continue;
    }
    size_t sep = joiner_at(s, i, e);
    /* a question is one object: "how members could prevent incidents and
       prepare capabilities for protection as well as response to such
       incidents" */
    if (sep && s[i] == ' ' &&
        (xlex_starts(s + start, i - start, "how") ||
         xlex_starts(s + start, i - start, "whether"))) {
      sep = 0;
    }
    bool with_and = false;
    if (sep || whole) {
    } else if (infinitive) {
      if (!strncmp(s + i, ", and to ", 9u)) {
        sep = 6u; /* keep "to " for the cleaner */
      } else if (!strncmp(s + i, ", to ", 5u)) {
        sep = 2u;
      }
    } else if (s[i] == ',' && i + 3u < e &&
               (s[i + 1u] == '\'' || s[i + 1u] == '"') && s[i + 2u] == ' ') {
      /* a comma before a closing quote ("a so-called 'reconnaissance
         satellite,' and its ...") separates as a comma does */
      with_and = !strncmp(s + i + 2u, " and ", 5u);
      sep = with_and ? 7u : 3u;
    } else if (!strncmp(s + i, ", and ", 6u)) {
      sep = adjective_series(s, b, i, 6u, e) || names_series(s, start, i, 6u, e)
              ? 0u
              : 6u;
      with_and = true;
    } else if (!strncmp(s + i, ", such as ", 10u) && i > start &&
               several_items(s, i + 10u, e) &&
               !proper_names(s, i + 10u, part_end(s, i + 10u, e))) {
      /* "how to enhance cooperation on various security fronts, such as
         A, B, C, and D": several examples are items of the list */
      sep = 10u;
    } else if (!strncmp(s + i, ", ", 2u) && !adjective_series(s, b, i, 2u, e) &&
               !names_series(s, start, i, 2u, e) &&
               !alternatives(s, i + 2u, e) &&
               !xlex_starts(s + i + 2u, e - i - 2u, "such as") &&
               !xlex_starts(s + i + 2u, e - i - 2u, "including") &&
               !prep_at(s, i + 2u, e) &&
               !(i > b && s[i - 1u] >= '0' && s[i - 1u] <= '9' && i + 6u <= e &&
                 s[i + 2u] >= '0' && s[i + 2u] <= '9')) {
      sep = 2u; /* ", such as ...": the item's own examples */
    }
    if (sep) {
      quoted = false; /* a separator in quotes took the closing quote */
      const bool joiner = joiner_at(s, i, e) != 0u;
      const size_t cut[3] = { start, i, comma && joiner ? 1u : 0u };
      if (!xvec_push((void**)&cuts, &n, &cap, sizeof(cut), cut)) {
        x->nomem = true;
        free(cuts);
        return;
      }
      serial = with_and;
      joined = joiner;
      comma = !with_and && !joiner && !infinitive;
      start = i + sep;
      i += sep - 1u;
    }
  }
  const size_t last[3] = { start, e, 0u };
  if (!xvec_push((void**)&cuts, &n, &cap, sizeof(last), last)) {
    x->nomem = true;
    free(cuts);
    return;
  }
  /* "assessed the threat environment, identifying the characteristics
     of ...": a participle after the one object of a verb is a clause of
     the sentence, no item */
  if (n == 2u && !listed && !whole && !infinitive) {
    const size_t w = xlex_word_len(s + cuts[1][0], e - cuts[1][0]);
    /* (not after an object that is itself a gerund: "speeding up the
       delimitation of the border, solving water issues" are two) */
    const size_t w0 = xlex_word_len(s + b, e - b);
    const bool gerunds = (w0 > 5u && s[b] >= 'a' && s[b] <= 'z' &&
                          !strncmp(s + b + w0 - 3u, "ing", 3u)) ||
                         prep_gerund(s, b, cuts[0][1]) != NONE;
    if (!gerunds && w > 5u && s[cuts[1][0]] >= 'a' && s[cuts[1][0]] <= 'z' &&
        !strncmp(s + cuts[1][0] + w - 3u, "ing", 3u)) {
      n = 1u;
    }
  }
  /* "measures to strengthen cooperation in defending A, maintaining B,
     and combating C": the later gerunds are objects of the first one's
     preposition, and the head before it is shared by all, no item */
  if (n >= 2u && !whole && !infinitive) {
    bool all = true;
    for (size_t k = 1; k < n && all; ++k) {
      size_t ib = cuts[k][0];
      while (ib < cuts[k][1] && s[ib] == ' ') {
        ++ib;
      }
      all = gerund_at(s, ib, cuts[k][1]);
    }
    const size_t at = all ? prep_gerund(s, cuts[0][0], cuts[0][1]) : NONE;
    if (at != NONE && !gerund_at(s, cuts[0][0], cuts[0][1])) {
      cuts[0][0] = at;
    }
  }
  for (size_t k = 0; k < n; ++k) {
    size_t ib = cuts[k][0], ie = cuts[k][1];
    if (whole) {
      add_topic(x, ib, ie, sent);
      continue;
    }
    /* "as well as" is a conjunction of its own: the item after it is
       whole ("... responsibilities as well as policy and legislative
       developments") */
    /* "A, B, C or D": an "or" between items of a list is its "and"
       ("coordinating in cyber diplomacy or cooperation in digital
       policies"), not an "or" of one object, nor "or in regional
       settings", alternatives of one place */
    const size_t or_at =
      (n > 1u || listed) && !infinitive ? or_item(s, ib, ie) : NONE;
    if (or_at != NONE) {
      add_item(x, ib, ib + or_at - 1u, sent);
      ib += or_at + 3u;
    }
    const bool after_joiner = joined && k == n - 1u && !cuts[k][2];
    if (!infinitive && !after_joiner &&
        ((!serial && k == n - 1u) || cuts[k][2])) {
      /* the first "and" that joins two things: not the one of
         "multilateral and regional cooperation and regional settings" */
      size_t and_at = xlex_find(s + ib, ie - ib, "and");
      while (and_at != NONE && and_at > 0 && s[ib + and_at - 1u] == ' ' &&
             (modifier_and(s, ib, ib + and_at - 1u, ie) ||
              names_and(s, ib, ib + and_at, ie) ||
              series_and(s, ib, ib + and_at, ie))) {
        const size_t from = and_at + 3u;
        const size_t next = xlex_find(s + ib + from, ie - ib - from, "and");
        if (next == NONE) {
          break;
        }
        and_at = from + next;
      }
      /* "the update of the Directive on security of network and
         information systems and the efforts by ...": a later "and" before
         a determiner opens the second thing, the earlier one joins nouns
         of the first */
      static const char* const det[] = { "the ", "its ", "their ", NULL };
      bool det_here = false;
      for (size_t d = 0; and_at != NONE && det[d] && !det_here; ++d) {
        det_here =
          xlex_starts(s + ib + and_at + 4u, ie - ib - and_at - 4u, det[d]);
      }
      for (size_t from = and_at == NONE ? ie - ib : and_at + 3u;
           listed && !det_here && from < ie - ib;) {
        const size_t next = xlex_find(s + ib + from, ie - ib - from, "and");
        if (next == NONE) {
          break;
        }
        const size_t at2 = from + next;
        for (size_t d = 0; det[d] && !det_here; ++d) {
          det_here = !in_parens(s, ib, ib + at2) &&
                     xlex_starts(s + ib + at2 + 4u, ie - ib - at2 - 4u, det[d]);
        }
        if (det_here) {
          and_at = at2;
        }
        from = at2 + 3u;
      }
      /* one object: cut only before a phrase of its own ("the
         development of norms and the application of ...", "... and
         interagency cooperation"), not "strategies and policies" */
      /* "bilateral issues and technologies such as artificial
         intelligence": examples of the second thing make it one of its
         own */
      const size_t such_at =
        and_at == NONE
          ? NONE
          : xlex_find(s + ib + and_at, ie - ib - and_at, "such as");
      const bool own_examples =
        such_at != NONE && words_between(s, ib, ib + and_at) >= 2u &&
        xlex_find(s + ib, and_at, "such as") == NONE &&
        words_between(s, ib + and_at + 4u, ib + and_at + such_at) <= 2u &&
        !memchr(s + ib + and_at, ',', such_at);
      const bool cut =
        n > 1u ||
        (and_at != NONE &&
         (listed ? words_between(s, ib + and_at + 4u, ie) >= 1u
                 : own_phrase(s, ib, ib + and_at, ie) || own_examples));
      if (cut && and_at != NONE && and_at > 0 && s[ib + and_at - 1u] == ' ' &&
          !modifier_and(s, ib, ib + and_at - 1u, ie) &&
          !names_and(s, ib, ib + and_at, ie) &&
          !series_and(s, ib, ib + and_at, ie)) {
        char* whole_item = xctx_copy(x, ib, ie);
        bool exact = false;
        const bool one =
          whole_item && xtopic_map(x, whole_item, &exact) && exact;
        free(whole_item);
        if (!one) {
          add_topic(x, ib, ib + and_at - 1u, sent);
          ib = ib + and_at + 4u < ie ? ib + and_at + 4u : ie;
        }
      }
    }
    add_item(x, ib, ie, sent);
  }
  free(cuts);
}

/* The end of a list: the end of the sentence, a new clause (", and
   agreed"), an attribution (", the ministry said"). */
/* Is there a comment on the list at `i`, ", with" and what the sides
   stressed in it: ", with an emphasis on A", ", with a focus on A",
   ", with both nations emphasizing A", ", with Fiji acknowledging A"
   (a noun and a participle)?  Not ", with partner countries": that
   is the item's own. */
static bool
with_clause(const char* s, size_t i, size_t e)
{
  if (strncmp(s + i, ", with ", 7u)) {
    return false;
  }
  static const char* const stress[] = { "an emphasis on ",
                                        "a focus on ",
                                        "a view to ",
                                        "particular attention ",
                                        "special attention ",
                                        "special emphasis ",
                                        "particular emphasis ",
                                        "emphasis on ",
                                        "focus on ",
                                        NULL };
  const size_t k = i + 7u;
  for (size_t q = 0; stress[q]; ++q) {
    if (xlex_starts(s + k, e - k, stress[q])) {
      return true;
    }
  }
  /* a participle among the next four words, after a noun */
  size_t w = k;
  for (size_t n = 0; n < 4u && w < e; ++n) {
    const size_t l = xlex_word_len(s + w, e - w);
    if (l == 0u) {
      return false;
    }
    if (n > 0u && l > 4u && s[w] >= 'a' && s[w] <= 'z' &&
        !strncmp(s + w + l - 3u, "ing", 3u)) {
      return true;
    }
    w += l;
    if (w + 1u < e && s[w] == '\'' && s[w + 1u] == 's') {
      w += 2u;
    }
    if (w >= e || s[w] != ' ') {
      return false;
    }
    ++w;
  }
  return false;
}

static size_t
list_end(const char* s, size_t b, size_t e)
{
  static const char* const verbs[] = { "said",      "added",    "stated",
                                       "noted",     "reported", "according",
                                       "read",      "says",     "told",
                                       "explained", NULL };
  for (size_t i = b; i + 6u < e; ++i) {
    if (i > b && with_clause(s, i, e)) {
      return i;
    }
    /* "A, B and C, among others", "..., among other shared priorities":
       the filler closes the list */
    static const char* const others[] = { ", among others", ", amongst others",
                                          ", inter alia",   ", etc",
                                          ", among other ", NULL };
    for (size_t k = 0; i > b && others[k]; ++k) {
      if (xlex_starts(s + i, e - i, others[k]) && !in_parens(s, b, i)) {
        return i;
      }
    }
    if (!strncmp(s + i, ", and ", 6u) || !strncmp(s + i, " and ", 5u)) {
      const size_t k = i + (s[i] == ',' ? 6u : 5u);
      const size_t w = xlex_word_len(s + k, e - k);
      /* " and assess their policies" (no comma: ", and explore" may be
         an item of "to discuss A, share B, and explore C"): a bare verb
         of discussion opens a new clause */
      static const char* const bare[] = { "assess ",  "explore ", "share ",
                                          "discuss ", "review ",  "examine ",
                                          NULL };
      const bool bare_and = s[i] == ' ' && (i == b || s[i - 1u] != ',');
      for (size_t v = 0; bare_and && bare[v]; ++v) {
        const size_t l = strlen(bare[v]);
        if (k + l < e && xlex_starts(s + k, e - k, bare[v]) &&
            !xlex_starts(s + k + l, e - k - l, "of ")) {
          return i;
        }
      }
      /* not "ongoing and proposed projects": a participle after an
         adjective of time qualifies the same noun */
      static const char* const time_adj[] = { "ongoing", "existing", "current",
                                              "recent",  "upcoming", "past",
                                              "future",  "new",      NULL };
      /* (not a name: "Combating Piracy and Armed Robbery against Ships") */
      if (w > 3u && !strncmp(s + k + w - 2u, "ed", 2u) && s[k] >= 'a' &&
          s[k] <= 'z' && xlex_find(s + k, w, "red") == NONE &&
          !last_word_in(s, b, i, time_adj)) {
        return i; /* ", and agreed", " and discussed" */
      }
      /* ", and the two sides reached a consensus ...": the sides as a
         subject open a clause of their own */
      static const char* const sides[] = {
        "the two sides ",
        "both sides ",
        "the sides ",
        "they ",
        "the two countries ",
        "the delegations ",
        "the participants ",
        /* ", and there was an exchange of ...": a clause too */
        "there was ",
        "there were ",
        NULL
      };
      for (size_t v = 0; s[i] == ',' && sides[v]; ++v) {
        if (xlex_starts(s + k, e - k, sides[v])) {
          return i;
        }
      }
    }
    if (s[i] == ';') {
      return i;
    }
    /* the purpose of the verb, after a list of several items: "A, B,
       and the protection of systems in order to explore potential
       areas" (one item keeps its own: "framing the work required to be
       done in order to reduce ...") */
    if (i > b && memchr(s + b, ',', i - b) &&
        (!strncmp(s + i, " in order to ", 13u) ||
         !strncmp(s + i, ", in order to ", 14u))) {
      return i;
    }
    /* a relative clause ("... Framework for Closer Cooperation which was
       adopted by President Yoon and ..."), a circumstance ("... response
       frameworks amid a rapidly evolving ... landscape"): no item */
    /* a reduced relative clause: "... assistance projects developed in
       concert with relevant agencies and stakeholders" */
    static const char* const made[] = {
      " developed ", " adopted ", " launched ", " established ", NULL
    };
    static const char* const by[] = { "in",    "by",      "with", "at",
                                      "under", "jointly", NULL };
    for (size_t m = 0; i > b && made[m]; ++m) {
      const size_t c = s[i] == ',' ? 1u : 0u; /* ", developed in" */
      const size_t l = strlen(made[m]) + c;
      if (i + l < e && xlex_starts(s + i + c, e - i - c, made[m])) {
        for (size_t q = 0; by[q]; ++q) {
          const size_t ql = strlen(by[q]);
          if (xlex_starts(s + i + l, e - i - l, by[q]) && i + l + ql < e &&
              s[i + l + ql] == ' ') {
            return i;
          }
        }
      }
    }
    /* "talks on cybersecurity this week in Seoul": a time of the event
       closes the list */
    static const char* const when[] = { " this week",  " next week",
                                        " last week",  " this month",
                                        " next month", " later this",
                                        NULL };
    for (size_t k = 0; i > b && when[k]; ++k) {
      const size_t l = strlen(when[k]);
      if (xlex_starts(s + i, e - i, when[k]) &&
          (i + l == e || !xlex_is_word_char((unsigned char)s[i + l]))) {
        return i;
      }
    }
    /* "the cybersecurity policies over the past year in the meeting": the
       event itself closes the list, as its time does */
    static const char* const at_ev[] = {
      " in the ", " at the ", " during the ", NULL
    };
    static const char* const ev[] = { "meeting",       "dialogue", "talks",
                                      "consultations", "session",  NULL };
    for (size_t k = 0; i > b && at_ev[k]; ++k) {
      const size_t l = strlen(at_ev[k]);
      if (s[i] != ' ' || !xlex_starts(s + i + 1u, e - i - 1u, at_ev[k] + 1u)) {
        continue;
      }
      for (size_t v = 0; ev[v]; ++v) {
        const size_t vl = strlen(ev[v]);
        if (i + l + vl <= e && !strncmp(s + i + l, ev[v], vl) &&
            (i + l + vl == e ||
             !xlex_is_word_char((unsigned char)s[i + l + vl]))) {
          return i;
        }
      }
    }
    /* "focused on A and B, reaffirming the strong ... cooperation",
       "addressed A, underlining the commitment to B": a participle of
       stance after a comma says what the sides held, no item */
    static const char* const stance[] = { "reaffirming ",
                                          "reiterating ",
                                          "affirming ",
                                          "confirming ",
                                          "underlining ",
                                          "underscoring ",
                                          "emphasising ",
                                          "emphasizing ",
                                          "stressing ",
                                          "highlighting ",
                                          "welcoming ",
                                          "recognising ",
                                          "recognizing ",
                                          "acknowledging ",
                                          "demonstrating ",
                                          "reflecting ",
                                          "expressing ",
                                          "noting ",
                                          NULL };
    for (size_t k = 0; i > b && s[i] == ',' && stance[k]; ++k) {
      if (xlex_starts(s + i, e - i, ", ") &&
          xlex_starts(s + i + 2u, e - i - 2u, stance[k])) {
        return i;
      }
    }
    /* "A, B, etc. for possible cooperation in the future": "etc." closes
       the list */
    if (i > b &&
        (xlex_starts(s + i, e - i, ", etc") ||
         xlex_starts(s + i, e - i, " etc.")) &&
        !in_parens(s, b, i)) {
      return i;
    }
    if (i > b && (xlex_starts(s + i, e - i, ", which") ||
                  xlex_starts(s + i, e - i, ", in which") ||
                  xlex_starts(s + i, e - i, ", at which") ||
                  xlex_starts(s + i, e - i, ", during which") ||
                  xlex_starts(s + i, e - i, ", of which") ||
                  xlex_starts(s + i, e - i, " which") ||
                  xlex_starts(s + i, e - i, " where") ||
                  xlex_starts(s + i, e - i, " amid") ||
                  xlex_starts(s + i, e - i, ", amid") ||
                  xlex_starts(s + i, e - i, " amidst") ||
                  xlex_starts(s + i, e - i, ", amidst") ||
                  xlex_starts(s + i, e - i, " against the backdrop of") ||
                  xlex_starts(s + i, e - i, ", against the backdrop of"))) {
      return i;
    }
    /* "cooperation during the first meeting of the Dialogue held by
       videoconference": when, no part of the item */
    if (i > b && (xlex_starts(s + i, e - i, " during the first ") ||
                  xlex_starts(s + i, e - i, " during the meeting") ||
                  xlex_starts(s + i, e - i, " during the talks") ||
                  xlex_starts(s + i, e - i, " during the dialogue"))) {
      return i;
    }
    /* "initiatives put forward by Russia - the Open-Ended Working Group
       ... and the Ad Hoc Committee ...": the names after a spaced dash
       are an aside */
    if (i > b && i + 4u < e && s[i] == ' ' && s[i + 1u] == '-' &&
        s[i + 2u] == ' ') {
      size_t n = i + 3u;
      if (xlex_starts(s + n, e - n, "the ")) {
        n += 4u;
      }
      if (n < e && xlex_is_upper((unsigned char)s[n])) {
        return i;
      }
    }
  }
  /* ", the ministry said" */
  for (size_t i = e; i > b; --i) {
    if (s[i - 1u] == ',') {
      size_t words = 0;
      for (size_t k = i; k < e; ++k) {
        words += s[k] == ' ' ? 1u : 0u;
      }
      for (size_t v = 0; words <= 12u && verbs[v]; ++v) {
        if (xlex_find(s + i, e - i, verbs[v]) != NONE) {
          return i - 1u;
        }
      }
      break;
    }
  }
  while (e > b && (s[e - 1u] == '.' || s[e - 1u] == ' ' || s[e - 1u] == '"' ||
                   (unsigned char)s[e - 1u] == 0x9Du)) {
    e -= (unsigned char)s[e - 1u] == 0x9Du ? 3u : 1u;
  }
  return e;
}

/* Is the first item of the list at lb an agency ("including the National
   Institute of Standards and Technology, and Justice")?  Then the list is
   one of agencies, not of topics. */
static bool
first_item_agency(XCtx* x, size_t lb, size_t e)
{
  const char* s = x->doc.text;
  size_t ie = lb;
  while (ie < e && s[ie] != ',' && s[ie] != ';' && s[ie] != '.') {
    ++ie;
  }
  char* item = xctx_copy(x, lb, ie);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = item ? xctx_agency(x, NULL, item, &cc, &written) : NULL;
  free(written);
  free(item);
  return a != NULL;
}

/* "involve", "included": verbs of topics only after a noun of discussion
   ("the discussions at this dialogue involve A, B"), not in "the
   delegation included A, B". */
static bool
generic_verb(const char* verb)
{
  return !strcmp(verb, "involve") || !strcmp(verb, "involved") ||
         !strcmp(verb, "included") || !strcmp(verb, "includes") ||
         !strcmp(verb, "include");
}

static bool
discussion_before(const char* s, size_t b, size_t at)
{
  /* (or "the core of the meeting involved ...", "the focus of ...") */
  static const char* const nouns[] = { "discussions", "discussion", "talks",
                                       "agenda",      "topics",     "core of",
                                       "focus of",    "heart of",   NULL };
  for (size_t i = 0; nouns[i]; ++i) {
    if (xlex_find(s + b, at - b, nouns[i]) != NONE) {
      return true;
    }
  }
  return false;
}

/* Is `at` inside parentheses opened in s[b, at)? */
static bool
in_parens(const char* s, size_t b, size_t at)
{
  int depth = 0;
  for (size_t i = b; i < at; ++i) {
    depth += s[i] == '(' ? 1 : (s[i] == ')' && depth ? -1 : 0);
  }
  return depth > 0;
}

/* Is the word that ends s[b, e) one of `list`? */
static bool
last_word_in(const char* s, size_t b, size_t e, const char* const* list)
{
  size_t w = e;
  while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_eq(s + w, e - w, list[i])) {
      return true;
    }
  }
  return false;
}

/* True when the word before `at` (a comma skipped) is a generic head such
   as "issues" or "areas": what follows enumerates them. */
static bool
after_generic(const char* s, size_t b, size_t at)
{
  static const char* const heads[] = { "issues",     "areas",      "topics",
                                       "matters",    "fields",     "subjects",
                                       "questions",  "domains",    "themes",
                                       "priorities", "challenges", NULL };
  size_t e = at;
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == ',')) {
    --e;
  }
  return last_word_in(s, b, e, heads);
}

/* The first word that opens an enumeration in s[b, e): "including",
   "such as", "namely", or a colon after words ("issues: A, B and C").
   Returns its offset from b and sets `*len` to the bytes up to the first
   item; NONE when there is none. */
static size_t find_verb(const char* s,
                        size_t sb,
                        size_t b,
                        size_t e,
                        size_t* lb);

/* Is the "including" at `at` the start of an item's own examples: no comma
   before it, no generic head ("issues including A, B"), inside the list
   of a verb of discussion ("the agenda included exchanges of views on A,
   countering B including C and D, ...")? */
static bool
item_example(const char* s, size_t b, size_t at)
{
  static const char* const heads[] = { "issues",  "topics", "areas",
                                       "matters", "agenda", NULL };
  size_t lb = 0;
  /* a closing parenthesis ends an aside as a comma does: "collaborative
     activities (hereinafter \"CAs\") including cyber exercises, ..." */
  if (at <= b + 1u || s[at - 1u] != ' ' || s[at - 2u] == ',' ||
      s[at - 2u] == ')' || !xlex_starts(s + at, 9u, "including") ||
      after_generic(s, b, at) || find_verb(s, b, b, at, &lb) == NONE ||
      lb >= at) {
    return false;
  }
  /* "key issues on the international cyber agenda including A and B" */
  for (size_t i = 0; heads[i]; ++i) {
    if (xlex_find(s + lb, at - lb, heads[i]) != NONE) {
      return false;
    }
  }
  return true;
}

static size_t
list_intro(const char* s, size_t b, size_t e, size_t* len)
{
  static const char* const words[] = {
    "including", "such as", "namely", "like", NULL
  };
  size_t best = NONE;
  for (size_t i = 0; words[i]; ++i) {
    size_t at = xlex_find(s + b, e - b, words[i]);
    while (at != NONE &&
           (in_parens(s, b, b + at) || item_example(s, b, b + at))) {
      /* "(including 5G technology)" opens no list, nor "countering
         malicious online behaviour including serious organised crime" */
      const size_t next = xlex_find(s + b + at + 1u, e - b - at - 1u, words[i]);
      at = next == NONE ? NONE : at + 1u + next;
    }
    if (at != NONE && i > 0 && !after_generic(s, b, b + at)) {
      continue; /* "cooperation in venues such as the UN": a tail */
    }
    if (at != NONE && (best == NONE || at < best)) {
      best = at;
      *len = strlen(words[i]) + 1u;
    }
  }
  for (size_t i = b + 1u; i + 2u < e && (best == NONE || i - b < best); ++i) {
    if (s[i] == ':' && s[i + 1u] == ' ' && after_generic(s, b, i)) {
      best = i - b;
      *len = 2u;
      break;
    }
  }
  return best;
}

/* "their shared commitment", "a shared interest": "shared" is no verb
   after a determiner. */
static bool
adjective_shared(const char* s, size_t b, size_t at)
{
  /* (and a demonstrative, "These shared concerns provide ...", or a
     verb of dealing with, "convened to address shared challenges") */
  static const char* const dets[] = { "their",
                                      "our",
                                      "a",
                                      "the",
                                      "its",
                                      "common",
                                      "and",
                                      "on",
                                      "of",
                                      "in",
                                      "by",
                                      "with",
                                      "for",
                                      "these",
                                      "those",
                                      "this",
                                      "address",
                                      "tackle",
                                      "face",
                                      /* "among other shared priorities" */
                                      "other",
                                      "many",
                                      "several",
                                      NULL };
  size_t w = at;
  while (w > b && s[w - 1u] == ' ') {
    --w;
  }
  /* a possessive before it: "the countries' shared understanding" */
  if ((w > b && s[w - 1u] == '\'') ||
      (w >= b + 3u && !strncmp(s + w - 3u, "\xE2\x80\x99", 3u)) ||
      (w >= b + 2u && s[w - 1u] == 's' && s[w - 2u] == '\'')) {
    return true;
  }
  /* after a verb's -ing: "enhancing shared situational awareness" */
  size_t v = w;
  while (v > b && xlex_is_word_char((unsigned char)s[v - 1u])) {
    --v;
  }
  if (w - v > 5u && s[v] >= 'a' && s[v] <= 'z' &&
      (!strncmp(s + w - 3u, "ing", 3u) || !strncmp(s + w - 2u, "ed", 2u))) {
    return true; /* (and "reaffirmed shared interests") */
  }
  /* after an infinitive: "to advance shared priorities", "to defend
     shared values" (a verb of its own before it) */
  size_t t = v;
  while (t > b && s[t - 1u] == ' ') {
    --t;
  }
  if (w > v && t >= b + 2u && xlex_eq(s + t - 2u, 2u, "to") &&
      (t == b + 2u || !xlex_is_word_char((unsigned char)s[t - 3u]))) {
    return true;
  }
  /* "India and Vietnam have long shared strong ties": the perfect tells
     a standing bond of the two, not what the meeting shared */
  static const char* const perfect[] = {
    "have", "has", "long", "always", "traditionally", "historically", NULL
  };
  if (last_word_in(s, b, w, perfect)) {
    return true;
  }
  return last_word_in(s, b, w, dets);
}

/* "shared the view that", "shared the understanding": an opinion, no
   list of topics. */
static bool
shared_opinion(const char* s, size_t b, size_t e)
{
  static const char* const heads[] = {
    "the view",
    "the views",
    "the belief",
    "the understanding",
    "the hope",
    "the recognition",
    "the concern",
    /* "shared the same understanding of ...", "the same views" */
    "the same",
    "a",
    "an",
    "concern",
    /* "shared their concern", not "shared their threat analysis" */
    "their view",
    "their belief",
    "their concern",
    "their hope",
    "their commitment",
    "their understanding",
    "their appreciation",
    "their satisfaction",
    "their desire",
    "their interest",
    "their determination",
    "their willingness",
    "their support",
    "their vision",
    "their recognition",
    "their gratitude",
    NULL
  };
  /* (a quotation: shared "the same understanding of ...") */
  if (b < e && s[b] == '"') {
    ++b;
  } else if (b + 3u < e && !strncmp(s + b, "\xE2\x80\x9C", 3u)) {
    b += 3u;
  }
  for (size_t i = 0; b < e && heads[i]; ++i) {
    const size_t l = strlen(heads[i]);
    /* not a named document: "introduced the International Guiding
       Principles" */
    if (xlex_starts(s + b, e - b, heads[i])) {
      return b + l < e && !(s[b + l] >= 'A' && s[b + l] <= 'Z');
    }
  }
  return false;
}

/* The first verb (or noun) of discussion in clause s[b, e) of the
   sentence that starts at `sb`: its index in `verbs`, and in `*lb` where
   its list starts; NONE when the clause has none. */
static const char* const discussion_verbs[] = { "included discussion of",
                                                "included discussions of",
                                                "included discussions on",
                                                "exchanged views on",
                                                "exchange views on",
                                                "exchanging views on",
                                                "exchanging perspectives on",
                                                "exchanging ideas on",
                                                "exchanging information on",
                                                "exchanged views about",
                                                "exchanged views regarding",
                                                "shared views on",
                                                "shared information on",
                                                "shared information about",
                                                "took stock of",
                                                "spoke about",
                                                "talked about",
                                                "shared their assessment on",
                                                "shared their assessment of",
                                                "shared their assessments on",
                                                "shared their assessments of",
                                                "shared assessments on",
                                                "shared their views on",
                                                "shared experiences on",
                                                "exchanged information on",
                                                "exchanged ideas on",
                                                "exchanged opinions on",
                                                "exchanged perspectives on",
                                                "compared notes on",
                                                "exchanged notes on",
                                                "exchanged on",
                                                "provided updates on",
                                                "gave updates on",
                                                "shared updates on",
                                                "exchanged updates on",
                                                "discussed",
                                                "will discuss",
                                                "to discuss",
                                                "to review",
                                                "discuss",
                                                "covered",
                                                "covering",
                                                "focusing on",
                                                "discussing",
                                                "addressing",
                                                "assessed",
                                                "evaluated",
                                                "examined",
                                                "reviewed",
                                                "explored",
                                                "shared",
                                                "presented",
                                                "introduced",
                                                "cover",
                                                "focused on",
                                                "focus on",
                                                "addressed",
                                                "will address",
                                                "touched on",
                                                "involve",
                                                "involved",
                                                "included",
                                                "includes",
                                                "include",
                                                "centred on",
                                                "centered on",
                                                "centering on",
                                                "centred around",
                                                "centered around",
                                                "touched upon",
                                                "deliberated on",
                                                "considered",
                                                "attention will be paid to",
                                                "attention was paid to",
                                                "paid special attention to",
                                                "paid particular attention to",
                                                /* nouns last: a verb of the
                                                   clause comes first */
                                                "exchange of views on",
                                                "exchanges of views on",
                                                "discussions on",
                                                "discussion on",
                                                "discussions in",
                                                "discussions about",
                                                "discussion about",
                                                "discussions of",
                                                "deliberations on",
                                                "exchanges on",
                                                "an exchange on",
                                                "talks on",
                                                "efforts in",
                                                NULL };

/* Is verbs[v] a verb (not one of the nouns at the end)? */
static bool
is_verb(size_t v)
{
  for (size_t i = 0; i <= v; ++i) {
    if (!strcmp(discussion_verbs[i], "exchange of views on")) {
      return false;
    }
  }
  return true;
}

/* "our collective efforts in cybersecurity", "we join efforts in
   building ...": efforts in the speakers' own voice are a pledge, not what
   the meeting discussed (not "continued collaborative efforts in A, B and
   C" that the sides affirmed). */
static bool
pledge_efforts(const char* s, size_t b, size_t at)
{
  size_t w = at, words = 0;
  while (w > b && words < 3u) {
    --w;
    if (s[w] == ' ' || w == b) {
      const size_t ws = s[w] == ' ' ? w + 1u : w;
      const size_t n = xlex_word_len(s + ws, at - ws);
      if (xlex_eq(s + ws, n, "our") || xlex_eq(s + ws, n, "we") ||
          xlex_eq(s + ws, n, "join")) {
        return true;
      }
      ++words;
    }
  }
  return false;
}

/* "the sides presented their approaches to ...", "presented the latest
   developments in ...": an account of something, a topic; not a thing
   handed over ("presented a draft plan"), nor a speaker ("presented from
   the EU side"). */
static bool
presented_account(const char* s, size_t b, size_t e)
{
  static const char* const heads[] = { "their ", "the ",  "its ",
                                       "our ",   "each ", NULL };
  /* (a quotation: shared "the same understanding of ...") */
  if (b < e && s[b] == '"') {
    ++b;
  } else if (b + 3u < e && !strncmp(s + b, "\xE2\x80\x9C", 3u)) {
    b += 3u;
  }
  for (size_t i = 0; b < e && heads[i]; ++i) {
    const size_t l = strlen(heads[i]);
    /* not a named document: "introduced the International Guiding
       Principles" */
    if (xlex_starts(s + b, e - b, heads[i])) {
      return b + l < e && !(s[b + l] >= 'A' && s[b + l] <= 'Z');
    }
  }
  return false;
}

/* Is what follows "considered" (at `at`) an opinion, not a thing the
   sides looked at: "considered that ...", "considered it important to
   ...", "considered as ...", "considered to be ..."; nor an adjective
   ("a considered approach")? */
static bool
considered_opinion(const char* s, size_t at, size_t e)
{
  static const char* const opinion[] = { "that",      "it",   "as",
                                         "to be",     "this", "necessary",
                                         "important", NULL };
  if ((at >= 13u && xlex_starts(s + at - 13u, 2u, "a ")) ||
      (at >= 15u && xlex_starts(s + at - 15u, 4u, "the "))) {
    return true;
  }
  if (at >= e) {
    return false; /* "A was also considered." */
  }
  for (size_t i = 0; opinion[i]; ++i) {
    if (xlex_starts(s + at, e - at, opinion[i])) {
      return true;
    }
  }
  return false;
}

/* "Addressing the august gathering of Digital Ministers, ...", "addressed
   the opening session": whom one spoke to, no topic. */
static bool
audience(const char* s, size_t b, size_t e)
{
  static const char* const nouns[] = {
    "gathering", "audience", "meeting",      "session",  "conference", "forum",
    "delegates", "plenary",  "participants", "ceremony", NULL
  };
  size_t i = b;
  for (size_t words = 0; words < 4u && i < e; ++words) {
    const size_t n = xlex_word_len(s + i, e - i);
    if (!n) {
      return false;
    }
    for (size_t k = 0; nouns[k]; ++k) {
      if (xlex_eq(s + i, n, nouns[k]) &&
          (i + n >= e || s[i + n] == ',' || s[i + n] == '.' ||
           xlex_starts(s + i + n, e - i - n, " of ") ||
           xlex_starts(s + i + n, e - i - n, " at ") ||
           xlex_starts(s + i + n, e - i - n, " in "))) {
        return true;
      }
    }
    i += n;
    while (i < e && s[i] == ' ') {
      ++i;
    }
  }
  return false;
}

/* "... as the United States and Poland focus on the security challenges
   of the Eastern Flank": "focus on" right after its subject (a name, "the
   two sides") is a present of what the countries do, not of the meeting
   (not "will focus on", "aims to focus on", "a big focus on"). */
static bool
present_focus(const char* s, size_t b, size_t at)
{
  static const char* const subjects[] = { "sides",    "countries",   "nations",
                                          "partners", "governments", NULL };
  size_t w = at;
  while (w > b && s[w - 1u] == ' ') {
    --w;
  }
  size_t v = w;
  while (v > b && xlex_is_word_char((unsigned char)s[v - 1u])) {
    --v;
  }
  if (v == w || v == b) {
    return false;
  }
  return xlex_is_upper((unsigned char)s[v]) || last_word_in(s, b, w, subjects);
}

/* Is the "focus on" at `at` that of a programme, not of the meeting:
   "This effort will focus on six to eight municipalities", "the
   Strategy, which outlines a new focus on A"?  A plan or an outcome
   is no topic. */
static bool
program_focus(const char* s, size_t b, size_t at)
{
  static const char* const before[] = {
    "a new ", "new ", "a renewed ", "renewed ", NULL
  };
  for (size_t k = 0; before[k]; ++k) {
    const size_t l = strlen(before[k]);
    if (at >= b + l && xlex_starts(s + at - l, l, before[k]) &&
        (at == b + l || s[at - l - 1u] == ' ')) {
      return true;
    }
  }
  static const char* const things[] = { "effort",    "efforts",   "program",
                                        "programme", "plan",      "initiative",
                                        "strategy",  "project",   "projects",
                                        "fund",      "framework", "agreement",
                                        NULL };
  if (at < b + 5u || !xlex_starts(s + at - 5u, 5u, "will ")) {
    return false;
  }
  for (size_t k = 0; things[k]; ++k) {
    const size_t f = xlex_find(s + b, at - 5u - b, things[k]);
    if (f != NONE && words_between(s, b, b + f) <= 3u) {
      return true;
    }
  }
  return false;
}

static size_t
find_verb(const char* s, size_t sb, size_t b, size_t e, size_t* lb)
{
  for (size_t v = 0; discussion_verbs[v]; ++v) {
    const size_t at = xlex_find(s + b, e - b, discussion_verbs[v]);
    if (at == NONE ||
        (generic_verb(discussion_verbs[v]) &&
         !discussion_before(s, sb, b + at)) ||
        (!strcmp(discussion_verbs[v], "shared") &&
         (adjective_shared(s, b, b + at) ||
          shared_opinion(s, b + at + 7u, e))) ||
        ((!strcmp(discussion_verbs[v], "presented") ||
          !strcmp(discussion_verbs[v], "introduced")) &&
         !presented_account(s, b + at + strlen(discussion_verbs[v]) + 1u, e)) ||
        (!strcmp(discussion_verbs[v], "considered") &&
         considered_opinion(s, b + at + 11u, e)) ||
        (!strcmp(discussion_verbs[v], "efforts in") &&
         pledge_efforts(s, b, b + at)) ||
        (!strcmp(discussion_verbs[v], "focus on") &&
         (present_focus(s, b, b + at) || program_focus(s, b, b + at))) ||
        /* "the importance of the partnership in addressing common
           threats", "Qatar's support in addressing ...": what the thing
           before is for, not an act of the meeting */
        (!strcmp(discussion_verbs[v], "addressing") && at >= 3u &&
         !strncmp(s + b + at - 3u, "in ", 3u)) ||
        ((!strcmp(discussion_verbs[v], "addressing") ||
          !strcmp(discussion_verbs[v], "addressed") ||
          !strcmp(discussion_verbs[v], "will address")) &&
         audience(s, b + at + strlen(discussion_verbs[v]) + 1u, e))) {
      continue;
    }
    *lb = b + at + strlen(discussion_verbs[v]) + 1u;
    return v;
  }
  return NONE;
}

/* Is the noun of discussion at `at` (clause from b) not the meeting's:
   the discussions another event held ("The initiative follows discussions
   on ... at their July 2018 meeting"), or what a stated position calls for
   ("India reaffirmed that ... there was a need to continue and deepen
   deliberations on ...")? */
static bool
stance_noun(const char* s, size_t b, size_t at)
{
  static const char* const before[] = { "follows",   "followed", "following",
                                        "builds on", "built on", "after",
                                        NULL };
  static const char* const stance[] = { "reaffirmed that",
                                        "affirmed that",
                                        "stressed that",
                                        "emphasized that",
                                        "emphasised that",
                                        "underlined that",
                                        "agreed that",
                                        "noted that",
                                        "a need to",
                                        "the need to",
                                        /* "reaffirmed its support for
                                           ASEAN's efforts in A, B": the
                                           other side's work, approved */
                                        "support for",
                                        "supported",
                                        "welcomed",
                                        "commended",
                                        "praised",
                                        "appreciated",
                                        NULL };
  size_t w = at;
  while (w > b && s[w - 1u] == ' ') {
    --w;
  }
  for (size_t i = 0; before[i]; ++i) {
    const size_t l = strlen(before[i]);
    if (w >= b + l && xlex_eq(s + w - l, l, before[i])) {
      return true;
    }
  }
  /* an opening phrase about the event before: "Building on the previous
     EU-NATO Staff Talks on ..., the dialogue ..." */
  static const char* const opening[] = { "building on ",     "following ",
                                         "after ",           "further to ",
                                         "in follow-up to ", NULL };
  size_t ob = b;
  while (ob < at && s[ob] == ' ') {
    ++ob;
  }
  for (size_t i = 0; opening[i]; ++i) {
    if (xlex_starts(s + ob, at - ob, opening[i]) &&
        !memchr(s + ob, ',', at - ob)) {
      return true;
    }
  }
  for (size_t i = 0; stance[i]; ++i) {
    if (xlex_find(s + b, at - b, stance[i]) != NONE) {
      return true;
    }
  }
  return false;
}

/* Where the subject of a passive verb of discussion ends: `at` is where
   the verb ("discussed") starts, or the end of a clause that may end in
   "are also among the agenda items"; NONE when there is none. */
static size_t
passive_at(const char* s, size_t b, size_t at)
{
  static const char* const aux[] = {
    " was also ", " were also ",    " was ", " were ",
    " is also ",  " are also ",     " is ",  " are ",
    " will be ",  " will also be ", NULL
  };
  static const char* const tails[] = {
    "among the agenda items", "among the topics", "on the agenda", NULL
  };
  size_t end = at;
  while (end > b && (s[end - 1u] == '.' || s[end - 1u] == ' ')) {
    --end;
  }
  for (size_t t = 0; tails[t]; ++t) {
    const size_t l = strlen(tails[t]);
    if (end >= b + l && xlex_eq(s + end - l, l, tails[t])) {
      at = end - l;
      break;
    }
  }
  for (size_t k = 0; aux[k]; ++k) {
    const size_t l = strlen(aux[k]);
    if (at >= b + l + 1u && !strncmp(s + at - l, aux[k], l) &&
        words_between(s, b, at - l) >= 1u) {
      /* "there was an exchange on A": no subject, a noun of discussion */
      static const char* const there[] = { "there", NULL };
      if (last_word_in(s, b, at - l, there)) {
        return NONE;
      }
      return at - l;
    }
  }
  return NONE;
}

/* Can clause s[b, e), which has no verb of discussion, be an item of the
   semicolon list of the clause before it ("discussed A; B; and C")?  Not
   when it has a verb of its own ("...; the sides agreed to meet"). */
static bool
list_clause(const char* s, size_t b, size_t e)
{
  static const char* const finite[] = {
    "is",        "are",       "was",        "were",       "will",
    "would",     "has",       "have",       "had",        "agreed",
    "said",      "noted",     "stressed",   "welcomed",   "reaffirmed",
    "affirmed",  "expressed", "underlined", "emphasized", "emphasised",
    "committed", "decided",   "they",       NULL
  };
  for (size_t i = 0; finite[i]; ++i) {
    if (xlex_find(s + b, e - b, finite[i]) != NONE) {
      return false;
    }
  }
  /* nor a bare verb of action, the infinitive's next verb ("to discuss
     A; and prepare for B") */
  static const char* const bare[] = { "prepare ", "hold ",   "agree ",
                                      "meet ",    "sign ",   "adopt ",
                                      "plan ",    "launch ", "continue ",
                                      NULL };
  size_t w = b;
  while (w < e && s[w] == ' ') {
    ++w;
  }
  if (xlex_starts(s + w, e - w, "and ")) {
    w += 4u;
  }
  for (size_t i = 0; bare[i]; ++i) {
    if (xlex_starts(s + w, e - w, bare[i])) {
      return false;
    }
  }
  return words_between(s, b, e) >= 1u;
}

/* Is s[lb, le), the words before "including" or "such as", a generic
   head ("a wide range of issues", "bilateral cooperation", "key cyber and
   Internet policy topics"), not a topic of its own ("digital freedom
   priorities")? */
static bool
generic_words(const char* s, size_t lb, size_t le, bool cooperation)
{
  static const char* const words[] = { "issues",   "range",       "agenda",
                                       "progress", "cooperation", NULL };
  static const char* const last[] = { "topics",   "areas",     "matters",
                                      "subjects", "questions", "themes",
                                      "fields",   "domains",   "efforts",
                                      NULL };
  for (size_t i = 0; words[i]; ++i) {
    if ((cooperation || strcmp(words[i], "cooperation")) &&
        xlex_find(s + lb, le - lb, words[i]) != NONE) {
      return true;
    }
  }
  return words_between(s, lb, le) < 1u || last_word_in(s, lb, le, last);
}

static bool
generic_head(const char* s, size_t lb, size_t le)
{
  return generic_words(s, lb, le, true);
}

/* The topics of the list s[lb, le) of a verb in sentence `i` (from sb);
   `inc`, `done_including`, `whole` as for verb_topics. */
static void
list_topics(XCtx* x,
            size_t i,
            size_t sb,
            size_t lb,
            size_t le,
            size_t inc,
            bool done_including,
            bool whole)
{
  const char* s = x->doc.text;
  const size_t e0 = x->doc.sents[i].e;
  if (done_including && inc != NONE && sb + inc > lb) {
    if (sb + inc < le) {
      le = sb + inc; /* the head before "including" is generic */
    }
    while (le > lb && (s[le - 1u] == ' ' || s[le - 1u] == ',')) {
      --le;
    }
    /* only what is more than a generic head; a list of several things
       is none ("discussed A, B, and international cyber policy issues,
       including ...": the examples are the last item's) */
    /* (examples that are all names make no head generic: "discussed
       international cooperation in trade controls and nonproliferation
       frameworks, including the Global Initiative ... and the
       Proliferation Security Initiative") */
    size_t nb = sb + inc;
    while (nb < e0 && s[nb] != ' ') {
      ++nb;
    }
    const bool names =
      nb < e0 && proper_names(s, nb + 1u, list_end(s, nb + 1u, e0));
    if (generic_words(s, lb, le, !names) && !several_items(s, lb, le)) {
      return;
    }
    /* a head of its own: "discussed digital freedom priorities, including
       ..." */
    parse_topics(x, lb, le, i, whole, false);
    return;
  }
  if (done_including && inc != NONE && sb + inc < lb) {
    /* "..., including X, and discussed Y": Y */
    parse_topics(x, lb, le, i, whole, false);
    return;
  }
  if (!done_including && inc != NONE && sb + inc > lb) {
    /* the list of "including" named no topics (agencies, places): the
       verb's list ends before it */
    le = sb + inc < le ? sb + inc : le;
    while (le > lb && (s[le - 1u] == ' ' || s[le - 1u] == ',')) {
      --le;
    }
  }
  if (!done_including) {
    parse_topics(x, lb, le, i, whole, false);
  }
}

/* The topics of the first verb of the list in clause s[b, e) of sentence
   `sent`, which starts at `sb`; `inc` is where an "including" list of the
   sentence starts (NONE: none), `done_including` whether it gave topics;
   `whole`: the list is the first item of a semicolon list.  Returns where
   the list ended, NONE when the clause has no verb of discussion. */
/* An inverted sentence "At the core of the discussions during the
   Dialogue was A and B", "High on the agenda of the talks were A and B":
   where the list after "was"/"were" starts in text[b, e), NONE when the
   clause is none. */
static size_t
inverted_list(const char* s, size_t b, size_t e)
{
  static const char* const opens[] = { "at the core of the ",
                                       "at the heart of the ",
                                       "at the centre of the ",
                                       "at the center of the ",
                                       "high on the agenda",
                                       "on the agenda of the ",
                                       "central to the ",
                                       "the main topic of the ",
                                       "the main topics of the ",
                                       "the main focus of the ",
                                       "the focus of the ",
                                       "the key topics of the ",
                                       NULL };
  static const char* const nouns[] = { "discussions",   "discussion", "talks",
                                       "dialogue",      "agenda",     "meeting",
                                       "consultations", NULL };
  while (b < e && s[b] == ' ') {
    ++b;
  }
  bool open = false;
  for (size_t k = 0; opens[k] && !open; ++k) {
    open = xlex_starts(s + b, e - b, opens[k]);
  }
  if (!open) {
    return NONE;
  }
  size_t be = NONE, blen = 0;
  for (size_t k = b; k + 6u < e && be == NONE; ++k) {
    if (!strncmp(s + k, " was ", 5u)) {
      be = k;
      blen = 5u;
    } else if (!strncmp(s + k, " were ", 6u)) {
      be = k;
      blen = 6u;
    }
  }
  if (be == NONE || words_between(s, b, be) > 14u) {
    return NONE;
  }
  bool noun = false;
  for (size_t k = 0; nouns[k] && !noun; ++k) {
    noun = xlex_find(s + b, be - b, nouns[k]) != NONE;
  }
  return noun ? be + blen : NONE;
}

/* Where the list s[lb, le) of the -ing verb of discussion `verb` ends
   at " and" and a second -ing verb of discussion ("a platform for
   exchanging perspectives on A and discussing B"): the two verbs are
   parallel, each with its own list; else le. */
static size_t
gerund_end(const char* s, const char* verb, size_t lb, size_t le)
{
  const size_t w = xlex_word_len(verb, strlen(verb));
  if (w < 5u || strncmp(verb + w - 3u, "ing", 3u)) {
    return le;
  }
  for (size_t k = lb; k + 5u < le; ++k) {
    if (strncmp(s + k, " and ", 5u) || in_parens(s, lb, k)) {
      continue;
    }
    for (size_t g = 0; discussion_verbs[g] && is_verb(g); ++g) {
      const char* d = discussion_verbs[g];
      const size_t dw = xlex_word_len(d, strlen(d));
      if (dw > 4u && !strncmp(d + dw - 3u, "ing", 3u) && !generic_verb(d) &&
          xlex_starts(s + k + 5u, le - k - 5u, d)) {
        return k;
      }
    }
  }
  return le;
}

/* Is the verb of discussion at `at` (clause from b, its list from lb) a
   plan the sides decided on, no topic of this meeting: a base form after
   "decided" or "agreed" ("participating countries decided that they will
   review and discuss A", "agreed to discuss B at the next round"; not a
   list of bullets after "agreed to focus on:")? */
static bool
planned_verb(const char* s, size_t b, size_t at, size_t lb, size_t e)
{
  /* "Based on the results, both parties will continue discussing A": what
     they will go on with after the meeting */
  if (xlex_find(s + b, at - b, "will continue") != NONE) {
    return true;
  }
  const size_t w = xlex_word_len(s + at, e - at);
  if (w > 3u && (!strncmp(s + at + w - 2u, "ed", 2u) ||
                 !strncmp(s + at + w - 3u, "ing", 3u))) {
    return false;
  }
  size_t le = lb;
  while (le < e && s[le] == ' ') {
    ++le;
  }
  if (le >= e || s[le] == ':') {
    return false;
  }
  static const char* const decision[] = {
    "decided", "agreed", "concurred", "resolved", NULL
  };
  for (size_t k = 0; decision[k]; ++k) {
    if (xlex_find(s + b, at - b, decision[k]) != NONE) {
      return true;
    }
  }
  return false;
}

/* Does the object at s[lb, e) open a clause ("assessed that the
   partnership ... has never been stronger", "reviewed that progress had
   been made")?  A clause is a finding, no topic; "discussed that issue"
   keeps its demonstrative. */
static bool
that_clause(const char* s, size_t lb, size_t e)
{
  if (!xlex_starts(s + lb, e - lb, "that ")) {
    return false;
  }
  size_t w = lb + 5u;
  while (w < e && s[w] == ' ') {
    ++w;
  }
  static const char* const opens[] = {
    "the", "a",    "an",      "this", "these", "those", "their",
    "its", "our",  "both",    "they", "it",    "there", "such",
    "all", "each", "his",     "her",  "we",    "he",    "she",
    "no",  "more", "further", "any",  "every", "some",  NULL
  };
  const size_t n = xlex_word_len(s + w, e - w);
  for (size_t i = 0; opens[i]; ++i) {
    if (xlex_eq(s + w, n, opens[i])) {
      return true;
    }
  }
  /* a name: "assessed that Chile and Peru ..." */
  return w < e && s[w] >= 'A' && s[w] <= 'Z';
}

/* Does s[b, at), before an infinitive of discussion at `at`, say what the
   series is for ("FOC is an institutional dialogue mechanism between the
   two Foreign Secretaries to review ...", "the dialogue serves as a
   platform to discuss ...")?  A present verb and a noun of a mechanism:
   what such meetings do, not what this one discussed (not "provided an
   opportunity to review A", nor "provided a platform to discuss A"). */
static bool
series_purpose(const char* s, size_t b, size_t at)
{
  static const char* const present[] = { " is ",        " are ",
                                         " serves as ", " serve as ",
                                         " provides ",  " offers ",
                                         " remains ",   NULL };
  static const char* const kinds[] = { "mechanism", "platform", "forum",
                                       "framework", "channel",  "vehicle",
                                       NULL };
  size_t vat = NONE;
  for (size_t k = 0; present[k] && vat == NONE; ++k) {
    vat = xlex_find(s + b, at - b, present[k]);
  }
  if (vat == NONE) {
    return false;
  }
  for (size_t k = 0; kinds[k]; ++k) {
    if (xlex_find(s + b + vat, at - b - vat, kinds[k]) != NONE) {
      return true;
    }
  }
  return false;
}

static size_t
verb_topics(XCtx* x,
            size_t sent,
            size_t sb,
            size_t b,
            size_t e,
            size_t inc,
            bool done_including,
            bool whole)
{
  const char* s = x->doc.text;
  const size_t i = sent;
  const size_t inv = inverted_list(s, b, e);
  if (inv != NONE) {
    list_topics(x, i, sb, inv, list_end(s, inv, e), inc, done_including, whole);
    return e;
  }
  size_t lb = 0;
  const size_t v = find_verb(s, sb, b, e, &lb);
  size_t sub =
    passive_at(s, b, v == NONE ? e : lb - strlen(discussion_verbs[v]) - 1u);
  if (sub == NONE && v == NONE) {
    sub = passive_at(s, b, e);
  }
  /* "The dialogue was focused on framing ...": a verb that ends in its
     preposition has its list after it, not in the subject */
  if (sub != NONE && v != NONE && lb < e && words_between(s, lb, e) >= 1u) {
    const char* vp = strrchr(discussion_verbs[v], ' ');
    if (vp && (!strcmp(vp, " on") || !strcmp(vp, " upon") ||
               !strcmp(vp, " around") || !strcmp(vp, " about"))) {
      sub = NONE;
    }
  }
  if (sub != NONE) {
    /* "Cooperation in the context of the G7 ..., was also discussed",
       "A and B are also among the agenda items": the subject is the list */
    size_t sb2 = b;
    while (sb2 < sub && s[sb2] == ' ') {
      ++sb2;
    }
    /* "According to the MFA Information Department, A was discussed":
       the source of the news, no item */
    if (xlex_starts(s + sb2, sub - sb2, "according to ")) {
      for (size_t k = sb2; k + 1u < sub; ++k) {
        if (s[k] == ',') {
          sb2 = k + 1u;
          while (sb2 < sub && s[sb2] == ' ') {
            ++sb2;
          }
          break;
        }
      }
    }
    /* "The ministry said A was discussed", "MEA said that A and B were
       discussed": who tells of it, no item */
    static const char* const told[] = { " said that ",   " said ",
                                        " stated that ", " added that ",
                                        " noted that ",  NULL };
    for (size_t k = 0; told[k]; ++k) {
      const size_t at = xlex_find(s + sb2, sub - sb2, told[k]);
      if (at != NONE && words_between(s, sb2, sb2 + at) <= 3u &&
          !memchr(s + sb2, ',', at)) {
        sb2 += at + strlen(told[k]);
        break;
      }
    }
    /* "In addition, A was discussed" */
    for (size_t k = sb2; k + 1u < sub; ++k) {
      if (s[k] == ',' && words_between(s, sb2, k) <= 2u) {
        sb2 = k + 2u;
        break;
      }
    }
    /* "during the talks A and B were discussed", "At the meeting, A was
       reviewed": when, not what */
    static const char* const when[] = {
      "during the ", "at the ", "in the ", NULL
    };
    static const char* const events[] = {
      "talks",      "meeting", "consultations", "consultation",
      "dialogue",   "session", "sessions",      "discussions",
      "discussion", "round",   "meetings",      NULL
    };
    for (size_t k = 0; when[k]; ++k) {
      const size_t l = strlen(when[k]);
      if (!xlex_starts(s + sb2, sub - sb2, when[k]) || sb2 + l >= sub) {
        continue;
      }
      const size_t n = xlex_word_len(s + sb2 + l, sub - sb2 - l);
      for (size_t m = 0; events[m]; ++m) {
        if (xlex_eq(s + sb2 + l, n, events[m]) && sb2 + l + n < sub &&
            (s[sb2 + l + n] == ' ' || s[sb2 + l + n] == ',')) {
          sb2 += l + n;
          while (sb2 < sub && (s[sb2] == ' ' || s[sb2] == ',')) {
            ++sb2;
          }
          break;
        }
      }
      break;
    }
    size_t se = list_end(s, sb2, sub);
    while (se > sb2 && (s[se - 1u] == ' ' || s[se - 1u] == ',')) {
      --se;
    }
    /* "These priorities will be discussed ...": a subject that points
       back names no topic of its own */
    static const char* const back[] = { "these ", "those ", "this ",
                                        "such ",  "both ",  NULL };
    bool anaphor = false;
    for (size_t k = 0; back[k] && !anaphor; ++k) {
      anaphor = xlex_starts(s + sb2, se - sb2, back[k]) &&
                words_between(s, sb2, se) <= 2u;
    }
    /* "topics of mutual interest were discussed, mainly relating to A":
       the tail names what the generic subject was */
    size_t tb = NONE;
    if (v != NONE && lb < e) {
      size_t t = lb;
      while (t < e && (s[t] == ' ' || s[t] == ',')) {
        ++t;
      }
      static const char* const tail[] = { "mainly relating to ",
                                          "mainly related to ",
                                          "mostly relating to ",
                                          "particularly relating to ",
                                          NULL };
      for (size_t k = 0; tail[k] && tb == NONE; ++k) {
        const size_t l = strlen(tail[k]);
        if (t + l < e && xlex_starts(s + t, e - t, tail[k])) {
          tb = t + l;
        }
      }
    }
    static const char* const vague[] = { "interest", "concern", NULL };
    const bool generic =
      tb != NONE && se > sb2 &&
      (last_word_in(s, sb2, se, vague) || generic_words(s, sb2, se, false));
    if (se > sb2 && !anaphor && !generic) {
      parse_topics(x, sb2, se, i, whole, false);
    }
    if (tb != NONE) {
      parse_topics(x, tb, list_end(s, tb, e), i, whole, false);
    }
    return e;
  }
  if (v == NONE || (!is_verb(v) &&
                    stance_noun(s, b, lb - strlen(discussion_verbs[v]) - 1u))) {
    return NONE;
  }
  if (planned_verb(s, b, lb - strlen(discussion_verbs[v]) - 1u, lb, e) ||
      (!strncmp(discussion_verbs[v], "to ", 3u) &&
       series_purpose(s, b, lb - strlen(discussion_verbs[v]) - 1u))) {
    return e;
  }
  /* "Bilateral policy exchanges on A will also continue to drive ...":
     a noun of discussion that is the subject of a future verb is a plan */
  if (!is_verb(v) && lb < e) {
    static const char* const future[] = {
      " will continue", " will also ", " will be held", " will take place", NULL
    };
    for (size_t k = 0; future[k]; ++k) {
      if (xlex_find(s + lb, e - lb, future[k]) != NONE) {
        return e;
      }
    }
  }
  /* "reviewed progress on A and discussed B": the verb before "and" has
     its list too, read first */
  size_t vb = lb - strlen(discussion_verbs[v]) - 1u;
  /* (", as well as exchanged views on B" too) */
  size_t joint = 0;
  if (vb > b + 4u && xlex_eq(s + vb - 4u, 3u, "and") && s[vb - 1u] == ' ') {
    joint = 4u;
  } else if (vb > b + 11u && xlex_eq(s + vb - 11u, 10u, "as well as") &&
             s[vb - 1u] == ' ') {
    joint = 11u;
  } else if (vb > b + 2u && s[vb - 2u] == ',' && s[vb - 1u] == ' ') {
    joint = 2u; /* "discussed A, exchanged views on B" */
  }
  if (joint) {
    size_t ve = vb - joint;
    while (ve > b && (s[ve - 1u] == ' ' || s[ve - 1u] == ',')) {
      --ve;
    }
    size_t lb2 = 0;
    const size_t v2 = find_verb(s, sb, b, ve, &lb2);
    /* after a comma the earlier verb's list is a list of its own ("the
       cyber dialogue discussed various aspects of existing cooperation,
       exchanged views on B"), not a generic one before "and" ("reviewed
       bilateral cooperation and discussed B"; a longer cooperation is a
       thing reviewed: "reviewed the state of maritime cooperation and
       discussed B") */
    const bool generic =
      joint == 2u ? words_between(s, lb2, ve) < 1u
                  : generic_words(s, lb2, ve, words_between(s, lb2, ve) <= 1u);
    if (v2 != NONE && is_verb(v2) && lb2 < ve && !generic) {
      verb_topics(x, sent, sb, b, ve, NONE, false, false);
    }
  }
  if (lb >= e || that_clause(s, lb, e)) {
    return e;
  }
  /* "discussed with his Indonesian counterpart A", "shared with the
     Chilean delegation B": whom with, then what */
  if (xlex_starts(s + lb, e - lb, "with ")) {
    static const char* const whom[] = { "counterpart", "counterparts",
                                        "delegation",  "delegations",
                                        "side",        NULL };
    size_t p = lb + 5u;
    for (size_t words = 0; p < e && words < 5u; ++words) {
      const size_t n = xlex_word_len(s + p, e - p);
      if (!n) {
        break;
      }
      bool hit = false;
      for (size_t k = 0; whom[k] && !hit; ++k) {
        hit = xlex_eq(s + p, n, whom[k]);
      }
      p += n;
      if (hit) {
        /* ", Johnny Blade," the name after it */
        if (p < e && s[p] == ',') {
          const char* c = memchr(s + p + 1u, ',', e - p - 1u);
          if (c && proper_names(s, p + 2u, (size_t)(c - s))) {
            p = (size_t)(c - s) + 1u;
          }
        }
        while (p < e && s[p] == ' ') {
          ++p;
        }
        if (p < e) {
          lb = p;
        }
        if (!strcmp(discussion_verbs[v], "shared") &&
            shared_opinion(s, lb, e)) {
          return e;
        }
        break;
      }
      while (p < e && s[p] == ' ') {
        ++p;
      }
    }
  }
  size_t le = gerund_end(s, discussion_verbs[v], lb, list_end(s, lb, e));
  /* ", provided updates on B": a new verb of discussion after a comma
     ends the list and opens its own */
  size_t rest = NONE;
  for (size_t k = lb; k + 2u < le; ++k) {
    if (s[k] != ',' || s[k + 1u] != ' ') {
      continue;
    }
    bool opens = false;
    for (size_t w = 0; discussion_verbs[w] && is_verb(w) && !opens; ++w) {
      opens = !generic_verb(discussion_verbs[w]) &&
              strcmp(discussion_verbs[w], "shared") &&
              xlex_starts(s + k + 2u, le - k - 2u, discussion_verbs[w]);
    }
    if (opens) {
      rest = k + 2u;
      le = k;
      break;
    }
  }
  /* "held discussions on A and on B": the verb's preposition again starts
     a second object */
  const char* verb = discussion_verbs[v];
  const char* prep = strrchr(verb, ' ');
  size_t again = NONE, again_len = 0;
  if (prep && (!strcmp(prep, " on") || !strcmp(prep, " about") ||
               !strcmp(prep, " of") || !strcmp(prep, " to"))) {
    char pat[16];
    snprintf(pat, sizeof(pat), " and%s ", prep);
    const size_t l = strlen(pat);
    for (size_t k = lb; k + l < le && again == NONE; ++k) {
      if (!strncmp(s + k, pat, l) && !in_parens(s, lb, k)) {
        again = k;
        again_len = l;
      }
    }
  }
  /* "an exchange of views on A, on B, C, as well as on D": the
     preposition after a comma starts each object again (not "on the
     sidelines of ...", "on 5 May") */
  size_t comma_on = NONE;
  if (prep && !strcmp(prep, " on")) {
    for (size_t k = lb; k + 5u < le && comma_on == NONE; ++k) {
      if (strncmp(s + k, ", on ", 5u) || in_parens(s, lb, k)) {
        continue;
      }
      const size_t w = k + 5u;
      static const char* const not_obj[] = {
        "the sidelines", "behalf", "monday",   "tuesday", "wednesday",
        "thursday",      "friday", "saturday", "sunday",  NULL
      };
      bool obj = !(s[w] >= '0' && s[w] <= '9') &&
                 !xlex_month(s + w, xlex_word_len(s + w, le - w));
      for (size_t m = 0; not_obj[m] && obj; ++m) {
        obj = !xlex_starts(s + w, le - w, not_obj[m]);
      }
      if (obj && (again == NONE || k < again)) {
        comma_on = k;
      }
    }
  }
  if (comma_on != NONE) {
    list_topics(x, i, sb, lb, comma_on, inc, done_including, whole);
    /* the rest: each ", on" (or ", as well as on", " and on") again */
    size_t pb = comma_on + 5u;
    for (size_t k = pb; k < le; ++k) {
      size_t l = 0;
      if (!strncmp(s + k, ", as well as on ", 16u)) {
        l = 16u;
      } else if (!strncmp(s + k, ", and on ", 9u)) {
        l = 9u;
      } else if (!strncmp(s + k, " and on ", 8u)) {
        l = 8u;
      } else if (!strncmp(s + k, ", on ", 5u)) {
        l = 5u;
      }
      if (l && k + l < le && !in_parens(s, pb, k)) {
        list_topics(x, i, sb, pb, k, inc, done_including, whole);
        pb = k + l;
        k = pb - 1u;
      }
    }
    if (pb < le) {
      list_topics(x, i, sb, pb, le, inc, done_including, whole);
    }
  } else if (again != NONE) {
    size_t ae = again;
    while (ae > lb && s[ae - 1u] == ',') {
      --ae;
    }
    list_topics(x, i, sb, lb, ae, inc, done_including, whole);
    list_topics(x, i, sb, again + again_len, le, inc, done_including, whole);
  } else {
    list_topics(x, i, sb, lb, le, inc, done_including, whole);
  }
  if (rest != NONE) {
    verb_topics(x, sent, sb, rest, e, NONE, false, whole);
  }
  /* "shared A and discussed B": the verb after "and" has its list too */
  const size_t end = gerund_end(s, discussion_verbs[v], lb, list_end(s, lb, e));
  size_t nb = end;
  if (xlex_starts(s + nb, e - nb, ", and")) {
    nb += 6u;
  } else if (xlex_starts(s + nb, e - nb, " and")) {
    nb += 5u;
  }
  if (nb > end && nb < e && rest == NONE) {
    bool opens = false;
    for (size_t w = 0; discussion_verbs[w] && is_verb(w) && !opens; ++w) {
      opens = !generic_verb(discussion_verbs[w]) &&
              xlex_starts(s + nb, e - nb, discussion_verbs[w]);
    }
    size_t lb3 = 0;
    if (opens && find_verb(s, sb, nb, e, &lb3) != NONE && lb3 < e &&
        !generic_words(s, lb3, list_end(s, lb3, e), false)) {
      verb_topics(x, sent, sb, nb, e, NONE, false, whole);
    }
  }
  return end;
}

/* The end of the clause of s[cb, e) (sentence from b): the next semicolon
   outside parentheses, else e. */
static size_t
clause_end(const char* s, size_t b, size_t cb, size_t e)
{
  size_t ce = cb;
  while (ce < e && !(s[ce] == ';' && !in_parens(s, b, ce))) {
    ++ce;
  }
  return ce;
}

/* Whether a list item's bullet starts text[b, e): "* ", "- ", "•". */
static bool
bullet_at(const char* s, size_t b, size_t e)
{
  return b + 2u < e && (((s[b] == '*' || s[b] == '-') && s[b + 1u] == ' ') ||
                        !strncmp(s + b, "\xE2\x80\xA2", 3));
}

/* Does sentence `i` end in a colon right after a verb of discussion ("The
   Dialogue agreed to focus on:"), its list the bullets that follow? */
static bool
colon_list(XCtx* x, size_t i)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[i];
  size_t e = st->e;
  while (e > st->clip_b && (s[e - 1u] == ' ' || s[e - 1u] == '\n')) {
    --e;
  }
  if (e <= st->clip_b || s[e - 1u] != ':') {
    return false;
  }
  size_t cb = e - 1u;
  while (cb > st->clip_b && s[cb - 1u] != '.' && s[cb - 1u] != ';') {
    --cb; /* the clause of the colon */
  }
  size_t lb = 0;
  return find_verb(s, st->clip_b, cb, e - 1u, &lb) != NONE && lb >= e - 1u;
}

/* Each bullet line of text[b, e) is one topic, kept whole (its trailing
   ";", "; and", "." dropped). */
static void
bullet_topics(XCtx* x, size_t sent, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t i = b; i < e;) {
    size_t le = i;
    while (le < e && s[le] != '\n') {
      ++le;
    }
    size_t ib = i;
    while (ib < le && s[ib] == ' ') {
      ++ib;
    }
    if (bullet_at(s, ib, le)) {
      ib += s[ib] == '*' || s[ib] == '-' ? 2u : 3u;
      size_t ie = le;
      for (;;) {
        while (ie > ib && (s[ie - 1u] == ' ' || s[ie - 1u] == ';' ||
                           s[ie - 1u] == '.' || s[ie - 1u] == ',')) {
          --ie;
        }
        if (ie > ib + 4u && !strncmp(s + ie - 4u, " and", 4u)) {
          ie -= 4u;
          continue;
        }
        break;
      }
      while (ib < ie && s[ib] == ' ') {
        ++ib;
      }
      if (ib < ie) {
        parse_topics(x, ib, ie, sent, true, false);
      }
    }
    i = le + 1u;
  }
}

/* Does the sentence name a discussion before its "including" at `at`: a
   verb or noun of discussion, or a generic head ("topics such as")?
   Else the examples are a stance's or a plan's ("call upon all States to
   uphold the international order, including international humanitarian
   law"), no topics. */
static bool
discussed_before(XCtx* x, size_t sent, size_t b, size_t at)
{
  const char* s = x->doc.text;
  size_t lb = 0;
  /* "Both Participants commit to continue to cooperate ... in areas
     including A, B, and C": the areas of a pledge are no topics */
  static const char* const pledge[] = {
    "commit to",
    "committed to",
    "pledged to",
    "pledge to",
    "will continue to",
    /* "They agreed to cooperate in a number of areas including A": what
       they will do together, a plan */
    "agreed to",
    "concurred to",
    "decided to",
    "resolved to",
    NULL
  };
  bool pledged = false;
  for (size_t k = 0; pledge[k] && !pledged; ++k) {
    pledged = xlex_find(s + b, at - b, pledge[k]) != NONE;
  }
  /* "China and Russia should ... deepen practical cooperation in fields
     including A, B and C", "... areas such as A and B must grow": what
     the sides ought to do, a stance, wherever its modal stands */
  static const char* const ought[] = { " should ",  " must ",     " shall ",
                                       " need to ", " needs to ", NULL };
  const size_t se = x->doc.sents[sent].e;
  for (size_t k = 0; ought[k] && !pledged && se > b; ++k) {
    pledged = xlex_find(s + b, se - b, ought[k]) != NONE;
  }
  /* "The two countries recognize that current security issues including
     A, B and C affect ...": the list is inside what they hold, a
     that-clause of a stance (the verb's stem, also in a quotation's
     brackets: "[r]ecogniz[e] that") */
  static const char* const stance[] = { "ecogni", "agree",    "note",
                                        "stress", "affirm",   "believ",
                                        "mphasi", "underlin", "cknowledg",
                                        "concur", NULL };
  for (size_t t = b; !pledged && t + 6u <= at;) {
    const size_t f = xlex_find(s + t, at - t, " that ");
    if (f == NONE) {
      break;
    }
    const size_t th = t + f;
    size_t w = th;
    while (w > b && s[w - 1u] != ' ') {
      --w;
    }
    for (size_t k = 0; stance[k] && !pledged; ++k) {
      const size_t l = strlen(stance[k]);
      for (size_t c = w; c + l <= th && !pledged; ++c) {
        size_t m = 0;
        while (m < l && (s[c + m] | 0x20) == stance[k][m]) {
          ++m;
        }
        pledged = m == l;
      }
    }
    t = th + 1u;
  }
  const size_t v = find_verb(s, b, b, at, &lb);
  /* "Both sides concurred to exchange views on areas such as A": a plan */
  if (v != NONE && is_verb(v) &&
      planned_verb(s, b, lb - strlen(discussion_verbs[v]) - 1u, lb, at)) {
    return false;
  }
  return v != NONE || inverted_list(s, b, at) != NONE ||
         (after_generic(s, b, at) && !pledged) ||
         passive_at(s, b, x->doc.sents[sent].e) != NONE;
}

/* Is the list at s[lb, e) after "including" one of several topics, each
   a noun phrase ("including recent cyber threats, each country's
   policies on cyberspace issues, and cooperation against cyber crime"):
   three items or more, the first no activity ("co-chairing ...")? */
static bool
topics_listed(const char* s, size_t lb, size_t e)
{
  const size_t le = list_end(s, lb, e);
  const size_t w = xlex_word_len(s + lb, le - lb);
  if (w > 5u && !strncmp(s + lb + w - 3u, "ing", 3u)) {
    return false;
  }
  /* the separators of items: a comma (before a closing quote too: "a
     so-called 'reconnaissance satellite,' and its ..."), "as well as" */
  size_t commas = 0;
  for (size_t k = lb; k + 1u < le; ++k) {
    commas +=
      s[k] == ',' && (s[k + 1u] == ' ' ||
                      (k + 2u < le && (s[k + 1u] == '\'' || s[k + 1u] == '"') &&
                       s[k + 2u] == ' '));
    commas += s[k] == ' ' && s[k - 1u] != ',' &&
              xlex_starts(s + k + 1u, le - k - 1u, "as well as ");
  }
  if (commas == 1u) {
    /* "A, B and C": a series of three without the serial comma, an "and"
       after its one comma */
    size_t last = le;
    while (last > lb && s[last - 1u] != ',') {
      --last;
    }
    return last > lb && xlex_find(s + last, le - last, " and ") != NONE;
  }
  return commas >= 2u;
}

/* Is the date that ends at `at` a dateline's ("Washington DC [US],
   November 7 : The fourth ... Dialogue ..."): a colon, a dash or an
   agency in parentheses after it?  The sentence goes on with the news. */
static bool
dateline(const char* s, size_t at, size_t e)
{
  while (at < e && s[at] == ' ') {
    ++at;
  }
  return at < e && (s[at] == ':' || s[at] == '(' || s[at] == '-' ||
                    (unsigned char)s[at] == 0xE2u);
}

/* Is the line s[b, e) a numbered heading ("i. AI", "ii. User
   protection", "2. Cyber norms"): a marker, then a capital and up to five
   words, no full stop?  Returns the heading's first byte, else NONE. */
static size_t
heading_at(const char* s, size_t b, size_t e)
{
  while (b < e && s[b] == ' ') {
    ++b;
  }
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == '\r')) {
    --e;
  }
  size_t m = b;
  if (m < e && s[m] >= '0' && s[m] <= '9') {
    while (m < e && m < b + 2u && s[m] >= '0' && s[m] <= '9') {
      ++m;
    }
  } else {
    while (m < e && m < b + 4u && (s[m] == 'i' || s[m] == 'v' || s[m] == 'x')) {
      ++m;
    }
  }
  if (m == b || m + 2u >= e || (s[m] != '.' && s[m] != ')') ||
      s[m + 1u] != ' ') {
    return NONE;
  }
  const size_t hb = m + 2u;
  if (words_between(s, hb, e) > 4u || memchr(s + hb, '.', e - hb) ||
      !xlex_is_upper((unsigned char)s[hb])) {
    return NONE;
  }
  return hb;
}

/* The numbered headings in the lines of s[b, e) (between sentences),
   each a topic. */
static void
heading_topics(XCtx* x, size_t b, size_t e, size_t sent)
{
  const char* s = x->doc.text;
  for (size_t lb = b; lb < e;) {
    const char* nl = memchr(s + lb, '\n', e - lb);
    const size_t le = nl ? (size_t)(nl - s) : e;
    const size_t hb = heading_at(s, lb, le);
    if (hb != NONE) {
      size_t he = le;
      while (he > hb && (s[he - 1u] == ' ' || s[he - 1u] == '\r')) {
        --he;
      }
      add_topic(x, hb, he, sent);
    }
    lb = le + 1u;
  }
}

DkgStatus
xtopic_extract(XCtx* x)
{
  const char* s = x->doc.text;
  bool bullets = false; /* after "The Dialogue agreed to focus on:" */
  /* after "both parties discussed the following matters ...": the
     numbered headings of the sections that follow are the items */
  bool following = false;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, e = st->e;
    if (following && i > 0 && x->doc.sents[i - 1u].e < st->b) {
      heading_topics(x, x->doc.sents[i - 1u].e, st->b, i);
    } else if (!following) {
      static const char* const heads[] = { "the following matters",
                                           "the following topics",
                                           "the following issues",
                                           "the following areas",
                                           "the following points",
                                           "the following items",
                                           NULL };
      size_t lb = 0;
      for (size_t k = 0; heads[k] && !following; ++k) {
        const size_t f = xlex_find(s + b, e - b, heads[k]);
        const size_t v = f == NONE ? NONE : find_verb(s, b, b, b + f + 1u, &lb);
        following = v != NONE && is_verb(v);
      }
    }
    if (bullet_at(s, b, e)) {
      if (bullets || (i > 0 && colon_list(x, i - 1u))) {
        bullets = true;
        bullet_topics(x, i, b, e);
        continue;
      }
    } else {
      bullets = false;
    }
    /* Venues anywhere in the text. */
    venues_in(x, b, e, i, true);
    /* A sentence with a date of its own, other than the meeting's, is
       about another event ("In April 2015, ... reaffirmed ..."). */
    XDate dates[1];
    if ((!x->has_event || i != x->event) && xdate_find(s, b, e, dates, 1u) &&
        dates[0].from.m && words_between(s, b, dates[0].b) <= 3u &&
        !dateline(s, dates[0].e, e)) {
      continue;
    }
    /* "Earlier, the Permanent Secretary had called on ... and discussed
       ...": another event, and so are "Separately," and "Previously," */
    static const char* const other[] = {
      "earlier,", "separately,", "previously,", "earlier in the day,", NULL
    };
    bool elsewhere = false;
    for (size_t k = 0; other[k] && !elsewhere; ++k) {
      size_t ob = b;
      while (ob < e && (s[ob] == ' ' || s[ob] == '"')) {
        ++ob;
      }
      elsewhere = xlex_starts(s + ob, e - ob, other[k]);
    }
    /* "During the visit, the Secretary also paid a courtesy call on the
       Foreign Minister and exchanged views on A": what was said at the
       call, another meeting */
    static const char* const calls[] = {
      "courtesy call", "courtesy calls", "paid a call on", "called on the", NULL
    };
    for (size_t k = 0; calls[k] && !elsewhere; ++k) {
      elsewhere = xlex_find(s + b, e - b, calls[k]) != NONE;
    }
    if (elsewhere && (!x->has_event || i != x->event)) {
      continue;
    }
    /* "Operational objectives include exchanging information on A and
       combating B", "The goals are ...": what the dialogue aims at, a
       plan, no topic */
    static const char* const aims[] = { "objectives include",
                                        "objectives included",
                                        "objectives are",
                                        "goals include",
                                        "goals included",
                                        "goals are",
                                        "aims include",
                                        "aims are",
                                        NULL };
    bool aimed = false;
    for (size_t k = 0; aims[k] && !aimed; ++k) {
      aimed = xlex_find(s + b, e - b, aims[k]) != NONE;
    }
    if (aimed) {
      continue;
    }
    size_t intro_len = 0;
    const size_t inc = list_intro(s, b, e, &intro_len);
    bool done_including = false;
    size_t inc_v = inc; /* where the verbs' lists meet "including" */
    if (inc != NONE) {
      size_t lb = b + inc + intro_len < e ? b + inc + intro_len : e;
      /* "including, where appropriate, through ...": the aside goes */
      if (xlex_starts(s + b + inc, e - b - inc, "including,")) {
        lb = b + inc + 9u;
      }
      if (lb < e && s[lb] == ',') {
        size_t k = lb + 1u;
        while (k < e && s[k] != ',') {
          ++k;
        }
        if (k < e && words_between(s, lb + 1u, k) <= 3u) {
          lb = k + 1u;
          while (lb < e && s[lb] == ' ') {
            ++lb;
          }
        }
      }
      /* "discussed how to increase their coordination, including on
         recent initiatives ...": "on" names the topics */
      const bool on = xlex_starts(s + lb, e - lb, "on ");
      if (on) {
        lb += 3u;
      }
      size_t hl = 0;
      const bool agencies = xlex_starts(s + lb, e - lb, "representatives") ||
                            xlex_starts(s + lb, e - lb, "officials") ||
                            xlex_starts(s + lb, e - lb, "from") ||
                            xlex_starts(s + lb, e - lb, "those from") ||
                            (xlex_honorific_at(s + lb, e - lb, &hl)) ||
                            first_item_agency(x, lb, e);
      /* "including at the United Nations", "including through joint
         training": places, means, not topics; "discussed
         digital freedom priorities, including co-chairing ...": the
         examples of the one object of the verb, a topic of its own, which
         is the topic */
      size_t vb = 0;
      size_t he = b + inc;
      while (he > b && (s[he - 1u] == ' ' || s[he - 1u] == ',')) {
        --he;
      }
      const bool examples =
        !xlex_starts(s + b + inc, e - b - inc, "such as") &&
        find_verb(s, b, b, he, &vb) != NONE && vb < he &&
        !generic_head(s, vb, he) && !memchr(s + vb, ',', he - vb) &&
        clause_end(s, b, vb, e) >= b + inc && !topics_listed(s, lb, e);
      static const char* const preps[] = { "at",  "in",   "through", "by",
                                           "via", "with", "on",      NULL };
      /* "focused on questions of security in Europe, including Russia's
         war against Ukraine": an example that is a thing of its own (no
         activity, "co-chairing ...", no place) is a topic too */
      const size_t w0 = lb < e ? xlex_word_len(s + lb, e - lb) : 0u;
      /* (not an adjective in -ing: "including ongoing tensions in the
         Middle East") */
      static const char* const ing_adj[] = { "ongoing",    "emerging",
                                             "growing",    "existing",
                                             "evolving",   "increasing",
                                             "continuing", NULL };
      bool ing_adjective = false;
      for (size_t k = 0; ing_adj[k] && !ing_adjective; ++k) {
        ing_adjective = xlex_eq(s + lb, w0, ing_adj[k]);
      }
      const bool activity =
        w0 > 4u && !ing_adjective && !strncmp(s + lb + w0 - 3u, "ing", 3u);
      size_t ne = lb + w0;
      if (ne + 2u < e && s[ne] == '\'' && s[ne + 1u] == 's') {
        ne += 2u; /* "Russia's" */
      } else if (ne + 4u < e && !strncmp(s + ne, "\xE2\x80\x99s", 4u)) {
        ne += 4u;
      }
      /* (not "including the importance of A": an aspect of the head) */
      const bool article = xlex_starts(s + lb, e - lb, "the ") ||
                           xlex_starts(s + lb, e - lb, "a ") ||
                           xlex_starts(s + lb, e - lb, "an ") ||
                           xlex_starts(s + lb, e - lb, "its ") ||
                           xlex_starts(s + lb, e - lb, "their ");
      const bool thing =
        examples && !on && !activity && !article && lb < e &&
        ((s[lb] >= 'a' && s[lb] <= 'z') ||
         (ne + 1u < e && s[ne] == ' ' && ne >= lb + 3u &&
          (s[ne - 1u] == 's' && (s[ne - 2u] == '\'' || s[ne - 2u] == '\x99')) &&
          s[ne + 1u] >= 'a' && s[ne + 1u] <= 'z'));
      bool places = examples && !on && !thing;
      for (size_t k = 0; preps[k] && !places; ++k) {
        places = xlex_starts(s + lb, e - lb, preps[k]);
      }
      if (places) {
        venues_in(x, lb, list_end(s, lb, e), i, true);
        /* "A, international cyber policy issues including in the UN, and
           B": with no comma before it, the place is the item's own, and
           the list goes on */
        if (!examples && inc >= 2u && s[b + inc - 1u] == ' ' &&
            s[b + inc - 2u] != ',') {
          inc_v = NONE;
        }
      } else if (inc >= 2u && s[b + inc - 1u] == ' ' &&
                 s[b + inc - 2u] != ',' && s[b + inc - 2u] != ';' &&
                 memchr(s + b, ';', inc) && clause_end(s, b, b + inc, e) < e) {
        /* "discussed A; energy security including nuclear energy
           cooperation; and B": in a list of semicolons an "including"
           with no comma before it is inside one item, which is read
           whole */
        inc_v = NONE;
      } else if (!agencies && lb < e && discussed_before(x, i, b, b + inc)) {
        const size_t le = list_end(s, lb, e);
        if (venues_in(x, lb, le, i, false)) {
          venues_in(x, lb, le, i, true);
        } else {
          parse_topics(x, lb, le, i, false, true);
        }
        done_including = true;
      }
    }
    /* each clause its own verb: "assessed A; shared B; and discussed C";
       a clause without one continues the list of the clause before it
       ("discussed A; B; and C"), each item whole */
    bool open = false;
    for (size_t cb = b; cb < e;) {
      size_t ce = clause_end(s, b, cb, e);
      const bool here = inc_v != NONE && b + inc >= cb && b + inc < ce;
      size_t lb = 0;
      /* "A, B and C; as well as D and E": a semicolon before "as well
         as" joins two parts of one comma list, each split as such */
      size_t nb = ce + 1u;
      while (nb < e && s[nb] == ' ') {
        ++nb;
      }
      const bool joined = ce < e && xlex_starts(s + nb, e - nb, "as well as ");
      const bool next_item =
        ce < e && !joined &&
        find_verb(s, b, ce + 1u, clause_end(s, b, ce + 1u, e), &lb) == NONE &&
        list_clause(s, ce + 1u, clause_end(s, b, ce + 1u, e));
      if (open && find_verb(s, b, cb, ce, &lb) == NONE &&
          list_clause(s, cb, ce)) {
        size_t ib = cb;
        while (ib < ce && s[ib] == ' ') {
          ++ib;
        }
        if (xlex_starts(s + ib, ce - ib, "and")) {
          ib += 4u;
        }
        const bool more = xlex_starts(s + ib, ce - ib, "as well as ");
        if (more) {
          ib += 11u;
        }
        /* an item that is itself a comma list of three or more ("A; B, C,
           D, and E") is split as one */
        size_t commas = 0;
        for (size_t k = ib; k + 1u < ce; ++k) {
          commas += s[k] == ',' && s[k + 1u] == ' ' && !in_parens(s, ib, k);
        }
        if (ib < ce) {
          parse_topics(
            x, ib, list_end(s, ib, ce), i, !more && commas < 2u, false);
        }
      } else {
        const size_t le = verb_topics(x,
                                      i,
                                      b,
                                      cb,
                                      ce,
                                      here ? inc : NONE,
                                      here && done_including,
                                      next_item);
        open = le != NONE && le == ce && (next_item || joined);
      }
      cb = ce + 1u;
    }
    /* "reaffirmed their commitment to X" is a commitment, not a topic
       of discussion: no topics from it */
  }
  return DKG_SUCCESS;
}
