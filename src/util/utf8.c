#include "util/utf8.h"

size_t
dkg_utf8_lead(unsigned char lead, unsigned char* lo, unsigned char* hi)
{
  if (lead >= 0xC2u && lead <= 0xDFu) {
    *lo = 0x80u;
    *hi = 0xBFu;
    return 2u;
  }
  if (lead >= 0xE0u && lead <= 0xEFu) {
    *lo = lead == 0xE0u ? 0xA0u : 0x80u;
    *hi = lead == 0xEDu ? 0x9Fu : 0xBFu;
    return 3u;
  }
  if (lead >= 0xF0u && lead <= 0xF4u) {
    *lo = lead == 0xF0u ? 0x90u : 0x80u;
    *hi = lead == 0xF4u ? 0x8Fu : 0xBFu;
    return 4u;
  }
  return 0u;
}

size_t
dkg_utf8_valid_len(const unsigned char* s, size_t len)
{
  unsigned char lo = 0x80u, hi = 0xBFu;
  const size_t n = dkg_utf8_lead(s[0], &lo, &hi);
  if (!n || n > len || s[1] < lo || s[1] > hi) {
    return 0;
  }
  for (size_t i = 2; i < n; ++i) {
    if (s[i] < 0x80u || s[i] > 0xBFu) {
      return 0;
    }
  }
  return n;
}

size_t
dkg_utf8_decode(const unsigned char* s, size_t len, unsigned long* cp)
{
  const unsigned char c = s[0];
  size_t n = 1;
  unsigned long v = c;
  if (c >= 0xF0u) {
    n = 4;
    v = c & 0x07u;
  } else if (c >= 0xE0u) {
    n = 3;
    v = c & 0x0Fu;
  } else if (c >= 0xC0u) {
    n = 2;
    v = c & 0x1Fu;
  }
  if (n > len) {
    *cp = 0xFFFDu;
    return len;
  }
  for (size_t i = 1; i < n; ++i) {
    v = (v << 6) | (s[i] & 0x3Fu);
  }
  *cp = v;
  return n;
}
