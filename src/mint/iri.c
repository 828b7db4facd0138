#include "mint/iri.h"

#include "dialoguekg/dialoguekg.h"
#include "mint/name.h"
#include "util/arena.h"
#include "util/hashmap.h"
#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct DkgMinter
{
  char* base;
  DkgHash slugs;  /* KIND SCOPE/ \x1f NAME as written -> IRI in `iris` */
  DkgArena iris;  /* the IRIs dkg_mint_slug() made */
  DkgBuf key;     /* scratch: the key of `slugs` */
  DkgBuf scratch; /* scratch: the IRI being made */
};

DkgMinter*
dkg_minter_new(const char* base)
{
  DkgMinter* minter = (DkgMinter*)calloc(1, sizeof(DkgMinter));
  if (!minter) {
    return NULL;
  }
  dkg_hash_init(&minter->slugs);
  dkg_arena_init(&minter->iris, 16384u);
  minter->base = dkg_strdup(base ? base : DKG_DEFAULT_BASE);
  if (!minter->base) {
    dkg_minter_free(minter);
    return NULL;
  }
  return minter;
}

void
dkg_minter_free(DkgMinter* minter)
{
  if (minter) {
    dkg_hash_destroy(&minter->slugs);
    dkg_arena_destroy(&minter->iris);
    dkg_buf_destroy(&minter->key);
    dkg_buf_destroy(&minter->scratch);
    free(minter->base);
    free(minter);
  }
}

/* Appends `code` with ASCII upper case folded to lower case. */
static bool
append_lower(DkgBuf* out, const char* code)
{
  bool ok = true;
  for (const char* c = code; ok && *c; ++c) {
    const char lower = (char)((*c >= 'A' && *c <= 'Z') ? *c - 'A' + 'a' : *c);
    ok = dkg_buf_append(out, &lower, 1u);
  }
  return ok;
}

/* Percent-encodes U+2028 and U+2029 (LINE and PARAGRAPH SEPARATOR) in
   b->buf from byte `from`: legal in an IRI (RFC 3987 ucschar), but line
   breaks to some readers (rdflib 6 rejects such an N-Triples line). */
static bool
encode_separators(DkgBuf* b, size_t from)
{
  bool ok = true;
  for (size_t i = from; ok && b->buf && i + 2u < b->len; ++i) {
    const unsigned char* u = (const unsigned char*)b->buf + i;
    if (u[0] != 0xE2u || u[1] != 0x80u || (u[2] != 0xA8u && u[2] != 0xA9u)) {
      continue;
    }
    char code[10];
    snprintf(code, sizeof(code), "%%E2%%80%%%02X", (unsigned)u[2]);
    DkgBuf rest = { NULL, 0, 0 };
    ok = dkg_buf_append(&rest, b->buf + i + 3u, b->len - i - 3u);
    if (ok) {
      b->len = i;
      ok = dkg_buf_append(b, code, 9u) &&
           dkg_buf_append(b, rest.buf ? rest.buf : "", rest.len);
    }
    dkg_buf_destroy(&rest);
    i += 8u;
  }
  return ok;
}

/* Replaces `out` with BASE KIND [lower(SCOPE)/]. */
static bool
prefix(const DkgMinter* minter,
       DkgBuf* out,
       const char* kind,
       const char* scope)
{
  dkg_buf_clear(out);
  return dkg_buf_puts(out, minter->base) && dkg_buf_puts(out, kind) &&
         (!scope || (append_lower(out, scope) && dkg_buf_puts(out, "/")));
}

bool
dkg_mint_iri(const DkgMinter* minter,
             DkgBuf* out,
             const char* kind,
             const char* scope,
             const char* name)
{
  const bool ok = prefix(minter, out, kind, scope);
  const size_t from = out->len;
  return ok && dkg_buf_puts(out, name) && encode_separators(out, from);
}

const char*
dkg_mint_slug(DkgMinter* minter,
              const char* kind,
              const char* scope,
              const char* name)
{
  DkgBuf* key = &minter->key;
  DkgBuf* b = &minter->scratch;
  if (!prefix(minter, key, kind, scope) || !dkg_buf_puts(key, "\x1f") ||
      !dkg_buf_puts(key, name)) {
    return NULL;
  }
  const char* known =
    (const char*)dkg_hash_get(&minter->slugs, key->buf, key->len);
  if (known) {
    return known;
  }
  bool empty = false;
  if (!prefix(minter, b, kind, scope)) {
    return NULL;
  }
  const size_t from = b->len;
  if (!dkg_slug_append(b, name, strlen(name), &empty) ||
      !encode_separators(b, from)) {
    return NULL;
  }
  char* iri = dkg_arena_strndup(&minter->iris, b->buf, b->len);
  if (!iri || !dkg_hash_put(&minter->slugs, key->buf, key->len, iri, NULL)) {
    return NULL;
  }
  return iri;
}

/* Replaces `out` with WHOLE/PART. */
static bool
whole_part(DkgBuf* out, const char* whole, const char* part)
{
  dkg_buf_clear(out);
  return dkg_buf_puts(out, whole) && dkg_buf_puts(out, "/") &&
         dkg_buf_puts(out, part);
}

bool
dkg_mint_part(DkgBuf* out, const char* whole, const char* part, size_t n)
{
  char number[24];
  snprintf(number, sizeof(number), "/%zu", n);
  return whole_part(out, whole, part) && (!n || dkg_buf_puts(out, number));
}

bool
dkg_mint_part_code(DkgBuf* out,
                   const char* whole,
                   const char* part,
                   const char* code)
{
  return whole_part(out, whole, part) && dkg_buf_puts(out, "/") &&
         append_lower(out, code);
}
