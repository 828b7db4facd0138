#ifndef DKG_MINT_LANG_CHECK_H
#define DKG_MINT_LANG_CHECK_H

/* Whether a string is a language tag every syntax accepts. */

#include <stdbool.h>

/** Checks `tag` against the BCP 47 language-tag syntax (well-formed, not
    validated against the registry), at most 255 bytes.  Returns false when
    it is not one. */
bool dkg_lang_check(const char* tag);

#endif
