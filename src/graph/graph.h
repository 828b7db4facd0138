#ifndef DKG_GRAPH_H
#define DKG_GRAPH_H

/*
  Drawings of the graph.  The graph sink (sink_graph.c) turns the mapper's
  statements into a small model a person can look at: one node per described
  resource, labelled with its name and coloured by its class (docs/mapping.md),
  one edge per statement between two resources, labelled with the property's
  rdfs:label in ontology/dialogue.ttl (compiled in), and every literal folded
  into its subject's properties instead of becoming a node.

  When the sink is finished, a view (DkgGraphOptions) picks what is drawn and
  one of the writers below writes it:

    graph_dot.c      DOT text (Graphviz's language)
    graph_layout.c   SVG or PNG laid out with Graphviz's C library (libgvc)
    graph_graphml.c  GraphML, for Gephi, Cytoscape, yEd, networkx
    graph_tables.c   the table views (matrix, timeline, topic rounds) as DOT
    graph_html.c     one self-contained HTML page: the graph and its facts
                     (graph_facts.c) as JSON, the graph library and src/viz/

  Output is deterministic: nodes are drawn in the order their resources were
  first mentioned, edges in statement order.
*/

#include "dialoguekg/dialoguekg.h"
#include "util/hashmap.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

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

const DkgNodeStyle* dkg_node_style(DkgNodeClass klass);

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

/** What is drawn. */
typedef enum
{
  DKG_VIEW_FULL,      /**< Every resource and every link between them. */
  DKG_VIEW_AGENCIES,  /**< Dialogues and the agencies in their delegations. */
  DKG_VIEW_TOPICS,    /**< Dialogues and their topics. */
  DKG_VIEW_PEOPLE,    /**< Dialogues and the people named in them. */
  DKG_VIEW_COUNTRIES, /**< Dialogues, participating countries, places. */
  DKG_VIEW_MATRIX,    /**< Agencies x dialogues: who sat in which round. */
  DKG_VIEW_TIMELINE,  /**< Each series' rounds on a date axis. */
  DKG_VIEW_TOPIC_ROUNDS, /**< Topics x dialogues: which topics recur. */
} DkgGraphViewKind;

/** True for the views drawn as tables or a timeline (graph_tables.c) rather
    than as a network. */
bool dkg_graph_view_is_table(DkgGraphViewKind view);

typedef struct DkgGraphOptions
{
  const char* format;    /**< "dot", "svg", "png", "graphml" or "html". */
  DkgGraphViewKind view; /**< What is drawn. */
  size_t top;            /**< Keep only the N agencies of highest degree. */
  const char* series;    /**< Keep only dialogues of this series, or NULL. */
  const char* layout;    /**< Graphviz engine; NULL picks one by size. */
  const char* title;     /**< Title of the drawing, or NULL. */
  bool legend;           /**< Draw a legend (dot, svg, png). */
} DkgGraphOptions;

/** The names --view accepts, in the order of DkgGraphViewKind. */
extern const char* const dkg_graph_view_names[];

/** Looks up a view by name; false when there is none. */
bool dkg_graph_view_parse(const char* name, DkgGraphViewKind* view);

/** True when `format` is one the graph sink writes. */
bool dkg_graph_format_known(const char* format);

/** A sink that builds the model, then at `finish` selects the view and writes
    `options->format` to `out` (not closed).  Strings in `options` are
    borrowed and must outlive the sink.  Problems (no such series, a Graphviz
    failure) are reported through `diag`, and `finish` returns DKG_ERR_USAGE
    (--series matched nothing), DKG_ERR_WRITER or DKG_ERR_IO.  Returns NULL
    when out of memory or when the compiled-in ontology cannot be read. */
DkgSink* dkg_graph_sink_new(FILE* out,
                            DkgDiag* diag,
                            const DkgGraphOptions* options);

/* ---- For the writers ---------------------------------------------------- */

/** What a writer draws: node indices, and edges between them (possibly
    derived: a view may link a dialogue to an agency of its delegation). */
typedef struct
{
  const DkgGraph* graph;
  const DkgGraphOptions* options;
  size_t* nodes; /**< Drawn nodes, as indices into the graph. */
  size_t n_nodes;
  size_t* slot; /**< Per graph node: position in `nodes` + 1, or 0. */
  DkgGraphEdge* edges;
  size_t n_edges;
  const char* class_labels[DKG_N_NODE_CLASSES]; /**< From the ontology. */
  bool* selected; /**< Per dialogue (input order): kept by --series. */
} DkgGraphView;

const DkgGraphNode* dkg_graph_node(const DkgGraph* graph, size_t index);

/** The dialogue nodes, in input order: dkg_graph_dialogues()[k] is the node
    index of dialogue number k. */
const size_t* dkg_graph_dialogues(const DkgGraph* graph, size_t* count);

/** Every edge of the model; `*n_nodes` gets the number of nodes. */
const DkgGraphEdge* dkg_graph_edges(const DkgGraph* graph,
                                    size_t* n_nodes,
                                    size_t* n_edges);

/** The first value of a literal property of a node, or NULL. */
const char* dkg_graph_node_prop(const DkgGraphNode* node, const char* property);

/** A pair (what, dialogue), both node indices: an agency present in a
    dialogue (flag: it was the head's agency), a topic of a dialogue, a head
    of delegation (what: the person; via: the delegation), a participating
    country. */
typedef struct
{
  size_t what;
  size_t dialogue;
  bool flag;
  size_t via;
} DkgGraphLink;

/** What the matrix, the timeline and the topics across rounds show, for
    the dialogues a view selected.  Pairs are unique; presence and topics
    are sorted by (what, dialogue); heads keep statement order. */
typedef struct
{
  size_t* dialogues; /**< By series name, then start date. */
  size_t n_dialogues;
  size_t* agencies; /**< By country name, then name. */
  size_t n_agencies;
  DkgGraphLink* presence;
  size_t n_presence;
  DkgGraphLink* topics;
  size_t n_topics;
  DkgGraphLink* heads;
  size_t n_heads;
  DkgGraphLink* participants;
  size_t n_participants;
  size_t* series_of;  /**< Per node: a dialogue's series node + 1, or 0. */
  size_t* country_of; /**< Per node: an agency's or delegation's country + 1. */
  size_t* place_of;   /**< Per node: a dialogue's place + 1, or 0. */
} DkgGraphFacts;

/** Builds the facts of `view` (in the matrix view only drawn agencies, so
    --top applies).  Free with dkg_graph_facts_free(). */
DkgStatus dkg_graph_facts_build(const DkgGraphView* view, DkgGraphFacts* facts);

void dkg_graph_facts_free(DkgGraphFacts* facts);

/** Writes the DOT of a table view (matrix, timeline, topic rounds): an
    HTML-like table Graphviz lays out.  A table too large to lay out in
    seconds is refused with a message through `diag` (DKG_ERR_USAGE). */
DkgStatus dkg_graph_write_table_dot(const DkgGraphView* view,
                                    DkgDiag* diag,
                                    FILE* out);

/** Flags of dkg_graph_write_dot(). */
enum
{
  DKG_DOT_LARGE = 1 /**< edge labels as tooltips only, overlaps allowed */
};

/** Writes DOT (flags: DKG_DOT_*). */
DkgStatus dkg_graph_write_dot(const DkgGraphView* view, FILE* out, int flags);

DkgStatus dkg_graph_write_graphml(const DkgGraphView* view, FILE* out);

/** Lays the view out with libgvc and renders `format` ("svg" or "png"): a
    network, or a table view's table (graph_tables.c).  The rendered bytes
    go to `*result` (malloc'ed; the caller frees it) and `*len`.  Graphviz's
    messages are reported through `diag`. */
DkgStatus dkg_graph_render(const DkgGraphView* view,
                           const char* format,
                           DkgDiag* diag,
                           char** result,
                           size_t* len);

/** Lays the view out with sfdp (no edge labels, overlaps allowed: seconds
    for thousands of nodes) and stores the centre of drawn node K at
    positions[2K], positions[2K + 1] (points, y downwards).  The page uses
    it for large views, where a layout in the browser takes too long. */
DkgStatus dkg_graph_positions(const DkgGraphView* view,
                              DkgDiag* diag,
                              double* positions);

/** Writes the interactive page (see docs/visualization.md). */
DkgStatus dkg_graph_write_html(const DkgGraphView* view,
                               DkgDiag* diag,
                               FILE* out);

/** The Graphviz engine used for a view with `n_nodes` nodes and `n_edges`
    edges when none is asked for. */
const char* dkg_graph_default_layout(size_t n_nodes, size_t n_edges);

/** True when a view is too large for labelled edges to be laid out in
    seconds (or read): edges are then drawn without labels. */
bool dkg_graph_is_large(size_t n_nodes, size_t n_edges);

/** Writes `str` with XML's five special characters escaped. */
void dkg_graph_xml_escape(FILE* out, const char* str);

#endif
