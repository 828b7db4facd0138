/* The mapper (src/map/mapper.h): real records from examples/records mapped
   through a capturing sink (tests/capture.h); the statements of a record,
   first mentions across records, strict mode, a failing sink, --base,
   free(NULL).  Arguments: the data directory and the project directory. */

#include "map/mapper.h"

#include "capture.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

#define ID "https://w3id.org/dialoguekg/id/"
#define NS "https://w3id.org/dialoguekg/ns#"
#define RDF_TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define RDFS_LABEL "<http://www.w3.org/2000/01/rdf-schema#label>"
#define SCC "dialogue/us-japan-security-consultative-committee-2023-01-11"

static const char* project = ".";
static const DkgRegistry* reg = NULL;

/* Maps every record of examples/records/NAME with `m`; returns the status
   of the last one, or DKG_ERR_IO when the file cannot be read. */
static DkgStatus
map_file(DkgMapper* m, DkgDiag* diag, const char* name)
{
  static char path[4096];
  snprintf(path, sizeof path, "%s/examples/records/%s", project, name);
  Records records;
  if (!read_records(path, diag, &records) || !records.n) {
    fprintf(stderr, "cannot read %s\n", path);
    return DKG_ERR_IO;
  }
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  DkgStatus st = parser ? DKG_SUCCESS : DKG_ERR_NOMEM;
  for (size_t i = 0; !st && i < records.n; ++i) {
    DkgRecord record;
    st = dkg_record_parse(parser, &records.texts[i], &record);
    if (!st) {
      st = dkg_mapper_map(m, &record, &records.texts[i]);
    }
  }
  dkg_record_parser_free(parser);
  records_free(&records);
  return st;
}

static bool
has(const Capture* c, const char* line)
{
  const bool found = capture_find(c, 0, line) != (size_t)-1;
  if (!found) {
    fprintf(stderr, "missing: %s\n", line);
  }
  return found;
}

/* A mapper with `options` writing to a new capture `*c`; NULL (the check
   failed, nothing left to free) when either cannot be made. */
static DkgMapper*
new_mapper(Capture** c, DkgDiag* diag, const DkgMapperOptions* options)
{
  *c = capture_new();
  DkgMapper* m = *c ? dkg_mapper_new(reg, &(*c)->base, diag, options) : NULL;
  CHECK(m != NULL);
  if (!m && *c) {
    dkg_sink_free(&(*c)->base);
  }
  return m;
}

/* One record: its statements, in blocks, the first mentions described. */
static void
test_record(DkgDiag* diag)
{
  Capture* c = NULL;
  DkgMapper* m = new_mapper(&c, diag, NULL);
  if (!m) {
    return;
  }
  CHECK(map_file(m, diag, "us-jp-2plus2-2023.json") == DKG_SUCCESS);
  CHECK(c->n > 60u && dkg_mapper_statement_count(m) == c->n);
  /* The dialogue's own block comes first. */
  CHECK(c->n &&
        !strcmp(c->lines[0], "<" ID SCC "> " RDF_TYPE " <" NS "Dialogue>"));
  CHECK(has(c, "<" ID SCC "> <" NS "participant> <" ID "country/JP>"));
  CHECK(has(c, "<" ID SCC "> <" NS "location> <" ID "place/us/washington-dc>"));
  CHECK(
    has(c,
        "<" ID SCC "> <" NS
        "startDate> \"2023-01-11\"^^<http://www.w3.org/2001/XMLSchema#date>"));
  /* Heads: the qualified form keeps each title and agency with its person. */
  CHECK(has(c,
            "<" ID SCC "/delegation/us/head/1> <" NS "person> <" ID
            "person/antony-blinken>"));
  CHECK(has(c,
            "<" ID SCC "/delegation/us/head/1> <" NS
            "title> \"Secretary of State\"@en"));
  CHECK(has(c,
            "<" ID SCC "/delegation/us/head/1> <" NS "agency> <" ID
            "agency/us/department-of-state>"));
  CHECK(has(c,
            "<" ID SCC "/delegation/jp/head/1> <" NS "agency> <" ID
            "agency/jp/ministry-of-foreign-affairs>"));
  /* Registry entities described with the registry's words. */
  CHECK(
    has(c, "<" ID "agency/us/department-of-defense> <" NS "acronym> \"DoD\""));
  CHECK(has(c, "<" ID "country/JP> " RDFS_LABEL " \"Japan\"@en"));
  /* The series is not in the reference data: kept as written. */
  CHECK(has(c,
            "<" ID
            "series/us-japan-security-consultative-committee> " RDFS_LABEL
            " \"U.S.-Japan Security Consultative Committee\"@en"));
  CHECK(dkg_mapper_described(m, ID "country/US"));
  CHECK(dkg_mapper_described(m, ID "agency/us/department-of-state"));
  CHECK(!dkg_mapper_described(m, ID "country/IN"));
  /* Each statement once. */
  size_t twice = 0;
  for (size_t i = 0; i < c->n; ++i) {
    twice += capture_find(c, i + 1u, c->lines[i]) != (size_t)-1;
  }
  CHECK(twice == 0);

  /* Another record: shared entities are not described again. */
  const size_t first = c->n;
  CHECK(map_file(m, diag, "quad-fm-2022.json") == DKG_SUCCESS);
  CHECK(c->n > first);
  CHECK(
    capture_find(c, first, "<" ID "country/US> " RDF_TYPE " <" NS "Country>") ==
    (size_t)-1);
  CHECK(
    capture_find(c, first, "<" ID "country/IN> " RDF_TYPE " <" NS "Country>") !=
    (size_t)-1);
  CHECK(capture_find(c,
                     first,
                     "<" ID "person/antony-blinken> " RDF_TYPE " <" NS
                     "Person>") == (size_t)-1);
  CHECK(capture_find(c,
                     first,
                     "<" ID "person/marise-payne> " RDF_TYPE " <" NS
                     "Person>") != (size_t)-1);
  CHECK(dkg_mapper_statement_count(m) == c->n);
  dkg_mapper_free(m);
  dkg_sink_free(&c->base);
}

/* Strict: an unresolved name fails the record, its statements still sent;
   the unresolved report names it. */
static void
test_strict(DkgDiag* diag)
{
  Capture* c = NULL;
  const DkgMapperOptions options = { "https://example.org/", NULL, true };
  DkgMapper* m = new_mapper(&c, diag, &options);
  if (!m) {
    return;
  }
  CHECK(map_file(m, diag, "us-jp-2plus2-2023.json") == DKG_ERR_UNRESOLVED);
  CHECK(c->n > 60u);
  CHECK(has(c, "<https://example.org/" SCC "> " RDF_TYPE " <" NS "Dialogue>"));
  FILE* report = tmpfile();
  CHECK(report && dkg_mapper_write_unresolved(m, report) == DKG_SUCCESS);
  if (report) {
    char line[2048] = "";
    rewind(report);
    CHECK(fgets(line, sizeof line, report) != NULL);
    CHECK(strstr(line, "\"kind\": \"series\"") != NULL);
    CHECK(strstr(line, "\"path\": \"/series\"") != NULL);
    fclose(report);
  }
  dkg_mapper_free(m);
  dkg_sink_free(&c->base);
}

/* A sink that fails: its status is the record's, and final. */
static void
test_failing_sink(DkgDiag* diag)
{
  Capture* c = NULL;
  DkgMapper* m = new_mapper(&c, diag, NULL);
  if (!m) {
    return;
  }
  c->fail_at = 5u;
  CHECK(map_file(m, diag, "quad-fm-2022.json") == DKG_ERR_IO);
  CHECK(c->n == 4u);
  c->fail_at = 0;
  CHECK(map_file(m, diag, "eu-us-ttc-1.json") == DKG_ERR_IO);
  CHECK(c->n == 4u);
  dkg_mapper_free(m);
  dkg_sink_free(&c->base);
}

int
main(int argc, char** argv)
{
  if (argc < 3) {
    fprintf(stderr, "usage: test_mapper DATA_DIR PROJECT_DIR\n");
    return 2;
  }
  project = argv[2];
  DkgDiag* diag = dkg_diag_new("test_mapper", NULL, NULL);
  DkgRegistry* registry = NULL;
  if (!diag || dkg_registry_load(argv[1], diag, &registry)) {
    fprintf(stderr, "cannot load %s\n", argv[1]);
    return 1;
  }
  reg = registry;
  test_record(diag);
  test_strict(diag);
  test_failing_sink(diag);
  CHECK(dkg_diag_count(diag, DKG_ERROR) == 0);
  dkg_mapper_free(NULL);
  dkg_registry_free(registry);
  dkg_diag_free(diag);
  return dkg_test_result();
}
