#ifndef DKG_MINT_NAME_H
#define DKG_MINT_NAME_H

/* Names as keys and slugs: how a name as written is compared with the
   reference data, and what an IRI made from it ends with.  See
   docs/mapping.md, "Names and keys". */

#include "util/buf.h"

#include <stdbool.h>
#include <stddef.h>

/** Appends the normalized key of `name` (lower-case ASCII, punctuation
    folded to single spaces, `.` and apostrophes dropped, a leading "the "
    dropped) to `out`.  Input must be valid UTF-8.  Returns false when out
    of memory (`out` may then hold part of the key). */
bool dkg_name_key(DkgBuf* out, const char* name, size_t len);

/** Appends the slug of `name` (its key with `-` for spaces; code points an
    IRI may not hold are percent-encoded) to `out`.  Returns false when out
    of memory; sets `*empty` when the name has nothing to make a slug of. */
bool dkg_slug_append(DkgBuf* out, const char* name, size_t len, bool* empty);

#endif
