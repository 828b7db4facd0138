#ifndef DKG_QUERY_ENDPOINT_H
#define DKG_QUERY_ENDPOINT_H

/* A client of the SPARQL 1.1 Protocol: sends a query to an endpoint (any
   store: Fuseki, GraphDB, QLever, Virtuoso, `dialoguekg serve`) by POST
   (application/sparql-query) and takes back SPARQL JSON results or a graph
   in N-Triples, Turtle or RDF/XML.  Every failure names the endpoint and
   the HTTP status or the connection error; a whole-request deadline holds. */

#include "dialoguekg/dialoguekg.h"
#include "query/engine.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct
{
  const char* url;         /* the endpoint (http or https) */
  unsigned long timeout_s; /* whole request (0: 600 s) */
} DkgEndpointOptions;

typedef struct
{
  DkgQueryForm form; /* SELECT/ASK (solutions) or CONSTRUCT (graph) */
  char* body;        /* the answer (malloc'd, NUL after it) */
  size_t len;
  const char* graph_syntax; /* for a graph: raptor2's parser name */
} DkgEndpointAnswer;

/** True when `url` is an http or https URL without credentials; reports
    (dkg_cli_error style, on stderr) when not. */
bool dkg_endpoint_url_ok(const char* url);

/** Sends `query`; on success fills `answer` (clear it in every case). */
DkgStatus dkg_endpoint_query(const DkgEndpointOptions* options,
                             const char* query,
                             DkgDiag* diag,
                             DkgEndpointAnswer* answer);

void dkg_endpoint_answer_clear(DkgEndpointAnswer* answer);

#endif
