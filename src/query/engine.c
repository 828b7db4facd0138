/* Runs the Jena engine as a child process and turns its private protocol
   into our diagnostics.  See engine.h. */

#include "query/engine.h"

#include "util/installed.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

#ifndef DKG_INSTALL_JAR
#  define DKG_INSTALL_JAR                                                      \
    "/usr/local/share/dialoguekg/java/dialoguekg-sparql.jar"
#endif
#ifndef DKG_JENA_DIR
#  define DKG_JENA_DIR "/usr/share/java"
#endif

#define INSTALL_HINT                                                           \
  "install them with 'apt-get install default-jre-headless "                   \
  "libapache-jena-java' (Debian), then run the query again"

static bool
is_file(const char* path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

const char*
dkg_engine_jar(void)
{
  static char found[PATH_MAX + 64];
  static const DkgInstalledFile jar = {
    "DIALOGUEKG_SPARQL_JAR",
    "java/dialoguekg-sparql.jar",
    NULL,
    "java/dialoguekg-sparql.jar",
    DKG_INSTALL_JAR,
    false,
  };
  return dkg_installed_find(&jar, found, sizeof(found));
}

/* A temporary file, already unlinked; -1 (reported) on failure. */
static int
anonymous_file(DkgDiag* diag)
{
  const char* dir = getenv("TMPDIR");
  char path[PATH_MAX];
  snprintf(path,
           sizeof(path),
           "%s/dialoguekg-engine-XXXXXX",
           dir && dir[0] ? dir : "/tmp");
  const int fd = mkstemp(path);
  if (fd < 0) {
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "cannot make a temporary file for the query engine: %s",
                    strerror(errno));
    return -1;
  }
  unlink(path);
  return fd;
}

/* Reads all of `fd` from its start; NULL when out of memory or unreadable. */
static char*
read_all(int fd, size_t* len)
{
  struct stat st;
  if (fstat(fd, &st) || lseek(fd, 0, SEEK_SET) < 0) {
    return NULL;
  }
  size_t cap = (size_t)st.st_size + 1u;
  char* data = (char*)malloc(cap);
  size_t n = 0;
  while (data) {
    if (n + 1u >= cap) {
      char* bigger = (char*)realloc(data, cap * 2u);
      if (!bigger) {
        free(data);
        return NULL;
      }
      data = bigger;
      cap *= 2u;
    }
    const ssize_t got = read(fd, data + n, cap - 1u - n);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      free(data);
      return NULL;
    }
    if (got == 0) {
      break;
    }
    n += (size_t)got;
  }
  if (data) {
    data[n] = '\0';
    *len = n;
  }
  return data;
}

/* ------------------------------------------------------------------------ */
/* The engine's messages                                                    */

typedef struct
{
  DkgQueryForm form;
  bool reported;     /* a dkg-error line was seen */
  DkgStatus status;  /* the status its kind maps to */
  char* other;       /* the first line that is not the protocol's */
  size_t n_warnings; /* dkg-warning lines */
} Messages;

static DkgStatus
status_of_kind(const char* kind)
{
  if (!strcmp(kind, "syntax") || !strcmp(kind, "data")) {
    return DKG_ERR_SYNTAX;
  }
  if (!strcmp(kind, "refused") || !strcmp(kind, "timeout") ||
      !strcmp(kind, "memory")) {
    return DKG_ERR_LIMIT;
  }
  if (!strcmp(kind, "store")) {
    return DKG_ERR_IO;
  }
  return DKG_ERR_INTERNAL;
}

/* Splits `line` at tabs into at most `n` fields; returns how many. */
static size_t
split_tabs(char* line, char** fields, size_t n)
{
  size_t k = 0;
  fields[k++] = line;
  for (char* c = line; *c && k < n; ++c) {
    if (*c == '\t') {
      *c = '\0';
      fields[k++] = c + 1;
    }
  }
  return k;
}

/* A line or column; 0 (unknown) for Jena's -1 or anything not a number. */
static unsigned
parse_unsigned(const char* text)
{
  if (text[0] < '0' || text[0] > '9') {
    return 0;
  }
  const unsigned long value = strtoul(text, NULL, 10);
  return value > UINT_MAX ? UINT_MAX : (unsigned)value;
}

static void
report_line(const DkgEngineRun* run, DkgDiag* diag, char* line, Messages* m)
{
  char* f[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
  if (!strncmp(line, "dkg-form\t", 9)) {
    const char* form = line + 9;
    m->form = !strcmp(form, "select")      ? DKG_FORM_SELECT
              : !strcmp(form, "ask")       ? DKG_FORM_ASK
              : !strcmp(form, "construct") ? DKG_FORM_CONSTRUCT
              : !strcmp(form, "describe")  ? DKG_FORM_DESCRIBE
                                           : DKG_FORM_NONE;
    return;
  }
  const bool error = !strncmp(line, "dkg-error\t", 10);
  const bool warning = !strncmp(line, "dkg-warning\t", 12);
  if (!error && !warning) {
    if (!m->other && line[0]) {
      m->other = strdup(line);
    }
    return;
  }
  /* error: KIND FILE LINE COL MESSAGE; warning: FILE LINE COL MESSAGE */
  const size_t n =
    error ? split_tabs(line + 10, f, 5) : split_tabs(line + 12, f + 1, 4) + 1u;
  if (n < 5u) {
    return;
  }
  const char* file = f[1];
  if (run->query_path && run->query_name && !strcmp(file, run->query_path)) {
    file = run->query_name;
  }
  DkgPlace place = {
    file[0] ? file : NULL, parse_unsigned(f[2]), parse_unsigned(f[3]), NULL
  };
  const char* message = f[4];
  if (error) {
    m->reported = true;
    m->status = status_of_kind(f[0]);
    dkg_diag_report(diag, DKG_ERROR, place.file ? &place : NULL, "%s", message);
  } else {
    ++m->n_warnings;
    dkg_diag_report(
      diag, DKG_WARNING, place.file ? &place : NULL, "%s", message);
  }
}

static void
report_messages(const DkgEngineRun* run, DkgDiag* diag, int fd, Messages* m)
{
  size_t len = 0;
  char* text = read_all(fd, &len);
  if (!text) {
    return;
  }
  char* line = text;
  while (line < text + len) {
    char* end = memchr(line, '\n', (size_t)(text + len - line));
    if (end) {
      *end = '\0';
    }
    if (end > line && end[-1] == '\r') {
      end[-1] = '\0';
    }
    report_line(run, diag, line, m);
    if (!end) {
      break;
    }
    line = end + 1;
  }
  free(text);
}

/* ------------------------------------------------------------------------ */
/* Running                                                                  */

/* Waits for `pid`; kills it after `deadline_s` seconds (0: never).  Returns
   its wait status, and sets `*timed_out`. */
static int
wait_for(pid_t pid, unsigned long deadline_s, bool* timed_out)
{
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  int status = 0;
  *timed_out = false;
  for (;;) {
    const pid_t got = waitpid(pid, &status, deadline_s ? WNOHANG : 0);
    if (got == pid) {
      return status;
    }
    if (got < 0 && errno != EINTR) {
      return -1;
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (deadline_s &&
        (unsigned long)(now.tv_sec - start.tv_sec) >= deadline_s) {
      kill(pid, SIGKILL);
      *timed_out = true;
      deadline_s = 0;
      continue;
    }
    const struct timespec nap = { 0, 20L * 1000L * 1000L };
    nanosleep(&nap, NULL);
  }
}

/* The JVM's options.  For little data (run->small) the JIT compiles with
   its first tier only and the collector is the serial one, which costs a
   small query less CPU (docs/performance.md); for big data the full JIT
   pays for itself.  The class-data archive beside the jar
   (tools/build-sparql-jar.sh) is used when it is there. */
static const char**
build_argv(const DkgEngineRun* run, const char* jar, char* xmx, char* cds)
{
  size_t n = 0;
  while (run->args[n]) {
    ++n;
  }
  const char** argv = (const char**)calloc(n + 16u, sizeof(char*));
  if (!argv) {
    return NULL;
  }
  const char* java = getenv("DIALOGUEKG_JAVA");
  size_t k = 0;
  argv[k++] = java && java[0] ? java : "java";
  snprintf(xmx, 64, "-Xmx%s", run->max_memory ? run->max_memory : "4g");
  argv[k++] = xmx;
  argv[k++] = "-XX:+ExitOnOutOfMemoryError";
  argv[k++] = "-XX:-UsePerfData";
  argv[k++] = "-Xlog:disable";
  if (run->small) {
    argv[k++] = "-XX:TieredStopAtLevel=1";
    argv[k++] = "-XX:+UseSerialGC";
  }
  const size_t jar_len = strlen(jar);
  if (jar_len > 4u && jar_len < PATH_MAX - 8u &&
      !strcmp(jar + jar_len - 4u, ".jar")) {
    snprintf(cds, PATH_MAX, "%.*s.jsa", (int)(jar_len - 4u), jar);
    if (is_file(cds)) {
      memmove(cds + 22, cds, strlen(cds) + 1u);
      memcpy(cds, "-XX:SharedArchiveFile=", 22);
      argv[k++] = cds;
    }
  }
  argv[k++] = "-Djava.awt.headless=true";
  argv[k++] = "-Dfile.encoding=UTF-8";
  argv[k++] = "-jar";
  argv[k++] = jar;
  for (size_t i = 0; i < n; ++i) {
    argv[k++] = run->args[i];
  }
  return argv;
}

/* Feeds the engine's standard input through `fd` (closed here). */
static DkgStatus
feed_engine(const DkgEngineRun* run, int fd, bool* engine_gone)
{
  struct sigaction ignore, saved;
  memset(&ignore, 0, sizeof(ignore));
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &saved);
  FILE* to_engine = fdopen(fd, "wb");
  DkgStatus st = DKG_SUCCESS;
  if (!to_engine) {
    close(fd);
    st = DKG_ERR_NOMEM;
  } else {
    st = run->feed(run->feed_handle, to_engine);
    if (fclose(to_engine) && !st) {
      st = DKG_ERR_IO;
    }
    /* EPIPE: the engine stopped reading; its messages say why. */
    if (st == DKG_ERR_IO && errno == EPIPE) {
      *engine_gone = true;
      st = DKG_SUCCESS;
    }
  }
  sigaction(SIGPIPE, &saved, NULL);
  return st;
}

static DkgStatus
explain_exit(const DkgEngineRun* run,
             DkgDiag* diag,
             int status,
             bool timed_out,
             const Messages* m)
{
  if (timed_out) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine did not finish within %lu s: stopped",
                    run->deadline_s);
    return DKG_ERR_LIMIT;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    return m->reported ? m->status : DKG_SUCCESS;
  }
  if (m->reported) {
    return m->status;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 3) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine ran out of memory (its limit is %s: "
                    "raise it with --max-memory SIZE)",
                    run->max_memory ? run->max_memory : "4g");
    return DKG_ERR_LIMIT;
  }
  if (m->other && strstr(m->other, "NoClassDefFoundError")) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine needs Apache Jena, which is missing "
                    "(%s): " INSTALL_HINT,
                    m->other);
    return DKG_ERR_INTERNAL;
  }
  if (WIFSIGNALED(status)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine was stopped by signal %d",
                    WTERMSIG(status));
  } else {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine failed (exit %d): %s",
                    WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                    m->other ? m->other : "no message");
  }
  return DKG_ERR_INTERNAL;
}

static bool
check_installed(DkgDiag* diag, const char* jar)
{
  if (!is_file(jar)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "the query engine %s is missing: dialoguekg was built "
                    "without Java and Apache Jena; " INSTALL_HINT
                    " and build again (see README)",
                    jar);
    return false;
  }
  if (!is_file(DKG_JENA_DIR "/jena-arq.jar")) {
    dkg_diag_report(
      diag,
      DKG_ERROR,
      NULL,
      "the query engine needs Apache Jena (%s is missing): " INSTALL_HINT,
      DKG_JENA_DIR "/jena-arq.jar");
    return false;
  }
  return true;
}

static DkgStatus
spawn_engine(const DkgEngineRun* run,
             const char* const* argv,
             int in_fd,
             int out_fd,
             int err_fd,
             DkgDiag* diag,
             pid_t* pid)
{
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
  const int rc = posix_spawnp(
    pid, argv[0], &actions, NULL, (char* const*)(uintptr_t)argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc) {
    if (rc == ENOENT) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "the query engine needs Java, which is not installed "
                      "('%s' not found): " INSTALL_HINT,
                      argv[0]);
    } else {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      NULL,
                      "cannot start the query engine (%s): %s",
                      argv[0],
                      strerror(rc));
    }
    return DKG_ERR_INTERNAL;
  }
  (void)run;
  return DKG_SUCCESS;
}

DkgStatus
dkg_engine_run(const DkgEngineRun* run, DkgDiag* diag, DkgEngineResult* result)
{
  memset(result, 0, sizeof(*result));
  const char* jar = dkg_engine_jar();
  if (!check_installed(diag, jar)) {
    return DKG_ERR_INTERNAL;
  }
  char xmx[64];
  char cds[PATH_MAX + 32];
  const char** argv = build_argv(run, jar, xmx, cds);
  int pipe_fds[2] = { -1, -1 };
  const int out_fd =
    run->stdout_fd >= 0 ? run->stdout_fd : anonymous_file(diag);
  const int err_fd = anonymous_file(diag);
  int in_fd = -1;
  DkgStatus st = argv ? DKG_SUCCESS : DKG_ERR_NOMEM;
  if (!st && (out_fd < 0 || err_fd < 0)) {
    st = DKG_ERR_IO;
  }
  if (!st && run->feed) {
    if (pipe(pipe_fds)) {
      st = DKG_ERR_IO;
    } else {
      fcntl(pipe_fds[1], F_SETFD, FD_CLOEXEC);
      in_fd = pipe_fds[0];
    }
  } else if (!st) {
    in_fd = open("/dev/null", O_RDONLY);
  }
  pid_t pid = -1;
  if (!st) {
    st = spawn_engine(run, argv, in_fd, out_fd, err_fd, diag, &pid);
  }
  if (in_fd >= 0) {
    close(in_fd);
  }
  bool engine_gone = false;
  if (!st && run->feed) {
    st = feed_engine(run, pipe_fds[1], &engine_gone);
    pipe_fds[1] = -1;
    if (st) {
      kill(pid, SIGKILL);
    }
  } else if (pipe_fds[1] >= 0) {
    close(pipe_fds[1]);
  }
  if (pid > 0) {
    bool timed_out = false;
    const int status = wait_for(pid, run->deadline_s, &timed_out);
    if (!st) {
      Messages m = { DKG_FORM_NONE, false, DKG_SUCCESS, NULL, 0 };
      report_messages(run, diag, err_fd, &m);
      st = explain_exit(run, diag, status, timed_out, &m);
      result->form = m.form;
      result->n_warnings = m.n_warnings;
      free(m.other);
    }
  }
  if (!st && run->stdout_fd < 0) {
    result->out = read_all(out_fd, &result->out_len);
    if (!result->out) {
      dkg_diag_report(
        diag, DKG_ERROR, NULL, "cannot read the query engine's results");
      st = DKG_ERR_IO;
    }
  }
  if (out_fd >= 0 && run->stdout_fd < 0) {
    close(out_fd);
  }
  if (err_fd >= 0) {
    close(err_fd);
  }
  free((void*)argv);
  (void)engine_gone;
  return st;
}

void
dkg_engine_result_clear(DkgEngineResult* result)
{
  if (result) {
    free(result->out);
    result->out = NULL;
    result->out_len = 0;
  }
}
