/* DOT, Graphviz's language: a network view (dot.c), or a table view as one
   node holding an HTML-like table (tables.c).  What layout.c lays out. */

#ifndef DKG_GRAPH_DOT_H
#define DKG_GRAPH_DOT_H

#include "graph/view.h"

#include <stdio.h>

/** Flags of dkg_graph_write_dot(). */
enum
{
  DKG_DOT_LARGE = 1 /**< edge labels as tooltips only, overlaps allowed */
};

/** Writes the DOT of a network view (flags: DKG_DOT_*) to `out`.  Returns
    DKG_ERR_IO when the stream reports an error. */
DkgStatus dkg_graph_write_dot(const DkgGraphView* view, FILE* out, int flags);

/** Writes the DOT of a table view (matrix, timeline, topic rounds): an
    HTML-like table Graphviz lays out.  A table too large to lay out in
    seconds is refused with a message through `diag` (DKG_ERR_USAGE). */
DkgStatus dkg_graph_write_table_dot(const DkgGraphView* view,
                                    DkgDiag* diag,
                                    FILE* out);

#endif
