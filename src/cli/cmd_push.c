/* dialoguekg push: records or RDF files into a SPARQL store, over the
   SPARQL 1.1 Graph Store HTTP Protocol. */

#define _XOPEN_SOURCE 700 /* fseeko, ftello */

#include "common.h"
#include "query/push.h"
#include "query/push_model.h"
#include "sink/serd.h"

#include <curl/curl.h>
#include <redland.h>
#include <sys/types.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_PASSWORD_ENV "DIALOGUEKG_PASSWORD"

static int
usage(FILE* out, int status)
{
  fprintf(
    out,
    "usage: %s push --endpoint URL [OPTION...] [INPUT...]\n\n"
    "Sends the graph of the INPUTs (dialogue records, or RDF files: Turtle,\n"
    "N-Triples, N-Quads) to a SPARQL 1.1 Graph Store HTTP Protocol\n"
    "endpoint: PUT replaces the graph (pushing twice leaves the same\n"
    "data), --append POSTs a merge.  '-' or no INPUT reads records from\n"
    "standard input.  For millions of statements use a store's bulk\n"
    "loader instead (see docs/query-and-push.md).\n\n"
    "  --endpoint URL        the Graph Store endpoint, e.g.\n"
    "                        http://localhost:8890/sparql-graph-crud-auth\n"
    "  --graph IRI           the graph (default: BASE graph; 'default'\n"
    "                        for the store's default graph)\n"
    "  --append              POST (merge) instead of PUT (replace)\n"
    "  --user NAME           authenticate as NAME (Digest or Basic)\n"
    "  --password-file FILE  the password: first line of FILE\n"
    "  --password-env VAR    the password: environment variable VAR\n"
    "                        (default %s); never on the command line\n"
    "  --auth any|digest|basic  schemes accepted (default any).  Over\n"
    "                        plain http:// Basic is refused (it sends\n"
    "                        the password in clear): any means Digest\n"
    "                        there, basic is an error\n"
    "  --allow-insecure-auth allow Basic over plain http:// (a network\n"
    "                        you trust)\n"
    "  --format ntriples|turtle  body syntax (default ntriples)\n"
    "  --connect-timeout S   seconds to connect (default 10)\n"
    "  --timeout S           seconds for one request, 0: none\n"
    "                        (default 300)\n"
    "  --deadline S          seconds for the whole push, every retry and\n"
    "                        wait included, 0: none (default 600): a\n"
    "                        server that never answers holds push at\n"
    "                        most this long\n"
    "  --retries N           PUT: retries after a timeout, a broken\n"
    "                        connection, 408, 429 or 5xx, with backoff\n"
    "                        (default 3); POST is never retried\n"
    "  --base IRI            base of minted IRIs (default %s)\n"
    "  --data-dir DIR        reference data (default: see README)\n"
    "  --strict              names not in the reference data are errors\n"
    "  -q, --quiet           no summary, no warnings\n"
    "  -h, --help            this help\n\n"
    "Exit status: 0 success, 1 bad data or the store refused or could\n"
    "not be reached (the message says why), 2 bad usage.\n",
    DKG_PROGRAM,
    DEFAULT_PASSWORD_ENV,
    DKG_DEFAULT_BASE);
  return status;
}

/* Writes the records of `inputs` to `out` in `syntax`. */
static DkgStatus
write_records(FILE* out,
              const char* syntax,
              char** inputs,
              int n_inputs,
              const DkgFillOptions* fopts,
              DkgDiag* diag,
              DkgRunState* state,
              uint64_t* count)
{
  DkgRegistry* reg = NULL;
  DkgStatus st =
    dkg_registry_load(dkg_cli_data_dir(fopts->data_dir), diag, &reg);
  if (st) {
    return st;
  }
  DkgSink* sink = dkg_serd_sink_new(out, syntax);
  if (sink) {
    dkg_serd_sink_set_diag(sink, diag);
  }
  const DkgMapperOptions mopts = { fopts->base, NULL, fopts->strict };
  DkgMapper* mapper = sink ? dkg_mapper_new(reg, sink, diag, &mopts) : NULL;
  if (!mapper) {
    dkg_sink_free(sink);
    dkg_registry_free(reg);
    return DKG_ERR_NOMEM;
  }
  st = dkg_sink_declare_prefixes(sink, fopts->base);
  if (!st) {
    dkg_cli_run_inputs(inputs, n_inputs, reg, diag, state, mapper);
    st = state->status;
  }
  if (!fopts->quiet || fopts->strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  if (!st) {
    st = dkg_sink_finish(sink);
  }
  *count += dkg_mapper_statement_count(mapper);
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_registry_free(reg);
  return st;
}

/* Re-writes the RDF file `path` to `out` as N-Triples (valid Turtle too);
   N-Quads lose their graph (the push names one).  The file is parsed into
   an in-memory model first, so that a syntax error (reported with its
   line) sends nothing. */
static DkgStatus
write_rdf_file(FILE* out,
               const char* path,
               DkgInputKind kind,
               DkgDiag* diag,
               uint64_t* count)
{
  FILE* in = fopen(path, "rb");
  if (!in) {
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    return DKG_ERR_IO;
  }
  DkgStore* store = NULL;
  DkgStatus st = dkg_store_open(NULL, DKG_STORE_UPDATE, diag, &store);
  if (!st) {
    st = dkg_store_load_rdf(store, in, path, kind, NULL);
  }
  fclose(in);
  if (!st) {
    librdf_world* world = dkg_store_world(store);
    librdf_serializer* serializer =
      librdf_new_serializer(world, "ntriples", NULL, NULL);
    if (!serializer || librdf_serializer_serialize_model_to_file_handle(
                         serializer, out, NULL, dkg_store_model(store))) {
      st = DKG_ERR_WRITER;
    }
    if (serializer) {
      librdf_free_serializer(serializer);
    }
    const long size = dkg_store_size(store);
    *count += size > 0 ? (uint64_t)size : 0u;
  }
  dkg_store_free(store);
  return st;
}

static char*
read_password_file(const char* path)
{
  FILE* f = fopen(path, "rb");
  if (!f) {
    dkg_cli_error("push: --password-file %s: %s", path, strerror(errno));
    return NULL;
  }
  char line[4096];
  const bool ok = fgets(line, sizeof(line), f) != NULL;
  fclose(f);
  if (!ok) {
    dkg_cli_error("push: --password-file %s is empty", path);
    return NULL;
  }
  line[strcspn(line, "\r\n")] = '\0';
  const size_t len = strlen(line);
  char* password = (char*)malloc(len + 1u);
  if (password) {
    memcpy(password, line, len + 1u);
  }
  memset(line, 0, sizeof(line));
  return password;
}

static bool
parse_long(const char* option, const char* text, long max, long* value)
{
  char* end = NULL;
  errno = 0;
  const long v = strtol(text, &end, 10);
  if (errno || end == text || *end || v < 0 || v > max) {
    dkg_cli_error(
      "push: %s takes a number from 0 to %ld, not '%s'", option, max, text);
    return false;
  }
  *value = v;
  return true;
}

typedef struct
{
  DkgCliOptions cli;
  DkgPushOptions push;
  const char* password_file;
  const char* password_env;
  const char* format; /* --format: ntriples or turtle */
  const char* graph;  /* --graph as given */
  char* default_graph;
  char* password;
} PushArgs;

static const struct option push_options[] = {
  { "endpoint", required_argument, NULL, 'E' },
  { "graph", required_argument, NULL, 'G' },
  { "append", no_argument, NULL, 'A' },
  { "user", required_argument, NULL, 'u' },
  { "password-file", required_argument, NULL, 'P' },
  { "password-env", required_argument, NULL, 'V' },
  { "password", required_argument, NULL, 'X' },
  { "auth", required_argument, NULL, 'a' },
  { "format", required_argument, NULL, 'f' },
  { "connect-timeout", required_argument, NULL, 'c' },
  { "timeout", required_argument, NULL, 'T' },
  { "deadline", required_argument, NULL, 'L' },
  { "allow-insecure-auth", no_argument, NULL, 'I' },
  { "retries", required_argument, NULL, 'R' },
  { NULL, 0, NULL, 0 },
};

/* The options that take a number: false after reporting a bad one. */
static bool
number_option(DkgPushOptions* p, int code, const char* arg)
{
  const char* name = code == 'c'   ? "--connect-timeout"
                     : code == 'T' ? "--timeout"
                     : code == 'L' ? "--deadline"
                                   : "--retries";
  const long max = code == 'c' ? 3600 : code == 'R' ? 10 : 86400;
  long n = 0;
  if (!parse_long(name, arg, max, &n)) {
    return false;
  }
  if (code == 'c') {
    p->connect_timeout = n;
  } else if (code == 'T') {
    p->timeout = n;
  } else if (code == 'L') {
    p->deadline = n;
  } else {
    p->retries = (unsigned)n;
  }
  return true;
}

/* --auth any|digest|basic, --format ntriples|turtle: false after
   reporting a bad value. */
static bool
choice_option(PushArgs* a, int code, const char* arg)
{
  if (code == 'a') {
    static const char* const names[] = { "any", "digest", "basic" };
    static const DkgAuth auths[] = { DKG_AUTH_ANY,
                                     DKG_AUTH_DIGEST,
                                     DKG_AUTH_BASIC };
    for (size_t i = 0; i < 3u; ++i) {
      if (!strcmp(arg, names[i])) {
        a->push.auth = auths[i];
        return true;
      }
    }
    dkg_cli_error("push: --auth takes any, digest or basic");
    return false;
  }
  if (strcmp(arg, "ntriples") && strcmp(arg, "turtle")) {
    dkg_cli_error("push: --format takes ntriples or turtle");
    return false;
  }
  a->format = arg;
  a->push.content_type =
    strcmp(arg, "turtle") ? "application/n-triples" : "text/turtle";
  return true;
}

/* push's own options: -1 to go on, else DKG_EXIT_USAGE (reported). */
static int
push_option(void* options, int code, const char* arg)
{
  PushArgs* a = (PushArgs*)options;
  bool ok = true;
  switch (code) {
    case 'E':
      a->push.endpoint = arg;
      break;
    case 'G':
      a->graph = arg;
      break;
    case 'A':
      a->push.append = true;
      break;
    case 'u':
      a->push.user = arg;
      break;
    case 'P':
      a->password_file = arg;
      break;
    case 'V':
      a->password_env = arg;
      break;
    case 'X':
      dkg_cli_error("push: no password on the command line (others can "
                    "read it there): use --password-file FILE or the "
                    "environment variable %s",
                    DEFAULT_PASSWORD_ENV);
      ok = false;
      break;
    case 'I':
      a->push.allow_insecure_auth = true;
      break;
    case 'a':
    case 'f':
      ok = choice_option(a, code, arg);
      break;
    default: /* 'c', 'T', 'L', 'R' */
      ok = number_option(&a->push, code, arg);
      break;
  }
  return ok ? -1 : DKG_EXIT_USAGE;
}

static const DkgCommand command = {
  "push", DKG_OPT_QUIET | DKG_OPT_BASE | DKG_OPT_DATA_DIR | DKG_OPT_STRICT,
  "",     push_options,
  usage,  push_option,
};

/* The endpoint: an http(s) URL without a user or password in it, and no
   Basic authentication in clear.  False after reporting. */
static bool
check_endpoint(const DkgPushOptions* p)
{
  if (strncmp(p->endpoint, "http://", 7) &&
      strncmp(p->endpoint, "https://", 8)) {
    dkg_cli_error("push: --endpoint must be an http:// or https:// URL");
    return false;
  }
  if (p->auth == DKG_AUTH_BASIC && !p->allow_insecure_auth &&
      !strncmp(p->endpoint, "http://", 7)) {
    dkg_cli_error("push: --auth basic over plain http:// would send the "
                  "password in clear: use an https:// endpoint, Digest "
                  "(--auth digest), or --allow-insecure-auth on a network "
                  "you trust");
    return false;
  }
  const char* authority = strstr(p->endpoint, "://") + 3;
  if (memchr(authority, '@', strcspn(authority, "/?#"))) {
    /* Not echoed: the part before '@' may be a password. */
    dkg_cli_error("push: --endpoint must not hold a user or password "
                  "(messages show the URL, others can read the command "
                  "line): use --user NAME with --password-file FILE or the "
                  "environment variable %s",
                  DEFAULT_PASSWORD_ENV);
    return false;
  }
  return true;
}

/* The password of --user, from --password-file or the environment, in
   a->password: -1 to go on, else an exit code (reported). */
static int
find_password(PushArgs* a)
{
  if ((a->password_file || a->password_env) && !a->push.user) {
    dkg_cli_error("push: a password needs --user");
    return DKG_EXIT_USAGE;
  }
  if (!a->push.user) {
    return -1;
  }
  if (a->password_file) {
    a->password = read_password_file(a->password_file);
    a->push.password = a->password;
    return a->password ? -1 : DKG_EXIT_USAGE;
  }
  const char* var = a->password_env ? a->password_env : DEFAULT_PASSWORD_ENV;
  const char* value = getenv(var);
  if (!value) {
    dkg_cli_error("push: --user %s needs a password: --password-file "
                  "FILE or the environment variable %s",
                  a->push.user,
                  var);
    return DKG_EXIT_USAGE;
  }
  a->password = (char*)malloc(strlen(value) + 1u);
  if (!a->password) {
    return DKG_EXIT_DATA;
  }
  strcpy(a->password, value);
  a->push.password = a->password;
  return -1;
}

/* Usage errors, the graph and the password: -1 to go on, else an exit
   code (reported). */
static int
check(PushArgs* a)
{
  if (!a->push.endpoint) {
    dkg_cli_error("push: needs --endpoint URL");
    return usage(stderr, DKG_EXIT_USAGE);
  }
  if (!check_endpoint(&a->push)) {
    return DKG_EXIT_USAGE;
  }
  if (a->graph && !strcmp(a->graph, "default")) {
    a->push.graph = NULL; /* the store's default graph */
  } else if (a->graph) {
    if (!dkg_cli_check_iri("--graph", a->graph, false)) {
      return DKG_EXIT_USAGE;
    }
    a->push.graph = a->graph;
  } else {
    const char* base = a->cli.fill.base;
    a->default_graph = (char*)malloc(strlen(base) + 8u);
    if (!a->default_graph) {
      return DKG_EXIT_DATA;
    }
    sprintf(a->default_graph, "%sgraph", base);
    a->push.graph = a->default_graph;
  }
  return find_password(a);
}

/* The body of the request in `body`: the records through the mapper,
   then the RDF files.  Returns false after reporting. */
static bool
write_body(const PushArgs* a,
           char** inputs,
           int n_inputs,
           FILE* body,
           DkgDiag* diag,
           uint64_t* count)
{
  char** records = (char**)calloc((size_t)n_inputs + 1u, sizeof(char*));
  if (!records) {
    return false;
  }
  int n_records = 0;
  for (int i = 0; i < n_inputs; ++i) {
    if (dkg_input_kind(inputs[i]) == DKG_INPUT_RECORDS) {
      records[n_records++] = inputs[i];
    }
  }
  DkgRunState state = { false, 0, 0, DKG_SUCCESS };
  DkgStatus st = DKG_SUCCESS;
  if (n_records || !n_inputs) {
    st = write_records(
      body, a->format, records, n_records, &a->cli.fill, diag, &state, count);
  }
  free(records);
  for (int i = 0; !st && i < n_inputs; ++i) {
    const DkgInputKind kind = dkg_input_kind(inputs[i]);
    if (kind != DKG_INPUT_RECORDS) {
      st = write_rdf_file(body, inputs[i], kind, diag, count);
    }
  }
  if (state.n_bad) {
    dkg_cli_report_rejected_then("push", &state, "; nothing was sent");
  } else if (st) {
    dkg_cli_error("push: %s; nothing was sent", dkg_strerror(st));
  } else if (fflush(body) || ferror(body)) {
    dkg_cli_error("push: writing the temporary file: %s", strerror(errno));
  } else {
    return true;
  }
  return false;
}

/* Sends `body` (`size` bytes) and says what the store answered. */
static int
send_body(const PushArgs* a,
          FILE* body,
          off_t size,
          uint64_t count,
          DkgDiag* diag)
{
  if (curl_global_init(CURL_GLOBAL_DEFAULT)) {
    dkg_cli_error("push: cannot initialise libcurl");
    return DKG_EXIT_DATA;
  }
  long status = 0;
  const DkgStatus st = dkg_push(body, (uint64_t)size, &a->push, diag, &status);
  curl_global_cleanup();
  if (st) {
    return DKG_EXIT_DATA;
  }
  if (!a->cli.fill.quiet) {
    printf("%s: %s %llu statements (%lld bytes of %s) into %s: HTTP %ld\n",
           a->push.endpoint,
           a->push.append ? "POST" : "PUT",
           (unsigned long long)count,
           (long long)size,
           a->format,
           a->push.graph ? a->push.graph : "the default graph",
           status);
  }
  return DKG_EXIT_OK;
}

static int
run(const PushArgs* a, char** inputs, int n_inputs)
{
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  FILE* body = tmpfile();
  uint64_t count = 0;
  int exit_code = DKG_EXIT_DATA;
  if (!body) {
    dkg_cli_error("push: cannot create a temporary file: %s", strerror(errno));
  }
  if (diag && body && write_body(a, inputs, n_inputs, body, diag, &count)) {
    const off_t size = ftello(body);
    if (size >= 0) {
      exit_code = send_body(a, body, size, count, diag);
    }
  }
  if (body) {
    fclose(body);
  }
  dkg_diag_free(diag);
  return exit_code;
}

int
dkg_cmd_push(int argc, char** argv)
{
  PushArgs a;
  memset(&a, 0, sizeof(a));
  a.cli = dkg_cli_options_default();
  a.push = (DkgPushOptions){
    .auth = DKG_AUTH_ANY,
    .content_type = "application/n-triples",
    .connect_timeout = 10,
    .timeout = 300,
    .deadline = 600,
    .retries = 3,
  };
  a.format = "ntriples";
  int exit_code = dkg_cli_parse(&command, argc, argv, &a.cli, &a);
  if (exit_code < 0) {
    a.push.quiet = a.cli.fill.quiet;
    exit_code = check(&a);
  }
  if (exit_code < 0) {
    exit_code = run(&a, argv + optind, argc - optind);
  }
  if (a.password) {
    memset(a.password, 0, strlen(a.password));
  }
  free(a.password);
  free(a.default_graph);
  return exit_code;
}
