#include "dialoguekg/dialoguekg.h"

#include <stdio.h>
#include <string.h>

DkgStatus
dkg_sink_prefix(DkgSink* sink, const char* name, const char* iri)
{
  return sink->klass->prefix ? sink->klass->prefix(sink, name, iri)
                             : DKG_SUCCESS;
}

DkgStatus
dkg_sink_statement(DkgSink* sink,
                   const DkgTerm* graph,
                   const DkgTerm* s,
                   const DkgTerm* p,
                   const DkgTerm* o)
{
  return sink->klass->statement(sink, graph, s, p, o);
}

DkgStatus
dkg_sink_finish(DkgSink* sink)
{
  return sink->klass->finish ? sink->klass->finish(sink) : DKG_SUCCESS;
}

void
dkg_sink_free(DkgSink* sink)
{
  if (sink) {
    sink->klass->free(sink);
  }
}

DkgStatus
dkg_sink_declare_prefixes(DkgSink* sink, const char* base)
{
  static const char* const fixed[][2] = {
    { "dkg", DKG_NS },       { "rdf", DKG_NS_RDF },
    { "rdfs", DKG_NS_RDFS }, { "xsd", DKG_NS_XSD },
    { "owl", DKG_NS_OWL },   { "skos", DKG_NS_SKOS },
    { "dct", DKG_NS_DCT },   { "foaf", DKG_NS_FOAF },
    { "org", DKG_NS_ORG },   { "schema", DKG_NS_SCHEMA },
  };
  static const char* const data[] = { "dialogue", "series",      "agency",
                                      "topic",    "country",     "person",
                                      "place",    "organization" };
  DkgStatus st = DKG_SUCCESS;
  char iri[4096];

  for (size_t i = 0; !st && i < sizeof(fixed) / sizeof(fixed[0]); ++i) {
    st = dkg_sink_prefix(sink, fixed[i][0], fixed[i][1]);
  }
  for (size_t i = 0; !st && i < sizeof(data) / sizeof(data[0]); ++i) {
    const int n = snprintf(iri, sizeof(iri), "%s%s/", base, data[i]);
    if (n < 0 || (size_t)n >= sizeof(iri)) {
      return DKG_ERR_LIMIT;
    }
    st = dkg_sink_prefix(sink, data[i], iri);
  }
  return st;
}
