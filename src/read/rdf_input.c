/* RDF files read back into a sink (rdf_input.h), with raptor2. */

#define _XOPEN_SOURCE 700 /* realpath */

#include "read/rdf_input.h"

#include <raptor2.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  raptor_parser* parser;
  const DkgRdfInputOptions* options;
  DkgSink* sink;
  DkgDiag* diag;
  const char* name;
  DkgStatus status; /* the first failure */
  uint64_t n_statements;
  char* labels[3]; /* prefixed blank labels: subject, object, graph */
  size_t caps[3];
} ReadState;

static void
log_handler(void* data, raptor_log_message* message)
{
  ReadState* rs = (ReadState*)data;
  if (message->level < RAPTOR_LOG_LEVEL_WARN) {
    return;
  }
  const raptor_locator* at = message->locator;
  DkgPlace place = { rs->name,
                     at && at->line > 0 ? (unsigned)at->line : 0u,
                     at && at->column > 0 ? (unsigned)at->column : 0u,
                     NULL };
  const bool error = message->level >= RAPTOR_LOG_LEVEL_ERROR;
  dkg_diag_report(rs->diag,
                  error ? DKG_ERROR : DKG_WARNING,
                  &place,
                  "%s",
                  message->text ? message->text : "cannot parse");
  if (error && !rs->status) {
    rs->status = DKG_ERR_SYNTAX;
  }
}

/* A blank node label with the prefix, in rs->labels[which]. */
static const char*
prefixed_label(ReadState* rs, int which, const char* label, size_t len)
{
  const char* prefix = rs->options->blank_prefix;
  const size_t n = strlen(prefix) + len + 1u;
  if (n > rs->caps[which]) {
    char* grown = (char*)realloc(rs->labels[which], n);
    if (!grown) {
      return NULL;
    }
    rs->labels[which] = grown;
    rs->caps[which] = n;
  }
  sprintf(rs->labels[which], "%s%.*s", prefix, (int)len, label);
  return rs->labels[which];
}

/* `*t` borrows from `term`; false when out of memory. */
static bool
make_term(ReadState* rs, int which, const raptor_term* term, DkgTerm* t)
{
  memset(t, 0, sizeof(*t));
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI: {
      size_t len = 0;
      t->kind = DKG_TERM_IRI;
      t->value =
        (const char*)raptor_uri_as_counted_string(term->value.uri, &len);
      t->len = len;
      return true;
    }
    case RAPTOR_TERM_TYPE_BLANK:
      t->kind = DKG_TERM_BLANK;
      t->value = (const char*)term->value.blank.string;
      t->len = term->value.blank.string_len;
      if (rs->options->blank_prefix) {
        t->value = prefixed_label(rs, which, t->value, t->len);
        t->len = t->value ? strlen(t->value) : 0u;
      }
      return t->value != NULL;
    case RAPTOR_TERM_TYPE_LITERAL:
      t->kind = DKG_TERM_LITERAL;
      t->value = (const char*)term->value.literal.string;
      t->len = term->value.literal.string_len;
      t->lang = (const char*)term->value.literal.language;
      if (term->value.literal.datatype) {
        t->datatype =
          (const char*)raptor_uri_as_string(term->value.literal.datatype);
      }
      return true;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return false;
}

static void
on_statement(void* data, raptor_statement* statement)
{
  ReadState* rs = (ReadState*)data;
  if (rs->status) {
    return;
  }
  DkgTerm s, p, o, g;
  if (!make_term(rs, 0, statement->subject, &s) ||
      !make_term(rs, 0, statement->predicate, &p) ||
      !make_term(rs, 1, statement->object, &o) ||
      (statement->graph && !make_term(rs, 2, statement->graph, &g))) {
    rs->status = DKG_ERR_NOMEM;
  } else {
    const DkgTerm* graph = statement->graph ? &g : rs->options->graph;
    rs->status = dkg_sink_statement(rs->sink, graph, &s, &p, &o);
    rs->n_statements += rs->status ? 0u : 1u;
  }
  if (rs->status) {
    raptor_parser_parse_abort(rs->parser);
  }
}

/* The file's own URI, the base of its relative IRIs. */
static raptor_uri*
base_uri(raptor_world* world, const char* name)
{
  char abs[PATH_MAX];
  if (!strcmp(name, "<stdin>") || !realpath(name, abs)) {
    return raptor_new_uri(world, (const unsigned char*)"file:///dev/stdin");
  }
  unsigned char* text = raptor_uri_filename_to_uri_string(abs);
  raptor_uri* uri = text ? raptor_new_uri(world, text) : NULL;
  raptor_free_memory(text);
  return uri;
}

DkgStatus
dkg_rdf_input_read(FILE* stream,
                   const char* name,
                   const DkgRdfInputOptions* options,
                   DkgSink* sink,
                   DkgDiag* diag,
                   uint64_t* n_statements)
{
  ReadState rs;
  memset(&rs, 0, sizeof(rs));
  rs.options = options;
  rs.sink = sink;
  rs.diag = diag;
  rs.name = name;
  raptor_world* world = raptor_new_world();
  if (!world || raptor_world_open(world)) {
    raptor_free_world(world);
    return DKG_ERR_NOMEM;
  }
  raptor_world_set_log_handler(world, &rs, log_handler);
  raptor_uri* base = base_uri(world, name);
  rs.parser = raptor_new_parser(world, options->syntax);
  if (!base || !rs.parser) {
    rs.status = DKG_ERR_NOMEM;
  } else {
    raptor_parser_set_statement_handler(rs.parser, &rs, on_statement);
    if (raptor_parser_parse_file_stream(rs.parser, stream, NULL, base) &&
        !rs.status) {
      DkgPlace place = { name, 0, 0, NULL };
      dkg_diag_report(
        diag, DKG_ERROR, &place, "cannot read %s", options->syntax);
      rs.status = DKG_ERR_SYNTAX;
    }
  }
  if (rs.parser) {
    raptor_free_parser(rs.parser);
  }
  if (base) {
    raptor_free_uri(base);
  }
  raptor_free_world(world);
  free(rs.labels[0]);
  free(rs.labels[1]);
  free(rs.labels[2]);
  if (n_statements) {
    *n_statements = rs.n_statements;
  }
  return rs.status;
}
