/* dialoguekg load: fill a persistent store once, for many queries later.
   Also the input handling `query` shares: records through the mapper into
   the store's sink, RDF files through librdf's parsers. */

#include "common.h"
#include "sink_librdf.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static DkgStatus
fill_records(DkgStore* store,
             char** inputs,
             int n_inputs,
             const DkgFillOptions* options,
             DkgDiag* diag,
             DkgRunState* state)
{
  DkgRegistry* reg = NULL;
  DkgStatus st =
    dkg_registry_load(dkg_cli_data_dir(options->data_dir), diag, &reg);
  if (st) {
    return st;
  }
  DkgSink* sink =
    dkg_librdf_sink_new(dkg_store_world(store), dkg_store_model(store));
  const DkgMapperOptions mopts = { options->base, NULL, options->strict };
  DkgMapper* mapper = sink ? dkg_mapper_new(reg, sink, diag, &mopts) : NULL;
  if (!mapper) {
    dkg_sink_free(sink);
    dkg_registry_free(reg);
    return DKG_ERR_NOMEM;
  }
  dkg_cli_run_inputs(inputs, n_inputs, reg, diag, state, mapper);
  st = state->status;
  if (!options->quiet || options->strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  const DkgStatus fst = dkg_sink_finish(sink);
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_registry_free(reg);
  return st ? st : fst;
}

DkgStatus
dkg_cli_fill_store(DkgStore* store,
                   char** inputs,
                   int n_inputs,
                   const DkgFillOptions* options,
                   DkgDiag* diag,
                   DkgRunState* state)
{
  char** records = (char**)calloc((size_t)n_inputs + 1u, sizeof(char*));
  if (!records) {
    return DKG_ERR_NOMEM;
  }
  int n_records = 0;
  for (int i = 0; i < n_inputs; ++i) {
    if (dkg_input_kind(inputs[i]) == DKG_INPUT_RECORDS) {
      records[n_records++] = inputs[i];
    }
  }
  DkgStatus st = DKG_SUCCESS;
  if (n_records || (n_inputs == 0 && options->stdin_if_none)) {
    st = fill_records(store, records, n_records, options, diag, state);
  }
  free(records);
  const bool records_ok =
    !st ||
    (state->keep_going && (st == DKG_ERR_RECORD || st == DKG_ERR_SYNTAX ||
                           st == DKG_ERR_UNRESOLVED));
  for (int i = 0; records_ok && i < n_inputs; ++i) {
    const DkgInputKind kind = dkg_input_kind(inputs[i]);
    if (kind == DKG_INPUT_RECORDS) {
      continue;
    }
    FILE* stream = fopen(inputs[i], "rb");
    if (!stream) {
      DkgPlace place = { inputs[i], 0, 0, NULL };
      dkg_diag_report(
        diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
      return DKG_ERR_IO;
    }
    const DkgStatus fst =
      dkg_store_load_rdf(store, stream, inputs[i], kind, NULL);
    fclose(stream);
    if (fst) {
      return fst;
    }
  }
  return st;
}

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s load --store sqlite:PATH [OPTION...] [INPUT...]\n\n"
    "Adds dialogue records or RDF files to a persistent store, so that\n"
    "'%s query --store sqlite:PATH' can ask it questions without\n"
    "converting again.  INPUT is a file of records (JSON, JSON array, JSON\n"
    "Lines) or of RDF (Turtle, N-Triples, N-Quads), told apart by its\n"
    "extension or its first bytes; '-' or no INPUT reads records from\n"
    "standard input.  A statement already in the store is not added twice.\n\n"
    "  --store sqlite:PATH  the store (created when missing)\n"
    "  --replace            start the store afresh\n"
    "  --base IRI           base of minted IRIs (default %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, load the rest, exit 1\n"
    "  -q, --quiet          no warnings, no summary\n"
    "  -h, --help           this help\n\n"
    "Exit status: 0 success, 1 bad data or a store error (nothing of the\n"
    "run is committed), 2 bad usage.\n",
    dkg_program,
    dkg_program,
    DKG_DEFAULT_BASE);
  return status;
}

int
dkg_cmd_load(int argc, char** argv)
{
  static const struct option options[] = {
    { "store", required_argument, NULL, 's' },
    { "replace", no_argument, NULL, 'R' },
    { "base", required_argument, NULL, 'B' },
    { "data-dir", required_argument, NULL, 'D' },
    { "strict", no_argument, NULL, 'S' },
    { "keep-going", no_argument, NULL, 'K' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  const char* spec = NULL;
  DkgFillOptions fopts = { DKG_DEFAULT_BASE, NULL, false, false, true };
  bool replace = false, keep_going = false;
  int c = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "qh", options, NULL)) != -1) {
    switch (c) {
      case 's':
        spec = optarg;
        break;
      case 'R':
        replace = true;
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
      case 'q':
        fopts.quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        dkg_cli_error("load: bad option or missing argument '%s'",
                      argv[optind - 1]);
        return usage(stderr, DKG_EXIT_USAGE);
    }
  }
  if (!spec || strncmp(spec, "sqlite:", 7)) {
    dkg_cli_error("load: needs --store sqlite:PATH (an in-memory store "
                  "would be lost at exit)");
    return DKG_EXIT_USAGE;
  }
  if (!dkg_cli_check_iri("--base", fopts.base, true)) {
    return DKG_EXIT_USAGE;
  }
  DkgDiag* diag = dkg_diag_new(dkg_program, NULL, NULL);
  if (!diag) {
    return DKG_EXIT_DATA;
  }
  DkgStore* store = NULL;
  DkgStatus st = dkg_store_open(
    spec, replace ? DKG_STORE_REPLACE : DKG_STORE_UPDATE, diag, &store);
  if (st) {
    dkg_diag_free(diag);
    return st == DKG_ERR_USAGE ? DKG_EXIT_USAGE : DKG_EXIT_DATA;
  }
  const long before = dkg_store_size(store);
  DkgRunState state = { keep_going, 0, 0, DKG_SUCCESS };
  dkg_store_begin(store);
  st = dkg_cli_fill_store(
    store, argv + optind, argc - optind, &fopts, diag, &state);
  const bool commit =
    !st || (keep_going && (st == DKG_ERR_RECORD || st == DKG_ERR_SYNTAX ||
                           st == DKG_ERR_UNRESOLVED));
  if (commit) {
    const DkgStatus cst = dkg_store_commit(store);
    st = cst ? cst : st;
  }
  if (st == DKG_ERR_IO || st == DKG_ERR_WRITER || st == DKG_ERR_NOMEM) {
    dkg_cli_error("load: %s", dkg_strerror(st));
  }
  if (state.n_bad) {
    dkg_cli_error("load: %llu of %llu record%s rejected%s",
                  (unsigned long long)state.n_bad,
                  (unsigned long long)state.n_records,
                  state.n_records == 1u ? "" : "s",
                  keep_going ? " and skipped" : "; nothing was committed");
  }
  if (commit && !fopts.quiet) {
    const long after = dkg_store_size(store);
    printf("%s: %llu record%s read; the store holds %ld statements (%ld new)\n",
           spec + 7,
           (unsigned long long)state.n_records,
           state.n_records == 1u ? "" : "s",
           after,
           after - before);
  }
  dkg_store_free(store);
  dkg_diag_free(diag);
  return st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;
}
