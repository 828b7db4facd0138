/* The drawing model (model.h): statements in, nodes and edges out.  Holds
   the whole graph in memory (a few hundred bytes per resource). */

#include "graph/model.h"

#include "graph/labels.h"
#include "util/arena.h"
#include "util/hashmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE DKG_NS_RDF "type"
#define RDFS_LABEL DKG_NS_RDFS "label"
#define SKOS_PREF DKG_NS_SKOS "prefLabel"
#define SKOS_IN_SCHEME DKG_NS_SKOS "inScheme"
#define FOAF_NAME DKG_NS_FOAF "name"
#define DCT_TITLE DKG_NS_DCT "title"
#define DCT_DESCRIPTION DKG_NS_DCT "description"

/* Out-edges of each node: edge indices sorted by source, with offsets. */
typedef struct
{
  size_t* start; /* n_nodes + 1 */
  size_t* edge;  /* n_edges */
} Adjacency;

struct DkgGraph
{
  DkgArena arena; /* every string of the model */
  DkgHash index;  /* IRI -> node index + 1 */
  DkgHash labels; /* class or property IRI -> label (from the ontology) */
  DkgHash props;  /* property IRIs seen */
  DkgGraphNode* nodes;
  size_t n_nodes;
  size_t nodes_cap;
  DkgGraphEdge* edges;
  size_t n_edges;
  size_t edges_cap;
  size_t* dialogues; /* node indices of the dialogues, in input order */
  size_t n_dialogues;
  size_t dialogues_cap;
  Adjacency adj; /* built by dkg_graph_finish() */
};

/* ---- Styles ------------------------------------------------------------- */

static const DkgNodeStyle styles[DKG_N_NODE_CLASSES] = {
  { "dialogue", DKG_NS "Dialogue", "box", "#fde68a", "#b45309" },
  { "series", DKG_NS "DialogueSeries", "folder", "#fef3c7", "#92400e" },
  { "delegation", DKG_NS "Delegation", "hexagon", "#e9d5ff", "#7e22ce" },
  { "agency", DKG_NS "Agency", "component", "#bfdbfe", "#1d4ed8" },
  { "topic", DKG_NS "Topic", "ellipse", "#bbf7d0", "#15803d" },
  { "person", DKG_NS "Person", "egg", "#fecaca", "#b91c1c" },
  { "country", DKG_NS "Country", "doubleoctagon", "#e5e7eb", "#374151" },
  { "place", DKG_NS "Place", "house", "#ccfbf1", "#0f766e" },
  { "source", DKG_NS "SourceDocument", "note", "#fce7f3", "#be185d" },
  { "venue", DKG_NS "MultilateralVenue", "tab", "#c7d2fe", "#4338ca" },
  { "organization", DKG_NS_ORG "Organization", "tab", "#ddd6fe", "#6d28d9" },
  { "event", DKG_NS "RelatedEvent", "cds", "#fed7aa", "#c2410c" },
  { "other", NULL, "ellipse", "#f3f4f6", "#6b7280" },
};

const DkgNodeStyle*
dkg_node_style(DkgNodeClass klass)
{
  return klass < DKG_NODE_HIDDEN ? &styles[klass] : &styles[DKG_NODE_OTHER];
}

bool
dkg_node_class_per_dialogue(DkgNodeClass klass)
{
  return klass == DKG_NODE_DELEGATION || klass == DKG_NODE_SOURCE ||
         klass == DKG_NODE_EVENT;
}

const char*
dkg_graph_class_label(const DkgGraph* graph, DkgNodeClass klass)
{
  const DkgNodeStyle* s = dkg_node_style(klass);
  return s->class_iri ? dkg_graph_labels_get(&graph->labels, s->class_iri)
                      : "Other";
}

static const char*
term_label(const DkgGraph* g, const char* iri)
{
  return dkg_graph_labels_get(&g->labels, iri);
}

/* ---- Building the model ------------------------------------------------- */

static bool
grow(void** array, size_t* cap, size_t count, size_t size)
{
  if (count < *cap) {
    return true;
  }
  const size_t n = *cap ? *cap * 2u : 16u;
  void* bigger = realloc(*array, n * size);
  if (!bigger) {
    return false;
  }
  *array = bigger;
  *cap = n;
  return true;
}

static bool
push_index(size_t** array, size_t* cap, size_t* count, size_t value)
{
  if (!grow((void**)array, cap, *count, sizeof(size_t))) {
    return false;
  }
  (*array)[(*count)++] = value;
  return true;
}

/* The index of the node for `iri`, created when new; SIZE_MAX when out of
   memory. */
static size_t
node_get(DkgGraph* g, const char* iri, size_t len)
{
  void* found = dkg_hash_get(&g->index, iri, len);
  if (found) {
    return (size_t)(uintptr_t)found - 1u;
  }
  if (!grow((void**)&g->nodes, &g->nodes_cap, g->n_nodes, sizeof(*g->nodes))) {
    return SIZE_MAX;
  }
  DkgGraphNode* n = &g->nodes[g->n_nodes];
  memset(n, 0, sizeof(*n));
  n->klass = DKG_NODE_OTHER;
  if (!dkg_hash_put(
        &g->index, iri, len, (void*)(uintptr_t)(g->n_nodes + 1u), NULL) ||
      !(n->iri = dkg_hash_key(&g->index, iri, len))) {
    return SIZE_MAX;
  }
  return g->n_nodes++;
}

static bool
node_add_prop(DkgGraph* g,
              DkgGraphNode* n,
              const char* property,
              const char* value)
{
  if (!grow((void**)&n->props, &n->props_cap, n->n_props, sizeof(*n->props))) {
    return false;
  }
  n->props[n->n_props].key = term_label(g, property);
  n->props[n->n_props].value = value;
  n->props[n->n_props].property = property;
  ++n->n_props;
  return true;
}

/* A copy of a property IRI that lives as long as the graph (one per
   property). */
static const char*
stored_iri(DkgGraph* g, const char* iri)
{
  const size_t len = strlen(iri);
  const char* key = dkg_hash_key(&g->props, iri, len);
  if (!key && dkg_hash_put(&g->props, iri, len, (void*)1, NULL)) {
    key = dkg_hash_key(&g->props, iri, len);
  }
  return key;
}

static DkgNodeClass
class_of(const char* iri)
{
  for (size_t i = 0; i < DKG_N_NODE_CLASSES; ++i) {
    if (styles[i].class_iri && !strcmp(iri, styles[i].class_iri)) {
      return (DkgNodeClass)i;
    }
  }
  if (!strcmp(iri, DKG_NS_SKOS "ConceptScheme")) {
    return DKG_NODE_HIDDEN;
  }
  return DKG_NODE_OTHER;
}

/* A literal: a name becomes the node's name (foaf:name repeats rdfs:label),
   anything else a property. */
static DkgStatus
add_literal(DkgGraph* g, size_t si, const char* pred, const DkgTerm* o)
{
  DkgGraphNode* n = &g->nodes[si];
  const bool is_name = !strcmp(pred, RDFS_LABEL) || !strcmp(pred, SKOS_PREF) ||
                       !strcmp(pred, FOAF_NAME);
  if (is_name && n->name) {
    return DKG_SUCCESS;
  }
  char* value = dkg_arena_strndup(&g->arena, o->value, o->len);
  if (!value) {
    return DKG_ERR_NOMEM;
  }
  if (is_name) {
    n->name = value;
    return DKG_SUCCESS;
  }
  const char* prop = stored_iri(g, pred);
  return prop && node_add_prop(g, n, prop, value) ? DKG_SUCCESS : DKG_ERR_NOMEM;
}

/* rdf:type: the first class drawn apart is the node's; a dialogue is also
   listed. */
static DkgStatus
add_type(DkgGraph* g, size_t si, const char* class_iri)
{
  DkgGraphNode* n = &g->nodes[si];
  const DkgNodeClass k = class_of(class_iri);
  if (k == DKG_NODE_OTHER || n->klass != DKG_NODE_OTHER) {
    return DKG_SUCCESS;
  }
  n->klass = k;
  if (k == DKG_NODE_DIALOGUE) {
    return push_index(&g->dialogues, &g->dialogues_cap, &g->n_dialogues, si)
             ? DKG_SUCCESS
             : DKG_ERR_NOMEM;
  }
  return DKG_SUCCESS;
}

static DkgStatus
add_edge(DkgGraph* g, size_t si, const char* pred, const DkgTerm* o)
{
  const size_t oi = node_get(g, o->value, o->len);
  if (oi == SIZE_MAX ||
      !grow((void**)&g->edges, &g->edges_cap, g->n_edges, sizeof(*g->edges))) {
    return DKG_ERR_NOMEM;
  }
  const char* prop = stored_iri(g, pred);
  if (!prop) {
    return DKG_ERR_NOMEM;
  }
  DkgGraphEdge* e = &g->edges[g->n_edges++];
  e->from = si;
  e->to = oi;
  e->label = term_label(g, pred);
  e->property = prop;
  ++g->nodes[si].degree;
  ++g->nodes[oi].degree;
  if (!strcmp(pred, DKG_NS "series")) {
    g->nodes[si].series = oi + 1u;
  }
  return DKG_SUCCESS;
}

DkgStatus
dkg_graph_add(DkgGraph* g, const DkgTerm* s, const DkgTerm* p, const DkgTerm* o)
{
  if (s->kind == DKG_TERM_LITERAL || p->kind != DKG_TERM_IRI) {
    return DKG_ERR_INTERNAL;
  }
  const size_t si = node_get(g, s->value, s->len);
  if (si == SIZE_MAX) {
    return DKG_ERR_NOMEM;
  }
  const char* pred = p->value;
  if (o->kind == DKG_TERM_LITERAL) {
    return add_literal(g, si, pred, o);
  }
  if (!strcmp(pred, RDF_TYPE)) {
    return add_type(g, si, o->value);
  }
  if (!strcmp(pred, SKOS_IN_SCHEME)) {
    return DKG_SUCCESS; /* every topic is in the one scheme */
  }
  if (!strcmp(pred, DKG_NS "status")) {
    /* held / announced: an individual of the ontology, shown as a value */
    const char* prop = stored_iri(g, pred);
    return prop &&
               node_add_prop(g, &g->nodes[si], prop, term_label(g, o->value))
             ? DKG_SUCCESS
             : DKG_ERR_NOMEM;
  }
  return add_edge(g, si, pred, o);
}

/* ---- Finishing: labels, membership -------------------------------------- */

/* Copies at most `max` bytes of `str` (cut at a UTF-8 boundary and a space
   when there is one) followed by an ellipsis. */
static const char*
shorten(DkgArena* arena, const char* str, size_t max)
{
  size_t len = strlen(str);
  if (len <= max) {
    return str;
  }
  size_t cut = max;
  while (cut > 0 && ((unsigned char)str[cut] & 0xC0u) == 0x80u) {
    --cut;
  }
  size_t space = cut;
  while (space > max / 2u && str[space] != ' ') {
    --space;
  }
  if (str[space] == ' ') {
    cut = space;
  }
  char* copy = (char*)dkg_arena_alloc(arena, cut + 4u);
  if (copy) {
    memcpy(copy, str, cut);
    memcpy(copy + cut, "\xE2\x80\xA6", 4u); /* U+2026 and the NUL */
  }
  return copy;
}

static const char*
concat(DkgArena* arena, const char* a, const char* b, const char* c)
{
  const size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
  char* s = (char*)dkg_arena_alloc(arena, la + lb + lc + 1u);
  if (s) {
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, c, lc + 1u);
  }
  return s;
}

/* Links to resources the statements never describe (owl:sameAs to another
   dataset's IRI, say) are folded into their subject as values: a drawing of
   bare IRIs tells a reader nothing. */
static bool
fold_undescribed(DkgGraph* g)
{
  bool* has_out = (bool*)calloc(g->n_nodes + 1u, sizeof(bool));
  if (!has_out) {
    return false;
  }
  for (size_t i = 0; i < g->n_edges; ++i) {
    has_out[g->edges[i].from] = true;
  }
  size_t kept = 0;
  bool ok = true;
  for (size_t i = 0; i < g->n_edges; ++i) {
    const DkgGraphEdge e = g->edges[i];
    DkgGraphNode* to = &g->nodes[e.to];
    if (ok && to->klass == DKG_NODE_OTHER && !to->name && !to->n_props &&
        !has_out[e.to]) {
      ok = node_add_prop(g, &g->nodes[e.from], e.property, to->iri);
      to->klass = DKG_NODE_HIDDEN;
      --g->nodes[e.from].degree;
      --to->degree;
    } else {
      g->edges[kept++] = e;
    }
  }
  g->n_edges = kept;
  free(has_out);
  return ok;
}

/* Gives every node its display label. */
static bool
finish_labels(DkgGraph* g)
{
  for (size_t i = 0; i < g->n_nodes; ++i) {
    DkgGraphNode* n = &g->nodes[i];
    n->label = n->name;
  }
  for (size_t i = 0; i < g->n_edges; ++i) {
    const DkgGraphEdge* e = &g->edges[i];
    DkgGraphNode* from = &g->nodes[e->from];
    const DkgGraphNode* to = &g->nodes[e->to];
    if (from->klass == DKG_NODE_DELEGATION && to->name &&
        !strcmp(e->property, DKG_NS "country")) {
      /* "Japan delegation": the dialogue is the node it hangs from */
      from->label = concat(&g->arena, to->name, " delegation", "");
    } else if (from->klass == DKG_NODE_SOURCE && !from->name && to->name &&
               !strcmp(e->property, DKG_NS_DCT "publisher")) {
      const char* kind = dkg_graph_node_prop(from, DKG_NS "documentKind");
      from->name =
        concat(&g->arena, kind ? kind : "document", " by ", to->name);
    }
  }
  for (size_t i = 0; i < g->n_nodes; ++i) {
    DkgGraphNode* n = &g->nodes[i];
    const char* title = dkg_graph_node_prop(n, DCT_TITLE);
    const char* descr = dkg_graph_node_prop(n, DCT_DESCRIPTION);
    if (n->klass == DKG_NODE_SOURCE && title) {
      n->name = title;
    } else if (!n->name && descr) {
      n->name = descr;
    }
    if (!n->label) {
      n->label =
        n->name ? shorten(&g->arena, n->name, 60u) : term_label(g, n->iri);
    }
    if (!n->label) {
      return false;
    }
  }
  return true;
}

static bool
member_add(DkgGraphNode* n, size_t dialogue)
{
  if (n->n_dialogues && n->dialogues[n->n_dialogues - 1u] == dialogue) {
    return true;
  }
  return push_index(
    &n->dialogues, &n->dialogues_cap, &n->n_dialogues, dialogue);
}

static bool
adjacency_build(const DkgGraph* g, Adjacency* adj)
{
  adj->start = (size_t*)calloc(g->n_nodes + 1u, sizeof(size_t));
  adj->edge = (size_t*)malloc((g->n_edges ? g->n_edges : 1u) * sizeof(size_t));
  if (!adj->start || !adj->edge) {
    return false;
  }
  for (size_t i = 0; i < g->n_edges; ++i) {
    ++adj->start[g->edges[i].from + 1u];
  }
  for (size_t i = 0; i < g->n_nodes; ++i) {
    adj->start[i + 1u] += adj->start[i];
  }
  size_t* fill = (size_t*)malloc((g->n_nodes + 1u) * sizeof(size_t));
  if (!fill) {
    return false;
  }
  memcpy(fill, adj->start, (g->n_nodes + 1u) * sizeof(size_t));
  for (size_t i = 0; i < g->n_edges; ++i) {
    adj->edge[fill[g->edges[i].from]++] = i;
  }
  free(fill);
  return true;
}

/* A node belongs to a dialogue when the dialogue links to it, directly or
   through one of its own delegations, sources or related events. */
static bool
finish_membership(DkgGraph* g, const Adjacency* adj)
{
  for (size_t k = 0; k < g->n_dialogues; ++k) {
    const size_t d = g->dialogues[k];
    if (!member_add(&g->nodes[d], k)) {
      return false;
    }
    for (size_t a = adj->start[d]; a < adj->start[d + 1u]; ++a) {
      const size_t t = g->edges[adj->edge[a]].to;
      if (!member_add(&g->nodes[t], k)) {
        return false;
      }
      if (!dkg_node_class_per_dialogue(g->nodes[t].klass)) {
        continue;
      }
      for (size_t b = adj->start[t]; b < adj->start[t + 1u]; ++b) {
        if (!member_add(&g->nodes[g->edges[adj->edge[b]].to], k)) {
          return false;
        }
      }
    }
  }
  return true;
}

DkgStatus
dkg_graph_finish(DkgGraph* g)
{
  return fold_undescribed(g) && finish_labels(g) &&
             adjacency_build(g, &g->adj) && finish_membership(g, &g->adj)
           ? DKG_SUCCESS
           : DKG_ERR_NOMEM;
}

/* ---- Reading the model -------------------------------------------------- */

const DkgGraphNode*
dkg_graph_node(const DkgGraph* graph, size_t index)
{
  return &graph->nodes[index];
}

const char*
dkg_graph_node_name(const DkgGraphNode* node)
{
  return node->name ? node->name : node->label;
}

const char*
dkg_graph_node_prop(const DkgGraphNode* n, const char* property)
{
  for (size_t i = 0; i < n->n_props; ++i) {
    if (!strcmp(n->props[i].property, property)) {
      return n->props[i].value;
    }
  }
  return NULL;
}

const DkgGraphEdge*
dkg_graph_edges(const DkgGraph* graph, size_t* n_nodes, size_t* n_edges)
{
  *n_nodes = graph->n_nodes;
  *n_edges = graph->n_edges;
  return graph->edges;
}

const size_t*
dkg_graph_dialogues(const DkgGraph* graph, size_t* count)
{
  *count = graph->n_dialogues;
  return graph->dialogues;
}

const size_t*
dkg_graph_out_edges(const DkgGraph* graph, size_t index, size_t* count)
{
  const size_t* start = graph->adj.start;
  *count = start[index + 1u] - start[index];
  return graph->adj.edge + start[index];
}

/* ---- Life ------------------------------------------------------------- */

DkgGraph*
dkg_graph_new(void)
{
  DkgGraph* g = (DkgGraph*)calloc(1, sizeof(DkgGraph));
  if (!g) {
    return NULL;
  }
  dkg_arena_init(&g->arena, 0);
  dkg_hash_init(&g->index);
  dkg_hash_init(&g->labels);
  dkg_hash_init(&g->props);
  if (!dkg_graph_labels_load(&g->labels, &g->arena)) {
    dkg_graph_free(g);
    return NULL;
  }
  return g;
}

void
dkg_graph_free(DkgGraph* g)
{
  if (!g) {
    return;
  }
  for (size_t i = 0; i < g->n_nodes; ++i) {
    free(g->nodes[i].props);
    free(g->nodes[i].dialogues);
  }
  free(g->nodes);
  free(g->edges);
  free(g->dialogues);
  free(g->adj.start);
  free(g->adj.edge);
  dkg_hash_destroy(&g->index);
  dkg_hash_destroy(&g->labels);
  dkg_hash_destroy(&g->props);
  dkg_arena_destroy(&g->arena);
  free(g);
}
