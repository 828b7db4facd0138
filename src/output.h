#ifndef DKG_OUTPUT_H
#define DKG_OUTPUT_H

/* Output that is never left half-written: a file is written beside its
   destination and renamed over it only when complete. */

#include "dialoguekg/dialoguekg.h"

typedef struct DkgOutput DkgOutput;

/** Opens `path` for writing; NULL or "-" is standard output.  For a file, a
    temporary file is created in the same directory.  On failure reports
    through `diag` and returns NULL. */
DkgOutput* dkg_output_open(const char* path, DkgDiag* diag);

/** The stream to write to. */
FILE* dkg_output_stream(const DkgOutput* out);

/** Flushes, syncs and renames the temporary file over the destination, then
    syncs the directory; frees `out`.  For standard output, flushes it and
    checks for errors.  On any failure the destination is left as it was,
    the temporary file is removed, the problem is reported, and the status
    is DKG_ERR_IO. */
DkgStatus dkg_output_commit(DkgOutput* out, DkgDiag* diag);

/** Removes the temporary file and frees `out`; the destination is left as
    it was.  Accepts NULL. */
void dkg_output_abort(DkgOutput* out);

#endif
