/* The byte buffer (src/util/buf.h): growth, NUL termination, clear keeping
   memory, impossible sizes leaving it unchanged, destroy(NULL). */

#include "util/buf.h"

#include "check.h"

#include <stdint.h>
#include <string.h>

static void
test_append_and_grow(void)
{
  DkgBuf b = { NULL, 0, 0 };
  CHECK(dkg_buf_append(&b, "", 0u)); /* allocates, stays empty */
  CHECK(b.buf && b.len == 0 && !b.buf[0]);
  size_t total = 0;
  for (int i = 0; i < 1000; ++i) {
    CHECK(dkg_buf_puts(&b, "<https://example.org/id/dialogue/us-jp>"));
    total += 39u;
  }
  CHECK(b.len == total && b.cap > total && b.buf[b.len] == '\0');
  CHECK(!memcmp(b.buf + b.len - 39u, "<https://example.org/id/", 24u));
  CHECK(strlen(b.buf) == total);
  /* Bytes, not strings: a NUL inside is kept. */
  CHECK(dkg_buf_append(&b, "a\0b", 3u));
  CHECK(b.len == total + 3u && b.buf[total + 1u] == '\0' &&
        b.buf[total + 2u] == 'b');
  dkg_buf_destroy(&b);
  CHECK(!b.buf && !b.len && !b.cap);
}

static void
test_clear(void)
{
  DkgBuf b = { NULL, 0, 0 };
  dkg_buf_clear(&b); /* never allocated: nothing to do */
  CHECK(!b.buf && !b.len);
  CHECK(dkg_buf_puts(&b, "Japan"));
  const size_t cap = b.cap;
  char* const mem = b.buf;
  dkg_buf_clear(&b);
  CHECK(b.len == 0 && b.cap == cap && b.buf == mem && !b.buf[0]);
  CHECK(dkg_buf_puts(&b, "Korea") && !strcmp(b.buf, "Korea"));
  dkg_buf_destroy(&b);
}

static void
test_impossible_sizes(void)
{
  DkgBuf b = { NULL, 0, 0 };
  CHECK(dkg_buf_puts(&b, "kept"));
  CHECK(!dkg_buf_grow(&b, SIZE_MAX / 2u));
  CHECK(!dkg_buf_grow(&b, SIZE_MAX - 2u));
  CHECK(!dkg_buf_reserve(&b, SIZE_MAX - 2u));
  CHECK(b.len == 4u && !strcmp(b.buf, "kept")); /* unchanged */
  dkg_buf_destroy(&b);
  dkg_buf_destroy(&b); /* twice */
}

int
main(void)
{
  test_append_and_grow();
  test_clear();
  test_impossible_sizes();
  dkg_buf_destroy(NULL);
  return dkg_test_result();
}
