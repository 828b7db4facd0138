/* extract: the place of the meeting, from its sentence: a video
   conference, "in" a known city or country, "here" in a news item (the
   dateline's city), "at" an agency (its country), else an unknown
   capitalized place without a country. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>

static void
set_place(XPlace* out, char* name, const char* cc, size_t b, size_t e)
{
  out->name = name;
  out->cc = cc;
  out->span.b = b;
  out->span.e = e;
}

/* The name an XPlace has for a meeting by video: never a location. */
static const char virtual_name[] = "video conference";

bool
xplace_virtual(const XPlace* p)
{
  return p->name && !strcmp(p->name, virtual_name);
}

/* The word that ends just before `at` (after spaces): its start in `*wb`,
   its length returned (0 when none at or after `b`). */
static size_t
word_before(const char* s, size_t b, size_t at, size_t* wb)
{
  size_t q = at;
  while (q > b && s[q - 1u] == ' ') {
    --q;
  }
  size_t w = q;
  while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  *wb = w;
  return q - w;
}

static bool
word_in(const char* s, size_t n, const char* const* list)
{
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_eq(s, n, list[i])) {
      return true;
    }
  }
  return false;
}

/* The nouns of a meeting or another event. */
static const char* const event_nouns[] = {
  "meeting",       "meetings",     "session",    "sessions",    "round",
  "rounds",        "dialogue",     "dialogues",  "dialog",      "talks",
  "consultations", "consultation", "summit",     "conference",  "visit",
  "format",        "forum",        "discussion", "discussions", "group",
  "council",       "committee",    "commission", NULL
};

/* Whether `at` stands in a which-clause (", which ...", ", where ...", up
   to the next comma) on something other than a meeting ("the Canada-EU
   Digital Partnership, which was concluded at the ... Summit held in
   Canada"): the word before the comma is no meeting noun ("The sixth
   India-UK Cyber Dialogue, which was held in New Delhi" is the meeting's
   place). */
static bool
other_which(const char* s, size_t b, size_t at)
{
  for (size_t i = at; i > b; --i) {
    const char c = s[i - 1u];
    if (c == ';' || c == ':' || c == '(' || c == ')') {
      return false;
    }
    if (c != ',') {
      continue;
    }
    size_t k = i;
    while (k < at && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, at - k);
    if (!(xlex_eq(s + k, w, "which") || xlex_eq(s + k, w, "where"))) {
      return false; /* the comma of another clause */
    }
    size_t wb = 0;
    const size_t pw = word_before(s, b, i - 1u, &wb);
    return pw && !word_in(s + wb, pw, event_nouns);
  }
  return false;
}

/* Whether the place at `at` of the sentence s[b, e) stands in a phrase
   about another event, not the meeting: after "following", "after",
   "since", "ahead of", "before", "builds on" (up to a comma or semicolon;
   a which-clause describes the same event) an event noun with words that
   make it another ("the first round", "the 6th session", "the previous
   meeting", "the allies held their ... meeting") or a summit or visit -
   but not "after the meeting", "following their virtual meeting". */
static bool
another_event(const char* s, size_t b, size_t at)
{
  size_t from = b;
  for (size_t i = at; i > b; --i) {
    const char c = s[i - 1u];
    if (c == ';' || c == ':' || c == '(' || c == ')') {
      from = i;
      break;
    }
    if (c == ',') {
      size_t k = i;
      while (k < at && s[k] == ' ') {
        ++k;
      }
      const size_t w = xlex_word_len(s + k, at - k);
      if (!(xlex_eq(s + k, w, "which") || xlex_eq(s + k, w, "where") ||
            xlex_eq(s + k, w, "when"))) {
        from = i;
        break;
      }
    }
  }
  if (other_which(s, from, at)) {
    return true;
  }
  static const char* const earlier[] = {
    "previous", "last", "earlier", "prior",    "preceding", "past", "latest",
    "held",     "met",  "hosted",  "convened", "had",       NULL
  };
  static const char* const triggers[] = {
    "following", "after",       "since",    "ahead of",  "before",
    "builds on", "building on", "built on", "preceding", NULL
  };
  for (size_t t = 0; triggers[t]; ++t) {
    const size_t f = xlex_find(s + from, at - from, triggers[t]);
    if (f == (size_t)-1) {
      continue;
    }
    size_t k = from + f + strlen(triggers[t]);
    bool own = false; /* words that make it another event */
    for (size_t words = 0; k < at && words < 12u; ++words) {
      while (k < at && s[k] == ' ') {
        ++k;
      }
      const size_t w = xlex_word_len(s + k, at - k);
      if (!w) {
        break;
      }
      own = own || xlex_ordinal(s + k, w) > 0 || word_in(s + k, w, earlier);
      if (word_in(s + k, w, event_nouns)) {
        /* "after a two-day meeting", "following their virtual meeting"
           are the meeting itself; a summit or a visit never is */
        if (own || xlex_eq(s + k, w, "summit") || xlex_eq(s + k, w, "visit")) {
          return true;
        }
        break;
      }
      k += w;
      while (k < at && s[k] != ' ' && !xlex_is_word_char((unsigned char)s[k])) {
        ++k;
      }
    }
  }
  return false;
}

/* Whether the country at `at` stands in a topic phrase: after a verb of
   discussing in the same clause ("discussed the situation in Ukraine"). */
static bool
in_topic(const char* s, size_t b, size_t at)
{
  size_t from = b;
  for (size_t i = at; i > b; --i) {
    if (s[i - 1u] == ';' || s[i - 1u] == ':') {
      from = i;
      break;
    }
  }
  static const char* const verbs[] = { "discussed",  "discussing",
                                       "to discuss", "exchanged views",
                                       "covered",    "agenda",
                                       "focused on", "reviewed",
                                       NULL };
  for (size_t i = 0; verbs[i]; ++i) {
    if (xlex_find(s + from, at - from, verbs[i]) != (size_t)-1) {
      return true;
    }
  }
  return false;
}

/* "by video conference", "a virtual dialogue"; "online" and "virtually"
   only of the meeting itself: next to a verb of meeting ("held online",
   "virtually hosted") or before a meeting noun ("an online meeting"), never
   of something else ("online platforms", "human rights online") nor in a
   phrase about another event ("following the 6th session held
   virtually"). */
static const char* const virt[] = { "video conference",
                                    "videoconference",
                                    "video-conference",
                                    "video link",
                                    "video call",
                                    "virtual format",
                                    "virtual dialogue",
                                    "virtual meeting",
                                    "virtual talks",
                                    "virtual session",
                                    "virtual consultations",
                                    "videoconferencing",
                                    "virtually",
                                    "online",
                                    NULL };

/* A video link from a place to another ("by means of video conference
   from the US Embassy in Bern to Washington"): the known city it starts
   from, s[*cb, *cb + *len) in country *cc; the text's side sat there. */
static bool
link_from(const char* s,
          size_t end,
          size_t e,
          size_t* cb,
          size_t* len,
          const char** cc)
{
  size_t q = end;
  while (q < e && s[q] == ' ') {
    ++q;
  }
  if (!xlex_starts(s + q, e - q, "from ")) {
    return false;
  }
  q += 5u;
  for (int words = 0; words < 8 && q < e; ++words) {
    while (q < e && s[q] == ' ') {
      ++q;
    }
    const size_t w = xlex_word_len(s + q, e - q);
    if (!w || xlex_eq(s + q, w, "to") || xlex_eq(s + q, w, "with")) {
      return false;
    }
    if (xlex_is_upper((unsigned char)s[q]) &&
        xlex_city_at(s + q, e - q, len, cc)) {
      *cb = q;
      return true;
    }
    q += w;
  }
  return false;
}

bool
xplace_hybrid(const XCtx* x, const XPlace* p)
{
  if (!p->name || xplace_virtual(p) || p->span.e <= p->span.b) {
    return false;
  }
  const char* text = x->doc.text;
  for (size_t i = 0; virt[i]; ++i) {
    if (xlex_starts(text + p->span.b, p->span.e - p->span.b, virt[i])) {
      return true;
    }
  }
  /* the place's sentence says so: "held ... in Paris (a hybrid
     meeting)", "in a hybrid format" */
  static const char* const after[] = { "meeting", "format", "mode",
                                       "session", "event",  NULL };
  const size_t at = xctx_sentence_at(x, p->span.b);
  if (at == (size_t)-1) {
    return false;
  }
  const size_t b = x->doc.sents[at].clip_b, e = x->doc.sents[at].e;
  for (size_t from = b; from < e;) {
    const size_t f = xlex_find(text + from, e - from, "hybrid ");
    if (f == (size_t)-1) {
      break;
    }
    const size_t k = from + f + 7u;
    const size_t w = xlex_word_len(text + k, e - k);
    if (word_in(text + k, w, after)) {
      return true;
    }
    from = k;
  }
  return false;
}

static bool
virtual_place(const char* s, size_t b, size_t e, XPlace* out)
{
  static const char* const verbs[] = {
    "held",    "hold",   "holding", "met",          "meet",
    "meeting", "place",  "convene", "convened",     "conducted",
    "conduct", "joined", "join",    "participated", "attended",
    "hosted",  "host",   "hosts",   "hosting",      NULL
  };
  for (size_t i = 0; virt[i]; ++i) {
    for (size_t from = b; from < e;) {
      const size_t f = xlex_find(s + from, e - from, virt[i]);
      if (f == (size_t)-1) {
        break;
      }
      const size_t at = from + f, end = at + strlen(virt[i]);
      from = end;
      const bool loose =
        !strcmp(virt[i], "online") || !strcmp(virt[i], "virtually");
      if (loose) {
        size_t wb = 0;
        const size_t pw = word_before(s, b, at, &wb);
        size_t k = end;
        while (k < e && s[k] == ' ') {
          ++k;
        }
        const size_t nw = xlex_word_len(s + k, e - k);
        if (!word_in(s + wb, pw, verbs) && !word_in(s + k, nw, event_nouns) &&
            !word_in(s + k, nw, verbs)) {
          continue;
        }
      }
      if (another_event(s, b, at)) {
        continue;
      }
      size_t cb = 0, len = 0;
      const char* cc = NULL;
      if (link_from(s, end, e, &cb, &len, &cc)) {
        /* partly by video, from a city: that city, attended hybrid
           (the span starts at the video words: xplace_hybrid) */
        set_place(out, dkg_strndup(s + cb, len), cc, at, cb + len);
        return true;
      }
      set_place(out, strdup(virtual_name), NULL, at, end);
      return true;
    }
  }
  return false;
}

/* An unknown capitalized place after "in" at `p` (not an agency, not a
   venue), or NULL. */
static char*
unknown_at(const char* s, size_t p, size_t e, size_t* end)
{
  size_t k = p;
  while (k < e && xlex_is_upper((unsigned char)s[k])) {
    k += xlex_word_len(s + k, e - k);
    if (k < e && s[k] == ' ' && k + 1u < e &&
        xlex_is_upper((unsigned char)s[k + 1u])) {
      ++k;
    }
  }
  char* cand = k > p ? dkg_strndup(s + p, k - p) : NULL;
  size_t vl = 0;
  const char* vn = NULL;
  if (cand && !xctx_agency_like(cand) &&
      !xlex_venue_at(cand, strlen(cand), &vl, &vn)) {
    *end = k;
    return cand;
  }
  free(cand);
  return NULL;
}

/* After "in " at `p`: "the capital", "the Brazilian capital", "the
   capital city", "the city of", "the capital of Brazil," - the offset of the
   city's name that follows, else 0. */
static size_t
capital_city(const char* s, size_t p, size_t e)
{
  if (!xlex_starts(s + p, e - p, "the")) {
    return 0;
  }
  size_t k = p + 3u;
  bool noun = false;
  for (int words = 0; words < 6 && k < e; ++words) {
    while (k < e && (s[k] == ' ' || s[k] == ',')) {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      return 0;
    }
    XCountryHit h;
    if (xlex_eq(s + k, w, "capital") || xlex_eq(s + k, w, "city")) {
      noun = true;
      k += w;
      continue;
    }
    if (!noun) {
      /* a country's adjective before "capital": "the Brazilian capital" */
      if (xlex_country_at(s + k, e - k, &h) && h.adjective) {
        k += h.len;
        continue;
      }
      /* a lower-case adjective before "city": "the coastal city of",
         "the southern port city of" */
      if (s[k] >= 'a' && s[k] <= 'z' && !xlex_eq(s + k, w, "of") &&
          !xlex_eq(s + k, w, "and")) {
        k += w;
        continue;
      }
      return 0;
    }
    if (xlex_eq(s + k, w, "of")) {
      /* "the city of Busan"; "the capital of Brazil, Brasilia" */
      k += w;
      while (k < e && s[k] == ' ') {
        ++k;
      }
      if (xlex_country_at(s + k, e - k, &h) && !h.adjective && k + h.len < e &&
          s[k + h.len] == ',') {
        k += h.len;
      }
      continue;
    }
    return xlex_is_upper((unsigned char)s[k]) ? k : 0;
  }
  return 0;
}

/* Whether the place that ends at `k` (in country `cc`) is the first of a
   list of places ("officials in Abuja, Ethiopia, Kenya and South Africa"):
   another city, or a country other than its own ("Tbilisi, Georgia" is
   one place), after a comma. Such a list says where something is spread,
   not where a meeting was. */
static bool
place_list(const char* s, size_t k, size_t e, const char* cc)
{
  if (k + 2u >= e || s[k] != ',' || s[k + 1u] != ' ') {
    return false;
  }
  k += 2u;
  size_t len = 0;
  const char* ncc = NULL;
  XCountryHit h;
  if (xlex_city_at(s + k, e - k, &len, &ncc)) {
    return true;
  }
  return xlex_country_at(s + k, e - k, &h) && !h.adjective && !h.possessive &&
         cc && strcmp(h.cc, cc) != 0;
}

/* The country of the city named s[p, k) after "in" at `i` when the text
   gives it: a country's adjective before ("the Israeli city of"), the
   country after (", Israel"), or a known city it is near (", north of Tel
   Aviv", "south of Hanoi"); else NULL. */
static const char*
city_country(const char* s, size_t i, size_t p, size_t k, size_t e)
{
  XCountryHit h;
  for (size_t a = i + 3u; a < p; ++a) {
    if (s[a - 1u] == ' ' && xlex_country_at(s + a, p - a, &h) && h.adjective) {
      return h.cc;
    }
  }
  if (k + 2u >= e || s[k] != ',' || s[k + 1u] != ' ') {
    return NULL;
  }
  k += 2u;
  if (xlex_country_at(s + k, e - k, &h) && !h.adjective && !h.possessive &&
      (k + h.len == e || !xlex_is_word_char((unsigned char)s[k + h.len]))) {
    return h.cc;
  }
  static const char* const sides[] = { "north",     "south",     "east",
                                       "west",      "northeast", "northwest",
                                       "southeast", "southwest", NULL };
  const size_t w = xlex_word_len(s + k, e - k);
  if (!word_in(s + k, w, sides) || !xlex_starts(s + k + w, e - k - w, " of ")) {
    return NULL;
  }
  k += w + 4u;
  size_t len = 0;
  const char* cc = NULL;
  return xlex_city_at(s + k, e - k, &len, &cc) ? cc : NULL;
}

/* "in Tokyo", "in Washington, D.C.", "in Japan": true for a known city or
   country; else the first unknown capitalized place in `*unknown`. */
static bool
in_place(const char* s, size_t b, size_t e, XPlace* out, XPlace* unknown)
{
  for (size_t i = b; i + 3u < e; ++i) {
    if (!(xlex_starts(s + i, e - i, "in") && (i == b || s[i - 1u] == ' ') &&
          s[i + 2u] == ' ')) {
      continue;
    }
    size_t p = i + 3u;
    if (another_event(s, b, i)) {
      continue;
    }
    /* "in the Brazilian capital Brasilia", "in the capital, Brasilia",
       "in the city of Busan": the city */
    size_t cap = capital_city(s, p, e);
    if (cap) {
      p = cap;
      size_t len = 0;
      const char* cc = NULL;
      if (xlex_city_at(s + p, e - p, &len, &cc)) {
        set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
        return true;
      }
      /* a city the lexicon does not know, that the text calls one ("in
         the coastal city of Herzliya, north of Tel Aviv") */
      size_t k = p;
      char* name = unknown->name ? NULL : unknown_at(s, p, e, &k);
      if (name) {
        set_place(unknown, name, city_country(s, i, p, k, e), p, k);
      }
      continue;
    }
    size_t len = 0;
    const char* cc = NULL;
    const bool city = xlex_city_at(s + p, e - p, &len, &cc);
    /* a capital, or a known city whose first letter is not ASCII
       ("in Łódź", "in Zürich") */
    if (!xlex_is_upper((unsigned char)s[p]) &&
        !(city && (unsigned char)s[p] >= 0xC0u)) {
      continue;
    }
    const size_t w = xlex_word_len(s + p, e - p);
    if (xlex_month(s + p, w) || xlex_weekday(s + p, w) >= 0) {
      continue;
    }
    if (city) {
      if (place_list(s, p + len, e, cc)) {
        continue;
      }
      set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
      return true;
    }
    XCountryHit h;
    if (xlex_country_at(s + p, e - p, &h) && !h.adjective && !h.possessive &&
        !in_topic(s, b, i)) {
      set_place(out, dkg_strndup(s + p, h.len), h.cc, p, p + h.len);
      return true;
    }
    size_t k = p;
    char* name = unknown->name ? NULL : unknown_at(s, p, e, &k);
    if (name) {
      /* "in Montreal, Canada": the country the text gives after it */
      const char* where = NULL;
      if (k + 2u < e && s[k] == ',' && s[k + 1u] == ' ' &&
          xlex_country_at(s + k + 2u, e - k - 2u, &h) && !h.adjective &&
          !h.possessive &&
          (k + 2u + h.len == e ||
           !xlex_is_word_char((unsigned char)s[k + 2u + h.len]))) {
        where = h.cc;
      }
      set_place(unknown, name, where, p, k);
    }
  }
  return false;
}

/* The end of the capitalized name at `p` ("U.S. State Department",
   "Ministry of Foreign Affairs"): joiners count before a capital. */
static size_t
name_end(const char* s, size_t p, size_t e)
{
  size_t k = p;
  for (;;) {
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      break;
    }
    const bool cap = xlex_is_upper((unsigned char)s[k]);
    const bool join = xlex_eq(s + k, w, "of") || xlex_eq(s + k, w, "for") ||
                      xlex_eq(s + k, w, "and");
    if (!cap && !join) {
      break;
    }
    size_t nk = k + w;
    while (nk < e && s[nk] == '.') {
      ++nk; /* "U.S." */
      nk += xlex_word_len(s + nk, e - nk);
    }
    if (cap) {
      k = nk;
    } else {
      /* a joiner counts only when a capital follows */
      if (nk + 1u < e && s[nk] == ' ' &&
          xlex_is_upper((unsigned char)s[nk + 1u])) {
        k = nk;
      } else {
        break;
      }
    }
    if (k < e && s[k] == ' ' && k + 1u < e &&
        (xlex_is_word_char((unsigned char)s[k + 1u]))) {
      const size_t w3 = xlex_word_len(s + k + 1u, e - k - 1u);
      if (xlex_is_upper((unsigned char)s[k + 1u]) ||
          xlex_eq(s + k + 1u, w3, "of") || xlex_eq(s + k + 1u, w3, "for") ||
          xlex_eq(s + k + 1u, w3, "and")) {
        ++k;
        continue;
      }
    }
    break;
  }
  return k;
}

/* "at the U.S. State Department": an agency (its country). */
static bool
at_place(XCtx* x, size_t b, size_t e, XPlace* out)
{
  const char* s = x->doc.text;
  const size_t at = xlex_find(s + b, e - b, "at the");
  if (at == (size_t)-1 || !xlex_is_upper((unsigned char)s[b + at + 7u]) ||
      another_event(s, b, b + at)) {
    return false;
  }
  const size_t p = b + at + 7u;
  const size_t k = name_end(s, p, e);
  if (k <= p) {
    return false;
  }
  char* name = dkg_strndup(s + p, k - p);
  xctx_trim(name);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = xctx_agency(x, NULL, name, &cc, &written);
  free(written);
  if (a || xctx_agency_like(name)) {
    set_place(out, name, a ? a->country : cc, p, p + strlen(name));
    return true;
  }
  free(name);
  return false;
}

size_t
xplace_headline_spans(const XCtx* x,
                      const XSource* src,
                      XSpan* spans,
                      size_t max)
{
  size_t k = 0;
  if (src->title && k < max) {
    spans[k++] = src->title_span;
  }
  if (k < max) {
    spans[k++] = x->doc.h1;
  }
  if (k < max) {
    spans[k++] = x->doc.h2;
  }
  for (size_t i = 0; i < x->doc.n_head && k < max; ++i) {
    spans[k].b = x->doc.head[i].b;
    spans[k++].e = x->doc.head[i].e;
  }
  return k;
}

/* Whether the headline (the title, an HTML heading or a header line)
   writes the place name[0, n) as a word after its first word (a line
   that starts with it is a dateline, "Washington, DC"). */
static bool
headline_has(const XCtx* x, const XSource* src, const char* name, size_t n)
{
  const char* s = x->doc.text;
  char* want = dkg_strndup(name, n);
  if (!want) {
    return false;
  }
  XSpan spans[3 + 64];
  const size_t k =
    xplace_headline_spans(x, src, spans, sizeof spans / sizeof spans[0]);
  bool found = false;
  for (size_t i = 0; !found && i < k; ++i) {
    /* a dateline line ("Washington, DC") is no headline */
    const size_t at =
      spans[i].e > spans[i].b
        ? xlex_find(s + spans[i].b, spans[i].e - spans[i].b, want)
        : (size_t)-1;
    found = at != (size_t)-1 && at > 0u;
  }
  free(want);
  return found;
}

/* A city the meeting sentence writes short ("gathered in Washington") that
   another sentence writes in a longer form of the lexicon ("the Dialogue in
   Washington, D.C."): the longer writing, the city's full name. */
static void
fuller_writing(const XCtx* x, XPlace* out)
{
  const char* s = x->doc.text;
  const size_t n = out->name ? strlen(out->name) : 0u;
  if (!n || !out->cc) {
    return;
  }
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const size_t b = x->doc.sents[i].clip_b, e = x->doc.sents[i].e;
    for (size_t p = b; p + 3u + n < e; ++p) {
      size_t len = 0;
      const char* cc = NULL;
      if (xlex_starts(s + p, e - p, "in") && (p == b || s[p - 1u] == ' ') &&
          s[p + 2u] == ' ' && !strncmp(s + p + 3u, out->name, n) &&
          xlex_city_at(s + p + 3u, e - p - 3u, &len, &cc) && len > n &&
          !strcmp(cc, out->cc)) {
        free(out->name);
        set_place(out, dkg_strndup(s + p + 3u, len), cc, p + 3u, p + 3u + len);
        return;
      }
    }
  }
}

/* Whether the place at `at` follows a verb of the meeting and "in" ("the
   dialogue held in Hangzhou", "took place in", "met in"): said to be where
   the meeting was, before a person's agency ("Director at the Federal
   Chancellery"). */
static bool
held_in(const char* s, size_t b, size_t at)
{
  static const char* const verbs[] = { "held",     "place",  "met", "meet",
                                       "convened", "hosted", NULL };
  if (at < b + 4u || strncmp(s + at - 4u, " in ", 4u) != 0) {
    return false;
  }
  size_t wb = 0;
  const size_t w = word_before(s, b, at - 3u, &wb);
  return w && word_in(s + wb, w, verbs);
}

/* "in the Czernin Palace", "at the Blair House": a building's capitalized
   name after "in the" or "at the", ending in a building's noun, is the
   place; its country is that of the agency it belongs to right before ("the
   headquarters of the Ministry of Foreign Affairs in the Czernin Palace"),
   else none. */
static bool
building_place(XCtx* x, size_t b, size_t e, XPlace* out)
{
  static const char* const nouns[] = { "Palace",    "House",  "Hall",
                                       "Building",  "Castle", "Villa",
                                       "Residence", NULL };
  const char* s = x->doc.text;
  for (size_t i = b; i + 8u < e; ++i) {
    if (!(xlex_starts(s + i, e - i, "in the") ||
          xlex_starts(s + i, e - i, "at the")) ||
        (i > b && s[i - 1u] != ' ') || another_event(s, b, i)) {
      continue;
    }
    const size_t p = i + 7u;
    size_t k = p, end = 0;
    for (int words = 0; words < 5 && k < e; ++words) {
      const size_t w = xlex_word_len(s + k, e - k);
      if (!w || !xlex_is_upper((unsigned char)s[k])) {
        break;
      }
      for (size_t n = 0; words && nouns[n]; ++n) {
        if (strlen(nouns[n]) == w && !strncmp(s + k, nouns[n], w)) {
          end = k + w;
        }
      }
      k += w;
      if (k + 1u >= e || s[k] != ' ') {
        break;
      }
      ++k;
    }
    if (!end) {
      continue;
    }
    /* the agency before it: "of the Ministry of Foreign Affairs in the" */
    const char* cc = NULL;
    size_t of = (size_t)-1;
    for (size_t f = b; f + 7u < i;) {
      const size_t g = xlex_find(s + f, i - f, "of the");
      if (g == (size_t)-1) {
        break;
      }
      of = f + g;
      f = of + 6u;
    }
    if (of != (size_t)-1 && of + 7u < i) {
      char* name = dkg_strndup(s + of + 7u, i - 1u - (of + 7u));
      char* written = NULL;
      const DkgAgency* a =
        name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
      if (a) {
        cc = a->country;
      }
      free(written);
      free(name);
    }
    set_place(out, dkg_strndup(s + p, end - p), cc, p, end);
    return true;
  }
  return false;
}

/* The value of a "Place" line of a release laid out in items ("2.
   Place" and on the next line "Held online"; "Venue: Tokyo"): its span
   in `*vb`, `*ve`, else false.  The label stands alone on its line, after
   an optional item number, with an optional colon; the value is the rest
   of that line or the next line that is not empty. */
static bool
place_label(const char* s, size_t n, size_t* vb, size_t* ve)
{
  static const char* const labels[] = { "Place", "Venue", "Location", NULL };
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && s[i - 1u] != '\n') {
      continue;
    }
    size_t k = i;
    while (k < n && s[k] >= '0' && s[k] <= '9') {
      ++k;
    }
    if (k > i && k < n && (s[k] == '.' || s[k] == ')')) {
      ++k;
    }
    while (k < n && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, n - k);
    if (!w || !word_in(s + k, w, labels) ||
        !xlex_is_upper((unsigned char)s[k])) {
      continue;
    }
    k += w;
    const bool colon = k < n && s[k] == ':';
    if (colon) {
      ++k;
    }
    while (k < n && s[k] == ' ') {
      ++k;
    }
    if (k < n && s[k] != '\n' && !colon) {
      continue; /* "Place" starts a sentence of prose */
    }
    while (k < n && (s[k] == '\n' || s[k] == ' ' || s[k] == '\r')) {
      ++k;
    }
    size_t end = k;
    while (end < n && s[end] != '\n') {
      ++end;
    }
    while (end > k && (s[end - 1u] == ' ' || s[end - 1u] == '\r')) {
      --end;
    }
    if (end > k && end - k < 100u) {
      *vb = k;
      *ve = end;
      return true;
    }
  }
  return false;
}

/* The place a "Place" line gives: a video conference ("Held online"),
   else the first known city in it ("Ministry of Foreign Affairs, Tokyo"),
   else a country alone on it. */
static bool
labeled_place(const XCtx* x, XPlace* out)
{
  const char* s = x->doc.text;
  size_t vb = 0, ve = 0;
  if (!place_label(s, x->doc.len, &vb, &ve)) {
    return false;
  }
  if (virtual_place(s, vb, ve, out)) {
    return true;
  }
  for (size_t p = vb; p < ve; ++p) {
    size_t len = 0;
    const char* cc = NULL;
    if ((p == vb || !xlex_is_word_char((unsigned char)s[p - 1u])) &&
        xlex_is_upper((unsigned char)s[p]) &&
        xlex_city_at(s + p, ve - p, &len, &cc)) {
      set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
      return true;
    }
  }
  XCountryHit h;
  if (xlex_country_at(s + vb, ve - vb, &h) && !h.adjective && !h.possessive &&
      h.len == ve - vb) {
    set_place(out, dkg_strndup(s + vb, h.len), h.cc, vb, ve);
    return true;
  }
  return false;
}

/* The country that the text gives a place the lexicon does not know
   somewhere else: "Herzliya, Israel" or "Herzliya (Israel)" in a line or
   sentence of its own (a place line under the title), else NULL. */
static const char*
country_elsewhere(const XCtx* x, const char* name)
{
  const char* s = x->doc.text;
  const size_t n = strlen(name), len = x->doc.len;
  for (size_t i = 0; n && i + n + 2u < len; ++i) {
    if ((i > 0 && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        strncmp(s + i, name, n) != 0 ||
        !((s[i + n] == ',' && s[i + n + 1u] == ' ') ||
          (s[i + n] == ' ' && s[i + n + 1u] == '('))) {
      continue;
    }
    const size_t k = i + n + 2u;
    XCountryHit h;
    if (xlex_country_at(s + k, len - k, &h) && !h.adjective && !h.possessive &&
        (k + h.len == len || !xlex_is_word_char((unsigned char)s[k + h.len])) &&
        !(k + h.len + 2u < len && s[k + h.len] == ',' &&
          s[k + h.len + 1u] == ' ' &&
          xlex_country_at(s + k + h.len + 2u, len - k - h.len - 2u, &h))) {
      xlex_country_at(s + k, len - k, &h);
      return h.cc;
    }
  }
  return NULL;
}

bool
xplace_find(XCtx* x, const XSource* src, size_t b, size_t e, XPlace* out)
{
  const char* s = x->doc.text;
  if (virtual_place(s, b, e, out)) {
    return true;
  }
  /* "at the Ministry of Foreign Affairs in Seoul": the agency, in the
     city's country when the registry does not say */
  XPlace at = { NULL, NULL, { 0, 0 } };
  if (at_place(x, b, e, &at)) {
    size_t k = at.span.e;
    size_t len = 0;
    const char* cc = NULL;
    XCountryHit h;
    if (k + 4u < e && xlex_starts(s + k, e - k, " in") &&
        (xlex_city_at(s + k + 4u, e - k - 4u, &len, &cc) ||
         (xlex_country_at(s + k + 4u, e - k - 4u, &h) && !h.adjective &&
          !h.possessive && (cc = h.cc) != NULL))) {
      if (xlex_city_at(s + k + 4u, e - k - 4u, &len, &cc) &&
          headline_has(x, src, s + k + 4u, len)) {
        /* the headline gives the city ("First German-Korean cyber
           consultations in Berlin"): the place is the city */
        free(at.name);
        set_place(out, dkg_strndup(s + k + 4u, len), cc, k + 4u, k + 4u + len);
        return true;
      }
      if (!at.cc) {
        at.cc = cc;
      }
      *out = at;
      return true;
    }
    free(at.name);
  }
  XPlace unknown = { NULL, NULL, { 0, 0 } };
  if (in_place(s, b, e, out, &unknown)) {
    free(unknown.name);
    fuller_writing(x, out);
    return true;
  }
  if (!unknown.name && building_place(x, b, e, out)) {
    return true;
  }
  /* "On September 28, Moscow hosted the second meeting": a known city
     that hosts is the place (a country that hosts, "the United States
     hosted", names no place) */
  const size_t hosted = xlex_find(s + b, e - b, "hosted");
  for (size_t p = b; hosted != (size_t)-1 && p + 1u < b + hosted; ++p) {
    size_t len = 0;
    const char* cc = NULL;
    if ((p == b || !xlex_is_word_char((unsigned char)s[p - 1u])) &&
        xlex_is_upper((unsigned char)s[p]) &&
        xlex_city_at(s + p, b + hosted - 1u - p, &len, &cc) &&
        p + len + 1u == b + hosted && s[p + len] == ' ') {
      set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
      free(unknown.name);
      return true;
    }
  }
  /* "The talks occurred during the minister's official visit to Doha":
     a meeting held during a visit is where the visit goes, a known city */
  const size_t during = xlex_find(s + b, e - b, "during ");
  if (during != (size_t)-1) {
    const size_t v = xlex_find(s + b + during, e - b - during, "visit to ");
    size_t len = 0;
    const char* cc = NULL;
    const size_t p = v == (size_t)-1 ? e : b + during + v + 9u;
    if (p < e && xlex_city_at(s + p, e - p, &len, &cc) &&
        (p + len == e || !xlex_is_word_char((unsigned char)s[p + len]))) {
      set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
      free(unknown.name);
      return true;
    }
  }
  /* "here" in a news item: the place of the dateline */
  const size_t here = xlex_find(s + b, e - b, "here");
  if (here != (size_t)-1 && src->dateline) {
    size_t len = 0;
    const char* cc = NULL;
    set_place(
      out,
      strdup(src->dateline),
      xlex_city_at(src->dateline, strlen(src->dateline), &len, &cc) ? cc : NULL,
      b + here,
      b + here + 4u);
    free(unknown.name);
    return true;
  }
  /* "at the Digital Agency": an agency is the place only in a country
     (the registry's, or the city's after it); an agency of no known
     country gives way to a place another sentence gives ("The Council
     met in Tokyo") */
  XPlace agency = { NULL, NULL, { 0, 0 } };
  if (at_place(x, b, e, &agency)) {
    /* a person's agency before the meeting "held in" a place ("Director
       at the Federal Chancellery presided over the dialogue held in
       Hangzhou") gives way to it; an agency after it ("held in Room 3 at
       the Ministry") does not */
    const bool affiliation = unknown.name && held_in(s, b, unknown.span.b) &&
                             agency.span.b < unknown.span.b;
    if (agency.cc && !affiliation) {
      *out = agency;
      free(unknown.name);
      return true;
    }
    free(agency.name);
  }
  /* "2. Place" and on the next line "Held online": the line that says
     where */
  if (labeled_place(x, out)) {
    free(unknown.name);
    return true;
  }
  if (unknown.name) {
    if (!unknown.cc) {
      unknown.cc = country_elsewhere(x, unknown.name);
    }
    *out = unknown;
    return true;
  }
  return false;
}
