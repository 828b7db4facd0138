#ifndef DKG_IRI_H
#define DKG_IRI_H

/* Names, keys, slugs and IRIs.  See docs/mapping.md, "Names and keys". */

#include "util/buf.h"

#include <stdbool.h>
#include <stddef.h>

/** Appends the normalized key of `name` (lower-case ASCII, punctuation
    folded to single spaces, `.` and apostrophes dropped, a leading "the "
    dropped) to `out`.  Input must be valid UTF-8.  Returns false when out
    of memory. */
bool dkg_name_key(DkgBuf* out, const char* name, size_t len);

/** Appends the slug of `name` (its key with `-` for spaces; code points an
    IRI may not hold are percent-encoded) to `out`.  Returns false when out
    of memory; sets `*empty` when the name has nothing to make a slug of. */
bool dkg_slug_append(DkgBuf* out, const char* name, size_t len, bool* empty);

/** Checks that `iri` is an absolute IRI (RFC 3987): a scheme, then only
    characters an IRI may hold, and well-formed percent-escapes.  On failure
    returns false with a reason and the byte offset of the culprit. */
bool dkg_iri_check(const char* iri, size_t len, const char** why, size_t* at);

/** Checks `tag` against the BCP 47 language-tag syntax (well-formed, not
    validated against the registry). */
bool dkg_lang_check(const char* tag);

/** Decodes one UTF-8 code point at `s` (known valid); returns its length. */
size_t dkg_utf8_decode(const unsigned char* s, size_t len, unsigned long* cp);

#endif
