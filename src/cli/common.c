#include "common.h"

#include "util/installed.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char* const format_aliases[][2] = {
  { "ttl", "turtle" },
  { "text/turtle", "turtle" },
  { "nt", "ntriples" },
  { "n-triples", "ntriples" },
  { "application/n-triples", "ntriples" },
  { "nq", "nquads" },
  { "n-quads", "nquads" },
  { "application/n-quads", "nquads" },
  { "json-ld", "jsonld" },
  { "application/ld+json", "jsonld" },
  { "json-ld-expanded", "jsonld-expanded" },
  { "rdf/xml", "rdfxml" },
  { "rdf-xml", "rdfxml" },
  { "xml", "rdfxml" },
  { "rdf", "rdfxml" },
  { "application/rdf+xml", "rdfxml" },
  { "rj", "rdfjson" },
  { "rdf/json", "rdfjson" },
  { "rdf-json", "rdfjson" },
  { "gv", "dot" },
};

const char*
dkg_cli_format_alias(const char* name, const char* const* known)
{
  for (size_t i = 0; known[i]; ++i) {
    if (!strcasecmp(name, known[i])) {
      return known[i];
    }
  }
  for (size_t i = 0; i < sizeof(format_aliases) / sizeof(format_aliases[0]);
       ++i) {
    if (!strcasecmp(name, format_aliases[i][0])) {
      for (size_t k = 0; known[k]; ++k) {
        if (!strcmp(format_aliases[i][1], known[k])) {
          return known[k];
        }
      }
    }
  }
  return NULL;
}

void
dkg_cli_print_aliases(FILE* out, const char* name, const char* lead)
{
  const char* sep = lead;
  for (size_t i = 0; i < sizeof(format_aliases) / sizeof(format_aliases[0]);
       ++i) {
    const char* alias = format_aliases[i][0];
    if (!strcmp(format_aliases[i][1], name) &&
        (!strchr(alias, '/') || !strncmp(alias, "rdf/", 4))) {
      fprintf(out, "%s%s", sep, alias);
      sep = ", ";
    }
  }
  if (sep != lead) {
    fputc('\n', out);
  }
}

const char*
dkg_cli_format_from_path(const char* path)
{
  static const char* const by_extension[][2] = {
    { ".ttl", "turtle" },    { ".nt", "ntriples" },     { ".nq", "nquads" },
    { ".jsonld", "jsonld" }, { ".json", "jsonld" },     { ".rdf", "rdfxml" },
    { ".xml", "rdfxml" },    { ".owl", "rdfxml" },      { ".rj", "rdfjson" },
    { ".dot", "dot" },       { ".gv", "dot" },          { ".svg", "svg" },
    { ".png", "png" },       { ".graphml", "graphml" }, { ".html", "html" },
    { ".htm", "html" },
  };
  if (!path || !strcmp(path, "-")) {
    return NULL;
  }
  const char* slash = strrchr(path, '/');
  const char* dot = strrchr(slash ? slash : path, '.');
  if (!dot || dot == (slash ? slash + 1 : path)) {
    return NULL; /* no extension, or a dot file such as .ttl */
  }
  for (size_t i = 0; i < sizeof(by_extension) / sizeof(by_extension[0]); ++i) {
    if (!strcasecmp(dot, by_extension[i][0])) {
      return by_extension[i][1];
    }
  }
  return NULL;
}

void
dkg_cli_warn_format_named_file(const char* command,
                               const char* path,
                               const char* const* known)
{
  if (!path || !strcmp(path, "-") || dkg_cli_quiet) {
    return;
  }
  const char* slash = strrchr(path, '/');
  const char* base = slash ? slash + 1 : path;
  const char* format = dkg_cli_format_alias(base, known);
  if (format) {
    dkg_cli_error("%s: warning: writing to a file named '%s'; for the "
                  "format, write -t %s",
                  command,
                  path,
                  format);
  }
}

const char*
dkg_cli_data_dir(const char* option)
{
  static char found[PATH_MAX + 64];
  static const DkgInstalledFile data = {
    "DIALOGUEKG_DATA",    NULL, DKG_SOURCE_DATA_DIR, "",
    DKG_INSTALL_DATA_DIR, true,
  };
  return option ? option : dkg_installed_find(&data, found, sizeof(found));
}

void
dkg_cli_inputs_or_stdin(char*** inputs, int* n_inputs)
{
  static char dash[] = "-";
  static char* stdin_only[] = { dash };
  if (*n_inputs == 0) {
    *inputs = stdin_only;
    *n_inputs = 1;
  }
}

FILE*
dkg_cli_open_input(const char* path,
                   DkgDiag* diag,
                   DkgRunState* state,
                   const char** name)
{
  const bool is_stdin = !strcmp(path, "-");
  FILE* stream = is_stdin ? stdin : fopen(path, "rb");
  *name = is_stdin ? "<stdin>" : path;
  if (!stream) {
    const DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    if (state) {
      state->status = DKG_ERR_IO;
    }
  }
  return stream;
}

void
dkg_cli_close_input(FILE* stream)
{
  if (stream && dkg_cli_progress) {
    const off_t at = ftello(stream);
    dkg_cli_progress_bytes += at > 0 ? (uint64_t)at : 0u;
  }
  if (stream && stream != stdin) {
    fclose(stream);
  }
}

static bool
run_stream(FILE* stream,
           const char* name,
           DkgDiag* diag,
           DkgRecordParser* parser,
           DkgRunState* state,
           DkgMapper* mapper)
{
  DkgReader* reader =
    dkg_reader_new(stream, name, diag, &dkg_cli_reader_limits);
  if (!reader) {
    state->status = DKG_ERR_NOMEM;
    return false;
  }
  bool go_on = true;
  while (go_on) {
    DkgRecordText text;
    memset(&text, 0, sizeof(text));
    const DkgStatus read = dkg_reader_next(reader, &text);
    if (!read && !text.text) {
      break; /* end of input */
    }
    DkgStatus checked = DKG_SUCCESS, mapped = DKG_SUCCESS;
    DkgRecord record;
    if (!read && !(checked = dkg_record_parse(parser, &text, &record))) {
      mapped = dkg_mapper_map(mapper, &record, &text);
    }
    go_on = dkg_cli_count_record(state,
                                 read,
                                 !text.text && dkg_reader_can_resume(reader),
                                 checked,
                                 mapped);
    if (dkg_cli_progress && !read) {
      dkg_progress_update(dkg_cli_progress,
                          state->n_records,
                          dkg_cli_progress_counter ? dkg_mapper_statement_count(
                                                       dkg_cli_progress_counter)
                                                   : 0u,
                          dkg_cli_progress_bytes + text.offset + text.len);
    }
  }
  dkg_reader_free(reader);
  return go_on;
}

bool
dkg_cli_run_inputs(char** inputs,
                   int n_inputs,
                   const DkgRegistry* reg,
                   DkgDiag* diag,
                   DkgRunState* state,
                   DkgMapper* mapper)
{
  dkg_cli_inputs_or_stdin(&inputs, &n_inputs);
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  if (!parser) {
    state->status = DKG_ERR_NOMEM;
    return false;
  }
  bool go_on = true;
  for (int i = 0; go_on && i < n_inputs; ++i) {
    const char* name = NULL;
    FILE* stream = dkg_cli_open_input(inputs[i], diag, state, &name);
    go_on = stream && run_stream(stream, name, diag, parser, state, mapper);
    dkg_cli_close_input(stream); /* after run_stream freed its reader */
  }
  dkg_record_parser_free(parser);
  return go_on;
}
