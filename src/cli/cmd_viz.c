/* dialoguekg viz: records in, one self-contained interactive HTML page out. */

#include "common.h"
#include "graph/graph.h"
#include "util/output.h"

#include <errno.h>
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

static const struct option viz_options[] = {
  { "view", required_argument, NULL, 'V' },
  { "top", required_argument, NULL, 'T' },
  { "series", required_argument, NULL, 'S' },
  { "layout", required_argument, NULL, 'L' },
  { "title", required_argument, NULL, 'N' },
  { NULL, 0, NULL, 0 },
};

/* viz's own options: the drawing's. */
static int
viz_option(void* options, int code, const char* arg)
{
  const char* name = code == 'V'   ? "view"
                     : code == 'T' ? "top"
                     : code == 'S' ? "series"
                     : code == 'L' ? "layout"
                                   : "title";
  return dkg_cli_graph_option("viz", name, arg, (DkgGraphOptions*)options)
           ? -1
           : DKG_EXIT_USAGE;
}

static const DkgCommand command = {
  "viz",
  DKG_OPT_OUTPUT | DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR |
    DKG_OPT_STRICT | DKG_OPT_KEEP_GOING,
  "",
  viz_options,
  usage,
  viz_option,
};

/* Maps the inputs onto the page sink and, when the run is complete (bad
   records skipped with --keep-going), commits the page to -o. */
static int
run(const DkgCliOptions* cli,
    const DkgGraphOptions* gopts,
    char** inputs,
    int n_inputs)
{
  const DkgFillOptions* fill = &cli->fill;
  int exit_code = DKG_EXIT_DATA;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  DkgOutput* out = NULL;
  DkgSink* sink = NULL;
  DkgMapper* mapper = NULL;
  if (!diag ||
      dkg_registry_load(dkg_cli_data_dir(fill->data_dir), diag, &reg) ||
      !(out = dkg_output_open(cli->output, diag))) {
    goto done;
  }
  sink = dkg_graph_sink_new(dkg_output_stream(out), diag, gopts);
  const DkgMapperOptions mopts = { fill->base, NULL, fill->strict };
  if (!sink || !(mapper = dkg_mapper_new(reg, sink, diag, &mopts))) {
    dkg_cli_error("viz: cannot create the page writer");
    goto done;
  }
  DkgRunState state = { cli->keep_going, 0, 0, DKG_SUCCESS };
  const DkgAnyInputs any = { sink, NULL, NULL };
  dkg_cli_run_any(inputs, n_inputs, reg, diag, &state, mapper, &any);
  DkgStatus st = state.status;
  if (!fill->quiet || fill->strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  if (dkg_cli_run_complete(st, cli->keep_going)) {
    const DkgStatus fst = dkg_sink_finish(sink);
    if (fst && fst != DKG_ERR_USAGE) {
      dkg_cli_error("viz: drawing failed: %s", dkg_strerror(fst));
    }
    if (!fst) {
      st = dkg_output_commit(out, diag);
      st = st ? st : state.status;
      out = NULL;
    } else {
      st = fst;
    }
  }
  dkg_cli_report_rejected("viz", &state, cli->output);
  exit_code = st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;

done:
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_output_abort(out);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return exit_code;
}

int
dkg_cmd_viz(int argc, char** argv)
{
  DkgCliOptions cli = dkg_cli_options_default();
  DkgGraphOptions gopts = { "html", DKG_VIEW_FULL, 0, NULL, NULL, NULL, false };
  const int parsed = dkg_cli_parse(&command, argc, argv, &cli, &gopts);
  if (parsed >= 0) {
    return parsed;
  }
  if (!dkg_cli_check_readable("viz", argv + optind, argc - optind)) {
    return DKG_EXIT_DATA;
  }
  return run(&cli, &gopts, argv + optind, argc - optind);
}
