/* query/results: SPARQL JSON results written as a table, CSV, TSV, SPARQL
   JSON and SPARQL XML; empty results; values XML cannot hold refused with a
   message and nothing written; graphs refused in solution formats. */

#include "query/results.h"

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char* const two_rows =
  "{\"head\":{\"vars\":[\"s\",\"n\",\"l\"]},\"results\":{\"bindings\":["
  "{\"s\":{\"type\":\"uri\",\"value\":\"https://example.org/a\"},"
  "\"n\":{\"type\":\"literal\",\"value\":\"42\","
  "\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\"},"
  "\"l\":{\"type\":\"literal\",\"value\":\"x, \\\"y\\\" <&>\","
  "\"xml:lang\":\"en\"}},"
  "{\"s\":{\"type\":\"bnode\",\"value\":\"b0\"}}]}}";

static char messages[1024];

static void
keep(void* handle,
     DkgSeverity severity,
     const DkgPlace* place,
     const char* message)
{
  (void)handle;
  (void)severity;
  (void)place;
  strncat(messages, message, sizeof(messages) - strlen(messages) - 2u);
  strcat(messages, "\n");
}

/* What dkg_results_write_solutions() writes for `json` in `format`, in a
   static buffer; `*st` its status. */
static const char*
written(const char* json, DkgResultsFormat format, DkgStatus* st)
{
  static char text[4096];
  messages[0] = '\0';
  DkgDiag* diag = dkg_diag_new("test", keep, NULL);
  FILE* f = tmpfile();
  if (!diag || !f) {
    *st = DKG_ERR_NOMEM;
    return "";
  }
  *st = dkg_results_write_solutions(
    json, strlen(json), format, "results.json", diag, f);
  const long n = ftell(f);
  rewind(f);
  const size_t got =
    fread(text, 1, n > 0 && n < (long)sizeof(text) ? (size_t)n : 0u, f);
  text[got] = '\0';
  fclose(f);
  dkg_diag_free(diag);
  return text;
}

static void
test_formats(void)
{
  DkgStatus st;
  CHECK(!strcmp(written(two_rows, DKG_RESULTS_CSV, &st),
                "s,n,l\r\n"
                "https://example.org/a,42,\"x, \"\"y\"\" <&>\"\r\n"
                "_:b0,,\r\n"));
  CHECK(!st);
  CHECK(!strcmp(written(two_rows, DKG_RESULTS_TSV, &st),
                "?s\t?n\t?l\n"
                "<https://example.org/a>\t42\t\"x, \\\"y\\\" <&>\"@en\n"
                "_:b0\t\t\n"));
  CHECK(!st);
  const char* json = written(two_rows, DKG_RESULTS_JSON, &st);
  CHECK(!st);
  CHECK(strstr(json, "\"vars\": [ \"s\", \"n\", \"l\" ]"));
  CHECK(strstr(json,
               "\"l\": { \"type\": \"literal\", \"value\": "
               "\"x, \\\"y\\\" <&>\", \"xml:lang\": \"en\" }"));
  CHECK(strstr(json, "\"s\": { \"type\": \"bnode\", \"value\": \"b0\" }\n"));
  const char* xml = written(two_rows, DKG_RESULTS_XML, &st);
  CHECK(!st);
  CHECK(strstr(xml, "<variable name=\"l\"/>"));
  CHECK(strstr(xml,
               "<binding name=\"l\"><literal xml:lang=\"en\">x, "
               "&quot;y&quot; &lt;&amp;&gt;</literal></binding>"));
  CHECK(strstr(xml, "<binding name=\"s\"><bnode>b0</bnode></binding>"));
  const char* table = written(two_rows, DKG_RESULTS_TABLE, &st);
  CHECK(!st);
  CHECK(strstr(table, "<https://example.org/a>"));
  CHECK(strstr(table, "_:b0"));
  CHECK(!messages[0]);
}

static void
test_empty_and_ask(void)
{
  static const char* const empty =
    "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}";
  DkgStatus st;
  CHECK(!strcmp(written(empty, DKG_RESULTS_CSV, &st), "x\r\n"));
  CHECK(!strcmp(written(empty, DKG_RESULTS_JSON, &st),
                "{\n  \"head\": {\n    \"vars\": [ \"x\" ]\n  },\n"
                "  \"results\": {\n    \"bindings\": []\n  }\n}\n"));
  CHECK(!st);
  CHECK(strstr(written(empty, DKG_RESULTS_XML, &st),
               "<results>\n  </results>\n</sparql>\n"));
  static const char* const ask = "{\"head\":{},\"boolean\":true}";
  CHECK(!strcmp(written(ask, DKG_RESULTS_TABLE, &st), "yes\n"));
  CHECK(!strcmp(written(ask, DKG_RESULTS_TSV, &st), "true\n"));
  CHECK(strstr(written(ask, DKG_RESULTS_XML, &st), "<boolean>true</boolean>"));
}

static void
test_refused(void)
{
  static const char* const control =
    "{\"head\":{\"vars\":[\"v\"]},\"results\":{\"bindings\":["
    "{\"v\":{\"type\":\"literal\",\"value\":\"bell\\u0007\"}}]}}";
  DkgStatus st;
  CHECK(!strcmp(written(control, DKG_RESULTS_XML, &st), ""));
  CHECK(st == DKG_ERR_WRITER);
  CHECK(strstr(messages, "a value of ?v holds U+0007, which XML 1.0 cannot"));
  /* The other formats carry it. */
  CHECK(strstr(written(control, DKG_RESULTS_JSON, &st), "bell\\u0007"));
  CHECK(!st);
  CHECK(!strcmp(written(control, DKG_RESULTS_TURTLE, &st), ""));
  CHECK(st == DKG_ERR_USAGE);
  CHECK(strstr(messages, "gives solutions, not a graph"));
  CHECK(!strcmp(written("[1,", DKG_RESULTS_CSV, &st), ""));
  CHECK(st && strstr(messages, "the results are not JSON"));
}

/* A full device: DKG_ERR_IO. */
static void
test_write_error(void)
{
  FILE* full = fopen("/dev/full", "w");
  if (!full) {
    return;
  }
  setvbuf(full, NULL, _IONBF, 0);
  DkgDiag* diag = dkg_diag_new("test", keep, NULL);
  CHECK(dkg_results_write_solutions(two_rows,
                                    strlen(two_rows),
                                    DKG_RESULTS_JSON,
                                    "results.json",
                                    diag,
                                    full) == DKG_ERR_IO);
  dkg_diag_free(diag);
  fclose(full);
}

int
main(void)
{
  test_formats();
  test_empty_and_ask();
  test_refused();
  test_write_error();
  return dkg_test_result();
}
