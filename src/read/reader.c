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

#include "read/reader_state.h"

#include "util/str.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_MAX_DEPTH 64u

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
  r->max_record_bytes = DKG_READER_MAX_RECORD_BYTES;
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
      return dkg_read_report(
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
  r->rec_col = dkg_read_col_at(r, i);

  for (;;) {
    if (i == r->len) {
      if ((st = dkg_read_more(r, &i))) {
        break;
      }
      if (i == r->len) {
        st = dkg_read_report(r,
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
        dkg_read_new_line(r, i);
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
        st = dkg_read_scan_string(r, &i);
        if (!st) {
          continue;
        }
        break;
      }
      default:
        st = REPORT_AT(
          r, DKG_ERR_SYNTAX, i, "unexpected %s", dkg_read_describe(c, name));
        break;
    }
    break;
  }

  if (!st && i - r->rec_start > r->max_record_bytes) {
    st = dkg_read_report(r,
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
  dkg_read_new_line(r, i);
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
  return fail(
    r,
    dkg_read_report(r,
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
  const unsigned col = dkg_read_col_at(r, i);
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
                            dkg_read_describe(c, name)));

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
                    dkg_read_report(r,
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
                            dkg_read_describe(c, name)));

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
                            dkg_read_describe(c, name)));

    case TOP_ARRAY_DONE:
      return fail(r,
                  REPORT_AT(r,
                            DKG_ERR_SYNTAX,
                            i,
                            "unexpected %s after the array of records",
                            dkg_read_describe(c, name)));

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
                  dkg_read_describe(c, name));
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
  const DkgStatus st = dkg_read_need(r, &i, 3u, &avail);
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
      const DkgStatus st = dkg_read_fill(r);
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
      dkg_read_new_line(r, r->pos);
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
