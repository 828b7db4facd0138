/* The language-tag check (src/mint/lang_check.h): BCP 47 well-formedness
   and the 255-byte limit. */

#include "mint/lang_check.h"

#include "check.h"

#include <string.h>

int
main(void)
{
  CHECK(dkg_lang_check("en"));
  CHECK(dkg_lang_check("ja"));
  CHECK(dkg_lang_check("en-US"));
  CHECK(dkg_lang_check("zh-Hant-TW"));
  CHECK(dkg_lang_check("ja-Latn-JP")); /* tests/records/good/odd-shapes */
  CHECK(dkg_lang_check("x-private"));
  CHECK(dkg_lang_check("i-klingon"));
  CHECK(!dkg_lang_check(""));
  CHECK(!dkg_lang_check("en_US"));
  CHECK(!dkg_lang_check("en-"));
  CHECK(!dkg_lang_check("-en"));
  CHECK(!dkg_lang_check("abcdefghi"));
  CHECK(!dkg_lang_check("e n"));
  CHECK(!dkg_lang_check("x"));
  CHECK(!dkg_lang_check("q-abc"));
  CHECK(!dkg_lang_check("en-abcdefghi"));

  char tag[300];
  memcpy(tag, "en", 2u);
  size_t len = 2u;
  while (len + 9u < sizeof(tag)) {
    memcpy(tag + len, "-abcdefgh", 9u);
    len += 9u;
  }
  tag[len] = '\0';
  CHECK(len > 255u && !dkg_lang_check(tag));
  tag[254] = '\0';
  CHECK(strlen(tag) == 254u && dkg_lang_check(tag));
  return dkg_test_result();
}
