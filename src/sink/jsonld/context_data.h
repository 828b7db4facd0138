#ifndef DKG_CONTEXT_DATA_H
#define DKG_CONTEXT_DATA_H

#include <stddef.h>

/** The text of ontology/context.jsonld, compiled in; NUL-terminated. */
extern const char* const dkg_context_json;
extern const size_t dkg_context_json_len;

#endif
