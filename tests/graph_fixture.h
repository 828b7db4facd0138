/* A small drawing model for the unit tests of graph/: one dialogue of a
   series, with one delegation (its country and agency), one topic of the
   topic scheme, a status and a link to an IRI described nowhere.  The
   agency's name holds XML's and DOT's special characters and its acronym a
   carriage return. */

#ifndef DKG_TESTS_GRAPH_FIXTURE_H
#define DKG_TESTS_GRAPH_FIXTURE_H

#include "graph/model.h"
#include "graph/view.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIX_ID "https://w3id.org/dialoguekg/id/"
#define FIX_DIALOGUE FIX_ID "dialogue/d1"
#define FIX_SERIES FIX_ID "series/s"
#define FIX_DELEGATION FIX_ID "delegation/d1-jp"
#define FIX_COUNTRY FIX_ID "country/jp"
#define FIX_AGENCY FIX_ID "agency/a"
#define FIX_TOPIC FIX_ID "topic/t"
#define FIX_SCHEME FIX_ID "topics"
#define FIX_ELSEWHERE "http://example.org/elsewhere"
#define FIX_AGENCY_NAME "Agency \"A\" <&> 'A'"

/* Subject, predicate, object; an object starting with '"' is a literal
   (the rest of it). */
static const char* const fixture_statements[][3] = {
  { FIX_DIALOGUE, DKG_NS_RDF "type", DKG_NS "Dialogue" },
  { FIX_DIALOGUE, DKG_NS_RDFS "label", "\"Round one" },
  { FIX_DIALOGUE, DKG_NS "startDate", "\"2020-01-02" },
  { FIX_DIALOGUE, DKG_NS "status", DKG_NS "held" },
  { FIX_DIALOGUE, DKG_NS "series", FIX_SERIES },
  { FIX_DIALOGUE, DKG_NS "delegation", FIX_DELEGATION },
  { FIX_DIALOGUE, DKG_NS "topic", FIX_TOPIC },
  { FIX_DIALOGUE, DKG_NS_OWL "sameAs", FIX_ELSEWHERE },
  { FIX_SERIES, DKG_NS_RDF "type", DKG_NS "DialogueSeries" },
  { FIX_SERIES, DKG_NS_RDFS "label", "\"The series" },
  { FIX_DELEGATION, DKG_NS_RDF "type", DKG_NS "Delegation" },
  { FIX_DELEGATION, DKG_NS "country", FIX_COUNTRY },
  { FIX_DELEGATION, DKG_NS "agency", FIX_AGENCY },
  { FIX_COUNTRY, DKG_NS_RDF "type", DKG_NS "Country" },
  { FIX_COUNTRY, DKG_NS_RDFS "label", "\"Japan" },
  { FIX_COUNTRY, DKG_NS "isoAlpha2", "\"JP" },
  { FIX_AGENCY, DKG_NS_RDF "type", DKG_NS "Agency" },
  { FIX_AGENCY, DKG_NS_RDFS "label", "\"" FIX_AGENCY_NAME },
  { FIX_AGENCY, DKG_NS "acronym", "\"A\rA" },
  { FIX_TOPIC, DKG_NS_RDF "type", DKG_NS "Topic" },
  { FIX_TOPIC, DKG_NS_SKOS "prefLabel", "\"A topic" },
  { FIX_TOPIC, DKG_NS_SKOS "inScheme", FIX_SCHEME },
  { FIX_SCHEME, DKG_NS_RDF "type", DKG_NS_SKOS "ConceptScheme" },
};

/* The model of the statements above, finished; NULL on failure. */
static inline DkgGraph*
fixture_graph(void)
{
  DkgGraph* g = dkg_graph_new();
  const size_t n = sizeof(fixture_statements) / sizeof(fixture_statements[0]);
  for (size_t i = 0; g && i < n; ++i) {
    const char* const* st = fixture_statements[i];
    const DkgTerm s = dkg_iri(st[0]);
    const DkgTerm p = dkg_iri(st[1]);
    const DkgTerm o = st[2][0] == '"' ? dkg_string(st[2] + 1) : dkg_iri(st[2]);
    if (dkg_graph_add(g, &s, &p, &o) != DKG_SUCCESS) {
      dkg_graph_free(g);
      return NULL;
    }
  }
  if (g && dkg_graph_finish(g) != DKG_SUCCESS) {
    dkg_graph_free(g);
    return NULL;
  }
  return g;
}

/* The index of the node of `iri`, or (size_t)-1. */
static inline size_t
fixture_node(const DkgGraph* g, const char* iri)
{
  size_t n_nodes = 0, n_edges = 0;
  (void)dkg_graph_edges(g, &n_nodes, &n_edges);
  for (size_t i = 0; i < n_nodes; ++i) {
    const char* a = dkg_graph_node(g, i)->iri;
    size_t k = 0;
    while (a[k] && a[k] == iri[k]) {
      ++k;
    }
    if (!a[k] && !iri[k]) {
      return i;
    }
  }
  return (size_t)-1;
}

/* A writer of a view (graph/dot.c, graph/graphml.c) to a stream. */
typedef DkgStatus (*FixtureWriter)(const DkgGraphView* view, FILE* out);

/* What `write` produced for `v`, NUL-terminated (malloc'ed); NULL when
   the writer failed or out of memory. */
static inline char*
fixture_written(const DkgGraphView* v, FixtureWriter write)
{
  char* text = NULL;
  size_t len = 0;
  FILE* mem = open_memstream(&text, &len);
  if (!mem) {
    return NULL;
  }
  const DkgStatus st = write(v, mem);
  fclose(mem);
  if (st != DKG_SUCCESS) {
    free(text);
    return NULL;
  }
  return text;
}

/* How many times `what` occurs in `text`, not overlapping. */
static inline size_t
fixture_count(const char* text, const char* what)
{
  size_t n = 0;
  for (const char* p = text; (p = strstr(p, what)) != NULL; p += strlen(what)) {
    ++n;
  }
  return n;
}

#endif
