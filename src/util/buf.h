#ifndef DKG_UTIL_BUF_H
#define DKG_UTIL_BUF_H

/* A growable byte buffer, always NUL-terminated once it holds memory.  A
   zeroed DkgBuf is empty and ready.  Internal; not installed. */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct
{
  char* buf; /* NULL until the first append */
  size_t len;
  size_t cap;
} DkgBuf;

/** Grows `b` to hold `extra` more bytes and a NUL (dkg_buf_reserve()).
    Returns false when out of memory or when no buffer can be that large
    (the buffer is then unchanged). */
bool dkg_buf_grow(DkgBuf* b, size_t extra);

/** Makes room for `extra` more bytes and a NUL; false when out of memory
    (the buffer is unchanged).  Inline: writers call it for every piece. */
static inline bool
dkg_buf_reserve(DkgBuf* b, size_t extra)
{
  return extra < b->cap - b->len || dkg_buf_grow(b, extra);
}

/** Appends data[0..len) and a NUL; false when out of memory (the buffer is
    unchanged). */
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

/** Empties the buffer, keeping its memory (and its NUL). */
void dkg_buf_clear(DkgBuf* b);

/** Frees the memory; the buffer is empty and may be used again.  `b` may be
    NULL (nothing happens). */
void dkg_buf_destroy(DkgBuf* b);

#endif
