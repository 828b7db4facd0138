/* graph/graphml.c on a small model (graph_fixture.h): what it draws and
   how it escapes. */

#include "check.h"
#include "graph/graphml.h"
#include "graph_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
test_graphml(const DkgGraphView* v)
{
  char* xml = fixture_written(v, dkg_graph_write_graphml);
  CHECK(xml != NULL);
  if (!xml) {
    return;
  }
  CHECK(!strncmp(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39));
  CHECK(fixture_count(xml, "<node id=") == 6);
  CHECK(fixture_count(xml, "<edge id=") == 5);
  CHECK(strstr(xml, "<edge id=\"e0\" source=\"n0\" target=\"n1\">"));
  /* XML's five characters as entities, a CR as a character reference */
  CHECK(strstr(xml,
               "<data key=\"label\">Agency &quot;A&quot; &lt;&amp;&gt; "
               "&apos;A&apos;</data>"));
  CHECK(strstr(xml, ">A&#13;A</data>"));
  CHECK(!strstr(xml, "\r"));
  CHECK(strstr(xml, "<data key=\"class\">agency</data>"));
  CHECK(strstr(xml, "<data key=\"degree\">3</data>"));
  /* one key per literal property, named by its label, its IRI as desc */
  CHECK(strstr(xml,
               "attr.name=\"start date\" attr.type=\"string\">\n    "
               "<desc>" DKG_NS "startDate</desc>"));
  CHECK(strstr(xml, "</graph>\n</graphml>\n"));
  free(xml);
}

int
main(void)
{
  DkgGraph* g = fixture_graph();
  CHECK(g != NULL);
  DkgGraphOptions o = { "dot", DKG_VIEW_FULL, 0, NULL, NULL, NULL, false };
  DkgGraphView v;
  if (g && dkg_graph_view_build(g, &o, NULL, &v) == DKG_SUCCESS) {
    test_graphml(&v);
    dkg_graph_view_free(&v);
  } else {
    CHECK(!"the fixture's view");
  }
  dkg_graph_free(g);
  return dkg_test_result();
}
