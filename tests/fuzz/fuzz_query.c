/*
  Fuzz harness for the query text of `dialoguekg query` (src/store.c,
  librdf + rasqal).

  A store in memory holds a small graph made the way `query` makes it: the
  records of tests/fuzz/query-store.jsonl mapped into a librdf model.  The
  first byte of an input chooses the results format (table, csv, tsv, json,
  xml, turtle, ntriples), the rest is the query text.  Every query must end
  with one of the statuses dkg_store_query() documents; when it succeeds,
  JSON results must parse with cJSON, and Turtle or N-Triples results with
  raptor2.  Memory errors, leaks and undefined behaviour are found by the
  sanitizers.
*/

#include "dialoguekg/dialoguekg.h"
#include "mapper.h"
#include "record.h"
#include "registry.h"
#include "sink_librdf.h"
#include "store.h"

#include <cjson/cJSON.h>
#include <raptor2.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static void
fail(const char* what, const char* detail)
{
  fprintf(stderr, "fuzz_query: %s: %s\n", what, detail);
  abort();
}

static DkgStore* store;
static DkgDiag* diag;
static raptor_world* world;
static bool parse_error;

static void
quiet(void* handle,
      DkgSeverity severity,
      const DkgPlace* place,
      const char* message)
{
  (void)handle;
  (void)severity;
  (void)place;
  if (getenv("DKG_FUZZ_VERBOSE")) {
    fprintf(stderr, "diag: %s\n", message);
  }
}

static void
setup(void)
{
  diag = dkg_diag_new("fuzz_query", quiet, NULL);
  DkgRegistry* reg = NULL;
  if (!diag || dkg_registry_load(DKG_SOURCE_DATA_DIR, diag, &reg) ||
      dkg_store_open(NULL, DKG_STORE_REPLACE, diag, &store)) {
    fail("setup", "cannot load the reference data or open a store");
  }
  FILE* in = fopen(DKG_FUZZ_DIR "/query-store.jsonl", "rb");
  DkgSink* sink =
    dkg_librdf_sink_new(dkg_store_world(store), dkg_store_model(store));
  DkgReader* reader = in ? dkg_reader_new(in, "store", diag, NULL) : NULL;
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  const DkgMapperOptions mopts = { NULL, NULL, false };
  DkgMapper* mapper = sink ? dkg_mapper_new(reg, sink, diag, &mopts) : NULL;
  if (!reader || !parser || !mapper) {
    fail("setup", "cannot read " DKG_FUZZ_DIR "/query-store.jsonl");
  }
  for (;;) {
    DkgRecordText text;
    DkgRecord record;
    if (dkg_reader_next(reader, &text) || !text.text ||
        dkg_record_parse(parser, &text, &record) ||
        dkg_mapper_map(mapper, &record, &text)) {
      break;
    }
  }
  if (dkg_sink_finish(sink) || dkg_store_size(store) <= 0) {
    fail("setup", "the store is empty");
  }
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_record_parser_free(parser);
  dkg_reader_free(reader);
  dkg_registry_free(reg);
  fclose(in);
  world = raptor_new_world();
  if (!world || raptor_world_open(world)) {
    fail("setup", "cannot open raptor2");
  }
}

static void
read_log(void* data, raptor_log_message* message)
{
  (void)data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    fprintf(stderr, "fuzz_query: raptor2: %s\n", message->text);
    parse_error = true;
  }
}

static void
read_statement(void* data, raptor_statement* statement)
{
  (void)data;
  (void)statement;
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  static const char* const formats[] = {
    "table", "csv", "tsv", "json", "xml", "turtle", "ntriples",
  };
  if (!store) {
    setup();
  }
  if (size < 1u || memchr(data + 1, 0, size - 1u)) {
    return 0;
  }
  const char* format = formats[data[0] % 7u];
  char* text = (char*)malloc(size);
  char* out_buf = NULL;
  size_t out_len = 0;
  FILE* out = open_memstream(&out_buf, &out_len);
  if (!text || !out) {
    fail("setup", "out of memory");
  }
  memcpy(text, data + 1, size - 1u);
  text[size - 1u] = '\0';

  const DkgStatus st = dkg_store_query(store, text, "fuzz", NULL, format, out);
  fclose(out);
  if (st != DKG_SUCCESS && st != DKG_ERR_SYNTAX && st != DKG_ERR_USAGE &&
      st != DKG_ERR_WRITER) {
    fail("dkg_store_query returned an undocumented status", dkg_strerror(st));
  }
  if (!st && !strcmp(format, "json")) {
    cJSON* doc = cJSON_ParseWithLength(out_buf, out_len);
    if (!doc) {
      fprintf(stderr, "%.*s\n", (int)out_len, out_buf);
      fail("json results", "not JSON");
    }
    cJSON_Delete(doc);
  }
  if (!st && (!strcmp(format, "turtle") || !strcmp(format, "ntriples"))) {
    parse_error = false;
    raptor_world_set_log_handler(world, NULL, read_log);
    raptor_parser* parser = raptor_new_parser(world, format);
    raptor_uri* base =
      raptor_new_uri(world, (const unsigned char*)"http://example.invalid/");
    raptor_parser_set_statement_handler(parser, NULL, read_statement);
    if (raptor_parser_parse_start(parser, base) ||
        raptor_parser_parse_chunk(
          parser, (const unsigned char*)out_buf, out_len, 1) ||
        parse_error) {
      fprintf(stderr, "%.*s\n", (int)out_len, out_buf);
      fail(format, "raptor2 cannot read the results");
    }
    raptor_free_uri(base);
    raptor_free_parser(parser);
  }
  free(out_buf);
  free(text);
  return 0;
}
