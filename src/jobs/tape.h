#ifndef DKG_JOBS_TAPE_H
#define DKG_JOBS_TAPE_H

/* A tape: what a mapper did for some records, recorded in a byte buffer so
   that another thread can replay it later, in input order (`convert
   --jobs`).  Ops:

     STMT   a statement (its terms copied)
     RAW    N-Triples/N-Quads lines already formatted, and how many
     OPEN   the start of a description that is written only if its key (an
            entity IRI, or a source URL: `which` says, a small number the
            recorder chooses) was not described before
     CLOSE  the end of the innermost OPEN
     NOTE   a name that the reference data lacks (kind, country, name,
            JSON path)

   Each op is a byte (its kind), a 32-bit payload length and the payload;
   strings are stored with their length and a NUL.  Internal.  A sink
   recording on a tape: jobs/tape_sink.h. */

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

/** Appends a STMT op holding copies of the four terms (`graph` may be
    NULL); false when out of memory (the tape is then unchanged). */
bool dkg_tape_statement(DkgBuf* tape,
                        const DkgTerm* graph,
                        const DkgTerm* s,
                        const DkgTerm* p,
                        const DkgTerm* o);

/** Appends a RAW op of no lines and sets `*at` to where it starts; false
    when out of memory (the tape is then unchanged). */
bool dkg_tape_raw_begin(DkgBuf* tape, size_t* at);

/** True when the RAW op at `at` ends the tape: bytes appended to the tape
    now can join it (dkg_tape_raw_extend()). */
bool dkg_tape_raw_last(const DkgBuf* tape, size_t at);

/** Makes the RAW op at `at`, which dkg_tape_raw_last() said ends the tape,
    hold every byte appended since, `lines` more lines. */
void dkg_tape_raw_extend(DkgBuf* tape, size_t at, uint32_t lines);

#endif
