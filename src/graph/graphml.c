/* GraphML (http://graphml.graphdrawing.org/): the view as a directed graph
   whose nodes carry their class, label, IRI and every folded literal as
   typed attributes, for Gephi, Cytoscape, yEd or networkx. */

#include "graph/graphml.h"

#include "util/escape.h"

#include <stdlib.h>
#include <string.h>

/* One GraphML key per literal property found in the drawn nodes, in order
   of first appearance: the property IRI and its label. */
typedef struct
{
  const char** iris;
  const char** labels;
  size_t count;
} PropKeys;

static size_t
prop_key_find(const PropKeys* keys, const char* iri)
{
  for (size_t i = 0; i < keys->count; ++i) {
    if (!strcmp(keys->iris[i], iri)) {
      return i;
    }
  }
  return keys->count;
}

static bool
prop_keys_collect(const DkgGraphView* view, PropKeys* keys)
{
  size_t cap = 0;
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[i]);
    cap += n->n_props;
  }
  keys->count = 0;
  keys->iris = (const char**)malloc((cap + 1u) * sizeof(char*));
  keys->labels = (const char**)malloc((cap + 1u) * sizeof(char*));
  if (!keys->iris || !keys->labels) {
    return false;
  }
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[i]);
    for (size_t p = 0; p < n->n_props; ++p) {
      if (prop_key_find(keys, n->props[p].property) == keys->count) {
        keys->iris[keys->count] = n->props[p].property;
        keys->labels[keys->count] = n->props[p].key;
        ++keys->count;
      }
    }
  }
  return true;
}

static void
write_key(FILE* out,
          const char* id,
          const char* domain,
          const char* name,
          const char* type,
          const char* desc)
{
  fprintf(out, "  <key id=\"%s\" for=\"%s\" attr.name=\"", id, domain);
  dkg_xml_escape(out, name);
  fprintf(out, "\" attr.type=\"%s\">\n    <desc>", type);
  dkg_xml_escape(out, desc);
  fputs("</desc>\n  </key>\n", out);
}

static void
write_data(FILE* out, const char* key, const char* value)
{
  fprintf(out, "      <data key=\"%s\">", key);
  dkg_xml_escape(out, value);
  fputs("</data>\n", out);
}

/* The keys: the fixed ones, then one per literal property (p0, p1, ...). */
static void
write_keys(FILE* out, const PropKeys* keys)
{
  static const char* const fixed[][5] = {
    { "label", "node", "label", "string", "display name" },
    { "class",
      "node",
      "class",
      "string",
      "class key: dialogue, agency, topic, ..." },
    { "classLabel",
      "node",
      "class label",
      "string",
      "rdfs:label of the class in the ontology" },
    { "iri", "node", "iri", "string", "the resource's IRI" },
    { "color", "node", "color", "string", "fill colour of the class, #rrggbb" },
    { "degree",
      "node",
      "degree",
      "int",
      "links to and from the resource in the whole graph" },
  };
  for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); ++i) {
    write_key(
      out, fixed[i][0], fixed[i][1], fixed[i][2], fixed[i][3], fixed[i][4]);
  }
  char id[32];
  for (size_t k = 0; k < keys->count; ++k) {
    snprintf(id, sizeof(id), "p%zu", k);
    write_key(out, id, "node", keys->labels[k], "string", keys->iris[k]);
  }
  write_key(out,
            "edgeLabel",
            "edge",
            "label",
            "string",
            "rdfs:label of the property in the ontology");
  write_key(
    out, "property", "edge", "property", "string", "the property's IRI");
}

static void
write_node(FILE* out, const DkgGraphView* view, size_t i, const PropKeys* keys)
{
  const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[i]);
  const DkgNodeStyle* s = dkg_node_style(n->klass);
  fprintf(out, "    <node id=\"n%zu\">\n", i);
  write_data(out, "label", n->label);
  write_data(out, "class", s->key);
  write_data(out, "classLabel", view->class_labels[n->klass]);
  write_data(out, "iri", n->iri);
  write_data(out, "color", s->fill);
  fprintf(out, "      <data key=\"degree\">%zu</data>\n", n->degree);
  /* A property with several values (other names) gets them joined by
     " | ": GraphML allows one data element per key. */
  for (size_t k = 0; k < keys->count; ++k) {
    bool first = true;
    for (size_t p = 0; p < n->n_props; ++p) {
      if (strcmp(n->props[p].property, keys->iris[k]) != 0) {
        continue;
      }
      if (first) {
        fprintf(out, "      <data key=\"p%zu\">", k);
      } else {
        fputs(" | ", out);
      }
      dkg_xml_escape(out, n->props[p].value);
      first = false;
    }
    if (!first) {
      fputs("</data>\n", out);
    }
  }
  fputs("    </node>\n", out);
}

DkgStatus
dkg_graph_write_graphml(const DkgGraphView* view, FILE* out)
{
  PropKeys keys = { NULL, NULL, 0 };
  const bool ok = prop_keys_collect(view, &keys);
  if (ok) {
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
          out);
    fprintf(out,
            "  <desc>dialoguekg %s, view '%s'</desc>\n",
            DKG_VERSION,
            dkg_graph_view_names[view->options->view]);
    write_keys(out, &keys);
    fputs("  <graph id=\"G\" edgedefault=\"directed\">\n", out);
    for (size_t i = 0; i < view->n_nodes; ++i) {
      write_node(out, view, i, &keys);
    }
    for (size_t i = 0; i < view->n_edges; ++i) {
      const DkgGraphEdge* e = &view->edges[i];
      fprintf(out,
              "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\">\n",
              i,
              view->slot[e->from] - 1u,
              view->slot[e->to] - 1u);
      write_data(out, "edgeLabel", e->label);
      write_data(out, "property", e->property);
      fputs("    </edge>\n", out);
    }
    fputs("  </graph>\n</graphml>\n", out);
  }
  free(keys.iris);
  free(keys.labels);
  if (!ok) {
    return DKG_ERR_NOMEM;
  }
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}
