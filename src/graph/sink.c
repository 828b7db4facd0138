/* The graph sink: statements -> a drawing model (graph.h), then a view of it
   -> one of the graph writers.  Holds the whole graph in memory (a few
   hundred bytes per resource). */

#include "graph/assets.h"
#include "graph/graph.h"

#include <raptor2.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE DKG_NS_RDF "type"
#define RDFS_LABEL DKG_NS_RDFS "label"
#define SKOS_PREF DKG_NS_SKOS "prefLabel"
#define SKOS_ALT DKG_NS_SKOS "altLabel"
#define SKOS_IN_SCHEME DKG_NS_SKOS "inScheme"
#define FOAF_NAME DKG_NS_FOAF "name"
#define DCT_TITLE DKG_NS_DCT "title"
#define DCT_DESCRIPTION DKG_NS_DCT "description"

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
};

typedef struct
{
  struct DkgSinkImpl base;
  DkgGraph graph;
  FILE* out;
  DkgDiag* diag;
  DkgGraphOptions options;
  bool ontology_failed;
} GraphSink;

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

bool
dkg_graph_format_known(const char* format)
{
  static const char* const known[] = { "dot", "svg", "png", "graphml", "html" };
  for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); ++i) {
    if (!strcmp(format, known[i])) {
      return true;
    }
  }
  return false;
}

/* Labels of properties from outside the ontology (dialogue.ttl labels only
   its own terms). */
static const char* const builtin_labels[][2] = {
  { RDFS_LABEL, "label" },
  { SKOS_PREF, "label" },
  { SKOS_ALT, "also known as" },
  { FOAF_NAME, "name" },
  { DKG_NS_DCT "identifier", "identifier" },
  { DCT_TITLE, "title" },
  { DKG_NS_DCT "publisher", "publisher" },
  { DKG_NS_DCT "issued", "issued" },
  { DCT_DESCRIPTION, "description" },
  { DKG_NS_SCHEMA "url", "URL" },
  { DKG_NS_ORG "Organization", "Organization" },
  { DKG_NS_OWL "sameAs", "same as" },
  { DKG_NS_SKOS "exactMatch", "exact match" },
  { DKG_NS_SKOS "closeMatch", "close match" },
  { DKG_NS_RDFS "seeAlso", "see also" },
};

/* ---- The ontology's labels ---------------------------------------------- */

static void
ontology_statement(void* user_data, raptor_statement* st)
{
  DkgGraph* g = (DkgGraph*)user_data;
  if (st->subject->type != RAPTOR_TERM_TYPE_URI ||
      st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
    return;
  }
  size_t plen = 0, slen = 0;
  const char* p =
    (const char*)raptor_uri_as_counted_string(st->predicate->value.uri, &plen);
  const char* s =
    (const char*)raptor_uri_as_counted_string(st->subject->value.uri, &slen);
  const raptor_term_literal_value* lit = &st->object->value.literal;
  if (strcmp(p, RDFS_LABEL) != 0 || strncmp(s, DKG_NS, strlen(DKG_NS)) != 0 ||
      (lit->language && strcmp((const char*)lit->language, "en") != 0)) {
    return;
  }
  char* label = dkg_arena_strndup(
    &g->arena, (const char*)lit->string, (size_t)lit->string_len);
  if (label) {
    (void)dkg_hash_put(&g->labels, s, slen, label, NULL);
  }
}

static void
ontology_log(void* user_data, raptor_log_message* message)
{
  GraphSink* sink = (GraphSink*)user_data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    sink->ontology_failed = true;
  }
}

/* Reads the rdfs:label of every term of the compiled-in ontology. */
static bool
load_ontology_labels(GraphSink* sink)
{
  bool ok = false;
  raptor_world* world = raptor_new_world();
  raptor_parser* parser = NULL;
  raptor_uri* base = NULL;
  if (!world || raptor_world_open(world)) {
    goto done;
  }
  raptor_world_set_log_handler(world, sink, ontology_log);
  parser = raptor_new_parser(world, "turtle");
  base = raptor_new_uri(world,
                        (const unsigned char*)"https://w3id.org/dialoguekg/ns");
  if (!parser || !base) {
    goto done;
  }
  raptor_parser_set_statement_handler(parser, &sink->graph, ontology_statement);
  if (raptor_parser_parse_start(parser, base) ||
      raptor_parser_parse_chunk(parser,
                                (const unsigned char*)dkg_ontology_ttl,
                                dkg_ontology_ttl_len,
                                1)) {
    goto done;
  }
  ok = !sink->ontology_failed && sink->graph.labels.count > 0;
done:
  if (base) {
    raptor_free_uri(base);
  }
  if (parser) {
    raptor_free_parser(parser);
  }
  if (world) {
    raptor_free_world(world);
  }
  return ok;
}

/* The label of a property or class: the ontology's, a built-in one, or the
   IRI's local name. */
static const char*
term_label(const DkgGraph* g, const char* iri)
{
  const char* label = (const char*)dkg_hash_get(&g->labels, iri, strlen(iri));
  if (label) {
    return label;
  }
  for (size_t i = 0; i < sizeof(builtin_labels) / sizeof(builtin_labels[0]);
       ++i) {
    if (!strcmp(iri, builtin_labels[i][0])) {
      return builtin_labels[i][1];
    }
  }
  const char* hash = strrchr(iri, '#');
  const char* slash = strrchr(iri, '/');
  const char* cut = hash > slash ? hash : slash;
  return cut && cut[1] ? cut + 1 : iri;
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

static DkgStatus
graph_statement(DkgSink* base,
                const DkgTerm* graph,
                const DkgTerm* s,
                const DkgTerm* p,
                const DkgTerm* o)
{
  GraphSink* sink = (GraphSink*)base;
  DkgGraph* g = &sink->graph;
  (void)graph;
  if (s->kind == DKG_TERM_LITERAL || p->kind != DKG_TERM_IRI) {
    return DKG_ERR_INTERNAL;
  }
  const size_t si = node_get(g, s->value, s->len);
  if (si == SIZE_MAX) {
    return DKG_ERR_NOMEM;
  }
  const char* pred = p->value;
  if (o->kind == DKG_TERM_LITERAL) {
    DkgGraphNode* n = &g->nodes[si];
    const bool is_name = !strcmp(pred, RDFS_LABEL) ||
                         !strcmp(pred, SKOS_PREF) || !strcmp(pred, FOAF_NAME);
    if (is_name && n->name) {
      return DKG_SUCCESS; /* foaf:name repeats rdfs:label */
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
    return prop && node_add_prop(g, n, prop, value) ? DKG_SUCCESS
                                                    : DKG_ERR_NOMEM;
  }
  if (!strcmp(pred, RDF_TYPE)) {
    DkgGraphNode* n = &g->nodes[si];
    const DkgNodeClass k = class_of(o->value);
    if (k != DKG_NODE_OTHER && n->klass == DKG_NODE_OTHER) {
      n->klass = k;
      if (k == DKG_NODE_DIALOGUE) {
        if (!grow((void**)&g->dialogues,
                  &g->dialogues_cap,
                  g->n_dialogues,
                  sizeof(size_t))) {
          return DKG_ERR_NOMEM;
        }
        g->dialogues[g->n_dialogues++] = si;
      }
    }
    return DKG_SUCCESS;
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
  if (!grow((void**)&n->dialogues,
            &n->dialogues_cap,
            n->n_dialogues,
            sizeof(size_t))) {
    return false;
  }
  n->dialogues[n->n_dialogues++] = dialogue;
  return true;
}

static bool
per_dialogue(DkgNodeClass k)
{
  return k == DKG_NODE_DELEGATION || k == DKG_NODE_SOURCE ||
         k == DKG_NODE_EVENT;
}

/* Out-edges of each node: edge indices sorted by source, with offsets. */
typedef struct
{
  size_t* start; /* n_nodes + 1 */
  size_t* edge;  /* n_edges */
} Adjacency;

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

static void
adjacency_free(Adjacency* adj)
{
  free(adj->start);
  free(adj->edge);
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
      if (!per_dialogue(g->nodes[t].klass)) {
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

const DkgGraphNode*
dkg_graph_node(const DkgGraph* graph, size_t index)
{
  return &graph->nodes[index];
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

/* ---- Views -------------------------------------------------------------- */

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

static void
view_free(DkgGraphView* v)
{
  free(v->nodes);
  free(v->slot);
  free(v->edges);
  free(v->selected);
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
  if (!grow((void**)&v->edges, cap, v->n_edges, sizeof(*v->edges))) {
    return false;
  }
  v->edges[v->n_edges++] = *e;
  return true;
}

/* Chooses the drawn nodes and edges.  Returns DKG_ERR_USAGE when --series
   matches no series. */
static DkgStatus
view_build(GraphSink* sink, const Adjacency* adj, DkgGraphView* v)
{
  const DkgGraph* g = &sink->graph;
  const DkgGraphOptions* o = &sink->options;
  DkgStatus st = DKG_ERR_NOMEM;
  bool* selected = NULL;
  bool* keep = (bool*)calloc(g->n_nodes + 1u, sizeof(bool));
  size_t* score = (size_t*)calloc(g->n_nodes + 1u, sizeof(size_t));
  Ranked* ranked = NULL;
  DkgHash pairs;
  dkg_hash_init(&pairs);
  memset(v, 0, sizeof(*v));
  v->graph = g;
  v->options = o;
  v->selected = selected = (bool*)calloc(g->n_dialogues + 1u, sizeof(bool));
  for (size_t i = 0; i < DKG_N_NODE_CLASSES; ++i) {
    v->class_labels[i] =
      styles[i].class_iri ? term_label(g, styles[i].class_iri) : "Other";
  }
  v->slot = (size_t*)calloc(g->n_nodes + 1u, sizeof(size_t));
  v->nodes = (size_t*)malloc((g->n_nodes + 1u) * sizeof(size_t));
  if (!selected || !keep || !score || !v->slot || !v->nodes) {
    goto done;
  }

  /* Dialogues of the series asked for, or all of them. */
  size_t n_selected = 0;
  for (size_t k = 0; k < g->n_dialogues; ++k) {
    const DkgGraphNode* d = &g->nodes[g->dialogues[k]];
    selected[k] =
      !o->series ||
      (d->series && series_matches(&g->nodes[d->series - 1u], o->series));
    n_selected += selected[k];
  }
  if (o->series && !n_selected) {
    dkg_diag_report(sink->diag,
                    DKG_ERROR,
                    NULL,
                    "--series '%s' matches no dialogue series of the input "
                    "(give its name, another name of it, or its IRI's last "
                    "segment)",
                    o->series);
    st = DKG_ERR_USAGE;
    goto done;
  }

  /* Nodes of the view's classes that belong to a selected dialogue. */
  for (size_t i = 0; i < g->n_nodes; ++i) {
    const DkgGraphNode* n = &g->nodes[i];
    if (!view_class_drawn(o->view, n->klass)) {
      continue;
    }
    bool in = !o->series;
    for (size_t k = 0; k < n->n_dialogues; ++k) {
      if (selected[n->dialogues[k]]) {
        in = true;
        ++score[i];
      }
    }
    keep[i] = in;
  }

  /* --top N: the agencies in the most selected dialogues. */
  if (o->top) {
    size_t n_agencies = 0;
    ranked = (Ranked*)malloc((g->n_nodes + 1u) * sizeof(Ranked));
    if (!ranked) {
      goto done;
    }
    for (size_t i = 0; i < g->n_nodes; ++i) {
      if (keep[i] && g->nodes[i].klass == DKG_NODE_AGENCY) {
        ranked[n_agencies].node = i;
        ranked[n_agencies].score = score[i];
        ranked[n_agencies].label = g->nodes[i].label;
        ++n_agencies;
      }
    }
    qsort(ranked, n_agencies, sizeof(Ranked), compare_ranked);
    for (size_t r = o->top; r < n_agencies; ++r) {
      keep[ranked[r].node] = false;
    }
  }

  /* Edges between kept nodes; in a partial view, also a dialogue's links
     through its own delegations, sources and related events. */
  size_t edges_cap = 0;
  for (size_t i = 0; i < g->n_edges; ++i) {
    const DkgGraphEdge* e = &g->edges[i];
    if (keep[e->from] && keep[e->to] &&
        !view_add_edge(v, &edges_cap, &pairs, e)) {
      goto done;
    }
  }
  if (o->view != DKG_VIEW_FULL) {
    for (size_t k = 0; k < g->n_dialogues; ++k) {
      const size_t d = g->dialogues[k];
      if (!keep[d]) {
        continue;
      }
      for (size_t a = adj->start[d]; a < adj->start[d + 1u]; ++a) {
        const size_t t = g->edges[adj->edge[a]].to;
        if (keep[t] || !per_dialogue(g->nodes[t].klass)) {
          continue;
        }
        for (size_t b = adj->start[t]; b < adj->start[t + 1u]; ++b) {
          DkgGraphEdge e = g->edges[adj->edge[b]];
          if (!keep[e.to] || e.to == d) {
            continue;
          }
          e.from = d;
          if (!view_add_edge(v, &edges_cap, &pairs, &e)) {
            goto done;
          }
        }
      }
    }
    /* Partial views leave out what they would draw unconnected. */
    size_t* linked = score; /* reused: nonzero when an edge touches it */
    memset(linked, 0, (g->n_nodes + 1u) * sizeof(size_t));
    for (size_t i = 0; i < v->n_edges; ++i) {
      linked[v->edges[i].from] = linked[v->edges[i].to] = 1u;
    }
    for (size_t i = 0; i < g->n_nodes; ++i) {
      keep[i] = keep[i] && linked[i];
    }
  }

  for (size_t i = 0; i < g->n_nodes; ++i) {
    if (keep[i]) {
      v->nodes[v->n_nodes++] = i;
      v->slot[i] = v->n_nodes;
    }
  }
  st = DKG_SUCCESS;
done:
  if (st) {
    view_free(v);
  }
  dkg_hash_destroy(&pairs);
  free(ranked);
  free(score);
  free(keep);
  return st;
}

/* ---- The sink ----------------------------------------------------------- */

static DkgStatus
write_rendered(GraphSink* sink, const DkgGraphView* view)
{
  char* data = NULL;
  size_t len = 0;
  DkgStatus st =
    dkg_graph_render(view, sink->options.format, sink->diag, &data, &len);
  if (!st && fwrite(data, 1, len, sink->out) != len) {
    st = DKG_ERR_IO;
  }
  free(data);
  return st;
}

static DkgStatus
graph_finish(DkgSink* base)
{
  GraphSink* sink = (GraphSink*)base;
  DkgGraph* g = &sink->graph;
  Adjacency adj = { NULL, NULL };
  DkgGraphView view;
  DkgStatus st = DKG_ERR_NOMEM;
  if (!fold_undescribed(g) || !finish_labels(g) || !adjacency_build(g, &adj) ||
      !finish_membership(g, &adj)) {
    goto done;
  }
  st = view_build(sink, &adj, &view);
  if (st) {
    goto done;
  }
  const char* f = sink->options.format;
  if (!strcmp(f, "dot") && dkg_graph_view_is_table(sink->options.view)) {
    st = dkg_graph_write_table_dot(&view, sink->diag, sink->out);
  } else if (!strcmp(f, "dot")) {
    st = dkg_graph_write_dot(&view, sink->out, 0);
  } else if (!strcmp(f, "graphml")) {
    st = dkg_graph_write_graphml(&view, sink->out);
  } else if (!strcmp(f, "html")) {
    st = dkg_graph_write_html(&view, sink->diag, sink->out);
  } else {
    st = write_rendered(sink, &view);
  }
  if (!st && (fflush(sink->out) || ferror(sink->out))) {
    st = DKG_ERR_IO;
  }
  view_free(&view);
done:
  adjacency_free(&adj);
  return st;
}

static void
graph_free(DkgSink* base)
{
  GraphSink* sink = (GraphSink*)base;
  DkgGraph* g = &sink->graph;
  for (size_t i = 0; i < g->n_nodes; ++i) {
    free(g->nodes[i].props);
    free(g->nodes[i].dialogues);
  }
  free(g->nodes);
  free(g->edges);
  free(g->dialogues);
  dkg_hash_destroy(&g->index);
  dkg_hash_destroy(&g->labels);
  dkg_hash_destroy(&g->props);
  dkg_arena_destroy(&g->arena);
  free(sink);
}

static const DkgSinkClass graph_sink_class = {
  "graph", NULL, graph_statement, graph_finish, graph_free,
};

DkgSink*
dkg_graph_sink_new(FILE* out, DkgDiag* diag, const DkgGraphOptions* options)
{
  if (!dkg_graph_format_known(options->format)) {
    return NULL;
  }
  GraphSink* sink = (GraphSink*)calloc(1, sizeof(GraphSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &graph_sink_class;
  sink->out = out;
  sink->diag = diag;
  sink->options = *options;
  dkg_arena_init(&sink->graph.arena, 0);
  dkg_hash_init(&sink->graph.index);
  dkg_hash_init(&sink->graph.labels);
  dkg_hash_init(&sink->graph.props);
  if (!load_ontology_labels(sink)) {
    graph_free(&sink->base);
    return NULL;
  }
  return &sink->base;
}
