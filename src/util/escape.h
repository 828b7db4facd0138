/* Escaping text for the languages the library writes by hand: one escaper
   per language, shared by every writer of it. */

#ifndef DKG_UTIL_ESCAPE_H
#define DKG_UTIL_ESCAPE_H

#include <stdio.h>

/** Writes `str` (UTF-8, NUL-terminated) to `out` as XML 1.0 character data
    that is also safe inside a double- or single-quoted attribute value:
    `&`, `<`, `>`, `"` and `'` as entities, a carriage return as `&#13;` (a
    raw one would be read back as a newline), and each C0 control character
    XML 1.0 cannot hold (all but tab and newline) as U+FFFD.  Callers that
    must refuse such characters instead check them first.  Write errors are
    left in the stream's error indicator. */
void dkg_xml_escape(FILE* out, const char* str);

#endif
