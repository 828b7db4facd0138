/* extract: loading a release (plain text or HTML through libxml2's HTML
   parser), finding its header and trailer lines, its paragraphs, its news
   dateline and its sentences, all with byte offsets into one text. */

#include "xint.h"

#include "util/buf.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <stdlib.h>
#include <string.h>

/* ---- UTF-8 ------------------------------------------------------------- */

/* Offset of the first byte that breaks UTF-8 (or a NUL), or len when none
   does. */
static size_t
utf8_check(const unsigned char* s, size_t len)
{
  size_t i = 0;
  while (i < len) {
    const size_t n = xcheck_utf8_len(s + i, len - i);
    if (!n || !s[i]) {
      return i;
    }
    i += n;
  }
  return len;
}

size_t
xdoc_cp_offset(const XDoc* doc, size_t off)
{
  size_t n = 0;
  for (size_t i = 0; i < off && i < doc->len; ++i) {
    if (((unsigned char)doc->text[i] & 0xC0u) != 0x80u) {
      ++n;
    }
  }
  return n;
}

void
xdoc_line_col(const XDoc* doc, size_t off, unsigned* line, unsigned* col)
{
  unsigned l = 1, c = 1;
  for (size_t i = 0; i < off && i < doc->len; ++i) {
    if (doc->text[i] == '\n') {
      ++l;
      c = 1;
    } else {
      ++c;
    }
  }
  *line = l;
  *col = c;
}

size_t
xdoc_trimmed_line(const char* s, size_t* b, size_t bound, size_t* e)
{
  const char* nl = (const char*)memchr(s + *b, '\n', bound - *b);
  *e = nl ? (size_t)(nl - s) : bound;
  const size_t next = *e + 1u;
  while (*b < *e && (s[*b] == ' ' || s[*b] == '\t')) {
    ++*b;
  }
  while (*e > *b &&
         (s[*e - 1u] == ' ' || s[*e - 1u] == '\t' || s[*e - 1u] == '\r')) {
    --*e;
  }
  return next;
}

bool
xdoc_sniff_html(const char* bytes, size_t len)
{
  size_t i = 0;
  while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' ||
                     bytes[i] == '\n' || (unsigned char)bytes[i] == 0xEFu ||
                     (unsigned char)bytes[i] == 0xBBu ||
                     (unsigned char)bytes[i] == 0xBFu)) {
    ++i;
  }
  static const char* const starts[] = { "<!doctype html", "<html", "<head",
                                        "<body",          "<p>",   "<div",
                                        "<!--",           "<meta", NULL };
  for (size_t k = 0; starts[k]; ++k) {
    const size_t n = strlen(starts[k]);
    if (len - i >= n && xlex_eq(bytes + i, n, starts[k])) {
      return true;
    }
  }
  return false;
}

/* ---- HTML to text ------------------------------------------------------ */

typedef struct
{
  DkgBuf out;
  bool space; /* a space is pending */
  XSpan h1, h2;
  char* title;
  bool failed;
} HtmlText;

static bool
name_in(const xmlChar* name, const char* const* list)
{
  for (size_t i = 0; list[i]; ++i) {
    if (!strcmp((const char*)name, list[i])) {
      return true;
    }
  }
  return false;
}

/* Ends the current line: `n` is 1 for a line break, 2 for a paragraph. */
static void
html_break(HtmlText* h, int n)
{
  h->space = false;
  size_t have = 0;
  while (have < h->out.len && h->out.buf[h->out.len - 1u - have] == '\n') {
    ++have;
  }
  if (h->out.len == 0) {
    return;
  }
  /* Trailing spaces before the break go. */
  while (h->out.len && h->out.buf[h->out.len - 1u] == ' ') {
    h->out.buf[--h->out.len] = '\0';
  }
  for (size_t k = have; k < (size_t)n; ++k) {
    h->failed |= !dkg_buf_append(&h->out, "\n", 1u);
  }
}

/* Appends a text node, its white space folded; what no record value may
   hold is cleaned: a control character is white space, a byte that breaks
   UTF-8 (a page in another encoding that libxml2 passed through) and
   U+FFFE/U+FFFF become U+FFFD. */
static void
html_text(HtmlText* h, const char* s)
{
  const size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    size_t len = 0;
    const XCheckChar k = xcheck_char((const unsigned char*)s + i, n - i, &len);
    const bool nbsp = len == 2u && (unsigned char)s[i] == 0xC2u &&
                      (unsigned char)s[i + 1u] == 0xA0u;
    if (k == XCHECK_SPACE || k == XCHECK_CONTROL || nbsp || s[i] == ' ') {
      h->space = true;
      i += len;
      continue;
    }
    if (h->space && h->out.len && h->out.buf[h->out.len - 1u] != '\n') {
      h->failed |= !dkg_buf_append(&h->out, " ", 1u);
    }
    h->space = false;
    if (k == XCHECK_INVALID) {
      h->failed |= !dkg_buf_append(&h->out, "\xEF\xBF\xBD", 3u);
    } else {
      h->failed |= !dkg_buf_append(&h->out, s + i, len);
    }
    i += len;
  }
}

/* A <header> of the page (its banner, logo, site name), not one inside
   <article>, <main> or <section>, which is the article's own and may hold
   its <h1>. */
static bool
page_header(const xmlNode* n)
{
  static const char* const content[] = { "article", "main", "section", NULL };
  for (const xmlNode* p = n->parent; p; p = p->parent) {
    if (p->type == XML_ELEMENT_NODE && p->name && name_in(p->name, content)) {
      return false;
    }
  }
  return true;
}

static void
html_walk(HtmlText* h, xmlNode* node)
{
  static const char* const skip[] = {
    "script", "style",  "noscript", "nav",   "footer",   "aside", "form",
    "button", "select", "iframe",   "svg",   "template", "menu",  "object",
    "embed",  "canvas", "video",    "audio", NULL
  };
  static const char* const block[] = {
    "p",       "div",  "h1",     "h2",         "h3",         "h4",
    "h5",      "h6",   "li",     "ul",         "ol",         "section",
    "article", "main", "table",  "tr",         "blockquote", "dd",
    "dt",      "dl",   "figure", "figcaption", "address",    "pre",
    "hr",      "body", "center", "title",      "header",     NULL
  };
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        html_text(h, (const char*)n->content);
      }
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || !n->name) {
      continue;
    }
    const xmlChar* name = n->name;
    if (!strcmp((const char*)name, "head")) {
      for (xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE &&
            !strcmp((const char*)c->name, "title") && !h->title) {
          xmlChar* t = xmlNodeGetContent(c);
          if (t) {
            HtmlText tmp;
            memset(&tmp, 0, sizeof(tmp));
            html_text(&tmp, (const char*)t);
            h->title = tmp.out.buf ? strdup(tmp.out.buf) : NULL;
            dkg_buf_destroy(&tmp.out);
            xmlFree(t);
          }
        }
      }
      continue;
    }
    if (name_in(name, skip) ||
        (!strcmp((const char*)name, "header") && page_header(n))) {
      continue;
    }
    if (!strcmp((const char*)name, "br")) {
      html_break(h, 1);
      continue;
    }
    const bool is_block = name_in(name, block);
    const bool is_cell =
      !strcmp((const char*)name, "td") || !strcmp((const char*)name, "th");
    if (is_block) {
      html_break(h, 2);
    } else if (is_cell) {
      h->space = true;
    }
    const size_t start = h->out.len;
    html_walk(h, n->children);
    if (is_block) {
      html_break(h, 2);
    }
    size_t end = h->out.len;
    while (end > start && h->out.buf[end - 1u] == '\n') {
      --end;
    }
    if (!strcmp((const char*)name, "h1") && h->h1.b == h->h1.e && end > start) {
      h->h1.b = start;
      h->h1.e = end;
    } else if (!strcmp((const char*)name, "h2") && h->h2.b == h->h2.e &&
               end > start) {
      h->h2.b = start;
      h->h2.e = end;
    }
  }
}

static DkgStatus
load_html(XDoc* doc,
          const char* bytes,
          size_t len,
          const char* file,
          DkgDiag* diag)
{
  if (len > (size_t)0x7FFFFFFF) {
    return DKG_ERR_LIMIT;
  }
  /* A parser context of our own, to see the error that recover mode
     otherwise hides: libxml2 stops at 256 levels of nesting and drops the
     rest of the page. */
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  htmlDocPtr html =
    ctxt ? htmlCtxtReadMemory(ctxt,
                              bytes,
                              (int)len,
                              NULL,
                              "UTF-8",
                              HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
         : NULL;
  const xmlError* err = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
  const bool too_deep =
    err && err->message && strstr(err->message, "Excessive depth");
  if (ctxt) {
    htmlFreeParserCtxt(ctxt);
  }
  if (too_deep) {
    DkgPlace place = { file, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "the HTML is nested deeper than libxml2 reads (256 "
                    "levels): the page past that point would be lost, so "
                    "no record is made; flatten the markup or give the text "
                    "with --text");
    xmlFreeDoc(html);
    return DKG_ERR_LIMIT;
  }
  if (!html) {
    DkgPlace place = { file, 0, 0, NULL };
    dkg_diag_report(diag, DKG_ERROR, &place, "libxml2 cannot read this HTML");
    return DKG_ERR_SYNTAX;
  }
  HtmlText h;
  memset(&h, 0, sizeof(h));
  html_walk(&h, xmlDocGetRootElement(html));
  xmlFreeDoc(html);
  html_break(&h, 1);
  if (h.failed || !dkg_buf_append(&h.out, "", 0u) || !h.out.buf) {
    dkg_buf_destroy(&h.out);
    free(h.title);
    return DKG_ERR_NOMEM;
  }
  doc->text = h.out.buf;
  doc->len = h.out.len;
  doc->h1 = h.h1;
  doc->h2 = h.h2;
  doc->html_title = h.title;
  return DKG_SUCCESS;
}

/* ---- Paragraphs, header, sentences ------------------------------------- */

static bool
is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

typedef struct
{
  size_t b, e;
  bool prose;
} Para;

static size_t
count_words(const char* s, size_t b, size_t e)
{
  size_t n = 0;
  bool in = false;
  for (size_t i = b; i < e; ++i) {
    const bool w = !is_space(s[i]);
    n += (w && !in) ? 1u : 0u;
    in = w;
  }
  return n;
}

/* A paragraph of running text, not a heading, date or dateline line. */
static bool
is_prose(const char* s, size_t b, size_t e)
{
  const size_t words = count_words(s, b, e);
  if (words >= 12u) {
    return true;
  }
  size_t end = e;
  while (end > b && (s[end - 1u] == '"' || s[end - 1u] == ')' ||
                     ((unsigned char)s[end - 1u] == 0x9Du && end >= b + 3u))) {
    end -= (unsigned char)s[end - 1u] == 0x9Du ? 3u : 1u;
  }
  if (end > b &&
      (s[end - 1u] == '.' || s[end - 1u] == '!' || s[end - 1u] == '?')) {
    /* "Washington, D.C." is a dateline line, not prose. */
    return words >= 5u;
  }
  return false;
}

static bool
is_abbreviation(const char* s, size_t b, size_t dot)
{
  static const char* const abbrev[] = {
    "mr",    "ms",   "mrs",    "dr",  "st",  "jr",   "sr",   "no",     "gen",
    "lt",    "col",  "amb",    "sen", "rep", "gov",  "prof", "inc",    "co",
    "vs",    "etc",  "jan",    "feb", "mar", "apr",  "jun",  "jul",    "aug",
    "sep",   "sept", "oct",    "nov", "dec", "hon",  "capt", "cmdr",   "adm",
    "maj",   "sgt",  "messrs", "mt",  "ft",  "dept", "govt", "approx", "est",
    "fig",   "op",   "vol",    "mon", "tue", "tues", "wed",  "thu",    "thur",
    "thurs", "fri",  "lieu",   "ret", "smt", "retd", NULL
  };
  size_t w = dot;
  while (w > b && !is_space(s[w - 1u]) && s[w - 1u] != '(' &&
         s[w - 1u] != '"') {
    --w;
  }
  const size_t n = dot - w;
  if (n == 0) {
    return false;
  }
  if (w == b) {
    size_t d = w;
    while (d < dot && s[d] >= '0' && s[d] <= '9') {
      ++d;
    }
    if (d == dot) {
      return true; /* a paragraph number: "1. On October 3, ..." */
    }
  }
  if (n == 1u && xlex_is_upper((unsigned char)s[w])) {
    return true; /* an initial: "John F. Kennedy", "S. Korea" */
  }
  for (size_t i = w; i < dot; ++i) {
    if (s[i] == '.') {
      return true; /* "U.S", "D.C", "a.m" */
    }
  }
  for (size_t k = 0; abbrev[k]; ++k) {
    if (xlex_eq(s + w, n, abbrev[k])) {
      return true;
    }
  }
  return false;
}

/* A sub-heading inside a run of lines: text[b, e) is one line of two to
   twelve words in title case ("Addressing Cyber Threats in an Evolving
   Digital World": the words of four letters or more capitalized), with
   no final punctuation, after a line that ends a sentence (`b` is just
   after that line's break). */
static bool
sub_heading(const char* s, size_t from, size_t b, size_t e)
{
  size_t q = b;
  while (q > from && is_space(s[q - 1u])) {
    --q;
  }
  if (q == b || q == from || memchr(s + q, '\n', b - q) == NULL) {
    return false; /* not after a line break, or at the run's start */
  }
  const char before = s[q - 1u];
  if (before != '.' && before != '!' && before != '?' && before != '"') {
    return false;
  }
  while (e > b && is_space(s[e - 1u])) {
    --e;
  }
  if (e <= b || !xlex_is_upper((unsigned char)s[b]) ||
      strchr(".!?:;,\")", s[e - 1u])) {
    return false;
  }
  const size_t words = count_words(s, b, e);
  if (words < 2u || words > 12u) {
    return false;
  }
  for (size_t i = b; i < e;) {
    size_t w = 0;
    while (i + w < e && s[i + w] != ' ') {
      ++w;
    }
    if (w >= 4u && !xlex_is_upper((unsigned char)s[i])) {
      return false;
    }
    i += w + 1u;
  }
  return true;
}

static bool
split_sentences(XDoc* doc, const Para* p, size_t para, size_t* cap)
{
  const char* s = doc->text;
  size_t start = p->b;
  size_t i = p->b;
  while (i < p->e) {
    const char c = s[i];
    if (c == '\n' && sub_heading(s, p->b, start, i)) {
      /* a sub-heading is no sentence of the prose: skipped */
      while (i < p->e && is_space(s[i])) {
        ++i;
      }
      start = i;
      continue;
    }
    if (c == '.' || c == '!' || c == '?') {
      size_t j = i + 1u;
      /* closing quotes and brackets belong to the sentence */
      for (;;) {
        if (j < p->e && (s[j] == '"' || s[j] == '\'' || s[j] == ')')) {
          ++j;
        } else if (j + 2u < p->e && (unsigned char)s[j] == 0xE2u &&
                   (unsigned char)s[j + 1u] == 0x80u &&
                   ((unsigned char)s[j + 2u] == 0x9Du ||
                    (unsigned char)s[j + 2u] == 0x99u)) {
          j += 3u;
        } else {
          break;
        }
      }
      size_t k = j;
      while (k < p->e && is_space(s[k])) {
        ++k;
      }
      const bool end = k >= p->e;
      bool boundary = end;
      if (!end && k > j) {
        const unsigned char n = (unsigned char)s[k];
        const bool opener = xlex_is_upper(n) || (n >= '0' && n <= '9') ||
                            n == '"' ||
                            (n == 0xE2u && (unsigned char)s[k + 1u] == 0x80u &&
                             (unsigned char)s[k + 2u] == 0x9Cu);
        boundary = opener && !(c == '.' && is_abbreviation(s, start, i));
        /* "U.S. The" stays one sentence unless a new line follows. */
        if (!boundary && c == '.' && opener) {
          for (size_t q = j; q < k; ++q) {
            boundary |= s[q] == '\n';
          }
        }
      }
      if (boundary) {
        XSentence st = { start, j, para, start };
        if (!xvec_push(
              (void**)&doc->sents, &doc->n_sents, cap, sizeof(st), &st)) {
          return false;
        }
        start = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    ++i;
  }
  if (start < p->e) {
    size_t e = p->e;
    while (e > start && is_space(s[e - 1u])) {
      --e;
    }
    if (e > start) {
      XSentence st = { start, e, para, start };
      return xvec_push(
        (void**)&doc->sents, &doc->n_sents, cap, sizeof(st), &st);
    }
  }
  return true;
}

static bool
add_lines(const XDoc* doc, const Para* p, XLine** lines, size_t* n, size_t* cap)
{
  size_t b = p->b;
  while (b < p->e) {
    size_t e = b;
    while (e < p->e && doc->text[e] != '\n') {
      ++e;
    }
    size_t lb = b, le = e;
    while (lb < le && is_space(doc->text[lb])) {
      ++lb;
    }
    while (le > lb && is_space(doc->text[le - 1u])) {
      --le;
    }
    if (le > lb) {
      XLine line = { lb, le };
      if (!xvec_push((void**)lines, n, cap, sizeof(line), &line)) {
        return false;
      }
    }
    b = e + 1u;
  }
  return true;
}

/* A month name at s, or after a day of one or two digits ("10 December"). */
static bool
month_next(const char* s, size_t n)
{
  size_t k = 0;
  while (k < n && k < 2u && s[k] >= '0' && s[k] <= '9') {
    ++k;
  }
  if (k > 0) {
    if (k >= n || s[k] != ' ') {
      return false;
    }
    ++k;
  }
  return xlex_month(s + k, xlex_word_len(s + k, n - k)) > 0;
}

/* "WASHINGTON (Sputnik) --", "NEW DELHI, Sept 14 (PTI):", "TOKYO --" at the
   start of the first prose sentence. */
static void
find_news_dateline(XDoc* doc)
{
  if (!doc->n_sents) {
    return;
  }
  XSentence* st = &doc->sents[0];
  const char* s = doc->text;
  size_t i = st->b;
  size_t run = 0, best = 0;
  size_t clen = 0;
  const char* ccc = NULL;
  if (xlex_city_at(s + i, st->e - i, &clen, &ccc) && i + clen + 2u < st->e &&
      s[i + clen] == ',' && s[i + clen + 1u] == ' ' &&
      month_next(s + i + clen + 2u, st->e - i - clen - 2u)) {
    /* "Washington, Aug 14:", "Seoul, 10 December 2021 (TDI):": a known
       city in title case, then a date */
    i += clen;
    best = 3u;
  } else {
    clen = 0;
  }
  while (!clen && i < st->e &&
         (xlex_is_upper((unsigned char)s[i]) || s[i] == ' ' || s[i] == '.' ||
          s[i] == '\'' || s[i] == '-')) {
    run = xlex_is_upper((unsigned char)s[i]) ? run + 1u : 0u;
    best = run > best ? run : best;
    ++i;
  }
  if (best < 3u || (i < st->e && s[i] >= 'a' && s[i] <= 'z')) {
    return;
  }
  size_t city_e = i;
  while (city_e > st->b && (s[city_e - 1u] == ' ' || s[city_e - 1u] == '-')) {
    --city_e;
  }
  /* The last word of an all-capital run may be the sentence's first word
     ("WASHINGTON US and" cannot happen: a separator is required). */
  if (i < st->e && s[i] == ',') {
    size_t k = i + 1u;
    while (k < st->e && k < i + 24u && s[k] != '(' && s[k] != ':' &&
           !(s[k] == '-' && s[k + 1u] == '-') &&
           !((unsigned char)s[k] == 0xE2u)) {
      ++k;
    }
    i = k;
  }
  while (i < st->e && s[i] == ' ') {
    ++i;
  }
  XSpan agency = { 0, 0 };
  if (i < st->e && s[i] == '(') {
    size_t k = i + 1u;
    while (k < st->e && s[k] != ')') {
      ++k;
    }
    if (k >= st->e) {
      return;
    }
    agency.b = i + 1u;
    agency.e = k;
    i = k + 1u;
    while (i < st->e && s[i] == ' ') {
      ++i;
    }
  }
  size_t sep = 0;
  if (i + 1u < st->e && s[i] == '-' && s[i + 1u] == '-') {
    sep = 2u;
  } else if (i < st->e && (s[i] == '-' || s[i] == ':')) {
    sep = 1u;
  } else if (i + 2u < st->e && (unsigned char)s[i] == 0xE2u &&
             (unsigned char)s[i + 1u] == 0x80u &&
             ((unsigned char)s[i + 2u] == 0x93u ||
              (unsigned char)s[i + 2u] == 0x94u)) {
    sep = 3u;
  }
  if (!sep && !(agency.b < agency.e && i < st->e &&
                xlex_is_upper((unsigned char)s[i]))) {
    return; /* "New Delhi, Oct 6 (IANS) India and ..." needs none */
  }
  i += sep;
  while (i < st->e && s[i] == ' ') {
    ++i;
  }
  doc->news_city.b = st->b;
  doc->news_city.e = city_e;
  doc->news_agency = agency;
  st->clip_b = i;
}

/* A hard-wrapped paragraph of prose is one run of text: its line breaks
   (and tabs) become spaces, one byte for one, so that names, dates and
   quotes run across them and offsets do not move.  A line that starts a
   list item ("- ", "* ", bullets, "2. ") keeps its break. */
static void
unwrap_lines(XDoc* doc, const Para* p)
{
  char* s = doc->text;
  for (size_t i = p->b; i < p->e; ++i) {
    if (s[i] == '\t') {
      s[i] = ' ';
    }
    if (s[i] != '\n' && s[i] != '\r') {
      continue;
    }
    size_t k = i + 1u;
    while (k < p->e && (s[k] == '\n' || s[k] == '\r' || s[k] == ' ')) {
      ++k;
    }
    size_t d = k;
    while (d < p->e && s[d] >= '0' && s[d] <= '9') {
      ++d;
    }
    const bool item =
      k < p->e && ((s[k] == '-' || s[k] == '*') ||
                   !strncmp(s + k, "\xE2\x80\xA2", 3) /* bullet */ ||
                   (d > k && d < p->e && (s[d] == '.' || s[d] == ')')));
    /* a sub-heading on its own line keeps the break after it */
    size_t le = k;
    while (le < p->e && s[le] != '\n' && s[le] != '\r') {
      ++le;
    }
    if (!item && le < p->e && sub_heading(s, p->b, k, le)) {
      i = le; /* its own break, kept */
      continue;
    }
    if (!item) {
      s[i] = ' ';
    }
  }
}

DkgStatus
xdoc_load(XDoc* doc,
          const char* bytes,
          size_t len,
          bool html,
          const char* file,
          DkgDiag* diag)
{
  memset(doc, 0, sizeof(*doc));
  doc->html = html;
  if (html) {
    const DkgStatus st = load_html(doc, bytes, len, file, diag);
    if (st) {
      return st;
    }
  } else {
    size_t skip = 0;
    if (len >= 3u && (unsigned char)bytes[0] == 0xEFu &&
        (unsigned char)bytes[1] == 0xBBu && (unsigned char)bytes[2] == 0xBFu) {
      skip = 3u; /* a byte order mark */
    }
    const size_t bad =
      utf8_check((const unsigned char*)bytes + skip, len - skip);
    if (bad < len - skip) {
      DkgPlace place = { file, 0, 0, NULL };
      dkg_diag_report(diag,
                      DKG_ERROR,
                      &place,
                      "not UTF-8 text: bad byte 0x%02X at offset %zu",
                      (unsigned char)bytes[skip + bad],
                      skip + bad);
      return DKG_ERR_SYNTAX;
    }
    doc->text = (char*)malloc(len - skip + 1u);
    if (!doc->text) {
      return DKG_ERR_NOMEM;
    }
    memcpy(doc->text, bytes + skip, len - skip);
    doc->len = xcheck_clean_text(doc->text, len - skip);
  }

  /* Paragraphs: separated by blank lines. */
  Para* paras = NULL;
  size_t n_paras = 0, cap_paras = 0;
  const char* s = doc->text;
  size_t i = 0;
  bool ok = true;
  while (ok && i < doc->len) {
    while (i < doc->len && is_space(s[i])) {
      ++i;
    }
    if (i >= doc->len) {
      break;
    }
    size_t b = i, e = i;
    while (e < doc->len) {
      if (s[e] == '\n') {
        size_t k = e + 1u;
        while (k < doc->len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) {
          ++k;
        }
        if (k >= doc->len || s[k] == '\n') {
          break;
        }
      }
      ++e;
    }
    size_t te = e;
    while (te > b && is_space(s[te - 1u])) {
      --te;
    }
    Para p = { b, te, is_prose(s, b, te) };
    ok = xvec_push((void**)&paras, &n_paras, &cap_paras, sizeof(p), &p);
    i = e;
  }
  /* A headline of twelve words or more ("S. Korea, Japan, China to discuss
     N. Korea's cyber threats in Tokyo this week") is a header line: one
     line without a sentence's final punctuation before the first
     paragraph that ends as a sentence does (when there is one). */
  size_t demote = 0;
  for (size_t k = 0; k < n_paras; ++k) {
    const Para* p = &paras[k];
    if (!p->prose) {
      continue;
    }
    const char last_c = s[p->e - 1u];
    if (last_c == '.' || last_c == '!' || last_c == '?' || last_c == '"' ||
        last_c == ':' || last_c == ')' || memchr(s + p->b, '\n', p->e - p->b) ||
        count_words(s, p->b, p->e) >= 30u) {
      demote = k;
      break;
    }
  }
  for (size_t k = 0; k < demote; ++k) {
    paras[k].prose = false;
  }
  size_t first = n_paras, last = 0;
  for (size_t k = 0; k < n_paras; ++k) {
    if (paras[k].prose) {
      first = first == n_paras ? k : first;
      last = k;
    }
  }
  size_t cap_head = 0, cap_tail = 0, cap_sents = 0;
  for (size_t k = 0; ok && k < n_paras; ++k) {
    if (k < first) {
      ok = add_lines(doc, &paras[k], &doc->head, &doc->n_head, &cap_head);
    } else if (k > last) {
      ok = add_lines(doc, &paras[k], &doc->tail, &doc->n_tail, &cap_tail);
    } else if (paras[k].prose) {
      unwrap_lines(doc, &paras[k]);
      ok = split_sentences(doc, &paras[k], k, &cap_sents);
    }
  }
  free(paras);
  if (!ok) {
    return DKG_ERR_NOMEM;
  }
  find_news_dateline(doc);
  /* Numbered paragraphs: "1. On October 3, ..." */
  for (size_t k = 0; k < doc->n_sents; ++k) {
    XSentence* st = &doc->sents[k];
    size_t q = st->clip_b;
    while (q < st->e && s[q] >= '0' && s[q] <= '9') {
      ++q;
    }
    if (q > st->clip_b && q + 1u < st->e && (s[q] == '.' || s[q] == ')') &&
        s[q + 1u] == ' ') {
      st->clip_b = q + 2u;
    }
  }
  return DKG_SUCCESS;
}

void
xdoc_free(XDoc* doc)
{
  if (doc) {
    free(doc->text);
    free(doc->head);
    free(doc->tail);
    free(doc->sents);
    free(doc->html_title);
    memset(doc, 0, sizeof(*doc));
  }
}
