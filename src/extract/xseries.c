/* extract: the participants and the series.  A series name ("U.S.-Japan
   Cyber Dialogue", "German-Israeli Cyber Dialogue") gives both; else two
   countries named together ("US and Japanese officials") give the
   participants, and the series is the registry's one series of the pair,
   else a name made of the countries and the text's words. */

#include "xint.h"

#include "mint/name.h"
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
/* A word that ends a series name: a meeting or a body that meets
   ("Council", "Committee"); not a "Partnership" or a "Framework", which
   name what the meetings implement ("the Canada-EU Digital Partnership"). */
static bool
head_noun(const char* s, size_t n)
{
  static const char* const list[] = {
    "Dialogue", "Dialog",     "Talks",    "Consultations", "Consultation",
    "Meeting",  "Forum",      "Council",  "Committee",     "Commission",
    "Group",    "Conference", "Exchange", "Force",         NULL
  };
  for (size_t i = 0; list[i]; ++i) {
    if (strlen(list[i]) == n && !strncmp(s, list[i], n)) {
      return true;
    }
  }
  return false;
}

/* A verb of a headline written in title case, which ends the name before
   it ("ROK-EU Working Group on Counter-Terrorism Take Place", "US-Japan
   Cyber Dialogue Opens in Tokyo"). */
static bool
headline_verb(const char* s, size_t n)
{
  static const char* const list[] = {
    "Take",      "Takes",     "Took",      "Held",     "Hold",     "Holds",
    "Opens",     "Opened",    "Begin",     "Begins",   "Start",    "Starts",
    "Conclude",  "Concludes", "Concluded", "Convene",  "Convenes", "Convened",
    "Meet",      "Meets",     "Launch",    "Launches", "Launched", "Continue",
    "Continues", "Is",        "Are",       "Was",      "Were",     "Will",
    "Kicks",     "Ends",      "Wraps",     NULL
  };
  for (size_t i = 0; list[i]; ++i) {
    if (strlen(list[i]) == n && !strncmp(s, list[i], n)) {
      return true;
    }
  }
  return false;
}

static bool
is_dash(const char* s, size_t i, size_t e, size_t* len)
{
  if (i < e && (s[i] == '-' || s[i] == '/')) {
    *len = 1u;
    return true;
  }
  if (i + 2u < e && (unsigned char)s[i] == 0xE2u &&
      (unsigned char)s[i + 1u] == 0x80u &&
      ((unsigned char)s[i + 2u] == 0x93u ||
       (unsigned char)s[i + 2u] == 0x94u)) {
    *len = 3u;
    return true;
  }
  return false;
}

/* A series named in lower case after its participants, as a wire story
   writes it ("Russian-Dutch inter-agency consultations on cybersecurity",
   "Cuban-Vietnamese cyber dialogue"): up to three lower-case words, then a
   lower-case head noun, then "on" and up to three lower-case words before
   a verb, a preposition or punctuation.  Returns where it ends, else 0. */
static size_t
lower_series_end(const char* s, size_t k, size_t e)
{
  static const char* const nouns[] = { "dialogue",      "dialog",       "talks",
                                       "consultations", "consultation", NULL };
  static const char* const stops[] = {
    "took", "take", "was", "were",  "will", "is",  "are",     "held",
    "has",  "have", "had", "in",    "at",   "and", "between", "with",
    "on",   "for",  "the", "which", "that", "of",  NULL
  };
  size_t end = 0;
  int before = 0;
  for (int words = 0; words < 4 && k < e; ++words, ++before) {
    while (k < e && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w || !(s[k] >= 'a' && s[k] <= 'z')) {
      return 0;
    }
    bool head = false;
    for (size_t i = 0; nouns[i] && !head; ++i) {
      head = xlex_eq(s + k, w, nouns[i]);
    }
    k += w;
    if (head) {
      end = k;
      break;
    }
  }
  if (!end) {
    return 0;
  }
  /* "on cybersecurity", "on cyber issues" */
  size_t q = end;
  while (q < e && s[q] == ' ') {
    ++q;
  }
  if (!xlex_starts(s + q, e - q, "on")) {
    /* a bare "Swiss-US dialogue", "US-China talks": a description, not a
       name */
    return before ? end : 0;
  }
  q += 2u;
  size_t last = 0;
  for (int words = 0; words < 3 && q < e; ++words) {
    while (q < e && s[q] == ' ') {
      ++q;
    }
    const size_t w = xlex_word_len(s + q, e - q);
    bool stop = !w || !(s[q] >= 'a' && s[q] <= 'z');
    for (size_t i = 0; !stop && stops[i]; ++i) {
      stop = xlex_eq(s + q, w, stops[i]);
    }
    if (stop) {
      break;
    }
    q += w;
    last = q;
  }
  return last ? last : end;
}

/* A participant written as its two-letter ISO code ("UK-NL Cyber
   Dialogue", "UA-EU Cybersecurity Dialogue") in a text `doc` that names
   the country elsewhere by a longer name ("the Netherlands", "Ukraine"). */
static bool
code_at(const char* doc,
        const char* s,
        size_t n,
        bool after_dash,
        XCountryHit* hit)
{
  size_t dl = 0;
  if (!doc || n < 2u || !xlex_is_upper((unsigned char)s[0]) ||
      !xlex_is_upper((unsigned char)s[1]) ||
      (n > 2u && xlex_is_word_char((unsigned char)s[2])) ||
      (!after_dash && !is_dash(s, 2u, n, &dl))) {
    return false;
  }
  const char code[3] = { s[0], s[1], '\0' };
  const char* name = xlex_country_name(code);
  XCountryHit c;
  if (!name || !xlex_country_at(name, strlen(name), &c)) {
    return false;
  }
  const size_t dn = strlen(doc);
  for (size_t i = 0; i < dn; ++i) {
    XCountryHit h;
    if ((i == 0 || !xlex_is_word_char((unsigned char)doc[i - 1u])) &&
        xlex_is_upper((unsigned char)doc[i]) &&
        xlex_country_at(doc + i, dn - i, &h) && h.len > 3u &&
        !strcmp(h.cc, c.cc)) {
      hit->cc = c.cc;
      hit->len = 2u;
      hit->adjective = false;
      hit->possessive = false;
      return true;
    }
  }
  return false;
}

/* A participant of a series name: a country or an organization
   (xlex_party_at), else a country's code (code_at); the acronym the text
   gives it in parentheses skipped ("Republic of Korea (ROK)-European Union
   (EU) Cyber Policy Consultation"). */
static bool
name_party_at(const DkgRegistry* reg,
              const char* doc,
              const char* s,
              size_t n,
              bool after_dash,
              XCountryHit* hit)
{
  if (!after_dash && n > 5u && !strncmp(s, "Indo", 4u) && s[4] == '-' &&
      xlex_country_at(s + 5u, n - 5u, hit) && strcmp(hit->cc, "IN")) {
    /* "Indo-French", "Indo-German": the combining form of India, before
       another country (not "Indo-Pacific") */
    hit->cc = "IN";
    hit->len = 4u;
    hit->adjective = true;
    hit->possessive = false;
    return true;
  }
  if (!xlex_party_at(reg, doc, s, n, hit) &&
      !code_at(doc, s, n, after_dash, hit)) {
    return false;
  }
  size_t q = hit->len;
  if (!hit->possessive && q + 2u < n && s[q] == ' ' && s[q + 1u] == '(') {
    size_t r = q + 2u;
    while (r < n && xlex_is_upper((unsigned char)s[r])) {
      ++r;
    }
    if (r < n && s[r] == ')' && r > q + 2u) {
      hit->len = r + 1u;
    }
  }
  return true;
}

/* After the participants at `k`: up to three lower-case words ending in a
   noun of a body or a meeting, then a capitalized name in quotes with a
   head noun ("working group \"Interdepartmental Strategic Dialogue on
   Cybersecurity\"", "format 'Cyber Dialogue'"): true with the name inside
   the quotes in [*qb, *qe) and the end of the closing quote in `*end`. */
static bool
quoted_body_name(const char* s,
                 size_t k,
                 size_t e,
                 size_t* qb,
                 size_t* qe,
                 size_t* end)
{
  static const char* const nouns[] = {
    "group",     "subgroup",      "force",
    "committee", "commission",    "council",
    "dialogue",  "consultations", "consultation",
    "talks",     "format",        "mechanism",
    NULL
  };
  bool noun = false;
  for (int words = 0; words < 3 && !noun; ++words) {
    while (k < e && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w || !(s[k] >= 'a' && s[k] <= 'z')) {
      return false;
    }
    for (size_t i = 0; nouns[i] && !noun; ++i) {
      noun = xlex_eq(s + k, w, nouns[i]);
    }
    k += w;
  }
  if (!noun || k + 2u >= e || s[k] != ' ') {
    return false;
  }
  ++k;
  /* an ASCII or a typographic quote (U+201C ... U+201D) */
  size_t open = 0;
  if (s[k] == '"') {
    open = 1u;
  } else if (k + 3u < e && (unsigned char)s[k] == 0xE2u &&
             (unsigned char)s[k + 1u] == 0x80u &&
             (unsigned char)s[k + 2u] == 0x9Cu) {
    open = 3u;
  }
  if (!open || !xlex_is_upper((unsigned char)s[k + open])) {
    return false;
  }
  const size_t b = k + open;
  bool head = false;
  for (size_t q = b; q < e && q < b + 160u; ++q) {
    const bool close =
      s[q] == '"' ||
      (q + 2u < e && (unsigned char)s[q] == 0xE2u &&
       (unsigned char)s[q + 1u] == 0x80u && (unsigned char)s[q + 2u] == 0x9Du);
    if (close) {
      if (!head) {
        return false;
      }
      *qb = b;
      *qe = q;
      *end = q + (s[q] == '"' ? 1u : 3u);
      return true;
    }
    if (q == b || s[q - 1u] == ' ') {
      const size_t w = xlex_word_len(s + q, e - q);
      head |= w && head_noun(s + q, w);
    }
  }
  return false;
}

/* "U.S.-Japan Cyber Dialogue", "German-Israeli Cyber Dialogue", "EU-Japan
   Cyber Dialogue", "U.S.- E.U. Cyber Dialogue": two participants, countries
   or (with `reg`) organizations of the registry; `doc` as for
   xlex_org_at. */
static bool
series_at(const DkgRegistry* reg,
          const char* doc,
          const char* s,
          size_t i,
          size_t e,
          XSeriesHit* hit)
{
  XCountryHit c1, c2;
  size_t dl = 0;
  if (!name_party_at(reg, doc, s + i, e - i, false, &c1) || c1.possessive) {
    return false;
  }
  size_t k = i + c1.len;
  if (k + 1u < e && s[k] == ' ' && is_dash(s, k + 1u, e, &dl) &&
      k + 1u + dl < e && s[k + 1u + dl] == ' ') {
    k += dl + 2u; /* "United States - Czech Republic Cyber Dialogue" */
  } else {
    if (!is_dash(s, k, e, &dl)) {
      return false;
    }
    k += dl;
    if (k < e && s[k] == ' ') {
      ++k; /* "U.S.- E.U." */
    }
  }
  if (!name_party_at(reg, doc, s + k, e - k, true, &c2) || c2.possessive ||
      !strcmp(c1.cc, c2.cc)) {
    return false;
  }
  k += c2.len;
  hit->cc[0] = c1.cc;
  hit->cc[1] = c2.cc;
  hit->n_more = 0;
  /* a chain of three or more: "U.S.-Japan-Republic of Korea (ROK)
     Trilateral Diplomatic Working Group" */
  for (;;) {
    XCountryHit c3;
    size_t dl3 = 0;
    if (hit->n_more >= XMAX_PARTIES - 2u || !is_dash(s, k, e, &dl3) ||
        !name_party_at(reg, doc, s + k + dl3, e - k - dl3, true, &c3) ||
        c3.possessive) {
      break;
    }
    bool dup = !strcmp(c3.cc, c1.cc) || !strcmp(c3.cc, c2.cc);
    for (size_t m = 0; m < hit->n_more; ++m) {
      dup |= !strcmp(c3.cc, hit->more[m]);
    }
    if (dup) {
      break;
    }
    hit->more[hit->n_more++] = c3.cc;
    k += dl3 + c3.len;
  }
  hit->b = i;
  hit->desc_b = k;
  hit->quote_b = hit->quote_e = 0;
  size_t end = 0;
  if (quoted_body_name(s, k, e, &hit->quote_b, &hit->quote_e, &end)) {
    hit->e = end;
    hit->ordinal = 0;
    return true;
  }
  end = lower_series_end(s, k, e);
  if (end) {
    hit->e = end;
    hit->ordinal = 0;
    return true;
  }
  /* Capitalized words up to the first head noun, then "on ..." words. */
  size_t words = 0;
  while (k < e && words < 10u) {
    while (k < e && s[k] == ' ') {
      ++k;
    }
    /* an acronym in parentheses inside the name: "Information and
       Communication Technology (ICT) Working Group" */
    if (k < e && s[k] == '(' && words) {
      size_t q = k + 1u;
      while (q < e && (xlex_is_upper((unsigned char)s[q]) || s[q] == '&')) {
        ++q;
      }
      if (q < e && s[q] == ')' && q > k + 1u) {
        k = q + 1u;
        continue;
      }
    }
    /* a list of capitalized words before the head noun: "Vietnam-US
       Political, Security, and Defense Dialogue" */
    if (k + 2u < e && s[k] == ',' && words && !end && s[k + 1u] == ' ' &&
        (xlex_is_upper((unsigned char)s[k + 2u]) ||
         (xlex_starts(s + k + 2u, e - k - 2u, "and ") && k + 6u < e &&
          xlex_is_upper((unsigned char)s[k + 6u])))) {
      ++k;
      continue;
    }
    size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      break;
    }
    /* a plural possessive inside the name: "Foreign Ministers' Meeting",
       "Defence Ministers’ Dialogue" */
    if (w > 1u && s[k + w - 1u] == 's' && xlex_is_upper((unsigned char)s[k])) {
      const size_t ap =
        s[k + w] == '\''                                             ? 1u
        : (k + w + 2u < e && !memcmp(s + k + w, "\xe2\x80\x99", 3u)) ? 3u
                                                                     : 0u;
      if (ap && k + w + ap + 1u < e && s[k + w + ap] == ' ' &&
          xlex_is_upper((unsigned char)s[k + w + ap + 1u])) {
        w += ap;
      }
    }
    /* "Consultations on Security in the use of Information and
       Communication Technologies": the usual phrase of such names,
       read over inside the "on ..." tail when a capital follows */
    if (end && xlex_starts(s + k, e - k, "in the use of ") && k + 14u < e &&
        xlex_is_upper((unsigned char)s[k + 14u])) {
      k += 14u;
      continue;
    }
    const bool cap =
      xlex_is_upper((unsigned char)s[k]) || (s[k] >= '0' && s[k] <= '9');
    const bool joiner = xlex_eq(s + k, w, "on") || xlex_eq(s + k, w, "and") ||
                        xlex_eq(s + k, w, "for") || xlex_eq(s + k, w, "of") ||
                        xlex_eq(s + k, w, "&");
    if (!cap && !(end && joiner) && !(joiner && words)) {
      break;
    }
    if (cap && headline_verb(s + k, w)) {
      break;
    }
    if (end && !cap && !joiner) {
      break;
    }
    if (head_noun(s + k, w) && !end) {
      end = k + w;
      k += w;
      ++words;
      /* Only "on/for ..." continues a name after its head noun. */
      size_t q = k;
      while (q < e && s[q] == ' ') {
        ++q;
      }
      const size_t w2 = xlex_word_len(s + q, e - q);
      if (!(xlex_eq(s + q, w2, "on") || xlex_eq(s + q, w2, "for"))) {
        break;
      }
      /* ... but not "on Thursday", "on July 27", "for the first time" */
      size_t r = q + w2;
      while (r < e && s[r] == ' ') {
        ++r;
      }
      const size_t w3 = xlex_word_len(s + r, e - r);
      if (!w3 || !xlex_is_upper((unsigned char)s[r]) ||
          xlex_weekday(s + r, w3) >= 0 || xlex_month(s + r, w3)) {
        break;
      }
      continue;
    }
    if (end && cap) {
      end = k + w;
    }
    k += w;
    ++words;
  }
  if (!end) {
    return false;
  }
  hit->e = end;
  hit->ordinal = 0;
  return true;
}

static bool
find_series(const DkgRegistry* reg,
            const char* doc,
            const char* s,
            size_t b,
            size_t e,
            XSeriesHit* hit)
{
  for (size_t i = b; i < e; ++i) {
    if ((i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
        xlex_is_upper((unsigned char)s[i]) &&
        series_at(reg, doc, s, i, e, hit)) {
      return true;
    }
  }
  return false;
}

bool
xseries_find(const char* s, size_t b, size_t e, XSeriesHit* hit)
{
  return find_series(NULL, NULL, s, b, e, hit);
}

bool
xseries_find_x(XCtx* x, size_t b, size_t e, XSeriesHit* hit)
{
  return find_series(x->reg, x->doc.text, x->doc.text, b, e, hit);
}

/* Key of the words after the countries: normalized, without "bilateral". */
static void
desc_key(const char* s, size_t n, DkgBuf* out)
{
  DkgBuf k = { NULL, 0, 0 };
  dkg_name_key(&k, s, n);
  dkg_buf_clear(out);
  const char* p = k.buf ? k.buf : "";
  while (*p) {
    const char* sp = strchr(p, ' ');
    const size_t w = sp ? (size_t)(sp - p) : strlen(p);
    if (!(w == 9u && !strncmp(p, "bilateral", 9u))) {
      if (out->len) {
        dkg_buf_puts(out, " ");
      }
      dkg_buf_append(out, p, w);
    }
    p += w;
    while (*p == ' ') {
      ++p;
    }
  }
  dkg_buf_destroy(&k);
}

static bool
same_pair(const char* const a[2], const char* b0, const char* b1)
{
  return (!strcmp(a[0], b0) && !strcmp(a[1], b1)) ||
         (!strcmp(a[0], b1) && !strcmp(a[1], b0));
}

/* The registry name of the series the text names, or NULL. */
static const char*
registry_series(XCtx* x, const char* name, const XSeriesHit* hit)
{
  const cJSON* list =
    cJSON_GetObjectItemCaseSensitive(x->series_json, "series");
  DkgBuf mine = { NULL, 0, 0 }, theirs = { NULL, 0, 0 };
  /* the descriptor: the last words of `name`, which may be written
     without the participants' acronyms (party_words_of) */
  const size_t dl = hit->e - hit->desc_b, nl = strlen(name);
  const size_t off = nl >= dl ? nl - dl : 0u;
  desc_key(name + off, strlen(name + off), &mine);
  const char* result = NULL;
  const cJSON* entry = NULL;
  cJSON_ArrayForEach(entry, list)
  {
    const cJSON* nm = cJSON_GetObjectItemCaseSensitive(entry, "name");
    const cJSON* alts =
      cJSON_GetObjectItemCaseSensitive(entry, "alternative_names");
    for (int k = -1; !result && k < cJSON_GetArraySize(alts); ++k) {
      const cJSON* item = k < 0 ? nm : cJSON_GetArrayItem(alts, k);
      if (!cJSON_IsString(item)) {
        continue;
      }
      const char* t = item->valuestring;
      XSeriesHit h;
      if (series_at(x->reg, t, t, 0, strlen(t), &h) &&
          same_pair(hit->cc, h.cc[0], h.cc[1])) {
        desc_key(t + h.desc_b, strlen(t + h.desc_b), &theirs);
        if (mine.buf && theirs.buf && !strcmp(mine.buf, theirs.buf) &&
            cJSON_IsString(nm)) {
          result = nm->valuestring;
        }
      }
    }
  }
  dkg_buf_destroy(&mine);
  dkg_buf_destroy(&theirs);
  return result;
}

/* The one registry series between these two participants, or NULL. */
static const char*
registry_series_of(XCtx* x)
{
  const cJSON* list =
    cJSON_GetObjectItemCaseSensitive(x->series_json, "series");
  const char* found = NULL;
  size_t n = 0;
  const cJSON* entry = NULL;
  cJSON_ArrayForEach(entry, list)
  {
    const cJSON* p = cJSON_GetObjectItemCaseSensitive(entry, "participants");
    const cJSON* nm = cJSON_GetObjectItemCaseSensitive(entry, "name");
    if (cJSON_GetArraySize(p) == 2 && cJSON_IsString(nm) &&
        cJSON_IsString(cJSON_GetArrayItem(p, 0)) &&
        cJSON_IsString(cJSON_GetArrayItem(p, 1)) &&
        same_pair(x->cc,
                  cJSON_GetArrayItem(p, 0)->valuestring,
                  cJSON_GetArrayItem(p, 1)->valuestring)) {
      found = nm->valuestring;
      ++n;
    }
  }
  return n == 1u ? found : NULL;
}

/* Whether the participant named at s[i, i + len) is "his Indonesian
   counterpart" ("her", "their", "its"; "counterparts"). */
static bool
counterpart_of(const char* s, size_t b, size_t i, size_t e, size_t len)
{
  static const char* const owners[] = {
    "his ", "her ", "its ", "their ", NULL
  };
  bool owned = false;
  for (size_t k = 0; owners[k]; ++k) {
    const size_t n = strlen(owners[k]);
    owned |= i >= b + n && xlex_starts(s + i - n, n, owners[k]) &&
             (i == b + n || s[i - n - 1u] == ' ');
  }
  return owned && xlex_starts(s + i + len, e - i - len, " counterpart");
}

/* Whether the pair that starts at `p` is the tail of a list of three or
   more ("Indonesia, Malaysia and ASEAN"): another participant and a comma
   just before it. */
static bool
list_tail(XCtx* x, size_t b, size_t p, size_t e)
{
  const char* s = x->doc.text;
  if (p >= b + 4u && !strncmp(s + p - 4u, "the ", 4u)) {
    p -= 4u; /* "Bahrain, the United Arab Emirates, and Morocco" */
  }
  if (p >= b + 2u && s[p - 1u] == ' ' && s[p - 2u] == ',') {
    size_t w = p - 2u;
    while (w > b && s[w - 1u] != ' ' && s[w - 1u] != ',') {
      --w;
    }
    /* back over a name of two or three words ("South Africa") */
    for (int words = 0; words < 3 && w > b; ++words) {
      XCountryHit h;
      if (xlex_is_upper((unsigned char)s[w]) &&
          xlex_party_at(x->reg, s, s + w, e - w, &h) && w + h.len == p - 2u) {
        return true;
      }
      if (w < b + 2u || s[w - 1u] != ' ') {
        break;
      }
      w -= 1u;
      while (w > b && s[w - 1u] != ' ' && s[w - 1u] != ',') {
        --w;
      }
    }
  }
  return false;
}

/* Two countries named together: "US and Japanese officials", "India and
   Australia", "Officials of the United States and Japan". */
static bool
pair_in(XCtx* x, size_t b, size_t e, const char* out[2], XSpan* span)
{
  const char* s = x->doc.text;
  const char* first = NULL;
  size_t first_b = 0;
  for (size_t i = b; i < e; ++i) {
    if (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) {
      continue;
    }
    XCountryHit h;
    if (!xlex_is_upper((unsigned char)s[i]) ||
        !xlex_party_at(x->reg, s, s + i, e - i, &h)) {
      continue;
    }
    if (!first) {
      first = h.cc;
      first_b = i;
    } else if (strcmp(first, h.cc)) {
      /* Only "X and Y" (with "the" allowed) counts; or "X's minister ...
         and his Y counterpart", however long the first one's title. */
      const size_t gap = i - first_b;
      const char* mid = s + first_b;
      if ((counterpart_of(s, b, i, e, h.len) ||
           (gap < 48u && (xlex_find(mid, gap, "and") != (size_t)-1 ||
                          xlex_find(mid, gap, "with") != (size_t)-1))) &&
          !list_tail(x, b, first_b, e)) {
        out[0] = first;
        out[1] = h.cc;
        span->b = first_b;
        span->e = i + h.len;
        x->pair_names[1].b = i;
        x->pair_names[1].e = h.possessive || h.adjective ? i : i + h.len;
        XCountryHit h0;
        if (xlex_party_at(x->reg, s, s + first_b, e - first_b, &h0) &&
            !h0.adjective && !h0.possessive) {
          x->pair_names[0].b = first_b;
          x->pair_names[0].e = first_b + h0.len;
        } else {
          x->pair_names[0].b = x->pair_names[0].e = first_b;
        }
        return true;
      }
      first = h.cc;
      first_b = i;
    }
    i += h.len - 1u;
  }
  return false;
}

/* Two capitals as the states they stand for, in the subject of a
   sentence ("The ministry announced that Beijing and Moscow are set to
   conduct a consultation", "Nairobi and Lima will hold"): a known city,
   "and", another city of another country, at the start of the sentence
   or after "that" or a comma; not after "in", "from", "to" or "at" (places:
   "officials in Tokyo and Seoul"), and never Brussels or Geneva, the seats
   of organizations. */
static bool
capital_pair_in(XCtx* x, size_t b, size_t e, const char* out[2], XSpan* span)
{
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    if ((i > b && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        !xlex_is_upper((unsigned char)s[i])) {
      continue;
    }
    size_t l1 = 0, l2 = 0;
    const char *c1 = NULL, *c2 = NULL;
    if (!xlex_city_at(s + i, e - i, &l1, &c1) ||
        !xlex_starts(s + i + l1, e - i - l1, " and ") ||
        !xlex_is_upper((unsigned char)s[i + l1 + 5u]) ||
        !xlex_city_at(s + i + l1 + 5u, e - i - l1 - 5u, &l2, &c2) ||
        !strcmp(c1, c2) || xlex_starts(s + i, e - i, "Brussels") ||
        xlex_starts(s + i, e - i, "Geneva") ||
        xlex_starts(s + i + l1 + 5u, e - i - l1 - 5u, "Brussels") ||
        xlex_starts(s + i + l1 + 5u, e - i - l1 - 5u, "Geneva")) {
      continue;
    }
    const size_t after = i + l1 + 5u + l2;
    if (after < e && xlex_is_word_char((unsigned char)s[after])) {
      continue;
    }
    size_t wb = i;
    while (wb > b && s[wb - 1u] == ' ') {
      --wb;
    }
    const bool subject =
      wb == b || s[wb - 1u] == ',' ||
      (wb >= b + 4u && xlex_starts(s + wb - 4u, 4u, "that") &&
       (wb == b + 4u || s[wb - 5u] == ' '));
    if (!subject) {
      continue;
    }
    out[0] = c1;
    out[1] = c2;
    span->b = i;
    span->e = after;
    x->pair_names[0].b = x->pair_names[0].e = i;
    x->pair_names[1].b = x->pair_names[1].e = i + l1 + 5u;
    return true;
  }
  return false;
}

/* How many participants the sentence text[b, e) says meet: "trilateral",
   "three-way", "the three countries" 3, "quadrilateral", "four-way" 4;
   else 0. */
static size_t
count_cue(const char* s, size_t b, size_t e)
{
  static const struct
  {
    const char* word;
    size_t n;
  } cues[] = { { "trilateral", 3 },      { "three-way", 3 },
               { "three countries", 3 }, { "three nations", 3 },
               { "three sides", 3 },     { "quadrilateral", 4 },
               { "four-way", 4 },        { "four countries", 4 },
               { "four nations", 4 },    { NULL, 0 } };
  for (size_t i = 0; cues[i].word; ++i) {
    if (xlex_find(s + b, e - b, cues[i].word) != (size_t)-1) {
      return cues[i].n;
    }
  }
  return 0;
}

/* A list of three or more participants ("South Korea, Japan and China")
   in a sentence that says that many meet ("a trilateral meeting"): sets
   x->cc and x->n_cc. */
static bool
list_of(XCtx* x, size_t b, size_t e, size_t want, XSpan* span)
{
  if (want < 3u || want > XMAX_PARTIES) {
    return false;
  }
  const char* s = x->doc.text;
  const char* got[XMAX_PARTIES];
  size_t n = 0, run_b = 0, last_e = 0;
  bool and_seen = false;
  for (size_t i = b; i < e; ++i) {
    XCountryHit h;
    if ((i > b && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        !xlex_is_upper((unsigned char)s[i]) ||
        !xlex_party_at(x->reg, s, s + i, e - i, &h) || h.possessive) {
      continue;
    }
    /* the next item: after ", ", " and ", ", and " (and "the") */
    bool next = false;
    if (n && n < XMAX_PARTIES) {
      size_t g = last_e;
      const bool comma = g < i && s[g] == ',';
      g += comma ? 1u : 0u;
      while (g < i && s[g] == ' ') {
        ++g;
      }
      const bool with_and = xlex_starts(s + g, i - g, "and");
      g += with_and ? 3u : 0u;
      while (g < i && s[g] == ' ') {
        ++g;
      }
      if (xlex_starts(s + g, i - g, "the")) {
        g += 3u;
        while (g < i && s[g] == ' ') {
          ++g;
        }
      }
      next = g == i && (comma || with_and) && !and_seen;
      and_seen |= next && with_and;
    }
    bool dup = false;
    for (size_t k = 0; next && k < n; ++k) {
      dup |= !strcmp(got[k], h.cc);
    }
    if (next && !dup) {
      got[n++] = h.cc;
    } else if (n >= 3u && and_seen) {
      break;
    } else {
      n = 1;
      got[0] = h.cc;
      run_b = i;
      and_seen = false;
    }
    last_e = i + h.len;
    i = last_e - 1u;
  }
  if (n != want || !and_seen) {
    return false;
  }
  for (size_t k = 0; k < n; ++k) {
    x->cc[k] = got[k];
  }
  x->n_cc = n;
  span->b = run_b;
  span->e = last_e;
  return true;
}

static char*
make_series_name(XCtx* x, const char* desc)
{
  /* The participants as the text names them ("X and Y"), else their usual
     names, joined by hyphens. */
  char* names[XMAX_PARTIES] = { NULL };
  size_t n = strlen(desc) + 2u;
  for (size_t i = 0; i < x->n_cc; ++i) {
    if (x->n_cc == 2u && x->pair_names[i].e > x->pair_names[i].b) {
      names[i] = xctx_copy(x, x->pair_names[i].b, x->pair_names[i].e);
    }
    if (!names[i]) {
      const char* usual = xlex_is_org(x->reg, x->cc[i])
                            ? xlex_party_word(x->reg, x->cc[i], 0)
                            : xlex_country_name(x->cc[i]);
      names[i] = strdup(usual ? usual : x->cc[i]);
    }
    n += (names[i] ? strlen(names[i]) : 0u) + 1u;
  }
  char* out = (char*)malloc(n);
  if (out) {
    out[0] = '\0';
    for (size_t i = 0; i < x->n_cc; ++i) {
      if (i) {
        strcat(out, "-");
      }
      strcat(out, names[i] ? names[i] : "");
    }
    strcat(out, " ");
    /* Title case the descriptor words but the joiners ("Dialogue on
       Cyber"). */
    bool start = true;
    for (char* c = out + strlen(out); *desc; ++desc, ++c) {
      const size_t w = start ? xlex_word_len(desc, strlen(desc)) : 0u;
      const bool joiner =
        w && (xlex_eq(desc, w, "on") || xlex_eq(desc, w, "and") ||
              xlex_eq(desc, w, "for") || xlex_eq(desc, w, "of"));
      *c = start && !joiner && *desc >= 'a' && *desc <= 'z'
             ? (char)(*desc - 'a' + 'A')
             : *desc;
      start = *desc == ' ';
      c[1] = '\0';
    }
  }
  for (size_t i = 0; i < x->n_cc; ++i) {
    free(names[i]);
  }
  return out;
}

/* The end of a capitalized name s[b, end) ("Structured Dialogue", its
   head noun at `noun`) with
   its capitalized "on ..." or "for ..." tail ("Structured Dialogue on
   Cyber", "Dialogue on Cyber Issues"), never a date ("on October 4th",
   "on Monday"); `end` when there is none. */
static size_t
proper_tail(const char* s, size_t b, size_t noun, size_t end, size_t e)
{
  if (!xlex_is_upper((unsigned char)s[b]) ||
      !xlex_is_upper((unsigned char)s[noun])) {
    return end;
  }
  size_t q = end;
  while (q < e && s[q] == ' ') {
    ++q;
  }
  const size_t w = xlex_word_len(s + q, e - q);
  if (!(xlex_eq(s + q, w, "on") || xlex_eq(s + q, w, "for"))) {
    return end;
  }
  q += w;
  size_t last = end;
  for (int words = 0; words < 6 && q < e; ++words) {
    while (q < e && s[q] == ' ') {
      ++q;
    }
    const size_t n = xlex_word_len(s + q, e - q);
    if (!n) {
      break;
    }
    const bool cap = xlex_is_upper((unsigned char)s[q]);
    const bool join = xlex_eq(s + q, n, "and") || xlex_eq(s + q, n, "of");
    if (cap && (xlex_weekday(s + q, n) >= 0 || xlex_month(s + q, n))) {
      break;
    }
    if (!cap && !(join && last > end)) {
      break;
    }
    q += n;
    if (cap) {
      last = q;
    }
  }
  return last;
}

/* "their sixth round of cyber policy consultations" -> "cyber policy
   consultations"; NULL when the sentence has no such words. */
static char*
descriptor_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  static const char* const nouns[] = {
    "dialogue", "talks", "consultations", "consultation", "dialog",
    "council",  NULL
  };
  const char* s = x->doc.text;
  for (size_t i = 0; nouns[i]; ++i) {
    size_t at = xlex_find(s + b, e - b, nouns[i]);
    /* a "Council" that meets, capitalized as a name ("the Digital
       Partnership Council"), not any council */
    while (at != (size_t)-1 && !strcmp(nouns[i], "council") &&
           !xlex_is_upper((unsigned char)s[b + at])) {
      const size_t next = b + at + 7u;
      const size_t f =
        next < e ? xlex_find(s + next, e - next, nouns[i]) : (size_t)-1;
      at = f == (size_t)-1 ? f : next + f - b;
    }
    if (at == (size_t)-1) {
      continue;
    }
    const size_t end = b + at + strlen(nouns[i]);
    /* back over adjectives: "cyber policy", "Cyber Policy" */
    size_t k = b + at;
    size_t start = k;
    for (int words = 0; words < 3 && k > b; ++words) {
      size_t q = k;
      while (q > b && s[q - 1u] == ' ') {
        --q;
      }
      size_t w = q;
      /* a hyphenated word is one word ("high-level") */
      while (w > b && (xlex_is_word_char((unsigned char)s[w - 1u]) ||
                       (s[w - 1u] == '-' && w - 1u > b && w < q &&
                        xlex_is_word_char((unsigned char)s[w - 2u])))) {
        --w;
      }
      if (w == q) {
        break;
      }
      static const char* const stop[] = {
        "the",    "their",     "its",       "of",      "a",      "an",
        "round",  "bilateral", "inaugural", "first",   "second", "third",
        "fourth", "fifth",     "sixth",     "seventh", "eighth", "ninth",
        "tenth",  "and",       "for",       "on",      "in",     "held",
        "hold",   NULL
      };
      /* a number is no word of a series ("17:19 Consultations took
         place", a time before the headline) */
      bool is_stop =
        xlex_ordinal(s + w, q - w) > 0 || (s[w] >= '0' && s[w] <= '9');
      for (size_t t = 0; !is_stop && stop[t]; ++t) {
        is_stop = xlex_eq(s + w, q - w, stop[t]);
      }
      XCountryHit h;
      if (is_stop || xlex_party_at(x->reg, s, s + w, q - w, &h)) {
        break;
      }
      start = w;
      k = w;
    }
    span->b = start;
    span->e = proper_tail(s, start, b + at, end, e);
    return xctx_copy(x, start, span->e);
  }
  return NULL;
}

/* A series name in the body, else in the title; else "X and Y" from the
   meeting sentence on.  Sets x->cc, x->n_cc and the delegations' countries. */
/* Whether s[b, e) says who the members of a group are, the group named by
   a capitalized word that is no participant ("Quad member-nations
   comprise India, Japan, Australia and US", "The Visegrad members are
   ..."): a list there is the participants, however many. */
static bool
member_cue(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t i = b + 1u; i + 6u < e; ++i) {
    if (s[i - 1u] != ' ' || strncmp(s + i, "member", 6u) != 0) {
      continue;
    }
    size_t wb = i - 1u;
    while (wb > b && xlex_is_word_char((unsigned char)s[wb - 1u])) {
      --wb;
    }
    XCountryHit h;
    if (wb == i - 1u || !xlex_is_upper((unsigned char)s[wb]) ||
        xlex_party_at(x->reg, s, s + wb, e - wb, &h)) {
      continue;
    }
    size_t k = i + xlex_word_len(s + i, e - i);
    while (k < e && s[k] == ' ') {
      ++k;
    }
    /* "member countries are", "member states include" */
    if (xlex_starts(s + k, e - k, "countries") ||
        xlex_starts(s + k, e - k, "states") ||
        xlex_starts(s + k, e - k, "nations")) {
      k += xlex_word_len(s + k, e - k);
      while (k < e && s[k] == ' ') {
        ++k;
      }
    }
    if (xlex_starts(s + k, e - k, "comprise") ||
        xlex_starts(s + k, e - k, "comprises") ||
        xlex_starts(s + k, e - k, "are") ||
        xlex_starts(s + k, e - k, "include") ||
        xlex_starts(s + k, e - k, "consist of")) {
      return true;
    }
  }
  return false;
}

/* A list of participants at `k` ("the United States and Japan", "X, Y,
   and Z", each with "the"), up to `max`, all different: their codes in
   `got`, how many in `*n`, its end in `*end`; true when it ends with an
   "and" item. */
static bool
party_list_at(XCtx* x,
              size_t k,
              size_t e,
              const char** got,
              size_t max,
              size_t* n,
              size_t* end)
{
  const char* s = x->doc.text;
  *n = 0;
  *end = k;
  bool and_seen = false;
  for (;;) {
    if (xlex_starts(s + k, e - k, "the")) {
      k += 4u;
    }
    XCountryHit h;
    if (k >= e || !xlex_is_upper((unsigned char)s[k]) ||
        !xlex_party_at(x->reg, s, s + k, e - k, &h) || h.possessive ||
        h.adjective || *n == max) {
      return false;
    }
    for (size_t m = 0; m < *n; ++m) {
      if (!strcmp(got[m], h.cc)) {
        return false;
      }
    }
    got[(*n)++] = h.cc;
    k += h.len;
    *end = k;
    if (and_seen) {
      return k == e || !xlex_is_word_char((unsigned char)s[k]);
    }
    const bool comma = k < e && s[k] == ',';
    k += comma ? 1u : 0u;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    if (xlex_starts(s + k, e - k, "and")) {
      and_seen = true;
      k += 3u;
      while (k < e && s[k] == ' ') {
        ++k;
      }
    } else if (!comma) {
      return false;
    }
  }
}

/* "Israel on Monday hosted the heads of the cyber defence systems of
   Bahrain, the United Arab Emirates, and Morocco": the host that is the
   subject (at most five words before "hosted"), then the list of two or
   more guests after it, "X, Y, and Z" - all of them; sets x->cc and
   x->n_cc. */
static bool
host_list(XCtx* x, size_t b, size_t e, XSpan* span)
{
  const char* s = x->doc.text;
  const size_t f = xlex_find(s + b, e - b, " hosted ");
  if (f == (size_t)-1) {
    return false;
  }
  /* the host: a participant, then at most five words ("on 3 May
     2023"), no comma */
  const char* host = NULL;
  size_t host_b = 0;
  XCountryHit h;
  for (size_t k = b; k < b + f && !host; ++k) {
    if ((k > b && s[k - 1u] != ' ') || !xlex_is_upper((unsigned char)s[k]) ||
        !xlex_party_at(x->reg, s, s + k, e - k, &h) || h.adjective ||
        h.possessive) {
      continue;
    }
    size_t words = 0;
    bool comma = false;
    for (size_t q = k + h.len; q < b + f; ++q) {
      words += s[q] == ' ';
      comma |= s[q] == ',';
    }
    if (words <= 5u && !comma) {
      host = h.cc;
      host_b = k;
    }
  }
  if (!host) {
    return false;
  }
  const size_t from = b + f + 8u;
  for (size_t k = from; k < e && k < from + 80u; ++k) {
    if (s[k] == ',' || s[k] == ';') {
      return false;
    }
    if ((k > from && xlex_is_word_char((unsigned char)s[k - 1u])) ||
        !xlex_is_upper((unsigned char)s[k]) ||
        !xlex_party_at(x->reg, s, s + k, e - k, &h)) {
      continue;
    }
    const char* got[XMAX_PARTIES];
    size_t n = 0, end = 0;
    got[0] = NULL;
    if (!party_list_at(x, k, e, got + 1, XMAX_PARTIES - 1u, &n, &end) ||
        n < 2u) {
      return false;
    }
    got[0] = host;
    for (size_t m = 1; m <= n; ++m) {
      if (!strcmp(got[m], got[0])) {
        return false;
      }
    }
    for (size_t m = 0; m <= n; ++m) {
      x->cc[m] = got[m];
    }
    x->n_cc = n + 1u;
    span->b = host_b;
    span->e = end;
    return true;
  }
  return false;
}

/* "The Philippines will hold its first trilateral cyber dialogue with the
   United States and Japan": the subject, then the others after "with",
   as many as the sentence's count says, between them the count's word
   and no other participant. Sets x->cc, x->n_cc. */
static bool
with_list(XCtx* x, size_t b, size_t e, size_t want, XSpan* span)
{
  if (want < 3u || want > XMAX_PARTIES) {
    return false;
  }
  const char* s = x->doc.text;
  size_t i = b;
  XCountryHit h;
  while (i < e && !((i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
                    xlex_is_upper((unsigned char)s[i]) &&
                    xlex_party_at(x->reg, s, s + i, e - i, &h))) {
    ++i;
  }
  if (i >= e) {
    return false;
  }
  const size_t subj_e = i + h.len;
  const size_t w = xlex_find(s + subj_e, e - subj_e, " with ");
  if (w == (size_t)-1) {
    return false;
  }
  const size_t with_b = subj_e + w;
  for (size_t k = subj_e; k < with_b; ++k) {
    XCountryHit o;
    if (!xlex_is_word_char((unsigned char)s[k - 1u]) &&
        xlex_is_upper((unsigned char)s[k]) &&
        xlex_party_at(x->reg, s, s + k, with_b - k, &o)) {
      return false;
    }
  }
  if (count_cue(s, subj_e, with_b) != want) {
    return false;
  }
  const char* got[XMAX_PARTIES];
  size_t n = 0, end = 0;
  if (!party_list_at(x, with_b + 6u, e, got + 1, want - 1u, &n, &end) ||
      n != want - 1u) {
    return false;
  }
  got[0] = h.cc;
  for (size_t m = 1; m < want; ++m) {
    if (!strcmp(got[m], h.cc)) {
      return false;
    }
  }
  for (size_t m = 0; m < want; ++m) {
    x->cc[m] = got[m];
  }
  x->n_cc = want;
  span->b = i;
  span->e = end;
  return true;
}

static bool
list_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  const size_t want = count_cue(x->doc.text, b, e);
  if (!want && host_list(x, b, e, span)) {
    return true;
  }
  if (!want && member_cue(x, b, e)) {
    for (size_t n = 3; n <= XMAX_PARTIES; ++n) {
      if (list_of(x, b, e, n, span)) {
        return true;
      }
    }
    return false;
  }
  return list_of(x, b, e, want, span) || with_list(x, b, e, want, span);
}

/* The lede's list of three or more ("South Korea, Japan and China will
   hold talks this week") when another sentence says that many meet ("The
   three sides will meet in Seoul", "a trilateral meeting"). */
static bool
lede_list(XCtx* x, XSpan* span)
{
  if (!x->doc.n_sents) {
    return false;
  }
  for (size_t i = 1; i < x->doc.n_sents; ++i) {
    const size_t want =
      count_cue(x->doc.text, x->doc.sents[i].clip_b, x->doc.sents[i].e);
    if (want >= 3u) {
      return list_of(x, x->doc.sents[0].clip_b, x->doc.sents[0].e, want, span);
    }
  }
  return false;
}

/* Whether every word of `d` is capitalized but for joiners ("Cyber
   Dialogue", "Dialogue on Cyber Issues"). */
static bool
capitalized(const char* d)
{
  bool any = false;
  while (*d) {
    const size_t w = xlex_word_len(d, strlen(d));
    if (w) {
      const bool joiner = xlex_eq(d, w, "on") || xlex_eq(d, w, "and") ||
                          xlex_eq(d, w, "for") || xlex_eq(d, w, "of");
      if (!joiner && !xlex_is_upper((unsigned char)d[0])) {
        return false;
      }
      any = true;
    }
    d += w ? w : 1u;
  }
  return any;
}

/* Whether the word before `at` (an ordinal skipped) is "the": "the
   first Digital Partnership Council", not "their sixth Cyber Dialogue". */
static bool
the_before(const char* s, size_t at)
{
  for (int words = 0; words < 3; ++words) {
    size_t q = at;
    while (q > 0 && s[q - 1u] == ' ') {
      --q;
    }
    size_t w = q;
    while (w > 0 && xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    if (w == q) {
      return false;
    }
    if (xlex_eq(s + w, q - w, "the")) {
      return true;
    }
    if (xlex_ordinal(s + w, q - w) <= 0 &&
        !xlex_eq(s + w, q - w, "bilateral")) {
      return false;
    }
    at = w;
  }
  return false;
}

/* Whether the words `d` of a series at `at` are a proper name of its own
   after "the" (an ordinal or "bilateral" between): a council's ("the
   first Digital Partnership Council") or one that states its subject
   ("the first bilateral Consultation on Security Issues"); not one the
   text joins to the participants ("their sixth Cyber Dialogue"). */
static bool
own_name(XCtx* x, const char* d, size_t at)
{
  const size_t dl = strlen(d);
  return capitalized(d) && strchr(d, ' ') &&
         ((dl > 8u && !strcmp(d + dl - 8u, " Council")) || strstr(d, " on ") ||
          strstr(d, " for ")) &&
         the_before(x->doc.text, at);
}

/* The meeting sentence names the series by the participants and a proper
   name ("the European Union and Japan held their sixth Cyber Dialogue"):
   sets the participants and returns the name's words (malloc'd), their
   span in `*dspan`; else NULL. */
static char*
event_series_words(XCtx* x, XSeries* out, XSpan* dspan)
{
  if (!x->has_event) {
    return NULL;
  }
  const XSentence* ev = &x->doc.sents[x->event];
  const char* pair[2];
  XSpan ps;
  if (!pair_in(x, ev->clip_b, ev->e, pair, &ps)) {
    return NULL;
  }
  char* d = descriptor_in(x, ps.e, ev->e, dspan);
  if (!d || !capitalized(d)) {
    free(d);
    return NULL;
  }
  x->cc[0] = pair[0];
  x->cc[1] = pair[1];
  x->n_cc = 2;
  out->pair_span = ps;
  return d;
}

/* A series name `hit` the text also writes in full after the same words
   ("Japan-Estonia Policy Dialogue" of a title, "Japan-Estonia Policy
   Dialogue on ICT Policy and Cyber Security" of a line below): the longer
   one, in `hit`. */
static void
longest_writing(XCtx* x, size_t b, size_t e, XSeriesHit* hit)
{
  const char* s = x->doc.text;
  const size_t n = hit->e - hit->b;
  for (size_t i = b; i + n < e; ++i) {
    XSeriesHit h;
    if ((i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
        !strncmp(s + i, s + hit->b, n) && series_at(x->reg, s, s, i, e, &h) &&
        h.e - h.b > n && same_pair(hit->cc, h.cc[0], h.cc[1])) {
      *hit = h;
      return;
    }
  }
}

static void
longest_series(XCtx* x, XSeriesHit* hit)
{
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    longest_writing(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, hit);
  }
  for (size_t i = 0; i < x->doc.n_head; ++i) {
    longest_writing(x, x->doc.head[i].b, x->doc.head[i].e, hit);
  }
}

/* A series name written in lower case ("the third Indo-French cyber
   dialogue") gives way to the text's own capitalized writing of the same
   pair and the same head noun in the title, a heading or another sentence
   ("Indo-French Bilateral Cyber Dialogue"): the name as the text spells
   it. */
static bool
capital_in(XCtx* x, size_t b, size_t e, size_t lb, size_t le, XSeriesHit* hit)
{
  const char* s = x->doc.text;
  const size_t ln = le - lb;
  for (size_t i = b; i < e; ++i) {
    XSeriesHit h;
    if ((i > b && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        !xlex_is_upper((unsigned char)s[i]) ||
        !series_at(x->reg, s, s, i, e, &h) ||
        !same_pair(hit->cc, h.cc[0], h.cc[1])) {
      continue;
    }
    size_t d = h.desc_b;
    while (d < h.e && s[d] == ' ') {
      ++d;
    }
    bool same_noun = h.e - d >= ln && d < h.e &&
                     xlex_is_upper((unsigned char)s[d]) &&
                     (h.e - d == ln || s[h.e - ln - 1u] == ' ');
    for (size_t k = 0; same_noun && k < ln; ++k) {
      const char a = s[h.e - ln + k], c = s[lb + k];
      same_noun = (a | 0x20) == (c | 0x20);
    }
    if (same_noun) {
      *hit = h;
      return true;
    }
  }
  return false;
}

static void
capital_writing(XCtx* x, const XSource* src, XSeriesHit* hit)
{
  const char* s = x->doc.text;
  size_t d = hit->desc_b;
  while (d < hit->e && s[d] == ' ') {
    ++d;
  }
  if (d >= hit->e || !(s[d] >= 'a' && s[d] <= 'z')) {
    return;
  }
  const size_t le = hit->e;
  size_t lb = le;
  while (lb > d && xlex_is_word_char((unsigned char)s[lb - 1u])) {
    --lb;
  }
  if (lb == le) {
    return;
  }
  if (src->title &&
      capital_in(x, src->title_span.b, src->title_span.e, lb, le, hit)) {
    return;
  }
  if (x->doc.h1.e > x->doc.h1.b &&
      capital_in(x, x->doc.h1.b, x->doc.h1.e, lb, le, hit)) {
    return;
  }
  for (size_t i = 0; i < x->doc.n_head; ++i) {
    if (capital_in(x, x->doc.head[i].b, x->doc.head[i].e, lb, le, hit)) {
      return;
    }
  }
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    if (capital_in(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, lb, le, hit)) {
      return;
    }
  }
}

/* The title names the meeting by a capitalized noun of a session and the
   two participants after "of" ("10th Joint session of the African Union
   Commission and the European Commission (C2C), Addis Ababa"): that name,
   without the ordinal, as written; sets the participants. */
static char*
session_line_name(XCtx* x, size_t b, size_t e, XSeries* out)
{
  static const char* const nouns[] = { "session", "meeting", NULL };
  const char* s = x->doc.text;
  for (size_t i = 0; nouns[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, nouns[i]);
    if (at == (size_t)-1) {
      continue;
    }
    const size_t nb = b + at, ne = nb + strlen(nouns[i]);
    if (!xlex_starts(s + ne, e - ne, " of ")) {
      continue;
    }
    /* back over capitalized words ("Joint"), not an ordinal ("10th") */
    size_t start = nb;
    for (int words = 0; words < 3 && start > b; ++words) {
      size_t q = start;
      while (q > b && s[q - 1u] == ' ') {
        --q;
      }
      size_t w = q;
      while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
        --w;
      }
      if (w == q || !xlex_is_upper((unsigned char)s[w]) ||
          xlex_ordinal(s + w, q - w) > 0) {
        break;
      }
      start = w;
    }
    if (start == nb && !xlex_is_upper((unsigned char)s[nb])) {
      continue;
    }
    /* "of the A and the B": a participant after "of", then "and" and a
       capitalized name, up to the first parenthesis or comma */
    const size_t ob = ne + 4u;
    size_t q = ob;
    if (xlex_starts(s + q, e - q, "the ")) {
      q += 4u;
    }
    XCountryHit h;
    if (q >= e || !xlex_is_upper((unsigned char)s[q]) ||
        !xlex_party_at(x->reg, s, s + q, e - q, &h)) {
      continue;
    }
    size_t stop = q;
    while (stop < e && s[stop] != '(' && s[stop] != ',' && s[stop] != '.') {
      ++stop;
    }
    const size_t and_at = xlex_find(s + q, stop - q, " and ");
    if (and_at == (size_t)-1) {
      continue;
    }
    size_t end = q + and_at + 5u;
    if (xlex_starts(s + end, stop - end, "the ")) {
      end += 4u;
    }
    if (end >= stop || !xlex_is_upper((unsigned char)s[end])) {
      continue;
    }
    while (end < stop && xlex_is_upper((unsigned char)s[end])) {
      end += xlex_word_len(s + end, stop - end);
      if (end + 1u < stop && s[end] == ' ' &&
          xlex_is_upper((unsigned char)s[end + 1u])) {
        ++end;
      }
    }
    out->span.b = start;
    out->span.e = end;
    return xctx_copy(x, start, end);
  }
  return NULL;
}

/* ... in the title, else an HTML heading, a header line or a sentence up
   to the meeting sentence */
static char*
title_session_name(XCtx* x, const XSource* src, XSeries* out)
{
  char* name = NULL;
  if (src->title && src->title_span.e > src->title_span.b) {
    name = session_line_name(x, src->title_span.b, src->title_span.e, out);
  }
  if (!name && x->doc.h1.e > x->doc.h1.b) {
    name = session_line_name(x, x->doc.h1.b, x->doc.h1.e, out);
  }
  if (!name && x->doc.h2.e > x->doc.h2.b) {
    name = session_line_name(x, x->doc.h2.b, x->doc.h2.e, out);
  }
  for (size_t i = 0; !name && i < x->doc.n_head; ++i) {
    name = session_line_name(x, x->doc.head[i].b, x->doc.head[i].e, out);
  }
  /* a heading line read as a sentence, before the meeting sentence */
  for (size_t i = 0; !name && x->has_event && i <= x->event; ++i) {
    name = session_line_name(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, out);
  }
  return name;
}

/* A body of a series that meets ("Group", "Committee", "Task Force"; not
   a "meeting" or a "session", which is a round of the series itself). */
static bool
body_noun(const char* s, size_t n)
{
  static const char* const list[] = { "group",        "subgroup", "committee",
                                      "subcommittee", "council",  "commission",
                                      "force",        "panel",    NULL };
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_eq(s, n, list[i])) {
      return true;
    }
  }
  return false;
}

/* Whether the series name at `at` (in a span from `lo`) follows a body's
   noun and "of the" ("a working group of the U.S.-Morocco Strategic
   Dialogue"); with `cap`, only a capitalized name of the body, whose start
   is set in `*nb` ("Security Working Group of the ..."). */
static bool
body_before(const char* s,
            size_t lo,
            size_t at,
            bool cap,
            XSpan* noun,
            size_t* nb)
{
  if (at < lo + 9u || strncmp(s + at - 8u, " of the ", 8u) != 0) {
    return false;
  }
  size_t wb = at - 8u;
  while (wb > lo && xlex_is_word_char((unsigned char)s[wb - 1u])) {
    --wb;
  }
  if (!body_noun(s + wb, at - 8u - wb)) {
    return false;
  }
  if (!cap) {
    noun->b = wb;
    noun->e = at - 8u;
    return true;
  }
  /* the same noun as the meeting sentence's ("working group" ...
     "Working Group") */
  const size_t nn = noun->e - noun->b;
  if (at - 8u - wb != nn || strncasecmp(s + wb, s + noun->b, nn) != 0) {
    return false;
  }
  if (!xlex_is_upper((unsigned char)s[wb])) {
    return false;
  }
  /* the capitalized words before it, not an article or an ordinal */
  while (wb >= lo + 2u && s[wb - 1u] == ' ') {
    size_t pb = wb - 1u;
    while (pb > lo && xlex_is_word_char((unsigned char)s[pb - 1u])) {
      --pb;
    }
    const size_t w = wb - 1u - pb;
    if (!w || !xlex_is_upper((unsigned char)s[pb]) || xlex_ordinal(s + pb, w) ||
        xlex_eq(s + pb, w, "the") || xlex_eq(s + pb, w, "a") ||
        xlex_eq(s + pb, w, "an")) {
      break;
    }
    wb = pb;
  }
  *nb = wb;
  return true;
}

/* The capitalized name of the body in s[b, e) before the series name
   `hit` as written there: true with its span. */
static bool
body_in(const char* s,
        size_t b,
        size_t e,
        const XSeriesHit* hit,
        XSpan* noun,
        XSpan* span)
{
  const size_t n = hit->e - hit->b;
  for (size_t i = b; i + n <= e; ++i) {
    size_t nb = 0;
    if (!strncmp(s + i, s + hit->b, n) &&
        (i + n == e || !xlex_is_word_char((unsigned char)s[i + n])) &&
        body_before(s, b, i, true, noun, &nb)) {
      span->b = nb;
      span->e = i + n;
      return true;
    }
  }
  return false;
}

/* A meeting of a body of the series ("convened a working group of the
   U.S.-Morocco Strategic Dialogue") is the body's, by the name the text
   gives it in capitals, in the sentence, the title, a heading or another
   sentence ("Security Working Group of the U.S.-Morocco Strategic
   Dialogue"); without one the series stays. */
static void
body_name(XCtx* x, const XSource* src, const XSeriesHit* hit, XSeries* out)
{
  const char* s = x->doc.text;
  const size_t lo = hit->b > 200u ? hit->b - 200u : 0u;
  size_t nb = 0;
  XSpan noun = { 0, 0 };
  if (!body_before(s, lo, hit->b, false, &noun, &nb)) {
    return;
  }
  XSpan spans[3 + 64];
  const size_t k =
    xplace_headline_spans(x, src, spans, sizeof spans / sizeof spans[0]);
  XSpan got = { 0, 0 };
  bool found = false;
  for (size_t i = 0; !found && i < k; ++i) {
    found = spans[i].e > spans[i].b &&
            body_in(s, spans[i].b, spans[i].e, hit, &noun, &got);
  }
  for (size_t i = 0; !found && i < x->doc.n_sents; ++i) {
    found =
      body_in(s, x->doc.sents[i].clip_b, x->doc.sents[i].e, hit, &noun, &got);
  }
  if (found) {
    out->name = dkg_strndup(s + got.b, got.e - got.b);
    out->span = got;
  }
}

static bool
find_participants(XCtx* x,
                  const XSource* src,
                  XSeriesHit* hit,
                  XSeries* out,
                  char** words,
                  XSpan* wspan)
{
  bool named = x->has_event && xseries_find_x(x,
                                              x->doc.sents[x->event].clip_b,
                                              x->doc.sents[x->event].e,
                                              hit);
  /* three or more participants where the text says so ("South Korea,
     Japan and China will hold a trilateral meeting") */
  const size_t from = x->has_event ? x->event : 0;
  for (size_t k = 0; !named && k < x->doc.n_sents && !x->n_cc; ++k) {
    const size_t i = (from + k) % x->doc.n_sents;
    list_in(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, &out->pair_span);
  }
  if (!named && !x->n_cc) {
    lede_list(x, &out->pair_span);
  }
  if (x->n_cc) {
    return false;
  }
  /* the title's name ("Joint Statement on the Inaugural U.S.-Dutch Cyber
     Dialogue"), then the meeting sentence's own words */
  if (!named && src->title) {
    named = xseries_find_x(x, src->title_span.b, src->title_span.e, hit);
  }
  if (!named && (*words = event_series_words(x, out, wspan)) != NULL) {
    return false;
  }
  const bool early = named;
  for (size_t i = 0; !named && i < x->doc.n_sents; ++i) {
    named = xseries_find_x(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, hit);
  }
  /* a name found in a later sentence gives way to the meeting's own name
     in a heading ("10th Joint session of the African Union Commission and
     the European Commission" over "An AU-EU Digital Economy Task Force
     shall ...") */
  if (named && !early) {
    out->name = title_session_name(x, src, out);
  }
  if (!named && src->title) {
    named = xseries_find_x(x, src->title_span.b, src->title_span.e, hit);
  }
  /* the HTML headings and the header lines, when the title is another
     line ("Skip to content") */
  if (!named && x->doc.h1.e > x->doc.h1.b) {
    named = xseries_find_x(x, x->doc.h1.b, x->doc.h1.e, hit);
  }
  if (!named && x->doc.h2.e > x->doc.h2.b) {
    named = xseries_find_x(x, x->doc.h2.b, x->doc.h2.e, hit);
  }
  for (size_t i = 0; !named && i < x->doc.n_head; ++i) {
    named = xseries_find_x(x, x->doc.head[i].b, x->doc.head[i].e, hit);
  }
  if (named) {
    if (!out->name) {
      body_name(x, src, hit, out);
    }
    longest_series(x, hit);
    capital_writing(x, src, hit);
    x->cc[0] = hit->cc[0];
    x->cc[1] = hit->cc[1];
    x->n_cc = 2;
    for (size_t m = 0; m < hit->n_more; ++m) {
      x->cc[x->n_cc++] = hit->more[m];
    }
    if (!out->name && hit->quote_e) {
      out->span.b = hit->quote_b;
      out->span.e = hit->quote_e;
    } else if (!out->name) {
      out->span.b = hit->b;
      out->span.e = hit->e;
    }
    out->pair_span.b = hit->b;
    out->pair_span.e = hit->desc_b;
  } else {
    /* "X and Y" from the meeting sentence on; else two capitals that
       stand for them */
    bool (*const finders[])(XCtx*, size_t, size_t, const char* [2], XSpan*) = {
      pair_in, capital_pair_in
    };
    for (size_t f = 0; f < 2u && !x->n_cc; ++f) {
      for (size_t k = 0; k < x->doc.n_sents && !x->n_cc; ++k) {
        const size_t i = (from + k) % x->doc.n_sents;
        if (finders[f](x,
                       x->doc.sents[i].clip_b,
                       x->doc.sents[i].e,
                       x->cc,
                       &out->pair_span)) {
          x->n_cc = 2;
        }
      }
    }
  }
  return named;
}

/* A proper name of the meetings without the participants' names, given
   as the series whose session it is: "the eighth session of the
   director-general-level Cyber Cooperation Working Group", "the third
   round of the Cyber Policy Consultations": an ordinal, "session",
   "round" or "meeting", "of" (and "the"), up to two lower-case words, then
   capitalized words (joiners "on", "and", "for", "of" between) up to a
   head noun, and those after it ("Working Group on Cyber Security").  Sets
   `*span` and returns true; a name that starts with a participant is not one
   (series_at reads it). */
static bool
session_name_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    if (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) {
      continue;
    }
    size_t w = xlex_word_len(s + i, e - i);
    if (!w || xlex_ordinal(s + i, w) <= 0) {
      continue;
    }
    size_t k = i + w;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    w = xlex_word_len(s + k, e - k);
    if (!(xlex_eq(s + k, w, "session") || xlex_eq(s + k, w, "round") ||
          xlex_eq(s + k, w, "meeting"))) {
      continue;
    }
    k += w;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    /* "of the ...", "on the ..." ("the inaugural meeting on Comprehensive
       Dialogue on Technology and Data") */
    if (!xlex_starts(s + k, e - k, "of") && !xlex_starts(s + k, e - k, "on")) {
      continue;
    }
    k += 2u;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    if (xlex_starts(s + k, e - k, "the")) {
      k += 3u;
    }
    for (int lower = 0; lower < 3; ++lower) {
      while (k < e && s[k] == ' ') {
        ++k;
      }
      w = xlex_word_len(s + k, e - k);
      if (!w || !(s[k] >= 'a' && s[k] <= 'z') || lower == 2) {
        break;
      }
      k += w;
    }
    XCountryHit h;
    if (k >= e || !xlex_is_upper((unsigned char)s[k]) ||
        xlex_party_at(x->reg, s, s + k, e - k, &h)) {
      continue;
    }
    const size_t start = k;
    size_t end = 0;
    for (int words = 0; words < 12 && k < e; ++words) {
      while (k < e && s[k] == ' ') {
        ++k;
      }
      w = xlex_word_len(s + k, e - k);
      if (!w) {
        break;
      }
      const bool cap = xlex_is_upper((unsigned char)s[k]);
      const bool joiner = xlex_eq(s + k, w, "on") || xlex_eq(s + k, w, "and") ||
                          xlex_eq(s + k, w, "for") || xlex_eq(s + k, w, "of");
      if (!cap && !joiner) {
        break;
      }
      if (cap && (end || head_noun(s + k, w))) {
        end = k + w; /* "Working Group on Cyber Security" */
      }
      k += w;
    }
    if (end) {
      span->b = start;
      span->e = end;
      return true;
    }
  }
  return false;
}

/* Whether the descriptor `desc` (at `at` in the text) is in lower case,
   the text never writes its words capitalized ("Cyber Dialogue" of a
   headline), and it names the first meeting ("their first cyber
   dialogue", "the first bilateral cyber dialogue", "the inaugural cyber
   policy talks"). */
static bool
first_lower_only(XCtx* x, const char* desc, size_t at)
{
  if (!desc || !(desc[0] >= 'a' && desc[0] <= 'z')) {
    return false;
  }
  const char* s = x->doc.text;
  size_t q = at;
  int ord = 0;
  for (int words = 0; words < 2 && !ord; ++words) {
    while (q > 0 && s[q - 1u] == ' ') {
      --q;
    }
    size_t w = q;
    while (w > 0 && xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    if (w == q) {
      return false;
    }
    ord = xlex_ordinal(s + w, q - w);
    if (!ord && !xlex_eq(s + w, q - w, "bilateral")) {
      return false;
    }
    q = w;
  }
  if (ord != 1) {
    return false;
  }
  /* the words capitalized anywhere in the text */
  char* cap = strdup(desc);
  if (!cap) {
    return false;
  }
  bool start = true;
  for (char* c = cap; *c; ++c) {
    if (start && *c >= 'a' && *c <= 'z') {
      const size_t w = xlex_word_len(c, strlen(c));
      if (!(xlex_eq(c, w, "on") || xlex_eq(c, w, "and") ||
            xlex_eq(c, w, "for") || xlex_eq(c, w, "of"))) {
        *c = (char)(*c - 'a' + 'A');
      }
    }
    start = *c == ' ';
  }
  const bool written = strstr(s, cap) != NULL;
  free(cap);
  return !written;
}

/* The series of a text that names none with its participants: a name
   of the session's series (session_name_in), else the registry's one
   series of the pair, else a name made of the countries and the text's
   words. */
/* Whether `desc` at `at` is a description in lower case ("Expanded
   planned consultations", "cyber consultations"; a capital only where the
   clause starts) with no ordinal before it, and the text never writes it
   capitalized: no name of a series. */
static bool
lower_description(XCtx* x, const char* desc, size_t at)
{
  if (!desc || !strchr(desc, ' ')) {
    return false;
  }
  bool lower = desc[0] >= 'a' && desc[0] <= 'z';
  for (const char* c = strchr(desc, ' '); !lower && c; c = strchr(c + 1, ' ')) {
    const size_t w = xlex_word_len(c + 1, strlen(c + 1));
    lower = c[1] >= 'a' && c[1] <= 'z' &&
            !(xlex_eq(c + 1, w, "on") || xlex_eq(c + 1, w, "and") ||
              xlex_eq(c + 1, w, "for") || xlex_eq(c + 1, w, "of"));
  }
  if (!lower) {
    return false;
  }
  const char* s = x->doc.text;
  size_t q = at;
  for (int words = 0; words < 6; ++words) {
    while (q > 0 && s[q - 1u] == ' ') {
      --q;
    }
    size_t w = q;
    while (w > 0 && xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    if (w == q) {
      break;
    }
    if (xlex_ordinal(s + w, q - w) > 0 || xlex_eq(s + w, q - w, "round")) {
      return false;
    }
    q = w;
  }
  char* cap = strdup(desc);
  if (!cap) {
    return false;
  }
  bool start = true;
  for (char* c = cap; *c; ++c) {
    if (start && *c >= 'a' && *c <= 'z') {
      const size_t w = xlex_word_len(c, strlen(c));
      if (!(xlex_eq(c, w, "on") || xlex_eq(c, w, "and") ||
            xlex_eq(c, w, "for") || xlex_eq(c, w, "of"))) {
        *c = (char)(*c - 'a' + 'A');
      }
    }
    start = *c == ' ';
  }
  const bool written = strstr(s, cap) != NULL;
  free(cap);
  return !written;
}

/* The capitalized name of a body after "the" in s[b, e), two words or
   more up to a body's head noun, its first word no participant and no
   ordinal ("The Quad Senior Cyber Group Principals ... met"): true with its
   span. */
static bool
group_name_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  static const char* const nouns[] = { "Group",      "Committee", "Forum",
                                       "Commission", "Force",     NULL };
  const char* s = x->doc.text;
  for (size_t i = b; i + 4u < e; ++i) {
    if (!xlex_starts(s + i, e - i, "the") ||
        (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        s[i + 3u] != ' ') {
      continue;
    }
    /* the subject, at the start of the sentence or of a clause ("On 5
       May, the ... Group met"), not a place ("in the ... Committee
       Office") */
    size_t pb = i;
    while (pb > b && s[pb - 1u] == ' ') {
      --pb;
    }
    if (pb > b && s[pb - 1u] != ',') {
      continue;
    }
    size_t k = i + 4u;
    const size_t start = k;
    XCountryHit h;
    size_t w = xlex_word_len(s + k, e - k);
    if (!w || !xlex_is_upper((unsigned char)s[k]) || xlex_ordinal(s + k, w) ||
        xlex_party_at(x->reg, s, s + k, e - k, &h)) {
      continue;
    }
    for (int words = 0; words < 8 && k < e; ++words) {
      w = xlex_word_len(s + k, e - k);
      if (!w || !xlex_is_upper((unsigned char)s[k])) {
        break;
      }
      bool noun = false;
      for (size_t n = 0; nouns[n] && !noun; ++n) {
        noun = strlen(nouns[n]) == w && !strncmp(s + k, nouns[n], w);
      }
      /* not an agency's or a venue's name ("the ... Committee Office") */
      const size_t nx = k + w + 1u;
      if (noun && nx < e && s[k + w] == ' ' &&
          xlex_org_word(s + nx, xlex_word_len(s + nx, e - nx))) {
        break;
      }
      if (noun && words) {
        span->b = start;
        span->e = k + w;
        return true;
      }
      k += w;
      if (k + 1u >= e || s[k] != ' ') {
        break;
      }
      ++k;
    }
  }
  return false;
}

/* A capitalized name up to its head noun, then "between" and the
   participants, every one of the record's and no other ("First Cyber
   Dialogue between Japan, PRC, and ROK", "the Annual Consultations between
   Chile and Kenya"): the name through the last participant, in `*span`
   (an ordinal, "the", "a" before the name left out). */
static bool
between_name_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  const char* s = x->doc.text;
  for (size_t at = b; at + 9u < e; ++at) {
    if (strncmp(s + at, " between ", 9u) != 0) {
      continue;
    }
    /* the head noun before "between", and the capitalized words before it */
    size_t nb = at;
    while (nb > b && xlex_is_word_char((unsigned char)s[nb - 1u])) {
      --nb;
    }
    if (!head_noun(s + nb, at - nb)) {
      continue;
    }
    size_t name_b = nb;
    while (name_b >= b + 2u && s[name_b - 1u] == ' ') {
      size_t pb = name_b - 1u;
      while (pb > b && (xlex_is_word_char((unsigned char)s[pb - 1u]) ||
                        s[pb - 1u] == '-')) {
        --pb;
      }
      const size_t w = name_b - 1u - pb;
      if (!w || !xlex_is_upper((unsigned char)s[pb]) ||
          xlex_ordinal(s + pb, w) || xlex_eq(s + pb, w, "the") ||
          xlex_eq(s + pb, w, "a") || xlex_eq(s + pb, w, "an")) {
        break;
      }
      name_b = pb;
    }
    /* the participants: "X and Y", "X, Y, and Z" (each with "the") */
    const char* got[XMAX_PARTIES];
    size_t n = 0, last_e = 0;
    bool all = party_list_at(x, at + 9u, e, got, XMAX_PARTIES, &n, &last_e) &&
               n == x->n_cc && n >= 2u;
    for (size_t m = 0; all && m < n; ++m) {
      size_t c = 0;
      while (c < x->n_cc && strcmp(x->cc[c], got[m]) != 0) {
        ++c;
      }
      all = c < x->n_cc;
    }
    if (all) {
      span->b = name_b;
      span->e = last_e;
      return true;
    }
  }
  return false;
}

/* "The 2nd ASEAN Digital Ministers (ADGMIN) meeting with India": after an
   ordinal, capitalized words that start with one participant, an acronym
   in brackets, then "meeting with" and the other participant - the name
   "ASEAN Digital Ministers meeting with India" (the acronym left out),
   malloc'd, its span in `*span`; else NULL. */
static char*
meeting_with_name(XCtx* x, size_t b, size_t e, XSpan* span)
{
  if (x->n_cc != 2u) {
    return NULL;
  }
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    if ((i > b && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        !xlex_is_word_char((unsigned char)s[i])) {
      continue;
    }
    const size_t ow = xlex_word_len(s + i, e - i);
    if (xlex_ordinal(s + i, ow) <= 0) {
      i += ow ? ow - 1u : 0u;
      continue;
    }
    size_t k = i + ow;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    XCountryHit h;
    if (k >= e || !xlex_is_upper((unsigned char)s[k]) ||
        !xlex_party_at(x->reg, s, s + k, e - k, &h) || h.possessive) {
      continue;
    }
    const char* first = h.cc;
    const size_t name_b = k;
    size_t name_e = k + h.len, acr_e = 0;
    k = name_e;
    /* capitalized words, then "(ACRONYM)" */
    for (int words = 0; words < 6 && k + 1u < e && s[k] == ' '; ++words) {
      const size_t w = xlex_word_len(s + k + 1u, e - k - 1u);
      if (!w || !xlex_is_upper((unsigned char)s[k + 1u])) {
        break;
      }
      k += 1u + w;
      name_e = k;
    }
    if (k + 2u < e && s[k] == ' ' && s[k + 1u] == '(') {
      const char* close = memchr(s + k + 2u, ')', e - k - 2u);
      if (close && (size_t)(close - s) - k < 14u) {
        acr_e = (size_t)(close - s) + 1u;
        k = acr_e;
      }
    }
    if (name_e == name_b + h.len ||
        !xlex_starts(s + k, e - k, " meeting with ")) {
      continue;
    }
    const size_t with_e = k + 14u;
    if (!xlex_party_at(x->reg, s, s + with_e, e - with_e, &h) || h.possessive ||
        h.adjective || !strcmp(h.cc, first) || !same_pair(x->cc, first, h.cc)) {
      continue;
    }
    const size_t tail = acr_e ? acr_e : name_e, end = with_e + h.len;
    char* name = malloc(name_e - name_b + end - tail + 1u);
    if (!name) {
      return NULL;
    }
    memcpy(name, s + name_b, name_e - name_b);
    memcpy(name + (name_e - name_b), s + tail, end - tail);
    name[name_e - name_b + end - tail] = '\0';
    span->b = name_b;
    span->e = end;
    return name;
  }
  return NULL;
}

/* Whether the words `d` end in the bare noun `bare` ("France-U.S. cyber
   dialogue" and "dialogue"; "Consultations" and "consultation"): the
   other sentence names the same kind of meeting, not another body ("the
   Atlantic Council" for "consultations"). */
static bool
same_head(const char* d, const char* bare)
{
  const char* last = strrchr(d, ' ');
  last = last ? last + 1 : d;
  size_t a = strlen(last), n = strlen(bare);
  if (a && (last[a - 1u] == 's' || last[a - 1u] == 'S')) {
    --a;
  }
  if (n && (bare[n - 1u] == 's' || bare[n - 1u] == 'S')) {
    --n;
  }
  return a == n && !strncasecmp(last, bare, n);
}

static void
unnamed_series(XCtx* x, const XSource* src, XSeries* out)
{
  const size_t sent = x->has_event ? x->event : 0;
  for (size_t k = 0; x->n_cc == 2u && k < x->doc.n_sents; ++k) {
    const size_t i = (sent + k) % x->doc.n_sents;
    XSpan sp;
    if (session_name_in(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, &sp)) {
      char* name = xctx_copy(x, sp.b, sp.e);
      const DkgConcept* c =
        name ? dkg_registry_series(x->reg, name, strlen(name)) : NULL;
      out->name = c ? strdup(c->label) : name;
      if (c) {
        free(name);
      }
      out->span = sp;
      xctx_warn(x,
                i,
                "the series name \"%s\" names no participants; kept as "
                "written",
                out->name ? out->name : "");
      return;
    }
  }
  const char* known = x->n_cc == 2u ? registry_series_of(x) : NULL;
  if (known) {
    out->name = strdup(known);
    out->span = out->pair_span;
    xctx_warn(x,
              sent,
              "the text does not name the series; \"%s\" is the one series "
              "of these two countries in data/series.json",
              known);
    return;
  }
  /* "First Cyber Dialogue between Japan, PRC, and ROK": the name of the
     title, a heading or a sentence, as written */
  XSpan spans[3 + 64];
  const size_t n_heads =
    xplace_headline_spans(x, src, spans, sizeof spans / sizeof spans[0]);
  for (size_t i = 0; i < n_heads + x->doc.n_sents; ++i) {
    const XSpan in = i < n_heads ? spans[i]
                                 : (XSpan){ x->doc.sents[i - n_heads].clip_b,
                                            x->doc.sents[i - n_heads].e };
    XSpan sp;
    if (in.e > in.b && between_name_in(x, in.b, in.e, &sp)) {
      out->name = xctx_copy(x, sp.b, sp.e);
      out->span = sp;
      const size_t at = xctx_sentence_at(x, sp.b);
      xctx_warn(x,
                at != (size_t)-1 ? at : sent,
                "the series name \"%s\" names its participants after "
                "\"between\"; kept as written",
                out->name ? out->name : "");
      return;
    }
  }
  char* with =
    x->has_event
      ? meeting_with_name(
          x, x->doc.sents[sent].clip_b, x->doc.sents[sent].e, &out->span)
      : NULL;
  if (with) {
    out->name = with;
    xctx_warn(x,
              sent,
              "the series name \"%s\" is a body's meeting with the other "
              "participant; kept as written",
              with);
    return;
  }
  XSpan dspan = { 0, 0 };
  if (x->n_cc > 2u && x->has_event &&
      group_name_in(
        x, x->doc.sents[sent].clip_b, x->doc.sents[sent].e, &dspan)) {
    /* "The Quad Senior Cyber Group ... met": the group's own name, as
       written */
    out->name = xctx_copy(x, dspan.b, dspan.e);
    out->span = dspan;
    xctx_warn(x,
              sent,
              "the series name \"%s\" names no participants; kept as written",
              out->name ? out->name : "");
    return;
  }
  char* desc = x->has_event
                 ? descriptor_in(
                     x, x->doc.sents[sent].clip_b, x->doc.sents[sent].e, &dspan)
                 : NULL;
  /* bare "talks" ("will hold talks this week", "held bilateral talks"):
     talks, not a named series - none */
  if (desc && xlex_eq(desc, strlen(desc), "talks")) {
    free(desc);
    xctx_warn(x, sent, "the meeting sentence says only \"talks\": no series");
    return;
  }
  /* a bare "dialogue" in the meeting sentence: the words of another
     sentence that names the series ("builds on the inaugural France-U.S.
     cyber dialogue") */
  for (size_t i = 0; desc && !strchr(desc, ' ') && i < x->doc.n_sents; ++i) {
    XSpan sp = { 0, 0 };
    char* d = descriptor_in(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, &sp);
    if (d && strchr(d, ' ') && same_head(d, desc)) {
      free(desc);
      desc = d;
      dspan = sp;
    } else {
      free(d);
    }
  }
  /* three or more participants: the series' words may stand in another
     sentence ("the third round of the Cyber Policy Consultation") */
  for (size_t i = 0; x->n_cc > 2u && !desc && i < x->doc.n_sents; ++i) {
    desc = descriptor_in(x, x->doc.sents[i].clip_b, x->doc.sents[i].e, &dspan);
  }
  /* ... where bare "talks" ("to hold talks on cyberspace cooperation")
     is no series either */
  if (desc && xlex_eq(desc, strlen(desc), "talks")) {
    free(desc);
    xctx_warn(x, sent, "the text says only \"talks\": no series");
    return;
  }
  /* a bare noun of a meeting of two ("will hold consultations", "their
     sixth meeting"), with no words of a name in any sentence: no series
     (as bare "talks") */
  if (x->n_cc == 2u && desc && !strchr(desc, ' ')) {
    xctx_warn(x, sent, "the text says only \"%s\": no series", desc);
    free(desc);
    return;
  }
  if (x->n_cc > 2u && desc && xlex_is_upper((unsigned char)desc[0])) {
    /* "the Cyber Policy Consultation" of three countries: the name as the
       text gives it */
    out->name = desc;
    out->span = dspan;
    const size_t at = xctx_sentence_at(x, dspan.b);
    xctx_warn(x,
              at != (size_t)-1 ? at : sent,
              "the series name \"%s\" names no participants; kept as written",
              desc);
    return;
  }
  if (desc && own_name(x, desc, dspan.b)) {
    /* "during the first Digital Partnership Council": the proper name of
       a body that meets, which the text does not join to the
       participants - as written (a dialogue's words are joined: "the
       third Cyber Dialogue" of Japan and X is the "Japan-X Cyber
       Dialogue") */
    const DkgConcept* c = dkg_registry_series(x->reg, desc, strlen(desc));
    out->name = c ? strdup(c->label) : desc;
    if (c) {
      free(desc);
    }
    out->span = dspan;
    const size_t at = xctx_sentence_at(x, dspan.b);
    xctx_warn(x,
              at != (size_t)-1 ? at : sent,
              "the series name \"%s\" names no participants; kept as written",
              out->name ? out->name : "");
    return;
  }
  if (!desc) {
    /* no words of a series at all ("the technical meeting"): none */
    xctx_warn(x,
              sent,
              "the text names no series and gives no words of one: no "
              "series");
    return;
  }
  if (first_lower_only(x, desc, dspan.b)) {
    /* "held their first cyber dialogue": a first meeting the text names
       only in lower case has no name of a series yet */
    xctx_warn(x,
              sent,
              "the text calls its first meeting \"%s\" only in lower case: "
              "no series",
              desc);
    free(desc);
    return;
  }
  if (lower_description(x, desc, dspan.b)) {
    xctx_warn(x,
              sent,
              "the text describes the meeting as \"%s\" only in lower case, "
              "with no round: no series",
              desc);
    free(desc);
    return;
  }
  out->name = make_series_name(x, desc);
  out->span = dspan;
  xctx_warn(x,
            sent,
            "the text does not name the series; named it \"%s\" after "
            "the participants and the words of the text",
            out->name ? out->name : "");
  free(desc);
}

/* The series name of `hit` as written, without the acronyms in
   parentheses after its participants ("Republic of Korea (ROK)-European
   Union (EU) Cyber Policy Consultation" -> "Republic of Korea-European
   Union Cyber Policy Consultation"); an acronym inside the descriptor
   stays ("... Technology (ICT) Working Group"). */
static char*
party_words_of(const char* s, const XSeriesHit* hit)
{
  char* out = (char*)malloc(hit->e - hit->b + 1u);
  if (!out) {
    return NULL;
  }
  size_t n = 0;
  for (size_t i = hit->b; i < hit->e; ++i) {
    if (i < hit->desc_b && s[i] == ' ' && i + 1u < hit->desc_b &&
        s[i + 1u] == '(') {
      size_t r = i + 2u;
      while (r < hit->desc_b && xlex_is_upper((unsigned char)s[r])) {
        ++r;
      }
      if (r < hit->desc_b && s[r] == ')') {
        i = r;
        continue;
      }
    }
    out[n++] = s[i];
  }
  out[n] = '\0';
  return out;
}

/* Whether the capitalized series words `words` at `wspan` go on with
   "between" and every participant ("the Strategic Partnership Dialogue
   between Ukraine and the United Kingdom"): the whole name in `*span`. */
static bool
between_after(XCtx* x, const char* words, XSpan wspan, XSpan* span)
{
  const size_t i = xctx_sentence_at(x, wspan.b);
  if (i == (size_t)-1 || !capitalized(words)) {
    return false;
  }
  const char* s = x->doc.text;
  const size_t e = x->doc.sents[i].e;
  XSpan sp = { 0, 0 };
  if (wspan.e + 9u >= e || strncmp(s + wspan.e, " between ", 9u) != 0 ||
      !between_name_in(x, wspan.b, e, &sp) || sp.b != wspan.b) {
    return false;
  }
  *span = sp;
  return true;
}

bool
xseries_extract(XCtx* x, const XSource* src, XSeries* out)
{
  memset(out, 0, sizeof(*out));
  XSeriesHit hit;
  char* words = NULL;
  XSpan wspan = { 0, 0 };
  const bool named = find_participants(x, src, &hit, out, &words, &wspan);
  if (x->n_cc < 2u) {
    free(words);
    return false;
  }
  for (size_t i = 0; i < x->n_cc; ++i) {
    x->del[i].cc = x->cc[i];
  }
  if (words && own_name(x, words, wspan.b)) {
    /* "X and Y held the first Consultation on Security Issues": its own
       name, as written */
    const DkgConcept* c = dkg_registry_series(x->reg, words, strlen(words));
    out->name = c ? strdup(c->label) : words;
    if (c) {
      free(words);
    }
    out->span = wspan;
    xctx_warn(x,
              x->event,
              "the series name \"%s\" names no participants; kept as written",
              out->name ? out->name : "");
    return true;
  }
  XSpan between = { 0, 0 };
  if (words && between_after(x, words, wspan, &between)) {
    /* "the Strategic Partnership Dialogue between Ukraine and the United
       Kingdom": the name with its participants after "between", as
       written */
    free(words);
    out->name = xctx_copy(x, between.b, between.e);
    out->span = between;
    xctx_warn(x,
              x->event,
              "the series name \"%s\" names its participants after "
              "\"between\"; kept as written",
              out->name ? out->name : "");
    return true;
  }
  if (words) {
    /* "X and Y held their sixth Cyber Dialogue": the registry's series of
       those words, else the name made of the participants and them */
    char* made = make_series_name(x, words);
    XSeriesHit h;
    const char* known =
      made && series_at(x->reg, made, made, 0, strlen(made), &h)
        ? registry_series(x, made, &h)
        : NULL;
    out->name = known ? strdup(known) : made;
    if (known) {
      free(made);
    }
    out->span = wspan;
    xctx_warn(x,
              x->event,
              "the meeting sentence names the series \"%s\" without "
              "joining the participants; written \"%s\"",
              words,
              out->name ? out->name : "");
    free(words);
    return true;
  }
  if (named && out->name) {
    xctx_warn(x,
              x->has_event ? x->event : 0,
              "a heading names the meeting \"%s\"; kept as written",
              out->name);
    return true;
  }
  if (!named) {
    unnamed_series(x, src, out);
    return true;
  }
  const char* s = x->doc.text;
  if (hit.quote_e) {
    /* the body's name in quotes, as written */
    char* quoted = dkg_strndup(s + hit.quote_b, hit.quote_e - hit.quote_b);
    const DkgConcept* c =
      quoted ? dkg_registry_series(x->reg, quoted, strlen(quoted)) : NULL;
    out->name = c ? strdup(c->label) : quoted;
    if (c) {
      free(quoted);
    }
    return true;
  }
  char* written = party_words_of(s, &hit);
  const char* known = written ? registry_series(x, written, &hit) : NULL;
  if (written && !known) {
    /* a series of the user's overlay, by one of its names */
    const DkgConcept* c = dkg_registry_series(x->reg, written, strlen(written));
    known = c ? c->label : NULL;
  }
  out->name = known ? strdup(known) : written;
  if (known) {
    free(written);
  }
  return true;
}
