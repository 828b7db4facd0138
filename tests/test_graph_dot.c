/* graph/dot.c on a small model (graph_fixture.h): what it draws and how
   it escapes. */

#include "check.h"
#include "graph/dot.h"
#include "graph_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The DOT of `view`, without flags. */
static DkgStatus
write_dot(const DkgGraphView* view, FILE* out)
{
  return dkg_graph_write_dot(view, out, 0);
}

static void
test_dot(const DkgGraphView* v)
{
  char* dot = fixture_written(v, write_dot);
  CHECK(dot != NULL);
  if (!dot) {
    return;
  }
  CHECK(!strncmp(dot, "// dialoguekg ", 14));
  CHECK(strstr(dot, "view 'full' of 1 dialogue: 6 nodes, 5 edges\n"));
  CHECK(strstr(dot, "\ndigraph dialoguekg {\n"));
  CHECK(fixture_count(dot, " -> ") == 5);
  CHECK(fixture_count(dot, " [label=\"") == 11); /* 6 nodes, 5 edges */
  /* a dialogue's second line is its date; its tooltip every literal */
  CHECK(strstr(dot, "n0 [label=\"Round one\\n2020-01-02\", shape=box"));
  CHECK(strstr(dot, "\\nstatus: held"));
  CHECK(strstr(dot, "n0 -> n1 [label=\"series\""));
  /* quotes escaped, the carriage return dropped */
  CHECK(strstr(dot, "label=\"Agency \\\"A\\\" <&> 'A'\\nAA\""));
  CHECK(!strstr(dot, "\r"));
  CHECK(!strstr(dot, "legend"));
  CHECK(!strcmp(dot + strlen(dot) - 2, "}\n"));
  free(dot);
}

int
main(void)
{
  DkgGraph* g = fixture_graph();
  CHECK(g != NULL);
  DkgGraphOptions o = { "dot", DKG_VIEW_FULL, 0, NULL, NULL, NULL, false };
  DkgGraphView v;
  if (g && dkg_graph_view_build(g, &o, NULL, &v) == DKG_SUCCESS) {
    test_dot(&v);
    dkg_graph_view_free(&v);
  } else {
    CHECK(!"the fixture's view");
  }
  dkg_graph_free(g);
  return dkg_test_result();
}
