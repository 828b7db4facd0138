/* The IRI check (src/mint/iri_check.h): what an absolute IRI may hold, the
   reason and offset given when it is not one, and ucschar. */

#include "mint/iri_check.h"

#include "check.h"

#include <string.h>

static bool
iri_ok(const char* iri)
{
  const char* why = NULL;
  size_t at = 0;
  return dkg_iri_check(iri, strlen(iri), &why, &at);
}

/* Refused with a reason, the culprit at byte `at`. */
static bool
refused_at(const char* iri, size_t expected_at)
{
  const char* why = NULL;
  size_t at = 9999;
  const bool ok = dkg_iri_check(iri, strlen(iri), &why, &at);
  return !ok && why && why[0] && at == expected_at;
}

int
main(void)
{
  CHECK(iri_ok("https://example.org/a?b=c#d"));
  CHECK(iri_ok("https://example.org/m\xC3\xBCller"));
  CHECK(iri_ok("urn:isbn:123"));
  CHECK(iri_ok("https://example.org/%E6%9D%B1/a?b=c#d")); /* odd-shapes */
  CHECK(iri_ok("https://www.state.gov/u-s-japan-joint-press-statement/"));
  CHECK(iri_ok("https://example.org/\xE6\x9D\xB1\xE4\xBA\xAC"));
  CHECK(!iri_ok("example.org/relative"));
  CHECK(!iri_ok("/relative"));
  CHECK(!iri_ok(""));
  CHECK(!iri_ok("https://example.org/a b"));
  CHECK(!iri_ok("https://example.org/<a>"));
  CHECK(!iri_ok("https://example.org/a\"b"));
  CHECK(!iri_ok("https://example.org/{a}"));
  CHECK(!iri_ok("https://example.org/a|b"));
  CHECK(!iri_ok("https://example.org/a^b"));
  CHECK(!iri_ok("https://example.org/a`b"));
  CHECK(!iri_ok("https://example.org/a\\b"));
  CHECK(!iri_ok("https://example.org/a\tb"));
  CHECK(!iri_ok("https://example.org/%zz"));
  CHECK(!iri_ok("https://example.org/%4"));
  CHECK(iri_ok("https://example.org/%4A"));
  CHECK(!iri_ok("https://example.org/\xE2\x80\x8F")); /* RLM */

  /* Where, and why. */
  CHECK(refused_at("https://example.org/a b", 21u));
  CHECK(refused_at("example.org", 11u)); /* no ':' */
  CHECK(refused_at("1http://x", 0u));
  CHECK(refused_at("https://example.org/\xFF", 20u)); /* invalid UTF-8 */
  CHECK(refused_at("https://example.org/\xC3", 20u)); /* cut short */
  CHECK(refused_at("https://example.org/\xED\xA0\x80", 20u)); /* surrogate */
  /* Dot segments: resolution would remove them. */
  CHECK(refused_at("https://a/b/../c", 12u));
  CHECK(refused_at("r:.", 2u));
  CHECK(iri_ok("https://a/b/..c"));
  CHECK(iri_ok("https://a/b?x=/../"));
  CHECK(iri_ok("https://a.b/c")); /* a dot in the authority */
  /* Private use only in the query. */
  CHECK(!iri_ok("https://a/\xEE\x80\x80"));
  CHECK(iri_ok("https://a/?\xEE\x80\x80"));

  CHECK(dkg_iri_ucschar(0xE9u));
  CHECK(dkg_iri_ucschar(0x6771u));
  CHECK(dkg_iri_ucschar(0x1F600u));
  CHECK(!dkg_iri_ucschar(0x85u));
  CHECK(!dkg_iri_ucschar(0x200Fu));
  CHECK(!dkg_iri_ucschar(0xE000u));
  CHECK(!dkg_iri_ucschar(0x1FFFEu));
  CHECK(!dkg_iri_ucschar('a')); /* ASCII is iunreserved, not ucschar */
  return dkg_test_result();
}
