/* extract: the whole record.  The source (header lines, HTML headings,
   news dateline), the participants and series, the sentence that reports
   the meeting and its round, date, status and place; then the delegation
   and topic stages; then the JSON record with its evidence. */

#include "extract.h"
#include "xint.h"

#include "mint/iri.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct DkgExtractor
{
  const DkgRegistry* reg;
  DkgDiag* diag;
  cJSON* topics;
  cJSON* series;
  bool partial; /* hand back the record without its date, for review */
};

/* ---- The source --------------------------------------------------------- */

typedef struct
{
  char* title;
  XSpan title_span;
  char* publisher;
  XSpan publisher_span;
  char* kind;
  XSpan kind_span;
  char* dateline;
  XSpan dateline_span;
  XYmd published;
  XSpan published_span;
} Source;

static bool
is_section_prefix(const char* s, size_t n)
{
  static const char* const list[] = {
    "Press Releases", "Press Release", "News",          "Media Note", "Readout",
    "Statement",      "Media Notes",   "News Releases", NULL
  };
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_eq(s, n, list[i])) {
      return true;
    }
  }
  return false;
}

static bool
full_date_in(const char* s, size_t b, size_t e, XYmd* out, XSpan* span)
{
  XDate d[2];
  const size_t n = xdate_find(s, b, e, d, 2u);
  if (n >= 1u && d[0].from.y && d[0].from.m && d[0].from.d) {
    *out = d[0].from;
    span->b = d[0].b;
    span->e = d[0].e;
    return true;
  }
  return false;
}

static bool
org_line(XCtx* x, const char* s, size_t n)
{
  static const char* const starts[] = {
    "Office of",    "Ministry of", "Department of",
    "Bureau of",    "Embassy of",  "Federal Ministry",
    "Press Office", "Consulate",   NULL
  };
  const DkgAgency* a = dkg_registry_agency_anywhere(x->reg, s, n);
  if (a) {
    return true;
  }
  for (size_t i = 0; starts[i]; ++i) {
    if (xlex_starts(s, n, starts[i])) {
      return n < 80u;
    }
  }
  return false;
}

static void
set_text(char** dst, XSpan* span, XCtx* x, size_t b, size_t e)
{
  if (!*dst) {
    *dst = xctx_copy(x, b, e);
    span->b = b;
    span->e = e;
  }
}

static void
title_from(XCtx* x, Source* src, size_t b, size_t e)
{
  const char* s = x->doc.text;
  const char* colon = memchr(s + b, ':', e - b);
  if (colon && is_section_prefix(s + b, (size_t)(colon - (s + b)))) {
    b = (size_t)(colon - s) + 1u;
    while (b < e && s[b] == ' ') {
      ++b;
    }
  }
  set_text(&src->title, &src->title_span, x, b, e);
}

/* Title-cases a dateline in capitals: "NEW DELHI" -> "New Delhi". */
static char*
title_case(const char* s, size_t n)
{
  char* out = xctx_dupn(s, n);
  bool start = true;
  for (size_t i = 0; out && i < n; ++i) {
    const char c = out[i];
    if (c >= 'A' && c <= 'Z' && !start) {
      out[i] = (char)(c - 'A' + 'a');
    }
    start = c == ' ' || c == '-';
  }
  return out;
}

static void
read_source(XCtx* x, Source* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  /* HTML: the first <h1>, else <h2>, is the title. */
  XSpan heading = d->h1.b < d->h1.e ? d->h1 : d->h2;
  if (heading.b < heading.e) {
    title_from(x, src, heading.b, heading.e);
  }
  bool after_kind = false;
  for (size_t pass = 0; pass < 2u; ++pass) {
    const XLine* lines = pass ? d->tail : d->head;
    const size_t n = pass ? d->n_tail : d->n_head;
    for (size_t i = 0; i < n; ++i) {
      const size_t b = lines[i].b, e = lines[i].e;
      const size_t len = e - b;
      if (heading.b < heading.e && b >= heading.b && e <= heading.e) {
        continue;
      }
      XYmd ymd;
      XSpan span;
      if (full_date_in(s, b, e, &ymd, &span) && len < span.e - span.b + 24u) {
        if (!src->published.y) {
          src->published = ymd;
          src->published_span = span;
        }
        /* "27.11.2019 - Press release" */
        const size_t k = xlex_find(s + b, len, "press release");
        if (k != (size_t)-1 && !src->kind) {
          set_text(&src->kind, &src->kind_span, x, b + k, b + k + 13u);
        }
        after_kind = false;
        continue;
      }
      if (xlex_is_kind(s + b, len)) {
        set_text(&src->kind, &src->kind_span, x, b, e);
        after_kind = true;
        continue;
      }
      size_t clen = 0;
      const char* ccc = NULL;
      if (xlex_city_at(s + b, len, &clen, &ccc) && clen == len) {
        set_text(&src->dateline, &src->dateline_span, x, b, e);
        after_kind = false;
        continue;
      }
      if (xlex_starts(s + b, len, "Government of")) {
        continue;
      }
      if ((after_kind && len < 80u && xctx_agency_like(s + b)) ||
          org_line(x, s + b, len)) {
        set_text(&src->publisher, &src->publisher_span, x, b, e);
        after_kind = false;
        continue;
      }
      after_kind = false;
      if (!pass && !src->title && len >= 8u) {
        title_from(x, src, b, e);
      }
    }
  }
  /* HTML <title>: "Title - Publisher" or "Title | Publisher". */
  if (!src->publisher && d->html_title) {
    const char* t = d->html_title;
    const char* cut = strstr(t, " | ");
    if (!cut) {
      cut = strstr(t, " - ");
    }
    if (cut) {
      const char* p = cut + 3;
      const DkgAgency* a = dkg_registry_agency_anywhere(x->reg, p, strlen(p));
      if (a) {
        /* Evidence: where the name stands in the document text, if it
           does; else the record notes no offsets for it. */
        const size_t at = xlex_find(s, d->len, p);
        src->publisher = strdup(p);
        if (at != (size_t)-1) {
          src->publisher_span.b = at;
          src->publisher_span.e = at + strlen(p);
        }
      }
    }
  }
  /* A news dateline: "WASHINGTON (Sputnik) --". */
  if (d->news_city.b < d->news_city.e) {
    if (!src->dateline) {
      src->dateline =
        title_case(s + d->news_city.b, d->news_city.e - d->news_city.b);
      src->dateline_span = d->news_city;
    }
    if (d->news_agency.b < d->news_agency.e) {
      if (!src->publisher) {
        set_text(&src->publisher,
                 &src->publisher_span,
                 x,
                 d->news_agency.b,
                 d->news_agency.e);
      }
      if (!src->kind) {
        src->kind = strdup("news item");
        src->kind_span = d->news_agency;
      }
    }
  }
}

/* ---- Participants and series ----------------------------------------------
 */

typedef struct
{
  size_t b, e; /* the whole name */
  const char* cc[2];
  size_t desc_b; /* where the words after the countries start */
  int ordinal;   /* an ordinal right before it, else 0 */
} SeriesHit;

static bool
head_noun(const char* s, size_t n)
{
  static const char* const list[] = {
    "Dialogue", "Dialog",     "Talks",     "Consultations", "Consultation",
    "Meeting",  "Forum",      "Framework", "Committee",     "Commission",
    "Group",    "Conference", "Exchange",  "Partnership",   NULL
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

/* "U.S.-Japan Cyber Dialogue", "German-Israeli Cyber Dialogue". */
static bool
series_at(const char* s, size_t i, size_t e, SeriesHit* hit)
{
  XCountryHit c1, c2;
  size_t dl = 0;
  if (!xlex_country_at(s + i, e - i, &c1) || c1.possessive) {
    return false;
  }
  size_t k = i + c1.len;
  if (!is_dash(s, k, e, &dl)) {
    return false;
  }
  k += dl;
  if (!xlex_country_at(s + k, e - k, &c2) || c2.possessive ||
      !strcmp(c1.cc, c2.cc)) {
    return false;
  }
  k += c2.len;
  hit->cc[0] = c1.cc;
  hit->cc[1] = c2.cc;
  hit->b = i;
  hit->desc_b = k;
  /* Capitalized words up to the first head noun, then "on ..." words. */
  size_t end = 0;
  size_t words = 0;
  while (k < e && words < 10u) {
    while (k < e && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      break;
    }
    const bool cap =
      xlex_is_upper((unsigned char)s[k]) || (s[k] >= '0' && s[k] <= '9');
    const bool joiner = xlex_eq(s + k, w, "on") || xlex_eq(s + k, w, "and") ||
                        xlex_eq(s + k, w, "for") || xlex_eq(s + k, w, "of") ||
                        xlex_eq(s + k, w, "&");
    if (!cap && !(end && joiner) && !(joiner && words)) {
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
find_series(const char* s, size_t b, size_t e, SeriesHit* hit)
{
  for (size_t i = b; i < e; ++i) {
    if ((i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
        xlex_is_upper((unsigned char)s[i]) && series_at(s, i, e, hit)) {
      return true;
    }
  }
  return false;
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
registry_series(XCtx* x, const char* name, const SeriesHit* hit)
{
  const cJSON* list =
    cJSON_GetObjectItemCaseSensitive(x->series_json, "series");
  DkgBuf mine = { NULL, 0, 0 }, theirs = { NULL, 0, 0 };
  const size_t off = hit->desc_b - hit->b;
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
      SeriesHit h;
      if (series_at(t, 0, strlen(t), &h) &&
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
        !xlex_country_at(s + i, e - i, &h)) {
      continue;
    }
    if (!first) {
      first = h.cc;
      first_b = i;
    } else if (strcmp(first, h.cc)) {
      /* Only "X and Y" (with "the" allowed) counts. */
      const size_t gap = i - first_b;
      const char* mid = s + first_b;
      if (gap < 48u && (xlex_find(mid, gap, "and") != (size_t)-1 ||
                        xlex_find(mid, gap, "with") != (size_t)-1)) {
        out[0] = first;
        out[1] = h.cc;
        span->b = first_b;
        span->e = i + h.len;
        x->pair_names[1].b = i;
        x->pair_names[1].e = h.possessive || h.adjective ? i : i + h.len;
        XCountryHit h0;
        if (xlex_country_at(s + first_b, e - first_b, &h0) && !h0.adjective &&
            !h0.possessive) {
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

/* ---- The meeting sentence ------------------------------------------------ */

static const char* const meet_verbs[] = {
  "held",         "hold",       "holds",      "met",
  "meet",         "meets",      "convened",   "convene",
  "convenes",     "took place", "take place", "takes place",
  "will discuss", "discussed",  "hosted",     "host",
  "co-chaired",   "gathered",   "conducted",  "will be held",
  "was held",     "were held",  "is held",    "are held",
  "concluded",    "co-hosted",  "wrapped up", NULL
};

static bool
has_any(const char* s, size_t n, const char* const* list)
{
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_find(s, n, list[i]) != (size_t)-1) {
      return true;
    }
  }
  return false;
}

static bool
next_round_sentence(const char* s, size_t n)
{
  static const char* const list[] = {
    "next",   "following round", "later this year",
    "future", "subsequent",      "upcoming",
    NULL
  };
  return has_any(s, n, list);
}

static void
find_event(XCtx* x)
{
  static const char* const nouns[] = { "dialogue",  "talks",  "consultations",
                                       "meeting",   "round",  "session",
                                       "officials", "dialog", "consultation",
                                       NULL };
  const char* s = x->doc.text;
  size_t first = (size_t)-1;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    SeriesHit h;
    if (!has_any(s + b, n, meet_verbs) || next_round_sentence(s + b, n)) {
      continue;
    }
    if (!has_any(s + b, n, nouns) && !find_series(s, b, st->e, &h)) {
      continue;
    }
    if (first == (size_t)-1) {
      first = i;
    }
    XDate d[1];
    if (xdate_find(s, b, st->e, d, 1u)) {
      x->event = i;
      x->has_event = true;
      return;
    }
  }
  if (first != (size_t)-1) {
    x->event = first;
    x->has_event = true;
  }
}

/* ---- Evidence --------------------------------------------------------------
 */

typedef struct
{
  char* path;
  XSpan span;
  char* note; /* "$note" of the item, or NULL */
} Ev;

typedef struct
{
  Ev* items;
  size_t n, cap;
} EvList;

static void
ev_add(EvList* l, const char* path, XSpan span)
{
  if (span.b >= span.e) {
    return;
  }
  if (l->n == l->cap) {
    const size_t cap = l->cap ? l->cap * 2u : 32u;
    Ev* p = (Ev*)realloc(l->items, cap * sizeof(Ev));
    if (!p) {
      return;
    }
    l->items = p;
    l->cap = cap;
  }
  l->items[l->n].path = strdup(path);
  l->items[l->n].span = span;
  l->items[l->n].note = NULL;
  if (l->items[l->n].path) {
    ++l->n;
  }
}

static void
ev_free(EvList* l)
{
  for (size_t i = 0; i < l->n; ++i) {
    free(l->items[i].path);
    free(l->items[i].note);
  }
  free(l->items);
}

/* The sentence (or header line) around a span. */
static XSpan
ev_context(const XCtx* x, XSpan span)
{
  const size_t k = xctx_sentence_at(x, span.b);
  if (k != (size_t)-1) {
    XSpan out = { x->doc.sents[k].b, x->doc.sents[k].e };
    return out;
  }
  for (size_t pass = 0; pass < 2u; ++pass) {
    const XLine* lines = pass ? x->doc.tail : x->doc.head;
    const size_t n = pass ? x->doc.n_tail : x->doc.n_head;
    for (size_t i = 0; i < n; ++i) {
      if (span.b >= lines[i].b && span.b < lines[i].e) {
        XSpan out = { lines[i].b, lines[i].e };
        return out;
      }
    }
  }
  size_t b = span.b, e = span.e;
  while (b > 0 && x->doc.text[b - 1u] != '\n') {
    --b;
  }
  while (e < x->doc.len && x->doc.text[e] != '\n') {
    ++e;
  }
  XSpan out = { b, e };
  return out;
}

static cJSON*
ev_json(const XCtx* x, const EvList* l)
{
  cJSON* arr = cJSON_CreateArray();
  for (size_t i = 0; arr && i < l->n; ++i) {
    const Ev* ev = &l->items[i];
    cJSON* o = cJSON_CreateObject();
    XSpan ctx = ev_context(x, ev->span);
    /* a quote that runs past its sentence: the sentence holds it all */
    ctx.b = ctx.b < ev->span.b ? ctx.b : ev->span.b;
    ctx.e = ctx.e > ev->span.e ? ctx.e : ev->span.e;
    /* one code point for one: the quote stands at its offsets */
    char* quote =
      xcheck_quote(x->doc.text + ev->span.b, ev->span.e - ev->span.b);
    /* the sentence with its white space folded, unless that loses the
       quote (a quote holding a run of spaces) */
    char* sentence = xctx_copy(x, ctx.b, ctx.e);
    if (sentence && quote && !strstr(sentence, quote)) {
      free(sentence);
      sentence = xcheck_quote(x->doc.text + ctx.b, ctx.e - ctx.b);
    }
    cJSON_AddStringToObject(o, "path", ev->path);
    cJSON_AddStringToObject(o, "quote", quote ? quote : "");
    cJSON_AddNumberToObject(
      o, "start", (double)xdoc_cp_offset(&x->doc, ev->span.b));
    cJSON_AddNumberToObject(
      o, "end", (double)xdoc_cp_offset(&x->doc, ev->span.e));
    cJSON_AddStringToObject(o, "sentence", sentence ? sentence : "");
    if (ev->note) {
      cJSON_AddStringToObject(o, "$note", ev->note);
    }
    cJSON_AddItemToArray(arr, o);
    free(quote);
    free(sentence);
  }
  return arr;
}

/* ---- Round, date, status, place --------------------------------------------
 */

typedef struct
{
  char* name;
  const char* cc;
  XSpan span;
} Place;

/* Does sentence `sent` name both participants? */
static bool
names_both(XCtx* x, size_t sent)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[sent];
  bool seen[2] = { false, false };
  for (size_t i = st->clip_b; i < st->e; ++i) {
    XCountryHit h;
    if ((i == st->clip_b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
        xlex_country_at(s + i, st->e - i, &h)) {
      for (size_t k = 0; k < 2u; ++k) {
        seen[k] |= x->cc[k] && !strcmp(h.cc, x->cc[k]);
      }
      i += h.len - 1u;
    }
  }
  return seen[0] && seen[1];
}

static bool
place_in(XCtx* x, const Source* src, size_t b, size_t e, Place* out)
{
  const char* s = x->doc.text;
  static const char* const virt[] = {
    "video conference",  "videoconference", "video-conference",
    "video link",        "virtually",       "virtual format",
    "videoconferencing", "online",          NULL
  };
  for (size_t i = 0; virt[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, virt[i]);
    if (at != (size_t)-1) {
      out->name = strdup("video conference");
      out->cc = NULL;
      out->span.b = b + at;
      out->span.e = b + at + strlen(virt[i]);
      return true;
    }
  }
  /* "in Tokyo", "in Washington, D.C.", "in Japan" */
  Place unknown = { NULL, NULL, { 0, 0 } };
  for (size_t i = b; i + 3u < e; ++i) {
    if (!(xlex_starts(s + i, e - i, "in") && (i == b || s[i - 1u] == ' ') &&
          s[i + 2u] == ' ')) {
      continue;
    }
    const size_t p = i + 3u;
    if (!xlex_is_upper((unsigned char)s[p])) {
      continue;
    }
    const size_t w = xlex_word_len(s + p, e - p);
    if (xlex_month(s + p, w) || xlex_weekday(s + p, w) >= 0) {
      continue;
    }
    size_t len = 0;
    const char* cc = NULL;
    if (xlex_city_at(s + p, e - p, &len, &cc)) {
      out->name = xctx_dupn(s + p, len);
      out->cc = cc;
      out->span.b = p;
      out->span.e = p + len;
      free(unknown.name);
      return true;
    }
    XCountryHit h;
    if (xlex_country_at(s + p, e - p, &h) && !h.adjective && !h.possessive) {
      out->name = xctx_dupn(s + p, h.len);
      out->cc = h.cc;
      out->span.b = p;
      out->span.e = p + h.len;
      free(unknown.name);
      return true;
    }
    if (!unknown.name) {
      size_t k = p;
      while (k < e && xlex_is_upper((unsigned char)s[k])) {
        k += xlex_word_len(s + k, e - k);
        if (k < e && s[k] == ' ' && k + 1u < e &&
            xlex_is_upper((unsigned char)s[k + 1u])) {
          ++k;
        }
      }
      char* cand = k > p ? xctx_dupn(s + p, k - p) : NULL;
      size_t vl = 0;
      const char* vn = NULL;
      if (cand && !xctx_agency_like(cand) &&
          !xlex_venue_at(cand, strlen(cand), &vl, &vn)) {
        unknown.name = cand;
        unknown.span.b = p;
        unknown.span.e = k;
      } else {
        free(cand);
      }
    }
  }
  /* "here" in a news item: the place of the dateline */
  const size_t here = xlex_find(s + b, e - b, "here");
  if (here != (size_t)-1 && src->dateline) {
    size_t len = 0;
    const char* cc = NULL;
    out->name = strdup(src->dateline);
    out->cc =
      xlex_city_at(src->dateline, strlen(src->dateline), &len, &cc) ? cc : NULL;
    out->span.b = b + here;
    out->span.e = b + here + 4u;
    free(unknown.name);
    return true;
  }
  /* "at the U.S. State Department" */
  const size_t at = xlex_find(s + b, e - b, "at the");
  if (at != (size_t)-1 && xlex_is_upper((unsigned char)s[b + at + 7u])) {
    const size_t p = b + at + 7u;
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
    if (k > p) {
      char* name = xctx_dupn(s + p, k - p);
      xctx_trim(name);
      const char* cc = NULL;
      char* written = NULL;
      const DkgAgency* a = xctx_agency(x, NULL, name, &cc, &written);
      free(written);
      if (a || xctx_agency_like(name)) {
        out->name = name;
        out->cc = a ? a->country : cc;
        out->span.b = p;
        out->span.e = p + strlen(name);
        free(unknown.name);
        return true;
      }
      free(name);
    }
  }
  if (unknown.name) {
    *out = unknown;
    return true;
  }
  return false;
}

/* ---- Assembly ----------------------------------------------------------- */

static void
add_string(cJSON* obj, const char* key, const char* value)
{
  if (value) {
    cJSON_AddStringToObject(obj, key, value);
  }
}

static void
free_ctx(XCtx* x)
{
  for (size_t i = 0; i < 2u; ++i) {
    XDeleg* d = &x->del[i];
    free(d->head_name.name);
    free(d->head_title.name);
    free(d->head_agency.name);
    for (size_t k = 0; k < d->n_agencies; ++k) {
      free(d->agencies[k].name);
    }
    free(d->agencies);
  }
  for (size_t i = 0; i < x->n_topics; ++i) {
    free(x->topics[i].phrase);
    free(x->topics[i].label);
  }
  free(x->topics);
  for (size_t i = 0; i < x->n_venues; ++i) {
    free(x->venues[i].name);
  }
  free(x->venues);
  xdoc_free(&x->doc);
}

static void
free_source(Source* s)
{
  free(s->title);
  free(s->publisher);
  free(s->kind);
  free(s->dateline);
}

static void
report_error(XCtx* x, const char* message)
{
  DkgPlace place = { x->file, 0, 0, NULL };
  dkg_diag_report(x->diag, DKG_ERROR, &place, "%s", message);
}

static char*
make_series_name(XCtx* x, const char* desc)
{
  /* The countries as the text names them, else their usual names. */
  char* names[2] = { NULL, NULL };
  for (size_t i = 0; i < 2u; ++i) {
    if (x->pair_names[i].e > x->pair_names[i].b) {
      names[i] = xctx_copy(x, x->pair_names[i].b, x->pair_names[i].e);
    }
    if (!names[i]) {
      const char* usual = xlex_country_name(x->cc[i]);
      names[i] = strdup(usual ? usual : x->cc[i]);
    }
  }
  const char* a = names[0] ? names[0] : "";
  const char* b = names[1] ? names[1] : "";
  const size_t n = strlen(a) + strlen(b) + strlen(desc) + 4u;
  char* out = (char*)malloc(n);
  if (out) {
    snprintf(out, n, "%s-%s %s", a, b, desc);
    /* Title case the descriptor words. */
    bool start = true;
    for (char* c = out + strlen(a) + strlen(b) + 2u; *c; ++c) {
      if (start && *c >= 'a' && *c <= 'z') {
        *c = (char)(*c - 'a' + 'A');
      }
      start = *c == ' ';
    }
  }
  free(names[0]);
  free(names[1]);
  return out;
}

/* "their sixth round of cyber policy consultations" -> "cyber policy
   consultations"; NULL when the sentence has no such words. */
static char*
descriptor_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  static const char* const nouns[] = {
    "dialogue", "talks", "consultations", "dialog", NULL
  };
  const char* s = x->doc.text;
  for (size_t i = 0; nouns[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, nouns[i]);
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
      while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
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
      bool is_stop = xlex_ordinal(s + w, q - w) > 0;
      for (size_t t = 0; !is_stop && stop[t]; ++t) {
        is_stop = xlex_eq(s + w, q - w, stop[t]);
      }
      XCountryHit h;
      if (is_stop || xlex_country_at(s + w, q - w, &h)) {
        break;
      }
      start = w;
      k = w;
    }
    span->b = start;
    span->e = end;
    return xctx_copy(x, start, end);
  }
  return NULL;
}

DkgStatus
dkg_extract(DkgExtractor* ex,
            const char* file,
            const char* bytes,
            size_t len,
            DkgExtractFormat format,
            bool evidence,
            cJSON** record)
{
  *record = NULL;
  XCtx x;
  memset(&x, 0, sizeof(x));
  x.reg = ex->reg;
  x.diag = ex->diag;
  x.topics_json = ex->topics;
  x.series_json = ex->series;
  x.file = file;
  const bool html = format == DKG_EXTRACT_HTML ||
                    (format == DKG_EXTRACT_AUTO && xdoc_sniff_html(bytes, len));
  DkgStatus st = xdoc_load(&x.doc, bytes, len, html, file, ex->diag);
  if (st) {
    return st;
  }
  const char* s = x.doc.text;
  Source src;
  memset(&src, 0, sizeof(src));
  read_source(&x, &src);
  find_event(&x);
  EvList ev = { NULL, 0, 0 };

  /* Participants and series: a named series first (body, then title). */
  SeriesHit hit;
  bool have_series = false;
  XSpan series_span = { 0, 0 };
  for (size_t i = 0; !have_series && i < x.doc.n_sents; ++i) {
    have_series = find_series(s, x.doc.sents[i].clip_b, x.doc.sents[i].e, &hit);
  }
  if (!have_series && src.title) {
    have_series = find_series(s, src.title_span.b, src.title_span.e, &hit);
  }
  XSpan pair_span = { 0, 0 };
  if (have_series) {
    x.cc[0] = hit.cc[0];
    x.cc[1] = hit.cc[1];
    x.n_cc = 2;
    series_span.b = hit.b;
    series_span.e = hit.e;
    pair_span.b = hit.b;
    pair_span.e = hit.desc_b;
  } else {
    const size_t from = x.has_event ? x.event : 0;
    for (size_t k = 0; k < x.doc.n_sents && !x.n_cc; ++k) {
      const size_t i = (from + k) % x.doc.n_sents;
      if (pair_in(
            &x, x.doc.sents[i].clip_b, x.doc.sents[i].e, x.cc, &pair_span)) {
        x.n_cc = 2;
      }
    }
  }
  if (x.n_cc < 2u) {
    report_error(&x, "no two participating countries found: no record");
    free_source(&src);
    free_ctx(&x);
    return DKG_ERR_RECORD;
  }
  x.del[0].cc = x.cc[0];
  x.del[1].cc = x.cc[1];

  char* series = NULL;
  if (have_series) {
    char* written = xctx_dupn(s + hit.b, hit.e - hit.b);
    const char* known = written ? registry_series(&x, written, &hit) : NULL;
    series = known ? strdup(known) : written;
    if (known) {
      free(written);
    }
  } else {
    const char* known = registry_series_of(&x);
    const size_t sent = x.has_event ? x.event : 0;
    if (known) {
      series = strdup(known);
      series_span = pair_span;
      xctx_warn(&x,
                sent,
                "the text does not name the series; \"%s\" is the one series "
                "of these two countries in data/series.json",
                known);
    } else {
      XSpan dspan = { 0, 0 };
      char* desc =
        x.has_event
          ? descriptor_in(
              &x, x.doc.sents[sent].clip_b, x.doc.sents[sent].e, &dspan)
          : NULL;
      series = make_series_name(&x, desc ? desc : "Dialogue");
      series_span = desc ? dspan : pair_span;
      xctx_warn(&x,
                sent,
                "the text does not name the series; named it \"%s\" after "
                "the participants and the words of the text",
                series ? series : "");
      free(desc);
    }
  }

  /* Round, date, status, place from the meeting sentence. */
  int round = 0;
  XSpan round_span = { 0, 0 };
  XDate date;
  memset(&date, 0, sizeof(date));
  bool have_date = false;
  const char* status = NULL;
  XSpan status_span = { 0, 0 };
  Place place = { NULL, NULL, { 0, 0 } };
  XYmd ref = src.published;
  if (x.has_event) {
    const XSentence* ev_s = &x.doc.sents[x.event];
    const size_t b = ev_s->clip_b, e = ev_s->e;
    const bool inter = xlex_find(s + b, e - b, "intersessional") != (size_t)-1;
    if (!inter) {
      round = xmeeting_round(s, b, e, &round_span);
      if (!round &&
          (!src.title ||
           xlex_find(src.title, strlen(src.title), "intersessional") ==
             (size_t)-1) &&
          src.title) {
        round =
          xmeeting_round(s, src.title_span.b, src.title_span.e, &round_span);
      }
    }
    status = xmeeting_status(s, b, e, &status_span);
    have_date = xmeeting_date(&x, x.event, status, &ref, &date);
    if (!have_date && x.event > 0 && names_both(&x, 0)) {
      /* "India and Japan on Thursday agreed ...": the lede dates what the
         meeting sentence only names */
      have_date = xmeeting_date(&x, 0, status, &ref, &date);
      if (have_date) {
        xctx_warn(&x,
                  0,
                  "the sentence of the meeting gives no date: the date of "
                  "the first sentence, which names both participants, is "
                  "taken");
      }
    }
    place_in(&x, &src, b, e, &place);
    if (place.name && !place.cc && strcmp(place.name, "video conference")) {
      xctx_warn(&x,
                x.event,
                "the place \"%s\" is in no country known to the extractor: "
                "the location has no country",
                place.name);
    }
  }
  if (!have_date && ex->partial) {
    report_error(&x,
                 "no date of the meeting found: the partial record is "
                 "written (--partial) for a reviewer to finish; it does not "
                 "pass validate");
  } else if (!have_date) {
    report_error(&x, "no date of the meeting found: no record");
    free(series);
    free(place.name);
    free_source(&src);
    free_ctx(&x);
    ev_free(&ev);
    return DKG_ERR_RECORD;
  }
  if (!status) {
    xctx_warn(&x,
              x.event,
              "the text does not say whether the meeting was "
              "held or is announced: no status");
  }

  st = xdeleg_extract(&x);
  if (!st) {
    xmention_extract(&x);
  }
  if (!st) {
    st = xtopic_extract(&x);
  }
  if (st) {
    free(series);
    free(place.name);
    free_source(&src);
    free_ctx(&x);
    ev_free(&ev);
    return st;
  }

  /* The record, in the order of the contract. */
  cJSON* r = cJSON_CreateObject();
  add_string(r, "series", series);
  ev_add(&ev, "/series", series_span);
  if (round) {
    cJSON_AddNumberToObject(r, "round", round);
    ev_add(&ev, "/round", round_span);
  }
  if (src.title) {
    add_string(r, "title", src.title);
    ev_add(&ev, "/title", src.title_span);
  }
  char buf[16];
  const XSpan date_span = { date.b, date.e };
  if (have_date) {
    xdate_format(&date.from, buf);
    add_string(r, "date", buf);
    ev_add(&ev, "/date", date_span);
    if (date.completed && ev.n && src.published.y) {
      char note[160], pub[16];
      xdate_format(&src.published, pub);
      snprintf(note,
               sizeof(note),
               date.completed == 2
                 ? "the text gives a weekday only: the day is the nearest "
                   "one to the release's date, %s"
                 : "the text gives no year: it is taken from the release's "
                   "date, %s",
               pub);
      ev.items[ev.n - 1u].note = strdup(note);
    }
  }
  if (have_date && date.to.m) {
    xdate_format(&date.to, buf);
    add_string(r, "end_date", buf);
    ev_add(&ev, "/end_date", date_span);
  }
  if (status) {
    add_string(r, "status", status);
    ev_add(&ev, "/status", status_span);
  }
  add_string(r, "language", "en");
  if (place.name) {
    cJSON* loc = cJSON_AddObjectToObject(r, "location");
    add_string(loc, "name", place.name);
    add_string(loc, "country", place.cc);
    ev_add(&ev, "/location", place.span);
  }
  cJSON* parts = cJSON_AddArrayToObject(r, "participants");
  for (size_t i = 0; i < 2u; ++i) {
    cJSON_AddItemToArray(parts, cJSON_CreateString(x.cc[i]));
  }
  ev_add(&ev, "/participants", pair_span);
  cJSON* topics = cJSON_AddArrayToObject(r, "topics");
  char path[96];
  for (size_t i = 0; i < x.n_topics; ++i) {
    cJSON_AddItemToArray(topics, cJSON_CreateString(x.topics[i].label));
    snprintf(path, sizeof(path), "/topics/%zu", i);
    ev_add(&ev, path, x.topics[i].span);
  }
  if (x.n_venues) {
    cJSON* venues = cJSON_AddArrayToObject(r, "venues");
    for (size_t i = 0; i < x.n_venues; ++i) {
      cJSON_AddItemToArray(venues, cJSON_CreateString(x.venues[i].name));
      snprintf(path, sizeof(path), "/venues/%zu", i);
      ev_add(&ev, path, x.venues[i].span);
    }
  }
  cJSON* dels = cJSON_AddArrayToObject(r, "delegations");
  size_t nd = 0;
  for (size_t i = 0; i < 2u; ++i) {
    const XDeleg* d = &x.del[i];
    if (!d->head_name.name && !d->n_agencies) {
      continue;
    }
    if (!d->head_name.name) {
      /* Never drop what was found: a delegation without a head keeps its
         agencies (the record allows it). */
      xctx_warn(&x,
                d->agencies[0].sent,
                "the text names agencies of the %s delegation but not its "
                "head: the delegation is written without one",
                d->cc);
    }
    cJSON* o = cJSON_CreateObject();
    add_string(o, "country", d->cc);
    if (d->head_name.name) {
      cJSON* head = cJSON_AddObjectToObject(o, "head");
      add_string(head, "name", d->head_name.name);
      snprintf(path, sizeof(path), "/delegations/%zu/head/name", nd);
      ev_add(&ev, path, d->head_name.span);
      if (d->head_title.name) {
        add_string(head, "title", d->head_title.name);
        snprintf(path, sizeof(path), "/delegations/%zu/head/title", nd);
        ev_add(&ev, path, d->head_title.span);
      }
      if (d->head_agency.name) {
        add_string(head, "agency", d->head_agency.name);
        snprintf(path, sizeof(path), "/delegations/%zu/head/agency", nd);
        ev_add(&ev, path, d->head_agency.span);
      }
    }
    cJSON* ag = cJSON_AddArrayToObject(o, "agencies");
    for (size_t k = 0; k < d->n_agencies; ++k) {
      cJSON_AddItemToArray(ag, cJSON_CreateString(d->agencies[k].name));
      snprintf(path, sizeof(path), "/delegations/%zu/agencies/%zu", nd, k);
      ev_add(&ev, path, d->agencies[k].span);
    }
    cJSON_AddItemToArray(dels, o);
    ++nd;
  }
  if (src.title || src.publisher || src.kind || src.dateline ||
      src.published.y) {
    cJSON* sources = cJSON_AddArrayToObject(r, "sources");
    cJSON* so = cJSON_CreateObject();
    add_string(so, "title", src.title);
    ev_add(&ev, "/sources/0/title", src.title_span);
    add_string(so, "publisher", src.publisher);
    ev_add(&ev, "/sources/0/publisher", src.publisher_span);
    if (src.published.y) {
      xdate_format(&src.published, buf);
      add_string(so, "published", buf);
      ev_add(&ev, "/sources/0/published", src.published_span);
    }
    add_string(so, "kind", src.kind);
    ev_add(&ev, "/sources/0/kind", src.kind_span);
    add_string(so, "dateline", src.dateline);
    ev_add(&ev, "/sources/0/dateline", src.dateline_span);
    cJSON_AddItemToArray(sources, so);
  }
  if (evidence) {
    cJSON_AddItemToObject(r, "evidence", ev_json(&x, &ev));
  }
  ev_free(&ev);
  free(series);
  free(place.name);
  free_source(&src);
  free_ctx(&x);
  if (!have_date) {
    *record = r; /* --partial */
    return DKG_ERR_RECORD;
  }
  st = xcheck_record(ex->reg, ex->diag, file, r);
  if (st) {
    cJSON_Delete(r);
    return st;
  }
  *record = r;
  return DKG_SUCCESS;
}

void
dkg_extractor_set_partial(DkgExtractor* x, bool partial)
{
  x->partial = partial;
}

/* ---- The extractor ----------------------------------------------------------
 */

static cJSON*
load_json(const char* dir, const char* name, DkgDiag* diag, DkgStatus* st)
{
  char path[4096];
  snprintf(path, sizeof(path), "%s/%s", dir, name);
  FILE* f = fopen(path, "rb");
  DkgPlace place = { path, 0, 0, NULL };
  if (!f) {
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    *st = DKG_ERR_IO;
    return NULL;
  }
  DkgBuf b = { NULL, 0, 0 };
  char chunk[8192];
  size_t n = 0;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
    if (!dkg_buf_append(&b, chunk, n)) {
      fclose(f);
      dkg_buf_destroy(&b);
      *st = DKG_ERR_NOMEM;
      return NULL;
    }
  }
  fclose(f);
  cJSON* root = b.buf ? cJSON_ParseWithLength(b.buf, b.len) : NULL;
  dkg_buf_destroy(&b);
  if (!root) {
    dkg_diag_report(diag, DKG_ERROR, &place, "malformed JSON");
    *st = DKG_ERR_REFERENCE;
  }
  return root;
}

DkgStatus
dkg_extractor_new(const char* data_dir,
                  const DkgRegistry* reg,
                  DkgDiag* diag,
                  DkgExtractor** out)
{
  *out = NULL;
  DkgExtractor* x = (DkgExtractor*)calloc(1, sizeof(DkgExtractor));
  if (!x) {
    return DKG_ERR_NOMEM;
  }
  x->reg = reg;
  x->diag = diag;
  DkgStatus st = DKG_SUCCESS;
  x->topics = load_json(data_dir, "topics.json", diag, &st);
  if (!st) {
    x->series = load_json(data_dir, "series.json", diag, &st);
  }
  if (st) {
    dkg_extractor_free(x);
    return st;
  }
  *out = x;
  return DKG_SUCCESS;
}

void
dkg_extractor_free(DkgExtractor* x)
{
  if (x) {
    cJSON_Delete(x->topics);
    cJSON_Delete(x->series);
    free(x);
  }
}
