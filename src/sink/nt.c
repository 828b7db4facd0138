/* dialoguekg's own N-Triples / N-Quads writer: see sink/nt.h for why. */

#include "sink/nt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

/* What each byte needs, in an IRI and in a literal: 0 nothing, 1 \u00XX,
   2 a backslash and the letter lit_escape() gives. */
enum
{
  PLAIN = 0,
  UCHAR = 1,
  ECHAR = 2,
};

// clang-format off
/* Bytes not named are PLAIN: UTF-8 is copied as it is. */
static const unsigned char iri_class[256] = {
  /* C0 controls */
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  [' '] = UCHAR,  ['"'] = UCHAR, ['<'] = UCHAR, ['>'] = UCHAR,
  ['\\'] = UCHAR, ['^'] = UCHAR, ['`'] = UCHAR, ['{'] = UCHAR,
  ['|'] = UCHAR,  ['}'] = UCHAR, [0x7F] = UCHAR,
};

static const unsigned char lit_class[256] = {
  /* C0 controls: tab, newline and return have a letter */
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  UCHAR, ECHAR, ECHAR, UCHAR, UCHAR, ECHAR, UCHAR, UCHAR,
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR, UCHAR,
  ['"'] = ECHAR, ['\\'] = ECHAR, [0x7F] = UCHAR,
};

// clang-format on

static char
lit_escape(unsigned char c)
{
  switch (c) {
    case '\n':
      return 'n';
    case '\r':
      return 'r';
    case '\t':
      return 't';
    default:
      return (char)c;
  }
}

/* Writes the escape of `c` (marked by `cls`) at `w`; returns the end. */
static char*
write_escape(char* w, unsigned char c, const unsigned char* cls)
{
  static const char hex[] = "0123456789ABCDEF";
  w[0] = '\\';
  if (cls[c] == ECHAR) {
    w[1] = lit_escape(c);
    return w + 2;
  }
  w[1] = 'u';
  w[2] = '0';
  w[3] = '0';
  w[4] = hex[c >> 4];
  w[5] = hex[c & 0xFu];
  return w + 6;
}

#if defined(__SSE2__)
/* Bit k set when byte k of `v` must be escaped in an IRI (`iri`) or in a
   literal: below 0x21 (IRI) or 0x20 (literal), '"', '\\', DEL, and in
   IRIs '<', '>', '^', '`', '{', '|', '}' (iri_class and lit_class). */
static inline unsigned
marked(__m128i v, bool iri)
{
  const __m128i low = _mm_set1_epi8(iri ? 0x20 : 0x1F);
  __m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(v, low), low);
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
  if (iri) {
    /* '{', '|', '}' are 0x7B..0x7D: v - 0x7B is at most 2. */
    const __m128i b = _mm_sub_epi8(v, _mm_set1_epi8(0x7B));
    const __m128i two = _mm_set1_epi8(2);
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('>')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('^')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(b, two), b));
  }
  return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* Writes s[0..len) escaped with `cls` at `w`, which has room for 6 * len
   bytes; returns the end.  With SSE2 (every x86-64) sixteen bytes are
   tested and copied at once (a store may run past the bytes it keeps, but
   never past 6 * len); the last bytes go one at a time through the table. */
static char*
write_escaped(char* w, const char* s, size_t len, const unsigned char* cls)
{
  const unsigned char* u = (const unsigned char*)s;
  size_t i = 0;
#if defined(__SSE2__)
  const bool iri = cls == iri_class;
  size_t verbatim = 0; /* u[verbatim..i) was copied as it is, ending at w */
  while (i + 16u <= len) {
    const __m128i v = _mm_loadu_si128((const __m128i*)(const void*)(u + i));
    _mm_storeu_si128((__m128i*)(void*)w, v);
    const unsigned mask = marked(v, iri);
    if (!mask) {
      i += 16u;
      w += 16;
      continue;
    }
    const unsigned n = (unsigned)__builtin_ctz(mask);
    w = write_escape(w + n, u[i + n], cls);
    i += n + 1u;
    verbatim = i;
  }
  if (i < len && len >= 16u && verbatim + 16u <= len) {
    /* The last sixteen bytes at once: those before u[i] are already out,
       unchanged, just before w, so storing all sixteen rewrites them. */
    const __m128i v =
      _mm_loadu_si128((const __m128i*)(const void*)(u + len - 16u));
    if (!(marked(v, iri) >> (16u - (len - i)))) {
      _mm_storeu_si128((__m128i*)(void*)(w - (16u - (len - i))), v);
      return w + (len - i);
    }
  }
#endif
  for (; i < len; ++i) {
    const unsigned char c = u[i];
    if (cls[c]) {
      w = write_escape(w, c, cls);
    } else {
      *w++ = (char)c;
    }
  }
  return w;
}

static char*
write_bytes(char* w, const char* s, size_t len)
{
  memcpy(w, s, len);
  return w + len;
}

/* The most bytes `t` takes written (every byte escaped as \uXXXX), or
   SIZE_MAX when that does not fit in a size_t. */
static size_t
term_bound(const DkgTerm* t)
{
  const size_t extra =
    (t->datatype ? strlen(t->datatype) : 0u) + (t->lang ? strlen(t->lang) : 0u);
  const size_t len = t->len + extra;
  return len < extra || len > (SIZE_MAX - 16u) / 6u ? SIZE_MAX : 6u * len + 16u;
}

/* Writes IRI s[0..len) escaped at `w`, through `cache` (may be NULL). */
static char*
write_iri(char* w, const char* s, size_t len, DkgNtCache* cache)
{
  if (!cache || len > DKG_NT_CACHE_BYTES) {
    return write_escaped(w, s, len, iri_class);
  }
  const size_t at =
    (((size_t)(uintptr_t)s >> 4u) ^ (len * 7u)) % DKG_NT_CACHE_SLOTS;
  if (cache->slots[at].len == len && !memcmp(cache->slots[at].bytes, s, len)) {
    return write_bytes(w, s, len); /* known to need no escape */
  }
  char* const end = write_escaped(w, s, len, iri_class);
  if ((size_t)(end - w) == len) { /* an escape always adds bytes */
    memcpy(cache->slots[at].bytes, s, len);
    cache->slots[at].len = (uint32_t)len;
  }
  return end;
}

static char*
write_term(char* w, const DkgTerm* t, DkgNtCache* cache)
{
  switch (t->kind) {
    case DKG_TERM_IRI:
      *w++ = '<';
      w = write_iri(w, t->value, t->len, cache);
      *w++ = '>';
      return w;
    case DKG_TERM_BLANK:
      return write_bytes(write_bytes(w, "_:", 2u), t->value, t->len);
    case DKG_TERM_LITERAL:
      *w++ = '"';
      w = write_escaped(w, t->value, t->len, lit_class);
      *w++ = '"';
      if (t->lang) {
        *w++ = '@';
        return write_bytes(w, t->lang, strlen(t->lang));
      }
      if (t->datatype) {
        w = write_bytes(w, "^^<", 3u);
        w = write_iri(w, t->datatype, strlen(t->datatype), cache);
        *w++ = '>';
      }
      return w;
  }
  return w;
}

static bool
put(DkgBuf* out, const char* s, size_t len)
{
  if (!dkg_buf_reserve(out, len)) {
    return false;
  }
  memcpy(out->buf + out->len, s, len);
  out->len += len;
  return true;
}

bool
dkg_nt_append(DkgBuf* out,
              DkgNtCache* cache,
              bool quads,
              const DkgTerm* graph,
              const DkgTerm* s,
              const DkgTerm* p,
              const DkgTerm* o)
{
  const DkgTerm* g = quads ? graph : NULL;
  const size_t bounds[4] = {
    term_bound(s), term_bound(p), term_bound(o), g ? term_bound(g) : 0u
  };
  size_t need = 8u;
  for (size_t k = 0; k < 4u; ++k) {
    if (bounds[k] == SIZE_MAX || need + bounds[k] < need) {
      return false;
    }
    need += bounds[k];
  }
  if (!dkg_buf_reserve(out, need)) {
    return false;
  }
  char* const start = out->buf + out->len;
  char* w = write_term(start, s, cache);
  *w++ = ' ';
  w = write_term(w, p, cache);
  *w++ = ' ';
  w = write_term(w, o, cache);
  if (g) {
    *w++ = ' ';
    w = write_term(w, g, cache);
  }
  w = write_bytes(w, " .\n", 3u);
  out->len += (size_t)(w - start);
  out->buf[out->len] = '\0';
  return true;
}

/* ---- The sink ---------------------------------------------------------- */

#define NT_BUFFER_SIZE (256u * 1024u)

typedef struct
{
  struct DkgSinkImpl base;
  FILE* out;
  bool quads;
  DkgStatus status; /* first failure, final */
  DkgBuf buf;
  DkgNtCache cache;
} NtSink;

static const DkgSinkClass nt_sink_class;

static DkgStatus
flush_buffer(NtSink* sink)
{
  if (sink->buf.len && !sink->status) {
    if (fwrite(sink->buf.buf, 1u, sink->buf.len, sink->out) != sink->buf.len) {
      sink->status = DKG_ERR_IO;
    }
  }
  dkg_buf_clear(&sink->buf);
  return sink->status;
}

static DkgStatus
nt_statement(DkgSink* base,
             const DkgTerm* graph,
             const DkgTerm* s,
             const DkgTerm* p,
             const DkgTerm* o)
{
  NtSink* sink = (NtSink*)base;
  if (sink->status) {
    return sink->status;
  }
  if (!dkg_nt_append(&sink->buf, &sink->cache, sink->quads, graph, s, p, o)) {
    return sink->status = DKG_ERR_NOMEM;
  }
  return sink->buf.len >= NT_BUFFER_SIZE ? flush_buffer(sink) : DKG_SUCCESS;
}

DkgStatus
dkg_nt_sink_write_raw(DkgSink* base, const char* bytes, size_t len)
{
  NtSink* sink = (NtSink*)base;
  if (sink->status) {
    return sink->status;
  }
  if (len >= NT_BUFFER_SIZE) {
    if (flush_buffer(sink)) {
      return sink->status;
    }
    if (fwrite(bytes, 1u, len, sink->out) != len) {
      sink->status = DKG_ERR_IO;
    }
    return sink->status;
  }
  if (!put(&sink->buf, bytes, len)) {
    return sink->status = DKG_ERR_NOMEM;
  }
  return sink->buf.len >= NT_BUFFER_SIZE ? flush_buffer(sink) : DKG_SUCCESS;
}

bool
dkg_nt_sink_is(const DkgSink* sink)
{
  return sink && sink->klass == &nt_sink_class;
}

static DkgStatus
nt_finish(DkgSink* base)
{
  NtSink* sink = (NtSink*)base;
  if (flush_buffer(sink)) {
    return sink->status;
  }
  if (fflush(sink->out) || ferror(sink->out)) {
    sink->status = DKG_ERR_IO;
  }
  return sink->status;
}

static void
nt_free(DkgSink* base)
{
  NtSink* sink = (NtSink*)base;
  dkg_buf_destroy(&sink->buf);
  free(sink);
}

static const DkgSinkClass nt_sink_class = {
  "ntriples (dialoguekg)", NULL, nt_statement, nt_finish, nt_free,
};

DkgSink*
dkg_nt_sink_new(FILE* out, bool quads)
{
  NtSink* sink = (NtSink*)calloc(1, sizeof(NtSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &nt_sink_class;
  sink->out = out;
  sink->quads = quads;
  if (!dkg_buf_reserve(&sink->buf, NT_BUFFER_SIZE + 4096u)) {
    free(sink);
    return NULL;
  }
  return &sink->base;
}
