/* dialoguekg's own N-Triples / N-Quads writer: see sink_nt.h for why. */

#include "sink_nt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What each byte needs, in an IRI and in a literal: 0 nothing, 1 \u00XX,
   2 a backslash and the letter lit_escape() gives. */
enum
{
  PLAIN = 0,
  UCHAR = 1,
  ECHAR = 2,
};

// clang-format off
static const unsigned char iri_class[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static const unsigned char lit_class[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
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

/* Appends s[0..len) escaped with `cls`; `out` has room reserved for the
   plain case only, so escapes reserve more. */
static bool
put_escaped(DkgBuf* out, const char* s, size_t len, const unsigned char* cls)
{
  static const char hex[] = "0123456789ABCDEF";
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    const unsigned char* u = (const unsigned char*)s;
    while (j + 4u <= len &&
           !(cls[u[j]] | cls[u[j + 1u]] | cls[u[j + 2u]] | cls[u[j + 3u]])) {
      j += 4u;
    }
    while (j < len && !cls[u[j]]) {
      ++j;
    }
    if (!dkg_buf_reserve(out, (j - i) + 6u)) {
      return false;
    }
    memcpy(out->buf + out->len, s + i, j - i);
    out->len += j - i;
    if (j == len) {
      break;
    }
    const unsigned char c = (unsigned char)s[j];
    char* w = out->buf + out->len;
    if (cls[c] == ECHAR) {
      w[0] = '\\';
      w[1] = lit_escape(c);
      out->len += 2u;
    } else {
      w[0] = '\\';
      w[1] = 'u';
      w[2] = '0';
      w[3] = '0';
      w[4] = hex[c >> 4];
      w[5] = hex[c & 0xFu];
      out->len += 6u;
    }
    i = j + 1u;
  }
  return true;
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

static bool
put_term(DkgBuf* out, const DkgTerm* t)
{
  switch (t->kind) {
    case DKG_TERM_IRI:
      return put(out, "<", 1u) &&
             put_escaped(out, t->value, t->len, iri_class) && put(out, ">", 1u);
    case DKG_TERM_BLANK:
      return put(out, "_:", 2u) && put(out, t->value, t->len);
    case DKG_TERM_LITERAL:
      if (!put(out, "\"", 1u) ||
          !put_escaped(out, t->value, t->len, lit_class) ||
          !put(out, "\"", 1u)) {
        return false;
      }
      if (t->lang) {
        return put(out, "@", 1u) && put(out, t->lang, strlen(t->lang));
      }
      if (t->datatype) {
        return put(out, "^^<", 3u) &&
               put_escaped(out, t->datatype, strlen(t->datatype), iri_class) &&
               put(out, ">", 1u);
      }
      return true;
  }
  return false;
}

bool
dkg_nt_append(DkgBuf* out,
              bool quads,
              const DkgTerm* graph,
              const DkgTerm* s,
              const DkgTerm* p,
              const DkgTerm* o)
{
  const size_t start = out->len;
  const bool ok =
    put_term(out, s) && put(out, " ", 1u) && put_term(out, p) &&
    put(out, " ", 1u) && put_term(out, o) &&
    (!(quads && graph) || (put(out, " ", 1u) && put_term(out, graph))) &&
    put(out, " .\n", 3u);
  if (!ok) {
    out->len = start;
  }
  if (out->buf) {
    out->buf[out->len] = '\0';
  }
  return ok;
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
  if (!dkg_nt_append(&sink->buf, sink->quads, graph, s, p, o)) {
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
