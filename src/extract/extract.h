#ifndef DKG_EXTRACT_EXTRACT_H
#define DKG_EXTRACT_EXTRACT_H

/* dialoguekg extract: a press release (plain text or HTML) -> one dialogue
   record (data/record.schema.json) whose every value carries its evidence.
   See docs/extract.md. */

#include "dialoguekg/dialoguekg.h"
#include "resolve/registry.h"

#include <cjson/cJSON.h>

typedef enum
{
  DKG_EXTRACT_AUTO, /**< HTML when the bytes look like HTML, else text. */
  DKG_EXTRACT_TEXT,
  DKG_EXTRACT_HTML,
} DkgExtractFormat;

typedef struct DkgExtractor DkgExtractor;

/** An extractor using `reg` (borrowed) and the topic scheme and series list
    in `data_dir` (topics.json, series.json), reporting through `diag`.
    Returns DKG_ERR_REFERENCE or DKG_ERR_IO when those files cannot be
    read, DKG_ERR_NOMEM. */
DkgStatus dkg_extractor_new(const char* data_dir,
                            const DkgRegistry* reg,
                            DkgDiag* diag,
                            DkgExtractor** out);

void dkg_extractor_free(DkgExtractor* x);

/** Extracts the record of one release.  `file` names it in messages.
    Every ambiguity is a warning naming the sentence; what the text does not
    state stays out.  With `evidence` the record has an "evidence" array.
    On success `*record` is a new cJSON object the caller deletes.
    Returns DKG_ERR_SYNTAX for text that is not UTF-8 or unreadable HTML,
    DKG_ERR_RECORD when the text gives no dialogue record (no date or no
    two participants: reported as an error; `*record` stays NULL unless
    dkg_extractor_set_partial() asked for the partial record), or when the
    record made does not pass the checks of `dialoguekg validate` (a bug,
    reported), DKG_ERR_LIMIT for HTML nested too deep, DKG_ERR_NOMEM. */
DkgStatus dkg_extract(DkgExtractor* x,
                      const char* file,
                      const char* bytes,
                      size_t len,
                      DkgExtractFormat format,
                      bool evidence,
                      cJSON** record);

/** With `partial`, a release that lacks a required field (the meeting's
    date, two participants) still gives its record, with what was found,
    for a reviewer to finish: dkg_extract then returns DKG_ERR_RECORD (with
    an error saying what is missing) and sets `*record`.  Such a record
    does not pass validate.  Off by default. */
void dkg_extractor_set_partial(DkgExtractor* x, bool partial);

/** Checks that a record's text of `len` bytes, extracted from `file`, fits
    in the record size limit of the reader `dialoguekg validate` uses
    (DKG_READER_MAX_RECORD_BYTES).  Returns DKG_ERR_LIMIT, reported as an
    error naming `file` and the size, when it does not. */
DkgStatus dkg_extract_check_size(DkgDiag* diag, const char* file, size_t len);

#endif
