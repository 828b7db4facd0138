#ifndef DKG_UTIL_UTF8_H
#define DKG_UTIL_UTF8_H

/* UTF-8 (RFC 3629): what a lead byte promises, whether a sequence is well
   formed, and decoding.  Internal; not installed. */

#include <stddef.h>

/** The length (2 to 4) of the sequence that `lead` starts, with the range
    [*lo, *hi] its second byte must fall in (no overlong form, no
    surrogate, nothing above U+10FFFF; later bytes are 0x80 to 0xBF).
    Returns 0, leaving *lo and *hi alone, when `lead` starts no sequence
    (ASCII, a continuation byte, 0xC0, 0xC1, 0xF5 to 0xFF). */
size_t dkg_utf8_lead(unsigned char lead, unsigned char* lo, unsigned char* hi);

/** The length of the well-formed sequence at s[0..len) (len >= 1), or 0
    when it is not one (or is cut short by `len`). */
size_t dkg_utf8_valid_len(const unsigned char* s, size_t len);

/** Decodes the code point at s[0..len) (len >= 1, known valid UTF-8) into
    `*cp` and returns its length.  A sequence cut short by `len` gives
    U+FFFD and the rest of the input; an ASCII byte is itself. */
size_t dkg_utf8_decode(const unsigned char* s, size_t len, unsigned long* cp);

#endif
