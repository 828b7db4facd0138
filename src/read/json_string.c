/* The reader's JSON strings: escapes, UTF-8 (RFC 3629) and raw control
   characters checked with their place (read/reader_state.h). */

#include "read/reader_state.h"

#include "read/json_lex.h"
#include "util/utf8.h"

#include <string.h>

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
  const DkgStatus st = dkg_read_need(r, i, n + 1u, &avail);
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
                       dkg_read_hex_bytes(s, k, hex));
    }
    if (k == 1u && s[1] < lo) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "overlong UTF-8 sequence %s in a string",
                       dkg_read_hex_bytes(s, 2u, hex));
    }
    if (k == 1u && s[1] > hi && lead == 0xedu) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "UTF-8-encoded surrogate %s in a string",
                       dkg_read_hex_bytes(s, 2u, hex));
    }
    if (k == 1u && s[1] > hi) {
      return REPORT_AT(r,
                       DKG_ERR_SYNTAX,
                       *i,
                       "UTF-8 sequence %s is above U+10FFFF in a string",
                       dkg_read_hex_bytes(s, 2u, hex));
    }
  }
  *i += n + 1u;
  return DKG_SUCCESS;
}

/* Reports an unterminated string that opened at file offset `quote`. */
static DkgStatus
unterminated(DkgReader* r, uint64_t quote)
{
  return dkg_read_report(r,
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
  DkgStatus st = dkg_read_need(r, i, 2u, &avail);
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
                       dkg_read_describe(e, name));
  }

  if ((st = dkg_read_need(r, i, 12u, &avail))) {
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
DkgStatus
dkg_read_scan_string(DkgReader* r, size_t* i)
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
      if ((st = dkg_read_more(r, &j))) {
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
                       dkg_read_describe(c, name));
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
