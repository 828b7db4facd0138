/* The JSON-LD sink: each statement checked and sent to the expanded mode
   (node_map.c, expanded.c) or the compact one (compact.c); the first
   failure is kept and returned from then on.  See jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static DkgStatus
fail(JsonldSink* sink, DkgStatus st)
{
  if (!sink->st) {
    sink->st = st;
  }
  return sink->st;
}

/* Sink class                                                               */

static DkgStatus
jsonld_prefix(DkgSink* base, const char* name, const char* iri)
{
  (void)name;
  (void)iri;
  return ((JsonldSink*)base)->st;
}

static DkgStatus
jsonld_statement(DkgSink* base,
                 const DkgTerm* graph,
                 const DkgTerm* subject,
                 const DkgTerm* predicate,
                 const DkgTerm* object)
{
  JsonldSink* const sink = (JsonldSink*)base;
  if (sink->st) {
    return sink->st;
  }
  if (sink->finished || subject->kind == DKG_TERM_LITERAL ||
      predicate->kind != DKG_TERM_IRI ||
      (graph && graph->kind == DKG_TERM_LITERAL)) {
    return fail(sink, DKG_ERR_WRITER);
  }
  const DkgStatus st =
    sink->context_doc
      ? dkg_jsonld_compact_statement(sink, graph, subject, predicate, object)
      : dkg_jsonld_expanded_statement(sink, graph, subject, predicate, object);
  return st ? fail(sink, st) : DKG_SUCCESS;
}

static DkgStatus
jsonld_finish(DkgSink* base)
{
  JsonldSink* const sink = (JsonldSink*)base;
  if (sink->st) {
    return sink->st;
  }
  if (sink->finished) {
    return fail(sink, DKG_ERR_WRITER);
  }
  sink->finished = true;
  DkgStatus st = sink->context_doc ? dkg_jsonld_compact_finish(sink)
                                   : dkg_jsonld_expanded_finish(sink);
  if (!st) {
    dkg_jw_flush(&sink->w);
    st = sink->w.st;
  }
  if (!st && fflush(sink->w.out)) {
    st = DKG_ERR_IO;
  }
  return st ? fail(sink, st) : DKG_SUCCESS;
}

static void
jsonld_free(DkgSink* base)
{
  JsonldSink* const sink = (JsonldSink*)base;
  dkg_jsonld_node_maps_free(sink);
  dkg_jsonld_compact_free(sink);
  dkg_jsonld_context_free(sink);
  free(sink->w.buf);
  free(sink);
}

static const DkgSinkClass jsonld_class = {
  "json-ld", jsonld_prefix, jsonld_statement, jsonld_finish, jsonld_free,
};

DkgSink*
dkg_jsonld_sink_new(FILE* out,
                    const char* context_json,
                    const char* context_url,
                    const DkgJsonldOptions* options)
{
  static const DkgJsonldOptions defaults = { false, false, NULL, false };
  const DkgJsonldOptions* const opts = options ? options : &defaults;
  if (!out ||
      (opts->rdf_direction && strcmp(opts->rdf_direction, "i18n-datatype") &&
       strcmp(opts->rdf_direction, "compound-literal"))) {
    return NULL;
  }
  JsonldSink* const sink = (JsonldSink*)calloc(1U, sizeof(JsonldSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &jsonld_class;
  dkg_hash_init(&sink->graphs);
  dkg_hash_init(&sink->ref_once);
  dkg_hash_init(&sink->seen);
  dkg_hash_init(&sink->memo);
  sink->w.out = out;
  sink->w.pretty = opts->pretty;
  sink->opts = *opts;
  if (context_json &&
      (dkg_jsonld_context_load(sink, context_json) ||
       (context_url && !(sink->context_url = dkg_strdup(context_url))))) {
    jsonld_free(&sink->base);
    return NULL;
  }
  return &sink->base;
}
