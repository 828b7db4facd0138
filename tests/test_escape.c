/* util/escape: the XML and the JSON escaper, byte for byte. */

#include "util/escape.h"

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What `write` makes of `in` with `flags`, in a static buffer. */
static const char*
escaped(void (*write)(FILE*, const char*, unsigned),
        const char* in,
        unsigned flags)
{
  static char text[512];
  FILE* f = tmpfile();
  if (!f) {
    return "";
  }
  write(f, in, flags);
  const long n = ftell(f);
  rewind(f);
  const size_t got = fread(text, 1, n > 0 ? (size_t)n : 0u, f);
  text[got] = '\0';
  fclose(f);
  return text;
}

static void
xml(FILE* f, const char* in, unsigned flags)
{
  (void)flags;
  dkg_xml_escape(f, in);
}

static void
test_xml(void)
{
  CHECK(!strcmp(escaped(xml, "a&b<c>d\"e'f", 0),
                "a&amp;b&lt;c&gt;d&quot;e&apos;f"));
  CHECK(!strcmp(escaped(xml, "tab\tnl\ncr\r", 0), "tab\tnl\ncr&#13;"));
  /* C0 controls XML 1.0 cannot hold become U+FFFD. */
  CHECK(!strcmp(escaped(xml, "\x01x\x1f", 0), "\xEF\xBF\xBDx\xEF\xBF\xBD"));
  CHECK(!strcmp(escaped(xml, "caf\xC3\xA9 \xE2\x80\xA8", 0),
                "caf\xC3\xA9 \xE2\x80\xA8"));
  CHECK(!strcmp(escaped(xml, "", 0), ""));
}

static void
test_json(void)
{
  CHECK(!strcmp(escaped(dkg_json_string, "", DKG_JSON_PLAIN), "\"\""));
  CHECK(!strcmp(escaped(dkg_json_string, "a\"b\\c", DKG_JSON_PLAIN),
                "\"a\\\"b\\\\c\""));
  CHECK(!strcmp(escaped(dkg_json_string, "\n\r\t", DKG_JSON_PLAIN),
                "\"\\n\\r\\t\""));
  /* Other controls and DEL as \u00XX, upper-case hex. */
  CHECK(!strcmp(escaped(dkg_json_string, "\x01\x08\x0c\x1f\x7f", 0),
                "\"\\u0001\\u0008\\u000C\\u001F\\u007F\""));
  /* Plain: <, >, & and U+2028 as they are. */
  CHECK(!strcmp(escaped(dkg_json_string, "</script>&\xE2\x80\xA8", 0),
                "\"</script>&\xE2\x80\xA8\""));
  CHECK(!strcmp(escaped(dkg_json_string, "caf\xC3\xA9", 0), "\"caf\xC3\xA9\""));
}

static void
test_json_script_safe(void)
{
  const char* out =
    escaped(dkg_json_string, "</script><!-- a&b", DKG_JSON_SCRIPT_SAFE);
  CHECK(!strcmp(out, "\"\\u003C/script\\u003E\\u003C!-- a\\u0026b\""));
  CHECK(!strstr(out, "</script"));
  CHECK(!strstr(out, "<!--"));
  CHECK(!strcmp(escaped(dkg_json_string,
                        "a\xE2\x80\xA8"
                        "b\xE2\x80\xA9"
                        "c",
                        DKG_JSON_SCRIPT_SAFE),
                "\"a\\u2028b\\u2029c\""));
  /* Other characters of the same lead bytes are copied. */
  CHECK(!strcmp(
    escaped(dkg_json_string, "\xE2\x80\x94\xE2\x80", DKG_JSON_SCRIPT_SAFE),
    "\"\xE2\x80\x94\xE2\x80\""));
  CHECK(!strcmp(escaped(dkg_json_string, "\"\\\n\x01", DKG_JSON_SCRIPT_SAFE),
                "\"\\\"\\\\\\n\\u0001\""));
}

/* A write to a full device is left in the stream's error indicator. */
static void
test_write_error(void)
{
  FILE* full = fopen("/dev/full", "w");
  if (!full) {
    return; /* no /dev/full here */
  }
  setvbuf(full, NULL, _IONBF, 0);
  dkg_json_string(full, "x", DKG_JSON_PLAIN);
  CHECK(ferror(full));
  clearerr(full);
  dkg_xml_escape(full, "x");
  CHECK(ferror(full));
  fclose(full);
}

int
main(void)
{
  test_xml();
  test_json();
  test_json_script_safe();
  test_write_error();
  return dkg_test_result();
}
