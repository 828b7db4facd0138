/*
  Fuzz harness: bytes -> reader -> record checks -> mapper -> every writer,
  and each writer's output read back by an independent parser.

  One input is read as a dialoguekg input file (one object, an array or JSON
  Lines).  Every record that passes the checks is mapped once; a "tee" sink
  hands each statement to all writers at once:

    N-Triples, N-Quads, Turtle (serd)      read back with raptor2
    RDF/XML (raptor2, abbreviated)          read back with raptor2's rdfxml
    JSON-LD compacted, JSON-LD expanded     read back with cJSON

  and to a recorder that keeps the set of distinct triples sent.  Each
  RDF output must parse without any error and give back exactly that set
  (same size, every triple read back was sent).  Each JSON-LD output must be
  valid JSON; the compacted one must hold one node object per subject block,
  the expanded one one node per subject and one value per distinct triple.

  Any failure prints what differs and calls abort(), which libFuzzer and the
  replay driver (replay_main.c) report as a crash.  Bad input is no failure:
  the reader and the checks reject it, which is their job.
*/

#include "check/record.h"
#include "dialoguekg/dialoguekg.h"
#include "map/mapper.h"
#include "resolve/registry.h"
#include "sink/jsonld/context_data.h"
#include "sink/serd.h"
#include "util/buf.h"
#include "util/hashmap.h"

#include <cjson/cJSON.h>
#include <raptor2.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

#define BASE DKG_DEFAULT_BASE
#define GRAPH DKG_DEFAULT_BASE "graph"
#define XSD_STRING DKG_NS_XSD "string"

enum
{
  OUT_NTRIPLES,
  OUT_NQUADS,
  OUT_TURTLE,
  OUT_RDFXML,
  OUT_JSONLD,
  OUT_JSONLD_EXPANDED,
  N_OUTS
};

static const char* const out_names[N_OUTS] = {
  "ntriples", "nquads", "turtle", "rdfxml", "jsonld", "jsonld-expanded",
};

/* The raptor2 parser that reads each RDF output back. */
static const char* const out_parsers[N_OUTS] = {
  "ntriples", "nquads", "turtle", "rdfxml", NULL, NULL,
};

static void fail(const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 1, 2)))
#endif
  ;

/* Reports what went wrong and aborts: the fuzzer's "crash". */
static void
fail(const char* fmt, ...)
{
  va_list args;
  fprintf(stderr, "fuzz_convert: ");
  va_start(args, fmt);
  vfprintf(stderr, fmt, args);
  va_end(args);
  fputc('\n', stderr);
  abort();
}

/* ------------------------------------------------------------------------ */
/* Triple keys: one byte string per triple, the same from both sides        */

static void
key_part(DkgBuf* key,
         char kind,
         const char* value,
         size_t len,
         const char* datatype,
         size_t dt_len,
         const char* lang,
         size_t lang_len)
{
  char head[64];
  if (datatype && dt_len == strlen(XSD_STRING) &&
      !memcmp(datatype, XSD_STRING, dt_len)) {
    datatype = NULL; /* xsd:string is the plain literal of RDF 1.1 */
  }
  if (lang && lang_len) {
    datatype = NULL; /* rdf:langString */
  }
  snprintf(head, sizeof(head), "%c%zu:", kind, len);
  dkg_buf_puts(key, head);
  dkg_buf_append(key, value, len);
  snprintf(head, sizeof(head), "^%zu:", datatype ? dt_len : 0u);
  dkg_buf_puts(key, head);
  if (datatype) {
    dkg_buf_append(key, datatype, dt_len);
  }
  snprintf(head, sizeof(head), "@%zu:", lang ? lang_len : 0u);
  dkg_buf_puts(key, head);
  for (size_t i = 0; lang && i < lang_len; ++i) {
    const char c = (char)tolower((unsigned char)lang[i]);
    dkg_buf_append(key, &c, 1u);
  }
}

static void
key_dkg_term(DkgBuf* key, const DkgTerm* t)
{
  const char kind = t->kind == DKG_TERM_IRI     ? 'I'
                    : t->kind == DKG_TERM_BLANK ? 'B'
                                                : 'L';
  key_part(key,
           kind,
           t->value,
           t->len,
           t->datatype,
           t->datatype ? strlen(t->datatype) : 0u,
           t->lang,
           t->lang ? strlen(t->lang) : 0u);
}

static void
key_raptor_term(DkgBuf* key, const raptor_term* t)
{
  size_t len = 0;
  const unsigned char* s = NULL;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      s = raptor_uri_as_counted_string(t->value.uri, &len);
      key_part(key, 'I', (const char*)s, len, NULL, 0, NULL, 0);
      return;
    case RAPTOR_TERM_TYPE_BLANK:
      key_part(key,
               'B',
               (const char*)t->value.blank.string,
               t->value.blank.string_len,
               NULL,
               0,
               NULL,
               0);
      return;
    case RAPTOR_TERM_TYPE_LITERAL:
      if (t->value.literal.datatype) {
        s = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
      }
      key_part(key,
               'L',
               (const char*)t->value.literal.string,
               t->value.literal.string_len,
               (const char*)s,
               len,
               (const char*)t->value.literal.language,
               t->value.literal.language_len);
      return;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  fail("raptor2 gave a term of unknown type");
}

/* ------------------------------------------------------------------------ */
/* The tee sink: every statement to every writer, and to the recorder       */

typedef struct
{
  struct DkgSinkImpl base;
  DkgSink* outs[N_OUTS];
  DkgHash triples;     /* distinct triples sent (keys) */
  DkgHash subjects;    /* distinct subjects sent */
  size_t n_blocks;     /* subject blocks (changes of subject) */
  DkgBuf last_subject; /* subject of the current block */
  DkgBuf key;          /* scratch */
  DkgStatus failed[N_OUTS];
} TeeSink;

static DkgStatus
tee_prefix(DkgSink* base, const char* name, const char* iri)
{
  TeeSink* tee = (TeeSink*)base;
  for (int i = 0; i < N_OUTS; ++i) {
    if (!tee->failed[i]) {
      tee->failed[i] = dkg_sink_prefix(tee->outs[i], name, iri);
    }
  }
  return DKG_SUCCESS;
}

static DkgStatus
tee_statement(DkgSink* base,
              const DkgTerm* graph,
              const DkgTerm* s,
              const DkgTerm* p,
              const DkgTerm* o)
{
  TeeSink* tee = (TeeSink*)base;
  for (int i = 0; i < N_OUTS; ++i) {
    /* Only N-Quads has graphs; the CLI gives the graph to it alone. */
    const DkgTerm* g = i == OUT_NQUADS ? graph : NULL;
    if (!tee->failed[i]) {
      tee->failed[i] = dkg_sink_statement(tee->outs[i], g, s, p, o);
    }
  }
  dkg_buf_clear(&tee->key);
  key_dkg_term(&tee->key, s);
  key_dkg_term(&tee->key, p);
  key_dkg_term(&tee->key, o);
  dkg_hash_put(&tee->triples, tee->key.buf, tee->key.len, tee, NULL);
  if (!tee->last_subject.buf || tee->last_subject.len != s->len ||
      memcmp(tee->last_subject.buf, s->value, s->len)) {
    ++tee->n_blocks;
    dkg_buf_clear(&tee->last_subject);
    dkg_buf_append(&tee->last_subject, s->value, s->len);
  }
  dkg_hash_put(&tee->subjects, s->value, s->len, tee, NULL);
  return DKG_SUCCESS;
}

static void
tee_free(DkgSink* base)
{
  (void)base; /* owned by the harness */
}

static const DkgSinkClass tee_class = {
  "tee", tee_prefix, tee_statement, NULL, tee_free,
};

/* ------------------------------------------------------------------------ */
/* Reading back with raptor2                                                */

typedef struct
{
  const TeeSink* tee;
  const char* name;
  const char* output;
  DkgBuf key;
  DkgHash seen;
  bool error;
} ReadBack;

static void
read_log(void* data, raptor_log_message* message)
{
  ReadBack* rb = (ReadBack*)data;
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    fprintf(stderr,
            "fuzz_convert: raptor2 reading %s: %s\n",
            rb->name,
            message->text);
    rb->error = true;
  }
}

static void
read_statement(void* data, raptor_statement* st)
{
  ReadBack* rb = (ReadBack*)data;
  dkg_buf_clear(&rb->key);
  key_raptor_term(&rb->key, st->subject);
  key_raptor_term(&rb->key, st->predicate);
  key_raptor_term(&rb->key, st->object);
  if (!dkg_hash_get(&rb->tee->triples, rb->key.buf, rb->key.len)) {
    fprintf(stderr, "%s\n", rb->output);
    fail(
      "%s output holds a triple that was not sent: %s", rb->name, rb->key.buf);
  }
  dkg_hash_put(&rb->seen, rb->key.buf, rb->key.len, rb, NULL);
}

static raptor_world* world;

static void
check_rdf(const TeeSink* tee, int which, const char* text, size_t len)
{
  ReadBack rb = { tee, out_names[which], text, { NULL, 0, 0 }, { 0 }, false };
  dkg_hash_init(&rb.seen);
  raptor_world_set_log_handler(world, &rb, read_log);
  raptor_parser* parser = raptor_new_parser(world, out_parsers[which]);
  raptor_uri* base =
    raptor_new_uri(world, (const unsigned char*)"http://example.invalid/");
  if (!parser || !base) {
    fail("cannot create a raptor2 parser");
  }
  raptor_parser_set_statement_handler(parser, &rb, read_statement);
  if (raptor_parser_parse_start(parser, base) ||
      raptor_parser_parse_chunk(parser, (const unsigned char*)text, len, 1) ||
      rb.error) {
    fprintf(stderr, "%.*s\n", (int)len, text);
    fail("raptor2 cannot read the %s output", out_names[which]);
  }
  if (rb.seen.count != tee->triples.count) {
    char counts[64];
    snprintf(counts,
             sizeof(counts),
             "%zu, not %zu",
             rb.seen.count,
             tee->triples.count);
    fprintf(stderr, "%.*s\n", (int)len, text);
    fail("the %s output holds %s distinct triples", out_names[which], counts);
  }
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_world_set_log_handler(world, NULL, NULL);
  dkg_hash_destroy(&rb.seen);
  dkg_buf_destroy(&rb.key);
}

/* ------------------------------------------------------------------------ */
/* Reading back with cJSON                                                  */

static void
fail_count(const char* what, size_t got, size_t want)
{
  char counts[64];
  snprintf(counts, sizeof(counts), "%zu, expected %zu", got, want);
  fail("%s: %s", what, counts);
}

static void
check_jsonld(const TeeSink* tee, int which, const char* text, size_t len)
{
  cJSON* doc = cJSON_ParseWithLength(text, len);
  if (!doc) {
    fprintf(stderr, "%.*s\n", (int)len, text);
    fail("the %s output is not JSON", out_names[which]);
  }
  if (which == OUT_JSONLD) {
    /* {"@context": {...}, "@graph": [one node object per subject block]} */
    const cJSON* ctx = cJSON_GetObjectItemCaseSensitive(doc, "@context");
    const cJSON* graph = cJSON_GetObjectItemCaseSensitive(doc, "@graph");
    if (!cJSON_IsObject(doc) || !ctx ||
        (tee->n_blocks && !cJSON_IsArray(graph))) {
      fail("compacted JSON-LD without @context and @graph");
    }
    const size_t n = graph ? (size_t)cJSON_GetArraySize(graph) : 0u;
    if (n != tee->n_blocks) {
      fail_count("compacted JSON-LD node objects", n, tee->n_blocks);
    }
    const cJSON* node = NULL;
    cJSON_ArrayForEach(node, graph)
    {
      const cJSON* id = cJSON_GetObjectItemCaseSensitive(node, "@id");
      if (!cJSON_IsObject(node) || !cJSON_IsString(id) || !id->valuestring[0]) {
        fail("compacted JSON-LD node object without @id");
      }
    }
  } else {
    /* [ {"@id": S, "@type": [...], P: [values...]} ... ]: one node per
       subject, one value per distinct triple (rdf:type as @type). */
    if (!cJSON_IsArray(doc)) {
      fail("expanded JSON-LD is not an array");
    }
    const size_t n = (size_t)cJSON_GetArraySize(doc);
    if (n != tee->subjects.count) {
      fail_count("expanded JSON-LD nodes", n, tee->subjects.count);
    }
    size_t values = 0;
    const cJSON* node = NULL;
    cJSON_ArrayForEach(node, doc)
    {
      const cJSON* member = NULL;
      cJSON_ArrayForEach(member, node)
      {
        if (!strcmp(member->string, "@id")) {
          if (!cJSON_IsString(member) ||
              !dkg_hash_get(&tee->subjects,
                            member->valuestring,
                            strlen(member->valuestring))) {
            fail("expanded JSON-LD node with an unknown @id");
          }
        } else if (!cJSON_IsArray(member)) {
          fail("expanded JSON-LD: %s is not an array", member->string);
        } else {
          values += (size_t)cJSON_GetArraySize(member);
        }
      }
    }
    if (values != tee->triples.count) {
      fail_count("expanded JSON-LD values", values, tee->triples.count);
    }
  }
  cJSON_Delete(doc);
}

/* ------------------------------------------------------------------------ */
/* The harness                                                              */

static DkgRegistry* registry;

static void
quiet(void* handle,
      DkgSeverity severity,
      const DkgPlace* place,
      const char* message)
{
  (void)handle;
  (void)severity;
  (void)place;
  if (getenv("DKG_FUZZ_VERBOSE")) {
    fprintf(stderr, "diag: %s\n", message);
  }
}

static void
setup(void)
{
  DkgDiag* diag = dkg_diag_new("fuzz_convert", NULL, NULL);
  const char* dir = getenv("DIALOGUEKG_DATA");
  if (!diag ||
      dkg_registry_load(dir ? dir : DKG_SOURCE_DATA_DIR, diag, &registry)) {
    fail("cannot load the reference data from %s", DKG_SOURCE_DATA_DIR);
  }
  dkg_diag_free(diag);
  world = raptor_new_world();
  if (!world || raptor_world_open(world)) {
    fail("cannot open raptor2");
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  if (!registry) {
    setup();
  }
  if (!size) {
    return 0; /* fmemopen() refuses an empty buffer */
  }
  FILE* in = fmemopen((void*)(uintptr_t)data, size, "rb");
  DkgDiag* diag = dkg_diag_new("fuzz_convert", quiet, NULL);
  const DkgReaderLimits limits = { 1024u * 1024u, 64u };
  DkgReader* reader = in ? dkg_reader_new(in, "fuzz", diag, &limits) : NULL;
  DkgRecordParser* parser = dkg_record_parser_new(registry, diag);

  TeeSink tee;
  memset(&tee, 0, sizeof(tee));
  tee.base.klass = &tee_class;
  dkg_hash_init(&tee.triples);
  dkg_hash_init(&tee.subjects);
  char* bufs[N_OUTS] = { NULL };
  size_t lens[N_OUTS] = { 0 };
  FILE* outs[N_OUTS] = { NULL };
  const DkgJsonldOptions jopts = { false, false, NULL, true };
  for (int i = 0; i < N_OUTS; ++i) {
    outs[i] = open_memstream(&bufs[i], &lens[i]);
    if (!outs[i]) {
      fail("open_memstream failed");
    }
  }
  tee.outs[OUT_NTRIPLES] = dkg_serd_sink_new(outs[OUT_NTRIPLES], "ntriples");
  tee.outs[OUT_NQUADS] = dkg_serd_sink_new(outs[OUT_NQUADS], "nquads");
  tee.outs[OUT_TURTLE] = dkg_serd_sink_new(outs[OUT_TURTLE], "turtle");
  tee.outs[OUT_RDFXML] =
    dkg_raptor_sink_new(outs[OUT_RDFXML], "rdfxml-abbrev", NULL);
  tee.outs[OUT_JSONLD] =
    dkg_jsonld_sink_new(outs[OUT_JSONLD], dkg_context_json, NULL, &jopts);
  tee.outs[OUT_JSONLD_EXPANDED] =
    dkg_jsonld_sink_new(outs[OUT_JSONLD_EXPANDED], NULL, NULL, &jopts);
  const DkgMapperOptions mopts = { BASE, GRAPH, false };
  DkgMapper* mapper = dkg_mapper_new(registry, &tee.base, diag, &mopts);
  if (!reader || !parser || !mapper) {
    fail("out of memory");
  }
  for (int i = 0; i < N_OUTS; ++i) {
    if (!tee.outs[i]) {
      fail("cannot create the %s writer", out_names[i]);
    }
  }
  dkg_sink_declare_prefixes(&tee.base, BASE);

  for (;;) {
    DkgRecordText text;
    const DkgStatus st = dkg_reader_next(reader, &text);
    if (!st && !text.text) {
      break;
    }
    if (st) {
      if (st != DKG_ERR_SYNTAX && st != DKG_ERR_LIMIT) {
        fail("the reader failed: %s", dkg_strerror(st));
      }
      if (text.text || !dkg_reader_can_resume(reader)) {
        break;
      }
      continue;
    }
    DkgRecord record;
    const DkgStatus pst = dkg_record_parse(parser, &text, &record);
    if (pst == DKG_ERR_SYNTAX || pst == DKG_ERR_RECORD) {
      continue;
    }
    if (pst) {
      fail("the record checks failed: %s", dkg_strerror(pst));
    }
    const DkgStatus mst = dkg_mapper_map(mapper, &record, &text);
    if (mst) {
      fail("the mapper failed: %s", dkg_strerror(mst));
    }
  }

  for (int i = 0; i < N_OUTS; ++i) {
    if (!tee.failed[i]) {
      tee.failed[i] = dkg_sink_finish(tee.outs[i]);
    }
    if (tee.failed[i]) {
      fail("the %s writer failed on checked records: %s",
           out_names[i],
           dkg_strerror(tee.failed[i]));
    }
    if (fclose(outs[i])) {
      fail("closing a memory stream failed");
    }
    outs[i] = NULL;
  }
  for (int i = 0; i < N_OUTS; ++i) {
    if (out_parsers[i]) {
      check_rdf(&tee, i, bufs[i], lens[i]);
    } else {
      check_jsonld(&tee, i, bufs[i], lens[i]);
    }
  }

  if (getenv("DKG_FUZZ_VERBOSE")) {
    fprintf(stderr,
            "fuzz_convert: %zu distinct triples, %zu subjects, %zu blocks: "
            "all %d outputs read back\n",
            tee.triples.count,
            tee.subjects.count,
            tee.n_blocks,
            (int)N_OUTS);
  }
  dkg_mapper_free(mapper);
  for (int i = 0; i < N_OUTS; ++i) {
    dkg_sink_free(tee.outs[i]);
    free(bufs[i]);
  }
  dkg_hash_destroy(&tee.triples);
  dkg_hash_destroy(&tee.subjects);
  dkg_buf_destroy(&tee.last_subject);
  dkg_buf_destroy(&tee.key);
  dkg_record_parser_free(parser);
  dkg_reader_free(reader);
  dkg_diag_free(diag);
  fclose(in);
  return 0;
}
