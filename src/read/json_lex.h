#ifndef DKG_READ_JSON_LEX_H
#define DKG_READ_JSON_LEX_H

/* Small lexical helpers of JSON text, shared by the reader (read/reader.c)
   and the locator (read/locate.c).  Internal. */

#include <limits.h>
#include <stdint.h>

/** The value of the hex digit `c`, or -1 when it is none. */
static inline int
dkg_json_hex_value(unsigned char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

/** The value of the 4 hex digits at `s` (as in \uXXXX), or -1 when one is
    not a hex digit. */
static inline long
dkg_json_hex4(const unsigned char* s)
{
  long v = 0;
  for (unsigned k = 0u; k < 4u; ++k) {
    const int h = dkg_json_hex_value(s[k]);
    if (h < 0) {
      return -1;
    }
    v = v * 16 + h;
  }
  return v;
}

/** `n` as an unsigned line or column, UINT_MAX when larger. */
static inline unsigned
dkg_clamp_unsigned(uint64_t n)
{
  return n > UINT_MAX ? UINT_MAX : (unsigned)n;
}

#endif
