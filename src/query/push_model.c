/* An in-memory librdf model for `push`, which merges records and RDF
   files into one graph before sending it.  SPARQL is not evaluated here:
   queries go to the Jena engine (query/engine.c), because rasqal 0.9.33
   gives wrong rows (docs/query-and-push.md). */

#define _XOPEN_SOURCE 700 /* realpath */

#include "query/push_model.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct DkgStore
{
  librdf_world* world;
  librdf_storage* storage;
  librdf_model* model;
  DkgDiag* diag;
  const char* name; /* file named in messages from librdf, or NULL */
  size_t n_errors;  /* errors logged by librdf or raptor */
  char last[256];   /* the last message, not repeated */
  bool transaction;
};

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
      (level < LIBRDF_LOG_ERROR && strstr(text, "$$"))) {
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

/* raptor's parsers report through raptor's log messages, not librdf's
   logger, with the line and column. */
static void
parser_log_handler(void* data, raptor_log_message* message)
{
  DkgStore* store = (DkgStore*)data;
  const char* text = message->text ? message->text : "unknown error";
  const bool error = message->level >= RAPTOR_LOG_LEVEL_ERROR;
  if (error) {
    ++store->n_errors;
  }
  /* Not rasqal's notes about its own internal variables ($$agg$$0). */
  if (message->level < RAPTOR_LOG_LEVEL_WARN || is_repeated(store, text)) {
    return;
  }
  const int line = message->locator ? message->locator->line : -1;
  const int col = message->locator ? message->locator->column : -1;
  DkgPlace place = { store->name ? store->name : "<input>",
                     line > 0 ? (unsigned)line : 0u,
                     col > 0 ? (unsigned)col : 0u,
                     NULL };
  dkg_diag_report(
    store->diag, error ? DKG_ERROR : DKG_WARNING, &place, "%s", text);
}

DkgStatus
dkg_store_open(const char* spec,
               DkgStoreMode mode,
               DkgDiag* diag,
               DkgStore** out)
{
  *out = NULL;
  (void)mode;
  if (spec && strcmp(spec, "memory")) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "unknown store '%s' (only 'memory' here; persistent "
                    "stores are directories, see 'dialoguekg load --help')",
                    spec);
    return DKG_ERR_USAGE;
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
  /* raptor's parsers too: librdf's own logger loses their locator. */
  raptor_world* raptor = librdf_world_get_raptor(store->world);
  if (raptor) {
    raptor_world_set_log_handler(raptor, store, parser_log_handler);
  }
  store->storage =
    librdf_new_storage(store->world,
                       "hashes",
                       "dialoguekg",
                       "hash-type='memory',index-predicates='yes'");
  if (store->storage) {
    store->model = librdf_new_model(store->world, store->storage, NULL);
  }
  store->name = NULL;
  if (!store->model) {
    dkg_diag_report(diag, DKG_ERROR, NULL, "cannot create a librdf model");
    dkg_store_free(store);
    return DKG_ERR_IO;
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
    DkgPlace place = { name, 0, 0, NULL };
    dkg_diag_report(store->diag,
                    DKG_ERROR,
                    &place,
                    kind == DKG_INPUT_JSONLD
                      ? "JSON-LD cannot be read here: give Turtle, N-Triples, "
                        "N-Quads, TriG or RDF/XML"
                      : "not an RDF file");
    return DKG_ERR_SYNTAX;
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
