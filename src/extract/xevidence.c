/* extract: the evidence of a record's values.  Each item is the JSON
   Pointer of a value and the span of the words it came from; written as
   the quote, its code point offsets and the sentence holding it. */

#include "xint.h"

#include "util/str.h"

#include <stdlib.h>
#include <string.h>
void
xev_add(XEvList* l, const char* path, XSpan span)
{
  if (span.b >= span.e) {
    return;
  }
  XEv ev = { dkg_strdup(path), span, NULL };
  if (ev.path &&
      !xvec_push((void**)&l->items, &l->n, &l->cap, sizeof(ev), &ev)) {
    free(ev.path);
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

cJSON*
xev_json(const XCtx* x, const XEvList* l)
{
  cJSON* arr = cJSON_CreateArray();
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

void
xev_note(XEvList* l, const char* note)
{
  if (l->n) {
    free(l->items[l->n - 1u].note);
    l->items[l->n - 1u].note = dkg_strdup(note);
  }
}
