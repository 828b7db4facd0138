/* The record checker (src/check/record.c): heads as an object or an array,
   attendance, one-off meetings, organizations as participants, and the
   per-record checks in linear time (a record of 20,000 distinct agencies
   and 20,000 unknown keys is checked, and its problems bounded). */

#include "check/record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

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
    ++failures;
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
  dkg_record_parser_free(parser);
  dkg_record_parser_free(NULL);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return failures ? 1 : 0;
}
