#ifndef DKG_CLI_OPTIONS_H
#define DKG_CLI_OPTIONS_H

/* The options the commands share, in one table with one parser each
   (options.c), and the getopt loop every command runs through
   dkg_cli_parse(): a command names the shared options it takes and gives
   a table and a handler for its own.  Every shared option is spelled the
   same in every command that takes it (-q is --quiet everywhere) and a
   bad value is a usage error (exit 2) naming the option. */

#include "dialoguekg/dialoguekg.h"
#include "resolve/registry.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

/* The shared options, as bits of DkgCommand.shared (-h, --help: always). */
#define DKG_OPT_OUTPUT 0x001u     /* -o, --output FILE */
#define DKG_OPT_QUIET 0x002u      /* -q, --quiet */
#define DKG_OPT_BASE 0x004u       /* --base IRI (ends with / or #) */
#define DKG_OPT_DATA_DIR 0x008u   /* --data-dir DIR */
#define DKG_OPT_REGISTRY 0x010u   /* --registry FILE|DIR, repeatable */
#define DKG_OPT_STRICT 0x020u     /* --strict */
#define DKG_OPT_KEEP_GOING 0x040u /* --keep-going */
#define DKG_OPT_LIMITS 0x080u     /* --max-record-size SIZE, --max-depth N */
#define DKG_OPT_PROGRESS 0x100u   /* --progress */
#define DKG_OPT_MAX_MEMORY 0x200u /* --max-memory SIZE (the SPARQL engine) */

/* Codes of a command's own long options must not be 'o', 'q', 'h' nor in
   [DKG_OPT_CODE_FIRST, DKG_OPT_CODE_FIRST + 0x100): the shared ones'. */
#define DKG_OPT_CODE_FIRST 0x1000

/* What records are read and mapped with: the shared options of the
   commands that read records. */
typedef struct
{
  const char* base;     /* --base: base of minted IRIs */
  const char* data_dir; /* --data-dir: reference data, NULL: the default */
  bool strict;          /* --strict: unresolved names are errors */
  bool quiet;           /* -q: no warnings about unresolved names */
  bool stdin_if_none;   /* no INPUT reads records from standard input */
  const char* overlays[DKG_MAX_REGISTRY_FILES]; /* --registry FILE|DIR */
  size_t n_overlays;
} DkgFillOptions;

/* The shared options of one run, as parsed. */
typedef struct
{
  const char* output;     /* -o FILE; NULL: standard output */
  bool keep_going;        /* --keep-going: skip bad records */
  int progress;           /* --progress 1; else -1: on a terminal only */
  const char* max_memory; /* --max-memory: the engine's limit, NULL: 4g */
  DkgFillOptions fill;
} DkgCliOptions;

/** The defaults: no output file, DKG_DEFAULT_BASE, the default data,
    progress on a terminal, standard input when there is no INPUT. */
DkgCliOptions dkg_cli_options_default(void);

typedef struct
{
  const char* name;             /* "convert": messages say "convert: ..." */
  unsigned shared;              /* DKG_OPT_* it takes */
  const char* short_options;    /* its own, getopt-style ("t:j:"), or "" */
  const struct option* options; /* its own, up to a { NULL } entry */
  /* Prints the command's help on `out` and returns `status`. */
  int (*usage)(FILE* out, int status);
  /* Handles its own option `code` with `arg` (NULL for a flag) in
     `options`: -1 to go on, else an exit code, after reporting. */
  int (*option)(void* options, int code, const char* arg);
} DkgCommand;

/** Runs getopt_long over `argv` for `command`: the shared options it
    takes into `cli` (with -q, dkg_cli_quiet is set too), its own through
    command->option(`options`).  Returns -1 to go on, optind then naming
    the first INPUT; else the exit code: DKG_EXIT_OK after --help (the help
    printed on standard output), DKG_EXIT_USAGE after a usage error (an
    unknown option, a missing argument, a bad value: one line naming the
    option, on stderr), or what command->option returned. */
int dkg_cli_parse(const DkgCommand* command,
                  int argc,
                  char** argv,
                  DkgCliOptions* cli,
                  void* options);

/** Checks an IRI option (`option` is its name with dashes); reports and
    returns false when it is bad.  With `base`, it must end with '/' or
    '#'. */
bool dkg_cli_check_iri(const char* option, const char* value, bool base);

/** The reader's limits for every input of this run (0: the defaults, 64 MiB
    and 64 levels), set by --max-record-size and --max-depth. */
extern DkgReaderLimits dkg_cli_reader_limits;

#endif
