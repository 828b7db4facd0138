/*
  The reader: bytes -> one JSON text per record, with its place in the file.

  The input is read in chunks and scanned byte by byte by a small state
  machine: it follows strings (and their escapes), the nesting of brackets,
  and the top-level shape (one object, JSON Lines, or an array of objects).
  It does not parse values; cJSON does that afterwards with the text handed
  out here.  While scanning it checks what a later parser would not report
  with a place: UTF-8 (RFC 3629), raw control characters and escapes in
  strings, unbalanced brackets, the size and depth limits.

  Memory: the buffer holds the unconsumed input, that is the current record
  (from its first byte) plus at most one chunk read ahead.

  Finding a JSON Pointer in a record's text afterwards: read/locate.c.
*/

#include "dialoguekg/dialoguekg.h"
#include "read/json_lex.h"
#include "util/printf.h"
#include "util/str.h"
#include "util/utf8.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes asked of fread() at a time.  The tests assume every read but the
   last returns a full chunk, so chunk boundaries fall at multiples of it. */
#ifndef DKG_READER_CHUNK
#  define DKG_READER_CHUNK 65536u
#endif

#define DEFAULT_MAX_RECORD_BYTES ((size_t)64u * 1024u * 1024u)
#define DEFAULT_MAX_DEPTH 64u

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

/* ------------------------------------------------------------------------ */
/* Setup                                                                    */

static unsigned char
classify_out(unsigned c)
{
  switch (c) {
    case '\n':
      return OUT_NEWLINE;
    case '{':
    case '[':
      return OUT_OPEN;
    case '}':
    case ']':
      return OUT_CLOSE;
    case '"':
      return OUT_QUOTE;
    default:
      break;
  }
  if ((c >= '0' && c <= '9') || strchr(" \t\r,:-+.eE", (int)c) ||
      strchr("aeflnrstu", (int)c)) {
    return c ? OUT_PLAIN : OUT_BAD;
  }
  return OUT_BAD;
}

static unsigned char
classify_str(unsigned c)
{
  if (c == '"') {
    return STR_QUOTE;
  }
  if (c == '\\') {
    return STR_ESCAPE;
  }
  if (c < 0x20u) {
    return STR_CONTROL;
  }
  return c < 0x80u ? STR_PLAIN : STR_UTF8;
}

DkgReader*
dkg_reader_new(FILE* stream,
               const char* file,
               DkgDiag* diag,
               const DkgReaderLimits* limits)
{
  if (!stream) {
    return NULL;
  }

  DkgReader* r = (DkgReader*)calloc(1, sizeof(DkgReader));
  if (!r) {
    return NULL;
  }

  r->file = dkg_strdup(file ? file : "<stdin>");
  r->cap = 2u * DKG_READER_CHUNK;
  r->buf = (unsigned char*)malloc(r->cap);
  if (!r->file || !r->buf) {
    dkg_reader_free(r);
    return NULL;
  }

  r->stream = stream;
  r->diag = diag;
  r->max_record_bytes = DEFAULT_MAX_RECORD_BYTES;
  r->max_depth = DEFAULT_MAX_DEPTH;
  r->one_line = true;
  if (limits && limits->max_record_bytes) {
    r->max_record_bytes = limits->max_record_bytes;
  }
  if (limits && limits->max_depth) {
    r->max_depth = limits->max_depth;
  }
  r->line = 1u;
  r->top = TOP_START;
  for (unsigned c = 0u; c < 256u; ++c) {
    r->out_class[c] = classify_out(c);
    r->str_class[c] = classify_str(c);
  }
  return r;
}

void
dkg_reader_free(DkgReader* reader)
{
  if (reader) {
    free(reader->stack);
    free(reader->buf);
    free(reader->file);
    free(reader);
  }
}

/* ------------------------------------------------------------------------ */
/* Places and messages                                                      */

/* Column of buf[i], which must be on the current line. */
static unsigned
col_at(const DkgReader* r, size_t i)
{
  return dkg_clamp_unsigned(r->buf_offset + i - r->line_start + 1u);
}

/* Counts the newline at buf[i]. */
static void
new_line(DkgReader* r, size_t i)
{
  if (r->line < UINT_MAX) {
    ++r->line;
  }
  r->line_start = r->buf_offset + i + 1u;
}

/* Reports an error at `line`:`col` (no place when `line` is 0), returns
   `st`. */
static DkgStatus report(DkgReader* r,
                        DkgStatus st,
                        unsigned line,
                        unsigned col,
                        const char* fmt,
                        ...) DKG_PRINTF(5, 6);

static DkgStatus
report(DkgReader* r,
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

/* Reports an error at buf[i], on the current line. */
#define REPORT_AT(r, st, i, ...)                                               \
  report(r, st, (r)->line, col_at(r, i), __VA_ARGS__)

/* Writes a short English name of byte `c` to `out`, for messages. */
static const char*
describe(unsigned char c, char out[32])
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
static const char*
hex_bytes(const unsigned char* bytes, size_t n, char out[24])
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
static DkgStatus
fill(DkgReader* r)
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
        return report(
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
      report(r, DKG_ERR_IO, 0u, 0u, "cannot read %s: %s", r->file, strerror(e));
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
static DkgStatus
more(DkgReader* r, size_t* i)
{
  if (r->in_record && r->len - r->rec_start >= r->max_record_bytes) {
    /* The record is not closed yet, so it has at least one more byte. */
    r->pos = *i;
    return report(r,
                  DKG_ERR_LIMIT,
                  r->rec_line,
                  r->rec_col,
                  "record exceeds the size limit of %zu bytes",
                  r->max_record_bytes);
  }

  r->pos = *i;
  const DkgStatus st = fill(r);
  *i = r->pos;
  return st;
}

/* Makes at least `n` bytes from buf[*i] available if the input has them;
   sets *avail to the number available (less than `n` only at the end). */
static DkgStatus
need(DkgReader* r, size_t* i, size_t n, size_t* avail)
{
  while (r->len - *i < n && !r->eof) {
    const DkgStatus st = more(r, i);
    if (st) {
      return st;
    }
  }
  *avail = r->len - *i;
  return DKG_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* Strings                                                                  */

/* Checks the UTF-8 sequence whose lead byte (>= 0x80) is at buf[*i] and
   moves *i past it.  On error, reports it at the lead byte. */
static DkgStatus
scan_utf8(DkgReader* r, size_t* i)
{
  const unsigned char lead = r->buf[*i];
  unsigned char lo = 0x80u;
  unsigned char hi = 0xbfu;
  const size_t len = dkg_utf8_lead(lead, &lo, &hi);
  char hex[24];

  if (!len) {
    return REPORT_AT(r,
                     DKG_ERR_SYNTAX,
                     *i,
                     "invalid UTF-8 byte 0x%02x in a string",
                     (unsigned)lead);
  }
  const size_t n = len - 1u; /* Continuation bytes. */

  size_t avail = 0u;
  const DkgStatus st = need(r, i, n + 1u, &avail);
  if (st) {
    return st;
  }

  const unsigned char* const s = r->buf + *i;
  for (size_t k = 1u; k <= n; ++k) {
    if (k >= avail || (s[k] & 0xc0u) != 0x80u) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "truncated UTF-8 sequence %s in a string",
                       hex_bytes(s, k, hex));
    }
    if (k == 1u && s[1] < lo) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "overlong UTF-8 sequence %s in a string",
                       hex_bytes(s, 2u, hex));
    }
    if (k == 1u && s[1] > hi && lead == 0xedu) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "UTF-8-encoded surrogate %s in a string",
                       hex_bytes(s, 2u, hex));
    }
    if (k == 1u && s[1] > hi) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "UTF-8 sequence %s is above U+10FFFF in a string",
                       hex_bytes(s, 2u, hex));
    }
  }
  *i += n + 1u;
  return DKG_SUCCESS;
}

/* Reports an unterminated string that opened at file offset `quote`. */
static DkgStatus
unterminated(DkgReader* r, uint64_t quote)
{
  return report(r,
                DKG_ERR_SYNTAX,
                r->line,
                dkg_clamp_unsigned(quote - r->line_start + 1u),
                "unterminated string");
}

/* Checks the escape at buf[*i] (a backslash) in the string that opened at
   file offset `quote`, and moves *i past it. */
static DkgStatus
scan_escape(DkgReader* r, size_t* i, uint64_t quote)
{
  size_t avail = 0u;
  DkgStatus st = need(r, i, 2u, &avail);
  if (st) {
    return st;
  }
  if (avail < 2u) {
    return unterminated(r, quote);
  }

  char name[32];
  const unsigned char e = r->buf[*i + 1u];
  switch (e) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      *i += 2u;
      return DKG_SUCCESS;
    case 'u':
      break;
    default:
      if (e > 0x20u && e < 0x7fu) {
        return REPORT_AT(
          r, DKG_ERR_SYNTAX, *i, "invalid escape '\\%c' in a string", (char)e);
      }
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "invalid escape: '\\' followed by %s in a string",
                       describe(e, name));
  }

  if ((st = need(r, i, 12u, &avail))) {
    return st;
  }
  const unsigned char* const s = r->buf + *i;
  for (size_t k = 2u; k < 6u && k < avail; ++k) {
    if (dkg_json_hex_value(s[k]) < 0) {
      return REPORT_AT(
        r, DKG_ERR_SYNTAX, *i, "invalid \\u escape (expected 4 hex digits)");
    }
  }
  if (avail < 6u) {
    return unterminated(r, quote);
  }

  const long cp = dkg_json_hex4(s + 2);
  if (cp == 0) {
    return REPORT_AT(
      r, DKG_ERR_SYNTAX, *i, "\\u0000 is not allowed in a string");
  }
  if (cp >= 0xd800 && cp <= 0xdbff) {
    if (avail >= 12u && s[6] == '\\' && s[7] == 'u') {
      const long low = dkg_json_hex4(s + 8);
      if (low >= 0xdc00 && low <= 0xdfff) {
        *i += 12u;
        return DKG_SUCCESS;
      }
    }
  }
  if (cp >= 0xd800 && cp <= 0xdfff) {
    return REPORT_AT(r,
                     DKG_ERR_SYNTAX,
                     *i,
                     "lone surrogate \\u%.4s in a string",
                     (const char*)(s + 2));
  }
  *i += 6u;
  return DKG_SUCCESS;
}

/* Index of the first byte from buf[j] that may not be STR_PLAIN (a quote,
   a backslash, a control character or a byte >= 0x80), 8 bytes at a time;
   stops short of the end, where the caller goes on byte by byte. */
static size_t
skip_plain(const unsigned char* buf, size_t j, size_t len)
{
  static const uint64_t ones = 0x0101010101010101u;
  static const uint64_t highs = 0x8080808080808080u;
  while (len - j >= 8u) {
    uint64_t w = 0u;
    memcpy(&w, buf + j, 8u);
    const uint64_t quote = w ^ (ones * '"');
    const uint64_t backslash = w ^ (ones * '\\');
    /* The high bit of a byte is set by "x - 1 borrows": a zero byte. */
    const uint64_t special = ((quote - ones) & ~quote) |
                             ((backslash - ones) & ~backslash) |
                             (w - ones * 0x20u) | w;
    if (special & highs) {
      break;
    }
    j += 8u;
  }
  return j;
}

/* Scans the string whose opening quote is at buf[*i] and moves *i past its
   closing quote.  On error, *i is the offending byte (never past a newline
   that was not counted). */
static DkgStatus
scan_string(DkgReader* r, size_t* i)
{
  const uint64_t quote = r->buf_offset + *i;
  size_t j = *i + 1u;
  DkgStatus st = DKG_SUCCESS;
  char name[32];

  for (;;) {
    const unsigned char* const buf = r->buf;
    const size_t len = r->len;
    j = skip_plain(buf, j, len);
    while (j < len && r->str_class[buf[j]] == STR_PLAIN) {
      ++j;
    }
    if (j == len) {
      if ((st = more(r, &j))) {
        break;
      }
      if (j == r->len) {
        st = unterminated(r, quote);
        break;
      }
      continue;
    }

    const unsigned char c = buf[j];
    switch (r->str_class[c]) {
      case STR_QUOTE:
        *i = j + 1u;
        return DKG_SUCCESS;
      case STR_ESCAPE:
        st = scan_escape(r, &j, quote);
        break;
      case STR_CONTROL:
        st = REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       j,
                       "%s must be escaped in a JSON string",
                       describe(c, name));
        break;
      case STR_UTF8:
        st = scan_utf8(r, &j);
        break;
      default:
        ++j;
        break;
    }
    if (st) {
      break;
    }
  }
  *i = j;
  return st;
}

/* ------------------------------------------------------------------------ */
/* Records                                                                  */

/* Pushes the bracket that closes `open` at `depth`, growing the stack. */
static DkgStatus
push(DkgReader* r, unsigned depth, unsigned char open)
{
  if (depth >= r->stack_cap) {
    size_t new_cap = r->stack_cap ? r->stack_cap * 2u : 64u;
    if (new_cap > r->max_depth) {
      new_cap = r->max_depth;
    }
    unsigned char* const stack = (unsigned char*)realloc(r->stack, new_cap);
    if (!stack) {
      return report(
        r, DKG_ERR_NOMEM, 0u, 0u, "out of memory reading %s", r->file);
    }
    r->stack = stack;
    r->stack_cap = new_cap;
  }
  r->stack[depth] = open == '{' ? '}' : ']';
  return DKG_SUCCESS;
}

/* Scans the record that starts at buf[pos] (a '{') up to its closing
   bracket, and leaves pos past it; the record is buf[rec_start..pos).
   On error (reported), returns the status with pos at the offending byte.
   Over 80 lines on purpose: it is the inner loop of the reader, one
   switch on the byte class; the cases read best side by side, and each
   string or escape is already a call of its own. */
static DkgStatus
scan_record(DkgReader* r)
{
  size_t i = r->pos;
  unsigned depth = 0u;
  DkgStatus st = DKG_SUCCESS;
  char name[32];

  r->in_record = true;
  r->rec_start = i;
  r->rec_start_offset = r->buf_offset + i;
  r->rec_line = r->line;
  r->rec_col = col_at(r, i);

  for (;;) {
    if (i == r->len) {
      if ((st = more(r, &i))) {
        break;
      }
      if (i == r->len) {
        st = report(r,
                    DKG_ERR_SYNTAX,
                    r->rec_line,
                    r->rec_col,
                    "record is not closed at end of input");
        break;
      }
    }

    const unsigned char c = r->buf[i];
    switch (r->out_class[c]) {
      case OUT_PLAIN:
        ++i;
        while (i < r->len && r->out_class[r->buf[i]] == OUT_PLAIN) {
          ++i;
        }
        continue;
      case OUT_NEWLINE:
        if (r->top == TOP_LINES && r->one_line) {
          /* JSON Lines (each record so far on one line): a record still
             open at the end of its line is broken, and reading on would
             take the next lines into it. */
          st = REPORT_AT(r,
                         DKG_ERR_SYNTAX,
                         i,
                         "record is not closed at the end of its line "
                         "(JSON Lines: one record per line)");
          break;
        }
        new_line(r, i);
        ++i;
        continue;
      case OUT_OPEN:
        if (depth >= r->max_depth) {
          st = REPORT_AT(
            r, DKG_ERR_LIMIT, i, "nesting deeper than %u levels", r->max_depth);
          break;
        }
        if ((st = push(r, depth, c))) {
          break;
        }
        ++depth;
        ++i;
        continue;
      case OUT_CLOSE:
        if (r->stack[depth - 1u] != c) {
          st = REPORT_AT(r, DKG_ERR_SYNTAX, i, "unexpected '%c'", (char)c);
          break;
        }
        ++i;
        if (--depth == 0u) {
          break;
        }
        continue;
      case OUT_QUOTE: {
        /* Most strings are short and plain: end them here. */
        const unsigned char* const buf = r->buf;
        size_t k = i + 1u;
        while (k < r->len && r->str_class[buf[k]] == STR_PLAIN) {
          ++k;
        }
        if (k < r->len && buf[k] == '"') {
          i = k + 1u;
          continue;
        }
        st = scan_string(r, &i);
        if (!st) {
          continue;
        }
        break;
      }
      default:
        st =
          REPORT_AT(r, DKG_ERR_SYNTAX, i, "unexpected %s", describe(c, name));
        break;
    }
    break;
  }

  if (!st && i - r->rec_start > r->max_record_bytes) {
    st = report(r,
                DKG_ERR_LIMIT,
                r->rec_line,
                r->rec_col,
                "record exceeds the size limit of %zu bytes",
                r->max_record_bytes);
  }
  r->pos = i;
  r->in_record = false;
  return st;
}

/* Fails for good: every later call returns `st`. */
static DkgStatus
fail(DkgReader* r, DkgStatus st)
{
  r->failed = st;
  return st;
}

/* Gives up on the current line of JSON Lines input after an error at
   file offset `offset`, line:col: the caller gets `st` with no text, and the
   next call goes on after the next newline. */
static DkgStatus
broken_line(DkgReader* r,
            DkgRecordText* record,
            DkgStatus st,
            uint64_t offset,
            unsigned line,
            unsigned col)
{
  record->offset = offset;
  record->line = line;
  record->col = col;
  record->index = r->index++;
  r->top = TOP_SKIP;
  return st;
}

/* Reads the record that starts at buf[pos] into `record`. */
static DkgStatus
read_record(DkgReader* r, DkgRecordText* record)
{
  const bool lines = r->top == TOP_START || r->top == TOP_LINES;
  const DkgStatus st = scan_record(r);

  record->offset = r->rec_start_offset;
  record->line = r->rec_line;
  record->col = r->rec_col;
  if (!st) {
    record->text = (const char*)r->buf + r->rec_start;
    record->len = r->pos - r->rec_start;
    record->index = r->index++;
    r->one_line = r->one_line && r->line == r->rec_line;
    r->top = lines ? TOP_LINES : TOP_ARRAY_AFTER;
    r->last_line = r->line;
    return DKG_SUCCESS;
  }

  /* A record on one line can be skipped; one over several lines means the
     input is not JSON Lines, so there is no telling where the next starts. */
  if (lines && r->line == r->rec_line &&
      (st == DKG_ERR_SYNTAX || st == DKG_ERR_LIMIT)) {
    return broken_line(
      r, record, st, r->rec_start_offset, r->rec_line, r->rec_col);
  }
  record->index = r->index;
  return fail(r, st);
}

/* Skips to after the next newline (TOP_SKIP). */
static void
skip_line(DkgReader* r)
{
  const unsigned char* const nl =
    (const unsigned char*)memchr(r->buf + r->pos, '\n', r->len - r->pos);
  if (!nl) {
    r->pos = r->len;
    return;
  }
  const size_t i = (size_t)(nl - r->buf);
  new_line(r, i);
  r->pos = i + 1u;
  r->top = TOP_LINES;
  r->last_line = 0u;
}

/* Handles the end of input. */
static DkgStatus
at_end(DkgReader* r)
{
  switch (r->top) {
    case TOP_START:
    case TOP_ARRAY_DONE:
    case TOP_LINES:
    case TOP_SKIP:
      return DKG_SUCCESS;
    case TOP_ARRAY_FIRST:
    case TOP_ARRAY_NEXT:
    case TOP_ARRAY_AFTER:
      break;
  }
  return fail(r,
              report(r,
                     DKG_ERR_SYNTAX,
                     r->open_line,
                     r->open_col,
                     "array of records is not closed at end of input"));
}

/* Handles byte `c` at buf[pos] outside records; it is not whitespace.
   Returns DKG_SUCCESS with record->text set when a record was read, or
   the status of the problem (reported).  Over 80 lines on purpose: it is
   the top-level state machine (one object, an array of objects, JSON
   Lines), one case per state; split, the transitions would no longer be
   seen together. */
static DkgStatus
top_byte(DkgReader* r, DkgRecordText* record, unsigned char c)
{
  const size_t i = r->pos;
  const unsigned col = col_at(r, i);
  char name[32];

  switch (r->top) {
    case TOP_START:
      if (c == '{') {
        return read_record(r, record);
      }
      if (c == '[') {
        r->open_line = r->line;
        r->open_col = col;
        r->top = TOP_ARRAY_FIRST;
        ++r->pos;
        return DKG_SUCCESS;
      }
      return fail(r,
                  REPORT_AT(r,
                            DKG_ERR_SYNTAX,
                            i,
                            "unexpected %s at top level (expected '{' or "
                            "'[')",
                            describe(c, name)));

    case TOP_ARRAY_FIRST:
    case TOP_ARRAY_NEXT:
      if (c == '{') {
        return read_record(r, record);
      }
      if (c == ']' && r->top == TOP_ARRAY_FIRST) {
        r->top = TOP_ARRAY_DONE;
        ++r->pos;
        return DKG_SUCCESS;
      }
      if (c == ']') {
        return fail(r,
                    report(r,
                           DKG_ERR_SYNTAX,
                           r->comma_line,
                           r->comma_col,
                           "trailing ',' before ']'"));
      }
      return fail(r,
                  REPORT_AT(r,
                            DKG_ERR_SYNTAX,
                            i,
                            "unexpected %s in the array of records "
                            "(expected '{')",
                            describe(c, name)));

    case TOP_ARRAY_AFTER:
      if (c == ',') {
        r->comma_line = r->line;
        r->comma_col = col;
        r->top = TOP_ARRAY_NEXT;
        ++r->pos;
        return DKG_SUCCESS;
      }
      if (c == ']') {
        r->top = TOP_ARRAY_DONE;
        ++r->pos;
        return DKG_SUCCESS;
      }
      if (c == '{') {
        return fail(
          r, REPORT_AT(r, DKG_ERR_SYNTAX, i, "missing ',' between records"));
      }
      return fail(r,
                  REPORT_AT(r,
                            DKG_ERR_SYNTAX,
                            i,
                            "unexpected %s after a record (expected ',' "
                            "or ']')",
                            describe(c, name)));

    case TOP_ARRAY_DONE:
      return fail(r,
                  REPORT_AT(r,
                            DKG_ERR_SYNTAX,
                            i,
                            "unexpected %s after the array of records",
                            describe(c, name)));

    case TOP_LINES:
      if (c == '{' && r->line != r->last_line) {
        return read_record(r, record);
      }
      if (c == '{') {
        REPORT_AT(r,
                  DKG_ERR_SYNTAX,
                  i,
                  "a second record on the same line (JSON Lines has one "
                  "record per line)");
      } else {
        REPORT_AT(r,
                  DKG_ERR_SYNTAX,
                  i,
                  "unexpected %s between records",
                  describe(c, name));
      }
      return broken_line(
        r, record, DKG_ERR_SYNTAX, r->buf_offset + i, r->line, col);

    case TOP_SKIP:
      break;
  }
  return fail(r, DKG_ERR_INTERNAL);
}

/* Skips a UTF-8 byte order mark at the very start of the input, if any. */
static DkgStatus
skip_bom(DkgReader* r)
{
  size_t i = r->pos;
  size_t avail = 0u;
  const DkgStatus st = need(r, &i, 3u, &avail);
  if (!st && avail >= 3u && r->buf[i + 1u] == 0xbbu &&
      r->buf[i + 2u] == 0xbfu) {
    r->pos = i + 3u;
  }
  return st;
}

DkgStatus
dkg_reader_next(DkgReader* reader, DkgRecordText* record)
{
  DkgReader* const r = reader;
  memset(record, 0, sizeof(*record));
  record->file = r->file;
  if (r->failed) {
    return r->failed;
  }

  for (;;) {
    if (r->pos == r->len) {
      const DkgStatus st = fill(r);
      if (st) {
        return fail(r, st);
      }
      if (r->pos == r->len) {
        return at_end(r);
      }
    }

    if (r->top == TOP_SKIP) {
      skip_line(r);
      continue;
    }

    const unsigned char c = r->buf[r->pos];
    if (c == '\n') {
      new_line(r, r->pos);
      ++r->pos;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++r->pos;
      continue;
    }
    if (c == 0xefu && r->top == TOP_START && r->buf_offset + r->pos == 0u) {
      const size_t before = r->pos;
      const DkgStatus st = skip_bom(r);
      if (st) {
        return fail(r, st);
      }
      if (r->pos != before) {
        continue;
      }
    }

    const DkgStatus st = top_byte(r, record, c);
    if (st || record->text) {
      return st;
    }
  }
}

bool
dkg_reader_can_resume(const DkgReader* reader)
{
  return reader->failed == DKG_SUCCESS;
}
