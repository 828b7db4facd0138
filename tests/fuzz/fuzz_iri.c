/*
  Fuzz harness for names, slugs, IRIs and language tags (src/mint/iri.c).

  The first byte chooses what the rest of the input is:

    0  a name: its slug, appended to the base, must be an IRI that
       dkg_iri_check() accepts;
    1  an IRI: when dkg_iri_check() accepts it, it must be valid UTF-8 with
       none of the characters RFC 3987 forbids;
    2  a language tag: when dkg_lang_check() accepts it, it must be made of
       ASCII letters, digits and '-';

  and every IRI and tag accepted is written as one statement by each writer
  (serd N-Triples and Turtle, raptor2 RDF/XML, JSON-LD expanded) and read
  back (raptor2, cJSON): the IRI and the tag must come back byte for byte
  (the tag case-insensitively).
*/

#include "dialoguekg/dialoguekg.h"
#include "mint/iri_check.h"
#include "mint/lang_check.h"
#include "mint/name.h"
#include "sink/serd.h"
#include "util/buf.h"

#include <cjson/cJSON.h>
#include <raptor2.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static void
fail(const char* what, const char* detail)
{
  fprintf(stderr, "fuzz_iri: %s: %s\n", what, detail);
  abort();
}

/* An independent UTF-8 check (RFC 3629), by code point ranges. */
static bool
valid_utf8(const unsigned char* s, size_t len)
{
  size_t i = 0;
  while (i < len) {
    unsigned long cp = 0;
    size_t n = 0;
    if (s[i] < 0x80u) {
      ++i;
      continue;
    }
    if ((s[i] & 0xE0u) == 0xC0u) {
      n = 2;
      cp = s[i] & 0x1Fu;
    } else if ((s[i] & 0xF0u) == 0xE0u) {
      n = 3;
      cp = s[i] & 0x0Fu;
    } else if ((s[i] & 0xF8u) == 0xF0u) {
      n = 4;
      cp = s[i] & 0x07u;
    } else {
      return false;
    }
    if (i + n > len) {
      return false;
    }
    for (size_t k = 1; k < n; ++k) {
      if ((s[i + k] & 0xC0u) != 0x80u) {
        return false;
      }
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    const unsigned long min = n == 2 ? 0x80u : n == 3 ? 0x800u : 0x10000u;
    if (cp < min || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) {
      return false;
    }
    i += n;
  }
  return true;
}

/* ------------------------------------------------------------------------ */
/* One statement written and read back                                     */

typedef struct
{
  const char* iri;
  const char* lang;
  const char* syntax;
  int n;
  bool error;
} Back;

static void
back_log(void* data, raptor_log_message* message)
{
  Back* b = (Back*)data;
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    fprintf(stderr, "fuzz_iri: raptor2: %s\n", message->text);
    b->error = true;
  }
}

static void
back_statement(void* data, raptor_statement* st)
{
  Back* b = (Back*)data;
  size_t len = 0;
  const unsigned char* s = NULL;
  ++b->n;
  if (st->subject->type != RAPTOR_TERM_TYPE_URI ||
      st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
    fail(b->syntax, "wrong kinds of terms read back");
  }
  s = raptor_uri_as_counted_string(st->subject->value.uri, &len);
  if (len != strlen(b->iri) || memcmp(s, b->iri, len)) {
    fprintf(stderr, "wrote <%s>, read <%.*s>\n", b->iri, (int)len, s);
    fail(b->syntax, "the IRI did not come back as written");
  }
  const char* lang = (const char*)st->object->value.literal.language;
  const size_t lang_len = st->object->value.literal.language_len;
  if ((b->lang == NULL) != (lang == NULL) ||
      (lang &&
       (lang_len != strlen(b->lang) || strncasecmp(lang, b->lang, lang_len)))) {
    fail(b->syntax, "the language tag did not come back as written");
  }
}

static raptor_world* world;

static void
round_trip(const char* iri, const char* lang)
{
  static const char* const syntaxes[] = {
    "ntriples", "turtle", "rdfxml", "jsonld-expanded"
  };
  for (size_t k = 0; k < sizeof(syntaxes) / sizeof(syntaxes[0]); ++k) {
    char* buf = NULL;
    size_t len = 0;
    FILE* out = open_memstream(&buf, &len);
    const DkgJsonldOptions jopts = { false, false, NULL, false };
    DkgSink* sink = NULL;
    if (!out) {
      fail("open_memstream", "failed");
    }
    if (k < 2) {
      sink = dkg_serd_sink_new(out, syntaxes[k]);
    } else if (k == 2) {
      sink = dkg_raptor_sink_new(out, "rdfxml-abbrev", NULL);
    } else {
      sink = dkg_jsonld_sink_new(out, NULL, NULL, &jopts);
    }
    const DkgTerm s = dkg_iri(iri);
    const DkgTerm p = dkg_iri(DKG_NS_RDFS "label");
    const DkgTerm o = lang ? dkg_lang_string("x", lang) : dkg_string("x");
    if (!sink || dkg_sink_prefix(sink, "dkg", DKG_NS) ||
        dkg_sink_statement(sink, NULL, &s, &p, &o) || dkg_sink_finish(sink)) {
      fprintf(stderr, "<%s> %s\n", iri, lang ? lang : "");
      fail(syntaxes[k], "the writer refused a checked IRI or tag");
    }
    dkg_sink_free(sink);
    fclose(out);

    if (k == 3) {
      cJSON* doc = cJSON_ParseWithLength(buf, len);
      const cJSON* id =
        cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(doc, 0), "@id");
      if (!cJSON_IsString(id) || strcmp(id->valuestring, iri)) {
        fprintf(stderr, "%.*s\n", (int)len, buf);
        fail(syntaxes[k], "the IRI did not come back as written");
      }
      cJSON_Delete(doc);
    } else {
      Back b = { iri, lang, syntaxes[k], 0, false };
      raptor_world_set_log_handler(world, &b, back_log);
      raptor_parser* parser = raptor_new_parser(world, syntaxes[k]);
      raptor_uri* base =
        raptor_new_uri(world, (const unsigned char*)"http://example.invalid/");
      raptor_parser_set_statement_handler(parser, &b, back_statement);
      if (raptor_parser_parse_start(parser, base) ||
          raptor_parser_parse_chunk(
            parser, (const unsigned char*)buf, len, 1) ||
          b.error || b.n != 1) {
        fprintf(stderr, "%.*s\n", (int)len, buf);
        fail(syntaxes[k], "raptor2 cannot read the output back");
      }
      raptor_free_uri(base);
      raptor_free_parser(parser);
      raptor_world_set_log_handler(world, NULL, NULL);
    }
    free(buf);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  if (!world) {
    world = raptor_new_world();
    if (!world || raptor_world_open(world)) {
      fail("raptor2", "cannot open");
    }
  }
  if (size < 1u || memchr(data + 1, 0, size - 1u)) {
    return 0; /* the strings of a record never hold U+0000 */
  }
  const unsigned mode = data[0] % 3u;
  char* str = (char*)malloc(size);
  if (!str) {
    return 0;
  }
  memcpy(str, data + 1, size - 1u);
  str[size - 1u] = '\0';
  const size_t len = size - 1u;
  const char* why = NULL;
  size_t at = 0;

  if (mode == 0 && valid_utf8((const unsigned char*)str, len)) {
    DkgBuf iri = { NULL, 0, 0 };
    bool empty = true;
    dkg_buf_puts(&iri, DKG_DEFAULT_BASE "topic/");
    if (!dkg_slug_append(&iri, str, len, &empty)) {
      fail("dkg_slug_append", "out of memory");
    }
    if (!empty) {
      if (!dkg_iri_check(iri.buf, iri.len, &why, &at)) {
        fprintf(stderr, "<%s>\n", iri.buf);
        fail("a slug makes an invalid IRI", why);
      }
      round_trip(iri.buf, NULL);
    }
    dkg_buf_destroy(&iri);
  } else if (mode == 1 && dkg_iri_check(str, len, &why, &at)) {
    if (!valid_utf8((const unsigned char*)str, len)) {
      fail("dkg_iri_check accepted invalid UTF-8", str);
    }
    for (size_t i = 0; i < len; ++i) {
      const unsigned char c = (unsigned char)str[i];
      if (c <= 0x20u || c == 0x7Fu || strchr("<>\"{}|\\^`", c)) {
        fail("dkg_iri_check accepted a forbidden character", str);
      }
    }
    round_trip(str, NULL);
  } else if (mode == 2 && dkg_lang_check(str)) {
    for (size_t i = 0; i < len; ++i) {
      const char c = str[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || c == '-')) {
        fail("dkg_lang_check accepted a character a tag cannot hold", str);
      }
    }
    round_trip(DKG_DEFAULT_BASE "x", str);
  }
  free(str);
  return 0;
}
