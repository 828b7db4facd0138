#ifndef DKG_CLI_RUN_STATE_H
#define DKG_CLI_RUN_STATE_H

/* The counts of a run over records, and the one rule for a failed record:
   what counts as read, as rejected, and when the run stops.  Both runners
   (common.c's one thread, pipeline.c's --jobs replay) apply it through
   dkg_cli_count_record(), so that their counts and statuses agree. */

#include "dialoguekg/dialoguekg.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct
{
  bool keep_going;    /* go on after a bad record (else stop at the first) */
  uint64_t n_records; /* records read */
  uint64_t n_bad;     /* records rejected */
  DkgStatus status;   /* first error that stopped the run, or success */
} DkgRunState;

/** Counts one step of the reader in `state` and returns whether the run
    goes on.  `read` is the reader's status: DKG_ERR_SYNTAX or
    DKG_ERR_LIMIT count a rejected record, skipped with keep_going when
    `resumable` (a broken line of JSON Lines: dkg_reader_can_resume()),
    else the run stops; any other error stops the run uncounted.  After a
    good read, `checked` is the status of the record's checks (an error but
    DKG_ERR_NOMEM rejects the record) and `mapped` the mapper's
    (DKG_ERR_UNRESOLVED rejects it, another error stops the run).  A
    rejected record stops the run unless keep_going; a stop keeps its
    status in state->status. */
bool dkg_cli_count_record(DkgRunState* state,
                          DkgStatus read,
                          bool resumable,
                          DkgStatus checked,
                          DkgStatus mapped);

/** Whether a run that ended with `status` still writes its output: on
    success, and with `keep_going` after bad records (DKG_ERR_RECORD,
    DKG_ERR_SYNTAX, DKG_ERR_UNRESOLVED), which were skipped. */
bool dkg_cli_run_complete(DkgStatus status, bool keep_going);

/** Prints `COMMAND: B of N records rejected` and `tail` (may be "") on
    stderr, when the run rejected records (even with -q: it says why the
    run failed). */
void dkg_cli_report_rejected_then(const char* command,
                                  const DkgRunState* state,
                                  const char* tail);

/** Prints the summary of a run that rejected records (even with -q): with
    keep_going, `COMMAND: B of N records rejected and skipped`; without,
    that the run stopped at the first bad record (record N of the input),
    that records after it were not read, and, when `output` is a file,
    that it was left as it was (not named: the message is the same
    whatever -o says). */
void dkg_cli_report_rejected(const char* command,
                             const DkgRunState* state,
                             const char* output);

#endif
