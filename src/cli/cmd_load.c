/* dialoguekg load: fill a persistent store (a directory holding a Jena
   TDB2 database) once, for many queries later. */

#include "common.h"
#include "engine_args.h"
#include "query/engine.h"
#include "query/store_dir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s load --store DIR [OPTION...] [INPUT...]\n\n"
    "Adds dialogue records or RDF files to the store DIR (made when\n"
    "missing), so that '%s query --store DIR' can ask it questions\n"
    "without converting again.  INPUT is a file of records (JSON, JSON\n"
    "array, JSON Lines) or of RDF (Turtle, N-Triples, N-Quads, TriG,\n"
    "RDF/XML, JSON-LD), told apart by its extension or its first bytes;\n"
    "'-' or no INPUT reads records from standard input.  Records and triples\n"
    "go to the default graph (or --graph), quads keep their graphs.  A\n"
    "statement already in the store is not added twice.  The store is a\n"
    "Jena TDB2 database: DIR holds it, a lock and dialoguekg-store.json; a\n"
    "directory without that file is refused, never changed.\n\n"
    "  --store DIR          the store\n"
    "  --graph IRI          load into the named graph IRI\n"
    "  --replace            empty the store (or the --graph) first\n"
    "  --max-memory SIZE    the engine's memory limit (default 4g)\n"
    "  --base IRI           base of minted IRIs (default %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --registry FILE|DIR  your own agencies, topics, series and\n"
    "                       organizations beside ours (repeatable)\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, load the rest, exit 1\n"
    "  -q, --quiet          no warnings, no summary\n"
    "  -h, --help           this help\n\n"
    "One process uses a store at a time: a second load is refused at once.\n"
    "Exit status: 0 success, 1 bad data or a store error (nothing of the\n"
    "run is committed), 2 bad usage.\n",
    DKG_PROGRAM,
    DKG_PROGRAM,
    DKG_DEFAULT_BASE);
  return status;
}

typedef struct
{
  const char* store;
  const char* graph;
  bool replace;
  DkgCliOptions cli;
} LoadOptions;

static const struct option load_options[] = {
  { "store", required_argument, NULL, 's' },
  { "graph", required_argument, NULL, 'g' },
  { "replace", no_argument, NULL, 'R' },
  { NULL, 0, NULL, 0 },
};

static int
load_option(void* options, int code, const char* arg)
{
  LoadOptions* o = (LoadOptions*)options;
  if (code == 's') {
    o->store = arg;
  } else if (code == 'g') {
    o->graph = arg;
  } else { /* 'R' */
    o->replace = true;
  }
  return -1;
}

static const DkgCommand command = {
  "load",
  DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR | DKG_OPT_REGISTRY |
    DKG_OPT_STRICT | DKG_OPT_KEEP_GOING | DKG_OPT_MAX_MEMORY,
  "",
  load_options,
  usage,
  load_option,
};

/* Usage errors: -1 to go on, else DKG_EXIT_USAGE (reported). */
static int
check(const LoadOptions* o)
{
  if (!o->store) {
    dkg_cli_error("load: needs --store DIR (an in-memory store would be "
                  "lost at exit)");
    return DKG_EXIT_USAGE;
  }
  if (dkg_store_dir_is_retired_spec(o->store)) {
    dkg_cli_error("load: SQLite stores are retired (librdf/rasqal gave "
                  "wrong answers); give a directory: --store DIR");
    return DKG_EXIT_USAGE;
  }
  if (o->graph && !dkg_cli_check_iri("--graph", o->graph, false)) {
    return DKG_EXIT_USAGE;
  }
  return -1;
}

/* The engine's arguments: the store, --graph, --replace, the inputs. */
static DkgStatus
engine_args(const LoadOptions* o,
            const DkgStoreDir* store,
            char** inputs,
            int n_inputs,
            DkgArgList* args,
            DkgRecordFeed* feed)
{
  if (!(dkg_args_add(args, "load") && dkg_args_add(args, "--store") &&
        dkg_args_add(args, dkg_store_dir_database(store)) &&
        (!o->graph ||
         (dkg_args_add(args, "--graph") && dkg_args_add(args, o->graph))) &&
        (!o->replace || dkg_args_add(args, "--replace")))) {
    return DKG_ERR_NOMEM;
  }
  return dkg_cli_engine_inputs(inputs, n_inputs, true, args, feed);
}

/* Prints what the store holds now (the engine's answer: statements
   before, after, named graphs). */
static void
print_summary(const LoadOptions* o,
              const DkgRunState* state,
              const DkgEngineResult* result)
{
  unsigned long long before = 0, after = 0, graphs = 0;
  if (result->out &&
      sscanf(result->out, "%llu\t%llu\t%llu", &before, &after, &graphs) == 3 &&
      !o->cli.fill.quiet) {
    printf("%s: %llu record%s read; the store holds %llu statements (%llu "
           "new) in the default graph and %llu named graph%s\n",
           o->store,
           (unsigned long long)state->n_records,
           state->n_records == 1u ? "" : "s",
           after,
           after >= before ? after - before : 0ull,
           graphs,
           graphs == 1u ? "" : "s");
  }
}

static int
run(const LoadOptions* o, char** inputs, int n_inputs)
{
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  if (!diag) {
    return DKG_EXIT_DATA;
  }
  DkgRunState state = { o->cli.keep_going, 0, 0, DKG_SUCCESS };
  DkgArgList args = { NULL, 0, 0, NULL, 0 };
  DkgRecordFeed feed = { NULL, 0, &o->cli.fill, diag, &state };
  DkgEngineResult result;
  memset(&result, 0, sizeof(result));
  DkgStoreDir* store = NULL;
  DkgStatus st =
    dkg_store_dir_open(o->store, DKG_STORE_DIR_WRITE, diag, &store);
  if (!st) {
    st = engine_args(o, store, inputs, n_inputs, &args, &feed);
  }
  if (!st) {
    st = dkg_cli_engine_run(&args,
                            &feed,
                            o->cli.max_memory,
                            NULL,
                            NULL,
                            dkg_cli_inputs_small(inputs, n_inputs),
                            diag,
                            &result);
  }
  dkg_cli_report_rejected_then(
    "load",
    &state,
    o->cli.keep_going && !st ? " and skipped" : "; nothing was committed");
  if (!st) {
    print_summary(o, &state, &result);
  }
  dkg_engine_result_clear(&result);
  dkg_store_dir_close(store);
  free(feed.inputs);
  dkg_args_clear(&args);
  dkg_diag_free(diag);
  if (st == DKG_ERR_USAGE) {
    return DKG_EXIT_USAGE;
  }
  return st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;
}

int
dkg_cmd_load(int argc, char** argv)
{
  LoadOptions o;
  memset(&o, 0, sizeof(o));
  o.cli = dkg_cli_options_default();
  int exit_code = dkg_cli_parse(&command, argc, argv, &o.cli, &o);
  if (exit_code < 0) {
    exit_code = check(&o);
  }
  return exit_code >= 0 ? exit_code : run(&o, argv + optind, argc - optind);
}
