/* Names as keys and slugs (src/mint/name.h), on names users write in
   records (examples/records, tests/records/good). */

#include "mint/name.h"

#include "check.h"

#include <stdio.h>
#include <string.h>

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
    ++dkg_test_failures;
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
    ++dkg_test_failures;
  }
  dkg_buf_destroy(&b);
}

/* A key appended after what `out` holds leaves that alone. */
static void
test_appends(void)
{
  DkgBuf b = { NULL, 0, 0 };
  CHECK(dkg_buf_puts(&b, "agency JP "));
  CHECK(dkg_name_key(&b, "Ministry of Defense", 19u));
  CHECK(b.buf && !strcmp(b.buf, "agency JP ministry of defense"));
  bool empty = true;
  CHECK(dkg_slug_append(&b, "/Japan", 6u, &empty));
  CHECK(!empty && !strcmp(b.buf, "agency JP ministry of defensejapan"));
  CHECK(dkg_slug_append(&b, "...", 3u, &empty));
  CHECK(empty);
  /* Only `len` bytes are read. */
  dkg_buf_clear(&b);
  CHECK(dkg_name_key(&b, "Quad Foreign Ministers", 4u));
  CHECK(!strcmp(b.buf, "quad"));
  dkg_buf_destroy(&b);
}

int
main(void)
{
  /* One key for every spelling of one name. */
  check_key("U.S.-Japan Cyber Dialogue", "us japan cyber dialogue");
  check_key("US Japan cyber dialogue", "us japan cyber dialogue");
  /* "&" is "and", so both spellings are one node. */
  check_key("Foreign, Commonwealth & Development Office",
            "foreign commonwealth and development office");
  check_key("Science&Technology", "science and technology");
  check_key("& Co.", "and co");
  check_key("R & & D", "r and and d");
  /* each "&" between letters takes five bytes of one ("a&b" is "a and b") */
  check_key("a&b&c&d&e&f&g&h", "a and b and c and d and e and f and g and h");
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

  /* Names from the example records. */
  check_key("Japanese Ministry of Foreign Affairs",
            "japanese ministry of foreign affairs");
  check_key("U.S. Department of State", "us department of state");
  check_key("U.S.-Japan Security Consultative Committee",
            "us japan security consultative committee");
  check_key("EU-U.S. Trade and Technology Council",
            "eu us trade and technology council");
  check_key("Café Dialogue \xE2\x80\x94 \xE5\xAF\xBE\xE8\xA9\xB1",
            "café dialogue \xE5\xAF\xBE\xE8\xA9\xB1"); /* em dash */
  check_key("B. Example", "b example");
  check_key("\xE6\x9D\xB1\xE4\xBA\xAC", "\xE6\x9D\xB1\xE4\xBA\xAC");
  check_slug("Antony Blinken", "antony-blinken");
  check_slug("Washington, D.C.", "washington-dc");
  check_slug("cyber \xE2\x88\x9E", "cyber-\xE2\x88\x9E"); /* ∞: ucschar */
  check_slug("5G", "5g");
  check_slug("\xE6\x9D\xB1\xE4\xBA\xAC", "\xE6\x9D\xB1\xE4\xBA\xAC");
  /* An ideographic space separates words; a private-use code point is no
     ucschar. */
  check_slug("a\xE3\x80\x80"
             "b",
             "a-b");
  check_slug("a\xEE\x80\x80", "a%EE%80%80");

  test_appends();
  return dkg_test_result();
}
