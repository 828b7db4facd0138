/* dialoguekg's N-Triples writer escapes exactly as serd 0.30 does, byte by
   byte, whichever path finds the bytes to escape (sixteen at a time with
   SSE2, or one at a time in the tail).

   For every ASCII byte from 0x01 to 0x7F and every UTF-8 sequence of two
   bytes (plus one of three and one of four), at every position of a value
   of 41 bytes (so that it falls in the first, a middle and the last block of
   sixteen, and in the tail), an IRI and a literal holding it are written by
   dkg_nt_append() and by serd's N-Triples writer; the lines must be equal.
   Then runs of two marked bytes and values of every length from 0 to 70.
   (Values are valid UTF-8, as the reader guarantees: serd refuses others.)

   usage: test_nt_escape */

#include "dialoguekg/dialoguekg.h"
#include "sink/nt.h"

#include "check.h"

#include <serd/serd.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  char buf[4096];
  size_t len;
} Out;

static size_t
collect(const void* data, size_t size, void* stream)
{
  Out* out = (Out*)stream;
  if (out->len + size >= sizeof(out->buf)) {
    return 0;
  }
  memcpy(out->buf + out->len, data, size);
  out->len += size;
  out->buf[out->len] = '\0';
  return size;
}

static SerdNode
node(SerdType type, const char* s, size_t len)
{
  SerdNode n = { (const uint8_t*)s, len, len, 0, type };
  return n;
}

/* serd's line for <s> <p> O, O an IRI or a plain literal of value[0..len). */
static void
serd_line(Out* out, bool iri, const char* value, size_t len)
{
  out->len = 0;
  out->buf[0] = '\0';
  SerdEnv* env = serd_env_new(NULL);
  SerdWriter* writer =
    serd_writer_new(SERD_NTRIPLES, (SerdStyle)0, env, NULL, collect, out);
  const SerdNode s = node(SERD_URI, "http://e/s", 10);
  const SerdNode p = node(SERD_URI, "http://e/p", 10);
  char iri_text[128];
  if (iri) { /* serd's N-Triples writer takes absolute IRIs only */
    memcpy(iri_text, "http://e/", 9u);
    memcpy(iri_text + 9, value, len);
    iri_text[9u + len] = '\0';
  }
  const SerdNode o =
    iri ? node(SERD_URI, iri_text, 9u + len) : node(SERD_LITERAL, value, len);
  serd_writer_write_statement(writer, 0, NULL, &s, &p, &o, NULL, NULL);
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
}

static void
own_line(DkgBuf* out,
         DkgNtCache* cache,
         bool iri,
         const char* value,
         size_t len)
{
  dkg_buf_clear(out);
  const DkgTerm s = { DKG_TERM_IRI, "http://e/s", 10, NULL, NULL };
  const DkgTerm p = { DKG_TERM_IRI, "http://e/p", 10, NULL, NULL };
  char iri_text[128];
  if (iri) {
    memcpy(iri_text, "http://e/", 9u);
    memcpy(iri_text + 9, value, len);
    iri_text[9u + len] = '\0';
  }
  const DkgTerm o =
    iri ? (DkgTerm){ DKG_TERM_IRI, iri_text, 9u + len, NULL, NULL }
        : (DkgTerm){ DKG_TERM_LITERAL, value, len, NULL, NULL };
  if (!dkg_nt_append(out, cache, false, NULL, &s, &p, &o)) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
}

static unsigned checks;

/* One cache for the whole run: the IRIs built in one reused buffer keep
   coming back at the same address with other bytes, which a cache keyed
   by address must notice. */
static DkgNtCache cache;

static void
compare(DkgBuf* own, bool iri, const char* value, size_t len)
{
  Out ref;
  serd_line(&ref, iri, value, len);
  for (int cached = 0; cached < 2; ++cached) {
    own_line(own, cached ? &cache : NULL, iri, value, len);
    ++checks;
    if (own->len != ref.len || memcmp(own->buf, ref.buf, ref.len)) {
      if (++dkg_test_failures <= 10) {
        fprintf(stderr,
                "FAIL: %s of %zu bytes%s:\n  serd: %s  own:  %s",
                iri ? "IRI" : "literal",
                len,
                cached ? " (cache)" : "",
                ref.buf,
                own->buf);
      }
    }
  }
}

int
main(void)
{
  DkgBuf own = { NULL, 0, 0 };
  char value[80];
  for (int iri = 0; iri < 2; ++iri) {
    /* ASCII, then two-byte sequences (lead C2..DF, continuation 80..BF),
       then one sequence of three and one of four bytes. */
    for (unsigned k = 1; k < 0x80u + 30u * 64u + 2u; ++k) {
      char seq[4];
      size_t n = 1;
      if (k < 0x80u) {
        seq[0] = (char)k;
      } else if (k < 0x80u + 30u * 64u) {
        seq[0] = (char)(0xC2u + (k - 0x80u) / 64u);
        seq[1] = (char)(0x80u + (k - 0x80u) % 64u);
        n = 2;
      } else if (k == 0x80u + 30u * 64u) {
        memcpy(seq, "\xE2\x80\x9C", 3u); /* U+201C */
        n = 3;
      } else {
        memcpy(seq, "\xF0\x9F\x98\x80", 4u); /* U+1F600 */
        n = 4;
      }
      for (size_t at = 0; at + n <= 41u; ++at) {
        memset(value, 'a', 41u);
        memcpy(value + at, seq, n);
        value[41] = '\0';
        compare(&own, iri != 0, value, 41u);
      }
    }
    /* Two marked bytes in one block, and at a block boundary. */
    const char* marks = "\"\\<>^`{|} \t\n\r\x01\x7f";
    for (const char* m1 = marks; *m1; ++m1) {
      for (const char* m2 = marks; *m2; ++m2) {
        for (size_t at = 13; at < 19u; ++at) {
          memset(value, 'x', 40u);
          value[at] = *m1;
          value[at + 1u] = *m2;
          value[40] = '\0';
          compare(&own, iri != 0, value, 40u);
        }
      }
    }
    /* Every length, plain and with a quote at the end. */
    for (size_t len = 0; len <= 70u; ++len) {
      memset(value, 'z', len);
      value[len] = '\0';
      compare(&own, iri != 0, value, len);
      if (len) {
        value[len - 1u] = '"';
        compare(&own, iri != 0, value, len);
      }
    }
  }
  dkg_buf_destroy(&own);
  printf("%u checks, %d failed\n", checks, dkg_test_failures);
  return dkg_test_result();
}
