/* The record checker (src/check/record.c): heads as an object or an array,
   attendance, one-off meetings, organizations as participants, and the
   per-record checks in linear time (a record of 20,000 distinct agencies
   and 20,000 unknown keys is checked, and its problems bounded). */

#include "check/record.h"

#include "capture.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  size_t errors;
  char first[512];
} Seen;

static void
collect(void* handle,
        DkgSeverity severity,
        const DkgPlace* place,
        const char* message)
{
  (void)place;
  Seen* seen = (Seen*)handle;
  if (severity == DKG_ERROR && !seen->errors++) {
    snprintf(seen->first, sizeof(seen->first), "%s", message);
  }
}

/* Parses `json`; returns its status, the record in `*out`. */
static DkgStatus
parse(DkgRecordParser* parser, const char* json, DkgRecord* out)
{
  const DkgRecordText text = { json, strlen(json), "test.json", 0, 1, 1, 0 };
  return dkg_record_parse(parser, &text, out);
}

static void
expect(bool ok, const char* what, const Seen* seen)
{
  if (!ok) {
    fprintf(stderr, "FAIL: %s (first error: %s)\n", what, seen->first);
    ++dkg_test_failures;
  }
}

static void
check_shapes(DkgRecordParser* parser, Seen* seen)
{
  DkgRecord r;
  memset(seen, 0, sizeof(*seen));
  DkgStatus st = parse(parser,
                       "{\"date\": \"2021-03-18\", \"participants\": [\"US\", "
                       "\"CN\", \"eu\"], \"attendance\": \"hybrid\", "
                       "\"delegations\": [{\"country\": \"US\", \"head\": "
                       "[{\"name\": \"A\"}, {\"name\": \"B\", \"title\": "
                       "\"T\"}]}, {\"country\": \"eu\", \"head\": {\"name\": "
                       "\"C\"}}]}",
                       &r);
  expect(!st && r.n_delegations == 2u && r.delegations[0].n_heads == 2u &&
           !strcmp(r.delegations[0].heads[1].title, "T") &&
           r.delegations[1].n_heads == 1u && !r.series &&
           !strcmp(r.attendance, "hybrid") &&
           !strcmp(r.id, "2021-03-18-cn-eu-us"),
         "co-heads, an organization, a one-off id from date and participants",
         seen);

  memset(seen, 0, sizeof(*seen));
  st = parse(parser,
             "{\"date\": \"2021-02-18\", \"participants\": [\"US\", \"JP\"], "
             "\"attendance\": \"virtual\", \"location\": {\"name\": \"video "
             "conference\"}}",
             &r);
  expect(st == DKG_ERR_RECORD && strstr(seen->first, "virtual meeting"),
         "a virtual meeting with a location is rejected",
         seen);

  memset(seen, 0, sizeof(*seen));
  st = parse(parser,
             "{\"date\": \"2021-02-18\", \"participants\": [\"EU\", \"US\"]}",
             &r);
  expect(st == DKG_ERR_RECORD && strstr(seen->first, "written \"eu\""),
         "\"EU\" is refused with the id to write",
         seen);
}

/* A record with `n` distinct agencies and `n` unknown keys. */
static char*
big_record(size_t n)
{
  const size_t cap = 64u * n + 256u;
  char* json = (char*)malloc(cap);
  if (!json) {
    exit(1);
  }
  size_t at = (size_t)snprintf(json,
                               cap,
                               "{\"series\": \"S\", \"date\": \"2020-01-01\", "
                               "\"participants\": [\"US\", \"JP\"], "
                               "\"delegations\": [{\"country\": \"US\", "
                               "\"agencies\": [");
  for (size_t i = 0; i < n; ++i) {
    at += (size_t)snprintf(
      json + at, cap - at, "%s\"Agency %zu\"", i ? ", " : "", i);
  }
  at += (size_t)snprintf(json + at, cap - at, "]}]");
  for (size_t i = 0; i < n; ++i) {
    at += (size_t)snprintf(json + at, cap - at, ", \"k%zu\": 1", i);
  }
  snprintf(json + at, cap - at, "}");
  return json;
}

static void
check_big(DkgRecordParser* parser, Seen* seen)
{
  char* json = big_record(20000u);
  DkgRecord r;
  memset(seen, 0, sizeof(*seen));
  const DkgStatus st = parse(parser, json, &r);
  /* 100 problems shown and one summary line, not 20,000. */
  expect(st == DKG_ERR_RECORD && seen->errors == 101u,
         "20,000 unknown keys: 100 shown and one summary",
         seen);
  free(json);
}

/* Records users write: every example record and the odd shapes of
   tests/records/good are accepted, with the values they wrote. */
static void
check_user_records(DkgRecordParser* parser, Seen* seen, const char* project)
{
  static const char* const files[] = {
    "examples/records/asean-eu-summit-2022.json",
    "examples/records/eu-us-ttc-1.json",
    "examples/records/quad-fm-2022.json",
    "examples/records/us-cn-anchorage-2021.json",
    "examples/records/us-in-2plus2-2018.json",
    "examples/records/us-jp-2plus2-2023.json",
    "examples/records/us-jp-cyber-1.json",
    "tests/records/good/odd-shapes.json",
  };
  static char path[8192];
  size_t accepted = 0;
  for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); ++f) {
    snprintf(path, sizeof path, "%s/%s", project, files[f]);
    Records records;
    memset(seen, 0, sizeof(*seen));
    CHECK(read_records(path, NULL, &records) && records.n);
    for (size_t i = 0; i < records.n; ++i) {
      DkgRecord r;
      const DkgStatus st = dkg_record_parse(parser, &records.texts[i], &r);
      expect(!st, path, seen);
      accepted += !st;
      if (st || f + 1u != sizeof(files) / sizeof(files[0]) || i) {
        continue;
      }
      /* The odd shapes, as written. */
      CHECK(!strcmp(r.id, "US-JP_Cyber.1~a"));
      CHECK(r.round == 1000000L);
      CHECK(!strcmp(r.date, "2020") && !strcmp(r.end_date, "2020-02"));
      CHECK(!strcmp(r.language, "ja-Latn-JP"));
      CHECK(r.n_participants == 4u && !strcmp(r.participants[2], "eu"));
      CHECK(r.n_delegations == 4u && r.delegations[0].n_heads == 0u);
      CHECK(r.delegations[1].n_heads == 1u &&
            !strcmp(r.delegations[1].heads[0].name, "Jane Doe"));
      CHECK(r.delegations[3].n_heads == 2u &&
            !strcmp(r.delegations[3].heads[1].agency, "ASEAN Secretariat"));
      CHECK(r.n_topics == 2u && !strcmp(r.topics[1], "5G"));
      CHECK(r.n_evidence == 1u && !strcmp(r.evidence[0].path, "/date"));
      CHECK(!strcmp(r.location.name, "\xE6\x9D\xB1\xE4\xBA\xAC"));
    }
    records_free(&records);
  }
  CHECK(accepted == 9u);
}

int
main(int argc, char** argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: test_record DATA_DIR\n");
    return 2;
  }
  Seen seen;
  memset(&seen, 0, sizeof(seen));
  DkgDiag* diag = dkg_diag_new("test_record", collect, &seen);
  DkgRegistry* reg = NULL;
  if (!diag || dkg_registry_load(argv[1], diag, &reg)) {
    fprintf(stderr, "FAIL: cannot load %s\n", argv[1]);
    return 1;
  }
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  check_shapes(parser, &seen);
  check_big(parser, &seen);
  /* argv[1] is the project's data directory. */
  char project[4096];
  snprintf(project, sizeof project, "%s/..", argv[1]);
  check_user_records(parser, &seen, project);
  dkg_record_parser_free(parser);
  dkg_record_parser_free(NULL);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return dkg_test_result();
}
