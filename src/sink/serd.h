#ifndef DKG_SINK_SERD_H
#define DKG_SINK_SERD_H

#include "dialoguekg/dialoguekg.h"

/** Streams "ntriples", "nquads" or "turtle" to `out` with serd (prefixes are
    used in Turtle only).  NULL for another syntax or when out of memory. */
DkgSink* dkg_serd_sink_new(FILE* out, const char* syntax);

#endif
