#include "util/escape.h"

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
