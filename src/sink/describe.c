#include "sink/describe.h"

#include "util/buf.h"
#include "util/hashmap.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NS_DCAT "http://www.w3.org/ns/dcat#"
#define NS_VOID "http://rdfs.org/ns/void#"
#define RDF_TYPE DKG_NS_RDF "type"
#define XSD_NNI DKG_NS_XSD "nonNegativeInteger"
#define IANA "http://www.iana.org/assignments/media-types/"

/* ---- The counting sink ------------------------------------------------ */

typedef struct
{
  char* iri;
  uint64_t count;
} Tally;

typedef struct
{
  DkgSink base;
  DkgSink* inner;
  uint64_t triples;
  uint64_t dialogues;
  DkgHash subjects;   /* subject IRIs seen -> &seen_marker */
  DkgHash classes;    /* class IRI -> Tally (distinct subjects) */
  DkgHash properties; /* predicate IRI -> Tally (statements) */
  DkgBuf subject;     /* the current subject block's subject */
  bool block_is_dialogue;
  uint64_t* block; /* fingerprints of this block's (p, o) */
  size_t n_block;
  size_t cap_block;
  DkgBuf key;
  DkgBuf first_date; /* lexical form and datatype of the earliest start */
  DkgBuf first_type;
  DkgBuf last_date; /* and of the latest end (or start) */
  DkgBuf last_type;
  DkgBuf example; /* the first dialogue */
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
  Tally* t = (Tally*)dkg_hash_get(hash, iri, len);
  if (!t) {
    t = (Tally*)calloc(1, sizeof(Tally));
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
  if (!is_end && (!c->first_date.len ||
                  compare_dates(o->value, c->first_date.buf, false) < 0)) {
    set_buf(&c->first_date, o->value);
    set_buf(&c->first_type, dt);
  }
  if (!c->last_date.len ||
      compare_dates(o->value, c->last_date.buf, true) > 0) {
    set_buf(&c->last_date, o->value);
    set_buf(&c->last_type, dt);
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
            &c->subjects, s->value, s->len, &seen_marker, &existing)) {
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

  ++c->triples;
  if (!tally(&c->properties, p->value, p->len)) {
    return DKG_ERR_NOMEM;
  }
  if (!strcmp(p->value, RDF_TYPE) && o->kind == DKG_TERM_IRI) {
    if (!tally(&c->classes, o->value, o->len)) {
      return DKG_ERR_NOMEM;
    }
    if (!strcmp(o->value, DKG_NS "Dialogue")) {
      c->block_is_dialogue = true;
      ++c->dialogues;
      if (!c->example.len && !set_buf(&c->example, s->value)) {
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
  Tally* t = (Tally*)value;
  free(t->iri);
  free(t);
}

static void
counting_free(DkgSink* sink)
{
  CountingSink* c = (CountingSink*)sink;
  dkg_sink_free(c->inner);
  dkg_hash_destroy(&c->subjects);
  dkg_hash_each(&c->classes, free_tally, NULL);
  dkg_hash_destroy(&c->classes);
  dkg_hash_each(&c->properties, free_tally, NULL);
  dkg_hash_destroy(&c->properties);
  dkg_buf_destroy(&c->subject);
  dkg_buf_destroy(&c->key);
  dkg_buf_destroy(&c->first_date);
  dkg_buf_destroy(&c->first_type);
  dkg_buf_destroy(&c->last_date);
  dkg_buf_destroy(&c->last_type);
  dkg_buf_destroy(&c->example);
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
  dkg_hash_init(&c->subjects);
  dkg_hash_init(&c->classes);
  dkg_hash_init(&c->properties);
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
  return dkg_counting_sink_is(sink) ? ((const CountingSink*)sink)->triples : 0u;
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

/* The distinct subjects whose IRI begins with `base`. */
static uint64_t
entities_in_space(const CountingSink* c, const char* base)
{
  SpaceCount sc = { base, strlen(base), 0 };
  dkg_hash_each(&c->subjects, count_in_space, &sc);
  return sc.count;
}

/* ---- IRIs, media types, time ------------------------------------------ */

static bool
join(char* out, size_t size, const char* a, const char* b)
{
  const int n = snprintf(out, size, "%s%s", a, b);
  return n >= 0 && (size_t)n < size;
}

bool
dkg_describe_dataset_iri(const char* base, char* out, size_t size)
{
  return join(out, size, base, "dataset");
}

bool
dkg_describe_activity_iri(const char* base, char* out, size_t size)
{
  return join(out, size, base, "dataset/export");
}

static const struct
{
  const char* format;
  const char* media_type;
  const char* title;
} syntaxes[] = {
  { "turtle", "text/turtle", "Turtle" },
  { "ntriples", "application/n-triples", "N-Triples" },
  { "nquads", "application/n-quads", "N-Quads" },
  { "jsonld", "application/ld+json", "JSON-LD (compacted)" },
  { "jsonld-expanded", "application/ld+json", "JSON-LD (expanded)" },
  { "rdfxml", "application/rdf+xml", "RDF/XML" },
  { "rdfxml-plain", "application/rdf+xml", "RDF/XML (plain)" },
  { "rdfjson", NULL, "RDF/JSON" },
};

static size_t
syntax_index(const char* format)
{
  for (size_t i = 0; i < sizeof(syntaxes) / sizeof(syntaxes[0]); ++i) {
    if (!strcmp(syntaxes[i].format, format)) {
      return i;
    }
  }
  return sizeof(syntaxes) / sizeof(syntaxes[0]);
}

const char*
dkg_describe_media_type(const char* format)
{
  const size_t i = syntax_index(format);
  return i < sizeof(syntaxes) / sizeof(syntaxes[0]) ? syntaxes[i].media_type
                                                    : NULL;
}

bool
dkg_describe_timestamp(bool now, char out[32])
{
  out[0] = '\0';
  const char* env = getenv("SOURCE_DATE_EPOCH");
  time_t t = 0;
  if (env && env[0]) {
    char* end = NULL;
    errno = 0;
    const long long v = strtoll(env, &end, 10);
    if (errno || *end || v < 0 || env[0] < '0' || env[0] > '9') {
      return false;
    }
    t = (time_t)v;
  } else if (now) {
    t = time(NULL);
  } else {
    return true;
  }
  struct tm tm;
  if (!gmtime_r(&t, &tm) || !strftime(out, 32u, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
    out[0] = '\0';
    return false;
  }
  return true;
}

/* ---- Writing ---------------------------------------------------------- */

typedef struct
{
  DkgSink* out;
  const DkgTerm* graph;
  DkgStatus st;
} Writer;

static void
put(Writer* w, const char* s, const char* p, const DkgTerm* o)
{
  if (!w->st) {
    const DkgTerm subject = dkg_iri(s);
    const DkgTerm predicate = dkg_iri(p);
    w->st = dkg_sink_statement(w->out, w->graph, &subject, &predicate, o);
  }
}

static void
put_iri(Writer* w, const char* s, const char* p, const char* o)
{
  const DkgTerm t = dkg_iri(o);
  put(w, s, p, &t);
}

static void
put_text(Writer* w, const char* s, const char* p, const char* text)
{
  const DkgTerm t = dkg_lang_string(text, "en");
  put(w, s, p, &t);
}

static void
put_count(Writer* w, const char* s, const char* p, uint64_t n)
{
  char num[24];
  snprintf(num, sizeof(num), "%llu", (unsigned long long)n);
  const DkgTerm t = dkg_typed(num, DKG_NS_XSD "integer");
  put(w, s, p, &t);
}

DkgStatus
dkg_describe_activity(DkgSink* out,
                      const DkgTerm* graph,
                      const char* base,
                      const char* timestamp)
{
  char activity[4096], dataset[4096], agent[4096];
  if (!dkg_describe_activity_iri(base, activity, sizeof(activity)) ||
      !dkg_describe_dataset_iri(base, dataset, sizeof(dataset)) ||
      !join(agent, sizeof(agent), base, "dataset/software")) {
    return DKG_ERR_LIMIT;
  }
  Writer w = { out, graph, DKG_SUCCESS };
  put_iri(&w, activity, RDF_TYPE, DKG_NS_PROV "Activity");
  put_text(&w, activity, DKG_NS_RDFS "label", "dialoguekg convert");
  put_iri(&w, activity, DKG_NS_PROV "wasAssociatedWith", agent);
  put_iri(&w, activity, DKG_NS_PROV "generated", dataset);
  if (timestamp && timestamp[0]) {
    const DkgTerm t = dkg_typed(timestamp, DKG_NS_XSD "dateTime");
    put(&w, activity, DKG_NS_PROV "endedAtTime", &t);
  }
  put_iri(&w, agent, RDF_TYPE, DKG_NS_PROV "SoftwareAgent");
  put_iri(&w, agent, RDF_TYPE, DKG_NS_SCHEMA "SoftwareApplication");
  put_text(&w, agent, DKG_NS_RDFS "label", "dialoguekg " DKG_VERSION);
  {
    const DkgTerm name = dkg_string("dialoguekg");
    const DkgTerm version = dkg_string(DKG_VERSION);
    put(&w, agent, DKG_NS_SCHEMA "name", &name);
    put(&w, agent, DKG_NS_SCHEMA "softwareVersion", &version);
  }
  return w.st;
}

typedef struct
{
  const Tally** items;
  size_t n;
} TallyList;

static void
collect(void* handle, const char* key, void* value)
{
  (void)key;
  TallyList* list = (TallyList*)handle;
  list->items[list->n++] = (const Tally*)value;
}

static int
by_iri(const void* a, const void* b)
{
  return strcmp((*(const Tally* const*)a)->iri, (*(const Tally* const*)b)->iri);
}

/* The tallies of `hash`, sorted by IRI; NULL when out of memory. */
static const Tally**
sorted(const DkgHash* hash)
{
  TallyList list = { NULL, 0 };
  list.items = (const Tally**)calloc(hash->count + 1u, sizeof(Tally*));
  if (list.items) {
    dkg_hash_each(hash, collect, &list);
    qsort((void*)list.items, list.n, sizeof(Tally*), by_iri);
  }
  return list.items;
}

/* The namespace of a property IRI: up to its last '#' or '/'. */
static size_t
namespace_len(const char* iri)
{
  size_t n = strlen(iri);
  while (n > 0u && iri[n - 1u] != '#' && iri[n - 1u] != '/') {
    --n;
  }
  return n;
}

DkgStatus
dkg_describe_write(const DkgSink* counted,
                   DkgSink* out,
                   const DkgDescribeOptions* o)
{
  if (!dkg_counting_sink_is(counted)) {
    return DKG_ERR_INTERNAL;
  }
  const CountingSink* c = (const CountingSink*)counted;
  static const char* const prefixes[][2] = {
    { "dcat", NS_DCAT },     { "void", NS_VOID },
    { "dct", DKG_NS_DCT },   { "prov", DKG_NS_PROV },
    { "rdf", DKG_NS_RDF },   { "rdfs", DKG_NS_RDFS },
    { "xsd", DKG_NS_XSD },   { "schema", DKG_NS_SCHEMA },
    { "dkg", DKG_NS },       { "skos", DKG_NS_SKOS },
    { "foaf", DKG_NS_FOAF }, { "owl", DKG_NS_OWL },
  };
  Writer w = { out, NULL, DKG_SUCCESS };
  for (size_t i = 0; !w.st && i < sizeof(prefixes) / sizeof(prefixes[0]); ++i) {
    w.st = dkg_sink_prefix(out, prefixes[i][0], prefixes[i][1]);
  }
  char dataset[4096], activity[4096], iri[4200];
  if (!dkg_describe_dataset_iri(o->base, dataset, sizeof(dataset)) ||
      !dkg_describe_activity_iri(o->base, activity, sizeof(activity))) {
    return DKG_ERR_LIMIT;
  }
  const Tally** classes = sorted(&c->classes);
  const Tally** properties = sorted(&c->properties);
  char* description = NULL;
  if (!classes || !properties) {
    w.st = DKG_ERR_NOMEM;
    goto done;
  }

  /* The dataset. */
  put_iri(&w, dataset, RDF_TYPE, NS_DCAT "Dataset");
  put_iri(&w, dataset, RDF_TYPE, NS_VOID "Dataset");
  put_text(
    &w, dataset, DKG_NS_DCT "title", o->title ? o->title : "dialoguekg export");
  if (o->description) {
    put_text(&w, dataset, DKG_NS_DCT "description", o->description);
  } else {
    char count[64];
    snprintf(count,
             sizeof(count),
             "%llu bilateral government dialogue%s",
             (unsigned long long)c->dialogues,
             c->dialogues == 1u ? "" : "s");
    DkgBuf text = { NULL, 0, 0 };
    dkg_buf_puts(&text, count);
    if (c->first_date.len) {
      dkg_buf_puts(&text, " (");
      dkg_buf_puts(&text, c->first_date.buf);
      dkg_buf_puts(&text, " to ");
      dkg_buf_puts(&text, c->last_date.buf);
      dkg_buf_puts(&text, ")");
    }
    dkg_buf_puts(
      &text,
      " with their delegations, agencies, topics and sources, as "
      "RDF under the dialoguekg ontology; exported by dialoguekg " DKG_VERSION
      ".");
    description = text.buf;
    if (!description) {
      w.st = DKG_ERR_NOMEM;
      goto done;
    }
    put_text(&w, dataset, DKG_NS_DCT "description", description);
  }
  if (o->license) {
    put_iri(&w, dataset, DKG_NS_DCT "license", o->license);
  }
  if (o->publisher) {
    put_iri(&w, dataset, DKG_NS_DCT "publisher", o->publisher);
  }
  if (o->timestamp && o->timestamp[0]) {
    const DkgTerm t = dkg_typed(o->timestamp, DKG_NS_XSD "dateTime");
    put(&w, dataset, DKG_NS_DCT "modified", &t);
  }
  if (c->first_date.len) {
    join(iri, sizeof(iri), dataset, "/temporal");
    put_iri(&w, dataset, DKG_NS_DCT "temporal", iri);
  }
  for (size_t i = 0; i < o->n_distributions; ++i) {
    snprintf(iri,
             sizeof(iri),
             "%s/distribution/%s",
             dataset,
             o->distributions[i].format);
    put_iri(&w, dataset, NS_DCAT "distribution", iri);
  }
  {
    const DkgTerm space = dkg_typed(o->base, DKG_NS_XSD "anyURI");
    put(&w, dataset, NS_VOID "uriSpace", &space);
  }
  /* Vocabularies: the namespaces of the properties written, once each. */
  for (size_t i = 0; properties[i]; ++i) {
    const size_t len = namespace_len(properties[i]->iri);
    bool earlier = false;
    for (size_t k = 0; k < i && !earlier; ++k) {
      earlier = namespace_len(properties[k]->iri) == len &&
                !strncmp(properties[k]->iri, properties[i]->iri, len);
    }
    if (!earlier && len < sizeof(iri)) {
      memcpy(iri, properties[i]->iri, len);
      iri[len] = '\0';
      put_iri(&w, dataset, NS_VOID "vocabulary", iri);
    }
  }
  put_count(&w, dataset, NS_VOID "triples", c->triples);
  /* void:entities counts what void:uriSpace covers: subjects under the
     base, not the source documents whose IRIs are their own URLs. */
  put_count(&w, dataset, NS_VOID "entities", entities_in_space(c, o->base));
  put_count(&w, dataset, NS_VOID "distinctSubjects", c->subjects.count);
  put_count(&w, dataset, NS_VOID "classes", c->classes.count);
  put_count(&w, dataset, NS_VOID "properties", c->properties.count);
  if (c->example.len) {
    put_iri(&w, dataset, NS_VOID "exampleResource", c->example.buf);
  }
  for (size_t i = 0; classes[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/class/%zu", dataset, i + 1u);
    put_iri(&w, dataset, NS_VOID "classPartition", iri);
  }
  for (size_t i = 0; properties[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/property/%zu", dataset, i + 1u);
    put_iri(&w, dataset, NS_VOID "propertyPartition", iri);
  }
  put_iri(&w, dataset, DKG_NS_PROV "wasGeneratedBy", activity);

  /* Its period, distributions and partitions. */
  if (c->first_date.len) {
    join(iri, sizeof(iri), dataset, "/temporal");
    put_iri(&w, iri, RDF_TYPE, DKG_NS_DCT "PeriodOfTime");
    const DkgTerm start = dkg_typed(c->first_date.buf, c->first_type.buf);
    const DkgTerm end = dkg_typed(c->last_date.buf, c->last_type.buf);
    put(&w, iri, NS_DCAT "startDate", &start);
    put(&w, iri, NS_DCAT "endDate", &end);
  }
  for (size_t i = 0; i < o->n_distributions; ++i) {
    const DkgDistribution* d = &o->distributions[i];
    const size_t k = syntax_index(d->format);
    snprintf(iri, sizeof(iri), "%s/distribution/%s", dataset, d->format);
    put_iri(&w, iri, RDF_TYPE, NS_DCAT "Distribution");
    put_text(&w,
             iri,
             DKG_NS_DCT "title",
             k < sizeof(syntaxes) / sizeof(syntaxes[0]) ? syntaxes[k].title
                                                        : d->format);
    if (k < sizeof(syntaxes) / sizeof(syntaxes[0]) && syntaxes[k].media_type) {
      char media[256];
      join(media, sizeof(media), IANA, syntaxes[k].media_type);
      put_iri(&w, iri, NS_DCAT "mediaType", media);
    } else {
      /* RDF/JSON has no IANA registration; say what it is in words. */
      const DkgTerm fmt = dkg_string("application/rdf+json");
      put(&w, iri, DKG_NS_DCT "format", &fmt);
    }
    if (d->url) {
      put_iri(&w, iri, NS_DCAT "downloadURL", d->url);
    }
    if (d->byte_size >= 0) {
      char num[24];
      snprintf(num, sizeof(num), "%lld", (long long)d->byte_size);
      const DkgTerm t = dkg_typed(num, XSD_NNI);
      put(&w, iri, NS_DCAT "byteSize", &t);
    }
    if (o->license) {
      put_iri(&w, iri, DKG_NS_DCT "license", o->license);
    }
  }
  for (size_t i = 0; classes[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/class/%zu", dataset, i + 1u);
    put_iri(&w, iri, NS_VOID "class", classes[i]->iri);
    put_count(&w, iri, NS_VOID "entities", classes[i]->count);
  }
  for (size_t i = 0; properties[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/property/%zu", dataset, i + 1u);
    put_iri(&w, iri, NS_VOID "property", properties[i]->iri);
    put_count(&w, iri, NS_VOID "triples", properties[i]->count);
  }
  if (!w.st) {
    w.st = dkg_describe_activity(out, NULL, o->base, o->timestamp);
  }
  if (!w.st) {
    w.st = dkg_sink_finish(out);
  }

done:
  free((void*)classes);
  free((void*)properties);
  free(description);
  return w.st;
}
