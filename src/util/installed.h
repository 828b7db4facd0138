#ifndef DKG_UTIL_INSTALLED_H
#define DKG_UTIL_INSTALLED_H

/* Finding a file dialoguekg installs (the reference data, the SPARQL
   engine's jar) from where the running program is: in its build tree or
   installed as PREFIX/bin/dialoguekg beside PREFIX/share/dialoguekg. */

#include <stdbool.h>
#include <stddef.h>

typedef struct
{
  const char* env;       /* a variable naming it, first if set, or NULL */
  const char* beside;    /* relative to the program's folder (its build
                            tree), or NULL */
  const char* source;    /* absolute, in the source tree: used when CMake's
                            cache sits beside the program, or NULL */
  const char* installed; /* relative to PREFIX/share/dialoguekg ("": that
                            folder itself) */
  const char* fallback;  /* when nothing is found (the configured install
                            path) */
  bool directory;        /* a folder is looked for, else a regular file */
} DkgInstalledFile;

/** The path of `what`: $ENV when set and not empty; else PROGRAM_DIR/BESIDE
    when it is there; else SOURCE when the program runs from its build tree
    and SOURCE is there; else PROGRAM_DIR/../share/dialoguekg/INSTALLED when
    it is there; else FALLBACK.  `buf` (`size` bytes; PATH_MAX + 64 is
    enough) holds a found path and must outlive the answer, which is never
    NULL. */
const char* dkg_installed_find(const DkgInstalledFile* what,
                               char* buf,
                               size_t size);

#endif
