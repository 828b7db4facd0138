/* The interactive page of `dialoguekg viz` (docs/visualization.md): the
   view and its facts as JSON, positions from the layout for a large view,
   the graph library and src/viz/, in one offline HTML file. */

#ifndef DKG_GRAPH_HTML_H
#define DKG_GRAPH_HTML_H

#include "graph/view.h"

#include <stdio.h>

/** Writes the page of `view` to `out`.  Graphviz's messages (a large view
    is laid out by sfdp) go through `diag`.  Returns DKG_ERR_NOMEM,
    DKG_ERR_WRITER (the layout failed) or DKG_ERR_IO. */
DkgStatus dkg_graph_write_html(const DkgGraphView* view,
                               DkgDiag* diag,
                               FILE* out);

#endif
