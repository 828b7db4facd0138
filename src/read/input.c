/* The reader's input: the buffer read in chunks, and places and messages
   in it (read/reader_state.h). */

#include "read/reader_state.h"

#include "read/json_lex.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Places and messages                                                      */

/* Column of buf[i], which must be on the current line. */
unsigned
dkg_read_col_at(const DkgReader* r, size_t i)
{
  return dkg_clamp_unsigned(r->buf_offset + i - r->line_start + 1u);
}

/* Counts the newline at buf[i]. */
void
dkg_read_new_line(DkgReader* r, size_t i)
{
  if (r->line < UINT_MAX) {
    ++r->line;
  }
  r->line_start = r->buf_offset + i + 1u;
}

/* Reports an error at `line`:`col` (no place when `line` is 0), returns
   `st`. */
DkgStatus
dkg_read_report(DkgReader* r,
                DkgStatus st,
                unsigned line,
                unsigned col,
                const char* fmt,
                ...)
{
  char message[256];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);

  const DkgPlace place = { line ? r->file : NULL, line, col, NULL };
  dkg_diag_report(r->diag, DKG_ERROR, &place, "%s", message);
  return st;
}

/* Writes a short English name of byte `c` to `out`, for messages. */
const char*
dkg_read_describe(unsigned char c, char out[32])
{
  if (c > 0x20u && c < 0x7fu) {
    snprintf(out, 32, "'%c'", (char)c);
  } else if (c <= 0x20u || c == 0x7fu) {
    snprintf(out, 32, "control character U+%04X", (unsigned)c);
  } else {
    snprintf(out, 32, "byte 0x%02x", (unsigned)c);
  }
  return out;
}

/* Writes `n` bytes as "0xc3 0x28" to `out`. */
const char*
dkg_read_hex_bytes(const unsigned char* bytes, size_t n, char out[24])
{
  size_t w = 0u;
  out[0] = '\0';
  for (size_t k = 0u; k < n && k < 4u; ++k) {
    w += (size_t)snprintf(
      out + w, 24u - w, k ? " 0x%02x" : "0x%02x", (unsigned)bytes[k]);
  }
  return out;
}

/* ------------------------------------------------------------------------ */
/* Input                                                                    */

/* Reads one more chunk after buf[len], first dropping what is consumed
   (all before the record, or before pos outside a record) when there is
   less than a chunk of room.  Indexes pos and rec_start are kept up to date;
   callers holding other indexes re-read them from pos.  At the end of input
   sets `eof` and reads nothing.  Fails with DKG_ERR_IO (reported, errno
   kept) or DKG_ERR_NOMEM. */
DkgStatus
dkg_read_fill(DkgReader* r)
{
  if (r->eof) {
    return DKG_SUCCESS;
  }

  if (r->cap - r->len < DKG_READER_CHUNK) {
    const size_t keep = r->in_record ? r->rec_start : r->pos;
    if (keep > 0u) {
      memmove(r->buf, r->buf + keep, r->len - keep);
      r->len -= keep;
      r->pos -= keep;
      r->rec_start -= r->in_record ? keep : 0u;
      r->buf_offset += keep;
    }
    if (r->cap - r->len < DKG_READER_CHUNK) {
      size_t new_cap = r->cap * 2u;
      if (new_cap < r->len + DKG_READER_CHUNK) {
        new_cap = r->len + DKG_READER_CHUNK;
      }
      unsigned char* const new_buf = (unsigned char*)realloc(r->buf, new_cap);
      if (!new_buf) {
        return dkg_read_report(
          r, DKG_ERR_NOMEM, 0u, 0u, "out of memory reading %s", r->file);
      }
      r->buf = new_buf;
      r->cap = new_cap;
    }
  }

  const size_t n = fread(r->buf + r->len, 1u, DKG_READER_CHUNK, r->stream);
  r->len += n;
  if (n < DKG_READER_CHUNK) {
    if (ferror(r->stream)) {
      const int e = errno;
      dkg_read_report(
        r, DKG_ERR_IO, 0u, 0u, "cannot read %s: %s", r->file, strerror(e));
      errno = e;
      return DKG_ERR_IO;
    }
    r->eof = true;
  }
  return DKG_SUCCESS;
}

/* Makes more input available after buf[*i] and updates *i to where that
   byte is now.  Inside a record, fails with DKG_ERR_LIMIT when the record
   cannot fit in the size limit.  At the end of input, leaves the buffer as
   it is. */
DkgStatus
dkg_read_more(DkgReader* r, size_t* i)
{
  if (r->in_record && r->len - r->rec_start >= r->max_record_bytes) {
    /* The record is not closed yet, so it has at least one more byte. */
    r->pos = *i;
    return dkg_read_report(r,
                           DKG_ERR_LIMIT,
                           r->rec_line,
                           r->rec_col,
                           "record exceeds the size limit of %zu bytes",
                           r->max_record_bytes);
  }

  r->pos = *i;
  const DkgStatus st = dkg_read_fill(r);
  *i = r->pos;
  return st;
}

/* Makes at least `n` bytes from buf[*i] available if the input has them;
   sets *avail to the number available (less than `n` only at the end). */
DkgStatus
dkg_read_need(DkgReader* r, size_t* i, size_t n, size_t* avail)
{
  while (r->len - *i < n && !r->eof) {
    const DkgStatus st = dkg_read_more(r, i);
    if (st) {
      return st;
    }
  }
  *avail = r->len - *i;
  return DKG_SUCCESS;
}
