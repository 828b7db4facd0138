#define _XOPEN_SOURCE 700 /* realpath, readlink, strndup */

#include "util/output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct DkgOutput
{
  FILE* stream;
  char* path; /* the destination (a symlink's target); NULL: stdout */
  char* temp; /* NULL: written straight through */
  char* dir;
  int slot; /* in the signal handler's table, or -1 */
};

static void
report_errno(DkgDiag* diag, const char* path, const char* what)
{
  DkgPlace place = { path, 0, 0, NULL };
  dkg_diag_report(diag, DKG_ERROR, &place, "%s: %s", what, strerror(errno));
}

/* ------------------------------------------------------------------------ */
/* Signals: the temporary files open now, removed by the handler           */

#define MAX_TEMPS 4
#define TEMP_PATH_MAX (PATH_MAX + 64)

static char temp_paths[MAX_TEMPS][TEMP_PATH_MAX];
static volatile sig_atomic_t temp_used[MAX_TEMPS];
static const int caught_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };

static void
say(const char* text)
{
  ssize_t n = write(STDERR_FILENO, text, strlen(text));
  (void)n;
}

/* Only async-signal-safe calls: unlink, write, sigaction, sigprocmask,
   raise.  The signal is raised again with its default action, so the
   exit status tells the caller what killed the run. */
static void
on_signal(int sig)
{
  for (int i = 0; i < MAX_TEMPS; ++i) {
    if (temp_used[i] && unlink(temp_paths[i]) == 0) {
      say("dialoguekg: interrupted: removed the temporary file ");
      say(temp_paths[i]);
      say("; the output file was left as it was\n");
    }
  }
  struct sigaction dfl;
  memset(&dfl, 0, sizeof(dfl));
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
}

/* Installs the handler once, except for a signal the caller ignores (nohup,
   a shell's `trap '' PIPE`): it stays ignored. */
static void
install_handlers(void)
{
  static bool installed = false;
  if (installed) {
    return;
  }
  installed = true;
  for (size_t i = 0; i < sizeof(caught_signals) / sizeof(caught_signals[0]);
       ++i) {
    struct sigaction old;
    if (sigaction(caught_signals[i], NULL, &old) == 0 &&
        old.sa_handler == SIG_IGN) {
      continue;
    }
    struct sigaction act;
    memset(&act, 0, sizeof(act));
    act.sa_handler = on_signal;
    sigfillset(&act.sa_mask); /* one handler at a time */
    sigaction(caught_signals[i], &act, NULL);
  }
}

/* Records `temp` for the handler; -1 when the table is full or the path
   too long (the file is then only removed on a normal failure). */
static int
remember_temp(const char* temp)
{
  install_handlers();
  if (strlen(temp) >= TEMP_PATH_MAX) {
    return -1;
  }
  for (int i = 0; i < MAX_TEMPS; ++i) {
    if (!temp_used[i]) {
      memcpy(temp_paths[i], temp, strlen(temp) + 1u);
      temp_used[i] = 1; /* after the path is complete */
      return i;
    }
  }
  return -1;
}

static void
forget_temp(int slot)
{
  if (slot >= 0) {
    temp_used[slot] = 0;
  }
}

/* ------------------------------------------------------------------------ */
/* What the path names                                                      */

/* The final target of `path` after following symbolic links (it may not
   exist); NULL with errno set (ELOOP after 40 links, ENOMEM). */
static char*
follow_links(const char* path)
{
  char* at = strdup(path);
  for (int depth = 0; at && depth < 40; ++depth) {
    struct stat st;
    if (lstat(at, &st) != 0 || !S_ISLNK(st.st_mode)) {
      return at;
    }
    char target[PATH_MAX];
    const ssize_t n = readlink(at, target, sizeof(target) - 1u);
    if (n < 0) {
      free(at);
      return NULL;
    }
    target[n] = '\0';
    const char* slash = strrchr(at, '/');
    char* next = NULL;
    if (target[0] == '/' || !slash) {
      next = strdup(target);
    } else { /* relative to the link's directory */
      const int dir_len = (int)(slash - at) + 1;
      next = (char*)malloc((size_t)dir_len + (size_t)n + 1u);
      if (next) {
        sprintf(next, "%.*s%s", dir_len, at, target);
      }
    }
    free(at);
    at = next;
  }
  if (at) {
    free(at);
    errno = ELOOP;
  }
  return NULL;
}

static char*
dir_of(const char* path)
{
  const char* slash = strrchr(path, '/');
  if (!slash) {
    return strdup(".");
  }
  return strndup(path, slash == path ? 1u : (size_t)(slash - path));
}

/* True for /dev and below, but /dev/shm (a tmpfs for ordinary files):
   nothing there is renamed over. */
static bool
in_dev(const char* dir)
{
  char real[PATH_MAX];
  if (!realpath(dir, real)) {
    return false;
  }
  return (!strncmp(real, "/dev", 4) && (!real[4] || real[4] == '/')) &&
         strncmp(real, "/dev/shm", 8) != 0;
}

/* ------------------------------------------------------------------------ */
/* Stale temporary files                                                    */

/* The pid in a name of our pattern `.NAME.dkg-PID-XXXXXX`, or 0. */
static long
temp_pattern_pid(const char* name)
{
  const size_t n = strlen(name);
  if (name[0] != '.' || n < 14u || name[n - 7u] != '-') {
    return 0;
  }
  for (size_t i = n - 6u; i < n; ++i) {
    const char c = name[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
          (c >= '0' && c <= '9'))) {
      return 0;
    }
  }
  size_t start = n - 7u;
  while (start > 0 && name[start - 1u] >= '0' && name[start - 1u] <= '9') {
    --start;
  }
  if (start == n - 7u || start < 6u || strncmp(name + start - 5u, ".dkg-", 5)) {
    return 0;
  }
  return strtol(name + start, NULL, 10);
}

/* Names, as warnings, the temporary files of our pattern in `dir` whose
   process no longer runs.  They are not removed: a person decides. */
static void
warn_stale_temps(const char* dir, DkgDiag* diag)
{
  DIR* d = opendir(dir);
  if (!d) {
    return;
  }
  const struct dirent* e = NULL;
  while ((e = readdir(d))) {
    const long pid = temp_pattern_pid(e->d_name);
    if (pid <= 0 || pid == (long)getpid() ||
        !(kill((pid_t)pid, 0) != 0 && errno == ESRCH)) {
      continue;
    }
    char path[TEMP_PATH_MAX];
    snprintf(path,
             sizeof(path),
             "%s%s%s",
             strcmp(dir, ".") ? dir : "",
             strcmp(dir, ".") ? "/" : "",
             e->d_name);
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_WARNING,
                    &place,
                    "stale temporary file of an interrupted run (process "
                    "%ld no longer runs); remove it",
                    pid);
  }
  closedir(d);
}

/* ------------------------------------------------------------------------ */
/* Opening                                                                  */

/* A device, a FIFO, or a path in /dev: opened and written in place. */
static bool
open_through(DkgOutput* out, DkgDiag* diag)
{
  const int fd = open(out->path, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY, 0666);
  if (fd < 0 || !(out->stream = fdopen(fd, "wb"))) {
    report_errno(diag, out->path, "cannot open for writing");
    if (fd >= 0) {
      close(fd);
    }
    return false;
  }
  return true;
}

/* A regular file or a new one: a temporary file beside it. */
static bool
open_temp(DkgOutput* out, const struct stat* existing, DkgDiag* diag)
{
  warn_stale_temps(out->dir, diag);
  const char* slash = strrchr(out->path, '/');
  const int dir_len = slash ? (int)(slash - out->path) + 1 : 0;
  const size_t temp_len = strlen(out->path) + 48u;
  out->temp = (char*)malloc(temp_len);
  if (!out->temp) {
    return false;
  }
  snprintf(out->temp,
           temp_len,
           "%.*s.%s.dkg-%ld-XXXXXX",
           dir_len,
           out->path,
           out->path + dir_len,
           (long)getpid());
  const int fd = mkstemp(out->temp);
  if (fd < 0) {
    report_errno(diag, out->path, "cannot create a temporary file beside it");
    free(out->temp);
    out->temp = NULL;
    return false;
  }
  out->slot = remember_temp(out->temp);
  /* mkstemp makes the file 0600: give it the mode a new file would get. */
  const mode_t mask = umask(0);
  umask(mask);
  const mode_t mode = existing ? existing->st_mode & 07777 : 0666 & ~mask;
  if (fchmod(fd, mode) || !(out->stream = fdopen(fd, "wb"))) {
    report_errno(diag, out->path, "cannot open the temporary file");
    close(fd);
    return false;
  }
  return true;
}

DkgOutput*
dkg_output_open(const char* path, DkgDiag* diag)
{
  DkgOutput* out = (DkgOutput*)calloc(1, sizeof(DkgOutput));
  if (!out) {
    return NULL;
  }
  out->slot = -1;
  if (!path || !strcmp(path, "-")) {
    out->stream = stdout;
    return out;
  }
  out->path = follow_links(path);
  if (!out->path) {
    report_errno(diag, path, "cannot follow the symbolic link");
    dkg_output_abort(out);
    return NULL;
  }
  if (!(out->dir = dir_of(out->path))) {
    dkg_output_abort(out);
    return NULL;
  }
  struct stat st;
  const bool exists = stat(out->path, &st) == 0;
  bool ok = false;
  if (exists && S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    report_errno(diag, path, "cannot write the output");
  } else if (exists && S_ISSOCK(st.st_mode)) {
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(
      diag, DKG_ERROR, &place, "is a socket: cannot write the output to it");
  } else if ((exists && !S_ISREG(st.st_mode)) || in_dev(out->dir)) {
    ok = open_through(out, diag);
  } else {
    ok = open_temp(out, exists ? &st : NULL, diag);
  }
  if (!ok) {
    dkg_output_abort(out);
    return NULL;
  }
  return out;
}

FILE*
dkg_output_stream(const DkgOutput* out)
{
  return out->stream;
}

/* ------------------------------------------------------------------------ */
/* Committing                                                               */

static void
free_output(DkgOutput* out)
{
  forget_temp(out->slot);
  free(out->path);
  free(out->temp);
  free(out->dir);
  free(out);
}

/* Standard output or a file written in place: flushed and checked. */
static DkgStatus
commit_through(DkgOutput* out, DkgDiag* diag)
{
  const char* name = out->path ? out->path : "<stdout>";
  bool bad = fflush(out->stream) != 0 || ferror(out->stream);
  if (out->path) {
    bad = fclose(out->stream) != 0 || bad;
    out->stream = NULL;
  }
  if (bad) {
    report_errno(diag, name, "write error");
  }
  free_output(out);
  return bad ? DKG_ERR_IO : DKG_SUCCESS;
}

DkgStatus
dkg_output_commit(DkgOutput* out, DkgDiag* diag)
{
  if (!out->temp) {
    return commit_through(out, diag);
  }
  const char* failed = NULL;
  if (fflush(out->stream) || ferror(out->stream)) {
    failed = "write error";
  } else if (fsync(fileno(out->stream))) {
    failed = "cannot sync";
  }
  const int closed = fclose(out->stream);
  out->stream = NULL;
  if (!failed && closed) {
    failed = "write error";
  }
  if (!failed && rename(out->temp, out->path)) {
    failed = "cannot replace";
  }
  if (failed) {
    report_errno(diag, out->path, failed);
    dkg_output_abort(out);
    return DKG_ERR_IO;
  }
  forget_temp(out->slot);
  out->slot = -1;
  /* Make the rename itself durable. */
  const int dir_fd = open(out->dir, O_RDONLY);
  if (dir_fd >= 0) {
    fsync(dir_fd);
    close(dir_fd);
  }
  free_output(out);
  return DKG_SUCCESS;
}

void
dkg_output_abort(DkgOutput* out)
{
  if (!out) {
    return;
  }
  if (out->path && out->stream) {
    fclose(out->stream);
  }
  if (out->temp) {
    forget_temp(out->slot);
    out->slot = -1;
    unlink(out->temp);
  }
  free_output(out);
}
