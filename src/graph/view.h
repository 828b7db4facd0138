/* What is drawn of the model (model.h): the options a drawing is asked
   with (--view, --top, --series, ...) and the nodes and edges they select.
   Every writer draws a view. */

#ifndef DKG_GRAPH_VIEW_H
#define DKG_GRAPH_VIEW_H

#include "graph/model.h"

#include <stdbool.h>
#include <stddef.h>

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

/** True for the views drawn as tables or a timeline (tables.c) rather than
    as a network. */
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

/** Chooses what `options` draw of a finished model.  Both are borrowed and
    must outlive the view.  Returns DKG_ERR_USAGE (reported through `diag`)
    when --series matches no series, DKG_ERR_NOMEM when out of memory; on
    failure the view holds nothing to free. */
DkgStatus dkg_graph_view_build(const DkgGraph* graph,
                               const DkgGraphOptions* options,
                               DkgDiag* diag,
                               DkgGraphView* view);

/** Frees what the view holds (not the view itself); NULL is allowed. */
void dkg_graph_view_free(DkgGraphView* view);

#endif
