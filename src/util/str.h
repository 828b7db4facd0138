/* Copies of C strings on the heap: the one strdup of the library (C99 has
   none).  What they return is the caller's, freed with free(). */

#ifndef DKG_UTIL_STR_H
#define DKG_UTIL_STR_H

#include <stddef.h>

/** A NUL-terminated copy of the `len` bytes at `str` (which may hold no NUL);
    NULL when out of memory.  `str` may be NULL when `len` is 0. */
char* dkg_strndup(const char* str, size_t len);

/** A copy of `str`; NULL when `str` is NULL or when out of memory. */
char* dkg_strdup(const char* str);

#endif
