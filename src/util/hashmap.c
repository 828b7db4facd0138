#include "util/hashmap.h"

#include <stdlib.h>
#include <string.h>

struct DkgHashSlot
{
  const char* key; /* NULL: empty */
  size_t len;
  uint64_t hash;
  void* value;
};

void
dkg_hash_init(DkgHash* hash)
{
  hash->slots = NULL;
  hash->capacity = 0;
  hash->count = 0;
  dkg_arena_init(&hash->keys, 65536u);
}

void
dkg_hash_destroy(DkgHash* hash)
{
  if (!hash) {
    return;
  }
  free(hash->slots);
  hash->slots = NULL;
  hash->capacity = hash->count = 0;
  dkg_arena_destroy(&hash->keys);
}

uint64_t
dkg_hash_bytes(const char* str, size_t len)
{
  /* Eight bytes at a time, each word mixed by multiplication (in the
     manner of MurmurHash3's finalizer).  In memory only: the value may
     differ between machines (byte order). */
  const uint64_t k1 = 0x9E3779B97F4A7C15u;
  const uint64_t k2 = 0xFF51AFD7ED558CCDu;
  uint64_t h = k1 ^ (uint64_t)len;
  size_t i = 0;
  for (; i + 8u <= len; i += 8u) {
    uint64_t v = 0;
    memcpy(&v, str + i, 8u);
    v *= k2;
    v ^= v >> 29;
    h = (h ^ v) * k1;
  }
  if (i < len) {
    uint64_t v = 0;
    memcpy(&v, str + i, len - i);
    v *= k2;
    v ^= v >> 29;
    h = (h ^ v) * k1;
  }
  h ^= h >> 32;
  h *= k2;
  h ^= h >> 29;
  return h;
}

static struct DkgHashSlot*
find_slot(const DkgHash* hash, const char* key, size_t len, uint64_t h)
{
  const size_t mask = hash->capacity - 1u;
  for (size_t i = (size_t)h & mask;; i = (i + 1u) & mask) {
    struct DkgHashSlot* slot = &hash->slots[i];
    if (!slot->key ||
        (slot->hash == h && slot->len == len && !memcmp(slot->key, key, len))) {
      return slot;
    }
  }
}

static bool
grow(DkgHash* hash)
{
  const size_t new_cap = hash->capacity ? hash->capacity * 2u : 64u;
  struct DkgHashSlot* old = hash->slots;
  const size_t old_cap = hash->capacity;
  hash->slots = (struct DkgHashSlot*)calloc(new_cap, sizeof(*old));
  if (!hash->slots) {
    hash->slots = old;
    return false;
  }
  hash->capacity = new_cap;
  for (size_t i = 0; i < old_cap; ++i) {
    if (old[i].key) {
      *find_slot(hash, old[i].key, old[i].len, old[i].hash) = old[i];
    }
  }
  free(old);
  return true;
}

void*
dkg_hash_get(const DkgHash* hash, const char* key, size_t len)
{
  if (!hash->count) {
    return NULL;
  }
  const struct DkgHashSlot* slot =
    find_slot(hash, key, len, dkg_hash_bytes(key, len));
  return slot->key ? slot->value : NULL;
}

const char*
dkg_hash_key(const DkgHash* hash, const char* key, size_t len)
{
  if (!hash->count) {
    return NULL;
  }
  return find_slot(hash, key, len, dkg_hash_bytes(key, len))->key;
}

bool
dkg_hash_put(DkgHash* hash,
             const char* key,
             size_t len,
             void* value,
             void** existing)
{
  if ((hash->count + 1u) * 4u > hash->capacity * 3u && !grow(hash)) {
    return false;
  }
  const uint64_t h = dkg_hash_bytes(key, len);
  struct DkgHashSlot* slot = find_slot(hash, key, len, h);
  if (slot->key) {
    if (existing) {
      *existing = slot->value;
    } else {
      slot->value = value;
    }
    return true;
  }
  char* copy = dkg_arena_strndup(&hash->keys, key, len);
  if (!copy) {
    return false;
  }
  slot->key = copy;
  slot->len = len;
  slot->hash = h;
  slot->value = value;
  ++hash->count;
  if (existing) {
    *existing = NULL;
  }
  return true;
}

void
dkg_hash_each(const DkgHash* hash,
              void (*func)(void* handle, const char* key, void* value),
              void* handle)
{
  for (size_t i = 0; i < hash->capacity; ++i) {
    if (hash->slots[i].key) {
      func(handle, hash->slots[i].key, hash->slots[i].value);
    }
  }
}
