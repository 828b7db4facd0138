/* Messages of the command line on standard error: see message.h. */

#include "message.h"

#include "progress.h"

#include <stdarg.h>

bool dkg_cli_quiet = false;

void
dkg_cli_error(const char* fmt, ...)
{
  va_list args;
  dkg_progress_clear(dkg_cli_progress);
  va_start(args, fmt);
  dkg_diag_vprint_message(DKG_PROGRAM, fmt, args);
  va_end(args);
}

void
dkg_cli_diag_print(void* handle,
                   DkgSeverity severity,
                   const DkgPlace* place,
                   const char* message)
{
  (void)handle;
  if (dkg_cli_quiet && severity != DKG_ERROR) {
    return; /* -q: errors only */
  }
  dkg_progress_clear(dkg_cli_progress);
  dkg_diag_print(DKG_PROGRAM, severity, place, message);
}
