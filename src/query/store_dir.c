/* Persistent stores: marker, lock, refusal of what is not ours.  See
   store_dir.h. */

#include "query/store_dir.h"

#include <cjson/cJSON.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MARKER "dialoguekg-store.json"
#define MARKER_FORMAT "dialoguekg-store"
#define LOCK_WAIT_S 30

struct DkgStoreDir
{
  char database[PATH_MAX];
  int lock_fd;
};

/* Reports an error about `path`; `fmt` takes one string. */
#define report(diag, path, fmt, detail)                                        \
  do {                                                                         \
    DkgPlace place_ = { (path), 0, 0, NULL };                                  \
    dkg_diag_report((diag), DKG_ERROR, &place_, fmt, (detail));                \
  } while (0)

/* True when `dir` holds no entry but . and .. */
static bool
is_empty_dir(const char* dir)
{
  DIR* d = opendir(dir);
  if (!d) {
    return false;
  }
  bool empty = true;
  const struct dirent* e = NULL;
  while (empty && (e = readdir(d))) {
    empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
  }
  closedir(d);
  return empty;
}

/* True when the marker file in `dir` is ours. */
static bool
has_marker(const char* dir)
{
  char path[PATH_MAX];
  snprintf(path, sizeof(path), "%s/" MARKER, dir);
  FILE* f = fopen(path, "rb");
  if (!f) {
    return false;
  }
  char text[4096];
  const size_t n = fread(text, 1, sizeof(text) - 1u, f);
  fclose(f);
  text[n] = '\0';
  cJSON* json = cJSON_Parse(text);
  const cJSON* format = cJSON_GetObjectItemCaseSensitive(json, "format");
  const bool ours =
    cJSON_IsString(format) && !strcmp(format->valuestring, MARKER_FORMAT);
  cJSON_Delete(json);
  return ours;
}

static bool
write_marker(const char* dir)
{
  char path[PATH_MAX], tmp[PATH_MAX + 8];
  snprintf(path, sizeof(path), "%s/" MARKER, dir);
  snprintf(tmp, sizeof(tmp), "%s.tmp", path);
  FILE* f = fopen(tmp, "wb");
  if (!f) {
    return false;
  }
  fputs("{\n  \"format\": \"" MARKER_FORMAT "\",\n  \"version\": 1,\n"
        "  \"engine\": \"Apache Jena TDB2\",\n"
        "  \"database\": \"tdb2\",\n"
        "  \"comment\": \"A dialoguekg store: read and written by "
        "'dialoguekg load' and 'dialoguekg query --store'.\"\n}\n",
        f);
  const bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
  if (fclose(f) || !ok || rename(tmp, path)) {
    unlink(tmp);
    return false;
  }
  return true;
}

static DkgStatus
lock_store(const char* dir, DkgStoreDirMode mode, DkgDiag* diag, int* fd)
{
  char path[PATH_MAX];
  snprintf(path, sizeof(path), "%s/lock", dir);
  *fd = open(path,
             (mode == DKG_STORE_DIR_WRITE ? O_RDWR | O_CREAT : O_RDONLY) |
               O_CLOEXEC,
             0644);
  if (*fd < 0 && mode == DKG_STORE_DIR_READ && errno == ENOENT) {
    *fd = open(dir, O_RDONLY | O_CLOEXEC); /* an old store: lock the dir */
  }
  if (*fd < 0) {
    report(diag, path, "cannot open the store's lock: %s", strerror(errno));
    return DKG_ERR_IO;
  }
  /* Jena's TDB2 admits one process at a time, readers included. */
  const time_t start = time(NULL);
  while (flock(*fd, LOCK_EX | LOCK_NB)) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      report(diag, dir, "cannot lock the store: %s", strerror(errno));
      return DKG_ERR_IO;
    }
    if (mode == DKG_STORE_DIR_WRITE || time(NULL) - start >= LOCK_WAIT_S) {
      report(diag,
             dir,
             "%s: another dialoguekg process is using this store; try again "
             "when it has finished",
             mode == DKG_STORE_DIR_WRITE ? "not loaded" : "not queried");
      return DKG_ERR_IO;
    }
    const struct timespec nap = { 0, 100L * 1000L * 1000L };
    nanosleep(&nap, NULL);
  }
  return DKG_SUCCESS;
}

DkgStatus
dkg_store_dir_open(const char* dir,
                   DkgStoreDirMode mode,
                   DkgDiag* diag,
                   DkgStoreDir** store)
{
  *store = NULL;
  struct stat st;
  const bool exists = stat(dir, &st) == 0;
  if (exists && !S_ISDIR(st.st_mode)) {
    report(diag,
           dir,
           "%s: this is not a dialoguekg store (a store is a directory); "
           "nothing was changed",
           "refused");
    return DKG_ERR_USAGE;
  }
  if (!exists && mode == DKG_STORE_DIR_READ) {
    report(diag,
           dir,
           "no such store (make one with 'dialoguekg load --store %s "
           "INPUT...')",
           dir);
    return DKG_ERR_USAGE;
  }
  if (!exists && mkdir(dir, 0755)) {
    report(diag, dir, "cannot make the store: %s", strerror(errno));
    return DKG_ERR_IO;
  }
  const bool ours = has_marker(dir);
  if (!ours && !(mode == DKG_STORE_DIR_WRITE && is_empty_dir(dir))) {
    report(diag,
           dir,
           "refused: this directory is not a dialoguekg store (it has no "
           "%s); nothing was changed",
           MARKER);
    return DKG_ERR_USAGE;
  }
  DkgStoreDir* s = (DkgStoreDir*)calloc(1, sizeof(DkgStoreDir));
  if (!s) {
    return DKG_ERR_NOMEM;
  }
  s->lock_fd = -1;
  snprintf(s->database, sizeof(s->database), "%s/tdb2", dir);
  DkgStatus status = lock_store(dir, mode, diag, &s->lock_fd);
  if (!status && !ours && !write_marker(dir)) {
    report(diag, dir, "cannot write the store's marker: %s", strerror(errno));
    status = DKG_ERR_IO;
  }
  if (status) {
    dkg_store_dir_close(s);
    return status;
  }
  *store = s;
  return DKG_SUCCESS;
}

const char*
dkg_store_dir_database(const DkgStoreDir* store)
{
  return store->database;
}

void
dkg_store_dir_close(DkgStoreDir* store)
{
  if (store) {
    if (store->lock_fd >= 0) {
      close(store->lock_fd); /* releases the lock */
    }
    free(store);
  }
}

bool
dkg_store_dir_is_retired_spec(const char* spec)
{
  return !strncmp(spec, "sqlite:", 7);
}
