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

/** The flags of dkg_json_string(). */
enum
{
  DKG_JSON_PLAIN = 0u,
  /** Also `<`, `>` and `&` as \u003C, \u003E, \u0026 and U+2028, U+2029
      as \u2028, \u2029: the string may then stand inside an HTML
      <script> element (no "</script", no "<!--") and is a JavaScript string
      literal too. */
  DKG_JSON_SCRIPT_SAFE = 1u,
};

/** Writes `str` (UTF-8, NUL-terminated) to `out` as a JSON string, quotes
    included: `"` and `\` escaped, newline, return and tab as \n, \r, \t,
    every other C0 control character and DEL as \u00XX (upper-case hex);
    other bytes are copied as they are (the caller gives UTF-8).  N-Triples
    and Turtle read the same escapes, so it also writes their quoted
    literals.  `flags` is DKG_JSON_PLAIN or DKG_JSON_SCRIPT_SAFE.  Write
    errors are left in the stream's error indicator. */
void dkg_json_string(FILE* out, const char* str, unsigned flags);

#endif
