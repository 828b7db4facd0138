/* extract: the evidence of a record's values.  Each item is the JSON
   Pointer of a value and the span of the words it came from; written as
   the quote, its code point offsets and the sentence holding it. */

#include "xint.h"

#include "util/str.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void
xev_add(XEvList* l, const char* path, XSpan span)
{
  if (span.b >= span.e) {
    return;
  }
  XEv ev = { dkg_strdup(path), span, NULL };
  if (!ev.path ||
      !xvec_push((void**)&l->items, &l->n, &l->cap, sizeof(ev), &ev)) {
    free(ev.path);
    l->nomem = true;
  }
}

void
xev_free(XEvList* l)
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

/* A sentence longer than this many code points is cut to a window around
   the quote (a list of N agencies would otherwise repeat its whole
   sentence N times: N squared bytes). */
#define EV_LONG_SENTENCE 600u
/* The code points of context kept on each side of the quote in a window. */
#define EV_WINDOW 200u

static bool
ev_space(char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The byte `n` code points before `i`, not before `lo`. */
static size_t
ev_back(const char* s, size_t i, size_t lo, size_t n)
{
  for (; i > lo && n; --n) {
    --i;
    while (i > lo && ((unsigned char)s[i] & 0xC0u) == 0x80u) {
      --i;
    }
  }
  return i;
}

/* The byte `n` code points after `i`, not past `hi`. */
static size_t
ev_forward(const char* s, size_t i, size_t hi, size_t n)
{
  for (; i < hi && n; --n) {
    ++i;
    while (i < hi && ((unsigned char)s[i] & 0xC0u) == 0x80u) {
      ++i;
    }
  }
  return i;
}

/* The part of the sentence `ctx` shown with the quote `q`: all of it, or,
   when it is long, the quote with up to EV_WINDOW code points either side
   cut at word boundaries; *cut_b and *cut_e say whether a side was cut. */
static XSpan
ev_window(const XCtx* x, XSpan ctx, XSpan q, bool* cut_b, bool* cut_e)
{
  const char* s = x->doc.text;
  *cut_b = *cut_e = false;
  if (ev_forward(s, ctx.b, ctx.e, EV_LONG_SENTENCE) >= ctx.e) {
    return ctx;
  }
  XSpan w = { ev_back(s, q.b, ctx.b, EV_WINDOW),
              ev_forward(s, q.e, ctx.e, EV_WINDOW) };
  if (w.b > ctx.b) {
    /* a word cut in two is left out, up to the quote */
    while (w.b < q.b && !ev_space(s[w.b - 1u])) {
      ++w.b;
    }
    *cut_b = true;
  }
  if (w.e < ctx.e) {
    while (w.e > q.e && !ev_space(s[w.e])) {
      --w.e;
    }
    *cut_e = true;
  }
  return w;
}

/* `text` with "…" before it (cut_b) and after it (cut_e), or NULL. */
static char*
ev_mark(char* text, bool cut_b, bool cut_e)
{
  static const char dots[] = "\xE2\x80\xA6"; /* U+2026 */
  if (!text || (!cut_b && !cut_e)) {
    return text;
  }
  const size_t n = strlen(text), d = sizeof(dots) - 1u;
  char* out = (char*)malloc(n + 2u * d + 1u);
  if (out) {
    size_t k = 0;
    if (cut_b) {
      memcpy(out, dots, d);
      k = d;
    }
    memcpy(out + k, text, n);
    k += n;
    if (cut_e) {
      memcpy(out + k, dots, d);
      k += d;
    }
    out[k] = '\0';
  }
  free(text);
  return out;
}

/* The code point offset of the byte `off` of the text, counted from the
   last one asked (*at, *cp): items mostly come in the order of the text,
   so a list of N items costs about the text's length, not N times it. */
static size_t
ev_cp(const XCtx* x, size_t off, size_t* at, size_t* cp)
{
  const unsigned char* s = (const unsigned char*)x->doc.text;
  off = off < x->doc.len ? off : x->doc.len;
  for (; *at < off; ++*at) {
    *cp += (s[*at] & 0xC0u) != 0x80u ? 1u : 0u;
  }
  for (; *at > off; --*at) {
    *cp -= (s[*at - 1u] & 0xC0u) != 0x80u ? 1u : 0u;
  }
  return *cp;
}

/* NULL when memory runs out (the record then has no "evidence", which the
   command reports as memory running out). */
cJSON*
xev_json(const XCtx* x, const XEvList* l)
{
  cJSON* arr = cJSON_CreateArray();
  size_t at = 0, cp = 0; /* byte `at` of the text is code point `cp` */
  for (size_t i = 0; arr && i < l->n; ++i) {
    const XEv* ev = &l->items[i];
    cJSON* o = cJSON_CreateObject();
    XSpan ctx = ev_context(x, ev->span);
    /* a quote that runs past its sentence: the sentence holds it all */
    ctx.b = ctx.b < ev->span.b ? ctx.b : ev->span.b;
    ctx.e = ctx.e > ev->span.e ? ctx.e : ev->span.e;
    /* one code point for one: the quote stands at its offsets */
    char* quote =
      xcheck_quote(x->doc.text + ev->span.b, ev->span.e - ev->span.b);
    /* a long sentence: a window around the quote */
    bool cut_b = false, cut_e = false;
    ctx = ev_window(x, ctx, ev->span, &cut_b, &cut_e);
    /* the sentence with its white space folded, unless that loses the
       quote (a quote holding a run of spaces) */
    char* sentence = xctx_copy(x, ctx.b, ctx.e);
    if (sentence && quote && !strstr(sentence, quote)) {
      free(sentence);
      sentence = xcheck_quote(x->doc.text + ctx.b, ctx.e - ctx.b);
    }
    sentence = ev_mark(sentence, cut_b, cut_e);
    /* memory running out leaves no item half made: no array at all */
    const bool ok =
      o && quote && sentence && cJSON_AddStringToObject(o, "path", ev->path) &&
      cJSON_AddStringToObject(o, "quote", quote) &&
      cJSON_AddNumberToObject(
        o, "start", (double)ev_cp(x, ev->span.b, &at, &cp)) &&
      cJSON_AddNumberToObject(
        o, "end", (double)ev_cp(x, ev->span.e, &at, &cp)) &&
      cJSON_AddStringToObject(o, "sentence", sentence) &&
      (!ev->note || cJSON_AddStringToObject(o, "$note", ev->note)) &&
      cJSON_AddItemToArray(arr, o);
    free(quote);
    free(sentence);
    if (!ok) {
      cJSON_Delete(o);
      cJSON_Delete(arr);
      return NULL;
    }
  }
  return arr;
}

void
xev_note(XEvList* l, const char* note)
{
  if (l->n) {
    free(l->items[l->n - 1u].note);
    l->items[l->n - 1u].note = dkg_strdup(note);
  }
}
