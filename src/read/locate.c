/*
  Locating a JSON Pointer (RFC 6901) in a record's text as the reader
  handed it out (read/reader.c), for messages with a line and a column.
  The text is known well-formed JSON; it is walked, never parsed.
*/

#include "dialoguekg/dialoguekg.h"
#include "read/json_lex.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define NOT_FOUND ((size_t)-1)

static bool
is_ws(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t
skip_ws(const char* t, size_t n, size_t i)
{
  while (i < n && is_ws(t[i])) {
    ++i;
  }
  return i;
}

/* Index past the string that opens at t[i], or n. */
static size_t
skip_string(const char* t, size_t n, size_t i)
{
  for (++i; i < n; ++i) {
    if (t[i] == '\\') {
      ++i;
    } else if (t[i] == '"') {
      return i + 1u;
    }
  }
  return n;
}

/* Index past the value that starts at t[i], or n. */
static size_t
skip_value(const char* t, size_t n, size_t i)
{
  if (i >= n) {
    return n;
  }
  if (t[i] == '"') {
    return skip_string(t, n, i);
  }
  if (t[i] == '{' || t[i] == '[') {
    size_t depth = 0u;
    while (i < n) {
      const char c = t[i];
      if (c == '"') {
        i = skip_string(t, n, i);
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0u) {
        return i + 1u;
      }
      ++i;
    }
    return n;
  }
  while (i < n && !is_ws(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']') {
    ++i;
  }
  return i;
}

/* The next byte of JSON Pointer token tok[*j..len) with ~0 and ~1 decoded,
   or -1 at its end. */
static int
token_byte(const char* tok, size_t len, size_t* j)
{
  if (*j >= len) {
    return -1;
  }
  const unsigned char c = (unsigned char)tok[*j];
  if (c == '~' && *j + 1u < len &&
      (tok[*j + 1u] == '0' || tok[*j + 1u] == '1')) {
    *j += 2u;
    return tok[*j - 1u] == '0' ? '~' : '/';
  }
  ++*j;
  return c;
}

/* Decodes the escape at t[i] (a backslash) into UTF-8 `out`; returns the
   number of bytes and sets *next past the escape.  An escape it does not
   understand stands for itself. */
static size_t
decode_escape(const char* t,
              size_t n,
              size_t i,
              unsigned char out[4],
              size_t* next)
{
  const unsigned char* const s = (const unsigned char*)t + i;
  const size_t avail = n - i;
  static const char escaped[] = "\"\\/bfnrt";
  static const char meant[] = "\"\\/\b\f\n\r\t";
  const char c = avail >= 2u ? (char)s[1] : '\0';
  const char* const simple = c ? strchr(escaped, c) : NULL;
  if (simple) {
    *next = i + 2u;
    out[0] = (unsigned char)meant[simple - escaped];
    return 1u;
  }
  if (c != 'u') {
    *next = i + 1u;
    out[0] = s[0];
    return 1u;
  }

  long cp = avail >= 6u ? dkg_json_hex4(s + 2) : -1;
  if (cp < 0) {
    *next = i + 1u;
    out[0] = s[0];
    return 1u;
  }
  *next = i + 6u;
  if (cp >= 0xd800 && cp <= 0xdbff && avail >= 12u && s[6] == '\\' &&
      s[7] == 'u') {
    const long low = dkg_json_hex4(s + 8);
    if (low >= 0xdc00 && low <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      *next = i + 12u;
    }
  }

  const unsigned long u = (unsigned long)cp;
  if (u < 0x80u) {
    out[0] = (unsigned char)u;
    return 1u;
  }
  if (u < 0x800u) {
    out[0] = (unsigned char)(0xc0u | (u >> 6u));
    out[1] = (unsigned char)(0x80u | (u & 0x3fu));
    return 2u;
  }
  if (u < 0x10000u) {
    out[0] = (unsigned char)(0xe0u | (u >> 12u));
    out[1] = (unsigned char)(0x80u | ((u >> 6u) & 0x3fu));
    out[2] = (unsigned char)(0x80u | (u & 0x3fu));
    return 3u;
  }
  out[0] = (unsigned char)(0xf0u | (u >> 18u));
  out[1] = (unsigned char)(0x80u | ((u >> 12u) & 0x3fu));
  out[2] = (unsigned char)(0x80u | ((u >> 6u) & 0x3fu));
  out[3] = (unsigned char)(0x80u | (u & 0x3fu));
  return 4u;
}

/* Whether the key string that opens at t[*i] equals JSON Pointer token
   tok[0..len) once both are decoded; moves *i past the key. */
static bool
key_equals(const char* t, size_t n, size_t* i, const char* tok, size_t len)
{
  size_t k = *i + 1u;
  size_t j = 0u;
  bool same = true;

  while (k < n && t[k] != '"') {
    unsigned char bytes[4];
    size_t count = 1u;
    if (t[k] == '\\') {
      count = decode_escape(t, n, k, bytes, &k);
    } else {
      bytes[0] = (unsigned char)t[k++];
    }
    for (size_t b = 0u; b < count && same; ++b) {
      same = token_byte(tok, len, &j) == (int)bytes[b];
    }
  }
  *i = k < n ? k + 1u : n;
  return same && j == len;
}

/* The index of the value of member `tok` in the object that opens at t[at],
   or NOT_FOUND. */
static size_t
find_member(const char* t, size_t n, size_t at, const char* tok, size_t len)
{
  size_t i = skip_ws(t, n, at + 1u);
  while (i < n && t[i] == '"') {
    const bool match = key_equals(t, n, &i, tok, len);
    i = skip_ws(t, n, i);
    if (i >= n || t[i] != ':') {
      return NOT_FOUND;
    }
    i = skip_ws(t, n, i + 1u);
    if (match) {
      return i < n ? i : NOT_FOUND;
    }
    i = skip_ws(t, n, skip_value(t, n, i));
    if (i >= n || t[i] != ',') {
      return NOT_FOUND;
    }
    i = skip_ws(t, n, i + 1u);
  }
  return NOT_FOUND;
}

/* The index of element `tok` (a decimal index) in the array that opens at
   t[at], or NOT_FOUND. */
static size_t
find_element(const char* t, size_t n, size_t at, const char* tok, size_t len)
{
  if (len == 0u || (len > 1u && tok[0] == '0')) {
    return NOT_FOUND;
  }
  size_t index = 0u;
  for (size_t k = 0u; k < len; ++k) {
    if (tok[k] < '0' || tok[k] > '9' || index > (SIZE_MAX - 9u) / 10u) {
      return NOT_FOUND;
    }
    index = index * 10u + (size_t)(tok[k] - '0');
  }

  size_t i = skip_ws(t, n, at + 1u);
  if (i >= n || t[i] == ']') {
    return NOT_FOUND;
  }
  for (size_t k = 0u; i < n; ++k) {
    if (k == index) {
      return i;
    }
    i = skip_ws(t, n, skip_value(t, n, i));
    if (i >= n || t[i] != ',') {
      return NOT_FOUND;
    }
    i = skip_ws(t, n, i + 1u);
  }
  return NOT_FOUND;
}

/* Sets place->line and col for byte t[at] of `record`. */
static void
place_of(const DkgRecordText* record, size_t at, DkgPlace* place)
{
  const char* const t = record->text;
  uint64_t line = record->line;
  size_t line_start = 0u;
  bool newline = false;
  for (const char* p = t; p < t + at;) {
    const char* const nl = (const char*)memchr(p, '\n', (size_t)(t + at - p));
    if (!nl) {
      break;
    }
    ++line;
    line_start = (size_t)(nl - t) + 1u;
    newline = true;
    p = nl + 1;
  }
  place->line = dkg_clamp_unsigned(line);
  place->col = newline ? dkg_clamp_unsigned((uint64_t)(at - line_start) + 1u)
                       : dkg_clamp_unsigned((uint64_t)record->col + at);
}

void
dkg_record_text_locate(const DkgRecordText* record,
                       const char* path,
                       DkgPlace* place)
{
  if (!place) {
    return;
  }
  place->file = record ? record->file : NULL;
  place->line = record ? record->line : 0u;
  place->col = record ? record->col : 0u;
  place->path = path;
  if (!record || !record->text) {
    return;
  }

  const char* const t = record->text;
  const size_t n = record->len;
  size_t at = skip_ws(t, n, 0u);
  if (path && path[0] == '/' && at < n) {
    const char* p = path;
    while (*p == '/') {
      const char* const tok = p + 1;
      const char* const slash = strchr(tok, '/');
      const size_t len = slash ? (size_t)(slash - tok) : strlen(tok);
      p = tok + len;

      size_t found = NOT_FOUND;
      if (t[at] == '{') {
        found = find_member(t, n, at, tok, len);
      } else if (t[at] == '[') {
        found = find_element(t, n, at, tok, len);
      }
      if (found == NOT_FOUND) {
        break; /* Point at the innermost value that exists. */
      }
      at = found;
    }
  }
  place_of(record, at < n ? at : 0u, place);
}
