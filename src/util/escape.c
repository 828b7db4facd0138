#include "util/escape.h"

#include <stdbool.h>
#include <stdio.h>

void
dkg_xml_escape(FILE* out, const char* str)
{
  for (const unsigned char* p = (const unsigned char*)str; *p; ++p) {
    switch (*p) {
      case '&':
        fputs("&amp;", out);
        break;
      case '<':
        fputs("&lt;", out);
        break;
      case '>':
        fputs("&gt;", out);
        break;
      case '"':
        fputs("&quot;", out);
        break;
      case '\'':
        fputs("&apos;", out);
        break;
      case '\r':
        fputs("&#13;", out);
        break;
      default:
        if (*p < 0x20u && *p != '\t' && *p != '\n') {
          fputs("\xEF\xBF\xBD", out); /* not allowed in XML 1.0 */
        } else {
          fputc(*p, out);
        }
    }
  }
}

/* The escape of the byte at `p` (and for U+2028/U+2029 the two after it)
   that dkg_json_string() writes, or NULL when it is copied; `*skip` is set
   to the number of further bytes the escape stands for. */
static const char*
json_escape(const unsigned char* p, unsigned flags, char hex[8], int* skip)
{
  const bool script = (flags & DKG_JSON_SCRIPT_SAFE) != 0;
  *skip = 0;
  switch (*p) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      break;
  }
  if (*p < 0x20u || *p == 0x7Fu ||
      (script && (*p == '<' || *p == '>' || *p == '&'))) {
    snprintf(hex, 8, "\\u%04X", (unsigned)*p);
    return hex;
  }
  if (script && p[0] == 0xE2u && p[1] == 0x80u &&
      (p[2] == 0xA8u || p[2] == 0xA9u)) {
    *skip = 2;
    return p[2] == 0xA8u ? "\\u2028" : "\\u2029";
  }
  return NULL;
}

void
dkg_json_string(FILE* out, const char* str, unsigned flags)
{
  fputc('"', out);
  for (const unsigned char* p = (const unsigned char*)str; *p; ++p) {
    char hex[8];
    int skip = 0;
    const char* esc = json_escape(p, flags, hex, &skip);
    if (esc) {
      fputs(esc, out);
      p += skip;
    } else {
      fputc(*p, out);
    }
  }
  fputc('"', out);
}
