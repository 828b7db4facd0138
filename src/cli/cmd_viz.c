/* dialoguekg viz: records in, one self-contained interactive HTML page out. */

#include "common.h"
#include "graph/graph.h"
#include "util/output.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s viz [OPTION...] [INPUT...]\n\n"
    "Draws dialogue records as one self-contained HTML page: the network\n"
    "(Cytoscape.js with the fCoSE layout, inlined) with zoom, pan, search,\n"
    "filters by class, series, country, dialogue and year range, and a click\n"
    "that shows a node's properties and neighbours; and, as tabs, the\n"
    "presence matrix, the timeline and the topics across rounds.  The page\n"
    "loads nothing from the network.\n"
    "INPUT is as for 'convert': records, or RDF (Turtle, N-Triples,\n"
    "N-Quads, RDF/XML, TriG) such as an export to draw; '-' or no\n"
    "INPUT reads standard input.\n\n"
    "  -o, --output FILE    write FILE (replaced only when complete; a\n"
    "                       device or FIFO is written straight through)\n"
    "                       instead of standard output\n"
    "  --view VIEW          what is drawn: full (default), agencies,\n"
    "                       topics, people, countries; matrix, timeline,\n"
    "                       topic-rounds (tables; the page opens on them)\n"
    "  --top N              only the N agencies in the most dialogues\n"
    "  --series NAME        only the dialogues of this series (its name,\n"
    "                       another name of it, or its IRI's last segment)\n"
    "  --layout ENGINE      accepted as in 'convert'; the page lays its\n"
    "                       network out itself (fCoSE)\n"
    "  --title TEXT         the page's title\n"
    "  --base IRI           base of minted IRIs (default %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, draw the rest, exit 1\n"
    "  -q, --quiet          no warnings; a summary line only on failure\n"
    "  -h, --help           this help\n\n"
    "Exit status: 0 success, 1 bad data or output error (the output file\n"
    "is then left as it was), 2 bad usage.\n",
    DKG_PROGRAM,
    DKG_DEFAULT_BASE);
  return status;
}

/** Parses the drawing options shared by 'viz' and 'convert -t dot|svg|...'
    (--view, --top, --series, --layout, --title).  Returns false after
    reporting a bad value. */
bool
dkg_cli_graph_option(const char* command,
                     const char* option,
                     const char* value,
                     DkgGraphOptions* options)
{
  if (!strcmp(option, "view")) {
    if (!dkg_graph_view_parse(value, &options->view)) {
      dkg_cli_error("%s: --view takes full, agencies, topics, people, "
                    "countries, matrix, timeline or topic-rounds, not '%s'",
                    command,
                    value);
      return false;
    }
  } else if (!strcmp(option, "top")) {
    char* end = NULL;
    errno = 0;
    const unsigned long long n = strtoull(value, &end, 10);
    if (!value[0] || *end || errno || n == 0 || n > SIZE_MAX / 2u ||
        value[0] == '-') {
      dkg_cli_error(
        "%s: --top takes a positive whole number, not '%s'", command, value);
      return false;
    }
    options->top = (size_t)n;
  } else if (!strcmp(option, "series")) {
    options->series = value;
  } else if (!strcmp(option, "layout")) {
    static const char* const engines[] = {
      "dot", "sfdp", "neato", "fdp", "circo", "twopi", "osage", "patchwork",
    };
    bool known = false;
    for (size_t i = 0; i < sizeof(engines) / sizeof(engines[0]); ++i) {
      known = known || !strcmp(value, engines[i]);
    }
    if (!known) {
      dkg_cli_error("%s: unknown --layout '%s' (dot, sfdp, neato, fdp, "
                    "circo, twopi, osage, patchwork)",
                    command,
                    value);
      return false;
    }
    options->layout = value;
  } else if (!strcmp(option, "title")) {
    options->title = value;
  } else {
    return false;
  }
  return true;
}

int
dkg_cmd_viz(int argc, char** argv)
{
  static const struct option options[] = {
    { "output", required_argument, NULL, 'o' },
    { "view", required_argument, NULL, 'V' },
    { "top", required_argument, NULL, 'T' },
    { "series", required_argument, NULL, 'S' },
    { "layout", required_argument, NULL, 'L' },
    { "title", required_argument, NULL, 'N' },
    { "base", required_argument, NULL, 'B' },
    { "data-dir", required_argument, NULL, 'D' },
    { "strict", no_argument, NULL, 's' },
    { "keep-going", no_argument, NULL, 'K' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  DkgGraphOptions gopts = { "html", DKG_VIEW_FULL, 0, NULL, NULL, NULL, false };
  const char* output = NULL;
  const char* base = DKG_DEFAULT_BASE;
  const char* data_dir = NULL;
  bool strict = false, keep_going = false, quiet = false;
  int c = 0;
  int index = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:qh", options, &index)) != -1) {
    switch (c) {
      case 'o':
        output = optarg;
        break;
      case 'V':
      case 'T':
      case 'S':
      case 'L':
      case 'N':
        if (!dkg_cli_graph_option("viz", options[index].name, optarg, &gopts)) {
          return DKG_EXIT_USAGE;
        }
        break;
      case 'B':
        base = optarg;
        break;
      case 'D':
        data_dir = optarg;
        break;
      case 's':
        strict = true;
        break;
      case 'K':
        keep_going = true;
        break;
      case 'q':
        quiet = dkg_cli_quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        return dkg_cli_option_error("viz", c, argv);
    }
  }
  if (!dkg_cli_check_iri("--base", base, true)) {
    return DKG_EXIT_USAGE;
  }
  if (!dkg_cli_check_readable("viz", argv + optind, argc - optind)) {
    return DKG_EXIT_DATA;
  }

  int exit_code = DKG_EXIT_DATA;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  DkgOutput* out = NULL;
  DkgSink* sink = NULL;
  DkgMapper* mapper = NULL;
  if (!diag || dkg_registry_load(dkg_cli_data_dir(data_dir), diag, &reg)) {
    goto done;
  }
  if (!(out = dkg_output_open(output, diag))) {
    goto done;
  }
  sink = dkg_graph_sink_new(dkg_output_stream(out), diag, &gopts);
  const DkgMapperOptions mopts = { base, NULL, strict };
  if (!sink || !(mapper = dkg_mapper_new(reg, sink, diag, &mopts))) {
    dkg_cli_error("viz: cannot create the page writer");
    goto done;
  }
  DkgRunState state = { keep_going, 0, 0, DKG_SUCCESS };
  const DkgAnyInputs any = { sink, NULL, NULL };
  dkg_cli_run_any(
    argv + optind, argc - optind, reg, diag, &state, mapper, &any);
  DkgStatus st = state.status;
  if (!quiet || strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  if (dkg_cli_run_complete(st, keep_going)) {
    const DkgStatus fst = dkg_sink_finish(sink);
    if (fst) {
      if (fst != DKG_ERR_USAGE) {
        dkg_cli_error("viz: drawing failed: %s", dkg_strerror(fst));
      }
      st = fst;
    } else {
      const DkgStatus cst = dkg_output_commit(out, diag);
      out = NULL;
      st = cst ? cst : st;
    }
  }
  dkg_cli_report_rejected("viz", &state, output);
  exit_code = st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;

done:
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_output_abort(out);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return exit_code;
}
