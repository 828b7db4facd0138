/* dialoguekg query: SPARQL on an embedded librdf store, in memory or in an
   SQLite file filled by `load`. */

#include "common.h"
#include "output.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest query text read from a file. */
#define MAX_QUERY_BYTES (16u * 1024u * 1024u)

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s query (-q QUERY | -Q FILE.rq) [OPTION...] [INPUT...]\n\n"
    "Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with\n"
    "librdf/rasqal on the graph of the INPUTs, held in memory, or on a\n"
    "store filled before with '%s load'.  INPUT is a file of dialogue\n"
    "records (JSON, JSON array, JSON Lines) or of RDF (Turtle, N-Triples,\n"
    "N-Quads), told apart by its extension or its first bytes; '-' or no\n"
    "INPUT (without --store) reads records from standard input.\n\n"
    "  -q, --query TEXT     the query\n"
    "  -Q, --query-file FILE  the query, from FILE\n"
    "  -r, --results FORMAT SELECT/ASK: table (default), csv, tsv, json\n"
    "                       (SPARQL JSON), xml (SPARQL XML);\n"
    "                       CONSTRUCT/DESCRIBE: turtle (default),\n"
    "                       ntriples, rdfxml\n"
    "  -o, --output FILE    write FILE (replaced only when complete)\n"
    "  --store SPEC         'memory' (default) or 'sqlite:PATH', a store\n"
    "                       filled by '%s load'; INPUTs are then\n"
    "                       added for this query only if the store is\n"
    "                       'memory'\n"
    "  --base IRI           base of minted IRIs and of relative IRIs in\n"
    "                       the query (default %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, query the rest, exit 1\n"
    "  --quiet              no warnings about unresolved names\n"
    "  -h, --help           this help\n\n"
    "Exit status: 0 success, 1 bad data, a query that does not parse (the\n"
    "message gives its line) or fails, 2 bad usage.\n",
    dkg_program,
    dkg_program,
    dkg_program,
    DKG_DEFAULT_BASE);
  return status;
}

/* Reads the whole of `path`; NULL (reported) on failure. */
static char*
read_query_file(const char* path)
{
  const bool is_stdin = !strcmp(path, "-");
  FILE* f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    dkg_cli_error("%s: cannot open: %s", path, strerror(errno));
    return NULL;
  }
  size_t cap = 4096u, len = 0;
  char* text = (char*)malloc(cap);
  while (text) {
    if (len + 1u == cap) {
      char* bigger =
        cap >= MAX_QUERY_BYTES ? NULL : (char*)realloc(text, cap * 2u);
      if (!bigger) {
        dkg_cli_error(
          "%s: query too large (more than %u bytes)", path, MAX_QUERY_BYTES);
        free(text);
        text = NULL;
        break;
      }
      text = bigger;
      cap *= 2u;
    }
    const size_t n = fread(text + len, 1, cap - 1u - len, f);
    len += n;
    if (n == 0) {
      if (ferror(f)) {
        dkg_cli_error("%s: cannot read: %s", path, strerror(errno));
        free(text);
        text = NULL;
      }
      break;
    }
  }
  if (text) {
    text[len] = '\0';
    if (strlen(text) != len) {
      dkg_cli_error("%s: the query holds a NUL byte", path);
      free(text);
      text = NULL;
    }
  }
  if (!is_stdin) {
    fclose(f);
  }
  return text;
}

int
dkg_cmd_query(int argc, char** argv)
{
  static const struct option options[] = {
    { "query", required_argument, NULL, 'q' },
    { "query-file", required_argument, NULL, 'Q' },
    { "results", required_argument, NULL, 'r' },
    { "output", required_argument, NULL, 'o' },
    { "store", required_argument, NULL, 's' },
    { "base", required_argument, NULL, 'B' },
    { "data-dir", required_argument, NULL, 'D' },
    { "strict", no_argument, NULL, 'S' },
    { "keep-going", no_argument, NULL, 'K' },
    { "quiet", no_argument, NULL, 'U' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  const char* query_text = NULL;
  const char* query_file = NULL;
  const char* results = NULL;
  const char* output = NULL;
  const char* spec = NULL;
  DkgFillOptions fopts = { DKG_DEFAULT_BASE, NULL, false, false, true };
  bool keep_going = false;
  int c = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "q:Q:r:o:h", options, NULL)) != -1) {
    switch (c) {
      case 'q':
        query_text = optarg;
        break;
      case 'Q':
        query_file = optarg;
        break;
      case 'r':
        results = optarg;
        break;
      case 'o':
        output = optarg;
        break;
      case 's':
        spec = optarg;
        break;
      case 'B':
        fopts.base = optarg;
        break;
      case 'D':
        fopts.data_dir = optarg;
        break;
      case 'S':
        fopts.strict = true;
        break;
      case 'K':
        keep_going = true;
        break;
      case 'U':
        fopts.quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        dkg_cli_error("query: bad option or missing argument '%s'",
                      argv[optind - 1]);
        return usage(stderr, DKG_EXIT_USAGE);
    }
  }
  if (!query_text == !query_file) {
    dkg_cli_error("query: give the query with either -q TEXT or -Q FILE");
    return usage(stderr, DKG_EXIT_USAGE);
  }
  static const char* const formats[] = { "table",    "csv",    "tsv",
                                         "json",     "xml",    "turtle",
                                         "ntriples", "rdfxml", NULL };
  if (results) {
    size_t i = 0;
    while (formats[i] && strcmp(formats[i], results)) {
      ++i;
    }
    if (!formats[i]) {
      dkg_cli_error("query: unknown results format '%s' (see '%s query "
                    "--help')",
                    results,
                    dkg_program);
      return DKG_EXIT_USAGE;
    }
  }
  if (!dkg_cli_check_iri("--base", fopts.base, true)) {
    return DKG_EXIT_USAGE;
  }
  const bool persistent = spec && strcmp(spec, "memory");
  const int n_inputs = argc - optind;
  if (persistent && n_inputs) {
    dkg_cli_error("query: with --store %s, add INPUTs with '%s load' first "
                  "(a query does not change the store)",
                  spec,
                  dkg_program);
    return DKG_EXIT_USAGE;
  }
  char* owned_text = NULL;
  if (query_file) {
    if (!(owned_text = read_query_file(query_file))) {
      return DKG_EXIT_DATA;
    }
    query_text = owned_text;
  }

  int exit_code = DKG_EXIT_DATA;
  DkgDiag* diag = dkg_diag_new(dkg_program, NULL, NULL);
  DkgStore* store = NULL;
  DkgOutput* out = NULL;
  DkgRunState state = { keep_going, 0, 0, DKG_SUCCESS };
  if (!diag) {
    goto done;
  }
  DkgStatus st = dkg_store_open(
    spec, persistent ? DKG_STORE_READ : DKG_STORE_UPDATE, diag, &store);
  if (st) {
    exit_code = st == DKG_ERR_USAGE ? DKG_EXIT_USAGE : DKG_EXIT_DATA;
    goto done;
  }
  if (!persistent) {
    st =
      dkg_cli_fill_store(store, argv + optind, n_inputs, &fopts, diag, &state);
    if (st == DKG_ERR_IO || st == DKG_ERR_WRITER || st == DKG_ERR_NOMEM) {
      dkg_cli_error("query: %s", dkg_strerror(st));
    }
    if (state.n_bad) {
      dkg_cli_error("query: %llu of %llu record%s rejected%s",
                    (unsigned long long)state.n_bad,
                    (unsigned long long)state.n_records,
                    state.n_records == 1u ? "" : "s",
                    keep_going ? " and skipped" : "");
    }
    if (st && !(keep_going && (st == DKG_ERR_RECORD || st == DKG_ERR_SYNTAX ||
                               st == DKG_ERR_UNRESOLVED))) {
      goto done;
    }
  }
  if (!(out = dkg_output_open(output, diag))) {
    goto done;
  }
  st = dkg_store_query(store,
                       query_text,
                       query_file ? query_file : "<query>",
                       fopts.base,
                       results,
                       dkg_output_stream(out));
  if (st == DKG_ERR_USAGE) {
    exit_code = DKG_EXIT_USAGE;
    goto done;
  }
  if (st) {
    if (st == DKG_ERR_IO || st == DKG_ERR_NOMEM) {
      dkg_cli_error("query: %s", dkg_strerror(st));
    }
    goto done;
  }
  st = dkg_output_commit(out, diag);
  out = NULL;
  exit_code = st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;

done:
  dkg_output_abort(out);
  dkg_store_free(store);
  dkg_diag_free(diag);
  free(owned_text);
  return exit_code;
}
