#ifndef DKG_RECORD_H
#define DKG_RECORD_H

/* A checked dialogue record (the input contract, data/record.schema.json):
   the types and the parser are public, in include/dialoguekg/record.h. */

#include "dialoguekg/dialoguekg.h"
#include "dialoguekg/record.h"
#include "resolve/registry.h"

#endif
