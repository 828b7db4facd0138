/* The interactive page: one HTML file holding the drawing as inline SVG
   (laid out by graph_layout.c), the graph as JSON, and the project's own
   script and style (src/viz/, compiled in).  It loads nothing from anywhere:
   its Content-Security-Policy forbids every request. */

#include "graph.h"
#include "graph_assets.h"

#include <stdlib.h>
#include <string.h>

/* Writes `str` as a JSON string that is also safe inside a <script>
   element: <, > and & are escaped, so "</script>" cannot occur. */
static void
json_string(FILE* out, const char* str)
{
  fputc('"', out);
  for (const unsigned char* p = (const unsigned char*)str; *p; ++p) {
    switch (*p) {
      case '"':
        fputs("\\\"", out);
        break;
      case '\\':
        fputs("\\\\", out);
        break;
      case '<':
      case '>':
      case '&':
        fprintf(out, "\\u%04x", (unsigned)*p);
        break;
      default:
        if (*p < 0x20u) {
          fprintf(out, "\\u%04x", (unsigned)*p);
        } else {
          fputc(*p, out);
        }
    }
  }
  fputc('"', out);
}

static bool
is_alias(const char* property)
{
  return !strcmp(property, DKG_NS_SKOS "altLabel") ||
         !strcmp(property, DKG_NS "acronym");
}

static void
write_json(const DkgGraphView* view, const size_t* dialogue_slot, FILE* out)
{
  const DkgGraph* g = view->graph;
  const DkgGraphOptions* o = view->options;
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(g, &n_dialogues);
  bool present[DKG_N_NODE_CLASSES] = { false };
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(g, view->nodes[i]);
    present[n->klass < DKG_NODE_HIDDEN ? n->klass : DKG_NODE_OTHER] = true;
  }

  fputs("{\"title\":", out);
  json_string(out, o->title ? o->title : "dialoguekg graph");
  fputs(",\"view\":", out);
  json_string(out, dkg_graph_view_names[o->view]);
  fputs(",\n\"classes\":[", out);
  bool first = true;
  for (size_t k = 0; k < DKG_N_NODE_CLASSES; ++k) {
    if (!present[k]) {
      continue;
    }
    const DkgNodeStyle* s = dkg_node_style((DkgNodeClass)k);
    fputs(first ? "\n" : ",\n", out);
    first = false;
    fputs("{\"key\":", out);
    json_string(out, s->key);
    fputs(",\"label\":", out);
    json_string(out, view->class_labels[k]);
    fputs(",\"fill\":", out);
    json_string(out, s->fill);
    fputs(",\"stroke\":", out);
    json_string(out, s->stroke);
    fputc('}', out);
  }
  fputs("],\n\"dialogues\":[", out);
  first = true;
  for (size_t k = 0; k < n_dialogues; ++k) {
    if (!dialogue_slot[k]) {
      continue;
    }
    const DkgGraphNode* d = dkg_graph_node(g, dialogues[k]);
    fputs(first ? "\n" : ",\n", out);
    first = false;
    fprintf(out, "{\"node\":%zu,\"label\":", view->slot[dialogues[k]] - 1u);
    json_string(out, d->name ? d->name : d->label);
    fputc('}', out);
  }
  fputs("],\n\"nodes\":[", out);
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(g, view->nodes[i]);
    fputs(i ? ",\n" : "\n", out);
    fprintf(out, "{\"id\":\"n%zu\",\"label\":", i);
    json_string(out, n->label);
    fputs(",\"name\":", out);
    json_string(out, n->name ? n->name : n->label);
    fputs(",\"class\":", out);
    json_string(out, dkg_node_style(n->klass)->key);
    fputs(",\"iri\":", out);
    json_string(out, n->iri);
    fputs(",\"aliases\":[", out);
    first = true;
    for (size_t p = 0; p < n->n_props; ++p) {
      if (is_alias(n->props[p].property)) {
        fputs(first ? "" : ",", out);
        first = false;
        json_string(out, n->props[p].value);
      }
    }
    fputs("],\"props\":[", out);
    for (size_t p = 0; p < n->n_props; ++p) {
      fputs(p ? ",[" : "[", out);
      json_string(out, n->props[p].key);
      fputc(',', out);
      json_string(out, n->props[p].value);
      fputc(']', out);
    }
    fputs("],\"dialogues\":[", out);
    first = true;
    for (size_t k = 0; k < n->n_dialogues; ++k) {
      const size_t slot = dialogue_slot[n->dialogues[k]];
      if (slot) {
        fprintf(out, first ? "%zu" : ",%zu", slot - 1u);
        first = false;
      }
    }
    fputs("]}", out);
  }
  fputs("],\n\"edges\":[", out);
  for (size_t i = 0; i < view->n_edges; ++i) {
    const DkgGraphEdge* e = &view->edges[i];
    fprintf(out,
            "%s[%zu,%zu,",
            i ? (i % 8u ? "," : ",\n") : "",
            view->slot[e->from] - 1u,
            view->slot[e->to] - 1u);
    json_string(out, e->label);
    fputc(']', out);
  }
  fputs("]}", out);
}

DkgStatus
dkg_graph_write_html(const DkgGraphView* view, DkgDiag* diag, FILE* out)
{
  char* svg = NULL;
  size_t svg_len = 0;
  DkgStatus st = DKG_SUCCESS;
  if (view->n_nodes) {
    st = dkg_graph_render(view, "svg", true, diag, &svg, &svg_len);
    if (st) {
      return st;
    }
  }
  /* The drawn dialogues, numbered for the page's dialogue filter. */
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(view->graph, &n_dialogues);
  size_t* dialogue_slot = (size_t*)calloc(n_dialogues + 1u, sizeof(size_t));
  if (!dialogue_slot) {
    free(svg);
    return DKG_ERR_NOMEM;
  }
  size_t n_drawn = 0;
  for (size_t k = 0; k < n_dialogues; ++k) {
    if (view->slot[dialogues[k]]) {
      dialogue_slot[k] = ++n_drawn;
    }
  }

  const char* title =
    view->options->title ? view->options->title : "dialoguekg graph";
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        "<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n",
        out);
  fprintf(out,
          "<meta name=\"generator\" content=\"dialoguekg %s\">\n<title>",
          DKG_VERSION);
  dkg_graph_xml_escape(out, title);
  fputs("</title>\n<style>\n", out);
  fwrite(dkg_viz_css, 1, dkg_viz_css_len, out);
  fputs("</style>\n</head>\n<body>\n<header id=\"bar\">\n<h1>", out);
  dkg_graph_xml_escape(out, title);
  fputs("</h1>\n"
        "<input id=\"search\" type=\"search\" placeholder=\"Search by name\" "
        "aria-label=\"Search by name\" autocomplete=\"off\">\n"
        "<select id=\"dialogue\" aria-label=\"Show one dialogue\">"
        "<option value=\"\">All dialogues</option></select>\n"
        "<span id=\"count\" aria-live=\"polite\"></span>\n"
        "<fieldset id=\"classes\"><legend>Classes</legend></fieldset>\n"
        "</header>\n<main>\n<div id=\"graph\">\n",
        out);
  /* Graphviz's SVG without its XML declaration and DOCTYPE: HTML parses
     inline SVG from the <svg> element on. */
  const char* start = svg ? strstr(svg, "<svg") : NULL;
  if (start) {
    fwrite(start, 1, svg_len - (size_t)(start - svg), out);
  } else {
    fputs("<p>Nothing to draw.</p>\n", out);
  }
  fputs("</div>\n<aside id=\"details\"><p class=\"hint\">Click a node to "
        "see its properties and highlight its neighbours.</p></aside>\n"
        "</main>\n<script type=\"application/json\" id=\"dkg-data\">\n",
        out);
  write_json(view, dialogue_slot, out);
  fputs("\n</script>\n<script>\n", out);
  fwrite(dkg_viz_js, 1, dkg_viz_js_len, out);
  fputs("</script>\n</body>\n</html>\n", out);
  free(dialogue_slot);
  free(svg);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}
