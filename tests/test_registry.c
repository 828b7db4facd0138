/* The reference data in data/ loads, and every spelling the seeds use
   resolves to one entry (src/registry.c). */

#include "registry.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;

static void
expect_agency(const DkgRegistry* reg,
              const char* country,
              const char* name,
              const char* id)
{
  const DkgAgency* a = dkg_registry_agency(reg, country, name, strlen(name));
  if (!a || strcmp(a->id, id)) {
    fprintf(stderr,
            "FAIL: %s \"%s\" resolves to %s, expected %s\n",
            country,
            name,
            a ? a->id : "nothing",
            id ? id : "nothing");
    ++failures;
  }
}

static void
expect_no_agency(const DkgRegistry* reg, const char* country, const char* name)
{
  const DkgAgency* a = dkg_registry_agency(reg, country, name, strlen(name));
  if (a) {
    fprintf(stderr,
            "FAIL: %s \"%s\" resolves to %s, expected nothing\n",
            country,
            name,
            a->id);
    ++failures;
  }
}

static void
expect_topic(const DkgRegistry* reg, const char* phrase, const char* id)
{
  const DkgConcept* c = dkg_registry_topic(reg, phrase, strlen(phrase));
  if (!c || strcmp(c->id, id)) {
    fprintf(stderr,
            "FAIL: topic \"%s\" resolves to %s, expected %s\n",
            phrase,
            c ? c->id : "nothing",
            id);
    ++failures;
  }
}

int
main(int argc, char** argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: test_registry DATA_DIR\n");
    return 2;
  }
  DkgDiag* diag = dkg_diag_new("test_registry", NULL, NULL);
  DkgRegistry* reg = NULL;
  if (dkg_registry_load(argv[1], diag, &reg)) {
    fprintf(stderr, "FAIL: cannot load %s\n", argv[1]);
    dkg_diag_free(diag);
    return 1;
  }

  /* Both seeds' spellings of one agency are one entry. */
  expect_agency(reg, "US", "State Department", "department-of-state");
  expect_agency(reg, "US", "Department of State", "department-of-state");
  expect_agency(reg, "US", "the Department of State", "department-of-state");
  expect_agency(reg, "US", "FBI", "federal-bureau-of-investigation");
  expect_agency(reg, "JP", "National Policy Agency", "national-police-agency");
  expect_agency(reg, "JP", "National Police Agency", "national-police-agency");
  expect_agency(reg,
                "JP",
                "ministry of economy trade and industry",
                "ministry-of-economy-trade-and-industry");
  /* agencies-extended.json loads after agencies.json: a parent may be in
     either file. */
  expect_agency(
    reg, "US", "CISA", "cybersecurity-and-infrastructure-security-agency");
  const DkgAgency* cisa = dkg_registry_agency(reg, "US", "CISA", 4u);
  if (!cisa || !cisa->parent ||
      strcmp(cisa->parent->id, "department-of-homeland-security")) {
    fprintf(stderr, "FAIL: CISA's parent is not DHS across the two files\n");
    ++failures;
  }

  /* An agency belongs to its country. */
  expect_no_agency(reg, "US", "National Police Agency");
  expect_no_agency(reg, "JP", "Federal Bureau of Investigation");

  /* The two seeds' phrasings of one topic are one concept. */
  expect_topic(reg,
               "critical infrastructure protection",
               "critical-infrastructure-protection");
  expect_topic(reg,
               "protect the cybersecurity of critical infrastructure",
               "critical-infrastructure-protection");
  expect_topic(reg,
               "our common approach in relevant international venues",
               "cooperation-in-multilateral-venues");
  expect_topic(reg,
               "cooperate on cyber issues in relevant multilateral venues",
               "cooperation-in-multilateral-venues");

  const DkgConcept* s = dkg_registry_series(reg,
                                            "United States-Japan Cyber "
                                            "Dialogue",
                                            strlen("United States-Japan Cyber "
                                                   "Dialogue"));
  if (!s || !dkg_registry_series(reg, "U.S.-Japan Cyber Dialogue", 25u) ||
      s != dkg_registry_series(reg, "U.S.-Japan Cyber Dialogue", 25u)) {
    fprintf(stderr, "FAIL: the series' two spellings are not one series\n");
    ++failures;
  }
  const DkgCountry* jp = dkg_registry_country(reg, "JP");
  if (!jp || strcmp(jp->alpha3, "JPN") || strcmp(jp->name, "Japan")) {
    fprintf(stderr, "FAIL: JP is not Japan/JPN\n");
    ++failures;
  }
  if (dkg_registry_country(reg, "XX") ||
      dkg_registry_count(reg, "countries") < 240u) {
    fprintf(stderr, "FAIL: country table incomplete or accepts XX\n");
    ++failures;
  }

  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return failures ? 1 : 0;
}
