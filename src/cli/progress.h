#ifndef DKG_CLI_PROGRESS_H
#define DKG_CLI_PROGRESS_H

/* Progress of a long run (progress.c): one line on standard error,
   redrawn at most every 0.25 s ($DIALOGUEKG_PROGRESS_MS milliseconds):
   records, triples, triples per second, and, when the size of the input
   is known (regular files), percent done and time left.  It calls nothing
   else of the command line: messages (message.c) erase it first. */

#include "map/mapper.h"

#include <stdbool.h>
#include <stdint.h>

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

/** Erases and frees; sets dkg_cli_progress NULL when it is `progress`. */
void dkg_progress_free(DkgProgress* progress);

/** The summed size of the inputs (none: standard input), 0 when one of
    them is not a regular file. */
uint64_t dkg_cli_inputs_size(char** inputs, int n_inputs);

#endif
