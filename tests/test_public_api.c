/* The public interface as a program outside the tree sees it: only
   <dialoguekg/dialoguekg.h>, linked with the shared library.  A sink of the
   program's own receives the mapper's statements; a diagnostics callback
   receives every problem with its place and JSON path.

   Usage: test_public_api DATA_DIR RECORD_FILE */

#include <dialoguekg/dialoguekg.h>

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A sink of our own: counts statements and subject blocks, checks that
   every subject is an IRI under the base. */
typedef struct
{
  DkgSink base;
  const char* iri_base;
  size_t n_statements;
  size_t n_blocks;
  size_t n_prefixes;
  size_t n_outside;
  char last_subject[512];
  int finished;
} CountSink;

static DkgStatus
count_prefix(DkgSink* sink, const char* name, const char* iri)
{
  (void)name;
  (void)iri;
  ++((CountSink*)sink)->n_prefixes;
  return DKG_SUCCESS;
}

static DkgStatus
count_statement(DkgSink* sink,
                const DkgTerm* graph,
                const DkgTerm* s,
                const DkgTerm* p,
                const DkgTerm* o)
{
  CountSink* c = (CountSink*)sink;
  (void)graph;
  (void)p;
  (void)o;
  ++c->n_statements;
  if (s->kind != DKG_TERM_IRI ||
      strncmp(s->value, c->iri_base, strlen(c->iri_base))) {
    ++c->n_outside;
  }
  if (strcmp(s->value, c->last_subject)) {
    ++c->n_blocks;
    snprintf(c->last_subject, sizeof(c->last_subject), "%s", s->value);
  }
  return DKG_SUCCESS;
}

static DkgStatus
count_finish(DkgSink* sink)
{
  ++((CountSink*)sink)->finished;
  return DKG_SUCCESS;
}

static void
count_free(DkgSink* sink)
{
  (void)sink; /* on the stack */
}

static const DkgSinkClass count_class = {
  "count", count_prefix, count_statement, count_finish, count_free,
};

/* The diagnostics callback: keeps the last error's place and message. */
typedef struct
{
  size_t n;
  unsigned line;
  unsigned col;
  char path[64];
  char message[256];
} Seen;

static void
seen_diag(void* handle,
          DkgSeverity severity,
          const DkgPlace* place,
          const char* message)
{
  Seen* seen = (Seen*)handle;
  if (severity != DKG_ERROR || seen->n++) {
    return; /* the first error only */
  }
  seen->line = place ? place->line : 0u;
  seen->col = place ? place->col : 0u;
  snprintf(seen->path,
           sizeof(seen->path),
           "%s",
           place && place->path ? place->path : "");
  snprintf(seen->message, sizeof(seen->message), "%s", message);
}

/* Maps every record of `in` through `parser` and `mapper`. */
static DkgStatus
map_stream(FILE* in, DkgDiag* diag, DkgRecordParser* parser, DkgMapper* m)
{
  DkgReader* reader = dkg_reader_new(in, "input.json", diag, NULL);
  DkgStatus st = reader ? DKG_SUCCESS : DKG_ERR_NOMEM;
  while (!st) {
    DkgRecordText text;
    DkgRecord record;
    st = dkg_reader_next(reader, &text);
    if (st || !text.text) {
      break;
    }
    st = dkg_record_parse(parser, &text, &record);
    st = st ? st : dkg_mapper_map(m, &record, &text);
  }
  dkg_reader_free(reader);
  return st;
}

static void
test_statuses(void)
{
  for (int s = DKG_SUCCESS; s <= DKG_ERR_INTERNAL; ++s) {
    const char* text = dkg_strerror((DkgStatus)s);
    CHECK(text && *text && strcmp(text, "unknown status"));
  }
  CHECK(!strcmp(dkg_strerror((DkgStatus)99), "unknown status"));
  CHECK(!strcmp(DKG_VERSION, "0.1.0"));
}

static void
test_registry(const char* data_dir)
{
  DkgRegistry* reg = (DkgRegistry*)&reg; /* must be set to NULL */
  Seen seen = { 0, 0, 0, "", "" };
  DkgDiag* diag = dkg_diag_new("t", seen_diag, &seen);
  CHECK(dkg_registry_load("/nonexistent/dir", diag, &reg) != DKG_SUCCESS);
  CHECK(reg == NULL);
  CHECK(dkg_diag_count(diag, DKG_ERROR) > 0u);

  CHECK(dkg_registry_load(data_dir, diag, &reg) == DKG_SUCCESS);
  CHECK(reg != NULL);
  if (reg) {
    const DkgCountry* jp = dkg_registry_country(reg, "JP");
    CHECK(jp && !strcmp(jp->alpha3, "JPN"));
    CHECK(dkg_registry_country(reg, "ZZ") == NULL);
    CHECK(dkg_registry_count(reg, "countries") > 200u);
    CHECK(dkg_registry_count(reg, "no such kind") == 0u);
    CHECK(dkg_registry_topic_scheme(reg) != NULL);
    CHECK(dkg_registry_files(reg, "agencies") != NULL);
  }
  dkg_registry_free(reg);
  dkg_diag_free(diag);
}

static void
test_map(const char* data_dir, const char* record_file)
{
  Seen seen = { 0, 0, 0, "", "" };
  DkgDiag* diag = dkg_diag_new("t", seen_diag, &seen);
  DkgRegistry* reg = NULL;
  CHECK(dkg_registry_load(data_dir, diag, &reg) == DKG_SUCCESS);
  if (!reg) {
    dkg_diag_free(diag);
    return;
  }
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  CountSink sink;
  memset(&sink, 0, sizeof(sink));
  sink.base.klass = &count_class;
  sink.iri_base = "http://example.org/id/";
  const DkgMapperOptions options = { sink.iri_base, NULL, false };
  DkgMapper* mapper = dkg_mapper_new(reg, &sink.base, diag, &options);
  CHECK(parser && mapper);

  CHECK(dkg_sink_declare_prefixes(&sink.base, sink.iri_base) == DKG_SUCCESS);
  CHECK(sink.n_prefixes >= 10u);
  FILE* in = fopen(record_file, "rb");
  CHECK(in != NULL);
  if (in && parser && mapper) {
    CHECK(map_stream(in, diag, parser, mapper) == DKG_SUCCESS);
    CHECK(dkg_sink_finish(&sink.base) == DKG_SUCCESS);
    CHECK(sink.finished == 1);
    CHECK(sink.n_statements > 10u);
    CHECK(dkg_mapper_statement_count(mapper) == sink.n_statements);
    CHECK(sink.n_outside == 0u);
    CHECK(sink.n_blocks > 1u && sink.n_blocks < sink.n_statements);
    CHECK(seen.n == 0u);
  }
  if (in) {
    fclose(in);
  }

  /* A bad record: DKG_ERR_RECORD, the message at line 2 with its path. */
  const char bad[] = "\n  {\"series\": 7}\n";
  FILE* mem = tmpfile();
  CHECK(mem != NULL);
  if (mem && parser && mapper) {
    fputs(bad, mem);
    rewind(mem);
    const size_t before = sink.n_statements;
    CHECK(map_stream(mem, diag, parser, mapper) == DKG_ERR_RECORD);
    CHECK(sink.n_statements == before);
    CHECK(seen.n >= 1u);
    CHECK(seen.line == 2u && seen.col == 14u);
    CHECK(!strcmp(seen.path, "/series"));
    CHECK(strstr(seen.message, "expected a string") != NULL);
    fclose(mem);
  }

  dkg_mapper_free(mapper);
  dkg_record_parser_free(parser);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
}

static void
test_locate_and_dates(void)
{
  const char json[] = "{\n  \"a\": [1, {\"b\": true}]\n}";
  DkgRecordText text = { json, sizeof(json) - 1u, "f.json", 0u, 1u, 1u, 0u };
  DkgPlace place;
  dkg_record_text_locate(&text, "/a/1/b", &place);
  CHECK(place.file && !strcmp(place.file, "f.json"));
  CHECK(place.line == 2u && place.col == 18u); /* the value `true` */
  CHECK(place.path && !strcmp(place.path, "/a/1/b"));
  dkg_record_text_locate(&text, NULL, &place);
  CHECK(place.line == 1u && place.col == 1u);
  dkg_record_text_locate(&text, "/a", NULL); /* nothing to set: no crash */

  CHECK(dkg_date_check("2024-02-29", false));
  CHECK(!dkg_date_check("2023-02-29", false));
  CHECK(!dkg_date_check("2023-02", false));
  CHECK(dkg_date_check("2023-02", true));
  CHECK(dkg_date_check("2023", true));
}

int
main(int argc, char** argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: %s DATA_DIR RECORD_FILE\n", argv[0]);
    return 2;
  }
  test_statuses();
  test_registry(argv[1]);
  test_map(argv[1], argv[2]);
  test_locate_and_dates();
  return dkg_test_result();
}
