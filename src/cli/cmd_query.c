/* dialoguekg query: SPARQL 1.1 by Apache Jena ARQ on the graph of the
   inputs, on a store filled by `load`, or on any SPARQL endpoint. */

#include "common.h"
#include "engine_args.h"
#include "query/endpoint.h"
#include "query/engine.h"
#include "query/results.h"
#include "query/store_dir.h"
#include "util/output.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Largest query text read from a file or given with -e. */
#define MAX_QUERY_BYTES (16u * 1024u * 1024u)

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s query (-Q FILE.rq | -e QUERY) [OPTION...] [INPUT...]\n\n"
    "Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with Apache\n"
    "Jena ARQ on the graph of the INPUTs, on a store filled before with\n"
    "'%s load', or on a SPARQL endpoint.  INPUT is a file of dialogue\n"
    "records (JSON, JSON array, JSON Lines) or of RDF (Turtle, N-Triples,\n"
    "N-Quads, TriG, RDF/XML, JSON-LD), told apart by its extension or its\n"
    "first bytes; '-' or no INPUT (without --store or --endpoint) reads\n"
    "records from standard input.  Records and triples go to the default\n"
    "graph, quads to their named graphs.\n\n"
    "  -Q, --query-file FILE  the query, from FILE ('-': standard input)\n"
    "  -e, --query TEXT     the query, as text\n"
    "  -r, --results FORMAT SELECT/ASK: table (default), csv, tsv, json\n"
    "                       (SPARQL JSON), xml (SPARQL XML);\n"
    "                       CONSTRUCT/DESCRIBE: turtle (default),\n"
    "                       ntriples, rdfxml\n"
    "  -o, --output FILE    write FILE (replaced only when complete)\n"
    "  --store DIR          query the store DIR made by '%s load'\n"
    "  --endpoint URL       send the query to a SPARQL 1.1 Protocol\n"
    "                       endpoint (Fuseki, GraphDB, Virtuoso, '%s serve')\n"
    "  --named FILE         add the RDF file FILE as a named graph, named\n"
    "                       by its file: IRI (repeatable)\n"
    "  --union-default-graph  the default graph is the union of all graphs\n"
    "                       (for data exported as N-Quads)\n"
    "  --query-base IRI     base of relative IRIs in the query (default: the\n"
    "                       query file's IRI, or the current directory's)\n"
    "  --timeout SECONDS    stop a query after SECONDS (default 60; 0: none)\n"
    "  --max-memory SIZE    the engine's memory limit (default 4g)\n"
    "  --dump-nquads        with --store: write the whole store as N-Quads\n"
    "                       (no query)\n"
    "  --allow-service      let SERVICE send parts of the query to other\n"
    "                       servers (refused by default)\n"
    "  --base IRI           base of IRIs minted for records (default\n"
    "                       %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --registry FILE|DIR  your own agencies, topics, series and\n"
    "                       organizations beside ours (repeatable)\n"
    "  --strict             names not in the reference data are errors\n"
    "  --keep-going         skip bad records, query the rest, exit 1\n"
    "  -q, --quiet          no warnings\n"
    "  -h, --help           this help\n\n"
    "FROM and FROM NAMED choose among the graphs given; a query never reads\n"
    "files or the network (but SERVICE with --allow-service).  Results are\n"
    "written only when the whole answer is known.\n\n"
    "Exit status: 0 success, 1 bad data, a query that does not parse (the\n"
    "message gives its line and column), fails or hits a limit, 2 bad\n"
    "usage.\n",
    DKG_PROGRAM,
    DKG_PROGRAM,
    DKG_PROGRAM,
    DKG_PROGRAM,
    DKG_DEFAULT_BASE);
  return status;
}

/* Reports a problem of the query file `path` on `diag`. */
static void
query_file_error(DkgDiag* diag, const char* path, const char* what, int err)
{
  const DkgPlace place = { path, 0, 0, NULL };
  dkg_diag_report(diag,
                  DKG_ERROR,
                  &place,
                  "%s%s%s",
                  what,
                  err ? ": " : "",
                  err ? strerror(err) : "");
}

/* Reads the whole of `path`; NULL (reported) on failure. */
static char*
read_query_file(const char* path, DkgDiag* diag)
{
  const bool is_stdin = !strcmp(path, "-");
  FILE* f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    query_file_error(diag, path, "cannot open", errno);
    return NULL;
  }
  size_t cap = 4096u, len = 0;
  char* text = (char*)malloc(cap);
  while (text) {
    if (len + 1u == cap) {
      char* bigger =
        cap >= MAX_QUERY_BYTES ? NULL : (char*)realloc(text, cap * 2u);
      if (!bigger) {
        char what[64];
        snprintf(what,
                 sizeof(what),
                 "query too large (more than %u bytes)",
                 MAX_QUERY_BYTES);
        query_file_error(diag, path, what, 0);
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
        query_file_error(diag, path, "cannot read", errno);
        free(text);
        text = NULL;
      }
      break;
    }
  }
  if (text) {
    text[len] = '\0';
    if (strlen(text) != len) {
      query_file_error(diag, path, "the query holds a NUL byte", 0);
      free(text);
      text = NULL;
    }
  }
  if (!is_stdin) {
    fclose(f);
  }
  return text;
}

/* Writes `text` to a new temporary file, for the engine to read; its path
   in `path`.  False (reported) on failure. */
static bool
write_temp_query(const char* text, char* path, size_t size)
{
  const char* dir = getenv("TMPDIR");
  snprintf(
    path, size, "%s/dialoguekg-query-XXXXXX", dir && dir[0] ? dir : "/tmp");
  const int fd = mkstemp(path);
  if (fd < 0) {
    dkg_cli_error("cannot make a temporary file for the query: %s",
                  strerror(errno));
    return false;
  }
  FILE* f = fdopen(fd, "wb");
  const size_t len = strlen(text);
  const bool ok = f && fwrite(text, 1, len, f) == len;
  if ((f ? fclose(f) : close(fd)) || !ok) {
    dkg_cli_error("cannot write a temporary file for the query");
    unlink(path);
    return false;
  }
  return true;
}

typedef struct
{
  const char* query_text; /* -e */
  const char* query_file; /* -Q */
  const char* results;
  const char* store;
  const char* endpoint;
  const char* query_base;
  unsigned long timeout_s;
  bool union_graph;
  bool allow_service;
  bool dump;
  DkgCliOptions cli; /* -o, --base, ... */
  DkgArgList named;  /* --named FILE, as engine arguments */
} QueryOptions;

/* Writes the engine's (or the endpoint's) answer in the asked format. */
static DkgStatus
write_answer(const QueryOptions* o,
             DkgQueryForm form,
             const char* body,
             size_t len,
             const char* graph_syntax,
             const char* name,
             DkgDiag* diag)
{
  DkgResultsFormat format = DKG_RESULTS_TABLE;
  if (o->results) {
    dkg_results_format_parse(o->results, &format);
  }
  DkgOutput* out = dkg_output_open(o->cli.output, diag);
  if (!out) {
    return DKG_ERR_IO;
  }
  DkgStatus st = DKG_SUCCESS;
  if (form == DKG_FORM_SELECT || form == DKG_FORM_ASK) {
    st = dkg_results_write_solutions(
      body, len, format, name, diag, dkg_output_stream(out));
  } else {
    st = dkg_results_write_graph(
      body, len, graph_syntax, format, name, diag, dkg_output_stream(out));
  }
  if (st) {
    dkg_output_abort(out);
    return st;
  }
  return dkg_output_commit(out, diag);
}

static DkgStatus
run_on_endpoint(const QueryOptions* o, const char* text, DkgDiag* diag)
{
  DkgEndpointAnswer answer;
  const DkgEndpointOptions eo = { o->endpoint, o->timeout_s };
  DkgStatus st = dkg_endpoint_query(&eo, text, diag, &answer);
  if (!st) {
    st = write_answer(o,
                      answer.form,
                      answer.body,
                      answer.len,
                      answer.graph_syntax,
                      o->endpoint,
                      diag);
  }
  dkg_endpoint_answer_clear(&answer);
  return st;
}

static DkgStatus
run_on_engine(const QueryOptions* o,
              char** inputs,
              int n_inputs,
              const char* query_path,
              const char* query_name,
              DkgDiag* diag,
              DkgRunState* state)
{
  DkgArgList args = { NULL, 0, 0, NULL, 0 };
  DkgRecordFeed feed = { NULL, 0, &o->cli.fill, diag, state };
  DkgStoreDir* store = NULL;
  char timeout_ms[32];
  /* 0: no limit, which the engine takes as a negative number. */
  snprintf(timeout_ms,
           sizeof(timeout_ms),
           "%ld",
           o->timeout_s ? (long)(o->timeout_s * 1000ul) : -1l);
  bool ok =
    dkg_args_add(&args, "query") && dkg_args_add(&args, "--query-file") &&
    dkg_args_add(&args, query_path) && dkg_args_add(&args, "--timeout-ms") &&
    dkg_args_add(&args, timeout_ms);
  if (ok && o->query_base) {
    ok =
      dkg_args_add(&args, "--query-base") && dkg_args_add(&args, o->query_base);
  } else if (ok && o->query_text) {
    char cwd[PATH_MAX];
    ok = getcwd(cwd, sizeof(cwd) - 1u) &&
         dkg_args_add(&args, "--query-base-dir") &&
         dkg_args_add_copy(&args, cwd);
  }
  if (ok && o->union_graph) {
    ok = dkg_args_add(&args, "--union");
  }
  if (ok && o->allow_service) {
    ok = dkg_args_add(&args, "--allow-service");
  }
  for (size_t i = 0; ok && i < o->named.n; ++i) {
    ok = dkg_args_add(&args, o->named.items[i]);
  }
  DkgStatus st = ok ? DKG_SUCCESS : DKG_ERR_NOMEM;
  if (!st && o->store) {
    st = dkg_store_dir_open(o->store, DKG_STORE_DIR_READ, diag, &store);
    if (!st && !(dkg_args_add(&args, "--store") &&
                 dkg_args_add(&args, dkg_store_dir_database(store)))) {
      st = DKG_ERR_NOMEM;
    }
  } else if (!st) {
    st = dkg_cli_engine_inputs(
      inputs, n_inputs, o->cli.fill.stdin_if_none && !o->named.n, &args, &feed);
  }
  DkgEngineResult result;
  memset(&result, 0, sizeof(result));
  if (!st) {
    st = dkg_cli_engine_run(&args,
                            &feed,
                            o->cli.max_memory,
                            query_path,
                            query_name,
                            !o->store && dkg_cli_inputs_small(inputs, n_inputs),
                            diag,
                            &result);
  }
  if (!st) {
    st = write_answer(
      o, result.form, result.out, result.out_len, "ntriples", query_name, diag);
  }
  dkg_engine_result_clear(&result);
  dkg_store_dir_close(store);
  free(feed.inputs);
  dkg_args_clear(&args);
  return st;
}

/* Writes the store as N-Quads, straight from the engine to the output. */
static DkgStatus
dump_store(const QueryOptions* o, DkgDiag* diag)
{
  DkgStoreDir* store = NULL;
  DkgStatus st = dkg_store_dir_open(o->store, DKG_STORE_DIR_READ, diag, &store);
  DkgOutput* out = st ? NULL : dkg_output_open(o->cli.output, diag);
  if (!st && !out) {
    st = DKG_ERR_IO;
  }
  if (!st) {
    const char* args[] = {
      "dump", "--store", dkg_store_dir_database(store), NULL
    };
    FILE* stream = dkg_output_stream(out);
    fflush(stream);
    DkgEngineResult result;
    const DkgEngineRun run = {
      args, NULL, NULL, fileno(stream), o->cli.max_memory, 0, NULL, NULL, false,
    };
    st = dkg_engine_run(&run, diag, &result);
    dkg_engine_result_clear(&result);
    if (st) {
      dkg_output_abort(out);
    } else {
      st = dkg_output_commit(out, diag);
    }
  }
  dkg_store_dir_close(store);
  return st;
}

static const struct option query_options[] = {
  { "query", required_argument, NULL, 'e' },
  { "query-file", required_argument, NULL, 'Q' },
  { "results", required_argument, NULL, 'r' },
  { "store", required_argument, NULL, 's' },
  { "endpoint", required_argument, NULL, 'E' },
  { "named", required_argument, NULL, 'N' },
  { "union-default-graph", no_argument, NULL, 'u' },
  { "query-base", required_argument, NULL, 'b' },
  { "timeout", required_argument, NULL, 'T' },
  { "allow-service", no_argument, NULL, 'A' },
  { "dump-nquads", no_argument, NULL, 'P' },
  { NULL, 0, NULL, 0 },
};

/* --timeout SECONDS (0: none; at most a year): false after reporting. */
static bool
timeout_option(QueryOptions* o, const char* arg)
{
  char* end = NULL;
  errno = 0;
  o->timeout_s = strtoul(arg, &end, 10);
  if (errno || !*arg || *end || arg[0] == '-' ||
      o->timeout_s > 86400ul * 365ul) {
    dkg_cli_error("query: --timeout takes seconds (0: none), not '%s'", arg);
    return false;
  }
  return true;
}

/* query's own options: -1 to go on, else an exit code. */
static int
query_option(void* options, int code, const char* arg)
{
  QueryOptions* o = (QueryOptions*)options;
  switch (code) {
    case 'e':
      o->query_text = arg;
      break;
    case 'Q':
      o->query_file = arg;
      break;
    case 'r':
      o->results = arg;
      break;
    case 's':
      o->store = arg;
      break;
    case 'E':
      o->endpoint = arg;
      break;
    case 'N':
      if (!dkg_args_add(&o->named, "--named") ||
          !dkg_args_add(&o->named, arg)) {
        return DKG_EXIT_DATA;
      }
      break;
    case 'u':
      o->union_graph = true;
      break;
    case 'b':
      o->query_base = arg;
      break;
    case 'A':
      o->allow_service = true;
      break;
    case 'P':
      o->dump = true;
      break;
    default: /* 'T' */
      return timeout_option(o, arg) ? -1 : DKG_EXIT_USAGE;
  }
  return -1;
}

static const DkgCommand command = {
  "query",
  DKG_OPT_OUTPUT | DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR |
    DKG_OPT_REGISTRY | DKG_OPT_STRICT | DKG_OPT_KEEP_GOING | DKG_OPT_MAX_MEMORY,
  "e:Q:r:",
  query_options,
  usage,
  query_option,
};

static int
check_options(const QueryOptions* o, int n_inputs)
{
  if (o->dump) {
    if (!o->store || o->query_text || o->query_file || n_inputs) {
      dkg_cli_error("query: --dump-nquads needs --store DIR and no query "
                    "or INPUT");
      return DKG_EXIT_USAGE;
    }
    return -1;
  }
  if (!o->query_text == !o->query_file) {
    dkg_cli_error("query: give the query with either -Q FILE or -e TEXT");
    fprintf(stderr, "Try '%s query --help'.\n", DKG_PROGRAM);
    return DKG_EXIT_USAGE;
  }
  DkgResultsFormat format;
  if (o->results && !dkg_results_format_parse(o->results, &format)) {
    dkg_cli_error("query: unknown results format '%s' (table, csv, tsv, "
                  "json, xml; turtle, ntriples, rdfxml)",
                  o->results);
    return DKG_EXIT_USAGE;
  }
  if (o->store && dkg_store_dir_is_retired_spec(o->store)) {
    dkg_cli_error("query: SQLite stores are retired (librdf/rasqal gave "
                  "wrong answers); make a store with '%s load --store DIR "
                  "INPUT...'",
                  DKG_PROGRAM);
    return DKG_EXIT_USAGE;
  }
  if ((o->store || o->endpoint) && (n_inputs || o->named.n)) {
    dkg_cli_error("query: with --%s, the data is %s: give no INPUT or "
                  "--named (add inputs with '%s load')",
                  o->store ? "store" : "endpoint",
                  o->store ? "the store's" : "the endpoint's",
                  DKG_PROGRAM);
    return DKG_EXIT_USAGE;
  }
  if (o->store && o->endpoint) {
    dkg_cli_error("query: give --store or --endpoint, not both");
    return DKG_EXIT_USAGE;
  }
  if (o->endpoint && !dkg_endpoint_url_ok(o->endpoint)) {
    return DKG_EXIT_USAGE;
  }
  if (o->query_base &&
      !dkg_cli_check_iri("--query-base", o->query_base, false)) {
    return DKG_EXIT_USAGE;
  }
  return -1;
}

/* The exit code of a run that ended with `st`. */
static int
exit_code_of(DkgStatus st)
{
  return st == DKG_ERR_USAGE ? DKG_EXIT_USAGE
         : st                ? DKG_EXIT_DATA
                             : DKG_EXIT_OK;
}

/* Runs the query on the endpoint, or on the engine (the query text in a
   temporary file, when it is not in a file the engine can read). */
static int
run(const QueryOptions* o, char** inputs, int n_inputs, DkgDiag* diag)
{
  if (o->dump) {
    return exit_code_of(dump_store(o, diag));
  }
  const char* query_path = o->query_file;
  const char* query_name = o->query_file ? o->query_file : "<query>";
  if (o->query_file && !strcmp(o->query_file, "-")) {
    query_name = "<stdin>";
  } else if (o->query_file && access(o->query_file, R_OK)) {
    /* Said here: the engine's answer could not carry every file name. */
    query_file_error(diag, o->query_file, "cannot open", errno);
    return DKG_EXIT_DATA;
  }
  char* text = NULL;
  if (o->query_text || o->endpoint || !strcmp(o->query_file, "-")) {
    text = o->query_text ? strdup(o->query_text)
                         : read_query_file(o->query_file, diag);
    if (!text) {
      return DKG_EXIT_DATA;
    }
  }
  if (o->endpoint) {
    const int exit_code = exit_code_of(run_on_endpoint(o, text, diag));
    free(text);
    return exit_code;
  }
  char temp_path[PATH_MAX] = "";
  if (text && !write_temp_query(text, temp_path, sizeof(temp_path))) {
    free(text);
    return DKG_EXIT_DATA;
  }
  query_path = text ? temp_path : query_path;
  DkgRunState state = { o->cli.keep_going, 0, 0, DKG_SUCCESS };
  const DkgStatus st =
    run_on_engine(o, inputs, n_inputs, query_path, query_name, diag, &state);
  dkg_cli_report_rejected_then("query",
                               &state,
                               o->cli.keep_going ? " and skipped"
                                                 : "; nothing was queried");
  if (text) {
    unlink(temp_path);
    free(text);
  }
  return st == DKG_ERR_USAGE ? DKG_EXIT_USAGE
         : st || state.n_bad ? DKG_EXIT_DATA
                             : DKG_EXIT_OK;
}

int
dkg_cmd_query(int argc, char** argv)
{
  QueryOptions o;
  memset(&o, 0, sizeof(o));
  o.timeout_s = 60;
  o.cli = dkg_cli_options_default();
  int exit_code = dkg_cli_parse(&command, argc, argv, &o.cli, &o);
  const int n_inputs = argc - optind;
  if (exit_code < 0) {
    exit_code = check_options(&o, n_inputs);
  }
  if (exit_code < 0) {
    DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
    exit_code = diag ? run(&o, argv + optind, n_inputs, diag) : DKG_EXIT_DATA;
    dkg_diag_free(diag);
  }
  dkg_args_clear(&o.named);
  return exit_code;
}
