#ifndef DKG_SINK_SERD_H
#define DKG_SINK_SERD_H

#include "dialoguekg/dialoguekg.h"
#include "dialoguekg/sink.h"

/* dkg_serd_sink_new() is public (include/dialoguekg/sink.h): this header
   stays so that its callers' includes need not change. */

/** Reports what serd complains of (an invalid node, invalid UTF-8: the
    statement fails with DKG_ERR_WRITER) through `diag`, which is borrowed
    and must outlive the sink.  Until it is called, or with `diag` NULL, the
    sink reports through the library's printer on stderr.  A failed write is
    not reported: the statement or finish gives DKG_ERR_IO and the caller,
    who knows where the output goes, says so.  `sink` is a serd sink. */
void dkg_serd_sink_set_diag(DkgSink* sink, DkgDiag* diag);

#endif
