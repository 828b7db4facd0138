#ifndef DKG_CLI_COMMON_H
#define DKG_CLI_COMMON_H

/* What the subcommands share: finding data/, reading every input record by
   record, and the exit codes (0 success, 1 bad data, 2 bad usage). */

#include "check/record.h"
#include "dialoguekg/dialoguekg.h"
#include "map/mapper.h"
#include "message.h"
#include "program.h"
#include "progress.h"
#include "resolve/registry.h"
#include "run_state.h"

/* Options every command spells the same way. */

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
