#ifndef DKG_CLI_COMMON_H
#define DKG_CLI_COMMON_H

/* What the subcommands share: finding data/, reading every input record by
   record, and the exit codes (0 success, 1 bad data, 2 bad usage). */

#include "check/record.h"
#include "dialoguekg/dialoguekg.h"
#include "map/mapper.h"
#include "message.h"
#include "options.h"
#include "program.h"
#include "progress.h"
#include "resolve/registry.h"
#include "run_state.h"

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

/** The inputs of a run: `*inputs` as given, or standard input ("-")
    alone when there are none. */
void dkg_cli_inputs_or_stdin(char*** inputs, int* n_inputs);

/** Opens input `path` ("-": standard input) and sets *name to its name in
    messages ("<stdin>" for standard input).  NULL after reporting `PATH:
    error: cannot open: REASON` on `diag`, with state->status (when
    `state` is not NULL) DKG_ERR_IO. */
FILE* dkg_cli_open_input(const char* path,
                         DkgDiag* diag,
                         DkgRunState* state,
                         const char** name);

/** Adds what was read of `stream` to dkg_cli_progress_bytes (with a
    progress line) and closes it, unless it is standard input; NULL is
    accepted. */
void dkg_cli_close_input(FILE* stream);

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
