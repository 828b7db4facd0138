/*
  dialoguekg: map records of bilateral government dialogues to RDF.

  A record goes through these stages, one source file each:

    reader.c    bytes -> one JSON text per record, with its place in the file
    record.c    JSON text -> checked DkgRecord (every problem reported)
    registry.c  names of agencies, topics, countries -> reference entities
    iri.c       entities -> IRIs minted under a base IRI
    mapper.c    DkgRecord -> statements, grouped by subject
    sink_*.c    statements -> a syntax (or a store, a drawing, ...)

  Ownership: every `dkg_*_new` returns an object the caller frees with the
  matching `dkg_*_free`, and every `dkg_*_free` accepts NULL.  Strings passed
  in are copied unless a comment says otherwise; strings returned are owned by
  the object that returned them and live as long as it does.

  Errors: functions that can fail return a DkgStatus.  Problems with input
  data are reported through a DkgDiag (file, line, column, JSON path) before
  the function returns; the status then says only what kind of failure it was.
*/

#ifndef DIALOGUEKG_DIALOGUEKG_H
#define DIALOGUEKG_DIALOGUEKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C"
{
#endif

#define DKG_VERSION "0.1.0"

/** The ontology namespace (prefix `dkg:`). */
#define DKG_NS "https://w3id.org/dialoguekg/ns#"
/** The default base IRI under which data IRIs are minted (`--base`). */
#define DKG_DEFAULT_BASE "https://w3id.org/dialoguekg/id/"

#define DKG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define DKG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define DKG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define DKG_NS_OWL "http://www.w3.org/2002/07/owl#"
#define DKG_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define DKG_NS_DCT "http://purl.org/dc/terms/"
#define DKG_NS_FOAF "http://xmlns.com/foaf/0.1/"
#define DKG_NS_ORG "http://www.w3.org/ns/org#"
#define DKG_NS_SCHEMA "http://schema.org/"
#define DKG_NS_PROV "http://www.w3.org/ns/prov#"

  /* ------------------------------------------------------------------------ */
  /* Status                                                                   */

  typedef enum
  {
    DKG_SUCCESS = 0,    /**< No problem. */
    DKG_ERR_USAGE,      /**< Bad arguments or options (exit 2). */
    DKG_ERR_SYNTAX,     /**< Input is not well-formed JSON (or RDF). */
    DKG_ERR_RECORD,     /**< A record breaks the record contract. */
    DKG_ERR_UNRESOLVED, /**< A name resolved to nothing, with --strict. */
    DKG_ERR_REFERENCE,  /**< The reference data in data/ is broken. */
    DKG_ERR_IO,         /**< Reading or writing a file failed (errno set). */
    DKG_ERR_NOMEM,      /**< Out of memory. */
    DKG_ERR_LIMIT,      /**< A size or depth limit was exceeded. */
    DKG_ERR_WRITER,     /**< A serializer library reported an error. */
    DKG_ERR_INTERNAL,   /**< A bug in dialoguekg. */
  } DkgStatus;

  /** A short English description of `st`; never NULL. */
  const char* dkg_strerror(DkgStatus st);

  /* ------------------------------------------------------------------------ */
  /* Diagnostics                                                              */

  typedef enum
  {
    DKG_NOTE,
    DKG_WARNING,
    DKG_ERROR,
  } DkgSeverity;

  /** Where a problem is: `file:line:col`, and inside the record a JSON path
      such as `/delegations/1/country` (empty when not inside a record). */
  typedef struct
  {
    const char* file; /**< File name as given, "<stdin>" for standard input. */
    unsigned line;    /**< 1-based; 0 when unknown. */
    unsigned col;     /**< 1-based, in bytes; 0 when unknown. */
    const char* path; /**< JSON Pointer inside the record, or NULL. */
  } DkgPlace;

  /** Receives every diagnostic.  `message` has no trailing newline. */
  typedef void (*DkgDiagFunc)(void* handle,
                              DkgSeverity severity,
                              const DkgPlace* place,
                              const char* message);

  /** Counts diagnostics and passes them on to a callback (or to stderr as
      `PROGRAM: FILE:LINE:COL: error: PATH: MESSAGE` when `func` is NULL). */
  typedef struct DkgDiagImpl DkgDiag;

  DkgDiag* dkg_diag_new(const char* program, DkgDiagFunc func, void* handle);

  void dkg_diag_free(DkgDiag* diag);

  /** Reports one problem; printf-style `fmt`. */
  void dkg_diag_report(DkgDiag* diag,
                       DkgSeverity severity,
                       const DkgPlace* place,
                       const char* fmt,
                       ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

  /** Number of diagnostics of `severity` reported so far. */
  size_t dkg_diag_count(const DkgDiag* diag, DkgSeverity severity);

  /* ------------------------------------------------------------------------ */
  /* Terms and statements                                                     */

  typedef enum
  {
    DKG_TERM_IRI,     /**< An absolute IRI. */
    DKG_TERM_BLANK,   /**< A blank node label (never minted by the mapper). */
    DKG_TERM_LITERAL, /**< A literal with a datatype or a language tag. */
  } DkgTermKind;

  /** An RDF term.  Strings are UTF-8 and NUL-terminated; `len` is the byte
      length of `value` (a literal may hold U+0000 only if a sink says so; the
      mapper never produces one).  A literal has either `lang` (then its
      datatype is rdf:langString) or `datatype` (NULL means xsd:string).
      Terms borrow their strings: they are valid only during the call that
      receives them. */
  typedef struct
  {
    DkgTermKind kind;
    const char* value;
    size_t len;
    const char* datatype;
    const char* lang;
  } DkgTerm;

  DkgTerm dkg_iri(const char* iri);

  DkgTerm dkg_blank(const char* label);

  DkgTerm dkg_string(const char* str);

  DkgTerm dkg_lang_string(const char* str, const char* lang);

  DkgTerm dkg_typed(const char* lexical, const char* datatype);

  /* ------------------------------------------------------------------------ */
  /* Sinks                                                                    */

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
  */
  typedef struct DkgSinkImpl DkgSink;

  typedef struct
  {
    const char* name; /**< For messages, e.g. "turtle (serd)". */
    DkgStatus (*prefix)(DkgSink* sink, const char* name, const char* iri);
    DkgStatus (*statement)(DkgSink* sink,
                           const DkgTerm* graph,
                           const DkgTerm* subject,
                           const DkgTerm* predicate,
                           const DkgTerm* object);
    DkgStatus (*finish)(DkgSink* sink);
    void (*free)(DkgSink* sink);
  } DkgSinkClass;

  /** The common head of every sink; a sink implementation embeds it first. */
  struct DkgSinkImpl
  {
    const DkgSinkClass* klass;
  };

  DkgStatus dkg_sink_prefix(DkgSink* sink, const char* name, const char* iri);

  DkgStatus dkg_sink_statement(DkgSink* sink,
                               const DkgTerm* graph,
                               const DkgTerm* s,
                               const DkgTerm* p,
                               const DkgTerm* o);

  DkgStatus dkg_sink_finish(DkgSink* sink);

  void dkg_sink_free(DkgSink* sink);

  /** Declares the project's usual prefixes (dkg, rdf, rdfs, xsd, skos, ...)
      and the data prefixes under `base` on `sink`. */
  DkgStatus dkg_sink_declare_prefixes(DkgSink* sink, const char* base);

  /** Writes JSON-LD to `out` (not closed by the sink).
      With `context_json` (the text of ontology/context.jsonld) the output is
      compacted against it: `{"@context": ..., "@graph": [...]}`, one node
      object per subject block, streamed.  With `context_url` set as well the
      context is referenced by that URL instead of written inline.
      With `context_json` NULL the output is expanded JSON-LD produced by the
      JSON-LD 1.1 "Serialize RDF as JSON-LD" algorithm (buffered), with the
      options below. */
  typedef struct
  {
    bool use_native_types; /**< xsd:boolean/integer/double as JSON values. */
    bool use_rdf_type;     /**< rdf:type as a property, not @type. */
    const char*
      rdf_direction; /**< NULL, "i18n-datatype" or "compound-literal" */
    bool pretty;     /**< Indent (default in the CLI). */
  } DkgJsonldOptions;

  DkgSink* dkg_jsonld_sink_new(FILE* out,
                               const char* context_json,
                               const char* context_url,
                               const DkgJsonldOptions* options);

  /** Writes `syntax` with raptor2 ("ntriples", "nquads", "turtle", "rdfxml",
      "rdfxml-abbrev", "json", "dot", "html").  Returns NULL when raptor2 has no
      such serializer. */
  DkgSink* dkg_raptor_sink_new(FILE* out, const char* syntax, const char* base);

  /* ------------------------------------------------------------------------ */
  /* Input                                                                    */

  /** One record's JSON text as found in the input, and where it starts. */
  typedef struct
  {
    const char* text; /**< The record's JSON text (not NUL-terminated). */
    size_t len;
    const char* file;
    uint64_t offset; /**< Byte offset of text[0] in the file. */
    unsigned line;   /**< 1-based line of text[0]. */
    unsigned col;    /**< 1-based column (bytes) of text[0]. */
    size_t index;    /**< 0-based record number in this file. */
  } DkgRecordText;

  typedef struct DkgReaderImpl DkgReader;

  typedef struct
  {
    size_t max_record_bytes; /**< 0: default (64 MiB). */
    unsigned max_depth;      /**< 0: default (64). */
  } DkgReaderLimits;

  /** Reads records from `stream` (not closed by the reader), named `file` in
      messages.  The input is one JSON object, a JSON array of objects, or JSON
      Lines; it is read in chunks, never whole.  Lexical problems (bad UTF-8,
      raw control characters, `\u0000`, lone surrogates, unbalanced brackets)
      are reported with their exact place. */
  DkgReader* dkg_reader_new(FILE* stream,
                            const char* file,
                            DkgDiag* diag,
                            const DkgReaderLimits* limits);

  void dkg_reader_free(DkgReader* reader);

  /** Gives the next record's text in `*record` (valid until the next call).
      Returns DKG_SUCCESS with record->text NULL at the end of input.  After a
      syntax error (DKG_ERR_SYNTAX) or a limit (DKG_ERR_LIMIT) in a record of
      JSON Lines input that began and failed on one line, the reader can go on
      with the next line: record->text is NULL and its offset, line, col and
      index say where the broken record was.  Any other error is final and is
      returned again by every later call: see dkg_reader_can_resume(). */
  DkgStatus dkg_reader_next(DkgReader* reader, DkgRecordText* record);

  /** True when, after a syntax error, the next dkg_reader_next() call goes on
      with the next record (JSON Lines); false when the input cannot be read
      further (an array or a single object). */
  bool dkg_reader_can_resume(const DkgReader* reader);

  /** Finds the place of the value at JSON Pointer `path` inside `record`.
      When the path does not exist (a missing field), points at the innermost
      container that does; an empty or NULL path gives the record's start. */
  void dkg_record_text_locate(const DkgRecordText* record,
                              const char* path,
                              DkgPlace* place);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_DIALOGUEKG_H */
