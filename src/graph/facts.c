/* The analysts' facts behind the presence matrix, the timeline and the
   topics across rounds (facts.h): read from the model's
   edges, for the dialogues the view selected (--series). */

#include "graph/facts.h"

#include <stdlib.h>
#include <string.h>

static bool
push_link(DkgGraphLink** links, size_t* count, size_t* cap, DkgGraphLink link)
{
  if (*count == *cap) {
    const size_t next = *cap ? 2u * *cap : 64u;
    DkgGraphLink* grown =
      (DkgGraphLink*)realloc(*links, next * sizeof(DkgGraphLink));
    if (!grown) {
      return false;
    }
    *links = grown;
    *cap = next;
  }
  (*links)[(*count)++] = link;
  return true;
}

/* The facts' dialogues are sorted by series name, then date, then input
   order; this table is read by the comparators (qsort has no context). */
static const DkgGraph* sort_graph = NULL;
static const size_t* sort_series = NULL; /* per node: series node + 1 */

/* Orders two parents (series, country: node index + 1, 0 for none, which
   comes last) by name; 0 when they are the same or their names are. */
static int
compare_parents(size_t pa, size_t pb)
{
  if (pa == pb) {
    return 0;
  }
  if (!pa || !pb) {
    return pa ? -1 : 1;
  }
  const int c =
    strcmp(dkg_graph_node_name(dkg_graph_node(sort_graph, pa - 1u)),
           dkg_graph_node_name(dkg_graph_node(sort_graph, pb - 1u)));
  return c;
}

static int
compare_dialogues(const void* a, const void* b)
{
  const size_t da = *(const size_t*)a;
  const size_t db = *(const size_t*)b;
  const size_t sa = sort_series[da];
  const size_t sb = sort_series[db];
  if (sa != sb) {
    const int c = compare_parents(sa, sb); /* dialogues of no series last */
    return c ? c : (sa < sb ? -1 : 1);
  }
  const char* ta =
    dkg_graph_node_prop(dkg_graph_node(sort_graph, da), DKG_NS "startDate");
  const char* tb =
    dkg_graph_node_prop(dkg_graph_node(sort_graph, db), DKG_NS "startDate");
  const int c = strcmp(ta ? ta : "", tb ? tb : "");
  if (c) {
    return c;
  }
  return da < db ? -1 : (da > db);
}

/* Agencies by their country's name (no country last), then by name. */
static const size_t* sort_country = NULL; /* per node: country node + 1 */

static int
compare_agencies(const void* a, const void* b)
{
  const size_t na = *(const size_t*)a;
  const size_t nb = *(const size_t*)b;
  const size_t ca = sort_country[na];
  const size_t cb = sort_country[nb];
  const int by_country = compare_parents(ca, cb);
  if (by_country) {
    return by_country;
  }
  const int c = strcmp(dkg_graph_node_name(dkg_graph_node(sort_graph, na)),
                       dkg_graph_node_name(dkg_graph_node(sort_graph, nb)));
  return c ? c : (na < nb ? -1 : (na > nb));
}

static int
compare_links(const void* a, const void* b)
{
  const DkgGraphLink* x = (const DkgGraphLink*)a;
  const DkgGraphLink* y = (const DkgGraphLink*)b;
  if (x->what != y->what) {
    return x->what < y->what ? -1 : 1;
  }
  if (x->dialogue != y->dialogue) {
    return x->dialogue < y->dialogue ? -1 : 1;
  }
  return x->flag > y->flag ? -1 : (x->flag < y->flag);
}

/* Sorts links by (what, dialogue) and keeps one per pair, its flag the OR
   of the pair's flags (an agency both in a delegation and heading it). */
static void
links_unique(DkgGraphLink* links, size_t* count)
{
  if (*count < 2u) { /* qsort(NULL, 0, ...) is undefined */
    return;
  }
  qsort(links, *count, sizeof(DkgGraphLink), compare_links);
  size_t kept = 0;
  for (size_t i = 0; i < *count; ++i) {
    if (kept && links[kept - 1u].what == links[i].what &&
        links[kept - 1u].dialogue == links[i].dialogue) {
      continue; /* the first of a pair has the highest flag */
    }
    links[kept++] = links[i];
  }
  *count = kept;
}

typedef struct
{
  DkgGraphFacts* facts;
  const DkgGraphView* view;
  size_t* dialogue_of; /* per node: its dialogue (node index + 1) */
  size_t* series_of;   /* per dialogue node: series node + 1 */
  size_t* country_of;  /* per agency or delegation node: country node + 1 */
  size_t* place_of;    /* per dialogue node: place node + 1 */
  size_t* role_of;     /* per head's role node: its delegation + 1 */
  bool* selected;      /* per node: a dialogue the view selected */
  size_t cap_presence, cap_topics, cap_heads, cap_participants;
} FactsBuild;

/* First pass: which dialogue each delegation hangs from, each dialogue's
   series, each agency's and delegation's country. */
static void
facts_index(FactsBuild* b, const DkgGraphEdge* edges, size_t n_edges)
{
  const DkgGraph* g = b->view->graph;
  for (size_t i = 0; i < n_edges; ++i) {
    const DkgGraphEdge* e = &edges[i];
    const DkgNodeClass from = dkg_graph_node(g, e->from)->klass;
    if (from == DKG_NODE_DIALOGUE &&
        !strcmp(e->property, DKG_NS "delegation")) {
      b->dialogue_of[e->to] = e->from + 1u;
    } else if (from == DKG_NODE_DIALOGUE &&
               !strcmp(e->property, DKG_NS "series")) {
      b->series_of[e->from] = e->to + 1u;
    } else if (from == DKG_NODE_DIALOGUE &&
               !strcmp(e->property, DKG_NS "location")) {
      b->place_of[e->from] = e->to + 1u;
    } else if (from == DKG_NODE_DELEGATION &&
               !strcmp(e->property, DKG_NS "headRole")) {
      b->role_of[e->to] = e->from + 1u;
    } else if ((from == DKG_NODE_AGENCY || from == DKG_NODE_DELEGATION) &&
               (!strcmp(e->property, DKG_NS "country") ||
                !strcmp(e->property, DKG_NS "organization"))) {
      b->country_of[e->from] = e->to + 1u; /* or the organization's */
    }
  }
}

/* The dialogue (node index + 1) a delegation, or a head's role in one,
   belongs to, when that dialogue is selected; else 0. */
static size_t
selected_dialogue_of(const FactsBuild* b, size_t node, size_t* delegation)
{
  *delegation = b->role_of[node] ? b->role_of[node] - 1u : node;
  const size_t d = b->dialogue_of[*delegation];
  return d && b->selected[d - 1u] ? d : 0;
}

/* Second pass: presence, heads, topics, participants of selected
   dialogues. */
static bool
facts_links(FactsBuild* b, const DkgGraphEdge* edges, size_t n_edges)
{
  const DkgGraph* g = b->view->graph;
  DkgGraphFacts* f = b->facts;
  for (size_t i = 0; i < n_edges; ++i) {
    const DkgGraphEdge* e = &edges[i];
    const DkgNodeClass from = dkg_graph_node(g, e->from)->klass;
    const char* p = e->property;
    bool ok = true;
    size_t delegation = 0;
    const size_t dialogue = selected_dialogue_of(b, e->from, &delegation);
    if (dialogue && b->role_of[e->from]) {
      /* a head's qualified role (several heads): its agency */
      const DkgGraphLink link = { e->to, dialogue - 1u, true, delegation };
      if (!strcmp(p, DKG_NS "agency")) {
        ok = push_link(&f->presence, &f->n_presence, &b->cap_presence, link);
      }
    } else if (dialogue && from == DKG_NODE_DELEGATION) {
      const bool head = !strcmp(p, DKG_NS "headAgency");
      const DkgGraphLink link = { e->to, dialogue - 1u, head, e->from };
      if (head || !strcmp(p, DKG_NS "agency")) {
        ok = push_link(&f->presence, &f->n_presence, &b->cap_presence, link);
      } else if (!strcmp(p, DKG_NS "head")) {
        ok = push_link(&f->heads, &f->n_heads, &b->cap_heads, link);
      }
    } else if (from == DKG_NODE_DIALOGUE && b->selected[e->from]) {
      const DkgGraphLink link = { e->to, e->from, false, e->from };
      if (!strcmp(p, DKG_NS "topic")) {
        ok = push_link(&f->topics, &f->n_topics, &b->cap_topics, link);
      } else if (!strcmp(p, DKG_NS "participant")) {
        ok = push_link(
          &f->participants, &f->n_participants, &b->cap_participants, link);
      }
    }
    if (!ok) {
      return false;
    }
  }
  return true;
}

/* The agencies of the matrix's rows: those present in a selected dialogue
   (and drawn, in the matrix view, where --top may have left some out). */
static bool
facts_agencies(FactsBuild* b)
{
  DkgGraphFacts* f = b->facts;
  const DkgGraphView* v = b->view;
  const bool drawn_only = v->options->view == DKG_VIEW_MATRIX;
  f->agencies = (size_t*)malloc((f->n_presence + 1u) * sizeof(size_t));
  if (!f->agencies) {
    return false;
  }
  size_t kept = 0;
  for (size_t i = 0; i < f->n_presence; ++i) {
    const size_t a = f->presence[i].what;
    if (drawn_only && !v->slot[a]) {
      continue;
    }
    f->presence[kept++] = f->presence[i];
    if (!f->n_agencies || f->agencies[f->n_agencies - 1u] != a) {
      f->agencies[f->n_agencies++] = a;
    }
  }
  f->n_presence = kept;
  sort_country = b->country_of;
  if (f->n_agencies > 1u) {
    qsort(f->agencies, f->n_agencies, sizeof(size_t), compare_agencies);
  }
  return true;
}

DkgStatus
dkg_graph_facts_build(const DkgGraphView* view, DkgGraphFacts* facts)
{
  const DkgGraph* g = view->graph;
  size_t n_nodes = 0;
  size_t n_edges = 0;
  const DkgGraphEdge* edges = dkg_graph_edges(g, &n_nodes, &n_edges);
  size_t n_dialogues = 0;
  const size_t* dialogues = dkg_graph_dialogues(g, &n_dialogues);
  memset(facts, 0, sizeof(*facts));
  FactsBuild b;
  memset(&b, 0, sizeof(b));
  b.facts = facts;
  b.view = view;
  b.dialogue_of = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  b.series_of = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  b.country_of = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  b.place_of = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  b.role_of = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  b.selected = (bool*)calloc(n_nodes + 1u, sizeof(bool));
  facts->dialogues = (size_t*)malloc((n_dialogues + 1u) * sizeof(size_t));
  facts->series_of = b.series_of;
  facts->country_of = b.country_of;
  facts->place_of = b.place_of;
  DkgStatus st = DKG_ERR_NOMEM;
  if (!b.dialogue_of || !b.series_of || !b.country_of || !b.place_of ||
      !b.selected || !facts->dialogues) {
    goto done;
  }
  for (size_t k = 0; k < n_dialogues; ++k) {
    if (view->selected[k]) {
      b.selected[dialogues[k]] = true;
      facts->dialogues[facts->n_dialogues++] = dialogues[k];
    }
  }
  facts_index(&b, edges, n_edges);
  if (!facts_links(&b, edges, n_edges)) {
    goto done;
  }
  links_unique(facts->presence, &facts->n_presence);
  links_unique(facts->topics, &facts->n_topics);
  links_unique(facts->participants, &facts->n_participants);
  sort_graph = g;
  sort_series = b.series_of;
  if (facts->n_dialogues > 1u) {
    qsort(
      facts->dialogues, facts->n_dialogues, sizeof(size_t), compare_dialogues);
  }
  if (!facts_agencies(&b)) {
    goto done;
  }
  st = DKG_SUCCESS;
done:
  sort_graph = NULL;
  sort_series = NULL;
  sort_country = NULL;
  free(b.dialogue_of);
  free(b.role_of);
  free(b.selected);
  if (st) {
    dkg_graph_facts_free(facts);
  }
  return st;
}

void
dkg_graph_facts_free(DkgGraphFacts* facts)
{
  free(facts->dialogues);
  free(facts->agencies);
  free(facts->presence);
  free(facts->topics);
  free(facts->heads);
  free(facts->participants);
  free(facts->series_of);
  free(facts->country_of);
  free(facts->place_of);
  memset(facts, 0, sizeof(*facts));
}
