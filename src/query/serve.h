#ifndef DKG_SERVE_H
#define DKG_SERVE_H

/* A private Virtuoso Open Source 7 (Debian's virtuoso-opensource) for
   `dialoguekg serve` (docs/virtuoso.md): everything it has (virtuoso.ini,
   the database in db/, the files to load in load/, server.log, the pid
   file, a random dba password in a 0600 file) lives in one folder, which
   only these functions write.  Both of its ports listen on 127.0.0.1. */

#include "dialoguekg/dialoguekg.h"

typedef struct
{
  const char* dir;           /**< The server's folder (created if missing). */
  unsigned http_port;        /**< SPARQL endpoint and Graph Store. */
  unsigned sql_port;         /**< isql; 0: a free port. */
  unsigned start_timeout;    /**< Seconds to wait for it to answer. */
  const char* default_graph; /**< Graph of triples (.nt, .ttl, .rdf) in
                                  load/; N-Quads keep their own. */
} DkgServeOptions;

/** The file names in the server's folder. */
#define DKG_SERVE_LOAD_DIR "load"
#define DKG_SERVE_PASSWORD_FILE "dba-password"
#define DKG_SERVE_PID_FILE "virtuoso.pid"
#define DKG_SERVE_LOG_FILE "server.log"
#define DKG_SERVE_PORTS_FILE "ports"

/** True when `text` (the folder, the graph) can stand in virtuoso.ini and
    in a quoted SQL string of the setup as it is: no quote, backslash,
    comma, semicolon or control character.  dkg_serve_start() refuses
    others. */
bool dkg_serve_plain_text(const char* text);

/** True when the Virtuoso of `dir` runs: its pid file names a live
    virtuoso-t started on `dir`'s virtuoso.ini.  `*pid` gets its pid and
    `*http_port` its HTTP port (0 when unknown). */
bool dkg_serve_running(const char* dir, long* pid, unsigned* http_port);

/** Creates `dir` and `dir`/load/ (0700) if missing and empties load/
    (only these functions and their caller write there), so that the
    caller can put the files to load in it (.nq, .nt, .ttl, .rdf).
    Reports and returns an error when that fails. */
DkgStatus dkg_serve_prepare(const char* dir, DkgDiag* diag);

/** Starts Virtuoso on a fresh database in `options->dir`/db/ (a previous
    one is removed: the store is the data, the server a view of it), waits
    until it answers (at most start_timeout seconds), bulk-loads load/
    (ld_dir, rdf_loader_run, checkpoint), makes /sparql read-only and
    without sponging, and gives dba a new random password, written to
    DKG_SERVE_PASSWORD_FILE (mode 0600).  The server keeps running after
    the caller exits; `*pid` gets its process id.  On failure it is
    stopped, and the message names the log to read. */
DkgStatus dkg_serve_start(const DkgServeOptions* options,
                          DkgDiag* diag,
                          long* pid);

/** Stops the Virtuoso of `dir` by its process id (SIGTERM, then SIGKILL
    after 60 s) and removes its pid file.  `*pid` gets the pid stopped, 0
    when none was running (not an error). */
DkgStatus dkg_serve_stop(const char* dir, DkgDiag* diag, long* pid);

#endif
