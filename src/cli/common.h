#ifndef DKG_CLI_COMMON_H
#define DKG_CLI_COMMON_H

/* What the subcommands share: finding data/, reading every input record by
   record, and the exit codes (0 success, 1 bad data, 2 bad usage). */

#include "dialoguekg/dialoguekg.h"
#include "mapper.h"
#include "record.h"
#include "registry.h"

#define DKG_EXIT_OK 0
#define DKG_EXIT_DATA 1
#define DKG_EXIT_USAGE 2

extern const char* const dkg_program;

/** Prints `dialoguekg: MESSAGE` on stderr. */
void dkg_cli_error(const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 1, 2)))
#endif
  ;

/** The reference data directory: `option` if set, else $DIALOGUEKG_DATA,
    else data/ of the source tree when running from the build tree, else the
    installed share/dialoguekg beside the program. */
const char* dkg_cli_data_dir(const char* option);

typedef struct
{
  bool keep_going;    /* go on after a bad record (else stop at the first) */
  uint64_t n_records; /* records read */
  uint64_t n_bad;     /* records rejected */
  DkgStatus status;   /* first error that stopped the run, or success */
} DkgRunState;

/** Reads each input (`-` is standard input; none means standard input),
    parses and checks each record, and maps good ones with `mapper`.
    Returns false when the run stopped (a bad record without keep_going, an
    I/O error, a failure of the mapper). */
bool dkg_cli_run_inputs(char** inputs,
                        int n_inputs,
                        const DkgRegistry* reg,
                        DkgDiag* diag,
                        DkgRunState* state,
                        DkgMapper* mapper);

/** The reader's limits for every input of this run (0: the defaults, 64 MiB
    and 64 levels), set by --max-record-size and --max-depth. */
extern DkgReaderLimits dkg_cli_reader_limits;

/** Handles --max-record-size SIZE (bytes, or with a suffix K, M or G) and
    --max-depth N (1 to 1000, cJSON's own limit) of `command`: `option` is
    the option name without its dashes.  Returns false after reporting a
    bad value. */
bool dkg_cli_limit_option(const char* command,
                          const char* option,
                          const char* value);

/* Progress of a long run (progress.c): one line on standard error,
   redrawn at most every 0.25 s ($DIALOGUEKG_PROGRESS_MS milliseconds):
   records, triples, triples per second, and, when the size of the input
   is known (regular files), percent done and time left. */

typedef struct DkgProgress DkgProgress;

/** The progress line of this run, or NULL: runners update it, and
    diagnostics erase it first (dkg_cli_diag_print, dkg_cli_error). */
extern DkgProgress* dkg_cli_progress;

/** Whose statements the progress line counts (NULL: none). */
extern const DkgMapper* dkg_cli_progress_counter;

/** Input bytes done before the current input (runners add to it). */
extern uint64_t dkg_cli_progress_bytes;

/** `mode` 1 shows progress, 0 does not, -1 shows it only when standard
    error is a terminal.  `total_bytes` is the input size, 0 if unknown.
    NULL when not shown (every function accepts NULL). */
DkgProgress* dkg_progress_new(int mode, uint64_t total_bytes);

void dkg_progress_update(DkgProgress* progress,
                         uint64_t records,
                         uint64_t triples,
                         uint64_t bytes);

/** Erases the progress line, if one is shown. */
void dkg_progress_clear(DkgProgress* progress);

/** Draws the last line, with the total time, and ends it. */
void dkg_progress_finish(DkgProgress* progress,
                         uint64_t records,
                         uint64_t triples,
                         uint64_t bytes);

void dkg_progress_free(DkgProgress* progress);

/** The summed size of the inputs (none: standard input), 0 when one of
    them is not a regular file. */
uint64_t dkg_cli_inputs_size(char** inputs, int n_inputs);

/** A DkgDiagFunc printing like the default (`dialoguekg: FILE:LINE:COL:
    SEVERITY: PATH: MESSAGE`), after erasing the progress line. */
void dkg_cli_diag_print(void* handle,
                        DkgSeverity severity,
                        const DkgPlace* place,
                        const char* message);

/* convert --jobs N (pipeline.c). */
typedef struct
{
  int jobs;          /* threads in all (the calling thread maps too), >= 2 */
  DkgMapper* writer; /* the mapper on the real sink: replays, in order */
  bool nt_lines;     /* its sink is dkg_nt_sink_new(): workers format */
  bool quads;        /* ... N-Quads lines */
  /* A mapper configured like `writer` on `sink` (NULL: out of memory). */
  DkgMapper* (*mapper_new)(void* handle, DkgSink* sink);
  void* handle;
} DkgParallel;

/** dkg_cli_run_inputs() for convert on `jobs` threads: workers parse,
    check and map batches of records; the calling thread reads the input
    and replays the batches in input order on `writer`, so the output, the
    messages and the state are those of a sequential run. */
bool dkg_cli_run_parallel(char** inputs,
                          int n_inputs,
                          const DkgRegistry* reg,
                          DkgDiag* diag,
                          DkgRunState* state,
                          const DkgParallel* parallel);

int dkg_cmd_convert(int argc, char** argv);

int dkg_cmd_validate(int argc, char** argv);

int dkg_cmd_extract(int argc, char** argv);

/* The store commands (query, load: cmd_load.c; push: cmd_push.c). */

typedef struct
{
  const char* base;     /* base of minted IRIs */
  const char* data_dir; /* reference data, NULL: the default */
  bool strict;          /* unresolved names are errors */
  bool quiet;           /* no warnings about unresolved names */
  bool stdin_if_none;   /* no INPUT reads records from standard input */
} DkgFillOptions;

/** Checks an IRI option; reports and returns false when it is bad.  With
    `base`, it must end with '/' or '#'. */
bool dkg_cli_check_iri(const char* option, const char* value, bool base);

int dkg_cmd_query(int argc, char** argv);

int dkg_cmd_load(int argc, char** argv);

int dkg_cmd_push(int argc, char** argv);

int dkg_cmd_serve(int argc, char** argv);

int dkg_cmd_viz(int argc, char** argv);

/* Drawing options shared by 'viz' and 'convert -t dot|svg|png|graphml'
   (cmd_viz.c): sets `options` from --OPTION VALUE (option without its
   dashes: view, top, series, layout, title); false after reporting a bad
   value, or for another option. */
struct DkgGraphOptions;
bool dkg_cli_graph_option(const char* command,
                          const char* option,
                          const char* value,
                          struct DkgGraphOptions* options);

#endif
