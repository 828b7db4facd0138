/* A streaming sink writing N-Triples, N-Quads or Turtle with serd.
   Statements are written as they arrive; Turtle groups consecutive
   statements about one subject with ';' and ','. */

#include "sink_serd.h"
#include "dialoguekg/dialoguekg.h"

#include <serd/serd.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

typedef struct
{
  struct DkgSinkImpl base;
  SerdEnv* env;
  SerdWriter* writer;
  FILE* out;
  SerdSyntax syntax;
  bool write_error;
  bool failed;
} WriterSink;

/* serd's output function: short writes are remembered, not ignored. */
static size_t
write_bytes(const void* buf, size_t len, void* stream)
{
  WriterSink* sink = (WriterSink*)stream;
  const size_t n = fwrite(buf, 1, len, sink->out);
  if (n != len) {
    sink->write_error = true;
  }
  return n;
}

static SerdStatus
error_sink(void* handle, const SerdError* error)
{
  WriterSink* sink = (WriterSink*)handle;
  sink->failed = true;
  fprintf(stderr, "dialoguekg: serd: ");
  vfprintf(stderr, error->fmt, *error->args);
  return SERD_SUCCESS;
}

static DkgStatus
serd_prefix(DkgSink* base, const char* name, const char* iri)
{
  WriterSink* sink = (WriterSink*)base;
  if (sink->syntax != SERD_TURTLE) {
    return DKG_SUCCESS;
  }
  const SerdNode n = serd_node_from_string(SERD_LITERAL, (const uint8_t*)name);
  const SerdNode u = serd_node_from_string(SERD_URI, (const uint8_t*)iri);
  if (serd_env_set_prefix(sink->env, &n, &u) ||
      serd_writer_set_prefix(sink->writer, &n, &u)) {
    return DKG_ERR_WRITER;
  }
  return sink->write_error ? DKG_ERR_IO : DKG_SUCCESS;
}

/* The flags serd's Turtle writer reads to choose long strings: a newline
   or carriage return, a quote.  Sixteen bytes at a time with SSE2. */
static SerdNodeFlags
literal_flags(const char* s, size_t len)
{
  unsigned flags = 0;
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16u <= len; i += 16u) {
    const __m128i v = _mm_loadu_si128((const __m128i*)(const void*)(s + i));
    const __m128i nl = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    if (_mm_movemask_epi8(nl)) {
      flags |= (unsigned)SERD_HAS_NEWLINE;
    }
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')))) {
      flags |= (unsigned)SERD_HAS_QUOTE;
    }
  }
#endif
  for (; i < len; ++i) {
    const char c = s[i];
    flags |= c == '\n' || c == '\r' ? (unsigned)SERD_HAS_NEWLINE
             : c == '"'             ? (unsigned)SERD_HAS_QUOTE
                                    : 0u;
  }
  return (SerdNodeFlags)flags;
}

static SerdNode
make_node(const DkgTerm* t)
{
  SerdType type = SERD_LITERAL;
  switch (t->kind) {
    case DKG_TERM_IRI:
      type = SERD_URI;
      break;
    case DKG_TERM_BLANK:
      type = SERD_BLANK;
      break;
    case DKG_TERM_LITERAL:
      type = SERD_LITERAL;
      break;
  }
  /* Built directly: serd_node_from_string() counts characters, byte by
     byte, which the writer does not use (n_chars is left as the byte
     count), and sets the two flags that the Turtle writer reads to choose
     long strings; that was 16% of a conversion. */
  SerdNode node = { (const uint8_t*)t->value, t->len, t->len, 0, type };
  if (type == SERD_LITERAL) {
    node.flags = literal_flags(t->value, t->len);
  }
  return node;
}

static DkgStatus
serd_statement(DkgSink* base,
               const DkgTerm* graph,
               const DkgTerm* s,
               const DkgTerm* p,
               const DkgTerm* o)
{
  WriterSink* sink = (WriterSink*)base;
  const SerdNode sn = make_node(s);
  const SerdNode pn = make_node(p);
  const SerdNode on = make_node(o);
  SerdNode gn = SERD_NODE_NULL;
  SerdNode dn = SERD_NODE_NULL;
  SerdNode ln = SERD_NODE_NULL;
  if (graph && sink->syntax == SERD_NQUADS) {
    gn = make_node(graph);
  }
  if (o->kind == DKG_TERM_LITERAL) {
    if (o->lang) {
      const size_t n = strlen(o->lang);
      const SerdNode l = { (const uint8_t*)o->lang, n, n, 0, SERD_LITERAL };
      ln = l;
    } else if (o->datatype) {
      const size_t n = strlen(o->datatype);
      const SerdNode d = { (const uint8_t*)o->datatype, n, n, 0, SERD_URI };
      dn = d;
    }
  }
  const SerdStatus st = serd_writer_write_statement(sink->writer,
                                                    0,
                                                    gn.buf ? &gn : NULL,
                                                    &sn,
                                                    &pn,
                                                    &on,
                                                    dn.buf ? &dn : NULL,
                                                    ln.buf ? &ln : NULL);
  if (sink->write_error) {
    return DKG_ERR_IO;
  }
  return st || sink->failed ? DKG_ERR_WRITER : DKG_SUCCESS;
}

static DkgStatus
serd_finish(DkgSink* base)
{
  WriterSink* sink = (WriterSink*)base;
  if (serd_writer_finish(sink->writer) || sink->failed) {
    return DKG_ERR_WRITER;
  }
  if (sink->write_error || fflush(sink->out) || ferror(sink->out)) {
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

static void
serd_free_sink(DkgSink* base)
{
  WriterSink* sink = (WriterSink*)base;
  if (sink->writer) {
    serd_writer_free(sink->writer);
  }
  if (sink->env) {
    serd_env_free(sink->env);
  }
  free(sink);
}

static const DkgSinkClass serd_sink_class = {
  "serd", serd_prefix, serd_statement, serd_finish, serd_free_sink,
};

DkgSink*
dkg_serd_sink_new(FILE* out, const char* syntax)
{
  SerdSyntax which = SERD_TURTLE;
  SerdStyle style = (SerdStyle)0;
  if (!strcmp(syntax, "turtle")) {
    which = SERD_TURTLE;
    style = (SerdStyle)(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);
  } else if (!strcmp(syntax, "ntriples")) {
    which = SERD_NTRIPLES;
  } else if (!strcmp(syntax, "nquads")) {
    which = SERD_NQUADS;
  } else {
    return NULL;
  }
  /* Bulk: serd gathers its many small writes into pages (same bytes). */
  style = (SerdStyle)(style | SERD_STYLE_BULK);
  WriterSink* sink = (WriterSink*)calloc(1, sizeof(WriterSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &serd_sink_class;
  sink->out = out;
  sink->syntax = which;
  sink->env = serd_env_new(NULL);
  sink->writer =
    sink->env
      ? serd_writer_new(which, style, sink->env, NULL, write_bytes, sink)
      : NULL;
  if (!sink->writer) {
    serd_free_sink(&sink->base);
    return NULL;
  }
  serd_writer_set_error_sink(sink->writer, error_sink, sink);
  return &sink->base;
}
