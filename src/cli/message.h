#ifndef DKG_CLI_MESSAGE_H
#define DKG_CLI_MESSAGE_H

/* How the command line speaks on standard error: every message goes
   through src/diag/diag.c's printer (which escapes control characters), after
   the progress line (progress.h) is erased. */

#include "dialoguekg/dialoguekg.h"
#include "program.h"

#include <stdbool.h>

/** -q, --quiet in every command: no warnings, no progress line, no summary
    of a run that succeeded; errors, and the summary that says why a run
    failed, are still printed.  Set it before the first diagnostic;
    dkg_cli_diag_print() drops warnings and notes while it is set. */
extern bool dkg_cli_quiet;

/** Prints `dialoguekg: MESSAGE` on stderr (printf-style), by
    dkg_diag_vprint_message(): a control character in a quoted file name
    is written as \uXXXX. */
void dkg_cli_error(const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 1, 2)))
#endif
  ;

/** A DkgDiagFunc printing with dkg_diag_print() (`dialoguekg:
    FILE:LINE:COL: SEVERITY: PATH: MESSAGE`), after erasing the progress
    line; with dkg_cli_quiet, errors only.  Every command's DkgDiag uses
    it. */
void dkg_cli_diag_print(void* handle,
                        DkgSeverity severity,
                        const DkgPlace* place,
                        const char* message);

#endif
