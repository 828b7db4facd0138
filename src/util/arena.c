#include "util/arena.h"

#include <stdint.h>
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
  if (size > SIZE_MAX / 2u) {
    return NULL; /* no object is that large; rounding would wrap */
  }
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
  if (len >= SIZE_MAX / 2u) {
    return NULL;
  }
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
  if (!arena) {
    return;
  }
  for (DkgArenaBlock* b = arena->head; b;) {
    DkgArenaBlock* next = b->next;
    free(b);
    b = next;
  }
  arena->head = NULL;
}
