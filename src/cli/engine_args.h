#ifndef DKG_CLI_ENGINE_ARGS_H
#define DKG_CLI_ENGINE_ARGS_H

/* What `query` and `load` share to drive the SPARQL engine
   (query/engine.h): the engine's argument list, and the inputs, split into
   records (mapped here to N-Triples on the engine's standard input) and RDF
   files (parsed by the engine itself, with their syntax named). */

#include "common.h"
#include "query/engine.h"

#include <stdio.h>

typedef struct
{
  const char** items; /* NULL-terminated */
  size_t n;
  size_t cap;
  char** owned; /* strings made here, freed with the list */
  size_t n_owned;
} DkgArgList;

/** Appends `arg` (borrowed); false when out of memory. */
bool dkg_args_add(DkgArgList* args, const char* arg);

/** Appends a copy of `arg`; false when out of memory. */
bool dkg_args_add_copy(DkgArgList* args, const char* arg);

void dkg_args_clear(DkgArgList* args);

/* Records to map for the engine: the feed of dkg_engine_run(). */
typedef struct
{
  char** inputs; /* files of records ("-": standard input) */
  int n_inputs;
  const DkgFillOptions* options;
  DkgDiag* diag;
  DkgRunState* state;
} DkgRecordFeed;

/** Sorts `inputs` out: each RDF file becomes "--data SYNTAX FILE" in `args`
    (a missing file is reported, DKG_ERR_IO); records go to `feed` (which
    owns a new array: free feed->inputs), and when there are any, or when
    there are no inputs at all and `stdin_if_none`, "--stdin" is added. */
DkgStatus dkg_cli_engine_inputs(char** inputs,
                                int n_inputs,
                                bool stdin_if_none,
                                DkgArgList* args,
                                DkgRecordFeed* feed);

/** A DkgEngineFeed: maps the records of `handle` (a DkgRecordFeed) to
    N-Triples on `out`.  Returns the run's status: with keep_going, bad
    records are skipped and success is returned. */
DkgStatus dkg_cli_feed_records(void* handle, FILE* out);

/** Little data (regular files summing under 8 MiB): the engine starts
    fast and optimizes less (see query/engine.c). */
bool dkg_cli_inputs_small(char** inputs, int n_inputs);

/** Runs the engine (dkg_engine_run) with `args`: when "--stdin" ends them,
    the records of `feed` are mapped onto its standard input.  `query_path`
    and `query_name` name the query (NULL: no query, as for load),
    `max_memory` its memory limit (NULL: the default); `small` from
    dkg_cli_inputs_small().  `result` as for dkg_engine_run(). */
DkgStatus dkg_cli_engine_run(const DkgArgList* args,
                             DkgRecordFeed* feed,
                             const char* max_memory,
                             const char* query_path,
                             const char* query_name,
                             bool small,
                             DkgDiag* diag,
                             DkgEngineResult* result);

/** The engine's name of an RDF input's syntax, from dkg_input_kind(). */
const char* dkg_cli_engine_syntax(const char* path);

#endif
