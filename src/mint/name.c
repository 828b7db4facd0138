#include "mint/name.h"

#include "mint/iri_check.h"
#include "util/utf8.h"

#include <string.h>

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

  /* "&" is the word "and" ("Foreign, Commonwealth & Development Office"
     is the "Foreign, Commonwealth and Development Office"): up to five
     bytes (" and", then the space before the next word, which no byte of
     its own holds) for one. */
  size_t ampersands = 0;
  for (size_t i = 0; i < len; ++i) {
    ampersands += s[i] == '&';
  }
  if (!dkg_buf_reserve(out, len + 4u * ampersands)) {
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
      } else if (c == '&') {
        if (out->len > start) {
          out->buf[out->len++] = ' ';
        }
        memcpy(out->buf + out->len, "and", 3u);
        out->len += 3u;
        pending_space = true;
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
      ok = dkg_iri_ucschar(cp) ? dkg_buf_append(out, (const char*)s, n)
                               : percent_encode(out, s, n);
      i += n;
    }
  }
  dkg_buf_destroy(&key);
  *empty = out->len == start;
  return ok;
}
