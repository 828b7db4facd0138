/* SVG and PNG: the view's DOT text laid out and rendered in process by
   Graphviz's C library (libgvc, libcgraph).  Nothing is run in a shell. */

#include "graph/layout.h"

#include "graph/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <stdio.h>
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

/* How far a drawing's aspect ratio (width / height) is from a page's
   (landscape A4, 1.41): 0 for a perfect fit, 1 for twice as wide or tall. */
static double
aspect_misfit(Agraph_t* g)
{
  const boxf bb = GD_bb(g); /* set by the layout, in points */
  const double width = bb.UR.x - bb.LL.x;
  const double height = bb.UR.y - bb.LL.y;
  if (width <= 0.0 || height <= 0.0) {
    return 0.0;
  }
  const double ratio = width / height / 1.41;
  return ratio >= 1.0 ? ratio - 1.0 : 1.0 / ratio - 1.0;
}

/* The layouts tried, in order of preference, when none is asked for: dot's
   layered drawing left to right, then top to bottom, then a force layout
   (with its overlaps removed), which comes out roughly round. */
typedef struct
{
  const char* engine;
  const char* rankdir;
  const char* overlap;
} Layout;

static const Layout candidates[] = {
  { "dot", "LR", NULL },
  { "dot", "TB", NULL },
  { "neato", NULL, "prism" },
};

/* A misfit below this (a drawing at most 1.6 times wider or taller than a
   page) is good enough: the first such candidate is taken. */
#define GOOD_FIT 0.6

/* Sets a graph attribute (libcgraph takes writable strings; it copies
   them). */
static void
set_graph_attr(Agraph_t* g, const char* name, const char* value)
{
  char name_copy[32];
  char value_copy[32];
  char empty[] = "";
  snprintf(name_copy, sizeof(name_copy), "%s", name);
  snprintf(value_copy, sizeof(value_copy), "%s", value);
  agsafeset(g, name_copy, value_copy, empty);
}

static bool
apply_layout(GVC_t* gvc, Agraph_t* g, const Layout* layout)
{
  if (layout->rankdir) {
    set_graph_attr(g, "rankdir", layout->rankdir);
  }
  if (layout->overlap) {
    set_graph_attr(g, "overlap", layout->overlap);
  }
  return gvLayout(gvc, g, layout->engine) == 0;
}

/* Lays `g` out with the candidate whose drawing best fits a page; leaves
   it laid out.  False when a layout fails. */
static bool
layout_by_shape(GVC_t* gvc, Agraph_t* g, DkgDiag* diag)
{
  const size_t n = sizeof(candidates) / sizeof(candidates[0]);
  size_t best = 0;
  double best_misfit = 0.0;
  for (size_t i = 0; i < n; ++i) {
    if (!apply_layout(gvc, g, &candidates[i])) {
      return false;
    }
    const double misfit = aspect_misfit(g);
    if (misfit < GOOD_FIT) {
      return true;
    }
    if (!i || misfit < best_misfit) {
      best = i;
      best_misfit = misfit;
    }
    gvFreeLayout(gvc, g);
  }
  dkg_diag_report(diag,
                  DKG_NOTE,
                  NULL,
                  "no layout fits a page well; drawing with %s%s%s",
                  candidates[best].engine,
                  candidates[best].rankdir ? ", rankdir=" : "",
                  candidates[best].rankdir ? candidates[best].rankdir : "");
  return apply_layout(gvc, g, &candidates[best]);
}

/* What is made of a laid-out drawing: `format` rendered into `*result`
   and `*len`, or, when `positions` is set, the centre of each node nK
   (x, y in points, y downwards) at positions[2K], positions[2K + 1]. */
typedef struct
{
  const char* format;
  char** result;
  size_t* len;
  double* positions;
  size_t n_positions;
} LayoutOutput;

static DkgStatus
render_data(GVC_t* gvc, Agraph_t* g, DkgDiag* diag, LayoutOutput* out)
{
  char* data = NULL;
  unsigned int n = 0;
  if (gvRenderData(gvc, g, out->format, &data, &n) != 0 || !data) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: cannot render '%s' (is its plugin installed?)",
                    out->format);
    if (data) {
      gvFreeRenderData(data);
    }
    return DKG_ERR_WRITER;
  }
  *out->result = (char*)malloc(n + 1u);
  if (!*out->result) {
    gvFreeRenderData(data);
    return DKG_ERR_NOMEM;
  }
  memcpy(*out->result, data, n);
  (*out->result)[n] = '\0';
  *out->len = n;
  gvFreeRenderData(data);
  return DKG_SUCCESS;
}

static DkgStatus
read_positions(Agraph_t* g, LayoutOutput* out)
{
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const char* name = agnameof(n);
    char* end = NULL;
    const unsigned long k =
      name && name[0] == 'n' ? strtoul(name + 1, &end, 10) : 0;
    if (!end || *end || k >= out->n_positions) {
      continue; /* not a drawn node (the legend has none in the page) */
    }
    out->positions[2u * k] = ND_coord(n).x;
    out->positions[2u * k + 1u] = GD_bb(g).UR.y - ND_coord(n).y;
  }
  return DKG_SUCCESS;
}

/* Reads and lays out DOT text (with `engine`, or by the drawing's shape
   when NULL), then makes `out` of it. */
static DkgStatus
render_dot(const char* dot,
           const char* engine,
           DkgDiag* diag,
           LayoutOutput* out)
{
  current_diag = diag;
  n_graphviz_errors = 0;
  agusererrf old = agseterrf(graphviz_message);
  GVC_t* gvc = gvContext();
  Agraph_t* g = gvc ? agmemread(dot) : NULL;
  bool laid_out = false;
  DkgStatus st = DKG_ERR_WRITER;
  if (!gvc || !g) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: cannot read the drawing (%s)",
                    gvc ? "bad DOT" : "no context");
    goto done;
  }
  laid_out =
    engine ? gvLayout(gvc, g, engine) == 0 : layout_by_shape(gvc, g, diag);
  if (!laid_out) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "graphviz: layout '%s' failed or is not installed",
                    engine ? engine : "dot");
    goto done;
  }
  st = out->positions ? read_positions(g, out) : render_data(gvc, g, diag, out);
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
  return st;
}

DkgStatus
dkg_graph_render(const DkgGraphView* view,
                 const char* format,
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
  const bool table = dkg_graph_view_is_table(view->options->view);
  const bool large = dkg_graph_is_large(view->n_nodes, view->n_edges);
  DkgStatus st = table
                   ? dkg_graph_write_table_dot(view, diag, mem)
                   : dkg_graph_write_dot(view, mem, large ? DKG_DOT_LARGE : 0);
  if (fclose(mem) || st) {
    free(dot);
    return st ? st : DKG_ERR_NOMEM;
  }
  /* A table is one node: dot.  A large drawing goes to sfdp at once; a
     smaller one to the layout that fits a page best, unless --layout names
     one. */
  const char* engine = table ? "dot" : view->options->layout;
  if (!engine && large) {
    engine = dkg_graph_default_layout(view->n_nodes, view->n_edges);
  }
  LayoutOutput output = { format, result, len, NULL, 0 };
  st = render_dot(dot, engine, diag, &output);
  free(dot);
  return st;
}

DkgStatus
dkg_graph_positions(const DkgGraphView* view, DkgDiag* diag, double* positions)
{
  char* dot = NULL;
  size_t dot_len = 0;
  FILE* mem = open_memstream(&dot, &dot_len);
  if (!mem) {
    return DKG_ERR_NOMEM;
  }
  DkgGraphOptions options = *view->options;
  options.legend = false;
  DkgGraphView unlabelled = *view;
  unlabelled.options = &options;
  DkgStatus st = dkg_graph_write_dot(&unlabelled, mem, DKG_DOT_LARGE);
  if (fclose(mem) || st) {
    free(dot);
    return st ? st : DKG_ERR_NOMEM;
  }
  LayoutOutput output = { NULL, NULL, NULL, positions, view->n_nodes };
  st = render_dot(dot, "sfdp", diag, &output);
  free(dot);
  return st;
}

DkgStatus
dkg_graph_write_image(const DkgGraphView* view,
                      const char* format,
                      DkgDiag* diag,
                      FILE* out)
{
  char* data = NULL;
  size_t len = 0;
  DkgStatus st = dkg_graph_render(view, format, diag, &data, &len);
  if (!st && fwrite(data, 1, len, out) != len) {
    st = DKG_ERR_IO;
  }
  free(data);
  return st;
}
