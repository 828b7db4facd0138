/* SVG and PNG: the view's DOT text laid out and rendered in process by
   Graphviz's C library (libgvc, libcgraph).  Nothing is run in a shell. */

#include "graph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <stdlib.h>
#include <string.h>

/* Graphviz reports through one process-wide callback; it is set for the
   duration of one dkg_graph_render() call. */
static DkgDiag* current_diag = NULL;
static size_t n_graphviz_errors = 0;

static int
graphviz_message(char* message)
{
  size_t len = strlen(message);
  while (len && (message[len - 1u] == '\n' || message[len - 1u] == ' ')) {
    message[--len] = '\0';
  }
  if (!len) {
    return 0;
  }
  const bool warning = !strncmp(message, "Warning", 7);
  if (!warning) {
    ++n_graphviz_errors;
  }
  if (current_diag) {
    dkg_diag_report(current_diag,
                    warning ? DKG_WARNING : DKG_ERROR,
                    NULL,
                    "graphviz: %s",
                    message);
  }
  return 0;
}

const char*
dkg_graph_default_layout(size_t n_nodes, size_t n_edges)
{
  /* dot's layered drawing reads best, but its crossing minimisation grows
     fast with size; past a few hundred nodes sfdp (a multilevel force
     layout) draws the graph in seconds. */
  return dkg_graph_is_large(n_nodes, n_edges) ? "sfdp" : "dot";
}

bool
dkg_graph_is_large(size_t n_nodes, size_t n_edges)
{
  return n_nodes > 400u || n_edges > 1200u;
}

DkgStatus
dkg_graph_render(const DkgGraphView* view,
                 const char* format,
                 bool for_html,
                 DkgDiag* diag,
                 char** result,
                 size_t* len)
{
  *result = NULL;
  *len = 0;
  char* dot = NULL;
  size_t dot_len = 0;
  FILE* mem = open_memstream(&dot, &dot_len);
  if (!mem) {
    return DKG_ERR_NOMEM;
  }
  const bool large = dkg_graph_is_large(view->n_nodes, view->n_edges);
  DkgStatus st = dkg_graph_write_dot(
    view, mem, (for_html ? DKG_DOT_HTML : 0) | (large ? DKG_DOT_LARGE : 0));
  if (fclose(mem) || st) {
    free(dot);
    return st ? st : DKG_ERR_NOMEM;
  }

  const char* engine = view->options->layout;
  if (!engine) {
    engine = dkg_graph_default_layout(view->n_nodes, view->n_edges);
  }
  current_diag = diag;
  n_graphviz_errors = 0;
  agusererrf old = agseterrf(graphviz_message);
  GVC_t* gvc = gvContext();
  Agraph_t* g = gvc ? agmemread(dot) : NULL;
  bool laid_out = false;
  st = DKG_ERR_WRITER;
  if (!gvc || !g) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: cannot read the drawing (%s)",
                    gvc ? "bad DOT" : "no context");
    goto done;
  }
  if (gvLayout(gvc, g, engine) != 0) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: layout '%s' failed or is not installed",
                    engine);
    goto done;
  }
  laid_out = true;
  char* data = NULL;
  unsigned int n = 0;
  if (gvRenderData(gvc, g, format, &data, &n) != 0 || !data) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: cannot render '%s' (is its plugin installed?)",
                    format);
    if (data) {
      gvFreeRenderData(data);
    }
    goto done;
  }
  *result = (char*)malloc(n + 1u);
  if (!*result) {
    gvFreeRenderData(data);
    st = DKG_ERR_NOMEM;
    goto done;
  }
  memcpy(*result, data, n);
  (*result)[n] = '\0';
  *len = n;
  gvFreeRenderData(data);
  st = DKG_SUCCESS;
done:
  if (laid_out) {
    gvFreeLayout(gvc, g);
  }
  if (g) {
    agclose(g);
  }
  if (gvc) {
    gvFreeContext(gvc);
  }
  agseterrf(old);
  current_diag = NULL;
  free(dot);
  return st;
}
