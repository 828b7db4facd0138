#ifndef DKG_QUERY_STORE_DIR_H
#define DKG_QUERY_STORE_DIR_H

/* A persistent store: a directory that dialoguekg made, holding a marker
   file (dialoguekg-store.json), a lock file and a Jena TDB2 database
   (tdb2/).  Only a directory with our marker is ever written to or read as
   a store; a missing directory is created, an empty one adopted; anything
   else is refused, never changed.  One process at a time: writers fail at
   once when another process holds the store, readers wait for it up to
   30 s. */

#include "dialoguekg/dialoguekg.h"

#include <stdbool.h>

typedef struct DkgStoreDir DkgStoreDir;

typedef enum
{
  DKG_STORE_DIR_READ,  /**< It must exist; it is not changed. */
  DKG_STORE_DIR_WRITE, /**< Created when missing (or an empty directory). */
} DkgStoreDirMode;

/** Opens and locks the store `dir`.  Problems are reported through `diag`:
    DKG_ERR_USAGE for a path that is not a store, DKG_ERR_IO when it cannot
    be made, read or locked. */
DkgStatus dkg_store_dir_open(const char* dir,
                             DkgStoreDirMode mode,
                             DkgDiag* diag,
                             DkgStoreDir** store);

/** The TDB2 database of the store (DIR/tdb2). */
const char* dkg_store_dir_database(const DkgStoreDir* store);

/** Unlocks and frees.  Accepts NULL. */
void dkg_store_dir_close(DkgStoreDir* store);

/** True when `spec` names a store of the old SQLite kind ("sqlite:PATH"). */
bool dkg_store_dir_is_retired_spec(const char* spec);

#endif
