#include "sink/describe.h"
#include "sink/counting.h"

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
  const DkgTally** items;
  size_t n;
} DkgTallyList;

static void
collect(void* handle, const char* key, void* value)
{
  (void)key;
  DkgTallyList* list = (DkgTallyList*)handle;
  list->items[list->n++] = (const DkgTally*)value;
}

static int
by_iri(const void* a, const void* b)
{
  return strcmp((*(const DkgTally* const*)a)->iri,
                (*(const DkgTally* const*)b)->iri);
}

/* The tallies of `hash`, sorted by IRI; NULL when out of memory. */
static const DkgTally**
sorted(const DkgHash* hash)
{
  DkgTallyList list = { NULL, 0 };
  list.items = (const DkgTally**)calloc(hash->count + 1u, sizeof(DkgTally*));
  if (list.items) {
    dkg_hash_each(hash, collect, &list);
    qsort((void*)list.items, list.n, sizeof(DkgTally*), by_iri);
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

/* What the steps of dkg_describe_write() write from; `st` in `w` keeps the
   first failure (every step writes nothing after one). */
typedef struct
{
  Writer w;
  const DkgCounts* c;
  const DkgDescribeOptions* o;
  char dataset[4096];
  char activity[4096];
  const DkgTally** classes;    /* sorted by IRI, NULL-terminated */
  const DkgTally** properties; /* sorted by IRI, NULL-terminated */
} Description;

static void
declare_prefixes(Writer* w)
{
  static const char* const prefixes[][2] = {
    { "dcat", NS_DCAT },     { "void", NS_VOID },
    { "dct", DKG_NS_DCT },   { "prov", DKG_NS_PROV },
    { "rdf", DKG_NS_RDF },   { "rdfs", DKG_NS_RDFS },
    { "xsd", DKG_NS_XSD },   { "schema", DKG_NS_SCHEMA },
    { "dkg", DKG_NS },       { "skos", DKG_NS_SKOS },
    { "foaf", DKG_NS_FOAF }, { "owl", DKG_NS_OWL },
  };
  for (size_t i = 0; !w->st && i < sizeof(prefixes) / sizeof(prefixes[0]);
       ++i) {
    w->st = dkg_sink_prefix(w->out, prefixes[i][0], prefixes[i][1]);
  }
}

/* "N bilateral government dialogues (FIRST to LAST) with ...", malloc'd;
   NULL when out of memory. */
static char*
generated_description(const DkgCounts* c)
{
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
  return text.buf;
}

/* The dataset's types, title, description, license, publisher, date. */
static void
dataset_about(Description* d)
{
  const DkgDescribeOptions* o = d->o;
  put_iri(&d->w, d->dataset, RDF_TYPE, NS_DCAT "Dataset");
  put_iri(&d->w, d->dataset, RDF_TYPE, NS_VOID "Dataset");
  put_text(&d->w,
           d->dataset,
           DKG_NS_DCT "title",
           o->title ? o->title : "dialoguekg export");
  if (o->description) {
    put_text(&d->w, d->dataset, DKG_NS_DCT "description", o->description);
  } else {
    char* text = generated_description(d->c);
    if (!text && !d->w.st) {
      d->w.st = DKG_ERR_NOMEM;
    }
    if (text) {
      put_text(&d->w, d->dataset, DKG_NS_DCT "description", text);
    }
    free(text);
  }
  if (o->license) {
    put_iri(&d->w, d->dataset, DKG_NS_DCT "license", o->license);
  }
  if (o->publisher) {
    put_iri(&d->w, d->dataset, DKG_NS_DCT "publisher", o->publisher);
  }
  if (o->timestamp && o->timestamp[0]) {
    const DkgTerm t = dkg_typed(o->timestamp, DKG_NS_XSD "dateTime");
    put(&d->w, d->dataset, DKG_NS_DCT "modified", &t);
  }
}

/* The dataset's period, distributions, URI space and vocabularies (the
   namespaces of the properties written, once each). */
static void
dataset_links(Description* d)
{
  char iri[4200];
  if (d->c->first_date.len) {
    join(iri, sizeof(iri), d->dataset, "/temporal");
    put_iri(&d->w, d->dataset, DKG_NS_DCT "temporal", iri);
  }
  for (size_t i = 0; i < d->o->n_distributions; ++i) {
    snprintf(iri,
             sizeof(iri),
             "%s/distribution/%s",
             d->dataset,
             d->o->distributions[i].format);
    put_iri(&d->w, d->dataset, NS_DCAT "distribution", iri);
  }
  const DkgTerm space = dkg_typed(d->o->base, DKG_NS_XSD "anyURI");
  put(&d->w, d->dataset, NS_VOID "uriSpace", &space);
  const DkgTally** properties = d->properties;
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
      put_iri(&d->w, d->dataset, NS_VOID "vocabulary", iri);
    }
  }
}

/* The VoID counts, the example, the partitions' IRIs, the activity. */
static void
dataset_counts(Description* d)
{
  const DkgCounts* c = d->c;
  char iri[4200];
  put_count(&d->w, d->dataset, NS_VOID "triples", c->triples);
  /* void:entities counts what void:uriSpace covers: subjects under the
     base, not the source documents whose IRIs are their own URLs. */
  put_count(
    &d->w, d->dataset, NS_VOID "entities", dkg_counts_in_space(c, d->o->base));
  put_count(&d->w, d->dataset, NS_VOID "distinctSubjects", c->subjects.count);
  put_count(&d->w, d->dataset, NS_VOID "classes", c->classes.count);
  put_count(&d->w, d->dataset, NS_VOID "properties", c->properties.count);
  if (c->example.len) {
    put_iri(&d->w, d->dataset, NS_VOID "exampleResource", c->example.buf);
  }
  for (size_t i = 0; d->classes[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/class/%zu", d->dataset, i + 1u);
    put_iri(&d->w, d->dataset, NS_VOID "classPartition", iri);
  }
  for (size_t i = 0; d->properties[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/property/%zu", d->dataset, i + 1u);
    put_iri(&d->w, d->dataset, NS_VOID "propertyPartition", iri);
  }
  put_iri(&d->w, d->dataset, DKG_NS_PROV "wasGeneratedBy", d->activity);
}

/* The period of the dialogues' dates, when there are any. */
static void
write_period(Description* d)
{
  const DkgCounts* c = d->c;
  if (c->first_date.len) {
    char iri[4200];
    join(iri, sizeof(iri), d->dataset, "/temporal");
    put_iri(&d->w, iri, RDF_TYPE, DKG_NS_DCT "PeriodOfTime");
    const DkgTerm start = dkg_typed(c->first_date.buf, c->first_type.buf);
    const DkgTerm end = dkg_typed(c->last_date.buf, c->last_type.buf);
    put(&d->w, iri, NS_DCAT "startDate", &start);
    put(&d->w, iri, NS_DCAT "endDate", &end);
  }
}

/* One dcat:Distribution: title, media type, URL, size, license. */
static void
write_distribution(Description* d, const DkgDistribution* dist)
{
  const size_t k = syntax_index(dist->format);
  const bool known = k < sizeof(syntaxes) / sizeof(syntaxes[0]);
  char iri[4200];
  snprintf(iri, sizeof(iri), "%s/distribution/%s", d->dataset, dist->format);
  put_iri(&d->w, iri, RDF_TYPE, NS_DCAT "Distribution");
  put_text(
    &d->w, iri, DKG_NS_DCT "title", known ? syntaxes[k].title : dist->format);
  if (known && syntaxes[k].media_type) {
    char media[256];
    join(media, sizeof(media), IANA, syntaxes[k].media_type);
    put_iri(&d->w, iri, NS_DCAT "mediaType", media);
  } else {
    /* RDF/JSON has no IANA registration; say what it is in words. */
    const DkgTerm fmt = dkg_string("application/rdf+json");
    put(&d->w, iri, DKG_NS_DCT "format", &fmt);
  }
  if (dist->url) {
    put_iri(&d->w, iri, NS_DCAT "downloadURL", dist->url);
  }
  if (dist->byte_size >= 0) {
    char num[24];
    snprintf(num, sizeof(num), "%lld", (long long)dist->byte_size);
    const DkgTerm t = dkg_typed(num, XSD_NNI);
    put(&d->w, iri, NS_DCAT "byteSize", &t);
  }
  if (d->o->license) {
    put_iri(&d->w, iri, DKG_NS_DCT "license", d->o->license);
  }
}

/* The class and property partitions: each class with its entities, each
   property with its statements. */
static void
write_partitions(Description* d)
{
  char iri[4200];
  for (size_t i = 0; d->classes[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/class/%zu", d->dataset, i + 1u);
    put_iri(&d->w, iri, NS_VOID "class", d->classes[i]->iri);
    put_count(&d->w, iri, NS_VOID "entities", d->classes[i]->count);
  }
  for (size_t i = 0; d->properties[i]; ++i) {
    snprintf(iri, sizeof(iri), "%s/property/%zu", d->dataset, i + 1u);
    put_iri(&d->w, iri, NS_VOID "property", d->properties[i]->iri);
    put_count(&d->w, iri, NS_VOID "triples", d->properties[i]->count);
  }
}

DkgStatus
dkg_describe_write(const DkgSink* counted,
                   DkgSink* out,
                   const DkgDescribeOptions* o)
{
  const DkgCounts* c = dkg_counting_sink_counts(counted);
  if (!c) {
    return DKG_ERR_INTERNAL;
  }
  Description d = { { out, NULL, DKG_SUCCESS }, c, o, "", "", NULL, NULL };
  declare_prefixes(&d.w);
  if (!dkg_describe_dataset_iri(o->base, d.dataset, sizeof(d.dataset)) ||
      !dkg_describe_activity_iri(o->base, d.activity, sizeof(d.activity))) {
    return DKG_ERR_LIMIT;
  }
  d.classes = sorted(&c->classes);
  d.properties = sorted(&c->properties);
  if (!d.classes || !d.properties) {
    d.w.st = DKG_ERR_NOMEM;
  } else {
    dataset_about(&d);
    dataset_links(&d);
    dataset_counts(&d);
    write_period(&d);
    for (size_t i = 0; i < o->n_distributions; ++i) {
      write_distribution(&d, &o->distributions[i]);
    }
    write_partitions(&d);
  }
  if (!d.w.st) {
    d.w.st = dkg_describe_activity(out, NULL, o->base, o->timestamp);
  }
  if (!d.w.st) {
    d.w.st = dkg_sink_finish(out);
  }
  free((void*)d.classes);
  free((void*)d.properties);
  return d.w.st;
}
