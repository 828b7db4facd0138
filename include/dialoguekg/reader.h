/*
  dialoguekg/reader.h: the first stage, bytes -> one JSON text per record
  with its place in the file; and locating a JSON Pointer inside a record's
  text, for messages.
*/

#ifndef DIALOGUEKG_READER_H
#define DIALOGUEKG_READER_H

#include "dialoguekg/diag.h"
#include "dialoguekg/export.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C"
{
#endif

  /** One record's JSON text as found in the input, and where it starts. */
  typedef struct
  {
    const char* text; /**< The record's JSON text (not NUL-terminated). */
    size_t len;
    const char* file;
    uint64_t offset; /**< Byte offset of text[0] in the file. */
    unsigned line;   /**< 1-based line of text[0]. */
    unsigned col;    /**< 1-based column (bytes) of text[0]. */
    size_t index;    /**< 0-based record number in this file. */
  } DkgRecordText;

  typedef struct DkgReaderImpl DkgReader;

/** The default size limit of one record, in bytes (64 MiB): a longer record
    is refused with DKG_ERR_LIMIT. */
#define DKG_READER_MAX_RECORD_BYTES ((size_t)64u * 1024u * 1024u)

  typedef struct
  {
    size_t max_record_bytes; /**< 0: DKG_READER_MAX_RECORD_BYTES. */
    unsigned max_depth;      /**< 0: default (64). */
  } DkgReaderLimits;

  /** Reads records from `stream` (borrowed, not closed by the reader),
      named `file` (copied; NULL means "<stdin>") in messages, reported
      through `diag` (borrowed, may be NULL: not reported).  `limits` may be
      NULL (the defaults).  The input is one JSON object, a JSON array of
      objects, or JSON Lines; it is read in chunks, never whole.  Lexical
      problems (bad UTF-8, raw control characters, `\u0000`, lone
      surrogates, unbalanced brackets) are reported with their exact place.
      @return a new reader, freed with dkg_reader_free(); NULL when `stream`
      is NULL or when out of memory. */
  DKG_API DkgReader* dkg_reader_new(FILE* stream,
                                    const char* file,
                                    DkgDiag* diag,
                                    const DkgReaderLimits* limits);

  /** Frees `reader` (not its stream); NULL is accepted and does nothing. */
  DKG_API void dkg_reader_free(DkgReader* reader);

  /** Gives the next record's text in `*record` (valid until the next call).
      @return DKG_SUCCESS, with record->text NULL at the end of input.  After
      a syntax error (DKG_ERR_SYNTAX) or a limit (DKG_ERR_LIMIT) in a record
      of JSON Lines input that began and failed on one line, the reader can
      go on with the next line: record->text is NULL and its offset, line,
      col and index say where the broken record was.  Any other error
      (DKG_ERR_IO, DKG_ERR_NOMEM) is final and is returned again by every
      later call: see dkg_reader_can_resume(). */
  DKG_API DkgStatus dkg_reader_next(DkgReader* reader, DkgRecordText* record);

  /** @return true when, after a syntax error, the next dkg_reader_next()
      call goes on with the next record (JSON Lines); false when the input
      cannot be read further (an array or a single object). */
  DKG_API bool dkg_reader_can_resume(const DkgReader* reader);

  /** Sets `*place` (NULL: nothing done) to the place of the value at JSON
      Pointer `path` (borrowed: place->path points at it) inside `record`.
      When the path does not exist (a missing field), points at the
      innermost container that does; an empty or NULL path gives the
      record's start, a NULL `record` no place at all. */
  DKG_API void dkg_record_text_locate(const DkgRecordText* record,
                                      const char* path,
                                      DkgPlace* place);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_READER_H */
