/* The reference data in data/ loads, every spelling the seeds use
   resolves to one entry, the usual forms of agency names match (and never
   across countries), organizations and Wikidata items load, and --registry
   overlays add and replace entries or fail with their place
   (src/resolve/registry.c). */

#include "resolve/registry.h"

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    ++dkg_test_failures;
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
    ++dkg_test_failures;
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
    ++dkg_test_failures;
  }
}

/* Every form issue 12 lists, and the qualifier rule. */
static void
check_usual_forms(const DkgRegistry* reg)
{
  /* As the example records write them (examples/records). */
  expect_agency(reg,
                "AU",
                "Australian Department of Foreign Affairs and Trade",
                "department-of-foreign-affairs-and-trade");
  expect_agency(reg,
                "IN",
                "Indian Ministry of External Affairs",
                "ministry-of-external-affairs");
  expect_agency(reg,
                "JP",
                "Japan's Ministry of Foreign Affairs",
                "ministry-of-foreign-affairs");
  expect_agency(reg,
                "JP",
                "Japanese Ministry of Foreign Affairs",
                "ministry-of-foreign-affairs");
  expect_agency(
    reg, "JP", "Japan's Ministry of Defense", "ministry-of-defense");
  expect_agency(reg, "JP", "Japan Ministry of Defense", "ministry-of-defense");
  expect_agency(reg, "US", "Justice Department", "department-of-justice");
  expect_agency(reg, "US", "Defense Department", "department-of-defense");
  expect_agency(reg, "US", "Commerce Department", "department-of-commerce");
  expect_agency(reg, "US", "U.S. Department of State", "department-of-state");
  expect_agency(
    reg, "US", "United States Department of Justice", "department-of-justice");
  expect_agency(
    reg, "US", "the U.S. Department of Defense", "department-of-defense");
  expect_agency(reg, "US", "US Defense Department", "department-of-defense");
  expect_agency(
    reg, "US", "American Department of Energy", "department-of-energy");
  expect_agency(reg,
                "US",
                "Department of Homeland Security (DHS)",
                "department-of-homeland-security");
  expect_agency(reg,
                "US",
                "Homeland Security Department (DHS)",
                "department-of-homeland-security");
  expect_agency(
    reg, "JP", "Japan's Ministry of Defense", "ministry-of-defense");
  expect_agency(reg, "JP", "Japan Ministry of Defense", "ministry-of-defense");
  expect_agency(
    reg, "JP", "Japanese Ministry of Defense", "ministry-of-defense");
  expect_agency(
    reg, "JP", "Ministry of Defense of Japan", "ministry-of-defense");
  expect_agency(reg, "JP", "the Ministry of Defense", "ministry-of-defense");
  expect_agency(reg,
                "JP",
                "Japan's Ministry of Foreign Affairs (MOFA)",
                "ministry-of-foreign-affairs");
  /* Never across countries: another country's qualifier does not strip,
     and an agency never resolves for another country. */
  expect_no_agency(reg, "JP", "U.S. Department of State");
  expect_no_agency(reg, "US", "Japan's Ministry of Defense");
  expect_no_agency(reg, "GB", "Japanese Ministry of Defense");
  expect_agency(reg, "GB", "UK Ministry of Defence", "ministry-of-defence");
  expect_agency(
    reg, "GB", "British Ministry of Defence", "ministry-of-defence");
  expect_no_agency(reg, "IN", "British Ministry of Defence");
  /* Only an acronym in parentheses is dropped, not a remark. */
  expect_agency(reg,
                "IN",
                "Indian Computer Emergency Response Team (CERT-In)",
                "indian-computer-emergency-response-team");
  expect_no_agency(reg, "US", "Federal Bureau of Investigation (23 people)");
  /* A department swap needs the whole name. */
  expect_no_agency(reg, "US", "Department");
  expect_no_agency(reg, "US", "State");
}

static void
check_organizations(const DkgRegistry* reg)
{
  const DkgOrganization* eu = dkg_registry_organization(reg, "eu");
  if (!eu || strcmp(eu->name, "European Union") || eu->n_members != 27u ||
      !eu->wikidata || strcmp(eu->wikidata, "Q458")) {
    fprintf(stderr, "FAIL: eu is not the European Union, 27, Q458\n");
    ++dkg_test_failures;
  }
  const DkgOrganization* nato = dkg_registry_organization(reg, "nato");
  if (!nato || nato->wikidata) {
    fprintf(stderr, "FAIL: NATO missing, or with an unverified item\n");
    ++dkg_test_failures;
  }
  if (dkg_registry_organization(reg, "EU") ||
      !dkg_registry_party_name(reg, "AU") ||
      strcmp(dkg_registry_party_name(reg, "AU"), "Australia")) {
    fprintf(stderr, "FAIL: organization ids collide with ISO codes\n");
    ++dkg_test_failures;
  }
  const DkgCountry* jp = dkg_registry_country(reg, "JP");
  const DkgCountry* us = dkg_registry_country(reg, "US");
  if (!jp || !us || !jp->wikidata || !us->wikidata ||
      strcmp(jp->wikidata, "Q17") || strcmp(us->wikidata, "Q30")) {
    fprintf(stderr, "FAIL: Japan is not Q17 or the United States not Q30\n");
    ++dkg_test_failures;
  }
}

/* Messages a load reported, one a line. */
typedef struct
{
  char text[4096];
} Messages;

static void
collect(void* handle,
        DkgSeverity severity,
        const DkgPlace* place,
        const char* message)
{
  (void)severity;
  Messages* m = (Messages*)handle;
  const size_t len = strlen(m->text);
  snprintf(m->text + len,
           sizeof(m->text) - len,
           "%s:%u:%u: %s\n",
           place && place->file ? place->file : "",
           place ? place->line : 0u,
           place ? place->col : 0u,
           message);
}

static char*
write_temp(const char* text)
{
  char* path = strdup("/tmp/test_registry.XXXXXX");
  const int fd = path ? mkstemp(path) : -1;
  if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
    fprintf(stderr, "FAIL: cannot write a temporary file\n");
    exit(1);
  }
  close(fd);
  return path;
}

/* Loads `dir` with one overlay of text `overlay`; returns the registry (or
   NULL) and the messages in `messages`. */
static DkgRegistry*
load_with(const char* dir, const char* overlay, Messages* messages)
{
  char* path = write_temp(overlay);
  memset(messages, 0, sizeof(*messages));
  DkgDiag* diag = dkg_diag_new("test_registry", collect, messages);
  DkgRegistry* reg = NULL;
  const char* paths[1] = { path };
  dkg_registry_load_overlays(dir, paths, 1u, diag, &reg);
  dkg_diag_free(diag);
  unlink(path);
  free(path);
  return reg;
}

static void
check_overlays(const char* dir)
{
  Messages msg;
  /* Adds an agency of China and a series, replaces a built-in agency. */
  DkgRegistry* reg = load_with(
    dir,
    "{\"agencies\": [\n"
    "  {\"id\": \"ministry-of-foreign-affairs\", \"country\": \"CN\",\n"
    "   \"name\": \"Ministry of Foreign Affairs\"},\n"
    "  {\"id\": \"department-of-state\", \"country\": \"US\",\n"
    "   \"name\": \"U.S. Department of State\", \"acronyms\": [\"DOS\"]}],\n"
    " \"series\": [{\"id\": \"quad\", \"name\": \"Quad Ministerial\"}]}\n",
    &msg);
  if (!reg) {
    fprintf(stderr, "FAIL: a good overlay does not load:\n%s", msg.text);
    ++dkg_test_failures;
    return;
  }
  expect_agency(
    reg, "CN", "Ministry of Foreign Affairs", "ministry-of-foreign-affairs");
  expect_agency(reg, "US", "DOS", "department-of-state");
  /* Replaced: the built-in names of that entry are gone. */
  expect_no_agency(reg, "US", "State Department");
  if (!dkg_registry_series(reg, "Quad Ministerial", 16u) ||
      !strstr(dkg_registry_files(reg, "agencies"), "/tmp/test_registry.")) {
    fprintf(stderr, "FAIL: overlay series missing or file not named\n");
    ++dkg_test_failures;
  }
  dkg_registry_free(reg);

  /* A bad overlay fails with FILE:LINE:COL of the entry. */
  reg = load_with(dir,
                  "{\"agencies\": [\n"
                  "  {\"id\": \"x\", \"country\": \"ZZ\", \"name\": \"X\"}],\n"
                  " \"topic\": []}\n",
                  &msg);
  if (reg || !strstr(msg.text, ":2:3: unknown country code or organization") ||
      !strstr(msg.text, ":3:11: unknown field \"topic\"")) {
    fprintf(
      stderr, "FAIL: bad overlay not reported with its place:\n%s", msg.text);
    ++dkg_test_failures;
  }
  dkg_registry_free(reg);
}

/* A directory overlay: its *.json files in name order, later ones win. */
static void
check_overlay_directory(const char* dir)
{
  char tmpl[] = "/tmp/test_registry_dir.XXXXXX";
  const char* overlay = mkdtemp(tmpl);
  char a[128], b[128], other[128];
  snprintf(a, sizeof(a), "%s/10-a.json", overlay ? overlay : "");
  snprintf(b, sizeof(b), "%s/20-b.json", overlay ? overlay : "");
  snprintf(other, sizeof(other), "%s/notes.txt", overlay ? overlay : "");
  FILE* fa = overlay ? fopen(a, "w") : NULL;
  FILE* fb = overlay ? fopen(b, "w") : NULL;
  FILE* fo = overlay ? fopen(other, "w") : NULL;
  if (!fa || !fb || !fo) {
    fprintf(stderr, "FAIL: cannot make an overlay directory\n");
    exit(1);
  }
  fputs("{\"series\": [{\"id\": \"s\", \"name\": \"First Name\"}]}", fa);
  fputs("{\"series\": [{\"id\": \"s\", \"name\": \"Second Name\"}]}", fb);
  fputs("not JSON, and not read", fo);
  fclose(fa);
  fclose(fb);
  fclose(fo);
  Messages msg;
  memset(&msg, 0, sizeof(msg));
  DkgDiag* diag = dkg_diag_new("test_registry", collect, &msg);
  DkgRegistry* reg = NULL;
  const char* paths[1] = { overlay };
  dkg_registry_load_overlays(dir, paths, 1u, diag, &reg);
  const DkgConcept* s =
    reg ? dkg_registry_series(reg, "Second Name", 11u) : NULL;
  if (!s || strcmp(s->id, "s") || dkg_registry_series(reg, "First Name", 10u)) {
    fprintf(stderr, "FAIL: directory overlay not read in order:\n%s", msg.text);
    ++dkg_test_failures;
  }
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  unlink(a);
  unlink(b);
  unlink(other);
  rmdir(overlay);
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
    ++dkg_test_failures;
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
    ++dkg_test_failures;
  }
  const DkgCountry* jp = dkg_registry_country(reg, "JP");
  if (!jp || strcmp(jp->alpha3, "JPN") || strcmp(jp->name, "Japan")) {
    fprintf(stderr, "FAIL: JP is not Japan/JPN\n");
    ++dkg_test_failures;
  }
  if (dkg_registry_country(reg, "XX") ||
      dkg_registry_count(reg, "countries") < 240u) {
    fprintf(stderr, "FAIL: country table incomplete or accepts XX\n");
    ++dkg_test_failures;
  }

  check_usual_forms(reg);
  check_organizations(reg);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  check_overlays(argv[1]);
  check_overlay_directory(argv[1]);
  dkg_registry_free(NULL);
  return dkg_test_result();
}
