/* extract: the growing arrays of the stages (contract in xint.h).  At the
   bottom: calls nothing else of extract. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>

bool
xvec_push(void** items, size_t* n, size_t* cap, size_t size, const void* item)
{
  if (*n == *cap) {
    const size_t ncap = *cap ? *cap * 2u : 8u;
    void* p = realloc(*items, ncap * size);
    if (!p) {
      return false;
    }
    *items = p;
    *cap = ncap;
  }
  memcpy((char*)*items + *n * size, item, size);
  ++*n;
  return true;
}
