/* The counting sink.  See counting.h. */

#include "sink/counting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE DKG_NS_RDF "type"

typedef struct
{
  DkgSink base;
  DkgSink* inner;
  DkgCounts counts;
  DkgBuf subject; /* the current subject block's subject */
  bool block_is_dialogue;
  uint64_t* block; /* fingerprints of this block's (p, o) */
  size_t n_block;
  size_t cap_block;
  DkgBuf key;
} CountingSink;

static char seen_marker;

static DkgStatus
counting_prefix(DkgSink* sink, const char* name, const char* iri)
{
  return dkg_sink_prefix(((CountingSink*)sink)->inner, name, iri);
}

static bool
tally(DkgHash* hash, const char* iri, size_t len)
{
  DkgTally* t = (DkgTally*)dkg_hash_get(hash, iri, len);
  if (!t) {
    t = (DkgTally*)calloc(1, sizeof(DkgTally));
    if (!t || !(t->iri = (char*)malloc(len + 1u))) {
      free(t);
      return false;
    }
    memcpy(t->iri, iri, len);
    t->iri[len] = '\0';
    if (!dkg_hash_put(hash, iri, len, t, NULL)) {
      free(t->iri);
      free(t);
      return false;
    }
  }
  ++t->count;
  return true;
}

/* "2015" < "2015-07" < "2015-07-22" as periods: compare the first day
   (`end` false) or the last day (`end` true) that each denotes. */
static void
pad_date(char out[11], const char* date, bool end)
{
  const size_t len = strlen(date);
  const char* fill = len == 4u   ? (end ? "-12-31" : "-01-01")
                     : len == 7u ? (end ? "-31" : "-01")
                                 : "";
  snprintf(out, 11u, "%s%s", date, fill);
}

static int
compare_dates(const char* a, const char* b, bool end)
{
  char pa[11], pb[11];
  pad_date(pa, a, end);
  pad_date(pb, b, end);
  return strcmp(pa, pb);
}

static bool
set_buf(DkgBuf* b, const char* s)
{
  dkg_buf_clear(b);
  return dkg_buf_puts(b, s);
}

static void
note_date(CountingSink* c, const DkgTerm* o, bool is_end)
{
  if (o->kind != DKG_TERM_LITERAL || o->len < 4u || o->len > 10u ||
      !o->datatype) {
    return;
  }
  const char* dt = o->datatype;
  if (!is_end &&
      (!c->counts.first_date.len ||
       compare_dates(o->value, c->counts.first_date.buf, false) < 0)) {
    set_buf(&c->counts.first_date, o->value);
    set_buf(&c->counts.first_type, dt);
  }
  if (!c->counts.last_date.len ||
      compare_dates(o->value, c->counts.last_date.buf, true) > 0) {
    set_buf(&c->counts.last_date, o->value);
    set_buf(&c->counts.last_type, dt);
  }
}

static uint64_t
fingerprint(CountingSink* c, const DkgTerm* p, const DkgTerm* o)
{
  DkgBuf* k = &c->key;
  dkg_buf_clear(k);
  dkg_buf_append(k, p->value, p->len);
  const char kind = (char)('0' + (int)o->kind);
  dkg_buf_append(k, "\x1f", 1u);
  dkg_buf_append(k, &kind, 1u);
  dkg_buf_append(k, o->value, o->len);
  dkg_buf_append(k, "\x1f", 1u);
  dkg_buf_puts(k, o->datatype ? o->datatype : "");
  dkg_buf_append(k, "\x1f", 1u);
  dkg_buf_puts(k, o->lang ? o->lang : "");
  return k->buf ? dkg_hash_bytes(k->buf, k->len) : 0u;
}

static DkgStatus
counting_statement(DkgSink* sink,
                   const DkgTerm* graph,
                   const DkgTerm* s,
                   const DkgTerm* p,
                   const DkgTerm* o)
{
  CountingSink* c = (CountingSink*)sink;
  if (!c->subject.buf || c->subject.len != s->len ||
      memcmp(c->subject.buf, s->value, s->len)) {
    /* A new subject block. */
    dkg_buf_clear(&c->subject);
    if (!dkg_buf_append(&c->subject, s->value, s->len)) {
      return DKG_ERR_NOMEM;
    }
    c->n_block = 0;
    c->block_is_dialogue = false;
    if (s->kind == DKG_TERM_IRI) {
      void* existing = NULL;
      if (!dkg_hash_put(
            &c->counts.subjects, s->value, s->len, &seen_marker, &existing)) {
        return DKG_ERR_NOMEM;
      }
    }
  }
  const uint64_t fp = fingerprint(c, p, o);
  for (size_t i = 0; i < c->n_block; ++i) {
    if (c->block[i] == fp) {
      return dkg_sink_statement(c->inner, graph, s, p, o); /* a repeat */
    }
  }
  if (c->n_block == c->cap_block) {
    const size_t cap = c->cap_block ? 2u * c->cap_block : 32u;
    uint64_t* grown = (uint64_t*)realloc(c->block, cap * sizeof(uint64_t));
    if (!grown) {
      return DKG_ERR_NOMEM;
    }
    c->block = grown;
    c->cap_block = cap;
  }
  c->block[c->n_block++] = fp;

  ++c->counts.triples;
  if (!tally(&c->counts.properties, p->value, p->len)) {
    return DKG_ERR_NOMEM;
  }
  if (!strcmp(p->value, RDF_TYPE) && o->kind == DKG_TERM_IRI) {
    if (!tally(&c->counts.classes, o->value, o->len)) {
      return DKG_ERR_NOMEM;
    }
    if (!strcmp(o->value, DKG_NS "Dialogue")) {
      c->block_is_dialogue = true;
      ++c->counts.dialogues;
      if (!c->counts.example.len && !set_buf(&c->counts.example, s->value)) {
        return DKG_ERR_NOMEM;
      }
    }
  } else if (c->block_is_dialogue && !strcmp(p->value, DKG_NS "startDate")) {
    note_date(c, o, false);
  } else if (c->block_is_dialogue && !strcmp(p->value, DKG_NS "endDate")) {
    note_date(c, o, true);
  }
  return dkg_sink_statement(c->inner, graph, s, p, o);
}

static DkgStatus
counting_finish(DkgSink* sink)
{
  return dkg_sink_finish(((CountingSink*)sink)->inner);
}

static void
free_tally(void* handle, const char* key, void* value)
{
  (void)handle;
  (void)key;
  DkgTally* t = (DkgTally*)value;
  free(t->iri);
  free(t);
}

static void
counting_free(DkgSink* sink)
{
  CountingSink* c = (CountingSink*)sink;
  dkg_sink_free(c->inner);
  dkg_hash_destroy(&c->counts.subjects);
  dkg_hash_each(&c->counts.classes, free_tally, NULL);
  dkg_hash_destroy(&c->counts.classes);
  dkg_hash_each(&c->counts.properties, free_tally, NULL);
  dkg_hash_destroy(&c->counts.properties);
  dkg_buf_destroy(&c->subject);
  dkg_buf_destroy(&c->key);
  dkg_buf_destroy(&c->counts.first_date);
  dkg_buf_destroy(&c->counts.first_type);
  dkg_buf_destroy(&c->counts.last_date);
  dkg_buf_destroy(&c->counts.last_type);
  dkg_buf_destroy(&c->counts.example);
  free(c->block);
  free(c);
}

static const DkgSinkClass counting_class = {
  "counting",      counting_prefix, counting_statement,
  counting_finish, counting_free,
};

DkgSink*
dkg_counting_sink_new(DkgSink* inner)
{
  if (!inner) {
    return NULL;
  }
  CountingSink* c = (CountingSink*)calloc(1, sizeof(CountingSink));
  if (!c) {
    dkg_sink_free(inner);
    return NULL;
  }
  c->base.klass = &counting_class;
  c->inner = inner;
  dkg_hash_init(&c->counts.subjects);
  dkg_hash_init(&c->counts.classes);
  dkg_hash_init(&c->counts.properties);
  return &c->base;
}

bool
dkg_counting_sink_is(const DkgSink* sink)
{
  return sink && sink->klass == &counting_class;
}

uint64_t
dkg_counting_sink_triples(const DkgSink* sink)
{
  return dkg_counting_sink_is(sink)
           ? ((const CountingSink*)sink)->counts.triples
           : 0u;
}

const DkgCounts*
dkg_counting_sink_counts(const DkgSink* sink)
{
  return dkg_counting_sink_is(sink) ? &((const CountingSink*)sink)->counts
                                    : NULL;
}

typedef struct
{
  const char* prefix;
  size_t len;
  uint64_t count;
} SpaceCount;

static void
count_in_space(void* handle, const char* key, void* value)
{
  (void)value;
  SpaceCount* sc = (SpaceCount*)handle;
  sc->count += strncmp(key, sc->prefix, sc->len) ? 0u : 1u;
}

uint64_t
dkg_counts_in_space(const DkgCounts* counts, const char* base)
{
  SpaceCount sc = { base, strlen(base), 0 };
  dkg_hash_each(&counts->subjects, count_in_space, &sc);
  return sc.count;
}
