#ifndef DKG_UTIL_HASHMAP_H
#define DKG_UTIL_HASHMAP_H

/* A hash map from byte strings to pointers: open addressing, keys copied
   into the map, values owned by the caller.  Internal; not installed. */

#include "util/arena.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct
{
  struct DkgHashSlot* slots;
  size_t capacity; /* a power of two, or 0 */
  size_t count;
  DkgArena keys;
} DkgHash;

/** Makes `hash` empty.  Allocates nothing, cannot fail. */
void dkg_hash_init(DkgHash* hash);

/** Frees the slots and the key copies (not the values); the map is empty
    and may be used again.  `hash` may be NULL (nothing happens). */
void dkg_hash_destroy(DkgHash* hash);

/** A hash of str[0..len), in memory only (it may differ between machines). */
uint64_t dkg_hash_bytes(const char* str, size_t len);

/** The value stored under `key`, or NULL. */
void* dkg_hash_get(const DkgHash* hash, const char* key, size_t len);

/** Stores `value` under `key`; with `existing` non-NULL and the key already
    present, leaves the map unchanged and sets `*existing` to the old value
    (else to NULL).  Returns false only when out of memory (the map is then
    unchanged). */
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

#endif
