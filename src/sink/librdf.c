/* A sink feeding a librdf model: the embedded store behind `query` and
   `load`.  Each statement becomes librdf nodes and is added at once; the
   storage (in-memory hashes or SQLite) indexes it. */

#include "sink/librdf.h"
#include "sink/raptor.h"

#include <stdlib.h>
#include <string.h>

typedef struct
{
  struct DkgSinkImpl base;
  librdf_world* world;
  librdf_model* model;
  bool contexts;
  uint64_t count;
} LibrdfSink;

/* A librdf node is a raptor2 term (Redland 1.0.17) of the world's raptor2
   world. */
static librdf_node*
make_node(librdf_world* world, const DkgTerm* t)
{
  return dkg_raptor_term(librdf_world_get_raptor(world), t);
}

static DkgStatus
librdf_sink_statement(DkgSink* base,
                      const DkgTerm* graph,
                      const DkgTerm* s,
                      const DkgTerm* p,
                      const DkgTerm* o)
{
  LibrdfSink* sink = (LibrdfSink*)base;
  librdf_node* ns = make_node(sink->world, s);
  librdf_node* np = make_node(sink->world, p);
  librdf_node* no = make_node(sink->world, o);
  if (!ns || !np || !no) {
    if (ns) {
      librdf_free_node(ns);
    }
    if (np) {
      librdf_free_node(np);
    }
    if (no) {
      librdf_free_node(no);
    }
    return DKG_ERR_NOMEM;
  }
  /* The statement takes the three nodes, whatever happens. */
  librdf_statement* st =
    librdf_new_statement_from_nodes(sink->world, ns, np, no);
  if (!st) {
    return DKG_ERR_NOMEM;
  }
  int rc = 0;
  if (graph && sink->contexts) {
    librdf_node* ng = make_node(sink->world, graph);
    if (!ng) {
      librdf_free_statement(st);
      return DKG_ERR_NOMEM;
    }
    rc = librdf_model_context_add_statement(sink->model, ng, st);
    librdf_free_node(ng);
  } else {
    rc = librdf_model_add_statement(sink->model, st);
  }
  librdf_free_statement(st);
  if (rc) {
    return DKG_ERR_WRITER;
  }
  ++sink->count;
  return DKG_SUCCESS;
}

static DkgStatus
librdf_sink_finish(DkgSink* base)
{
  LibrdfSink* sink = (LibrdfSink*)base;
  return librdf_model_sync(sink->model) ? DKG_ERR_WRITER : DKG_SUCCESS;
}

static void
librdf_sink_free(DkgSink* base)
{
  free(base);
}

static const DkgSinkClass librdf_sink_class = {
  "librdf model",   NULL, librdf_sink_statement, librdf_sink_finish,
  librdf_sink_free,
};

DkgSink*
dkg_librdf_sink_new(librdf_world* world, librdf_model* model)
{
  LibrdfSink* sink = (LibrdfSink*)calloc(1, sizeof(LibrdfSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &librdf_sink_class;
  sink->world = world;
  sink->model = model;
  sink->contexts = librdf_model_supports_contexts(model) != 0;
  return &sink->base;
}

uint64_t
dkg_librdf_sink_count(const DkgSink* sink)
{
  return ((const LibrdfSink*)sink)->count;
}
