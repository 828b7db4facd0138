/* Compact mode: the statements of one subject gathered into a node object
   with the keys and value forms the context allows (context.c), written
   when the subject changes.  See jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

/* Compact mode: subject blocks                                             */

static void
clear_block(JsonldSink* sink)
{
  free(sink->subject);
  sink->subject = NULL;
  for (size_t i = 0; i < sink->n_types; ++i) {
    free(sink->types[i]);
  }
  sink->n_types = 0U;
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    CProp* const prop = &sink->cprops[i];
    for (size_t j = 0; j < prop->n_values; ++j) {
      free(prop->values[j].value);
      free(prop->values[j].extra);
    }
    free(prop->values);
    free(prop->key);
  }
  sink->n_cprops = 0U;
}

static void
write_cvalue(JsonWriter* w, const CValue* v)
{
  if (v->form == FORM_STRING) {
    dkg_jw_string(w, v->value, v->len);
    return;
  }
  dkg_jw_open(w, "{");
  dkg_jw_key(w, 0U, v->form == FORM_ID ? "@id" : "@value");
  dkg_jw_string(w, v->value, v->len);
  if (v->form == FORM_TYPED || v->form == FORM_LANG) {
    dkg_jw_key(w, 1U, v->form == FORM_TYPED ? "@type" : "@language");
    dkg_jw_cstring(w, v->extra);
  }
  dkg_jw_close(w, "}", v->form == FORM_ID || v->form == FORM_VALUE ? 1U : 2U);
}

static void
write_head(JsonldSink* sink)
{
  JsonWriter* const w = &sink->w;
  if (!sink->started) {
    sink->started = true;
    dkg_jw_open(w, "{");
    dkg_jw_key(w, 0U, "@context");
    if (sink->context_url) {
      dkg_jw_cstring(w, sink->context_url);
    } else {
      dkg_jw_cjson(w, sink->context);
    }
    dkg_jw_key(w, 1U, "@graph");
    dkg_jw_open(w, "[");
  }
}

/** Writes the current subject block, if any, and forgets it. */
static DkgStatus
flush_block(JsonldSink* sink)
{
  JsonWriter* const w = &sink->w;
  if (!sink->subject) {
    return DKG_SUCCESS;
  }
  write_head(sink);
  dkg_jw_item(w, sink->n_written++);
  size_t n = 0U;
  dkg_jw_open(w, "{");
  dkg_jw_key(w, n++, "@id");
  dkg_jw_cstring(w, sink->subject);
  if (sink->n_types) {
    dkg_jw_key(w, n++, "@type");
    if (sink->n_types == 1U) {
      dkg_jw_cstring(w, sink->types[0]);
    } else {
      dkg_jw_open(w, "[");
      for (size_t i = 0; i < sink->n_types; ++i) {
        dkg_jw_item(w, i);
        dkg_jw_cstring(w, sink->types[i]);
      }
      dkg_jw_close(w, "]", sink->n_types);
    }
  }
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    const CProp* const prop = &sink->cprops[i];
    dkg_jw_key(w, n++, prop->key);
    if (prop->n_values == 1U && !prop->set) {
      write_cvalue(w, &prop->values[0]);
      continue;
    }
    dkg_jw_open(w, "[");
    for (size_t j = 0; j < prop->n_values; ++j) {
      dkg_jw_item(w, j);
      write_cvalue(w, &prop->values[j]);
    }
    dkg_jw_close(w, "]", prop->n_values);
  }
  dkg_jw_close(w, "}", n);
  clear_block(sink);
  return w->st;
}

static char* compact_vocab_memo(JsonldSink* sink, const char* iri);

static DkgStatus
add_ctype(JsonldSink* sink, const char* iri)
{
  char** const types = (char**)dkg_jsonld_grow(
    sink->types, &sink->types_cap, sink->n_types + 1U, sizeof(char*));
  if (!types) {
    return DKG_ERR_NOMEM;
  }
  sink->types = types;
  if (!(sink->types[sink->n_types] = compact_vocab_memo(sink, iri))) {
    return DKG_ERR_NOMEM;
  }
  ++sink->n_types;
  return DKG_SUCCESS;
}

typedef struct
{
  char* key;
  bool set;
  Form form;
} Memo;

static void
memo_free(void* handle, const char* key, void* value)
{
  (void)handle;
  (void)key;
  free(((Memo*)value)->key);
  free(value);
}

/* The memo entry for `kind` ('K' a key, 'V' a vocabulary IRI) and up to
   four strings, or NULL. */
static Memo*
memo_find(JsonldSink* sink,
          char kind,
          const char* a,
          const char* b,
          const char* c,
          const char* d)
{
  DkgBuf* k = &sink->memo_key;
  dkg_buf_clear(k);
  const char* parts[4] = { a, b, c, d };
  dkg_buf_append(k, &kind, 1U);
  for (size_t i = 0; i < 4U; ++i) {
    dkg_buf_append(k, "\x1f", 1U);
    if (parts[i]) {
      dkg_buf_puts(k, parts[i]);
    } else {
      dkg_buf_append(k, "\x1e", 1U); /* NULL differs from "" */
    }
  }
  return k->buf ? (Memo*)dkg_hash_get(&sink->memo, k->buf, k->len) : NULL;
}

/* Remembers under the key memo_find() last built. */
static void
memo_put(JsonldSink* sink, const char* key, bool set, Form form)
{
  Memo* m = (Memo*)calloc(1U, sizeof(Memo));
  if (m && sink->memo_key.buf && (m->key = dkg_strdup(key)) != NULL) {
    m->set = set;
    m->form = form;
    if (dkg_hash_put(
          &sink->memo, sink->memo_key.buf, sink->memo_key.len, m, NULL)) {
      return;
    }
  }
  if (m) {
    free(m->key);
    free(m);
  }
}

static DkgStatus
choose_key(JsonldSink* sink,
           const DkgTerm* p,
           const DkgTerm* o,
           char** key,
           bool* set,
           Form* form)
{
  const char kind[2] = { (char)('0' + (int)o->kind), '\0' };
  const Memo* m = memo_find(sink, 'K', p->value, kind, o->datatype, o->lang);
  if (m) {
    *key = dkg_strdup(m->key);
    *set = m->set;
    *form = m->form;
    return *key ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  const DkgStatus st = dkg_jsonld_context_key(sink, p, o, key, set, form);
  if (!st) {
    /* dkg_jsonld_context_key() does not touch memo_key: it is still ours. */
    memo_put(sink, *key, *set, *form);
  }
  return st;
}

static char*
compact_vocab_memo(JsonldSink* sink, const char* iri)
{
  const Memo* m = memo_find(sink, 'V', iri, NULL, NULL, NULL);
  if (m) {
    return dkg_strdup(m->key);
  }
  char* const compact = dkg_jsonld_compact_vocab(sink, iri);
  if (compact) {
    memo_find(sink, 'V', iri, NULL, NULL, NULL); /* the key again */
    memo_put(sink, compact, false, FORM_STRING);
  }
  return compact;
}

static DkgStatus
add_cvalue(JsonldSink* sink, const DkgTerm* p, const DkgTerm* o)
{
  char* key = NULL;
  bool set = false;
  CValue value = { FORM_STRING, NULL, 0U, NULL };
  DkgStatus st = choose_key(sink, p, o, &key, &set, &value.form);
  if (st) {
    return st;
  }
  CProp* prop = NULL;
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    if (!strcmp(sink->cprops[i].key, key)) {
      prop = &sink->cprops[i];
      break;
    }
  }
  if (!prop) {
    CProp* const props = (CProp*)dkg_jsonld_grow(
      sink->cprops, &sink->cprops_cap, sink->n_cprops + 1U, sizeof(CProp));
    if (!props) {
      free(key);
      return DKG_ERR_NOMEM;
    }
    sink->cprops = props;
    prop = &sink->cprops[sink->n_cprops++];
    memset(prop, 0, sizeof(CProp));
    prop->key = key;
    prop->set = set;
  } else {
    free(key);
  }

  CValue* const values = (CValue*)dkg_jsonld_grow(
    prop->values, &prop->cap, prop->n_values + 1U, sizeof(CValue));
  if (!values) {
    return DKG_ERR_NOMEM;
  }
  prop->values = values;
  value.value = o->kind == DKG_TERM_LITERAL ? dkg_strndup(o->value, o->len)
                                            : dkg_jsonld_term_id(o);
  value.len = value.value ? strlen(value.value) : 0U;
  if (o->kind == DKG_TERM_LITERAL) {
    value.len = o->len;
  }
  if (value.form == FORM_TYPED) {
    value.extra = compact_vocab_memo(sink, o->datatype);
  } else if (value.form == FORM_LANG) {
    value.extra = dkg_strdup(o->lang);
  }
  if (!value.value ||
      ((value.form == FORM_TYPED || value.form == FORM_LANG) && !value.extra)) {
    free(value.value);
    free(value.extra);
    return DKG_ERR_NOMEM;
  }
  prop->values[prop->n_values++] = value;
  return DKG_SUCCESS;
}

DkgStatus
dkg_jsonld_compact_statement(JsonldSink* sink,
                             const DkgTerm* g,
                             const DkgTerm* s,
                             const DkgTerm* p,
                             const DkgTerm* o)
{
  if (g) {
    return DKG_ERR_WRITER; /* named graphs are not supported here */
  }
  char* const sid = dkg_jsonld_term_id(s);
  if (!sid) {
    return DKG_ERR_NOMEM;
  }
  DkgStatus st = DKG_SUCCESS;
  if (!sink->subject || strcmp(sink->subject, sid)) {
    if ((st = flush_block(sink))) {
      free(sid);
      return st;
    }
    sink->subject = sid;
  } else {
    free(sid);
  }

  if (o->kind == DKG_TERM_IRI && !strcmp(p->value, RDF_TYPE)) {
    char* const iri = dkg_strndup(o->value, o->len);
    st = iri ? add_ctype(sink, iri) : DKG_ERR_NOMEM;
    free(iri);
    return st;
  }
  return add_cvalue(sink, p, o);
}

DkgStatus
dkg_jsonld_compact_finish(JsonldSink* sink)
{
  JsonWriter* const w = &sink->w;
  DkgStatus st = flush_block(sink);
  if (st) {
    return st;
  }
  write_head(sink);
  dkg_jw_close(w, "]", sink->n_written);
  dkg_jw_close(w, "}", 2U);
  dkg_jw_str(w, "\n");
  return w->st;
}

void
dkg_jsonld_compact_free(JsonldSink* sink)
{
  clear_block(sink);
  free(sink->types);
  free(sink->cprops);
  dkg_hash_each(&sink->memo, memo_free, NULL);
  dkg_hash_destroy(&sink->memo);
  dkg_buf_destroy(&sink->memo_key);
}
