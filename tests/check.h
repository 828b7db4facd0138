/* The checks of the C unit tests: plain main() + CHECK, as serd's tests.
   A failed check prints its place and condition and counts; main() returns
   dkg_test_result() (0 when every check held, else 1). */

#ifndef DKG_TESTS_CHECK_H
#define DKG_TESTS_CHECK_H

#include <stdio.h>

static int dkg_test_failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      ++dkg_test_failures;                                                     \
    }                                                                          \
  } while (0)

/** 0 when every CHECK so far held, 1 otherwise (said on stderr). */
static inline int
dkg_test_result(void)
{
  if (dkg_test_failures) {
    fprintf(stderr, "%d check(s) failed\n", dkg_test_failures);
  }
  return dkg_test_failures ? 1 : 0;
}

#endif
