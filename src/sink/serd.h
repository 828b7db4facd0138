#ifndef DKG_SINK_SERD_H
#define DKG_SINK_SERD_H

#include "dialoguekg/dialoguekg.h"
#include "dialoguekg/sink.h"

/* dkg_serd_sink_new() and dkg_serd_sink_set_diag() are public
   (include/dialoguekg/sink.h): this header stays so that its callers'
   includes need not change. */

#endif
