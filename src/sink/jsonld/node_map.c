/* Expanded mode, the first half: each statement into the node map of its
   graph (the "Serialize RDF as JSON-LD" algorithm of JSON-LD 1.1 up to the
   folding of lists), with what the folding needs: the uses of rdf:nil and
   which blank nodes are referenced once.  See jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
node_free(Node* node)
{
  if (node) {
    free(node->id);
    for (size_t i = 0; i < node->n_types; ++i) {
      free(node->types[i]);
    }
    free(node->types);
    for (size_t i = 0; i < node->n_props; ++i) {
      free(node->props[i].iri);
      free(node->props[i].values);
    }
    free(node->props);
    free(node->usages);
    free(node);
  }
}

static void
graph_free(Graph* graph)
{
  if (graph) {
    for (size_t i = 0; i < graph->n_nodes; ++i) {
      node_free(graph->order[i]);
    }
    free(graph->order);
    dkg_hash_destroy(&graph->nodes);
    free(graph->name);
    free(graph);
  }
}

Graph*
dkg_jsonld_graph(JsonldSink* sink, const char* name, DkgStatus* st)
{
  Graph* graph = (Graph*)dkg_hash_get(&sink->graphs, name, strlen(name));
  if (graph) {
    return graph;
  }
  Graph** const order = (Graph**)dkg_jsonld_grow(
    sink->graph_order, &sink->graphs_cap, sink->n_graphs + 1U, sizeof(Graph*));
  if (!order || !(graph = (Graph*)calloc(1U, sizeof(Graph))) ||
      !(graph->name = dkg_strdup(name))) {
    free(graph);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  dkg_hash_init(&graph->nodes);
  sink->graph_order = order;
  if (!dkg_hash_put(&sink->graphs, name, strlen(name), graph, NULL)) {
    graph_free(graph);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  sink->graph_order[sink->n_graphs++] = graph;
  return graph;
}

static Node*
get_node(Graph* graph, const char* id, DkgStatus* st)
{
  Node* node = (Node*)dkg_hash_get(&graph->nodes, id, strlen(id));
  if (node) {
    return node;
  }
  Node** const order = (Node**)dkg_jsonld_grow(
    graph->order, &graph->cap, graph->n_nodes + 1U, sizeof(Node*));
  if (!order || !(node = (Node*)calloc(1U, sizeof(Node))) ||
      !(node->id = dkg_strdup(id))) {
    free(node);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  graph->order = order;
  if (!dkg_hash_put(&graph->nodes, id, strlen(id), node, NULL)) {
    node_free(node);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  graph->order[graph->n_nodes++] = node;
  return node;
}

Prop*
dkg_jsonld_find_prop(const Node* node, const char* iri)
{
  for (size_t i = 0; i < node->n_props; ++i) {
    if (!strcmp(node->props[i].iri, iri)) {
      return &node->props[i];
    }
  }
  return NULL;
}

/** Adds `str` (`len` bytes) preceded by its length, so keys never collide. */
static bool
buf_add_field(DkgBuf* buf, const char* str, size_t len)
{
  char head[32];
  const int n = snprintf(head, sizeof(head), "%zu:", len);
  return n > 0 && dkg_buf_append(buf, head, (size_t)n) &&
         dkg_buf_append(buf, str, len);
}

/** Adds a canonical form of `v` to `key`, so equal values give equal keys. */
static bool
add_value_key(DkgBuf* key, const Value* v)
{
  char native = (char)('0' + (int)v->native);
  bool ok = dkg_buf_append(key, &native, 1U);
  if (v->kind == VAL_ID) {
    return ok && dkg_buf_append(key, "I", 1U) &&
           buf_add_field(key, v->id, strlen(v->id));
  }
  ok = ok && dkg_buf_append(key, "L", 1U) &&
       buf_add_field(
         key, v->type ? v->type : "", v->type ? strlen(v->type) : 0U) &&
       buf_add_field(
         key, v->lang ? v->lang : "", v->lang ? strlen(v->lang) : 0U) &&
       buf_add_field(key, v->dir ? v->dir : "", v->dir ? strlen(v->dir) : 0U);
  if (v->native == NATIVE_JSON) {
    char* const text = cJSON_PrintUnformatted(v->json);
    ok = ok && text && buf_add_field(key, text, strlen(text));
    cJSON_free(text);
    return ok;
  }
  return ok && buf_add_field(key, v->lexical ? v->lexical : "", v->len);
}

/** Marks (graph, subject, predicate, value) as seen: false if it was. */
static DkgStatus
first_sighting(JsonldSink* sink,
               const char* graph,
               const char* subject,
               const char* predicate,
               const Value* value,
               bool* first)
{
  DkgBuf key = { NULL, 0U, 0U };
  DkgStatus st = DKG_ERR_NOMEM;
  if (buf_add_field(&key, graph, strlen(graph)) &&
      buf_add_field(&key, subject, strlen(subject)) &&
      buf_add_field(&key, predicate, strlen(predicate)) &&
      add_value_key(&key, value)) {
    /* Any non-NULL value marks the key: the old one says it was seen. */
    void* before = NULL;
    if (dkg_hash_put(&sink->seen, key.buf, key.len, sink, &before)) {
      *first = before == NULL;
      st = DKG_SUCCESS;
    }
  }
  dkg_buf_destroy(&key);
  return st;
}

static DkgStatus
add_usage(Node* target, Node* node, const char* property, Value* value)
{
  Usage* const usages = (Usage*)dkg_jsonld_grow(
    target->usages, &target->usages_cap, target->n_usages + 1U, sizeof(Usage));
  if (!usages) {
    return DKG_ERR_NOMEM;
  }
  target->usages = usages;
  Usage usage = { node, property, value };
  target->usages[target->n_usages++] = usage;
  return DKG_SUCCESS;
}

/** Adds `value` (now owned by the sink) to `node`'s `predicate`. */
static DkgStatus
add_value(JsonldSink* sink,
          Node* node,
          const char* predicate,
          Value* value,
          Prop** out)
{
  Value** const all = (Value**)dkg_jsonld_grow(
    sink->values, &sink->values_cap, sink->n_values + 1U, sizeof(Value*));
  if (!all) {
    dkg_jsonld_value_free(value);
    return DKG_ERR_NOMEM;
  }
  sink->values = all;
  sink->values[sink->n_values++] = value;

  Prop* prop = dkg_jsonld_find_prop(node, predicate);
  if (!prop) {
    Prop* const props = (Prop*)dkg_jsonld_grow(
      node->props, &node->props_cap, node->n_props + 1U, sizeof(Prop));
    if (!props) {
      return DKG_ERR_NOMEM;
    }
    node->props = props;
    prop = &node->props[node->n_props];
    memset(prop, 0, sizeof(Prop));
    if (!(prop->iri = dkg_strdup(predicate))) {
      return DKG_ERR_NOMEM;
    }
    ++node->n_props;
  }
  Value** const values = (Value**)dkg_jsonld_grow(
    prop->values, &prop->cap, prop->n_values + 1U, sizeof(Value*));
  if (!values) {
    return DKG_ERR_NOMEM;
  }
  prop->values = values;
  prop->values[prop->n_values++] = value;
  *out = prop;
  return DKG_SUCCESS;
}

static DkgStatus
add_type(JsonldSink* sink, const char* graph, Node* node, const char* type)
{
  Value probe;
  memset(&probe, 0, sizeof(probe));
  probe.kind = VAL_ID;
  if (!(probe.id = dkg_strdup(type))) {
    return DKG_ERR_NOMEM;
  }
  bool first = false;
  const DkgStatus st =
    first_sighting(sink, graph, node->id, "@type", &probe, &first);
  free(probe.id);
  if (st || !first) {
    return st;
  }
  char** const types = (char**)dkg_jsonld_grow(
    node->types, &node->types_cap, node->n_types + 1U, sizeof(char*));
  if (!types) {
    return DKG_ERR_NOMEM;
  }
  node->types = types;
  if (!(node->types[node->n_types] = dkg_strdup(type))) {
    return DKG_ERR_NOMEM;
  }
  ++node->n_types;
  return DKG_SUCCESS;
}

static DkgStatus
expanded_statement_ids(JsonldSink* sink,
                       const char* gname,
                       const char* sid,
                       const char* oid,
                       const DkgTerm* p,
                       const DkgTerm* o)
{
  DkgStatus st = DKG_SUCCESS;
  Graph* const graph = dkg_jsonld_graph(sink, gname, &st);
  Node* const node = graph ? get_node(graph, sid, &st) : NULL;
  if (!node) {
    return st;
  }
  if (sink->opts.rdf_direction &&
      !strcmp(sink->opts.rdf_direction, "compound-literal") &&
      !strcmp(p->value, RDF_DIRECTION)) {
    node->compound = true;
  }
  if (oid && !get_node(graph, oid, &st)) {
    return st;
  }
  if (oid && !sink->opts.use_rdf_type && !strcmp(p->value, RDF_TYPE)) {
    return add_type(sink, gname, node, oid);
  }

  Value* value = NULL;
  bool first = false;
  if ((st = dkg_jsonld_rdf_to_object(sink, o, &value)) ||
      (st = first_sighting(sink, gname, sid, p->value, value, &first)) ||
      !first) {
    dkg_jsonld_value_free(value);
    return st;
  }
  Prop* prop = NULL;
  if ((st = add_value(sink, node, p->value, value, &prop))) {
    return st;
  }
  if (o->kind == DKG_TERM_IRI && !strcmp(oid, RDF_NIL)) {
    Node* const nil =
      (Node*)dkg_hash_get(&graph->nodes, RDF_NIL, strlen(RDF_NIL));
    return nil ? add_usage(nil, node, prop->iri, value) : DKG_ERR_INTERNAL;
  }
  if (o->kind == DKG_TERM_BLANK) {
    RefOnce* ref = (RefOnce*)dkg_hash_get(&sink->ref_once, oid, strlen(oid));
    if (ref) {
      ref->many = true;
    } else if (!(ref = (RefOnce*)calloc(1U, sizeof(RefOnce)))) {
      return DKG_ERR_NOMEM;
    } else {
      ref->usage.node = node;
      ref->usage.property = prop->iri;
      ref->usage.value = value;
      if (!dkg_hash_put(&sink->ref_once, oid, strlen(oid), ref, NULL)) {
        free(ref);
        st = DKG_ERR_NOMEM;
      }
    }
  }
  return st;
}

DkgStatus
dkg_jsonld_expanded_statement(JsonldSink* sink,
                              const DkgTerm* g,
                              const DkgTerm* s,
                              const DkgTerm* p,
                              const DkgTerm* o)
{
  DkgStatus st = DKG_SUCCESS;
  char* const gname = g ? dkg_jsonld_term_id(g) : dkg_strdup("@default");
  char* const sid = dkg_jsonld_term_id(s);
  char* const oid = o->kind == DKG_TERM_LITERAL ? NULL : dkg_jsonld_term_id(o);
  if (!gname || !sid || (o->kind != DKG_TERM_LITERAL && !oid)) {
    st = DKG_ERR_NOMEM;
  } else if (g) {
    Graph* const def = dkg_jsonld_graph(sink, "@default", &st);
    if (def && get_node(def, gname, &st)) {
      st = expanded_statement_ids(sink, gname, sid, oid, p, o);
    }
  } else {
    st = expanded_statement_ids(sink, gname, sid, oid, p, o);
  }
  free(gname);
  free(sid);
  free(oid);
  return st;
}

static void
free_value(void* handle, const char* key, void* value)
{
  (void)handle;
  (void)key;
  free(value);
}

void
dkg_jsonld_node_maps_free(JsonldSink* sink)
{
  for (size_t i = 0; i < sink->n_graphs; ++i) {
    graph_free(sink->graph_order[i]);
  }
  free(sink->graph_order);
  dkg_hash_destroy(&sink->graphs);
  dkg_hash_each(&sink->ref_once, free_value, NULL);
  dkg_hash_destroy(&sink->ref_once);
  dkg_hash_destroy(&sink->seen);
  for (size_t i = 0; i < sink->n_values; ++i) {
    dkg_jsonld_value_free(sink->values[i]);
  }
  free(sink->values);
}
