/* The labels of the ontology's terms: every dkg: term's English rdfs:label
   in the compiled-in ontology/dialogue.ttl, read with raptor2's Turtle
   parser, and short built-in labels for the terms of other vocabularies the
   records use.  The bottom of the graph stack (model.h reads it). */

#ifndef DKG_GRAPH_LABELS_H
#define DKG_GRAPH_LABELS_H

#include "util/arena.h"
#include "util/hashmap.h"

#include <stdbool.h>

/** Parses the compiled-in ontology and puts each term's label into
    `labels` (term IRI -> label; the labels are copied into `arena`).
    Returns false when the ontology cannot be parsed, holds no label, or
    memory runs out; `labels` may then hold some labels. */
bool dkg_graph_labels_load(DkgHash* labels, DkgArena* arena);

/** The label of the term `iri`: the ontology's (from `labels`), a built-in
    one (rdfs:label is "label", owl:sameAs "same as", ...), or else the IRI's
    local name (after its last '#' or '/'), or the IRI itself.  Never
    NULL; borrowed from `labels`, a static table or `iri`. */
const char* dkg_graph_labels_get(const DkgHash* labels, const char* iri);

#endif
