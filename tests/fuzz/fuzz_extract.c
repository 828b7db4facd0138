/*
  Fuzz harness: bytes -> `dialoguekg extract` (plain text, then the same
  bytes as HTML) -> the record checks of `dialoguekg validate`.

  The property (issue 13): whatever extract hands back passes validate.
  extract checks its own record before handing it back and refuses it with
  "does not pass `dialoguekg validate`" when it fails: that refusal is a
  bug of extract (a value it should have cleaned), so this harness aborts
  on it, as on a record that the validator, run again here, rejects, or on
  an evidence quote that is not a substring of its sentence.

  Bad input is no failure: text that is not UTF-8, no dialogue in it, HTML
  nested too deep are refused with a message, which is extract's job.
*/

#include "check/record.h"
#include "dialoguekg/dialoguekg.h"
#include "extract/extract.h"
#include "resolve/registry.h"

#include <cjson/cJSON.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static bool refused;

static void
on_diag(void* handle,
        DkgSeverity severity,
        const DkgPlace* place,
        const char* message)
{
  (void)handle;
  (void)place;
  if (severity == DKG_ERROR && strstr(message, "does not pass")) {
    refused = true;
  }
  if (severity == DKG_ERROR && getenv("FUZZ_EXTRACT_VERBOSE")) {
    fprintf(stderr, "fuzz_extract: %s\n", message);
  }
}

static void
check_record(const DkgRegistry* reg, DkgDiag* diag, const cJSON* record)
{
  char* json = cJSON_PrintUnformatted(record);
  DkgRecordParser* parser = json ? dkg_record_parser_new(reg, diag) : NULL;
  if (!parser) {
    abort(); /* out of memory on a small input */
  }
  const size_t errors = dkg_diag_count(diag, DKG_ERROR);
  const DkgRecordText text = { json, strlen(json), "record", 0, 1, 1, 0 };
  DkgRecord parsed;
  const DkgStatus st = dkg_record_parse(parser, &text, &parsed);
  if (st || dkg_diag_count(diag, DKG_ERROR) > errors) {
    fprintf(stderr, "fuzz_extract: validate rejects: %s\n", json);
    abort();
  }
  dkg_record_parser_free(parser);
  const cJSON* ev = cJSON_GetObjectItemCaseSensitive(record, "evidence");
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, ev)
  {
    const char* quote =
      cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "quote"));
    const char* sentence =
      cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "sentence"));
    if (!quote || !sentence || !strstr(sentence, quote)) {
      fprintf(stderr, "fuzz_extract: quote not in its sentence: %s\n", json);
      abort();
    }
  }
  free(json);
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  static DkgRegistry* reg;
  static DkgDiag* diag;
  static DkgExtractor* x;
  if (!x) {
    diag = dkg_diag_new("fuzz_extract", on_diag, NULL);
    if (!diag || dkg_registry_load(DKG_SOURCE_DATA_DIR, diag, &reg) ||
        dkg_extractor_new(DKG_SOURCE_DATA_DIR, reg, diag, &x)) {
      fprintf(stderr, "fuzz_extract: cannot load %s\n", DKG_SOURCE_DATA_DIR);
      abort();
    }
  }
  static const DkgExtractFormat formats[] = { DKG_EXTRACT_TEXT,
                                              DKG_EXTRACT_HTML };
  for (size_t i = 0; i < 2u; ++i) {
    refused = false;
    cJSON* record = NULL;
    const DkgStatus st = dkg_extract(
      x, "input", (const char*)data, size, formats[i], true, &record);
    if (refused) {
      fprintf(stderr, "fuzz_extract: extract made a record validate rejects\n");
      abort();
    }
    if (!st && record) {
      check_record(reg, diag, record);
    }
    cJSON_Delete(record);
  }
  return 0;
}
