#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct DkgOutput
{
  FILE* stream;
  char* path; /* NULL for standard output */
  char* temp;
  char* dir;
};

static void
report_errno(DkgDiag* diag, const char* path, const char* what)
{
  DkgPlace place = { path, 0, 0, NULL };
  dkg_diag_report(diag, DKG_ERROR, &place, "%s: %s", what, strerror(errno));
}

DkgOutput*
dkg_output_open(const char* path, DkgDiag* diag)
{
  DkgOutput* out = (DkgOutput*)calloc(1, sizeof(DkgOutput));
  if (!out) {
    return NULL;
  }
  if (!path || !strcmp(path, "-")) {
    out->stream = stdout;
    return out;
  }
  const char* slash = strrchr(path, '/');
  const size_t dir_len = slash ? (size_t)(slash - path) : 0u;
  out->path = strdup(path);
  out->dir = slash ? strndup(path, dir_len ? dir_len : 1u) : strdup(".");
  const size_t temp_len = strlen(path) + 32u;
  out->temp = (char*)malloc(temp_len);
  if (!out->path || !out->dir || !out->temp) {
    dkg_output_abort(out);
    return NULL;
  }
  snprintf(out->temp,
           temp_len,
           "%.*s%s.%s.XXXXXX",
           (int)dir_len,
           path,
           slash ? "/" : "",
           slash ? slash + 1 : path);
  const int fd = mkstemp(out->temp);
  if (fd < 0) {
    report_errno(diag, path, "cannot create a temporary file beside it");
    free(out->temp);
    out->temp = NULL;
    dkg_output_abort(out);
    return NULL;
  }
  /* mkstemp makes the file 0600: give it the mode a new file would get. */
  const mode_t mask = umask(0);
  umask(mask);
  struct stat existing;
  const mode_t mode =
    stat(path, &existing) == 0 ? existing.st_mode & 07777 : 0666 & ~mask;
  if (fchmod(fd, mode) || !(out->stream = fdopen(fd, "wb"))) {
    report_errno(diag, path, "cannot open the temporary file");
    close(fd);
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

static void
free_output(DkgOutput* out)
{
  free(out->path);
  free(out->temp);
  free(out->dir);
  free(out);
}

DkgStatus
dkg_output_commit(DkgOutput* out, DkgDiag* diag)
{
  if (!out->path) {
    const bool bad = fflush(out->stream) != 0 || ferror(out->stream);
    if (bad) {
      report_errno(diag, "<stdout>", "write error");
    }
    free_output(out);
    return bad ? DKG_ERR_IO : DKG_SUCCESS;
  }
  if (fflush(out->stream) || ferror(out->stream)) {
    report_errno(diag, out->path, "write error");
    dkg_output_abort(out);
    return DKG_ERR_IO;
  }
  if (fsync(fileno(out->stream))) {
    report_errno(diag, out->path, "cannot sync");
    dkg_output_abort(out);
    return DKG_ERR_IO;
  }
  const int closed = fclose(out->stream);
  out->stream = NULL;
  if (closed) {
    report_errno(diag, out->path, "write error");
    dkg_output_abort(out);
    return DKG_ERR_IO;
  }
  if (rename(out->temp, out->path)) {
    report_errno(diag, out->path, "cannot replace");
    dkg_output_abort(out);
    return DKG_ERR_IO;
  }
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
    unlink(out->temp);
  }
  free_output(out);
}
