#ifndef DKG_OUTPUT_H
#define DKG_OUTPUT_H

/* Output that is never left half-written.  What `-o PATH` does depends on
   what PATH names (docs/reliability.md, "Output files"):
   - a regular file, or nothing yet: the output is written to a temporary
     file beside it (`.NAME.dkg-PID-XXXXXX`) and renamed over it only when
     complete; on failure, or on SIGINT, SIGTERM, SIGHUP or SIGPIPE, the
     temporary file is removed and PATH is left as it was;
   - a symbolic link: followed (to its final target, which may not exist
     yet), and that target is replaced as above; the link stays a link;
   - a character or block device, a FIFO, or anything in /dev (but
     /dev/shm): written straight through, with no temporary file and no
     rename;
   - a directory, a socket, a path in a directory where no file can be
     created: refused with a message, nothing created.
   Every command that takes -o uses this module. */

#include "dialoguekg/dialoguekg.h"

typedef struct DkgOutput DkgOutput;

/** Opens `path` for writing; NULL or "-" is standard output.  Before
    creating a temporary file, warns through `diag` about stale temporary
    files of this pattern in the same directory left by a process that no
    longer runs (a run killed by SIGKILL); they are named, not removed.
    On failure reports through `diag` and returns NULL. */
DkgOutput* dkg_output_open(const char* path, DkgDiag* diag);

/** The stream to write to. */
FILE* dkg_output_stream(const DkgOutput* out);

/** Flushes, syncs and renames the temporary file over the destination, then
    syncs the directory; frees `out`.  For standard output or a file written
    straight through, flushes it and checks for errors.  On any failure the
    destination is left as it was (what was written straight through cannot
    be taken back), the temporary file is removed, the problem is reported,
    and the status is DKG_ERR_IO. */
DkgStatus dkg_output_commit(DkgOutput* out, DkgDiag* diag);

/** Removes the temporary file and frees `out`; the destination is left as
    it was.  Accepts NULL. */
void dkg_output_abort(DkgOutput* out);

#endif
