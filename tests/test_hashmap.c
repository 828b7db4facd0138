/* The hash map (src/util/hashmap.h): growth past many powers of two, keys
   sharing prefixes and slots, NUL bytes in keys, `existing`, iteration,
   destroy and reuse, destroy(NULL). */

#include "util/hashmap.h"

#include "check.h"

#include <stdio.h>
#include <string.h>

#define N_KEYS 20000

static void
count_entry(void* handle, const char* key, void* value)
{
  (void)key;
  size_t* sum = (size_t*)handle;
  sum[0] += 1u;
  sum[1] += (size_t)value;
}

static void
test_growth(void)
{
  DkgHash hash;
  dkg_hash_init(&hash);
  char key[64];
  for (size_t i = 1; i <= N_KEYS; ++i) {
    const int n = snprintf(key, sizeof key, "https://example.org/id/%zu", i);
    CHECK(dkg_hash_put(&hash, key, (size_t)n, (void*)i, NULL));
  }
  CHECK(hash.count == N_KEYS);
  CHECK(hash.capacity >= N_KEYS && (hash.capacity & (hash.capacity - 1)) == 0);
  size_t wrong = 0;
  for (size_t i = 1; i <= N_KEYS; ++i) {
    const int n = snprintf(key, sizeof key, "https://example.org/id/%zu", i);
    wrong += dkg_hash_get(&hash, key, (size_t)n) != (void*)i;
  }
  CHECK(wrong == 0);
  CHECK(!dkg_hash_get(&hash, "https://example.org/id/0", 24u));
  size_t sum[2] = { 0, 0 };
  dkg_hash_each(&hash, count_entry, sum);
  CHECK(sum[0] == N_KEYS);
  CHECK(sum[1] == (size_t)N_KEYS * (N_KEYS + 1u) / 2u);
  dkg_hash_destroy(&hash);
  CHECK(hash.count == 0 && !dkg_hash_get(&hash, key, strlen(key)));
  /* Reusable after destroy. */
  CHECK(dkg_hash_put(&hash, "again", 5u, (void*)1, NULL));
  CHECK(dkg_hash_get(&hash, "again", 5u) == (void*)1);
  dkg_hash_destroy(&hash);
}

static void
test_keys_are_bytes(void)
{
  DkgHash hash;
  dkg_hash_init(&hash);
  static int a, b, c, d;
  /* Prefixes, a NUL inside, the empty key: all distinct. */
  CHECK(dkg_hash_put(&hash, "japan", 5u, &a, NULL));
  CHECK(dkg_hash_put(&hash, "japan\0x", 7u, &b, NULL));
  CHECK(dkg_hash_put(&hash, "jap", 3u, &c, NULL));
  CHECK(dkg_hash_put(&hash, "", 0u, &d, NULL));
  CHECK(dkg_hash_get(&hash, "japan", 5u) == &a);
  CHECK(dkg_hash_get(&hash, "japan\0x", 7u) == &b);
  CHECK(dkg_hash_get(&hash, "japanese", 3u) == &c);
  CHECK(dkg_hash_get(&hash, "", 0u) == &d);
  CHECK(!dkg_hash_get(&hash, "japan\0", 6u));
  CHECK(hash.count == 4);
  /* The key is copied: the caller's buffer may change. */
  char mine[] = "korea";
  CHECK(dkg_hash_put(&hash, mine, 5u, &a, NULL));
  const char* stored = dkg_hash_key(&hash, "korea", 5u);
  mine[0] = 'K';
  CHECK(stored && stored != mine && !strcmp(stored, "korea"));
  CHECK(!dkg_hash_key(&hash, "Korea", 5u));
  dkg_hash_destroy(&hash);
}

static void
test_existing(void)
{
  DkgHash hash;
  dkg_hash_init(&hash);
  static int first, second;
  void* old = &second;
  CHECK(dkg_hash_put(&hash, "k", 1u, &first, &old));
  CHECK(old == NULL);
  CHECK(dkg_hash_put(&hash, "k", 1u, &second, &old));
  CHECK(old == &first);
  CHECK(dkg_hash_get(&hash, "k", 1u) == &first); /* unchanged */
  CHECK(dkg_hash_put(&hash, "k", 1u, &second, NULL));
  CHECK(dkg_hash_get(&hash, "k", 1u) == &second); /* replaced */
  CHECK(hash.count == 1);
  dkg_hash_destroy(&hash);
}

static void
test_empty(void)
{
  DkgHash hash;
  dkg_hash_init(&hash);
  CHECK(!dkg_hash_get(&hash, "x", 1u));
  CHECK(!dkg_hash_key(&hash, "x", 1u));
  size_t sum[2] = { 0, 0 };
  dkg_hash_each(&hash, count_entry, sum);
  CHECK(sum[0] == 0);
  dkg_hash_destroy(&hash);
  CHECK(dkg_hash_bytes("abc", 3u) == dkg_hash_bytes("abcd", 3u));
  CHECK(dkg_hash_bytes("abcdefghi", 9u) != dkg_hash_bytes("abcdefghj", 9u));
}

int
main(void)
{
  test_growth();
  test_keys_are_bytes();
  test_existing();
  test_empty();
  dkg_hash_destroy(NULL);
  return dkg_test_result();
}
