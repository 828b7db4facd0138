/* A private Virtuoso 7 for `dialoguekg serve`: its virtuoso.ini, start-up
   with a wait until it answers, the bulk load and the safety settings
   through isql-vt, and stopping it by process id (serve.h). */

#define _XOPEN_SOURCE 700 /* mkdtemp, kill, setsid */

#include "query/serve.h"

#include <curl/curl.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define VIRTUOSO "virtuoso-t"
#define ISQL "isql-vt"
#define PATH_SIZE 4096

static void
path_in(char* out, const char* dir, const char* name)
{
  snprintf(out, PATH_SIZE, "%s/%s", dir, name);
}

/* "serve: cannot VERB PATH: strerror(errno)". */
static void
report_errno(DkgDiag* diag, const char* verb, const char* path)
{
  dkg_diag_report(diag,
                  DKG_ERROR,
                  NULL,
                  "serve: cannot %s %s: %s",
                  verb,
                  path,
                  strerror(errno));
}

static void
sleep_ms(long ms)
{
  struct timespec ts = { (time_t)(ms / 1000), (ms % 1000) * 1000000L };
  while (nanosleep(&ts, &ts) != 0) {
  }
}

static double
now_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads the first number of `path`; false when there is none. */
static bool
read_number(const char* path, long* value)
{
  FILE* f = fopen(path, "r");
  if (!f) {
    return false;
  }
  const bool ok = fscanf(f, "%ld", value) == 1;
  fclose(f);
  return ok;
}

/* True when process `pid` runs virtuoso-t with `ini` on its command
   line (so a pid reused by another program is not taken for ours). */
static bool
is_our_virtuoso(long pid, const char* ini)
{
  if (pid <= 0 || (kill((pid_t)pid, 0) && errno != EPERM)) {
    return false;
  }
  char path[64], line[PATH_SIZE * 2];
  snprintf(path, sizeof(path), "/proc/%ld/cmdline", pid);
  FILE* f = fopen(path, "rb");
  if (!f) {
    return false;
  }
  const size_t n = fread(line, 1, sizeof(line) - 1u, f);
  fclose(f);
  line[n] = '\0';
  bool program = strstr(line, VIRTUOSO) != NULL, config = false;
  for (size_t i = 0; i < n; i += strlen(line + i) + 1u) {
    config = config || !strcmp(line + i, ini);
  }
  return program && config;
}

bool
dkg_serve_running(const char* dir, long* pid, unsigned* http_port)
{
  char path[PATH_SIZE], ini[PATH_SIZE];
  path_in(path, dir, DKG_SERVE_PID_FILE);
  path_in(ini, dir, "virtuoso.ini");
  *pid = 0;
  *http_port = 0;
  long value = 0;
  if (!read_number(path, &value) || !is_our_virtuoso(value, ini)) {
    return false;
  }
  *pid = value;
  long port = 0;
  path_in(path, dir, DKG_SERVE_PORTS_FILE);
  if (read_number(path, &port) && port > 0 && port < 65536) {
    *http_port = (unsigned)port;
  }
  return true;
}

static DkgStatus
make_dir(const char* path, DkgDiag* diag)
{
  if (mkdir(path, 0700) && errno != EEXIST) {
    report_errno(diag, "create", path);
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

/* Removes the regular files of `dir` (the old database); the folder is
   ours (inside the server's folder), and nothing else is touched. */
static DkgStatus
empty_dir(const char* dir, DkgDiag* diag)
{
  DIR* d = opendir(dir);
  if (!d) {
    return errno == ENOENT ? DKG_SUCCESS : DKG_ERR_IO;
  }
  DkgStatus st = DKG_SUCCESS;
  for (struct dirent* e = readdir(d); e; e = readdir(d)) {
    char path[PATH_SIZE];
    struct stat info;
    path_in(path, dir, e->d_name);
    if (!lstat(path, &info) && S_ISREG(info.st_mode) && unlink(path)) {
      report_errno(diag, "remove", path);
      st = DKG_ERR_IO;
    }
  }
  closedir(d);
  return st;
}

DkgStatus
dkg_serve_prepare(const char* dir, DkgDiag* diag)
{
  char path[PATH_SIZE];
  path_in(path, dir, DKG_SERVE_LOAD_DIR);
  DkgStatus st = make_dir(dir, diag);
  st = st ? st : make_dir(path, diag);
  return st ? st : empty_dir(path, diag);
}

/* A port that 127.0.0.1 can bind now: `port` itself (0 when taken), or
   with `port` 0 one the system picks. */
static unsigned
free_port(unsigned port)
{
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) {
    return 0;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons((uint16_t)port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  unsigned got = 0;
  /* Connections of a server stopped a moment ago (TIME_WAIT) do not make
     the port busy; a listening socket still does. */
  const int reuse = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof(reuse));
  if (!bind(s, (struct sockaddr*)&addr, sizeof(addr)) &&
      !getsockname(s, (struct sockaddr*)&addr, &len)) {
    got = ntohs(addr.sin_port);
  }
  close(s);
  return got;
}

/* 24 characters from /dev/urandom, letters and digits. */
static bool
random_password(char* out, size_t size)
{
  static const char digits[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char bytes[24];
  FILE* f = fopen("/dev/urandom", "rb");
  const bool ok = f && fread(bytes, 1, sizeof(bytes), f) == sizeof(bytes);
  if (f) {
    fclose(f);
  }
  if (!ok || size <= sizeof(bytes)) {
    return false;
  }
  for (size_t i = 0; i < sizeof(bytes); ++i) {
    out[i] = digits[bytes[i] % (sizeof(digits) - 1u)];
  }
  out[sizeof(bytes)] = '\0';
  return true;
}

/* Creates `path` afresh with mode 0600 and writes `text` to it. */
static DkgStatus
write_private(const char* path, const char* text, DkgDiag* diag)
{
  unlink(path);
  const int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  FILE* f = fd >= 0 ? fdopen(fd, "w") : NULL;
  bool ok = f && fputs(text, f) >= 0;
  if (f) {
    ok = fclose(f) == 0 && ok;
  } else if (fd >= 0) {
    close(fd);
  }
  if (!ok) {
    report_errno(diag, "write", path);
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

/* virtuoso.ini: the database in db/, both ports on 127.0.0.1, file access
   only in load/, answers never cut (ResultSetMaxRows, no "anytime"
   partial results), no plugins. */
static DkgStatus
write_ini(const char* dir, unsigned sql_port, unsigned http_port, DkgDiag* diag)
{
  char path[PATH_SIZE];
  path_in(path, dir, "virtuoso.ini");
  FILE* f = fopen(path, "w");
  if (!f) {
    report_errno(diag, "write", path);
    return DKG_ERR_IO;
  }
  fprintf(f,
          "; Written by dialoguekg serve: see docs/virtuoso.md\n"
          "[Database]\n"
          "DatabaseFile = %s/db/virtuoso.db\n"
          "ErrorLogFile = %s/db/virtuoso.log\n"
          "LockFile = %s/db/virtuoso.lck\n"
          "TransactionFile = %s/db/virtuoso.trx\n"
          "xa_persistent_file = %s/db/virtuoso.pxa\n"
          "ErrorLogLevel = 7\nFileExtend = 200\nMaxCheckpointRemap = 2000\n"
          "Striping = 0\nTempStorage = TempDatabase\n\n"
          "[TempDatabase]\n"
          "DatabaseFile = %s/db/virtuoso-temp.db\n"
          "TransactionFile = %s/db/virtuoso-temp.trx\n"
          "MaxCheckpointRemap = 2000\nStriping = 0\n\n",
          dir,
          dir,
          dir,
          dir,
          dir,
          dir,
          dir);
  fprintf(f,
          "[Parameters]\n"
          "ServerPort = 127.0.0.1:%u\n"
          "DisableUnixSocket = 1\nDisableTcpSocket = 0\n"
          "MaxClientConnections = 10\nCheckpointInterval = 60\n"
          "CaseMode = 2\nAllowOSCalls = 0\n"
          "DirsAllowed = %s/" DKG_SERVE_LOAD_DIR "\n"
          "NumberOfBuffers = 170000\nMaxDirtyBuffers = 130000\n"
          "MaxQueryMem = 2G\nThreadsPerQuery = 2\n\n"
          "[HTTPServer]\n"
          "ServerPort = 127.0.0.1:%u\n"
          "ServerRoot = /var/lib/virtuoso-opensource-7/vsp\n"
          "MaxClientConnections = 10\nServerThreads = 10\n"
          "DavRoot = DAV\nEnabledDavVSP = 0\nHTTPProxyEnabled = 0\n"
          "MaxKeepAlives = 10\nKeepAliveTimeout = 10\n"
          "Charset = UTF-8\nEnabledGzipContent = 1\n\n"
          "[URIQA]\nDynamicLocal = 0\nDefaultHost = 127.0.0.1:%u\n\n"
          "[SPARQL]\n"
          "ResultSetMaxRows = 2000000000\n"
          "MaxSortedTopRows = 2000000000\n"
          "MaxQueryCostEstimationTime = 0\n"
          "MaxQueryExecutionTime = 0\n"
          "DeferInferenceRulesInit = 0\n",
          sql_port,
          dir,
          http_port,
          http_port);
  const bool ok = !ferror(f);
  if (fclose(f) || !ok) {
    dkg_diag_report(diag, DKG_ERROR, NULL, "serve: cannot write %s", path);
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

/* Starts `argv` in the background, in its own session (a Ctrl-C of the
   terminal does not reach it), in `cwd`, with standard input from
   `input` (NULL: /dev/null) and its output appended to `log`. */
static pid_t
spawn(const char* const* argv,
      const char* cwd,
      const char* input,
      const char* log)
{
  const pid_t pid = fork();
  if (pid != 0) {
    return pid;
  }
  setsid();
  const int in = open(input ? input : "/dev/null", O_RDONLY);
  const int out = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (in < 0 || out < 0 || chdir(cwd) || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
      dup2(out, 2) < 0) {
    _exit(127);
  }
  close(in);
  close(out);
  char* copy[8] = { NULL };
  for (size_t i = 0; i < 7u && argv[i]; ++i) {
    copy[i] = strdup(argv[i]); /* execvp's argv is not const */
  }
  execvp(copy[0], copy);
  fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
  _exit(127);
}

static size_t
discard(char* data, size_t size, size_t n, void* handle)
{
  (void)data;
  (void)handle;
  return size * n;
}

/* True when GET http://127.0.0.1:PORT/sparql?query=ASK{} answers 200. */
static bool
endpoint_answers(unsigned port)
{
  char url[96];
  snprintf(
    url, sizeof(url), "http://127.0.0.1:%u/sparql?query=ASK%%7B%%7D", port);
  CURL* curl = curl_easy_init();
  if (!curl) {
    return false;
  }
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
  long status = 0;
  const bool ok =
    curl_easy_perform(curl) == CURLE_OK &&
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK &&
    status == 200;
  curl_easy_cleanup(curl);
  return ok;
}

/* Sends SIGTERM, waits up to `seconds`, then SIGKILL. */
static void
terminate(long pid, unsigned seconds)
{
  kill((pid_t)pid, SIGTERM);
  for (unsigned i = 0; i < seconds * 10u; ++i) {
    if (waitpid((pid_t)pid, NULL, WNOHANG) == (pid_t)pid ||
        (kill((pid_t)pid, 0) && errno == ESRCH)) {
      return;
    }
    sleep_ms(100);
  }
  kill((pid_t)pid, SIGKILL);
  waitpid((pid_t)pid, NULL, 0);
}

/* Waits until the server answers on `http_port`: 1 when it does, 0 when
   `timeout` seconds passed, -1 when it exited first (`*status` gets its
   wait status). */
static int
wait_until_up(pid_t pid, unsigned http_port, unsigned timeout, int* status)
{
  const double until = now_seconds() + (double)timeout;
  while (now_seconds() < until) {
    if (waitpid(pid, status, WNOHANG) == pid) {
      return -1;
    }
    if (endpoint_answers(http_port)) {
      return 1;
    }
    sleep_ms(250);
  }
  return 0;
}

/* Says why the server is not up. */
static void
report_not_up(const DkgServeOptions* options,
              int up,
              int status,
              const char* log,
              const char* db,
              DkgDiag* diag)
{
  char why[96];
  if (up < 0 && WIFEXITED(status)) {
    snprintf(why, sizeof(why), "exited with status %d", WEXITSTATUS(status));
  } else if (up < 0) {
    snprintf(why, sizeof(why), "was killed by signal %d", WTERMSIG(status));
  } else {
    snprintf(why,
             sizeof(why),
             "did not answer on 127.0.0.1:%u within %u s",
             options->http_port,
             options->start_timeout);
  }
  dkg_diag_report(diag,
                  DKG_ERROR,
                  NULL,
                  "serve: Virtuoso %s; see %s and %s/virtuoso.log",
                  why,
                  log,
                  db);
}

/* The isql script: load, then lock down.  The anonymous user of /sparql
   ("SPARQL") has the roles SPARQL_SELECT and, through it,
   SPARQL_LOAD_SERVICE_DATA, whose two procedures let anyone make the
   server fetch a URL ("LOAD SERVICE <URL> DATA"): they are taken from it.
   What is left allows no update, no LOAD, no sponging (define get:soft)
   and no SERVICE.  The roles and the grants left are printed so that
   run_setup() can check them.  dba gets a new password. */
static DkgStatus
write_setup_script(const char* path,
                   const char* dir,
                   const char* graph,
                   const char* password,
                   DkgDiag* diag)
{
  char* text = NULL;
  size_t size = 0;
  FILE* f = open_memstream(&text, &size);
  if (!f) {
    return DKG_ERR_NOMEM;
  }
  fprintf(f,
          "ld_dir('%s/" DKG_SERVE_LOAD_DIR "', '*', '%s');\n"
          "rdf_loader_run();\n"
          "checkpoint;\n"
          "SELECT 'dkg-load-error', LL_FILE, LL_ERROR FROM DB.DBA.LOAD_LIST "
          "WHERE LL_ERROR IS NOT NULL;\n"
          "SELECT 'dkg-loaded', COUNT(*) FROM DB.DBA.LOAD_LIST WHERE "
          "LL_STATE = 2 AND LL_ERROR IS NULL;\n"
          "REVOKE EXECUTE ON DB.DBA.SPARQL_SD_PROBE FROM "
          "SPARQL_LOAD_SERVICE_DATA;\n"
          "REVOKE EXECUTE ON DB.DBA.SPARUL_LOAD_SERVICE_DATA FROM "
          "SPARQL_LOAD_SERVICE_DATA;\n"
          "SELECT 'dkg-grant', G_OBJECT FROM DB.DBA.SYS_GRANTS WHERE G_USER = "
          "(SELECT U_ID FROM DB.DBA.SYS_USERS WHERE U_NAME = "
          "'SPARQL_LOAD_SERVICE_DATA');\n"
          "SELECT 'dkg-role', U_NAME FROM DB.DBA.SYS_USERS, "
          "DB.DBA.SYS_ROLE_GRANTS WHERE U_ID = GI_SUB AND GI_SUPER = "
          "(SELECT U_ID FROM DB.DBA.SYS_USERS WHERE U_NAME = 'SPARQL');\n"
          "USER_SET_PASSWORD('dba', '%s');\n"
          "checkpoint;\n"
          "SELECT 'dkg-setup-done';\n",
          dir,
          graph,
          password);
  fclose(f);
  const DkgStatus st = text ? write_private(path, text, diag) : DKG_ERR_NOMEM;
  if (text) {
    memset(text, 0, size);
  }
  free(text);
  return st;
}

/* Folds the runs of spaces of isql's columns into one, in place. */
static char*
squeeze(char* text)
{
  size_t n = 0;
  for (const char* c = text; *c; ++c) {
    if (*c != ' ' || (n && text[n - 1u] != ' ')) {
      text[n++] = *c;
    }
  }
  while (n && text[n - 1u] == ' ') {
    --n;
  }
  text[n] = '\0';
  return text;
}

bool
dkg_serve_plain_text(const char* text)
{
  for (const unsigned char* c = (const unsigned char*)text; *c; ++c) {
    if (*c < 0x20 || *c == 0x7f || strchr("'\\,;", *c)) {
      return false;
    }
  }
  return true;
}

/* Runs the setup script through isql-vt (as dba, the fresh database's
   password) and checks its output: no isql error, no file that failed
   to load, and the final marker.  The output stays in setup.log. */
static DkgStatus
run_setup(const char* dir, unsigned sql_port, const char* script, DkgDiag* diag)
{
  char log[PATH_SIZE], host[32];
  path_in(log, dir, "setup.log");
  unlink(log);
  snprintf(host, sizeof(host), "127.0.0.1:%u", sql_port);
  const char* argv[] = { ISQL, host, "dba", "dba", NULL };
  const pid_t pid = spawn(argv, dir, script, log);
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "serve: %s failed (is virtuoso-opensource installed?); "
                    "its output: %s",
                    ISQL,
                    log);
    return DKG_ERR_IO;
  }
  FILE* f = fopen(log, "r");
  bool done = false, failed = false;
  char line[1024];
  while (f && fgets(line, sizeof(line), f)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (!strncmp(line, "dkg-load-error", 14)) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "serve: Virtuoso's loader refused %s (see %s)",
                      squeeze(line + 14),
                      log);
      failed = true;
    } else if (strstr(line, "*** Error")) {
      dkg_diag_report(diag, DKG_ERROR, NULL, "serve: %s (see %s)", line, log);
      failed = true;
    } else if (!strncmp(line, "dkg-grant", 9) ||
               (!strncmp(line, "dkg-role", 8) &&
                !strstr(line, "SPARQL_SELECT") &&
                !strstr(line, "SPARQL_LOAD_SERVICE_DATA"))) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "serve: the anonymous SPARQL user still has %s",
                      line);
      failed = true;
    }
    done = done || !strncmp(line, "dkg-setup-done", 14);
  }
  if (f) {
    fclose(f);
  }
  if (!done && !failed) {
    dkg_diag_report(
      diag, DKG_ERROR, NULL, "serve: the setup did not finish; see %s", log);
  }
  return done && !failed ? DKG_SUCCESS : DKG_ERR_IO;
}

/* The ports to use: the HTTP one must be free, the SQL one is picked
   when 0. */
static DkgStatus
choose_ports(const DkgServeOptions* options, unsigned* sql_port, DkgDiag* diag)
{
  if (!free_port(options->http_port)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "serve: port %u of 127.0.0.1 is in use (choose another "
                    "with --port N)",
                    options->http_port);
    return DKG_ERR_IO;
  }
  *sql_port = options->sql_port ? free_port(options->sql_port) : 0u;
  while (!*sql_port || *sql_port == options->http_port) {
    if (options->sql_port) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "serve: SQL port %u of 127.0.0.1 is in use",
                      options->sql_port);
      return DKG_ERR_IO;
    }
    *sql_port = free_port(0);
  }
  return DKG_SUCCESS;
}

/* A fresh db/, the ini, the ports file. */
static DkgStatus
write_config(const DkgServeOptions* options, unsigned sql_port, DkgDiag* diag)
{
  char path[PATH_SIZE], ports[64];
  path_in(path, options->dir, "db");
  DkgStatus st = make_dir(path, diag);
  st = st ? st : empty_dir(path, diag);
  st = st ? st : write_ini(options->dir, sql_port, options->http_port, diag);
  snprintf(
    ports, sizeof(ports), "%u http\n%u sql\n", options->http_port, sql_port);
  path_in(path, options->dir, DKG_SERVE_PORTS_FILE);
  return st ? st : write_private(path, ports, diag);
}

DkgStatus
dkg_serve_start(const DkgServeOptions* options, DkgDiag* diag, long* pid)
{
  *pid = 0;
  unsigned sql_port = 0;
  char ini[PATH_SIZE], log[PATH_SIZE], path[PATH_SIZE], db[PATH_SIZE];
  char password[32], pid_text[32];
  path_in(ini, options->dir, "virtuoso.ini");
  path_in(log, options->dir, DKG_SERVE_LOG_FILE);
  path_in(db, options->dir, "db");
  if (!dkg_serve_plain_text(options->dir) ||
      !dkg_serve_plain_text(options->default_graph)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "serve: the folder %s and the graph %s must hold no "
                    "quote, backslash, comma, semicolon or control "
                    "character (they go into virtuoso.ini and SQL)",
                    options->dir,
                    options->default_graph);
    return DKG_ERR_USAGE;
  }
  DkgStatus st = choose_ports(options, &sql_port, diag);
  st = st ? st : write_config(options, sql_port, diag);
  if (!st && !random_password(password, sizeof(password))) {
    dkg_diag_report(diag, DKG_ERROR, NULL, "serve: cannot read /dev/urandom");
    st = DKG_ERR_IO;
  }
  if (st) {
    return st;
  }
  unlink(log);
  const char* argv[] = { VIRTUOSO, "+foreground", "+configfile", ini, NULL };
  const pid_t child = spawn(argv, db, NULL, log);
  if (child < 0) {
    report_errno(diag, "start", VIRTUOSO);
    return DKG_ERR_IO;
  }
  snprintf(pid_text, sizeof(pid_text), "%ld\n", (long)child);
  path_in(path, options->dir, DKG_SERVE_PID_FILE);
  st = write_private(path, pid_text, diag);
  int status = 0;
  const int up =
    st ? 1
       : wait_until_up(
           child, options->http_port, options->start_timeout, &status);
  if (up <= 0) {
    report_not_up(options, up, status, log, db, diag);
    st = DKG_ERR_IO;
  }
  path_in(path, options->dir, "setup.sql");
  st = st ? st
          : write_setup_script(
              path, options->dir, options->default_graph, password, diag);
  st = st ? st : run_setup(options->dir, sql_port, path, diag);
  unlink(path);
  strcat(password, "\n");
  path_in(path, options->dir, DKG_SERVE_PASSWORD_FILE);
  st = st ? st : write_private(path, password, diag);
  memset(password, 0, sizeof(password));
  if (st) {
    terminate(child, 60);
    path_in(path, options->dir, DKG_SERVE_PID_FILE);
    unlink(path);
    return st;
  }
  *pid = child;
  return DKG_SUCCESS;
}

DkgStatus
dkg_serve_stop(const char* dir, DkgDiag* diag, long* pid)
{
  unsigned port = 0;
  char path[PATH_SIZE];
  path_in(path, dir, DKG_SERVE_PID_FILE);
  if (!dkg_serve_running(dir, pid, &port)) {
    unlink(path); /* stale, if any */
    return DKG_SUCCESS;
  }
  terminate(*pid, 60);
  if (!kill((pid_t)*pid, 0)) {
    dkg_diag_report(
      diag, DKG_ERROR, NULL, "serve: Virtuoso (pid %ld) did not stop", *pid);
    return DKG_ERR_IO;
  }
  unlink(path);
  return DKG_SUCCESS;
}
