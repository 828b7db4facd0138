/* The embedded store: a librdf model, filled and queried. */

#define _XOPEN_SOURCE 700 /* realpath */

#include "store.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

struct DkgStore
{
  librdf_world* world;
  librdf_storage* storage;
  librdf_model* model;
  DkgDiag* diag;
  const char* name;       /* file named in messages from librdf, or NULL */
  size_t n_errors;        /* errors logged by librdf, raptor or rasqal */
  const char* query_text; /* the query being parsed, or NULL */
  bool no_warnings;       /* the query was parsed once: its warnings told */
  char last[256];         /* the last message, not repeated */
  bool transaction;
};

/* ------------------------------------------------------------------------ */
/* Inputs                                                                   */

static bool
has_suffix(const char* path, const char* suffix)
{
  const size_t n = strlen(path), m = strlen(suffix);
  if (n <= m) {
    return false;
  }
  for (size_t i = 0; i < m; ++i) {
    if (tolower((unsigned char)path[n - m + i]) != suffix[i]) {
      return false;
    }
  }
  return true;
}

DkgInputKind
dkg_input_kind(const char* path)
{
  static const struct
  {
    const char* suffix;
    DkgInputKind kind;
  } by_suffix[] = {
    { ".json", DKG_INPUT_RECORDS },      { ".jsonl", DKG_INPUT_RECORDS },
    { ".ndjson", DKG_INPUT_RECORDS },    { ".ttl", DKG_INPUT_TURTLE },
    { ".turtle", DKG_INPUT_TURTLE },     { ".nt", DKG_INPUT_NTRIPLES },
    { ".ntriples", DKG_INPUT_NTRIPLES }, { ".nq", DKG_INPUT_NQUADS },
    { ".nquads", DKG_INPUT_NQUADS },
  };
  if (!strcmp(path, "-")) {
    return DKG_INPUT_RECORDS;
  }
  for (size_t i = 0; i < sizeof(by_suffix) / sizeof(by_suffix[0]); ++i) {
    if (has_suffix(path, by_suffix[i].suffix)) {
      return by_suffix[i].kind;
    }
  }
  FILE* f = fopen(path, "rb");
  if (!f) {
    return DKG_INPUT_RECORDS;
  }
  char head[512];
  const size_t n = fread(head, 1, sizeof(head) - 1u, f);
  fclose(f);
  head[n] = '\0';
  size_t i = 0;
  if (n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3)) {
    i = 3; /* a byte order mark */
  }
  for (;;) {
    while (i < n && isspace((unsigned char)head[i])) {
      ++i;
    }
    if (i < n && head[i] == '#') { /* an RDF comment line */
      while (i < n && head[i] != '\n') {
        ++i;
      }
      continue;
    }
    break;
  }
  if (i >= n || head[i] == '{' || head[i] == '[') {
    return DKG_INPUT_RECORDS; /* an empty file reads as no records */
  }
  if (head[i] == '<' || (head[i] == '_' && head[i + 1] == ':')) {
    return DKG_INPUT_NQUADS;
  }
  return DKG_INPUT_TURTLE;
}

const char*
dkg_input_syntax(DkgInputKind kind)
{
  switch (kind) {
    case DKG_INPUT_RECORDS:
      return NULL;
    case DKG_INPUT_TURTLE:
      return "turtle";
    case DKG_INPUT_NTRIPLES:
      return "ntriples";
    case DKG_INPUT_NQUADS:
      return "nquads";
  }
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Opening                                                                  */

/* True when `text` is the message reported just before (rasqal repeats
   an execution error once per row). */
static bool
is_repeated(DkgStore* store, const char* text)
{
  if (!strncmp(store->last, text, sizeof(store->last) - 1u)) {
    return true;
  }
  snprintf(store->last, sizeof(store->last), "%s", text);
  return false;
}

static int
log_handler(void* data, librdf_log_message* message)
{
  DkgStore* store = (DkgStore*)data;
  const librdf_log_level level = librdf_log_message_level(message);
  const char* text = librdf_log_message_message(message);
  if (!text) {
    text = "unknown error";
  }
  if (level >= LIBRDF_LOG_ERROR) {
    ++store->n_errors;
  }
  if (level < LIBRDF_LOG_WARN || is_repeated(store, text) ||
      (level < LIBRDF_LOG_ERROR &&
       (store->no_warnings || strstr(text, "$$")))) {
    return 1;
  }
  raptor_locator* loc = librdf_log_message_locator(message);
  const int line = loc ? raptor_locator_line(loc) : -1;
  const int col = loc ? raptor_locator_column(loc) : -1;
  DkgPlace place = { store->name ? store->name : "<store>",
                     line > 0 ? (unsigned)line : 0u,
                     col > 0 ? (unsigned)col : 0u,
                     NULL };
  dkg_diag_report(store->diag,
                  level >= LIBRDF_LOG_ERROR ? DKG_ERROR : DKG_WARNING,
                  &place,
                  "%s",
                  text);
  return 1;
}

/* rasqal reports through raptor's log messages, not librdf's logger.  Its
   SPARQL lexer counts lines, not columns: a message names the line and
   quotes it. */
static void
rasqal_log_handler(void* data, raptor_log_message* message)
{
  DkgStore* store = (DkgStore*)data;
  const char* text = message->text ? message->text : "unknown error";
  const bool error = message->level >= RAPTOR_LOG_LEVEL_ERROR;
  if (error) {
    ++store->n_errors;
  }
  /* Not rasqal's notes about its own internal variables ($$agg$$0). */
  if (message->level < RAPTOR_LOG_LEVEL_WARN || is_repeated(store, text) ||
      (!error && (store->no_warnings || strstr(text, "$$") ||
                  strstr(text, "bound but is unused")))) {
    return;
  }
  const int line = message->locator ? message->locator->line : -1;
  const char* name = store->name ? store->name : "<query>";
  const char* q = store->query_text;
  if (line <= 0 || !q) {
    /* A file being parsed: raptor counts lines and columns. */
    const int col = message->locator ? message->locator->column : -1;
    DkgPlace place = {
      name, line > 0 ? (unsigned)line : 0u, col > 0 ? (unsigned)col : 0u, NULL
    };
    dkg_diag_report(
      store->diag, error ? DKG_ERROR : DKG_WARNING, &place, "%s", text);
    return;
  }
  for (int l = 1; l < line && *q; ++q) {
    l += *q == '\n';
  }
  while (*q == ' ' || *q == '\t') {
    ++q;
  }
  int len = 0;
  while (q[len] && q[len] != '\n' && q[len] != '\r' && len < 160) {
    ++len;
  }
  char where[PATH_MAX + 32];
  snprintf(where, sizeof(where), "%s:%d", name, line);
  DkgPlace place = { where, 0, 0, NULL };
  dkg_diag_report(store->diag,
                  error ? DKG_ERROR : DKG_WARNING,
                  &place,
                  "%s, in line %d: %.*s",
                  text,
                  line,
                  len,
                  q);
}

static bool
file_exists(const char* path)
{
  struct stat st;
  return stat(path, &st) == 0;
}

DkgStatus
dkg_store_open(const char* spec,
               DkgStoreMode mode,
               DkgDiag* diag,
               DkgStore** out)
{
  *out = NULL;
  const char* path = NULL;
  if (spec && !strncmp(spec, "sqlite:", 7)) {
    path = spec + 7;
    if (!path[0]) {
      dkg_diag_report(diag, DKG_ERROR, NULL, "--store sqlite: needs a PATH");
      return DKG_ERR_USAGE;
    }
  } else if (spec && strcmp(spec, "memory")) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "unknown store '%s' (use 'memory' or 'sqlite:PATH')",
                    spec);
    return DKG_ERR_USAGE;
  }
  if (path && mode == DKG_STORE_READ && !file_exists(path)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "no store at '%s' (fill one first with 'dialoguekg load "
                    "--store sqlite:%s INPUT...')",
                    path,
                    path);
    return DKG_ERR_IO;
  }
  DkgStore* store = (DkgStore*)calloc(1, sizeof(DkgStore));
  if (!store) {
    return DKG_ERR_NOMEM;
  }
  store->diag = diag;
  store->world = librdf_new_world();
  if (!store->world) {
    free(store);
    return DKG_ERR_NOMEM;
  }
  librdf_world_set_logger(store->world, store, log_handler);
  librdf_world_open(store->world);
  rasqal_world* rw = librdf_world_get_rasqal(store->world);
  if (rw) {
    rasqal_world_set_log_handler(rw, store, rasqal_log_handler);
  }
  /* raptor's parsers too: librdf's own logger loses their locator. */
  raptor_world* raptor = librdf_world_get_raptor(store->world);
  if (raptor) {
    raptor_world_set_log_handler(raptor, store, rasqal_log_handler);
  }
  if (path) {
    const bool fresh = mode == DKG_STORE_REPLACE || !file_exists(path);
    if (mode == DKG_STORE_REPLACE && file_exists(path) && unlink(path)) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "cannot replace '%s': %s",
                      path,
                      strerror(errno));
      dkg_store_free(store);
      return DKG_ERR_IO;
    }
    store->name = path;
    store->storage =
      librdf_new_storage(store->world,
                         "sqlite",
                         path,
                         fresh ? "new='yes',synchronous='normal'"
                               : "new='no',synchronous='normal'");
  } else {
    store->storage =
      librdf_new_storage(store->world,
                         "hashes",
                         "dialoguekg",
                         "hash-type='memory',index-predicates='yes'");
  }
  if (store->storage) {
    store->model = librdf_new_model(store->world, store->storage, NULL);
  }
  store->name = NULL;
  if (!store->model) {
    if (path) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "cannot open the SQLite store '%s' (is Debian's "
                      "librdf-storage-sqlite installed, and is it a store?)",
                      path);
    } else {
      dkg_diag_report(diag, DKG_ERROR, NULL, "cannot create a librdf model");
    }
    dkg_store_free(store);
    return DKG_ERR_IO;
  }
  if (path && mode == DKG_STORE_READ) {
    /* Queries run on an in-memory copy: rasqal 0.9.33 on librdf's SQLite
       storage gives wrong answers to some joins with filters (the
       example agencies-in-both-japanese-delegations.rq returns 32 rows
       instead of 7), while on the hashes storage it does not. */
    librdf_storage* mem =
      librdf_new_storage(store->world,
                         "hashes",
                         "dialoguekg",
                         "hash-type='memory',index-predicates='yes'");
    librdf_model* model =
      mem ? librdf_new_model(store->world, mem, NULL) : NULL;
    librdf_stream* all = model ? librdf_model_as_stream(store->model) : NULL;
    const int rc = all ? librdf_model_add_statements(model, all) : 1;
    if (all) {
      librdf_free_stream(all);
    }
    librdf_free_model(store->model);
    librdf_free_storage(store->storage);
    store->model = model;
    store->storage = mem;
    if (rc) {
      dkg_diag_report(
        diag, DKG_ERROR, NULL, "cannot read the store '%s'", path);
      dkg_store_free(store);
      return DKG_ERR_IO;
    }
  }
  *out = store;
  return DKG_SUCCESS;
}

void
dkg_store_free(DkgStore* store)
{
  if (!store) {
    return;
  }
  if (store->transaction) {
    librdf_model_transaction_rollback(store->model);
  }
  if (store->model) {
    librdf_free_model(store->model);
  }
  if (store->storage) {
    librdf_free_storage(store->storage);
  }
  if (store->world) {
    librdf_free_world(store->world);
  }
  free(store);
}

librdf_world*
dkg_store_world(DkgStore* store)
{
  return store->world;
}

librdf_model*
dkg_store_model(DkgStore* store)
{
  return store->model;
}

long
dkg_store_size(DkgStore* store)
{
  return (long)librdf_model_size(store->model);
}

void
dkg_store_begin(DkgStore* store)
{
  store->transaction = !librdf_model_transaction_start(store->model);
}

DkgStatus
dkg_store_commit(DkgStore* store)
{
  DkgStatus st = DKG_SUCCESS;
  if (store->transaction) {
    store->transaction = false;
    if (librdf_model_transaction_commit(store->model)) {
      dkg_diag_report(store->diag, DKG_ERROR, NULL, "commit failed");
      st = DKG_ERR_IO;
    }
  }
  if (librdf_model_sync(store->model)) {
    st = DKG_ERR_IO;
  }
  return st;
}

/* ------------------------------------------------------------------------ */
/* Loading RDF files                                                        */

static librdf_uri*
file_uri(librdf_world* world, const char* name)
{
  char abs[PATH_MAX];
  if (!strcmp(name, "<stdin>") || !realpath(name, abs)) {
    return librdf_new_uri(world, (const unsigned char*)"file:///dev/stdin");
  }
  return librdf_new_uri_from_filename(world, abs);
}

DkgStatus
dkg_store_load_rdf(DkgStore* store,
                   FILE* stream,
                   const char* name,
                   DkgInputKind kind,
                   const char* base)
{
  const char* syntax = dkg_input_syntax(kind);
  if (!syntax) {
    return DKG_ERR_INTERNAL;
  }
  librdf_parser* parser = librdf_new_parser(store->world, syntax, NULL, NULL);
  librdf_uri* base_uri =
    base ? librdf_new_uri(store->world, (const unsigned char*)base)
         : file_uri(store->world, name);
  if (!parser || !base_uri) {
    if (parser) {
      librdf_free_parser(parser);
    }
    if (base_uri) {
      librdf_free_uri(base_uri);
    }
    return DKG_ERR_NOMEM;
  }
  store->name = name;
  const size_t errors = store->n_errors;
  const int rc = librdf_parser_parse_file_handle_into_model(
    parser, stream, 0, base_uri, store->model);
  store->name = NULL;
  librdf_free_uri(base_uri);
  librdf_free_parser(parser);
  if (rc || store->n_errors != errors) {
    if (store->n_errors == errors) {
      DkgPlace place = { name, 0, 0, NULL };
      dkg_diag_report(store->diag,
                      DKG_ERROR,
                      &place,
                      "cannot read %s into the store",
                      syntax);
    }
    return DKG_ERR_SYNTAX;
  }
  return DKG_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* Queries                                                                  */

static const char* const query_language = "sparql";

static DkgStatus
declare_prefixes(librdf_world* world, librdf_serializer* serializer)
{
  static const char* const prefixes[][2] = {
    { "dkg", DKG_NS },           { "rdf", DKG_NS_RDF },
    { "rdfs", DKG_NS_RDFS },     { "xsd", DKG_NS_XSD },
    { "skos", DKG_NS_SKOS },     { "dct", DKG_NS_DCT },
    { "foaf", DKG_NS_FOAF },     { "org", DKG_NS_ORG },
    { "schema", DKG_NS_SCHEMA },
  };
  for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); ++i) {
    librdf_uri* uri =
      librdf_new_uri(world, (const unsigned char*)prefixes[i][1]);
    if (!uri) {
      return DKG_ERR_NOMEM;
    }
    librdf_serializer_set_namespace(serializer, uri, prefixes[i][0]);
    librdf_free_uri(uri);
  }
  return DKG_SUCCESS;
}

/* Writes `stream` (consumed, not freed) in the graph syntax `results`. */
static DkgStatus
write_graph(DkgStore* store,
            librdf_stream* stream,
            const char* results,
            librdf_uri* base,
            FILE* out)
{
  const char* syntax = "turtle";
  if (results && !strcmp(results, "ntriples")) {
    syntax = "ntriples";
  } else if (results && !strcmp(results, "rdfxml")) {
    syntax = "rdfxml-abbrev";
  }
  librdf_serializer* serializer =
    librdf_new_serializer(store->world, syntax, NULL, NULL);
  if (!serializer) {
    return DKG_ERR_WRITER;
  }
  DkgStatus st = DKG_SUCCESS;
  if (strcmp(syntax, "ntriples")) {
    st = declare_prefixes(store->world, serializer);
  }
  const size_t errors = store->n_errors;
  if (!st && (librdf_serializer_serialize_stream_to_file_handle(
                serializer, out, base, stream) ||
              store->n_errors != errors)) {
    st = DKG_ERR_WRITER;
  }
  librdf_free_serializer(serializer);
  return st;
}

/* Finds the DESCRIBE keyword and the end of its list of resources in a
   query that parsed: outside comments and IRIs, the list ends at '{' or at
   the words WHERE or FROM.  Gives false when not found. */
static bool
find_describe(const char* text, size_t* start, size_t* end)
{
  bool found = false;
  for (size_t i = 0; text[i]; ++i) {
    const char c = text[i];
    if (c == '#') {
      while (text[i + 1] && text[i + 1] != '\n') {
        ++i;
      }
    } else if (c == '<') {
      while (text[i + 1] && text[i + 1] != '>') {
        ++i;
      }
    } else if (isalpha((unsigned char)c) &&
               (i == 0 || !(isalnum((unsigned char)text[i - 1]) ||
                            text[i - 1] == '_' || text[i - 1] == ':' ||
                            text[i - 1] == '?' || text[i - 1] == '$'))) {
      size_t n = 0;
      while (isalnum((unsigned char)text[i + n]) || text[i + n] == '_' ||
             text[i + n] == ':' || text[i + n] == '-') {
        ++n;
      }
      if (!found && n == 8 && !strncasecmp(text + i, "describe", 8)) {
        found = true;
        *start = i;
      } else if (found && ((n == 5 && !strncasecmp(text + i, "where", 5)) ||
                           (n == 4 && !strncasecmp(text + i, "from", 4)))) {
        *end = i;
        return true;
      }
      i += n - 1u;
    } else if (found && c == '{') {
      *end = i;
      return true;
    }
  }
  if (found) {
    *end = strlen(text);
  }
  return found;
}

typedef struct
{
  librdf_node** nodes;
  size_t n;
  size_t cap;
} NodeList;

/* Adds a copy of `node` unless the list has it; false when out of memory. */
static bool
node_list_add(NodeList* list, librdf_node* node)
{
  for (size_t i = 0; i < list->n; ++i) {
    if (librdf_node_equals(list->nodes[i], node)) {
      return true;
    }
  }
  if (list->n == list->cap) {
    const size_t cap = list->cap ? list->cap * 2u : 16u;
    librdf_node** nodes =
      (librdf_node**)realloc(list->nodes, cap * sizeof(librdf_node*));
    if (!nodes) {
      return false;
    }
    list->nodes = nodes;
    list->cap = cap;
  }
  librdf_node* copy = librdf_new_node_from_node(node);
  if (!copy) {
    return false;
  }
  list->nodes[list->n++] = copy;
  return true;
}

static void
node_list_clear(NodeList* list)
{
  for (size_t i = 0; i < list->n; ++i) {
    librdf_free_node(list->nodes[i]);
  }
  free(list->nodes);
}

/* Collects the resources that DESCRIBE names or binds. */
static DkgStatus
describe_resources(DkgStore* store,
                   rasqal_query* rq,
                   const char* text,
                   librdf_uri* base,
                   NodeList* list)
{
  raptor_sequence* seq = rasqal_query_get_describe_sequence(rq);
  const bool wildcard = rasqal_query_get_wildcard(rq) != 0;
  const int n = seq ? raptor_sequence_size(seq) : 0;
  size_t vars_len = 0;
  for (int i = 0; i < n; ++i) {
    rasqal_literal* l = (rasqal_literal*)raptor_sequence_get_at(seq, i);
    if (l && l->type == RASQAL_LITERAL_URI) {
      librdf_node* node = librdf_new_node_from_uri_string(
        store->world, raptor_uri_as_string(l->value.uri));
      const bool ok = node && node_list_add(list, node);
      if (node) {
        librdf_free_node(node);
      }
      if (!ok) {
        return DKG_ERR_NOMEM;
      }
    } else if (l && l->type == RASQAL_LITERAL_VARIABLE) {
      vars_len += strlen((const char*)l->value.variable->name) + 2u;
    }
  }
  if (!vars_len && !wildcard) {
    return DKG_SUCCESS;
  }
  /* The resources bound to variables: the same query as a SELECT. */
  size_t start = 0, end = 0;
  if (!find_describe(text, &start, &end)) {
    return DKG_ERR_INTERNAL;
  }
  const size_t text_len = strlen(text);
  char* select = (char*)malloc(text_len + vars_len + 32u);
  if (!select) {
    return DKG_ERR_NOMEM;
  }
  memcpy(select, text, start);
  size_t len = start;
  len += (size_t)sprintf(select + len, "SELECT DISTINCT");
  if (wildcard) {
    len += (size_t)sprintf(select + len, " *");
  }
  for (int i = 0; i < n; ++i) {
    rasqal_literal* l = (rasqal_literal*)raptor_sequence_get_at(seq, i);
    if (l && l->type == RASQAL_LITERAL_VARIABLE) {
      len += (size_t)sprintf(
        select + len, " ?%s", (const char*)l->value.variable->name);
    }
  }
  select[len++] = ' ';
  memcpy(select + len, text + end, text_len - end + 1u);

  DkgStatus st = DKG_SUCCESS;
  librdf_query* query = librdf_new_query(
    store->world, query_language, NULL, (const unsigned char*)select, base);
  librdf_query_results* res =
    query ? librdf_model_query_execute(store->model, query) : NULL;
  if (!res || !librdf_query_results_is_bindings(res)) {
    st = DKG_ERR_WRITER;
  }
  while (!st && !librdf_query_results_finished(res)) {
    const int count = librdf_query_results_get_bindings_count(res);
    for (int i = 0; !st && i < count; ++i) {
      librdf_node* v = librdf_query_results_get_binding_value(res, i);
      if (v && !librdf_node_is_literal(v) && !node_list_add(list, v)) {
        st = DKG_ERR_NOMEM;
      }
      if (v) {
        librdf_free_node(v);
      }
    }
    librdf_query_results_next(res);
  }
  if (res) {
    librdf_free_query_results(res);
  }
  if (query) {
    librdf_free_query(query);
  }
  free(select);
  return st;
}

/* DESCRIBE: the Concise Bounded Description of each resource. */
static DkgStatus
run_describe(DkgStore* store,
             rasqal_query* rq,
             const char* text,
             librdf_uri* base,
             const char* results,
             FILE* out)
{
  NodeList list = { NULL, 0, 0 };
  DkgStatus st = describe_resources(store, rq, text, base, &list);
  librdf_storage* storage =
    st ? NULL
       : librdf_new_storage(store->world,
                            "hashes",
                            "describe",
                            "hash-type='memory',index-predicates='yes'");
  librdf_model* graph =
    storage ? librdf_new_model(store->world, storage, NULL) : NULL;
  if (!st && !graph) {
    st = DKG_ERR_NOMEM;
  }
  /* list grows while blank node objects are followed. */
  for (size_t i = 0; !st && i < list.n; ++i) {
    librdf_statement* pattern = librdf_new_statement_from_nodes(
      store->world, librdf_new_node_from_node(list.nodes[i]), NULL, NULL);
    librdf_stream* found =
      pattern ? librdf_model_find_statements(store->model, pattern) : NULL;
    if (!found) {
      st = DKG_ERR_NOMEM;
    }
    while (!st && !librdf_stream_end(found)) {
      librdf_statement* s = librdf_stream_get_object(found);
      librdf_node* object = librdf_statement_get_object(s);
      if (librdf_model_add_statement(graph, s)) {
        st = DKG_ERR_WRITER;
      } else if (librdf_node_is_blank(object) &&
                 !node_list_add(&list, object)) {
        st = DKG_ERR_NOMEM;
      }
      librdf_stream_next(found);
    }
    if (found) {
      librdf_free_stream(found);
    }
    if (pattern) {
      librdf_free_statement(pattern);
    }
  }
  if (!st) {
    librdf_stream* all = librdf_model_as_stream(graph);
    st = all ? write_graph(store, all, results, NULL, out) : DKG_ERR_NOMEM;
    if (all) {
      librdf_free_stream(all);
    }
  }
  if (graph) {
    librdf_free_model(graph);
  }
  if (storage) {
    librdf_free_storage(storage);
  }
  node_list_clear(&list);
  return st;
}

static bool
is_one_of(const char* value, const char* const* names)
{
  for (; *names; ++names) {
    if (!strcmp(value, *names)) {
      return true;
    }
  }
  return false;
}

/* A readable table for a terminal: a header of variable names, a rule,
   one line per solution; IRIs in the usual namespaces abbreviated,
   literals by their lexical form, unbound values empty. */

typedef struct
{
  char** cells; /* row-major, `width` per row */
  size_t n;
  size_t cap;
} Cells;

static bool
cells_push(Cells* cells, char* text)
{
  if (!text) {
    return false;
  }
  if (cells->n == cells->cap) {
    const size_t cap = cells->cap ? cells->cap * 2u : 64u;
    char** bigger = (char**)realloc(cells->cells, cap * sizeof(char*));
    if (!bigger) {
      free(text);
      return false;
    }
    cells->cells = bigger;
    cells->cap = cap;
  }
  cells->cells[cells->n++] = text;
  return true;
}

static char*
copy_string(const char* str)
{
  const size_t len = strlen(str);
  char* copy = (char*)malloc(len + 1u);
  if (copy) {
    memcpy(copy, str, len + 1u);
  }
  return copy;
}

static char*
node_text(librdf_node* node)
{
  static const char* const prefixes[][2] = {
    { "dkg:", DKG_NS },           { "rdf:", DKG_NS_RDF },
    { "rdfs:", DKG_NS_RDFS },     { "xsd:", DKG_NS_XSD },
    { "skos:", DKG_NS_SKOS },     { "dct:", DKG_NS_DCT },
    { "foaf:", DKG_NS_FOAF },     { "org:", DKG_NS_ORG },
    { "schema:", DKG_NS_SCHEMA },
  };
  if (!node) {
    return copy_string("");
  }
  if (librdf_node_is_literal(node)) {
    const char* value = (const char*)librdf_node_get_literal_value(node);
    return copy_string(value ? value : "");
  }
  if (librdf_node_is_blank(node)) {
    const char* id = (const char*)librdf_node_get_blank_identifier(node);
    char* text = (char*)malloc(strlen(id ? id : "") + 3u);
    if (text) {
      sprintf(text, "_:%s", id ? id : "");
    }
    return text;
  }
  const char* iri =
    (const char*)librdf_uri_as_string(librdf_node_get_uri(node));
  for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); ++i) {
    const size_t n = strlen(prefixes[i][1]);
    if (!strncmp(iri, prefixes[i][1], n)) {
      char* text = (char*)malloc(strlen(prefixes[i][0]) + strlen(iri + n) + 1u);
      if (text) {
        sprintf(text, "%s%s", prefixes[i][0], iri + n);
      }
      return text;
    }
  }
  char* text = (char*)malloc(strlen(iri) + 3u);
  if (text) {
    sprintf(text, "<%s>", iri);
  }
  return text;
}

/* Display width: code points, not bytes. */
static size_t
text_width(const char* text)
{
  size_t w = 0;
  for (; *text; ++text) {
    w += ((unsigned char)*text & 0xC0u) != 0x80u;
  }
  return w;
}

static DkgStatus
write_table(librdf_query_results* res, FILE* out)
{
  const int count = librdf_query_results_get_bindings_count(res);
  if (count < 0) {
    return DKG_ERR_WRITER;
  }
  const size_t width = (size_t)count;
  Cells cells = { NULL, 0, 0 };
  DkgStatus st = DKG_SUCCESS;
  for (size_t i = 0; !st && i < width; ++i) {
    const char* name = librdf_query_results_get_binding_name(res, (int)i);
    if (!cells_push(&cells, copy_string(name ? name : ""))) {
      st = DKG_ERR_NOMEM;
    }
  }
  while (!st && !librdf_query_results_finished(res)) {
    for (size_t i = 0; !st && i < width; ++i) {
      librdf_node* v = librdf_query_results_get_binding_value(res, (int)i);
      if (!cells_push(&cells, node_text(v))) {
        st = DKG_ERR_NOMEM;
      }
      if (v) {
        librdf_free_node(v);
      }
    }
    librdf_query_results_next(res);
  }
  size_t* widths = (size_t*)calloc(width + 1u, sizeof(size_t));
  if (!widths) {
    st = DKG_ERR_NOMEM;
  }
  for (size_t c = 0; !st && c < cells.n; ++c) {
    const size_t w = text_width(cells.cells[c]);
    if (w > widths[c % width]) {
      widths[c % width] = w;
    }
  }
  for (size_t c = 0; !st && c < cells.n; ++c) {
    const size_t col = c % width;
    fputs(cells.cells[c], out);
    if (col + 1u < width) {
      for (size_t pad = text_width(cells.cells[c]); pad < widths[col] + 2u;
           ++pad) {
        fputc(' ', out);
      }
    } else {
      fputc('\n', out);
    }
    if (c + 1u == width) { /* under the header */
      for (size_t k = 0; k < width; ++k) {
        for (size_t d = 0; d < widths[k]; ++d) {
          fputc('-', out);
        }
        fputs(k + 1u < width ? "  " : "\n", out);
      }
    }
  }
  if (!st && width) {
    const size_t rows = cells.n / width - 1u;
    fprintf(out, "(%zu row%s)\n", rows, rows == 1u ? "" : "s");
  }
  for (size_t c = 0; c < cells.n; ++c) {
    free(cells.cells[c]);
  }
  free(cells.cells);
  free(widths);
  return st ? st : ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

/* SPARQL 1.1 Query Results JSON and SPARQL Query Results XML, written
   here rather than by rasqal 0.9.33, whose writers mark unbound variables
   ("type": "unbound", <unbound/>) where the specs leave them out. */

static void
json_string(FILE* out, const char* str)
{
  fputc('"', out);
  for (const unsigned char* c = (const unsigned char*)str; *c; ++c) {
    if (*c == '"' || *c == '\\') {
      fputc('\\', out);
      fputc(*c, out);
    } else if (*c == '\n') {
      fputs("\\n", out);
    } else if (*c == '\r') {
      fputs("\\r", out);
    } else if (*c == '\t') {
      fputs("\\t", out);
    } else if (*c < 0x20u) {
      fprintf(out, "\\u%04x", (unsigned)*c);
    } else {
      fputc(*c, out);
    }
  }
  fputc('"', out);
}

static void
xml_text(FILE* out, const char* str)
{
  for (; *str; ++str) {
    switch (*str) {
      case '&':
        fputs("&amp;", out);
        break;
      case '<':
        fputs("&lt;", out);
        break;
      case '>':
        fputs("&gt;", out);
        break;
      case '"':
        fputs("&quot;", out);
        break;
      default:
        fputc(*str, out);
    }
  }
}

static void
write_json_term(FILE* out, librdf_node* node)
{
  if (librdf_node_is_resource(node)) {
    fputs("{ \"type\": \"uri\", \"value\": ", out);
    json_string(out,
                (const char*)librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    fputs("{ \"type\": \"bnode\", \"value\": ", out);
    json_string(out, (const char*)librdf_node_get_blank_identifier(node));
  } else {
    fputs("{ \"type\": \"literal\", \"value\": ", out);
    json_string(out, (const char*)librdf_node_get_literal_value(node));
    const char* lang = librdf_node_get_literal_value_language(node);
    librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(node);
    if (lang) {
      fputs(", \"xml:lang\": ", out);
      json_string(out, lang);
    } else if (dt) {
      fputs(", \"datatype\": ", out);
      json_string(out, (const char*)librdf_uri_as_string(dt));
    }
  }
  fputs(" }", out);
}

static void
write_xml_term(FILE* out, librdf_node* node)
{
  if (librdf_node_is_resource(node)) {
    fputs("<uri>", out);
    xml_text(out, (const char*)librdf_uri_as_string(librdf_node_get_uri(node)));
    fputs("</uri>", out);
  } else if (librdf_node_is_blank(node)) {
    fputs("<bnode>", out);
    xml_text(out, (const char*)librdf_node_get_blank_identifier(node));
    fputs("</bnode>", out);
  } else {
    const char* lang = librdf_node_get_literal_value_language(node);
    librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(node);
    fputs("<literal", out);
    if (lang) {
      fputs(" xml:lang=\"", out);
      xml_text(out, lang);
      fputc('"', out);
    } else if (dt) {
      fputs(" datatype=\"", out);
      xml_text(out, (const char*)librdf_uri_as_string(dt));
      fputc('"', out);
    }
    fputc('>', out);
    xml_text(out, (const char*)librdf_node_get_literal_value(node));
    fputs("</literal>", out);
  }
}

static DkgStatus
write_standard(librdf_query_results* res, bool xml, FILE* out)
{
  if (librdf_query_results_is_boolean(res)) {
    const int value = librdf_query_results_get_boolean(res);
    if (value < 0) {
      return DKG_ERR_WRITER;
    }
    if (xml) {
      fprintf(out,
              "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
              "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
              "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
              value ? "true" : "false");
    } else {
      fprintf(out,
              "{\n  \"head\": {},\n  \"boolean\": %s\n}\n",
              value ? "true" : "false");
    }
    return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
  }
  const int count = librdf_query_results_get_bindings_count(res);
  if (count < 0) {
    return DKG_ERR_WRITER;
  }
  if (xml) {
    fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
          "  <head>\n",
          out);
  } else {
    fputs("{\n  \"head\": {\n    \"vars\": [", out);
  }
  for (int i = 0; i < count; ++i) {
    const char* name = librdf_query_results_get_binding_name(res, i);
    if (xml) {
      fputs("    <variable name=\"", out);
      xml_text(out, name ? name : "");
      fputs("\"/>\n", out);
    } else {
      fputs(i ? ", " : " ", out);
      json_string(out, name ? name : "");
    }
  }
  fputs(xml ? "  </head>\n  <results>\n"
            : " ]\n  },\n  \"results\": {\n    \"bindings\": [",
        out);
  bool first = true;
  while (!librdf_query_results_finished(res)) {
    if (xml) {
      fputs("    <result>\n", out);
    } else {
      fputs(first ? "\n      {" : ",\n      {", out);
    }
    bool first_binding = true;
    for (int i = 0; i < count; ++i) {
      librdf_node* v = librdf_query_results_get_binding_value(res, i);
      if (!v) {
        continue; /* unbound: left out */
      }
      const char* name = librdf_query_results_get_binding_name(res, i);
      if (xml) {
        fputs("      <binding name=\"", out);
        xml_text(out, name ? name : "");
        fputs("\">", out);
        write_xml_term(out, v);
        fputs("</binding>\n", out);
      } else {
        fputs(first_binding ? "\n        " : ",\n        ", out);
        json_string(out, name ? name : "");
        fputs(": ", out);
        write_json_term(out, v);
      }
      first_binding = false;
      librdf_free_node(v);
    }
    if (xml) {
      fputs("    </result>\n", out);
    } else {
      fputs(first_binding ? "}" : "\n      }", out);
    }
    first = false;
    librdf_query_results_next(res);
  }
  fputs(xml ? "  </results>\n</sparql>\n"
            : (first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n"),
        out);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

/* ASK in CSV or TSV: the specs define no boolean form; one line. */
static DkgStatus
write_boolean(librdf_query_results* res, const char* results, FILE* out)
{
  const int value = librdf_query_results_get_boolean(res);
  if (value < 0) {
    return DKG_ERR_WRITER;
  }
  if (!strcmp(results, "table")) {
    fprintf(out, "%s\n", value ? "yes" : "no");
  } else {
    fprintf(out, "%s\n", value ? "true" : "false");
  }
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

static DkgStatus
run_query(DkgStore* store,
          const char* text,
          const char* name,
          const char* base,
          const char* results,
          FILE* out)
{
  static const char* const binding_formats[] = { "table", "csv", "tsv",
                                                 "json",  "xml", NULL };
  static const char* const graph_formats[] = {
    "table", "turtle", "ntriples", "rdfxml", NULL
  };
  librdf_uri* base_uri = librdf_new_uri(
    store->world, (const unsigned char*)(base ? base : DKG_DEFAULT_BASE));
  rasqal_world* rw = librdf_world_get_rasqal(store->world);
  rasqal_query* rq = rw ? rasqal_new_query(rw, query_language, NULL) : NULL;
  if (!base_uri || !rq) {
    if (base_uri) {
      librdf_free_uri(base_uri);
    }
    return DKG_ERR_NOMEM;
  }
  DkgStatus st = DKG_SUCCESS;
  librdf_query* query = NULL;
  librdf_query_results* res = NULL;

  /* Parse first, to tell syntax errors and the query's form. */
  store->name = name;
  store->query_text = text;
  const size_t errors = store->n_errors;
  const int rc = rasqal_query_prepare(
    rq, (const unsigned char*)text, base_uri /* librdf_uri is raptor_uri */);
  store->name = NULL;
  store->query_text = NULL;
  if (rc || store->n_errors != errors) {
    if (store->n_errors == errors) {
      DkgPlace place = { name, 0, 0, NULL };
      dkg_diag_report(
        store->diag, DKG_ERROR, &place, "the query does not parse");
    }
    st = DKG_ERR_SYNTAX;
    goto done;
  }
  const rasqal_query_verb verb = rasqal_query_get_verb(rq);
  const bool graph =
    verb == RASQAL_QUERY_VERB_CONSTRUCT || verb == RASQAL_QUERY_VERB_DESCRIBE;
  if (verb != RASQAL_QUERY_VERB_SELECT && verb != RASQAL_QUERY_VERB_ASK &&
      !graph) {
    DkgPlace place = { name, 0, 0, NULL };
    dkg_diag_report(
      store->diag,
      DKG_ERROR,
      &place,
      "only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
    st = DKG_ERR_USAGE;
    goto done;
  }
  if (!results) {
    results = "table";
  }
  if (!is_one_of(results, graph ? graph_formats : binding_formats)) {
    dkg_diag_report(store->diag,
                    DKG_ERROR,
                    NULL,
                    "--results %s does not fit a %s query (use %s)",
                    results,
                    graph ? "CONSTRUCT or DESCRIBE" : "SELECT or ASK",
                    graph ? "turtle, ntriples or rdfxml"
                          : "table, csv, tsv, json or xml");
    st = DKG_ERR_USAGE;
    goto done;
  }
  if (verb == RASQAL_QUERY_VERB_DESCRIBE) {
    store->no_warnings = true;
    st = run_describe(store, rq, text, base_uri, results, out);
    goto done;
  }

  store->name = name;
  store->no_warnings = true;
  const size_t run_errors = store->n_errors;
  query = librdf_new_query(
    store->world, query_language, NULL, (const unsigned char*)text, base_uri);
  res = query ? librdf_model_query_execute(store->model, query) : NULL;
  if (!res || store->n_errors != run_errors) {
    DkgPlace place = { name, 0, 0, NULL };
    dkg_diag_report(store->diag, DKG_ERROR, &place, "the query failed to run");
    st = DKG_ERR_WRITER;
    goto done;
  }
  if (graph) {
    librdf_stream* stream = librdf_query_results_as_stream(res);
    if (stream) {
      st = write_graph(store, stream, results, NULL, out);
      librdf_free_stream(stream);
    } else {
      /* An empty graph: librdf gives no stream. */
      librdf_storage* empty_storage =
        librdf_new_storage(store->world,
                           "hashes",
                           "empty",
                           "hash-type='memory',index-predicates='yes'");
      librdf_model* empty =
        empty_storage ? librdf_new_model(store->world, empty_storage, NULL)
                      : NULL;
      librdf_stream* none = empty ? librdf_model_as_stream(empty) : NULL;
      st = none ? write_graph(store, none, results, NULL, out) : DKG_ERR_NOMEM;
      if (none) {
        librdf_free_stream(none);
      }
      if (empty) {
        librdf_free_model(empty);
      }
      if (empty_storage) {
        librdf_free_storage(empty_storage);
      }
    }
  } else if (librdf_query_results_is_boolean(res) &&
             (!strcmp(results, "csv") || !strcmp(results, "tsv") ||
              !strcmp(results, "table"))) {
    st = write_boolean(res, results, out);
  } else if (!strcmp(results, "json") || !strcmp(results, "xml")) {
    st = write_standard(res, !strcmp(results, "xml"), out);
  } else if (!strcmp(results, "table")) {
    st = write_table(res, out);
  } else {
    const size_t before = store->n_errors;
    if (librdf_query_results_to_file_handle2(
          res, out, results, NULL, NULL, NULL) ||
        store->n_errors != before) {
      st = DKG_ERR_WRITER;
    }
  }
  if (!st && store->n_errors != run_errors) {
    /* rasqal evaluates lazily: errors come while results are written. */
    DkgPlace place = { name, 0, 0, NULL };
    dkg_diag_report(store->diag, DKG_ERROR, &place, "the query failed to run");
    st = DKG_ERR_WRITER;
  }
  if (!st && (fflush(out) || ferror(out))) {
    st = DKG_ERR_IO;
  }

done:
  store->name = NULL;
  store->no_warnings = false;
  if (res) {
    librdf_free_query_results(res);
  }
  if (query) {
    librdf_free_query(query);
  }
  rasqal_free_query(rq);
  librdf_free_uri(base_uri);
  return st;
}

DkgStatus
dkg_store_query(DkgStore* store,
                const char* text,
                const char* name,
                const char* base,
                const char* results,
                FILE* out)
{
  /* Results go to a temporary file first: a query that fails while its
     results are written (rasqal evaluates lazily) leaves no half table. */
  FILE* buf = tmpfile();
  if (!buf) {
    dkg_diag_report(store->diag,
                    DKG_ERROR,
                    NULL,
                    "cannot create a temporary file: %s",
                    strerror(errno));
    return DKG_ERR_IO;
  }
  DkgStatus st = run_query(store, text, name, base, results, buf);
  if (!st) {
    char chunk[65536];
    rewind(buf);
    size_t n = 0;
    while ((n = fread(chunk, 1, sizeof(chunk), buf)) > 0) {
      if (fwrite(chunk, 1, n, out) != n) {
        st = DKG_ERR_IO;
        break;
      }
    }
    if (!st && (ferror(buf) || fflush(out) || ferror(out))) {
      st = DKG_ERR_IO;
    }
  }
  fclose(buf);
  return st;
}
