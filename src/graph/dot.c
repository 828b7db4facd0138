/* DOT: the view as Graphviz's language, one statement per node and edge. */

#include "graph/dot.h"

#include <string.h>

#define WRAP 26u /* label line length, in bytes */

/* Writes `str` inside a DOT double-quoted string: quotes and backslashes
   escaped, control characters dropped, and, with `wrap`, a line break
   (\n) at the last space before every WRAP bytes. */
static void
put_escaped(FILE* out, const char* str, bool wrap)
{
  size_t line = 0;
  for (const char* p = str; *p; ++p) {
    const unsigned char c = (unsigned char)*p;
    if (wrap && c == ' ' && line >= WRAP / 2u) {
      /* break here if the next word would not fit */
      size_t word = 0;
      while (p[1u + word] && p[1u + word] != ' ') {
        ++word;
      }
      if (line + 1u + word > WRAP) {
        fputs("\\n", out);
        line = 0;
        continue;
      }
    }
    if (c == '"' || c == '\\') {
      fputc('\\', out);
      fputc(c, out);
    } else if (c == '\n') {
      fputs("\\n", out);
      line = 0;
      continue;
    } else if (c >= 0x20u) {
      fputc(c, out);
    }
    if ((c & 0xC0u) != 0x80u) {
      ++line;
    }
  }
}

/* The literal shown under a node's name: what tells two of a kind apart. */
static const char*
second_line(const DkgGraphNode* n)
{
  switch (n->klass) {
    case DKG_NODE_DIALOGUE: {
      const char* d = dkg_graph_node_prop(n, DKG_NS "startDate");
      return d ? d : dkg_graph_node_prop(n, DKG_NS "status");
    }
    case DKG_NODE_AGENCY:
      return dkg_graph_node_prop(n, DKG_NS "acronym");
    case DKG_NODE_COUNTRY:
      return dkg_graph_node_prop(n, DKG_NS "isoAlpha2");
    case DKG_NODE_SOURCE:
      return dkg_graph_node_prop(n, DKG_NS_DCT "issued");
    case DKG_NODE_EVENT:
      return dkg_graph_node_prop(n, DKG_NS "startDate");
    case DKG_NODE_DELEGATION:
    case DKG_NODE_SERIES:
    case DKG_NODE_TOPIC:
    case DKG_NODE_PERSON:
    case DKG_NODE_PLACE:
    case DKG_NODE_VENUE:
    case DKG_NODE_ORGANIZATION:
    case DKG_NODE_OTHER:
    case DKG_NODE_HIDDEN:
      break;
  }
  return NULL;
}

static void
write_node(const DkgGraphView* view, size_t slot, FILE* out)
{
  const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[slot]);
  const DkgNodeStyle* s = dkg_node_style(n->klass);
  const char* extra = second_line(n);
  fprintf(out, "  n%zu [label=\"", slot);
  put_escaped(out, n->label, true);
  if (extra) {
    fputs("\\n", out);
    put_escaped(out, extra, false);
  }
  fprintf(out,
          "\", shape=%s, fillcolor=\"%s\", color=\"%s\"",
          s->shape,
          s->fill,
          s->stroke);
  {
    fputs(", tooltip=\"", out);
    put_escaped(out, view->class_labels[n->klass], false);
    fputs(": ", out);
    put_escaped(out, n->name ? n->name : n->label, false);
    fputs("\\n", out);
    put_escaped(out, n->iri, false);
    for (size_t i = 0; i < n->n_props; ++i) {
      fputs("\\n", out);
      put_escaped(out, n->props[i].key, false);
      fputs(": ", out);
      put_escaped(out, n->props[i].value, false);
    }
    fputc('"', out);
  }
  fputs("];\n", out);
}

static void
write_legend(const DkgGraphView* view, FILE* out)
{
  bool present[DKG_N_NODE_CLASSES] = { false };
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[i]);
    if (n->klass < DKG_NODE_HIDDEN) {
      present[n->klass] = true;
    }
  }
  fputs("  subgraph cluster_legend {\n"
        "    label=\"Legend\"; fontsize=11; color=\"#d1d5db\"; "
        "style=rounded; rank=sink;\n",
        out);
  const char* prev = NULL;
  for (size_t k = 0; k < DKG_N_NODE_CLASSES; ++k) {
    if (!present[k]) {
      continue;
    }
    const DkgNodeStyle* s = dkg_node_style((DkgNodeClass)k);
    fprintf(out, "    legend_%s [label=\"", s->key);
    put_escaped(out, view->class_labels[k], false);
    fprintf(out,
            "\", shape=%s, fillcolor=\"%s\", color=\"%s\", tooltip=\"%s\"];\n",
            s->shape,
            s->fill,
            s->stroke,
            s->class_iri ? s->class_iri : "other");
    if (prev) {
      /* invisible edges keep the legend in one column */
      fprintf(out, "    legend_%s -> legend_%s [style=invis];\n", prev, s->key);
    }
    prev = s->key;
  }
  fputs("  }\n", out);
}

DkgStatus
dkg_graph_write_dot(const DkgGraphView* view, FILE* out, int flags)
{
  const bool edge_labels = (flags & DKG_DOT_LARGE) == 0;
  const DkgGraphOptions* o = view->options;
  size_t n_dialogues = 0;
  (void)dkg_graph_dialogues(view->graph, &n_dialogues);
  fprintf(out,
          "// dialoguekg %s: view '%s' of %zu dialogue%s: %zu nodes, %zu "
          "edges\n",
          DKG_VERSION,
          dkg_graph_view_names[o->view],
          n_dialogues,
          n_dialogues == 1u ? "" : "s",
          view->n_nodes,
          view->n_edges);
  fputs("digraph dialoguekg {\n", out);
  fputs("  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=12, "
        "bgcolor=\"white\", pad=0.2, nodesep=0.15, ranksep=0.6, "
        "outputorder=edgesfirst",
        out);
  /* Removing the overlaps of thousands of labelled nodes takes minutes
     (docs/visualization.md): a large drawing keeps them. */
  fprintf(out, ", overlap=%s", edge_labels ? "false" : "true");
  if (o->title) {
    fputs(", labelloc=t, label=\"", out);
    put_escaped(out, o->title, false);
    fputc('"', out);
  }
  fputs("];\n"
        "  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled, "
        "penwidth=1.2, margin=\"0.08,0.04\"];\n"
        "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#6b7280\", "
        "fontcolor=\"#4b5563\", arrowsize=0.6];\n",
        out);
  for (size_t i = 0; i < view->n_nodes; ++i) {
    write_node(view, i, out);
  }
  for (size_t i = 0; i < view->n_edges; ++i) {
    const DkgGraphEdge* e = &view->edges[i];
    fprintf(out,
            "  n%zu -> n%zu [%s=\"",
            view->slot[e->from] - 1u,
            view->slot[e->to] - 1u,
            edge_labels ? "label" : "tooltip");
    put_escaped(out, e->label, false);
    fputc('"', out);
    if (edge_labels) {
      fputs(", tooltip=\"", out);
      put_escaped(out, e->property, false);
      fputc('"', out);
    }
    fputs("];\n", out);
  }
  if (o->legend && view->n_nodes) {
    write_legend(view, out);
  }
  fputs("}\n", out);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}
