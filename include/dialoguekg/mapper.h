/*
  dialoguekg/mapper.h: checked records -> statements into a sink
  (docs/mapping.md).  IRIs are minted under a base IRI; what a run has
  described is remembered, so a shared entity is described once.
*/

#ifndef DIALOGUEKG_MAPPER_H
#define DIALOGUEKG_MAPPER_H

#include "dialoguekg/diag.h"
#include "dialoguekg/export.h"
#include "dialoguekg/reader.h"
#include "dialoguekg/record.h"
#include "dialoguekg/registry.h"
#include "dialoguekg/sink.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C"
{
#endif

  typedef struct
  {
    const char* base;  /**< Data IRIs' base (copied); NULL: DKG_DEFAULT_BASE. */
    const char* graph; /**< Named graph IRI for every statement, or NULL. */
    bool strict;       /**< Unresolved names are errors, not warnings. */
  } DkgMapperOptions;

  typedef struct DkgMapper DkgMapper;

  /** A mapper resolving names in `reg` (borrowed, not NULL), writing to
      `sink` (borrowed, not NULL: the caller finishes and frees it after the
      mapper) and reporting through `diag` (borrowed, may be NULL), with
      `options` (may be NULL: the defaults).  The mapper does not declare
      prefixes: see dkg_sink_declare_prefixes().
      @return a new mapper, freed with dkg_mapper_free(); NULL when out of
      memory. */
  DKG_API DkgMapper* dkg_mapper_new(const DkgRegistry* reg,
                                    DkgSink* sink,
                                    DkgDiag* diag,
                                    const DkgMapperOptions* options);

  /** Frees `mapper` (not its sink); NULL is accepted and does nothing. */
  DKG_API void dkg_mapper_free(DkgMapper* mapper);

  /** Emits the statements of `record` (checked by dkg_record_parse(); found
      at `text`, for messages; both borrowed for the call).  Entities shared
      between records (agencies, topics, countries, people, places,
      organizations, series) are described only the first time.
      @return DKG_SUCCESS; the sink's status when it fails (then final);
      DKG_ERR_UNRESOLVED in strict mode when a name resolved to nothing (the
      statements were still sent); DKG_ERR_NOMEM. */
  DKG_API DkgStatus dkg_mapper_map(DkgMapper* mapper,
                                   const DkgRecord* record,
                                   const DkgRecordText* text);

  /** Reports each distinct unresolved name once, with its count, first
      place, the registry files searched and the entry to add, in order of
      first appearance; past 30 names, one summary line
      for the rest; each as a warning, or an error in strict mode, through the
      mapper's DkgDiag. */
  DKG_API void dkg_mapper_report_unresolved(DkgMapper* mapper);

  /** Writes every distinct unresolved name to `out` (not NULL, not closed),
      one JSON object a line (kind, name, country, file, line, column, path,
      count, entry).
      @return DKG_SUCCESS; DKG_ERR_IO when writing failed. */
  DKG_API DkgStatus dkg_mapper_write_unresolved(DkgMapper* mapper, FILE* out);

  /** @return the number of statements `mapper` sent to its sink so far. */
  DKG_API uint64_t dkg_mapper_statement_count(const DkgMapper* mapper);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_MAPPER_H */
