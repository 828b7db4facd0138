#ifndef DKG_SINK_RAPTOR_H
#define DKG_SINK_RAPTOR_H

/* The raptor2 sink (dkg_raptor_sink_new() is in the public header) and
   the terms it makes, which the librdf sink uses too. */

#include "dialoguekg/dialoguekg.h"

#include <raptor2.h>

/** Reports raptor2's errors (the sink then fails with DKG_ERR_WRITER)
    through `diag`, which is borrowed and must outlive the sink.  Until it
    is called, or with `diag` NULL, the sink reports through the library's
    printer on stderr.  A failed write is not reported: finish gives
    DKG_ERR_IO and the caller says so.  `sink` is a raptor2 sink. */
void dkg_raptor_sink_set_diag(DkgSink* sink, DkgDiag* diag);

/** `t` as a raptor2 term of `world` (the caller's, freed with
    raptor_free_term(); a librdf_node is one); NULL when `t` is NULL or out
    of memory. */
raptor_term* dkg_raptor_term(raptor_world* world, const DkgTerm* t);

#endif
