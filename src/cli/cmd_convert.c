/* dialoguekg convert: records in, one RDF syntax out. */

#include "common.h"
#include "graph/graph.h"
#include "link_options.h"
#include "sink/jsonld/context_data.h"
#include "sink/nt.h"
#include "sink/serd.h"
#include "util/output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum
{
  WRITER_SERD,
  WRITER_RAPTOR,
  WRITER_JSONLD,
  WRITER_JSONLD_EXPANDED,
  WRITER_GRAPH, /* drawings: src/graph/sink.c, docs/visualization.md */
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

/* The help: one text as users read it (84 lines: the text is long, not
   the logic; the format list and the link options' lines come from their
   tables). */
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

/* --writer: 0 the default, 1 raptor, 2 serd.  What serd or raptor2
   complain of goes through `diag`, as every other message of the run. */
static DkgSink*
make_sink(FILE* out,
          size_t format,
          int force,
          const char* context_url,
          DkgDiag* diag)
{
  const DkgJsonldOptions jopts = { false, false, NULL, true };
  const char* syntax = formats[format].raptor_name;
  DkgSink* sink = NULL;
  switch (formats[format].writer) {
    case WRITER_SERD:
      if (force == 0 && strcmp(syntax, "turtle")) { /* own, measured */
        return dkg_nt_sink_new(out, !strcmp(syntax, "nquads"));
      }
      if (force == 1) {
        if ((sink = dkg_raptor_sink_new(out, syntax, NULL))) {
          dkg_raptor_sink_set_diag(sink, diag);
        }
        return sink;
      }
      if ((sink = dkg_serd_sink_new(out, syntax))) {
        dkg_serd_sink_set_diag(sink, diag);
      }
      return sink;
    case WRITER_RAPTOR:
      if ((sink = dkg_raptor_sink_new(out, syntax, NULL))) {
        dkg_raptor_sink_set_diag(sink, diag);
      }
      return sink;
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

typedef struct
{
  DkgCliOptions cli;
  const char* to;                /* -t as given */
  const char* graph;             /* --graph; with nquads, BASE graph */
  const char* context_url;       /* --context-url */
  const char* unresolved_report; /* --unresolved-report FILE */
  int writer;                    /* --writer: 0 default, 1 raptor, 2 serd */
  int jobs;                      /* -j */
  DkgGraphOptions gopts;         /* the drawing options */
  DkgLinkOptions lo;             /* --links, --describe, ... */
  size_t format;                 /* in formats[], set by check() */
  char* default_graph;           /* BASE graph, made by check() */
} ConvertOptions;

enum
{
  CODE_UNRESOLVED_REPORT = 0x3A1,
  CODE_VIEW = 0x300, /* to CODE_LAYOUT: dkg_cli_graph_option() */
  CODE_TOP,
  CODE_SERIES,
  CODE_LAYOUT,
  CODE_NO_LEGEND,
};

static const struct option convert_options[] = {
  { "to", required_argument, NULL, 't' },
  { "graph", required_argument, NULL, 'G' },
  { "context-url", required_argument, NULL, 'C' },
  { "writer", required_argument, NULL, 'W' },
  { "unresolved-report", required_argument, NULL, CODE_UNRESOLVED_REPORT },
  { "jobs", required_argument, NULL, 'j' },
  { "view", required_argument, NULL, CODE_VIEW },
  { "top", required_argument, NULL, CODE_TOP },
  { "series", required_argument, NULL, CODE_SERIES },
  { "layout", required_argument, NULL, CODE_LAYOUT },
  { "no-legend", no_argument, NULL, CODE_NO_LEGEND },
  DKG_LINK_LONG_OPTIONS,
  { NULL, 0, NULL, 0 },
};

/* -j N: false after reporting a bad N. */
static bool
jobs_option(const char* arg, int* jobs)
{
  char* end = NULL;
  const long n = strtol(arg, &end, 10);
  if (!end || *end || n < 1 || n > 256) {
    dkg_cli_error("convert: --jobs takes a number from 1 to 256, not '%s'",
                  arg);
    return false;
  }
  *jobs = (int)n;
  return true;
}

/* convert's own options: -1 to go on, else DKG_EXIT_USAGE (reported). */
static int
convert_option(void* options, int code, const char* arg)
{
  static const char* const drawing[] = { "view", "top", "series", "layout" };
  ConvertOptions* o = (ConvertOptions*)options;
  bool ok = true;
  if (code >= DKG_LINK_OPTION_FIRST) {
    ok = dkg_link_options_parse(&o->lo, code, arg);
  } else if (code >= CODE_VIEW && code <= CODE_LAYOUT) {
    ok = dkg_cli_graph_option(
      "convert", drawing[code - CODE_VIEW], arg, &o->gopts);
  } else if (code == CODE_NO_LEGEND) {
    o->gopts.legend = false;
  } else if (code == 't') {
    o->to = arg;
  } else if (code == 'G') {
    o->graph = arg;
  } else if (code == 'C') {
    o->context_url = arg;
  } else if (code == CODE_UNRESOLVED_REPORT) {
    o->unresolved_report = arg;
  } else if (code == 'j') {
    ok = jobs_option(arg, &o->jobs);
  } else if ((ok = !strcmp(arg, "raptor") || !strcmp(arg, "serd"))) {
    o->writer = !strcmp(arg, "raptor") ? 1 : 2; /* --writer */
  } else {
    dkg_cli_error("convert: --writer takes 'serd' or 'raptor'");
  }
  return ok ? -1 : DKG_EXIT_USAGE;
}

static const DkgCommand command = {
  "convert",
  DKG_OPT_OUTPUT | DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR |
    DKG_OPT_REGISTRY | DKG_OPT_STRICT | DKG_OPT_KEEP_GOING | DKG_OPT_LIMITS |
    DKG_OPT_PROGRESS,
  "t:j:",
  convert_options,
  usage,
  convert_option,
};

/* The format, the IRIs, the inputs: -1 to go on, else an exit code
   (reported).  Sets o->format and the graph of N-Quads output. */
static int
check(ConvertOptions* o, char** inputs, int n_inputs)
{
  if (!find_format(o->to, o->cli.output, &o->format)) {
    return DKG_EXIT_USAGE;
  }
  if (!dkg_cli_check_readable("convert", inputs, n_inputs)) {
    return DKG_EXIT_DATA;
  }
  const char* name = formats[o->format].name;
  if (!strcmp(name, "html")) {
    o->gopts.legend = false; /* the page has its own */
  }
  if ((o->graph && !dkg_cli_check_iri("--graph", o->graph, false)) ||
      (o->context_url &&
       !dkg_cli_check_iri("--context-url", o->context_url, false))) {
    return DKG_EXIT_USAGE;
  }
  if (strcmp(name, "nquads")) {
    o->graph = NULL; /* only N-Quads name a graph */
  } else if (!o->graph) {
    const char* base = o->cli.fill.base;
    o->default_graph = (char*)malloc(strlen(base) + 8u);
    if (!o->default_graph) {
      return DKG_EXIT_DATA;
    }
    sprintf(o->default_graph, "%sgraph", base);
    o->graph = o->default_graph;
  }
  return -1;
}

/* One run of convert: what it opened, freed by run_free(). */
typedef struct
{
  ConvertOptions* o;
  DkgMapperOptions mopts;
  DkgDiag* diag;
  DkgRegistry* reg;
  DkgOutput* out;
  DkgSink* sink;
  DkgMapper* mapper;
  DkgRunState state;
} Run;

/* A mapper configured like the writer's, for a --jobs worker. */
static DkgMapper*
worker_mapper(void* handle, DkgSink* sink)
{
  Run* r = (Run*)handle;
  DkgMapper* m = dkg_mapper_new(r->reg, sink, r->diag, &r->mopts);
  if (m) {
    dkg_link_options_attach(&r->o->lo, m); /* --provenance (no --links) */
  }
  return m;
}

/* Opens the registry, the output, its sink and the mapper: -1 to go on,
   else an exit code (reported). */
static int
run_open(Run* r)
{
  ConvertOptions* o = r->o;
  const DkgFillOptions* fill = &o->cli.fill;
  const char* name = formats[o->format].name;
  if (!(r->diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL)) ||
      dkg_registry_load_overlays(dkg_cli_data_dir(fill->data_dir),
                                 fill->overlays,
                                 fill->n_overlays,
                                 r->diag,
                                 &r->reg) ||
      !(r->out = dkg_output_open(o->cli.output, r->diag))) {
    return DKG_EXIT_DATA;
  }
  FILE* stream = dkg_output_stream(r->out);
  o->gopts.format = formats[o->format].raptor_name;
  r->sink =
    formats[o->format].writer == WRITER_GRAPH
      ? dkg_graph_sink_new(stream, r->diag, &o->gopts)
      : make_sink(stream, o->format, o->writer, o->context_url, r->diag);
  const int link_exit =
    r->sink ? dkg_link_options_setup(
                &o->lo, r->diag, fill->base, name, o->cli.output, &r->sink)
            : DKG_EXIT_OK;
  if (link_exit) {
    return link_exit;
  }
  r->mopts = (DkgMapperOptions){ fill->base, o->graph, fill->strict };
  if (!r->sink ||
      !(r->mapper = dkg_mapper_new(r->reg, r->sink, r->diag, &r->mopts))) {
    dkg_cli_error("convert: cannot create the %s writer", name);
    return DKG_EXIT_DATA;
  }
  dkg_link_options_attach(&o->lo, r->mapper);
  return -1;
}

/* Reads every input into the mapper (or the sink), with the progress
   line.  Returns the status of the run so far. */
static DkgStatus
run_inputs(Run* r, char** inputs, int n_inputs)
{
  ConvertOptions* o = r->o;
  DkgStatus st = dkg_sink_declare_prefixes(r->sink, o->cli.fill.base);
  const DkgTerm graph_term = dkg_iri(o->graph ? o->graph : "");
  if (o->jobs > 1 && o->lo.links) {
    dkg_cli_error("convert: --links runs on one thread; --jobs %d ignored",
                  o->jobs);
    o->jobs = 1;
  }
  dkg_cli_progress = dkg_progress_new(
    o->cli.fill.quiet && o->cli.progress < 0 ? 0 : o->cli.progress,
    dkg_cli_inputs_size(inputs, n_inputs));
  dkg_cli_progress_counter = r->mapper;
  dkg_cli_progress_bytes = 0;
  const DkgParallel par = {
    o->jobs,          r->mapper,     dkg_nt_sink_is(r->sink),
    o->graph != NULL, worker_mapper, r
  };
  const DkgAnyInputs any = { r->sink,
                             o->graph ? &graph_term : NULL,
                             o->jobs > 1 ? &par : NULL };
  if (!st) {
    dkg_cli_run_any(
      inputs, n_inputs, r->reg, r->diag, &r->state, r->mapper, &any);
    st = r->state.status;
  }
  dkg_progress_finish(dkg_cli_progress,
                      r->state.n_records,
                      dkg_mapper_statement_count(r->mapper),
                      dkg_cli_progress_bytes);
  dkg_progress_free(dkg_cli_progress); /* and sets it NULL */
  return st;
}

/* After the inputs: the reports, then, when the run is complete, the end
   of the output, its commit and --describe.  Returns the final status. */
static DkgStatus
run_finish(Run* r, DkgStatus st)
{
  ConvertOptions* o = r->o;
  const DkgFillOptions* fill = &o->cli.fill;
  const char* name = formats[o->format].name;
  int write_errno = errno; /* why a write failed, before anything else */
  if (!fill->quiet || fill->strict) {
    dkg_mapper_report_unresolved(r->mapper);
  }
  if (o->unresolved_report) { /* a diagnosis: written even after failures */
    const DkgStatus rst =
      write_unresolved_report(r->mapper, o->unresolved_report, r->diag);
    st = st ? st : rst;
  }
  const DkgStatus lst =
    dkg_link_options_report(&o->lo, r->diag, fill->quiet, fill->strict);
  st = st ? st : lst;
  if (st == DKG_ERR_IO || st == DKG_ERR_WRITER || st == DKG_ERR_NOMEM) {
    report_failure(r->out, o->cli.output, name, st, write_errno);
  }
  if (!dkg_cli_run_complete(st, o->cli.keep_going)) {
    return st;
  }
  DkgStatus fst = dkg_link_options_finish_data(&o->lo, r->sink, o->graph);
  fst = fst ? fst : dkg_sink_finish(r->sink);
  write_errno = errno;
  if (fst) {
    report_failure(r->out, o->cli.output, name, fst, write_errno);
    return fst;
  }
  const DkgStatus cst = dkg_output_commit(r->out, r->diag);
  r->out = NULL;
  st = cst ? cst : st;
  if (!st) {
    st = dkg_link_options_describe(
      &o->lo, r->diag, fill->base, name, o->cli.output);
  }
  return st;
}

static int
run(ConvertOptions* o, char** inputs, int n_inputs)
{
  Run r;
  memset(&r, 0, sizeof(r));
  r.o = o;
  r.state.keep_going = o->cli.keep_going;
  int exit_code = run_open(&r);
  if (exit_code < 0) {
    const DkgStatus st = run_finish(&r, run_inputs(&r, inputs, n_inputs));
    dkg_cli_report_rejected("convert", &r.state, o->cli.output);
    exit_code = st || r.state.n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;
  }
  dkg_mapper_free(r.mapper);
  dkg_sink_free(r.sink);
  dkg_output_abort(r.out);
  dkg_registry_free(r.reg);
  dkg_diag_free(r.diag);
  return exit_code;
}

int
dkg_cmd_convert(int argc, char** argv)
{
  ConvertOptions o;
  memset(&o, 0, sizeof(o));
  o.cli = dkg_cli_options_default();
  o.jobs = 1;
  o.gopts =
    (DkgGraphOptions){ "dot", DKG_VIEW_FULL, 0, NULL, NULL, NULL, true };
  int exit_code = dkg_cli_parse(&command, argc, argv, &o.cli, &o);
  if (exit_code < 0) {
    exit_code = check(&o, argv + optind, argc - optind);
  }
  if (exit_code < 0) {
    exit_code = run(&o, argv + optind, argc - optind);
  }
  dkg_link_options_free(&o.lo);
  free(o.default_graph);
  return exit_code;
}
