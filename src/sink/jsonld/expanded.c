/* Expanded mode, the second half: rdf:List chains and compound literals
   (rdf:direction "compound-literal") folded into the values that use them,
   then every graph written, node ids and property keys sorted.  See
   jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

/* Expanded mode: compound literals, lists, output                          */

static const Value*
first_literal(const Node* node, const char* iri)
{
  const Prop* const prop = dkg_jsonld_find_prop(node, iri);
  return prop && prop->n_values && prop->values[0]->kind == VAL_LITERAL
           ? prop->values[0]
           : NULL;
}

static DkgStatus
fold_compound_literal(JsonldSink* sink, Node* cl)
{
  const RefOnce* const ref =
    (const RefOnce*)dkg_hash_get(&sink->ref_once, cl->id, strlen(cl->id));
  if (!ref || ref->many) {
    return DKG_SUCCESS;
  }
  const Value* const rvalue = first_literal(cl, RDF_VALUE);
  const Value* const rlang = first_literal(cl, RDF_LANGUAGE);
  const Value* const rdir = first_literal(cl, RDF_DIRECTION);
  if (rdir &&
      !(rdir->native == NATIVE_NONE &&
        (!strcmp(rdir->lexical, "ltr") || !strcmp(rdir->lexical, "rtl")))) {
    return DKG_ERR_SYNTAX; /* invalid base direction */
  }
  const Prop* const prop =
    dkg_jsonld_find_prop(ref->usage.node, ref->usage.property);
  cl->removed = true;
  for (size_t i = 0; prop && i < prop->n_values; ++i) {
    Value* const v = prop->values[i];
    if (v->kind != VAL_ID || strcmp(v->id, cl->id)) {
      continue;
    }
    free(v->id);
    v->id = NULL;
    v->kind = VAL_LITERAL;
    if (rvalue) {
      v->native = rvalue->native == NATIVE_JSON ? NATIVE_NONE : rvalue->native;
      if (!(v->lexical = dkg_strndup(rvalue->lexical ? rvalue->lexical : "",
                                     rvalue->lexical ? rvalue->len : 0U))) {
        return DKG_ERR_NOMEM;
      }
      v->len = rvalue->lexical ? rvalue->len : 0U;
    } else if (!(v->lexical = dkg_strdup(""))) {
      return DKG_ERR_NOMEM;
    }
    if ((rlang && rlang->lexical && !(v->lang = dkg_strdup(rlang->lexical))) ||
        (rdir && !(v->dir = dkg_strdup(rdir->lexical)))) {
      return DKG_ERR_NOMEM;
    }
  }
  return DKG_SUCCESS;
}

/** Whether `node` is a well-formed list node (rdf:first, rdf:rest, and at
    most the type rdf:List). */
static bool
is_list_node(const Node* node)
{
  const Prop* const first = dkg_jsonld_find_prop(node, RDF_FIRST);
  const Prop* const rest = dkg_jsonld_find_prop(node, RDF_REST);
  return first && rest && first->n_values == 1U && rest->n_values == 1U &&
         node->n_props == 2U &&
         (node->n_types == 0U ||
          (node->n_types == 1U && !strcmp(node->types[0], RDF_LIST)));
}

static DkgStatus
fold_list(JsonldSink* sink, Graph* graph, const Usage* usage)
{
  Node* node = usage->node;
  const char* property = usage->property;
  Value* head = usage->value;
  Value** list = NULL;
  size_t n = 0U;
  size_t cap = 0U;
  Node** list_nodes = NULL;
  size_t n_nodes = 0U;
  size_t nodes_cap = 0U;
  const RefOnce* ref = NULL;

  while (!strcmp(property, RDF_REST) && dkg_jsonld_is_blank(node->id) &&
         (ref = (const RefOnce*)dkg_hash_get(
            &sink->ref_once, node->id, strlen(node->id))) &&
         !ref->many && is_list_node(node)) {
    Value** const items =
      (Value**)dkg_jsonld_grow(list, &cap, n + 1U, sizeof(Value*));
    Node** const nodes = (Node**)dkg_jsonld_grow(
      list_nodes, &nodes_cap, n_nodes + 1U, sizeof(Node*));
    if (items) {
      list = items;
    }
    if (nodes) {
      list_nodes = nodes;
    }
    if (!items || !nodes) {
      free(list);
      free(list_nodes);
      return DKG_ERR_NOMEM;
    }
    const Prop* const first = dkg_jsonld_find_prop(node, RDF_FIRST);
    if (!first) {
      break; /* cannot happen: is_list_node() checked it */
    }
    list[n++] = first->values[0];
    list_nodes[n_nodes++] = node;
    node = ref->usage.node;
    property = ref->usage.property;
    head = ref->usage.value;
    if (!dkg_jsonld_is_blank(node->id)) {
      break;
    }
  }

  for (size_t i = 0; i < n / 2U; ++i) {
    Value* const tmp = list[i];
    list[i] = list[n - 1U - i];
    list[n - 1U - i] = tmp;
  }
  free(head->id);
  head->id = NULL;
  head->kind = VAL_LIST;
  free(head->items);
  head->items = list;
  head->n_items = n;
  for (size_t i = 0; i < n_nodes; ++i) {
    Node* const in_graph = (Node*)dkg_hash_get(
      &graph->nodes, list_nodes[i]->id, strlen(list_nodes[i]->id));
    if (in_graph) {
      in_graph->removed = true;
    }
  }
  free(list_nodes);
  return DKG_SUCCESS;
}

static DkgStatus
fold_graph(JsonldSink* sink, Graph* graph)
{
  DkgStatus st = DKG_SUCCESS;
  for (size_t i = 0; !st && i < graph->n_nodes; ++i) {
    Node* const node = graph->order[i];
    if (node->compound && !node->removed) {
      st = fold_compound_literal(sink, node);
    }
  }
  const Node* const nil =
    (const Node*)dkg_hash_get(&graph->nodes, RDF_NIL, strlen(RDF_NIL));
  for (size_t i = 0; !st && nil && i < nil->n_usages; ++i) {
    st = fold_list(sink, graph, &nil->usages[i]);
  }
  return st;
}

static int
compare_nodes(const void* a, const void* b)
{
  return strcmp((*(Node* const*)a)->id, (*(Node* const*)b)->id);
}

static int
compare_props(const void* a, const void* b)
{
  return strcmp(((const Prop*)a)->iri, ((const Prop*)b)->iri);
}

static bool
only_id(const Node* node)
{
  return !node->n_types && !node->n_props;
}

/** The nodes of `graph` to write, sorted; NULL with *n 0 if none. */
static DkgStatus
sorted_nodes(const Graph* graph, bool skip_only_id, Node*** out, size_t* n)
{
  *out = NULL;
  *n = 0U;
  if (!graph->n_nodes) {
    return DKG_SUCCESS;
  }
  Node** const nodes = (Node**)calloc(graph->n_nodes, sizeof(Node*));
  if (!nodes) {
    return DKG_ERR_NOMEM;
  }
  for (size_t i = 0; i < graph->n_nodes; ++i) {
    Node* const node = graph->order[i];
    if (!node->removed && !(skip_only_id && only_id(node))) {
      nodes[(*n)++] = node;
    }
  }
  qsort(nodes, *n, sizeof(Node*), compare_nodes);
  *out = nodes;
  return DKG_SUCCESS;
}

static void
write_value(JsonWriter* w, const Value* v)
{
  size_t n = 0U;
  dkg_jw_open(w, "{");
  switch (v->kind) {
    case VAL_ID:
      dkg_jw_key(w, n++, "@id");
      dkg_jw_cstring(w, v->id);
      break;
    case VAL_LIST:
      dkg_jw_key(w, n++, "@list");
      dkg_jw_open(w, "[");
      for (size_t i = 0; i < v->n_items; ++i) {
        dkg_jw_item(w, i);
        write_value(w, v->items[i]);
      }
      dkg_jw_close(w, "]", v->n_items);
      break;
    case VAL_LITERAL:
      dkg_jw_key(w, n++, "@value");
      switch (v->native) {
        case NATIVE_NONE:
          dkg_jw_string(w, v->lexical, v->len);
          break;
        case NATIVE_TRUE:
          dkg_jw_str(w, "true");
          break;
        case NATIVE_FALSE:
          dkg_jw_str(w, "false");
          break;
        case NATIVE_NUMBER:
          dkg_jw_str(w, v->lexical);
          break;
        case NATIVE_JSON:
          dkg_jw_cjson(w, v->json);
          break;
      }
      if (v->type) {
        dkg_jw_key(w, n++, "@type");
        dkg_jw_cstring(w, v->type);
      }
      if (v->lang) {
        dkg_jw_key(w, n++, "@language");
        dkg_jw_cstring(w, v->lang);
      }
      if (v->dir) {
        dkg_jw_key(w, n++, "@direction");
        dkg_jw_cstring(w, v->dir);
      }
      break;
  }
  dkg_jw_close(w, "}", n);
}

static DkgStatus
write_node(JsonldSink* sink, Node* node, const Graph* graph)
{
  JsonWriter* const w = &sink->w;
  size_t n = 0U;
  dkg_jw_open(w, "{");
  dkg_jw_key(w, n++, "@id");
  dkg_jw_cstring(w, node->id);
  if (node->n_types) {
    dkg_jw_key(w, n++, "@type");
    dkg_jw_open(w, "[");
    for (size_t i = 0; i < node->n_types; ++i) {
      dkg_jw_item(w, i);
      dkg_jw_cstring(w, node->types[i]);
    }
    dkg_jw_close(w, "]", node->n_types);
  }
  if (node->n_props) {
    qsort(node->props, node->n_props, sizeof(Prop), compare_props);
  }
  for (size_t i = 0; i < node->n_props; ++i) {
    const Prop* const prop = &node->props[i];
    dkg_jw_key(w, n++, prop->iri);
    dkg_jw_open(w, "[");
    for (size_t j = 0; j < prop->n_values; ++j) {
      dkg_jw_item(w, j);
      write_value(w, prop->values[j]);
    }
    dkg_jw_close(w, "]", prop->n_values);
  }
  if (graph) {
    Node** nodes = NULL;
    size_t n_nodes = 0U;
    const DkgStatus st = sorted_nodes(graph, true, &nodes, &n_nodes);
    if (st) {
      return st;
    }
    dkg_jw_key(w, n++, "@graph");
    dkg_jw_open(w, "[");
    for (size_t i = 0; i < n_nodes; ++i) {
      dkg_jw_item(w, i);
      write_node(sink, nodes[i], NULL);
    }
    dkg_jw_close(w, "]", n_nodes);
    free(nodes);
  }
  dkg_jw_close(w, "}", n);
  return w->st;
}

DkgStatus
dkg_jsonld_expanded_finish(JsonldSink* sink)
{
  DkgStatus st = DKG_SUCCESS;
  Graph* const def = dkg_jsonld_graph(sink, "@default", &st);
  for (size_t i = 0; !st && i < sink->n_graphs; ++i) {
    st = fold_graph(sink, sink->graph_order[i]);
  }
  Node** nodes = NULL;
  size_t n_nodes = 0U;
  if (st || (st = sorted_nodes(def, false, &nodes, &n_nodes))) {
    return st;
  }
  JsonWriter* const w = &sink->w;
  size_t n = 0U;
  dkg_jw_open(w, "[");
  for (size_t i = 0; !st && i < n_nodes; ++i) {
    const Graph* const graph = (const Graph*)dkg_hash_get(
      &sink->graphs, nodes[i]->id, strlen(nodes[i]->id));
    if (graph || !only_id(nodes[i])) {
      dkg_jw_item(w, n++);
      st = write_node(sink, nodes[i], graph);
    }
  }
  dkg_jw_close(w, "]", n);
  dkg_jw_str(w, "\n");
  free(nodes);
  return st ? st : w->st;
}
