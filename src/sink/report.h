#ifndef DKG_SINK_REPORT_H
#define DKG_SINK_REPORT_H

/* The one way a sink says what the library under it (serd, raptor2)
   complains of: through the caller's DkgDiag, never straight to stderr. */

#include "dialoguekg/dialoguekg.h"
#include "util/printf.h"

#include <stdarg.h>

/** Reports the error `fmt` (printf-style) at `place` (may be NULL) through
    `diag`; with `diag` NULL (no caller's diagnostics were given to the
    sink), through the library's printer on stderr as
    `dialoguekg: error: MESSAGE`.  A trailing newline of the message (serd
    ends its messages with one) is dropped.  Out of memory: nothing is
    printed. */
void dkg_sink_report(DkgDiag* diag, const DkgPlace* place, const char* fmt, ...)
  DKG_PRINTF(3, 4);

/** The same with a va_list. */
void dkg_sink_vreport(DkgDiag* diag,
                      const DkgPlace* place,
                      const char* fmt,
                      va_list args) DKG_PRINTF(3, 0);

#endif
