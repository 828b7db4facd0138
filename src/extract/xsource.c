/* extract: the source of a release.  Its header and trailer lines
   (publication date, document kind, issuing office, dateline, title), the
   HTML headings and <title>, and a news dateline ("TOKYO (Kyodo) --"). */

#include "xint.h"

#include <stdlib.h>
#include <string.h>
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

/* Labels of a publication date on a header or trailer line ("Published:
   May 14, 2018", "Posted on 7 June 2019", "Written: 2023-02-07 18:33:50",
   "Date: 27.11.2019"); an update is the date only when no other is
   given. */
static const char* const pub_labels[] = { "first published",
                                          "published on",
                                          "published",
                                          "posted on",
                                          "posted",
                                          "written on",
                                          "written",
                                          "release date",
                                          "publication date",
                                          "date of publication",
                                          "dated",
                                          "date",
                                          "released on",
                                          "released",
                                          "issued on",
                                          "issued",
                                          NULL };
static const char* const update_labels[] = {
  "last updated on", "last updated", "updated on", "updated",
  "last modified",   "modified",     NULL
};

/* The label at s[0, n) (case-insensitive, at a word boundary, followed by
   white space or a colon), its length in `*len`; `*update` when it is an
   update's.  False when none. */
static bool
label_at(const char* s, size_t n, size_t* len, bool* update)
{
  for (int pass = 0; pass < 2; ++pass) {
    const char* const* list = pass ? update_labels : pub_labels;
    for (size_t i = 0; list[i]; ++i) {
      const size_t l = strlen(list[i]);
      if (l <= n && xlex_starts(s, n, list[i])) {
        size_t k = l;
        while (k < n && s[k] == ' ') {
          ++k;
        }
        if (k < n && (s[k] == ':' || k > l)) {
          k += s[k] == ':' ? 1u : 0u;
          *len = k;
          *update = pass == 1;
          return true;
        }
      }
    }
  }
  return false;
}

/* A line with a labelled publication date: the date after the first label
   that is not an update's (else after an update's, when `update_ok`). */
static bool
labelled_date(const char* s,
              size_t b,
              size_t e,
              bool update_ok,
              XYmd* out,
              XSpan* span,
              bool* labelled)
{
  *labelled = false;
  for (int pass = 0; pass < (update_ok ? 2 : 1); ++pass) {
    for (size_t i = b; i < e; ++i) {
      if (i > b && xlex_is_word_char((unsigned char)s[i - 1u]) &&
          !(s[i - 1u] >= '0' && s[i - 1u] <= '9')) {
        continue; /* "18:33:50Updated:" starts a label after a digit */
      }
      size_t len = 0;
      bool update = false;
      if (!label_at(s + i, e - i, &len, &update)) {
        continue;
      }
      *labelled |= s[i + len - 1u] == ':'; /* "Updated:" */
      if (update != (pass == 1)) {
        continue;
      }
      /* the date right after the label, before any other label */
      size_t stop = e;
      for (size_t k = i + len; k < e; ++k) {
        size_t l2 = 0;
        bool u2 = false;
        if ((!xlex_is_word_char((unsigned char)s[k - 1u]) ||
             (s[k - 1u] >= '0' && s[k - 1u] <= '9')) &&
            xlex_is_upper((unsigned char)s[k]) &&
            label_at(s + k, e - k, &l2, &u2)) {
          stop = k;
          break;
        }
      }
      if (full_date_in(s, i + len, stop, out, span)) {
        return true;
      }
    }
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
title_from(XCtx* x, XSource* src, size_t b, size_t e)
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
  char* out = dkg_strndup(s, n);
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

/* The date of a news dateline ("NEW DELHI, Sept 14 (PTI):"): the release's
   date when it has a year and the header gave none; else its month and day
   (`src->dateline_md`), which a year the text states completes. */
static void
dateline_date(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  XDate dates[1];
  if (!d->n_sents ||
      !xdate_find(d->text, d->news_city.e, d->sents[0].clip_b, dates, 1u) ||
      !dates[0].from.m || !dates[0].from.d || dates[0].to.m) {
    return;
  }
  if (dates[0].from.y && !src->published.y) {
    src->published = dates[0].from;
    src->published_span.b = dates[0].b;
    src->published_span.e = dates[0].e;
  } else if (!dates[0].from.y) {
    src->dateline_md = dates[0].from;
  }
}

/* The header and trailer lines: publication date, kind, dateline,
   publisher, title; and the HTML heading as the title. */
static void
read_lines(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  /* HTML: the first <h1>, else <h2>, is the title. */
  XSpan heading = d->h1.b < d->h1.e ? d->h1 : d->h2;
  if (heading.b < heading.e) {
    title_from(x, src, heading.b, heading.e);
  }
  bool after_kind = false;
  bool labelled_pub = false; /* the date is a labelled publication date */
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
      bool labelled = false;
      if (labelled_date(s, b, e, false, &ymd, &span, &labelled)) {
        /* a labelled publication date beats a plain date line or an
           update's */
        if (!labelled_pub) {
          src->published = ymd;
          src->published_span = span;
        }
        labelled_pub = true;
        after_kind = false;
        continue;
      }
      if (labelled_date(s, b, e, true, &ymd, &span, &labelled)) {
        if (!src->published.y) {
          src->published = ymd;
          src->published_span = span;
        }
        after_kind = false;
        continue;
      }
      if (labelled) {
        continue; /* "Updated:" with no date read: not a title */
      }
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
}

/* HTML <title>: "Title - Publisher" or "Title | Publisher", when the
   registry knows the publisher. */
static void
html_publisher(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
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
}

/* A news dateline: "WASHINGTON (Sputnik) --". */
static void
news_dateline(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
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
    dateline_date(x, src);
  }
}

/* "11/12/2024" or "17-11-2021" at s[i] (a word boundary): its readings as
   day/month and month/day, the same when only one is a date; false when none
   is. */
static bool
numeric_at(const char* s, size_t i, size_t e, XYmd out[2], size_t* end)
{
  int v[3] = { 0, 0, 0 };
  size_t k = i;
  char sep = 0; /* "11/12/2024", "17-11-2021": the same both times */
  for (int part = 0; part < 3; ++part) {
    const size_t from = k;
    while (k < e && s[k] >= '0' && s[k] <= '9' && k - from < 4u) {
      v[part] = v[part] * 10 + (s[k] - '0');
      ++k;
    }
    const size_t digits = k - from;
    if (part == 0 && k < e && (s[k] == '/' || s[k] == '-')) {
      sep = s[k];
    }
    if (part < 2 ? (digits < 1u || digits > 2u || k >= e || s[k] != sep)
                 : (digits != 4u ||
                    (k < e && xlex_is_word_char((unsigned char)s[k])))) {
      return false;
    }
    k += part < 2 ? 1u : 0u;
  }
  const XYmd dm = { v[2], v[1], v[0] }, md = { v[2], v[0], v[1] };
  const bool dm_ok = dm.m >= 1 && dm.d >= 1 && xdate_valid(&dm);
  const bool md_ok = md.m >= 1 && md.d >= 1 && xdate_valid(&md);
  if (!dm_ok && !md_ok) {
    return false;
  }
  out[0] = dm_ok ? dm : md;
  out[1] = md_ok ? md : dm;
  *end = k;
  return v[2] >= 1990 && v[2] <= 2100;
}

/* Is s[k, e) a clock time ("08:06 PM EDT", "20:08:40"): one or two
   digits, a colon and two digits? */
static bool
clock_at(const char* s, size_t k, size_t e)
{
  size_t c = k;
  while (c < e && s[c] >= '0' && s[c] <= '9' && c - k < 3u) {
    ++c;
  }
  return c > k && c - k <= 2u && c + 2u < e && s[c] == ':' &&
         s[c + 1u] >= '0' && s[c + 1u] <= '9' && s[c + 2u] >= '0' &&
         s[c + 2u] <= '9';
}

/* A numeric date inside a header line that a clock time follows, a
   posting stamp ("Second ... Working Group Meeting 03/29/2024 08:06 PM
   EDT"): its readings in `r`, its span in [*at, *end). */
static bool
stamp_in(const char* s, size_t b, size_t e, XYmd r[2], size_t* at, size_t* end)
{
  for (size_t i = b + 1u; i < e; ++i) {
    if (s[i - 1u] != ' ' || s[i] < '0' || s[i] > '9') {
      continue;
    }
    size_t k = 0;
    if (numeric_at(s, i, e, r, &k) && k < e && s[k] == ' ' &&
        clock_at(s, k + 1u, e)) {
      *at = i;
      *end = k;
      return true;
    }
  }
  return false;
}

/* A short heading line that ends with a numeric date ("Consul General
   Sidenote 24/6/2016"): one to four words before it, the first
   capitalized, no sentence's end among them; its readings in `r`, where
   it starts and ends in `*at` and `*end`. */
static bool
trailing_numeric(const char* s,
                 size_t b,
                 size_t e,
                 XYmd r[2],
                 size_t* at,
                 size_t* end)
{
  size_t k = e;
  while (k > b && s[k - 1u] == ' ') {
    --k;
  }
  size_t q = k;
  while (q > b && s[q - 1u] != ' ') {
    --q;
  }
  if (q == b || !xlex_is_upper((unsigned char)s[b])) {
    return false;
  }
  size_t words = 0;
  for (size_t i = b; i < q; ++i) {
    if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ':') {
      return false;
    }
    words += s[i] != ' ' && (i == b || s[i - 1u] == ' ');
  }
  size_t stop = 0;
  if (words > 4u || !numeric_at(s, q, k, r, &stop) || stop != k) {
    return false;
  }
  *at = q;
  *end = k;
  return true;
}

/* A numeric date ("11/12/2024 | News release | Distributed by ...",
   "Posted on 11/12/2024") that starts a header or trailer line or follows
   a publication label: the release's date when it reads one way only,
   else both readings in `src->numeric`. */
static void
numeric_date(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  for (size_t pass = 0; !src->published.y && pass < 2u; ++pass) {
    const XLine* lines = pass ? d->tail : d->head;
    const size_t n = pass ? d->n_tail : d->n_head;
    for (size_t i = 0; i < n; ++i) {
      size_t at = lines[i].b;
      size_t len = 0;
      bool update = false;
      if (label_at(s + at, lines[i].e - at, &len, &update)) {
        at += len;
        while (at < lines[i].e && s[at] == ' ') {
          ++at;
        }
      }
      XYmd r[2];
      size_t end = 0;
      if (!numeric_at(s, at, lines[i].e, r, &end) &&
          !stamp_in(s, lines[i].b, lines[i].e, r, &at, &end) &&
          !trailing_numeric(s, lines[i].b, lines[i].e, r, &at, &end)) {
        continue;
      }
      const XSpan span = { at, end };
      if (r[0].m == r[1].m && r[0].d == r[1].d) {
        src->published = r[0];
        src->published_span = span;
      } else {
        src->numeric[0] = r[0];
        src->numeric[1] = r[1];
        src->numeric_span = span;
      }
      return;
    }
  }
}

/* Is the word before s[at] (back to `b`) a preposition or a joiner that
   puts a date in running text ("on", "of", "and", ...)? */
static bool
prose_before(const char* s, size_t b, size_t at)
{
  static const char* const list[] = { "on",    "of",  "in",   "from", "since",
                                      "until", "by",  "to",   "and",  "or",
                                      "till",  "for", "than", NULL };
  size_t k = at;
  while (k > b && s[k - 1u] == ' ') {
    --k;
  }
  size_t w = k;
  while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  if (k > b && !(w < k) && s[k - 1u] != '\n') {
    return true; /* after punctuation: ", 15 December 2025" */
  }
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_eq(s + w, k - w, list[i])) {
      return true;
    }
  }
  return false;
}

/* Does s[b, e) hold a capitalized publication label ("Published",
   "Posted on") after a word boundary? */
static bool
capital_label(const char* s, size_t b, size_t e)
{
  for (size_t i = b; i < e; ++i) {
    size_t len = 0;
    bool update = false;
    if (xlex_is_upper((unsigned char)s[i]) && (i == b || s[i - 1u] == ' ') &&
        label_at(s + i, e - i, &len, &update) && !update) {
      return true;
    }
  }
  return false;
}

/* No date in the header or trailer: a line of the body that starts with a
   publication label and a colon ("Updated: 17-11-2021 13:52 IST" where a
   web copy puts it, below the lede); or, in the first sentence, a full date
   that no preposition introduces and a capital follows (a header run into
   the text without a blank line, its breaks made spaces: "... Technology
   15 December 2025 The third UK-EU Cyber Dialogue took place on ..."). */
static void
body_date(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  for (size_t b = 0; !src->published.y && b < d->len;) {
    const char* nl = (const char*)memchr(s + b, '\n', d->len - b);
    const size_t e = nl ? (size_t)(nl - s) : d->len;
    size_t len = 0;
    bool update = false;
    XYmd r[2];
    size_t end = 0;
    if (label_at(s + b, e - b, &len, &update) && s[b + len - 1u] == ':') {
      size_t at = b + len;
      while (at < e && s[at] == ' ') {
        ++at;
      }
      XSpan span;
      if (numeric_at(s, at, e, r, &end) && r[0].m == r[1].m &&
          r[0].d == r[1].d) {
        src->published = r[0];
        src->published_span.b = at;
        src->published_span.e = end;
      } else if (full_date_in(s, at, e, &src->published, &span)) {
        src->published_span = span;
      }
    } else if (e > b && s[e - 1u] != '.' && e - b < 400u &&
               capital_label(s, b, e)) {
      /* a byline run into the body: "Umer Jamshaid Published January
         12, 2023 | 09:01 PM"; a headline of any length run into its
         labelled date, which ends the line ("... for Asia's peace and
         stability Published: 2024-10-23") */
      XSpan span;
      bool labelled = false;
      if (labelled_date(s, b, e, false, &r[0], &span, &labelled) &&
          (e - b < 100u || (labelled && span.e == e))) {
        src->published = r[0];
        src->published_span = span;
      }
    }
    b = e + 1u;
  }
  if (src->published.y || !d->n_sents) {
    return;
  }
  XDate dates[4];
  const XSentence* st = &d->sents[0];
  const size_t n = xdate_find(s, st->clip_b, st->e, dates, 4u);
  for (size_t i = 0; i + 1u < n; ++i) {
    const XDate* t = &dates[i];
    const size_t k = t->e;
    if (t->from.y && t->from.m && t->from.d && !t->to.m &&
        !prose_before(s, st->clip_b, t->b) && k + 1u < st->e && s[k] == ' ' &&
        xlex_is_upper((unsigned char)s[k + 1u])) {
      src->published = t->from;
      src->published_span.b = t->b;
      src->published_span.e = t->e;
      return;
    }
  }
}

/* Month names of other languages that a wire header may carry ("(AGENPARL)
   - Roma, 30 Marzo 2024", "Paris, le 3 mars 2021", "Berlin, 5. März
   2020", "Madrid, 30 de marzo de 2024"), read only as day, month and year
   together; English names and
   ambiguous short forms are not here.  The month, else 0. */
static int
foreign_month(const char* s, size_t n)
{
  static const struct
  {
    const char* name;
    int m;
  } list[] = {
    /* Italian */
    { "gennaio", 1 },
    { "febbraio", 2 },
    { "marzo", 3 },
    { "aprile", 4 },
    { "maggio", 5 },
    { "giugno", 6 },
    { "luglio", 7 },
    { "agosto", 8 },
    { "settembre", 9 },
    { "ottobre", 10 },
    { "dicembre", 12 },
    /* French */
    { "janvier", 1 },
    { "f\xC3\xA9vrier", 2 },
    { "mars", 3 },
    { "avril", 4 },
    { "juin", 6 },
    { "juillet", 7 },
    { "ao\xC3\xBBt", 8 },
    { "septembre", 9 },
    { "octobre", 10 },
    { "novembre", 11 },
    { "d\xC3\xA9"
      "cembre",
      12 },
    /* Spanish, Portuguese */
    { "enero", 1 },
    { "febrero", 2 },
    { "abril", 4 },
    { "mayo", 5 },
    { "junio", 6 },
    { "julio", 7 },
    { "septiembre", 9 },
    { "setiembre", 9 },
    { "octubre", 10 },
    { "noviembre", 11 },
    { "diciembre", 12 },
    { "janeiro", 1 },
    { "fevereiro", 2 },
    { "mar\xC3\xA7o", 3 },
    { "maio", 5 },
    { "junho", 6 },
    { "julho", 7 },
    { "setembro", 9 },
    { "outubro", 10 },
    { "novembro", 11 },
    { "dezembro", 12 },
    /* German */
    { "januar", 1 },
    { "februar", 2 },
    { "m\xC3\xA4rz", 3 },
    { "juni", 6 },
    { "juli", 7 },
    { "oktober", 10 },
    { "dezember", 12 },
  };
  for (size_t i = 0; i < sizeof(list) / sizeof(list[0]); ++i) {
    if (xlex_eq(s, n, list[i].name)) {
      return list[i].m;
    }
  }
  return 0;
}

/* "30 Marzo 2024", "5. März 2020" at s[i] (of a line ending at e): day,
   a month name of another language, a four-digit year. */
static bool
foreign_at(const char* s, size_t i, size_t e, XYmd* out, size_t* end)
{
  size_t k = i;
  int d = 0;
  while (k < e && s[k] >= '0' && s[k] <= '9' && k - i < 3u) {
    d = d * 10 + (s[k] - '0');
    ++k;
  }
  if (k == i || k - i > 2u) {
    return false;
  }
  k += k < e && s[k] == '.' ? 1u : 0u;
  if (k >= e || s[k] != ' ') {
    return false;
  }
  ++k;
  /* "30 de marzo de 2024", "30 de março de 2024" */
  const bool de = xlex_starts(s + k, e - k, "de ");
  k += de ? 3u : 0u;
  size_t w = k;
  while (w < e && (xlex_is_word_char((unsigned char)s[w]) ||
                   (unsigned char)s[w] >= 0x80u)) {
    ++w;
  }
  const int m = foreign_month(s + k, w - k);
  if (!m || w >= e || s[w] != ' ') {
    return false;
  }
  k = w + 1u;
  if (de) {
    if (!xlex_starts(s + k, e - k, "de ")) {
      return false;
    }
    k += 3u;
  }
  int y = 0;
  size_t q = k;
  while (q < e && s[q] >= '0' && s[q] <= '9' && q - k < 5u) {
    y = y * 10 + (s[q] - '0');
    ++q;
  }
  if (q - k != 4u || (q < e && xlex_is_word_char((unsigned char)s[q])) ||
      y < 1990 || y > 2100) {
    return false;
  }
  const XYmd r = { y, m, d };
  if (d < 1 || !xdate_valid(&r)) {
    return false;
  }
  *out = r;
  *end = q;
  return true;
}

/* No date read yet: a header line with a date whose month is named in
   another language, at a word boundary ("(AGENPARL) - Roma, 30 Marzo
   2024"). */
static void
foreign_date(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  for (size_t i = 0; !src->published.y && !src->numeric[0].y && i < d->n_head;
       ++i) {
    for (size_t k = d->head[i].b; k < d->head[i].e; ++k) {
      if (k > d->head[i].b && xlex_is_word_char((unsigned char)s[k - 1u])) {
        continue;
      }
      XYmd r;
      size_t end = 0;
      if (foreign_at(s, k, d->head[i].e, &r, &end)) {
        src->published = r;
        src->published_span.b = k;
        src->published_span.e = end;
        return;
      }
    }
  }
}

/* A posting stamp on a line of its own, anywhere in the text: a full date
   alone ("4 December 2021" between two paragraphs), or one and a clock
   time right after it, at most a site's name before it (one
   or two words, none lower-case prose) and only a zone after the time
   ("December 11, 2019 4:51 PM GMT+7", "English.news.cn 2014-02-25
   05:44:42"): the release's date when no other line gave one. */
static void
stamp_line(XCtx* x, XSource* src)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  for (size_t b = 0; !src->published.y && !src->numeric[0].y && b < d->len;) {
    size_t e = 0;
    const size_t next = xdoc_trimmed_line(s, &b, d->len, &e);
    XDate dt[2];
    if (e > b && e - b < 80u && xdate_find(s, b, e, dt, 2u) == 1u &&
        dt[0].from.y && dt[0].from.m && dt[0].from.d && !dt[0].to.m &&
        dt[0].weekday != -2 &&
        ((dt[0].b == b && dt[0].e == e) ||
         (dt[0].e < e && s[dt[0].e] == ' ' && clock_at(s, dt[0].e + 1u, e)))) {
      /* before the date: nothing, or one or two words with no space
         inside a lower-case word ("English.news.cn") */
      size_t words = 0;
      bool prose = false;
      for (size_t k = b; k < dt[0].b; ++k) {
        if (s[k] != ' ' && (k == b || s[k - 1u] == ' ')) {
          ++words;
          size_t w = k;
          while (w < dt[0].b && s[w] != ' ') {
            ++w;
          }
          prose |=
            (s[k] >= 'a' && s[k] <= 'z' && memchr(s + k, '.', w - k) == NULL);
        }
      }
      /* after the time: "PM", "AM", a zone ("GMT+7", "EDT", "IST") */
      size_t k = dt[0].e + 1u;
      while (k < e && ((s[k] >= '0' && s[k] <= '9') || s[k] == ':')) {
        ++k;
      }
      bool rest_ok = true;
      for (size_t q = k; q < e; ++q) {
        rest_ok &= !(s[q] >= 'a' && s[q] <= 'z');
      }
      if (words <= 2u && !prose && rest_ok) {
        src->published = dt[0].from;
        src->published_span.b = dt[0].b;
        src->published_span.e = dt[0].e;
        return;
      }
    }
    b = next;
  }
}

void
xsource_read(XCtx* x, XSource* src)
{
  read_lines(x, src);
  numeric_date(x, src);
  foreign_date(x, src);
  body_date(x, src);
  html_publisher(x, src);
  news_dateline(x, src);
  xmeeting_release_date(x, src);
  stamp_line(x, src);
}

void
xsource_free(XSource* s)
{
  char** fields[] = { s ? &s->title : NULL,
                      s ? &s->publisher : NULL,
                      s ? &s->kind : NULL,
                      s ? &s->dateline : NULL };
  for (size_t i = 0; s && i < 4u; ++i) {
    free(*fields[i]);
    *fields[i] = NULL;
  }
}
