/*
  Unit test of the compact (streaming) mode of the JSON-LD sink: a few
  statements through a small context, checked byte for byte.

  With an argument, also writes the pretty output to that file, for a check
  of its meaning with tests/check_jsonld.py against the same statements as
  N-Triples.
*/

#include "dialoguekg/dialoguekg.h"

#include "check.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EX "http://example.org/ns#"
#define ID "http://example.org/id/"

static const char* const context =
  "{\"@context\": {\n"
  "  \"ex\": \"http://example.org/ns#\",\n"
  "  \"xsd\": \"http://www.w3.org/2001/XMLSchema#\",\n"
  "  \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\",\n"
  "  \"Thing\": \"ex:Thing\",\n"
  "  \"label\": {\"@id\": \"rdfs:label\", \"@language\": \"en\"},\n"
  "  \"name\": \"ex:name\",\n"
  "  \"knows\": {\"@id\": \"ex:knows\", \"@type\": \"@id\"},\n"
  "  \"date\": {\"@id\": \"ex:date\", \"@type\": \"xsd:date\"},\n"
  "  \"tags\": {\"@id\": \"ex:tag\", \"@container\": \"@set\"}\n"
  "}}\n";

static const char* const expected_compact =
  "{\"@context\":{\"ex\":\"http://example.org/ns#\","
  "\"xsd\":\"http://www.w3.org/2001/XMLSchema#\","
  "\"rdfs\":\"http://www.w3.org/2000/01/rdf-schema#\",\"Thing\":\"ex:Thing\","
  "\"label\":{\"@id\":\"rdfs:label\",\"@language\":\"en\"},"
  "\"name\":\"ex:name\",\"knows\":{\"@id\":\"ex:knows\",\"@type\":\"@id\"},"
  "\"date\":{\"@id\":\"ex:date\",\"@type\":\"xsd:date\"},"
  "\"tags\":{\"@id\":\"ex:tag\",\"@container\":\"@set\"}},"
  "\"@graph\":["
  "{\"@id\":\"http://example.org/id/a\","
  "\"@type\":[\"Thing\",\"http://other.org/C\"],"
  "\"label\":\"A\","
  "\"rdfs:label\":{\"@value\":\"A (fr)\",\"@language\":\"fr\"},"
  "\"name\":\"say \\\"hi\\\"\\n\\t\\\\ \\u0001 \\u0000 caf\xc3\xa9\","
  "\"knows\":[\"http://example.org/id/b\",\"_:b1\"],"
  "\"date\":\"2024-01-02\","
  "\"ex:count\":{\"@value\":\"3\","
  "\"@type\":\"xsd:integer\"},"
  "\"tags\":[\"t1\"],"
  "\"http://other.org/p\":\"x\","
  "\"ex:link\":{\"@id\":\"http://example.org/id/b\"}},"
  "{\"@id\":\"_:b1\",\"name\":\"B\"},"
  "{\"@id\":\"http://example.org/id/a\",\"name\":\"again\"}"
  "]}\n";

static const char* const expected_pretty_start =
  "{\n"
  "  \"@context\": {\n"
  "    \"ex\": \"http://example.org/ns#\",\n";

static const char* const expected_pretty_node =
  "  \"@graph\": [\n"
  "    {\n"
  "      \"@id\": \"http://example.org/id/a\",\n"
  "      \"@type\": [\n"
  "        \"Thing\",\n"
  "        \"http://other.org/C\"\n"
  "      ],\n"
  "      \"label\": \"A\",\n"
  "      \"rdfs:label\": {\n"
  "        \"@value\": \"A (fr)\",\n"
  "        \"@language\": \"fr\"\n"
  "      },\n";

static const char* const expected_pretty_end =
  "    {\n"
  "      \"@id\": \"http://example.org/id/a\",\n"
  "      \"name\": \"again\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

/** Feeds the test statements; returns the first failure. */
static DkgStatus
feed(DkgSink* sink)
{
  static const char name[] = "say \"hi\"\n\t\\ \x01 \0 caf\xc3\xa9";
  const DkgTerm a = dkg_iri(ID "a");
  const DkgTerm b = dkg_iri(ID "b");
  const DkgTerm b1 = dkg_blank("b1");
  const DkgTerm type = dkg_iri(DKG_NS_RDF "type");
  const DkgTerm label = dkg_iri(DKG_NS_RDFS "label");
  const DkgTerm p_name = dkg_iri(EX "name");
  const DkgTerm knows = dkg_iri(EX "knows");
  const DkgTerm date = dkg_iri(EX "date");
  const DkgTerm count = dkg_iri(EX "count");
  const DkgTerm tag = dkg_iri(EX "tag");
  const DkgTerm other = dkg_iri("http://other.org/p");
  const DkgTerm link = dkg_iri(EX "link");
  const DkgTerm thing = dkg_iri(EX "Thing");
  const DkgTerm c = dkg_iri("http://other.org/C");
  const DkgTerm label_en = dkg_lang_string("A", "en");
  const DkgTerm label_fr = dkg_lang_string("A (fr)", "fr");
  DkgTerm name_value = dkg_string(name);
  const DkgTerm date_value = dkg_typed("2024-01-02", DKG_NS_XSD "date");
  const DkgTerm count_value = dkg_typed("3", DKG_NS_XSD "integer");
  const DkgTerm tag_value = dkg_string("t1");
  const DkgTerm x = dkg_string("x");
  const DkgTerm name_b = dkg_string("B");
  const DkgTerm again = dkg_string("again");
  name_value.len = sizeof(name) - 1U;

  const DkgTerm* const statements[][3] = {
    { &a, &type, &thing },        { &a, &type, &c },
    { &a, &label, &label_en },    { &a, &label, &label_fr },
    { &a, &p_name, &name_value }, { &a, &knows, &b },
    { &a, &knows, &b1 },          { &a, &date, &date_value },
    { &a, &count, &count_value }, { &a, &tag, &tag_value },
    { &a, &other, &x },           { &a, &link, &b },
    { &b1, &p_name, &name_b },    { &a, &p_name, &again },
  };
  DkgStatus st = DKG_SUCCESS;
  for (size_t i = 0; !st && i < sizeof(statements) / sizeof(statements[0]);
       ++i) {
    st = dkg_sink_statement(
      sink, NULL, statements[i][0], statements[i][1], statements[i][2]);
  }
  return st ? st : dkg_sink_finish(sink);
}

/** Runs the statements through a sink writing to memory. */
static char*
run(bool pretty, const char* context_url, DkgStatus* st)
{
  char* buf = NULL;
  size_t size = 0U;
  FILE* const out = open_memstream(&buf, &size);
  DkgJsonldOptions opts = { false, false, NULL, pretty };
  DkgSink* const sink =
    out ? dkg_jsonld_sink_new(out, context, context_url, &opts) : NULL;
  *st = sink ? feed(sink) : DKG_ERR_NOMEM;
  dkg_sink_free(sink);
  if (out && fclose(out) && !*st) {
    *st = DKG_ERR_IO;
  }
  return buf;
}

static bool
contains(const char* haystack, const char* needle)
{
  return haystack && strstr(haystack, needle) != NULL;
}

static void
report_output(const char* what, const char* out)
{
  fprintf(stderr, "%s output:\n%s\n", what, out ? out : "(none)");
}

int
main(int argc, char** argv)
{
  DkgStatus st = DKG_SUCCESS;

  /* One line, byte for byte */
  char* const compact = run(false, NULL, &st);
  CHECK(st == DKG_SUCCESS);
  CHECK(compact && !strcmp(compact, expected_compact));
  if (!compact || strcmp(compact, expected_compact)) {
    report_output("compact", compact);
  }

  /* Same statements, same bytes */
  char* const again = run(false, NULL, &st);
  CHECK(again && compact && !strcmp(again, compact));
  free(again);
  free(compact);

  /* Pretty: 2-space indentation */
  char* const pretty = run(true, NULL, &st);
  CHECK(st == DKG_SUCCESS);
  CHECK(pretty &&
        !strncmp(pretty, expected_pretty_start, strlen(expected_pretty_start)));
  CHECK(contains(pretty, expected_pretty_node));
  CHECK(pretty && strlen(pretty) >= strlen(expected_pretty_end) &&
        !strcmp(pretty + strlen(pretty) - strlen(expected_pretty_end),
                expected_pretty_end));
  if (dkg_test_failures) {
    report_output("pretty", pretty);
  }
  if (argc > 1 && pretty) {
    FILE* const f = fopen(argv[1], "w");
    CHECK(f && fputs(pretty, f) >= 0);
    CHECK(f && !fclose(f));
  }
  free(pretty);

  /* A context URL instead of the inline context */
  char* const by_url = run(false, "https://example.org/context.jsonld", &st);
  CHECK(st == DKG_SUCCESS);
  CHECK(by_url && !strncmp(by_url,
                           "{\"@context\":\"https://example.org/context."
                           "jsonld\",\"@graph\":[{\"@id\":",
                           63U));
  free(by_url);

  /* No statements: an empty graph */
  {
    char* buf = NULL;
    size_t size = 0U;
    FILE* const out = open_memstream(&buf, &size);
    DkgSink* const sink = dkg_jsonld_sink_new(out, context, "u", NULL);
    CHECK(sink && dkg_sink_finish(sink) == DKG_SUCCESS);
    dkg_sink_free(sink);
    CHECK(out && !fclose(out));
    CHECK(buf && !strcmp(buf, "{\"@context\":\"u\",\"@graph\":[]}\n"));
    free(buf);
  }

  /* A named graph is refused, and the failure is final */
  {
    char* buf = NULL;
    size_t size = 0U;
    FILE* const out = open_memstream(&buf, &size);
    DkgSink* const sink = dkg_jsonld_sink_new(out, context, NULL, NULL);
    const DkgTerm g = dkg_iri(ID "g");
    const DkgTerm s = dkg_iri(ID "s");
    const DkgTerm p = dkg_iri(EX "name");
    const DkgTerm o = dkg_string("o");
    CHECK(sink && dkg_sink_statement(sink, &g, &s, &p, &o) == DKG_ERR_WRITER);
    CHECK(sink && dkg_sink_statement(sink, NULL, &s, &p, &o) == DKG_ERR_WRITER);
    CHECK(sink && dkg_sink_finish(sink) == DKG_ERR_WRITER);
    dkg_sink_free(sink);
    CHECK(out && !fclose(out));
    free(buf);
  }

  /* A write error is reported as DKG_ERR_IO */
  {
    FILE* const full = fopen("/dev/full", "w");
    if (full) {
      DkgSink* const sink = dkg_jsonld_sink_new(full, context, NULL, NULL);
      CHECK(sink && feed(sink) == DKG_ERR_IO);
      dkg_sink_free(sink);
      fclose(full);
    }
  }

  /* A bad context, a bad option */
  CHECK(!dkg_jsonld_sink_new(stdout, "{\"@context\": ", NULL, NULL));
  CHECK(!dkg_jsonld_sink_new(stdout, "{\"x\": {}}", NULL, NULL));
  {
    DkgJsonldOptions opts = { false, false, "sideways", false };
    CHECK(!dkg_jsonld_sink_new(stdout, NULL, NULL, &opts));
  }
  dkg_sink_free(NULL);

  return dkg_test_result();
}
