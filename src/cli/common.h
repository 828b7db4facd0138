#ifndef DKG_CLI_COMMON_H
#define DKG_CLI_COMMON_H

/* What the subcommands share: finding data/, reading every input record by
   record, and the exit codes (0 success, 1 bad data, 2 bad usage). */

#include "check/record.h"
#include "dialoguekg/dialoguekg.h"
#include "map/mapper.h"
#include "resolve/registry.h"

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

/* Options every command spells the same way. */

/** -q, --quiet in every command: no warnings, no progress line, no summary
    of a run that succeeded; errors, and the summary that says why a run
    failed, are still printed.  Set it before the first diagnostic;
    dkg_cli_diag_print() drops warnings and notes while it is set. */
extern bool dkg_cli_quiet;

/** For getopt_long's '?' (unknown option) and ':' (missing argument: the
    option string must start with ':'), the value of `c`: prints one line
    naming the option and `Try 'dialoguekg COMMAND --help' for more
    information.` on stderr, and returns DKG_EXIT_USAGE. */
int dkg_cli_option_error(const char* command, int c, char** argv);

/** The canonical name of an RDF syntax or drawing named `name` (case does
    not matter): "turtle" for turtle, ttl, text/turtle; "ntriples" for nt,
    n-triples; "nquads" for nq, n-quads; "jsonld" for json-ld; "rdfxml" for
    rdf/xml, xml, rdf; "rdfjson" for rj, rdf/json; the name itself for
    the others in `known` (NULL-terminated).  NULL when unknown. */
const char* dkg_cli_format_alias(const char* name, const char* const* known);

/** Prints `lead`, the other names of format `name` (`nt, n-triples`) and
    a newline; nothing when it has none.  Media types are accepted but not
    listed. */
void dkg_cli_print_aliases(FILE* out, const char* name, const char* lead);

/** The format an output file name asks for by its extension: .ttl
    turtle, .nt ntriples, .nq nquads, .jsonld and .json jsonld, .rdf and
    .xml rdfxml, .rj rdfjson, .dot/.gv dot, .svg, .png, .graphml, .html.
    NULL for another extension, none, or standard output. */
const char* dkg_cli_format_from_path(const char* path);

/** Warns when the base name of output file `path` is a format name (-o
    ntriples where -t ntriples was meant). */
void dkg_cli_warn_format_named_file(const char* command,
                                    const char* path,
                                    const char* const* known);

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

/** Prints the summary of a run that rejected records (even with -q: it
    says why the run failed): with keep_going,
    `COMMAND: B of N records rejected and skipped`; without, that the run
    stopped at the first bad record (record N of the input), that records
    after it were not read, and, when `output` is a file, that it was left
    as it was (not named: the message is the same whatever -o says). */
void dkg_cli_report_rejected(const char* command,
                             const DkgRunState* state,
                             const char* output);

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
    SEVERITY: PATH: MESSAGE`), after erasing the progress line; with
    dkg_cli_quiet, errors only.  Every command's DkgDiag uses it. */
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

/* Records and RDF files in one run (any_inputs.c): convert and viz. */

typedef struct
{
  DkgSink* sink;               /* where RDF inputs' statements go */
  const DkgTerm* graph;        /* their graph (N-Quads output), or NULL */
  const DkgParallel* parallel; /* records on threads, or NULL */
} DkgAnyInputs;

/** Reads every input in order: files of records through `mapper` (as
    dkg_cli_run_inputs(), or dkg_cli_run_parallel() with any->parallel),
    RDF files (Turtle, N-Triples, N-Quads, RDF/XML, TriG, as told by
    dkg_input_kind()) parsed straight into any->sink, so that an export can
    be re-serialized or drawn.  When two or more inputs are RDF, blank node
    labels get the input's position (`_:f2_b0`), so that files do not
    share blank nodes.  Returns false when the run stopped: a bad record
    without keep_going, an RDF syntax error, an I/O error. */
bool dkg_cli_run_any(char** inputs,
                     int n_inputs,
                     const DkgRegistry* reg,
                     DkgDiag* diag,
                     DkgRunState* state,
                     DkgMapper* mapper,
                     const DkgAnyInputs* any);

/** Refuses JSON-LD inputs (*.jsonld), which cannot be read: reports, with
    what to do instead, and returns false. */
bool dkg_cli_check_readable(const char* command, char** inputs, int n_inputs);

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
  const char* overlays[DKG_MAX_REGISTRY_FILES]; /* --registry FILE|DIR */
  size_t n_overlays;
} DkgFillOptions;

/** Adds --registry `value` to `options` (of `command`); false after
    reporting when there are too many. */
bool dkg_cli_add_registry(const char* command,
                          DkgFillOptions* options,
                          const char* value);

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
