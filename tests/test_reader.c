/*
  Tests for the reader (src/read/reader.c): record texts and their places, the
  three input shapes, lexical errors with their exact places and messages,
  recovery in JSON Lines, chunk boundaries, limits, and locating JSON
  Pointers in a record's text.

  Most cases are data: an input and the transcript of reading it to the end,
  one line per event:
    R #INDEX LINE:COL @OFFSET TEXT   a record
    D LINE:COL MESSAGE               a diagnostic
    E STATUS #INDEX LINE:COL         an error for one record (text NULL)
    AGAIN                            the same error again, nothing new: fatal
    END                              end of input
*/

#include "dialoguekg/dialoguekg.h"

#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Must match DKG_READER_CHUNK in reader.c for the sweeps to hit the
   boundaries; they pass (without testing as much) with any other size. */
#define CHUNK 65536u

/* A growing string. */
typedef struct
{
  char* text;
  size_t len;
  size_t cap;
} Buf;

static void
buf_add(Buf* b, const char* s, size_t n)
{
  if (b->len + n + 1u > b->cap) {
    size_t cap = b->cap ? b->cap * 2u : 256u;
    while (cap < b->len + n + 1u) {
      cap *= 2u;
    }
    char* const text = (char*)realloc(b->text, cap);
    if (!text) {
      fprintf(stderr, "test_reader: out of memory\n");
      exit(1);
    }
    b->text = text;
    b->cap = cap;
  }
  memcpy(b->text + b->len, s, n);
  b->len += n;
  b->text[b->len] = '\0';
}

static void buf_printf(Buf* b, const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;

static void
buf_printf(Buf* b, const char* fmt, ...)
{
  char small[512];
  va_list args;
  va_start(args, fmt);
  const int n = vsnprintf(small, sizeof(small), fmt, args);
  va_end(args);
  if (n < 0) {
    exit(1);
  }
  if ((size_t)n < sizeof(small)) {
    buf_add(b, small, (size_t)n);
    return;
  }
  char* const big = (char*)malloc((size_t)n + 1u);
  if (!big) {
    exit(1);
  }
  va_start(args, fmt);
  vsnprintf(big, (size_t)n + 1u, fmt, args);
  va_end(args);
  buf_add(b, big, (size_t)n);
  free(big);
}

static void
collect(void* handle,
        DkgSeverity severity,
        const DkgPlace* place,
        const char* message)
{
  Buf* const log = (Buf*)handle;
  if (severity != DKG_ERROR) {
    buf_printf(log, "(not an error) ");
  }
  if (place && place->file && strcmp(place->file, "in.json") != 0) {
    buf_printf(log, "(file %s) ", place->file);
  }
  buf_printf(log,
             "D %u:%u %s\n",
             place ? place->line : 0u,
             place ? place->col : 0u,
             message);
}

static const char*
status_name(DkgStatus st)
{
  switch (st) {
    case DKG_SUCCESS:
      return "success";
    case DKG_ERR_SYNTAX:
      return "syntax";
    case DKG_ERR_LIMIT:
      return "limit";
    case DKG_ERR_IO:
      return "io";
    case DKG_ERR_NOMEM:
      return "nomem";
    case DKG_ERR_USAGE:
    case DKG_ERR_RECORD:
    case DKG_ERR_UNRESOLVED:
    case DKG_ERR_REFERENCE:
    case DKG_ERR_WRITER:
    case DKG_ERR_INTERNAL:
      break;
  }
  return dkg_strerror(st);
}

/* A stream holding `len` bytes of `input`. */
static FILE*
open_input(const char* input, size_t len)
{
  FILE* const f = tmpfile();
  if (!f || fwrite(input, 1u, len, f) != len || fseek(f, 0L, SEEK_SET)) {
    perror("test_reader: tmpfile");
    exit(1);
  }
  return f;
}

/* Reads `stream` to the end and writes the transcript to `log`. */
static void
transcript(FILE* stream, const DkgReaderLimits* limits, Buf* log)
{
  DkgDiag* const diag = dkg_diag_new("test_reader", collect, log);
  DkgReader* const reader = dkg_reader_new(stream, "in.json", diag, limits);
  if (!diag || !reader) {
    fprintf(stderr, "test_reader: cannot create a reader\n");
    exit(1);
  }

  DkgStatus last = DKG_SUCCESS;
  for (unsigned calls = 0u; calls < 100000u; ++calls) {
    DkgRecordText rec;
    const size_t before = log->len;
    const DkgStatus st = dkg_reader_next(reader, &rec);
    if (!st && !rec.text) {
      buf_printf(log, "END\n");
      break;
    }
    if (!st) {
      if (strcmp(rec.file, "in.json") != 0) {
        buf_printf(log, "(file %s) ", rec.file);
      }
      buf_printf(log,
                 "R #%zu %u:%u @%llu ",
                 rec.index,
                 rec.line,
                 rec.col,
                 (unsigned long long)rec.offset);
      buf_add(log, rec.text, rec.len);
      buf_add(log, "\n", 1u);
    } else if (st == last && log->len == before) {
      buf_printf(log, "AGAIN\n");
      break;
    } else {
      buf_printf(log,
                 "E %s #%zu %u:%u%s\n",
                 status_name(st),
                 rec.index,
                 rec.line,
                 rec.col,
                 rec.text ? " (text not NULL)" : "");
    }
    last = st;
  }
  dkg_reader_free(reader);
  dkg_diag_free(diag);
}

static void
check_log(const char* name, const Buf* log, const char* expected)
{
  if (strcmp(log->text, expected) != 0) {
    ++dkg_test_failures;
    const size_t shown = 2000u;
    printf("FAIL %s\n--- expected:\n%.*s--- got:\n%.*s---\n",
           name,
           (int)shown,
           expected,
           (int)shown,
           log->text);
  }
}

/* Checks the transcript of reading `len` bytes of `input`. */
static void
check_n(const char* name,
        const char* input,
        size_t len,
        const DkgReaderLimits* limits,
        const char* expected)
{
  Buf log = { NULL, 0u, 0u };
  buf_add(&log, "", 0u);
  FILE* const f = open_input(input, len);
  transcript(f, limits, &log);
  fclose(f);
  check_log(name, &log, expected);
  free(log.text);
}

static void
check(const char* name, const char* input, const char* expected)
{
  check_n(name, input, strlen(input), NULL, expected);
}

static void
check_limits(const char* name,
             const char* input,
             size_t max_bytes,
             unsigned max_depth,
             const char* expected)
{
  const DkgReaderLimits limits = { max_bytes, max_depth };
  check_n(name, input, strlen(input), &limits, expected);
}

/* ------------------------------------------------------------------------ */

static void
test_shapes(void)
{
  check("single object", "{\"a\": 1}", "R #0 1:1 @0 {\"a\": 1}\nEND\n");
  check("single object over lines",
        "\n  {\n  \"a\": [1, 2],\n  \"b\": {}\n}\n",
        "R #0 2:3 @3 {\n  \"a\": [1, 2],\n  \"b\": {}\n}\nEND\n");
  check("array",
        "[\n  {\"a\": [1, {\"b\": \"]}[{\\\"\"}]},\n"
        "  {\"c\": \"x\\\"y\\\\\"} ,{}\n]\n",
        "R #0 2:3 @4 {\"a\": [1, {\"b\": \"]}[{\\\"\"}]}\n"
        "R #1 3:3 @35 {\"c\": \"x\\\"y\\\\\"}\n"
        "R #2 3:20 @52 {}\n"
        "END\n");
  check("array on one line",
        "[{},{\"a\":[[],{}]}]",
        "R #0 1:2 @1 {}\nR #1 1:5 @4 {\"a\":[[],{}]}\nEND\n");
  check("JSON Lines, blank lines, CRLF",
        "{\"a\":1}\r\n\r\n{\"b\":2}\r\n   {\"c\":\"}\"}\r\n\r\n",
        "R #0 1:1 @0 {\"a\":1}\nR #1 3:1 @11 {\"b\":2}\n"
        "R #2 4:4 @23 {\"c\":\"}\"}\nEND\n");
  check("JSON Lines without final newline",
        "{\"a\":1}\n{\"b\":2}",
        "R #0 1:1 @0 {\"a\":1}\nR #1 2:1 @8 {\"b\":2}\nEND\n");
  check("JSON Lines of pretty objects",
        "{\n}\n{\n \"a\": 1\n}\n",
        "R #0 1:1 @0 {\n}\nR #1 3:1 @4 {\n \"a\": 1\n}\nEND\n");
  check("BOM", "\xef\xbb\xbf{\"a\":1}\n", "R #0 1:4 @3 {\"a\":1}\nEND\n");
  check("BOM and array", "\xef\xbb\xbf[{}]", "R #0 1:5 @4 {}\nEND\n");
  check("BOM only", "\xef\xbb\xbf", "END\n");
  check("empty", "", "END\n");
  check("whitespace", " \n\t\r\n ", "END\n");
  check("empty array", "[]", "END\n");
  check("empty array with spaces", "\n [ \n ] \n", "END\n");
  check("UTF-8 and escapes",
        "{\"a\": \"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\x7f\","
        " \"b\": \"\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t\"}",
        "R #0 1:1 @0 {\"a\": \"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f"
        "\xbf\xbf\x7f\", \"b\": \"\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t\"}\n"
        "END\n");
  check("literals and numbers",
        "{\"a\": [true, false, null, -1.5e+10, 2E-3, 0]}",
        "R #0 1:1 @0 {\"a\": [true, false, null, -1.5e+10, 2E-3, 0]}\nEND\n");
}

static void
test_string_errors(void)
{
  /* A single object on one line: reported, then the end. */
  check("invalid UTF-8 byte",
        "{\"a\": \"x\xffy\"}",
        "D 1:9 invalid UTF-8 byte 0xff in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("continuation byte alone",
        "{\"a\": \"\x80\"}",
        "D 1:8 invalid UTF-8 byte 0x80 in a string\nE syntax #0 1:1\nEND\n");
  check("overlong lead",
        "{\"a\": \"\xc0\xaf\"}",
        "D 1:8 invalid UTF-8 byte 0xc0 in a string\nE syntax #0 1:1\nEND\n");
  check("overlong 3 bytes",
        "{\"a\": \"\xe0\x80\xaf\"}",
        "D 1:8 overlong UTF-8 sequence 0xe0 0x80 in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("overlong 4 bytes",
        "{\"a\": \"\xf0\x8f\xbf\xbf\"}",
        "D 1:8 overlong UTF-8 sequence 0xf0 0x8f in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("encoded surrogate",
        "{\"a\": \"\xed\xa0\x80\"}",
        "D 1:8 UTF-8-encoded surrogate 0xed 0xa0 in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("above U+10FFFF",
        "{\"a\": \"\xf4\x90\x80\x80\"}",
        "D 1:8 UTF-8 sequence 0xf4 0x90 is above U+10FFFF in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("lead F5",
        "{\"a\": \"\xf5\x80\x80\x80\"}",
        "D 1:8 invalid UTF-8 byte 0xf5 in a string\nE syntax #0 1:1\nEND\n");
  check("truncated 2 bytes",
        "{\"a\": \"\xc3(\"}",
        "D 1:8 truncated UTF-8 sequence 0xc3 in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("truncated 3 bytes",
        "{\"a\": \"x\xe2\x82\"}",
        "D 1:9 truncated UTF-8 sequence 0xe2 0x82 in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("truncated at end of input",
        "{\"a\": \"\xf0\x9f\x98",
        "D 1:8 truncated UTF-8 sequence 0xf0 0x9f 0x98 in a string\n"
        "E syntax #0 1:1\nEND\n");
  check("raw tab",
        "{\"a\": \"x\ty\"}",
        "D 1:9 control character U+0009 must be escaped in a JSON string\n"
        "E syntax #0 1:1\nEND\n");
  check_n("raw NUL (length)",
          "{\"a\": \"\0\"}",
          11u,
          NULL,
          "D 1:8 control character U+0000 must be escaped in a JSON string\n"
          "E syntax #0 1:1\nEND\n");
  check("escaped NUL",
        "{\"a\": \"ab\\u0000\"}",
        "D 1:10 \\u0000 is not allowed in a string\nE syntax #0 1:1\nEND\n");
  check("lone high surrogate",
        "{\"a\": \"\\ud800x\"}",
        "D 1:8 lone surrogate \\ud800 in a string\nE syntax #0 1:1\nEND\n");
  check("high surrogate then high",
        "{\"a\": \"\\uD83D\\uD83D\"}",
        "D 1:8 lone surrogate \\uD83D in a string\nE syntax #0 1:1\nEND\n");
  check("high surrogate at the end",
        "{\"a\": \"\\ud83d\"}",
        "D 1:8 lone surrogate \\ud83d in a string\nE syntax #0 1:1\nEND\n");
  check("lone low surrogate",
        "{\"a\": \"x\\udc00\"}",
        "D 1:9 lone surrogate \\udc00 in a string\nE syntax #0 1:1\nEND\n");
  check("invalid escape",
        "{\"a\": \"\\x\"}",
        "D 1:8 invalid escape '\\x' in a string\nE syntax #0 1:1\nEND\n");
  check("invalid \\u escape",
        "{\"a\": \"\\u12G4\"}",
        "D 1:8 invalid \\u escape (expected 4 hex digits)\n"
        "E syntax #0 1:1\nEND\n");
  check("unterminated string",
        "{\"a\": \"abc",
        "D 1:7 unterminated string\nE syntax #0 1:1\nEND\n");
  check("unterminated string after backslash",
        "{\"a\": \"abc\\",
        "D 1:7 unterminated string\nE syntax #0 1:1\nEND\n");
  check("unterminated string over lines",
        "{\n  \"a\": \"abc",
        "D 2:8 unterminated string\nE syntax #0 1:1\nAGAIN\n");
  check("newline in a string",
        "{\"a\": \"abc\n\"}",
        "D 1:11 control character U+000A must be escaped in a JSON string\n"
        "E syntax #0 1:1\nD 2:1 unexpected '\"' between records\n"
        "E syntax #1 2:1\nEND\n");
}

static void
test_structure_errors(void)
{
  check("mismatched bracket",
        "{\"a\": [1}]}",
        "D 1:9 unexpected '}'\nE syntax #0 1:1\nEND\n");
  check("unexpected ]",
        "{\"a\": 1]",
        "D 1:8 unexpected ']'\nE syntax #0 1:1\nEND\n");
  check("{]", "{]", "D 1:2 unexpected ']'\nE syntax #0 1:1\nEND\n");
  check("junk in a record",
        "{\"a\": x}",
        "D 1:7 unexpected 'x'\nE syntax #0 1:1\nEND\n");
  check("junk byte in a record",
        "{\"a\": \xff}",
        "D 1:7 unexpected byte 0xff\nE syntax #0 1:1\nEND\n");
  check("control character in a record",
        "{\"a\": \x01}",
        "D 1:7 unexpected control character U+0001\nE syntax #0 1:1\nEND\n");
  check("missing comma",
        "[{\"a\":1}\n {\"b\":2}]",
        "R #0 1:2 @1 {\"a\":1}\nD 2:2 missing ',' between records\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("trailing comma",
        "[{\"a\":1},\n]",
        "R #0 1:2 @1 {\"a\":1}\nD 1:9 trailing ',' before ']'\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("leading comma",
        "[,{}]",
        "D 1:2 unexpected ',' in the array of records (expected '{')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("not a record in the array",
        "[{}, 1]",
        "R #0 1:2 @1 {}\n"
        "D 1:6 unexpected '1' in the array of records (expected '{')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("junk after a record in the array",
        "[{} x]",
        "R #0 1:2 @1 {}\n"
        "D 1:5 unexpected 'x' after a record (expected ',' or ']')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("trailing garbage",
        "[{\"a\":1}] x",
        "R #0 1:2 @1 {\"a\":1}\n"
        "D 1:11 unexpected 'x' after the array of records\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("second array",
        "[{}]\n[{}]",
        "R #0 1:2 @1 {}\n"
        "D 2:1 unexpected '[' after the array of records\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("array not closed",
        "[{\"a\":1}\n",
        "R #0 1:2 @1 {\"a\":1}\n"
        "D 1:1 array of records is not closed at end of input\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("number at top level",
        " 42",
        "D 1:2 unexpected '4' at top level (expected '{' or '[')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("string at top level",
        "\"str\"",
        "D 1:1 unexpected '\"' at top level (expected '{' or '[')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("stray ] at top level",
        "\n]",
        "D 2:1 unexpected ']' at top level (expected '{' or '[')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("junk byte at top level",
        "\xfe{}",
        "D 1:1 unexpected byte 0xfe at top level (expected '{' or '[')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("half a BOM",
        "\xef\xbb{}",
        "D 1:1 unexpected byte 0xef at top level (expected '{' or '[')\n"
        "E syntax #0 0:0\nAGAIN\n");
  check("record not closed",
        "{\"a\": {\"b\": 1}\n",
        "D 1:1 record is not closed at end of input\n"
        "E syntax #0 1:1\nAGAIN\n");
  check("record not closed on its line",
        "{\"a\": {\"b\": 1}",
        "D 1:1 record is not closed at end of input\n"
        "E syntax #0 1:1\nEND\n");
  check("error in an array is final",
        "[{\"a\": \"\x01\"}, {\"b\": 1}]",
        "D 1:9 control character U+0001 must be escaped in a JSON string\n"
        "E syntax #0 1:2\nAGAIN\n");
  check("error in a multi-line object is final",
        "{\n  \"a\": \"\x01\"}\n{\"b\": 1}\n",
        "D 2:9 control character U+0001 must be escaped in a JSON string\n"
        "E syntax #0 1:1\nAGAIN\n");
}

static void
test_limits(void)
{
  check_limits("depth limit",
               "{\"a\":{\"b\":{\"c\":{}}}}",
               0u,
               3u,
               "D 1:16 nesting deeper than 3 levels\nE limit #0 1:1\nEND\n");
  check_limits("depth at the limit",
               "{\"a\":{\"b\":{\"c\":1}}}",
               0u,
               3u,
               "R #0 1:1 @0 {\"a\":{\"b\":{\"c\":1}}}\nEND\n");
  check_limits("depth in an array",
               "[{\"a\":[[1]]}]",
               0u,
               3u,
               "R #0 1:2 @1 {\"a\":[[1]]}\nEND\n");
  check_limits("depth in an array, too deep",
               "[\n{\"a\":[[[1]]]}]",
               0u,
               3u,
               "D 2:8 nesting deeper than 3 levels\nE limit #0 2:1\nAGAIN\n");
  check_limits("size limit",
               "{\"a\":\"0123456789abcdef\"}\n{\"b\":1}",
               20u,
               0u,
               "D 1:1 record exceeds the size limit of 20 bytes\n"
               "E limit #0 1:1\nR #1 2:1 @25 {\"b\":1}\nEND\n");
  check_limits("size at the limit",
               "{\"a\":\"0123456789abcd\"}",
               22u,
               0u,
               "R #0 1:1 @0 {\"a\":\"0123456789abcd\"}\nEND\n");

  /* The default depth limit is 64. */
  Buf in = { NULL, 0u, 0u };
  Buf want = { NULL, 0u, 0u };
  buf_add(&in, "{", 1u);
  for (unsigned d = 1u; d < 64u; ++d) {
    buf_add(&in, "[", 1u);
  }
  for (unsigned d = 1u; d < 64u; ++d) {
    buf_add(&in, "]", 1u);
  }
  buf_add(&in, "}", 1u);
  buf_printf(&want, "R #0 1:1 @0 %s\nEND\n", in.text);
  check("64 levels", in.text, want.text);
  in.len = 0u;
  for (unsigned d = 0u; d < 65u; ++d) {
    buf_add(&in, "{\"a\":", 5u);
  }
  check("65 levels",
        in.text,
        "D 1:321 nesting deeper than 64 levels\nE limit #0 1:1\nEND\n");
  free(in.text);
  free(want.text);
}

static void
test_recovery(void)
{
  check("JSON Lines recovery",
        "{\"a\":1}\n{\"b\": \"\x01\"}\n{\"c\":3}\n",
        "R #0 1:1 @0 {\"a\":1}\n"
        "D 2:8 control character U+0001 must be escaped in a JSON string\n"
        "E syntax #1 2:1\nR #2 3:1 @19 {\"c\":3}\nEND\n");
  check("JSON Lines, bad first line",
        "{\"a\": ]\n{\"c\":3}\n",
        "D 1:7 unexpected ']'\nE syntax #0 1:1\nR #1 2:1 @8 {\"c\":3}\nEND\n");
  check("JSON Lines, junk line",
        "{\"a\":1}\nhello\n\n{\"c\":3}",
        "R #0 1:1 @0 {\"a\":1}\nD 2:1 unexpected 'h' between records\n"
        "E syntax #1 2:1\nR #2 4:1 @15 {\"c\":3}\nEND\n");
  check("JSON Lines, two records on a line",
        "{\"a\":1} {\"b\":2}\n{\"c\":3}",
        "R #0 1:1 @0 {\"a\":1}\n"
        "D 1:9 a second record on the same line (JSON Lines has one record "
        "per line)\n"
        "E syntax #1 1:9\nR #2 2:1 @16 {\"c\":3}\nEND\n");
  check("JSON Lines, newline in a string",
        "{\"a\": \"x\n{\"b\":1}\n",
        "D 1:9 control character U+000A must be escaped in a JSON string\n"
        "E syntax #0 1:1\nR #1 2:1 @9 {\"b\":1}\nEND\n");
  check("JSON Lines, several bad lines",
        "{\"a\": \"\\q\"}\r\n{\"b\": \"\\ud800\"}\r\n{\"c\": 1]\r\n{}\r\n",
        "D 1:8 invalid escape '\\q' in a string\nE syntax #0 1:1\n"
        "D 2:8 lone surrogate \\ud800 in a string\nE syntax #1 2:1\n"
        "D 3:8 unexpected ']'\nE syntax #2 3:1\n"
        "R #3 4:1 @40 {}\nEND\n");
  check("JSON Lines, bad last line without newline",
        "{}\n{\"a\": \"x",
        "R #0 1:1 @0 {}\nD 2:7 unterminated string\nE syntax #1 2:1\nEND\n");
}

/* Makes a line `{"pad":"xxx"}` of exactly `len` bytes (without newline). */
static void
pad_line(Buf* b, size_t len)
{
  buf_add(b, "{\"pad\":\"", 8u);
  for (size_t k = 0u; k + 10u < len; ++k) {
    buf_add(b, "x", 1u);
  }
  buf_add(b, "\"}", 2u);
}

/* Puts `value` in a string on line 2 so that it starts `shift` bytes before
   a chunk boundary, for every shift up to 13, and checks the transcript:
   line 2 is a record, or with `message` an error at `delta` bytes into
   `value`; line 3 is always read. */
static void
sweep(const char* name, const char* value, const char* message, unsigned delta)
{
  for (size_t shift = 0u; shift < 14u; ++shift) {
    Buf in = { NULL, 0u, 0u };
    Buf want = { NULL, 0u, 0u };
    const size_t len1 = CHUNK - shift - 6u - 1u; /* '\n' and {"k":" */
    pad_line(&in, len1);
    buf_printf(&want, "R #0 1:1 @0 %s\n", in.text);
    buf_add(&in, "\n", 1u);
    const size_t start2 = in.len;
    buf_printf(&in, "{\"k\":\"%s\"}", value);
    if (message) {
      buf_printf(&want, "D 2:%u %s\nE syntax #1 2:1\n", 7u + delta, message);
    } else {
      buf_printf(&want, "R #1 2:1 @%zu %s\n", start2, in.text + start2);
    }
    buf_add(&in, "\r\n", 2u);
    buf_printf(&want, "R #2 3:1 @%zu {}\nEND\n", in.len);
    buf_add(&in, "{}", 2u);

    char what[128];
    snprintf(
      what, sizeof(what), "%s, %zu bytes before the boundary", name, shift);
    check_n(what, in.text, in.len, NULL, want.text);
    free(in.text);
    free(want.text);
  }
}

static void
test_chunks(void)
{
  sweep("plain", "abcdefghijklmnop", NULL, 0u);
  sweep("2-byte UTF-8", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", NULL, 0u);
  sweep("3-byte UTF-8", "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac", NULL, 0u);
  sweep("4-byte UTF-8", "\xf0\x9f\x98\x80\xf0\x9f\x98\x80", NULL, 0u);
  sweep("escapes", "\\\"\\\\\\n\\u00e9\\ud83d\\ude00\\/", NULL, 0u);
  sweep("brackets in a string", "]}[{", NULL, 0u);
  sweep("truncated UTF-8",
        "ab\xe2\x82z",
        "truncated UTF-8 sequence 0xe2 0x82 in a string",
        2u);
  sweep("encoded surrogate",
        "abc\xed\xbf\xbf",
        "UTF-8-encoded surrogate 0xed 0xbf in a string",
        3u);
  sweep("lone surrogate",
        "abcd\\ud83d\\u0041",
        "lone surrogate \\ud83d in a string",
        4u);
  sweep(
    "escaped NUL", "abcdefgh\\u0000", "\\u0000 is not allowed in a string", 8u);
  sweep("raw tab",
        "abcdefghijk\t",
        "control character U+0009 must be escaped in a JSON string",
        11u);

  /* CRLF and a record's first byte around the boundary. */
  for (size_t len1 = CHUNK - 4u; len1 < CHUNK + 2u; ++len1) {
    Buf in = { NULL, 0u, 0u };
    Buf want = { NULL, 0u, 0u };
    pad_line(&in, len1);
    buf_printf(&want, "R #0 1:1 @0 %s\n", in.text);
    buf_add(&in, "\r\n", 2u);
    buf_printf(&want, "R #1 2:1 @%zu {\"b\":[1]}\nEND\n", in.len);
    buf_add(&in, "{\"b\":[1]}", 9u);
    check_n("CRLF at the boundary", in.text, in.len, NULL, want.text);
    free(in.text);
    free(want.text);
  }

  /* A record of several chunks in an array, between two small ones. */
  {
    Buf in = { NULL, 0u, 0u };
    Buf want = { NULL, 0u, 0u };
    Buf big = { NULL, 0u, 0u };
    buf_add(&big, "{\"big\": [\"", 10u);
    for (size_t k = 0u; k < 3u * CHUNK + 123u; ++k) {
      buf_add(&big, k % 7u ? "a" : "]", 1u);
    }
    buf_add(&big, "\", {}]}", 7u);
    buf_printf(&in, "[\n {\"a\": 1},\n %s\n, {\"c\": 3}]\n", big.text);
    buf_printf(&want,
               "R #0 2:2 @3 {\"a\": 1}\nR #1 3:2 @14 %s\n"
               "R #2 4:3 @%zu {\"c\": 3}\nEND\n",
               big.text,
               14u + big.len + 3u);
    check_n("record bigger than a chunk", in.text, in.len, NULL, want.text);

    /* The size limit is noticed before the whole record is read. */
    in.len = 0u;
    want.len = 0u;
    buf_printf(&in, "%s\n{\"c\": 3}\n", big.text);
    const DkgReaderLimits limits = { CHUNK + 10u, 0u };
    buf_printf(&want,
               "D 1:1 record exceeds the size limit of %zu bytes\n"
               "E limit #0 1:1\nR #1 2:1 @%zu {\"c\": 3}\nEND\n",
               (size_t)CHUNK + 10u,
               big.len + 1u);
    check_n("size limit across chunks", in.text, in.len, &limits, want.text);
    free(in.text);
    free(want.text);
    free(big.text);
  }

  /* Many small records: every one at its line and index. */
  {
    Buf in = { NULL, 0u, 0u };
    Buf want = { NULL, 0u, 0u };
    size_t offset = 0u;
    for (unsigned k = 0u; k < 30000u; ++k) {
      char line[64];
      static const char* const values[] = {
        "", "\\\"", "]}{[", "\xc3\xa9\xe2\x82\xac", "\\u00e9 x"
      };
      const int n = snprintf(
        line, sizeof(line), "{\"k\": %u, \"s\": \"%s\"}", k, values[k % 5u]);
      buf_printf(&want, "R #%u %u:1 @%zu %s\n", k, k + 1u, offset, line);
      buf_add(&in, line, (size_t)n);
      buf_add(&in, "\n", 1u);
      offset += (size_t)n + 1u;
    }
    buf_printf(&want, "END\n");
    check_n("many records", in.text, in.len, NULL, want.text);
    free(in.text);
    free(want.text);
  }
}

static void
test_io_error(void)
{
  FILE* const dir = fopen(".", "r");
  if (!dir) {
    printf("skip: cannot open a directory as a stream\n");
    return;
  }
  Buf log = { NULL, 0u, 0u };
  buf_add(&log, "", 0u);
  transcript(dir, NULL, &log);
  fclose(dir);
  check_log("read error",
            &log,
            "D 0:0 cannot read in.json: Is a directory\nE io #0 0:0\nAGAIN\n");
  free(log.text);

  /* Free accepts NULL; no stream, no reader. */
  dkg_reader_free(NULL);
  if (dkg_reader_new(NULL, "x", NULL, NULL)) {
    ++dkg_test_failures;
    printf("FAIL dkg_reader_new accepted a NULL stream\n");
  }
}

/* ------------------------------------------------------------------------ */
/* Locate                                                                   */

/* The line and column of the first `needle` in `text` (1-based). */
static void
place_in(const char* text, const char* needle, unsigned* line, unsigned* col)
{
  const char* const at = strstr(text, needle);
  if (!at) {
    fprintf(stderr, "test_reader: no '%s' in the locate input\n", needle);
    exit(1);
  }
  *line = 1u;
  *col = 1u;
  for (const char* p = text; p < at; ++p) {
    if (*p == '\n') {
      ++*line;
      *col = 1u;
    } else {
      ++*col;
    }
  }
}

static const char* const locate_input =
  "[\n"
  "  {\"id\": \"a\",\n"
  "   \"delegations\": [ {\"country\": \"FR\"},\n"
  "      {\"country\": \"DE\", \"x\\\"y\": 11, \"a~b/c\": 22} ],\n"
  "   \"esc\\u0061ped\": 33, \"\\u00e9t\\u00e9\": [10, [20, 21]], \"\": 44,\n"
  "   \"a\\/b\": 55, \"s\": \"{[\\\"]}\"}\n"
  "]\n";

static void
check_locate(const DkgRecordText* rec,
             const char* text,
             const char* path,
             const char* needle)
{
  unsigned line = 0u;
  unsigned col = 0u;
  place_in(text, needle, &line, &col);

  DkgPlace place = { NULL, 0u, 0u, NULL };
  dkg_record_text_locate(rec, path, &place);
  if (place.line != line || place.col != col || place.path != path ||
      !place.file || strcmp(place.file, rec->file) != 0) {
    ++dkg_test_failures;
    printf("FAIL locate %s: expected %u:%u ('%s'), got %s:%u:%u\n",
           path ? path : "(null)",
           line,
           col,
           needle,
           place.file ? place.file : "(null)",
           place.line,
           place.col);
  }
}

static void
test_locate(void)
{
  FILE* const f = open_input(locate_input, strlen(locate_input));
  DkgReader* const reader = dkg_reader_new(f, "loc.json", NULL, NULL);
  DkgRecordText rec;
  if (!reader || dkg_reader_next(reader, &rec) || !rec.text) {
    ++dkg_test_failures;
    printf("FAIL locate: cannot read the input\n");
    dkg_reader_free(reader);
    fclose(f);
    return;
  }

  const char* const t = locate_input;
  check_locate(&rec, t, "/id", "\"a\"");
  check_locate(&rec, t, "/delegations", "[ {\"country\": \"FR\"");
  check_locate(&rec, t, "/delegations/0", "{\"country\": \"FR\"");
  check_locate(&rec, t, "/delegations/0/country", "\"FR\"");
  check_locate(&rec, t, "/delegations/1/country", "\"DE\"");
  check_locate(&rec, t, "/delegations/1/x\"y", "11");
  check_locate(&rec, t, "/delegations/1/a~0b~1c", "22");
  check_locate(&rec, t, "/escaped", "33");
  check_locate(&rec, t, "/\xc3\xa9t\xc3\xa9", "[10");
  check_locate(&rec, t, "/\xc3\xa9t\xc3\xa9/1/0", "20");
  check_locate(&rec, t, "/\xc3\xa9t\xc3\xa9/1/1", "21");
  check_locate(&rec, t, "/", "44");
  check_locate(&rec, t, "/a~1b", "55");
  check_locate(&rec, t, "/s", "\"{[");

  /* Missing: the innermost container that exists. */
  check_locate(&rec, t, "/delegations/5", "[ {\"country\": \"FR\"");
  check_locate(&rec, t, "/delegations/01", "[ {\"country\": \"FR\"");
  check_locate(&rec, t, "/delegations/-", "[ {\"country\": \"FR\"");
  check_locate(&rec, t, "/delegations/1/missing", "{\"country\": \"DE\"");
  check_locate(&rec, t, "/delegations/1/x", "{\"country\": \"DE\"");
  check_locate(&rec, t, "/nope", "{\"id\"");
  check_locate(&rec, t, "/esc\\u0061ped", "{\"id\"");
  check_locate(&rec, t, "/id/x", "\"a\"");
  check_locate(&rec, t, "", "{\"id\"");
  check_locate(&rec, t, NULL, "{\"id\"");
  dkg_reader_free(reader);
  fclose(f);

  /* A record on one line, after others: columns add up. */
  const char* const lines = "{}\n\n   {\"a\": {\"b\": [0, \"x\"]}}\n";
  FILE* const g = open_input(lines, strlen(lines));
  DkgReader* const r2 = dkg_reader_new(g, "lines.json", NULL, NULL);
  if (!r2 || dkg_reader_next(r2, &rec) || dkg_reader_next(r2, &rec) ||
      !rec.text) {
    ++dkg_test_failures;
    printf("FAIL locate: cannot read the JSON Lines input\n");
  } else {
    check_locate(&rec, lines, "/a/b/1", "\"x\"");
    check_locate(&rec, lines, "/a/c", "{\"b\"");
  }
  dkg_reader_free(r2);
  fclose(g);
}

int
main(void)
{
  test_shapes();
  test_string_errors();
  test_structure_errors();
  test_limits();
  test_recovery();
  test_chunks();
  test_io_error();
  test_locate();
  return dkg_test_result();
}
