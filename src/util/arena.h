#ifndef DKG_UTIL_ARENA_H
#define DKG_UTIL_ARENA_H

/* An arena: bump allocation for many small pieces (a record's strings, a
   map's keys), all freed at once.  Internal; not installed. */

#include <stddef.h>

typedef struct DkgArenaBlock DkgArenaBlock;

typedef struct
{
  DkgArenaBlock* head;
  size_t block_size;
} DkgArena;

/** Makes `arena` empty; blocks of `block_size` bytes (16 KiB when 0) are
    allocated on first use.  Allocates nothing, cannot fail. */
void dkg_arena_init(DkgArena* arena, size_t block_size);

/** Returns `size` bytes aligned for any type, valid until the next reset or
    destroy, or NULL when out of memory (the arena is unchanged). */
void* dkg_arena_alloc(DkgArena* arena, size_t size);

/** A NUL-terminated copy of `len` bytes of `str` (which may hold no NUL), or
    NULL when out of memory. */
char* dkg_arena_strndup(DkgArena* arena, const char* str, size_t len);

/** Forgets every allocation but keeps the first block for reuse. */
void dkg_arena_reset(DkgArena* arena);

/** Frees every block; the arena is empty and may be used again.  `arena`
    may be NULL (nothing happens). */
void dkg_arena_destroy(DkgArena* arena);

#endif
