#ifndef DKG_MINT_IRI_H
#define DKG_MINT_IRI_H

/* Minting: the IRIs dialoguekg makes for what a record names
   (docs/mapping.md, "IRIs").  Every IRI is BASE KIND [SCOPE/] NAME, where
   KIND ends in '/' ("agency/", "person/"), SCOPE is a code in lower case
   (a country) and NAME a registry id or code as is, or the slug of a name
   as written; or a part of one: WHOLE/PART[/N].  U+2028 and U+2029 are
   percent-encoded (legal in an IRI, line breaks to some readers).
   Internal; not installed. */

#include "util/buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct DkgMinter DkgMinter;

/** A minter for IRIs under `base` (copied; DKG_DEFAULT_BASE when NULL).
    Returns NULL when out of memory. */
DkgMinter* dkg_minter_new(const char* base);

/** Frees the minter and every IRI dkg_mint_slug() returned.  `minter` may
    be NULL (nothing happens). */
void dkg_minter_free(DkgMinter* minter);

/** Replaces the contents of `out` with BASE KIND [lower(SCOPE)/] NAME,
    `name` as is (a registry id, a code).  `scope` may be NULL.  Returns
    false when out of memory (`out` then holds part of it). */
bool dkg_mint_iri(const DkgMinter* minter,
                  DkgBuf* out,
                  const char* kind,
                  const char* scope,
                  const char* name);

/** BASE KIND [lower(SCOPE)/] slug(NAME), for a name as written.  Slugs are
    costly and names repeat: each is made once per minter, and the string
    returned lives as long as the minter.  `scope` may be NULL.  Returns
    NULL when out of memory. */
const char* dkg_mint_slug(DkgMinter* minter,
                          const char* kind,
                          const char* scope,
                          const char* name);

/** Replaces the contents of `out` with WHOLE/PART, then /N when `n` > 0
    ("DIALOGUE/source/2", "DELEGATION/head/1", "DIALOGUE/record").
    Returns false when out of memory. */
bool dkg_mint_part(DkgBuf* out, const char* whole, const char* part, size_t n);

/** Replaces the contents of `out` with WHOLE/PART/lower(CODE)
    ("DIALOGUE/delegation/jp").  Returns false when out of memory. */
bool dkg_mint_part_code(DkgBuf* out,
                        const char* whole,
                        const char* part,
                        const char* code);

#endif
