/*
  The reader's state, shared by its files: read/reader.c (records and the
  top-level shape), read/input.c (the input buffer, places and messages)
  and read/json_string.c (JSON strings: escapes, UTF-8, control characters).
  Private to read/.
*/

#ifndef DKG_READ_READER_STATE_H
#define DKG_READ_READER_STATE_H

#include "dialoguekg/dialoguekg.h"
#include "util/printf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Bytes asked of fread() at a time.  The tests assume every read but the
   last returns a full chunk, so chunk boundaries fall at multiples of it. */
#ifndef DKG_READER_CHUNK
#  define DKG_READER_CHUNK 65536u
#endif

/* Byte classes inside a record, outside strings. */
enum
{
  OUT_PLAIN,   /* Whitespace but '\n', and the bytes of numbers/literals. */
  OUT_NEWLINE, /* '\n'. */
  OUT_OPEN,    /* '{' or '['. */
  OUT_CLOSE,   /* '}' or ']'. */
  OUT_QUOTE,   /* '"'. */
  OUT_BAD,     /* Anything that cannot appear outside a JSON string. */
};

/* Byte classes inside strings. */
enum
{
  STR_PLAIN,   /* ASCII that stands for itself. */
  STR_QUOTE,   /* '"'. */
  STR_ESCAPE,  /* '\\'. */
  STR_CONTROL, /* U+0000 to U+001F. */
  STR_UTF8,    /* 0x80 to 0xFF: checked as a UTF-8 sequence. */
};

/* Where the scan is, outside records. */
typedef enum
{
  TOP_START,       /* Before the first value; a BOM may come first. */
  TOP_ARRAY_FIRST, /* After '[': a record or ']'. */
  TOP_ARRAY_NEXT,  /* After ',': a record. */
  TOP_ARRAY_AFTER, /* After a record in the array: ',' or ']'. */
  TOP_ARRAY_DONE,  /* After the closing ']': only whitespace. */
  TOP_LINES,       /* After a record outside an array: '{' on a later line. */
  TOP_SKIP,        /* After a broken line: skip past the next newline. */
} TopState;

struct DkgReaderImpl
{
  FILE* stream;
  char* file;
  DkgDiag* diag;
  size_t max_record_bytes;
  unsigned max_depth;

  unsigned char* buf;  /* Unconsumed input is buf[pos..len). */
  size_t cap;          /* Allocated size of buf. */
  size_t len;          /* Bytes of input in buf. */
  size_t pos;          /* Next byte to scan. */
  uint64_t buf_offset; /* File offset of buf[0]. */
  unsigned line;       /* Line of buf[pos]. */
  uint64_t line_start; /* File offset of the first byte of `line`. */
  bool eof;            /* The stream has no more bytes. */

  bool in_record;   /* Scanning a record: keep buf[rec_start..] */
  size_t rec_start; /* Index of the record's first byte in buf. */
  uint64_t rec_start_offset;
  unsigned rec_line;
  unsigned rec_col;

  TopState top;
  DkgStatus failed;   /* Not DKG_SUCCESS: returned by every later call. */
  size_t index;       /* Number of the next record. */
  unsigned last_line; /* Line where the last record ended (TOP_LINES). */
  bool one_line;      /* Every record so far began and ended on one line. */
  unsigned open_line; /* Place of the array's '['. */
  unsigned open_col;
  unsigned comma_line; /* Place of the last ',' between records. */
  unsigned comma_col;

  unsigned char* stack; /* Expected closing bracket at each depth. */
  size_t stack_cap;

  unsigned char out_class[256];
  unsigned char str_class[256];
};

/* Column of buf[i], which must be on the current line. */
unsigned dkg_read_col_at(const DkgReader* r, size_t i);

/* Counts the newline at buf[i]. */
void dkg_read_new_line(DkgReader* r, size_t i);

/* Reports an error at `line`:`col` (no place when `line` is 0), returns
   `st`. */
DkgStatus dkg_read_report(DkgReader* r,
                          DkgStatus st,
                          unsigned line,
                          unsigned col,
                          const char* fmt,
                          ...) DKG_PRINTF(5, 6);

/* Writes a short English name of byte `c` to `out`, for messages. */
const char* dkg_read_describe(unsigned char c, char out[32]);

/* Writes `n` bytes as "0xc3 0x28" to `out`. */
const char* dkg_read_hex_bytes(const unsigned char* bytes,
                               size_t n,
                               char out[24]);

/* Reads one more chunk after buf[len], first dropping what is consumed
   (all before the record, or before pos outside a record) when there is
   less than a chunk of room.  Indexes pos and rec_start are kept up to date;
   callers holding other indexes re-read them from pos.  At the end of input
   sets `eof` and reads nothing.  Fails with DKG_ERR_IO (reported, errno
   kept) or DKG_ERR_NOMEM. */
DkgStatus dkg_read_fill(DkgReader* r);

/* Makes more input available after buf[*i] and updates *i to where that
   byte is now.  Inside a record, fails with DKG_ERR_LIMIT when the record
   cannot fit in the size limit.  At the end of input, leaves the buffer as
   it is. */
DkgStatus dkg_read_more(DkgReader* r, size_t* i);

/* Makes at least `n` bytes from buf[*i] available if the input has them;
   sets *avail to the number available (less than `n` only at the end). */
DkgStatus dkg_read_need(DkgReader* r, size_t* i, size_t n, size_t* avail);

/* Scans the string whose opening quote is at buf[*i] and moves *i past its
   closing quote.  On error, *i is the offending byte (never past a newline
   that was not counted). */
DkgStatus dkg_read_scan_string(DkgReader* r, size_t* i);

/* Reports an error at buf[i], on the current line. */
#define REPORT_AT(r, st, i, ...)                                               \
  dkg_read_report(r, st, (r)->line, dkg_read_col_at(r, i), __VA_ARGS__)

#endif
