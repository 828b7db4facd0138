#ifndef DKG_STORE_H
#define DKG_STORE_H

/* An in-memory RDF graph (a librdf model) filled from records (through
   sink/librdf.c) or RDF files, for `push`.  No SPARQL here: `query` and
   `load` use the Jena engine (query/engine.h). */

#include "dialoguekg/dialoguekg.h"
#include "read/input_kind.h"

#include <redland.h>

typedef struct DkgStore DkgStore;

typedef enum
{
  DKG_STORE_READ,    /**< The store must exist; it is not changed. */
  DKG_STORE_UPDATE,  /**< Open, or create when missing, and add to it. */
  DKG_STORE_REPLACE, /**< Create afresh, erasing what was there. */
} DkgStoreMode;

/** Opens an in-memory store.  `spec` is NULL or "memory" (indexed
    in-memory hashes); `mode` is kept for callers and has no effect.  Problems
   are reported through `diag` (which must outlive the store): DKG_ERR_USAGE for
   a bad spec, DKG_ERR_IO when the store cannot be opened or created. */
DkgStatus dkg_store_open(const char* spec,
                         DkgStoreMode mode,
                         DkgDiag* diag,
                         DkgStore** store);

void dkg_store_free(DkgStore* store);

librdf_world* dkg_store_world(DkgStore* store);

librdf_model* dkg_store_model(DkgStore* store);

/** Number of statements in the store, or -1 when the storage cannot tell. */
long dkg_store_size(DkgStore* store);

/** Starts a transaction when the storage has them; a no-op in memory. */
void dkg_store_begin(DkgStore* store);

/** Commits what dkg_store_begin() started; DKG_ERR_IO when it fails. */
DkgStatus dkg_store_commit(DkgStore* store);

/** Parses RDF of `kind` from `stream` (named `name` in messages; not
    closed) into the store.  Relative IRIs resolve against `base` (NULL:
    the file's own URI).  Syntax errors are reported with the file, line and
    column and give DKG_ERR_SYNTAX; the statements before the error may
    have been added. */
DkgStatus dkg_store_load_rdf(DkgStore* store,
                             FILE* stream,
                             const char* name,
                             DkgInputKind kind,
                             const char* base);

#endif
