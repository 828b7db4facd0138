#ifndef DKG_RDF_INPUT_H
#define DKG_RDF_INPUT_H

/* RDF files read back into a sink: what lets `convert` re-serialize and
   `viz` draw any export (Turtle, N-Triples, N-Quads, RDF/XML, TriG;
   raptor2 parses them).  JSON-LD is not read: raptor2 has no JSON-LD parser. */

#include "dialoguekg/dialoguekg.h"

#include <stdio.h>

typedef struct
{
  const char* syntax;       /* raptor2 parser name: dkg_input_syntax() */
  const DkgTerm* graph;     /* graph of triples (a quad keeps its own);
                               NULL: the default graph */
  const char* blank_prefix; /* put before every blank node label, so
                               that two files' _:b1 stay two nodes; NULL:
                               labels kept */
} DkgRdfInputOptions;

/** Parses `stream` (named `name` in messages; not closed) and passes each
    statement to `sink` as it is parsed.  Relative IRIs resolve against the
    file's own URI.  A syntax error is reported through `diag` with
    FILE:LINE:COL and gives DKG_ERR_SYNTAX; a failing sink stops the parse
    and its status is returned.  `*n_statements` (unless NULL) counts what
    reached the sink. */
DkgStatus dkg_rdf_input_read(FILE* stream,
                             const char* name,
                             const DkgRdfInputOptions* options,
                             DkgSink* sink,
                             DkgDiag* diag,
                             uint64_t* n_statements);

#endif
