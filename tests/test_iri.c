/* Minting IRIs (src/mint/iri.h): BASE KIND [SCOPE/] NAME, slugs made once,
   parts, U+2028 encoded, free(NULL). */

#include "mint/iri.h"

#include "check.h"
#include "dialoguekg/dialoguekg.h"

#include <string.h>

#define BASE "https://example.org/id/"

static void
test_iri(void)
{
  DkgMinter* minter = dkg_minter_new(BASE);
  CHECK(minter != NULL);
  if (!minter) {
    return;
  }
  DkgBuf b = { NULL, 0, 0 };
  CHECK(dkg_mint_iri(minter, &b, "dialogue/", NULL, "us-jp-2plus2-2023"));
  CHECK(!strcmp(b.buf, BASE "dialogue/us-jp-2plus2-2023"));
  CHECK(dkg_mint_iri(minter, &b, "agency/", "JP", "mofa"));
  CHECK(!strcmp(b.buf, BASE "agency/jp/mofa")); /* replaced, scope lowered */
  CHECK(dkg_mint_iri(minter, &b, "country/", NULL, "JP"));
  CHECK(!strcmp(b.buf, BASE "country/JP")); /* the name as is */
  CHECK(dkg_mint_iri(minter, &b, "dialogue/", NULL, "a\xE2\x80\xA8z"));
  CHECK(!strcmp(b.buf, BASE "dialogue/a%E2%80%A8z"));
  dkg_buf_destroy(&b);
  dkg_minter_free(minter);
}

static void
test_slug(void)
{
  DkgMinter* minter = dkg_minter_new(NULL);
  CHECK(minter != NULL);
  if (!minter) {
    return;
  }
  const char* a = dkg_mint_slug(minter, "person/", NULL, "Antony Blinken");
  CHECK(a && !strcmp(a, DKG_DEFAULT_BASE "person/antony-blinken"));
  const char* p = dkg_mint_slug(minter, "place/", "US", "Washington, D.C.");
  CHECK(p && !strcmp(p, DKG_DEFAULT_BASE "place/us/washington-dc"));
  /* Made once: the same pointer, however many other names came between. */
  for (int i = 0; i < 200; ++i) {
    char name[32];
    snprintf(name, sizeof name, "Delegate %d", i);
    CHECK(dkg_mint_slug(minter, "person/", NULL, name) != NULL);
  }
  CHECK(dkg_mint_slug(minter, "person/", NULL, "Antony Blinken") == a);
  /* Another spelling is another name as written, the same IRI. */
  const char* a2 = dkg_mint_slug(minter, "person/", NULL, "ANTONY  BLINKEN");
  CHECK(a2 && a2 != a && !strcmp(a2, a));
  /* Kind and scope are part of the name. */
  const char* o =
    dkg_mint_slug(minter, "organization/", NULL, "Antony Blinken");
  CHECK(o && strcmp(o, a));
  const char* q = dkg_mint_slug(minter, "place/", NULL, "Washington, D.C.");
  CHECK(q && !strcmp(q, DKG_DEFAULT_BASE "place/washington-dc"));
  const char* t =
    dkg_mint_slug(minter, "place/", NULL, "\xE6\x9D\xB1\xE4\xBA\xAC");
  CHECK(t && !strcmp(t, DKG_DEFAULT_BASE "place/\xE6\x9D\xB1\xE4\xBA\xAC"));
  const char* u = dkg_mint_slug(minter,
                                "person/",
                                NULL,
                                "A\xE2\x80\xA9"
                                "B");
  CHECK(u && !strcmp(u, DKG_DEFAULT_BASE "person/a%E2%80%A9b"));
  dkg_minter_free(minter);
}

static void
test_parts(void)
{
  DkgBuf b = { NULL, 0, 0 };
  const char* d = BASE "dialogue/quad-fm-2022";
  CHECK(dkg_mint_part(&b, d, "source", 2u));
  CHECK(!strcmp(b.buf, BASE "dialogue/quad-fm-2022/source/2"));
  CHECK(dkg_mint_part(&b, d, "record", 0u));
  CHECK(!strcmp(b.buf, BASE "dialogue/quad-fm-2022/record"));
  CHECK(dkg_mint_part_code(&b, d, "delegation", "AU"));
  CHECK(!strcmp(b.buf, BASE "dialogue/quad-fm-2022/delegation/au"));
  CHECK(dkg_mint_part_code(&b, d, "delegation", "eu"));
  CHECK(!strcmp(b.buf, BASE "dialogue/quad-fm-2022/delegation/eu"));
  dkg_buf_destroy(&b);
}

int
main(void)
{
  test_iri();
  test_slug();
  test_parts();
  dkg_minter_free(NULL);
  return dkg_test_result();
}
