#ifndef DKG_HASH_H
#define DKG_HASH_H

/* Small building blocks shared by the stages: an arena for per-record
   allocations and a string-keyed hash map.  Internal; not installed. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- Arena: bump allocation, freed all at once ------------------------- */

typedef struct DkgArenaBlock DkgArenaBlock;

typedef struct
{
  DkgArenaBlock* head;
  size_t block_size;
} DkgArena;

void dkg_arena_init(DkgArena* arena, size_t block_size);

/** Returns `size` bytes aligned for any type, or NULL when out of memory. */
void* dkg_arena_alloc(DkgArena* arena, size_t size);

/** A NUL-terminated copy of `len` bytes of `str`, or NULL. */
char* dkg_arena_strndup(DkgArena* arena, const char* str, size_t len);

/** Forgets every allocation but keeps the first block for reuse. */
void dkg_arena_reset(DkgArena* arena);

void dkg_arena_destroy(DkgArena* arena);

/* ---- Hash map from strings to pointers --------------------------------- */

/** Open addressing, keys copied into the map, values owned by the caller. */
typedef struct
{
  struct DkgHashSlot* slots;
  size_t capacity; /* a power of two, or 0 */
  size_t count;
  DkgArena keys;
} DkgHash;

void dkg_hash_init(DkgHash* hash);

void dkg_hash_destroy(DkgHash* hash);

uint64_t dkg_hash_bytes(const char* str, size_t len);

/** The value stored under `key`, or NULL. */
void* dkg_hash_get(const DkgHash* hash, const char* key, size_t len);

/** Stores `value` under `key`; with `existing` non-NULL and the key already
    present, leaves the map unchanged and sets `*existing` to the old value.
    Returns false only when out of memory. */
bool dkg_hash_put(DkgHash* hash,
                  const char* key,
                  size_t len,
                  void* value,
                  void** existing);

/** The stored copy of `key` (stable for the map's lifetime), or NULL. */
const char* dkg_hash_key(const DkgHash* hash, const char* key, size_t len);

/** Calls `func` on every entry, in no particular order. */
void dkg_hash_each(const DkgHash* hash,
                   void (*func)(void* handle, const char* key, void* value),
                   void* handle);

/* ---- Growable byte buffer ---------------------------------------------- */

typedef struct
{
  char* buf;
  size_t len;
  size_t cap;
} DkgBuf;

/** Grows `b` to hold `extra` more bytes and a NUL (dkg_buf_reserve()). */
bool dkg_buf_grow(DkgBuf* b, size_t extra);

/** Makes room for `extra` more bytes and a NUL; false when out of memory
    (the buffer is unchanged).  Inline: writers call it for every piece. */
static inline bool
dkg_buf_reserve(DkgBuf* b, size_t extra)
{
  return b->len + extra + 1u <= b->cap || dkg_buf_grow(b, extra);
}

/** Appends data[0..len) and a NUL; false when out of memory. */
static inline bool
dkg_buf_append(DkgBuf* b, const char* data, size_t len)
{
  if (!dkg_buf_reserve(b, len)) {
    return false;
  }
  if (len) {
    memcpy(b->buf + b->len, data, len);
  }
  b->len += len;
  b->buf[b->len] = '\0';
  return true;
}

/** Appends the string `str` and a NUL; false when out of memory. */
static inline bool
dkg_buf_puts(DkgBuf* b, const char* str)
{
  return dkg_buf_append(b, str, strlen(str));
}

/** Keeps the buffer NUL-terminated after every append. */
void dkg_buf_clear(DkgBuf* b);

void dkg_buf_destroy(DkgBuf* b);

#endif
