/* What a view draws (view.h): the dialogues --series selects, the nodes of
   the view's classes that belong to them (--top of the agencies), and the
   edges between those, derived through a dialogue's own delegations,
   sources and related events in the partial views. */

#include "graph/view.h"

#include "util/hashmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SKOS_ALT DKG_NS_SKOS "altLabel"

const char* const dkg_graph_view_names[] = {
  "full",   "agencies", "topics",       "people", "countries",
  "matrix", "timeline", "topic-rounds", NULL,
};

bool
dkg_graph_view_is_table(DkgGraphViewKind view)
{
  return view == DKG_VIEW_MATRIX || view == DKG_VIEW_TIMELINE ||
         view == DKG_VIEW_TOPIC_ROUNDS;
}

bool
dkg_graph_view_parse(const char* name, DkgGraphViewKind* view)
{
  for (size_t i = 0; dkg_graph_view_names[i]; ++i) {
    if (!strcmp(name, dkg_graph_view_names[i])) {
      *view = (DkgGraphViewKind)i;
      return true;
    }
  }
  return false;
}

/* Compares letters and digits only, ignoring case: "U.S.-Japan Cyber
   Dialogue" is "us-japan-cyber-dialogue". */
static bool
loose_equal(const char* a, const char* b)
{
  for (;;) {
    while (*a && !((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z') ||
                   (*a >= '0' && *a <= '9') || (unsigned char)*a >= 0x80u)) {
      ++a;
    }
    while (*b && !((*b >= 'a' && *b <= 'z') || (*b >= 'A' && *b <= 'Z') ||
                   (*b >= '0' && *b <= '9') || (unsigned char)*b >= 0x80u)) {
      ++b;
    }
    if (!*a || !*b) {
      return !*a && !*b;
    }
    const char ca = (char)(*a >= 'A' && *a <= 'Z' ? *a + 32 : *a);
    const char cb = (char)(*b >= 'A' && *b <= 'Z' ? *b + 32 : *b);
    if (ca != cb) {
      return false;
    }
    ++a;
    ++b;
  }
}

static bool
series_matches(const DkgGraphNode* series, const char* name)
{
  const char* slash = strrchr(series->iri, '/');
  if ((series->name && loose_equal(series->name, name)) ||
      (slash && loose_equal(slash + 1, name))) {
    return true;
  }
  for (size_t i = 0; i < series->n_props; ++i) {
    if (!strcmp(series->props[i].property, SKOS_ALT) &&
        loose_equal(series->props[i].value, name)) {
      return true;
    }
  }
  return false;
}

static bool
view_class_drawn(DkgGraphViewKind view, DkgNodeClass k)
{
  if (k == DKG_NODE_HIDDEN) {
    return false;
  }
  switch (view) {
    case DKG_VIEW_FULL:
      return true;
    case DKG_VIEW_AGENCIES:
    case DKG_VIEW_MATRIX:
      return k == DKG_NODE_DIALOGUE || k == DKG_NODE_AGENCY;
    case DKG_VIEW_TIMELINE:
      return k == DKG_NODE_DIALOGUE || k == DKG_NODE_SERIES;
    case DKG_VIEW_TOPICS:
    case DKG_VIEW_TOPIC_ROUNDS:
      return k == DKG_NODE_DIALOGUE || k == DKG_NODE_TOPIC;
    case DKG_VIEW_PEOPLE:
      return k == DKG_NODE_DIALOGUE || k == DKG_NODE_PERSON;
    case DKG_VIEW_COUNTRIES:
      return k == DKG_NODE_DIALOGUE || k == DKG_NODE_COUNTRY ||
             k == DKG_NODE_PLACE;
  }
  return false;
}

typedef struct
{
  size_t node;
  size_t score;
  const char* label;
} Ranked;

static int
compare_ranked(const void* a, const void* b)
{
  const Ranked* x = (const Ranked*)a;
  const Ranked* y = (const Ranked*)b;
  if (x->score != y->score) {
    return x->score > y->score ? -1 : 1;
  }
  const int c = strcmp(x->label, y->label);
  if (c) {
    return c;
  }
  return x->node < y->node ? -1 : x->node > y->node ? 1 : 0;
}

/* What the steps of dkg_graph_view_build() share: per node, whether it is
   kept and in how many selected dialogues it is. */
typedef struct
{
  const DkgGraph* graph;
  const DkgGraphOptions* options;
  size_t n_nodes;
  bool* keep;
  size_t* score;
  DkgHash pairs; /* "from to" of the edges added */
  size_t edges_cap;
} Selection;

static bool
grow_edges(DkgGraphView* v, size_t* cap)
{
  if (v->n_edges < *cap) {
    return true;
  }
  const size_t n = *cap ? *cap * 2u : 16u;
  DkgGraphEdge* bigger =
    (DkgGraphEdge*)realloc(v->edges, n * sizeof(DkgGraphEdge));
  if (!bigger) {
    return false;
  }
  v->edges = bigger;
  *cap = n;
  return true;
}

static bool
view_add_edge(DkgGraphView* v,
              size_t* cap,
              DkgHash* pairs,
              const DkgGraphEdge* e)
{
  char key[64];
  const int n = snprintf(key, sizeof(key), "%zu %zu", e->from, e->to);
  void* old = NULL;
  if (!dkg_hash_put(pairs, key, (size_t)n, (void*)1, &old)) {
    return false;
  }
  if (old) {
    return true; /* one edge per pair of nodes in derived views */
  }
  if (!grow_edges(v, cap)) {
    return false;
  }
  v->edges[v->n_edges++] = *e;
  return true;
}

/* The dialogues of the series asked for, or all of them. */
static DkgStatus
select_dialogues(const Selection* s, DkgDiag* diag, bool* selected)
{
  const DkgGraphOptions* o = s->options;
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(s->graph, &n_dialogues);
  size_t n_selected = 0;
  for (size_t k = 0; k < n_dialogues; ++k) {
    const DkgGraphNode* d = dkg_graph_node(s->graph, dialogues[k]);
    selected[k] =
      !o->series ||
      (d->series &&
       series_matches(dkg_graph_node(s->graph, d->series - 1u), o->series));
    n_selected += selected[k];
  }
  if (o->series && !n_selected) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "--series '%s' matches no dialogue series of the input "
                    "(give its name, another name of it, or its IRI's last "
                    "segment)",
                    o->series);
    return DKG_ERR_USAGE;
  }
  return DKG_SUCCESS;
}

/* Nodes of the view's classes that belong to a selected dialogue. */
static void
keep_classes(Selection* s, const bool* selected)
{
  for (size_t i = 0; i < s->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(s->graph, i);
    if (!view_class_drawn(s->options->view, n->klass)) {
      continue;
    }
    bool in = !s->options->series;
    for (size_t k = 0; k < n->n_dialogues; ++k) {
      if (selected[n->dialogues[k]]) {
        in = true;
        ++s->score[i];
      }
    }
    s->keep[i] = in;
  }
}

/* --top N: only the agencies in the most selected dialogues. */
static bool
keep_top(Selection* s)
{
  Ranked* ranked = (Ranked*)malloc((s->n_nodes + 1u) * sizeof(Ranked));
  if (!ranked) {
    return false;
  }
  size_t n_agencies = 0;
  for (size_t i = 0; i < s->n_nodes; ++i) {
    const DkgGraphNode* n = dkg_graph_node(s->graph, i);
    if (s->keep[i] && n->klass == DKG_NODE_AGENCY) {
      ranked[n_agencies].node = i;
      ranked[n_agencies].score = s->score[i];
      ranked[n_agencies].label = n->label;
      ++n_agencies;
    }
  }
  if (n_agencies) {
    qsort(ranked, n_agencies, sizeof(Ranked), compare_ranked);
  }
  for (size_t r = s->options->top; r < n_agencies; ++r) {
    s->keep[ranked[r].node] = false;
  }
  free(ranked);
  return true;
}

/* In a partial view, a dialogue's links through its own delegations,
   sources and related events, as edges from the dialogue. */
static bool
add_derived_edges(Selection* s, DkgGraphView* v)
{
  const DkgGraph* g = s->graph;
  size_t n_dialogues = 0, n_nodes = 0, n_edges = 0;
  const size_t* dialogues = dkg_graph_dialogues(g, &n_dialogues);
  const DkgGraphEdge* edges = dkg_graph_edges(g, &n_nodes, &n_edges);
  for (size_t k = 0; k < n_dialogues; ++k) {
    const size_t d = dialogues[k];
    size_t n_out = 0;
    const size_t* out = s->keep[d] ? dkg_graph_out_edges(g, d, &n_out) : NULL;
    for (size_t a = 0; a < n_out; ++a) {
      const size_t t = edges[out[a]].to;
      if (s->keep[t] ||
          !dkg_node_class_per_dialogue(dkg_graph_node(g, t)->klass)) {
        continue;
      }
      size_t n_via = 0;
      const size_t* via = dkg_graph_out_edges(g, t, &n_via);
      for (size_t b = 0; b < n_via; ++b) {
        DkgGraphEdge e = edges[via[b]];
        if (!s->keep[e.to] || e.to == d) {
          continue;
        }
        e.from = d;
        if (!view_add_edge(v, &s->edges_cap, &s->pairs, &e)) {
          return false;
        }
      }
    }
  }
  return true;
}

/* The edges between kept nodes (derived ones too in a partial view, which
   then leaves out what it would draw unconnected). */
static bool
add_edges(Selection* s, DkgGraphView* v)
{
  size_t n_nodes = 0, n_edges = 0;
  const DkgGraphEdge* edges = dkg_graph_edges(s->graph, &n_nodes, &n_edges);
  for (size_t i = 0; i < n_edges; ++i) {
    const DkgGraphEdge* e = &edges[i];
    if (s->keep[e->from] && s->keep[e->to] &&
        !view_add_edge(v, &s->edges_cap, &s->pairs, e)) {
      return false;
    }
  }
  if (s->options->view == DKG_VIEW_FULL) {
    return true;
  }
  if (!add_derived_edges(s, v)) {
    return false;
  }
  size_t* linked = s->score; /* reused: nonzero when an edge touches it */
  memset(linked, 0, (s->n_nodes + 1u) * sizeof(size_t));
  for (size_t i = 0; i < v->n_edges; ++i) {
    linked[v->edges[i].from] = linked[v->edges[i].to] = 1u;
  }
  for (size_t i = 0; i < s->n_nodes; ++i) {
    s->keep[i] = s->keep[i] && linked[i];
  }
  return true;
}

DkgStatus
dkg_graph_view_build(const DkgGraph* g,
                     const DkgGraphOptions* o,
                     DkgDiag* diag,
                     DkgGraphView* v)
{
  size_t n_nodes = 0, n_edges = 0, n_dialogues = 0;
  (void)dkg_graph_edges(g, &n_nodes, &n_edges);
  (void)dkg_graph_dialogues(g, &n_dialogues);
  Selection s = { g, o, n_nodes, NULL, NULL, { 0 }, 0 };
  s.keep = (bool*)calloc(n_nodes + 1u, sizeof(bool));
  s.score = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  dkg_hash_init(&s.pairs);
  memset(v, 0, sizeof(*v));
  v->graph = g;
  v->options = o;
  for (size_t i = 0; i < DKG_N_NODE_CLASSES; ++i) {
    v->class_labels[i] = dkg_graph_class_label(g, (DkgNodeClass)i);
  }
  v->selected = (bool*)calloc(n_dialogues + 1u, sizeof(bool));
  v->slot = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  v->nodes = (size_t*)malloc((n_nodes + 1u) * sizeof(size_t));
  DkgStatus st = DKG_ERR_NOMEM;
  if (s.keep && s.score && v->selected && v->slot && v->nodes) {
    st = select_dialogues(&s, diag, v->selected);
  }
  if (!st) {
    keep_classes(&s, v->selected);
    st = (!o->top || keep_top(&s)) && add_edges(&s, v) ? DKG_SUCCESS
                                                       : DKG_ERR_NOMEM;
  }
  for (size_t i = 0; !st && i < n_nodes; ++i) {
    if (s.keep[i]) {
      v->nodes[v->n_nodes++] = i;
      v->slot[i] = v->n_nodes;
    }
  }
  if (st) {
    dkg_graph_view_free(v);
  }
  dkg_hash_destroy(&s.pairs);
  free(s.score);
  free(s.keep);
  return st;
}

void
dkg_graph_view_free(DkgGraphView* v)
{
  if (!v) {
    return;
  }
  free(v->nodes);
  free(v->slot);
  free(v->edges);
  free(v->selected);
  memset(v, 0, sizeof(*v));
}
