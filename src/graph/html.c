/* The interactive page: one HTML file holding the graph and the analysts'
   facts (facts.h) as JSON, the graph library (Cytoscape.js with its
   fCoSE layout, from src/viz/node_modules, compiled in) and the project's
   own script and style (src/viz/), which draw the network, the presence
   matrix, the timeline and the topics across rounds.  It loads nothing from
   anywhere: its Content-Security-Policy forbids every request. */

#include "graph/html.h"

#include "graph/assets.h"
#include "graph/facts.h"
#include "graph/layout.h"
#include "util/escape.h"

#include <stdlib.h>
#include <string.h>

/* A JSON string that is also safe inside a <script> element: "</script>"
   cannot occur. */
static void
json_string(FILE* out, const char* str)
{
  dkg_json_string(out, str, DKG_JSON_SCRIPT_SAFE);
}

static bool
is_alias(const char* property)
{
  return !strcmp(property, DKG_NS_SKOS "altLabel") ||
         !strcmp(property, DKG_NS "acronym");
}

/* Where each node sits in the page's lists (+ 1; 0: not listed): the
   facts' dialogues, their countries, series, agencies and topics. */
typedef struct
{
  size_t* dialogue;
  size_t* country;
  size_t* series;
  size_t* agency;
  size_t n_countries;
  size_t n_series;
  size_t* country_nodes; /* node index of each listed country */
  size_t* series_nodes;
} PageIndex;

static void
index_add(size_t* pos, size_t* nodes, size_t* count, size_t node)
{
  if (!pos[node]) {
    nodes[*count] = node;
    pos[node] = ++*count;
  }
}

static bool
page_index_build(const DkgGraphFacts* f, size_t n_nodes, PageIndex* x)
{
  /* six tables of n_nodes + 1 entries in one block (freed as x->dialogue) */
  const size_t n = n_nodes + 1u;
  size_t* block = (size_t*)calloc(6u * n, sizeof(size_t));
  memset(x, 0, sizeof(*x));
  if (!block) {
    return false;
  }
  x->dialogue = block;
  x->country = block + n;
  x->series = block + 2u * n;
  x->agency = block + 3u * n;
  x->country_nodes = block + 4u * n;
  x->series_nodes = block + 5u * n;
  for (size_t k = 0; k < f->n_dialogues; ++k) {
    const size_t d = f->dialogues[k];
    x->dialogue[d] = k + 1u;
    if (f->series_of[d]) {
      index_add(x->series, x->series_nodes, &x->n_series, f->series_of[d] - 1u);
    }
  }
  for (size_t i = 0; i < f->n_participants; ++i) {
    index_add(
      x->country, x->country_nodes, &x->n_countries, f->participants[i].what);
  }
  for (size_t i = 0; i < f->n_agencies; ++i) {
    x->agency[f->agencies[i]] = i + 1u;
    const size_t c = f->country_of[f->agencies[i]];
    if (c) {
      index_add(x->country, x->country_nodes, &x->n_countries, c - 1u);
    }
  }
  return true;
}

static void
json_prop(FILE* out, const char* key, const char* value)
{
  fprintf(out, ",\"%s\":", key);
  if (value) {
    json_string(out, value);
  } else {
    fputs("null", out);
  }
}

/* A list of node names, by their positions. */
static void
json_names(FILE* out, const DkgGraph* g, const size_t* nodes, size_t n)
{
  fputc('[', out);
  for (size_t i = 0; i < n; ++i) {
    fputs(i ? "," : "", out);
    json_string(out, dkg_graph_node_name(dkg_graph_node(g, nodes[i])));
  }
  fputc(']', out);
}

static void
json_dialogue(const DkgGraphView* view,
              const DkgGraphFacts* f,
              const PageIndex* x,
              size_t d,
              FILE* out)
{
  const DkgGraph* g = view->graph;
  const DkgGraphNode* n = dkg_graph_node(g, d);
  fputs("{\"label\":", out);
  json_string(out, dkg_graph_node_name(n));
  json_prop(out, "round", dkg_graph_node_prop(n, DKG_NS "round"));
  json_prop(out, "date", dkg_graph_node_prop(n, DKG_NS "startDate"));
  json_prop(out, "end", dkg_graph_node_prop(n, DKG_NS "endDate"));
  json_prop(out, "status", dkg_graph_node_prop(n, DKG_NS "status"));
  json_prop(out,
            "place",
            f->place_of[d]
              ? dkg_graph_node_name(dkg_graph_node(g, f->place_of[d] - 1u))
              : NULL);
  fprintf(out,
          ",\"series\":%ld,\"node\":%ld,\"countries\":[",
          f->series_of[d] ? (long)x->series[f->series_of[d] - 1u] - 1 : -1L,
          (long)view->slot[d] - 1);
  bool first = true;
  for (size_t i = 0; i < f->n_participants; ++i) {
    if (f->participants[i].dialogue == d) {
      fprintf(
        out, first ? "%zu" : ",%zu", x->country[f->participants[i].what] - 1u);
      first = false;
    }
  }
  fputs("],\"heads\":[", out);
  first = true;
  for (size_t i = 0; i < f->n_heads; ++i) {
    if (f->heads[i].dialogue != d) {
      continue;
    }
    const size_t c = f->country_of[f->heads[i].via];
    fputs(first ? "[" : ",[", out);
    first = false;
    json_string(out, dkg_graph_node_name(dkg_graph_node(g, f->heads[i].what)));
    fputc(',', out);
    json_string(out, c ? dkg_graph_node_name(dkg_graph_node(g, c - 1u)) : "");
    fputc(']', out);
  }
  fputs("]}", out);
}

/* The analysts' facts: dialogues (in the matrix's column order), series,
   countries, agencies with their presence, topics with their rounds. */
static void
write_facts(const DkgGraphView* view,
            const DkgGraphFacts* f,
            const PageIndex* x,
            FILE* out)
{
  const DkgGraph* g = view->graph;
  fputs("{\"series\":", out);
  json_names(out, g, x->series_nodes, x->n_series);
  fputs(",\n\"countries\":[", out);
  for (size_t i = 0; i < x->n_countries; ++i) {
    const DkgGraphNode* c = dkg_graph_node(g, x->country_nodes[i]);
    fputs(i ? ",{\"label\":" : "{\"label\":", out);
    json_string(out, dkg_graph_node_name(c));
    json_prop(out, "code", dkg_graph_node_prop(c, DKG_NS "isoAlpha2"));
    fputc('}', out);
  }
  fputs("],\n\"dialogues\":[", out);
  for (size_t k = 0; k < f->n_dialogues; ++k) {
    fputs(k ? ",\n" : "\n", out);
    json_dialogue(view, f, x, f->dialogues[k], out);
  }
  fputs("],\n\"agencies\":[", out);
  for (size_t i = 0; i < f->n_agencies; ++i) {
    const size_t a = f->agencies[i];
    const size_t c = f->country_of[a];
    fputs(i ? ",\n{\"label\":" : "\n{\"label\":", out);
    json_string(out, dkg_graph_node_name(dkg_graph_node(g, a)));
    fprintf(out,
            ",\"country\":%ld,\"node\":%ld}",
            c ? (long)x->country[c - 1u] - 1 : -1L,
            (long)view->slot[a] - 1);
  }
  fputs("],\n\"presence\":[", out);
  for (size_t i = 0; i < f->n_presence; ++i) {
    const DkgGraphLink* l = &f->presence[i];
    fprintf(out,
            "%s[%zu,%zu,%d]",
            i ? (i % 8u ? "," : ",\n") : "",
            x->agency[l->what] - 1u,
            x->dialogue[l->dialogue] - 1u,
            l->flag ? 1 : 0);
  }
  fputs("],\n\"topics\":[", out);
  size_t n_topics = 0;
  for (size_t i = 0; i < f->n_topics; ++i) {
    if (i && f->topics[i].what == f->topics[i - 1u].what) {
      continue;
    }
    const size_t t = f->topics[i].what;
    fputs(n_topics++ ? ",\n{\"label\":" : "\n{\"label\":", out);
    json_string(out, dkg_graph_node_name(dkg_graph_node(g, t)));
    fprintf(out, ",\"node\":%ld,\"rounds\":[", (long)view->slot[t] - 1);
    for (size_t j = i; j < f->n_topics && f->topics[j].what == t; ++j) {
      fprintf(
        out, j > i ? ",%zu" : "%zu", x->dialogue[f->topics[j].dialogue] - 1u);
    }
    fputs("]}", out);
  }
  fputs("]}", out);
}

/* The classes the view draws, with their labels and colours. */
static void
write_classes(const DkgGraphView* view, FILE* out)
{
  bool present[DKG_N_NODE_CLASSES] = { false };
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(view->graph, view->nodes[i]);
    present[n->klass < DKG_NODE_HIDDEN ? n->klass : DKG_NODE_OTHER] = true;
  }
  fputs("\"classes\":[", out);
  bool first = true;
  for (size_t k = 0; k < DKG_N_NODE_CLASSES; ++k) {
    if (!present[k]) {
      continue;
    }
    const DkgNodeStyle* s = dkg_node_style((DkgNodeClass)k);
    fputs(first ? "\n{\"key\":" : ",\n{\"key\":", out);
    first = false;
    json_string(out, s->key);
    json_prop(out, "label", view->class_labels[k]);
    json_prop(out, "fill", s->fill);
    json_prop(out, "stroke", s->stroke);
    fputc('}', out);
  }
  fputc(']', out);
}

/* The drawn network: classes present, nodes (with the facts' positions of
   the dialogues they belong to) and edges. */
static void
write_network(const DkgGraphView* view,
              const PageIndex* x,
              const double* positions,
              FILE* out)
{
  const DkgGraph* g = view->graph;
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(g, &n_dialogues);
  bool first = true;
  write_classes(view, out);
  fputs(",\n\"nodes\":[", out);
  for (size_t i = 0; i < view->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(g, view->nodes[i]);
    fprintf(out, "%s{\"id\":\"n%zu\",\"label\":", i ? ",\n" : "\n", i);
    json_string(out, n->label);
    json_prop(out, "name", dkg_graph_node_name(n));
    json_prop(out, "class", dkg_node_style(n->klass)->key);
    json_prop(out, "iri", n->iri);
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
    if (positions) {
      fprintf(
        out, "],\"pos\":[%.2f,%.2f", positions[2u * i], positions[2u * i + 1u]);
    }
    fputs("],\"dialogues\":[", out);
    first = true;
    for (size_t k = 0; k < n->n_dialogues; ++k) {
      const size_t pos = x->dialogue[dialogues[n->dialogues[k]]];
      if (pos) {
        fprintf(out, first ? "%zu" : ",%zu", pos - 1u);
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
  fputs("]", out);
}

static void
write_json(const DkgGraphView* view,
           const DkgGraphFacts* facts,
           const PageIndex* x,
           const double* positions,
           FILE* out)
{
  const DkgGraphOptions* o = view->options;
  fputs("{\"title\":", out);
  json_string(out, o->title ? o->title : "dialoguekg graph");
  json_prop(out, "view", dkg_graph_view_names[o->view]);
  fprintf(out,
          ",\"large\":%s,\n",
          dkg_graph_is_large(view->n_nodes, view->n_edges) ? "true" : "false");
  write_network(view, x, positions, out);
  fputs(",\n\"facts\":", out);
  write_facts(view, facts, x, out);
  fputs("}", out);
}

static void
write_page_head(const char* title, FILE* out)
{
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
  dkg_xml_escape(out, title);
  fputs("</title>\n<style>\n", out);
  fwrite(dkg_viz_css, 1, dkg_viz_css_len, out);
  fputs("</style>\n</head>\n<body>\n<header id=\"bar\">\n<h1>", out);
  dkg_xml_escape(out, title);
  fputs(
    "</h1>\n<nav id=\"tabs\" role=\"tablist\">"
    "<button role=\"tab\" data-tab=\"network\">Network</button>"
    "<button role=\"tab\" data-tab=\"matrix\">Presence matrix</button>"
    "<button role=\"tab\" data-tab=\"timeline\">Timeline</button>"
    "<button role=\"tab\" data-tab=\"topics\">Topics across rounds</button>"
    "</nav>\n<div id=\"filters\">"
    "<input id=\"search\" type=\"search\" placeholder=\"Search by name\" "
    "aria-label=\"Search by name\" autocomplete=\"off\">"
    "<select id=\"series\" aria-label=\"Series\"><option value=\"\">All "
    "series</option></select>"
    "<select id=\"country\" aria-label=\"Country\"><option value=\"\">All "
    "countries</option></select>"
    "<select id=\"dialogue\" aria-label=\"Dialogue\"><option value=\"\">All "
    "dialogues</option></select>"
    "<label>from <input id=\"year-from\" type=\"number\" "
    "aria-label=\"From year\"></label>"
    "<label>to <input id=\"year-to\" type=\"number\" "
    "aria-label=\"To year\"></label>"
    "<button id=\"fit\" type=\"button\">Fit</button>"
    "<span id=\"count\" aria-live=\"polite\"></span></div>\n"
    "<fieldset id=\"classes\"><legend>Classes</legend></fieldset>\n"
    "</header>\n<main>\n"
    "<div id=\"network\" class=\"panel\" role=\"tabpanel\"></div>\n"
    "<div id=\"matrix\" class=\"panel\" role=\"tabpanel\" hidden></div>\n"
    "<div id=\"timeline\" class=\"panel\" role=\"tabpanel\" hidden></div>\n"
    "<div id=\"topics\" class=\"panel\" role=\"tabpanel\" hidden></div>\n"
    "<aside id=\"details\"><p class=\"hint\">Click a node to see its "
    "properties and highlight its neighbours.</p></aside>\n</main>\n",
    out);
}

/* The page, with the facts and the index built. */
static DkgStatus
write_page(const DkgGraphView* view,
           const DkgGraphFacts* facts,
           const PageIndex* x,
           DkgDiag* diag,
           FILE* out)
{
  /* A large network is laid out here: fCoSE takes minutes over it. */
  double* positions = NULL;
  if (dkg_graph_is_large(view->n_nodes, view->n_edges)) {
    positions = (double*)calloc(2u * view->n_nodes + 1u, sizeof(double));
    const DkgStatus st =
      positions ? dkg_graph_positions(view, diag, positions) : DKG_ERR_NOMEM;
    if (st) {
      free(positions);
      return st;
    }
  }
  const char* title =
    view->options->title ? view->options->title : "dialoguekg graph";
  write_page_head(title, out);
  fputs("<script type=\"application/json\" id=\"dkg-data\">\n", out);
  write_json(view, facts, x, positions, out);
  free(positions);
  fputs("\n</script>\n", out);
  /* The library's scripts hold no "</script": the CMake build checks it. */
  for (size_t i = 0; i < dkg_viz_n_libraries; ++i) {
    fprintf(out, "<script data-library=\"%s\">\n", dkg_viz_libraries[i].name);
    fwrite(dkg_viz_libraries[i].text, 1, dkg_viz_libraries[i].len, out);
    fputs("\n</script>\n", out);
  }
  fputs("<script>\n", out);
  fwrite(dkg_viz_js, 1, dkg_viz_js_len, out);
  fputs("</script>\n</body>\n</html>\n", out);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

DkgStatus
dkg_graph_write_html(const DkgGraphView* view, DkgDiag* diag, FILE* out)
{
  size_t n_nodes = 0, n_edges = 0;
  (void)dkg_graph_edges(view->graph, &n_nodes, &n_edges);
  DkgGraphFacts facts;
  PageIndex x = { NULL, NULL, NULL, NULL, 0, 0, NULL, NULL };
  DkgStatus st = dkg_graph_facts_build(view, &facts);
  if (!st) {
    st = page_index_build(&facts, n_nodes, &x)
           ? write_page(view, &facts, &x, diag, out)
           : DKG_ERR_NOMEM;
    dkg_graph_facts_free(&facts);
  }
  free(x.dialogue);
  return st;
}
