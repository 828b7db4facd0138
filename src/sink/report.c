#include "sink/report.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
dkg_sink_vreport(DkgDiag* diag,
                 const DkgPlace* place,
                 const char* fmt,
                 va_list args)
{
  char message[1024];
  vsnprintf(message, sizeof(message), fmt, args);
  const size_t len = strlen(message);
  if (len && message[len - 1u] == '\n') {
    message[len - 1u] = '\0';
  }
  DkgDiag* const own = diag ? NULL : dkg_diag_new("dialoguekg", NULL, NULL);
  dkg_diag_report(diag ? diag : own, DKG_ERROR, place, "%s", message);
  dkg_diag_free(own);
}

void
dkg_sink_report(DkgDiag* diag, const DkgPlace* place, const char* fmt, ...)
{
  va_list args;
  va_start(args, fmt);
  dkg_sink_vreport(diag, place, fmt, args);
  va_end(args);
}
