/* The JSON text writer of the JSON-LD sink.  See writer.h. */

#include "sink/jsonld/writer.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

void
dkg_jw_flush(JsonWriter* w)
{
  if (!w->st && w->len && fwrite(w->buf, 1U, w->len, w->out) != w->len) {
    w->st = DKG_ERR_IO;
  }
  w->len = 0U;
}

void
dkg_jw_bytes_slow(JsonWriter* w, const char* bytes, size_t len)
{
  if (w->st || !len) {
    return;
  }
  if (!w->buf && !(w->buf = (char*)malloc(DKG_JW_BUFFER))) {
    w->st = DKG_ERR_NOMEM;
    return;
  }
  if (w->len + len > DKG_JW_BUFFER) {
    dkg_jw_flush(w);
    if (len > DKG_JW_BUFFER) {
      if (!w->st && fwrite(bytes, 1U, len, w->out) != len) {
        w->st = DKG_ERR_IO;
      }
      return;
    }
  }
  memcpy(w->buf + w->len, bytes, len);
  w->len += len;
}

void
dkg_jw_str(JsonWriter* w, const char* str)
{
  dkg_jw_bytes(w, str, strlen(str));
}

static void
newline(JsonWriter* w)
{
  static const char spaces[] = "                                ";
  if (w->pretty) {
    dkg_jw_bytes(w, "\n", 1U);
    for (size_t n = (size_t)w->depth * 2U; n;) {
      const size_t chunk = n < sizeof(spaces) - 1U ? n : sizeof(spaces) - 1U;
      dkg_jw_bytes(w, spaces, chunk);
      n -= chunk;
    }
  }
}

void
dkg_jw_open(JsonWriter* w, const char* bracket)
{
  dkg_jw_str(w, bracket);
  ++w->depth;
}

void
dkg_jw_close(JsonWriter* w, const char* bracket, size_t count)
{
  --w->depth;
  if (count) {
    newline(w);
  }
  dkg_jw_str(w, bracket);
}

void
dkg_jw_item(JsonWriter* w, size_t index)
{
  if (index) {
    dkg_jw_bytes(w, ",", 1U);
  }
  newline(w);
}

/** Length of the valid UTF-8 sequence at `s` (at most `len` bytes), or 0. */
static size_t
utf8_sequence(const unsigned char* s, size_t len)
{
  const unsigned char c = s[0];
  size_t n = 0U;
  unsigned char lo = 0x80U;
  unsigned char hi = 0xBFU;
  if (c >= 0xC2U && c <= 0xDFU) {
    n = 2U;
  } else if (c >= 0xE0U && c <= 0xEFU) {
    n = 3U;
    lo = c == 0xE0U ? 0xA0U : 0x80U;
    hi = c == 0xEDU ? 0x9FU : 0xBFU;
  } else if (c >= 0xF0U && c <= 0xF4U) {
    n = 4U;
    lo = c == 0xF0U ? 0x90U : 0x80U;
    hi = c == 0xF4U ? 0x8FU : 0xBFU;
  } else {
    return 0U;
  }
  if (len < n || s[1] < lo || s[1] > hi) {
    return 0U;
  }
  for (size_t i = 2U; i < n; ++i) {
    if (s[i] < 0x80U || s[i] > 0xBFU) {
      return 0U;
    }
  }
  return n;
}

/* The escape of byte `c` that a JSON string cannot hold as it is: `"`
   and `\` and the C0 controls (the short forms JSON has, else \u00xx); a
   byte of invalid UTF-8 as U+FFFD. */
static void
write_escape(JsonWriter* w, unsigned char c)
{
  static const char shorts[][2] = {
    { '"', '"' },  { '\\', '\\' }, { '\b', 'b' }, { '\f', 'f' },
    { '\n', 'n' }, { '\r', 'r' },  { '\t', 't' },
  };
  for (size_t k = 0; k < sizeof(shorts) / sizeof(shorts[0]); ++k) {
    if (c == (unsigned char)shorts[k][0]) {
      const char esc[2] = { '\\', shorts[k][1] };
      dkg_jw_bytes(w, esc, 2U);
      return;
    }
  }
  if (c < 0x20U) {
    char esc[8];
    snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)c);
    dkg_jw_bytes(w, esc, 6U);
  } else {
    dkg_jw_bytes(w, "\\ufffd", 6U);
  }
}

void
dkg_jw_string(JsonWriter* w, const char* str, size_t len)
{
  const unsigned char* const s = (const unsigned char*)str;
  size_t start = 0U;
  size_t i = 0U;
  dkg_jw_bytes(w, "\"", 1U);
  while (i < len) {
#if defined(__SSE2__)
    /* Sixteen plain ASCII bytes at once: none below 0x20, none from 0x80
       (UTF-8, checked below), no '"' and no '\\'. */
    while (i + 16U <= len) {
      const __m128i v = _mm_loadu_si128((const __m128i*)(const void*)(s + i));
      const __m128i low = _mm_set1_epi8(0x1F);
      __m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(v, low), low);
      hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
      hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      const int mask = _mm_movemask_epi8(hit) | _mm_movemask_epi8(v);
      if (mask) {
        i += (size_t)__builtin_ctz((unsigned)mask);
        break;
      }
      i += 16U;
    }
    if (i >= len) {
      break;
    }
#endif
    const unsigned char c = s[i];
    if (c >= 0x20U && c < 0x80U && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    const size_t seq = c >= 0x80U ? utf8_sequence(s + i, len - i) : 0U;
    if (seq) {
      i += seq;
      continue;
    }
    dkg_jw_bytes(w, str + start, i - start);
    write_escape(w, c);
    start = ++i;
  }
  dkg_jw_bytes(w, str + start, len - start);
  dkg_jw_bytes(w, "\"", 1U);
}

void
dkg_jw_cstring(JsonWriter* w, const char* str)
{
  dkg_jw_string(w, str, strlen(str));
}

void
dkg_jw_key(JsonWriter* w, size_t index, const char* key)
{
  dkg_jw_item(w, index);
  dkg_jw_cstring(w, key);
  dkg_jw_str(w, w->pretty ? ": " : ":");
}

void
dkg_jw_number(double d, char* out, size_t size)
{
  if (d > -1e15 && d < 1e15 && d == (double)(long long)d) {
    snprintf(out, size, "%.0f", d);
    return;
  }
  for (int prec = 15; prec <= 17; ++prec) {
    snprintf(out, size, "%.*g", prec, d);
    if (strtod(out, NULL) == d) {
      return;
    }
  }
}

void
dkg_jw_cjson(JsonWriter* w, const cJSON* item)
{
  if (cJSON_IsObject(item) || cJSON_IsArray(item)) {
    const bool object = cJSON_IsObject(item);
    size_t n = 0U;
    dkg_jw_open(w, object ? "{" : "[");
    for (const cJSON* c = item->child; c; c = c->next, ++n) {
      if (object) {
        dkg_jw_key(w, n, c->string ? c->string : "");
      } else {
        dkg_jw_item(w, n);
      }
      dkg_jw_cjson(w, c);
    }
    dkg_jw_close(w, object ? "}" : "]", n);
  } else if (cJSON_IsString(item)) {
    dkg_jw_cstring(w, item->valuestring ? item->valuestring : "");
  } else if (cJSON_IsNumber(item) && isfinite(item->valuedouble)) {
    char num[64];
    dkg_jw_number(item->valuedouble, num, sizeof(num));
    dkg_jw_str(w, num);
  } else if (cJSON_IsTrue(item)) {
    dkg_jw_str(w, "true");
  } else if (cJSON_IsFalse(item)) {
    dkg_jw_str(w, "false");
  } else {
    dkg_jw_str(w, "null");
  }
}
