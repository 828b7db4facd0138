#ifndef DKG_JOBS_DEFER_H
#define DKG_JOBS_DEFER_H

/* convert --jobs, the workers' side: a mapper that records on a tape what
   it would do, for the writer to decide later in input order
   (jobs/replay.h), so that the output is the bytes of a sequential run. */

#include "map/mapper.h"
#include "util/buf.h"

#include <stdbool.h>

/** From now on `mapper` (whose sink must be a tape sink on `tape`, see
    jobs/tape_sink.h) defers: each description is recorded between OPEN and
    CLOSE ops, and unresolved names as NOTE ops, instead of being decided
    here.  `known` (may be NULL), called with an entity IRI, returns true
    only if that entity is certainly described already by the writer's
    mapper; its description is then left out of the tape.  A description
    of a key already being described around it is left out too (which ends
    cycles of parent agencies).  When out of memory, the mapper's next
    dkg_mapper_map() fails with DKG_ERR_NOMEM. */
void dkg_mapper_defer(DkgMapper* mapper,
                      DkgBuf* tape,
                      bool (*known)(void* handle, const char* iri),
                      void* handle);

#endif
