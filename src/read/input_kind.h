#ifndef DKG_READ_INPUT_KIND_H
#define DKG_READ_INPUT_KIND_H

/* What every command uses to tell its input files apart: dialogue records
   or RDF in one of the syntaxes raptor2 reads. */

/** What an input file holds. */
typedef enum
{
  DKG_INPUT_RECORDS,  /**< Dialogue records (JSON, JSON array, JSON Lines). */
  DKG_INPUT_TURTLE,   /**< Turtle. */
  DKG_INPUT_NTRIPLES, /**< N-Triples. */
  DKG_INPUT_NQUADS,   /**< N-Quads. */
  DKG_INPUT_RDFXML,   /**< RDF/XML. */
  DKG_INPUT_JSONLD,   /**< JSON-LD (by its extension .jsonld only). */
  DKG_INPUT_TRIG,     /**< TriG. */
} DkgInputKind;

/** Tells what `path` holds: by its extension (.json .jsonl .ndjson: records;
    .ttl .turtle: Turtle; .nt: N-Triples; .nq: N-Quads; .rdf .owl: RDF/XML;
    .jsonld: JSON-LD; .trig: TriG), else by its first bytes ('{' or '[':
    records; "<?xml" or "<rdf:RDF": RDF/XML; '<' or "_:": N-Quads, which
    reads N-Triples too; '@', PREFIX, BASE or anything else: Turtle).  "-"
    (standard input) is records.  A file that cannot be opened is taken as
    records, so that the record reader reports the problem. */
DkgInputKind dkg_input_kind(const char* path);

/** The raptor2 parser name of an RDF input kind ("turtle", "ntriples",
    "nquads", "rdfxml", "trig"), NULL for records and JSON-LD. */
const char* dkg_input_syntax(DkgInputKind kind);

#endif
