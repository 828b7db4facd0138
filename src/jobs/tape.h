#ifndef DKG_TAPE_H
#define DKG_TAPE_H

/* A tape: what a mapper did for some records, recorded in a byte buffer so
   that another thread can replay it later, in input order (`convert
   --jobs`).  Ops:

     STMT   a statement (its terms copied)
     RAW    N-Triples/N-Quads lines already formatted, and how many
     OPEN   the start of a description that is written only if its key (an
            entity IRI, or a source URL) was not described before
     CLOSE  the end of the innermost OPEN
     NOTE   a name that the reference data lacks (kind, country, name,
            JSON path)

   Each op is a byte (its kind), a 32-bit payload length and the payload;
   strings are stored with their length and a NUL.  Internal. */

#include "dialoguekg/dialoguekg.h"
#include "util/buf.h"

typedef enum
{
  DKG_TAPE_STMT = 1,
  DKG_TAPE_RAW,
  DKG_TAPE_OPEN,
  DKG_TAPE_CLOSE,
  DKG_TAPE_NOTE,
} DkgTapeKind;

/** Which set an OPEN consults: described entities, or cited sources. */
#define DKG_TAPE_ENTITY 0u
#define DKG_TAPE_SOURCE 1u

/** One op read back; pointers point into the tape. */
typedef struct
{
  DkgTapeKind kind;
  /* STMT */
  bool has_graph;
  DkgTerm terms[4]; /* graph, subject, predicate, object */
  /* RAW */
  const char* raw;
  size_t raw_len;
  uint32_t raw_count;
  /* OPEN */
  unsigned which;
  const char* key;
  /* NOTE (country NULL when absent) */
  const char* note[4]; /* kind, country, name, path */
} DkgTapeOp;

/** Appends an op; each returns false when out of memory. */
bool dkg_tape_open(DkgBuf* tape, unsigned which, const char* key);

bool dkg_tape_close(DkgBuf* tape);

bool dkg_tape_note(DkgBuf* tape,
                   const char* kind,
                   const char* country,
                   const char* name,
                   const char* path);

/** Reads the op at `*at` in tape[0..len) and moves `*at` past it.  Returns
    false at the end (or on a truncated op, which is a bug). */
bool dkg_tape_next(const char* tape, size_t len, size_t* at, DkgTapeOp* op);

/** A sink that records statements on `tape` (borrowed): as STMT ops, or,
    with `nt_lines`, as N-Triples lines (N-Quads with `quads`) in RAW ops,
    so that the formatting is done by the thread that maps. */
DkgSink* dkg_tape_sink_new(DkgBuf* tape, bool nt_lines, bool quads);

/** Makes the next statement start a new RAW op (at a record boundary, so
    that each record's ops stay apart). */
void dkg_tape_sink_cut(DkgSink* sink);

#endif
