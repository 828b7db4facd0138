/* Names, keys, slugs and IRI checks (src/mint/iri.c). */

#include "mint/iri.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);         \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

static void
check_key(const char* name, const char* expected)
{
  DkgBuf b = { NULL, 0, 0 };
  CHECK(dkg_name_key(&b, name, strlen(name)));
  if (strcmp(b.buf ? b.buf : "", expected)) {
    fprintf(stderr,
            "FAIL: key of \"%s\" is \"%s\", expected \"%s\"\n",
            name,
            b.buf ? b.buf : "",
            expected);
    ++failures;
  }
  dkg_buf_destroy(&b);
}

static void
check_slug(const char* name, const char* expected)
{
  DkgBuf b = { NULL, 0, 0 };
  bool empty = false;
  CHECK(dkg_slug_append(&b, name, strlen(name), &empty));
  if (strcmp(b.buf ? b.buf : "", expected) || empty != !expected[0]) {
    fprintf(stderr,
            "FAIL: slug of \"%s\" is \"%s\", expected \"%s\"\n",
            name,
            b.buf ? b.buf : "",
            expected);
    ++failures;
  }
  dkg_buf_destroy(&b);
}

static bool
iri_ok(const char* iri)
{
  const char* why = NULL;
  size_t at = 0;
  return dkg_iri_check(iri, strlen(iri), &why, &at);
}

int
main(void)
{
  /* One key for every spelling of one name. */
  check_key("U.S.-Japan Cyber Dialogue", "us japan cyber dialogue");
  check_key("US Japan cyber dialogue", "us japan cyber dialogue");
  check_key("the U.S. - Japan Cyber Dialogue", "us japan cyber dialogue");
  check_key("  Ministry of Economy, Trade and Industry ",
            "ministry of economy trade and industry");
  check_key("Japan\xE2\x80\x99s Ministry", "japans ministry");
  check_key("Washington, D.C.", "washington dc");
  check_key("Washington, DC", "washington dc");
  check_key("The", "the");
  check_key("M\xC3\xBCller", "m\xC3\xBCller");
  check_key("a\xE2\x80\x93"
            "b",
            "a b"); /* en dash */
  check_key("", "");

  check_slug("Department of State", "department-of-state");
  check_slug("O'Brien", "obrien");
  check_slug("!!!", "");
  check_slug("M\xC3\xBCller", "m\xC3\xBCller");
  /* A right-to-left mark may not stand in an IRI: percent-encoded. */
  check_slug("a\xE2\x80\x8F"
             "b",
             "a%E2%80%8Fb");
  /* A C1 control (U+0085) is no ucschar. */
  check_slug("a\xC2\x85"
             "b",
             "a%C2%85b");

  CHECK(iri_ok("https://example.org/a?b=c#d"));
  CHECK(iri_ok("https://example.org/m\xC3\xBCller"));
  CHECK(iri_ok("urn:isbn:123"));
  CHECK(!iri_ok("example.org/relative"));
  CHECK(!iri_ok("/relative"));
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
  CHECK(!iri_ok("https://example.org/\xE2\x80\x8F"));

  CHECK(dkg_lang_check("en"));
  CHECK(dkg_lang_check("en-US"));
  CHECK(dkg_lang_check("zh-Hant-TW"));
  CHECK(dkg_lang_check("x-private"));
  CHECK(!dkg_lang_check(""));
  CHECK(!dkg_lang_check("en_US"));
  CHECK(!dkg_lang_check("en-"));
  CHECK(!dkg_lang_check("abcdefghi"));
  CHECK(!dkg_lang_check("e n"));

  if (failures) {
    fprintf(
      stderr, "test_iri: %d failure%s\n", failures, failures == 1 ? "" : "s");
  }
  return failures ? 1 : 0;
}
