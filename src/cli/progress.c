/* Progress of a long run on standard error: see progress.h. */

#include "progress.h"

#include "program.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct DkgProgress
{
  uint64_t total_bytes; /* 0: unknown */
  double start;
  double last;
  double interval;
  bool shown; /* a progress line is on the screen */
};

DkgProgress* dkg_cli_progress;
const DkgMapper* dkg_cli_progress_counter;
uint64_t dkg_cli_progress_bytes;

static double
now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

uint64_t
dkg_cli_inputs_size(char** inputs, int n_inputs)
{
  uint64_t total = 0;
  for (int i = 0; i < (n_inputs ? n_inputs : 1); ++i) {
    struct stat st;
    const bool is_stdin = !n_inputs || !strcmp(inputs[i], "-");
    if ((is_stdin ? fstat(STDIN_FILENO, &st) : stat(inputs[i], &st)) ||
        !S_ISREG(st.st_mode)) {
      return 0; /* a pipe, a terminal: no percent, no time left */
    }
    total += (uint64_t)st.st_size;
  }
  return total;
}

DkgProgress*
dkg_progress_new(int mode, uint64_t total_bytes)
{
  if (mode == 0 || (mode < 0 && !isatty(STDERR_FILENO))) {
    return NULL;
  }
  DkgProgress* p = (DkgProgress*)calloc(1, sizeof(DkgProgress));
  if (!p) {
    return NULL;
  }
  p->total_bytes = total_bytes;
  p->start = p->last = now();
  p->interval = 0.25;
  const char* ms = getenv("DIALOGUEKG_PROGRESS_MS");
  if (ms && ms[0]) {
    p->interval = atof(ms) / 1000.0;
  }
  return p;
}

/* 1234567 -> "1.2M" */
static const char*
human(double v, char out[16])
{
  if (v >= 1e9) {
    snprintf(out, 16, "%.1fG", v / 1e9);
  } else if (v >= 1e6) {
    snprintf(out, 16, "%.1fM", v / 1e6);
  } else if (v >= 1e4) {
    snprintf(out, 16, "%.0fk", v / 1e3);
  } else {
    snprintf(out, 16, "%.0f", v);
  }
  return out;
}

static void
draw(DkgProgress* p,
     uint64_t records,
     uint64_t triples,
     uint64_t bytes,
     double t,
     bool final)
{
  const double elapsed = t - p->start > 1e-6 ? t - p->start : 1e-6;
  char a[16], b[16], c[16];
  char line[160];
  int n = snprintf(line,
                   sizeof(line),
                   "%s: %s records, %s triples, %s triples/s",
                   DKG_PROGRAM,
                   human((double)records, a),
                   human((double)triples, b),
                   human((double)triples / elapsed, c));
  if (p->total_bytes && n > 0 && (size_t)n < sizeof(line)) {
    const double done = (double)bytes / (double)p->total_bytes;
    const double left = done > 0.0 ? elapsed * (1.0 - done) / done : 0.0;
    if (final) {
      n += snprintf(line + n, sizeof(line) - (size_t)n, ", 100%%");
    } else {
      n += snprintf(line + n,
                    sizeof(line) - (size_t)n,
                    ", %.0f%%, %u:%02u left",
                    done * 100.0,
                    (unsigned)(left / 60.0),
                    (unsigned)left % 60u);
    }
  }
  if (final && n > 0 && (size_t)n < sizeof(line)) {
    snprintf(line + n, sizeof(line) - (size_t)n, " in %.1f s", elapsed);
  }
  /* Carriage return and "erase to end of line": the line is redrawn in
     place, and a diagnostic erases it first (dkg_progress_clear). */
  fprintf(stderr, "\r\033[K%s%s", line, final ? "\n" : "");
  fflush(stderr);
  p->shown = !final;
}

void
dkg_progress_update(DkgProgress* p,
                    uint64_t records,
                    uint64_t triples,
                    uint64_t bytes)
{
  if (!p) {
    return;
  }
  const double t = now();
  if (t - p->last >= p->interval) {
    p->last = t;
    draw(p, records, triples, bytes, t, false);
  }
}

void
dkg_progress_clear(DkgProgress* p)
{
  if (p && p->shown) {
    fputs("\r\033[K", stderr);
    p->shown = false;
  }
}

void
dkg_progress_finish(DkgProgress* p,
                    uint64_t records,
                    uint64_t triples,
                    uint64_t bytes)
{
  if (p) {
    draw(p, records, triples, bytes, now(), true);
  }
}

void
dkg_progress_free(DkgProgress* p)
{
  if (p) {
    dkg_progress_clear(p);
    if (dkg_cli_progress == p) {
      dkg_cli_progress = NULL;
    }
    free(p);
  }
}
