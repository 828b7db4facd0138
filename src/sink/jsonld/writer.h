#ifndef DKG_SINK_JSONLD_WRITER_H
#define DKG_SINK_JSONLD_WRITER_H

/* JSON text for the JSON-LD sink: strings written with their byte length
   (U+0000 included) and invalid UTF-8 replaced by U+FFFD, objects and
   arrays indented when `pretty`, numbers in their shortest form.  Not
   cJSON's printer, which reads NUL-terminated strings and builds a tree.

   Every write is checked: after the first failure the writer keeps
   DKG_ERR_IO (or DKG_ERR_NOMEM when its buffer cannot be had) in `st` and
   writes nothing more.  The caller reads `st`, calls dkg_jw_flush() at the
   end and frees `buf`. */

#include "dialoguekg/dialoguekg.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define DKG_JW_BUFFER 65536U

/** A zeroed JsonWriter with `out` and `pretty` set is ready. */
typedef struct
{
  FILE* out;
  bool pretty;
  unsigned depth;
  DkgStatus st; /**< DKG_ERR_IO after the first failed write. */
  /* Output gathered here and written 64 KiB at a time. */
  char* buf;
  size_t len;
} JsonWriter;

/** Writes what is gathered to `out`. */
void dkg_jw_flush(JsonWriter* w);

/** dkg_jw_bytes() when the bytes do not fit the buffer (or it is not yet
    allocated, or the writer failed). */
void dkg_jw_bytes_slow(JsonWriter* w, const char* bytes, size_t len);

/** Writes `len` bytes as they are.  Inline: called for every piece. */
static inline void
dkg_jw_bytes(JsonWriter* w, const char* bytes, size_t len)
{
  if (w->buf && !w->st && w->len + len <= DKG_JW_BUFFER) {
    memcpy(w->buf + w->len, bytes, len);
    w->len += len;
  } else {
    dkg_jw_bytes_slow(w, bytes, len);
  }
}

/** Writes the C string `str` as it is. */
void dkg_jw_str(JsonWriter* w, const char* str);

/** Writes `bracket` ("{" or "[") and indents what follows one level more. */
void dkg_jw_open(JsonWriter* w, const char* bracket);

/** Closes an object or array that got `count` members. */
void dkg_jw_close(JsonWriter* w, const char* bracket, size_t count);

/** Starts member or item number `index` of the enclosing object or array. */
void dkg_jw_item(JsonWriter* w, size_t index);

/** Writes a JSON string of `len` bytes; invalid UTF-8 becomes U+FFFD. */
void dkg_jw_string(JsonWriter* w, const char* str, size_t len);

/** Writes the C string `str` as a JSON string. */
void dkg_jw_cstring(JsonWriter* w, const char* str);

/** Starts member `index` of the enclosing object, named `key`. */
void dkg_jw_key(JsonWriter* w, size_t index, const char* key);

/** Formats the finite double `d` in `out` (`size` bytes, 32 are enough) as
    the shortest JSON number that reads back as `d`. */
void dkg_jw_number(double d, char* out, size_t size);

/** Writes a cJSON value (a non-finite number as null). */
void dkg_jw_cjson(JsonWriter* w, const cJSON* item);

#endif
