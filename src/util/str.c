#include "util/str.h"

#include <stdlib.h>
#include <string.h>

char*
dkg_strndup(const char* str, size_t len)
{
  char* const copy = (char*)malloc(len + 1u);
  if (copy) {
    if (len) {
      memcpy(copy, str, len);
    }
    copy[len] = '\0';
  }
  return copy;
}

char*
dkg_strdup(const char* str)
{
  return str ? dkg_strndup(str, strlen(str)) : NULL;
}
