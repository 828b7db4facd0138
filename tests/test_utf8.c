/* UTF-8 (src/util/utf8.h): lead bytes, well-formedness at the edges of
   RFC 3629, decoding. */

#include "util/utf8.h"

#include "check.h"

#include <string.h>

static size_t
valid(const char* s)
{
  return dkg_utf8_valid_len((const unsigned char*)s, strlen(s));
}

static unsigned long
decode(const char* s, size_t* n)
{
  unsigned long cp = 0;
  *n = dkg_utf8_decode((const unsigned char*)s, strlen(s), &cp);
  return cp;
}

int
main(void)
{
  unsigned char lo = 0, hi = 0;
  CHECK(dkg_utf8_lead('a', &lo, &hi) == 0);
  CHECK(dkg_utf8_lead(0x80u, &lo, &hi) == 0);
  CHECK(dkg_utf8_lead(0xC1u, &lo, &hi) == 0); /* only overlong forms */
  CHECK(dkg_utf8_lead(0xC3u, &lo, &hi) == 2 && lo == 0x80u && hi == 0xBFu);
  CHECK(dkg_utf8_lead(0xE0u, &lo, &hi) == 3 && lo == 0xA0u);
  CHECK(dkg_utf8_lead(0xEDu, &lo, &hi) == 3 && hi == 0x9Fu);
  CHECK(dkg_utf8_lead(0xF0u, &lo, &hi) == 4 && lo == 0x90u);
  CHECK(dkg_utf8_lead(0xF4u, &lo, &hi) == 4 && hi == 0x8Fu);
  CHECK(dkg_utf8_lead(0xF5u, &lo, &hi) == 0);

  CHECK(valid("\xC3\xA9") == 2);         /* é */
  CHECK(valid("\xE6\x9D\xB1") == 3);     /* 東 */
  CHECK(valid("\xF0\x9F\x98\x80") == 4); /* U+1F600 */
  CHECK(valid("\xF4\x8F\xBF\xBF") == 4); /* U+10FFFF */
  CHECK(valid("\xF4\x90\x80\x80") == 0); /* above U+10FFFF */
  CHECK(valid("\xED\x9F\xBF") == 3);     /* U+D7FF */
  CHECK(valid("\xED\xA0\x80") == 0);     /* U+D800, a surrogate */
  CHECK(valid("\xE0\x80\xAF") == 0);     /* overlong '/' */
  CHECK(valid("\xC0\xAF") == 0);
  CHECK(valid("\xE6\x9D") == 0);     /* cut short */
  CHECK(valid("\xE6\x9D\x41") == 0); /* a bad continuation */
  CHECK(valid("a") == 0);            /* ASCII is no sequence */

  size_t n = 0;
  CHECK(decode("A", &n) == 'A' && n == 1);
  CHECK(decode("\xC3\xBC", &n) == 0xFCu && n == 2);
  CHECK(decode("\xE2\x80\x99s", &n) == 0x2019u && n == 3);
  CHECK(decode("\xF0\x9F\x98\x80", &n) == 0x1F600u && n == 4);
  CHECK(decode("\xE6\x9D", &n) == 0xFFFDu && n == 2); /* cut short */
  return dkg_test_result();
}
