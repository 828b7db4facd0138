/* Drawings of the graph: the graph sink, the top of the stack described in
   model.h.  It builds the drawing model from the mapper's statements and,
   when finished, selects the view (view.h) and writes it with the writer
   of the format asked for: DOT, SVG, PNG, GraphML or the HTML page. */

#ifndef DKG_GRAPH_H
#define DKG_GRAPH_H

#include "dialoguekg/dialoguekg.h"
#include "graph/view.h"

#include <stdbool.h>
#include <stdio.h>

/** True when `format` is one the graph sink writes. */
bool dkg_graph_format_known(const char* format);

/** A sink that builds the model, then at `finish` selects the view and writes
    `options->format` to `out` (not closed).  Strings in `options` are
    borrowed and must outlive the sink.  Problems (no such series, a Graphviz
    failure) are reported through `diag`, and `finish` returns DKG_ERR_USAGE
    (--series matched nothing), DKG_ERR_WRITER or DKG_ERR_IO.  Returns NULL
    when the format is unknown, when out of memory or when the compiled-in
    ontology cannot be read. */
DkgSink* dkg_graph_sink_new(FILE* out,
                            DkgDiag* diag,
                            const DkgGraphOptions* options);

#endif
