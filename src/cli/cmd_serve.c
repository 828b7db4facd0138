/* dialoguekg serve: a local SPARQL endpoint and Graph Store, a private
   Virtuoso 7 loaded with a store's graph (src/query/serve.c, docs/virtuoso.md).
 */

#define _XOPEN_SOURCE 700

#include "common.h"
#include "query/push_model.h"
#include "query/serve.h"
#include "sink/nt.h"

#include <curl/curl.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define STORE_MARKER "dialoguekg-store.json"
#define SERVER_DIR "virtuoso"
#define DEFAULT_PORT 8890u
#define PATH_SIZE 4096

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s serve --store DIR [--port N] [OPTION...] [INPUT...]\n"
    "       %s serve --stop --store DIR\n\n"
    "Runs a private Virtuoso 7 on 127.0.0.1, loaded with the graph of the\n"
    "store DIR (made by '%s load --store DIR') by Virtuoso's bulk loader,\n"
    "or, with INPUTs, with the graph of those records and RDF files\n"
    "(Turtle .ttl, N-Triples .nt, N-Quads .nq, RDF/XML .rdf).  It keeps\n"
    "running after this command returns, until --stop.  Everything it\n"
    "has (database, virtuoso.ini, log, pid, a random dba password in a\n"
    "0600 file) is in DIR/" SERVER_DIR "/; each start loads afresh.\n\n"
    "  --store DIR          the store (with INPUTs: created if missing)\n"
    "  --port N             HTTP port on 127.0.0.1 (default %u): the\n"
    "                       read-only SPARQL endpoint /sparql and the\n"
    "                       Graph Store /sparql-graph-crud-auth (user dba,\n"
    "                       Digest, password in DIR/" SERVER_DIR
    "/" DKG_SERVE_PASSWORD_FILE ")\n"
    "  --sql-port N         isql port on 127.0.0.1 (default: a free one)\n"
    "  --graph IRI          graph of the records and triples (default\n"
    "                       BASE graph); N-Quads keep their graphs\n"
    "  --start-timeout S    seconds to wait for Virtuoso (default 300)\n"
    "  --stop               stop the server of DIR (by its process id)\n"
    "  --status             say whether it runs, exit 0 if so, else 1\n"
    "  --base IRI           base of minted IRIs (default %s)\n"
    "  --data-dir DIR       reference data (default: see README)\n"
    "  --strict             names not in the reference data are errors\n"
    "  -q, --quiet          no warnings about unresolved names\n"
    "  -h, --help           this help\n\n"
    "Needs Debian's virtuoso-opensource (virtuoso-t, isql-vt).\n"
    "Exit status: 0 success, 1 the server could not start or stop, or\n"
    "bad data (the message says why and names the log), 2 bad usage.\n",
    DKG_PROGRAM,
    DKG_PROGRAM,
    DKG_PROGRAM,
    DEFAULT_PORT,
    DKG_DEFAULT_BASE);
  return status;
}

typedef struct
{
  const char* store;
  char server_dir[PATH_SIZE];
  DkgServeOptions serve;
  DkgCliOptions cli; /* --base, --data-dir, --strict, -q */
  bool stop, status;
} ServeArgs;

/* snprintf into a path buffer; paths are bounded (--store at most 2048
   bytes), so a cut is a bug, reported as an empty path. */
static void path_printf(char* out, size_t size, const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

static void
path_printf(char* out, size_t size, const char* fmt, ...)
{
  va_list args;
  va_start(args, fmt);
  const int n = vsnprintf(out, size, fmt, args);
  va_end(args);
  if (n < 0 || (size_t)n >= size) {
    out[0] = '\0';
  }
}

static bool
exists(const char* path)
{
  struct stat info;
  return stat(path, &info) == 0;
}

/* True when `dir` is empty or holds only what serve made. */
static bool
is_ours_or_empty(const char* dir)
{
  char path[PATH_SIZE];
  path_printf(path, sizeof(path), "%s/%s/virtuoso.ini", dir, SERVER_DIR);
  FILE* f = fopen(path, "r");
  if (f) {
    char line[128] = "";
    const bool ours = fgets(line, sizeof(line), f) &&
                      strstr(line, "Written by dialoguekg serve");
    fclose(f);
    return ours;
  }
  return rmdir(dir) == 0 || errno == ENOENT ? (mkdir(dir, 0700), true) : false;
}

/* The store must be ours: its marker file, or (with INPUTs) a folder that
   is empty, missing or made by serve before. */
static bool
check_store(const char* dir, bool has_inputs)
{
  char marker[PATH_SIZE];
  path_printf(marker, sizeof(marker), "%s/%s", dir, STORE_MARKER);
  if (exists(marker)) {
    return true;
  }
  if (has_inputs && !exists(dir)) {
    if (!mkdir(dir, 0700)) {
      return true;
    }
    dkg_cli_error("serve: cannot create %s: %s", dir, strerror(errno));
    return false;
  }
  if (has_inputs && is_ours_or_empty(dir)) {
    return true;
  }
  dkg_cli_error("serve: %s is not a dialoguekg store (it has no %s); make "
                "one with '%s load --store %s INPUT...'%s",
                dir,
                STORE_MARKER,
                DKG_PROGRAM,
                dir,
                has_inputs ? " or name an empty or new folder"
                           : ", or give INPUT files to serve");
  return false;
}

/* Copies the RDF file `path` into the load folder as NAME.EXT (Virtuoso's
   loader goes by the extension). */
static DkgStatus
copy_rdf(const char* path, const char* load_dir, int index, DkgDiag* diag)
{
  const char* ext = strrchr(path, '.');
  const DkgInputKind kind = dkg_input_kind(path);
  const bool xml = ext && (!strcmp(ext, ".rdf") || !strcmp(ext, ".owl") ||
                           !strcmp(ext, ".xml"));
  const char* load_ext = xml                          ? "rdf"
                         : kind == DKG_INPUT_NQUADS   ? "nq"
                         : kind == DKG_INPUT_NTRIPLES ? "nt"
                                                      : "ttl";
  /* input-NNNN-NAME.EXT: NAME from the file's name, for the messages. */
  const char* base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  char name[64];
  size_t len = 0;
  for (const char* c = base; *c && c != ext && len + 1u < sizeof(name); ++c) {
    name[len++] = (isalnum((unsigned char)*c) || *c == '-') ? *c : '_';
  }
  name[len] = '\0';
  char target[PATH_SIZE];
  path_printf(target,
              sizeof(target),
              "%s/input-%04d-%s.%s",
              load_dir,
              index,
              name,
              load_ext);
  FILE* in = fopen(path, "rb");
  FILE* out = in ? fopen(target, "wb") : NULL;
  bool ok = in && out;
  char buffer[65536];
  size_t n = 0;
  while (ok && (n = fread(buffer, 1, sizeof(buffer), in)) > 0) {
    ok = fwrite(buffer, 1, n, out) == n;
  }
  ok = ok && !ferror(in);
  if (out && fclose(out)) {
    ok = false;
  }
  if (in) {
    fclose(in);
  }
  if (!ok) {
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "cannot copy to %s: %s",
                    target,
                    strerror(errno));
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

/* The records of `inputs` as N-Quads in `path`, in graph `graph`, by the
   code of 'convert -t nquads'. */
static DkgStatus
write_records(const char* path,
              char** inputs,
              int n_inputs,
              const ServeArgs* args,
              DkgDiag* diag)
{
  DkgRegistry* reg = NULL;
  DkgStatus st =
    dkg_registry_load(dkg_cli_data_dir(args->cli.fill.data_dir), diag, &reg);
  FILE* out = st ? NULL : fopen(path, "wb");
  if (st || !out) {
    dkg_registry_free(reg);
    return st ? st : DKG_ERR_IO;
  }
  DkgSink* sink = dkg_nt_sink_new(out, true);
  const DkgMapperOptions mopts = { args->cli.fill.base,
                                   args->serve.default_graph,
                                   args->cli.fill.strict };
  DkgMapper* mapper = sink ? dkg_mapper_new(reg, sink, diag, &mopts) : NULL;
  DkgRunState state = { false, 0, 0, DKG_SUCCESS };
  st = mapper ? DKG_SUCCESS : DKG_ERR_NOMEM;
  if (!st) {
    dkg_cli_run_inputs(inputs, n_inputs, reg, diag, &state, mapper);
    st = state.status ? state.status : state.n_bad ? DKG_ERR_RECORD : 0;
  }
  if (mapper && (!args->cli.fill.quiet || args->cli.fill.strict)) {
    dkg_mapper_report_unresolved(mapper);
  }
  st = st ? st : dkg_sink_finish(sink);
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_registry_free(reg);
  if (fclose(out) && !st) {
    st = DKG_ERR_IO;
  }
  return st;
}

/* The store's graph as N-Quads in `path`: 'dialoguekg query --store DIR
   --dump-nquads' (the store's own command). */
static DkgStatus
dump_store(const char* store, const char* path)
{
  const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) {
    dkg_cli_error("serve: cannot write %s: %s", path, strerror(errno));
    return DKG_ERR_IO;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, 1);
    execl("/proc/self/exe",
          DKG_PROGRAM,
          "query",
          "--store",
          store,
          "--dump-nquads",
          (char*)NULL);
    _exit(127);
  }
  close(fd);
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status)) {
    dkg_cli_error("serve: could not read the store %s (the message above "
                  "says why)",
                  store);
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

/* Fills DIR/virtuoso/load/ afresh: the store's dump, or the INPUTs. */
static DkgStatus
fill_load_dir(const ServeArgs* args, char** inputs, int n_inputs, DkgDiag* diag)
{
  char load_dir[PATH_SIZE], path[PATH_SIZE];
  path_printf(
    load_dir, sizeof(load_dir), "%s/%s", args->server_dir, DKG_SERVE_LOAD_DIR);
  DkgStatus st = dkg_serve_prepare(args->server_dir, diag);
  if (st) {
    return st;
  }
  if (!n_inputs) {
    path_printf(path, sizeof(path), "%s/store.nq", load_dir);
    return dump_store(args->store, path);
  }
  char** records = (char**)calloc((size_t)n_inputs, sizeof(char*));
  int n_records = 0;
  if (!records) {
    return DKG_ERR_NOMEM;
  }
  for (int i = 0; !st && i < n_inputs; ++i) {
    if (dkg_input_kind(inputs[i]) == DKG_INPUT_RECORDS) {
      records[n_records++] = inputs[i];
    } else {
      st = copy_rdf(inputs[i], load_dir, i, diag);
    }
  }
  path_printf(path, sizeof(path), "%s/records.nq", load_dir);
  if (!st && n_records) {
    st = write_records(path, records, n_records, args, diag);
  }
  free(records);
  return st;
}

static bool
parse_port(const char* option, const char* text, unsigned* port)
{
  char* end = NULL;
  errno = 0;
  const long v = strtol(text, &end, 10);
  if (errno || end == text || *end || v < 1 || v > 65535) {
    dkg_cli_error(
      "serve: %s takes a port from 1 to 65535, not '%s'", option, text);
    return false;
  }
  *port = (unsigned)v;
  return true;
}

static const struct option serve_options[] = {
  { "store", required_argument, NULL, 's' },
  { "port", required_argument, NULL, 'p' },
  { "sql-port", required_argument, NULL, 'P' },
  { "graph", required_argument, NULL, 'G' },
  { "start-timeout", required_argument, NULL, 'T' },
  { "stop", no_argument, NULL, 'X' },
  { "status", no_argument, NULL, 'S' },
  { NULL, 0, NULL, 0 },
};

/* serve's own options: -1 to go on, else DKG_EXIT_USAGE (reported). */
static int
serve_option(void* options, int code, const char* arg)
{
  ServeArgs* args = (ServeArgs*)options;
  bool ok = true;
  switch (code) {
    case 's':
      args->store = arg;
      break;
    case 'p':
      ok = parse_port("--port", arg, &args->serve.http_port);
      break;
    case 'P':
      ok = parse_port("--sql-port", arg, &args->serve.sql_port);
      break;
    case 'G':
      ok = dkg_cli_check_iri("--graph", arg, false);
      args->serve.default_graph = arg;
      break;
    case 'T':
      ok = parse_port("--start-timeout", arg, &args->serve.start_timeout);
      break;
    case 'X':
      args->stop = true;
      break;
    default: /* 'S' */
      args->status = true;
      break;
  }
  return ok ? -1 : DKG_EXIT_USAGE;
}

static const DkgCommand command = {
  "serve", DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR | DKG_OPT_STRICT,
  "",      serve_options,
  usage,   serve_option,
};

/* Usage errors, and the store's path made absolute: -1 to go on, else
   the exit code (reported). */
static int
check(ServeArgs* args, int n_inputs)
{
  if (!args->store) {
    dkg_cli_error("serve: needs --store DIR");
    return usage(stderr, DKG_EXIT_USAGE);
  }
  if (!args->store[0] || strlen(args->store) > 2048u) {
    dkg_cli_error("serve: --store takes a path of 1 to 2048 bytes");
    return DKG_EXIT_USAGE;
  }
  if ((args->stop || args->status) && n_inputs > 0) {
    dkg_cli_error("serve: --stop and --status take no INPUT");
    return DKG_EXIT_USAGE;
  }
  if (!dkg_serve_plain_text(args->store) ||
      (args->serve.default_graph &&
       !dkg_serve_plain_text(args->serve.default_graph))) {
    dkg_cli_error("serve: --store and --graph must hold no quote, "
                  "backslash, comma, semicolon or control character (they "
                  "go into virtuoso.ini and SQL)");
    return DKG_EXIT_USAGE;
  }
  /* Virtuoso runs in DIR/virtuoso/db: every path must be absolute. */
  static char absolute[PATH_SIZE];
  if (args->store[0] != '/') {
    char cwd[PATH_SIZE];
    if (!getcwd(cwd, sizeof(cwd)) || strlen(cwd) > 2048u) {
      dkg_cli_error("serve: cannot tell the current folder: %s",
                    strerror(errno));
      return DKG_EXIT_DATA;
    }
    path_printf(absolute, sizeof(absolute), "%s/%s", cwd, args->store);
    args->store = absolute;
  }
  path_printf(args->server_dir,
              sizeof(args->server_dir),
              "%s/%s",
              args->store,
              SERVER_DIR);
  return -1;
}

static void
print_endpoint(const ServeArgs* args, long pid, unsigned port)
{
  printf("Virtuoso serves %s (pid %ld)\n"
         "  SPARQL endpoint (read-only):  http://127.0.0.1:%u/sparql\n"
         "  Graph Store (dba, Digest):    "
         "http://127.0.0.1:%u/sparql-graph-crud-auth\n"
         "  dba password file:            %s/" DKG_SERVE_PASSWORD_FILE "\n"
         "  log:                          %s/" DKG_SERVE_LOG_FILE "\n"
         "  stop it with:                 %s serve --stop --store %s\n",
         args->store,
         pid,
         port,
         port,
         args->server_dir,
         args->server_dir,
         DKG_PROGRAM,
         args->store);
}

static int
stop_or_status(const ServeArgs* args, DkgDiag* diag)
{
  long pid = 0;
  unsigned port = 0;
  if (args->status) {
    if (!dkg_serve_running(args->server_dir, &pid, &port)) {
      printf("no server runs for %s\n", args->store);
      return DKG_EXIT_DATA;
    }
    print_endpoint(args, pid, port);
    return DKG_EXIT_OK;
  }
  if (dkg_serve_stop(args->server_dir, diag, &pid)) {
    return DKG_EXIT_DATA;
  }
  if (pid) {
    printf("stopped Virtuoso (pid %ld) of %s\n", pid, args->store);
  } else {
    printf("no server ran for %s\n", args->store);
  }
  return DKG_EXIT_OK;
}

int
dkg_cmd_serve(int argc, char** argv)
{
  char default_graph[PATH_SIZE];
  ServeArgs args;
  memset(&args, 0, sizeof(args));
  args.serve.http_port = DEFAULT_PORT;
  args.serve.start_timeout = 300;
  args.cli = dkg_cli_options_default();
  int parsed = dkg_cli_parse(&command, argc, argv, &args.cli, &args);
  if (parsed < 0) {
    parsed = check(&args, argc - optind);
  }
  if (parsed >= 0) {
    return parsed;
  }
  if (!args.serve.default_graph) {
    path_printf(
      default_graph, sizeof(default_graph), "%sgraph", args.cli.fill.base);
    args.serve.default_graph = default_graph;
  }
  args.serve.dir = args.server_dir;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  if (!diag) {
    return DKG_EXIT_DATA;
  }
  int exit_code = DKG_EXIT_DATA;
  long pid = 0;
  unsigned port = 0;
  if (args.stop || args.status) {
    exit_code = stop_or_status(&args, diag);
  } else if (!check_store(args.store, optind < argc)) {
    exit_code = DKG_EXIT_DATA;
  } else if (dkg_serve_running(args.server_dir, &pid, &port)) {
    dkg_cli_error("serve: a server already runs for %s (pid %ld, "
                  "http://127.0.0.1:%u/sparql); stop it first with '%s "
                  "serve --stop --store %s'",
                  args.store,
                  pid,
                  port,
                  DKG_PROGRAM,
                  args.store);
  } else if (!fill_load_dir(&args, argv + optind, argc - optind, diag)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    fflush(stdout);
    if (!dkg_serve_start(&args.serve, diag, &pid)) {
      print_endpoint(&args, pid, args.serve.http_port);
      exit_code = DKG_EXIT_OK;
    }
    curl_global_cleanup();
  }
  dkg_diag_free(diag);
  return exit_code;
}
