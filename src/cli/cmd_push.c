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
#include <getopt.h>
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

int
dkg_cmd_push(int argc, char** argv)
{
  static const struct option options[] = {
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
    { "base", required_argument, NULL, 'B' },
    { "data-dir", required_argument, NULL, 'D' },
    { "strict", no_argument, NULL, 'S' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  DkgPushOptions popts = {
    .auth = DKG_AUTH_ANY,
    .content_type = "application/n-triples",
    .connect_timeout = 10,
    .timeout = 300,
    .deadline = 600,
    .retries = 3,
  };
  DkgFillOptions fopts = { DKG_DEFAULT_BASE, NULL, false, false, true,
                           { NULL },         0 };
  const char* password_file = NULL;
  const char* password_env = NULL;
  const char* format = "ntriples";
  const char* graph = NULL;
  long number = 0;
  int c = 0;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "qh", options, NULL)) != -1) {
    switch (c) {
      case 'E':
        popts.endpoint = optarg;
        break;
      case 'G':
        graph = optarg;
        break;
      case 'A':
        popts.append = true;
        break;
      case 'u':
        popts.user = optarg;
        break;
      case 'P':
        password_file = optarg;
        break;
      case 'V':
        password_env = optarg;
        break;
      case 'X':
        dkg_cli_error("push: no password on the command line (others can "
                      "read it there): use --password-file FILE or the "
                      "environment variable %s",
                      DEFAULT_PASSWORD_ENV);
        return DKG_EXIT_USAGE;
      case 'a':
        if (!strcmp(optarg, "any")) {
          popts.auth = DKG_AUTH_ANY;
        } else if (!strcmp(optarg, "digest")) {
          popts.auth = DKG_AUTH_DIGEST;
        } else if (!strcmp(optarg, "basic")) {
          popts.auth = DKG_AUTH_BASIC;
        } else {
          dkg_cli_error("push: --auth takes any, digest or basic");
          return DKG_EXIT_USAGE;
        }
        break;
      case 'f':
        if (strcmp(optarg, "ntriples") && strcmp(optarg, "turtle")) {
          dkg_cli_error("push: --format takes ntriples or turtle");
          return DKG_EXIT_USAGE;
        }
        format = optarg;
        popts.content_type =
          strcmp(optarg, "turtle") ? "application/n-triples" : "text/turtle";
        break;
      case 'c':
        if (!parse_long("--connect-timeout", optarg, 3600, &number)) {
          return DKG_EXIT_USAGE;
        }
        popts.connect_timeout = number;
        break;
      case 'T':
        if (!parse_long("--timeout", optarg, 86400, &number)) {
          return DKG_EXIT_USAGE;
        }
        popts.timeout = number;
        break;
      case 'L':
        if (!parse_long("--deadline", optarg, 86400, &number)) {
          return DKG_EXIT_USAGE;
        }
        popts.deadline = number;
        break;
      case 'I':
        popts.allow_insecure_auth = true;
        break;
      case 'R':
        if (!parse_long("--retries", optarg, 10, &number)) {
          return DKG_EXIT_USAGE;
        }
        popts.retries = (unsigned)number;
        break;
      case 'B':
        fopts.base = optarg;
        break;
      case 'D':
        fopts.data_dir = optarg;
        break;
      case 'S':
        fopts.strict = true;
        break;
      case 'q':
        fopts.quiet = true;
        popts.quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        dkg_cli_error("push: bad option or missing argument '%s'",
                      argv[optind - 1]);
        return usage(stderr, DKG_EXIT_USAGE);
    }
  }
  if (!popts.endpoint) {
    dkg_cli_error("push: needs --endpoint URL");
    return usage(stderr, DKG_EXIT_USAGE);
  }
  if (strncmp(popts.endpoint, "http://", 7) &&
      strncmp(popts.endpoint, "https://", 8)) {
    dkg_cli_error("push: --endpoint must be an http:// or https:// URL");
    return DKG_EXIT_USAGE;
  }
  if (popts.auth == DKG_AUTH_BASIC && !popts.allow_insecure_auth &&
      !strncmp(popts.endpoint, "http://", 7)) {
    dkg_cli_error("push: --auth basic over plain http:// would send the "
                  "password in clear: use an https:// endpoint, Digest "
                  "(--auth digest), or --allow-insecure-auth on a network "
                  "you trust");
    return DKG_EXIT_USAGE;
  }
  const char* authority = strstr(popts.endpoint, "://") + 3;
  if (memchr(authority, '@', strcspn(authority, "/?#"))) {
    /* Not echoed: the part before '@' may be a password. */
    dkg_cli_error("push: --endpoint must not hold a user or password "
                  "(messages show the URL, others can read the command "
                  "line): use --user NAME with --password-file FILE or the "
                  "environment variable %s",
                  DEFAULT_PASSWORD_ENV);
    return DKG_EXIT_USAGE;
  }
  if (!dkg_cli_check_iri("--base", fopts.base, true)) {
    return DKG_EXIT_USAGE;
  }
  char* default_graph = NULL;
  if (graph && !strcmp(graph, "default")) {
    popts.graph = NULL;
  } else if (graph) {
    if (!dkg_cli_check_iri("--graph", graph, false)) {
      return DKG_EXIT_USAGE;
    }
    popts.graph = graph;
  } else {
    default_graph = (char*)malloc(strlen(fopts.base) + 8u);
    if (!default_graph) {
      return DKG_EXIT_DATA;
    }
    sprintf(default_graph, "%sgraph", fopts.base);
    popts.graph = default_graph;
  }
  if ((password_file || password_env) && !popts.user) {
    dkg_cli_error("push: a password needs --user");
    free(default_graph);
    return DKG_EXIT_USAGE;
  }
  char* password = NULL;
  if (popts.user) {
    if (password_file) {
      if (!(password = read_password_file(password_file))) {
        free(default_graph);
        return DKG_EXIT_USAGE;
      }
    } else {
      const char* var = password_env ? password_env : DEFAULT_PASSWORD_ENV;
      const char* value = getenv(var);
      if (!value) {
        dkg_cli_error("push: --user %s needs a password: --password-file "
                      "FILE or the environment variable %s",
                      popts.user,
                      var);
        free(default_graph);
        return DKG_EXIT_USAGE;
      }
      password = (char*)malloc(strlen(value) + 1u);
      if (password) {
        strcpy(password, value);
      }
    }
    popts.password = password;
  }

  int exit_code = DKG_EXIT_DATA;
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, NULL, NULL);
  FILE* body = tmpfile();
  char** records = (char**)calloc((size_t)(argc - optind) + 1u, sizeof(char*));
  uint64_t count = 0;
  DkgRunState state = { false, 0, 0, DKG_SUCCESS };
  if (!diag || !body || !records || (popts.user && !password)) {
    if (!body) {
      dkg_cli_error("push: cannot create a temporary file: %s",
                    strerror(errno));
    }
    goto done;
  }
  /* The body: records through the mapper, then RDF files. */
  int n_records = 0;
  for (int i = optind; i < argc; ++i) {
    if (dkg_input_kind(argv[i]) == DKG_INPUT_RECORDS) {
      records[n_records++] = argv[i];
    }
  }
  DkgStatus st = DKG_SUCCESS;
  if (n_records || optind == argc) {
    st = write_records(
      body, format, records, n_records, &fopts, diag, &state, &count);
  }
  for (int i = optind; !st && i < argc; ++i) {
    const DkgInputKind kind = dkg_input_kind(argv[i]);
    if (kind != DKG_INPUT_RECORDS) {
      st = write_rdf_file(body, argv[i], kind, diag, &count);
    }
  }
  if (st || state.n_bad) {
    if (state.n_bad) {
      dkg_cli_report_rejected_then("push", &state, "; nothing was sent");
    } else {
      dkg_cli_error("push: %s; nothing was sent", dkg_strerror(st));
    }
    goto done;
  }
  if (fflush(body) || ferror(body)) {
    dkg_cli_error("push: writing the temporary file: %s", strerror(errno));
    goto done;
  }
  const off_t size = ftello(body);
  if (size < 0) {
    goto done;
  }
  if (curl_global_init(CURL_GLOBAL_DEFAULT)) {
    dkg_cli_error("push: cannot initialise libcurl");
    goto done;
  }
  long status = 0;
  st = dkg_push(body, (uint64_t)size, &popts, diag, &status);
  curl_global_cleanup();
  if (!st) {
    if (!fopts.quiet) {
      printf("%s: %s %llu statements (%lld bytes of %s) into %s: HTTP %ld\n",
             popts.endpoint,
             popts.append ? "POST" : "PUT",
             (unsigned long long)count,
             (long long)size,
             format,
             popts.graph ? popts.graph : "the default graph",
             status);
    }
    exit_code = DKG_EXIT_OK;
  }

done:
  if (password) {
    memset(password, 0, strlen(password));
  }
  free(password);
  free(records);
  if (body) {
    fclose(body);
  }
  dkg_diag_free(diag);
  free(default_graph);
  return exit_code;
}
