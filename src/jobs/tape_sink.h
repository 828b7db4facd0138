#ifndef DKG_JOBS_TAPE_SINK_H
#define DKG_JOBS_TAPE_SINK_H

/* The sink of a deferred mapper (jobs/defer.h): statements recorded on a
   tape (jobs/tape.h) instead of written. */

#include "dialoguekg/dialoguekg.h"
#include "util/buf.h"

#include <stdbool.h>

/** A sink that records statements on `tape` (borrowed): as STMT ops, or,
    with `nt_lines`, as N-Triples lines (N-Quads with `quads`) in RAW ops,
    so that the formatting is done by the thread that maps.  Returns NULL
    when out of memory; its statements fail with DKG_ERR_NOMEM when the
    tape cannot grow.  Freed with dkg_sink_free(). */
DkgSink* dkg_tape_sink_new(DkgBuf* tape, bool nt_lines, bool quads);

/** Makes the next statement start a new RAW op (at a record boundary, so
    that each record's ops stay apart). */
void dkg_tape_sink_cut(DkgSink* sink);

#endif
