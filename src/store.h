#ifndef DKG_STORE_H
#define DKG_STORE_H

/* The embedded RDF store behind `query` and `load`: a librdf (Redland)
   model in memory or in an SQLite file, filled from records (through
   sink_librdf.c) or from RDF files, and queried with SPARQL (rasqal). */

#include "dialoguekg/dialoguekg.h"

#include <redland.h>

typedef struct DkgStore DkgStore;

typedef enum
{
  DKG_STORE_READ,    /**< The store must exist; it is not changed. */
  DKG_STORE_UPDATE,  /**< Open, or create when missing, and add to it. */
  DKG_STORE_REPLACE, /**< Create afresh, erasing what was there. */
} DkgStoreMode;

/** What an input file holds. */
typedef enum
{
  DKG_INPUT_RECORDS,  /**< Dialogue records (JSON, JSON array, JSON Lines). */
  DKG_INPUT_TURTLE,   /**< Turtle. */
  DKG_INPUT_NTRIPLES, /**< N-Triples. */
  DKG_INPUT_NQUADS,   /**< N-Quads. */
} DkgInputKind;

/** Tells what `path` holds: by its extension (.json .jsonl .ndjson: records;
    .ttl .turtle: Turtle; .nt: N-Triples; .nq: N-Quads), else by its first
    bytes ('{' or '[': records; '<' or "_:": N-Quads, which reads N-Triples
    too; '@', PREFIX, BASE or anything else: Turtle).  "-" (standard input)
    is records.  A file that cannot be opened is taken as records, so that
    the record reader reports the problem. */
DkgInputKind dkg_input_kind(const char* path);

/** The raptor2 parser name of an RDF input kind ("turtle", "ntriples",
    "nquads"), NULL for records. */
const char* dkg_input_syntax(DkgInputKind kind);

/** Opens a store.  `spec` is NULL or "memory" (indexed in-memory hashes,
    the default) or "sqlite:PATH" (librdf's SQLite storage, from Debian's
    librdf-storage-sqlite).  In DKG_STORE_READ mode an SQLite file must
    exist.  Problems are reported through `diag` (which must outlive the
    store): DKG_ERR_USAGE for a bad spec, DKG_ERR_IO when the store cannot
    be opened or created. */
DkgStatus dkg_store_open(const char* spec,
                         DkgStoreMode mode,
                         DkgDiag* diag,
                         DkgStore** store);

void dkg_store_free(DkgStore* store);

librdf_world* dkg_store_world(DkgStore* store);

librdf_model* dkg_store_model(DkgStore* store);

/** Number of statements in the store, or -1 when the storage cannot tell. */
long dkg_store_size(DkgStore* store);

/** Starts a transaction when the storage has them (SQLite), so that a bulk
    load is one commit; a no-op otherwise. */
void dkg_store_begin(DkgStore* store);

/** Commits what dkg_store_begin() started; DKG_ERR_IO when it fails. */
DkgStatus dkg_store_commit(DkgStore* store);

/** Parses RDF of `kind` from `stream` (named `name` in messages; not
    closed) into the store.  Relative IRIs resolve against `base` (NULL:
    the file's own URI).  Syntax errors are reported with the file, line and
    column and give DKG_ERR_SYNTAX; the statements before the error may
    have been added. */
DkgStatus dkg_store_load_rdf(DkgStore* store,
                             FILE* stream,
                             const char* name,
                             DkgInputKind kind,
                             const char* base);

/** Runs the SPARQL 1.1 query `text` (named `name` in messages) on the
    store and writes its results to `out`.

    `results` names the format: for SELECT and ASK "table" (default when
    NULL), "csv", "tsv", "json" (SPARQL 1.1 Query Results JSON) or "xml"
    (SPARQL Query Results XML); for CONSTRUCT and DESCRIBE "turtle"
    (default, also for NULL or "table"), "ntriples" or "rdfxml".  DESCRIBE
    gives, for each resource named or bound, the statements whose subject
    it is, following blank nodes (its Concise Bounded Description).

    Returns DKG_ERR_SYNTAX for a query that does not parse (the parser's
    message is reported with `name` and the line), DKG_ERR_USAGE for a
    format that does not fit the query's form, DKG_ERR_WRITER when the
    query fails to run or its results cannot be written. */
DkgStatus dkg_store_query(DkgStore* store,
                          const char* text,
                          const char* name,
                          const char* base,
                          const char* results,
                          FILE* out);

#endif
