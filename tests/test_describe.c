/* sink/counting and sink/describe: a counting sink passes every statement
   on and counts it (repeats within a subject block once); the DCAT + VoID
   + PROV description says those counts, the dialogues' period, the
   distributions, and finishes its output. */

#include "sink/counting.h"
#include "sink/describe.h"
#include "sink/nt.h"

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE "https://example.org/"

static char text[16384];

/* What was written to `f`, in `text`. */
static const char*
contents(FILE* f)
{
  fflush(f);
  const long n = ftell(f);
  rewind(f);
  const size_t got =
    fread(text, 1, n > 0 && n < (long)sizeof(text) ? (size_t)n : 0u, f);
  text[got] = '\0';
  return text;
}

static void
add(DkgSink* sink, const char* s, const char* p, const DkgTerm* o)
{
  const DkgTerm subject = dkg_iri(s);
  const DkgTerm predicate = dkg_iri(p);
  CHECK(!dkg_sink_statement(sink, NULL, &subject, &predicate, o));
}

static void
add_iri(DkgSink* sink, const char* s, const char* p, const char* o)
{
  const DkgTerm object = dkg_iri(o);
  add(sink, s, p, &object);
}

/* Two dialogues (one of them twice typed in its block), a person, and a
   source document outside the base. */
static void
feed(DkgSink* sink)
{
  const DkgTerm d1_start = dkg_typed("2015-07-22", DKG_NS_XSD "date");
  const DkgTerm d2_start = dkg_typed("2013", DKG_NS_XSD "gYear");
  const DkgTerm d2_end = dkg_typed("2016-01", DKG_NS_XSD "gYearMonth");
  add_iri(sink, BASE "dialogue/a", DKG_NS_RDF "type", DKG_NS "Dialogue");
  add_iri(sink, BASE "dialogue/a", DKG_NS_RDF "type", DKG_NS "Dialogue");
  add(sink, BASE "dialogue/a", DKG_NS "startDate", &d1_start);
  add_iri(sink, BASE "dialogue/b", DKG_NS_RDF "type", DKG_NS "Dialogue");
  add(sink, BASE "dialogue/b", DKG_NS "startDate", &d2_start);
  add(sink, BASE "dialogue/b", DKG_NS "endDate", &d2_end);
  add_iri(sink, BASE "person/x", DKG_NS_RDF "type", DKG_NS_FOAF "Person");
  add_iri(sink, "https://press.example/1", DKG_NS_DCT "isPartOf", BASE);
}

static void
test_counting(void)
{
  FILE* f = tmpfile();
  DkgSink* counted = dkg_counting_sink_new(dkg_nt_sink_new(f, false));
  CHECK(dkg_counting_sink_is(counted));
  feed(counted);
  CHECK(!dkg_sink_finish(counted));
  CHECK(dkg_counting_sink_triples(counted) == 7u);
  const DkgCounts* c = dkg_counting_sink_counts(counted);
  CHECK(c && c->dialogues == 2u);
  CHECK(c && c->subjects.count == 4u);
  CHECK(c && c->classes.count == 2u && c->properties.count == 4u);
  CHECK(c && !strcmp(c->first_date.buf, "2013"));
  CHECK(c && !strcmp(c->last_date.buf, "2016-01"));
  CHECK(c && !strcmp(c->example.buf, BASE "dialogue/a"));
  CHECK(c && dkg_counts_in_space(c, BASE) == 3u);
  /* Every statement passed on, the repeat too. */
  const char* nt = contents(f);
  size_t lines = 0;
  for (const char* p = nt; (p = strchr(p, '\n')); ++p) {
    ++lines;
  }
  CHECK(lines == 8u);
  dkg_sink_free(counted);
  fclose(f);

  FILE* g = tmpfile();
  DkgSink* inner = dkg_nt_sink_new(g, false);
  CHECK(!dkg_counting_sink_is(inner));
  CHECK(!dkg_counting_sink_counts(inner));
  CHECK(dkg_counting_sink_triples(inner) == 0u);
  dkg_sink_free(inner);
  fclose(g);
  CHECK(!dkg_counting_sink_new(NULL));
  dkg_sink_free(NULL);
}

static void
test_description(void)
{
  FILE* data = tmpfile();
  DkgSink* counted = dkg_counting_sink_new(dkg_nt_sink_new(data, false));
  feed(counted);
  CHECK(!dkg_sink_finish(counted));
  FILE* f = tmpfile();
  DkgSink* out = dkg_nt_sink_new(f, false);
  const DkgDistribution dists[] = {
    { "turtle", "https://example.org/data.ttl", 1234 },
    { "rdfjson", NULL, -1 },
  };
  const DkgDescribeOptions o = {
    BASE,  NULL,
    NULL,  "https://example.org/license",
    NULL,  "2023-11-14T22:13:20Z",
    dists, 2u,
  };
  CHECK(!dkg_describe_write(counted, out, &o));
  const char* d = contents(f);
#define DS "<" BASE "dataset>"
  CHECK(strstr(d, DS " <http://rdfs.org/ns/void#triples> \"7\"^^<"));
  CHECK(strstr(d, DS " <http://rdfs.org/ns/void#entities> \"3\"^^<"));
  CHECK(strstr(d, DS " <http://rdfs.org/ns/void#distinctSubjects> \"4\"^^<"));
  CHECK(strstr(d, "\"2 bilateral government dialogues (2013 to 2016-01)"));
  CHECK(strstr(d,
               "<" BASE "dataset/temporal> <http://www.w3.org/ns/dcat#"
               "startDate> \"2013\"^^<" DKG_NS_XSD "gYear> ."));
  CHECK(strstr(d,
               "<" BASE "dataset/distribution/turtle> "
               "<http://www.w3.org/ns/dcat#mediaType> "
               "<http://www.iana.org/assignments/media-types/text/turtle> ."));
  CHECK(strstr(d, "\"1234\"^^<" DKG_NS_XSD "nonNegativeInteger>"));
  CHECK(strstr(d, "<" DKG_NS_DCT "format> \"application/rdf+json\""));
  /* Partitions in the order of the classes' IRIs: foaf before dkg. */
  CHECK(strstr(d,
               "<" BASE "dataset/class/1> <http://rdfs.org/ns/void#class> "
               "<" DKG_NS_FOAF "Person> ."));
  CHECK(strstr(d,
               "<" BASE "dataset/class/2> <http://rdfs.org/ns/void#class> "
               "<" DKG_NS "Dialogue> ."));
  CHECK(strstr(d,
               "<" BASE "dataset/export> <" DKG_NS_PROV "endedAtTime> "
               "\"2023-11-14T22:13:20Z\""));
  CHECK(strstr(d, "\"dialoguekg " DKG_VERSION "\"@en"));
  /* Not a counting sink: refused, nothing written. */
  CHECK(dkg_describe_write(out, out, &o) == DKG_ERR_INTERNAL);
  dkg_sink_free(out);
  dkg_sink_free(counted);
  fclose(f);
  fclose(data);
}

static void
test_iris_and_time(void)
{
  char iri[32];
  CHECK(dkg_describe_dataset_iri(BASE, iri, sizeof(iri)));
  CHECK(!strcmp(iri, BASE "dataset"));
  CHECK(!dkg_describe_activity_iri(BASE, iri, 20u));
  CHECK(!strcmp(dkg_describe_media_type("jsonld"), "application/ld+json"));
  CHECK(!dkg_describe_media_type("rdfjson"));
  CHECK(!dkg_describe_media_type("nonsense"));
  char stamp[32];
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  CHECK(dkg_describe_timestamp(false, stamp));
  CHECK(!strcmp(stamp, "2023-11-14T22:13:20Z"));
  setenv("SOURCE_DATE_EPOCH", "17e8", 1);
  CHECK(!dkg_describe_timestamp(true, stamp) && !stamp[0]);
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(dkg_describe_timestamp(false, stamp) && !stamp[0]);
}

int
main(void)
{
  test_counting();
  test_description();
  test_iris_and_time();
  return dkg_test_result();
}
