#ifndef DKG_SINK_LIBRDF_H
#define DKG_SINK_LIBRDF_H

/* A sink adding every statement to a librdf (Redland) model. */

#include "dialoguekg/dialoguekg.h"

#include <redland.h>

/** A sink adding statements to `model` of `world` (both borrowed: they must
    outlive the sink).  A statement with a graph goes into that context when
    the model's storage has contexts, else into the model without one.  A
    statement already in the model is not added twice (set semantics of the
    storage).  `prefix` is ignored (a model has no prefixes), `finish` syncs
    the model to its storage.  Returns NULL when out of memory.  A failing
    librdf call gives DKG_ERR_WRITER. */
DkgSink* dkg_librdf_sink_new(librdf_world* world, librdf_model* model);

/** Statements added so far by `sink` (including duplicates the storage
    ignored). */
uint64_t dkg_librdf_sink_count(const DkgSink* sink);

#endif
