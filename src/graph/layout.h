/* Laying out: a view's DOT (dot.h) laid out and rendered in process by
   Graphviz's C library, as SVG or PNG, or as node positions for the page. */

#ifndef DKG_GRAPH_LAYOUT_H
#define DKG_GRAPH_LAYOUT_H

#include "graph/view.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/** Lays the view out with libgvc and renders `format` ("svg" or "png"): a
    network, or a table view's table (tables.c).  The rendered bytes
    go to `*result` (malloc'ed; the caller frees it) and `*len`.  Graphviz's
    messages are reported through `diag`. */
DkgStatus dkg_graph_render(const DkgGraphView* view,
                           const char* format,
                           DkgDiag* diag,
                           char** result,
                           size_t* len);

/** Lays the view out with sfdp (no edge labels, overlaps allowed: seconds
    for thousands of nodes) and stores the centre of drawn node K at
    positions[2K], positions[2K + 1] (points, y downwards).  The page uses
    it for large views, where a layout in the browser takes too long. */
DkgStatus dkg_graph_positions(const DkgGraphView* view,
                              DkgDiag* diag,
                              double* positions);

/** Renders the view as `format` ("svg" or "png"), as dkg_graph_render()
    does, and writes the bytes to `out`.  Returns DKG_ERR_IO when they
    cannot be written. */
DkgStatus dkg_graph_write_image(const DkgGraphView* view,
                                const char* format,
                                DkgDiag* diag,
                                FILE* out);

/** The Graphviz engine used for a view with `n_nodes` nodes and `n_edges`
    edges when none is asked for. */
const char* dkg_graph_default_layout(size_t n_nodes, size_t n_edges);

/** True when a view is too large for labelled edges to be laid out in
    seconds (or read): edges are then drawn without labels. */
bool dkg_graph_is_large(size_t n_nodes, size_t n_edges);

#endif
