#include "mint/iri.h"

#include <string.h>

size_t
dkg_utf8_decode(const unsigned char* s, size_t len, unsigned long* cp)
{
  const unsigned char c = s[0];
  size_t n = 1;
  unsigned long v = c;
  if (c >= 0xF0u) {
    n = 4;
    v = c & 0x07u;
  } else if (c >= 0xE0u) {
    n = 3;
    v = c & 0x0Fu;
  } else if (c >= 0xC0u) {
    n = 2;
    v = c & 0x1Fu;
  }
  if (n > len) {
    *cp = 0xFFFDu;
    return len;
  }
  for (size_t i = 1; i < n; ++i) {
    v = (v << 6) | (s[i] & 0x3Fu);
  }
  *cp = v;
  return n;
}

/* Unicode punctuation that separates words the way ASCII punctuation does. */
static bool
is_unicode_separator(unsigned long cp)
{
  return cp == 0xA0u || (cp >= 0x2000u && cp <= 0x200Au) || cp == 0x2010u ||
         cp == 0x2011u || cp == 0x2012u || cp == 0x2013u || cp == 0x2014u ||
         cp == 0x2015u || cp == 0x201Cu || cp == 0x201Du || cp == 0x2026u ||
         cp == 0x3000u || cp == 0xFF0Cu;
}

static bool
is_apostrophe(unsigned long cp)
{
  return cp == '\'' || cp == '.' || cp == 0x2018u || cp == 0x2019u;
}

bool
dkg_name_key(DkgBuf* out, const char* name, size_t len)
{
  const size_t start = out->len;
  bool pending_space = false;
  const unsigned char* s = (const unsigned char*)name;

  if (!dkg_buf_reserve(out, len)) {
    return false;
  }
  for (size_t i = 0; i < len;) {
    const unsigned char c = s[i];
    if (c < 0x80u) {
      ++i;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        /* kept */
      } else if (c >= 'A' && c <= 'Z') {
        /* folded below */
      } else if (is_apostrophe(c)) {
        continue;
      } else {
        pending_space = out->len > start;
        continue;
      }
      if (pending_space) {
        out->buf[out->len++] = ' ';
        pending_space = false;
      }
      out->buf[out->len++] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    } else {
      unsigned long cp = 0;
      const size_t n = dkg_utf8_decode(s + i, len - i, &cp);
      if (is_apostrophe(cp)) {
        i += n;
        continue;
      }
      if (is_unicode_separator(cp)) {
        pending_space = out->len > start;
        i += n;
        continue;
      }
      if (pending_space) {
        out->buf[out->len++] = ' ';
        pending_space = false;
      }
      memcpy(out->buf + out->len, s + i, n);
      out->len += n;
      i += n;
    }
  }
  out->buf[out->len] = '\0';

  /* A leading article is not part of a name. */
  if (out->len - start > 4u && !memcmp(out->buf + start, "the ", 4u)) {
    memmove(out->buf + start, out->buf + start + 4u, out->len - start - 4u);
    out->len -= 4u;
    out->buf[out->len] = '\0';
  }
  return true;
}

/* RFC 3987 ucschar (and iprivate, which we do not allow in slugs). */
static bool
is_ucschar(unsigned long cp)
{
  if ((cp >= 0xA0u && cp <= 0xD7FFu) || (cp >= 0xF900u && cp <= 0xFDCFu) ||
      (cp >= 0xFDF0u && cp <= 0xFFEFu)) {
    /* Bidi formatting characters must not appear in IRIs (RFC 3987 4.1). */
    return !(cp == 0x200Eu || cp == 0x200Fu ||
             (cp >= 0x202Au && cp <= 0x202Eu));
  }
  if (cp >= 0x10000u && cp <= 0xEFFFDu) {
    return (cp & 0xFFFEu) != 0xFFFEu;
  }
  return false;
}

static bool
percent_encode(DkgBuf* out, const unsigned char* s, size_t n)
{
  static const char hex[] = "0123456789ABCDEF";
  if (!dkg_buf_reserve(out, 3u * n)) {
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    out->buf[out->len++] = '%';
    out->buf[out->len++] = hex[s[i] >> 4];
    out->buf[out->len++] = hex[s[i] & 0xFu];
  }
  out->buf[out->len] = '\0';
  return true;
}

bool
dkg_slug_append(DkgBuf* out, const char* name, size_t len, bool* empty)
{
  DkgBuf key = { NULL, 0, 0 };
  const size_t start = out->len;
  bool ok = dkg_name_key(&key, name, len);

  for (size_t i = 0; ok && i < key.len;) {
    const unsigned char* s = (const unsigned char*)key.buf + i;
    if (*s < 0x80u) {
      const char c = *s == ' ' ? '-' : (char)*s;
      ok = dkg_buf_append(out, &c, 1u);
      ++i;
    } else {
      unsigned long cp = 0;
      const size_t n = dkg_utf8_decode(s, key.len - i, &cp);
      ok = is_ucschar(cp) ? dkg_buf_append(out, (const char*)s, n)
                          : percent_encode(out, s, n);
      i += n;
    }
  }
  dkg_buf_destroy(&key);
  *empty = out->len == start;
  return ok;
}

/* The length of the well-formed UTF-8 sequence (RFC 3629: no overlong
   form, no surrogate, nothing above U+10FFFF) at `s`, or 0. */
static size_t
utf8_valid_len(const unsigned char* s, size_t len)
{
  const unsigned char c = s[0];
  unsigned char lo = 0x80u, hi = 0xBFu;
  size_t n = 0;
  if (c >= 0xC2u && c <= 0xDFu) {
    n = 2;
  } else if (c >= 0xE0u && c <= 0xEFu) {
    n = 3;
    lo = c == 0xE0u ? 0xA0u : 0x80u;
    hi = c == 0xEDu ? 0x9Fu : 0xBFu;
  } else if (c >= 0xF0u && c <= 0xF4u) {
    n = 4;
    lo = c == 0xF0u ? 0x90u : 0x80u;
    hi = c == 0xF4u ? 0x8Fu : 0xBFu;
  } else {
    return 0;
  }
  if (n > len || s[1] < lo || s[1] > hi) {
    return 0;
  }
  for (size_t i = 2; i < n; ++i) {
    if (s[i] < 0x80u || s[i] > 0xBFu) {
      return 0;
    }
  }
  return n;
}

static bool
is_hex(unsigned char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

static bool
is_alpha(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True when the path of the IRI `s` (scheme known well-formed) has a "."
   or ".." segment.  Turtle, RDF/XML and JSON-LD parsers resolve every IRI
   against the base, and resolution (RFC 3986 5.2.2) removes dot segments
   even from an absolute IRI: <https://a/b/../c> would be read back as
   <https://a/c>, and <r:.> as <r:>.  N-Triples keeps them.  So such an IRI
   would not mean the same in every syntax: it is refused. */
static bool
has_dot_segment(const unsigned char* s,
                size_t len,
                const char** why,
                size_t* at)
{
  size_t i = 0;
  while (i < len && s[i] != ':') {
    ++i;
  }
  ++i;
  if (i + 1u < len && s[i] == '/' && s[i + 1] == '/') {
    for (i += 2u; i < len && !strchr("/?#", s[i]); ++i) {
    } /* the authority */
  }
  while (i <= len) {
    const size_t start = i;
    while (i < len && !strchr("/?#", s[i])) {
      ++i;
    }
    const size_t n = i - start;
    if ((n == 1u && s[start] == '.') ||
        (n == 2u && s[start] == '.' && s[start + 1] == '.')) {
      *why = "a '.' or '..' path segment would be removed when the IRI is "
             "resolved";
      *at = start;
      return true;
    }
    if (i == len || s[i] != '/') {
      break; /* the end, or the query or fragment */
    }
    ++i;
  }
  return false;
}

bool
dkg_iri_check(const char* iri, size_t len, const char** why, size_t* at)
{
  const unsigned char* s = (const unsigned char*)iri;
  size_t i = 0;

  if (!len || !is_alpha(s[0])) {
    *why = "an absolute IRI must start with a scheme such as https:";
    *at = 0;
    return false;
  }
  while (i < len && (is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') ||
                     s[i] == '+' || s[i] == '-' || s[i] == '.')) {
    ++i;
  }
  if (i == len || s[i] != ':') {
    *why = "an absolute IRI must start with a scheme such as https:";
    *at = i;
    return false;
  }
  bool in_query = false;
  for (++i; i < len;) {
    const unsigned char c = s[i];
    if (c < 0x80u) {
      if (c <= 0x20u || c == 0x7Fu || strchr("<>\"{}|\\^`", c)) {
        *why = c <= 0x20u || c == 0x7Fu
                 ? "space or control character not allowed in an IRI"
                 : "character not allowed in an IRI";
        *at = i;
        return false;
      }
      if (c == '%' &&
          (i + 2u >= len || !is_hex(s[i + 1]) || !is_hex(s[i + 2]))) {
        *why = "'%' must start a percent-escape of two hex digits";
        *at = i;
        return false;
      }
      if (c == '?') {
        in_query = true;
      }
      ++i;
    } else {
      unsigned long cp = 0;
      if (!utf8_valid_len(s + i, len - i)) {
        /* Checked here: an IRI from the command line was never read as
           JSON, so nothing has checked its encoding yet. */
        *why = "invalid UTF-8";
        *at = i;
        return false;
      }
      const size_t n = dkg_utf8_decode(s + i, len - i, &cp);
      const bool private_use =
        (cp >= 0xE000u && cp <= 0xF8FFu) || (cp >= 0xF0000u && cp <= 0x10FFFDu);
      if (!is_ucschar(cp) && !(in_query && private_use)) {
        *why = "code point not allowed in an IRI";
        *at = i;
        return false;
      }
      i += n;
    }
  }
  return !has_dot_segment(s, len, why, at);
}

static size_t
span(const char* s, bool (*pred)(char))
{
  size_t n = 0;
  while (s[n] && pred(s[n])) {
    ++n;
  }
  return n;
}

static bool
is_alpha_char(char c)
{
  return is_alpha((unsigned char)c);
}

static bool
is_alnum_char(char c)
{
  return is_alpha((unsigned char)c) || (c >= '0' && c <= '9');
}

bool
dkg_lang_check(const char* tag)
{
  /* BCP 47 well-formedness, simplified to: a 2-8 letter primary subtag,
     then subtags of 1-8 letters or digits; "x-" private use allowed.
     BCP 47 sets no maximum length, but raptor2 takes a tag's length as one
     byte (it would cut a longer tag short): at most 255 bytes. */
  if (strlen(tag) > 255u) {
    return false;
  }
  size_t n = span(tag, is_alpha_char);
  if (n < 1u || n > 8u || (n == 1u && tag[0] != 'x' && tag[0] != 'i') ||
      (n == 1u && tag[1] != '-')) {
    return false; /* "x" and "i" only start "x-..." and "i-..." */
  }
  tag += n;
  while (*tag == '-') {
    ++tag;
    n = span(tag, is_alnum_char);
    if (n < 1u || n > 8u) {
      return false;
    }
    tag += n;
  }
  return *tag == '\0';
}
