#ifndef DKG_REGISTRY_H
#define DKG_REGISTRY_H

/* The reference data in data/: countries, international organizations,
   agencies, topics, series, the user's overlay files (--registry), and name
   resolution against them (see docs/mapping.md, "Names and keys").  The
   types and functions are public, in include/dialoguekg/registry.h. */

#include "dialoguekg/dialoguekg.h"
#include "dialoguekg/registry.h"

/** The most --registry files one command takes. */
#define DKG_MAX_REGISTRY_FILES 32

#endif
