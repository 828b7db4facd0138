/* The link table (src/resolve/links.h): the same table as CSV and as JSON
   (tests/links), matching by kind, key and country, each link once, the
   unused entries, bad tables refused with their status, free(NULL).
   Argument: the project directory. */

#include "resolve/links.h"

#include "check.h"

#include <stdio.h>
#include <string.h>

#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"
#define SEE_ALSO "http://www.w3.org/2000/01/rdf-schema#seeAlso"
#define CLOSE_MATCH "http://www.w3.org/2004/02/skos/core#closeMatch"

typedef struct
{
  char got[16][512];
  size_t n;
} Links;

static void
keep(void* handle, const char* s, const char* p, const char* o)
{
  Links* links = (Links*)handle;
  if (links->n < 16u) {
    snprintf(links->got[links->n++], 512, "%s %s %s", s, p, o);
  }
}

static bool
got(const Links* links, const char* line)
{
  for (size_t i = 0; i < links->n; ++i) {
    if (!strcmp(links->got[i], line)) {
      return true;
    }
  }
  fprintf(stderr, "missing link: %s\n", line);
  return false;
}

static size_t errors_seen = 0;

static void
count_errors(void* handle,
             DkgSeverity severity,
             const DkgPlace* place,
             const char* message)
{
  (void)handle;
  (void)place;
  (void)message;
  errors_seen += severity == DKG_ERROR;
}

static DkgStatus
load(const char* project, const char* name, DkgDiag* diag, DkgLinks** out)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/links/%s", project, name);
  return dkg_links_load(path, diag, out);
}

/* The table of tests/links, as `name` (links.csv or links.json). */
static void
test_table(const char* project, const char* name, DkgDiag* diag)
{
  DkgLinks* table = NULL;
  CHECK(load(project, name, diag, &table) == DKG_SUCCESS);
  CHECK(table && dkg_links_count(table) == 8u);
  if (!table) {
    return;
  }
  Links links = { { { 0 } }, 0 };
  const char* person = "Robert  STRAYER"; /* another spelling, one key */
  dkg_links_apply(
    table, DKG_LINK_PERSON, NULL, &person, 1u, "s:p", keep, &links);
  CHECK(links.n == 1u &&
        got(&links, "s:p " OWL_SAME_AS " https://example.org/people/strayer"));

  /* A place: by country, relation as given. */
  links.n = 0;
  const char* place = "Washington, D.C.";
  dkg_links_apply(table, DKG_LINK_PLACE, "JP", &place, 1u, "s:w", keep, &links);
  CHECK(links.n == 0u);
  dkg_links_apply(table, DKG_LINK_PLACE, "US", &place, 1u, "s:w", keep, &links);
  CHECK(
    links.n == 1u &&
    got(&links, "s:w " OWL_SAME_AS " https://example.org/places/washington"));

  /* Agencies: several names of one agency give each link once. */
  links.n = 0;
  const char* names[] = { "National Policy Agency",
                          NULL,
                          "national policy agency" };
  dkg_links_apply(
    table, DKG_LINK_AGENCY, "JP", names, 3u, "s:npa", keep, &links);
  CHECK(links.n == 1u &&
        got(&links, "s:npa " SEE_ALSO " https://example.org/org/npa"));
  const char* mofa = "ministry-of-foreign-affairs";
  dkg_links_apply(
    table, DKG_LINK_AGENCY, "JP", &mofa, 1u, "s:mofa", keep, &links);
  CHECK(links.n == 2u &&
        got(&links, "s:mofa " OWL_SAME_AS " https://example.org/org/mofa"));

  /* Topics: the kind matters. */
  links.n = 0;
  const char* topic = "cybercrime";
  dkg_links_apply(
    table, DKG_LINK_AGENCY, NULL, &topic, 1u, "s:t", keep, &links);
  CHECK(links.n == 0u);
  dkg_links_apply(table, DKG_LINK_TOPIC, NULL, &topic, 1u, "s:t", keep, &links);
  CHECK(
    links.n == 1u &&
    got(&links, "s:t " CLOSE_MATCH " https://example.org/concepts/cybercrime"));

  /* Unused: FBI, critical infrastructure, Ministry of Magic. */
  const size_t before = dkg_diag_count(diag, DKG_WARNING);
  CHECK(dkg_links_report_unused(table, diag, false) == 3u);
  CHECK(dkg_diag_count(diag, DKG_WARNING) == before + 3u);
  dkg_links_free(table);
}

static void
test_bad_tables(const char* project, DkgDiag* diag)
{
  DkgLinks* table = (DkgLinks*)&errors_seen; /* must be set to NULL */
  errors_seen = 0;
  CHECK(load(project, "bad-fields.csv", diag, &table) == DKG_ERR_RECORD);
  CHECK(!table && errors_seen >= 3u);
  CHECK(load(project, "bad-relation.csv", diag, &table) == DKG_ERR_RECORD);
  CHECK(!table);
  CHECK(load(project, "bad-header.csv", diag, &table) != DKG_SUCCESS);
  CHECK(!table);
  /* Malformed text is a bad table too, reported at its place. */
  size_t before = errors_seen;
  CHECK(load(project, "bad-quote.csv", diag, &table) == DKG_ERR_RECORD);
  CHECK(!table && errors_seen == before + 1u);
  before = errors_seen;
  CHECK(load(project, "malformed.json", diag, &table) == DKG_ERR_RECORD);
  CHECK(!table && errors_seen == before + 1u);
  CHECK(load(project, "no-such-file.csv", diag, &table) == DKG_ERR_IO);
  CHECK(!table);
}

int
main(int argc, char** argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: test_links PROJECT_DIR\n");
    return 2;
  }
  DkgDiag* diag = dkg_diag_new("test_links", count_errors, NULL);
  if (!diag) {
    return 1;
  }
  test_table(argv[1], "links.csv", diag);
  test_table(argv[1], "links.json", diag);
  test_bad_tables(argv[1], diag);
  dkg_links_apply(NULL, DKG_LINK_PERSON, NULL, NULL, 0u, "s:x", keep, NULL);
  dkg_links_free(NULL);
  dkg_diag_free(diag);
  return dkg_test_result();
}
