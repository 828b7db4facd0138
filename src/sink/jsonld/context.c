/* Compact mode: the context read into terms (local contexts only: no
   remote context, no @reverse, @nest or scoped contexts), and the choice
   of a key for a predicate and of a name for an IRI, as JSON-LD 1.1's IRI
   compaction makes them for the features read.  See jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

#define MAX_EXPAND_DEPTH 16U

/* Compact mode: the context                                                */

static bool
is_gen_delim(char c)
{
  return c && strchr(":/?#[]@", c) != NULL;
}

static char* expand_iri(const cJSON* ctx,
                        const char* vocab,
                        const char* value,
                        bool use_terms,
                        unsigned depth);

/** Whether the definition of a term may serve as a prefix. */
static bool
is_prefix_def(const char* name, const cJSON* def, const char* iri)
{
  if (strchr(name, ':') || strchr(name, '/') || !iri || !iri[0]) {
    return false;
  }
  if (cJSON_IsString(def)) {
    return is_gen_delim(iri[strlen(iri) - 1U]) || dkg_jsonld_is_blank(iri);
  }
  return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(def, "@prefix"));
}

/** The IRI mapping of term `name` defined as `def`, or NULL. */
static char*
term_iri(const cJSON* ctx,
         const char* vocab,
         const char* name,
         const cJSON* def,
         unsigned depth)
{
  const cJSON* id = def;
  if (cJSON_IsObject(def)) {
    if (cJSON_GetObjectItemCaseSensitive(def, "@reverse")) {
      return NULL;
    }
    id = cJSON_GetObjectItemCaseSensitive(def, "@id");
    if (!id) {
      /* No @id: the term is a compact or absolute IRI, or vocab-relative */
      return strchr(name, ':') ? expand_iri(ctx, vocab, name, false, depth + 1U)
             : vocab
               ? dkg_jsonld_concat(vocab, strlen(vocab), name, strlen(name))
               : NULL;
    }
  }
  if (!cJSON_IsString(id)) {
    return NULL;
  }
  return expand_iri(ctx,
                    vocab,
                    id->valuestring,
                    strcmp(id->valuestring, name) != 0,
                    depth + 1U);
}

/** Expands a term (when `use_terms`), compact IRI or absolute IRI against the
    context `ctx` (an object of term definitions); NULL if it does not. */
static char*
expand_iri(const cJSON* ctx,
           const char* vocab,
           const char* value,
           bool use_terms,
           unsigned depth)
{
  if (depth > MAX_EXPAND_DEPTH) {
    return NULL;
  }
  if (value[0] == '@') {
    return dkg_strdup(value);
  }
  const cJSON* const def =
    use_terms ? cJSON_GetObjectItemCaseSensitive(ctx, value) : NULL;
  if (def) {
    return term_iri(ctx, vocab, value, def, depth);
  }
  const char* const colon = strchr(value, ':');
  if (!colon) {
    return vocab ? dkg_jsonld_concat(vocab, strlen(vocab), value, strlen(value))
                 : NULL;
  }
  const char* const suffix = colon + 1;
  if ((colon - value == 1 && value[0] == '_') || !strncmp(suffix, "//", 2U)) {
    return dkg_strdup(value);
  }
  char* const prefix = dkg_strndup(value, (size_t)(colon - value));
  if (!prefix) {
    return NULL;
  }
  const cJSON* const pdef = cJSON_GetObjectItemCaseSensitive(ctx, prefix);
  char* base = pdef ? term_iri(ctx, vocab, prefix, pdef, depth) : NULL;
  char* const result =
    base && is_prefix_def(prefix, pdef, base)
      ? dkg_jsonld_concat(base, strlen(base), suffix, strlen(suffix))
      : dkg_strdup(value);
  free(base);
  free(prefix);
  return result;
}

static void
term_clear(Term* term)
{
  free(term->name);
  free(term->iri);
  free(term->type);
  free(term->lang);
}

/** Reads the definition of term `name`; *keep false if it is not one. */
static DkgStatus
read_term(const cJSON* ctx,
          const char* vocab,
          const char* name,
          const cJSON* def,
          Term* term,
          bool* keep)
{
  memset(term, 0, sizeof(Term));
  *keep = false;
  if (!(term->name = dkg_strdup(name))) {
    return DKG_ERR_NOMEM;
  }
  term->iri = term_iri(ctx, vocab, name, def, 0U);
  if (!term->iri || term->iri[0] == '@') {
    return DKG_SUCCESS;
  }
  *keep = true;
  term->usable = true;
  term->prefix = is_prefix_def(name, def, term->iri);
  if (!cJSON_IsObject(def)) {
    return DKG_SUCCESS;
  }
  for (const cJSON* m = def->child; m; m = m->next) {
    const char* const key = m->string;
    if (!strcmp(key, "@id") || !strcmp(key, "@prefix") ||
        !strcmp(key, "@protected")) {
      continue;
    }
    if (!strcmp(key, "@type") && cJSON_IsString(m)) {
      if (!strcmp(m->valuestring, "@id")) {
        term->type = dkg_strdup("@id");
      } else if (m->valuestring[0] == '@') {
        term->usable = false; /* @vocab, @json, @none */
      } else {
        term->type = expand_iri(ctx, vocab, m->valuestring, true, 0U);
        term->usable = term->type != NULL;
      }
    } else if (!strcmp(key, "@language") &&
               (cJSON_IsString(m) || cJSON_IsNull(m))) {
      term->has_lang = true;
      if (cJSON_IsString(m) && !(term->lang = dkg_strdup(m->valuestring))) {
        return DKG_ERR_NOMEM;
      }
    } else if (!strcmp(key, "@container")) {
      const cJSON* const c =
        cJSON_IsArray(m) && cJSON_GetArraySize(m) == 1 ? m->child : m;
      term->set = cJSON_IsString(c) && !strcmp(c->valuestring, "@set");
      term->usable = term->usable && term->set;
    } else {
      term->usable = false; /* @reverse, @direction, @context, @nest, ... */
    }
  }
  if (term->type && term->has_lang) {
    term->usable = false;
  }
  return DKG_SUCCESS;
}

/** Merges the objects of a context array into one object. */
static cJSON*
merge_context(const cJSON* context)
{
  cJSON* const merged = cJSON_CreateObject();
  if (!merged) {
    return NULL;
  }
  const cJSON* const first = cJSON_IsArray(context) ? context->child : context;
  for (const cJSON* part = first; part;
       part = cJSON_IsArray(context) ? part->next : NULL) {
    if (cJSON_IsNull(part)) {
      while (merged->child) {
        cJSON_DeleteItemFromObjectCaseSensitive(merged, merged->child->string);
      }
      continue;
    }
    if (!cJSON_IsObject(part)) {
      cJSON_Delete(merged);
      return NULL; /* a remote context: not supported */
    }
    for (const cJSON* m = part->child; m; m = m->next) {
      cJSON* const copy = cJSON_Duplicate(m, true);
      if (!copy) {
        cJSON_Delete(merged);
        return NULL;
      }
      cJSON_DeleteItemFromObjectCaseSensitive(merged, m->string);
      cJSON_AddItemToObject(merged, m->string, copy);
    }
  }
  return merged;
}

DkgStatus
dkg_jsonld_context_load(JsonldSink* sink, const char* context_json)
{
  if (!(sink->context_doc = cJSON_Parse(context_json))) {
    return DKG_ERR_SYNTAX;
  }
  sink->context =
    cJSON_GetObjectItemCaseSensitive(sink->context_doc, "@context");
  if (!sink->context) {
    return DKG_ERR_SYNTAX;
  }
  cJSON* const ctx = merge_context(sink->context);
  if (!ctx) {
    return DKG_ERR_SYNTAX;
  }
  DkgStatus st = DKG_SUCCESS;
  const cJSON* const vocab_item =
    cJSON_GetObjectItemCaseSensitive(ctx, "@vocab");
  const cJSON* const lang = cJSON_GetObjectItemCaseSensitive(ctx, "@language");
  char* const vocab =
    cJSON_IsString(vocab_item)
      ? expand_iri(ctx, NULL, vocab_item->valuestring, true, 0U)
      : NULL;
  if (cJSON_IsString(lang) &&
      !(sink->language = dkg_strdup(lang->valuestring))) {
    st = DKG_ERR_NOMEM;
  }
  const int size = cJSON_GetArraySize(ctx);
  if (!st && size > 0 &&
      !(sink->terms = (Term*)calloc((size_t)size, sizeof(Term)))) {
    st = DKG_ERR_NOMEM;
  }
  for (const cJSON* m = ctx->child; !st && m; m = m->next) {
    bool keep = false;
    if (m->string[0] == '@') {
      continue;
    }
    Term* const term = &sink->terms[sink->n_terms];
    st = read_term(ctx, vocab, m->string, m, term, &keep);
    if (keep) {
      ++sink->n_terms;
    } else {
      term_clear(term);
    }
  }
  free(vocab);
  cJSON_Delete(ctx);
  return st;
}

static const Term*
find_term(const JsonldSink* sink, const char* name)
{
  for (size_t i = 0; i < sink->n_terms; ++i) {
    if (!strcmp(sink->terms[i].name, name)) {
      return &sink->terms[i];
    }
  }
  return NULL;
}

/** Whether `a` is a better choice than `b` (shortest, then least). */
static bool
better_name(const char* a, const char* b)
{
  if (!b) {
    return true;
  }
  const size_t la = strlen(a);
  const size_t lb = strlen(b);
  return la < lb || (la == lb && strcmp(a, b) < 0);
}

/** `iri` as a compact IRI `prefix:local`, or NULL if none applies. */
static char*
compact_iri(const JsonldSink* sink, const char* iri)
{
  const Term* best = NULL;
  size_t best_len = 0U;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    const size_t len = strlen(t->iri);
    if (!t->prefix || strncmp(iri, t->iri, len) || !iri[len] ||
        !strncmp(iri + len, "//", 2U)) {
      continue;
    }
    if (!best || len > best_len ||
        (len == best_len && better_name(t->name, best->name))) {
      const char* const local = iri + len;
      char* const candidate =
        dkg_jsonld_concat(t->name, strlen(t->name), ":", 1U);
      char* const full =
        candidate ? dkg_jsonld_concat(
                      candidate, strlen(candidate), local, strlen(local))
                  : NULL;
      const bool taken = !full || find_term(sink, full);
      free(candidate);
      free(full);
      if (!taken) {
        best = t;
        best_len = len;
      }
    }
  }
  if (!best) {
    return NULL;
  }
  char* const head = dkg_jsonld_concat(best->name, strlen(best->name), ":", 1U);
  char* const result =
    head ? dkg_jsonld_concat(
             head, strlen(head), iri + best_len, strlen(iri + best_len))
         : NULL;
  free(head);
  return result;
}

/** A vocabulary IRI (a class) compacted to a term or a compact IRI. */
char*
dkg_jsonld_compact_vocab(const JsonldSink* sink, const char* iri)
{
  const Term* best = NULL;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    if (!strcmp(t->iri, iri) && (!best || better_name(t->name, best->name))) {
      best = t;
    }
  }
  if (best) {
    return dkg_strdup(best->name);
  }
  char* const compact = compact_iri(sink, iri);
  return compact ? compact : dkg_strdup(iri);
}

static const char*
term_language(const JsonldSink* sink, const Term* term)
{
  return term->has_lang ? term->lang : sink->language;
}

/** Whether a value `o` under `term` may be written as a plain string. */
static bool
term_matches(const JsonldSink* sink, const Term* term, const DkgTerm* o)
{
  if (o->kind != DKG_TERM_LITERAL) {
    return term->type && !strcmp(term->type, "@id");
  }
  if (term->type) {
    return !o->lang && o->datatype && strcmp(o->datatype, XSD_STRING) &&
           !strcmp(term->type, o->datatype);
  }
  const char* const lang = term_language(sink, term);
  if (o->lang) {
    return lang && !strcmp(lang, o->lang);
  }
  return !lang && (!o->datatype || !strcmp(o->datatype, XSD_STRING));
}

/** The property key and value form for (p, o). */
DkgStatus
dkg_jsonld_context_key(const JsonldSink* sink,
                       const DkgTerm* p,
                       const DkgTerm* o,
                       char** key,
                       bool* set,
                       Form* form)
{
  const Term* best = NULL;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    if (t->usable && !strcmp(t->iri, p->value) && term_matches(sink, t, o) &&
        (!best || better_name(t->name, best->name))) {
      best = t;
    }
  }
  if (best) {
    *key = dkg_strdup(best->name);
    *set = best->set;
    *form = FORM_STRING;
    return *key ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  *set = false;
  if (!(*key = compact_iri(sink, p->value)) && !(*key = dkg_strdup(p->value))) {
    return DKG_ERR_NOMEM;
  }
  if (o->kind != DKG_TERM_LITERAL) {
    *form = FORM_ID;
  } else if (o->lang) {
    *form = FORM_LANG;
  } else if (o->datatype && strcmp(o->datatype, XSD_STRING)) {
    *form = FORM_TYPED;
  } else {
    *form = sink->language ? FORM_VALUE : FORM_STRING;
  }
  return DKG_SUCCESS;
}

void
dkg_jsonld_context_free(JsonldSink* sink)
{
  for (size_t i = 0; i < sink->n_terms; ++i) {
    term_clear(&sink->terms[i]);
  }
  free(sink->terms);
  free(sink->language);
  free(sink->context_url);
  cJSON_Delete(sink->context_doc);
}
