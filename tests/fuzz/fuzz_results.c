/*
  Fuzz harness for the SPARQL results writer (src/query/results.c), which
  reads answers from the engine and from any SPARQL endpoint a user names:
  untrusted input.

  The first byte chooses the output format (its value modulo the number of
  formats: table, csv, tsv, json, xml, then the graph formats); the rest is
  read as SPARQL JSON results (solution formats) or as N-Triples (graph
  formats).  Nothing may crash or leak; a JSON output must parse with cJSON
  and hold as many solutions as the input; an XML output must hold no
  character XML 1.0 forbids.
*/

#include "query/results.h"

#include <cjson/cJSON.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static void
fail(const char* what)
{
  fprintf(stderr, "fuzz_results: %s\n", what);
  abort();
}

static void
check_json(const char* out, size_t len, const char* in, size_t in_len)
{
  cJSON* written = cJSON_ParseWithLength(out, len);
  cJSON* given = cJSON_ParseWithLength(in, in_len);
  if (!written) {
    fail("the JSON results do not parse");
  }
  const cJSON* b1 = cJSON_GetObjectItemCaseSensitive(
    cJSON_GetObjectItemCaseSensitive(written, "results"), "bindings");
  const cJSON* b2 = cJSON_GetObjectItemCaseSensitive(
    cJSON_GetObjectItemCaseSensitive(given, "results"), "bindings");
  if (cJSON_GetArraySize(b1) != cJSON_GetArraySize(b2)) {
    fail("the JSON results lost or added solutions");
  }
  cJSON_Delete(written);
  cJSON_Delete(given);
}

static void
check_xml(const char* out, size_t len)
{
  for (size_t i = 0; i < len; ++i) {
    const unsigned char c = (unsigned char)out[i];
    if (c < 0x20u && c != '\t' && c != '\n' && c != '\r') {
      fail("the XML results hold a control character");
    }
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  static const DkgResultsFormat formats[] = {
    DKG_RESULTS_TABLE,  DKG_RESULTS_CSV,    DKG_RESULTS_TSV,
    DKG_RESULTS_JSON,   DKG_RESULTS_XML,    DKG_RESULTS_NTRIPLES,
    DKG_RESULTS_TURTLE, DKG_RESULTS_RDFXML,
  };
  if (size < 1u) {
    return 0;
  }
  const DkgResultsFormat format =
    formats[data[0] % (sizeof(formats) / sizeof(formats[0]))];
  const char* text = (const char*)data + 1;
  const size_t len = size - 1u;
  char* copy = (char*)malloc(len + 1u);
  if (!copy) {
    return 0;
  }
  memcpy(copy, text, len);
  copy[len] = '\0';
  DkgDiag* diag = dkg_diag_new("fuzz_results", NULL, NULL);
  char* out = NULL;
  size_t out_len = 0;
  FILE* stream = open_memstream(&out, &out_len);
  if (diag && stream) {
    /* The diagnostics go to stderr: keep the fuzzer's output readable. */
    DkgStatus st = DKG_SUCCESS;
    if (dkg_results_format_is_graph(format)) {
      st = dkg_results_write_graph(
        copy, len, "ntriples", format, "fuzz", diag, stream);
    } else {
      st = dkg_results_write_solutions(copy, len, format, "fuzz", diag, stream);
    }
    fclose(stream);
    stream = NULL;
    if (!st && format == DKG_RESULTS_JSON) {
      check_json(out, out_len, copy, len);
    }
    if (!st && format == DKG_RESULTS_XML) {
      check_xml(out, out_len);
    }
  }
  if (stream) {
    fclose(stream);
  }
  free(out);
  dkg_diag_free(diag);
  free(copy);
  return 0;
}
