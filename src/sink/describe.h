#ifndef DKG_DESCRIBE_H
#define DKG_DESCRIBE_H

/* Describing an export: the DCAT + VoID + PROV-O description written from
   what a counting sink (sink/counting.h) counted.  See docs/linking.md,
   "Describing the dataset". */

#include "dialoguekg/dialoguekg.h"
#include "sink/counting.h"

/** The IRI of the dataset, `BASE dataset`, and of the export activity,
    `BASE dataset/export`, written to `out` (`size` bytes).  False when it
    does not fit. */
bool dkg_describe_dataset_iri(const char* base, char* out, size_t size);
bool dkg_describe_activity_iri(const char* base, char* out, size_t size);

/** The IANA media type of a `convert --to` format name, or NULL when the
    syntax has no registered one (RDF/JSON). */
const char* dkg_describe_media_type(const char* format);

/** The timestamp of the export as an xsd:dateTime in UTC: from the
    environment variable SOURCE_DATE_EPOCH when it is set, else the current
    time when `now` is true, else none (`out` empty).  Returns false, with
    `out` empty, when SOURCE_DATE_EPOCH is set but is not a decimal count of
    seconds. */
bool dkg_describe_timestamp(bool now, char out[32]);

/** Writes the export activity and the software agent (tool name and
    version) to `out`, in `graph` (NULL for the default graph).
    `timestamp` (may be empty or NULL) becomes prov:endedAtTime. */
DkgStatus dkg_describe_activity(DkgSink* out,
                                const DkgTerm* graph,
                                const char* base,
                                const char* timestamp);

typedef struct
{
  const char* format; /**< a `convert --to` name */
  const char* url;    /**< dcat:downloadURL, or NULL */
  int64_t byte_size;  /**< dcat:byteSize, or -1 when unknown */
} DkgDistribution;

typedef struct
{
  const char* base;        /**< base IRI of the data */
  const char* title;       /**< NULL: "dialoguekg export" */
  const char* description; /**< NULL: generated from the counts */
  const char* license;     /**< IRI, or NULL */
  const char* publisher;   /**< IRI, or NULL */
  const char* timestamp;   /**< xsd:dateTime, or NULL / empty */
  const DkgDistribution* distributions;
  size_t n_distributions;
} DkgDescribeOptions;

/** Writes the description of what `counted` (a counting sink) passed on,
    with its prefixes, to `out`, and finishes `out`.  Returns the first
    failure of `out`. */
DkgStatus dkg_describe_write(const DkgSink* counted,
                             DkgSink* out,
                             const DkgDescribeOptions* options);

#endif
