#ifndef DKG_SINK_NT_H
#define DKG_SINK_NT_H

/* dialoguekg's own N-Triples / N-Quads writer.

   Why not serd: serd_writer_write_statement() counts characters
   (serd_node_from_string) and escapes byte by byte through a callback;
   this writer reserves room for a whole line once and tests and copies
   sixteen bytes at a time into one output buffer (the measurements are in
   docs/performance.md).  It
   writes exactly the bytes serd 0.30 writes with no style flags (ctest
   perf_writers on generated records, test_nt_escape byte by byte against
   serd's writer), and is tested on the W3C N-Triples and Turtle suites as
   round-trip data (test_writer_roundtrip). */

#include "dialoguekg/dialoguekg.h"
#include "dialoguekg/sink.h"
#include "util/buf.h"

/** IRIs written before that needed no escape, so that they are copied
    without being scanned again (subjects, predicates, classes and shared
    entities come back statement after statement).  A hit is checked byte
    for byte against the kept copy: the cache never changes the output.
    Zero-initialise one per thread that writes. */
#define DKG_NT_CACHE_SLOTS 64u
#define DKG_NT_CACHE_BYTES 120u

typedef struct
{
  struct
  {
    uint32_t len;
    char bytes[DKG_NT_CACHE_BYTES];
  } slots[DKG_NT_CACHE_SLOTS];
} DkgNtCache;

/** Appends one statement line (`S P O [G] .\n`) to `out`; `graph` is
    written only when `quads` is true and it is not NULL.  Escaping:
    in IRIs, space " < > \ ^ ` { | } and controls become \uXXXX; in
    literals \ " and LF CR TAB get backslash escapes and other controls
    \uXXXX; UTF-8 is written as is.  `cache` may be NULL.  Returns false
    when out of memory. */
bool dkg_nt_append(DkgBuf* out,
                   DkgNtCache* cache,
                   bool quads,
                   const DkgTerm* graph,
                   const DkgTerm* s,
                   const DkgTerm* p,
                   const DkgTerm* o);

/* dkg_nt_sink_new() is public (include/dialoguekg/sink.h). */

/** Writes `len` bytes of already formatted lines to an N-Triples sink made
    by dkg_nt_sink_new() (used by `convert --jobs`, whose workers format
    lines with dkg_nt_append()). */
DkgStatus dkg_nt_sink_write_raw(DkgSink* sink, const char* bytes, size_t len);

/** True when `sink` was made by dkg_nt_sink_new(). */
bool dkg_nt_sink_is(const DkgSink* sink);

#endif
