/* The drawing model, the bottom of the graph stack: the mapper's statements
   turned into what a person looks at.  One node per described resource,
   labelled with its name and coloured by its class (docs/mapping.md), one
   edge per statement between two resources, labelled with the property's
   rdfs:label in the ontology (labels.h), and every literal folded into its
   subject's properties instead of becoming a node.

   The stack, each layer calling only those below it:

     model.c      this model (labels.c: the ontology's labels)
     view.c       what a view draws of it (--view, --top, --series)
     facts.c      the analysts' facts of a view (matrix, timeline, topics)
     dot.c        DOT of a network view; tables.c: DOT of a table view
     graphml.c    GraphML of a network view
     layout.c     SVG, PNG and node positions: DOT laid out by libgvc
     html.c       the interactive page, on the layout and the facts
     sink.c       the graph sink: builds the model, picks a writer

   Nodes keep the order their resources were first mentioned in, edges
   statement order: every writer's output is deterministic. */

#ifndef DKG_GRAPH_MODEL_H
#define DKG_GRAPH_MODEL_H

#include "dialoguekg/dialoguekg.h"

#include <stdbool.h>
#include <stddef.h>

/** The classes a node can be drawn as; each has its own shape and colour. */
typedef enum
{
  DKG_NODE_DIALOGUE,
  DKG_NODE_SERIES,
  DKG_NODE_DELEGATION,
  DKG_NODE_AGENCY,
  DKG_NODE_TOPIC,
  DKG_NODE_PERSON,
  DKG_NODE_COUNTRY,
  DKG_NODE_PLACE,
  DKG_NODE_SOURCE,
  DKG_NODE_VENUE,
  DKG_NODE_ORGANIZATION,
  DKG_NODE_EVENT,
  DKG_NODE_OTHER,
  DKG_NODE_HIDDEN, /**< Never drawn (the topic scheme). */
} DkgNodeClass;

#define DKG_N_NODE_CLASSES ((size_t)DKG_NODE_HIDDEN)

/** How a class is drawn. */
typedef struct
{
  const char* key;       /**< Short name: "dialogue", "agency", ... */
  const char* class_iri; /**< Its class in the ontology, or NULL. */
  const char* shape;     /**< Graphviz shape. */
  const char* fill;      /**< Fill colour, #rrggbb. */
  const char* stroke;    /**< Border colour, #rrggbb. */
} DkgNodeStyle;

/** The style of a class (DKG_NODE_HIDDEN and unknown values: "other's"). */
const DkgNodeStyle* dkg_node_style(DkgNodeClass klass);

/** True for the classes that are a dialogue's own (delegation, source,
    related event): what they link to belongs to their dialogue too. */
bool dkg_node_class_per_dialogue(DkgNodeClass klass);

/** A literal folded into a node: property label and value. */
typedef struct
{
  const char* key;      /**< The property's label. */
  const char* value;    /**< The literal's lexical form. */
  const char* property; /**< The property's IRI. */
} DkgGraphProp;

typedef struct
{
  const char* iri;
  const char* label; /**< Display name (never NULL after finishing). */
  const char* name;  /**< The full rdfs:label / skos:prefLabel, or NULL. */
  DkgNodeClass klass;
  DkgGraphProp* props;
  size_t n_props;
  size_t props_cap;
  size_t degree;     /**< Edges touching it in the whole graph. */
  size_t* dialogues; /**< Indices (into dkg_graph_dialogues) it belongs to. */
  size_t n_dialogues;
  size_t dialogues_cap;
  size_t series; /**< Node index + 1 of a dialogue's series, else 0. */
} DkgGraphNode;

typedef struct
{
  size_t from; /**< Node index. */
  size_t to;
  const char* label;    /**< The property's label. */
  const char* property; /**< The property's IRI. */
} DkgGraphEdge;

typedef struct DkgGraph DkgGraph;

/** An empty model, with the compiled-in ontology's labels read.  NULL when
    out of memory or when the ontology cannot be read.  Free with
    dkg_graph_free(). */
DkgGraph* dkg_graph_new(void);

/** Frees the model and everything it holds; NULL is allowed. */
void dkg_graph_free(DkgGraph* graph);

/** Adds one statement (the graph name is ignored): a literal becomes a
    property of its subject (a name its label), rdf:type its class, any
    other link an edge (dkg:status and skos:inScheme excepted).  Returns
    DKG_ERR_INTERNAL for a literal subject or a non-IRI predicate,
    DKG_ERR_NOMEM when out of memory. */
DkgStatus dkg_graph_add(DkgGraph* graph,
                        const DkgTerm* subject,
                        const DkgTerm* predicate,
                        const DkgTerm* object);

/** Ends the statements: folds links to undescribed IRIs into values, gives
    every node its display label and the dialogues it belongs to.  Call
    once, before any of the readers below but dkg_graph_node().  Returns
    DKG_ERR_NOMEM when out of memory (the model is then only fit to be
    freed). */
DkgStatus dkg_graph_finish(DkgGraph* graph);

/** Node `index` (< the count dkg_graph_edges() gives). */
const DkgGraphNode* dkg_graph_node(const DkgGraph* graph, size_t index);

/** A node's full name, else its display label. */
const char* dkg_graph_node_name(const DkgGraphNode* node);

/** The first value of a literal property of a node, or NULL. */
const char* dkg_graph_node_prop(const DkgGraphNode* node, const char* property);

/** The dialogue nodes, in input order: dkg_graph_dialogues()[k] is the node
    index of dialogue number k. */
const size_t* dkg_graph_dialogues(const DkgGraph* graph, size_t* count);

/** Every edge of the model; `*n_nodes` gets the number of nodes. */
const DkgGraphEdge* dkg_graph_edges(const DkgGraph* graph,
                                    size_t* n_nodes,
                                    size_t* n_edges);

/** The edges leaving node `index`, as indices into dkg_graph_edges(), in
    statement order; `*count` gets their number.  Only after finishing. */
const size_t* dkg_graph_out_edges(const DkgGraph* graph,
                                  size_t index,
                                  size_t* count);

/** The ontology's label of a class ("Dialogue", ...; "Other" for
    DKG_NODE_OTHER). */
const char* dkg_graph_class_label(const DkgGraph* graph, DkgNodeClass klass);

#endif
