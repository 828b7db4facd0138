/*
  dialoguekg/sink.h: the sink interface (statements in, a syntax or a store
  out) and the sinks of the core library: N-Triples and N-Quads (own
  writer), Turtle (serd), JSON-LD (own writer), any raptor2 serializer.
  The sinks that draw (Graphviz) or talk to a store (Redland, HTTP) are not
  part of the core library.
*/

#ifndef DIALOGUEKG_SINK_H
#define DIALOGUEKG_SINK_H

#include "dialoguekg/diag.h"
#include "dialoguekg/export.h"
#include "dialoguekg/term.h"

#include <stdbool.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C"
{
#endif

  /**
    A sink receives statements and writes them somewhere.

    Contract for every sink:
    - `prefix` may be called any number of times before the first statement;
    - statements about one subject arrive consecutively (a "subject block")
      when they come from the mapper; a sink that needs the whole graph (a
      sorted serializer, the generic JSON-LD writer) buffers, others stream;
    - `graph` is NULL for the default graph;
    - `finish` is called once, after the last statement; only after it
      returned DKG_SUCCESS is the output complete;
    - the first failing call's status is final: a caller stops feeding a sink
      that failed, and calls `free` only.
    A sink never closes the FILE it writes to.
  */
  typedef struct DkgSinkImpl DkgSink;

  typedef struct
  {
    const char* name; /**< For messages, e.g. "turtle (serd)". */
    /** May be NULL: prefixes are ignored. */
    DkgStatus (*prefix)(DkgSink* sink, const char* name, const char* iri);
    DkgStatus (*statement)(DkgSink* sink,
                           const DkgTerm* graph,
                           const DkgTerm* subject,
                           const DkgTerm* predicate,
                           const DkgTerm* object);
    /** May be NULL: nothing to finish. */
    DkgStatus (*finish)(DkgSink* sink);
    /** Frees the sink (never called with NULL). */
    void (*free)(DkgSink* sink);
  } DkgSinkClass;

  /** The common head of every sink; a sink implementation embeds it first. */
  struct DkgSinkImpl
  {
    const DkgSinkClass* klass;
  };

  /** Declares prefix `name` for namespace `iri` (both borrowed for the
      call) on `sink` (not NULL).
      @return DKG_SUCCESS, also when the sink ignores prefixes; else the
      sink's failure. */
  DKG_API DkgStatus dkg_sink_prefix(DkgSink* sink,
                                    const char* name,
                                    const char* iri);

  /** Sends one statement to `sink` (not NULL); `graph` NULL is the default
      graph, `s`, `p`, `o` are not NULL.
      @return DKG_SUCCESS, or the sink's failure (then final). */
  DKG_API DkgStatus dkg_sink_statement(DkgSink* sink,
                                       const DkgTerm* graph,
                                       const DkgTerm* s,
                                       const DkgTerm* p,
                                       const DkgTerm* o);

  /** Completes the output of `sink` (not NULL): buffered statements are
      written and flushed.
      @return DKG_SUCCESS when the output is complete; else the failure
      (DKG_ERR_IO with errno, DKG_ERR_NOMEM, DKG_ERR_WRITER). */
  DKG_API DkgStatus dkg_sink_finish(DkgSink* sink);

  /** Frees `sink`, finished or not; NULL is accepted and does nothing. */
  DKG_API void dkg_sink_free(DkgSink* sink);

  /** Declares the project's usual prefixes (dkg, rdf, rdfs, xsd, owl, skos,
      dct, foaf, org, schema) and the data prefixes under `base` (not NULL:
      DKG_DEFAULT_BASE for the default) on `sink` (not NULL).
      @return DKG_SUCCESS; DKG_ERR_LIMIT when a data prefix IRI would not
      fit in 4 KiB (`base` over 4,082 bytes); else the sink's failure. */
  DKG_API DkgStatus dkg_sink_declare_prefixes(DkgSink* sink, const char* base);

  /** A streaming sink writing N-Triples (`quads` false) or N-Quads to `out`
      (not NULL) through a 256 KiB buffer; the bytes are those serd writes.
      A write error is reported as DKG_ERR_IO by the statement or finish call
      that meets it (errno kept).
      @return a new sink, freed with dkg_sink_free(); NULL when out of
      memory. */
  DKG_API DkgSink* dkg_nt_sink_new(FILE* out, bool quads);

  /** A streaming sink writing `syntax`, one of "ntriples", "nquads" or
      "turtle", with serd to `out` (not NULL); prefixes are used in Turtle
      only.  Statements about one subject are grouped with `;`.
      @return a new sink, freed with dkg_sink_free(); NULL for another
      syntax or when out of memory. */
  DKG_API DkgSink* dkg_serd_sink_new(FILE* out, const char* syntax);

  /** Reports what serd complains of (an invalid node, invalid UTF-8: the
      statement then fails with DKG_ERR_WRITER) through `diag` (borrowed: it
      must outlive the sink).  Until this is called, or with `diag` NULL,
      the sink reports through the library's printer on stderr.  A failed
      write is not reported: the statement or finish returns DKG_ERR_IO and
      the caller, who knows where the output goes, says so.  `sink` must
      come from dkg_serd_sink_new(). */
  DKG_API void dkg_serd_sink_set_diag(DkgSink* sink, DkgDiag* diag);

  /** Options of the expanded JSON-LD output (see dkg_jsonld_sink_new). */
  typedef struct
  {
    bool use_native_types; /**< xsd:boolean/integer/double as JSON values. */
    bool use_rdf_type;     /**< rdf:type as a property, not @type. */
    const char*
      rdf_direction; /**< NULL, "i18n-datatype" or "compound-literal" */
    bool pretty;     /**< Indent the output. */
  } DkgJsonldOptions;

  /** Writes JSON-LD to `out` (not NULL).
      With `context_json` (the text of a JSON-LD context such as
      ontology/context.jsonld, installed in share/dialoguekg/ontology; read
      here, not kept) the output is compacted against it:
      `{"@context": ..., "@graph": [...]}`, one node object per subject
      block, streamed.  With `context_url` (copied, may be NULL) set as
      well the context is referenced by that URL instead of written inline.
      With `context_json` NULL the output is expanded JSON-LD produced by the
      JSON-LD 1.1 "Serialize RDF as JSON-LD" algorithm (buffered until
      finish), with `options` (may be NULL: all false).
      @return a new sink, freed with dkg_sink_free(); NULL when `out` is
      NULL, `options->rdf_direction` is none of the two, `context_json` is
      not a JSON-LD context, or when out of memory. */
  DKG_API DkgSink* dkg_jsonld_sink_new(FILE* out,
                                       const char* context_json,
                                       const char* context_url,
                                       const DkgJsonldOptions* options);

  /** Writes `syntax` with raptor2 ("ntriples", "nquads", "turtle", "rdfxml",
      "rdfxml-abbrev", "json", "dot", "html") to `out` (not NULL).  IRIs are
      written absolute: `base` is ignored (may be NULL).  A failure raptor2
      reports becomes DKG_ERR_WRITER.
      @return a new sink, freed with dkg_sink_free(); NULL when raptor2 has
      no such serializer or when out of memory. */
  DKG_API DkgSink* dkg_raptor_sink_new(FILE* out,
                                       const char* syntax,
                                       const char* base);

  /** Reports raptor2's errors (the sink then fails with DKG_ERR_WRITER)
      through `diag` (borrowed: it must outlive the sink).  Until this is
      called, or with `diag` NULL, the sink reports through the library's
      printer on stderr.  A failed write is not reported: finish returns
      DKG_ERR_IO and the caller says so.  `sink` must come from
      dkg_raptor_sink_new(). */
  DKG_API void dkg_raptor_sink_set_diag(DkgSink* sink, DkgDiag* diag);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_SINK_H */
