#include "mint/lang_check.h"

#include <stdbool.h>
#include <string.h>

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
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_alnum_char(char c)
{
  return is_alpha_char(c) || (c >= '0' && c <= '9');
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
