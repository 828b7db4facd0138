#include "mint/iri_check.h"

#include "util/utf8.h"

#include <string.h>

bool
dkg_iri_ucschar(unsigned long cp)
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
      if (!dkg_utf8_valid_len(s + i, len - i)) {
        /* Checked here: an IRI from the command line was never read as
           JSON, so nothing has checked its encoding yet. */
        *why = "invalid UTF-8";
        *at = i;
        return false;
      }
      const size_t n = dkg_utf8_decode(s + i, len - i, &cp);
      const bool private_use =
        (cp >= 0xE000u && cp <= 0xF8FFu) || (cp >= 0xF0000u && cp <= 0x10FFFDu);
      if (!dkg_iri_ucschar(cp) && !(in_query && private_use)) {
        *why = "code point not allowed in an IRI";
        *at = i;
        return false;
      }
      i += n;
    }
  }
  return !has_dot_segment(s, len, why, at);
}
