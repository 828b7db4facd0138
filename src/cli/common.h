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

/** Called for each record that passed the checks. */
typedef DkgStatus (*DkgRecordFunc)(void* handle,
                                   const DkgRecord* record,
                                   const DkgRecordText* text);

typedef struct
{
  bool keep_going;    /* go on after a bad record (else stop at the first) */
  uint64_t n_records; /* records read */
  uint64_t n_bad;     /* records rejected */
  DkgStatus status;   /* first error that stopped the run, or success */
} DkgRunState;

/** Reads each input (`-` is standard input; none means standard input),
    parses and checks each record, and hands good ones to `func`.  Returns
    false when the run stopped (a bad record without keep_going, an I/O error,
    a failure of `func`). */
bool dkg_cli_run_inputs(char** inputs,
                        int n_inputs,
                        const DkgRegistry* reg,
                        DkgDiag* diag,
                        DkgRunState* state,
                        DkgRecordFunc func,
                        void* handle);

int dkg_cmd_convert(int argc, char** argv);

int dkg_cmd_validate(int argc, char** argv);

#endif
