/* The graph sink, the top of the graph stack (model.h): statements into the
   drawing model, then at the end the view asked for, written by the writer
   of its format (a table of them below). */

#include "graph/graph.h"

#include "graph/dot.h"
#include "graph/graphml.h"
#include "graph/html.h"
#include "graph/layout.h"
#include "graph/model.h"

#include <stdlib.h>
#include <string.h>

typedef struct
{
  struct DkgSinkImpl base;
  DkgGraph* graph;
  FILE* out;
  DkgDiag* diag;
  DkgGraphOptions options;
} GraphSink;

/* ---- The writers, one per format -------------------------------------- */

typedef DkgStatus (*Writer)(const DkgGraphView* view,
                            const char* format,
                            DkgDiag* diag,
                            FILE* out);

static DkgStatus
write_dot(const DkgGraphView* view,
          const char* format,
          DkgDiag* diag,
          FILE* out)
{
  (void)format;
  return dkg_graph_view_is_table(view->options->view)
           ? dkg_graph_write_table_dot(view, diag, out)
           : dkg_graph_write_dot(view, out, 0);
}

static DkgStatus
write_graphml(const DkgGraphView* view,
              const char* format,
              DkgDiag* diag,
              FILE* out)
{
  (void)format;
  (void)diag;
  return dkg_graph_write_graphml(view, out);
}

static DkgStatus
write_html(const DkgGraphView* view,
           const char* format,
           DkgDiag* diag,
           FILE* out)
{
  (void)format;
  return dkg_graph_write_html(view, diag, out);
}

static const struct
{
  const char* format;
  Writer write;
} writers[] = {
  { "dot", write_dot },
  { "svg", dkg_graph_write_image },
  { "png", dkg_graph_write_image },
  { "graphml", write_graphml },
  { "html", write_html },
};

static Writer
writer_for(const char* format)
{
  for (size_t i = 0; i < sizeof(writers) / sizeof(writers[0]); ++i) {
    if (!strcmp(format, writers[i].format)) {
      return writers[i].write;
    }
  }
  return NULL;
}

bool
dkg_graph_format_known(const char* format)
{
  return writer_for(format) != NULL;
}

/* ---- The sink ----------------------------------------------------------- */

static DkgStatus
graph_statement(DkgSink* base,
                const DkgTerm* graph,
                const DkgTerm* s,
                const DkgTerm* p,
                const DkgTerm* o)
{
  (void)graph;
  return dkg_graph_add(((GraphSink*)base)->graph, s, p, o);
}

static DkgStatus
graph_finish(DkgSink* base)
{
  GraphSink* sink = (GraphSink*)base;
  DkgGraphView view;
  DkgStatus st = dkg_graph_finish(sink->graph);
  if (!st) {
    st = dkg_graph_view_build(sink->graph, &sink->options, sink->diag, &view);
  }
  if (st) {
    return st;
  }
  st = writer_for(sink->options.format)(
    &view, sink->options.format, sink->diag, sink->out);
  if (!st && (fflush(sink->out) || ferror(sink->out))) {
    st = DKG_ERR_IO;
  }
  dkg_graph_view_free(&view);
  return st;
}

static void
graph_free(DkgSink* base)
{
  GraphSink* sink = (GraphSink*)base;
  dkg_graph_free(sink->graph);
  free(sink);
}

static const DkgSinkClass graph_sink_class = {
  "graph", NULL, graph_statement, graph_finish, graph_free,
};

DkgSink*
dkg_graph_sink_new(FILE* out, DkgDiag* diag, const DkgGraphOptions* options)
{
  if (!dkg_graph_format_known(options->format)) {
    return NULL;
  }
  GraphSink* sink = (GraphSink*)calloc(1, sizeof(GraphSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &graph_sink_class;
  sink->out = out;
  sink->diag = diag;
  sink->options = *options;
  sink->graph = dkg_graph_new();
  if (!sink->graph) {
    free(sink);
    return NULL;
  }
  return &sink->base;
}
