/* dialoguekg load: fill a persistent store (a directory holding a Jena
   TDB2 database) once, for many queries later. */

#include "common.h"
#include "engine_args.h"
#include "query/engine.h"
#include "query/store_dir.h"

#include <errno.h>
#include <getopt.h>
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
  const char* max_memory;
  bool replace;
  bool keep_going;
  DkgFillOptions fill;
} LoadOptions;

static int
parse_options(int argc, char** argv, LoadOptions* o)
{
  static const struct option options[] = {
    { "store", required_argument, NULL, 's' },
    { "graph", required_argument, NULL, 'g' },
    { "replace", no_argument, NULL, 'R' },
    { "max-memory", required_argument, NULL, 'M' },
    { "base", required_argument, NULL, 'B' },
    { "data-dir", required_argument, NULL, 'D' },
    { "registry", required_argument, NULL, 'G' },
    { "strict", no_argument, NULL, 'S' },
    { "keep-going", no_argument, NULL, 'K' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  int c = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":qh", options, NULL)) != -1) {
    switch (c) {
      case 's':
        o->store = optarg;
        break;
      case 'g':
        o->graph = optarg;
        break;
      case 'R':
        o->replace = true;
        break;
      case 'M':
        o->max_memory = optarg;
        break;
      case 'B':
        o->fill.base = optarg;
        break;
      case 'D':
        o->fill.data_dir = optarg;
        break;
      case 'G':
        if (!dkg_cli_add_registry("load", &o->fill, optarg)) {
          return DKG_EXIT_USAGE;
        }
        break;
      case 'S':
        o->fill.strict = true;
        break;
      case 'K':
        o->keep_going = true;
        break;
      case 'q':
        o->fill.quiet = dkg_cli_quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        return dkg_cli_option_error("load", c, argv);
    }
  }
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
  if (!dkg_cli_check_iri("--base", o->fill.base, true) ||
      (o->graph && !dkg_cli_check_iri("--graph", o->graph, false))) {
    return DKG_EXIT_USAGE;
  }
  return -1;
}

int
dkg_cmd_load(int argc, char** argv)
{
  LoadOptions o;
  memset(&o, 0, sizeof(o));
  o.fill =
    (DkgFillOptions){ DKG_DEFAULT_BASE, NULL, false, false, true, { NULL }, 0 };
  const int parsed = parse_options(argc, argv, &o);
  if (parsed >= 0) {
    return parsed;
  }
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  if (!diag) {
    return DKG_EXIT_DATA;
  }
  DkgRunState state = { o.keep_going, 0, 0, DKG_SUCCESS };
  DkgArgList args = { NULL, 0, 0, NULL, 0 };
  DkgRecordFeed feed = { NULL, 0, &o.fill, diag, &state };
  DkgEngineResult result;
  memset(&result, 0, sizeof(result));
  DkgStoreDir* store = NULL;
  DkgStatus st = dkg_store_dir_open(o.store, DKG_STORE_DIR_WRITE, diag, &store);
  if (!st && !(dkg_args_add(&args, "load") && dkg_args_add(&args, "--store") &&
               dkg_args_add(&args, dkg_store_dir_database(store)) &&
               (!o.graph || (dkg_args_add(&args, "--graph") &&
                             dkg_args_add(&args, o.graph))) &&
               (!o.replace || dkg_args_add(&args, "--replace")))) {
    st = DKG_ERR_NOMEM;
  }
  if (!st) {
    st =
      dkg_cli_engine_inputs(argv + optind, argc - optind, true, &args, &feed);
  }
  if (!st) {
    const bool records = args.n && !strcmp(args.items[args.n - 1], "--stdin");
    const uint64_t size = dkg_cli_inputs_size(argv + optind, argc - optind);
    const DkgEngineRun run = {
      args.items,
      records ? dkg_cli_feed_records : NULL,
      &feed,
      -1,
      o.max_memory,
      0,
      NULL,
      NULL,
      argc > optind && size > 0 && size < (8u << 20),
    };
    st = dkg_engine_run(&run, diag, &result);
  }
  dkg_cli_report_rejected_then("load",
                               &state,
                               o.keep_going && !st ? " and skipped"
                                                   : "; nothing was committed");
  unsigned long long before = 0, after = 0, graphs = 0;
  if (!st && result.out &&
      sscanf(result.out, "%llu\t%llu\t%llu", &before, &after, &graphs) == 3 &&
      !o.fill.quiet) {
    printf("%s: %llu record%s read; the store holds %llu statements (%llu "
           "new) in the default graph and %llu named graph%s\n",
           o.store,
           (unsigned long long)state.n_records,
           state.n_records == 1u ? "" : "s",
           after,
           after >= before ? after - before : 0ull,
           graphs,
           graphs == 1u ? "" : "s");
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
