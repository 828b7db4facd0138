/* dialoguekg validate: every problem of every record, no RDF written. */

#include "common.h"

#include <getopt.h>
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

int
dkg_cmd_validate(int argc, char** argv)
{
  static const struct option options[] = {
    { "data-dir", required_argument, NULL, 'D' },
    { "registry", required_argument, NULL, 0x3A0 },
    { "strict", no_argument, NULL, 'S' },
    { "quiet", no_argument, NULL, 'q' },
    { "max-record-size", required_argument, NULL, 0x380 },
    { "max-depth", required_argument, NULL, 0x381 },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  const char* data_dir = NULL;
  const char* overlays[DKG_MAX_REGISTRY_FILES];
  size_t n_overlays = 0;
  bool strict = false, quiet = false;
  int c = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":qh", options, NULL)) != -1) {
    switch (c) {
      case 'D':
        data_dir = optarg;
        break;
      case 0x3A0:
        if (n_overlays == DKG_MAX_REGISTRY_FILES) {
          dkg_cli_error("validate: at most %d --registry files",
                        DKG_MAX_REGISTRY_FILES);
          return DKG_EXIT_USAGE;
        }
        overlays[n_overlays++] = optarg;
        break;
      case 'S':
        strict = true;
        break;
      case 'q':
        quiet = dkg_cli_quiet = true;
        break;
      case 0x380:
      case 0x381:
        if (!dkg_cli_limit_option("validate",
                                  c == 0x380 ? "max-record-size" : "max-depth",
                                  optarg)) {
          return DKG_EXIT_USAGE;
        }
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        return dkg_cli_option_error("validate", c, argv);
    }
  }

  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  if (!diag ||
      dkg_registry_load_overlays(
        dkg_cli_data_dir(data_dir), overlays, n_overlays, diag, &reg)) {
    dkg_diag_free(diag);
    return DKG_EXIT_DATA;
  }
  NullSink sink = { { &null_class } };
  const DkgMapperOptions mopts = { NULL, NULL, strict };
  DkgMapper* mapper = dkg_mapper_new(reg, &sink.base, diag, &mopts);
  DkgRunState state = { true, 0, 0, DKG_SUCCESS };
  if (mapper) {
    dkg_cli_run_inputs(argv + optind, argc - optind, reg, diag, &state, mapper);
    dkg_mapper_report_unresolved(mapper);
  }
  const size_t errors = dkg_diag_count(diag, DKG_ERROR);
  if (!quiet || errors) { /* -q: only the summary of a failure */
    fprintf(stderr,
            "%s: %llu record%s, %llu invalid, %zu error%s, %zu "
            "warning%s\n",
            DKG_PROGRAM,
            (unsigned long long)state.n_records,
            state.n_records == 1u ? "" : "s",
            (unsigned long long)state.n_bad,
            errors,
            errors == 1u ? "" : "s",
            dkg_diag_count(diag, DKG_WARNING),
            dkg_diag_count(diag, DKG_WARNING) == 1u ? "" : "s");
  }
  dkg_mapper_free(mapper);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return !mapper ? DKG_EXIT_DATA : errors ? DKG_EXIT_DATA : DKG_EXIT_OK;
}
