#ifndef DKG_SINK_RAPTOR_H
#define DKG_SINK_RAPTOR_H

/* The raptor2 sink (dkg_raptor_sink_new() and dkg_raptor_sink_set_diag()
   are in the public header) and the terms it makes, which the librdf sink
   uses too. */

#include "dialoguekg/dialoguekg.h"

#include <raptor2.h>

/** `t` as a raptor2 term of `world` (the caller's, freed with
    raptor_free_term(); a librdf_node is one); NULL when `t` is NULL or out
    of memory. */
raptor_term* dkg_raptor_term(raptor_world* world, const DkgTerm* t);

#endif
