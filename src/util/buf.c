#include "util/buf.h"

#include <stdint.h>
#include <stdlib.h>

bool
dkg_buf_grow(DkgBuf* b, size_t extra)
{
  if (extra >= SIZE_MAX / 2u - b->len) {
    return false; /* no object is that large; doubling would wrap */
  }
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
  if (!b) {
    return;
  }
  free(b->buf);
  b->buf = NULL;
  b->len = b->cap = 0;
}
