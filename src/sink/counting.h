#ifndef DKG_SINK_COUNTING_H
#define DKG_SINK_COUNTING_H

/* A sink wrapper that counts what passes through it: statements, distinct
   subjects, entities per class, statements per property, the dialogues and
   their earliest and latest dates.  What sink/describe.c describes a
   dataset from. */

#include "dialoguekg/dialoguekg.h"
#include "util/buf.h"
#include "util/hashmap.h"

#include <stdbool.h>
#include <stdint.h>

/** One IRI and how often it was counted. */
typedef struct
{
  char* iri;
  uint64_t count;
} DkgTally;

/** What a counting sink has counted; read-only for its readers. */
typedef struct
{
  uint64_t triples;   /**< statements passed on, repeats in a block not */
  uint64_t dialogues; /**< subjects typed dkg:Dialogue */
  DkgHash subjects;   /**< subject IRIs seen (values: a marker) */
  DkgHash classes;    /**< class IRI -> DkgTally (distinct subjects) */
  DkgHash properties; /**< predicate IRI -> DkgTally (statements) */
  DkgBuf first_date;  /**< the earliest dkg:startDate (empty: none) */
  DkgBuf first_type;  /**< and its datatype IRI */
  DkgBuf last_date;   /**< the latest dkg:endDate, or start when later */
  DkgBuf last_type;   /**< and its datatype IRI */
  DkgBuf example;     /**< the first dialogue's IRI (empty: none) */
} DkgCounts;

/** Wraps `inner` (owned: freed with the wrapper, also when this fails) in
    a sink that passes every call on unchanged and counts each statement it
    passed.  Returns NULL when out of memory, or when `inner` is NULL.  A
    statement gives DKG_ERR_NOMEM when counting it runs out of memory. */
DkgSink* dkg_counting_sink_new(DkgSink* inner);

/** True when `sink` was made by dkg_counting_sink_new(). */
bool dkg_counting_sink_is(const DkgSink* sink);

/** Statements passed on so far (after dropping repeats within a subject
    block); 0 when `sink` is not a counting sink. */
uint64_t dkg_counting_sink_triples(const DkgSink* sink);

/** What `sink` counted, owned by the sink; NULL when it is not a counting
    sink. */
const DkgCounts* dkg_counting_sink_counts(const DkgSink* sink);

/** The distinct subjects whose IRI begins with `base`. */
uint64_t dkg_counts_in_space(const DkgCounts* counts, const char* base);

#endif
