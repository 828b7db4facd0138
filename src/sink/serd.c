/* A streaming sink writing N-Triples, N-Quads or Turtle with serd.
   Statements are written as they arrive; Turtle groups consecutive
   statements about one subject with ';' and ','.  In Turtle, an IRI in a
   declared namespace is written as a prefixed name (topic:cyber-norms)
   whenever its local part is a PN_LOCAL that needs no escape; serd 0.30's
   own CURIE style only takes letters and digits (no '-'), so the sink
   qualifies IRIs itself. */

#include "sink/serd.h"
#include "dialoguekg/dialoguekg.h"
#include "sink/report.h"
#include "util/str.h"

#include <serd/serd.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

#define MAX_PREFIXES 64

typedef struct
{
  char* name; /* owned */
  char* iri;  /* owned; ends with / or # */
  size_t iri_len;
} Prefix;

/* A prefixed name being built for one node of a statement. */
typedef struct
{
  char* buf;
  size_t cap;
} NameBuffer;

typedef struct
{
  struct DkgSinkImpl base;
  Prefix prefixes[MAX_PREFIXES];
  size_t n_prefixes;
  NameBuffer names[4]; /* subject, predicate, object, datatype */
  SerdEnv* env;
  SerdWriter* writer;
  FILE* out;
  SerdSyntax syntax;
  DkgDiag* diag; /* borrowed; NULL: the library's printer */
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

/* serd's complaints (an invalid node, invalid UTF-8): reported through the
   sink's diagnostics as "serd: MESSAGE"; the statement fails. */
static SerdStatus
error_sink(void* handle, const SerdError* error)
{
  WriterSink* sink = (WriterSink*)handle;
  sink->failed = true;
  char message[1024];
  /* serd's own format and arguments: not a literal, but serd's promise */
#if defined(__clang__)
#  pragma clang diagnostic push
#  pragma clang diagnostic ignored "-Wformat-nonliteral"
#endif
  vsnprintf(message, sizeof(message), error->fmt, *error->args);
#if defined(__clang__)
#  pragma clang diagnostic pop
#endif
  const DkgPlace place = {
    (const char*)error->filename, error->line, error->col, NULL
  };
  dkg_sink_report(
    sink->diag, error->filename ? &place : NULL, "serd: %s", message);
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
  const size_t len = strlen(iri);
  if (len && (iri[len - 1u] == '/' || iri[len - 1u] == '#') &&
      sink->n_prefixes < MAX_PREFIXES) {
    Prefix* p = &sink->prefixes[sink->n_prefixes];
    p->name = dkg_strdup(name);
    p->iri = dkg_strdup(iri);
    p->iri_len = len;
    if (!p->name || !p->iri) {
      free(p->name);
      free(p->iri);
      return DKG_ERR_NOMEM;
    }
    ++sink->n_prefixes;
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

/* True when `local` can be written as it is as a PN_LOCAL: ASCII letters,
   digits, '_' and ':', then '-' and '.' too, but not a '.' at the end.
   Turtle also allows %HH and backslash escapes (\~, \-, ...), but serd
   0.30, raptor2 and rdflib 6 each reject some of them (measured: see
   tests/cli_test.sh): such IRIs, and those with '/', '?' or '#' in the
   local part (jp/ministry-of-...), are written in full, as riot does. */
static bool
is_plain_local(const char* local, size_t len)
{
  for (size_t i = 0; i < len; ++i) {
    const char c = local[i];
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '_' || c == ':';
    if (!word &&
        (i == 0 || (c != '-' && c != '.') || (c == '.' && i + 1u == len))) {
      return false;
    }
  }
  return true;
}

/* The prefixed name of IRI `t` in sink->names[which], or false when its
   namespace (all of it up to the last '/' or '#') is not declared or its
   local part is not a legal PN_LOCAL. */
static bool
qualify(WriterSink* sink, int which, const DkgTerm* t, SerdNode* node)
{
  size_t cut = t->len;
  while (cut > 0 && t->value[cut - 1u] != '/' && t->value[cut - 1u] != '#') {
    --cut;
  }
  const Prefix* prefix = NULL;
  for (size_t i = 0; i < sink->n_prefixes && cut; ++i) {
    const Prefix* p = &sink->prefixes[i];
    if (p->iri_len == cut && !memcmp(p->iri, t->value, cut)) {
      prefix = p;
    }
  }
  if (!prefix) {
    return false;
  }
  const size_t local_len = t->len - cut;
  if (!is_plain_local(t->value + cut, local_len)) {
    return false;
  }
  NameBuffer* nb = &sink->names[which];
  const size_t name_len = strlen(prefix->name);
  const size_t n = name_len + 1u + local_len;
  if (n + 1u > nb->cap) {
    char* grown = (char*)realloc(nb->buf, n + 1u);
    if (!grown) {
      return false; /* written in full */
    }
    nb->buf = grown;
    nb->cap = n + 1u;
  }
  memcpy(nb->buf, prefix->name, name_len);
  nb->buf[name_len] = ':';
  memcpy(nb->buf + name_len + 1u, t->value + cut, local_len);
  nb->buf[n] = '\0';
  const SerdNode curie = { (const uint8_t*)nb->buf, n, n, 0, SERD_CURIE };
  *node = curie;
  return true;
}

/* The datatypes whose literals serd writes bare (3, true, 1.5, 1e3): it
   recognises them only as full URI nodes. */
static bool
is_bare_datatype(const char* datatype)
{
  static const char* const bare[] = {
    "boolean", "decimal", "double", "integer"
  };
  const size_t n = strlen(DKG_NS_XSD);
  if (strncmp(datatype, DKG_NS_XSD, n)) {
    return false;
  }
  for (size_t i = 0; i < sizeof(bare) / sizeof(bare[0]); ++i) {
    if (!strcmp(datatype + n, bare[i])) {
      return true;
    }
  }
  return false;
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
     long strings (docs/performance.md). */
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
  SerdNode sn = make_node(s);
  SerdNode pn = make_node(p);
  SerdNode on = make_node(o);
  if (sink->n_prefixes) { /* Turtle */
    (void)(s->kind == DKG_TERM_IRI && qualify(sink, 0, s, &sn));
    /* rdf:type stays a URI node: serd writes it as 'a'. */
    (void)(strcmp(p->value, DKG_NS_RDF "type") && qualify(sink, 1, p, &pn));
    (void)(o->kind == DKG_TERM_IRI && qualify(sink, 2, o, &on));
  }
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
      const DkgTerm dt = { DKG_TERM_IRI, o->datatype, n, NULL, NULL };
      (void)(sink->n_prefixes && !is_bare_datatype(o->datatype) &&
             qualify(sink, 3, &dt, &dn));
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
  for (size_t i = 0; i < sink->n_prefixes; ++i) {
    free(sink->prefixes[i].name);
    free(sink->prefixes[i].iri);
  }
  for (size_t i = 0; i < sizeof(sink->names) / sizeof(sink->names[0]); ++i) {
    free(sink->names[i].buf);
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
    /* Not SERD_STYLE_CURIED: qualify() makes every prefixed name (serd's
       own search would try every prefix again for each full IRI). */
    style = SERD_STYLE_ABBREVIATED;
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

void
dkg_serd_sink_set_diag(DkgSink* sink, DkgDiag* diag)
{
  ((WriterSink*)sink)->diag = diag;
}
