/* The small helpers every part of the JSON-LD writer uses: node ids of
   terms, string concatenation, array growth.  They call nothing else of
   the writer, so that the sink (jsonld.c) stands on top of its modes and
   the modes on these.  Contracts in jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

char*
dkg_jsonld_concat(const char* a, size_t a_len, const char* b, size_t b_len)
{
  char* const result = (char*)malloc(a_len + b_len + 1U);
  if (result) {
    memcpy(result, a, a_len);
    memcpy(result + a_len, b, b_len);
    result[a_len + b_len] = '\0';
  }
  return result;
}

/** Makes room for `need` items of `size` bytes in `items` (capacity `*cap`);
    returns the (possibly moved) array, or NULL (`items` untouched). */
void*
dkg_jsonld_grow(void* items, size_t* cap, size_t need, size_t size)
{
  if (need <= *cap) {
    return items;
  }
  size_t new_cap = *cap ? *cap : 4U;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2U) {
      return NULL;
    }
    new_cap *= 2U;
  }
  if (new_cap > SIZE_MAX / size) {
    return NULL;
  }
  void* const moved = realloc(items, new_cap * size);
  if (moved) {
    *cap = new_cap;
  }
  return moved;
}

/** A term's id in JSON-LD: an IRI as is, a blank node as `_:label`. */
char*
dkg_jsonld_term_id(const DkgTerm* term)
{
  return term->kind == DKG_TERM_BLANK
           ? dkg_jsonld_concat("_:", 2U, term->value, term->len)
           : dkg_strndup(term->value, term->len);
}

bool
dkg_jsonld_is_blank(const char* id)
{
  return id[0] == '_' && id[1] == ':';
}
