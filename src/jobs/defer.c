#include "jobs/defer.h"

#include "jobs/tape.h"
#include "map/hook.h"

#include <stdlib.h>
#include <string.h>

/* Keys of the descriptions around the current op; deeper nesting is not
   checked for repeats (descriptions nest a few levels at most). */
#define OPEN_KEYS 32u

typedef struct
{
  DkgBuf* tape;
  bool (*known)(void* handle, const char* iri);
  void* known_handle;
  const char* open_keys[OPEN_KEYS];
  size_t n_open;
} Deferral;

static bool
deferral_known(void* handle, const char* iri)
{
  const Deferral* d = (const Deferral*)handle;
  return d->known && d->known(d->known_handle, iri);
}

/* Records the start of the description of `key`, unless it is certainly
   described already: `known` says so (descriptions only ever get added),
   or the same key is being described around this one. */
static DkgStatus
deferral_open(void* handle, DkgMapSet set, const char* key, bool* describe)
{
  Deferral* d = (Deferral*)handle;
  *describe = false;
  if (set == DKG_MAP_ENTITY && deferral_known(d, key)) {
    return DKG_SUCCESS;
  }
  for (size_t i = 0; i < d->n_open && i < OPEN_KEYS; ++i) {
    if (!strcmp(d->open_keys[i], key)) {
      return DKG_SUCCESS;
    }
  }
  if (!dkg_tape_open(d->tape, (unsigned)set, key)) {
    return DKG_ERR_NOMEM;
  }
  if (d->n_open < OPEN_KEYS) {
    d->open_keys[d->n_open] = key;
  }
  ++d->n_open;
  *describe = true;
  return DKG_SUCCESS;
}

static DkgStatus
deferral_close(void* handle)
{
  Deferral* d = (Deferral*)handle;
  --d->n_open;
  return dkg_tape_close(d->tape) ? DKG_SUCCESS : DKG_ERR_NOMEM;
}

static DkgStatus
deferral_note(void* handle,
              const char* kind,
              const char* country,
              const char* name,
              const char* path)
{
  Deferral* d = (Deferral*)handle;
  return dkg_tape_note(d->tape, kind, country, name, path) ? DKG_SUCCESS
                                                           : DKG_ERR_NOMEM;
}

void
dkg_mapper_defer(DkgMapper* mapper,
                 DkgBuf* tape,
                 bool (*known)(void* handle, const char* iri),
                 void* handle)
{
  Deferral* d = (Deferral*)calloc(1, sizeof(Deferral));
  if (!d) {
    dkg_mapper_observe(mapper, NULL);
    dkg_mapper_fail(mapper, DKG_ERR_NOMEM);
    return;
  }
  d->tape = tape;
  d->known = known;
  d->known_handle = handle;
  const DkgMapObserver observer = {
    d, deferral_open, deferral_close, deferral_note, deferral_known, free,
  };
  dkg_mapper_observe(mapper, &observer);
}
