#ifndef DKG_MINT_IRI_CHECK_H
#define DKG_MINT_IRI_CHECK_H

/* Whether a string is an IRI that every syntax writes and reads back the
   same (RFC 3987, less dot segments). */

#include <stdbool.h>
#include <stddef.h>

/** Checks that `iri` is an absolute IRI (RFC 3987): a scheme, then only
    characters an IRI may hold, and well-formed percent-escapes; no "." or
    ".." path segment (resolution would remove it).  On failure returns
    false with a reason (a static string) in `*why` and the byte offset of
    the culprit in `*at`. */
bool dkg_iri_check(const char* iri, size_t len, const char** why, size_t* at);

/** True when code point `cp` is an RFC 3987 ucschar (an IRI holds it
    unescaped), bidi formatting characters excepted (RFC 3987 4.1). */
bool dkg_iri_ucschar(unsigned long cp);

#endif
