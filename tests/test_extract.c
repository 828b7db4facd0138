/* Unit tests of extract/: the heads of delegation (co-chairs, a fifth head,
   the per-extraction state), organizations as participants, the series
   finder and the evidence list.
   Argument: the data directory (registry, topics.json, series.json). */

#include "check.h"

#include "extract/extract.h"
#include "extract/xint.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int n_warnings;

static void
count(void* handle,
      DkgSeverity severity,
      const DkgPlace* place,
      const char* message)
{
  (void)handle;
  (void)place;
  (void)message;
  n_warnings += severity == DKG_WARNING ? 1 : 0;
}

static const char five[] =
  "Media Note\nJuly 26, 2018\n\n"
  "The sixth U.S.-Japan Cyber Dialogue was held in Tokyo on July 25, "
  "2018.\n\n"
  "The U.S. delegation was co-led by Mr. Alan Brown, Mr. Carl Davis, "
  "Mr. Evan Fox, Mr. Gary Hill, and Mr. Ivan Jones. The Japanese "
  "delegation was led by Mr. Kenji Sato.\n";

/* Heads whose side no phrase states wait in the extraction's state. */
static const char pending[] =
  "Media Note\nJuly 26, 2018\n\n"
  "The sixth U.S.-Japan Cyber Dialogue was held in Tokyo on July 25, "
  "2018.\n\n"
  "The dialogue was led by Mr. Alan Brown and by Mr. Kenji Sato.\n";

static cJSON*
extract(DkgExtractor* ex, const char* text)
{
  cJSON* r = NULL;
  const DkgStatus st =
    dkg_extract(ex, "t.txt", text, strlen(text), DKG_EXTRACT_TEXT, true, &r);
  CHECK(st == DKG_SUCCESS);
  return r;
}

static const cJSON*
delegation(const cJSON* r, const char* cc)
{
  const cJSON* d = NULL;
  cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(r, "delegations"))
  {
    const cJSON* c = cJSON_GetObjectItemCaseSensitive(d, "country");
    if (cJSON_IsString(c) && !strcmp(c->valuestring, cc)) {
      return d;
    }
  }
  return NULL;
}

static void
test_five_cochairs(DkgExtractor* ex)
{
  cJSON* r = extract(ex, five);
  const cJSON* us = delegation(r, "US");
  const cJSON* head = cJSON_GetObjectItemCaseSensitive(us, "head");
  CHECK(cJSON_IsArray(head));
  CHECK(cJSON_GetArraySize(head) == 5);
  const cJSON* fifth = cJSON_GetArrayItem(head, 4);
  const cJSON* name = cJSON_GetObjectItemCaseSensitive(fifth, "name");
  CHECK(cJSON_IsString(name) && !strcmp(name->valuestring, "Ivan Jones"));
  const cJSON* jp =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "JP"), "head");
  CHECK(cJSON_IsObject(jp));
  /* the evidence of the fifth head's name */
  bool found = false;
  const cJSON* ev = NULL;
  cJSON_ArrayForEach(ev, cJSON_GetObjectItemCaseSensitive(r, "evidence"))
  {
    const cJSON* p = cJSON_GetObjectItemCaseSensitive(ev, "path");
    found |= cJSON_IsString(p) &&
             !strcmp(p->valuestring, "/delegations/0/head/4/name");
  }
  CHECK(found);
  cJSON_Delete(r);
}

/* The same text gives the same record before and after another text whose
   heads wait for their side: nothing of one extraction stays behind. */
static void
test_reentrant(DkgExtractor* ex)
{
  cJSON* a = extract(ex, five);
  const int before = n_warnings;
  cJSON* p = extract(ex, pending);
  /* neither head names a side: both wait, both are reported, none kept */
  CHECK(p && !delegation(p, "US") && !delegation(p, "JP"));
  CHECK(n_warnings == before + 2);
  cJSON* b = extract(ex, five);
  CHECK(a && b && cJSON_Compare(a, b, true));
  cJSON_Delete(a);
  cJSON_Delete(p);
  cJSON_Delete(b);
}

/* A wire story: the dateline's date completes a weekday; "Japan's X" and
   "X of Japan" are the registry's agencies. */
static void
test_wire_story(DkgExtractor* ex)
{
  static const char wire[] =
    "Japan, Australia hold cyber talks in Canberra\n\n"
    "CANBERRA, Feb. 8, 2024 (Kyodo) -- Japan and Australia held their "
    "fourth cyber policy dialogue on Tuesday, covering ransomware and "
    "capacity building, officials said.\n\n"
    "Officials from Japan's National Police Agency and the Department of "
    "Home Affairs of Australia also attended.\n";
  cJSON* r = extract(ex, wire);
  const cJSON* date = cJSON_GetObjectItemCaseSensitive(r, "date");
  CHECK(cJSON_IsString(date) && !strcmp(date->valuestring, "2024-02-06"));
  const cJSON* loc = cJSON_GetObjectItemCaseSensitive(r, "location");
  const cJSON* city = cJSON_GetObjectItemCaseSensitive(loc, "name");
  CHECK(cJSON_IsString(city) && !strcmp(city->valuestring, "Canberra"));
  CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r, "topics")) == 2);
  const cJSON* jp =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "JP"), "agencies");
  const cJSON* au =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "AU"), "agencies");
  CHECK(cJSON_GetArraySize(jp) == 1 && cJSON_GetArraySize(au) == 1);
  const cJSON* a0 = cJSON_GetArrayItem(au, 0);
  CHECK(cJSON_IsString(a0) &&
        !strncmp(a0->valuestring, "Department of Home Affairs", 26u));
  cJSON_Delete(r);
}

/* The agencies of delegation `cc`, as one string "A|B|C" in `out`. */
static const char*
agencies_of(const cJSON* r, const char* cc, char* out, size_t cap)
{
  out[0] = '\0';
  const cJSON* a = NULL;
  cJSON_ArrayForEach(
    a, cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "agencies"))
  {
    if (cJSON_IsString(a) && strlen(out) + strlen(a->valuestring) + 2u < cap) {
      if (out[0]) {
        strcat(out, "|");
      }
      strcat(out, a->valuestring);
    }
  }
  return out;
}

/* Extracts `text` and checks the agencies of two delegations. */
static void
expect_agencies(DkgExtractor* ex,
                const char* text,
                const char* cc1,
                const char* want1,
                const char* cc2,
                const char* want2)
{
  char buf[512];
  cJSON* r = extract(ex, text);
  CHECK(!strcmp(agencies_of(r, cc1, buf, sizeof(buf)), want1));
  CHECK(!strcmp(agencies_of(r, cc2, buf, sizeof(buf)), want2));
  cJSON_Delete(r);
}

/* Lists of agencies cut at "and" and commas: a head noun with a
   coordinated complement stays one agency, known or not; a plural after a
   country word gives one agency each; an international body is none; a
   name both registries know goes to the delegation named before. */
static void
test_agency_lists(DkgExtractor* ex)
{
  static const char fr[] =
    "Media Note\nMarch 12, 2024\n\n"
    "The seventh U.S.-France Cyber Dialogue was held in Paris on March 11, "
    "2024.\n\n"
    "The French delegation included representatives from the French "
    "Ministry of the Armed Forces and ANSSI, the Ministry for Digital "
    "Affairs and Transport, and the OECD. The U.S. delegation included "
    "officials from the Departments of Homeland Security and Justice, the "
    "Digital Policy and Infrastructure Authority, and the National "
    "Telecommunications and Information Administration (NTIA).\n";
  static const char kr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Republic of Korea Cyber Policy Dialogue was held in "
    "Seoul on May 19, 2025.\n\n"
    "The Japanese delegation included officials from the Ministry of "
    "Economy, Trade and Industry and the Japanese Ministries of Defense and "
    "Justice. The Korean delegation comprised officials from the Korea "
    "Communications Commission, the Ministry of Land, Infrastructure and "
    "Transport, and the Ministry for Science, Culture and Sports (MSCS).\n";
  static const char gb[] =
    "Press Release\n6 November 2024\n\n"
    "The 5th Republic of Korea-United Kingdom Cyber Dialogue was held in "
    "London on 5 November 2024.\n\n"
    "Officials from the ROK's MOFA and National Security Office, and from "
    "the UK's FCDO and National Cyber Security Centre attended.\n";
  expect_agencies(ex,
                  fr,
                  "FR",
                  "French Ministry of the Armed Forces|ANSSI|"
                  "Ministry for Digital Affairs and Transport",
                  "US",
                  "Department of Homeland Security|Department of Justice|"
                  "Digital Policy and Infrastructure Authority|"
                  "National Telecommunications and Information "
                  "Administration (NTIA)");
  expect_agencies(ex,
                  kr,
                  "JP",
                  "Ministry of Economy, Trade and Industry|Ministry of "
                  "Defense|Ministry of Justice",
                  "KR",
                  "Korea Communications Commission|Ministry of Land, "
                  "Infrastructure and Transport|Ministry for Science, "
                  "Culture and Sports");
  expect_agencies(ex,
                  gb,
                  "GB",
                  "UK's FCDO|National Cyber Security Centre",
                  "KR",
                  "ROK's MOFA|National Security Office");
}

/* Outside a list: the registry's agencies and an unknown "Ministry of ..."
   whose country the text names ("of Estonia"); not a speaker or a host. */
static void
test_agency_mentions(DkgExtractor* ex)
{
  static const char ee[] =
    "Media Note\nJune 8, 2019\n\n"
    "The fourth U.S.-Estonia Cyber Dialogue was held in Tallinn on June 7, "
    "2019.\n\n"
    "The Department of State and the Ministry of Economic Affairs and "
    "Communications of Estonia co-chaired the consultation, which included "
    "participation from the Estonian Information System Authority. "
    "Officials said the Estonian Ministry of Defence would host the next "
    "round.\n";
  expect_agencies(ex,
                  ee,
                  "US",
                  "Department of State",
                  "EE",
                  "Estonian Information System Authority|Ministry of Economic "
                  "Affairs and Communications");
}

/* The participants of a record, joined by spaces ("US eu"). */
static void
participants(const cJSON* r, char* out, size_t n)
{
  out[0] = '\0';
  const cJSON* p = NULL;
  cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(r, "participants"))
  {
    if (cJSON_IsString(p)) {
      if (out[0]) {
        strncat(out, " ", n - strlen(out) - 1u);
      }
      strncat(out, p->valuestring, n - strlen(out) - 1u);
    }
  }
}

static const char*
head_name(const cJSON* r, const char* cc)
{
  const cJSON* h = cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "head");
  const cJSON* nm = cJSON_GetObjectItemCaseSensitive(h, "name");
  return cJSON_IsString(nm) ? nm->valuestring : "";
}

/* Whether the heads of `text` are those of `want`: "CC=Name" pairs
   joined by '|' ("US=Alan Brown|eu=Jan Novak"). */
static bool
heads_are(DkgExtractor* ex, const char* text, const char* want)
{
  cJSON* r = extract(ex, text);
  bool ok = r != NULL;
  char buf[256];
  snprintf(buf, sizeof(buf), "%s", want);
  for (char* pair = strtok(buf, "|"); ok && pair; pair = strtok(NULL, "|")) {
    char* eq = strchr(pair, '=');
    if (!eq) {
      ok = false;
      break;
    }
    *eq = '\0';
    ok = !strcmp(head_name(r, pair), eq + 1);
  }
  cJSON_Delete(r);
  return ok;
}

/* Whether `text` gives a record whose participants are `want`. */
static bool
parties_are(DkgExtractor* ex, const char* text, const char* want)
{
  char got[64];
  cJSON* r = extract(ex, text);
  participants(r, got, sizeof(got));
  cJSON_Delete(r);
  return !strcmp(got, want);
}

/* Organizations of data/organizations.json as participants: in a series
   name (acronym, dotted acronym, full name), in "X and Y", and as a side
   ("the ASEAN delegation", "the EU side"). */
static void
test_organizations(DkgExtractor* ex)
{
  char got[64];
  static const char asean[] =
    "Press Release\nMarch 4, 2021\n\n"
    "The second ASEAN-Japan Cyber Dialogue was held in Tokyo on March 3, "
    "2021. The ASEAN delegation was led by Ms. Maria Santos, and the "
    "Japanese delegation by Mr. Kenji Sato.\n";
  cJSON* r = extract(ex, asean);
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "asean JP"));
  CHECK(!strcmp(head_name(r, "asean"), "Maria Santos"));
  CHECK(!strcmp(head_name(r, "JP"), "Kenji Sato"));
  cJSON_Delete(r);

  static const char china[] =
    "Press release\n12 June 2019\n\n"
    "The fourth EU-China Cyber Dialogue took place in Beijing on 11 June "
    "2019. On the EU side, the Dialogue was chaired by Jan Novak, "
    "Director, European External Action Service. The Chinese side was "
    "led by Mr. Li Wei.\n";
  r = extract(ex, china);
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "eu CN"));
  CHECK(!strcmp(head_name(r, "eu"), "Jan Novak"));
  CHECK(!strcmp(head_name(r, "CN"), "Li Wei"));
  cJSON_Delete(r);

  static const char dotted[] =
    "Media Note\nMay 6, 2016\n\n"
    "The third U.S.-E.U. Cyber Dialogue was held in Brussels on May 5, "
    "2016.\n";
  CHECK(parties_are(ex, dotted, "US eu"));

  /* "AU" is Australia unless the text names the African Union */
  static const char australia[] =
    "Media Release\n5 May 2021\n\n"
    "The third AU-Japan Cyber Policy Dialogue was held in Canberra on 4 "
    "May 2021.\n";
  CHECK(parties_are(ex, australia, "AU JP"));
  static const char african[] =
    "Press Release\n4 May 2022\n\n"
    "The African Union (AU) and the European Union held the first AU-EU "
    "Cyber Dialogue in Brussels on 3 May 2022.\n";
  CHECK(parties_are(ex, african, "african-union eu"));

  /* heads filed under their side by their agency, and "represented X" */
  static const char chairs[] =
    "Media Note\nMay 6, 2016\n\n"
    "The third U.S.-EU Cyber Dialogue will be held in Brussels on May 9, "
    "2016. Co-chairs of the meeting will be Mr. Alan Brown, Coordinator "
    "at the U.S. Department of State, and Anna Maria de Vries, Director, "
    "Policy Unit, European External Action Service.\n";
  CHECK(heads_are(ex, chairs, "US=Alan Brown|eu=Anna Maria de Vries"));
  static const char repr[] =
    "Press Release\n6 October 2023\n\n"
    "The seventh India-EU Cyber Dialogue was held in Brussels on 5 "
    "October 2023. Priya Nair, Joint Secretary, Ministry of External "
    "Affairs, represented India, while the EU delegation was led by Jan "
    "Novak.\n";
  CHECK(heads_are(ex, repr, "IN=Priya Nair|eu=Jan Novak"));

  /* an en dash between the participants */
  static const char dash[] =
    "Press Releases\n\n"
    "The 7th Republic of Korea\xE2\x80\x93"
    "European Union Cyber Policy "
    "Consultation was held in Seoul on May 20, 2025.\n";
  r = extract(ex, dash);
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "KR eu"));
  const cJSON* series = cJSON_GetObjectItemCaseSensitive(r, "series");
  CHECK(cJSON_IsString(series) && !strcmp(series->valuestring,
                                          "Republic of Korea\xE2\x80\x93"
                                          "European Union Cyber Policy "
                                          "Consultation"));
  cJSON_Delete(r);
  /* the meeting sentence gives the series' own words; another sentence
     names another series */
  static const char own[] =
    "News release\n12/11/2024\n\n"
    "On 11 November 2024, the European Union and Japan held their sixth "
    "Cyber Dialogue in Tokyo. It came after the EU-Japan Strategic "
    "Dialogue of 1 November.\n";
  r = extract(ex, own);
  series = cJSON_GetObjectItemCaseSensitive(r, "series");
  CHECK(cJSON_IsString(series) &&
        !strcmp(series->valuestring, "European Union-Japan Cyber Dialogue"));
  cJSON_Delete(r);

  /* "led for the Netherlands"; a country's name ends a title before the
     name ("Ambassador to the Kingdom of the Netherlands Peter Hoekstra") */
  static const char dutch[] =
    "Media Note\nMay 21, 2019\n\n"
    "The inaugural U.S.-Dutch Cyber Dialogue was held on May 20, 2019. "
    "Deputy Assistant Secretary of State Rob Strayer and U.S. Ambassador to "
    "the Kingdom of the Netherlands Peter Hoekstra led the U.S. delegation. "
    "Ambassador for Security Policy and Cyber Timo Koster led for the "
    "Netherlands.\n";
  r = extract(ex, dutch);
  const cJSON* us =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "US"), "head");
  CHECK(cJSON_IsArray(us) && cJSON_GetArraySize(us) == 2);
  const cJSON* second =
    cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(us, 1), "name");
  CHECK(cJSON_IsString(second) &&
        !strcmp(second->valuestring, "Peter Hoekstra"));
  CHECK(!strcmp(head_name(r, "NL"), "Timo Koster"));
  cJSON_Delete(r);

  /* no series name: the European Union and a country named together */
  static const char pair[] =
    "News release\n12/11/2024\n\n"
    "On 11 November 2024, the European Union and Japan held their sixth "
    "cyber dialogue in Tokyo.\n";
  CHECK(parties_are(ex, pair, "eu JP"));
}

/* Three participants when the text says that three meet; a list of three
   countries without such words is no trilateral meeting. */
static void
test_trilateral(DkgExtractor* ex)
{
  static const char three[] =
    "Press Release\nFebruary 9, 2017\n\n"
    "South Korea, Japan and China held a trilateral meeting on cyber "
    "security in Tokyo on February 8, 2017. It was the third round of the "
    "Cyber Policy Consultation.\n";
  cJSON* r = extract(ex, three);
  char got[64];
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "KR JP CN"));
  const cJSON* series = cJSON_GetObjectItemCaseSensitive(r, "series");
  CHECK(cJSON_IsString(series) &&
        !strcmp(series->valuestring, "Cyber Policy Consultation"));
  cJSON_Delete(r);
  /* a wire story: the one who meets and "his counterparts, B of Japan and
     C of China" */
  static const char met[] =
    "Seoul, Feb. 9 (Yonhap) -- South Korea, Japan and China will hold a "
    "trilateral meeting on cyber security in Tokyo on February 10, 2017. "
    "South Korean Ambassador Kim Min-su will meet with his counterparts, "
    "Taro Yamada of Japan and Li Wei of China, in the third round of the "
    "talks.\n";
  CHECK(heads_are(ex, met, "KR=Kim Min-su|JP=Taro Yamada|CN=Li Wei"));
  static const char his[] =
    "Media Note\nJuly 23, 2015\n\n"
    "The third U.S.-Japan Cyber Dialogue was held in Tokyo on July 22, "
    "2015. U.S. Coordinator for Cyber Issues Alan Brown met his Japanese "
    "counterpart, Ambassador Kenji Sato, in Tokyo.\n";
  CHECK(heads_are(ex, his, "US=Alan Brown|JP=Kenji Sato"));
  /* a one-off meeting: "A met with B", the side of one decides the
     other's; an attribution before them is no part of a name */
  static const char oneoff[] =
    "News\nMarch 7, 2023\n\n"
    "Cyber officials of India and Japan held talks in New Delhi on March 6, "
    "2023. According to the ministry, its cyber envoy Taro Yamada met with "
    "Indian Joint Secretary Raj Kumar on Monday and discussed ransomware.\n";
  CHECK(heads_are(ex, oneoff, "IN=Raj Kumar|JP=Taro Yamada"));
  static const char two[] =
    "Press Release\nFebruary 9, 2017\n\n"
    "India and Japan held their cyber dialogue in Tokyo on February 8, "
    "2017. They discussed cooperation with the United States, Australia "
    "and the EU.\n";
  CHECK(parties_are(ex, two, "IN JP"));
}

/* An organization of the user's overlay is a participant as the built-in
   ones are. */
static void
test_overlay_organization(const char* dir, DkgDiag* diag)
{
  char path[] = "/tmp/test_extract_XXXXXX";
  const int fd = mkstemp(path);
  CHECK(fd >= 0);
  if (fd < 0) {
    return;
  }
  static const char overlay[] =
    "{\"organizations\": [{\"id\": \"pacific-forum\", \"name\": "
    "\"Pacific Islands Forum\", \"acronyms\": [\"PIF\"]}]}\n";
  FILE* f = fdopen(fd, "w");
  CHECK(f && fputs(overlay, f) >= 0);
  if (f) {
    fclose(f);
  }
  const char* files[] = { path };
  DkgRegistry* reg = NULL;
  DkgExtractor* ex = NULL;
  CHECK(dkg_registry_load_overlays(dir, files, 1, diag, &reg) == DKG_SUCCESS);
  CHECK(reg && dkg_extractor_new(dir, reg, diag, &ex) == DKG_SUCCESS);
  if (ex) {
    static const char pif[] =
      "Media Release\n5 May 2023\n\n"
      "The first Australia-PIF Cyber Dialogue was held in Suva on 4 May "
      "2023. The Pacific Islands Forum delegation was led by Ms. Ana "
      "Tuilagi.\n";
    cJSON* r = extract(ex, pif);
    char got[64];
    participants(r, got, sizeof(got));
    CHECK(!strcmp(got, "AU pacific-forum"));
    CHECK(!strcmp(head_name(r, "pacific-forum"), "Ana Tuilagi"));
    cJSON_Delete(r);
  }
  dkg_extractor_free(ex);
  dkg_registry_free(reg);
  remove(path);
}

/* The lexicon of participants: organizations from the registry. */
static void
test_party_lexicon(const DkgRegistry* reg)
{
  XCountryHit h;
  static const char eu[] = "European Union's delegation";
  CHECK(xlex_party_at(reg, eu, eu, strlen(eu), &h) && !strcmp(h.cc, "eu") &&
        h.possessive && h.len == 16u);
  static const char dots[] = "E.U. officials";
  CHECK(xlex_party_at(reg, dots, dots, strlen(dots), &h) &&
        !strcmp(h.cc, "eu") && h.len == 4u);
  /* an adjective of Europe is no organization, nor is a longer word */
  static const char euro[] = "European partners";
  CHECK(!xlex_party_at(reg, euro, euro, strlen(euro), &h));
  static const char europol[] = "EUROPOL officials";
  CHECK(!xlex_party_at(reg, europol, europol, strlen(europol), &h));
  /* AU: Australia's code, the African Union only where the text says so */
  static const char au[] = "AU officials met.";
  CHECK(xlex_party_at(reg, au, au, strlen(au), &h) && !strcmp(h.cc, "AU"));
  static const char aun[] = "The African Union (AU) said.";
  CHECK(xlex_party_at(reg, aun, aun + 19, strlen(aun + 19), &h) &&
        !strcmp(h.cc, "african-union"));
  CHECK(xlex_party_at(reg, aun, aun + 4, strlen(aun + 4), &h) &&
        !strcmp(h.cc, "african-union") && h.len == 13u);
}

/* ---- Countries of the registry (data/countries.json, its qualifiers) ---- */

/* The series of the record of `text`, "" when none. */
static bool
series_is(DkgExtractor* ex, const char* text, const char* want)
{
  cJSON* r = extract(ex, text);
  const cJSON* s = cJSON_GetObjectItemCaseSensitive(r, "series");
  const bool ok = cJSON_IsString(s) && !strcmp(s->valuestring, want);
  cJSON_Delete(r);
  return ok;
}

/* Countries the lexicon never listed, by their names and adjectives; names
   that are also a U.S. state, a person's name or part of a longer name. */
static void
test_registry_countries(DkgExtractor* ex, const DkgRegistry* reg)
{
  static const char chile_peru[] =
    "Media Note\nMarch 3, 2022\n\n"
    "The second Chile-Peru Cyber Dialogue was held in Lima on March 2, "
    "2022. The Chilean delegation was led by Ms. Ana Rojas, and the "
    "Peruvian delegation by Mr. Luis Quispe.\n";
  CHECK(parties_are(ex, chile_peru, "CL PE"));
  CHECK(series_is(ex, chile_peru, "Chile-Peru Cyber Dialogue"));
  static const char cuba_vn[] =
    "HANOI, May 10 (VNA) -- The first Cuban-Vietnamese consultations on "
    "cyber security took place in Havana on May 9, 2023, the Foreign "
    "Ministry said.\n";
  CHECK(parties_are(ex, cuba_vn, "CU VN"));
  CHECK(
    series_is(ex, cuba_vn, "Cuban-Vietnamese consultations on cyber security"));
  static const char ge_state[] =
    "News Release\nJune 5, 2019\n\n"
    "In Atlanta, Georgia and in Tokyo, Brazil and Japan held their first "
    "cyber talks on June 4, 2019.\n";
  CHECK(parties_are(ex, ge_state, "BR JP"));
  static const char session[] =
    "NEW DELHI, April 2 -- India and Brazil held the fourth meeting of the "
    "Joint Working Group on Cyber Security in New Delhi on April 1, 2024.\n";
  CHECK(parties_are(ex, session, "IN BR"));
  CHECK(series_is(ex, session, "Joint Working Group on Cyber Security"));
  /* no words of a series at all: no series, none made up */
  static const char unnamed[] =
    "Press Release\nMarch 3, 2022\n\n"
    "Officials of Chile and Peru held a technical meeting in Lima on "
    "March 2, 2022.\n";
  cJSON* r = extract(ex, unnamed);
  CHECK(r && !cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
  /* the title shortens the name a later line gives in full */
  static const char full[] =
    "Japan-Chile Policy Dialogue (May 2019)\n\n"
    "Japan-Chile Policy Dialogue on ICT and Cyber Security held in "
    "Santiago\n\n"
    "On May 3, 2019, officials of the two countries met in Santiago for "
    "the dialogue.\n";
  CHECK(series_is(
    ex, full, "Japan-Chile Policy Dialogue on ICT and Cyber Security"));
  static const char franco[] =
    "The 3rd Sino-Indian Cyber Dialogue was held in Beijing on 4 May 2017.\n";
  CHECK(parties_are(ex, franco, "CN IN"));

  XCountryHit h;
  static const struct
  {
    const char* doc;
    size_t at;
    const char* cc; /* NULL: no country there */
  } cases[] = {
    { "held in Atlanta, Georgia on Monday", 17, NULL },
    { "students of Georgia Tech", 12, NULL },
    { "the state of Georgia", 13, NULL },
    { "as Michael Jordan said", 11, NULL },
    { "talks in Tbilisi, Georgia on Monday", 18, "GE" },
    { "Armenia, Georgia and Azerbaijan", 9, "GE" },
    { "Georgia and Armenia", 0, "GE" },
    { "Papua New Guinea and Australia", 11, NULL },
    { "Papua New Guinea and Australia", 0, "PG" },
    { "Nigeria and Niger", 0, "NG" },
    { "Nigeria and Niger", 12, "NE" },
    { "the Dominican Republic", 4, "DO" },
    { "in The Hague", 3, NULL },
    { "New Zealand officials", 0, "NZ" },
    { "Chad and Sudan", 0, "TD" },
    { "Chad Smith said", 0, NULL },
    { "In Jordan, the sides met", 3, "JO" },
    { "Iran and Syria", 9, "SY" },
    { "the Democratic Republic of the Congo", 31, NULL },
    { "the Democratic Republic of the Congo", 4, "CD" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    const char* d = cases[i].doc;
    const bool got =
      xlex_party_at(reg, d, d + cases[i].at, strlen(d + cases[i].at), &h);
    CHECK(cases[i].cc ? got && !strcmp(h.cc, cases[i].cc) : !got);
    if (cases[i].cc ? !(got && !strcmp(h.cc, cases[i].cc)) : got) {
      fprintf(stderr, "country case %zu: %s\n", i, d);
    }
  }
}

/* ---- Topics: list readers on short texts of other shapes ---------------- */

/* The topics of a media note whose body is `body`; true when they are
   exactly the NULL-terminated `want`, in order. */
static bool
topics_are(DkgExtractor* ex, const char* body, const char* const* want)
{
  static const char head[] =
    "Media Note\nMarch 3, 2022\n\n"
    "The fourth U.S.-Japan Cyber Dialogue was held in Tokyo on March 2, "
    "2022.\n\n";
  char text[2048];
  snprintf(text, sizeof(text), "%s%s\n", head, body);
  cJSON* r = extract(ex, text);
  const cJSON* t = cJSON_GetObjectItemCaseSensitive(r, "topics");
  bool ok = cJSON_IsArray(t);
  int n = 0;
  for (; ok && want[n]; ++n) {
    const cJSON* item = cJSON_GetArrayItem(t, n);
    ok = cJSON_IsString(item) && !strcmp(item->valuestring, want[n]);
    if (!ok) {
      fprintf(stderr,
              "topic %d: got \"%s\", want \"%s\"\n",
              n,
              cJSON_IsString(item) ? item->valuestring : "(none)",
              want[n]);
    }
  }
  ok = ok && cJSON_GetArraySize(t) == n;
  if (!ok) {
    char* got = cJSON_PrintUnformatted(t);
    fprintf(stderr, "topics of \"%s\": %s\n", body, got ? got : "?");
    free(got);
  }
  cJSON_Delete(r);
  return ok;
}

static void
test_topic_lists(DkgExtractor* ex)
{
  /* a sub-heading on its own line between single line breaks is no part
     of the sentence after it; an inverted "High on the agenda of the
     talks were A and B" */
  static const char* const heading[] = { "resilience of undersea cables",
                                         "satellite jamming",
                                         NULL };
  CHECK(topics_are(ex,
                   "The delegations met for two days.\nAddressing Risks to "
                   "Shared Infrastructure in the Pacific\nHigh on the agenda "
                   "of the talks were the resilience of undersea cables and "
                   "satellite jamming.",
                   heading));
  /* bullets after "agreed to focus on:", each item whole */
  static const char* const bullets[] = {
    "Protecting undersea cables",
    "Countering ransomware, extortion and fraud",
    "Building workforce skills",
    NULL
  };
  CHECK(topics_are(ex,
                   "The two sides met for two days and agreed on a work plan "
                   "for the coming year. The delegations agreed to focus "
                   "on:\n\n"
                   "  * Protecting undersea cables;\n"
                   "  * Countering ransomware, extortion and fraud; and\n"
                   "  * Building workforce skills.",
                   bullets));
  /* "including" after a verb's list of several things: the examples of
     its last item, and the verb's items too */
  static const char* const several[] = { "hybrid threats",
                                         "foreign interference",
                                         "maritime domain awareness",
                                         "undersea cable protection",
                                         "regional security issues",
                                         NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed maritime domain awareness, "
                   "undersea cable protection, and regional security issues, "
                   "including hybrid threats and foreign interference.",
                   several));
  static const char* const core[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "At the heart of the discussion in Tokyo was port "
                   "security.",
                   core));
  /* a comma list with a serial comma */
  static const char* const serial[] = {
    "maritime cyber threats", "election interference", "data localization", NULL
  };
  CHECK(topics_are(ex,
                   "The two sides discussed maritime cyber threats, election "
                   "interference, and data localization.",
                   serial));
  /* one object "A and B": two things */
  static const char* const pair[] = { "ransomware", "quantum computing", NULL };
  CHECK(topics_are(
    ex, "The talks focused on ransomware and quantum computing.", pair));
  /* a semicolon list after a colon: each item whole, "and" kept */
  static const char* const semi[] = { "undersea cable security",
                                      "norms and confidence building in Africa",
                                      "workforce development",
                                      NULL };
  CHECK(topics_are(ex,
                   "The agenda covered: undersea cable security; norms and "
                   "confidence building in Africa; and workforce development.",
                   semi));
  /* several sentences; "such as" inside an item stays in it; a verb
     phrase keeps its head */
  static const char* const such[] = {
    "cooperation in regional fora such as the ASEAN Regional Forum",
    "ways to deter state-sponsored hacking",
    "efforts to counter state and non-state disinformation campaigns",
    NULL
  };
  CHECK(topics_are(ex,
                   "Officials discussed cooperation in regional fora such as "
                   "the ASEAN Regional Forum. They also discussed ways to "
                   "deter state-sponsored hacking and efforts to counter "
                   "state and non-state disinformation campaigns.",
                   such));
  /* "as well as", a passive verb, a relative clause that ends the item */
  static const char* const passive[] = { "space-based assets",
                                         "lessons of recent incidents",
                                         "Framework for Digital Trade",
                                         NULL };
  CHECK(topics_are(ex,
                   "The delegations exchanged views on space-based assets as "
                   "well as lessons of recent incidents. The Framework for "
                   "Digital Trade, which was signed by both leaders in 2021, "
                   "was also discussed.",
                   passive));
  /* an inverted sentence; two verbs joined by "and" */
  static const char* const two[] = { "spectrum policy",
                                     "security of satellites",
                                     "joint work plan",
                                     "ransomware",
                                     NULL };
  CHECK(topics_are(ex,
                   "Among the topics discussed were spectrum policy and the "
                   "security of satellites. The officials reviewed the joint "
                   "work plan and discussed ransomware.",
                   two));
  /* the verb's preposition again: a second object */
  static const char* const on[] = { "Internet governance",
                                    "application of international law in "
                                    "cyberspace",
                                    NULL };
  CHECK(topics_are(ex,
                   "The delegations held discussions on Internet governance "
                   "and on the application of international law in "
                   "cyberspace.",
                   on));
  /* "shared A and discussed B"; "including through ..." names means;
     ", such as ..." after a topic of its own stays in the item */
  static const char* const means[] = {
    "cyber policies",
    "how to work together in the Indo-Pacific",
    "ways to expand cooperation in cyberspace",
    "cyber threat landscape, such as ransomware attacks against hospitals",
    NULL
  };
  CHECK(topics_are(ex,
                   "Japan and Australia shared information on their cyber "
                   "policies and discussed how to work together in the "
                   "Indo-Pacific. The sides discussed ways to expand "
                   "cooperation in cyberspace, including through joint "
                   "training and exercises. They exchanged views on the "
                   "cyber threat landscape, such as ransomware attacks "
                   "against hospitals.",
                   means));
  /* discussions of another event, a stated position: no topics */
  static const char* const none[] = { "ransomware", NULL };
  CHECK(topics_are(ex,
                   "The dialogue follows discussions on digital trade between "
                   "the two leaders at their 2020 summit. Japan stressed "
                   "that there was a need to deepen deliberations on norms. "
                   "The sides discussed ransomware.",
                   none));
  /* a participle after a verb's one object is no item */
  static const char* const part[] = { "regional threat environment", NULL };
  CHECK(topics_are(ex,
                   "The sides assessed the regional threat environment, "
                   "identifying the main actors behind recent attacks.",
                   part));
  /* other verbs, "like" after a generic head */
  static const char* const like[] = { "drone threats",
                                      "open radio access networks",
                                      NULL };
  CHECK(topics_are(ex,
                   "The delegations exchanged ideas on issues like drone "
                   "threats and open radio access networks.",
                   like));
  /* the one object's own examples are no topics; a generic head's are */
  static const char* const examples[] = {
    "space policy priorities", "5G security", "data flows", NULL
  };
  CHECK(topics_are(ex,
                   "Representatives discussed space policy priorities, "
                   "including a joint satellite pilot and the exchange of "
                   "experts. The meeting focused on key digital policy "
                   "topics, such as 5G security and data flows.",
                   examples));
  /* EU-side shapes (heldout-d z06, z09, z12): a circumstance ends the
     list, "including at ..." names places, "provided updates on" opens a
     list of its own, "where ..." ends an item */
  static const char* const eu[] = {
    "cybersecurity policy trends and response frameworks",
    "cyber cooperation in the multilateral fora",
    "threat landscape",
    "latest policy and legislative developments on cybersecurity",
    "emerging technologies",
    "cyber crisis management",
    "cyber defence",
    "Cooperation in the context of the G7 and in support of the ASEAN "
    "Regional Forum",
    NULL
  };
  CHECK(topics_are(
    ex,
    "The meeting was a platform to exchange views on cybersecurity policy "
    "trends and response frameworks amid a rapidly evolving threat "
    "landscape. They discussed cyber cooperation in the multilateral fora, "
    "including at the United Nations, and in regional settings, including "
    "at OSCE and G20. The two sides exchanged on the threat landscape, "
    "provided updates on their latest policy and legislative developments "
    "on cybersecurity as well as in the areas of emerging technologies, "
    "cyber crisis management and cyber defence. Cooperation in the context of "
    "the G7 and in support of "
    "the ASEAN Regional Forum (ARF) where confidence building measures are "
    "being developed, was also discussed.",
    eu));
}

static void
test_series_find(void)
{
  static const char t[] = "The sixth Japan-U.S. Cyber Dialogue was held.";
  XSeriesHit hit;
  CHECK(xseries_find(t, 0, strlen(t), &hit));
  CHECK(!strcmp(hit.cc[0], "JP") && !strcmp(hit.cc[1], "US"));
  CHECK(hit.b == 10u && !strncmp(t + hit.e - 8u, "Dialogue", 8u));
  static const char none[] = "Japan and the U.S. met in Tokyo.";
  CHECK(!xseries_find(none, 0, strlen(none), &hit));
}

static void
test_evidence_list(void)
{
  XEvList l = { NULL, 0, 0, false };
  const XSpan empty = { 4, 4 };
  const XSpan word = { 0, 3 };
  xev_add(&l, "/series", empty);
  CHECK(l.n == 0u);
  xev_add(&l, "/date", word);
  xev_note(&l, "a note");
  CHECK(l.n == 1u && !strcmp(l.items[0].path, "/date"));
  CHECK(l.items[0].note && !strcmp(l.items[0].note, "a note"));
  xev_free(&l);
}

/* A long sentence (a list of 120 agencies, about 3,500 code points) gives
   each item a window around its quote, marked where it is cut; a short
   one stays whole.  A record past validate's size limit is refused. */
static void
test_evidence_window(DkgExtractor* ex, DkgDiag* diag)
{
  static const char* const w1[] = { "North", "South", "East",
                                    "West",  "Upper", "Lower" };
  static const char* const w2[] = { "Harbor", "Bridge", "Road", "River" };
  static const char* const w3[] = {
    "Office", "Bureau", "Board", "Service", "Council"
  };
  char text[8192];
  size_t n = (size_t)snprintf(
    text,
    sizeof(text),
    "The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, 2013. "
    "Mr. Christopher Painter led the U.S. delegation, which included "
    "representatives from");
  for (size_t i = 0; i < 120u; ++i) {
    n += (size_t)snprintf(text + n,
                          sizeof(text) - n,
                          "%s the %s %s %s",
                          i ? "," : "",
                          w1[i / 20u],
                          w2[(i / 5u) % 4u],
                          w3[i % 5u]);
  }
  snprintf(text + n, sizeof(text) - n, ".\n");
  cJSON* r = extract(ex, text);
  size_t windows = 0, items = 0;
  const cJSON* ev = NULL;
  cJSON_ArrayForEach(ev, cJSON_GetObjectItemCaseSensitive(r, "evidence"))
  {
    const char* path =
      cJSON_GetObjectItemCaseSensitive(ev, "path")->valuestring;
    const char* quote =
      cJSON_GetObjectItemCaseSensitive(ev, "quote")->valuestring;
    const char* sentence =
      cJSON_GetObjectItemCaseSensitive(ev, "sentence")->valuestring;
    CHECK(strstr(sentence, quote) != NULL);
    if (strstr(path, "/agencies/")) {
      ++items;
      CHECK(strlen(sentence) <= strlen(quote) + 2u * 200u + 6u);
      windows += !strncmp(sentence, "\xE2\x80\xA6", 3u) ? 1u : 0u;
    } else if (!strcmp(path, "/date")) {
      CHECK(!strcmp(sentence,
                    "The first Japan-U.S. Cyber Dialogue was held in Tokyo "
                    "on May 9, 2013."));
    }
  }
  CHECK(items == 120u && windows > 100u);
  cJSON_Delete(r);
  CHECK(dkg_extract_check_size(diag, "t.txt", DKG_READER_MAX_RECORD_BYTES) ==
        DKG_SUCCESS);
  const size_t errors = dkg_diag_count(diag, DKG_ERROR);
  CHECK(dkg_extract_check_size(
          diag, "t.txt", DKG_READER_MAX_RECORD_BYTES + 1u) == DKG_ERR_LIMIT);
  CHECK(dkg_diag_count(diag, DKG_ERROR) == errors + 1u);
}

/* ---- The meeting: round, date, status, place, source ------------------- */

/* The string at `key` of `r` (or of its first source with `src`), or "". */
static const char*
str_at(const cJSON* r, const char* key, bool src)
{
  if (src) {
    r = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(r, "sources"), 0);
  }
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(r, key);
  return cJSON_IsString(v) ? v->valuestring : "";
}

static const char*
place_of(const cJSON* r)
{
  return str_at(cJSON_GetObjectItemCaseSensitive(r, "location"), "name", false);
}

static int
round_of(const cJSON* r)
{
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(r, "round");
  return cJSON_IsNumber(v) ? v->valueint : 0;
}

/* Checks the date of the record of `text`; returns the record. */
static cJSON*
dated(DkgExtractor* ex, const char* text, const char* date)
{
  cJSON* r = extract(ex, text);
  const char* got = str_at(r, "date", false);
  if (strcmp(got, date)) {
    fprintf(stderr, "date: got \"%s\", want \"%s\"\n", got, date);
  }
  CHECK(!strcmp(got, date));
  return r;
}

/* An ordinal before its noun, through a series name's words. */
static void
test_round(void)
{
  static const struct
  {
    const char* text;
    int round;
  } cases[] = {
    { "The 4th Republic of Korea (ROK)-United Kingdom (UK) Cyber Dialogue", 4 },
    { "convened for their third bilateral cybersecurity consultation", 3 },
    { "the 12th round of the talks", 12 },
    { "the seventh India-EU Cyber Dialogue", 7 },
    { "The 7th Republic of Korea\xE2\x80\x93"
      "European Union Cyber Policy "
      "Consultation",
      7 },
    { "the Twenty-First Annual Meeting", 21 },
    { "following the third meeting of the U.S.-Brazil Working Group", 3 },
    { "the fifth country to host the talks", 0 },
    { "the first in-person consultation in five years", 0 },
    { "the first anniversary of the dialogue", 0 },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    XSpan sp = { 0, 0 };
    const char* t = cases[i].text;
    const int got = xmeeting_round(t, 0, strlen(t), &sp);
    if (got != cases[i].round) {
      fprintf(stderr, "round of \"%s\": got %d\n", t, got);
    }
    CHECK(got == cases[i].round);
  }
}

/* Publication lines of other publishers, and a weekday resolved against
   them: held on the last such day on or before, announced on the next on
   or after. */
static void
test_publication_lines(DkgExtractor* ex)
{
  static const struct
  {
    const char* header;
    const char* verb;
    const char* date;
    const char* published;
  } cases[] = {
    { "Published: October 6, 2023", "held", "2023-10-02", "2023-10-06" },
    { "Published : Feb. 9, 2017 - 16:49",
      "will hold",
      "2017-02-13",
      "2017-02-09" },
    { "Posted on 7 June 2019 by Embassy staff",
      "held",
      "2019-06-03",
      "2019-06-07" },
    { "Written: 2023-02-07 18:33:50Updated: 2023-02-09 18:37:14",
      "held",
      "2023-02-06",
      "2023-02-07" },
    { "Date: 27.11.2019", "held", "2019-11-25", "2019-11-27" },
    { "Updated: 8 Feb 2017", "held", "2017-02-06", "2017-02-08" },
    { "Monday, 6 March 2017", "held", "2017-03-06", "2017-03-06" },
  };
  char text[512];
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    snprintf(text,
             sizeof(text),
             "Japan and India hold cyber talks\n\n%s\n\n"
             "Japan and India %s the fifth Japan-India Cyber Dialogue in "
             "Tokyo on Monday.\n",
             cases[i].header,
             cases[i].verb);
    cJSON* r = dated(ex, text, cases[i].date);
    CHECK(!strcmp(str_at(r, "published", true), cases[i].published));
    CHECK(round_of(r) == 5);
    cJSON_Delete(r);
  }
  /* a labelled publication date beats an update's before it */
  cJSON* r = dated(ex,
                   "Japan and India hold cyber talks\n\n"
                   "Updated: 9 Feb 2017\nPosted on February 6, 2017\n\n"
                   "Japan and India held the fifth Japan-India Cyber "
                   "Dialogue in Tokyo on Monday.\n",
                   "2017-02-06");
  cJSON_Delete(r);
}

/* Dates: "Thursday (October 5)", the day someone spoke, a dateline's date,
   a year from the text's earlier events. */
static void
test_dates(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "India, Japan hold talks on cyber policies\n\n"
                   "Published: October 6, 2023\n\n"
                   "New Delhi, Oct 6 (IANS) India and Japan held the seventh "
                   "India-Japan Cyber Dialogue on Thursday (October 5) in "
                   "Brussels.\n",
                   "2023-10-05");
  CHECK(!strcmp(str_at(r, "dateline", true), "New Delhi"));
  CHECK(!strcmp(place_of(r), "Brussels"));
  cJSON_Delete(r);
  /* announced for Friday in a story of Thursday, said Thursday */
  r = dated(ex,
            "Seoul, Tokyo to hold talks\n\nPublished: Feb. 9, 2017\n\n"
            "South Korea and Japan will hold the third round of their cyber "
            "policy consultation in Tokyo on Friday, the foreign ministry "
            "said Thursday.\n",
            "2017-02-10");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  CHECK(round_of(r) == 3);
  cJSON_Delete(r);
  /* a headline without final punctuation is a header line, but a text of
     one such line is still read */
  r = dated(ex,
            "S. Korea, Japan to hold the third round of cyber policy talks in "
            "Tokyo this week\n\nPublished : Feb. 9, 2017 - 16:49\n\n"
            "South Korea and Japan will hold the third round of their cyber "
            "policy consultation in Tokyo on Friday.\n",
            "2017-02-10");
  cJSON_Delete(r);
  r = dated(ex,
            "Japan and India held the fifth Japan-India Cyber Dialogue in "
            "Tokyo on May 5, 2020 and talked\n",
            "2020-05-05");
  cJSON_Delete(r);
  /* no meeting verb: "slated for", "set for" announce */
  r = dated(ex,
            "Published: March 6, 2017\n\nThe third Japan-India Cyber "
            "Dialogue is slated for March 10 in Tokyo.\n",
            "2017-03-10");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  /* the dateline's date is the release's, not the meeting's */
  r = dated(ex,
            "Seoul, 10 December 2021 (TDI): The inaugural Australia-Republic "
            "of Korea Cyber Dialogue was held in Canberra on 9 December "
            "2021.\n",
            "2021-12-09");
  CHECK(!strcmp(str_at(r, "published", true), "2021-12-10"));
  CHECK(round_of(r) == 1);
  cJSON_Delete(r);
  /* a numeric date of the header: read one way, or both ways when they
     complete the date alike */
  static const char* const numeric[] = { "11/12/2024 | News release",
                                         "25/11/2024 | Press release",
                                         "Posted on 11/25/2024" };
  for (size_t i = 0; i < 3u; ++i) {
    char text[256];
    snprintf(text,
             sizeof(text),
             "Japan and India hold talks\n\n%s\n\nOn 11 November, Japan "
             "and India held their sixth Cyber Dialogue in Tokyo.\n",
             numeric[i]);
    r = dated(ex, text, "2024-11-11");
    CHECK(!strcmp(str_at(r, "published", true), i ? "2024-11-25" : ""));
    cJSON_Delete(r);
  }
  /* no date of the release: the first such day after the earlier event
     the text dates */
  r = dated(ex,
            "The United States and the Netherlands held their inaugural "
            "Cyber Dialogue May 20.\n\nThe initiative follows talks of "
            "their leaders at their July 2018 meeting.\n",
            "2019-05-20");
  cJSON_Delete(r);
  r = dated(ex,
            "1. The 7th Japan-Republic of Korea Cyber Policy Consultation "
            "was held on Tuesday, May 20, in Seoul.\n\n"
            "2. This meeting marked the first in-person consultation in "
            "five years, following the 6th session held virtually in "
            "2020.\n",
            "2025-05-20");
  CHECK(round_of(r) == 7);
  cJSON_Delete(r);
}

/* The date of the meeting, not of the release: a dateline's date, a date
   line run into the text, the year another sentence gives the same day,
   the last day of an N-day meeting, two weekdays or two dated days, the
   round before the next one the text dates, the title's month. */
static void
test_meeting_dates(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
    const char* end;
    const char* published;
  } cases[] = {
    /* a dateline's date before a colon is the story's */
    { "Published: March 3, 2022\n\nTokyo [Japan], March 3 : The second "
      "Japan-Brazil Cyber Dialogue, which was held on February 27 this "
      "year, focused on capacity building.\n",
      "2022-02-27",
      "",
      "2022-03-03" },
    /* the same day with its year in another sentence, either order */
    { "Japan and Chile held the inaugural Japan-Chile Cyber Dialogue in "
      "Santiago June 4.\n\nThe dialogue, held in Santiago on 4 June 2021, "
      "covered capacity building.\n",
      "2021-06-04",
      "",
      "" },
    /* a date line run into the first sentence */
    { "Ministry of Foreign Affairs of Japan\nCyber Policy Division\n"
      "3 March 2022\nThe fourth Japan-India Cyber Dialogue took place on "
      "1-2 March. Both sides agreed to meet again in 2023.\n",
      "2022-03-01",
      "2022-03-02",
      "2022-03-03" },
    /* two weekdays; two dated days */
    { "Published: 2024-04-14\n\nJapan and Australia will hold the fifth "
      "Japan-Australia Cyber Policy Dialogue in Canberra on Wednesday and "
      "Thursday.\n",
      "2024-04-17",
      "2024-04-18",
      "2024-04-14" },
    { "Posted on 6 June 2024\n\nThe third Canada-Germany Cyber Dialogue "
      "took place on Monday, 3 June and Tuesday, 4 June in Berlin.\n",
      "2024-06-03",
      "2024-06-04",
      "2024-06-06" },
    /* an N-day meeting that ended on the day given */
    { "The three-day India-Japan Cyber Dialogue, held in Tokyo, concluded "
      "on 5 May 2023.\n",
      "2023-05-03",
      "2023-05-05",
      "" },
    { "Chile and Brazil agree to deepen cyber ties\n\nUpdated: "
      "19-06-2023 10:00 IST\nChile and Brazil held their first cyber "
      "dialogue, a two-day meeting that ended on Monday, officials said.\n",
      "2023-06-18",
      "2023-06-19",
      "2023-06-19" },
    /* no date of the release: before the next round the text dates */
    { "On 14 and 15 March, Japan and Canada held their third Cyber "
      "Dialogue in Ottawa.\n\nThe two sides agreed to hold the next "
      "dialogue in Tokyo in 2019.\n",
      "2018-03-14",
      "2018-03-15",
      "" },
    { "Japan and Canada held their third Cyber Dialogue in Ottawa on 10 "
      "November.\n\nThe next round will be held in February 2020.\n",
      "2019-11-10",
      "",
      "" },
    /* only a heading reports the meeting: the title's month */
    { "Australia-Singapore Cyber Policy Dialogue (March 2019)\n\n"
      "Australia-Singapore Cyber Policy Dialogue held in Canberra\n\n"
      "Officials of Australia and Singapore exchanged views on cyber "
      "norms and capacity building.\n",
      "2019-03",
      "",
      "" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    const char* end = str_at(r, "end_date", false);
    const char* pub = str_at(r, "published", true);
    if (strcmp(end, cases[i].end) || strcmp(pub, cases[i].published)) {
      fprintf(
        stderr, "case %zu: end_date \"%s\", published \"%s\"\n", i, end, pub);
    }
    CHECK(!strcmp(end, cases[i].end));
    CHECK(!strcmp(pub, cases[i].published));
    cJSON_Delete(r);
  }
  /* the heading's status and place */
  cJSON* r = dated(ex, cases[9].text, "2019-03");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  CHECK(!strcmp(place_of(r), "Canberra"));
  cJSON_Delete(r);
}

/* The place: a meeting "in Brussels", not the dateline BRUSSELS; not the
   place of an earlier round; the agency of "at the Ministry ... in". */
static void
test_place(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "BRUSSELS (Reuters) -- Japan and India held their fifth "
                   "cyber dialogue on Monday, March 6, 2017, officials "
                   "said.\n",
                   "2017-03-06");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "location"));
  CHECK(!strcmp(str_at(r, "dateline", true), "Brussels"));
  cJSON_Delete(r);
  r = dated(ex,
            "BRUSSELS (Reuters) -- Japan and India held their fifth cyber "
            "dialogue in Brussels on Monday, March 6, 2017.\n",
            "2017-03-06");
  CHECK(!strcmp(place_of(r), "Brussels"));
  cJSON_Delete(r);
  /* "builds on the inaugural ..., which was held in Paris": another round;
     no status word: the date is before the release's */
  r = dated(ex,
            "Media Note\nFebruary 9, 2018\n\n"
            "On February 7th and 8th, the United States and France deepened "
            "their commitment during a cyber dialogue.\n\n"
            "This meeting builds on the inaugural France-U.S. cyber dialogue, "
            "which was held in Paris in September of 2016.\n",
            "2018-02-07");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "location"));
  CHECK(round_of(r) == 0);
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
  /* "building on the progress", "the previous day": no other round */
  r = dated(ex,
            "Media Note\nMay 6, 2018\n\nThe fifth Japan-India Cyber Dialogue "
            "was held in Tokyo on May 5, building on the progress of recent "
            "years, the previous day.\n\nOfficials discussed cyber "
            "norms.\n",
            "2018-05-05");
  CHECK(round_of(r) == 5 && !strcmp(place_of(r), "Tokyo"));
  cJSON_Delete(r);
  r = dated(ex,
            "The 5th Japan-India Cyber Dialogue took place at the Ministry of "
            "Foreign Affairs in Tokyo on June 21, 2018.\n",
            "2018-06-21");
  const cJSON* loc = cJSON_GetObjectItemCaseSensitive(r, "location");
  CHECK(!strcmp(str_at(loc, "name", false), "Ministry of Foreign Affairs"));
  CHECK(!strcmp(str_at(loc, "country", false), "JP"));
  cJSON_Delete(r);
}

/* --partial writes what was found whichever required field is missing;
   without it there is no record. */
static void
test_partial(DkgExtractor* ex)
{
  static const char nobody[] =
    "The third Cyber Policy Consultation was held in Tokyo on May 1, "
    "2020.\n";
  static const char nodate[] =
    "Officials of the United States and Japan held the U.S.-Japan Cyber "
    "Dialogue in Tokyo.\n";
  const char* const texts[] = { nobody, nodate };
  for (size_t i = 0; i < 2u; ++i) {
    cJSON* r = NULL;
    for (int partial = 0; partial < 2; ++partial) {
      dkg_extractor_set_partial(ex, partial);
      CHECK(dkg_extract(ex,
                        "t.txt",
                        texts[i],
                        strlen(texts[i]),
                        DKG_EXTRACT_TEXT,
                        true,
                        &r) == DKG_ERR_RECORD);
      CHECK(partial || !r);
    }
    CHECK(r && !strcmp(place_of(r), "Tokyo"));
    const cJSON* parts = cJSON_GetObjectItemCaseSensitive(r, "participants");
    CHECK(cJSON_GetArraySize(parts) == (i ? 2 : 0));
    CHECK(i ? !cJSON_GetObjectItemCaseSensitive(r, "date")
            : !strcmp(str_at(r, "date", false), "2020-05-01") &&
                round_of(r) == 3);
    cJSON_Delete(r);
  }
  dkg_extractor_set_partial(ex, false);
}

/* Checks the date and the round of the record of `text`. */
static void
dated_round(DkgExtractor* ex, const char* text, const char* date, int round)
{
  cJSON* r = dated(ex, text, date);
  CHECK(round_of(r) == round);
  cJSON_Delete(r);
}

/* Organizations in the meeting stage: a series name of an organization
   marks the meeting sentence and carries its round; a lede that names
   every participant, organizations too, dates the meeting. */
static void
test_meeting_organizations(DkgExtractor* ex)
{
  static const char asean[] =
    "Press release\n14 March 2025\n\n"
    "ASEAN and Japan on Thursday agreed to deepen cooperation on "
    "cybersecurity.\n\n"
    "The third ASEAN-Japan Cybersecurity Policy Meeting discussed capacity "
    "building.\n";
  dated_round(ex, asean, "2025-03-13", 3);
  /* no meeting noun but the series name; the round right before it */
  static const char china[] =
    "Press release\n11 June 2025\n\n"
    "EU and Chinese officials met on 10 June 2025 in Beijing. The 2nd "
    "EU\xE2\x80\x93"
    "China Cyber Task Force discussed ransomware.\n";
  dated_round(ex, china, "2025-06-10", 2);
  static const char dash[] =
    "Press Release\n21 June 2024\n\n"
    "The 7th Republic of Korea\xE2\x80\x93"
    "EU Cyber Dialogue was held in Brussels on 20 June 2024.\n";
  dated_round(ex, dash, "2024-06-20", 7);
}

/* Mentions of the registry's agencies see every delegation of a
   trilateral meeting: what the third one's list took is not found again. */
static void
test_trilateral_mentions(DkgExtractor* ex)
{
  static const char kr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The United States, Japan and the Republic of Korea held a trilateral "
    "cyber dialogue in Seoul on May 19, 2025.\n\n"
    "The Korean delegation included officials from the Korean National "
    "Police Agency and the Ministry of Foreign Affairs. Officials from the "
    "KNPA also attended, with the Korea Internet & Security Agency on the "
    "Korean side.\n";
  char buf[256];
  const int before = n_warnings;
  cJSON* r = extract(ex, kr);
  CHECK(!strcmp(agencies_of(r, "KR", buf, sizeof(buf)),
                "Korean National Police Agency|Ministry of Foreign Affairs|"
                "Korea Internet & Security Agency"));
  /* the series made up, one mention, no head: nothing found twice */
  CHECK(n_warnings == before + 3);
  cJSON_Delete(r);
}

/* HTML: the page's <header> (banner, site menu) is left out, the
   article's own <header> with its <h1> is read. */
static void
test_html_headers(DkgExtractor* ex)
{
  static const char page[] =
    "<html><head><title>News</title></head><body>\n"
    "<header><p>U.S. Mission to ASEAN</p><p>U.S.-Japan Cyber Dialogue "
    "archive</p></header>\n"
    "<main><article><header><h1>Second U.S.-Australia Cyber Policy "
    "Dialogue</h1><p>March 4, 2021</p></header>\n"
    "<p>Officials of the two countries met in Canberra on March 3, 2021 "
    "for the dialogue.</p>\n"
    "</article></main></body></html>\n";
  cJSON* r = NULL;
  CHECK(
    dkg_extract(ex, "t.html", page, strlen(page), DKG_EXTRACT_HTML, true, &r) ==
    DKG_SUCCESS);
  char got[64];
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "US AU"));
  CHECK(!strcmp(str_at(r, "series", false),
                "U.S.-Australia Cyber Policy Dialogue"));
  CHECK(round_of(r) == 2);
  CHECK(!strcmp(str_at(r, "date", false), "2021-03-03"));
  cJSON_Delete(r);
}

/* The "title|agency" of the first head of delegation `cc` of `text`
   ("" for a missing part) is `want`. */
static bool
head_is(DkgExtractor* ex, const char* text, const char* cc, const char* want)
{
  cJSON* r = extract(ex, text);
  const cJSON* h = cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "head");
  if (cJSON_IsArray(h)) {
    h = cJSON_GetArrayItem(h, 0);
  }
  char got[256];
  snprintf(got,
           sizeof(got),
           "%s|%s",
           str_at(h, "title", false),
           str_at(h, "agency", false));
  cJSON_Delete(r);
  if (strcmp(got, want)) {
    fprintf(stderr, "head of %s: got \"%s\", want \"%s\"\n", cc, got, want);
  }
  return !strcmp(got, want);
}

/* The names of the heads of delegation `cc` of `text`, joined by "; ",
   are `want`. */
static bool
cochairs_are(DkgExtractor* ex,
             const char* text,
             const char* cc,
             const char* want)
{
  cJSON* r = extract(ex, text);
  const cJSON* h = cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "head");
  char got[256] = "";
  const size_t n = cJSON_IsArray(h) ? (size_t)cJSON_GetArraySize(h) : 1u;
  for (size_t k = 0; h && k < n; ++k) {
    const cJSON* one = cJSON_IsArray(h) ? cJSON_GetArrayItem(h, (int)k) : h;
    const size_t len = strlen(got);
    snprintf(got + len,
             sizeof(got) - len,
             "%s%s",
             k ? "; " : "",
             str_at(one, "name", false));
  }
  cJSON_Delete(r);
  if (strcmp(got, want)) {
    fprintf(stderr, "heads of %s: got \"%s\", want \"%s\"\n", cc, got, want);
  }
  return !strcmp(got, want);
}

/* Co-chairs of one sentence go to the side of their own words: "A, Title,
   B, Title, C, Title, EEAS, and D, ..., European Commission" (the two with
   no side, the other side); "in the UK Cabinet Office" names the UK; a
   co-chair with no side named beside one who names it waits for the
   hosts the next sentence names for the other side. */
static void
test_cochair_sides(DkgExtractor* ex)
{
  static const char list[] =
    "Media Note\nMarch 3, 2023\n\n"
    "The 2023 U.S.-European Union Cyber Dialogue was held in Brussels on "
    "March 2, 2023. The dialogue was co-chaired by Maria Lopez, Deputy "
    "Coordinator for Cyber Policy, Tom Reed, Acting Director for Cyber "
    "Stability, Anna Berg, Director for Security Policy, European External "
    "Action Service (EEAS), and Piet Jansen, Director for Digital Policy, "
    "European Commission.\n";
  CHECK(cochairs_are(ex, list, "US", "Maria Lopez; Tom Reed"));
  CHECK(cochairs_are(ex, list, "eu", "Anna Berg; Piet Jansen"));
  static const char hosts[] =
    "Press Release\n9 May 2024\n\n"
    "The UK-EU Cyber Dialogue took place in London on 8 May 2024. It was "
    "co-chaired by Jane Smith, Director in the UK Cabinet Officer, and Tom "
    "Brown, Deputy Director, Cyber Policy in the Department of Widgets. The "
    "dialogue was hosted by Anna Berg, Director, European External Action "
    "Service (EEAS) and Piet Jansen, Acting Director, Digital Trust, "
    "European Commission as co-chairs for the EU.\n";
  CHECK(cochairs_are(ex, hosts, "GB", "Jane Smith; Tom Brown"));
  CHECK(cochairs_are(ex, hosts, "eu", "Anna Berg; Piet Jansen"));
  /* an aside "X, co-chaired by A and B, reviewed ..." ends before its
     verb; "the Netherlands' ..." after "and"; a title holding ", and"
     ends in a full name */
  static const char aside[] =
    "Press Release\n5 June 2024\n\n"
    "The second Netherlands-Singapore Cyber Dialogue was held in The Hague "
    "on 4 June 2024. The consultations, co-chaired by Singapore's Deputy "
    "Secretary for Policy Planning, Resilience, and Outreach, Tan Wei "
    "Ming, and the Netherlands' Ambassador for Cyber Affairs, Jan de "
    "Groot, reviewed progress on capacity building.\n";
  CHECK(heads_are(ex, aside, "SG=Tan Wei Ming|NL=Jan de Groot"));
  /* "led, on the Korean side, by A, ..., and, on the Australian side, by
     B"; "attended, on the French side, by A ..., among others": with
     nobody said to lead, the one official each side names */
  static const char led[] =
    "Press Release\n9 May 2024\n\n"
    "The 4th Australia-Republic of Korea Cyber Policy Dialogue was held in "
    "Seoul on 8 May 2024. The dialogue was led, on the Korean side, by Mr. "
    "Kim Min-su, Director-General for International Security, and, on the "
    "Australian side, by Dr. Jane Smith, Ambassador for Cyber Affairs.\n";
  CHECK(heads_are(ex, led, "KR=Kim Min-su|AU=Jane Smith"));
  static const char attended[] =
    "Press Release\nMarch 3, 2022\n\n"
    "The 3rd France-India Cyber Dialogue was held by video conference on "
    "March 2, 2022. The dialogue was attended, on the Indian side, by Mr. "
    "Raj Kumar, Joint Secretary, and on the French side, by Ms. Claire "
    "Martin, Ambassador for Digital Affairs, among others.\n";
  CHECK(heads_are(ex, attended, "IN=Raj Kumar|FR=Claire Martin"));
  /* groups of co-chairs, each before its side's phrase ("..., on the
     Korean side, and C, ..., as well as D, ..., on the Australian side") */
  static const char groups[] =
    "Press Release\n9 May 2024\n\n"
    "The 4th Australia-Republic of Korea Cyber Policy Dialogue was held in "
    "Seoul on 8 May 2024. The dialogue was co-chaired by Kim Min-su, "
    "Director-General for International Security, and Lee Ji-hoon, Deputy "
    "Director for Cyber Policy, on the Korean side, and Jane Smith, "
    "Ambassador for Cyber Affairs, as well as Tom Brown, First Assistant "
    "Secretary, on the Australian side.\n";
  CHECK(cochairs_are(ex, groups, "KR", "Kim Min-su; Lee Ji-hoon"));
  CHECK(cochairs_are(ex, groups, "AU", "Jane Smith; Tom Brown"));
}

/* Heads' titles and agencies: a text, then two delegations and the
   "title|agency" of each one's first head. */
typedef struct
{
  const char* text;
  const char* cc[2];
  const char* want[2];
} HeadCase;

/* A leading "State" of a title is no U.S. State Department; an agency of
   another participant's registry is not the head's (cn, de, in).  A title
   linked to its agency ("in the", "for the"), also when the agency's name
   holds commas or ends in an acronym in parentheses (gb, eu); a unit of
   the agency that follows it stays in the title (jp); an agency ending a
   title with no link before it, not after "of" (osd); "the" before a
   title and an honorific between a title and the name (au). */
static void
test_head_titles(DkgExtractor* ex)
{
  static const HeadCase cases[] = {
    { /* cn */
      "Press Release\nDecember 2, 2016\n\n"
      "The second U.S.-China Cyber Dialogue was held in Beijing on December "
      "1, 2016. The Chinese delegation was led by State Councilor Guo "
      "Shengkun. The U.S. delegation was led by State Department Coordinator "
      "for Cyber Issues Christopher Painter.\n",
      { "CN", "US" },
      { "State Councilor|", "Coordinator for Cyber Issues|State Department" } },
    { /* de */
      "Media Note\nMay 6, 2016\n\n"
      "The fourth U.S.-Germany Cyber Bilateral Meeting was held in Berlin on "
      "May 5, 2016. German State Secretary Klaus Vitt and Coordinator Alan "
      "Brown of the Department of State co-chaired the meeting.\n",
      { "DE", "US" },
      { "State Secretary|", "Coordinator|Department of State" } },
    { /* in */
      "Media Note\nMay 6, 2016\n\n"
      "The second U.S.-India Cyber Dialogue was held in Washington on May 5, "
      "2016. Indian Joint Secretary Raj Kumar of the Department of Homeland "
      "Security and Coordinator Alan Brown of the Department of State "
      "co-chaired the dialogue.\n",
      { "IN", "US" },
      { "Joint Secretary|", "Coordinator|Department of State" } },
    { /* gb */
      "Press Release\n7 November 2024\n\n"
      "The 5th Republic of Korea-United Kingdom Cyber Dialogue was held in "
      "London on 6 November 2024. The meeting was co-chaired by Jane Smith, "
      "Cyber Director in the UK Foreign, Commonwealth and Development Office "
      "(FCDO), and Kim Min-su, Ambassador for International Cyber Affairs in "
      "the ROK Ministry of Foreign Affairs (MOFA).\n",
      { "GB", "KR" },
      { "Cyber Director|UK Foreign, Commonwealth and Development "
        "Office (FCDO)",
        "Ambassador for International Cyber Affairs|ROK Ministry of "
        "Foreign Affairs (MOFA)" } },
    { /* eu */
      "Media Note\nMay 6, 2016\n\n"
      "The third U.S.-EU Cyber Dialogue will be held in Brussels on May 9, "
      "2016. Co-chairs of the meeting will be Alan Brown, Coordinator for "
      "Cyber Issues at the U.S. Department of State, and Anna de Vries, "
      "Director for Security Policy for the European External Action "
      "Service (EEAS).\n",
      { "eu", "US" },
      { "Director for Security Policy|European External Action "
        "Service (EEAS)",
        "Coordinator for Cyber Issues|U.S. Department of State" } },
    { /* jp */
      "Press Release\n12 March 2025\n\n"
      "The 3rd Japan-Australia Cyber Policy Dialogue was held in Tokyo on 11 "
      "March 2025. It was co-chaired by Mr. SATO Kenji, Director for "
      "Cybersecurity Policy, Foreign Policy Bureau, Ministry of Foreign "
      "Affairs of Japan, and Ms. Jane Smith, Ambassador for Cyber Affairs, "
      "Department of Foreign Affairs and Trade.\n",
      { "JP", "AU" },
      { "Director for Cybersecurity Policy, Foreign Policy "
        "Bureau|Ministry of Foreign Affairs of Japan",
        "Ambassador for Cyber Affairs|Department of Foreign Affairs "
        "and Trade" } },
    { /* osd */
      "Press Release\nAugust 30, 2017\n\n"
      "The second India-U.S. Cyber Dialogue was held in New Delhi on August "
      "29, 2017. The Indian delegation was led by Mr Raj Kumar, OSD(AD) "
      "Ministry of External Affairs. The U.S. delegation was led by "
      "Secretary of Homeland Security Alan Brown.\n",
      { "IN", "US" },
      { "OSD(AD)|Ministry of External Affairs",
        "Secretary of Homeland Security|" } },
    { /* au */
      "Media Release\n5 September 2019\n\n"
      "The third Australia-India Cyber Policy Dialogue was held in New Delhi "
      "on 4 September 2019. The Australian delegation was led by Ambassador "
      "for Cyber Affairs Dr. Jane Smith. The Indian delegation was led by Mr. "
      "Raj Kumar, the Joint Secretary for Cyber Diplomacy at the Ministry of "
      "External Affairs.\n",
      { "AU", "IN" },
      { "Ambassador for Cyber Affairs|",
        "Joint Secretary for Cyber Diplomacy|Ministry of External "
        "Affairs" } },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    for (size_t k = 0; k < 2u; ++k) {
      CHECK(head_is(ex, cases[i].text, cases[i].cc[k], cases[i].want[k]));
    }
  }
}

/* The country names are one table of the process: a second extractor
   with the same data shares it, one with other country data (here a
   qualifier more) is refused while the first lives, and accepted after. */
static void
test_country_table(const char* data_dir, DkgDiag* diag, DkgExtractor* live)
{
  char dir[] = "/tmp/dkg-countries-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  DIR* d = opendir(data_dir);
  CHECK(d != NULL);
  char base[2048] = "", from[4096], to[4096];
  if (data_dir[0] != '/') { /* the links must not be relative to dir */
    CHECK(getcwd(base, sizeof base - 1u) != NULL);
    strcat(base, "/");
  }
  for (struct dirent* e = d ? readdir(d) : NULL; e; e = readdir(d)) {
    if (e->d_name[0] == '.' || !strcmp(e->d_name, "country-qualifiers.json")) {
      continue;
    }
    snprintf(from, sizeof from, "%s%s/%s", base, data_dir, e->d_name);
    snprintf(to, sizeof to, "%s/%s", dir, e->d_name);
    CHECK(symlink(from, to) == 0);
  }
  if (d) {
    closedir(d);
  }
  snprintf(to, sizeof to, "%s/country-qualifiers.json", dir);
  FILE* f = fopen(to, "w");
  CHECK(f && fputs("{\"qualifiers\": {\"CU\": [\"Zorbian\"]}}\n", f) >= 0);
  if (f) {
    fclose(f);
  }
  DkgRegistry* reg = NULL;
  DkgExtractor* same = NULL;
  DkgExtractor* other = NULL;
  CHECK(dkg_registry_load(data_dir, diag, &reg) == DKG_SUCCESS);
  CHECK(dkg_extractor_new(data_dir, reg, diag, &same) == DKG_SUCCESS);
  CHECK(live && dkg_extractor_new(dir, reg, diag, &other) == DKG_ERR_USAGE);
  CHECK(other == NULL);
  dkg_extractor_free(same);
  dkg_extractor_free(other);
  dkg_registry_free(reg);
  /* unlinking every entry of the temporary directory */
  d = opendir(dir);
  for (struct dirent* e = d ? readdir(d) : NULL; e; e = readdir(d)) {
    if (e->d_name[0] != '.') {
      snprintf(to, sizeof to, "%s/%s", dir, e->d_name);
      remove(to);
    }
  }
  if (d) {
    closedir(d);
  }
  remove(dir);
}

/* Head shapes of heldout-e/-f, each as a general case: the side from a
   comma segment that is a country's name ("Permanent Secretary (Defence),
   Singapore, B"), a one-word title prefix that is no agency ("Defence
   Secretary A"). */
static void
test_head_shapes(DkgExtractor* ex)
{
  static const char* const segment_side =
    "Press Release\nNovember 1, 2023\n\n"
    "The 15th India-Singapore Defence Policy Dialogue was held in New Delhi "
    "on 1 November 2023. The dialogue was co-chaired by Defence Secretary "
    "Ravi Kumar and Permanent Secretary (Defence), Singapore, Tan Wei Ming, "
    "the ministry said.\n";
  CHECK(head_is(ex, segment_side, "IN", "Defence Secretary|"));
  CHECK(head_is(ex, segment_side, "SG", "Permanent Secretary (Defence)|"));
  CHECK(cochairs_are(ex, segment_side, "SG", "Tan Wei Ming"));
  /* a lower-case title after "the" (title and agency); the counterpart
     "will be" B, of the side of his adjective */
  static const char* const will_be =
    "Press Release\nJuly 14, 2013\n\n"
    "The second Korea-U.S. Cyber Policy Consultation will be held in "
    "Washington on July 15, 2013. Kim Min-su, the ambassador for "
    "international security, will represent South Korea at the talks and "
    "his U.S. counterpart will be John Smith, the coordinator for cyber "
    "issues at the U.S. State Department, the Foreign Ministry said.\n";
  CHECK(head_is(ex, will_be, "KR", "ambassador for international security|"));
  CHECK(head_is(
    ex, will_be, "US", "coordinator for cyber issues|U.S. State Department"));
  /* "led by A, ..., and his Japanese counterpart, B" */
  static const char* const led_and_his =
    "Press Release\nOctober 13, 2015\n\n"
    "The third Japan-ROK Cyber Policy Consultation will be held in Seoul on "
    "October 15, 2015. The talks will be led by Kim Min-su, South Korea's "
    "ambassador for international security affairs, and his Japanese "
    "counterpart, Taro Sato.\n";
  CHECK(cochairs_are(ex, led_and_his, "KR", "Kim Min-su"));
  CHECK(cochairs_are(ex, led_and_his, "JP", "Taro Sato"));
  CHECK(head_is(
    ex, led_and_his, "KR", "ambassador for international security affairs|"));
  /* "The head of the German delegation and Title at the Agency,
     Ambassador A, underlined": A in apposition, the rank dropped */
  static const char* const apposition =
    "Press Release\nJune 21, 2016\n\n"
    "The first German-Korean cyber consultations took place in Berlin on 20 "
    "June 2016. The Korean delegation was led by Ambassador Kim Min-su of "
    "the Korean Ministry of Foreign Affairs.\n\n"
    "The head of the German delegation and Cyber Commissioner at the "
    "Federal Foreign Office, Ambassador Hans Weber, underlined the benefits "
    "of the cooperation.\n";
  CHECK(cochairs_are(ex, apposition, "DE", "Hans Weber"));
  CHECK(
    head_is(ex, apposition, "DE", "Cyber Commissioner|Federal Foreign Office"));
  /* nobody said to lead: two people, the subject of the verb, lead the
     sides their words name (the other one the other side) */
  static const char* const subjects =
    "Embassy of Japan\n\nJapan-Estonia Policy Dialogue (Dec. 2013)\n\n"
    "Japan-Estonia Policy Dialogue on ICT Policy held in Tokyo\n\n"
    "Mr Taro Sato, Director of Western Europe Division, Ministry of Foreign "
    "Affairs of Japan and Mr Jaan Tamm, Deputy Secretary General on ICT, "
    "Ministry of Economy and Communications of Estonia, reiterated the "
    "importance of co-operation between Japan and Estonia.\n";
  CHECK(cochairs_are(ex, subjects, "JP", "Taro Sato"));
  CHECK(cochairs_are(ex, subjects, "EE", "Jaan Tamm"));
  CHECK(head_is(ex,
                subjects,
                "JP",
                "Director of Western Europe Division|Ministry of Foreign "
                "Affairs of Japan"));
  /* a leading "Co-chaired by A, ..., and B, ..., the Council welcomed":
     the people end before the main clause; the title's segments without
     an organization word go on with it, its inner agency ("of the
     European Commission for ...") gives the side; "hosted by Canada" is
     no person */
  static const char* const leading =
    "Press release\nBrussels, 8 December 2025\n\n"
    "The EU and Canada held the first Digital Partnership Council on 8 "
    "December 2025 in Montreal. The Council took place back-to-back with "
    "the G7 Ministerial meeting, hosted by Canada.\n\n"
    "Co-chaired by Executive Vice-President of the European Commission for "
    "Tech Sovereignty, Security and Democracy, Anna Berg, and Canada's "
    "Minister for Artificial Intelligence, John Smith, the Council welcomed "
    "the cooperation.\n";
  CHECK(cochairs_are(ex, leading, "eu", "Anna Berg"));
  CHECK(cochairs_are(ex, leading, "CA", "John Smith"));
  CHECK(head_is(ex,
                leading,
                "eu",
                "Executive Vice-President of the European Commission for "
                "Tech Sovereignty, Security and Democracy|European "
                "Commission"));
  CHECK(head_is(ex, leading, "CA", "Minister for Artificial Intelligence|"));
  /* no honorific: the subject's one ", and " splits the two; "the
     Honourable" and a country's acronym "(EU)" are no part of them */
  static const char* const met =
    "Statement\nFebruary 1, 2024\n\n"
    "The Minister of Innovation, Science and Industry, the Honourable Paul "
    "Martin, and the European Union (EU) Commissioner for Internal Market, "
    "Anna Berg, met in Ottawa on February 1, 2024 to begin work on the "
    "Canada-EU Digital Dialogue.\n";
  CHECK(cochairs_are(ex, met, "CA", "Paul Martin"));
  CHECK(
    head_is(ex, met, "CA", "Minister of Innovation, Science and Industry|"));
  CHECK(cochairs_are(ex, met, "eu", "Anna Berg"));
  CHECK(head_is(ex, met, "eu", "Commissioner for Internal Market|"));
  /* a title's coordination over commas, up to its "and", then the link */
  static const char* const run =
    "Media Note\nMay 6, 2018\n\n"
    "The U.S.-Brazil Cyber Working Group met in Brasilia on May 5, 2018. "
    "Ambassador Paulo Souza, Director of the Department of Science, "
    "Technology, and Innovation at the Ministry of External Relations, led "
    "the Brazilian delegation. The U.S. delegation was led by John Smith, "
    "Deputy Assistant Secretary for Cyber, Trade and Energy Policy at the "
    "Department of State.\n";
  CHECK(head_is(ex,
                run,
                "BR",
                "Director of the Department of Science, Technology, and "
                "Innovation|"));
  CHECK(head_is(ex,
                run,
                "US",
                "Deputy Assistant Secretary for Cyber, Trade and Energy "
                "Policy|"));
  /* "of Singapore's Cyber Security Agency": an organization after a
     participant's possessive is the head's agency, known or not */
  static const char* const possessive =
    "Press Release\n5 October 2023\n\n"
    "The UK-Singapore Cyber Dialogue was held in London on 4 October 2023. "
    "The dialogue was co-chaired by Tan Wei Ming, Chief Executive of "
    "Singapore's Cyber Resilience Agency, and John Smith, Cyber Director in "
    "the UK's Foreign, Commonwealth and Development Office.\n";
  CHECK(
    head_is(ex, possessive, "SG", "Chief Executive|Cyber Resilience Agency"));
  /* an unknown agency after the title's second " of the ", an acronym
     ending the phrase */
  static const char* const unknown =
    "Press Release\nDecember 17, 2020\n\n"
    "The sixth India-EU Cyber Dialogue was held in New Delhi on December "
    "14, 2020. The Indian delegation was led by Ravi Kumar, Co-Secretary of "
    "the Cyber Diplomacy Division of the Ministry of Cyber Policy Affairs, "
    "while the EU delegation was led by Anna Berg, Director of Security and "
    "Defense, SEAE.\n";
  CHECK(head_is(ex,
                unknown,
                "IN",
                "Co-Secretary of the Cyber Diplomacy Division|Ministry of "
                "Cyber Policy Affairs"));
  CHECK(head_is(ex, unknown, "eu", "Director of Security and Defense|SEAE"));
  {
    /* a head's agency the registry does not know is the side's too */
    char buf[256];
    cJSON* r = extract(ex, unknown);
    CHECK(!strcmp(agencies_of(r, "eu", buf, sizeof(buf)), "SEAE"));
    cJSON_Delete(r);
  }
  /* "..., Government of India": the side, no title */
  static const char* const government =
    "Press Release\n18 November 2022\n\n"
    "India and Australia convened their fifth Cyber Policy Dialogue on 17 "
    "November 2022 in New Delhi. The dialogue was co-chaired by Joint "
    "Secretary (Cyber Diplomacy Division) Ms. Priya Nair from Ministry of "
    "External Affairs (MEA), Government of India and Dr. Jane Smith, "
    "Ambassador for Cyber Affairs, Department of Foreign Affairs and Trade, "
    "Government of Australia.\n";
  CHECK(head_is(ex,
                government,
                "IN",
                "Joint Secretary (Cyber Diplomacy Division)|Ministry of "
                "External Affairs (MEA)"));
  /* "..., Global Affairs Canada": the head's agency and side */
  static const char* const named_agency =
    "Press Release\nMarch 5, 2024\n\n"
    "The third Canada-EU Cyber Dialogue was held in Ottawa on March 4, "
    "2024. The dialogue was co-chaired by Jane Smith, Director General for "
    "International Security, Global Affairs Canada, and Anna Berg, "
    "Director for Security and Defence Policy, European External Action "
    "Service.\n";
  CHECK(head_is(ex,
                named_agency,
                "CA",
                "Director General for International Security|Global Affairs "
                "Canada"));
  /* "A and B co-chaired the dialogue with Chinese State Councilor C": two
     heads with their own titles, C the other side's */
  static const char* const co_with =
    "Media Note\nOctober 5, 2016\n\n"
    "The third U.S.-China High-Level Joint Dialogue on Cybercrime was held "
    "in Washington on October 4, 2016. Attorney General Jane Smith and "
    "Secretary of Homeland Security John Brown co-chaired the dialogue "
    "with Chinese State Councilor Li Wei.\n";
  CHECK(cochairs_are(ex, co_with, "US", "Jane Smith; John Brown"));
  CHECK(head_is(ex, co_with, "US", "Attorney General|"));
  CHECK(cochairs_are(ex, co_with, "CN", "Li Wei"));
  /* a unit after the title that links to the agency goes on with it */
  static const char* const unit_link =
    "Press Release\nMarch 5, 2025\n\n"
    "The UK-EU Cyber Dialogue was held in London on March 4, 2025. The UK "
    "delegation was led by John Brown, Deputy Director, Cyber Security "
    "Policy in the Foreign, Commonwealth and Development Office.\n";
  CHECK(head_is(ex,
                unit_link,
                "GB",
                "Deputy Director, Cyber Security Policy|Foreign, "
                "Commonwealth and Development Office"));
  /* "the Philippines' Undersecretary ...": a country's possessive that
     title_country leaves is no part of the title */
  static const char* const bare_possessive =
    "Press Release\nJune 20, 2024\n\n"
    "The first ASEAN-India Cyber Dialogue was held in Singapore on June 19, "
    "2024. The Dialogue, co-chaired by India's Joint Secretary for Cyber "
    "Diplomacy, Ravi Kumar, and the Philippines' Undersecretary for "
    "Infrastructure Management, Cyber Security, and Upskilling, Jose Cruz "
    "Dy, brought together representatives from both sides.\n";
  CHECK(head_is(ex,
                bare_possessive,
                "asean",
                "Undersecretary for Infrastructure Management, Cyber "
                "Security, and Upskilling|"));
  /* "Title, Cyber Diplomacy Division, Name": a unit the registry does not
     know goes on with the title */
  static const char* const unit_title =
    "Press Release\n18 November 2022\n\n"
    "India and Australia convened their fifth India-Australia Cyber Policy "
    "Dialogue on 17 November 2022 in New Delhi, which was co-chaired by "
    "Joint Secretary, Cyber Diplomacy Division, Priya Nair and Jane Smith, "
    "Ambassador for Cyber Affairs, Department of Foreign Affairs and Trade, "
    "Australia.\n";
  CHECK(head_is(
    ex, unit_title, "IN", "Joint Secretary, Cyber Diplomacy Division|"));
  /* an organization the registry does not resolve ends the title: after
     "in the UK", after a unit's link to an organization word */
  static const char* const unresolved =
    "Press Release\nMarch 5, 2025\n\n"
    "The UK-EU Cyber Dialogue was held in London on March 4, 2025. The "
    "UK delegation was led by John Brown, Cyber Director in the UK "
    "Foreign, Commonwealth and Development Officer (FCDO).\n";
  CHECK(head_is(ex, unresolved, "GB", "Cyber Director|"));
  static const char* const unit_unresolved =
    "Press Release\nMarch 5, 2025\n\n"
    "The UK-EU Cyber Dialogue was held in London on March 4, 2025. The "
    "UK delegation was led by Tom Green, Deputy Director, Cyber Security "
    "Policy in the Department of Science, Innovation and Technologies "
    "(DSIT).\n";
  CHECK(head_is(
    ex, unit_unresolved, "GB", "Deputy Director, Cyber Security Policy|"));
  /* a unit after "of the" ending the phrase stays in the title */
  static const char* const unit_of =
    "Media Note\nApril 2, 2016\n\n"
    "The fourth U.S.-Japan Cyber Dialogue was held in Tokyo on April 1, "
    "2016. Taro Sato, Japan's Ambassador in charge of Cyber Policy and "
    "Deputy Director-General of the Foreign Policy Bureau, led the Japanese "
    "delegation. John Smith, Coordinator for Cyber Issues, led the U.S. "
    "delegation.\n";
  CHECK(head_is(ex,
                unit_of,
                "JP",
                "Ambassador in charge of Cyber Policy and Deputy "
                "Director-General of the Foreign Policy Bureau|"));
  /* "Title in the U.S. ... Name": the participant's organization ends the
     title before the name too */
  static const char* const title_in_name =
    "Press Release\nMay 3, 2024\n\n"
    "The 9th U.S.-ROK Cyber Policy Consultations were held in Seoul on May "
    "2, 2024. The consultations were co-chaired by Deputy Assistant "
    "Secretary for International Cyberspace Security in the U.S. "
    "Department of State's Office of Cyber Policy Jane Smith and Republic "
    "of Korea Ministry of Foreign Affairs Ambassador for International "
    "Security Affairs Kim Min-su.\n";
  CHECK(head_is(ex,
                title_in_name,
                "US",
                "Deputy Assistant Secretary for International Cyberspace "
                "Security|"));
  /* the coordination before the agency's segments is all the title */
  static const char* const run_then_agency =
    "Press Release\nMarch 5, 2025\n\n"
    "The UK-EU Cyber Dialogue was held in London on March 4, 2025. The EU "
    "delegation was led by Anna Berg, Acting Director, Digital Society, "
    "Trust and Cybersecurity, European Commission.\n";
  CHECK(head_is(ex,
                run_then_agency,
                "eu",
                "Acting Director, Digital Society, Trust and "
                "Cybersecurity|European Commission"));
  /* "and his Japanese and Chinese counterparts, B and C": each the side
     of his adjective, in order */
  static const char* const plural =
    "Press Release\nOctober 13, 2015\n\n"
    "South Korea, Japan and China will hold talks this week to boost "
    "cooperation on cyberspace issues. The three sides will meet in Seoul "
    "on October 15, 2015. The talks will be led by Kim Min-su, South "
    "Korea's ambassador for international security affairs, and his "
    "Japanese and Chinese counterparts, Taro Sato and Li Wei.\n";
  CHECK(cochairs_are(ex, plural, "KR", "Kim Min-su"));
  CHECK(cochairs_are(ex, plural, "JP", "Taro Sato"));
  CHECK(cochairs_are(ex, plural, "CN", "Li Wei"));
  /* "Canadas Minister": a possessive whose apostrophe the copy lost */
  static const char* const lost_apostrophe =
    "Press release\nBrussels, 8 December 2025\n\n"
    "The EU and Canada held the first Digital Partnership Council on 8 "
    "December 2025 in Montreal. Co-chaired by Executive Vice-President of "
    "the European Commission for Tech Sovereignty, Anna Berg, and Canadas "
    "Minister for Artificial Intelligence, John Smith, the Council welcomed "
    "the cooperation.\n";
  CHECK(head_is(
    ex, lost_apostrophe, "CA", "Minister for Artificial Intelligence|"));
}

/* The release's date from a line that is a date alone or a dateline,
   below the headers the source reader takes; "today" is that date. */
static void
test_release_date_lines(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
    const char* published;
  } cases[] = {
    /* a date line between body paragraphs, then a date with no year */
    { "Official websites use .gov and belong to the government.\n\n"
      "Joint Statement\n\nAugust 18, 2022\n\n"
      "On August 10, the U.S.-Mexico Working Group on Cyber Issues "
      "convened in Mexico City.\n",
      "2022-08-10",
      "2022-08-18" },
    /* a newswire dateline, and "met today" */
    { "Statement\n\nNEWS PROVIDED BY the Ministry\nFeb 01, 2024\n\n"
      "OTTAWA, ON, Feb. 1, 2024 /CNW/ - Statement by the Ministry\n\n"
      "The ministers of Canada and Japan met today for the Canada-Japan "
      "Cyber Dialogue.\n",
      "2024-02-01",
      "2024-02-01" },
    /* a header line run into the next, ending with the date */
    { "Statement\n\nNEWS PROVIDED BY the Ministry\nFeb 01, 2024\n\n"
      "The ministers of Canada and Japan met today for the Canada-Japan "
      "Cyber Dialogue.\n",
      "2024-02-01",
      "2024-02-01" },
    /* "held today" with the dateline's date the source reads */
    { "Press release\n\nBrussels, 8 December 2025\n\n"
      "The EU and Canada held the first Canada-EU Cyber Dialogue today in "
      "Montreal.\n",
      "2025-12-08",
      "2025-12-08" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    const char* pub = str_at(r, "published", true);
    if (strcmp(pub, cases[i].published)) {
      fprintf(stderr, "case %zu: published \"%s\"\n", i, pub);
    }
    CHECK(!strcmp(pub, cases[i].published));
    CHECK(!strcmp(str_at(r, "status", false), "held"));
    cJSON_Delete(r);
  }
}

/* "the second of its kind" is a round; "the first ... since" and
   "for the first time" are none; an ordinal and "Council" name the
   meeting, and its sentence is the meeting's. */
static void
test_round_kinds(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    int round;
  } cases[] = {
    { "The meeting, set for Monday, will be the second of its kind after "
      "the first session last year.",
      2 },
    { "the Working Group convened its first bilateral cyber dialogue since "
      "the establishment of the Framework",
      0 },
    { "the first Digital Partnership Council held today", 1 },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    XSpan sp = { 0, 0 };
    const char* t = cases[i].text;
    const int got = xmeeting_round(t, 0, strlen(t), &sp);
    if (got != cases[i].round) {
      fprintf(stderr, "round of \"%s\": got %d\n", t, got);
    }
    CHECK(got == cases[i].round);
  }
  static const char council[] =
    "Press release\n\nBrussels, 8 December 2025\n\n"
    "The EU and Canada reaffirmed their ties during the first Digital "
    "Partnership Council held today in Montreal, Canada. The Council took "
    "place back-to-back with the G7 Ministerial meeting.\n";
  dated_round(ex, council, "2025-12-08", 1);
  /* an ordinal conference is not the meeting */
  static const char conference[] =
    "Media Note\n\nMay 10, 2024\n\n"
    "India hosted the 5th Global Conference on Cyber Space on 2 May. "
    "The second India-Japan Cyber Dialogue was held in Tokyo. The "
    "dialogue on 7 May covered cyber norms.\n";
  dated_round(ex, conference, "2024-05-07", 2);
}

/* An undated meeting sentence ("will hold talks this week") continued by
   the next one, which dates it ("will meet in Seoul Thursday"): a bare
   weekday of an announcement is the next such day; a later side meeting
   ("also plans to hold bilateral talks ... on Wednesday") is not it. */
static void
test_continued_sentence(DkgExtractor* ex)
{
  static const char text[] =
    "Published : Oct 13, 2015\n\n"
    "South Korea, Japan and China will hold talks this week to boost "
    "cooperation on cyberspace issues, the Foreign Ministry said Tuesday. "
    "The three sides will meet in Seoul Thursday to discuss cyber "
    "threats. Choi also plans to hold bilateral talks with Shimokawa and "
    "Wu on Wednesday.\n";
  /* a month and year, or a side meeting, right after continue nothing */
  static const char month[] =
    "Media Note\n\nMay 10, 2024\n\n"
    "The fifth U.S.-Japan Cyber Dialogue was held in Tokyo. The two sides "
    "discussed the outcome of the May 2015 summit. The dialogue on 7 May "
    "covered cyber norms.\n";
  cJSON* m = dated(ex, month, "2024-05-07");
  cJSON_Delete(m);
  static const char side[] =
    "Media Note\n\nMay 10, 2024\n\n"
    "The fifth U.S.-Japan Cyber Dialogue was held in Tokyo. The U.S. "
    "delegation also met industry leaders on Monday. The dialogue on 7 "
    "May covered cyber norms.\n";
  m = dated(ex, side, "2024-05-07");
  cJSON_Delete(m);
  cJSON* r = dated(ex, text, "2015-10-15");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  CHECK(!strcmp(place_of(r), "Seoul"));
  /* the evidence's note says the weekday was resolved forward */
  bool forward = false;
  const cJSON* ev = NULL;
  cJSON_ArrayForEach(ev, cJSON_GetObjectItemCaseSensitive(r, "evidence"))
  {
    const char* path = str_at(ev, "path", false);
    forward |= !strcmp(path, "/date") &&
               strstr(str_at(ev, "$note", false), "next one on or after");
  }
  CHECK(forward);
  cJSON_Delete(r);
}

/* A meeting dated by its year only ("was held in Tokyo in 2017"): the
   date is the year; a year before the status marker ("launched in 2015")
   is not the meeting's. */
static void
test_year_only_date(DkgExtractor* ex)
{
  static const char held[] =
    "Japan and India Reaffirm Cyber Ties\n\n"
    "The Second Japan-India Cyber Dialogue, launched in 2015, was held in "
    "Tokyo in early 2017. Both sides discussed cyber norms.\n";
  dated_round(ex, held, "2017", 2);
}

/* A side meeting after the meeting sentence ("also ... bilateral", "on
   the sidelines") is never the meeting sentence, dated or not. */
static void
test_side_meeting(DkgExtractor* ex)
{
  static const char text[] =
    "Published : Oct 13, 2015\n\n"
    "South Korea, Japan and China will hold their second trilateral "
    "cyber talks in Seoul this week, the ministry said. The talks on "
    "Thursday will cover cyber crime. Choi also plans to hold bilateral "
    "talks with Wu on Wednesday.\n";
  cJSON* r = dated(ex, text, "2015-10-15");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
}

/* A meeting dated "this week" (or "next month", "this year") only: the
   month of that week, never a day; a week across two months gives the
   year. */
static void
test_relative_date(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
  } cases[] = {
    { "Published : Oct 13, 2015\n\nSouth Korea and Japan will hold cyber "
      "talks in Seoul this week, the ministry said Tuesday.\n",
      "2015-10" },
    { "Published : Sep 30, 2015\n\nSouth Korea and Japan will hold cyber "
      "talks in Seoul this week, the ministry said.\n",
      "2015" },
    { "Published : Sep 30, 2015\n\nSouth Korea and Japan will hold cyber "
      "talks in Seoul next month.\n",
      "2015-10" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    cJSON_Delete(r);
  }
}

/* The place's shapes: "online" and "virtually" only of the meeting
   itself; "in the Brazilian capital Brasilia"; not the place of another
   event ("following the first round in Beijing"); the building of "at the
   ... in Berlin", but the city when the headline gives it. */
static void
test_place_shapes(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Published : Jul 14, 2013\n\nSouth Korea and the United "
                   "States will hold a meeting in Washington, D.C. on July 15, "
                   "2013 to discuss cyber security and other online policy "
                   "issues.\n",
                   "2013-07-15");
  CHECK(!strcmp(place_of(r), "Washington, D.C."));
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "attendance"));
  cJSON_Delete(r);
  r = dated(ex,
            "India virtually hosted the fourth India-Japan Cyber Dialogue on "
            "June 30, 2022.\n",
            "2022-06-30");
  CHECK(!strcmp(str_at(r, "attendance", false), "virtual"));
  cJSON_Delete(r);
  r = dated(ex,
            "Japan and India held the fifth Japan-India Cyber Dialogue in "
            "Tokyo on May 1, 2020. The agenda was virtually the same as in "
            "2019.\n",
            "2020-05-01");
  CHECK(!strcmp(place_of(r), "Tokyo"));
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "attendance"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 22 February 2016, Germany and Brazil held bilateral cyber "
            "consultations for the first time in the Brazilian capital "
            "Brasilia.\n",
            "2016-02-22");
  CHECK(!strcmp(place_of(r), "Brasilia"));
  cJSON_Delete(r);
  r = dated(ex,
            "Japan and China held the second Japan-China Cyber Dialogue on "
            "May 3, 2015, following the first round in Beijing.\n",
            "2015-05-03");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "location"));
  cJSON_Delete(r);
  r = dated(ex,
            "First German-Korean cyber consultations in Berlin\n\nOn "
            "20.06.2016 the first German-Korean cyber consultations took "
            "place at the Federal Foreign Office in Berlin.\n",
            "2016-06-20");
  CHECK(!strcmp(place_of(r), "Berlin"));
  cJSON_Delete(r);
  /* "after a two-day meeting in Tokyo" is the meeting itself */
  r = dated(ex,
            "Japan and the U.S. issued a joint statement on May 10, 2013 "
            "after a two-day Japan-U.S. Cyber Dialogue meeting in Tokyo.\n",
            "2013-05-10");
  CHECK(!strcmp(place_of(r), "Tokyo"));
  cJSON_Delete(r);
  /* a which-clause on something other than the meeting */
  r = dated(ex,
            "Canada and the EU held the first Canada-EU Digital Dialogue on "
            "February 1, 2024 to implement the Canada-EU Digital "
            "Partnership, which was concluded at a summit held in Canada.\n",
            "2024-02-01");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "location"));
  cJSON_Delete(r);
  r = dated(ex,
            "The sixth India-UK Cyber Dialogue, which was held in New Delhi "
            "on May 8, 2024, focused on cyber threats.\n",
            "2024-05-08");
  CHECK(!strcmp(place_of(r), "New Delhi"));
  cJSON_Delete(r);
}

/* The series' shapes: a capitalized "on ..." tail is the name's; bare
   "talks" name no series; a "Partnership" is no series end, a "Council"
   is; three participants from the lede's list when another sentence says
   three meet. */
static void
test_series_shapes(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The EU and NATO held their first Structured Dialogue on "
                   "Cyber on October 4, 2024.\n",
                   "2024-10-04");
  CHECK(!strcmp(str_at(r, "series", false),
                "EU-NATO Structured Dialogue on Cyber"));
  cJSON_Delete(r);
  r = dated(ex,
            "Senior officials of South Korea and the U.S. held talks in "
            "Seoul on February 7, 2023.\n",
            "2023-02-07");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
  r = dated(ex,
            "The EU-Canada Digital Partnership Council met in Montreal on "
            "May 5, 2025.\n",
            "2025-05-05");
  CHECK(!strcmp(str_at(r, "series", false),
                "EU-Canada Digital Partnership Council"));
  cJSON_Delete(r);
  r = dated(ex,
            "South Korea, Japan and China will hold talks on October 15, "
            "2015 to boost cooperation on cyberspace issues. The three sides "
            "will meet in Seoul.\n",
            "2015-10-15");
  char got[64];
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "KR JP CN"));
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
  /* a proper name after "the", not joined to the participants: as
     written */
  r = dated(ex,
            "The EU and Canada reinforced their cooperation on December 8, "
            "2025 during the first Digital Partnership Council. The Council "
            "took place back-to-back with a ministerial meeting.\n",
            "2025-12-08");
  CHECK(!strcmp(str_at(r, "series", false), "Digital Partnership Council"));
  cJSON_Delete(r);
}

/* People who "met today" report the meeting, no meeting noun needed, when
   no sentence with one is dated: a later dialogue by which topics "will
   be discussed" in a month is not it. */
static void
test_people_met(DkgExtractor* ex)
{
  static const char text[] =
    "Statement\n\nFebruary 1, 2024\n\n"
    "The ministers of Canada and Japan met today to begin work on their "
    "digital ties. These "
    "priorities will be discussed through a Digital Dialogue in "
    "February.\n";
  cJSON* r = dated(ex, text, "2024-02-01");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
  /* a dated sentence with a meeting noun comes first */
  static const char visit[] =
    "Media Note\n\nMay 10, 2024\n\n"
    "On Monday, the U.S. delegation met with Japanese industry leaders. "
    "On May 7, the United States and Japan held the fifth U.S.-Japan "
    "Cyber Dialogue in Tokyo.\n";
  r = dated(ex, visit, "2024-05-07");
  cJSON_Delete(r);
}

/* A list whose items end in their side ("A and B from the Japanese side,
   and from C and D"): the side closes its group, the items after the last
   group are the other participant's. */
static void
test_agency_trailing_side(DkgExtractor* ex)
{
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-EU Cyber Dialogue was held in Brussels on May 19, "
    "2025.\n\n"
    "Participants included officials from the Ministry of Defense (MOD) "
    "and the JPCERT Coordination Center (JPCERT/CC) from the Japanese "
    "side, and from the European Commission, EUROPOL and other relevant EU "
    "agencies.\n";
  expect_agencies(ex,
                  jp,
                  "JP",
                  "Ministry of Defense (MOD)|JPCERT Coordination Center",
                  "eu",
                  "European Commission|EUROPOL");
}

/* The sentence naming a head is about the delegations: a registry agency
   after the head's own ("..., DG CONNECT, European Commission") is one of
   the side's agencies, though no cue word ("delegation") is there. */
static void
test_agency_head_sentence(DkgExtractor* ex)
{
  static const char eu[] =
    "Media Note\nDecember 6, 2022\n\n"
    "The eighth U.S.-EU Cyber Dialogue was held in Brussels on December 5, "
    "2022.\n\n"
    "The dialogue was chaired by Jennifer Bachus, Senior Bureau Official "
    "for Cyberspace and Digital Policy, and Lorena Boix Alonso, Director "
    "for Digital Society, Trust and Cybersecurity, Directorate General for "
    "Communications Networks, Content and Technology (DG CONNECT), "
    "European Commission.\n";
  char buf[512];
  cJSON* r = extract(ex, eu);
  CHECK(strstr(agencies_of(r, "eu", buf, sizeof(buf)), "European Commission") !=
        NULL);
  cJSON_Delete(r);
}

/* List items that are names without an organization word: a diplomatic
   post ("UK Mission to the European Union"), a name followed by the
   acronym of its initials ("Pole d'excellence cyber (PEC)"); countries
   ("EU Member States") are none. */
static void
test_agency_list_names(DkgExtractor* ex)
{
  static const char gb[] =
    "Press Release\n5 December 2023\n\n"
    "The 9th EU-UK Cyber Dialogue took place in Brussels on 4 December "
    "2023.\n\n"
    "The UK delegation included officials from the Home Office and the UK "
    "Mission to the European Union. The EU delegation included observers "
    "from EU Member States and the Pole d'excellence cyber (PEC).\n";
  expect_agencies(ex,
                  gb,
                  "GB",
                  "Home Office|UK Mission to the European Union",
                  "eu",
                  "Pole d'excellence cyber");
}

/* A registry agency in a leading "According to ..." phrase is the
   source, no member of a delegation. */
static void
test_agency_source_phrase(DkgExtractor* ex)
{
  static const char in[] =
    "Opinion\nDecember 17, 2020\n\n"
    "The sixth India-EU Cyber Dialogue was held in New Delhi on December "
    "14, 2020.\n\n"
    "According to an official statement from the Ministry of External "
    "Affairs (MEA), the Indian delegation included officials from the "
    "Ministry of Home Affairs.\n";
  char buf[512];
  cJSON* r = extract(ex, in);
  CHECK(!strcmp(agencies_of(r, "IN", buf, sizeof(buf)),
                "Ministry of Home Affairs"));
  cJSON_Delete(r);
}

/* Members before a plural head noun ("external affairs, home and
   electronics and information technology ministries") give the
   registry's agencies, "home" as "Ministry of Home Affairs". */
static void
test_agency_postposed_plural(DkgExtractor* ex)
{
  static const char in[] =
    "News\nDecember 12, 2024\n\n"
    "The India-UK Cyber Dialogue was held in New Delhi on December 11, "
    "2024.\n\n"
    "The Indian delegation included officials from external affairs, home "
    "and electronics and information technology ministries and CERT-In. "
    "The British delegation included officials from the Foreign and "
    "Defence Ministries.\n";
  expect_agencies(ex,
                  in,
                  "IN",
                  "Ministry of External Affairs|Ministry of Home Affairs|"
                  "Ministry of Electronics and Information Technology|CERT-In",
                  "GB",
                  "Ministry of Defence");
}

/* Outside a list: capitalized names ending in an organization noun, and
   a diplomatic post with its place, are unknown agencies of the side that
   "officials from Singapore" names; "Officials of the United States and
   Japan" names no side. */
static void
test_agency_unknown_names(DkgExtractor* ex)
{
  static const char sg[] =
    "Press Release\n5 December 2023\n\n"
    "The 3rd UK-Singapore Cyber Dialogue took place in London on 4 "
    "December 2023.\n\n"
    "Senior officials from the Cabinet Office participated in the "
    "dialogue, alongside senior officials from Singapore, including those "
    "from the Cyber Security Agency and the High Commission in London.\n";
  static const char us[] =
    "Media Note\nMay 2, 2024\n\n"
    "The U.S.-Japan Cyber Dialogue was held in Tokyo on May 1, 2024.\n\n"
    "Officials of the United States and Japan, joined by the Cyber Defense "
    "Office, discussed deterrence.\n";
  expect_agencies(ex,
                  sg,
                  "GB",
                  "Cabinet Office",
                  "SG",
                  "Cyber Security Agency|High Commission in London");
  expect_agencies(ex, us, "US", "", "JP", "");
}

/* "European Commission Directorates General CONNECT and HOME": one
   agency a member, the parent kept in each. */
static void
test_agency_directorates(DkgExtractor* ex)
{
  static const char eu[] =
    "Media Note\nDecember 2, 2014\n\n"
    "The U.S.-EU Cyber Dialogue will be held in Brussels on December 5, "
    "2014.\n\n"
    "The U.S. participants will include officials from the Department of "
    "State. The EU participants will consist of officials from the EEAS, "
    "European Commission Directorates General CONNECT and HOME, and member "
    "states.\n";
  expect_agencies(ex,
                  eu,
                  "US",
                  "Department of State",
                  "eu",
                  "EEAS|European Commission Directorate General CONNECT|"
                  "European Commission Directorate General HOME");
}

/* "Participants from Malaysia included A and B": the list's side; a
   name starts its run of capitalized words ("the UN Security Council" is
   no "Security Council"). */
static void
test_agency_people_from(DkgExtractor* ex)
{
  static const char my[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Malaysia Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "Participants from Malaysia included the Cyber Security Agency and the "
    "National Security Council. Officials from Japan, joined by the UN "
    "Security Council, attended.\n";
  expect_agencies(
    ex, my, "MY", "Cyber Security Agency|National Security Council", "JP", "");
}

/* A name of the head's own country written bare after the title
   ("Jane Roe, Director General, International Security Policy, Global
   Affairs Canada, and included ...") is one of the side's agencies. */
static void
test_agency_head_segment(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Canada Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Canadian delegation was led by Jane Roe, Director General, "
    "International Security Policy, Global Affairs Canada, and included "
    "officials from Public Safety Canada.\n";
  expect_agencies(
    ex, ca, "CA", "Public Safety Canada|Global Affairs Canada", "JP", "");
}

/* "representatives of A and B, and of C, D and E": "of" starts an item;
   an unknown name with no side of the sentence goes to the participant
   whose country word it holds ("Public Safety Canada", "the Royal
   Canadian Mounted Police"). */
static void
test_agency_country_word_side(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Canada Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The dialogue brought together representatives of the Ministry of "
    "Foreign Affairs and the National Police Agency, and of Global Affairs "
    "Canada, Public Safety Canada and the Royal Canadian Mounted Police.\n";
  expect_agencies(ex,
                  ca,
                  "JP",
                  "Ministry of Foreign Affairs|National Police Agency",
                  "CA",
                  "Global Affairs Canada|Public Safety Canada|Royal Canadian "
                  "Mounted Police");
}

/* Outside a list: "and the Canadian side by ..." names the side; a name
   ending in the participant's name ("Global Affairs Canada") is an
   unknown agency, "the Government of Canada" none. */
static void
test_agency_side_by(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Canada Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Japanese side was represented by the Ministry of Foreign Affairs "
    "and the National Police Agency, and the Canadian side by Global "
    "Affairs Canada and the Government of Canada.\n";
  expect_agencies(ex,
                  ca,
                  "JP",
                  "Ministry of Foreign Affairs|National Police Agency",
                  "CA",
                  "Global Affairs Canada");
}

/* "..., and Canadian officials from A and B": the people's country word
   names the side of the items from there. */
static void
test_agency_people_lead(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Canada Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "Japanese officials from the Ministry of Foreign Affairs and the "
    "National Police Agency, and Canadian officials from Public Safety "
    "Canada and the Communications Security Establishment took part.\n";
  expect_agencies(ex,
                  ca,
                  "JP",
                  "Ministry of Foreign Affairs|National Police Agency",
                  "CA",
                  "Public Safety Canada|Communications Security Establishment");
}

/* After a head's title: an acronym no registry knows ("Name, Director of
   Security and Defense, SEAE"; not "CEO"); a unit's ministry ending the
   title ("... Division of the Ministry of Foreign Affairs"). */
static void
test_agency_after_title(DkgExtractor* ex)
{
  static const char eu[] =
    "Opinion\nDecember 17, 2020\n\n"
    "The sixth India-EU Cyber Dialogue was held in New Delhi on December "
    "14, 2020.\n\n"
    "The EU delegation was led by Joanneke Balfoort , Director of Security "
    "and Defense, SEAE, and the Indian delegation by Ravi Kumar, CEO.\n";
  static const char in[] =
    "Opinion\nDecember 17, 2020\n\n"
    "The sixth India-EU Cyber Dialogue was held in New Delhi on December "
    "14, 2020.\n\n"
    "The Indian delegation was led by Dr. S Janakiraman, Co-Secretary of "
    "the Cyber Diplomacy Division of the Ministry of Foreign Affairs.\n";
  expect_agencies(ex, eu, "eu", "SEAE", "IN", "");
  char buf[256];
  cJSON* r = extract(ex, in);
  CHECK(!strcmp(agencies_of(r, "IN", buf, sizeof(buf)),
                "Ministry of Foreign Affairs"));
  cJSON_Delete(r);
}

/* A body of an international organization ("the NATO Cooperative Cyber
   Defence Centre of Excellence", "the UN Security Council") is no
   delegation's agency, in a list or outside one. */
static void
test_agency_international_bodies(DkgExtractor* ex)
{
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth U.S.-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Japanese side briefed on the NATO Cooperative Cyber Defence Centre "
    "of Excellence. The Japanese delegation included the National Police "
    "Agency and the UN Security Council.\n";
  expect_agencies(ex, jp, "JP", "National Police Agency", "US", "");
}

/* Outside a list, an unknown "Ministry of ..." goes on over a comma with
   a coordinated complement ("Ministry of Science, Technology and
   Innovation"), not over other names ("..., Europol and ENISA"). */
static void
test_agency_unknown_commas(DkgExtractor* ex)
{
  static const char my[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Malaysia Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Malaysian side was represented by the Ministry of Science, "
    "Technology and Innovation (MOSTI).\n";
  static const char my2[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Malaysia Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Malaysian side was represented by the Ministry of Communications, "
    "Europol and ENISA.\n";
  expect_agencies(
    ex, my, "MY", "Ministry of Science, Technology and Innovation", "JP", "");
  expect_agencies(ex, my2, "MY", "Ministry of Communications", "JP", "");
}

/* topics: commas between single adjectives of one noun are no item
   boundary */
static void
test_topic_adjective_series(DkgExtractor* ex)
{
  static const char* const fora[] = {
    "latest developments on cyber issues at bilateral, regional and "
    "multilateral fora",
    "maritime security",
    NULL
  };
  CHECK(topics_are(ex,
                   "The two sides discussed the latest developments on cyber "
                   "issues at bilateral, regional and multilateral fora, and "
                   "maritime security.",
                   fora));
  static const char* const net[] = {
    "undersea cables",
    "work to uphold a free, open, secure and peaceful cyberspace",
    NULL
  };
  CHECK(topics_are(ex,
                   "The delegations discussed undersea cables and the work "
                   "to uphold a free, open, secure and peaceful cyberspace.",
                   net));
}

/* topics: ", such as ..." after an item is an aside */
static void
test_topic_such_as_aside(DkgExtractor* ex)
{
  static const char* const aside[] = { "international processes",
                                       "cooperation in cyberspace",
                                       NULL };
  CHECK(topics_are(ex,
                   "They also discussed international processes, such as the "
                   "Open-ended Working Group (OEWG), and cooperation in "
                   "cyberspace.",
                   aside));
}

/* topics: "; as well as" joins two parts of one comma list; one object
   "A and B" is cut before a verb's phrase */
static void
test_topic_semicolon_as_well_as(DkgExtractor* ex)
{
  static const char* const parts[] = { "approaches to cyber resilience",
                                       "secure technology",
                                       "digital identity",
                                       "deterrence strategies against threats",
                                       "ransomware",
                                       NULL };
  CHECK(topics_are(ex,
                   "The two sides exchanged views regarding approaches to "
                   "cyber resilience, secure technology and digital "
                   "identity; as well as deterrence strategies against "
                   "threats and countering ransomware.",
                   parts));
}

/* topics: "shared their assessment on A, B, as well as exchanged views
   on C"; "enhancing shared ..." is no verb "shared"; an opening "Building
   on the previous talks on ..." is another event's */
static void
test_topic_verbs_as_well_as(DkgExtractor* ex)
{
  static const char* const both[] = { "applicability of international law",
                                      "undersea cables",
                                      "port security",
                                      NULL };
  CHECK(topics_are(ex,
                   "The sides shared their assessment on the applicability "
                   "of international law and undersea cables, as well as "
                   "exchanged views on port security.",
                   both));
  static const char* const none[] = { NULL };
  CHECK(topics_are(ex,
                   "Building on the previous Staff Talks on Cyber Defence, "
                   "the two sides reaffirmed their commitment to continue "
                   "working together on enhancing shared situational "
                   "awareness, port security and preventing threats.",
                   none));
}

/* topics: "The agenda includes A", "Talks ... are expected to include B" */
static void
test_topic_agenda_includes(DkgExtractor* ex)
{
  static const char* const agenda[] = { "trust building in cyberspace",
                                        "port security",
                                        "measures to deal with cyber attacks",
                                        NULL };
  CHECK(topics_are(ex,
                   "The agenda includes trust building in cyberspace and "
                   "port security. Talks on cyber security are expected to "
                   "include measures to deal with cyber attacks.",
                   agenda));
}

/* topics: a "how to" object is one question; "and more" is no item;
   "including those from" names people; "including in the UN" with no
   comma is the item's own */
static void
test_topic_questions_and_places(DkgExtractor* ex)
{
  static const char* const how[] = {
    "how to advance the alignment of their frameworks and instruments to "
    "respond to attacks",
    NULL
  };
  CHECK(topics_are(ex,
                   "They explored how to advance the alignment of their "
                   "frameworks and instruments to respond to attacks.",
                   how));
  static const char* const more[] = { "port security",
                                      "undersea cables",
                                      NULL };
  CHECK(topics_are(ex,
                   "Discussions covered port security, undersea cables and "
                   "more.",
                   more));
  static const char* const within[] = {
    "port security",
    "international cyber policy issues including in the UN",
    "undersea cables",
    NULL
  };
  CHECK(topics_are(ex,
                   "The dialogue included exchanges on port security, "
                   "international cyber policy issues including in the UN, "
                   "and undersea cables. Officials attended, including "
                   "those from the High Commission in London.",
                   within));
}

/* topics: the last item is cut at its first "and" that joins two
   things; the commas of alternatives ("A, B or C") are inside one item */
static void
test_topic_and_or(DkgExtractor* ex)
{
  static const char* const two[] = { "multilateral and regional cooperation",
                                     "regional settings",
                                     NULL };
  CHECK(topics_are(ex,
                   "Both sides discussed various areas of cooperation, "
                   "including multilateral and regional cooperation and "
                   "regional settings.",
                   two));
  static const char* const alt[] = {
    "cooperation on UN platforms in GGE, OEWG or in regional settings",
    "port security",
    NULL
  };
  CHECK(topics_are(ex,
                   "Discussions covered cooperation on UN platforms in GGE, "
                   "OEWG or in regional settings, and port security.",
                   alt));
}

/* topics: "spoke about", "talked about" */
static void
test_topic_spoke_about(DkgExtractor* ex)
{
  static const char* const spoke[] = { "global cyber governance",
                                       "responsible behaviour in cyberspace",
                                       "port security",
                                       NULL };
  CHECK(topics_are(ex,
                   "The two sides also spoke about global cyber governance, "
                   "responsible behaviour in cyberspace, and port security.",
                   spoke));
}

/* topics: the last item of a comma list before "as well as" is cut at
   its "and" too; the item after "as well as" is whole (topics2) */
static void
test_topic_sublist_and(DkgExtractor* ex)
{
  static const char* const sub[] = { "policies for secure technology",
                                     "digital identity",
                                     "cyber resilience",
                                     "deterrence strategies and port security",
                                     NULL };
  CHECK(topics_are(ex,
                   "Officials exchanged views on policies for secure "
                   "technology, digital identity and cyber resilience, as "
                   "well as deterrence strategies and port security.",
                   sub));
}

/* topics: a reduced relative clause ends the list ("projects developed
   in concert with ..."); "ongoing and proposed" qualify one noun */
static void
test_topic_participle_clause(DkgExtractor* ex)
{
  static const char* const made[] = {
    "ongoing and proposed cybersecurity assistance projects", NULL
  };
  CHECK(topics_are(ex,
                   "The delegations reviewed ongoing and proposed "
                   "cybersecurity assistance projects developed in concert "
                   "with relevant agencies and stakeholders, including "
                   "through joint training.",
                   made));
}

/* topics: bare verbs of an infinitive list head no topic; " and assess
   ..." opens a new clause */
static void
test_topic_bare_verbs(DkgExtractor* ex)
{
  static const char* const bare[] = { "evolving cyber threat landscape",
                                      "national cyber policies",
                                      "new areas of cooperation",
                                      "current cyber threats",
                                      NULL };
  CHECK(topics_are(ex,
                   "The Dialogue brought together representatives from both "
                   "sides to discuss the evolving cyber threat landscape, "
                   "share national cyber policies, and explore new areas of "
                   "cooperation. The Dialogue allowed both sides to exchange "
                   "views on current cyber threats and assess their "
                   "respective policies.",
                   bare));
}

/* topics: "discussed A, exchanged views on B and explored C": each verb
   its list, "cooperation" in them no generic head */
static void
test_topic_three_verbs(DkgExtractor* ex)
{
  static const char* const three[] = {
    "various aspects of existing bilateral cooperation in cyber space",
    "latest developments on cyber issues",
    "initiatives to further deepen cyber cooperation",
    NULL
  };
  CHECK(topics_are(ex,
                   "The cyber dialogue discussed various aspects of existing "
                   "bilateral cooperation in cyber space, exchanged views on "
                   "the latest developments on cyber issues and explored "
                   "initiatives to further deepen cyber cooperation.",
                   three));
}

/* topics: "there was an exchange on A" (no passive subject); "took
   stock of" */
static void
test_topic_there_was(DkgExtractor* ex)
{
  static const char* const there[] = { "respective state structures",
                                       "current legal questions",
                                       "online crime",
                                       "recent developments",
                                       NULL };
  CHECK(topics_are(ex,
                   "In addition, there was an exchange on the respective "
                   "state structures, current legal questions and online "
                   "crime. Officials "
                   "took stock of recent developments.",
                   there));
}

/* topics: ", in which ..." ends the list */
static void
test_topic_in_which(DkgExtractor* ex)
{
  static const char* const which[] = { "coming Group of Experts", NULL };
  CHECK(topics_are(ex,
                   "The meeting offered a first exchange of views on the "
                   "coming Group of Experts, in which both countries will be "
                   "represented.",
                   which));
}

/* topics: "including on A" names topics; "including, where appropriate,
   through ..." means; the verbs of one infinitive are one item */
static void
test_topic_including_on(DkgExtractor* ex)
{
  static const char* const on[] = {
    "recent initiatives that aim to enhance their ability to detect, deter "
    "and defend against cyber-attacks",
    "how to further increase their coordination",
    NULL
  };
  CHECK(topics_are(ex,
                   "The two sides discussed how to further increase their "
                   "coordination, including on recent initiatives that aim "
                   "to enhance their ability to detect, deter and defend "
                   "against cyber-attacks.",
                   on));
  static const char* const means[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "The sides discussed port security. They agreed to "
                   "coordinate these efforts including, where appropriate, "
                   "through the Cybersecurity Centre of Excellence.",
                   means));
}

/* topics: a semicolon item that is a comma list of three or more is
   split as one; the commas between the places of "in ..." are inside
   the item */
static void
test_topic_semicolon_comma_list(DkgExtractor* ex)
{
  static const char* const semi[] = {
    "updates on respective cyber policy frameworks",
    "cooperation in multilateral fora",
    "collaboration on crisis response",
    "resilience",
    "capacity building in the Western Balkans, Ukraine, Georgia, and Moldova",
    "cybersecurity in space",
    NULL
  };
  CHECK(topics_are(ex,
                   "Officials covered a range of topics, including updates "
                   "on respective cyber policy frameworks; cooperation in "
                   "multilateral fora, collaboration on crisis response, "
                   "resilience, capacity building in the Western Balkans, "
                   "Ukraine, Georgia, and Moldova, and cybersecurity in "
                   "space.",
                   semi));
}

/* topics: an "including" list with no discussion before it gives none */
static void
test_topic_including_stance(DkgExtractor* ex)
{
  static const char* const none[] = { NULL };
  CHECK(topics_are(ex,
                   "Both countries call upon all States to uphold the "
                   "rules-based international order, including international "
                   "humanitarian law and human rights law, in cyberspace.",
                   none));
}

/* topics: a sentence opening "Earlier," is about another event */
static void
test_topic_earlier(DkgExtractor* ex)
{
  static const char* const only[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "Both sides reviewed port security. Earlier, the "
                   "Permanent Secretary had called on the Chief of Staff and "
                   "discussed issues of mutual interest.",
                   only));
}

/* topics: "to discuss A, including B, C, and D": several noun phrases
   after "including" are topics with their head; "international" is no
   "internet" in mapping */
static void
test_topic_head_and_examples(DkgExtractor* ex)
{
  static const char* const both[] = {
    "recent cyber threats",
    "each country's policies on cyberspace issues",
    "international rules governing cyberspace",
    "cooperation against cyber crime and terrorism",
    "cyber security environment",
    NULL
  };
  CHECK(topics_are(ex,
                   "The three sides met to discuss the cyber security "
                   "environment, including recent cyber threats, each "
                   "country's policies on cyberspace issues, international "
                   "rules governing cyberspace, and cooperation against "
                   "cyber crime and terrorism, the ministry said.",
                   both));
}

/* topics: one object "A and recent B" is two things */
static void
test_topic_and_recent(DkgExtractor* ex)
{
  static const char* const two[] = { "threat trends",
                                     "recent cyber incidents",
                                     NULL };
  CHECK(topics_are(ex,
                   "The two sides discussed threat trends and recent cyber "
                   "incidents.",
                   two));
}

/* topics: "etc." closes a list (not inside parentheses) */
static void
test_topic_etc(DkgExtractor* ex)
{
  static const char* const etc[] = { "port security", "cyber defense", NULL };
  CHECK(topics_are(ex,
                   "Both sides discussed port security, cyber defense, etc. "
                   "for possible cooperation in the future.",
                   etc));
}

/* topics: "shared updates on A and B": the verb is "shared updates on";
   one object of two long noun phrases is two things */
static void
test_topic_shared_updates(DkgExtractor* ex)
{
  static const char* const two[] = { "recent cyber policy developments",
                                     "international cyberspace issues",
                                     NULL };
  CHECK(topics_are(ex,
                   "Both sides shared updates on recent cyber policy "
                   "developments and international cyberspace issues.",
                   two));
  static const char* const one[] = {
    "cyber threats to key national facilities and Internet of Things "
    "networks",
    NULL
  };
  CHECK(topics_are(ex,
                   "The officials discussed cyber threats to key national "
                   "facilities and Internet of Things networks.",
                   one));
}

/* topics: a time of the event ("this week") closes a list */
static void
test_topic_this_week(DkgExtractor* ex)
{
  static const char* const week[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "The two sides will hold talks on port security this week "
                   "in Seoul, the ministry said.",
                   week));
}

/* topics: an item's own "including" examples that are names go; others
   stay */
static void
test_topic_including_names(DkgExtractor* ex)
{
  static const char* const names[] = {
    "global cyber governance",
    "international cooperation in multilateral fora",
    "countering cybercrime including ransomware gangs",
    NULL
  };
  CHECK(topics_are(ex,
                   "The two sides spoke about global cyber governance, "
                   "international cooperation in multilateral fora including "
                   "the United Nations' Programme of Action, and countering "
                   "cybercrime including ransomware gangs.",
                   names));
}

/* topics: a dateline date is no other event's; "was focused on A" has
   its list after the verb; an activity keeps its "and" */
static void
test_topic_focused_on(DkgExtractor* ex)
{
  static const char* const focus[] = {
    "framing the work required to reduce the misperception and escalation "
    "in cyberspace",
    NULL
  };
  CHECK(topics_are(ex,
                   "Washington DC [US], November 7 : The dialogue was "
                   "focused on framing the work required to reduce the "
                   "misperception and escalation in cyberspace, the "
                   "Department of State said on Tuesday.",
                   focus));
}

/* topics: "aspects of A and B" is one; "to prevent and counter B" are
   the verbs of one infinitive; "reaffirmed shared interests" is no verb
   "shared" */
static void
test_topic_aspects_verbs(DkgExtractor* ex)
{
  static const char* const aspects[] = {
    "various aspects of each country's institutional structure and strategy "
    "for dealing with threats in cyberspace",
    "institutional capabilities to prevent and counter cybercrime",
    NULL
  };
  CHECK(topics_are(ex,
                   "The delegations addressed various aspects of each "
                   "country's institutional structure and strategy for "
                   "dealing with threats in cyberspace. They also discussed "
                   "institutional capabilities to prevent and counter "
                   "cybercrime. The sides reaffirmed shared interests to "
                   "boost competitiveness, innovation and economic "
                   "resilience.",
                   aspects));
}

/* topics: a passive subject that points back ("These priorities") is no
   topic */
static void
test_topic_anaphor(DkgExtractor* ex)
{
  static const char* const back[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "The sides discussed port security. These priorities will "
                   "be discussed at the officials' level in February.",
                   back));
}

/* topics: the nouns of one "of" are one item ("a framework of A, B and
   C"), and so are two names of one place */
static void
test_topic_of_series(DkgExtractor* ex)
{
  static const char* const of[] = {
    "ways to improve understanding on a framework of conflict prevention, "
    "cooperation and stability in cyberspace within the UN Open Ended "
    "Working Group and the Group of Governmental Experts",
    NULL
  };
  CHECK(topics_are(ex,
                   "The sides exchanged views on ways to improve "
                   "understanding on a framework of conflict prevention, "
                   "cooperation and stability in cyberspace within the UN "
                   "Open Ended Working Group and the Group of Governmental "
                   "Experts.",
                   of));
}

/* dates: a weekday in parentheses after each day of a range ("May 3
   (Tue) to 4 (Wed.), 2022") leaves the range whole */
static void
test_date_paren_weekdays(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On May 3 (Tue) and 4 (Wed.), 2022, the third Canada-Chile "
                   "Cyber Dialogue was held in Ottawa.",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "end_date", false), "2022-05-04"));
  cJSON_Delete(r);
}

/* dates: a date with a clock time right after it ("2021-03-02 09:15")
   stamps the posting; the meeting's date comes later in the sentence */
static void
test_date_posting_stamp(DkgExtractor* ex)
{
  cJSON_Delete(dated(ex,
                     "Posted 2021-03-02 09:15 The second Canada-Chile Cyber "
                     "Dialogue was held in Santiago on 24th February 2021.",
                     "2021-02-24"));
}

/* the release's date: a header line that opens with a full date and runs
   on into the headline ("June 2, 2022 Outcome of the ...") */
static void
test_release_date_before_headline(DkgExtractor* ex)
{
  cJSON_Delete(dated(ex,
                     "Ministry of Foreign Affairs\n\n"
                     "June 2, 2022 Outcome of the Third Canada-Chile Cyber "
                     "Dialogue\n\n"
                     "The ministry held the third Canada-Chile Cyber Dialogue "
                     "in Ottawa on Monday, May 30.\n",
                     "2022-05-30"));
}

/* the meeting sentence: a "conference" is a meeting noun; "virtual" or
   "online" before it makes a meeting by video; a later sentence in the
   future tense ("to be held") gives no round to a meeting held */
static void
test_meeting_conference_virtual(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "March 4, 2021\n\n"
                   "Japan's Ministry of Defense and India's Ministry of "
                   "Defence held an online ministerial conference on cyber "
                   "security on March 3.\n\n"
                   "The talks also helped prepare for the 7th edition of the "
                   "Asia Cyber Week to be held in Tokyo in May.\n",
                   "2021-03-03");
  CHECK(round_of(r) == 0);
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  CHECK(!strcmp(str_at(r, "attendance", false), "virtual"));
  cJSON_Delete(r);
}

/* the meeting sentence: officials "attended" the meeting (held), before a
   sentence about the next round in the future tense */
static void
test_meeting_attended(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On 3 March 2021, officials of Canada and Chile attended "
                   "the inaugural Canada-Chile Cyber Dialogue. The second "
                   "Canada-Chile Cyber Dialogue session will be held in "
                   "Chile in 2022.\n",
                   "2021-03-03");
  CHECK(round_of(r) == 1);
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
}

/* the date: a wire story whose dateline stands alone without a year
   ("PARIS, March 5. /AFP/.") and whose source spoke on a weekday ("said
   Tuesday") dates a meeting it gives no day for by the year alone: the
   one of the text's years in which that day is that weekday */
static void
test_date_reported_weekday_year(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "PARIS, March 5. /AFP/. French and Indian officials held "
                   "the third France-India Cyber Dialogue by videoconference, "
                   "the French foreign ministry said Tuesday. The sides "
                   "discussed the roadmap for 2019-2022.\n",
                   "2019");
  CHECK(round_of(r) == 3);
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
}

/* the date: the weekday of speech picks the year of a yearless news
   dateline among the text's years, the second of a range too */
static void
test_date_dateline_weekday_fits(DkgExtractor* ex)
{
  cJSON_Delete(dated(ex,
                     "TOKYO, May 12 (Kyodo) -- Japanese and Indian officials "
                     "held the fourth Japan-India Cyber Dialogue by video "
                     "link, the Foreign Ministry said Thursday, a step "
                     "toward the 2022-2025 work plan.\n",
                     "2022"));
}

/* series: the text's own short forms of the participants (a country's
   two-letter code, when the text names the country), their acronyms in
   parentheses dropped, and a title-case headline's verb ends the name */
static void
test_series_codes_acronyms(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "France and Germany held the FR-DE Cyber Consultations in "
                   "Paris on May 2, 2023.\n",
                   "2023-05-02");
  CHECK(!strcmp(str_at(r, "series", false), "FR-DE Cyber Consultations"));
  cJSON_Delete(r);
  r = dated(ex,
            "The 2nd Republic of Korea (ROK)-Japan Cyber Policy Dialogue was "
            "held in Seoul on June 3, 2022.\n",
            "2022-06-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Republic of Korea-Japan Cyber Policy Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "India-Brazil Working Group on Cyber Issues Meets in Delhi on "
            "March 3, 2021.\n",
            "2021-03-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "India-Brazil Working Group on Cyber Issues"));
  cJSON_Delete(r);
}

/* series: a first meeting the text names only in lower case, and a bare
   "X-Y dialogue", name no series; a later round's words still do */
static void
test_series_lower_first(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Officials of Chile and Peru held their first cyber "
                   "dialogue in Lima on April 4, 2022.\n",
                   "2022-04-04");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
  r = dated(ex,
            "Officials of Chile and Peru held their third cyber dialogue in "
            "Lima on April 4, 2022.\n",
            "2022-04-04");
  CHECK(!strcmp(str_at(r, "series", false), "Chile-Peru Cyber Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "Chilean-Peruvian dialogue continues on trade and security. "
            "Delegations of Chile and Peru met in Lima on April 4, 2022.\n",
            "2022-04-04");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
}

/* series: a capitalized name after "the" that states its subject is its
   own, as written; after "their" it is joined to the participants */
static void
test_series_own_subject_name(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Delegates of Peru and Chile met in Lima on May 3, 2024 "
                   "for the second Consultation on Maritime Affairs.\n",
                   "2024-05-03");
  CHECK(
    !strcmp(str_at(r, "series", false), "Consultation on Maritime Affairs"));
  cJSON_Delete(r);
  r = dated(ex,
            "Peru and Chile held their second Consultation on Maritime "
            "Affairs in Lima on May 3, 2024.\n",
            "2024-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Peru-Chile Consultation on Maritime Affairs"));
  cJSON_Delete(r);
  /* its own name in the meeting sentence, not another sentence's series */
  r = dated(ex,
            "Delegates of Peru and Chile held the second Consultation on "
            "Maritime Affairs in Lima on May 3, 2024. It builds on the "
            "Peru-Chile Strategic Dialogue.\n",
            "2024-05-03");
  CHECK(
    !strcmp(str_at(r, "series", false), "Consultation on Maritime Affairs"));
  cJSON_Delete(r);
}

/* place: an agency of no known country is not the place when another
   sentence says where the meeting was */
static void
test_place_agency_no_country(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On May 2, 2024, Peru and Japan held the Japan-Peru Space "
                   "Council at the Space Bureau. The Japan-Peru Space Council "
                   "met in Tokyo, with both ministers as co-chairs.\n",
                   "2024-05-02");
  CHECK(!strcmp(place_of(r), "Tokyo"));
  cJSON_Delete(r);
}

/* place: a video link from a city is attended hybrid, in that city */
static void
test_place_video_link_from(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On June 4, 2021, Canada and Japan held their first cyber "
                   "dialogue by video conference from the Canadian Embassy in "
                   "Tokyo to Ottawa.\n",
                   "2021-06-04");
  CHECK(!strcmp(place_of(r), "Tokyo"));
  CHECK(!strcmp(str_at(r, "attendance", false), "hybrid"));
  cJSON_Delete(r);
  r = dated(ex,
            "On June 4, 2021, Canada and Japan held their first cyber "
            "dialogue by video conference.\n",
            "2021-06-04");
  CHECK(!strcmp(str_at(r, "attendance", false), "virtual"));
  cJSON_Delete(r);
}

/* series: "in the use of" inside a name's "on ..." tail */
static void
test_series_in_the_use_of(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The first round of Brazil-Russia Consultations on "
                   "Security in the use of Information Technologies was held "
                   "in Moscow on June 5, 2019.\n",
                   "2019-06-05");
  CHECK(!strcmp(str_at(r, "series", false),
                "Brazil-Russia Consultations on Security in the use of "
                "Information Technologies"));
  CHECK(!strcmp(place_of(r), "Moscow"));
  cJSON_Delete(r);
}

/* series: bare "talks" in another sentence than the meeting's names no
   series either */
static void
test_series_bare_talks_elsewhere(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Chile, Peru and Bolivia to hold talks on water policy. "
                   "The three sides will meet in Lima on May 2, 2024 to "
                   "discuss the rivers.\n",
                   "2024-05-02");
  char got[64];
  participants(r, got, sizeof(got));
  CHECK(!strcmp(got, "CL PE BO"));
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
}

/* place: a city the extractor does not know, followed by its country */
static void
test_place_city_comma_country(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Peru and Chile held their fourth Maritime Dialogue in "
                   "Arequipa, Peru, on May 2, 2024.\n",
                   "2024-05-02");
  CHECK(!strcmp(place_of(r), "Arequipa"));
  const cJSON* loc = cJSON_GetObjectItemCaseSensitive(r, "location");
  CHECK(!strcmp(str_at(loc, "country", false), "PE"));
  cJSON_Delete(r);
}

/* attendance: a place whose sentence says "a hybrid format" is attended
   hybrid */
static void
test_place_hybrid_format(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Peru and Chile held their fourth Maritime Dialogue in "
                   "Lima on May 2, 2024, in a hybrid format.\n",
                   "2024-05-02");
  CHECK(!strcmp(place_of(r), "Lima"));
  CHECK(!strcmp(str_at(r, "attendance", false), "hybrid"));
  cJSON_Delete(r);
  r = dated(ex,
            "Peru and Chile held their fourth Maritime Dialogue in Lima on "
            "May 2, 2024 and discussed hybrid threats.\n",
            "2024-05-02");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "attendance"));
  cJSON_Delete(r);
}

/* heads: a leading adverbial of time or place is no part of the subject
   ("On March 4, 2021, A and B co-chaired ..."); two subjects with
   honorifics split at their ", and ", the second's side from the "of" and
   participant ending its phrase */
static void
test_heads_lead_in_and_of_country(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nMarch 5, 2021\n\n"
                  "On March 4, 2021, Japanese Ambassador Taro Yamada and the "
                  "Indian Joint Secretary Raj Kumar co-chaired the second "
                  "Japan-India Cyber Dialogue in Tokyo.\n",
                  "JP=Taro Yamada|IN=Raj Kumar"));
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016. On the Japanese side, Ambassador Kenji Sato "
                  "led the talks, while on the Indian side, Joint Secretary "
                  "Raj Kumar led.\n",
                  "JP=Kenji Sato|IN=Raj Kumar"));
  CHECK(heads_are(ex,
                  "Press Release\nMay 3, 2023\n\n"
                  "Ms. Anna Berg, Director for Cyber Policy, and Mr. Kenji "
                  "Sato, Deputy Director-General at the Ministry of Foreign "
                  "Affairs of Japan, held the first Sweden-Japan Cyber "
                  "Consultation in Stockholm on 2 May 2023.\n",
                  "SE=Anna Berg|JP=Kenji Sato"));
}

/* heads: bare capitalized words after " and " go on with the title of
   "Name, Title" ("... for Climate and Energy Security" is no one); a
   semicolon between people led "by" separates them, not clauses */
static void
test_heads_title_and_semicolon(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 5, 2024\n\n"
                  "The Korean delegation to the third Korea-Germany Cyber "
                  "Consultation in Berlin on 4 June 2024 was led by Ms. Kim "
                  "Ji-won, Director-General for Climate and Energy "
                  "Security.\n",
                  "KR=Kim Ji-won"));
  CHECK(heads_are(ex,
                  "Press Release\nJune 4, 2024\n\n"
                  "The second Australia-India Cyber Dialogue was held in "
                  "Canberra on 3 June 2024, chaired by Australia's "
                  "Ambassador for Cyber Affairs, Jane Doe; and India's Joint "
                  "Secretary for Cyber Diplomacy, Raj Kumar.\n",
                  "AU=Jane Doe|IN=Raj Kumar"));
}

/* heads: the titled subject of a clause ending with the phrase of a side
   without a head ("took part on the EU side", "presented from the EU
   side") leads that side */
static void
test_heads_side_subject(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nMay 3, 2024\n\n"
                  "The fourth India-EU Cyber Dialogue was held in New Delhi "
                  "on 2 May 2024. The Indian delegation was led by Mr. Raj "
                  "Kumar, Joint Secretary. Ms. Anna Berg, Director for Cyber "
                  "Policy, took part on the EU side.\n",
                  "IN=Raj Kumar|eu=Anna Berg"));
}

/* heads: a labelled line of chairs, each person in parentheses after the
   name of their side ("Heads of Delegation: United States (Ms. A, ...),
   Japan (Mr. B, ...)"); a member of a group leads the side left */
static void
test_heads_chair_label(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The fifth Japan-U.S. Cyber Dialogue was held in Tokyo on "
                  "12 June 2016.\n"
                  "Heads of Delegation: United States (Ms. Jane Doe, "
                  "Coordinator for Cyber Issues), Japan (Mr. Kenji Sato, "
                  "Ambassador for Cyber Policy).\n",
                  "US=Jane Doe|JP=Kenji Sato"));
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016.\n"
                  "Co-chairs: Mr. Kenji Sato, Ambassador for Cyber Policy, "
                  "Japan; Mr. Raj Kumar, Joint Secretary (India).\n",
                  "JP=Kenji Sato|IN=Raj Kumar"));
}

/* heads: an organization after " at the " ends the title, the
   participant after its last "of" giving the side, no part of its name */
static void
test_heads_at_agency_of_country(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Press Release\nJune 13, 2016\n\n"
                     "The first Denmark-Japan Cyber Consultation was held in "
                     "Tokyo on 12 June 2016. Mr. Lars Holm, Head of Cyber "
                     "Policy at the Ministry of Foreign Affairs of Denmark, "
                     "led the Danish delegation, and the Japanese delegation "
                     "was led by Mr. Kenji Sato, Ambassador for Cyber "
                     "Policy.\n");
  const cJSON* h =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "DK"), "head");
  const cJSON* title = cJSON_GetObjectItemCaseSensitive(h, "title");
  const cJSON* agency = cJSON_GetObjectItemCaseSensitive(h, "agency");
  CHECK(cJSON_IsString(title) &&
        !strcmp(title->valuestring, "Head of Cyber Policy"));
  CHECK(cJSON_IsString(agency) &&
        !strcmp(agency->valuestring, "Ministry of Foreign Affairs"));
  cJSON_Delete(r);
}

/* heads: gapping after "by" with a participant ("Japan was represented by
   A and India by B"): the participant leads the people after it */
static void
test_heads_gapped_by(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016. The Indian delegation was led by Raj Kumar, "
                  "Joint Secretary, and Japan by Ambassador Kenji Sato.\n",
                  "IN=Raj Kumar|JP=Kenji Sato"));
}

/* heads: "attended by" people leads as hosts do when no one is said to
   lead, and "Title Name of Japan" (no comma) is a person of Japan */
static void
test_heads_attended_of(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016. The dialogue was attended by Ambassador "
                  "Kenji Sato of Japan and Joint Secretary Raj Kumar of "
                  "India.\n",
                  "JP=Kenji Sato|IN=Raj Kumar"));
}

/* heads: "represented by a delegation led by A": the people after the
   inner "led by", not its lower-case words */
static void
test_heads_inner_by(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016. India was represented by a delegation "
                  "headed by Joint Secretary Raj Kumar, and Japan by a "
                  "delegation led by Ambassador Kenji Sato.\n",
                  "IN=Raj Kumar|JP=Kenji Sato"));
}

/* heads: after a title's one " of the ", a name with its own acronym and
   an organization word is the head's agency, written without it */
static void
test_heads_acronym_org(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Press Release\nJune 13, 2016\n\n"
                     "The first Korea-Kenya Cyber Consultation was held in "
                     "Seoul on 12 June 2016. Director of the National Cyber "
                     "Security Agency (NCSA) John Mwangi led the Kenyan "
                     "delegation, and the Korean delegation was led by "
                     "Ambassador Kim Min-su.\n");
  const cJSON* h =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "KE"), "head");
  const cJSON* title = cJSON_GetObjectItemCaseSensitive(h, "title");
  const cJSON* agency = cJSON_GetObjectItemCaseSensitive(h, "agency");
  CHECK(cJSON_IsString(title) && !strcmp(title->valuestring, "Director"));
  CHECK(cJSON_IsString(agency) &&
        !strcmp(agency->valuestring, "National Cyber Security Agency"));
  cJSON_Delete(r);
}

/* heads: after a title's bare " of ", capitalized words ending in an
   organization's head are the agency; a unit stays in the title */
static void
test_heads_bare_of_org(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Press Release\nJune 13, 2016\n\n"
                     "The first Korea-Kenya Cyber Consultation was held in "
                     "Seoul on 12 June 2016. The Kenyan delegation was led by "
                     "Mr. John Mwangi, Director of National Cyber Security "
                     "Agency, and the Korean delegation by Mr. Kim Min-su, "
                     "Director-General of Foreign Policy Bureau.\n");
  const cJSON* ke =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "KE"), "head");
  const cJSON* kr =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "KR"), "head");
  const cJSON* t1 = cJSON_GetObjectItemCaseSensitive(ke, "title");
  const cJSON* a1 = cJSON_GetObjectItemCaseSensitive(ke, "agency");
  const cJSON* t2 = cJSON_GetObjectItemCaseSensitive(kr, "title");
  CHECK(cJSON_IsString(t1) && !strcmp(t1->valuestring, "Director"));
  CHECK(cJSON_IsString(a1) &&
        !strcmp(a1->valuestring, "National Cyber Security Agency"));
  CHECK(cJSON_IsString(t2) &&
        !strcmp(t2->valuestring, "Director-General of Foreign Policy Bureau"));
  cJSON_Delete(r);
}

/* heads: "defense secretary A and foreign secretary B": two people, each
   with their own lower-case title */
static void
test_heads_lower_title_pair(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Press Release\nJune 13, 2016\n\n"
                     "The third Australia-UK Ministerial Consultations were "
                     "held in Sydney on 12 June 2016. The British delegation "
                     "was led by defense secretary Ben Wallace and foreign "
                     "secretary Liz Truss.\n");
  const cJSON* h =
    cJSON_GetObjectItemCaseSensitive(delegation(r, "GB"), "head");
  CHECK(cJSON_IsArray(h) && cJSON_GetArraySize(h) == 2);
  const cJSON* second = cJSON_GetArrayItem(h, 1);
  const cJSON* nm = cJSON_GetObjectItemCaseSensitive(second, "name");
  CHECK(cJSON_IsString(nm) && !strcmp(nm->valuestring, "Liz Truss"));
  cJSON_Delete(r);
  /* the same pair as the guests of a host verb */
  r = extract(ex,
              "Press Release\nJune 13, 2016\n\n"
              "The third Australia-UK Ministerial Consultations were held in "
              "Sydney on 12 June 2016. Foreign Minister Marise Payne hosted "
              "Britain's defence secretary Ben Wallace and foreign secretary "
              "Liz Truss.\n");
  h = cJSON_GetObjectItemCaseSensitive(delegation(r, "GB"), "head");
  CHECK(cJSON_IsArray(h) && cJSON_GetArraySize(h) == 2);
  CHECK(!strcmp(head_name(r, "AU"), "Marise Payne"));
  cJSON_Delete(r);
}

/* heads: a participant's name in parentheses ending a person's phrase is
   the person's side ("co-chaired by Mr. A (Japan) and Mr. B (India)") */
static void
test_heads_paren_country(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nJune 13, 2016\n\n"
                  "The third Japan-India Cyber Dialogue was held in Tokyo on "
                  "12 June 2016. The dialogue was co-chaired by Kenji Sato, "
                  "Ambassador for Cyber Policy (Japan), and Raj Kumar, Joint "
                  "Secretary (India).\n",
                  "JP=Kenji Sato|IN=Raj Kumar"));
}

/* A line of the particulars led by its label ("Organisers: ..."), run
   together with the other lines, names the delegations' agencies; a
   registry name that runs on to an organization noun in one capitalized
   run is a unit of that agency, kept whole. */
static void
test_agency_label_lines_units(DkgExtractor* ex)
{
  static const char lab[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-U.S. Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "Venue Tokyo\nCo-hosts Ministry of Economy, Trade and Industry, "
    "Department of State\n";
  static const char unit[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-U.S. Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "Officials of the Cabinet Secretariat Cyber Response Office attended "
    "the talks.\n";
  expect_agencies(ex,
                  lab,
                  "JP",
                  "Ministry of Economy, Trade and Industry",
                  "US",
                  "Department of State");
  expect_agencies(
    ex, unit, "JP", "Cabinet Secretariat Cyber Response Office", "US", "");
}

/* An unknown "Ministry of ..." with a country word, "and" a name of its
   own ending in an organization noun: two agencies of that side. */
static void
test_agency_coordinated_unknown(DkgExtractor* ex)
{
  static const char ee[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth U.S.-Netherlands Cyber Dialogue was held in The Hague on "
    "May 19, 2025, with representatives from the U.S. Department of State "
    "and Department of Justice; and from the Dutch Ministry of Defence and "
    "State Electoral Office.\n";
  expect_agencies(ex,
                  ee,
                  "NL",
                  "Ministry of Defence|State Electoral Office",
                  "US",
                  "U.S. Department of State|Department of Justice");
}

/* The last segment of a head's phrase ending in the head's country of
   several words ("..., Security Council of the Russian Federation") is
   the side's agency. */
static void
test_agency_head_segment_country_words(DkgExtractor* ex)
{
  static const char kr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Republic of Korea Cyber Policy Dialogue was held in "
    "Seoul on May 19, 2025.\n\n"
    "The Korean delegation was headed by Mr. Lee Jiwon, Deputy Director, "
    "Presidential Digital Platform Committee of the Republic of Korea.\n";
  expect_agencies(ex,
                  kr,
                  "KR",
                  "Presidential Digital Platform Committee of the Republic "
                  "of Korea",
                  "JP",
                  "");
}

/* In a head's sentence, an agency-like phrase with the head's country
   word ("... at the Czech Ministry of Foreign Affairs", the head having
   no agency) is the side's, not the other side's registry name. */
static void
test_agency_head_country_word(DkgExtractor* ex)
{
  static const char cz[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Czech-Korean cyber consultations were held in Prague on "
    "May 19, 2025.\n\n"
    "The Czech side was led by Jan Novak, Special Envoy for Cyberspace at "
    "the Czech Ministry of Foreign Affairs.\n";
  expect_agencies(ex, cz, "CZ", "Ministry of Foreign Affairs", "KR", "");
}

/* In a list, a Directorate-General after its parent runs on over bare
   members to the next DG, and the parent names the side of both. */
static void
test_agency_dg_parent(DkgExtractor* ex)
{
  static const char eu[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth U.S.-EU Cyber Dialogue was held in Brussels on May 19, "
    "2025.\n\n"
    "The U.S. Department of Justice, and European Commission "
    "Directorate-General for Justice and Consumers and DG Informatics "
    "joined the dialogue.\n";
  expect_agencies(ex,
                  eu,
                  "eu",
                  "Directorate-General for Justice and Consumers|DG "
                  "Informatics",
                  "US",
                  "U.S. Department of Justice");
}

/* An unknown name of no side listed with a registry name ("In attendance
   were A and the Ministry of ...") is of that name's side; a label
   "Co-Chairs" before a country is no agency. */
static void
test_agency_listed_with_registry(DkgExtractor* ex)
{
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-U.S. Digital Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "In attendance were the Personal Information Protection Commission "
    "and the Ministry of Economy, Trade and Industry, and the Department "
    "of Commerce.\n";
  static const char chairs[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-U.S. Digital Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "Host Ministry of Economy, Trade and Industry\n"
    "Co-Chairs Japan (Professor Sato Ken) and the United States (Ms. Jane "
    "Roe)\n";
  expect_agencies(ex,
                  jp,
                  "JP",
                  "Personal Information Protection Commission|Ministry of "
                  "Economy, Trade and Industry",
                  "US",
                  "Department of Commerce");
  expect_agencies(
    ex, chairs, "JP", "Ministry of Economy, Trade and Industry", "US", "");
}

/* A sentence led by a participant's agency, the subject of "held"
   ("Vietnam's Ministry of ... and Singapore's Ministry of ... held"),
   names the agencies; "and" before another country's name ends a name. */
static void
test_agency_subject_of_held(DkgExtractor* ex)
{
  static const char cz[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Czech-Korean cyber consultations were held in Prague on "
    "May 19, 2025.\n\n"
    "The Czech Ministry of the Interior and Korea's Ministry of the "
    "Interior and Safety held a working meeting on the margins.\n";
  expect_agencies(ex,
                  cz,
                  "CZ",
                  "Ministry of the Interior",
                  "KR",
                  "Ministry of the Interior and Safety");
}

/* In a head's sentence, "at the" after a capitalized title word ends the
   title: the agency after it is the side's, no place; not when the
   sentence lists the side's members. */
static void
test_agency_title_at(DkgExtractor* ex)
{
  static const char eu[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth EU-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Cyber Dialogue was co-chaired by Jane Roe, Director for Security "
    "Policy at the EEAS, and Anna Berg, Acting Director for Data, Trust "
    "and Privacy at the European Commission, on the EU side, and Sato Ken, "
    "Ambassador for Cyber Policy, on the Japanese side.\n";
  expect_agencies(ex, eu, "eu", "European Commission", "JP", "");
}

/* Two participants' country words before a plural organization noun
   ("the Japanese and UK Cabinet Offices") give one agency to each side,
   in the singular; "inviting" names the delegations. */
static void
test_agency_shared_plural(DkgExtractor* ex)
{
  static const char fr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth France-Japan Cyber Dialogue was held in Paris on May 19, "
    "2025, inviting the French and Japanese National Cyber Agencies.\n";
  expect_agencies(
    ex, fr, "FR", "National Cyber Agency", "JP", "National Cyber Agency");
}

/* A country's short name before an organization name ("the US Embassy in
   Prague") names its side; "organised" names the delegations. */
static void
test_agency_country_abbrev(DkgExtractor* ex)
{
  static const char us[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Czech-U.S. cyber consultations were held in Prague on May "
    "19, 2025.\n\n"
    "Some of the sessions took place online: the US Embassy in Prague "
    "organised a video link with Washington.\n";
  expect_agencies(ex, us, "US", "Embassy in Prague", "CZ", "");
}

/* A head's last segment "Ministry of A and B of <country>" is the side's
   agency without its country; "and" before a person is no part of it. */
static void
test_agency_head_segment_and(DkgExtractor* ex)
{
  static const char lv[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Japan-Latvia Cyber Dialogue was held in Riga on May 19, "
    "2025.\n\n"
    "Mr Sato Ken, Director of Cyber Policy Division, Ministry of Foreign "
    "Affairs of Japan and Ms Ilze Berzina, State Secretary, Ministry of "
    "Environmental Protection and Regional Development of Latvia, "
    "reiterated the importance of co-operation.\n";
  expect_agencies(ex,
                  lv,
                  "LV",
                  "Ministry of Environmental Protection and Regional "
                  "Development",
                  "JP",
                  "");
}

/* A DG among a head's segments, up to its code's parenthesis, is an
   agency of the side its parent after it names. */
static void
test_agency_head_dg(DkgExtractor* ex)
{
  static const char eu[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth EU-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025.\n\n"
    "The Cyber Dialogue was hosted by Jane Roe, Director, Security Policy, "
    "European External Action Service (EEAS) and Anna Berg, Acting "
    "Director, Data, Privacy and Trust, DG Justice and Consumers (DG "
    "JUST), European Commission as co-chairs for the European Union (EU) "
    "and by Sato Ken, Ambassador for Cyber Policy, for Japan.\n";
  expect_agencies(
    ex, eu, "eu", "European Commission|DG Justice and Consumers", "JP", "");
}

/* The subject of "held" naming a person by a title ending "at the
   Ministry of ... of <country>" gives that side the agency. */
static void
test_agency_subject_title(DkgExtractor* ex)
{
  static const char nl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Korea-Netherlands Consultation on Security Issues took place "
    "in Seoul on May 19, 2025.\n\n"
    "Ms. Anna de Vries, Head of Cyber Policy at the Ministry of Justice of "
    "the Netherlands, held talks with her counterparts.\n";
  expect_agencies(ex, nl, "NL", "Ministry of Justice", "KR", "");
}

/* topics (topics2): "that" before a verb of its own ends the item as a
   relative clause does; a list marker ("[ii]", "(b)") heads no topic; two
   names after "by"/"between"/"with" are one item */
static void
test_topic2_relative_marker_names(DkgExtractor* ex)
{
  static const char* const rel[] = {
    "recent ransomware campaigns against hospitals", "port security", NULL
  };
  CHECK(topics_are(ex,
                   "The two sides discussed recent ransomware campaigns "
                   "against hospitals that had disrupted care for weeks, "
                   "and port security.",
                   rel));
  static const char* const marks[] = { "incident reporting",
                                       "an exchange of liaison officers",
                                       NULL };
  CHECK(topics_are(ex,
                   "The delegations reviewed (a) incident reporting and (b) "
                   "an exchange of liaison officers.",
                   marks));
  static const char* const names[] = {
    "cyber hygiene", "joint projects funded by Canada and Germany", NULL
  };
  CHECK(topics_are(ex,
                   "They discussed cyber hygiene, as well as joint projects "
                   "funded by Canada and Germany.",
                   names));
}

/* topics (topics2): "as well as" is a conjunction of its own, so the item
   after it is not cut at its "and" */
static void
test_topic2_as_well_as_whole(DkgExtractor* ex)
{
  static const char* const want[] = { "maritime security",
                                      "energy and climate policy",
                                      NULL };
  CHECK(topics_are(ex,
                   "The ministers discussed maritime security as well as "
                   "energy and climate policy.",
                   want));
}

/* topics (topics2): "between A and B" is one item, not cut at its "and" */
static void
test_topic2_between(DkgExtractor* ex)
{
  static const char* const one[] = {
    "links between port operators and customs authorities", NULL
  };
  CHECK(topics_are(ex,
                   "The experts reviewed the links between port operators "
                   "and customs authorities.",
                   one));
}

/* topics (topics2): the event itself ("at the talks", "in the meeting")
   closes a list, as its time does */
static void
test_topic2_event_itself(DkgExtractor* ex)
{
  static const char* const want[] = { "supply chain risks", NULL };
  CHECK(topics_are(ex,
                   "Both sides reviewed supply chain risks at the talks, "
                   "the ministry said.",
                   want));
}

/* topics (topics2): the "including" examples of a verb's one object are
   topics when they are three noun phrases or more, "as well as" and a
   comma before a closing quote counting as separators */
static void
test_topic2_including_separators(DkgExtractor* ex)
{
  static const char* const want[] = { "recent seizure of a \"ghost ship",
                                      "illegal fishing",
                                      "port state controls",
                                      "regional maritime challenges",
                                      NULL };
  CHECK(topics_are(ex,
                   "The delegations addressed regional maritime challenges, "
                   "including the recent seizure of a \"ghost ship,\" and "
                   "illegal fishing as well as port state controls.",
                   want));
}

/* topics (topics2): "evaluated", "examined" are verbs of discussion as
   "assessed", "reviewed" are; "discussions of" a noun of discussion */
static void
test_topic2_evaluated(DkgExtractor* ex)
{
  static const char* const want[] = { "joint exercises",
                                      "points of contact",
                                      "2030 roadmap",
                                      "port security",
                                      NULL };
  CHECK(topics_are(ex,
                   "The officials evaluated joint exercises, points of contact "
                   "and the 2030 roadmap. They also examined port security.",
                   want));
}

/* topics (topics2): a comma list of areas ("cooperation in the key
   sectors of A, B and C") has the areas for items, its head is generic */
static void
test_topic2_areas_of(DkgExtractor* ex)
{
  static const char* const want[] = {
    "port logistics", "tourism", "food safety", NULL
  };
  CHECK(topics_are(ex,
                   "The two sides reviewed cooperation in the key sectors of "
                   "port logistics, tourism and food safety.",
                   want));
}

/* topics (topics2): no item starts with a preposition, so ", in line
   with ..." goes on with the item before it; in an "including" list a
   later "and" before a determiner is the cut, not an "and" of nouns */
static void
test_topic2_prep_and_det(DkgExtractor* ex)
{
  static const char* const want[] = {
    "review of the rules on storage and transfer of data",
    "plans of Chile to reform its telecom law, in line with OECD "
    "guidance",
    "settings",
    "responsibilities",
    "policy developments",
    NULL
  };
  CHECK(topics_are(ex,
                   "The sides provided updates on their settings, "
                   "responsibilities as well as policy developments, "
                   "including the review of the rules on "
                   "storage and transfer of data and the plans of Chile to "
                   "reform its telecom law, in line with OECD guidance.",
                   want));
}

/* topics (topics2): "efforts in" in the speakers' own voice ("our joint
   efforts in", "we join efforts in") is a pledge, no topic list; the
   sides' reported efforts are */
static void
test_topic2_pledge_efforts(DkgExtractor* ex)
{
  static const char* const want[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed port security. We will "
                   "redouble our joint efforts in countering disinformation "
                   "and fraud.",
                   want));
}

/* topics (topics2): a generic head's "including" list in a pledge ("will
   continue to work ... in areas including A and B") names no topics */
static void
test_topic2_pledge_areas(DkgExtractor* ex)
{
  static const char* const want[] = { "port security", NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed port security. The two sides "
                   "pledged to deepen research ties in fields including "
                   "quantum sensing and batteries.",
                   want));
}

/* topics (topics2): the place and day of another event ("in Oslo on 3
   March 2022") close an item, which is what precedes them */
static void
test_topic2_item_date(DkgExtractor* ex)
{
  static const char* const want[] = {
    "follow-up to the ministerial meeting of the Nordic-Baltic group", NULL
  };
  CHECK(topics_are(ex,
                   "The sides reviewed the follow-up to the ministerial "
                   "meeting of the Nordic-Baltic group in Oslo on 3 March "
                   "2022.",
                   want));
}

/* topics (topics2): "its" names a third party and stays; "their" goes */
static void
test_topic2_its(DkgExtractor* ex)
{
  static const char* const want[] = {
    "regime's missile launches", "its arms transfers", "export controls", NULL
  };
  CHECK(topics_are(ex,
                   "The sides discussed the regime's missile launches, its "
                   "arms transfers and their export controls.",
                   want));
}

/* topics (topics2): the commas of a quoted title separate no items */
static void
test_topic2_quoted_title(DkgExtractor* ex)
{
  static const char* const want[] = { "plan \"Safe, Open and Fair Networks\"",
                                      "port security",
                                      NULL };
  CHECK(topics_are(ex,
                   "The sides discussed the plan \"Safe, Open and Fair "
                   "Networks\", and port security.",
                   want));
}

/* topics (topics2): the comma before a date's year ("June 3, 2012")
   separates no items */
static void
test_topic2_date_comma(DkgExtractor* ex)
{
  static const char* const want[] = { "port security", "cyber hygiene", NULL };
  CHECK(topics_are(ex,
                   "The experts reviewed port security, cyber hygiene on June "
                   "3, 2012, at the Tallinn summit.",
                   want));
}

/* topics (topics2): an item that opens with a finite verb is a clause,
   no topic */
static void
test_topic2_finite_item(DkgExtractor* ex)
{
  static const char* const want[] = { "phishing campaigns against banks",
                                      NULL };
  CHECK(topics_are(ex,
                   "The sides discussed phishing campaigns against banks "
                   "that had begun in spring and are growing.",
                   want));
}

/* topics (topics2): a closing parenthesis before "including" ends an
   aside as a comma does; a defined short name "(hereinafter ...)" goes */
static void
test_topic2_paren_including(DkgExtractor* ex)
{
  static const char* const want[] = { "port drills",    "staff exchanges",
                                      "joint audits",   "data sharing",
                                      "joint projects", NULL };
  CHECK(topics_are(ex,
                   "The sides evaluated joint projects (hereinafter "
                   "\"JPs\") including port drills, staff exchanges, "
                   "joint audits and data sharing.",
                   want));
}

/* meeting (meeting3): "future" or "subsequent" marks another round only
   with a meeting noun after it ("future talks"); "for future cooperation"
   leaves the sentence the meeting's */
static void
test_meeting3_future_not_round(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The third Canada-Norway Cyber Dialogue was held in Oslo "
                   "on 4 May 2021, where both sides set out a plan for "
                   "future cooperation on cyber capacity building.",
                   "2021-05-04");
  cJSON_Delete(r);
}

/* meeting (meeting3): a yearless day of the meeting sentence in an
   undated release takes its year from the earlier event the text dates,
   not the date of a later sentence that names that event */
static void
test_meeting3_yearless_after_event(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The first Italy-Brazil Cyber Dialogue took place in "
                   "Brasilia on Monday 6 March. The leaders had agreed on "
                   "the dialogue at their summit in Rome on 9 June 2016.",
                   "2017-03-06");
  cJSON_Delete(r);
}

/* meeting (meeting3): "led the" reports the meeting as "held" does ("...
   led the second ... Consultations on 12 October 2022"), so a dated
   sentence with it is preferred over an undated one */
static void
test_meeting3_led_the(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The two sides hold consultations on cyber issues every "
                   "year. Ana Ruiz and Tomas Vidal led the second Peru-Spain "
                   "Cyber Consultations on 12 October 2022 in Lima.",
                   "2022-10-12");
  cJSON_Delete(r);
}

/* meeting (meeting3): "the convening of" a meeting reports it; a season
   and a year ("in spring 2024", "in the autumn of 2019") date it by the
   year only, never a month or a day */
static void
test_meeting3_convening_season(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Talks will resume with the convening of the third "
                   "Chile-Mexico Cyber Working Group meeting in Santiago in "
                   "spring 2024.",
                   "2024");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  r = dated(ex,
            "The fourth Chile-Mexico cyber dialogue was held in Santiago in "
            "the autumn of 2019.",
            "2019");
  cJSON_Delete(r);
}

/* meeting (meeting3): "occurred" and "happened" say the meeting was held */
static void
test_meeting3_occurred_held(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The consultations between Peru and Spain occurred in "
                   "Lima on 3 March 2021.",
                   "2021-03-03");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
}

/* meeting (meeting3): an abbreviated weekday ("Tue.", "(Thu.)") ends no
   sentence, so a two-day date with weekdays stays whole */
static void
test_meeting3_weekday_abbrev(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The second Peru-Spain Cyber Consultations were held in "
                   "Madrid on 3 (Tue.) and 4 (Wed.) March 2020.",
                   "2020-03-03");
  CHECK(!strcmp(str_at(r, "end_date", false), "2020-03-04"));
  cJSON_Delete(r);
}

/* meeting (meeting3): "in an online format", "on a virtual platform"
   make a meeting by video; "to launch a virtual platform" does not */
static void
test_meeting3_virtual_medium(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The third Peru-Spain Cyber Consultations were held in an "
                   "online format on 9 June 2021.",
                   "2021-06-09");
  CHECK(!strcmp(str_at(r, "attendance", false), "virtual"));
  cJSON_Delete(r);
  r = dated(ex,
            "The third Peru-Spain Cyber Consultations were held on 9 June "
            "2021, and the sides agreed to launch a virtual platform for "
            "exchanges.",
            "2021-06-09");
  CHECK(strcmp(str_at(r, "attendance", false), "virtual"));
  cJSON_Delete(r);
}

/* heads (deleg3): "HE" (His or Her Excellency without points) and
   "Eng." are honorifics, no part of the name; a name of up to seven words
   with particles stays whole ("Salim bin Hamad Al Rashdi Al Harthy") */
static void
test_deleg3_he_eng_long_name(DkgExtractor* ex)
{
  CHECK(heads_are(ex,
                  "Press Release\nMay 3, 2024\n\n"
                  "The first Oman-Japan Cyber Dialogue was held in Muscat "
                  "on May 2, 2024. The Omani delegation was led by HE "
                  "Salim bin Hamad Al Rashdi Al Harthy, Director of "
                  "Cyber Policy, and the Japanese delegation was led by HE "
                  "Kenji Sato, Ambassador for Cyber Policy.\n",
                  "OM=Salim bin Hamad Al Rashdi Al Harthy|JP=Kenji Sato"));
}

/* agencies (deleg3): a plural organization name before "of" and both
   participants ("the Security Councils of Kazakhstan and Belarus") gives
   each side the singular name, in any sentence */
static void
test_deleg3_plural_of_both(DkgExtractor* ex)
{
  static const char cl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Chile-Peru Cyber Dialogue was held in Lima on May 19, 2025. "
    "Experts of the National Cyber Agencies of Chile and Peru exchanged "
    "views on incident response.\n";
  expect_agencies(
    ex, cl, "CL", "National Cyber Agency", "PE", "National Cyber Agency");
}

/* agencies (deleg3): the subject of "held" that starts with an
   organization name and names another ("The Ministry ... of Poland,
   together with the Ministry ...") gives the participants' agencies; one
   ministry alone that held it (maybe the publisher) gives none */
static void
test_deleg3_subject_two_orgs(DkgExtractor* ex)
{
  static const char two[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Ministry of Digital Affairs of Poland, together with the Ministry "
    "of Internal Affairs and Communications, held the third Japan-Poland "
    "ICT Policy Dialogue in Tokyo on May 19, 2025.\n";
  expect_agencies(ex,
                  two,
                  "JP",
                  "Ministry of Internal Affairs and Communications",
                  "PL",
                  "Ministry of Digital Affairs");
  static const char one[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Ministry of Internal Affairs and Communications held the third "
    "Japan-Poland ICT Policy Dialogue in Tokyo on May 19, 2025.\n";
  expect_agencies(ex, one, "JP", "", "PL", "");
}

/* agencies (deleg3): a coordinated complement with one more "and" in its
   last segment stays one name; the participant after its acronym in
   parentheses ("(MCTID) of the Republic of Brazil") gives its side */
static void
test_deleg3_complement_and_paren_of(DkgExtractor* ex)
{
  static const char br[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Ministry of Economy, Trade and Industry, together with the "
    "Ministry of Science, Technology and Innovation and Digital "
    "Transformation (MCTID) of the Republic of Brazil, held the second "
    "Brazil-Japan ICT Dialogue in Tokyo on May 19, 2025.\n";
  expect_agencies(ex,
                  br,
                  "BR",
                  "Ministry of Science, Technology and Innovation and "
                  "Digital Transformation",
                  "JP",
                  "Ministry of Economy, Trade and Industry");
}

/* agencies (deleg3): a head's title "Rank of the <... Authority/Agency/
   Centre> [(ACR)] [of <own country>]" names the body led: the side's
   agency; a unit ("Director of the Department of ...") is none */
static void
test_deleg3_title_org(DkgExtractor* ex)
{
  static const char gh[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Ghana-Japan Cyber Dialogue was held in Accra on May 19, "
    "2025. The Ghanaian delegation was led by Mr. Kwame Mensah, Director "
    "General of the Cyber Security Authority (CSA) of Ghana, and the "
    "Japanese delegation was led by Mr. Kenji Sato, Ambassador for Cyber "
    "Policy.\n";
  expect_agencies(ex, gh, "GH", "Cyber Security Authority", "JP", "");
}

/* place (placeseries3): a capital the extractor knows gives its country
   ("in Yerevan" is in Armenia), and a capital's former name too
   ("Nur-Sultan city", Astana's name 2019-2022) */
static void
test_place3_capital_country(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Armenia and Georgia held their second cyber dialogue "
                     "in Yerevan on 4 May 2021.\n");
  CHECK(!strcmp(place_of(r), "Yerevan"));
  CHECK(!strcmp(
    str_at(cJSON_GetObjectItemCaseSensitive(r, "location"), "country", false),
    "AM"));
  cJSON_Delete(r);
  r = extract(ex,
              "Uzbekistan and Kazakhstan held consultations on information "
              "security on 3 March 2020 in Nur-Sultan city.\n");
  CHECK(!strcmp(place_of(r), "Nur-Sultan"));
  CHECK(!strcmp(
    str_at(cJSON_GetObjectItemCaseSensitive(r, "location"), "country", false),
    "KZ"));
  cJSON_Delete(r);
}

/* series (placeseries3): "Indo-" before another country is India's
   combining form, as "Franco-" is France's: the text's name is kept */
static void
test_series3_indo_combining(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The second Indo-German Cyber Consultations took place "
                     "in Berlin on 5 May 2021.\n");
  CHECK(!strcmp(str_at(r, "series", false), "Indo-German Cyber Consultations"));
  cJSON_Delete(r);
}

/* series (placeseries3): a name written in lower case in the meeting
   sentence gives way to the text's capitalized writing of the same pair
   and head noun elsewhere */
static void
test_series3_capital_writing(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Chile-Peru Joint Cyber Policy Dialogue (Lima, 3 May "
                     "2021)\n\nThe second Chile-Peru cyber dialogue was held "
                     "in Lima on 3 May 2021.\n");
  CHECK(!strcmp(str_at(r, "series", false),
                "Chile-Peru Joint Cyber Policy Dialogue"));
  cJSON_Delete(r);
}

/* place (placeseries3): a meeting held during a visit to a known city is
   in that city */
static void
test_place3_during_visit(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Norway and Chile held cyber consultations on 2 June "
                     "2022 during the Norwegian minister's state visit to "
                     "Santiago.\n");
  CHECK(!strcmp(place_of(r), "Santiago"));
  cJSON_Delete(r);
}

/* series (placeseries3): a body named only in a later sentence ("A
   Japan-Philippines Cyber Working Group shall ...") gives way to the
   meeting's own name in the heading ("Plenary Session of Japan and the
   Philippines"), its ordinal dropped */
static void
test_series3_heading_session(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Second Plenary Session of Japan and the Philippines, "
                     "Manila, 3 May 2021\n\nThe second plenary session of "
                     "Japan and the Philippines was held in Manila on 3 May "
                     "2021. A Japan-Philippines Cyber Working Group shall "
                     "prepare the next steps.\n");
  CHECK(!strcmp(str_at(r, "series", false),
                "Plenary Session of Japan and the Philippines"));
  cJSON_Delete(r);
}

/* series (placeseries3): words of a meeting only in lower case, with no
   ordinal or round before them and never capitalized in the text, name no
   series; with an ordinal they do; a number ("17:19") is no word of one */
static void
test_series3_lower_description(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Armenia and Georgia held planned consultations on "
                     "information security in Yerevan on 4 May 2021.\n");
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "series"));
  cJSON_Delete(r);
  r = extract(ex,
              "Armenia and Georgia held their fourth planned consultations "
              "on information security in Yerevan on 4 May 2021.\n");
  CHECK(!strcmp(str_at(r, "series", false),
                "Armenia-Georgia Planned Consultations"));
  cJSON_Delete(r);
  r = extract(ex,
              "4 May 2021, 17:19 Consultations took place between Armenia "
              "and Georgia in Yerevan on 4 May 2021.\n");
  const cJSON* sr = cJSON_GetObjectItemCaseSensitive(r, "series");
  CHECK(!cJSON_IsString(sr) || !strstr(sr->valuestring, "19"));
  cJSON_Delete(r);
}

/* topics (topics3): two activities joined by "and" are two topics; an
   activity whose "and" joins nouns stays one */
static void
test_topic3_two_activities(DkgExtractor* ex)
{
  static const char* const want[] = { "auditing port systems",
                                      "training customs officers",
                                      NULL };
  CHECK(topics_are(ex,
                   "The talks focused on auditing port systems and "
                   "training customs officers.",
                   want));
  static const char* const one[] = {
    "reviewing the rules and procedures of incident reporting", NULL
  };
  CHECK(topics_are(ex,
                   "The talks focused on reviewing the rules and procedures "
                   "of incident reporting.",
                   one));
}

/* topics (topics3): "shared their X" keeps "their" (each side's own);
   another verb's "their" goes */
static void
test_topic3_shared_their(DkgExtractor* ex)
{
  static const char* const want[] = { "their port audit results", NULL };
  CHECK(
    topics_are(ex, "Both delegations shared their port audit results.", want));
  static const char* const other[] = { "port audit results", NULL };
  CHECK(topics_are(
    ex, "Both delegations discussed their port audit results.", other));
}

/* topics (topics3): "presented their X" is an account, a topic; a thing
   handed over ("presented a draft plan") is none; "shared their X" (not an
   opinion) is a topic */
static void
test_topic3_presented(DkgExtractor* ex)
{
  static const char* const want[] = { "their port audit results",
                                      "their plans for customs data",
                                      NULL };
  CHECK(topics_are(ex,
                   "The two sides shared their port audit results and "
                   "presented their plans for customs data.",
                   want));
  static const char* const none[] = { NULL };
  CHECK(
    topics_are(ex, "The ministry presented a draft plan to the sides.", none));
}

/* topics (topics3): "A and how B" is two things; "; and prepare for ..."
   is the infinitive's next verb, no item of a semicolon list */
static void
test_topic3_and_how(DkgExtractor* ex)
{
  static const char* const want[] = { "port authority's audit plan",
                                      "how the agency trains inspectors",
                                      NULL };
  CHECK(topics_are(ex,
                   "The meeting let the sides discuss the port authority's "
                   "audit plan and how the agency trains inspectors; and "
                   "prepare for the summit in May.",
                   want));
}

/* topics (topics3): "introduced their X" is an account; a named document
   ("introduced the Port Charter") is none; a purpose after a list of
   several items ends it */
static void
test_topic3_introduced(DkgExtractor* ex)
{
  static const char* const want[] = { "audit methods", "staff training", NULL };
  CHECK(topics_are(ex,
                   "The sides introduced their audit methods, and their staff "
                   "training in order to find areas of joint work.",
                   want));
  static const char* const none[] = { NULL };
  CHECK(topics_are(ex, "The ministry introduced the Port Charter.", none));
}

/* topics (topics3): "their efforts such as A, B, and C": the head names
   only a kind, A is the item */
static void
test_topic3_efforts_such_as(DkgExtractor* ex)
{
  static const char* const want[] = {
    "port audits", "staff training", "customs data sharing", NULL
  };
  CHECK(topics_are(ex,
                   "The sides discussed their efforts such as port audits, "
                   "staff training, and customs data sharing.",
                   want));
}

/* A series name whose participants stand either side of a spaced dash
   ("United States - Czech Republic Cyber Dialogue", "Japan – India ...")
   gives the two participants; a dash that only sets off words between
   the countries gives none of its own. */
static void
test_series_spaced_dash(DkgExtractor* ex)
{
  char parts[64];
  cJSON* r = dated(ex,
                   "The inaugural United States - Czech Republic Cyber "
                   "Dialogue was held on Monday, 18 March 2024 in Prague.\n",
                   "2024-03-18");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "US CZ"));
  CHECK(!strcmp(str_at(r, "series", false),
                "United States - Czech Republic Cyber Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "The second Japan \xe2\x80\x93 India Cyber Dialogue was held in "
            "Tokyo on May 1, 2020.\n",
            "2020-05-01");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "JP IN"));
  cJSON_Delete(r);
}

/* meeting4: the record of `text` when there is one (no CHECK on failure),
   else NULL. */
static cJSON*
try_extract(DkgExtractor* ex, const char* text)
{
  cJSON* r = NULL;
  if (dkg_extract(
        ex, "t.txt", text, strlen(text), DKG_EXTRACT_TEXT, true, &r) !=
      DKG_SUCCESS) {
    cJSON_Delete(r);
    return NULL;
  }
  return r;
}

/* meeting4: date lines of more publishers' shapes (year/month/day with
   "/" or ".", "15-Dec-2022", a posting stamp after a title, a wire header
   with a month of another language, a byline run into the text); a
   weekday is resolved against them. */
static void
test_meeting4_date_lines(DkgExtractor* ex)
{
  static const struct
  {
    const char* header;
    const char* published;
  } cases[] = {
    { "By Ana Souza in Santiago Source: El Diario Published: 2021/3/25 "
      "20:08:40",
      "2021-03-25" },
    { "Posted on 2021.03.25", "2021-03-25" },
    { "Updated 25-Mar-2021 11:02 GMT", "2021-03-25" },
    { "Chile and Brazil: a statement 03/25/2021 04:10 PM EDT", "2021-03-25" },
    { "(ANSA) - Roma, 25 Marzo 2021", "2021-03-25" },
    { "Paris, le 25 mars 2021", "2021-03-25" },
    { "Berlin, 25. M\xC3\xA4rz 2021", "2021-03-25" },
    { "(EFE) Madrid, 25 de marzo de 2021", "2021-03-25" },
    { "Lisboa, 25 de mar\xC3\xA7o de 2021", "2021-03-25" },
  };
  char text[512];
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    snprintf(text,
             sizeof(text),
             "Brazil and Chile hold cyber talks\n\n%s\n\n"
             "Brazil and Chile held the third Brazil-Chile Cyber Dialogue in "
             "Santiago on Monday.\n",
             cases[i].header);
    cJSON* r = dated(ex, text, "2021-03-22");
    if (strcmp(str_at(r, "published", true), cases[i].published)) {
      fprintf(stderr,
              "published of \"%s\": got \"%s\"\n",
              cases[i].header,
              str_at(r, "published", true));
    }
    CHECK(!strcmp(str_at(r, "published", true), cases[i].published));
    cJSON_Delete(r);
  }
  /* a byline with its publication label, run into the text */
  cJSON* r = dated(ex,
                   "Brazil, Chile Agree To Share Data - Ministry.\n\n"
                   "Rui Costa Published March 25, 2021 | 09:01 PM\n\n"
                   "Brazil and Chile held the third Brazil-Chile Cyber "
                   "Dialogue in Santiago on Tuesday.\n",
                   "2021-03-23");
  cJSON_Delete(r);
  /* an ordinal day and a comma before the year; the 5th of June */
  XDate d[2];
  const char* t = "SANTIAGO (Agencia - 25th March, 2021) and the 5th of "
                  "June, 2020";
  CHECK(xdate_find(t, 0, strlen(t), d, 2u) == 2u);
  CHECK(d[0].from.y == 2021 && d[0].from.m == 3 && d[0].from.d == 25);
  CHECK(d[1].from.y == 2020 && d[1].from.m == 6 && d[1].from.d == 5);
  /* a year, a month above 12 and a day: no date */
  t = "ticket 2021/13/05 and 2021-3 -05";
  CHECK(xdate_find(t, 0, strlen(t), d, 2u) == 0u);
}

/* meeting4: a meeting the text reports as held, with no date of its own,
   takes the year of the release's date (with a note), when that date
   lies far enough into its year: 10 days, 45 after "recently"; never for
   one announced, nor from a date of another event's clause. */
static void
test_meeting4_publication_year(DkgExtractor* ex)
{
  static const struct
  {
    const char* header;
    const char* sentence;
    const char* date; /* NULL: no record */
  } cases[] = {
    { "Published: 2021-11-20",
      "Officials of Brazil and Chile recently met in Brasilia for the 4th "
      "Brazil-Chile Cyber Consultations.",
      "2021" },
    { "Published: 2021-01-30",
      "Officials of Brazil and Chile recently met in Brasilia for the 4th "
      "Brazil-Chile Cyber Consultations.",
      NULL },
    { "Posted on 2021-06-05",
      "The inaugural Brazil-Chile Cyber Dialogue took place in Santiago.",
      "2021" },
    { "Posted on 2021-01-05",
      "The inaugural Brazil-Chile Cyber Dialogue took place in Santiago.",
      NULL },
    { "Posted on 2021-06-05",
      "Brazil and Chile will hold the inaugural Brazil-Chile Cyber "
      "Dialogue in Santiago.",
      NULL },
    { "Posted on 2021-06-05",
      "The two sides conducted the first Brazil-Chile Cyber Dialogue in "
      "Santiago. First announced by the two presidents in May 2020, the "
      "dialogue gives officials a place to hold regular talks.",
      "2021" },
    { "Posted on 2021-06-05",
      "The Brazil-Chile Cyber Dialogue, established in May 2015, was held "
      "in Santiago on 3 June 2021.",
      "2021-06-03" },
    { "11/12/2021 | News release",
      "The inaugural Brazil-Chile Cyber Dialogue took place in Santiago.",
      "2021" },
    { "01/05/2021 | News release",
      "The inaugural Brazil-Chile Cyber Dialogue took place in Santiago.",
      NULL },
    { "Posted on 2021-06-05",
      "During the Brazil-Chile Cyber Dialogue held in Santiago, the sides "
      "announced a joint plan on 3 June 2021.",
      "2021-06-03" },
  };
  char text[640];
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    snprintf(text,
             sizeof(text),
             "Brazil and Chile talks\n\n%s\n\n%s\n",
             cases[i].header,
             cases[i].sentence);
    cJSON* r = try_extract(ex, text);
    const char* got = r ? str_at(r, "date", false) : "(none)";
    const bool ok = cases[i].date ? r && !strcmp(got, cases[i].date) : !r;
    if (!ok) {
      fprintf(stderr, "publication year case %zu: got %s\n", i, got);
    }
    CHECK(ok);
    if (r && cases[i].date && strlen(cases[i].date) == 4u) {
      /* the evidence says the year is the release's */
      bool noted = false;
      const cJSON* e = NULL;
      cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(r, "evidence"))
      {
        const cJSON* path = cJSON_GetObjectItemCaseSensitive(e, "path");
        const cJSON* note = cJSON_GetObjectItemCaseSensitive(e, "$note");
        noted |= cJSON_IsString(path) && !strcmp(path->valuestring, "/date") &&
                 cJSON_IsString(note) &&
                 strstr(note->valuestring, "year of the release's date");
      }
      CHECK(noted);
    }
    cJSON_Delete(r);
  }
}

/* meeting4: the round xmeeting_round reads in `t` is `want`. */
static void
round_is(const char* t, int want)
{
  XSpan sp = { 0, 0 };
  const int got = xmeeting_round(t, 0, strlen(t), &sp);
  if (got != want) {
    fprintf(stderr, "round of \"%s\": got %d\n", t, got);
  }
  CHECK(got == want);
}

/* meeting4: an ordinal before a name whose capitalized words are a
   comma list ("the 12th Brazil-Chile Political, Trade, and Defense
   Dialogue"); after such a comma a lower-case word ends the run. */
static void
test_meeting4_round_comma_list(void)
{
  round_is("The 12th Brazil-Chile Political, Trade, and Defense Dialogue", 12);
  round_is("the ninth Political, Security and Defence Talks", 9);
  round_is("the 3rd Economic, Energy, Science Consultations", 3);
  round_is("In the first Quarter, Chile held talks", 0);
  round_is("the second Plenary, which discussed the talks", 0);
}

/* meeting4: "yesterday" and "tomorrow" in the meeting sentence are the
   day before and after the release's date; a source that spoke
   "yesterday" dates no meeting. */
static void
test_meeting4_yesterday(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Peru and Chile talks\n\nPublished: 2021-06-01\n\n"
                   "Peru and Chile held the second Peru-Chile Cyber "
                   "Dialogue in Lima yesterday.\n",
                   "2021-05-31");
  cJSON_Delete(r);
  r = dated(ex,
            "Peru and Chile talks\n\nPosted on 31 December 2021\n\n"
            "Peru and Chile will hold the second Peru-Chile Cyber "
            "Dialogue in Lima tomorrow.\n",
            "2022-01-01");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  r = dated(ex,
            "Peru and Chile talks\n\nPublished: 2021-06-05\n\n"
            "Peru and Chile held the second Peru-Chile Cyber Dialogue in "
            "Lima, the ministry said yesterday.\n",
            "2021");
  cJSON_Delete(r);
}

/* A series name whose descriptor is a list of capitalized words ("Political,
   Security, and Defense Dialogue") is read whole; a chain of three
   participants ("Brazil-Argentina-Chile ...") gives all three, in the
   name's order. "Washington D.C" without its last period is the city. */
static void
test_series4_list_and_chain(DkgExtractor* ex)
{
  char parts[64];
  cJSON* r = dated(ex,
                   "The 5th India-France Economic, Trade, and Cyber Dialogue "
                   "was held in Paris on June 3, 2021.\n",
                   "2021-06-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "India-France Economic, Trade, and Cyber Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Japan-Canada Security, Defence Dialogue met in Washington "
            "D.C on 4 May 2022.\n",
            "2022-05-04");
  CHECK(!strcmp(str_at(r, "series", false),
                "Japan-Canada Security, Defence Dialogue"));
  CHECK(!strcmp(place_of(r), "Washington D.C"));
  cJSON_Delete(r);
  r = dated(ex,
            "On May 2, 2022, Chile hosted the first meeting of the "
            "Brazil-Argentina-Chile Trilateral Cyber Working Group.\n",
            "2022-05-02");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "BR AR CL"));
  CHECK(!strcmp(str_at(r, "series", false),
                "Brazil-Argentina-Chile Trilateral Cyber Working Group"));
  cJSON_Delete(r);
}

/* A meeting of a body of a series ("a committee of the Canada-Mexico
   Partnership Dialogue") is the body's, by the capitalized name the text
   gives it (the title's "Cyber Committee of the ..."); a round of the
   series ("the second meeting of the ...") stays the series'. */
static void
test_series4_body_of_series(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Cyber Committee of the Canada-Mexico Partnership "
                   "Dialogue\n\nOn 3 March 2022, Canada and Mexico convened "
                   "a committee of the Canada-Mexico Partnership Dialogue in "
                   "Ottawa.\n",
                   "2022-03-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Cyber Committee of the Canada-Mexico Partnership Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Digital Subgroup of the UK-Kenya Security Dialogue met in "
            "Nairobi on 3 March 2022.\n",
            "2022-03-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Digital Subgroup of the UK-Kenya Security Dialogue"));
  cJSON_Delete(r);
  r = dated(ex,
            "Cyber Task Force of the Canada-Mexico Partnership Dialogue\n\n"
            "On 3 March 2022, Canada and Mexico held the second meeting of "
            "the Canada-Mexico Partnership Dialogue in Ottawa.\n",
            "2022-03-03");
  CHECK(
    !strcmp(str_at(r, "series", false), "Canada-Mexico Partnership Dialogue"));
  cJSON_Delete(r);
}

/* A body named in quotes after its participants' adjectives ("the
   Spanish-Moroccan working group \"Joint Committee on Digital Security\"")
   gives the participants and the series, the name in quotes. A known city
   that hosts is the place; a country that hosts names none. */
static void
test_series4_quoted_body(DkgExtractor* ex)
{
  char parts[64];
  cJSON* r = dated(ex,
                   "On 12 May 2022, Rabat hosted the third meeting of the "
                   "Spanish-Moroccan working group \"Joint Committee on "
                   "Digital Security\".\n",
                   "2022-05-12");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "ES MA"));
  CHECK(
    !strcmp(str_at(r, "series", false), "Joint Committee on Digital Security"));
  CHECK(!strcmp(place_of(r), "Rabat"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 12 May 2022, Brazil hosted the first session of the "
            "Brazilian-Chilean expert group \"Cyber Policy Dialogue\".\n",
            "2022-05-12");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "BR CL"));
  CHECK(!strcmp(str_at(r, "series", false), "Cyber Policy Dialogue"));
  CHECK(!strcmp(place_of(r), ""));
  cJSON_Delete(r);
}

/* A city the meeting sentence writes short ("met in Washington") takes the
   longer writing another sentence gives it ("in Washington, DC"). */
static void
test_place4_fuller_writing(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Peruvian and U.S. officials met in Washington for the "
                   "U.S.-Peru Cyber Dialogue on 3 May 2022. The dialogue in "
                   "Washington, DC closed with a joint statement.\n",
                   "2022-05-03");
  CHECK(!strcmp(place_of(r), "Washington, DC"));
  cJSON_Delete(r);
  r = dated(ex,
            "Peruvian and U.S. officials met in Washington for the U.S.-Peru "
            "Cyber Dialogue on 3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Washington"));
  cJSON_Delete(r);
}

/* A sentence that says who the members of a group are ("Visegrad member
   countries are ...") gives the participants, however many; the group's
   capitalized name in the meeting sentence ("The Visegrad Cyber Expert
   Group met") is the series. The members of a participant (ASEAN's) are
   no participants. */
static void
test_series4_members_and_group(DkgExtractor* ex)
{
  char parts[64];
  cJSON* r = dated(ex,
                   "The Visegrad Cyber Expert Group met in Prague on 4 April "
                   "2023 to discuss ransomware.\n\nVisegrad member countries "
                   "are Poland, Hungary, Slovakia and the Czech Republic.\n",
                   "2023-04-04");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "PL HU SK CZ"));
  CHECK(!strcmp(str_at(r, "series", false), "Visegrad Cyber Expert Group"));
  cJSON_Delete(r);
  r = dated(ex,
            "Officials of ASEAN and India met in Jakarta on 5 May 2023 for a "
            "cyber dialogue. ASEAN member states include Brunei, Cambodia, "
            "Laos and Vietnam.\n",
            "2023-05-05");
  participants(r, parts, sizeof parts);
  CHECK(!strcmp(parts, "asean IN"));
  cJSON_Delete(r);
}

/* The group's name is the meeting sentence's subject, not a venue's
   name ("at the Nordic Cyber Committee Office"). */
static void
test_series4_group_subject(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On 5 May 2023, the Nordic Cyber Committee met in Oslo. "
                   "Nordic member countries are Norway, Sweden and "
                   "Finland.\n",
                   "2023-05-05");
  CHECK(!strcmp(str_at(r, "series", false), "Nordic Cyber Committee"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 5 May 2023, a trilateral meeting of Norway, Sweden and "
            "Finland was held in the Nordic Cyber Committee Office in "
            "Oslo.\n",
            "2023-05-05");
  CHECK(strcmp(str_at(r, "series", false), "Nordic Cyber Committee") != 0);
  cJSON_Delete(r);
}

/* A series named by its subject is read whole however many words it has
   ("Working Group on Digital Trade and Information and Communications
   Technology Policy"). */
static void
test_series4_long_session_name(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Peru and Chile held the second meeting of the Working "
                   "Group on Digital Trade and Information and Communications "
                   "Technology Policy in Lima on 3 May 2022.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Working Group on Digital Trade and Information and "
                "Communications Technology Policy"));
  cJSON_Delete(r);
}

/* A city that starts a list of places ("posted in Accra, Nairobi and
   Lagos") is not the place of the meeting; a city and its own country
   ("in Tbilisi, Georgia") is. */
static void
test_place4_list_of_places(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The Ghana-UK Cyber Dialogue took place on 3 May 2022 with "
                   "officials of the UK posted in Accra, Nairobi and "
                   "Lagos.\n",
                   "2022-05-03");
  CHECK(!strcmp(place_of(r), ""));
  cJSON_Delete(r);
  r = dated(ex,
            "The India-Armenia Cyber Dialogue was held in Tbilisi, Georgia on "
            "3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Tbilisi"));
  cJSON_Delete(r);
}

/* "the inaugural meeting on Strategic Dialogue on Digital Trade": a
   meeting "on" a capitalized series' name is a session of it; a city
   after "held in" is the place before a person's agency ("Director at the
   French Ministry of the Interior"). */
static void
test_series4_meeting_on_name(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "On 3 May 2022, Kenya and the United States agreed to "
                   "expand trade during the inaugural meeting on Strategic "
                   "Dialogue on Digital Trade.\n\nThe meeting took place in "
                   "Nairobi.\n",
                   "2022-05-03");
  CHECK(
    !strcmp(str_at(r, "series", false), "Strategic Dialogue on Digital Trade"));
  cJSON_Delete(r);
  r = dated(ex,
            "Li Wei, Director at the French Ministry of the Interior, and "
            "Chen Bo presided over the China-France security dialogue held "
            "in Hangzhou on 3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Hangzhou"));
  cJSON_Delete(r);
  /* a city the lexicon does not know, "held in" it, is still the place */
  r = dated(ex,
            "Li Wei, Director at the French Ministry of the Interior, and "
            "Chen Bo presided over the China-France security dialogue held "
            "in Xiamen on 3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Xiamen"));
  cJSON_Delete(r);
  /* an agency after the place it was "held in" stays the place */
  r = dated(ex,
            "The Japan-Peru Cyber Dialogue was held in Conference Room B at "
            "the Ministry of Foreign Affairs on 3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Ministry of Foreign Affairs"));
  cJSON_Delete(r);
}

/* A building's name after "in the" ("in the Iikura Guest House") is the
   place, in the country of the agency it belongs to, when the text gives
   no city. */
static void
test_place4_building(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The Japan-Peru Cyber Dialogue was held on 3 May 2022 at "
                   "the headquarters of the Ministry of Foreign Affairs in "
                   "the Iikura Guest House.\n",
                   "2022-05-03");
  CHECK(!strcmp(place_of(r), "Iikura Guest House"));
  CHECK(!strcmp(
    str_at(cJSON_GetObjectItemCaseSensitive(r, "location"), "country", false),
    "JP"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Chile-Peru Cyber Dialogue was held on 3 May 2022 in the "
            "Carrera Palace.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Carrera Palace"));
  cJSON_Delete(r);
}

/* A hyphenated word of a series' words is one word ("their high-level
   security dialogue", not "level security dialogue"). */
static void
test_series4_hyphenated_words(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Officials of Chile and Peru met in Lima on 3 May 2022 for "
                   "the second round of their high-level security "
                   "dialogue.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Chile-Peru High-level Security Dialogue"));
  cJSON_Delete(r);
}

/* agencies (agencies5): a second list after the people of a side and
   "from"/"of" that the first list of the clause did not read ("..., who
   met with officials from Canada's A, B, and the Departments of C and
   D"; "In addition to representatives from A, the talks were also
   attended by representatives of B, C, ..."): its possessive names the
   side, else each item's country; a name with a coordinated complement
   and its own "of" phrase stays whole */
static void
test_agencies5_second_list(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Brazil-Canada Cyber Dialogue was held in Ottawa on May 19, "
    "2025.\n\n"
    "The Brazilian delegation included representatives from the Brazilian "
    "Ministry of Defence and the Federal Police, who met with officials "
    "from Canada's Communications Security Establishment, Global Affairs "
    "Canada, and the Departments of National Defence and Justice.\n";
  expect_agencies(ex,
                  ca,
                  "BR",
                  "Ministry of Defence|Federal Police",
                  "CA",
                  "Communications Security Establishment|Global Affairs "
                  "Canada|Department of National Defence|Department of "
                  "Justice");
  static const char sk[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first United States - Slovakia Cyber Dialogue was held in "
    "Bratislava on May 19, 2025. In addition to representatives from the "
    "Ministry of Foreign Affairs of Slovakia, the talks were also attended "
    "by representatives of the Office of the Government of Slovakia, the "
    "Ministry of Economy, the National Centre against Corruption, Fraud and "
    "Cybercrime of the Police of Slovakia, and the Air and Space Defence "
    "Command of the Army of Slovakia.\n";
  expect_agencies(ex,
                  sk,
                  "SK",
                  "Ministry of Foreign Affairs of Slovakia|Office of the "
                  "Government of Slovakia|Ministry of Economy|National "
                  "Centre against Corruption, Fraud and Cybercrime of the "
                  "Police of Slovakia|Air and Space Defence Command of the "
                  "Army of Slovakia",
                  "US",
                  "");
}

/* agencies (agencies5): a list item that is a person with his title's
   agency before it ("Foreign Office Director for Cyber Policy Jane
   Smith") gives the agency, never the person; a rank before a country
   word ("Senior UK and Kenyan officials") is no agency */
static void
test_agencies5_person_item(DkgExtractor* ex)
{
  static const char gb[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Kenya-United Kingdom Cyber Dialogue was held in Nairobi on "
    "May 19, 2025. Senior UK and Kenyan officials met for the talks.\n\n"
    "The UK delegation included Foreign Office Director for Cyber Policy "
    "Jane Smith and representatives from the Home Office.\n";
  expect_agencies(ex, gb, "GB", "Foreign Office|Home Office", "KE", "");
  static const char de[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fourth Germany-India Cyber Consultations were held in Berlin on "
    "May 19, 2025.\n\n"
    "The German delegation comprised Federal Foreign Office Deputy "
    "Director-General Anna Weber, Ambassador Karl Braun and the Federal "
    "Office for Information Security.\n";
  char buf[512];
  cJSON* r = extract(ex, de);
  const char* got = agencies_of(r, "DE", buf, sizeof(buf));
  CHECK(!strstr(got, "Weber"));
  CHECK(!strstr(got, "Braun"));
  CHECK(strstr(got, "Federal Office for Information Security") != NULL);
  cJSON_Delete(r);
}

/* agencies (agencies5): "including" inside a grouped plural cuts the body
   included from its department, and the members go on after it ("the
   Departments of Home Affairs, Defence, including the Australian Signals
   Directorate, and Industry, Science and Resources including ..."); a
   body the registry does not know is a unit of its department, left out */
static void
test_agencies5_plural_including(DkgExtractor* ex)
{
  static const char au[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Australia-India Cyber Policy Dialogue was held in Canberra "
    "on May 19, 2025.\n\n"
    "The Australian delegation included representatives from the "
    "Departments of Home Affairs, Defence, including the Australian "
    "Signals Directorate, and Industry, Science and Resources including the "
    "Digital Economy Branch.\n";
  expect_agencies(ex,
                  au,
                  "AU",
                  "Department of Home Affairs|Department of Defence|"
                  "Australian Signals Directorate|Department of Industry, "
                  "Science and Resources",
                  "IN",
                  "");
}

/* agencies (agencies5): the agencies "involved in the" talks are the
   delegations' ("fedpol, the DDPS and OFCOM were involved in the talks"),
   and an acronym the agency writes in lower case ("fedpol") is found as
   the registry writes it; the registry's Swiss departments and offices
   and USAID ("as well as from the U.S. Agency for International
   Development") resolve */
static void
test_agencies5_involved_lower_acronym(DkgExtractor* ex)
{
  static const char ch[] =
    "Press Release\nMay 20, 2025\n\n"
    "Switzerland and Japan held their second cyber dialogue in Tokyo on May "
    "19, 2025. Besides the Ministry of Foreign Affairs of Japan, fedpol, the "
    "DDPS and OFCOM were involved in the talks.\n";
  expect_agencies(ex,
                  ch,
                  "CH",
                  "fedpol|DDPS|OFCOM",
                  "JP",
                  "Ministry of Foreign Affairs of Japan");
  static const char us[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second U.S.-Ghana Cyber Dialogue was held in Accra on May 19, "
    "2025.\n\n"
    "The U.S. delegation included representatives from the Department of "
    "Commerce, as well as from the U.S. Agency for International "
    "Development.\n";
  expect_agencies(ex,
                  us,
                  "US",
                  "Department of Commerce|U.S. Agency for International "
                  "Development",
                  "GH",
                  "");
}

/* agencies (agencies5): after "Director of the", a name whose possessive
   names a unit of it ("the Polish Ministry of Digitization's
   Cybersecurity Department") is the unit's parent, the side's agency, not
   a part of the title; known to the registry or not */
static void
test_agencies5_parent_of_unit(DkgExtractor* ex)
{
  static const char pl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Japan-Poland Cyber Dialogue was held in Warsaw on May 19, "
    "2025. Ambassador Kenji Sato, the Ambassador for Cyber Policy, "
    "co-chaired the meeting with Director of the Polish Ministry of "
    "Digitization's Cybersecurity Department, Anna Nowak.\n";
  char buf[512];
  cJSON* r = extract(ex, pl);
  CHECK(!strcmp(agencies_of(r, "PL", buf, sizeof(buf)),
                "Ministry of Digitization"));
  cJSON_Delete(r);
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Japan-Poland Cyber Dialogue was held in Warsaw on May 19, "
    "2025. Ambassador Anna Nowak, the Polish Ambassador for Cyber Affairs, "
    "co-chaired the meeting with Director of the Japanese Ministry of "
    "Foreign Affairs' Cyber Policy Division, Taro Yamada.\n";
  expect_agencies(
    ex, jp, "JP", "Japanese Ministry of Foreign Affairs", "PL", "");
}

/* agencies (agencies5): a head's title holding an acronym the text spells
   out elsewhere ("Kenya ICTA Director for Cybersecurity", after "Kenya
   Information and Communication Technology Authority (ICTA) Chief
   Executive ...") names the side's agency; an acronym the title spells
   out itself is the heads' reading */
static void
test_agencies5_title_acronym(DkgExtractor* ex)
{
  static const char ke[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Japan-Kenya Cyber Dialogue was held in Nairobi on May 19, "
    "2025. Minister Aiko Tanaka and Kenya Information and Communication "
    "Technology Authority (ICTA) Chief Executive John Otieno opened the "
    "dialogue. The dialogue was chaired by Japanese Ambassador for Cyber "
    "Policy Kenji Sato and Kenya ICTA Director for Cybersecurity Jane "
    "Wanjiru.\n";
  expect_agencies(ex,
                  ke,
                  "KE",
                  "Information and Communication Technology Authority",
                  "JP",
                  "");
}

/* agencies (agencies5): a head's title ending in "of the" and a
   Directorate is the body he leads, the side's agency ("Director General
   of the Cyber Coordination Directorate"); one of a ministry's is a unit
   ("... Directorate of the Ministry of Defense": the ministry is his) */
static void
test_agencies5_title_directorate(DkgExtractor* ex)
{
  static const char pt[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Japan-Portugal Cyber Dialogue was held in Lisbon on May 19, "
    "2025. The Portuguese delegation was led by Ms. Ana Silva, Director "
    "General of the Cyber Coordination Directorate, and the Japanese "
    "delegation was led by Mr. Kenji Sato, Director of the Cyber Security "
    "Directorate of the Ministry of Defense.\n";
  expect_agencies(ex, pt, "PT", "Cyber Coordination Directorate", "JP", "");
}

/* topics (topics5): a paraphrase maps onto a label only when the label's
   words stand side by side in it; a word between them makes another
   thing ("critical maritime infrastructure protection", "sharing
   vulnerability information"), kept as written */
static void
test_topic5_label_adjacent(DkgExtractor* ex)
{
  static const char* const apart[] = {
    "critical maritime infrastructure protection", NULL
  };
  CHECK(topics_are(
    ex,
    "The sides discussed critical maritime infrastructure protection.",
    apart));
  static const char* const reversed[] = { "sharing vulnerability information",
                                          NULL };
  CHECK(
    topics_are(ex,
               "The delegations discussed sharing vulnerability information.",
               reversed));
  static const char* const mapped[] = { "confidence-building measures", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed the implementation of confidence "
                   "building measures.",
                   mapped));
}

/* topics (topics5): one object "A and B" stays whole when B is "other
   Ys" (one class), when B is a verb with its object pronoun after an
   infinitive (the infinitive's next verb), and after "the ... aspects
   of" (the nouns of the aspects' "of") */
static void
test_topic5_one_object_and(DkgExtractor* ex)
{
  static const char* const other[] = {
    "financing of drug cartels and other criminal networks in the Andes", NULL
  };
  CHECK(topics_are(ex,
                   "They discussed the financing of drug cartels and other "
                   "criminal networks in the Andes.",
                   other));
  static const char* const verb[] = { "need for both states to arrest "
                                      "smugglers from the region and try "
                                      "them in national courts",
                                      NULL };
  CHECK(topics_are(ex,
                   "They discussed the need for both states to arrest "
                   "smugglers from the region and try them in national "
                   "courts.",
                   verb));
  static const char* const aspects[] = {
    "main aspects of port security and cooperation in the region", NULL
  };
  CHECK(topics_are(ex,
                   "The delegations exchanged views on the main aspects of "
                   "port security and cooperation in the region.",
                   aspects));
}

/* topics (topics5): "and other areas" names nothing */
static void
test_topic5_other_areas(DkgExtractor* ex)
{
  static const char* const want[] = { "port security",
                                      "customs data sharing",
                                      NULL };
  CHECK(topics_are(ex,
                   "They discussed port security, customs data sharing, and "
                   "other areas.",
                   want));
}

/* topics (topics5): "The main focus of the talks was ..." is a list like
   "High on the agenda ... were ..."; "not only in A but also in B, C" has
   the items A, B and C (what comes before "not only" names the kind);
   "or" between the items of a list is their "and", not an "or" of one
   object nor one before a place */
static void
test_topic5_main_focus_or(DkgExtractor* ex)
{
  static const char* const want[] = { "satellite tracking",
                                      "drone patrols",
                                      "port security",
                                      "customs data sharing",
                                      "inspector training",
                                      "registry audits",
                                      NULL };
  CHECK(topics_are(ex,
                   "The main focus of the talks was joint work not only on "
                   "port security but also on customs data sharing, "
                   "inspector training or registry audits, including "
                   "satellite tracking or drone patrols.",
                   want));
  static const char* const list[] = {
    "vessel registries", "port audits", "inspector training", NULL
  };
  CHECK(topics_are(ex,
                   "The sides discussed vessel registries, port audits or "
                   "inspector training.",
                   list));
  static const char* const one[] = {
    "restrictive measures against attacks threatening the region or its "
    "ports",
    NULL
  };
  CHECK(topics_are(ex,
                   "The ministers discussed restrictive measures against "
                   "attacks threatening the region or its ports.",
                   one));
}

/* topics (topics5): a verb of discussion that the sides decided or agreed
   on is a plan, no topic; a marked list after a colon ("the progress ...
   concerning: [i] A, [ii] B") has its items, not its head */
static void
test_topic5_plan_and_colon(DkgExtractor* ex)
{
  static const char* const none[] = { NULL };
  CHECK(topics_are(ex,
                   "The ministries decided that they will review and discuss "
                   "new port inspection rules next year.",
                   none));
  CHECK(topics_are(ex,
                   "Both sides agreed to discuss customs data sharing at the "
                   "next round.",
                   none));
  static const char* const items[] = { "port inspection rules",
                                       "customs data sharing",
                                       NULL };
  CHECK(topics_are(ex,
                   "The sides reviewed the work done since the last round "
                   "regarding: (a) port inspection rules, and (b) customs "
                   "data sharing.",
                   items));
}

/* topics (topics5): "considered A" and "A was considered" give A, not
   "considered that ...", "considered it important to ..." */
static void
test_topic5_considered(DkgExtractor* ex)
{
  static const char* const want[] = { "ways to secure port logistics", NULL };
  CHECK(
    topics_are(ex,
               "The delegations also considered ways to secure port logistics.",
               want));
  static const char* const passive[] = { "Cooperation on customs data sharing",
                                         NULL };
  CHECK(topics_are(
    ex, "Cooperation on customs data sharing was also considered.", passive));
  static const char* const none[] = { NULL };
  CHECK(
    topics_are(ex, "The sides considered it important to meet again.", none));
  CHECK(topics_are(ex, "Kenya considered that port audits work well.", none));
}

/* topics (topics5): ", such as" before several examples of their own
   words (not names) is a separator: the head and each example are items */
static void
test_topic5_such_as_several(DkgExtractor* ex)
{
  static const char* const want[] = {
    "how to deepen work on several maritime fronts",
    "port security",
    "vessel tracking",
    "customs data sharing",
    NULL
  };
  CHECK(topics_are(ex,
                   "The sides explored how to deepen work on several "
                   "maritime fronts, such as port security, vessel tracking, "
                   "and customs data sharing.",
                   want));
}

/* topics (topics5): "shared" after a demonstrative or "address" is an
   adjective; ", particularly those ..." narrows the item before; "the
   core of the meeting involved A" gives A */
static void
test_topic5_shared_those_core(DkgExtractor* ex)
{
  static const char* const want[] = { "port security strategies",
                                      "vessel tracking",
                                      NULL };
  CHECK(topics_are(ex,
                   "The officials met to address shared maritime risks. The "
                   "talks centered on port security strategies, particularly "
                   "those of Kenya's port authority, and vessel "
                   "tracking. These shared concerns offer a basis for work.",
                   want));
  static const char* const core[] = { "reviewing customs data sharing", NULL };
  CHECK(topics_are(ex,
                   "The core of the meeting involved reviewing customs data "
                   "sharing.",
                   core));
}

/* topics (topics5): a question is one object, "as well as" inside it
   too */
static void
test_topic5_question_as_well_as(DkgExtractor* ex)
{
  static const char* const want[] = {
    "how ports could detect smuggling and train inspectors for detection as "
    "well as response to such cases",
    NULL
  };
  CHECK(topics_are(ex,
                   "The group discussed how ports could detect smuggling and "
                   "train inspectors for detection as well as response to "
                   "such cases.",
                   want));
}

/* topics (topics5): a trailing short name in parentheses ("(the Port
   Code)") goes, as an acronym does; a parenthesis that says what the item
   is stays */
static void
test_topic5_paren_short_name(DkgExtractor* ex)
{
  static const char* const want[] = {
    "revision of the maritime inspection code",
    "joint port audits (the first of their kind)",
    NULL
  };
  CHECK(topics_are(ex,
                   "The sides discussed the revision of the maritime "
                   "inspection code (the Port Code). The sides also "
                   "discussed joint port audits (the first of their kind).",
                   want));
}

/* ---- Heads (fifth session): role phrases, titles, sides ---------------- */

/* The names of the heads of delegation `cc`, "A|B", in `out` ("" when
   none). */
static const char*
heads5_of(const cJSON* r, const char* cc, char* out, size_t cap)
{
  out[0] = '\0';
  const cJSON* h = cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "head");
  const cJSON* one = NULL;
  if (cJSON_IsObject(h)) {
    one = h;
  }
  for (int i = 0; h && (one ? i < 1 : i < cJSON_GetArraySize(h)); ++i) {
    const cJSON* p = one ? one : cJSON_GetArrayItem(h, i);
    const cJSON* n = cJSON_GetObjectItemCaseSensitive(p, "name");
    if (cJSON_IsString(n) && strlen(out) + strlen(n->valuestring) + 2u < cap) {
      if (out[0]) {
        strcat(out, "|");
      }
      strcat(out, n->valuestring);
    }
  }
  return out;
}

/* The string `key` of the first head of delegation `cc`, or "". */
static const char*
head5_field(const cJSON* r, const char* cc, const char* key)
{
  const cJSON* h = cJSON_GetObjectItemCaseSensitive(delegation(r, cc), "head");
  if (cJSON_IsArray(h)) {
    h = cJSON_GetArrayItem(h, 0);
  }
  return str_at(h, key, false);
}

/* The record of `text` has head `a` for `ca` and head `b` for `cb`. */
static void
heads5_two(DkgExtractor* ex,
           const char* text,
           const char* ca,
           const char* a,
           const char* cb,
           const char* b)
{
  char got[256];
  cJSON* r = extract(ex, text);
  CHECK(!strcmp(heads5_of(r, ca, got, sizeof got), a));
  CHECK(!strcmp(heads5_of(r, cb, got, sizeof got), b));
  cJSON_Delete(r);
}

/* "under the co-chairmanship of A and B", "presided over": the chairs
   of the meeting, each on the side its adjective names; "A co-chaired
   the meeting with Title of the Kenyan Ministry's ... Department, B, in
   the presence of C": B, set off by commas after the title, leads the
   side the title names, C none */
static void
test_heads5_under_cochair(DkgExtractor* ex)
{
  heads5_two(ex,
             "The third Kenya-Germany Cyber Consultations were held in "
             "Nairobi on 4 May 2023 under the co-chairmanship of Kenyan "
             "Principal Secretary Jane Wanjiru and German Ambassador for "
             "Cyber Foreign Policy Klaus Berger.\n",
             "KE",
             "Jane Wanjiru",
             "DE",
             "Klaus Berger");
  heads5_two(ex,
             "The second Chile-Spain Security Dialogue was held in Santiago "
             "on 4 May 2023. Chilean Undersecretary Ana Rojas and Spanish "
             "State Secretary Luis Ortega presided over the dialogue.\n",
             "CL",
             "Ana Rojas",
             "ES",
             "Luis Ortega");
  heads5_two(ex,
             "The first Kenya-U.S. Cyber Dialogue was held in Nairobi on 4 "
             "May 2023. Ambassador John Carter, the Coordinator for Cyber "
             "Issues, co-chaired the meeting with Director of the Kenyan "
             "Ministry of Information's Cyber Department, Mary Otieno, in "
             "the presence of Ambassador Peter Kamau, Ambassador of Kenya to "
             "the United States.\n",
             "KE",
             "Mary Otieno",
             "US",
             "John Carter");
}

/* "Canada hosted ...; Led by A, B, the delegations discussed ...": a
   country is never a head's name; the people of a leading "Led by"
   end at the main clause; "Title A, Title B, and Title C" are three */
static void
test_heads5_led_by_leading(DkgExtractor* ex)
{
  char got[256];
  heads5_two(ex,
             "On 4 May 2023, Canada hosted the first Canada-Japan Cyber "
             "Dialogue in Ottawa. Led by Canadian Ambassador for Cyber "
             "Affairs Anne Tremblay and Japanese Ambassador in charge of "
             "Cyber Policy Taro Yamada, the delegations discussed "
             "ransomware.\n",
             "CA",
             "Anne Tremblay",
             "JP",
             "Taro Yamada");
  cJSON* r = extract(ex,
                     "The first Australia-Japan-India Trilateral Cyber "
                     "Dialogue was held in Canberra on 4 May 2023. Led by "
                     "Australian Ambassador for Cyber Affairs Anne Tremblay, "
                     "Japanese Ambassador in charge of Cyber Policy Taro "
                     "Yamada, and Indian Ministry of External Affairs Joint "
                     "Secretary Ravi Kumar, the group reviewed their "
                     "cooperation.\n");
  CHECK(!strcmp(heads5_of(r, "JP", got, sizeof got), "Taro Yamada"));
  CHECK(!strcmp(heads5_of(r, "IN", got, sizeof got), "Ravi Kumar"));
  CHECK(
    !strcmp(head5_field(r, "IN", "agency"), "Ministry of External Affairs"));
  CHECK(!strcmp(head5_field(r, "IN", "title"), "Joint Secretary"));
  cJSON_Delete(r);
  /* a country that is no participant hosts: no head of the other side */
  r = extract(ex,
              "On 4 May 2023, the United States hosted the first "
              "Japan-India Cyber Dialogue. The Indian delegation was led "
              "by Joint Secretary Ravi Kumar.\n");
  CHECK(!delegation(r, "JP") ||
        !strcmp(heads5_of(r, "JP", got, sizeof got), ""));
  CHECK(!strcmp(heads5_of(r, "IN", got, sizeof got), "Ravi Kumar"));
  cJSON_Delete(r);
}

/* "A and B opened the dialogue": the openers lead; the chairs of a part
   of it after them ("The Policy discussions were chaired by") do not
   replace them; "Agency (ACR) Title B": the agency before its acronym */
static void
test_heads5_openers(DkgExtractor* ex)
{
  char got[256];
  heads5_two(ex,
             "The first Canada-Japan Cyber Dialogue was held in "
             "Ottawa on 4 May 2023. Canadian Ambassador for Cyber "
             "Affairs Anne Tremblay and Japanese Ambassador in charge "
             "of Cyber Policy Taro Yamada opened the dialogue by "
             "stressing cooperation. The Policy discussions were "
             "chaired by Canadian Director John Smith and Japanese "
             "Director Kenji Sato.\n",
             "CA",
             "Anne Tremblay",
             "JP",
             "Taro Yamada");
  cJSON* r =
    extract(ex,
            "The first Kenya-U.S. Cyber Dialogue was held in Nairobi on 4 "
            "May 2023. U.S. Ambassador for Cyber Affairs John Carter and "
            "Kenya Ministry of Information and Digital Economy (MIDE) "
            "Principal Secretary Mary Otieno opened the dialogue.\n");
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got), "Mary Otieno"));
  CHECK(!strcmp(head5_field(r, "KE", "agency"),
                "Ministry of Information and Digital Economy"));
  CHECK(!strcmp(head5_field(r, "KE", "title"), "Principal Secretary"));
  cJSON_Delete(r);
}

/* "The principals were Title of Australia's Agency A AO, Title of Canada
   Lt General B and Title of Brazil C, X said in a statement": each side
   from its "of" country; honours and ranks no part of name or title; a
   person of a country that is no side is no head */
static void
test_heads5_principals(DkgExtractor* ex)
{
  char got[256];
  cJSON* r = extract(ex,
                     "The first Canada-Australia Cyber Dialogue was held in "
                     "Ottawa on 4 May 2023. The principals were First "
                     "Assistant Secretary of Australia's Department of Home "
                     "Affairs Anne Tremblay AO, Cyber Coordinator of Canada "
                     "Lt General Paul Roy and Special Envoy of Brazil Paulo "
                     "Souza, Canada's Public Safety ministry said in a "
                     "statement.\n");
  CHECK(!strcmp(heads5_of(r, "AU", got, sizeof got), "Anne Tremblay"));
  CHECK(!strcmp(head5_field(r, "AU", "agency"), "Department of Home Affairs"));
  CHECK(!strcmp(head5_field(r, "AU", "title"), "First Assistant Secretary"));
  CHECK(!strcmp(heads5_of(r, "CA", got, sizeof got), "Paul Roy"));
  CHECK(!strcmp(head5_field(r, "CA", "title"), "Cyber Coordinator"));
  cJSON_Delete(r);
}

/* Arabic names: particles ("bin") inside and an article ("al-", "el-")
   ending them are the name's words, "Sheikh" a style before it */
static void
test_heads5_arabic_names(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The second Qatar-Japan Cyber Dialogue was held in Doha "
                     "on 5 March 2024. The Qatari delegation was led by "
                     "Minister of State Sheikh Khalid bin Mohammed bin Ali "
                     "al-Attiyah.\n");
  CHECK(!strcmp(head5_field(r, "QA", "name"),
                "Khalid bin Mohammed bin Ali al-Attiyah"));
  CHECK(!strcmp(head5_field(r, "QA", "title"), "Minister of State"));
  cJSON_Delete(r);
  r = extract(ex,
              "The second Egypt-Japan Cyber Dialogue was held in Cairo on 5 "
              "March 2024. The Egyptian delegation was led by Assistant "
              "Foreign Minister Ahmed el-Sayed.\n");
  CHECK(!strcmp(head5_field(r, "EG", "name"), "Ahmed el-Sayed"));
  cJSON_Delete(r);
}

/* "headed by Title, Ambassador Extraordinary and Plenipotentiary A, and
   the delegation of B-land - by C": a rank of title words joined by
   "and" is no person, and the gapped "- by" gives the other side */
static void
test_heads5_rank_gapped_dash(DkgExtractor* ex)
{
  heads5_two(ex,
             "The third Brazil-Portugal Cyber Consultations were held in "
             "Brasilia on 4 May 2023. On the Brazilian side, the "
             "consultations were headed by the Secretary for Digital "
             "Affairs of the Ministry of External Relations, Ambassador "
             "Extraordinary and Plenipotentiary J.P. Silva, and the "
             "delegation of Portugal - by Ambassador for Cyber Affairs "
             "M.Costa.\n",
             "BR",
             "J.P. Silva",
             "PT",
             "M.Costa");
}

/* "Title of the United States A and ...": a country of two words ends
   the title and gives the side; "of New Zealand" the same */
static void
test_heads5_of_two_word_country(DkgExtractor* ex)
{
  heads5_two(ex,
             "The first Japan-US Cyber Dialogue was held in Tokyo on March "
             "30, 2024. The principals were Deputy National Security "
             "Adviser of Japan Masataka Okano and Deputy National Security "
             "Advisor of the United States Anne Neuberger.\n",
             "JP",
             "Masataka Okano",
             "US",
             "Anne Neuberger");
  heads5_two(ex,
             "The first Japan-New Zealand Cyber Dialogue was held in Tokyo "
             "on March 30, 2024. The dialogue was co-chaired by Ambassador "
             "for Cyber Affairs of New Zealand Jane Smith and Japanese "
             "Ambassador Taro Yamada.\n",
             "NZ",
             "Jane Smith",
             "JP",
             "Taro Yamada");
}

/* The country of a record's location, "" when none. */
static const char*
location_country(const cJSON* r)
{
  return str_at(
    cJSON_GetObjectItemCaseSensitive(r, "location"), "country", false);
}

/* Round 2 (placeseries2): a name the text calls a city ("in the southern
   port city of Talcahuano") is the place though the lexicon does not know
   it; its country is the adjective before ("the Indian city of"), the
   country after (", Chile") or the known city it is near (", south of
   Santiago"), else none. */
static void
test_place6_city_of(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The Japan-Chile Cyber Dialogue was held on 3 May 2022 in "
                   "the southern port city of Talcahuano, south of "
                   "Santiago.\n",
                   "2022-05-03");
  CHECK(!strcmp(place_of(r), "Talcahuano"));
  CHECK(!strcmp(location_country(r), "CL"));
  cJSON_Delete(r);
  r = dated(ex,
            "The France-India Cyber Dialogue took place on 3 May 2022 in the "
            "western Indian city of Pune.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Pune"));
  CHECK(!strcmp(location_country(r), "IN"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Kenya-Norway Cyber Dialogue took place on 3 May 2022 in the "
            "historic city of Lamu.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Lamu"));
  CHECK(!strcmp(location_country(r), ""));
  cJSON_Delete(r);
}

/* Round 2 (placeseries2): "Việt Nam", the country's own writing that its
   English-language press uses, names Viet Nam ("the first Việt Nam-Chile
   cyber dialogue"; "Việt Nam and Kenya held"). */
static void
test_series6_viet_nam_own_writing(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "The first Vi\xe1\xbb\x87t Nam-Chile cyber dialogue was "
                   "held in Santiago on 3 May 2022.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Vi\xe1\xbb\x87t Nam-Chile cyber dialogue"));
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "VN CL"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2022 Vi\xe1\xbb\x87t Nam and Kenya held their "
            "second security dialogue in Nairobi.\n",
            "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "VN KE"));
  cJSON_Delete(r);
}

/* Round 2 (placeseries2): a capitalized name up to its head noun, then
   "between" and every participant ("Annual Consultations between Chile
   and Kenya", "Security Dialogue between Brazil, Chile and the United
   States") is the series' name, as written. */
static void
test_series6_between_name(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Annual Consultations between Chile and Kenya\n\nOn 3 May "
                   "2022 officials of Chile and Kenya held their annual "
                   "consultations in Nairobi.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Annual Consultations between Chile and Kenya"));
  cJSON_Delete(r);
  r = dated(ex,
            "The third trilateral Security Dialogue between Brazil, Chile and "
            "the United States took place in Brasilia on 3 May 2022.\n",
            "2022-05-03");
  CHECK(
    !strcmp(str_at(r, "series", false),
            "Security Dialogue between Brazil, Chile and the United States"));
  cJSON_Delete(r);
}

/* Round 2 (placeseries2): the subject of a sentence that says how many
   meet, and the others after "with" ("Kenya will host its first
   trilateral security dialogue with Norway and Chile"), are the
   participants, the subject first; not when another participant stands
   between the subject and "with". */
static void
test_series6_with_list(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "Kenya will host its first trilateral security dialogue "
                   "with Norway and Chile in Nairobi on 3 May 2022.\n",
                   "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "KE NO CL"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2022 Japanese officials held a three-way cyber "
            "dialogue with Australia and India in Tokyo.\n",
            "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "JP AU IN"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2022 Kenya and Norway held a trilateral meeting in "
            "Oslo with Chile and Peru observing.\n",
            "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(strcmp(got, "KE CL PE"));
  cJSON_Delete(r);
}

/* Round 2 (placeseries2): a country's name that is also a U.S. state's or
   a person's ("Georgia", "Jordan") names the country right after another
   participant and a hyphen, though a capitalized word follows ("the first
   EU-Georgia Strategic Security Dialogue"). */
static void
test_series6_paired_ambiguous(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "The first EU-Georgia Strategic Security Dialogue took "
                   "place on 11 October 2017 in Brussels.\n",
                   "2017-10-11");
  CHECK(!strcmp(str_at(r, "series", false),
                "EU-Georgia Strategic Security Dialogue"));
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "eu GE"));
  cJSON_Delete(r);
  r = dated(ex,
            "The second United States-Jordan Cyber Dialogue was held in "
            "Amman on 11 October 2017.\n",
            "2017-10-11");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "US JO"));
  cJSON_Delete(r);
}

/* Round 2 (placeseries2): after an ordinal, one participant's body in
   capitals (an acronym in brackets), "meeting with" and the other
   participant name the series ("The fifth African Union Commission (AUC)
   meeting with China" -> "African Union Commission meeting with China"). */
static void
test_series6_meeting_with(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The fifth African Union Commission (AUC) meeting with "
                   "China took place in Addis Ababa on 3 May 2022.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "African Union Commission meeting with China"));
  cJSON_Delete(r);
  r = dated(ex,
            "The second ASEAN Defence Officials meeting with Canada took "
            "place on 3 May 2022 in Jakarta.\n",
            "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "ASEAN Defence Officials meeting with Canada"));
  cJSON_Delete(r);
}

/* Round 2 heads: a military rank before a name, abbreviated or long
   ("Sen. Lieu. Gen.", "Senior Lieutenant General", "(Ret.)"), is a style,
   no part of the title or the name, nor a sentence end */
static void
test_heads6_ranks(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Thailand-India Security Dialogue was held in "
             "Bangkok on 4 May 2023. The Thai delegation was led by "
             "Deputy Minister of Defence Sen. Lieu. Gen. Somchai Prasert, "
             "while the Indian delegation was headed by Joint Secretary "
             "Ravi Kumar.\n",
             "TH",
             "Somchai Prasert",
             "IN",
             "Ravi Kumar");
  cJSON* r = extract(ex,
                     "The third Malaysia-Japan Cyber Dialogue was held in "
                     "Tokyo on 4 May 2023. The Malaysian delegation, led by "
                     "Major General (Ret.) Ahmad Yusof, Chief Executive of "
                     "the National Cyber Security Agency, included "
                     "officials of the Ministry of Defence.\n");
  CHECK(!strcmp(head5_field(r, "MY", "name"), "Ahmad Yusof"));
  cJSON_Delete(r);
  /* "Admiral" alone is a rank, "General" alone may open a title */
  r = extract(ex,
              "The third Malaysia-Japan Cyber Dialogue was held in Tokyo on "
              "4 May 2023. The Malaysian delegation was led by Admiral "
              "Ahmad Yusof.\n");
  CHECK(!strcmp(head5_field(r, "MY", "name"), "Ahmad Yusof"));
  cJSON_Delete(r);
  r = extract(ex,
              "The 5th Kenya-Egypt Defence Dialogue took place in Nairobi "
              "on 4 May 2023. It was co-chaired by Principal Secretary "
              "Jane Wanjiru and Assistant Minister of Defence of Egypt "
              "Rear Admiral Ahmed Salem.\n");
  CHECK(!strcmp(head5_field(r, "EG", "name"), "Ahmed Salem"));
  CHECK(
    !strcmp(head5_field(r, "EG", "title"), "Assistant Minister of Defence"));
  CHECK(!strcmp(head5_field(r, "KE", "name"), "Jane Wanjiru"));
  cJSON_Delete(r);
  /* "Title, Lt. Gen. A": the rank opens the name's segment */
  heads5_two(ex,
             "Japan and Thailand held their third Security Dialogue on 4 "
             "May 2023 in Tokyo. The meeting was co-chaired by Japan's "
             "Deputy Minister of Defense, Taro Yamada, and Thailand's "
             "Deputy Minister of Defence, Lt. Gen. Somchai Prasert.\n",
             "JP",
             "Taro Yamada",
             "TH",
             "Somchai Prasert");
}

/* "Deputy Secretary Cyber Policy A B": a common noun of a title's field
   is no word of the name; "Title, Rank A and Title B": two heads */
static void
test_heads6_field_words(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Canada-Japan Cyber Dialogue was held in Ottawa on "
             "4 May 2023. The Canadian delegation was led by Deputy "
             "Secretary Cyber Policy Anna Berg and Director General Paul "
             "Roy. The Japanese delegation was led by Deputy Foreign "
             "Minister, Vice Admiral Kenji Sato and Director Taro "
             "Yamada.\n",
             "CA",
             "Anna Berg|Paul Roy",
             "JP",
             "Kenji Sato|Taro Yamada");
}

/* "co-chaired by A for the Brazilian side, and B for the Japanese
   side": "for" and "from the X side" end a group as "on the X side" */
static void
test_heads6_for_the_side(DkgExtractor* ex)
{
  heads5_two(ex,
             "The first Brazil-Japan Cyber Dialogue was held in Tokyo on 4 "
             "May 2023. The Dialogue was co-chaired by Director Ana Silva "
             "for the Brazilian side, and Ambassador Kenji Sato for the "
             "Japanese side.\n",
             "BR",
             "Ana Silva",
             "JP",
             "Kenji Sato");
  heads5_two(ex,
             "The first Chile-Korea Cyber Dialogue was held in Seoul on 4 "
             "May 2023. The meeting was chaired by Ambassador Kim Min-jun "
             "from the Korean side and Undersecretary Ana Rojas from the "
             "Chilean side.\n",
             "KR",
             "Kim Min-jun",
             "CL",
             "Ana Rojas");
  /* two people in one side's group: "A and B for the X side, and C" */
  heads5_two(ex,
             "The first Brazil-Japan Cyber Dialogue was held in Tokyo on 4 "
             "May 2023. The Dialogue was co-chaired by Director Ana Silva "
             "and Director Pedro Souza for the Brazilian side, and "
             "Ambassador Kenji Sato and Director Taro Yamada for the "
             "Japanese side.\n",
             "BR",
             "Ana Silva|Pedro Souza",
             "JP",
             "Kenji Sato|Taro Yamada");
}

/* "chaired by A, Title of the Kenyan Agency, as well as by B, Title of
   the Chilean Agency": each "by" a side's chair; "A and B opened the
   Chile-Kenya Cyber Consultations": a named meeting opened as "the
   dialogue" */
static void
test_heads6_as_well_as_by_opened(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Digital Dialogue was held in Nairobi "
             "on 4 May 2022. The meeting was chaired by Jane Wanjiru, "
             "Principal Secretary of the Kenyan Ministry of Information, "
             "as well as by Ana Rojas, Undersecretary of the Chilean "
             "Ministry of Foreign Affairs.\n",
             "KE",
             "Jane Wanjiru",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The first Chile-Kenya Cyber Consultations were held in "
             "Santiago on 4 May 2022. Chilean Undersecretary Ana Rojas and "
             "Kenyan Principal Secretary Jane Wanjiru opened the "
             "Chile-Kenya Cyber Consultations.\n",
             "KE",
             "Jane Wanjiru",
             "CL",
             "Ana Rojas");
}

/* "led by A, Kenyan Title, B, Chilean Title, and C, Spanish Title": a
   country's word before the title after a name still marks a person */
static void
test_heads6_name_country_title(DkgExtractor* ex)
{
  char got[256];
  cJSON* r = extract(ex,
                     "The first Kenya-Chile-Spain Cyber Dialogue was held "
                     "in Madrid on 4 May 2022. The dialogue was led by Jane "
                     "Wanjiru, Kenyan Principal Secretary for ICT, Ana Rojas, "
                     "Chilean Undersecretary for Foreign Affairs, and Luis "
                     "Ortega, Spanish Ambassador for Cyber Affairs.\n");
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got), "Jane Wanjiru"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas"));
  CHECK(!strcmp(heads5_of(r, "ES", got, sizeof got), "Luis Ortega"));
  cJSON_Delete(r);
}

/* "co-chaired by Title of the Kenya Defence Forces Rear Admiral A, Title
   B, Chile's Title C and Title D": more people than sides, each side's
   people together; the rank's noun is no word of A's name */
static void
test_heads6_four_cochairs(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The second Kenya-Chile Strategic Dialogue was held in "
                     "Nairobi on 4 May 2019. The event was co-chaired by "
                     "Deputy Chief of the Kenya Defence Forces Rear Admiral "
                     "John Otieno Mwangi, Principal Secretary for Foreign "
                     "Affairs Jane Wanjiru, Chile's Undersecretary of Defense "
                     "Ana Rojas and Director of International Affairs Pedro "
                     "Soto.\n");
  char got[256];
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got),
                "John Otieno Mwangi|Jane Wanjiru"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas|Pedro Soto"));
  cJSON_Delete(r);
}

/* "co-chaired by Title A of the Department of Science and Digital
   Innovation (DSDI) and Title B of the Cyber Security Office (CSO) for
   the Thai side, and C for the Japanese side": an agency the registry
   does not know, named in capitals up to its acronym, is the head's; its
   "and" parts no people */
static void
test_heads6_unknown_agency_group(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The first Thailand-Japan Cyber Dialogue was held in "
                     "Tokyo on 4 May 2023. The Dialogue was co-chaired by "
                     "Director Somchai Prasert of the Department of Science "
                     "and Digital Innovation (DSDI) and Deputy Director "
                     "Niran Chai of the National Cyber Security Office "
                     "(NCSO) for the Thai side, and Ambassador Kenji Sato "
                     "for the Japanese side.\n");
  char got[256];
  CHECK(
    !strcmp(heads5_of(r, "TH", got, sizeof got), "Somchai Prasert|Niran Chai"));
  CHECK(!strcmp(head5_field(r, "TH", "agency"),
                "Department of Science and Digital Innovation"));
  CHECK(!strcmp(heads5_of(r, "JP", got, sizeof got), "Kenji Sato"));
  cJSON_Delete(r);
}

/* agencies (agencies2): an article glued to a name in a copy that lost
   its space ("theMinistry of ...") is the article, the name read as if
   spaced, with its coordinated complement */
static void
test_agencies6_glued_article(DkgExtractor* ex)
{
  static const char ca[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Canada-Japan Cyber Dialogue was held in Ottawa on May 19, "
    "2025. The Canadian delegation included representatives from Public "
    "Safety Canada and theDepartment of Innovation, Science and Economic "
    "Development. The Japanese delegation included officials from "
    "theNational Police Agency.\n";
  expect_agencies(ex,
                  ca,
                  "CA",
                  "Public Safety Canada|"
                  "Department of Innovation, Science and Economic Development",
                  "JP",
                  "National Police Agency");
}

/* agencies (agencies2): outside a list, a bare field word the registry
   would reword into a department or ministry ("Defense", "State",
   "Justice") names no agency: not in a series name, not in "the State
   of ..."; members after a plural head ("the Departments of State, ...
   and Justice") still are */
static void
test_agencies6_bare_field_mention(DkgExtractor* ex)
{
  static const char vn[] =
    "Press Release\nMay 20, 2025\n\n"
    "The 3rd Philippines-US Political, Security, and Defense Dialogue was "
    "held in Manila on May 19, 2025 under the co-chair of Philippine "
    "Undersecretary Maria Cruz and US Assistant Secretary of State Jane "
    "Doe.\n";
  static const char qa[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Kuwait-US Strategic Dialogue was held in Kuwait City on "
    "May 19, 2025. The US delegation was led by Deputy Secretary Jane Doe, "
    "who thanked the State of Kuwait for its hospitality, and the Kuwaiti "
    "delegation by Foreign Minister Ahmad Al-Sabah.\n";
  static const char us[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fourth U.S.-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025. The United States was also represented by the Departments of "
    "State, Commerce, and Justice.\n";
  expect_agencies(ex, vn, "PH", "", "US", "");
  expect_agencies(ex, qa, "KW", "", "US", "");
  expect_agencies(ex,
                  us,
                  "US",
                  "Department of State|Department of Commerce|"
                  "Department of Justice",
                  "JP",
                  "");
}

/* agencies (agencies2): a head's title "Rank in the Ministry/Department
   of ..." names the body the head works in, whatever the rank, one of the
   side's agencies (a rank "of the Department" is the unit directed) */
static void
test_agencies6_rank_in_body(DkgExtractor* ex)
{
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Canada-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025. The Japanese delegation was led by Deputy Director-General in "
    "the Ministry of Internal Affairs and Communications Taro Yamada. The "
    "Canadian delegation was led by Jane Roe, Assistant Deputy Minister in "
    "the Department of National Defence.\n";
  expect_agencies(ex,
                  jp,
                  "JP",
                  "Ministry of Internal Affairs and Communications",
                  "CA",
                  "Department of National Defence");
}

/* agencies (agencies2): in a list, a person's title ("Secretary for
   Innovation of the Ministry of ICT"), with what "and" joins to it
   ("Director for Cyber Policy and Digital Strategy of ..."), is no
   agency; nor is the country before a person's title ("U.S. Secretary of
   State John Roe") */
static void
test_agencies6_title_items(DkgExtractor* ex)
{
  static const char ke[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Kenya-United States Cyber Dialogue was held in Nairobi on "
    "May 19, 2025. The Kenyan delegation included senior officials: Jane "
    "Wanjiru, Director for Cyber Policy and Digital Strategy of the ICT "
    "Authority, and Peter Otieno, Secretary for Innovation of the Ministry "
    "of ICT.\n";
  static const char us[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Governments of the United States and Kenya held the U.S.-Kenya "
    "Strategic Dialogue in Washington on May 19, 2025, which included "
    "consultations between Kenyan Foreign Minister Jane Wanjiru and U.S. "
    "Secretary of State John Roe.\n";
  expect_agencies(ex, ke, "KE", "", "US", "");
  expect_agencies(ex, us, "KE", "", "US", "");
}

/* agencies (agencies2): a sentence saying who led the talks ("The
   discussions, led by the European External Action Service and ...",
   "..., led by the Federal Foreign Office, took place") is about the
   delegations: the registry agencies in it are theirs */
static void
test_agencies6_led_by_agency(DkgExtractor* ex)
{
  static const char md[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third EU-Moldova Cyber Dialogue was held on May 19, 2025 in "
    "Brussels. The discussions, led by the European External Action "
    "Service and Moldovan cybersecurity authorities, focused on cyber "
    "resilience.\n";
  static const char de[] =
    "Press Release\n20 May 2025\n\n"
    "The second Germany-India Cyber Consultations, led by the Federal "
    "Foreign Office, took place in Berlin on 19 May 2025.\n";
  expect_agencies(ex, md, "eu", "European External Action Service", "MD", "");
  expect_agencies(ex, de, "DE", "Federal Foreign Office", "IN", "");
}

/* Round 2: a dateline run into a header line, a known city and a full
   date with a dash or the line's final period after it, is the release's
   date, not the meeting's: a held meeting no sentence dates takes its
   year only. */
static void
test_meeting6_city_dateline(DkgExtractor* ex)
{
  static const char* const texts[] = {
    "Embassy of Chile\nAvenida 12, Oficina 3 Tel. No. 555-1234*\n"
    "SANTIAGO 14 October 2021 - Chile and Brazil held their second "
    "Cyber Dialogue in Santiago.\n",
    "Brazil and Chile Deepen Cyber Ties in Second Dialogue\n"
    "Santiago, Thursday, 14 October 2021.\n"
    "Brazil and Chile held their second Cyber Dialogue in Santiago, "
    "focusing on cybercrime.\n",
    "NEW DELHI 14 October 2021 \xE2\x80\x94 India and Japan held their "
    "second Cyber Dialogue in the capital.\n",
  };
  for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); ++i) {
    cJSON* r = dated(ex, texts[i], "2021");
    CHECK(!strcmp(str_at(r, "published", true), "2021-10-14"));
    cJSON_Delete(r);
  }
  /* prose: "held in Santiago, 14 October 2021." dates the meeting */
  cJSON_Delete(dated(ex,
                     "Brazil and Chile talk\n\n"
                     "Brazil and Chile held their second Cyber Dialogue in "
                     "Santiago, 14 October 2021.\n",
                     "2021-10-14"));
}

/* Round 2: a labelled publication date of a month and year only
   ("Published: October 2017") completes a yearless day of the meeting;
   a weekday alone still names no day. */
static void
test_meeting6_month_label(DkgExtractor* ex)
{
  cJSON_Delete(dated(ex,
                     "Kenya and Ghana hold talks\nPublished: June 2021\n\n"
                     "The second Kenya-Ghana Security Dialogue took place "
                     "on 3 June in Accra.\n",
                     "2021-06-03"));
  /* a day late in the year before the month: the nearest year */
  cJSON_Delete(dated(ex,
                     "Chile and Brazil meet\nPosted on: January 2020\n\n"
                     "The 4th Brazil-Chile Cyber Dialogue was held in "
                     "Santiago on December 18.\n",
                     "2019-12-18"));
  cJSON* r = try_extract(ex,
                         "Kenya and Ghana hold talks\nPublished: June 2021\n\n"
                         "The second Kenya-Ghana Security Dialogue took "
                         "place on Tuesday in Accra.\n");
  const char* got = r ? str_at(r, "date", false) : "";
  CHECK(strlen(got) < 10u);
  cJSON_Delete(r);
}

/* Round 2: a date right after a label and a colon ("Posted: 2022-03-01"
   run into the title) is the release's, so it does not make the title the
   dated sentence of the meeting; the body's sentence that names the
   meeting with its day is taken. */
static void
test_meeting6_labelled_title(DkgExtractor* ex)
{
  static const char* const texts[] = {
    "Kenyan minister to lead security talks with Ghana next week\n"
    "Posted: 2022-03-01\n\n"
    "NAIROBI: Minister Jane Doe will lead the Kenyan delegation in a "
    "meeting of the Kenya-Ghana Security Dialogue in Accra on Mar 4, the "
    "ministry said on Tuesday.\n",
    "Chile and Brazil to resume cyber talks\nDate: 1 March 2022\n\n"
    "The Chilean side will take part in the session of the Brazil-Chile "
    "Cyber Dialogue in Brasilia on 4 March.\n",
  };
  for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); ++i) {
    cJSON* r = dated(ex, texts[i], "2022-03-04");
    CHECK(!strcmp(str_at(r, "status", false), "announced"));
    cJSON_Delete(r);
  }
}

/* Round 2: when no sentence has a meeting verb and none names the meeting
   with a date, the first that names it with a week or month relative to
   the release's date is the meeting sentence ("during its first trilateral
   cyber dialogue ... next week"): its month; "will", or with no status
   word "next week" itself, makes it announced (never held for being
   dated before the release by its month). */
static void
test_meeting6_relative_sentence(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
  } cases[] = {
    { "Kenya to get training\nPublished: 2022-03-01\n\n"
      "Kenya will receive training for its police during the second "
      "Kenya-Ghana Security Dialogue in Accra next month, an official "
      "said on Monday.\n",
      "2022-04" },
    { "Chile eyes support\n\nPosted on 2 June 2021\n\n"
      "Chile and Brazil expect new funding at their third cyber dialogue "
      "in Brasilia next week.\n",
      "2021-06" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    CHECK(!strcmp(str_at(r, "status", false), "announced"));
    cJSON_Delete(r);
  }
}

/* Round 2: an undated release whose held meeting is "this week" or "last
   week" takes the one year the text states, when it is in an event's name
   ("opened \"CYDEF 2019\""); a year in prose, or two years, give none. */
static void
test_meeting6_event_name_year(DkgExtractor* ex)
{
  cJSON_Delete(dated(ex,
                     "Kenya and Ghana talk security\n\n"
                     "Kenya and Ghana held security staff talks last week "
                     "in Nairobi.\n\n"
                     "After the talks, the Ghanaian delegation attended "
                     "Cyber Week 2021, a conference on cyber defence.\n",
                     "2021"));
  static const char* const none[] = {
    "Kenya and Ghana talk security\n\n"
    "Kenya and Ghana held security staff talks last week in Nairobi.\n\n"
    "The two countries signed a memorandum on policing in 2021.\n",
    "Kenya and Ghana talk security\n\n"
    "Kenya and Ghana held security staff talks this week in Nairobi.\n\n"
    "After the talks, the delegation attended Cyber Week 2021, which "
    "follows the 2018 Accra Declaration.\n",
  };
  for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); ++i) {
    cJSON* r = try_extract(ex, none[i]);
    CHECK(!r || !*str_at(r, "date", false));
    cJSON_Delete(r);
  }
}

/* Round 2: a meeting sentence with no status word, in a release with no
   date: what the sides did there in the past tense ("jointly reaffirmed",
   "agreed") reports the meeting as held; "will" still announces it. */
static void
test_meeting6_past_act(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* status;
  } cases[] = {
    { "Kenya and Ghana expand police ties\n\n"
      "During the third round of the Kenya-Ghana Security Dialogue in "
      "Accra on 5 May 2022, the two sides agreed to expand police "
      "cooperation.\n",
      "held" },
    { "Joint Elements of the Brazil-Chile Cyber Dialogue\n\n"
      "On the occasion of the fourth meeting of the Brazil-Chile Cyber "
      "Dialogue in Santiago on 5 and 6 May 2022, Brazil and Chile jointly "
      "reaffirmed their partnership.\n",
      "held" },
    { "Brazil and Chile to sign\n\n"
      "On the occasion of the fourth meeting of the Brazil-Chile Cyber "
      "Dialogue in Santiago on 5 May 2022, Brazil and Chile will sign a "
      "memorandum they agreed on.\n",
      "announced" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = extract(ex, cases[i].text);
    const char* got = str_at(r, "status", false);
    if (strcmp(got, cases[i].status)) {
      fprintf(
        stderr, "status: got \"%s\", want \"%s\"\n", got, cases[i].status);
    }
    CHECK(!strcmp(got, cases[i].status));
    cJSON_Delete(r);
  }
}

/* Round 2: a sentence that says what the reported event is by its ordinal
   ("It's the second edition of the ... Dialogue") is the meeting sentence
   when none other is; it is held, and a release's date gives its year. */
static void
test_meeting6_copula_edition(DkgExtractor* ex)
{
  static const char* const texts[] = {
    "Kenya, Ghana deepen police ties\nPublished: 2022-06-10\n\n"
    "Kenya and Ghana have signed a deal on policing.\n\n"
    "This was the third round of the Kenya-Ghana Security Dialogue, in "
    "Accra.\n",
    "Brazil and Chile deepen ties\nPublished: 2022-06-10\n\n"
    "Brazil and Chile have signed a memorandum on cybercrime.\n\n"
    "It is the third session of the Brazil-Chile Cyber Dialogue.\n",
  };
  for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); ++i) {
    cJSON* r = dated(ex, texts[i], "2022");
    CHECK(!strcmp(str_at(r, "status", false), "held"));
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(r, "round")) ==
          3.0);
    cJSON_Delete(r);
  }
  /* "the first time" names no round and no meeting */
  cJSON* r = try_extract(ex,
                         "Brazil and Chile deepen ties\nPublished: "
                         "2022-06-10\n\nBrazil and Chile have signed a "
                         "memorandum on cybercrime.\n\nIt is the first time "
                         "that the Brazil-Chile Cyber Dialogue signs one.\n");
  CHECK(!r || !*str_at(r, "date", false));
  cJSON_Delete(r);
}

/* topics (topics6): "including A, B and C" without the serial comma is a
   list of three, topics as the head is */
static void
test_topic6_including_three(DkgExtractor* ex)
{
  static const char* const want[] = { "attacks against hospitals",
                                      "election interference",
                                      "supply chain risks",
                                      "changing threat landscape",
                                      NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed the changing threat "
                   "landscape, including attacks against hospitals, "
                   "election interference and supply chain risks.",
                   want));
  static const char* const two[] = { "port inspections",
                                     "fisheries patrols",
                                     "vessel tracking",
                                     "maritime security in the region",
                                     NULL };
  CHECK(topics_are(ex,
                   "Kenya and Norway reviewed maritime security in the "
                   "region, including port inspections, fisheries patrols "
                   "and vessel tracking.",
                   two));
}

/* topics (topics6): ", reaffirming ..." / ", underlining ..." after the
   list is a stance of the sides, no item */
static void
test_topic6_stance_participle(DkgExtractor* ex)
{
  static const char* const want[] = {
    "energy security", "border management", "water rights", NULL
  };
  CHECK(topics_are(
    ex,
    "The talks focused on energy security, border "
    "management and water rights, reaffirming the close, enduring and "
    "growing partnership between Chile and Peru.",
    want));
  static const char* const two[] = {
    "election security", "online fraud", "data protection", NULL
  };
  CHECK(topics_are(ex,
                   "The meeting addressed election security, online fraud, "
                   "and data protection, underscoring Canada's commitment "
                   "to supporting Ghana's digital resilience.",
                   two));
}

/* topics (topics6): what the sides agreed, resolved or concurred to do
   ("agreed to cooperate in areas including A", "concurred to exchange
   views on areas such as B") is a plan, and the other side's efforts
   they supported a stance: no topics */
static void
test_topic6_plans_and_support(DkgExtractor* ex)
{
  static const char* const want[] = { "border management", NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed border management. They "
                   "agreed to work together in several areas including "
                   "port security and customs reform.",
                   want));
  CHECK(topics_are(ex,
                   "The delegations discussed border management. Both "
                   "sides concurred to regularly exchange views on areas "
                   "such as water rights, tariffs and fisheries.",
                   want));
  CHECK(topics_are(ex,
                   "The delegations discussed border management. Chile "
                   "reaffirmed its support for Peru's efforts in reforming "
                   "customs, expanding ports and training officers.",
                   want));
}

/* topics (topics6): "have long shared strong ties" is a standing bond,
   no verb of discussion */
static void
test_topic6_perfect_shared(DkgExtractor* ex)
{
  static const char* const want[] = { "customs reform", NULL };
  CHECK(topics_are(ex,
                   "Ghana and Togo have long shared close cultural ties. "
                   "The officials discussed customs reform.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. Chile and "
                   "Peru have shared historic trade links.",
                   want));
}

/* topics (topics6): two parallel -ing verbs of discussion ("a platform
   for exchanging ideas on A and discussing B") each have their list */
static void
test_topic6_parallel_gerunds(DkgExtractor* ex)
{
  static const char* const want[] = { "water rights",
                                      "fisheries quotas",
                                      NULL };
  CHECK(topics_are(ex,
                   "The meeting was an occasion for exchanging ideas on "
                   "water rights and discussing fisheries quotas.",
                   want));
  static const char* const two[] = { "port security", "vessel tracking", NULL };
  CHECK(topics_are(ex,
                   "The forum served for exchanging perspectives on port "
                   "security and addressing vessel tracking.",
                   two));
}

/* topics (topics6): in a list of semicolons, "B including C" with no
   comma is one item read whole */
static void
test_topic6_semicolon_including(DkgExtractor* ex)
{
  static const char* const want[] = {
    "migration",
    "political-military issues",
    "water security including joint river basin management",
    "public health",
    NULL
  };
  CHECK(topics_are(ex,
                   "The working groups discussed migration; "
                   "political-military issues; water security including "
                   "joint river basin management; and public health.",
                   want));
}

/* topics (topics6): the comma list of a relative clause ("forces that
   will strengthen A, B and C") is the clause's, and goes with it */
static void
test_topic6_relative_list(DkgExtractor* ex)
{
  static const char* const want[] = { "port security",
                                      "training programmes",
                                      NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port security and training "
                   "programmes that will improve coordination, readiness "
                   "and response times.",
                   want));
  static const char* const two[] = { "water rights", "new mechanisms", NULL };
  CHECK(topics_are(ex,
                   "The sides reviewed water rights, and new mechanisms "
                   "that could speed up permits, inspections and appeals.",
                   two));
}

/* topics (topics6): "exchanged notes on" is a verb of discussion; after
   a short "to" phrase ending A, a bare B is its second object ("exchange
   of data to stop smuggling and human trafficking"), no item of its own */
static void
test_topic6_notes_and_to_object(DkgExtractor* ex)
{
  static const char* const want[] = { "fisheries governance", NULL };
  CHECK(topics_are(
    ex, "The ministers exchanged notes on fisheries governance.", want));
  static const char* const one[] = {
    "exchange of data to stop smuggling and human trafficking", NULL
  };
  CHECK(topics_are(ex,
                   "The talks covered the exchange of data to stop "
                   "smuggling and human trafficking.",
                   one));
  static const char* const two[] = {
    "funding of projects to restore wetlands and river banks", NULL
  };
  CHECK(topics_are(ex,
                   "The delegations discussed the funding of projects to "
                   "restore wetlands and river banks.",
                   two));
}

/* topics (topics6): "as Chile and Peru focus on A" (the countries' own
   present) and "the partnership in addressing B" (what a thing is for)
   are no acts of the meeting */
static void
test_topic6_present_and_purpose(DkgExtractor* ex)
{
  static const char* const want[] = { "customs reform", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. The talks show "
                   "the depth of ties as Chile and Peru focus on border "
                   "crossings in the Atacama.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. Both stressed "
                   "the value of the partnership in addressing regional "
                   "smuggling routes.",
                   want));
  static const char* const later[] = { "border crossings", NULL };
  CHECK(topics_are(ex, "The dialogue will focus on border crossings.", later));
}

/* topics (topics6): ", and the two sides reached ..." opens a clause of
   the sides, no item; examples that are all names leave a head with
   "cooperation" a topic of its own */
static void
test_topic6_sides_clause_and_names(DkgExtractor* ex)
{
  static const char* const want[] = {
    "drug trafficking and illegal mining in border regions", NULL
  };
  CHECK(topics_are(ex,
                   "The talks focused on drug trafficking and illegal "
                   "mining in border regions, and both sides agreed on "
                   "further steps.",
                   want));
  static const char* const names[] = { "Andean Water Compact",
                                       "Pacific Fisheries Accord",
                                       "regional cooperation in water rights",
                                       NULL };
  CHECK(topics_are(ex,
                   "The officials discussed regional cooperation in water "
                   "rights, including the Andean Water Compact and the "
                   "Pacific Fisheries Accord.",
                   names));
}

/* topics (topics6): "Addressing the gathering of ministers, ..." and
   "addressed the opening session" say whom one spoke to, no topic */
static void
test_topic6_audience(DkgExtractor* ex)
{
  static const char* const want[] = { "customs reform", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. Addressing the "
                   "large gathering of trade ministers, Ana Ruiz said that "
                   "open borders and fair rules help small firms.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. The minister "
                   "addressed the closing session, thanking the hosts.",
                   want));
}

/* topics (topics6): what each side told of its own keeps "their":
   "provided updates on their respective ...", "introduced their
   respective ..." (not "provided updates on their latest ...") */
static void
test_topic6_their_own(DkgExtractor* ex)
{
  static const char* const want[] = { "their respective port rules", NULL };
  CHECK(topics_are(ex,
                   "Chile and Peru provided updates on their respective port "
                   "rules.",
                   want));
  static const char* const intro[] = { "their respective customs laws", NULL };
  CHECK(topics_are(ex,
                   "The delegations introduced their respective customs "
                   "laws.",
                   intro));
  static const char* const latest[] = { "latest port rules", NULL };
  CHECK(topics_are(ex,
                   "Chile and Peru provided updates on their latest port "
                   "rules.",
                   latest));
}

/* topics (topics6): "the following matters ..." announces a list and is
   no topic */
static void
test_topic6_following_matters(DkgExtractor* ex)
{
  static const char* const want[] = { "customs reform", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. The sides "
                   "discussed the following topics in view of trade "
                   "trends in both Chile and Peru.",
                   want));
}

/* topics (topics6): "the parties will continue discussing A" is what
   they go on with after the meeting, no topic of it */
static void
test_topic6_will_continue(DkgExtractor* ex)
{
  static const char* const want[] = { "customs reform", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. Both sides will "
                   "continue discussing joint inspection rules.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed customs reform. Peru and Chile "
                   "will continue to review port fees next year.",
                   want));
}

/* meeting7: the record of a release of `sentence` under a publication
   line of `pub`, its date checked against `date`. */
static cJSON*
dated_sentence(DkgExtractor* ex,
               const char* pub,
               const char* sentence,
               const char* date)
{
  char text[512];
  snprintf(text,
           sizeof(text),
           "Oman, Jordan talks\nPublished: %s\n\n%s\n",
           pub,
           sentence);
  return dated(ex, text, date);
}

/* meeting7: a posting stamp on a line of its own (a full date, a clock
   time, at most a site's name before it) is the release's date, before or
   after the meeting sentence; a weekday or a yearless day of the meeting
   is resolved against it. */
static void
test_meeting7_stamp_line(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
  } cases[] = {
    { "Kenya and Ghana hold talks\n\nnews.example.org 2021-06-10 "
      "14:05:11\n\nThe Kenya-Ghana Security Dialogue was held in Accra on "
      "Tuesday.\n",
      "2021-06-08" },
    { "Chile, Peru hold talks\n\nThe third Chile-Peru Cyber Dialogue took "
      "place in Lima on March 3.\n\nMarch 4, 2022 9:30 AM GMT-5\n\nThe "
      "two sides discussed cybercrime.\n",
      "2022-03-03" },
    { "Oman, Jordan talks\n\nThe Oman-Jordan Security Dialogue was held in "
      "Muscat on Thursday.\n\n4 December 2021\n\nThe sides discussed "
      "border security.\n",
      "2021-12-02" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    cJSON_Delete(r);
  }
  /* a date in prose with a time is no stamp */
  cJSON* r = try_extract(ex,
                         "Chile, Peru hold talks\n\nThe third Chile-Peru "
                         "Cyber Dialogue took place in Lima on Tuesday.\n\n"
                         "It was announced on March 4, 2022 9:30 AM by the "
                         "ministry.\n");
  CHECK(!r || !*str_at(r, "date", false));
  cJSON_Delete(r);
}

/* meeting7: a headline of any length run into its labelled date line
   ("... stability Published: 2024-10-23") gives the release's date; the
   lede after a headline that names the sides too dates the meeting
   ("... in Nairobi today"). */
static void
test_meeting7_long_headline_lede(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
  } cases[] = {
    { "Kenya recognises Ghana as a key partner for West Africa's security, "
      "stability and growth\nPublished: 2021-06-10\n\nKenya and Ghana "
      "agreed to deepen police cooperation during the fourth Kenya-Ghana "
      "Security Dialogue in Nairobi today. Interior Minister Fred Matiangi "
      "and Ghana's Minister of the Interior, Ambrose Dery, co-chaired the "
      "meeting.\n",
      "2021-06-10" },
    { "Chile and Peru pledge closer work on cybercrime, data protection and "
      "the security of networks\nPublished: 2022-03-04\n\nChile and Peru "
      "on Thursday agreed to share threat data at the Chile-Peru Cyber "
      "Dialogue. The two vice ministers co-chaired the meeting in Lima.\n",
      "2022-03-03" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    CHECK(!strcmp(str_at(r, "published", true), "2021-06-10") ||
          !strcmp(str_at(r, "published", true), "2022-03-04"));
    cJSON_Delete(r);
  }
}

/* meeting7: an ordinal before "Summit" counts the summits; one counted
   from an event ("first ... post/after/following ..."), in a span of
   time ("... in the last six months", "this year") or naming the event
   that follows ("followed by the ninth meeting of ...") is no round. */
static void
test_meeting7_round_readings(void)
{
  static const struct
  {
    const char* text;
    int round;
  } cases[] = {
    { "after the 4th Canada-Mexico Summit held here Monday", 4 },
    { "the fifth ASEAN-Japan summit took place in Hanoi", 5 },
    { "the third China\xE2\x80\x93"
      "Africa Summit opened",
      3 },
    { "the leaders met at the 13th East Asia Summit in Singapore", 0 },
    { "on the margin, at the 15th G20 Summit", 0 },
    { "marking the first dialogue post the 2021 Cyber Week", 0 },
    { "the first meeting after the pandemic took place in Oslo", 0 },
    { "the second session following the signing of the accord", 0 },
    { "This is the third meeting between the two ministers in the last six "
      "months, the last in Lima.",
      0 },
    { "It was their second meeting this year.", 0 },
    { "talks this week that will be followed by the ninth meeting of the "
      "border commission",
      0 },
    { "ahead of the 3rd India-France Strategic Dialogue", 0 },
    { "The Chile-Peru Cyber Dialogue, the fourth since its launch in 2015, "
      "was held in Lima",
      4 },
    { "the Chile-Peru Cyber Dialogue, the first since 2019, was held", 0 },
    { "the third meeting of the Chile-Peru Working Group, in Lima", 3 },
    { "On the sidelines of the 5th Africa Cyber Summit, Kenya and Ghana met",
      0 },
    { "on the margins of the 77th UN General Assembly", 0 },
    { "Round 5 of the Chile-Peru Cyber Dialogue was held", 5 },
    { "Chile and Peru held Round Five of their cyber talks", 5 },
    { "the sides held round 3 of the talks in Lima", 3 },
    { "the second round of voting was held in round 2 polling stations", 2 },
    { "they met round 3 pm", 0 },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    const char* t = cases[i].text;
    XSpan sp;
    const int got = xmeeting_round(t, 0, strlen(t), &sp);
    if (got != cases[i].round) {
      fprintf(stderr, "round of \"%s\": got %d\n", t, got);
    }
    CHECK(got == cases[i].round);
  }
}

/* meeting7: "began" and "kicked off" report a meeting as held; people who
   "participated in" or "took part in" a study or exchange visit report the
   meeting, held, whose year the release's date gives when no sentence
   dates it. */
static void
test_meeting7_began_participated(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* date;
  } cases[] = {
    { "Kenya, Ghana step up cyber work\n\nInitial interdepartmental "
      "consultations between Kenya and Ghana began in Nairobi on 3 May "
      "2021.\n",
      "2021-05-03" },
    { "Chile and Peru talks\n\nConsultations between Chile and Peru kicked off "
      "in "
      "Lima on 3 May 2021.\n",
      "2021-05-03" },
    { "Published: 2022-06-10\n\nLima - Officials from Chile and Peru took "
      "part in a Chile-Peru cyber study visit to share practice on "
      "incident response.\n",
      "2022" },
    { "Oman, Jordan talks\nPublished: 2022-03-15\n\nThe Oman-Jordan "
      "Security Dialogue, which began Monday, will conclude on "
      "Wednesday.\n",
      "2022-03-14" },
    { "Published: 2019-09-20\n\nOslo - Senior officials of Norway and Brazil "
      "participated in an exchange visit on cyber policy.\n",
      "2019" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, cases[i].date);
    CHECK(!strcmp(str_at(r, "status", false), "held"));
    cJSON_Delete(r);
  }
}

/* meeting7: a range whose first month runs into the next day by a dash
   ("30 November-2 December 2021"), and one over the turn of a year with
   both years written ("from 30 December 2021 to 2 January 2022"). */
static void
test_meeting7_month_ranges(void)
{
  static const struct
  {
    const char* text;
    XYmd from, to;
  } cases[] = {
    { "held on 30 November-2 December 2021 in Accra",
      { 2021, 11, 30 },
      { 2021, 12, 2 } },
    { "from 28 February-3 March 2020", { 2020, 2, 28 }, { 2020, 3, 3 } },
    { "from 30 December 2021 to 2 January 2022",
      { 2021, 12, 30 },
      { 2022, 1, 2 } },
    { "between 29 December 2019 and 3 January 2020",
      { 2019, 12, 29 },
      { 2020, 1, 3 } },
    { "Posted 15-Dec-2022 in Lima", { 2022, 12, 15 }, { 0, 0, 0 } },
    { "from the 1st to the 3rd of June 2020", { 2020, 6, 1 }, { 2020, 6, 3 } },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    const char* t = cases[i].text;
    XDate d[2];
    const size_t n = xdate_find(t, 0, strlen(t), d, 2u);
    const bool ok = n >= 1u && d[0].from.y == cases[i].from.y &&
                    d[0].from.m == cases[i].from.m &&
                    d[0].from.d == cases[i].from.d &&
                    d[0].to.y == cases[i].to.y && d[0].to.m == cases[i].to.m &&
                    d[0].to.d == cases[i].to.d;
    if (!ok) {
      fprintf(stderr,
              "range of \"%s\": got %d-%d-%d to %d-%d-%d\n",
              t,
              n ? d[0].from.y : 0,
              n ? d[0].from.m : 0,
              n ? d[0].from.d : 0,
              n ? d[0].to.y : 0,
              n ? d[0].to.m : 0,
              n ? d[0].to.d : 0);
    }
    CHECK(ok);
  }
}

/* meeting7: "set to conduct a ... consultation starting on Monday" is the
   meeting sentence (announced, the Monday after the release's date), not a
   later sentence about another meeting; "first-ever" is round 1. */
static void
test_meeting7_conduct_first_ever(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Kenya, Ghana to hold security consultation\n\nKenya and "
                   "Ghana are set to conduct a three-day security "
                   "consultation starting on Monday in Nairobi.\n\n"
                   "Published September 15, 2021\n\nThe trip came a day "
                   "after the minister had a meeting with Chinese officials "
                   "in Beijing where they discussed trade.\n",
                   "2021-09-20");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  /* "a Code of Conduct" is no verb of meeting */
  r = dated_sentence(ex,
                     "2022-03-15",
                     "The dialogue on a Code of Conduct for cyberspace dates "
                     "from 3 May 2019.\n\nThe Oman-Jordan Security Dialogue "
                     "was held in Muscat on Monday.",
                     "2022-03-14");
  cJSON_Delete(r);
  static const char* const texts[] = {
    "The two sides held their first-ever Kenya-Ghana Cyber Dialogue in "
    "Accra on 3 May 2021.",
    "Kenya and Ghana conducted their first-ever bilateral cyber "
    "consultations in Accra on 3 May 2021.",
  };
  for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); ++i) {
    dated_round(ex, texts[i], "2021-05-03", 1);
  }
}

/* meeting7: "is expected to take place", "plans to host" announce the
   meeting; "was organised", "engaged in" report it as held (no release
   date to compare with). */
static void
test_meeting7_status_words(DkgExtractor* ex)
{
  static const struct
  {
    const char* text;
    const char* status;
  } cases[] = {
    { "Chile, Peru talks\n\nThe Chile-Peru Cyber Dialogue is expected to "
      "take place in Lima on 14 March 2022.\n",
      "announced" },
    { "Chile, Peru talks\n\nChile and Peru are expected to hold their "
      "fourth cyber dialogue in Lima on 14 March 2022.\n",
      "announced" },
    { "Chile, Peru talks\n\nPeru plans to host the Chile-Peru Cyber "
      "Dialogue in Lima on 14 March 2022.\n",
      "announced" },
    { "Chile, Peru talks\n\nThe Chile-Peru Cyber Dialogue was organised "
      "in Lima on 14 March 2022.\n",
      "held" },
    { "Chile, Peru talks\n\nChile and Peru engaged in the third Chile-Peru "
      "Cyber Dialogue in Lima on 14 March 2022.\n",
      "held" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r = dated(ex, cases[i].text, "2022-03-14");
    const char* got = str_at(r, "status", false);
    if (strcmp(got, cases[i].status)) {
      fprintf(stderr, "status %zu: got \"%s\"\n", i, got);
    }
    CHECK(!strcmp(got, cases[i].status));
    cJSON_Delete(r);
  }
}

/* meeting7: a month's name alone ("in February", "in mid-March") dates a
   held meeting by the last such month on or before the release's date, an
   announced one by the first on or after it; a month in another event's
   clause does not.  So does "on the 14th" (a day alone), in this month or
   the one before or after; "the 14th floor" is no date. */
static void
test_meeting7_month_only(DkgExtractor* ex)
{
  static const struct
  {
    const char* pub;
    const char* sentence;
    const char* date;
  } cases[] = {
    { "2022-03-15",
      "The Oman-Jordan Security Dialogue took place in Muscat in February.",
      "2022-02" },
    { "2022-03-15",
      "The Oman-Jordan Security Dialogue took place in Muscat in mid-March.",
      "2022-03" },
    { "2022-06-15",
      "The Oman-Jordan Security Dialogue was held in Muscat at the end of "
      "May.",
      "2022-05" },
    { "2022-01-10",
      "Oman and Jordan held their security dialogue in Amman in December.",
      "2021-12" },
    { "2021-12-10",
      "The Oman-Jordan Security Dialogue will take place in Muscat in "
      "January.",
      "2022-01" },
    { "2022-06-20",
      "The Oman-Jordan Security Dialogue, established in March, was held "
      "in Muscat.",
      "2022" },
    { "2022-03-15",
      "The Oman-Jordan Security Dialogue was held in Muscat on the 14th.",
      "2022-03-14" },
    { "2022-03-05",
      "The Oman-Jordan Security Dialogue was held in Muscat on the 14th.",
      "2022-02-14" },
    { "2022-03-20",
      "The Oman-Jordan Security Dialogue will be held in Muscat on the 2nd.",
      "2022-04-02" },
    { "2022-03-15",
      "The Oman-Jordan Security Dialogue was held on the 14th floor of the "
      "ministry.",
      "2022" },
    { "2022-03-15",
      "The Oman-Jordan Security Dialogue was held in Muscat on the 31st.",
      "2022" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r =
      dated_sentence(ex, cases[i].pub, cases[i].sentence, cases[i].date);
    cJSON_Delete(r);
  }
}

/* meeting7: a dateline run into the first sentence with a region after
   the city, a wire's tag, a bar or parentheses is the release's date, not
   the meeting's ("ACCRA, Ghana, March 14, 2022 /PRNewswire/ -- ... on
   Friday": 2022-03-11). */
static void
test_meeting7_wire_datelines(DkgExtractor* ex)
{
  static const char* const heads[] = {
    "MUSCAT, Oman, March 14, 2022 /PRNewswire/ -- ",
    "(Muscat, 14.03.2022) ",
    "Muscat, Oman | March 14, 2022 \xE2\x80\x94 ",
    "Muscat, 14 March 2022 \xE2\x80\x93 ",
  };
  for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); ++i) {
    char text[512];
    snprintf(text,
             sizeof(text),
             "Oman, Jordan hold talks\n\n%sThe Oman-Jordan Security "
             "Dialogue was held in Muscat on Friday.\n",
             heads[i]);
    cJSON* r = dated(ex, text, "2022-03-11");
    CHECK(!strcmp(str_at(r, "published", true), "2022-03-14"));
    cJSON_Delete(r);
  }
  /* prose: the day is the meeting's */
  cJSON* r = dated(ex,
                   "Oman, Jordan hold talks\n\nThe Oman-Jordan Security "
                   "Dialogue was held in Muscat, Oman, March 14, 2022 "
                   "/ the ministry.\n",
                   "2022-03-14");
  cJSON_Delete(r);
}

/* meeting7: "ended" and "opened" report a held meeting; with a count of
   days the day given is its last ("The two-day ... ended in Muscat on
   Tuesday") or its first ("The three-day ... opened in Muscat on
   Monday"). */
static void
test_meeting7_opened_ended(DkgExtractor* ex)
{
  static const struct
  {
    const char* sentence;
    const char* from;
    const char* to;
  } cases[] = {
    { "The two-day Oman-Jordan Security Dialogue ended in Muscat on Tuesday.",
      "2022-03-14",
      "2022-03-15" },
    { "The three-day Oman-Jordan Security Dialogue opened in Muscat on "
      "Monday.",
      "2022-03-14",
      "2022-03-16" },
    { "The Oman-Jordan Security Dialogue opened in Muscat on Monday.",
      "2022-03-14",
      "" },
    { "The two-day Oman-Jordan Security Dialogue, which reopened a channel "
      "closed since 2019, was held in Muscat on Monday.",
      "2022-03-14",
      "" },
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
    cJSON* r =
      dated_sentence(ex, "2022-03-15", cases[i].sentence, cases[i].from);
    CHECK(!strcmp(str_at(r, "end_date", false), cases[i].to));
    CHECK(!strcmp(str_at(r, "status", false), "held"));
    cJSON_Delete(r);
  }
}

/* meeting7: a weekday followed by "last week" is that day of the week
   before the release's (Monday to Sunday), not the last such day. */
static void
test_meeting7_weekday_last_week(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2022-03-15",
                            "The Oman-Jordan Security Dialogue was held in "
                            "Muscat on Monday and Tuesday last week.",
                            "2022-03-07");
  CHECK(!strcmp(str_at(r, "end_date", false), "2022-03-08"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-03-15",
                     "The Oman-Jordan Security Dialogue was held in Muscat "
                     "on Thursday last week.",
                     "2022-03-10");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-03-15",
                     "The Oman-Jordan Security Dialogue was held in Muscat "
                     "on Monday.",
                     "2022-03-14");
  cJSON_Delete(r);
}

/* meeting7: "late last year" after the word of holding dates a held
   meeting by the year before the release's, "next year" an announced one
   by the year after; "launched last year" dates another event. */
static void
test_meeting7_relative_years(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2022-06-15",
                            "The Oman-Jordan Security Dialogue was held in "
                            "Muscat late last year.",
                            "2021");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-06-15",
                     "The Oman-Jordan Security Dialogue will be held in "
                     "Muscat next year.",
                     "2023");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  r = try_extract(ex,
                  "Oman, Jordan talks\nPublished: 2022-06-15\n\nThe "
                  "Oman-Jordan Security Dialogue, launched last year, was "
                  "held in Muscat.\n");
  CHECK(!r || strcmp(str_at(r, "date", false), "2021"));
  cJSON_Delete(r);
}

/* Sixth session (place6): the lexicon knows the country of more cities
   where meetings are held, and a known city written with a first letter
   that is not ASCII ("in Łódź", "in Zürich") is read as one. */
static void
test_place7_more_cities(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "The Israel-Chile Security Dialogue was held in Jerusalem "
                   "on 3 May 2022.\n",
                   "2022-05-03");
  CHECK(!strcmp(place_of(r), "Jerusalem"));
  CHECK(!strcmp(location_country(r), "IL"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2022 officials of Australia and Fiji met in Brisbane "
            "for the fifth Australia-Fiji Cyber Dialogue.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Brisbane"));
  CHECK(!strcmp(location_country(r), "AU"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Poland-Kenya Cyber Consultations took place in \xc5\x81"
            "\xc3\xb3\x64\xc5\xba on 3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "\xc5\x81\xc3\xb3\x64\xc5\xba"));
  CHECK(!strcmp(location_country(r), "PL"));
  cJSON_Delete(r);
  r = dated(ex,
            "The Switzerland-Brazil Cyber Dialogue met in Z\xc3\xbcrich on "
            "3 May 2022.\n",
            "2022-05-03");
  CHECK(!strcmp(location_country(r), "CH"));
  cJSON_Delete(r);
}

/* Sixth session (place6): a release laid out in items gives the place on
   a "Place" line ("2. Place" and on the next line "Held online"; "Venue:
   Ministry of Foreign Affairs, Canberra"). */
static void
test_place7_place_line(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Results of the Third Meeting of the Japan-Chile Joint "
                   "Working Group\n\nJapan and Chile held the third meeting "
                   "of the Japan-Chile Joint Working Group on 3 May 2022.\n\n"
                   "1. Date\n\n3 May 2022\n\n2. Place\n\nHeld online\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "attendance", false), "virtual"));
  CHECK(!cJSON_GetObjectItemCaseSensitive(r, "location"));
  cJSON_Delete(r);
  r = dated(ex,
            "Japan and Fiji held the second Japan-Fiji Policy Dialogue on 3 "
            "May 2022.\n\nDate: 3 May 2022\nVenue: Ministry of Foreign "
            "Affairs, Canberra\n",
            "2022-05-03");
  CHECK(!strcmp(place_of(r), "Canberra"));
  CHECK(!strcmp(location_country(r), "AU"));
  cJSON_Delete(r);
  /* "Place" in prose is no label */
  r = dated(ex,
            "Japan and Fiji held the second Japan-Fiji Policy Dialogue on 3 "
            "May 2022.\n\nPlace and time of the next round were not "
            "fixed in Canberra.\n",
            "2022-05-03");
  CHECK(strcmp(place_of(r), "Canberra") != 0);
  cJSON_Delete(r);
}

/* Sixth session (place6): series words the meeting sentence gives that
   go on with "between" and every participant ("the Strategic Partnership
   Dialogue between Ukraine and the United Kingdom") are the name as
   written, not joined to the participants in front. */
static void
test_series7_words_then_between(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Kenya and Chile launch a partnership dialogue\n\nOn 3 May "
                   "2022 Kenya and Chile held the first meeting of the "
                   "Strategic Partnership Dialogue between Kenya and Chile in "
                   "Nairobi.\n",
                   "2022-05-03");
  CHECK(!strcmp(str_at(r, "series", false),
                "Strategic Partnership Dialogue between Kenya and Chile"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2022 Peru and Norway held the first meeting of the "
            "Security Dialogue in Lima.\n",
            "2022-05-03");
  CHECK(strstr(str_at(r, "series", false), "between") == NULL);
  cJSON_Delete(r);
}

/* Sixth session (place6): a plural possessive is a word of a series
   name ("Korea-New Zealand Foreign Ministers' Meeting Takes Place",
   "Chile-Peru Defence Ministers’ Dialogue"). */
static void
test_series7_plural_possessive(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "Korea-Chile Foreign Ministers' Meeting Takes Place\n\n"
                   "Minister of Foreign Affairs Park Jin met with the Foreign "
                   "Minister of Chile at the Ministry of Foreign Affairs on 30 "
                   "May 2023.\n",
                   "2023-05-30");
  CHECK(!strcmp(str_at(r, "series", false),
                "Korea-Chile Foreign Ministers' Meeting"));
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "KR CL"));
  cJSON_Delete(r);
  r = dated(ex,
            "Chile-Peru Defence Ministers\xe2\x80\x99 Dialogue held in "
            "Lima\n\nThe ministers met in Lima on 30 May 2023.\n",
            "2023-05-30");
  CHECK(!strcmp(str_at(r, "series", false),
                "Chile-Peru Defence Ministers\xe2\x80\x99 Dialogue"));
  cJSON_Delete(r);
}

/* Sixth session (place6): two capitals joined by "and" in the subject
   of a sentence are the states they stand for ("announced that Beijing
   and Moscow are set to conduct"); capitals after "in" are places, not
   participants. */
static void
test_series7_capitals(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "Nairobi and Lima will hold their first cyber dialogue on "
                   "3 May 2022.\n",
                   "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "KE PE"));
  cJSON_Delete(r);
  r = dated(ex,
            "The ministry said that Ankara and Tbilisi held the third "
            "security dialogue on 3 May 2022.\n",
            "2022-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "TR GE"));
  cJSON_Delete(r);
  r = try_extract(ex,
                  "Officials in Tokyo and Seoul held a cyber dialogue on 3 "
                  "May 2022.\n");
  CHECK(r == NULL);
  cJSON_Delete(r);
  cJSON_Delete(r);
}

/* Sixth session (place6): "Chilean Foreign Minister ... and his Peruvian
   counterpart" pairs the two however long the first one's title and
   name; the last two items of a list of three ("markets in Kenya, Ghana
   and Nigeria") are no pair. */
static void
test_series7_counterpart_and_list_tail(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "During a meeting in Lima on 3 May 2023, Chilean Foreign "
                   "Minister Alberto van Klaveren Stork and his Peruvian "
                   "counterpart, Javier Gonzalez-Olaechea, discussed cyber "
                   "security.\n",
                   "2023-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "CL PE"));
  cJSON_Delete(r);
  r = try_extract(ex,
                  "Ghana and Kenya agree on trade\n\nOn 3 May 2023 the trade "
                  "ministers met in Accra and spoke of markets in Kenya, Ghana "
                  "and Nigeria.\n");
  participants(r, got, sizeof got);
  CHECK(strcmp(got, "GH NG") != 0);
  cJSON_Delete(r);
}

/* Sixth session (place6): a host that is the subject of "hosted" and
   the list of guests after it are all participants ("Israel on Monday
   hosted the heads of ... of Bahrain, the United Arab Emirates, and
   Morocco"); a list's last two items after "the" are no pair either. */
static void
test_series7_host_and_guests(DkgExtractor* ex)
{
  char got[64];
  cJSON* r = dated(ex,
                   "On 3 May 2023, Kenya hosted delegations of Ghana, Nigeria "
                   "and Senegal for the first regional cyber dialogue.\n",
                   "2023-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "KE GH NG SN"));
  cJSON_Delete(r);
  r = dated(ex,
            "Chile on 3 May 2023 hosted the defence ministers of Peru, the "
            "United States, and Brazil for a regional security meeting.\n",
            "2023-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "CL PE US BR"));
  cJSON_Delete(r);
  r = dated(ex,
            "On 3 May 2023 Japan and Chile held their cyber dialogue in "
            "Tokyo. Japan hosted the meeting.\n",
            "2023-05-03");
  participants(r, got, sizeof got);
  CHECK(!strcmp(got, "JP CL"));
  cJSON_Delete(r);
}

/* Sixth session (place6): a bare noun of a meeting of two ("will hold
   consultations") names no series, and the body another sentence names
   ("experts of the Atlantic Council") does not stand in for it; a
   dialogue another sentence names in more words still does. */
static void
test_series7_bare_noun(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Chile and Peru will hold consultations on 3 May 2023 in "
                   "Lima.\n\nExperts of the Atlantic Council said the "
                   "consultations matter.\n",
                   "2023-05-03");
  CHECK(!strcmp(str_at(r, "series", false), ""));
  cJSON_Delete(r);
  r = dated(ex,
            "Kenya and Peru held the dialogue on 3 May 2023 in Lima. It "
            "builds on the inaugural Kenya-Peru cyber dialogue.\n",
            "2023-05-03");
  CHECK(strstr(str_at(r, "series", false), "yber") != NULL);
  cJSON_Delete(r);
}

/* Sixth session (place6): a city the lexicon does not know takes the
   country the text gives it elsewhere ("Townsville, Australia" under the
   title); not from a list of places ("Arusha, Tanzania, Kenya and
   Uganda"). */
static void
test_place7_country_elsewhere(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Joint Communique\n\nTownsville, Australia\n\nThe 5th "
                   "Australia-Fiji Ministerial Forum was held in Townsville on "
                   "3 May 2023.\n",
                   "2023-05-03");
  CHECK(!strcmp(place_of(r), "Townsville"));
  CHECK(!strcmp(location_country(r), "AU"));
  cJSON_Delete(r);
  r = dated(ex,
            "The 5th Kenya-Peru Cyber Dialogue was held in Arusha on 3 May "
            "2023. Officials toured Arusha, Tanzania, Kenya and Uganda.\n",
            "2023-05-03");
  CHECK(!strcmp(place_of(r), "Arusha"));
  CHECK(!strcmp(location_country(r), ""));
  cJSON_Delete(r);
}

/* "The participants from Kenya were headed by A. Those from Chile were
   led by B": a group of people whose words name one participant is the
   subject of "were led by"; a meeting or a place is not */
static void
test_heads7_subject_group(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Nairobi on 4 May 2019. The participants from Kenya were "
             "headed by Mr. John Otieno, Principal Secretary. Those "
             "from Chile were led by Ms. Ana Rojas, Undersecretary of "
             "Defense.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The third Peru-Japan Cyber Dialogue was held in Lima on 4 May "
             "2021. The Japanese officials were led by Ambassador Kenji "
             "Sato. The officials of Peru were headed by Director Luis "
             "Vargas.\n",
             "JP",
             "Kenji Sato",
             "PE",
             "Luis Vargas");
}

/* "A held the 10th round of the Consultation with Russian Title B", "A
   held a bilateral meeting with his Kyrgyz counterpart B": the holder
   leads one side, the one met the other; "He will hold talks with C"
   after "Title D has arrived" gives D */
static void
test_heads7_held_with(DkgExtractor* ex)
{
  heads5_two(ex,
             "The fifth Kenya-Chile Strategic Dialogue was held in "
             "Nairobi on 4 May 2019. Principal Secretary John Otieno "
             "held the fifth round of the dialogue with Chilean "
             "Undersecretary of Defense Ana Rojas at the State "
             "House.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May "
             "2021. On 4 May, Minister of Foreign Affairs of Peru Luis "
             "Vargas, as part of the regional summit, held a bilateral "
             "meeting with his Japanese counterpart Kenji Sato in Lima.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
  heads5_two(ex,
             "Peru and Japan will hold the Peru-Japan Cyber Dialogue in "
             "Tokyo on 4 May 2021. Peruvian Vice Minister Luis Vargas has "
             "arrived in Tokyo for the dialogue. He will hold talks with "
             "Japanese Ambassador Kenji Sato on Monday.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
}

/* A pronoun is no one's name: "He will meet with Japanese Minister B"
   gives no head "He" */
static void
test_heads7_pronoun_no_name(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Peru and Japan held the Peru-Japan Cyber Dialogue in "
                     "Tokyo on 4 May 2021. The dialogue was announced by a "
                     "spokesperson. He will meet with Japanese Minister Kenji "
                     "Sato.\n");
  char got[256];
  CHECK(strcmp(heads5_of(r, "PE", got, sizeof got), "He"));
  cJSON_Delete(r);
}

/* "From the Kenyan side, Ambassador A, Title, and other officials
   attended": with nobody said to lead, the first person a side's phrase
   names is its head; a title with a parenthesis before the name too */
static void
test_heads7_side_attendee(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Nairobi on 4 May 2019. From the Kenyan side, Ambassador "
             "John Otieno, Principal Secretary, and other officials "
             "attended the dialogue. On the Chilean side, Ambassador "
             "(Policy Planning, Security) Ana Rojas, Director, and "
             "other officials participated.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* "led by the Undersecretary of Defense, A, representing Chile and the
   Minister for the Armed Forces, B, representing the United Kingdom":
   the participant a person represents is his side, and parts the people */
static void
test_heads7_representing(DkgExtractor* ex)
{
  heads5_two(ex,
             "The fifth Peru-Japan Defense Talks took place in Lima "
             "on 4 May 2021. The talks were led by the Vice Minister "
             "of Defense, Luis Vargas Llosa, representing Japan and "
             "the Director of Policy, Kenji Sato, representing "
             "Peru.\n",
             "JP",
             "Luis Vargas Llosa",
             "PE",
             "Kenji Sato");
}

/* "Peruvian Minister A and his Japanese counterpart, B, discussed ...":
   the person coordinated with the counterparts' phrase leads his side */
static void
test_heads7_and_counterpart(DkgExtractor* ex)
{
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May "
             "2021. At the dialogue, Minister of Defense Luis Vargas "
             "and his Japanese counterpart, Kenji Sato, discussed "
             "cyber threats in the region.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
}

/* "A and B led the Peru-Japan Strategic Dialogue", "The Kenya - Chile
   Forum was co-chaired by the Hon A MP, Title, and the Hon B OBE MP,
   Title": two co-chairs naming no side lead the sides in the order the
   sentence names them; Commonwealth styles and honours are no part of a
   name */
static void
test_heads7_pair_order(DkgExtractor* ex)
{
  heads5_two(ex,
             "Minister of Defense Luis Vargas and Ambassador Kenji "
             "Sato led the Peru-Japan Strategic Dialogue on 4 May "
             "2021 in Lima.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
  heads5_two(ex,
             "The 12th Kenya - Chile Ministerial Forum was held in Nairobi "
             "on 4 May 2019 and was co-chaired by the Hon John Otieno MP, "
             "Minister for Foreign Affairs, and the Hon Ana Rojas OBE MP, "
             "Minister for Trade.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* "Defence Minister A and Chile's Minister of Defence, Dr. B, co-chaired
   the meeting": a comma before an honorific parts two people only after
   a person with a name; after a bare title it sets off the title's name */
static void
test_heads7_title_comma_honorific(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The sixth Kenya-Chile Defence Dialogue was held in "
                     "Nairobi on 4 May 2019. Defence Minister John Otieno and "
                     "Chile's Minister of Defence, Dr. Ana Rojas, co-chaired "
                     "the meeting.\n");
  char got[256];
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got), "John Otieno"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas"));
  CHECK(!strcmp(head5_field(r, "CL", "title"), "Minister of Defence"));
  cJSON_Delete(r);
  r = extract(ex,
              "The Peru-Japan Cyber Dialogue was held in Lima on 4 May 2021. "
              "The dialogue was led by Japan's Ambassador for Cyber Policy, "
              "Mr. Kenji Sato.\n");
  CHECK(!strcmp(heads5_of(r, "JP", got, sizeof got), "Kenji Sato"));
  cJSON_Delete(r);
}

/* "The meeting, led by Title A, with ... and their counterparts in
   Chile's government, took place": the one person whose side no words
   give leads the side across from the counterparts' */
static void
test_heads7_across_counterparts(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue took place in "
             "Santiago on 4 May 2019. The meeting, led by Principal "
             "Secretary John Otieno, with the participation of senior "
             "officials and their counterparts in Chile's government, "
             "took place at the Foreign Ministry.\n",
             "KE",
             "John Otieno",
             "CL",
             "");
}

/* Wrong values no more: "The Kenyan side was led by A; the Chilean side
   by B" is two clauses (B is not Kenya's head, titled "A; the ... by");
   "co-chaired by Kenya's A and Chile's B": the possessive is the side,
   no word of the name; "..., while B led the Chilean delegation": "while"
   is no title */
static void
test_heads7_gapped_semicolon_possessive(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Nairobi on 4 May 2019. The Kenyan side was led by John "
             "Otieno; the Chilean side by Ana Rojas.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May 2021. "
             "The dialogue was co-chaired by Peru's Luis Vargas and Japan's "
             "Kenji Sato.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
  char got[256];
  cJSON* r = extract(ex,
                     "The Peru-Japan Cyber Dialogue was held in Lima on 4 May "
                     "2021. Luis Vargas led the Peruvian delegation, while "
                     "Kenji Sato led the Japanese delegation.\n");
  CHECK(!strcmp(heads5_of(r, "JP", got, sizeof got), "Kenji Sato"));
  CHECK(!strcmp(head5_field(r, "JP", "title"), ""));
  cJSON_Delete(r);
}

/* "A, who headed the Kenyan delegation, said ...", "\"...,\" said B,
   Title at Chile's Ministry of Defense, who led the Chilean delegation":
   the person before ", who led the X delegation" leads it; the
   possessive is no word of the agency's name */
static void
test_heads7_who_led(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The second Kenya-Chile Strategic Dialogue was held in "
                     "Nairobi on 4 May 2019. John Otieno, who headed the "
                     "Kenyan delegation, said the talks were useful. \"We "
                     "agreed on a plan,\" said Ana Rojas, Director at Chile's "
                     "Ministry of Foreign Affairs, who led the Chilean "
                     "delegation.\n");
  char got[256];
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got), "John Otieno"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas"));
  CHECK(!strcmp(head5_field(r, "CL", "agency"), "Ministry of Foreign Affairs"));
  cJSON_Delete(r);
}

/* "Co-chairing the meeting were A and B", "chaired jointly by A and B",
   "led by A, Title, for Peru, and B, Title, for Japan": more ways to
   name the chairs and a person's own side */
static void
test_heads7_more_chair_phrases(DkgExtractor* ex)
{
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May "
             "2021. Co-chairing the meeting were Peruvian Vice "
             "Minister Luis Vargas and Japanese Ambassador Kenji "
             "Sato.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May 2021. "
             "It was chaired jointly by Peruvian Vice Minister Luis Vargas "
             "and Japanese Ambassador Kenji Sato.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
  heads5_two(ex,
             "The Peru-Japan Cyber Dialogue was held in Lima on 4 May 2021. "
             "Delegations were led by Luis Vargas, Vice Minister, for Peru, "
             "and Kenji Sato, Ambassador, for Japan.\n",
             "PE",
             "Luis Vargas",
             "JP",
             "Kenji Sato");
}

/* "A met his Chilean counterpart B in Santiago", "Minister A and his
   Chilean counterpart B held talks": a counterpart's bare name, and the
   one who meets him, naming no country, leads the other side */
static void
test_heads7_counterpart_bare_name(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Santiago on 4 May 2019. At the dialogue, John Otieno "
             "met his Chilean counterpart Ana Rojas in Santiago.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Santiago on 4 May 2019. At the dialogue, Foreign Minister John "
             "Otieno and his Chilean counterpart Ana Rojas held talks.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* "co-chaired by A, Deputy Minister of Public Security of Kenya, and B,
   Vice Minister of Chile": a title after the name ending "of" and a
   participant gives the side (and loses those words) */
static void
test_heads7_name_title_of_country(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "The second Kenya-Chile Strategic Dialogue was held in "
                     "Nairobi on 4 May 2019. The meeting was co-chaired by "
                     "Nguyen Van Thanh, Deputy Minister of Public Security of "
                     "Kenya, and Ana Rojas, Vice Minister of Chile.\n");
  char got[256];
  CHECK(!strcmp(heads5_of(r, "KE", got, sizeof got), "Nguyen Van Thanh"));
  CHECK(!strcmp(head5_field(r, "KE", "title"),
                "Deputy Minister of Public Security"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas"));
  cJSON_Delete(r);
}

/* "co-chaired by Mr. A and Mr. B, Chilean and Kenyan Ambassadors
   respectively": the adjectives give the sides in order (B for Kenya, not
   A); "led by Kenyan Title A and Chilean Title B respectively" */
static void
test_heads7_respectively(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in "
             "Nairobi on 4 May 2019. The talks were co-chaired by Mr. "
             "John Otieno and Mr. Pedro Soto, Chilean and Kenyan "
             "Ambassadors respectively.\n",
             "CL",
             "John Otieno",
             "KE",
             "Pedro Soto");
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. The two sides were led by Kenyan Ambassador John "
             "Otieno and Chilean Director Pedro Soto respectively.\n",
             "KE",
             "John Otieno",
             "CL",
             "Pedro Soto");
}

/* "\"...,\" said A, head of the Kenyan delegation": a quote's attribution
   names a side's head; "Vice-Minister B": a hyphenated title is no word
   of the name */
static void
test_heads7_quote_head_of(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. \"The talks were productive,\" said John Otieno, "
             "head of the Kenyan delegation. The Chilean delegation was led "
             "by Vice-Minister Kim Hong-kyun.\n",
             "KE",
             "John Otieno",
             "CL",
             "Kim Hong-kyun");
}

/* "Head of the Kenyan delegation: Ambassador A" labels a side's head;
   "Chilean side: Ms. B (Director, Bureau) and other officials" names the
   side's first person, its head when nobody is said to lead */
static void
test_heads7_side_labels(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019.\n\nHead of the Kenyan delegation: Ambassador "
             "John Otieno.\n\nChilean side: Ms. Ana Rojas (Director, Policy "
             "Bureau) and other officials.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* Who holds a meeting with someone leads only when no sentence says who
   chairs: "Kenyan President A held a meeting with Chilean Ambassador B on
   the sidelines. The dialogue was co-chaired by C of Kenya and D of
   Chile" gives C and D */
static void
test_heads7_held_with_yields(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. Kenyan President William Ruto held a meeting "
             "with Chilean Ambassador Pedro Soto on the sidelines. The "
             "dialogue was co-chaired by Principal Secretary John Otieno of "
             "Kenya and Director Ana Rojas of Chile.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* Two sides' heads in one clause: "The Kenyan delegation, led by A, met
   the Chilean delegation, led by B"; "The head of the Kenyan delegation,
   A, and the head of the Chilean delegation, B, signed" */
static void
test_heads7_two_in_one_clause(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. The Kenyan delegation, led by Principal "
             "Secretary John Otieno, met the Chilean delegation, led by "
             "Director Ana Rojas.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. The head of the Kenyan delegation, Ambassador "
             "John Otieno, and the head of the Chilean delegation, Director "
             "Ana Rojas, signed the minutes.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* "Smt. Priya Nair" (an Indian style with a point) ends no sentence and
   is no name: the head is "Priya Nair", not "Smt" */
static void
test_heads7_smt_style(DkgExtractor* ex)
{
  heads5_two(ex,
             "The fifth India-Japan Cyber Dialogue was held in Tokyo on 4 "
             "May 2021. The Indian delegation was led by Smt. Priya Nair, "
             "Additional Secretary, and the Japanese delegation by "
             "Ambassador Kenji Sato.\n",
             "IN",
             "Priya Nair",
             "JP",
             "Kenji Sato");
}

/* "B represented the Chilean side": a side's phrase after "represented"
   names the side as a participant's name does */
static void
test_heads7_represented_the_side(DkgExtractor* ex)
{
  heads5_two(ex,
             "The second Kenya-Chile Strategic Dialogue was held in Nairobi "
             "on 4 May 2019. The Kenyan side was represented by John Otieno, "
             "while Ana Rojas represented the Chilean side.\n",
             "KE",
             "John Otieno",
             "CL",
             "Ana Rojas");
}

/* "Kenya's defense and foreign affairs ministers will meet with Chile's
   Title B": the side named by its heads' titles takes the people named
   elsewhere with them ("defense minister A said", "said foreign affairs
   minister C") */
static void
test_heads7_titled_side(DkgExtractor* ex)
{
  cJSON* r = extract(ex,
                     "Published: 2019-05-02\n\nKenya and Chile will hold "
                     "talks, defense minister John Otieno said. Kenya's "
                     "defense and foreign "
                     "affairs ministers will meet with Chile's foreign "
                     "minister Ana Rojas on Friday for the annual Kenya-Chile "
                     "Ministerial Consultations. The two countries would "
                     "work together, said foreign affairs minister Mary "
                     "Wanjiru.\n");
  char got[256];
  CHECK(
    !strcmp(heads5_of(r, "KE", got, sizeof got), "John Otieno|Mary Wanjiru"));
  CHECK(!strcmp(heads5_of(r, "CL", got, sizeof got), "Ana Rojas"));
  cJSON_Delete(r);
}

/* agencies6: a registry name ends at its acronym's parenthesis when
   another item follows, and a name followed by "of" and another
   participant is that participant's ("the Ministry of Defense of Viet
   Nam" is not Japan's Ministry of Defense) */
static void
test_agencies7_of_other_country(DkgExtractor* ex)
{
  static const char kz[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Ministry of Internal Affairs and Communications (MIC) and the "
    "Ministry of Digital Development of Kazakhstan co-hosted the second "
    "Japan-Kazakhstan ICT Policy Dialogue in Astana on May 19, 2025.\n";
  static const char vn[] =
    "Press Release\nMay 20, 2025\n\n"
    "The Ministry of Defense of Viet Nam and the Ministry of Internal "
    "Affairs and Communications held the third Japan-Viet Nam Policy "
    "Dialogue in Hanoi on May 19, 2025.\n";
  expect_agencies(ex,
                  kz,
                  "JP",
                  "Ministry of Internal Affairs and Communications",
                  "KZ",
                  "Ministry of Digital Development");
  expect_agencies(ex,
                  vn,
                  "VN",
                  "Ministry of Defense",
                  "JP",
                  "Ministry of Internal Affairs and Communications");
}

/* agencies6: a word after a hyphen starts no name, and a title's field
   before a body's possessive is no parent agency ("Director-General for
   Cyber Affairs of MIC's Global Strategy Bureau") */
static void
test_agencies7_hyphen_title(DkgExtractor* ex)
{
  static const char jp[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fourth Japan-Thailand ICT Policy Dialogue was held in Tokyo on "
    "May 19, 2025. The participants from Japan were headed by Mr. SATO "
    "Jun, Director-General for Cyber Affairs of MIC's Global Strategy "
    "Bureau.\n";
  static const char th[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fourth Japan-Thailand ICT Policy Dialogue was held in Tokyo on "
    "May 19, 2025. The Thai side was led by Ms. Suda Chan, Vice-Minister "
    "for Digital Economy of MDES's Policy Office.\n";
  char buf[512];
  cJSON* r = extract(ex, jp);
  CHECK(!strstr(agencies_of(r, "JP", buf, sizeof(buf)), "General for"));
  CHECK(!strstr(agencies_of(r, "JP", buf, sizeof(buf)), "Cyber Affairs"));
  cJSON_Delete(r);
  r = extract(ex, th);
  CHECK(!strstr(agencies_of(r, "TH", buf, sizeof(buf)), "Minister for"));
  CHECK(!strstr(agencies_of(r, "TH", buf, sizeof(buf)), "Digital Economy"));
  cJSON_Delete(r);
}

/* agencies6: a country's name (not its adjective) before a body named by
   organization words is part of the name ("the Japan Coast Guard",
   "Singapore Police Force"); a post keeps the conventions ("the US
   Embassy in Seoul" -> "Embassy in Seoul") */
static void
test_agencies7_country_led_name(DkgExtractor* ex)
{
  static const char sg[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fifth Japan-Singapore Maritime Dialogue was held in Tokyo on May "
    "19, 2025. The Japanese delegation included officials from the "
    "Ministry of Foreign Affairs and the Japan Coast Guard. The "
    "Singaporean delegation included officials from the Ministry of Home "
    "Affairs and the Singapore Police Force.\n";
  static const char kr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Korea-United States Maritime Dialogue was held in Seoul on "
    "May 19, 2025. The Korean delegation included officials from the Korea "
    "Coast Guard and the Ministry of Oceans and Fisheries, and the US "
    "delegation included officials from the US Embassy in Seoul.\n";
  expect_agencies(ex,
                  sg,
                  "JP",
                  "Ministry of Foreign Affairs|Japan Coast Guard",
                  "SG",
                  "Ministry of Home Affairs|Singapore Police Force");
  expect_agencies(ex,
                  kr,
                  "KR",
                  "Korea Coast Guard|Ministry of Oceans and Fisheries",
                  "US",
                  "Embassy in Seoul");
}

/* agencies6: "X Ministry" is an agency-like phrase, and "and" after an
   organization noun starts another name ("senior Defence Ministry and
   Interior Ministry officials"); "... and Singapore's Ministry of ..." is
   the other country's */
static void
test_agencies7_noun_ministry(DkgExtractor* ex)
{
  static const char cl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Chile-Spain Strategic Dialogue was held in Madrid on May "
    "19, 2025. The Chilean delegation included senior Defence Ministry and "
    "Interior Ministry officials.\n";
  static const char vs[] =
    "Press Release\nMay 20, 2025\n\n"
    "Peru's Ministry of Defense and Chile's Ministry of Science and "
    "Innovation held the first Chile-Peru Digital Dialogue in Lima on May "
    "19, 2025.\n";
  char buf[512];
  cJSON* r = extract(ex, cl);
  agencies_of(r, "CL", buf, sizeof(buf));
  CHECK(strstr(buf, "Defence Ministry") && strstr(buf, "Interior Ministry") &&
        !strstr(buf, " and "));
  cJSON_Delete(r);
  expect_agencies(ex,
                  vs,
                  "PE",
                  "Ministry of Defense",
                  "CL",
                  "Ministry of Science and Innovation");
}

/* agencies6: a list of agencies ends at the clause's verb ("experts from
   the Cyber Policy Institute of the Carnegie Endowment argued that ...") */
static void
test_agencies7_list_clause_end(DkgExtractor* ex)
{
  static const char cl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Chile-Spain Strategic Dialogue was held in Madrid on May "
    "19, 2025. Experts from the Cyber Policy Institute of the Carnegie "
    "Endowment argued that the campaign run by Chile was new.\n";
  static const char es[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Chile-Spain Strategic Dialogue was held in Madrid on May "
    "19, 2025. Representatives from Spain's Ministry of Defence and "
    "National Cryptologic Centre reported that Chile had joined the "
    "network.\n";
  expect_agencies(ex, cl, "CL", "", "ES", "");
  expect_agencies(
    ex, es, "ES", "Ministry of Defence|National Cryptologic Centre", "CL", "");
}

/* agencies6: what "including" names after a plural of no name ("several
   Ukrainian government bodies and institutions, including the State
   Service ...") are agencies of their own, and a participant alone in a
   list ("representatives from the EU, Chile, ...") is none */
static void
test_agencies7_generic_including(DkgExtractor* ex)
{
  static const char ua[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Poland-Ukraine Cyber Dialogue was held in Kyiv on May 19, "
    "2025. The meeting was attended by officials of the Polish Ministry of "
    "Digital Affairs and several Ukrainian government bodies and "
    "institutions, including the State Service of Special Communications "
    "and Information Protection of Ukraine and the Cyber Police "
    "Department.\n";
  static const char eu[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first EU-Chile Digital Dialogue was held in Santiago on May 19, "
    "2025. It gathered representatives from the EU, Chile, civil society "
    "and the European Commission.\n";
  expect_agencies(ex,
                  ua,
                  "UA",
                  "State Service of Special Communications and Information "
                  "Protection of Ukraine|Cyber Police Department",
                  "PL",
                  "Ministry of Digital Affairs");
  expect_agencies(ex, eu, "eu", "European Commission", "CL", "");
}

/* agencies6: a plural organization name "of both countries" / "of the
   two sides" is one agency of each; "counterparts" makes a sentence about
   the delegations; Israel's Mossad and Shin Bet are registry agencies */
static void
test_agencies7_both_countries(DkgExtractor* ex)
{
  static const char fm[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Chile-Spain Strategic Dialogue was held in Madrid on May "
    "19, 2025. The Foreign Ministries of both countries led the talks.\n";
  static const char im[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first Chile-Spain Strategic Dialogue was held in Madrid on May "
    "19, 2025. The Spanish Secretary of State for Security chaired the "
    "talks, alongside the Interior Ministries of the two sides.\n";
  static const char il[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Germany-Israel Strategic Dialogue was held in Berlin on May "
    "19, 2025. The heads of the Mossad and the Shin Bet met their "
    "counterparts in Berlin.\n";
  expect_agencies(ex, fm, "CL", "Foreign Ministry", "ES", "Foreign Ministry");
  expect_agencies(ex, im, "CL", "Interior Ministry", "ES", "Interior Ministry");
  expect_agencies(ex, il, "IL", "Mossad|Shin Bet", "DE", "");
}

/* agencies6: a "Ministry" or "Service" after "of the" ending a head's
   title is the body he serves, without his own country's adjective
   ("Ambassador for Cyber Affairs of the French Foreign Ministry":
   "Foreign Ministry") */
static void
test_agencies7_title_ministry(DkgExtractor* ex)
{
  static const char fr[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third France-India Cyber Dialogue was held in Paris on May 19, "
    "2025. The French delegation was headed by Jean Martin, Ambassador for "
    "Cyber Affairs of the French Foreign Ministry, and the Indian "
    "delegation by Ravi Kumar, Joint Secretary of the Indian Foreign "
    "Ministry.\n";
  static const char am[] =
    "Press Release\nMay 20, 2025\n\n"
    "The first EU-Armenia Security Dialogue was held in Yerevan on May 19, "
    "2025. It was co-chaired by Deputy Foreign Minister of Armenia Ani "
    "Petrosyan and Deputy Secretary-General of the European Diplomatic "
    "Service Jean Dupont.\n";
  expect_agencies(ex, fr, "FR", "Foreign Ministry", "IN", "Foreign Ministry");
  expect_agencies(ex, am, "eu", "European Diplomatic Service", "AM", "");
}

/* agencies6: a rank that heads a whole body ("Vice Minister of the
   Ministry of ...", "Deputy Secretary of the Department of ...") serves
   that body: it is the side's agency */
static void
test_agencies7_title_head_rank(DkgExtractor* ex)
{
  static const char cl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Chile-Spain Digital Dialogue was held in Madrid on May 19, "
    "2025. The event was co-chaired by Chile's Vice Minister of the "
    "Ministry of Digital Affairs Ana Soto and Spain's Deputy Secretary of "
    "the Department of Digital Policy Luis Gil.\n";
  expect_agencies(ex,
                  cl,
                  "CL",
                  "Ministry of Digital Affairs",
                  "ES",
                  "Department of Digital Policy");
}

/* agencies6: an office named by its holder's rank in a list ("the
   Federal Commissioner for Data Protection and Freedom of Information",
   "the National Coordinator for ...") is an agency, its complement and
   all; a person's title and name still give only the agency before it */
static void
test_agencies7_office_by_rank(DkgExtractor* ex)
{
  static const char de[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third Germany-Japan Cyber Dialogue was held in Berlin on May 19, "
    "2025. The German delegation included representatives from the Federal "
    "Ministry of the Interior, the Federal Commissioner for Data Protection "
    "and Freedom of Information and the Federal Police.\n";
  static const char nl[] =
    "Press Release\nMay 20, 2025\n\n"
    "The second Netherlands-Singapore Cyber Dialogue was held in The Hague "
    "on May 19, 2025. The Dutch delegation included officials from the "
    "National Coordinator for Counterterrorism and Security and the "
    "Ministry of Justice and Security.\n";
  static const char us[] =
    "Press Release\nMay 20, 2025\n\n"
    "The fourth U.S.-Japan Cyber Dialogue was held in Tokyo on May 19, "
    "2025. The U.S. delegation included State Department Coordinator for "
    "Cyber Issues Chris Painter and officials from the Department of "
    "Justice.\n";
  expect_agencies(ex,
                  de,
                  "DE",
                  "Federal Ministry of the Interior|Federal Commissioner for "
                  "Data Protection and Freedom of Information|Federal Police",
                  "JP",
                  "");
  expect_agencies(ex,
                  nl,
                  "NL",
                  "National Coordinator for Counterterrorism and "
                  "Security|Ministry of Justice and Security",
                  "SG",
                  "");
  expect_agencies(
    ex, us, "US", "State Department|Department of Justice", "JP", "");
}

/* agencies6: two capitalized words after "the" in a list of agencies
   name a body ("the Reserve Bank", "the Federal Reserve"); a country or
   an international body is still none */
static void
test_agencies7_articled_name(DkgExtractor* ex)
{
  static const char in[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third India-Japan Digital Dialogue was held in Tokyo on May 19, "
    "2025. The Indian delegation included officials from the Ministry of "
    "Finance, the Reserve Bank and the Department of Telecommunications.\n";
  static const char un[] =
    "Press Release\nMay 20, 2025\n\n"
    "The third India-Japan Digital Dialogue was held in Tokyo on May 19, "
    "2025. The Indian delegation included officials from the Ministry of "
    "Finance, the United Nations and the Czech Republic.\n";
  expect_agencies(ex,
                  in,
                  "IN",
                  "Ministry of Finance|Reserve Bank|Department of "
                  "Telecommunications",
                  "JP",
                  "");
  expect_agencies(ex, un, "IN", "Ministry of Finance", "JP", "");
}

/* topics (topics6b): what the sides should or must do is a stance, and
   the "including" list of its fields is no topic */
static void
test_topic7_ought(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Both sides agreed "
                   "that Peru and Chile should deepen practical "
                   "cooperation in fields including mining, fisheries "
                   "and tourism.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Work in areas such "
                   "as mining, fisheries and tourism must grow, the "
                   "ministers said.",
                   want));
}

/* topics (topics6b): a verb of discussion before "that" and a clause is
   a finding, no topic; "shared" after an infinitive is an adjective */
static void
test_topic7_that_clause(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Peru and Chile "
                   "assessed that their partnership has never been "
                   "stronger.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Peru reviewed that "
                   "Chile had met its goals.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Peru wants to work "
                   "with Chile to defend shared values, the ministry "
                   "said.",
                   want));
}

/* topics (topics6b): a passive's subject after "According to X," and
   "during the talks" starts after them */
static void
test_topic7_passive_intro(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", "customs reform", NULL };
  CHECK(topics_are(ex,
                   "According to the Peruvian Foreign Ministry, during the "
                   "talks port fees, customs reform were discussed.",
                   want));
  static const char* const one[] = { "port fees", NULL };
  CHECK(
    topics_are(ex, "At the meeting, port fees were reviewed in detail.", one));
}

/* topics (topics6b): "on" after a comma starts another object of "views
   on"; single words before "and W spheres" qualify one kind; "water and
   energy issues" is one */
static void
test_topic7_again_on(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees",
                                      "speeding up customs checks",
                                      "solving fishing and mining issues",
                                      NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile exchanged views on port fees, on "
                   "speeding up customs checks, solving fishing and mining "
                   "issues.",
                   want));
  static const char* const kinds[] = {
    "cooperation in legal, trade, cultural and scientific spheres", NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed cooperation in legal, trade, "
                   "cultural and scientific spheres.",
                   kinds));
  static const char* const three[] = { "ports", "fisheries", NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed ports, fisheries and other "
                   "areas.",
                   three));
}

/* topics (topics6b): two countries' adjectives of one noun stay one
   item; a head before "in" + gerund is shared by the later gerunds */
static void
test_topic7_shared_heads(DkgExtractor* ex)
{
  static const char* const want[] = {
    "ways of helping Chilean and Peruvian traders living abroad", NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed ways of helping Chilean and "
                   "Peruvian traders living abroad.",
                   want));
  static const char* const ger[] = { "policing the ports",
                                     "training customs staff",
                                     "guarding the fisheries",
                                     NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed steps to deepen their work in "
                   "policing the ports, training customs staff, and "
                   "guarding the fisheries.",
                   ger));
  static const char* const par[] = { "fighting smuggling",
                                     "screening cargo",
                                     NULL };
  CHECK(topics_are(ex,
                   "The ministers reviewed progress in fighting "
                   "smuggling, screening cargo.",
                   par));
}

/* topics (topics6b): a statement of aims is no topic; "discussed with
   his counterpart A" gives A; "various issues related to A" gives A;
   "shared with B the same understanding of ..." is an opinion */
static void
test_topic7_aims_and_with(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. The dialogue's "
                   "goals include exchanging information on customs "
                   "rules and combating smuggling.",
                   want));
  static const char* const with[] = {
    "fishing quotas", "port fees", "tariffs", NULL
  };
  CHECK(topics_are(ex,
                   "The minister said he had discussed with his Chilean "
                   "counterpart, Ana Ruiz, fishing quotas, port fees and "
                   "tariffs.",
                   with));
  CHECK(topics_are(ex,
                   "The minister said he had discussed with his Chilean "
                   "counterpart various issues related to fishing quotas, "
                   "port fees and tariffs.",
                   with));
  static const char* const rel[] = { "fishing quotas", NULL };
  CHECK(topics_are(ex,
                   "The ministers discussed various issues related to "
                   "fishing quotas.",
                   rel));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Peru said it shared "
                   "with its Chilean counterpart \"the same understanding "
                   "of guarding the ports\".",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Peru and Chile "
                   "shared the same understanding of guarding the ports.",
                   want));
}

/* topics (topics6b): the one example of a verb's one object is a topic
   too when it is a thing of its own, not an activity or an aspect */
static void
test_topic7_one_example(DkgExtractor* ex)
{
  static const char* const want[] = { "Peru's dispute with Chile",
                                      "questions of trade in the Andes",
                                      NULL };
  CHECK(topics_are(ex,
                   "The talks focused on questions of trade in the Andes, "
                   "including Peru's dispute with Chile.",
                   want));
  static const char* const thing[] = { "illegal fishing by foreign fleets",
                                       "risks to the fisheries",
                                       NULL };
  CHECK(topics_are(ex,
                   "The sides discussed risks to the fisheries, including "
                   "illegal fishing by foreign fleets.",
                   thing));
  static const char* const aspect[] = { "potential of port reform", NULL };
  CHECK(topics_are(ex,
                   "The sides discussed the potential of port reform, "
                   "including the importance of training.",
                   aspect));
}

/* topics (topics6b): an "and" inside a title in capitals joins its words
   ("... on Combating Piracy and Armed Robbery against Ships"), and a
   capitalized word in "-ed" after it is no verb of a new clause */
static void
test_topic7_title_and(DkgExtractor* ex)
{
  static const char* const want[] = {
    "Andean Treaty on Fighting Smuggling and Armed Theft at Sea",
    "cooperation within regional bodies",
    NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed the Andean Treaty on Fighting "
                   "Smuggling and Armed Theft at Sea and cooperation "
                   "within regional bodies.",
                   want));
}

/* topics (topics6b): ", marked by A," qualifies the item before; "the
   pandemic" is a noun, no adjective of the words after "and"; the head
   again after "and" opens a new item even after "between" */
static void
test_topic7_participle_and_heads(DkgExtractor* ex)
{
  static const char* const want[] = { "regional threat environment",
                                      "port fees",
                                      NULL };
  CHECK(topics_are(ex,
                   "The sides exchanged views on the regional threat "
                   "environment, marked by Peru's dispute with Bolivia, "
                   "and discussed port fees.",
                   want));
  static const char* const pan[] = {
    "respective plans to limit the impact of the epidemic",
    "ongoing work in vaccine research",
    NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed their respective plans to "
                   "limit the impact of the epidemic and ongoing work in "
                   "vaccine research.",
                   pan));
  static const char* const heads[] = {
    "support for training",
    "support for audits between the port authorities",
    "support for safe ports",
    NULL
  };
  CHECK(topics_are(ex,
                   "The agenda includes support for training, support for "
                   "audits between the port authorities and support for "
                   "safe ports.",
                   heads));
}

/* topics (topics6b): a generic passive subject with ", mainly relating
   to A" gives A; ", and there was ..." ends the list */
static void
test_topic7_relating_tail(DkgExtractor* ex)
{
  static const char* const want[] = { "customs agenda of the two ports", NULL };
  CHECK(topics_are(ex,
                   "At the talks, issues of common interest were "
                   "reviewed, mainly relating to the customs agenda of "
                   "the two ports, and there was a short visit.",
                   want));
  static const char* const both[] = { "Port fees", "new tariff rules", NULL };
  CHECK(topics_are(ex,
                   "Port fees were discussed, mainly relating to the new "
                   "tariff rules.",
                   both));
}

/* topics (topics6b): "A and B such as C": the examples of B make it a
   thing of its own, two items */
static void
test_topic7_second_examples(DkgExtractor* ex)
{
  static const char* const want[] = { "mining permits",
                                      "crops such as quinoa",
                                      NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile exchanged views on mining permits and "
                   "crops such as quinoa.",
                   want));
  static const char* const grains[] = { "border issues",
                                        "grains such as quinoa",
                                        NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed border issues and grains "
                   "such as quinoa.",
                   grains));
}

/* topics (topics6b): an "including" list inside a that-clause of a
   stance ("recognize that", "acknowledged that", "noted that") is what the
   sides hold, no topic */
static void
test_topic7_stance_clause(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. The two countries "
                   "recognize that security issues including smuggling, "
                   "piracy and theft affect them both.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. The sides "
                   "acknowledged that challenges such as smuggling, piracy "
                   "and theft persist.",
                   want));
}

/* topics (topics6b): names after a spaced dash are an aside, and "during
   the first meeting ..." says when: both end the item */
static void
test_topic7_dash_during(DkgExtractor* ex)
{
  static const char* const want[] = { "initiatives put forward by Peru", NULL };
  CHECK(topics_are(ex,
                   "The experts discussed work on initiatives put forward "
                   "by Peru - the Andean Working Group on Ports and the Ad "
                   "Hoc Committee on Customs.",
                   want));
  static const char* const when[] = { "port cooperation", NULL };
  CHECK(topics_are(ex,
                   "The delegations discussed port cooperation during the "
                   "first meeting of the Andean Dialogue held by "
                   "videoconference.",
                   when));
}

/* topics (topics6b): a pronoun points elsewhere ("discussing that as
   well"), and a pronoun with a copula is a clause: no item */
static void
test_topic7_pronoun_items(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. \"We will be "
                   "discussing that as well,\" he said.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. \"So those are "
                   "also the things that will be discussed,\" he added.",
                   want));
}

/* topics (topics6b): an infinitive of purpose ("to facilitate", "to
   ensure", "to foster") after the item ends it, unless its head takes
   one ("ways to ensure ...") */
static void
test_topic7_purpose(DkgExtractor* ex)
{
  static const char* const want[] = { "each port's customs backlog", NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile exchanged information on each port's "
                   "customs backlog to facilitate joint inspections.",
                   want));
  static const char* const ways[] = { "ways to ensure safe ports", NULL };
  CHECK(topics_are(
    ex, "Peru and Chile discussed ways to ensure safe ports.", ways));
}

/* topics (topics6b): a noun of discussion as the subject of a future
   verb is a plan ("exchanges on A will also continue ...") */
static void
test_topic7_future_noun(DkgExtractor* ex)
{
  static const char* const want[] = { "port fees", NULL };
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Regular exchanges "
                   "on customs rules will also continue to drive trade.",
                   want));
  CHECK(topics_are(ex,
                   "The officials discussed port fees. Further talks on "
                   "customs rules will be held in Lima.",
                   want));
}

/* topics (topics6b): a capital with a digit or a hyphen is a word of a
   topic ("5G", "O-RAN") */
static void
test_topic7_short_names(DkgExtractor* ex)
{
  static const char* const want[] = { "4G", "local 4G", "X-RAN", "vRAN", NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile exchanged opinions on initiatives, "
                   "including 4G, local 4G, X-RAN, and vRAN.",
                   want));
}

/* topics (topics6b): after "discussed the following matters ...", the
   numbered headings of the sections are the items */
static void
test_topic7_headings(DkgExtractor* ex)
{
  static const char* const want[] = { "Mining permits",
                                      "Fishing quotas",
                                      NULL };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed the following matters in "
                   "light of recent trends.\n\n1. Mining permits\n\n"
                   "Peru explained its new rules.\n\n2. Fishing "
                   "quotas\n\nChile explained its recent efforts.",
                   want));
}

/* meeting8 (round 2): "dialogues" in the plural names the meeting as
   "dialogue" does ("the dialogues held on Oct. 14 in Washington"). */
static void
test_meeting8_plural_dialogues(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2023-03-20",
                            "Kenya and Ghana held political dialogues in "
                            "Nairobi on 14 March 2023.",
                            "2023-03-14");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "The dialogues that Peru and Chile held in Lima on May "
                     "3 covered trade and fisheries.",
                     "2022-05-03");
  cJSON_Delete(r);
}

/* meeting8 (round 2): "next" names a later round only with a meeting noun
   (or "one") in the words after it: officials who "met today to discuss
   the next practical steps" report this meeting. */
static void
test_meeting8_next_steps(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2016-11-25",
                            "Senior officials from Kenya and Ghana met today "
                            "to discuss the next practical steps in their "
                            "cooperation.",
                            "2016-11-25");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "Officials of Peru and Chile met in Lima on 3 May 2022 "
                     "to plan the next phase of their joint work.",
                     "2022-05-03");
  cJSON_Delete(r);
  /* the next round is still another meeting than the one reported */
  r = try_extract(ex,
                  "Oman, Jordan talks\nPublished: 2022-05-09\n\nPeru and "
                  "Chile held the Joint Commission in Lima on 3 May 2022. "
                  "The next round of the Joint Commission will be held in "
                  "Santiago on 4 June 2023.\n");
  CHECK(!r || strcmp(str_at(r, "date", false), "2023-06-04"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "Peru and Chile held a Joint Commission meeting in Lima "
                     "on 3 May 2022. The next round of the Joint Commission "
                     "will be held in Santiago on 4 June 2023.",
                     "2022-05-03");
  cJSON_Delete(r);
}

/* meeting8 (round 2): a part of today ("this morning", "this
   afternoon", "this evening", "tonight") dates the meeting by the
   release's date, as "today" does; "negotiations" names a meeting. */
static void
test_meeting8_this_morning(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2023-03-15",
                            "Officials of Kenya and Ghana met this morning "
                            "in Nairobi for political consultations.",
                            "2023-03-15");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "Peru and Chile will hold talks in Lima this "
                     "afternoon.",
                     "2022-05-09");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2021-12-13",
                     "The negotiations of Kenya and Ghana began tonight in "
                     "Nairobi.",
                     "2021-12-13");
  CHECK(!strcmp(str_at(r, "status", false), "held"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "Negotiations between Peru and Chile were held in "
                     "Lima on 3 May 2022.",
                     "2022-05-03");
  cJSON_Delete(r);
}

/* meeting8 (round 2): a dateline's date before a hyphen between spaces
   ("WASHINGTON, D.C., March 16, 2023 - ...", a place the source does not
   read as a dateline's) is the release's, as before a colon
   or "--": the meeting's own day or days in the sentence are taken. */
static void
test_meeting8_spaced_dash(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "WASHINGTON, D.C., March 16, 2023 - Officials of Kenya "
                   "and Ghana "
                   "held the fourth round of their political consultations "
                   "in Nairobi on March 14-15, 2023, the ministry said in a "
                   "statement released today.\n",
                   "2023-03-14");
  CHECK(!strcmp(str_at(r, "end_date", false), "2023-03-15"));
  cJSON_Delete(r);
  r = dated(ex,
            "ST. GEORGE'S, 9 May 2022 - Peru and Chile held talks in Lima "
            "on 3 May.\n",
            "2022-05-03");
  cJSON_Delete(r);
}

/* meeting8 (round 2): a meeting sentence that opens "Earlier in the
   day", "Later that day" or "On the same day" takes the one day of the
   sentence before, even the day someone spoke on. */
static void
test_meeting8_same_day(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2022-12-26",
                            "Kenya is ready to deepen its ties with Ghana, "
                            "the Kenyan ministry said on Monday. Earlier in "
                            "the day, officials of Kenya and Ghana held "
                            "political consultations by video link.",
                            "2022-12-26");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "The Peruvian minister arrived in Santiago on 3 May. "
                     "Later that day, Peru and Chile held talks on trade.",
                     "2022-05-03");
  cJSON_Delete(r);
  /* no day in the sentence before: no date from it */
  r = try_extract(ex,
                  "Oman, Jordan talks\nPublished: 2022-05-09\n\nThe "
                  "Peruvian minister arrived in Santiago in May. Later that "
                  "day, Peru and Chile held talks on trade.\n");
  CHECK(!r || strcmp(str_at(r, "date", false), "2022-05-09"));
  cJSON_Delete(r);
}

/* meeting8 (round 2): with no sentence that says a meeting took place,
   the first that names one "today" is the meeting's, on the release's
   date ("... today launched a new strategic dialogue initiative"). */
static void
test_meeting8_today_named(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2022-05-09",
                            "Kenya and Ghana today launched a new strategic "
                            "dialogue initiative in Nairobi.",
                            "2022-05-09");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "Peru, led by its foreign minister, and Chile today "
                     "agreed on a new dialogue on trade.",
                     "2022-05-09");
  cJSON_Delete(r);
}

/* meeting8 (round 2): with no date in the meeting sentence, a weekday in
   the possessive before a meeting noun ("Sunday's meeting", "Thursday's
   talks") names the day: the last one on or before the release's date
   (the next for an announced meeting); two such weekdays name none. */
static void
test_meeting8_possessive_weekday(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2023-03-20",
                            "Officials of Kenya and Ghana met in Nairobi. "
                            "Sunday's meeting was the first since 2019.",
                            "2023-03-19");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2023-03-20",
                     "Kenya and Ghana will hold talks in Nairobi. "
                     "Thursday's talks will cover trade.",
                     "2023-03-23");
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2023-03-20",
                     "Officials of Kenya and Ghana met in Nairobi. Sunday's "
                     "meeting was long, and Monday's session was short.",
                     "2023");
  cJSON_Delete(r);
}

/* meeting8 (round 2): the date line of a fact list ("- Date: ...", "(1)
   Date and time: ...") dates a meeting its sentence does not; a header's
   "Date:" without a list mark stays the release's date. */
static void
test_meeting8_fact_list(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Kenya, Ghana talks\nPublished: 2024-10-05\n\nOfficials "
                   "of Kenya and Ghana convened for the Kenya-Ghana "
                   "High-Level Dialogue in Nairobi.\nThe Facts:\n- Event: "
                   "Kenya-Ghana High-Level Dialogue\n- Date: October 2, "
                   "2024\n- Focus: trade\n",
                   "2024-10-02");
  cJSON_Delete(r);
  r = dated(ex,
            "Kenya, Ghana talks\nPublished: 2015-03-20\n\nOfficials of "
            "Kenya and Ghana held the Kenya-Ghana Security Dialogue in "
            "Nairobi.\n(1) Date and time: From 9:30 a.m. to 2:00 p.m. on "
            "March 19, 2015\n(2) Venue: Nairobi\n",
            "2015-03-19");
  cJSON_Delete(r);
}

/* heads8 (round 2): the two titled people joined by "and" before a verb
   of meeting ("met", "held", "discussed"), past a leading adverbial of
   time, lead their sides when nobody is said to lead; not a meeting on
   the margins of another event */
static void
test_heads8_meeting_subject_pair(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2021-03-04\n\nKenya-Germany Political "
             "Consultations\n\nOn 3 March 2021, Kenyan Cabinet "
             "Secretary for Foreign Affairs Raychelle Omamo and "
             "German Minister of State Niels Annen held the "
             "Kenya-Germany Political Consultations in Berlin.\n",
             "KE",
             "Raychelle Omamo",
             "DE",
             "Niels Annen");
  heads5_two(ex,
             "Published: 2022-05-06\n\nRussia-Kazakhstan "
             "consultations\n\nEarlier in the day, Russian Deputy "
             "Foreign Minister Mikhail Galuzin and his Kazakhstani "
             "counterpart Roman Vassilenko held inter-ministerial "
             "consultations in Moscow on 5 May 2022.\n",
             "RU",
             "Mikhail Galuzin",
             "KZ",
             "Roman Vassilenko");
  heads5_two(ex,
             "Published: 2020-07-08\n\nIndia-Japan Foreign Office "
             "Consultations\n\nThe consultations were held in Tokyo "
             "on 7 July 2020. Foreign Secretary Harsh Vardhan "
             "Shringla and the Japanese Vice Minister for Foreign "
             "Affairs Takeo Akiba discussed the whole relationship.\n",
             "IN",
             "Harsh Vardhan Shringla",
             "JP",
             "Takeo Akiba");
  heads5_two(ex,
             "Published: 2016-09-21\n\nKazakhstan-Japan Strategic "
             "Dialogue\n\nForeign Minister of the Republic of "
             "Kazakhstan Erlan Idrissov and Japanese Foreign Minister "
             "Fumio Kishida met in New York on 20 September 2016, on "
             "the margins of the United Nations General Assembly, "
             "opening the Kazakhstan-Japan Strategic Dialogue.\n",
             "KZ",
             "",
             "JP",
             "");
}

/* heads8: a royal or Malaysian style before a name is no part of it
   ("Foreign Minister Prince Faisal Bin Farhan", "Tan Sri A") */
static void
test_heads8_royal_style(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2020-10-15\n\nUS-Saudi Arabia Strategic "
             "Dialogue\n\nThe talks, co-chaired by US Secretary of State "
             "Mike Pompeo and Saudi Foreign Minister Prince Faisal Bin "
             "Farhan, were held on 14 October 2020.\n",
             "US",
             "Mike Pompeo",
             "SA",
             "Faisal Bin Farhan");
  heads5_two(ex,
             "Published: 2019-06-03\n\nMalaysia-Jordan Political "
             "Consultations\n\nThe consultations, held in Amman on 2 June "
             "2019, were led by Malaysian Secretary-General Tan Sri Ramlan "
             "Ibrahim and Jordanian Secretary-General Princess Aisha "
             "Hassan.\n",
             "MY",
             "Ramlan Ibrahim",
             "JO",
             "Aisha Hassan");
}

/* heads8: "the Title of Country, Name, and the Title of Country, Name,
   met": the country that ends each title before the name says the side
   (and is no part of the title), past a leading date */
static void
test_heads8_title_of_country_comma(DkgExtractor* ex)
{
  static const char co[] =
    "Published: 2024-05-30\n\nColombia-US High-Level Dialogue\n\nThe "
    "Minister of Foreign Affairs of Colombia, Luis Gilberto Murillo "
    "Urrutia, and the Deputy Secretary of State for Management and "
    "Resources of the United States, Richard Verma, met in Bogota on May "
    "28, 2024.\n";
  heads5_two(
    ex, co, "CO", "Luis Gilberto Murillo Urrutia", "US", "Richard Verma");
  heads5_two(ex,
             "Published: 2023-05-03\n\nKenya-Japan Policy Dialogue\n\nOn 2 "
             "May 2023, the Principal Secretary for Foreign Affairs of Kenya, "
             "Korir Sing'oei, and the Deputy Minister for Foreign Affairs of "
             "Japan, Masataka Okano, held the Kenya-Japan Policy Dialogue in "
             "Nairobi.\n",
             "KE",
             "Korir Sing'oei",
             "JP",
             "Masataka Okano");
  cJSON* r = extract(ex, co);
  CHECK(!strcmp(head5_field(r, "CO", "title"), "Minister of Foreign Affairs"));
  cJSON_Delete(r);
}

/* heads8: "A and B led the Bangladesh and Indian delegations
   respectively": the sides after the lead verb go to its subjects in
   order */
static void
test_heads8_verb_respectively(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2024-12-10\n\nBangladesh-India Foreign Office "
             "Consultations\n\nForeign Secretary Md Jashim Uddin and "
             "visiting Indian Foreign Secretary Vikram Misri led the "
             "Bangladesh and Indian delegations respectively at the "
             "consultations held in Dhaka on 9 December 2024.\n",
             "BD",
             "Md Jashim Uddin",
             "IN",
             "Vikram Misri");
  heads5_two(ex,
             "Published: 2021-06-04\n\nJapan-Poland consultations\n\n"
             "Deputy Minister Marcin Przydacz and Ambassador Kenji Sato "
             "headed the Polish and Japanese sides, respectively, at the "
             "consultations held in Warsaw on 3 June 2021.\n",
             "PL",
             "Marcin Przydacz",
             "JP",
             "Kenji Sato");
}

/* heads8: a name may open with a capital of another language's spelling
   ("Ümit Yalçın", "Łukasz Jasina"), and a title's "of the Republic of
   Korea" names the side and leaves the title */
static void
test_heads8_accented_name_long_form(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2022-05-05\n\nPoland-France consultations\n\nThe "
             "Poland-France consultations held in Paris on 4 May 2022 were "
             "co-chaired by Polish Deputy Minister \xc5\x81ukasz Jasina and "
             "French Secretary-General \xc3\x89mile Durand.\n",
             "PL",
             "\xc5\x81ukasz Jasina",
             "FR",
             "\xc3\x89mile Durand");
  static const char kr[] =
    "Published: 2017-12-20\n\nMongolia-Korea Political "
    "Consultations\n\nThe consultations on 19 December 2017 were led by "
    "Mr. Bat Dorj, State Secretary of the Foreign Ministry of Mongolia and "
    "Mr. \xc3\x9cmit Park, Deputy Minister of Foreign Affairs of the "
    "Republic of Korea.\n";
  heads5_two(ex, kr, "MN", "Bat Dorj", "KR", "\xc3\x9cmit Park");
  cJSON* r = extract(ex, kr);
  CHECK(!strcmp(head5_field(r, "KR", "title"),
                "Deputy Minister of Foreign Affairs"));
  cJSON_Delete(r);
}

/* heads8: "A, Title, India together with B, Title, Malaysia co-chaired":
   "together with" joins two people as "and" does */
static void
test_heads8_together_with(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2021-05-04\n\nJapan-Chile Policy Dialogue\n\n"
             "Japanese Ambassador Kenji Sato, together with Chilean Vice "
             "Minister Ana Rojas, co-chaired the Japan-Chile Policy "
             "Dialogue in Santiago on 3 May 2021.\n",
             "JP",
             "Kenji Sato",
             "CL",
             "Ana Rojas");
  heads5_two(ex,
             "Published: 2022-04-13\n\nIndia-Malaysia Foreign Office "
             "Consultations\n\nSaurabh Kumar, Secretary (East), Ministry "
             "of External Affairs, India together with Amran Zin, Deputy "
             "Secretary-General, Ministry of Foreign Affairs, Malaysia "
             "co-chaired the consultations in New Delhi on 12 April 2022.\n",
             "IN",
             "Saurabh Kumar",
             "MY",
             "Amran Zin");
}

/* heads8: "A co-chaired the consultations with Ms B, Secretary-General of
   the French Ministry ...": a guest's title set off by a comma is the
   guest's, and its agency's country the guest's side */
static void
test_heads8_guest_title_apposed(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2023-02-07\n\nIndia-France Foreign Office "
             "Consultations\n\nForeign Secretary Vinay Mohan Kwatra "
             "co-chaired Foreign Office Consultations with Ms Anne-Marie "
             "Desc\xc3\xb4tes, Secretary-General of the French Ministry for "
             "Europe and Foreign Affairs on 6 February 2023.\n",
             "IN",
             "Vinay Mohan Kwatra",
             "FR",
             "Anne-Marie Desc\xc3\xb4tes");
}

/* heads8: a bare title as the subject ("Foreign Secretary co-chaired
   ...") is the one person the text names before with that title; none
   when two people are named so */
static void
test_heads8_title_antecedent(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2023-02-07\n\nIndia-France Foreign Office "
             "Consultations\n\nForeign Secretary Vinay Mohan Kwatra is on "
             "a visit to France from 5 to 7 February 2023. \"Foreign "
             "Secretary co-chaired Foreign Office Consultations with Ms "
             "Anne Durand, Secretary-General of the French Ministry for "
             "Europe and Foreign Affairs today,\" read a statement issued "
             "on 6 February 2023.\n",
             "IN",
             "Vinay Mohan Kwatra",
             "FR",
             "Anne Durand");
  heads5_two(ex,
             "Published: 2023-02-07\n\nIndia-France Foreign Office "
             "Consultations\n\nForeign Secretary Vinay Mohan Kwatra "
             "thanked former Foreign Secretary Harsh Shringla on 5 February "
             "2023. Foreign Secretary co-chaired Foreign Office "
             "Consultations with Ms Anne Durand, Secretary-General of the "
             "French Ministry for Europe and Foreign Affairs on 6 February "
             "2023.\n",
             "IN",
             "",
             "FR",
             "Anne Durand");
}

/* heads8: "the agreements reached in 2018 by President A and his French
   counterpart B": the agents of another act than leading are no heads */
static void
test_heads8_other_agents(DkgExtractor* ex)
{
  heads5_two(ex,
             "Published: 2019-11-22\n\nRussia-France consultations\n\nThe "
             "Russian-French consultations were held in Moscow on 15 "
             "November 2019 as a follow-up to the agreements reached in "
             "2018 by Russian President Vladimir Putin and his French "
             "counterpart Emmanuel Macron.\n",
             "RU",
             "",
             "FR",
             "");
  heads5_two(ex,
             "Published: 2021-04-02\n\nIndia-Japan cyber dialogue\n\nThe "
             "India-Japan cyber dialogue was held in Tokyo on 1 April 2021 "
             "under the initiative launched in 2019 by Prime Minister "
             "Narendra Modi and his Japanese counterpart Shinzo Abe.\n",
             "IN",
             "",
             "JP",
             "");
}

/* agencies (agencies7, round 2): a plural organization noun with its
   complement before the two participants ("the Ministries of Foreign
   Affairs of A and B") is one agency of each side */
static void
test_agencies7_plural_complement(DkgExtractor* ex)
{
  expect_agencies(ex,
                  "Press Release\nMarch 3, 2021\n\n"
                  "Consultations between the Ministries of Foreign Affairs "
                  "of Ghana and Kenya were held in Accra on March 2, "
                  "2021.\n",
                  "GH",
                  "Ministry of Foreign Affairs",
                  "KE",
                  "Ministry of Foreign Affairs");
  expect_agencies(ex,
                  "Press Release\nMarch 3, 2021\n\n"
                  "On March 2, 2021 Hanoi hosted talks between the "
                  "Ministries of Industry and Trade of Vietnam and "
                  "Russia.\n",
                  "VN",
                  "Ministry of Industry and Trade",
                  "RU",
                  "Ministry of Industry and Trade");
  /* no complement: the pair follows the plural at once, as before */
  expect_agencies(ex,
                  "Press Release\nMarch 3, 2021\n\n"
                  "Talks between the Foreign Ministries of Peru and Chile "
                  "were held in Lima on March 2, 2021.\n",
                  "PE",
                  "Foreign Ministry",
                  "CL",
                  "Foreign Ministry");
}

/* agencies (agencies7, round 2): a participant's name alone after the
   comma closing an agency's name gives it to that side, even in the
   sentence of the other side's head */
static void
test_agencies7_comma_country(DkgExtractor* ex)
{
  expect_agencies(ex,
                  "Press Release\nMay 4, 2021\n\n"
                  "Kenya and Ghana held political consultations on 3 May "
                  "2021 in Accra. Officials from the Ministry of Trade and "
                  "Industry, Ghana joined the talks.\n",
                  "GH",
                  "Ministry of Trade and Industry",
                  "KE",
                  "");
  /* a new clause's subject after the comma is no owner */
  expect_agencies(ex,
                  "Press Release\nMay 4, 2021\n\n"
                  "Kenya and Ghana held political consultations on 3 May "
                  "2021 in Accra. Officials from the Ministry of Trade and "
                  "Industry, Ghana and Kenya agreed to meet again.\n",
                  "GH",
                  "",
                  "KE",
                  "");
}

/* agencies (agencies7, round 2): a head's title ending in "of the" and
   the side's own adjective before a Ministry names that ministry; a
   title cut at the comma of a coordinated name gets the whole name */
static void
test_agencies7_title_adjective(DkgExtractor* ex)
{
  expect_agencies(ex,
                  "Press Release\nMay 4, 2021\n\n"
                  "The political consultations between Kenya and Ghana "
                  "were held in Accra on 3 May 2021, chaired by Director "
                  "of the Europe Department of the Kenyan Ministry of "
                  "Foreign Affairs John Mwangi and Chief Director at the "
                  "Ministry of Foreign Affairs of Ghana Kwame Mensah.\n",
                  "KE",
                  "Ministry of Foreign Affairs",
                  "GH",
                  "");
  expect_agencies(ex,
                  "Press Release\nMay 4, 2021\n\n"
                  "The talks between Chile and Peru were held in Lima on 3 "
                  "May 2021. They were chaired by Ana Ruiz, Deputy "
                  "Minister of the Chilean Ministry of Energy, Mining and "
                  "Water (MEM), and Luis Soto.\n",
                  "CL",
                  "Ministry of Energy, Mining and Water",
                  "PE",
                  "");
}

/* agencies (agencies7, round 2): a plural of both sides' agencies inside
   a quoted name ("the \"Hotline between Defense Authorities of A and
   B\"") is part of the name of a thing, no member; after the quote
   closes it is read as before */
static void
test_agencies7_quoted_plural(DkgExtractor* ex)
{
  static const char* const ends[] = {
    "Both sides agreed to launch the \"Mechanism between Defense "
    "Authorities of Japan and India\" this year.",
    "Both sides agreed to launch the \xe2\x80\x9cHotline between Defense "
    "Authorities of Japan and India for maritime safety\xe2\x80\x9d this "
    "year.",
    "The \"Hotline\" links the Defense Authorities of Japan and India.",
  };
  for (size_t i = 0; i < 3u; ++i) {
    char text[512];
    snprintf(text,
             sizeof(text),
             "Press Release\nMay 4, 2021\n\nThe fifth Japan-India Cyber "
             "Dialogue was held in Tokyo on 3 May 2021. %s\n",
             ends[i]);
    const char* want = i == 2u ? "Defense Authority" : "";
    expect_agencies(ex, text, "JP", want, "IN", want);
  }
}

/* agencies (agencies7, round 2): a name the registry does not know,
   inside a quotation ("the \"Vida Peru Strategy\""), is the title of a
   thing, no agency of the side its country word names */
static void
test_agencies7_quoted_name(DkgExtractor* ex)
{
  static const char head[] =
    "Press Release\nMay 4, 2021\n\n"
    "High-level representatives of Peru and Chile held the V High-Level "
    "Dialogue in Lima on May 3, 2021. The Minister of Foreign Affairs of "
    "Peru, Ana Ruiz, and the Deputy Minister of Foreign Affairs of Chile, "
    "John Doe, met in the presence of delegations from the governments of "
    "both countries, announcing a new vision with the ";
  char text[1024];
  snprintf(text, sizeof(text), "%s\"Vida Peru Strategy.\"\n", head);
  expect_agencies(ex, text, "PE", "", "CL", "");
  snprintf(text,
           sizeof(text),
           "%s\xe2\x80\x9cVida Peru Strategy\xe2\x80\x9d.\n",
           head);
  expect_agencies(ex, text, "PE", "", "CL", "");
  /* quoted speech, with its commas, is no name */
  expect_agencies(ex,
                  "Press Release\nMay 4, 2021\n\nKenya and Ghana held "
                  "political consultations in Accra on 3 May 2021. \"The "
                  "Kenyan delegation included officials from the Ministry "
                  "of Energy, the Ministry of Mining and the Kenya Revenue "
                  "Authority,\" the statement said.\n",
                  "KE",
                  "Ministry of Energy|Ministry of Mining|Kenya Revenue "
                  "Authority",
                  "GH",
                  "");
}

/* agencies (agencies7, round 2): "was comprised of representatives of A,
   ...": the verb's "of" leads the first item's people; "the Staff of the
   X" (capitalized after "the") is the name of a body, "the staff of the
   X" the people of X */
static void
test_agencies7_comprised_of(DkgExtractor* ex)
{
  static const char lead[] =
    "Press Release\nMay 4, 2021\n\nKenya and Ghana held political "
    "consultations in Accra on 3 May 2021. The Kenyan delegation was "
    "comprised of ";
  char text[512];
  snprintf(text,
           sizeof(text),
           "%srepresentatives of the Ministry of Energy, the Treasury, and "
           "the Staff of the National Security Council.\n",
           lead);
  expect_agencies(ex,
                  text,
                  "KE",
                  "Ministry of Energy|Staff of the National Security Council",
                  "GH",
                  "");
  snprintf(text,
           sizeof(text),
           "%sofficials of the Ministry of Energy and the staff of the "
           "Ministry of Mining.\n",
           lead);
  expect_agencies(
    ex, text, "KE", "Ministry of Energy|Ministry of Mining", "GH", "");
}

/* topics (topics7): the areas a preposition frames are the items ("in
   the areas of: A, B"), an object "areas of A" is not; ", particularly
   in the areas of A" narrows to A */
static void
test_topics7_framed_areas(DkgExtractor* ex)
{
  static const char* const want1[] = {
    "mining", "fisheries", "port security", NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile held discussions on deepening cooperation "
                   "in the areas of: mining, fisheries, and port security.",
                   want1));
  static const char* const want2[] = {
    "closer collaboration", "mining", "fisheries", "port security", NULL
  };
  CHECK(topics_are(ex,
                   "Peru and Chile discussed areas of closer collaboration, "
                   "particularly in the areas of mining, fisheries, and port "
                   "security.",
                   want2));
}

/* topics (topics7): "among others", "etc." close a list and are no
   item, nor part of the last one */
static void
test_topics7_list_fillers(DkgExtractor* ex)
{
  static const char* const want1[] = { "mining", "fisheries", "customs", NULL };
  CHECK(topics_are(ex,
                   "The two sides discussed mining, fisheries and customs, "
                   "among others.",
                   want1));
  CHECK(topics_are(
    ex,
    "The two sides discussed customs, mining, fisheries "
    "etc.",
    (const char* const[]){ "customs", "mining", "fisheries", NULL }));
}

/* topics (topics7): "discussed about A", "shared about A": the verb's
   preposition is no part of the topic */
static void
test_topics7_about(DkgExtractor* ex)
{
  static const char* const want[] = { "state of their fishing fleets", NULL };
  CHECK(topics_are(ex,
                   "Both sides shared about the state of their fishing "
                   "fleets.",
                   want));
}

/* topics (topics7): ", with an emphasis on ...", ", with Peru noting
   ..." comment on the list and end it; a two-word A and a longer bare B
   are two things */
static void
test_topics7_with_comment(DkgExtractor* ex)
{
  static const char* const want1[] = { "water security",
                                       "regional electricity grid integration",
                                       NULL };
  CHECK(topics_are(ex,
                   "The talks centered on water security and regional "
                   "electricity grid integration, with an emphasis on "
                   "private investment.",
                   want1));
  static const char* const want2[] = { "fisheries management",
                                       "coastal shipping route planning",
                                       NULL };
  CHECK(topics_are(ex,
                   "The sides touched on fisheries management and coastal "
                   "shipping route planning, with Peru noting its new port.",
                   want2));
}

/* topics (topics7): "an opportunity to review A and exchange views on
   B" has both lists; "reviewed the state of bilateral cooperation and
   discussed B" too (not a bare "bilateral cooperation") */
static void
test_topics7_review_and(DkgExtractor* ex)
{
  static const char* const want1[] = { "coastal shipping routes",
                                       "fisheries",
                                       NULL };
  CHECK(topics_are(ex,
                   "The consultations provided an opportunity to review "
                   "coastal shipping routes and exchange views on fisheries.",
                   want1));
  static const char* const want2[] = { "state of bilateral cooperation",
                                       "fisheries",
                                       NULL };
  CHECK(topics_are(ex,
                   "The sides reviewed the state of bilateral cooperation and "
                   "discussed fisheries.",
                   want2));
  static const char* const want3[] = { "fisheries", NULL };
  CHECK(topics_are(ex,
                   "The sides reviewed bilateral cooperation and discussed "
                   "fisheries.",
                   want3));
}

/* topics (topics7): what the series is for ("a mechanism ... to
   review A") and what a courtesy call discussed are not this meeting's
   topics */
static void
test_topics7_not_this_meeting(DkgExtractor* ex)
{
  static const char* const want[] = { "fisheries", NULL };
  CHECK(topics_are(ex,
                   "The dialogue is an institutional mechanism between the "
                   "two ministries to review port cooperation. The sides "
                   "discussed fisheries.",
                   want));
  CHECK(topics_are(ex,
                   "The sides discussed fisheries. During the visit, the "
                   "Vice Minister also paid a courtesy call on the Foreign "
                   "Minister and exchanged views on port cooperation.",
                   want));
}

/* topics (topics7): a serial comma before "and" keeps a series of
   adjectives of one noun whole; "The ministry said A was discussed": who
   tells is no item; a gerund A and a noun with its own "of" are two */
static void
test_topics7_series_and_reports(DkgExtractor* ex)
{
  static const char* const want1[] = {
    "state of cooperation in the maritime, economic, cultural, and "
    "scientific fields",
    NULL
  };
  CHECK(topics_are(ex,
                   "The sides reviewed the state of cooperation in the "
                   "maritime, economic, cultural, and scientific fields.",
                   want1));
  static const char* const want2[] = { "easing port fees",
                                       "resumption of ferry services",
                                       NULL };
  CHECK(topics_are(ex,
                   "The ministry said easing port fees and resumption of "
                   "ferry services were also discussed.",
                   want2));
}

/* topics (topics7): the focus of a programme ("This effort will focus
   on A", "the Plan, which outlines a new focus on A") is a plan or an
   outcome, not a topic; the next round's focus stays one */
static void
test_topics7_program_focus(DkgExtractor* ex)
{
  static const char* const want[] = { "fisheries", NULL };
  CHECK(topics_are(ex,
                   "The sides discussed fisheries. This effort will focus on "
                   "port fees.",
                   want));
  CHECK(topics_are(ex,
                   "The sides discussed fisheries. They announced the launch "
                   "of the Blue Plan, which outlines a new focus on port "
                   "fees, coastal trade and ferry links.",
                   want));
  static const char* const want2[] = { "fisheries", "port fees", NULL };
  CHECK(topics_are(ex,
                   "The sides discussed fisheries. The next round will focus "
                   "on port fees.",
                   want2));
}

/* topics (topics7): an example that opens with an adjective in -ing
   ("including ongoing tensions in the Middle East") is a thing, a topic
   of its own, not an activity */
static void
test_topics7_ing_adjective_example(DkgExtractor* ex)
{
  static const char* const want[] = { "emerging threats to shipping",
                                      "regional security",
                                      NULL };
  CHECK(topics_are(ex,
                   "The dialogue also addressed regional security, including "
                   "emerging threats to shipping.",
                   want));
}

/* topics (topics7): "among other shared priorities" closes the list;
   its "shared" is an adjective, no verb of discussion */
static void
test_topics7_among_other(DkgExtractor* ex)
{
  static const char* const want[] = {
    "port fees", "customs rules", "ferry links", NULL
  };
  CHECK(topics_are(ex,
                   "The dialogue addressed port fees, customs rules and ferry "
                   "links, among other shared priorities.",
                   want));
}

/* meeting8 (round 2): a release whose first sentence about a meeting
   announces "the next round" (and which reports no other meeting)
   reports that round, announced. */
static void
test_meeting8_next_round_news(DkgExtractor* ex)
{
  cJSON* r = dated_sentence(ex,
                            "2023-03-15",
                            "Kenya and Ghana will hold the next round of "
                            "their Political Consultations in Accra on "
                            "Friday.",
                            "2023-03-17");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
  r = dated_sentence(ex,
                     "2022-05-09",
                     "The next session of the Peru-Chile Joint Commission "
                     "will be held in Lima on 3 June 2022.",
                     "2022-06-03");
  CHECK(!strcmp(str_at(r, "status", false), "announced"));
  cJSON_Delete(r);
}

/* meeting8 (round 2): a short heading line that ends with a numeric
   date ("Consul General Sidenote 24/6/2016") gives the release's date,
   against which "this week" is read. */
static void
test_meeting8_heading_numeric(DkgExtractor* ex)
{
  cJSON* r = dated(ex,
                   "Embassy Weekly Note 24/6/2016\n\nThis week Kenya and "
                   "Ghana held their Strategic Dialogue in Nairobi.\n",
                   "2016-06");
  cJSON_Delete(r);
  r = dated(ex,
            "Press Note 17/3/2023\n\nOfficials of Kenya and Ghana met in "
            "Nairobi on Monday.\n",
            "2023-03-13");
  cJSON_Delete(r);
}

int
main(int argc, char** argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: test_extract DATA_DIR\n");
    return 2;
  }
  DkgDiag* diag = dkg_diag_new("test_extract", count, NULL);
  DkgRegistry* reg = NULL;
  DkgExtractor* ex = NULL;
  CHECK(dkg_registry_load(argv[1], diag, &reg) == DKG_SUCCESS);
  CHECK(dkg_extractor_new(argv[1], reg, diag, &ex) == DKG_SUCCESS);
  if (ex) {
    test_five_cochairs(ex);
    test_reentrant(ex);
    test_wire_story(ex);
    test_agency_lists(ex);
    test_agency_mentions(ex);
    test_publication_lines(ex);
    test_dates(ex);
    test_meeting_dates(ex);
    test_place(ex);
    test_partial(ex);
    test_organizations(ex);
    test_trilateral(ex);
    test_topic_lists(ex);
    test_meeting_organizations(ex);
    test_trilateral_mentions(ex);
    test_html_headers(ex);
    test_head_titles(ex);
    test_evidence_window(ex, diag);
    test_cochair_sides(ex);
  }
  if (reg) {
    test_party_lexicon(reg);
  }
  if (ex && reg) {
    test_registry_countries(ex, reg);
    test_country_table(argv[1], diag, ex);
  }
  test_round();
  test_overlay_organization(argv[1], diag);
  test_series_find();
  test_evidence_list();
  if (ex) {
    test_head_shapes(ex);
    test_release_date_lines(ex);
    test_round_kinds(ex);
    test_continued_sentence(ex);
    test_year_only_date(ex);
    test_side_meeting(ex);
    test_relative_date(ex);
    test_place_shapes(ex);
    test_series_shapes(ex);
    test_people_met(ex);
    test_agency_trailing_side(ex);
    test_agency_head_sentence(ex);
    test_agency_list_names(ex);
    test_agency_source_phrase(ex);
    test_agency_postposed_plural(ex);
    test_agency_unknown_names(ex);
    test_agency_directorates(ex);
    test_agency_people_from(ex);
    test_agency_head_segment(ex);
    test_agency_country_word_side(ex);
    test_agency_side_by(ex);
    test_agency_people_lead(ex);
    test_agency_after_title(ex);
    test_agency_international_bodies(ex);
    test_agency_unknown_commas(ex);
    test_topic_adjective_series(ex);
    test_topic_such_as_aside(ex);
    test_topic_semicolon_as_well_as(ex);
    test_topic_verbs_as_well_as(ex);
    test_topic_agenda_includes(ex);
    test_topic_questions_and_places(ex);
    test_topic_and_or(ex);
    test_topic_spoke_about(ex);
    test_topic_sublist_and(ex);
    test_topic_participle_clause(ex);
    test_topic_bare_verbs(ex);
    test_topic_three_verbs(ex);
    test_topic_there_was(ex);
    test_topic_in_which(ex);
    test_topic_including_on(ex);
    test_topic_semicolon_comma_list(ex);
    test_topic_including_stance(ex);
    test_topic_earlier(ex);
    test_topic_head_and_examples(ex);
    test_topic_and_recent(ex);
    test_topic_etc(ex);
    test_topic_shared_updates(ex);
    test_topic_this_week(ex);
    test_topic_including_names(ex);
    test_topic_focused_on(ex);
    test_topic_aspects_verbs(ex);
    test_topic_anaphor(ex);
    test_topic_of_series(ex);
    test_date_paren_weekdays(ex);
    test_date_posting_stamp(ex);
    test_release_date_before_headline(ex);
    test_meeting_conference_virtual(ex);
    test_meeting_attended(ex);
    test_date_reported_weekday_year(ex);
    test_date_dateline_weekday_fits(ex);
    test_series_codes_acronyms(ex);
    test_series_lower_first(ex);
    test_series_own_subject_name(ex);
    test_place_agency_no_country(ex);
    test_place_video_link_from(ex);
    test_series_in_the_use_of(ex);
    test_series_bare_talks_elsewhere(ex);
    test_place_city_comma_country(ex);
    test_place_hybrid_format(ex);
    test_heads_lead_in_and_of_country(ex);
    test_heads_title_and_semicolon(ex);
    test_heads_side_subject(ex);
    test_heads_chair_label(ex);
    test_heads_at_agency_of_country(ex);
    test_heads_gapped_by(ex);
    test_heads_attended_of(ex);
    test_heads_inner_by(ex);
    test_heads_acronym_org(ex);
    test_heads_bare_of_org(ex);
    test_heads_lower_title_pair(ex);
    test_heads_paren_country(ex);
    test_agency_label_lines_units(ex);
    test_agency_coordinated_unknown(ex);
    test_agency_head_segment_country_words(ex);
    test_agency_head_country_word(ex);
    test_agency_dg_parent(ex);
    test_agency_listed_with_registry(ex);
    test_agency_subject_of_held(ex);
    test_agency_title_at(ex);
    test_agency_shared_plural(ex);
    test_agency_country_abbrev(ex);
    test_agency_head_segment_and(ex);
    test_agency_head_dg(ex);
    test_agency_subject_title(ex);
    test_topic2_relative_marker_names(ex);
    test_topic2_as_well_as_whole(ex);
    test_topic2_between(ex);
    test_topic2_event_itself(ex);
    test_topic2_including_separators(ex);
    test_topic2_evaluated(ex);
    test_topic2_areas_of(ex);
    test_topic2_prep_and_det(ex);
    test_topic2_pledge_efforts(ex);
    test_topic2_pledge_areas(ex);
    test_topic2_item_date(ex);
    test_topic2_its(ex);
    test_topic2_quoted_title(ex);
    test_topic2_date_comma(ex);
    test_topic2_finite_item(ex);
    test_topic2_paren_including(ex);
    test_meeting3_future_not_round(ex);
    test_meeting3_yearless_after_event(ex);
    test_meeting3_led_the(ex);
    test_meeting3_convening_season(ex);
    test_meeting3_occurred_held(ex);
    test_meeting3_weekday_abbrev(ex);
    test_meeting3_virtual_medium(ex);
    test_deleg3_he_eng_long_name(ex);
    test_deleg3_plural_of_both(ex);
    test_deleg3_subject_two_orgs(ex);
    test_deleg3_complement_and_paren_of(ex);
    test_deleg3_title_org(ex);
    test_place3_capital_country(ex);
    test_series3_indo_combining(ex);
    test_series3_capital_writing(ex);
    test_place3_during_visit(ex);
    test_series3_heading_session(ex);
    test_series3_lower_description(ex);
    test_topic3_two_activities(ex);
    test_topic3_shared_their(ex);
    test_topic3_presented(ex);
    test_topic3_and_how(ex);
    test_topic3_introduced(ex);
    test_topic3_efforts_such_as(ex);
    test_series_spaced_dash(ex);
    test_meeting4_date_lines(ex);
    test_meeting4_publication_year(ex);
    test_meeting4_round_comma_list();
    test_meeting4_yesterday(ex);
    test_series4_list_and_chain(ex);
    test_series4_body_of_series(ex);
    test_series4_quoted_body(ex);
    test_place4_fuller_writing(ex);
    test_series4_members_and_group(ex);
    test_series4_group_subject(ex);
    test_series4_long_session_name(ex);
    test_place4_list_of_places(ex);
    test_series4_meeting_on_name(ex);
    test_place4_building(ex);
    test_series4_hyphenated_words(ex);
    test_agencies5_second_list(ex);
    test_agencies5_person_item(ex);
    test_agencies5_plural_including(ex);
    test_agencies5_involved_lower_acronym(ex);
    test_agencies5_parent_of_unit(ex);
    test_agencies5_title_acronym(ex);
    test_agencies5_title_directorate(ex);
    test_topic5_label_adjacent(ex);
    test_topic5_one_object_and(ex);
    test_topic5_other_areas(ex);
    test_topic5_main_focus_or(ex);
    test_topic5_plan_and_colon(ex);
    test_topic5_considered(ex);
    test_topic5_such_as_several(ex);
    test_topic5_shared_those_core(ex);
    test_topic5_question_as_well_as(ex);
    test_topic5_paren_short_name(ex);
    test_heads5_under_cochair(ex);
    test_heads5_led_by_leading(ex);
    test_heads5_openers(ex);
    test_heads5_principals(ex);
    test_heads5_arabic_names(ex);
    test_heads5_rank_gapped_dash(ex);
    test_heads5_of_two_word_country(ex);
    test_place6_city_of(ex);
    test_series6_viet_nam_own_writing(ex);
    test_series6_between_name(ex);
    test_series6_with_list(ex);
    test_series6_paired_ambiguous(ex);
    test_series6_meeting_with(ex);
    test_heads6_ranks(ex);
    test_heads6_field_words(ex);
    test_heads6_for_the_side(ex);
    test_heads6_as_well_as_by_opened(ex);
    test_heads6_name_country_title(ex);
    test_heads6_four_cochairs(ex);
    test_heads6_unknown_agency_group(ex);
    test_agencies6_glued_article(ex);
    test_agencies6_bare_field_mention(ex);
    test_agencies6_rank_in_body(ex);
    test_agencies6_title_items(ex);
    test_agencies6_led_by_agency(ex);
    test_meeting6_city_dateline(ex);
    test_meeting6_month_label(ex);
    test_meeting6_labelled_title(ex);
    test_meeting6_relative_sentence(ex);
    test_meeting6_event_name_year(ex);
    test_meeting6_past_act(ex);
    test_meeting6_copula_edition(ex);
    test_topic6_including_three(ex);
    test_topic6_stance_participle(ex);
    test_topic6_plans_and_support(ex);
    test_topic6_perfect_shared(ex);
    test_topic6_parallel_gerunds(ex);
    test_topic6_semicolon_including(ex);
    test_topic6_relative_list(ex);
    test_topic6_notes_and_to_object(ex);
    test_topic6_present_and_purpose(ex);
    test_topic6_sides_clause_and_names(ex);
    test_topic6_audience(ex);
    test_topic6_their_own(ex);
    test_topic6_following_matters(ex);
    test_topic6_will_continue(ex);
    test_meeting7_stamp_line(ex);
    test_meeting7_long_headline_lede(ex);
    test_meeting7_round_readings();
    test_meeting7_began_participated(ex);
    test_meeting7_month_ranges();
    test_meeting7_conduct_first_ever(ex);
    test_meeting7_status_words(ex);
    test_meeting7_month_only(ex);
    test_meeting7_wire_datelines(ex);
    test_meeting7_opened_ended(ex);
    test_meeting7_weekday_last_week(ex);
    test_meeting7_relative_years(ex);
    test_place7_more_cities(ex);
    test_place7_place_line(ex);
    test_series7_words_then_between(ex);
    test_series7_plural_possessive(ex);
    test_series7_capitals(ex);
    test_series7_counterpart_and_list_tail(ex);
    test_series7_host_and_guests(ex);
    test_series7_bare_noun(ex);
    test_place7_country_elsewhere(ex);
    test_heads7_subject_group(ex);
    test_heads7_held_with(ex);
    test_heads7_pronoun_no_name(ex);
    test_heads7_side_attendee(ex);
    test_heads7_representing(ex);
    test_heads7_and_counterpart(ex);
    test_heads7_pair_order(ex);
    test_heads7_title_comma_honorific(ex);
    test_heads7_across_counterparts(ex);
    test_heads7_gapped_semicolon_possessive(ex);
    test_heads7_who_led(ex);
    test_heads7_more_chair_phrases(ex);
    test_heads7_counterpart_bare_name(ex);
    test_heads7_name_title_of_country(ex);
    test_heads7_respectively(ex);
    test_heads7_quote_head_of(ex);
    test_heads7_side_labels(ex);
    test_heads7_held_with_yields(ex);
    test_heads7_two_in_one_clause(ex);
    test_heads7_smt_style(ex);
    test_heads7_represented_the_side(ex);
    test_heads7_titled_side(ex);
    test_agencies7_of_other_country(ex);
    test_agencies7_hyphen_title(ex);
    test_agencies7_country_led_name(ex);
    test_agencies7_noun_ministry(ex);
    test_agencies7_list_clause_end(ex);
    test_agencies7_generic_including(ex);
    test_agencies7_both_countries(ex);
    test_agencies7_title_ministry(ex);
    test_agencies7_title_head_rank(ex);
    test_agencies7_office_by_rank(ex);
    test_agencies7_articled_name(ex);
    test_topic7_ought(ex);
    test_topic7_that_clause(ex);
    test_topic7_passive_intro(ex);
    test_topic7_again_on(ex);
    test_topic7_shared_heads(ex);
    test_topic7_aims_and_with(ex);
    test_topic7_one_example(ex);
    test_topic7_title_and(ex);
    test_topic7_participle_and_heads(ex);
    test_topic7_relating_tail(ex);
    test_topic7_second_examples(ex);
    test_topic7_stance_clause(ex);
    test_topic7_dash_during(ex);
    test_topic7_pronoun_items(ex);
    test_topic7_purpose(ex);
    test_topic7_future_noun(ex);
    test_topic7_short_names(ex);
    test_topic7_headings(ex);
    test_meeting8_plural_dialogues(ex);
    test_meeting8_next_steps(ex);
    test_meeting8_this_morning(ex);
    test_meeting8_spaced_dash(ex);
    test_meeting8_same_day(ex);
    test_meeting8_today_named(ex);
    test_meeting8_possessive_weekday(ex);
    test_meeting8_fact_list(ex);
    test_heads8_meeting_subject_pair(ex);
    test_heads8_royal_style(ex);
    test_heads8_title_of_country_comma(ex);
    test_heads8_verb_respectively(ex);
    test_heads8_accented_name_long_form(ex);
    test_heads8_together_with(ex);
    test_heads8_guest_title_apposed(ex);
    test_heads8_title_antecedent(ex);
    test_heads8_other_agents(ex);
    test_agencies7_plural_complement(ex);
    test_agencies7_comma_country(ex);
    test_agencies7_title_adjective(ex);
    test_agencies7_quoted_plural(ex);
    test_agencies7_quoted_name(ex);
    test_agencies7_comprised_of(ex);
    test_topics7_framed_areas(ex);
    test_topics7_list_fillers(ex);
    test_topics7_about(ex);
    test_topics7_with_comment(ex);
    test_topics7_review_and(ex);
    test_topics7_not_this_meeting(ex);
    test_topics7_series_and_reports(ex);
    test_topics7_program_focus(ex);
    test_topics7_ing_adjective_example(ex);
    test_topics7_among_other(ex);
    test_meeting8_next_round_news(ex);
    test_meeting8_heading_numeric(ex);
  }
  dkg_extractor_free(ex);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return dkg_test_result();
}
