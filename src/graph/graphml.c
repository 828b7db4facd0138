/* GraphML (http://graphml.graphdrawing.org/): the view as a directed graph
   whose nodes carry their class, label, IRI and every folded literal as
   typed attributes, for Gephi, Cytoscape, yEd or networkx. */

#include "graph/graph.h"

#include <stdlib.h>
#include <string.h>

void
dkg_graph_xml_escape(FILE* out, const char* str)
{
  for (const unsigned char* p = (const unsigned char*)str; *p; ++p) {
    switch (*p) {
      case '<':
        fputs("&lt;", out);
        break;
      case '>':
        fputs("&gt;", out);
        break;
      case '&':
        fputs("&amp;", out);
        break;
      case '"':
        fputs("&quot;", out);
        break;
      case '\'':
        fputs("&apos;", out);
        break;
      default:
        if (*p < 0x20u && *p != '\t' && *p != '\n' && *p != '\r') {
          fputs("\xEF\xBF\xBD", out); /* not allowed in XML 1.0 */
        } else {
          fputc(*p, out);
        }
    }
  }
}

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
  dkg_graph_xml_escape(out, name);
  fprintf(out, "\" attr.type=\"%s\">\n    <desc>", type);
  dkg_graph_xml_escape(out, desc);
  fputs("</desc>\n  </key>\n", out);
}

static void
write_data(FILE* out, const char* key, const char* value)
{
  fprintf(out, "      <data key=\"%s\">", key);
  dkg_graph_xml_escape(out, value);
  fputs("</data>\n", out);
}

DkgStatus
dkg_graph_write_graphml(const DkgGraphView* view, FILE* out)
{
  PropKeys keys = { NULL, NULL, 0 };
  if (!prop_keys_collect(view, &keys)) {
    free(keys.iris);
    free(keys.labels);
    return DKG_ERR_NOMEM;
  }
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
  write_key(out, "label", "node", "label", "string", "display name");
  write_key(out,
            "class",
            "node",
            "class",
            "string",
            "class key: dialogue, agency, topic, ...");
  write_key(out,
            "classLabel",
            "node",
            "class label",
            "string",
            "rdfs:label of the class in the ontology");
  write_key(out, "iri", "node", "iri", "string", "the resource's IRI");
  write_key(out,
            "color",
            "node",
            "color",
            "string",
            "fill colour of the class, #rrggbb");
  write_key(out,
            "degree",
            "node",
            "degree",
            "int",
            "links to and from the resource in the whole graph");
  char id[32];
  for (size_t k = 0; k < keys.count; ++k) {
    snprintf(id, sizeof(id), "p%zu", k);
    write_key(out, id, "node", keys.labels[k], "string", keys.iris[k]);
  }
  write_key(out,
            "edgeLabel",
            "edge",
            "label",
            "string",
            "rdfs:label of the property in the ontology");
  write_key(
    out, "property", "edge", "property", "string", "the property's IRI");
  fputs("  <graph id=\"G\" edgedefault=\"directed\">\n", out);
  for (size_t i = 0; i < view->n_nodes; ++i) {
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
    for (size_t k = 0; k < keys.count; ++k) {
      bool first = true;
      for (size_t p = 0; p < n->n_props; ++p) {
        if (strcmp(n->props[p].property, keys.iris[k]) != 0) {
          continue;
        }
        if (first) {
          fprintf(out, "      <data key=\"p%zu\">", k);
        } else {
          fputs(" | ", out);
        }
        dkg_graph_xml_escape(out, n->props[p].value);
        first = false;
      }
      if (!first) {
        fputs("</data>\n", out);
      }
    }
    fputs("    </node>\n", out);
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
  free(keys.iris);
  free(keys.labels);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}
