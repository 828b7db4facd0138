/* dialoguekg convert: records in, one RDF syntax out. */

#include "common.h"
#include "graph/graph.h"
#include "link_options.h"
#include "sink/jsonld/context_data.h"
#include "sink/nt.h"
#include "sink/serd.h"
#include "util/output.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum
{
  WRITER_SERD,
  WRITER_RAPTOR,
  WRITER_JSONLD,
  WRITER_JSONLD_EXPANDED,
  WRITER_GRAPH, /* drawings: sink_graph.c, docs/visualization.md */
} Writer;

static const struct
{
  const char* name;
  Writer writer;
  const char* raptor_name;
  bool streams;
  const char* what;
} formats[] = {
  { "turtle", WRITER_SERD, "turtle", true, "Turtle with prefixes (default)" },
  { "ntriples", WRITER_SERD, "ntriples", true, "N-Triples" },
  { "nquads",
    WRITER_SERD,
    "nquads",
    true,
    "N-Quads, in the graph given by --graph" },
  { "jsonld",
    WRITER_JSONLD,
    NULL,
    true,
    "JSON-LD compacted with ontology/context.jsonld" },
  { "jsonld-expanded",
    WRITER_JSONLD_EXPANDED,
    NULL,
    false,
    "expanded JSON-LD (whole graph in memory)" },
  { "rdfxml",
    WRITER_RAPTOR,
    "rdfxml-abbrev",
    false,
    "RDF/XML, abbreviated (raptor2; whole graph in memory)" },
  { "rdfxml-plain",
    WRITER_RAPTOR,
    "rdfxml",
    false,
    "RDF/XML, one description per statement (raptor2)" },
  { "rdfjson",
    WRITER_RAPTOR,
    "json",
    false,
    "RDF/JSON (raptor2; whole graph in memory)" },
  { "dot", WRITER_GRAPH, "dot", false, "drawing: Graphviz DOT (see below)" },
  { "svg", WRITER_GRAPH, "svg", false, "drawing: SVG laid out by Graphviz" },
  { "png", WRITER_GRAPH, "png", false, "drawing: PNG laid out by Graphviz" },
  { "graphml",
    WRITER_GRAPH,
    "graphml",
    false,
    "drawing: GraphML for Gephi, Cytoscape, yEd" },
  { "html", WRITER_GRAPH, "html", false, "drawing: the page of 'viz'" },
};

#define N_FORMATS (sizeof(formats) / sizeof(formats[0]))

/* The format names, NULL-terminated, for dkg_cli_format_alias(). */
static const char* const*
format_names(void)
{
  static const char* names[N_FORMATS + 1u];
  for (size_t i = 0; i < N_FORMATS; ++i) {
    names[i] = formats[i].name;
  }
  return names;
}

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s convert [OPTION...] [INPUT...]\n\n"
    "Maps dialogue records to RDF.  INPUT is a file of one record, a\n"
    "JSON array of records or JSON Lines; '-' or no INPUT reads\n"
    "standard input.  Records are read and written one at a time.\n"
    "INPUT may also be RDF, re-serialized as it is: Turtle (.ttl),\n"
    "N-Triples (.nt), N-Quads (.nq), RDF/XML (.rdf, .owl), TriG\n"
    "(.trig), told by the extension or else by the first bytes.  JSON-LD\n"
    "is not read (raptor2 has no JSON-LD parser).\n\n"
    "  -t, --to FORMAT      output syntax (below; default: from the -o\n"
    "                       extension, else turtle)\n"
    "  -o, --output FILE    write FILE (replaced only when complete; a\n"
    "                       device or FIFO is written straight through)\n"
    "                       instead of standard output\n"
    "  --base IRI           base of minted IRIs (default %s)\n"
    "  --graph IRI          graph of N-Quads output (default BASE graph)\n"
    "  --context-url URL    JSON-LD: reference the context by URL\n"
    "                       instead of writing it inline\n"
    "  --writer NAME        'serd' writes ntriples and nquads with serd\n"
    "                       instead of dialoguekg's own writer (same\n"
    "                       bytes, slower); 'raptor' writes turtle,\n"
    "                       ntriples and nquads with raptor2 (holds\n"
    "                       the graph in memory)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --registry FILE      your own agencies, topics, series, organizations\n"
    "                       beside the built-in ones (a file or a directory\n"
    "                       of *.json files; repeatable)\n"
    "  --unresolved-report FILE  every unresolved name, one JSON a line\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, write the rest, exit 1\n"
    "  --max-record-size SIZE  reject a record longer than SIZE bytes\n"
    "                       (suffix K, M, G; default 64M)\n"
    "  --max-depth N        reject a record nested deeper than N levels\n"
    "                       (1 to 1000; default 64)\n"
    "  -j, --jobs N         parse, check and map on N threads (default\n"
    "                       1); the output is the same bytes\n"
    "  --progress           show progress on standard error even when\n"
    "                       it is not a terminal (it is shown on a\n"
    "                       terminal unless --quiet)\n"
    "  -q, --quiet          no warnings, no progress; a summary\n"
    "                       line only on failure\n"
    "  -h, --help           this help\n\n"
    "Formats:\n",
    DKG_PROGRAM,
    DKG_DEFAULT_BASE);
  for (size_t i = 0; i < N_FORMATS; ++i) {
    fprintf(out, "  %-16s %s\n", formats[i].name, formats[i].what);
  }
  fprintf(out, "Other names (any case; media types too):\n");
  for (size_t i = 0; i < N_FORMATS; ++i) {
    char lead[32];
    snprintf(lead, sizeof(lead), "  %-16s ", formats[i].name);
    dkg_cli_print_aliases(out, formats[i].name, lead);
  }
  fprintf(out,
          "-o FILE without -t: .ttl turtle, .nt ntriples, .nq nquads,\n"
          ".jsonld and .json jsonld, .rdf .owl .xml rdfxml, .rj rdfjson,\n"
          ".dot .gv dot, .svg, .png, .graphml, .html; another extension\n"
          "(or none) turtle.\n");
  fprintf(out,
          "\nMemory (docs/performance.md): ntriples, nquads, turtle, jsonld\n"
          "and rdfxml-plain stream: they are written as records arrive, in\n"
          "memory that does not grow with the records.  jsonld-expanded,\n"
          "rdfxml, rdfjson and the drawings hold the whole graph: keep them\n"
          "for small outputs.\n");
  dkg_link_options_usage(out);
  fprintf(out,
          "\nDrawings (dot, svg, png, graphml; docs/visualization.md):\n"
          "  --view VIEW          full (default), agencies, topics, people,\n"
          "                       countries; tables: matrix, timeline,\n"
          "                       topic-rounds\n"
          "  --top N              only the N agencies in the most dialogues\n"
          "  --series NAME        only the dialogues of this series\n"
          "  --layout ENGINE      Graphviz layout for svg and png (default:\n"
          "                       dot or neato, whichever fits a page; sfdp\n"
          "                       for large drawings)\n"
          "  --no-legend          no legend in dot, svg and png\n");
  fprintf(out,
          "\nExit status: 0 success, 1 bad data or output error (the "
          "output file is\nthen left as it was), 2 bad usage.\n");
  return status;
}

/* The format of -t NAME (an alias too), else of the -o extension, else
   turtle; false after reporting an unknown -t. */
static bool
find_format(const char* to, const char* output, size_t* format)
{
  const char* name = to ? dkg_cli_format_alias(to, format_names()) : NULL;
  if (to && !name) {
    dkg_cli_error("convert: unknown format '%s' (see '%s convert --help')",
                  to,
                  DKG_PROGRAM);
    return false;
  }
  if (!name) {
    name = dkg_cli_format_from_path(output);
  }
  if (!to) {
    dkg_cli_warn_format_named_file("convert", output, format_names());
  }
  *format = 0; /* turtle */
  for (size_t i = 0; name && i < N_FORMATS; ++i) {
    if (!strcmp(formats[i].name, name)) {
      *format = i;
    }
  }
  return true;
}

/* What the worker mappers of --jobs are made from. */
typedef struct
{
  const DkgRegistry* reg;
  DkgDiag* diag;
  DkgMapperOptions mopts;
  DkgLinkOptions* lo;
} ConvertState;

/* A mapper configured like the writer's, for a --jobs worker. */
static DkgMapper*
worker_mapper(void* handle, DkgSink* sink)
{
  ConvertState* cs = (ConvertState*)handle;
  DkgMapper* m = dkg_mapper_new(cs->reg, sink, cs->diag, &cs->mopts);
  if (m) {
    dkg_link_options_attach(cs->lo, m); /* --provenance (no --links) */
  }
  return m;
}

/* --writer: 0 the default, 1 raptor, 2 serd. */
static DkgSink*
make_sink(FILE* out, size_t format, int force, const char* context_url)
{
  const DkgJsonldOptions jopts = { false, false, NULL, true };
  const char* syntax = formats[format].raptor_name;
  switch (formats[format].writer) {
    case WRITER_SERD:
      if (force == 1) {
        return dkg_raptor_sink_new(out, syntax, NULL);
      }
      if (force == 0 && strcmp(syntax, "turtle")) { /* own, measured */
        return dkg_nt_sink_new(out, !strcmp(syntax, "nquads"));
      }
      return dkg_serd_sink_new(out, syntax);
    case WRITER_RAPTOR:
      return dkg_raptor_sink_new(out, formats[format].raptor_name, NULL);
    case WRITER_JSONLD:
      return dkg_jsonld_sink_new(out, dkg_context_json, context_url, &jopts);
    case WRITER_JSONLD_EXPANDED:
      return dkg_jsonld_sink_new(out, NULL, NULL, &jopts);
    case WRITER_GRAPH:
      break; /* dkg_graph_sink_new(), in dkg_cmd_convert */
  }
  return NULL;
}

/* Says why the output could not be written: where, and the system's
   reason when the output stream saw a write error (a full disk, a closed
   pipe); else the kind of failure.  An input that could not be read has
   been reported by the reader already. */
static void
report_failure(DkgOutput* out,
               const char* output,
               const char* format_name,
               DkgStatus st,
               int err)
{
  if (st == DKG_ERR_IO && out && ferror(dkg_output_stream(out)) && err) {
    dkg_cli_error("convert: cannot write %s to %s: %s",
                  format_name,
                  output && strcmp(output, "-") ? output : "standard output",
                  strerror(err));
  } else if (st != DKG_ERR_IO && st != DKG_ERR_USAGE) {
    /* else reading an input failed, or a drawing's --series matched
       nothing: reported already */
    dkg_cli_error(
      "convert: writing %s failed: %s", format_name, dkg_strerror(st));
  }
}

/* --unresolved-report FILE: written beside and renamed, like -o. */
static DkgStatus
write_unresolved_report(DkgMapper* mapper, const char* path, DkgDiag* diag)
{
  DkgOutput* report = dkg_output_open(path, diag);
  if (!report) {
    return DKG_ERR_IO;
  }
  if (dkg_mapper_write_unresolved(mapper, dkg_output_stream(report))) {
    dkg_output_abort(report);
    dkg_cli_error("convert: cannot write %s", path);
    return DKG_ERR_IO;
  }
  return dkg_output_commit(report, diag);
}

int
dkg_cmd_convert(int argc, char** argv)
{
  static const struct option options[] = {
    { "to", required_argument, NULL, 't' },
    { "output", required_argument, NULL, 'o' },
    { "base", required_argument, NULL, 'B' },
    { "graph", required_argument, NULL, 'G' },
    { "context-url", required_argument, NULL, 'C' },
    { "writer", required_argument, NULL, 'W' },
    { "data-dir", required_argument, NULL, 'D' },
    { "registry", required_argument, NULL, 0x3A0 },
    { "unresolved-report", required_argument, NULL, 0x3A1 },
    { "strict", no_argument, NULL, 'S' },
    { "keep-going", no_argument, NULL, 'K' },
    { "quiet", no_argument, NULL, 'q' },
    { "jobs", required_argument, NULL, 'j' },
    { "progress", no_argument, NULL, 0x390 },
    { "help", no_argument, NULL, 'h' },
    { "view", required_argument, NULL, 0x300 },
    { "top", required_argument, NULL, 0x301 },
    { "series", required_argument, NULL, 0x302 },
    { "layout", required_argument, NULL, 0x303 },
    { "no-legend", no_argument, NULL, 0x304 },
    { "max-record-size", required_argument, NULL, 0x380 },
    { "max-depth", required_argument, NULL, 0x381 },
    DKG_LINK_LONG_OPTIONS,
    { NULL, 0, NULL, 0 },
  };
  const char* format_name = NULL; /* -t as given */
  const char* output = NULL;
  const char* base = DKG_DEFAULT_BASE;
  const char* graph = NULL;
  const char* context_url = NULL;
  const char* data_dir = NULL;
  const char* overlays[DKG_MAX_REGISTRY_FILES];
  size_t n_overlays = 0;
  const char* unresolved_report = NULL;
  bool strict = false, keep_going = false, quiet = false;
  int raptor = 0; /* --writer: 0 default, 1 raptor, 2 serd */
  int jobs = 1;
  int progress_mode = -1; /* --progress 1, --quiet 0, else on a terminal */
  DkgGraphOptions gopts = { "dot", DKG_VIEW_FULL, 0, NULL, NULL, NULL, true };
  int c = 0;
  DkgLinkOptions lo;
  memset(&lo, 0, sizeof(lo));
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":t:o:j:qh", options, NULL)) != -1) {
    if (c >= DKG_LINK_OPTION_FIRST) {
      if (!dkg_link_options_parse(&lo, c, optarg)) {
        return DKG_EXIT_USAGE;
      }
      continue;
    }
    switch (c) {
      case 't':
        format_name = optarg;
        break;
      case 'o':
        output = optarg;
        break;
      case 'B':
        base = optarg;
        break;
      case 'G':
        graph = optarg;
        break;
      case 'C':
        context_url = optarg;
        break;
      case 'W':
        if (strcmp(optarg, "raptor") && strcmp(optarg, "serd")) {
          dkg_cli_error("convert: --writer takes 'serd' or 'raptor'");
          return DKG_EXIT_USAGE;
        }
        raptor = !strcmp(optarg, "raptor") ? 1 : 2;
        break;
      case 'D':
        data_dir = optarg;
        break;
      case 0x3A0:
        if (n_overlays == DKG_MAX_REGISTRY_FILES) {
          dkg_cli_error("convert: at most %d --registry files",
                        DKG_MAX_REGISTRY_FILES);
          return DKG_EXIT_USAGE;
        }
        overlays[n_overlays++] = optarg;
        break;
      case 0x3A1:
        unresolved_report = optarg;
        break;
      case 'S':
        strict = true;
        break;
      case 'K':
        keep_going = true;
        break;
      case 0x380:
      case 0x381:
        if (!dkg_cli_limit_option("convert",
                                  c == 0x380 ? "max-record-size" : "max-depth",
                                  optarg)) {
          return DKG_EXIT_USAGE;
        }
        break;
      case 'q':
        quiet = dkg_cli_quiet = true;
        break;
      case 'j': {
        char* end = NULL;
        const long n = strtol(optarg, &end, 10);
        if (!end || *end || n < 1 || n > 256) {
          dkg_cli_error("convert: --jobs takes a number from 1 to 256, "
                        "not '%s'",
                        optarg);
          return DKG_EXIT_USAGE;
        }
        jobs = (int)n;
        break;
      }
      case 0x390:
        progress_mode = 1;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      case 0x300:
      case 0x301:
      case 0x302:
      case 0x303:
        if (!dkg_cli_graph_option(
              "convert",
              (const char* const[]){
                "view", "top", "series", "layout" }[c - 0x300],
              optarg,
              &gopts)) {
          return DKG_EXIT_USAGE;
        }
        break;
      case 0x304:
        gopts.legend = false;
        break;
      default:
        return dkg_cli_option_error("convert", c, argv);
    }
  }
  size_t format = 0;
  if (!find_format(format_name, output, &format)) {
    return DKG_EXIT_USAGE;
  }
  if (!dkg_cli_check_readable("convert", argv + optind, argc - optind)) {
    return DKG_EXIT_DATA;
  }
  format_name = formats[format].name;
  if (formats[format].writer == WRITER_GRAPH &&
      !strcmp(formats[format].name, "html")) {
    gopts.legend = false; /* the page has its own */
  }
  if (!dkg_cli_check_iri("--base", base, true) ||
      (graph && !dkg_cli_check_iri("--graph", graph, false)) ||
      (context_url &&
       !dkg_cli_check_iri("--context-url", context_url, false))) {
    return DKG_EXIT_USAGE;
  }
  char* default_graph = NULL;
  if (!strcmp(formats[format].name, "nquads") && !graph) {
    default_graph = (char*)malloc(strlen(base) + 8u);
    if (!default_graph) {
      return DKG_EXIT_DATA;
    }
    sprintf(default_graph, "%sgraph", base);
    graph = default_graph;
  } else if (strcmp(formats[format].name, "nquads")) {
    graph = NULL;
  }

  int exit_code = DKG_EXIT_DATA;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  DkgOutput* out = NULL;
  DkgSink* sink = NULL;
  DkgMapper* mapper = NULL;
  if (!diag ||
      dkg_registry_load_overlays(
        dkg_cli_data_dir(data_dir), overlays, n_overlays, diag, &reg)) {
    goto done;
  }
  if (!(out = dkg_output_open(output, diag))) {
    goto done;
  }
  gopts.format = formats[format].raptor_name;
  sink = formats[format].writer == WRITER_GRAPH
           ? dkg_graph_sink_new(dkg_output_stream(out), diag, &gopts)
           : make_sink(dkg_output_stream(out), format, raptor, context_url);
  const int link_exit =
    sink ? dkg_link_options_setup(&lo, diag, base, format_name, output, &sink)
         : DKG_EXIT_OK;
  if (link_exit) {
    exit_code = link_exit;
    goto done;
  }
  const DkgMapperOptions mopts = { base, graph, strict };
  if (!sink || !(mapper = dkg_mapper_new(reg, sink, diag, &mopts))) {
    dkg_cli_error("convert: cannot create the %s writer", format_name);
    goto done;
  }
  dkg_link_options_attach(&lo, mapper);
  DkgStatus st = dkg_sink_declare_prefixes(sink, base);
  DkgRunState state = { keep_going, 0, 0, DKG_SUCCESS };
  ConvertState cs = { reg, diag, mopts, &lo };
  const DkgTerm graph_term = dkg_iri(graph ? graph : "");
  if (jobs > 1 && lo.links) {
    dkg_cli_error("convert: --links runs on one thread; --jobs %d ignored",
                  jobs);
    jobs = 1;
  }
  dkg_cli_progress =
    dkg_progress_new(quiet && progress_mode < 0 ? 0 : progress_mode,
                     dkg_cli_inputs_size(argv + optind, argc - optind));
  dkg_cli_progress_counter = mapper;
  dkg_cli_progress_bytes = 0;
  const DkgParallel par = { jobs,          mapper,        dkg_nt_sink_is(sink),
                            graph != NULL, worker_mapper, &cs };
  const DkgAnyInputs any = { sink,
                             graph ? &graph_term : NULL,
                             jobs > 1 ? &par : NULL };
  if (!st) {
    dkg_cli_run_any(
      argv + optind, argc - optind, reg, diag, &state, mapper, &any);
    st = state.status;
  }
  dkg_progress_finish(dkg_cli_progress,
                      state.n_records,
                      dkg_mapper_statement_count(mapper),
                      dkg_cli_progress_bytes);
  dkg_progress_free(dkg_cli_progress); /* and sets it NULL */
  int write_errno = errno; /* why a write failed, before anything else */
  if (!quiet || strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  if (unresolved_report) { /* a diagnosis: written even when records failed */
    const DkgStatus rst =
      write_unresolved_report(mapper, unresolved_report, diag);
    st = st ? st : rst;
  }
  const DkgStatus lst = dkg_link_options_report(&lo, diag, quiet, strict);
  st = st ? st : lst;
  if (st == DKG_ERR_IO || st == DKG_ERR_WRITER || st == DKG_ERR_NOMEM) {
    report_failure(out, output, format_name, st, write_errno);
  }
  if (dkg_cli_run_complete(st, keep_going)) {
    DkgStatus fst = dkg_link_options_finish_data(&lo, sink, graph);
    fst = fst ? fst : dkg_sink_finish(sink);
    write_errno = errno;
    if (fst) {
      report_failure(out, output, format_name, fst, write_errno);
      st = fst;
    } else {
      const DkgStatus cst = dkg_output_commit(out, diag);
      out = NULL;
      st = cst ? cst : st;
      if (!st) {
        st = dkg_link_options_describe(&lo, diag, base, format_name, output);
      }
    }
  }
  dkg_cli_report_rejected("convert", &state, output);
  exit_code = st || state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;

done:
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_link_options_free(&lo);
  dkg_output_abort(out);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  free(default_graph);
  return exit_code;
}
