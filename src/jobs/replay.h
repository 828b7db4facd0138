#ifndef DKG_JOBS_REPLAY_H
#define DKG_JOBS_REPLAY_H

/* convert --jobs, the writer's side: what a deferred mapper recorded
   (jobs/defer.h) replayed, in input order, on the one mapper that decides
   first mentions: the statements written are those a sequential run
   writes, in its order. */

#include "check/record.h"
#include "map/mapper.h"

#include <stddef.h>
#include <stdint.h>

/** Replays ops[0..len), recorded by a deferred mapper for the record at
    `text`, on `mapper` (not deferred): writes to its sink the descriptions
    that are first mentions and drops the others, notes unresolved names,
    and returns what dkg_mapper_map() would have returned for the record.
    Sets `*n_statements` (may be NULL) to the statements written.  RAW ops
    need the mapper's sink to be made by dkg_nt_sink_new().  A tape that
    cannot be read (a bug) gives DKG_ERR_INTERNAL, and the mapper keeps
    that status. */
DkgStatus dkg_mapper_replay(DkgMapper* mapper,
                            const char* ops,
                            size_t len,
                            const DkgRecordText* text,
                            uint64_t* n_statements);

#endif
