/* graph/model.c and graph/view.c: nodes and edges from statements, folded
   literals, labels, membership, and what views draw. */

#include "check.h"
#include "graph/view.h"
#include "graph_fixture.h"

#include <string.h>

static void
test_free_null(void)
{
  dkg_graph_free(NULL);
  dkg_graph_view_free(NULL);
}

static void
test_bad_statement(void)
{
  DkgGraph* g = dkg_graph_new();
  CHECK(g != NULL);
  const DkgTerm lit = dkg_string("x");
  const DkgTerm iri = dkg_iri(FIX_DIALOGUE);
  CHECK(dkg_graph_add(g, &lit, &iri, &iri) == DKG_ERR_INTERNAL);
  CHECK(dkg_graph_add(g, &iri, &lit, &iri) == DKG_ERR_INTERNAL);
  dkg_graph_free(g);
}

static void
test_nodes_and_edges(const DkgGraph* g)
{
  size_t n_nodes = 0, n_edges = 0;
  const DkgGraphEdge* edges = dkg_graph_edges(g, &n_nodes, &n_edges);
  /* six described resources, the scheme and the undescribed IRI */
  CHECK(n_nodes == 8);
  /* series, delegation, topic, country, agency; not sameAs (folded), not
     inScheme, not status */
  CHECK(n_edges == 5);
  const size_t d = fixture_node(g, FIX_DIALOGUE);
  const size_t deleg = fixture_node(g, FIX_DELEGATION);
  const size_t agency = fixture_node(g, FIX_AGENCY);
  CHECK(d == 0);
  CHECK(edges[0].from == d && edges[0].to == fixture_node(g, FIX_SERIES));
  CHECK(!strcmp(edges[0].property, DKG_NS "series"));
  CHECK(!strcmp(edges[4].label, "agency"));
  CHECK(edges[4].from == deleg && edges[4].to == agency);
  CHECK(dkg_graph_node(g, d)->klass == DKG_NODE_DIALOGUE);
  CHECK(dkg_graph_node(g, agency)->klass == DKG_NODE_AGENCY);
  CHECK(dkg_graph_node(g, fixture_node(g, FIX_SCHEME))->klass ==
        DKG_NODE_HIDDEN);
  CHECK(dkg_graph_node(g, fixture_node(g, FIX_ELSEWHERE))->klass ==
        DKG_NODE_HIDDEN);
  CHECK(dkg_graph_node(g, d)->degree == 3);
  CHECK(dkg_graph_node(g, d)->series == fixture_node(g, FIX_SERIES) + 1u);
  size_t n_out = 0;
  const size_t* out = dkg_graph_out_edges(g, deleg, &n_out);
  CHECK(n_out == 2 && edges[out[0]].to == fixture_node(g, FIX_COUNTRY) &&
        edges[out[1]].to == agency);
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(g, &n_dialogues);
  CHECK(n_dialogues == 1 && dialogues[0] == d);
}

static void
test_labels_and_props(const DkgGraph* g)
{
  const DkgGraphNode* d = dkg_graph_node(g, fixture_node(g, FIX_DIALOGUE));
  CHECK(!strcmp(d->label, "Round one"));
  CHECK(!strcmp(dkg_graph_node_prop(d, DKG_NS "startDate"), "2020-01-02"));
  CHECK(!strcmp(dkg_graph_node_prop(d, DKG_NS "status"), "held"));
  CHECK(!strcmp(dkg_graph_node_prop(d, DKG_NS_OWL "sameAs"), FIX_ELSEWHERE));
  CHECK(dkg_graph_node_prop(d, DKG_NS "endDate") == NULL);
  CHECK(!strcmp(d->props[0].key, "start date"));
  const DkgGraphNode* deleg =
    dkg_graph_node(g, fixture_node(g, FIX_DELEGATION));
  CHECK(!strcmp(deleg->label, "Japan delegation"));
  CHECK(deleg->name == NULL);
  CHECK(!strcmp(dkg_graph_node_name(deleg), "Japan delegation"));
  const DkgGraphNode* t = dkg_graph_node(g, fixture_node(g, FIX_TOPIC));
  CHECK(!strcmp(t->label, "A topic"));
  CHECK(!strcmp(dkg_graph_class_label(g, DKG_NODE_AGENCY), "Agency"));
  CHECK(!strcmp(dkg_graph_class_label(g, DKG_NODE_OTHER), "Other"));
  CHECK(!strcmp(dkg_node_style(DKG_NODE_HIDDEN)->key, "other"));
  /* the agency belongs to the dialogue through its delegation */
  const DkgGraphNode* a = dkg_graph_node(g, fixture_node(g, FIX_AGENCY));
  CHECK(a->n_dialogues == 1 && a->dialogues[0] == 0);
}

static void
test_views(const DkgGraph* g)
{
  DkgGraphOptions o = { "dot", DKG_VIEW_FULL, 0, NULL, NULL, NULL, false };
  DkgGraphView v;
  CHECK(dkg_graph_view_build(g, &o, NULL, &v) == DKG_SUCCESS);
  CHECK(v.n_nodes == 6 && v.n_edges == 5);
  CHECK(v.slot[fixture_node(g, FIX_SCHEME)] == 0);
  dkg_graph_view_free(&v);

  /* agencies: the dialogue linked straight to its delegation's agency */
  o.view = DKG_VIEW_AGENCIES;
  CHECK(dkg_graph_view_build(g, &o, NULL, &v) == DKG_SUCCESS);
  CHECK(v.n_nodes == 2 && v.n_edges == 1);
  CHECK(v.edges[0].from == fixture_node(g, FIX_DIALOGUE) &&
        v.edges[0].to == fixture_node(g, FIX_AGENCY));
  dkg_graph_view_free(&v);

  o.view = DKG_VIEW_FULL;
  o.series = "THE series";
  CHECK(dkg_graph_view_build(g, &o, NULL, &v) == DKG_SUCCESS);
  CHECK(v.n_nodes == 6 && v.selected[0]);
  dkg_graph_view_free(&v);

  DkgDiag* diag = dkg_diag_new("test", NULL, NULL);
  o.series = "no such series";
  CHECK(dkg_graph_view_build(g, &o, diag, &v) == DKG_ERR_USAGE);
  CHECK(dkg_diag_count(diag, DKG_ERROR) == 1);
  CHECK(v.nodes == NULL);
  dkg_diag_free(diag);
}

int
main(void)
{
  test_free_null();
  test_bad_statement();
  DkgGraph* g = fixture_graph();
  CHECK(g != NULL);
  if (g) {
    test_nodes_and_edges(g);
    test_labels_and_props(g);
    test_views(g);
  }
  dkg_graph_free(g);
  return dkg_test_result();
}
