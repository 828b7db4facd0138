/* A sink writing any syntax raptor2 can serialize.  raptor2's serializers
   hold the graph (or sort it) until the end: use it for RDF/XML, RDF/JSON
   and the other syntaxes only it writes. */

#include "sink/raptor.h"
#include "dialoguekg/dialoguekg.h"
#include "sink/report.h"

#include <raptor2.h>

#include <stdlib.h>
#include <string.h>

typedef struct
{
  struct DkgSinkImpl base;
  raptor_world* world;
  raptor_serializer* serializer;
  raptor_iostream* iostream; /* ours: freed even when the output stops */
  FILE* out;
  DkgDiag* diag; /* borrowed; NULL: the library's printer */
  bool started;
  bool failed;
} RaptorSink;

/* raptor2's errors: reported through the sink's diagnostics as
   "raptor2: MESSAGE"; the sink fails from then on.  Warnings are dropped. */
static void
log_handler(void* data, raptor_log_message* message)
{
  RaptorSink* sink = (RaptorSink*)data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    sink->failed = true;
    dkg_sink_report(sink->diag, NULL, "raptor2: %s", message->text);
  }
}

static DkgStatus
start(RaptorSink* sink)
{
  if (!sink->started) {
    sink->started = true;
    /* raptor2 frees an iostream it made itself only in
       raptor_serializer_serialize_end(), which a run stopped by a bad
       record never calls: so the sink owns it. */
    sink->iostream = raptor_new_iostream_to_file_handle(sink->world, sink->out);
    if (!sink->iostream || raptor_serializer_start_to_iostream(
                             sink->serializer, NULL, sink->iostream)) {
      sink->failed = true;
    }
  }
  return sink->failed ? DKG_ERR_WRITER : DKG_SUCCESS;
}

static DkgStatus
raptor_prefix(DkgSink* base, const char* name, const char* iri)
{
  RaptorSink* sink = (RaptorSink*)base;
  DkgStatus st = start(sink);
  if (st) {
    return st;
  }
  raptor_uri* uri = raptor_new_uri(sink->world, (const unsigned char*)iri);
  if (!uri) {
    return DKG_ERR_NOMEM;
  }
  /* Prefixes only shorten the output: a serializer that refuses one (RDF/JSON
     has none; RDF/XML declares rdf: itself) writes full IRIs instead. */
  (void)raptor_serializer_set_namespace(
    sink->serializer, uri, (const unsigned char*)name);
  raptor_free_uri(uri);
  return DKG_SUCCESS;
}

raptor_term*
dkg_raptor_term(raptor_world* world, const DkgTerm* t)
{
  if (!t) {
    return NULL;
  }
  switch (t->kind) {
    case DKG_TERM_IRI:
      return raptor_new_term_from_counted_uri_string(
        world, (const unsigned char*)t->value, t->len);
    case DKG_TERM_BLANK:
      return raptor_new_term_from_counted_blank(
        world, (const unsigned char*)t->value, t->len);
    case DKG_TERM_LITERAL:
      break;
  }
  raptor_uri* datatype =
    t->datatype && !t->lang
      ? raptor_new_uri(world, (const unsigned char*)t->datatype)
      : NULL;
  if (t->datatype && !t->lang && !datatype) {
    return NULL;
  }
  raptor_term* term = raptor_new_term_from_counted_literal(
    world,
    (const unsigned char*)t->value,
    t->len,
    datatype,
    (const unsigned char*)t->lang,
    t->lang ? (unsigned char)strlen(t->lang) : 0);
  if (datatype) {
    raptor_free_uri(datatype);
  }
  return term;
}

static DkgStatus
raptor_statement_func(DkgSink* base,
                      const DkgTerm* graph,
                      const DkgTerm* s,
                      const DkgTerm* p,
                      const DkgTerm* o)
{
  RaptorSink* sink = (RaptorSink*)base;
  DkgStatus st = start(sink);
  if (st) {
    return st;
  }
  raptor_term* ts = dkg_raptor_term(sink->world, s);
  raptor_term* tp = dkg_raptor_term(sink->world, p);
  raptor_term* to = dkg_raptor_term(sink->world, o);
  raptor_term* tg = dkg_raptor_term(sink->world, graph);
  raptor_statement* statement =
    raptor_new_statement_from_nodes(sink->world, ts, tp, to, tg);
  if (!statement || !ts || !tp || !to || (graph && !tg)) {
    if (statement) {
      raptor_free_statement(statement);
    }
    return DKG_ERR_NOMEM;
  }
  const int rc =
    raptor_serializer_serialize_statement(sink->serializer, statement);
  raptor_free_statement(statement);
  return rc || sink->failed ? DKG_ERR_WRITER : DKG_SUCCESS;
}

static DkgStatus
raptor_finish(DkgSink* base)
{
  RaptorSink* sink = (RaptorSink*)base;
  DkgStatus st = start(sink);
  if (st) {
    return st;
  }
  if (raptor_serializer_serialize_end(sink->serializer) || sink->failed) {
    return DKG_ERR_WRITER;
  }
  return fflush(sink->out) || ferror(sink->out) ? DKG_ERR_IO : DKG_SUCCESS;
}

static void
raptor_free_sink(DkgSink* base)
{
  RaptorSink* sink = (RaptorSink*)base;
  if (sink->serializer) {
    raptor_free_serializer(sink->serializer);
  }
  if (sink->iostream) {
    raptor_free_iostream(sink->iostream);
  }
  if (sink->world) {
    raptor_free_world(sink->world);
  }
  free(sink);
}

static const DkgSinkClass raptor_sink_class = {
  "raptor2",     raptor_prefix,    raptor_statement_func,
  raptor_finish, raptor_free_sink,
};

DkgSink*
dkg_raptor_sink_new(FILE* out, const char* syntax, const char* base)
{
  (void)base; /* IRIs are written absolute: no relative references. */
  RaptorSink* sink = (RaptorSink*)calloc(1, sizeof(RaptorSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &raptor_sink_class;
  sink->out = out;
  sink->world = raptor_new_world();
  if (!sink->world || raptor_world_open(sink->world)) {
    raptor_free_sink(&sink->base);
    return NULL;
  }
  raptor_world_set_log_handler(sink->world, sink, log_handler);
  if (!raptor_world_is_serializer_name(sink->world, syntax)) {
    raptor_free_sink(&sink->base);
    return NULL;
  }
  sink->serializer = raptor_new_serializer(sink->world, syntax);
  if (!sink->serializer) {
    raptor_free_sink(&sink->base);
    return NULL;
  }
  return &sink->base;
}

void
dkg_raptor_sink_set_diag(DkgSink* sink, DkgDiag* diag)
{
  ((RaptorSink*)sink)->diag = diag;
}
