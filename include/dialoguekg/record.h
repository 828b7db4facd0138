/*
  dialoguekg/record.h: the record contract (data/record.schema.json) and
  its checker: JSON text -> a checked DkgRecord, every problem reported.

  Strings of a DkgRecord point into the parser's memory: a DkgRecord lives
  until the next dkg_record_parse() on the same parser, or its free.
*/

#ifndef DIALOGUEKG_RECORD_H
#define DIALOGUEKG_RECORD_H

#include "dialoguekg/diag.h"
#include "dialoguekg/export.h"
#include "dialoguekg/reader.h"
#include "dialoguekg/registry.h"

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C"
{
#endif

  typedef struct
  {
    const char* name; /* NULL when absent */
    const char* country;
  } DkgLocation;

  typedef struct
  {
    const char* name; /* NULL when the record names no head */
    const char* title;
    const char* agency;
  } DkgPerson;

  typedef struct
  {
    const char* country; /* a participant: alpha-2 or organization id */
    DkgPerson* heads;    /* "head": one object or an array (co-chairs) */
    size_t n_heads;
    const char** agencies;
    size_t n_agencies;
  } DkgDelegation;

  typedef struct
  {
    const char* url;
    const char* title;
    const char* publisher;
    const char* published;
    const char* kind;
    const char* dateline;
  } DkgSource;

  typedef struct
  {
    const char* description;
    const char* date;
    DkgLocation location;
    DkgPerson* attendees; /* .agency unused; .title kept; see country */
    const char** attendee_countries;
    size_t n_attendees;
  } DkgRelatedEvent;

  /* One item of "evidence" (written by `dialoguekg extract`): the words of
     the source that a value of the record was taken from. */
  typedef struct
  {
    const char* path;     /* JSON Pointer of the value, e.g. "/date" */
    const char* quote;    /* the words of the source */
    const char* sentence; /* the sentence (or header line) holding them */
    long start;           /* code point offsets of the quote in the source */
    long end;             /* text; -1 when not given */
  } DkgEvidence;

  typedef struct
  {
    const char* id;     /* given or derived */
    const char* series; /* NULL for a one-off meeting */
    long round;         /* 0 when absent */
    const char* title;
    const char* date;
    const char* end_date;
    const char* status;     /* "held", "announced" or NULL */
    const char* language;   /* never NULL: "en" by default */
    const char* attendance; /* "in-person", "virtual", "hybrid" or NULL */
    DkgLocation location;
    const char** participants; /* alpha-2 codes and organization ids */
    size_t n_participants;
    const char** topics;
    size_t n_topics;
    const char** venues;
    size_t n_venues;
    DkgDelegation* delegations;
    size_t n_delegations;
    DkgSource* sources;
    size_t n_sources;
    DkgRelatedEvent* related;
    size_t n_related;
    DkgEvidence* evidence; /* "evidence": where each value came from */
    size_t n_evidence;
  } DkgRecord;

  typedef struct DkgRecordParser DkgRecordParser;

  /** A parser checking records against `reg` (borrowed: it must outlive the
      parser; not NULL) and reporting through `diag` (borrowed, may be NULL).
      It installs cJSON's allocation hooks (cJSON_InitHooks) for the whole
      process, the same every time: make parsers before starting threads.
      @return a new parser, freed with dkg_record_parser_free(); NULL when
      out of memory. */
  DKG_API DkgRecordParser* dkg_record_parser_new(const DkgRegistry* reg,
                                                 DkgDiag* diag);

  /** Frees `parser` and the last record it produced; NULL is accepted and
      does nothing. */
  DKG_API void dkg_record_parser_free(DkgRecordParser* parser);

  /** Parses and checks one record, `text` (borrowed; from dkg_reader_next()
      or made by the caller), into `*record`, valid until the next call on
      `parser` or its free; none of the three may be NULL.  Every problem is
      reported through the parser's DkgDiag with FILE:LINE:COL and JSON
      path, not only the first (past a bound, one line says how many more).
      @return DKG_SUCCESS; DKG_ERR_SYNTAX for JSON that cJSON cannot parse
      (malformed, or no memory for its tree); DKG_ERR_RECORD when a check
      failed (then `*record` is unusable). */
  DKG_API DkgStatus dkg_record_parse(DkgRecordParser* parser,
                                     const DkgRecordText* text,
                                     DkgRecord* record);

  /** @return true when `date` (not NULL) is a calendar date `YYYY-MM-DD`
      that exists; with `partial`, also `YYYY-MM` and `YYYY`. */
  DKG_API bool dkg_date_check(const char* date, bool partial);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_RECORD_H */
