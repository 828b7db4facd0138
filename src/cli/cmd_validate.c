/* dialoguekg validate: every problem of every record, no RDF written. */

#include "common.h"

#include <stdio.h>
#include <stdlib.h>

/* A sink that only counts: validation runs the mapper to resolve names. */
typedef struct
{
  struct DkgSinkImpl base;
} NullSink;

static DkgStatus
null_statement(DkgSink* sink,
               const DkgTerm* g,
               const DkgTerm* s,
               const DkgTerm* p,
               const DkgTerm* o)
{
  (void)sink;
  (void)g;
  (void)s;
  (void)p;
  (void)o;
  return DKG_SUCCESS;
}

static void
null_free(DkgSink* sink)
{
  (void)sink;
}

static const DkgSinkClass null_class = { "none",
                                         NULL,
                                         null_statement,
                                         NULL,
                                         null_free };

static int
usage(FILE* out, int status)
{
  fprintf(out,
          "usage: %s validate [OPTION...] [INPUT...]\n\n"
          "Checks dialogue records and reports every problem as\n"
          "FILE:LINE:COL: error: JSON-PATH: MESSAGE.  Writes no RDF.\n"
          "INPUT is a file of one record, a JSON array of records or JSON\n"
          "Lines; '-' or no INPUT reads standard input.\n\n"
          "  --data-dir DIR  reference data (default: see README)\n"
          "  --registry FILE your own agencies, topics, series and\n"
          "                  organizations (repeatable)\n"
          "  --strict        names not in the reference data are errors\n"
          "  -q, --quiet     no warnings; a summary line only on failure\n"
          "  --max-record-size SIZE  reject a record longer than SIZE\n"
          "                  bytes (suffix K, M, G; default 64M)\n"
          "  --max-depth N   reject a record nested deeper than N levels\n"
          "                  (1 to 1000; default 64)\n"
          "  -h, --help      this help\n\n"
          "Exit status: 0 all records valid, 1 a problem, 2 bad usage.\n",
          DKG_PROGRAM);
  return status;
}

static const DkgCommand command = {
  "validate",
  DKG_OPT_QUIET | DKG_OPT_DATA_DIR | DKG_OPT_REGISTRY | DKG_OPT_STRICT |
    DKG_OPT_LIMITS,
  "",
  NULL,
  usage,
  NULL, /* no options of its own */
};

/* Checks every record of `inputs` (every problem: bad records are
   skipped) and prints the summary. */
static int
run(const DkgCliOptions* cli, char** inputs, int n_inputs)
{
  const DkgFillOptions* fill = &cli->fill;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  if (!diag || dkg_registry_load_overlays(dkg_cli_data_dir(fill->data_dir),
                                          fill->overlays,
                                          fill->n_overlays,
                                          diag,
                                          &reg)) {
    dkg_diag_free(diag);
    return DKG_EXIT_DATA;
  }
  NullSink sink = { { &null_class } };
  const DkgMapperOptions mopts = { NULL, NULL, fill->strict };
  DkgMapper* mapper = dkg_mapper_new(reg, &sink.base, diag, &mopts);
  DkgRunState state = { true, 0, 0, DKG_SUCCESS };
  if (mapper) {
    dkg_cli_run_inputs(inputs, n_inputs, reg, diag, &state, mapper);
    dkg_mapper_report_unresolved(mapper);
  }
  const size_t errors = dkg_diag_count(diag, DKG_ERROR);
  const size_t warnings = dkg_diag_count(diag, DKG_WARNING);
  if (!fill->quiet || errors) { /* -q: only the summary of a failure */
    dkg_cli_error("%llu record%s, %llu invalid, %zu error%s, %zu warning%s",
                  (unsigned long long)state.n_records,
                  state.n_records == 1u ? "" : "s",
                  (unsigned long long)state.n_bad,
                  errors,
                  errors == 1u ? "" : "s",
                  warnings,
                  warnings == 1u ? "" : "s");
  }
  dkg_mapper_free(mapper);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return !mapper ? DKG_EXIT_DATA : errors ? DKG_EXIT_DATA : DKG_EXIT_OK;
}

int
dkg_cmd_validate(int argc, char** argv)
{
  DkgCliOptions cli = dkg_cli_options_default();
  const int parsed = dkg_cli_parse(&command, argc, argv, &cli, NULL);
  return parsed >= 0 ? parsed : run(&cli, argv + optind, argc - optind);
}
