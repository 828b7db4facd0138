#ifndef DKG_MAP_HOOK_H
#define DKG_MAP_HOOK_H

/* The mapper's hook, for `convert --jobs` (src/jobs/): private to the
   library, used by jobs/ only.

   A mapper decides, statement by statement, which descriptions are first
   mentions (an entity or a cited source described the first time) and
   which names the reference data lacks.  With an observer, it leaves
   those decisions to the observer instead: the observer says whether to
   describe (and records what is described), and takes the notes.  A
   mapper without an observer can be driven from outside by the functions
   below, which make the same decisions one by one: the replay of what an
   observed mapper recorded. */

#include "map/mapper.h"

/** The set a description's key belongs to: described entities (by IRI) or
    cited source documents (by URL). */
typedef enum
{
  DKG_MAP_ENTITY = 0,
  DKG_MAP_SOURCE = 1,
} DkgMapSet;

/** What an observed mapper calls instead of deciding.  A call returning a
    status other than DKG_SUCCESS makes it the mapper's status (the record
    and every later one fail with it). */
typedef struct
{
  void* handle;
  /** The mapper is about to describe `key` of `set`, were it a first
      mention; `*describe` says whether it does.  A description begun
      (`*describe` true) ends with one call of close(). */
  DkgStatus (*open)(void* handle,
                    DkgMapSet set,
                    const char* key,
                    bool* describe);
  /** Ends the innermost description begun by open(). */
  DkgStatus (*close)(void* handle);
  /** `name` of `kind` ("agency", "topic", "series"; `country` may be NULL)
      at JSON Pointer `path` of the record is not in the reference data. */
  DkgStatus (*note)(void* handle,
                    const char* kind,
                    const char* country,
                    const char* name,
                    const char* path);
  /** True only if entity `iri` is certainly described already (may be
      NULL: nothing is known). */
  bool (*known)(void* handle, const char* iri);
  /** Frees `handle` when the mapper is freed or observes another (may be
      NULL). */
  void (*release)(void* handle);
} DkgMapObserver;

/** From now on `mapper` leaves its decisions to `observer` (copied; NULL:
    decides itself again).  The previous observer is released. */
void dkg_mapper_observe(DkgMapper* mapper, const DkgMapObserver* observer);

/** Makes `status` the mapper's status unless it has one already (an
    observer that could not be set up). */
void dkg_mapper_fail(DkgMapper* mapper, DkgStatus status);

/* ---- Driving a mapper from outside (no observer) ---------------------- */

/** Starts the record at `text` (for messages), as dkg_mapper_map() does.
    Returns the mapper's status: not DKG_SUCCESS when an earlier failure
    stopped it (nothing else then happens). */
DkgStatus dkg_mapper_begin(DkgMapper* mapper, const DkgRecordText* text);

/** True the first time `key` of `set` is seen (remembered from now on), as
    the mapper decides a first mention.  False also when out of memory
    (then the mapper's status says so). */
bool dkg_mapper_first_mention(DkgMapper* mapper,
                              DkgMapSet set,
                              const char* key);

/** Notes an unresolved name of the record begun last, as the mapper does
    (see DkgMapObserver.note); `kind` need not outlive the call. */
void dkg_mapper_note_unresolved(DkgMapper* mapper,
                                const char* kind,
                                const char* country,
                                const char* name,
                                const char* path);

/** The sink the mapper writes to (borrowed). */
DkgSink* dkg_mapper_sink(const DkgMapper* mapper);

/** Counts `n` statements written to the sink from outside, which returned
    `status` (the first failure is kept).  Returns the mapper's status. */
DkgStatus dkg_mapper_sent(DkgMapper* mapper, DkgStatus status, uint64_t n);

/** The mapper's status: DKG_SUCCESS, or the first failure (final). */
DkgStatus dkg_mapper_status(const DkgMapper* mapper);

/** What dkg_mapper_map() would have returned for the record begun last:
    the mapper's status, else DKG_ERR_UNRESOLVED in strict mode when a name
    did not resolve, else DKG_SUCCESS. */
DkgStatus dkg_mapper_end(const DkgMapper* mapper);

#endif
