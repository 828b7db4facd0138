/* The analysts' facts of a view (view.h): which agencies sat in which
   dialogue, the topics of each, the heads of delegation, the participating
   countries, in the orders the matrix, the timeline and the topics across
   rounds show them.  Read by tables.c and html.c. */

#ifndef DKG_GRAPH_FACTS_H
#define DKG_GRAPH_FACTS_H

#include "graph/view.h"

#include <stdbool.h>
#include <stddef.h>

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

/** Frees what the facts hold; NULL is allowed. */
void dkg_graph_facts_free(DkgGraphFacts* facts);

#endif
