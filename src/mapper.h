#ifndef DKG_MAPPER_H
#define DKG_MAPPER_H

/* Maps checked records to statements (docs/mapping.md) and feeds a sink. */

#include "dialoguekg/dialoguekg.h"
#include "record.h"
#include "registry.h"

typedef struct
{
  const char* base;  /**< Base IRI for data; DKG_DEFAULT_BASE when NULL. */
  const char* graph; /**< Named graph IRI for every statement, or NULL. */
  bool strict;       /**< Unresolved names are errors, not warnings. */
} DkgMapperOptions;

typedef struct DkgMapper DkgMapper;

/** A mapper writing to `sink` (borrowed: the caller frees it after the
    mapper).  Returns NULL when out of memory. */
DkgMapper* dkg_mapper_new(const DkgRegistry* reg,
                          DkgSink* sink,
                          DkgDiag* diag,
                          const DkgMapperOptions* options);

void dkg_mapper_free(DkgMapper* mapper);

/** Emits the statements of `record` (found at `text`, for messages).
    Entities shared between records (agencies, topics, countries, people,
    places, organizations, series) are described only the first time.
    Returns the sink's status when it fails, DKG_ERR_UNRESOLVED in strict
    mode when a name resolved to nothing (the statements were still sent). */
DkgStatus dkg_mapper_map(DkgMapper* mapper,
                         const DkgRecord* record,
                         const DkgRecordText* text);

/** Reports each distinct unresolved name once, with its count and first
    place, in order of first appearance. */
void dkg_mapper_report_unresolved(DkgMapper* mapper);

/** Statements sent so far. */
uint64_t dkg_mapper_statement_count(const DkgMapper* mapper);

#endif
