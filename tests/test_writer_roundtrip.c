/* Every streaming writer against the W3C suites, as round-trip data.

   For each positive N-Triples test file and each expected graph (.nt) of
   the Turtle evaluation tests in DIR (rdf-tests/rdf/rdf11), the graph is
   parsed with serd, written with each writer (dialoguekg's own
   N-Triples/N-Quads writer, serd's N-Triples/N-Quads/Turtle, raptor2's
   N-Triples/N-Quads/Turtle), parsed again, and compared with the original
   as a sorted list of statements (blank node labels left out, since a
   writer may rename them).

   usage: test_writer_roundtrip DIR */

#include "dialoguekg/dialoguekg.h"
#include "sink/nt.h"
#include "sink/serd.h"
#include "util/str.h"

#include "check.h"

#include <serd/serd.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  char** items;
  size_t n;
  size_t cap;
  DkgTerm (*terms)[3];
  char** owned; /* strings of terms */
  SerdEnv* env;
  bool failed;
  size_t n_owned;
  size_t cap_owned;
} Graph;

static void
own(Graph* g, char* s)
{
  if (g->n_owned == g->cap_owned) {
    g->cap_owned = g->cap_owned ? 2u * g->cap_owned : 64u;
    g->owned = (char**)realloc(g->owned, g->cap_owned * sizeof(char*));
  }
  g->owned[g->n_owned++] = s;
}

/* One serd node as a DkgTerm (strings owned by `g`) and its canonical
   text in `canon`. */
static DkgTerm
to_term(Graph* g,
        const SerdNode* node,
        const SerdNode* datatype,
        const SerdNode* lang,
        char* canon,
        size_t size)
{
  DkgTerm out;
  memset(&out, 0, sizeof(out));
  SerdNode full = serd_env_expand_node(g->env, node);
  const SerdNode* n = full.buf ? &full : node;
  switch (node->type) {
    case SERD_URI:
    case SERD_CURIE:
      out.kind = DKG_TERM_IRI;
      out.value = dkg_strndup((const char*)n->buf, n->n_bytes);
      out.len = n->n_bytes;
      snprintf(canon, size, "<%s>", out.value);
      break;
    case SERD_BLANK:
      out.kind = DKG_TERM_BLANK;
      out.value = dkg_strndup((const char*)n->buf, n->n_bytes);
      out.len = n->n_bytes;
      snprintf(canon, size, "_:");
      break;
    case SERD_LITERAL:
    case SERD_NOTHING:
    default: {
      out.kind = DKG_TERM_LITERAL;
      out.len = n->n_bytes;
      out.value = dkg_strndup((const char*)n->buf, n->n_bytes);
      SerdNode dfull =
        datatype ? serd_env_expand_node(g->env, datatype) : SERD_NODE_NULL;
      const char* dt = dfull.buf  ? (const char*)dfull.buf
                       : datatype ? (const char*)datatype->buf
                                  : NULL;
      const char* lg = lang ? (const char*)lang->buf : NULL;
      if (dt && !strcmp(dt, "http://www.w3.org/2001/XMLSchema#string")) {
        dt = NULL; /* the same term in RDF 1.1 */
      }
      out.datatype = dt ? dkg_strndup(dt, strlen(dt)) : NULL;
      out.lang = lg ? dkg_strndup(lg, strlen(lg)) : NULL;
      serd_node_free(&dfull);
      /* The value's bytes in hex, so that any byte compares. */
      size_t w = (size_t)snprintf(canon, size, "\"");
      for (size_t i = 0; i < out.len && w + 3u < size; ++i) {
        w += (size_t)snprintf(
          canon + w, size - w, "%02x", (unsigned char)out.value[i]);
      }
      snprintf(canon + w,
               size - w,
               "\"%s%s%s",
               out.lang       ? "@"
               : out.datatype ? "^^"
                              : "",
               out.lang ? out.lang : "",
               out.datatype ? out.datatype : "");
      if (out.datatype) {
        own(g, (char*)(uintptr_t)out.datatype);
      }
      if (out.lang) {
        own(g, (char*)(uintptr_t)out.lang);
      }
      break;
    }
  }
  serd_node_free(&full);
  own(g, (char*)(uintptr_t)out.value);
  return out;
}

static SerdStatus
on_base(void* handle, const SerdNode* uri)
{
  return serd_env_set_base_uri(((Graph*)handle)->env, uri);
}

static SerdStatus
on_prefix(void* handle, const SerdNode* name, const SerdNode* uri)
{
  return serd_env_set_prefix(((Graph*)handle)->env, name, uri);
}

static SerdStatus
on_statement(void* handle,
             SerdStatementFlags flags,
             const SerdNode* graph,
             const SerdNode* subject,
             const SerdNode* predicate,
             const SerdNode* object,
             const SerdNode* datatype,
             const SerdNode* lang)
{
  (void)flags;
  (void)graph;
  Graph* g = (Graph*)handle;
  if (g->n == g->cap) {
    g->cap = g->cap ? 2u * g->cap : 64u;
    g->items = (char**)realloc(g->items, g->cap * sizeof(char*));
    g->terms = (DkgTerm(*)[3])realloc(g->terms, g->cap * sizeof(*g->terms));
  }
  static char c[3][8192];
  g->terms[g->n][0] = to_term(g, subject, NULL, NULL, c[0], sizeof(c[0]));
  g->terms[g->n][1] = to_term(g, predicate, NULL, NULL, c[1], sizeof(c[1]));
  g->terms[g->n][2] = to_term(g, object, datatype, lang, c[2], sizeof(c[2]));
  const size_t n = strlen(c[0]) + strlen(c[1]) + strlen(c[2]) + 3u;
  g->items[g->n] = (char*)malloc(n);
  snprintf(g->items[g->n], n, "%s %s %s", c[0], c[1], c[2]);
  ++g->n;
  return SERD_SUCCESS;
}

static int
cmp_str(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

static void
graph_free(Graph* g)
{
  for (size_t i = 0; i < g->n; ++i) {
    free(g->items[i]);
  }
  for (size_t i = 0; i < g->n_owned; ++i) {
    free(g->owned[i]);
  }
  free(g->items);
  free(g->terms);
  free(g->owned);
  memset(g, 0, sizeof(*g));
}

static bool
parse(const char* syntax, const unsigned char* text, size_t len, Graph* g)
{
  const SerdSyntax which = !strcmp(syntax, "turtle")   ? SERD_TURTLE
                           : !strcmp(syntax, "nquads") ? SERD_NQUADS
                                                       : SERD_NTRIPLES;
  const SerdNode base =
    serd_node_from_string(SERD_URI, (const uint8_t*)"http://example/base/");
  g->env = serd_env_new(&base);
  SerdReader* r =
    serd_reader_new(which, g, NULL, on_base, on_prefix, on_statement, NULL);
  serd_reader_set_strict(r, true);
  size_t blank = 0;
  while (blank < len && strchr(" \t\r\n", text[blank])) {
    ++blank;
  }
  if (blank == len) { /* nothing but blanks: the empty graph */
    serd_reader_free(r);
    serd_env_free(g->env);
    g->env = NULL;
    return true;
  }
  char* copy = dkg_strndup((const char*)text, len); /* serd wants a NUL */
  const bool ok =
    serd_reader_read_string(r, (const uint8_t*)copy) <= SERD_FAILURE &&
    !g->failed; /* SERD_FAILURE: nothing to read, only comments */
  free(copy);
  serd_reader_free(r);
  serd_env_free(g->env);
  g->env = NULL;
  if (g->n) {
    qsort(g->items, g->n, sizeof(char*), cmp_str);
  }
  return ok;
}

static unsigned char*
slurp(const char* path, size_t* len)
{
  FILE* f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  unsigned char* buf = NULL;
  size_t cap = 0;
  *len = 0;
  for (;;) {
    if (*len + 4096u > cap) {
      cap = cap ? 2u * cap : 8192u;
      buf = (unsigned char*)realloc(buf, cap);
    }
    const size_t n = fread(buf + *len, 1u, 4096u, f);
    *len += n;
    if (!n) {
      break;
    }
  }
  fclose(f);
  return buf;
}

typedef struct
{
  const char* name;
  const char* reparse; /* raptor syntax of the output */
} Writer;

static const Writer writers[] = {
  { "own-ntriples", "ntriples" },  { "own-nquads", "nquads" },
  { "serd-ntriples", "ntriples" }, { "serd-nquads", "nquads" },
  { "serd-turtle", "turtle" },     { "raptor-ntriples", "ntriples" },
  { "raptor-nquads", "nquads" },   { "raptor-turtle", "turtle" },
};

static DkgSink*
make(size_t w, FILE* out)
{
  switch (w) {
    case 0:
      return dkg_nt_sink_new(out, false);
    case 1:
      return dkg_nt_sink_new(out, true);
    case 2:
      return dkg_serd_sink_new(out, "ntriples");
    case 3:
      return dkg_serd_sink_new(out, "nquads");
    case 4:
      return dkg_serd_sink_new(out, "turtle");
    case 5:
      return dkg_raptor_sink_new(out, "ntriples", NULL);
    case 6:
      return dkg_raptor_sink_new(out, "nquads", NULL);
    default:
      return dkg_raptor_sink_new(out, "turtle", NULL);
  }
}

static int checks;

/* raptor2 2.0.15's writers lose these (control characters and characters
   at the ASCII boundaries in literals, Turtle collections and a carriage
   return in Turtle): known, listed in docs/performance.md, and checked to
   stay exactly so.  dialoguekg uses raptor2 only for RDF/XML, RDF/JSON and
   --writer raptor. */
static const char* const raptor_known[] = {
  "literal_all_controls.nt raptor-ntriples",
  "literal_all_controls.nt raptor-nquads",
  "literal_all_controls.nt raptor-turtle",
  "literal_with_CARRIAGE_RETURN.nt raptor-turtle",
  "nt-syntax-subm-01.nt raptor-turtle",
  "LITERAL1_all_controls.nt raptor-ntriples",
  "LITERAL1_all_controls.nt raptor-nquads",
  "LITERAL1_all_controls.nt raptor-turtle",
  "LITERAL1_ascii_boundaries.nt raptor-ntriples",
  "LITERAL1_ascii_boundaries.nt raptor-nquads",
  "LITERAL1_ascii_boundaries.nt raptor-turtle",
  "LITERAL2_ascii_boundaries.nt raptor-ntriples",
  "LITERAL2_ascii_boundaries.nt raptor-nquads",
  "LITERAL2_ascii_boundaries.nt raptor-turtle",
  "LITERAL_LONG1_ascii_boundaries.nt raptor-ntriples",
  "LITERAL_LONG1_ascii_boundaries.nt raptor-nquads",
  "LITERAL_LONG1_ascii_boundaries.nt raptor-turtle",
  "LITERAL_LONG2_ascii_boundaries.nt raptor-ntriples",
  "LITERAL_LONG2_ascii_boundaries.nt raptor-nquads",
  "LITERAL_LONG2_ascii_boundaries.nt raptor-turtle",
  "turtle-eval-lists-03.nt raptor-turtle",
  "turtle-eval-lists-04.nt raptor-turtle",
  "turtle-eval-lists-05.nt raptor-turtle",
  "turtle-subm-26.nt raptor-turtle",
};
static int raptor_known_seen; /* reported at the end */
static int skipped;

static bool
is_raptor_known(const char* path, const char* writer)
{
  const char* base = strrchr(path, '/');
  base = base ? base + 1 : path;
  char key[8192];
  snprintf(key, sizeof(key), "%s %s", base, writer);
  for (size_t i = 0; i < sizeof(raptor_known) / sizeof(raptor_known[0]); ++i) {
    if (!strcmp(raptor_known[i], key)) {
      return true;
    }
  }
  return false;
}

static void
check_file(const char* path)
{
  size_t len = 0;
  unsigned char* text = slurp(path, &len);
  Graph orig;
  memset(&orig, 0, sizeof(orig));
  if (text && memchr(text, 0, len)) {
    /* serd reads NUL-terminated strings: a raw U+0000 cannot be given. */
    printf("SKIP %s: holds a raw U+0000\n", path);
    ++skipped;
    free(text);
    return;
  }
  if (!text || !parse("ntriples", text, len, &orig)) {
    printf("FAIL %s: cannot parse the expected graph\n", path);
    ++dkg_test_failures;
    free(text);
    graph_free(&orig);
    return;
  }
  for (size_t w = 0; w < sizeof(writers) / sizeof(writers[0]); ++w) {
    char* buf = NULL;
    size_t size = 0;
    FILE* out = open_memstream(&buf, &size);
    DkgSink* sink = make(w, out);
    DkgStatus st = sink ? DKG_SUCCESS : DKG_ERR_NOMEM;
    if (!st) {
      st = dkg_sink_declare_prefixes(sink, "http://example/data/");
    }
    /* Namespaces of the suites' own IRIs, so that the Turtle writers make
       prefixed names of odd local parts (the PN_LOCAL tests). */
    static const char* const suite_prefixes[][2] = {
      { "ae", "http://a.example/" },
      { "eo", "http://example.org/" },
      { "eoh", "http://example.org#" },
      { "a", "http://a/" },
      { "tt", "http://www.w3.org/2013/TurtleTests/" },
    };
    for (size_t k = 0;
         !st && k < sizeof(suite_prefixes) / sizeof(suite_prefixes[0]);
         ++k) {
      st = dkg_sink_prefix(sink, suite_prefixes[k][0], suite_prefixes[k][1]);
    }
    /* Statements in the order parsed (the sorted copy is for comparing). */
    Graph again;
    memset(&again, 0, sizeof(again));
    Graph order;
    memset(&order, 0, sizeof(order));
    parse("ntriples", text, len, &order); /* unsorted terms kept */
    for (size_t i = 0; !st && i < order.n; ++i) {
      st = dkg_sink_statement(
        sink, NULL, &order.terms[i][0], &order.terms[i][1], &order.terms[i][2]);
    }
    if (!st) {
      st = dkg_sink_finish(sink);
    }
    dkg_sink_free(sink);
    fclose(out);
    const bool reparsed =
      !st && parse(writers[w].reparse, (unsigned char*)buf, size, &again);
    bool same = reparsed && again.n == orig.n;
    for (size_t i = 0; same && i < orig.n; ++i) {
      same = !strcmp(orig.items[i], again.items[i]);
    }
    ++checks;
    if (!same && getenv("DKG_TEST_DEBUG")) {
      for (size_t i = 0; i < orig.n || i < again.n; ++i) {
        printf("  %s\n  %s\n",
               i < orig.n ? orig.items[i] : "-",
               i < again.n ? again.items[i] : "-");
      }
      fwrite(buf, 1u, size, stdout);
    }
    const bool known = is_raptor_known(path, writers[w].name);
    if (known && !same) {
      ++raptor_known_seen;
      printf("known raptor2 failure: %s with %s\n", path, writers[w].name);
    } else if (known) {
      ++dkg_test_failures;
      printf("FAIL %s with %s: passes now, update raptor_known\n",
             path,
             writers[w].name);
    } else if (!same) {
      ++dkg_test_failures;
      printf("FAIL %s with %s: %s\n",
             path,
             writers[w].name,
             st          ? dkg_strerror(st)
             : !reparsed ? "output does not parse"
                         : "graph differs");
    }
    graph_free(&again);
    graph_free(&order);
    free(buf);
  }
  graph_free(&orig);
  free(text);
}

static int
cmp_name(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

static size_t
check_dir(const char* dir, bool positive_nt)
{
  DIR* d = opendir(dir);
  if (!d) {
    printf("FAIL cannot open %s\n", dir);
    ++dkg_test_failures;
    return 0;
  }
  char* names[1024];
  size_t n = 0;
  struct dirent* e = NULL;
  while ((e = readdir(d)) && n < 1024u) {
    const size_t l = strlen(e->d_name);
    if (l > 3u && !strcmp(e->d_name + l - 3u, ".nt") &&
        (!positive_nt || !strstr(e->d_name, "-bad-"))) {
      names[n++] = dkg_strndup(e->d_name, l);
    }
  }
  closedir(d);
  qsort(names, n, sizeof(char*), cmp_name);
  for (size_t i = 0; i < n; ++i) {
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
    check_file(path);
    free(names[i]);
  }
  return n;
}

int
main(int argc, char** argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: %s RDF11_DIR\n", argv[0]);
    return 2;
  }
  char dir[4096];
  snprintf(dir, sizeof(dir), "%s/rdf-n-triples", argv[1]);
  const size_t n_nt = check_dir(dir, true);
  snprintf(dir, sizeof(dir), "%s/rdf-turtle", argv[1]);
  const size_t n_ttl = check_dir(dir, false);
  printf("%zu N-Triples tests and %zu Turtle results, %d round trips "
         "(%d known raptor2 failures): %d failed\n",
         n_nt,
         n_ttl,
         checks,
         raptor_known_seen,
         dkg_test_failures);
  /* Too few files read: the suites are not where expected. */
  CHECK(skipped <= 1 && n_nt >= 40u && n_ttl >= 100u);
  return dkg_test_result();
}
