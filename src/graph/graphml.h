/* GraphML of a network view, for Gephi, Cytoscape, yEd and networkx. */

#ifndef DKG_GRAPH_GRAPHML_H
#define DKG_GRAPH_GRAPHML_H

#include "graph/view.h"

#include <stdio.h>

/** Writes the view as a directed GraphML graph to `out`.  Returns
    DKG_ERR_NOMEM when out of memory, DKG_ERR_IO when the stream reports an
    error. */
DkgStatus dkg_graph_write_graphml(const DkgGraphView* view, FILE* out);

#endif
