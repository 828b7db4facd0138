#ifndef DKG_QUERY_RESULTS_H
#define DKG_QUERY_RESULTS_H

/* SPARQL results in the formats `query` prints.

   In: the results of a SELECT or ASK query as SPARQL 1.1 Query Results JSON
   (what the engine and SPARQL endpoints answer), or the graph of a CONSTRUCT
   or DESCRIBE query as N-Triples.  Out: a table for a terminal, CSV and TSV
   (SPARQL 1.1 Query Results CSV and TSV), SPARQL JSON, SPARQL XML; graphs as
   N-Triples, Turtle or RDF/XML.

   Nothing is written that would be wrong: a term a format cannot carry (a
   character XML 1.0 forbids, an RDF-star triple) is refused with a message
   and DKG_ERR_WRITER, and the caller discards what was written (the output
   of `query -o` is atomic). */

#include "dialoguekg/dialoguekg.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum
{
  DKG_RESULTS_TABLE,
  DKG_RESULTS_CSV,
  DKG_RESULTS_TSV,
  DKG_RESULTS_JSON,
  DKG_RESULTS_XML,
  DKG_RESULTS_NTRIPLES,
  DKG_RESULTS_TURTLE,
  DKG_RESULTS_RDFXML,
} DkgResultsFormat;

/** The format named `name` ("table", "csv", "tsv", "json", "xml",
    "ntriples" or "nt", "turtle" or "ttl", "rdfxml"); false if none. */
bool dkg_results_format_parse(const char* name, DkgResultsFormat* format);

/** True for the formats of graphs (CONSTRUCT, DESCRIBE). */
bool dkg_results_format_is_graph(DkgResultsFormat format);

/** Writes SELECT or ASK results, given as SPARQL JSON in `json` (`len`
    bytes), in `format` (a graph format is DKG_ERR_USAGE, reported).  ASK in
    CSV/TSV, which have no boolean form, is one line "true" or "false"; in a
    table "yes" or "no".  Problems are reported through `diag` with `name`
    (where the results came from). */
DkgStatus dkg_results_write_solutions(const char* json,
                                      size_t len,
                                      DkgResultsFormat format,
                                      const char* name,
                                      DkgDiag* diag,
                                      FILE* out);

/** Writes the graph `text` (`len` bytes in `syntax`, a raptor2 parser name:
    "ntriples", "turtle", "rdfxml") in `format` (N-Triples given as
    N-Triples is copied as it is; else parsed and written by raptor2, Turtle
    with the project's prefixes).  A solutions format other than "table" is
    DKG_ERR_USAGE; "table" means Turtle. */
DkgStatus dkg_results_write_graph(const char* text,
                                  size_t len,
                                  const char* syntax,
                                  DkgResultsFormat format,
                                  const char* name,
                                  DkgDiag* diag,
                                  FILE* out);

#endif
