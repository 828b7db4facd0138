#ifndef DKG_QUERY_ENGINE_H
#define DKG_QUERY_ENGINE_H

/* The SPARQL engine: Apache Jena ARQ and TDB2 (Debian's
   libapache-jena-java), run as a child process from dialoguekg-sparql.jar
   (src/query/java, built by tools/build-sparql-jar.sh).

   In: the engine's arguments (see SparqlEngine.java), and optionally a
   function that writes N-Triples to its standard input (records mapped by
   dialoguekg).  Out: what the engine wrote on its standard output (results,
   or nothing when it went to a file descriptor of the caller's), and the
   query form it reported.  Every problem the engine reports becomes a
   diagnostic of ours, with its file, line and column; a missing Java or
   Jena gets a one-line install hint.  Nobody sees Java's own messages unless
   the engine fails in a way it cannot describe (then its first line). */

#include "dialoguekg/dialoguekg.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum
{
  DKG_FORM_NONE,
  DKG_FORM_SELECT,
  DKG_FORM_ASK,
  DKG_FORM_CONSTRUCT,
  DKG_FORM_DESCRIBE,
} DkgQueryForm;

/** Writes the engine's input; returns a status (on failure the engine is
    stopped and its output discarded). */
typedef DkgStatus (*DkgEngineFeed)(void* handle, FILE* to_engine);

typedef struct
{
  const char* const* args;  /* the engine's arguments, NULL-terminated */
  DkgEngineFeed feed;       /* NULL: the engine reads nothing */
  void* feed_handle;        /* passed to `feed` */
  int stdout_fd;            /* -1: capture into the result; else its output */
  const char* max_memory;   /* the engine's heap limit ("4g"), NULL: 4g */
  unsigned long deadline_s; /* stop the engine after this, 0: never */
  const char* query_path;   /* the query file the engine reads, or NULL */
  const char* query_name;   /* its name in messages */
  bool small;               /* little data: start fast, optimize less */
} DkgEngineRun;

typedef struct
{
  char* out;         /* what the engine wrote (malloc'd; NUL after it) */
  size_t out_len;    /* its length */
  DkgQueryForm form; /* of a query */
  size_t n_warnings; /* warnings the engine reported (already printed) */
} DkgEngineResult;

/** Runs the engine.  Returns DKG_SUCCESS, or after reporting through
    `diag`: DKG_ERR_SYNTAX (the query or an input does not parse),
    DKG_ERR_LIMIT (time or memory limit, or a refused SERVICE),
    DKG_ERR_IO (the store, or the engine's own files), DKG_ERR_INTERNAL (no
    Java or Jena, or the engine failed), or what `feed` returned.
    `result` is filled on success and must be cleared with
    dkg_engine_result_clear() in every case. */
DkgStatus dkg_engine_run(const DkgEngineRun* run,
                         DkgDiag* diag,
                         DkgEngineResult* result);

/** Frees what dkg_engine_run() put in `result`.  Accepts NULL. */
void dkg_engine_result_clear(DkgEngineResult* result);

/** The path of dialoguekg-sparql.jar: $DIALOGUEKG_SPARQL_JAR, else
    java/dialoguekg-sparql.jar beside the program (the build tree), else
    ../share/dialoguekg/java/ of the program, else the installed path. */
const char* dkg_engine_jar(void);

#endif
