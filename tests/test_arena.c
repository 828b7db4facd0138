/* The arena (src/util/arena.h): alignment, blocks larger than the block
   size, reset keeping one block, sizes no object can have, destroy(NULL). */

#include "util/arena.h"

#include "check.h"

#include <stdint.h>
#include <string.h>

static void
test_alignment_and_growth(void)
{
  DkgArena arena;
  dkg_arena_init(&arena, 64u);
  char* prev = NULL;
  for (size_t i = 1; i < 200; ++i) {
    char* p = (char*)dkg_arena_alloc(&arena, i % 13u + 1u);
    CHECK(p != NULL);
    CHECK((uintptr_t)p % sizeof(double) == 0);
    if (p) {
      memset(p, 'x', i % 13u + 1u); /* ASan: the bytes are ours */
    }
    CHECK(p != prev);
    prev = p;
  }
  /* Larger than a block: a block of its own. */
  char* big = (char*)dkg_arena_alloc(&arena, 1000u);
  CHECK(big != NULL);
  if (big) {
    memset(big, 'y', 1000u);
  }
  dkg_arena_destroy(&arena);
  CHECK(arena.head == NULL);
}

static void
test_strndup(void)
{
  DkgArena arena;
  dkg_arena_init(&arena, 0u);
  const char* copy = dkg_arena_strndup(&arena, "Tokyo, Japan", 5u);
  CHECK(copy && !strcmp(copy, "Tokyo"));
  const char* empty = dkg_arena_strndup(&arena, "", 0u);
  CHECK(empty && !empty[0]);
  dkg_arena_destroy(&arena);
}

static void
test_reset(void)
{
  DkgArena arena;
  dkg_arena_init(&arena, 128u);
  for (int i = 0; i < 50; ++i) {
    CHECK(dkg_arena_alloc(&arena, 40u) != NULL);
  }
  CHECK(dkg_arena_alloc(&arena, 4096u) != NULL);
  dkg_arena_reset(&arena);
  /* One block of the standard size stays, empty. */
  CHECK(arena.head != NULL);
  char* a = (char*)dkg_arena_alloc(&arena, 16u);
  char* b = (char*)dkg_arena_alloc(&arena, 16u);
  CHECK(a && b && b == a + 16);
  dkg_arena_reset(&arena);
  CHECK(dkg_arena_alloc(&arena, 16u) == a); /* the kept block, reused */
  dkg_arena_destroy(&arena);
  dkg_arena_destroy(&arena); /* twice: still empty */
}

static void
test_impossible_sizes(void)
{
  DkgArena arena;
  dkg_arena_init(&arena, 0u);
  CHECK(dkg_arena_alloc(&arena, SIZE_MAX) == NULL);
  CHECK(dkg_arena_alloc(&arena, SIZE_MAX / 2u + 1u) == NULL);
  CHECK(dkg_arena_strndup(&arena, "", SIZE_MAX) == NULL);
  CHECK(arena.head == NULL); /* unchanged */
  CHECK(dkg_arena_alloc(&arena, 8u) != NULL);
  dkg_arena_destroy(&arena);
}

int
main(void)
{
  test_alignment_and_growth();
  test_strndup();
  test_reset();
  test_impossible_sizes();
  dkg_arena_destroy(NULL);
  return dkg_test_result();
}
