#ifndef DKG_SINK_JSONLD_JSONLD_H
#define DKG_SINK_JSONLD_JSONLD_H

/* The JSON-LD sink's parts, for its own files only:

     jsonld.c    the sink: checks each statement, sends it to one mode,
                 keeps the first failure
     writer.c    JSON text (writer.h)
     object.c    RDF literal -> JSON-LD value ("RDF to Object")
     node_map.c  expanded mode: statements into node maps per graph
     expanded.c  expanded mode: lists and compound literals folded, output
     context.c   compact mode: the context's terms; choosing keys and names
     compact.c   compact mode: one node object per subject block

   Two modes, chosen by dkg_jsonld_sink_new():

   - expanded (no context): every statement is buffered in a node map per
     graph, and `finish` writes the result of the JSON-LD 1.1 "Serialize
     RDF as JSON-LD" algorithm, ordered (node ids and property keys
     sorted).  Invalid rdf:JSON literals and invalid rdf:direction values of
     compound literals are DKG_ERR_SYNTAX.

   - compact (a context): one node object per subject block, written when
     the subject changes, inside `{"@context": ..., "@graph": [...]}`.  Only
     the default graph: a statement in a named graph fails with
     DKG_ERR_WRITER.

   Every function returning DkgStatus returns DKG_ERR_NOMEM when memory
   runs out; the sink then fails for good (jsonld.c), so a half-built node
   map or block is only ever freed. */

#include "dialoguekg/dialoguekg.h"
#include "sink/jsonld/writer.h"
#include "util/buf.h"
#include "util/hashmap.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>

#define RDF_FIRST DKG_NS_RDF "first"
#define RDF_REST DKG_NS_RDF "rest"
#define RDF_NIL DKG_NS_RDF "nil"
#define RDF_TYPE DKG_NS_RDF "type"
#define RDF_LIST DKG_NS_RDF "List"
#define RDF_JSON DKG_NS_RDF "JSON"
#define RDF_VALUE DKG_NS_RDF "value"
#define RDF_LANGUAGE DKG_NS_RDF "language"
#define RDF_DIRECTION DKG_NS_RDF "direction"
#define RDF_LANGSTRING DKG_NS_RDF "langString"
#define XSD_STRING DKG_NS_XSD "string"
#define XSD_BOOLEAN DKG_NS_XSD "boolean"
#define XSD_INTEGER DKG_NS_XSD "integer"
#define XSD_DOUBLE DKG_NS_XSD "double"
#define I18N_NS "https://www.w3.org/ns/i18n#"

#define MAX_EXPAND_DEPTH 16U

typedef enum
{
  VAL_ID,      /**< {"@id": id} */
  VAL_LITERAL, /**< {"@value": ...} */
  VAL_LIST,    /**< {"@list": [...]} */
} ValueKind;

typedef enum
{
  NATIVE_NONE,   /**< @value is the string `lexical`. */
  NATIVE_TRUE,   /**< @value is true. */
  NATIVE_FALSE,  /**< @value is false. */
  NATIVE_NUMBER, /**< @value is the JSON number text in `lexical`. */
  NATIVE_JSON,   /**< @value is `json`. */
} Native;

typedef struct Value
{
  ValueKind kind;
  Native native;
  char* id;
  char* lexical;
  size_t len;
  char* type; /**< Datatype IRI, "@json", or NULL. */
  char* lang;
  char* dir;
  cJSON* json;
  struct Value** items; /**< VAL_LIST: borrowed from other properties. */
  size_t n_items;
} Value;

typedef struct
{
  char* iri;
  Value** values;
  size_t n_values;
  size_t cap;
} Prop;

struct Node;

/** A reference from a property of `node` to an object `value`. */
typedef struct
{
  struct Node* node;
  const char* property;
  Value* value;
} Usage;

typedef struct Node
{
  char* id;
  char** types;
  size_t n_types;
  size_t types_cap;
  Prop* props;
  size_t n_props;
  size_t props_cap;
  Usage* usages; /**< Only for rdf:nil. */
  size_t n_usages;
  size_t usages_cap;
  bool compound; /**< Has rdf:direction (compound-literal mode). */
  bool removed;  /**< Folded into a list or a compound literal. */
} Node;

typedef struct
{
  char* name;
  DkgHash nodes; /**< id -> Node* */
  Node** order;  /**< Nodes in creation order (owned). */
  size_t n_nodes;
  size_t cap;
} Graph;

/** The `referenced once` entry of a blank node. */
typedef struct
{
  bool many;
  Usage usage;
} RefOnce;

typedef enum
{
  FORM_STRING, /**< "value" */
  FORM_ID,     /**< {"@id": "value"} */
  FORM_TYPED,  /**< {"@value": "value", "@type": extra} */
  FORM_LANG,   /**< {"@value": "value", "@language": extra} */
  FORM_VALUE,  /**< {"@value": "value"} */
} Form;

typedef struct
{
  Form form;
  char* value;
  size_t len;
  char* extra;
} CValue;

typedef struct
{
  char* key;
  bool set;
  CValue* values;
  size_t n_values;
  size_t cap;
} CProp;

typedef struct
{
  char* name;
  char* iri;  /**< Expanded IRI mapping. */
  char* type; /**< "@id", a datatype IRI, or NULL. */
  char* lang; /**< With has_lang: the language, or NULL for null. */
  bool has_lang;
  bool set;    /**< "@container": "@set" */
  bool prefix; /**< May be used as the prefix of a compact IRI. */
  bool usable; /**< May be used for a property (no unsupported features). */
} Term;

typedef struct
{
  DkgSink base;
  JsonWriter w;
  DkgJsonldOptions opts;
  DkgStatus st; /**< The first failure, final. */
  bool finished;

  /* Expanded mode */
  DkgHash graphs; /**< name -> Graph* */
  Graph** graph_order;
  size_t n_graphs;
  size_t graphs_cap;
  DkgHash ref_once; /**< blank node id -> RefOnce* */
  DkgHash seen;     /**< graph, subject, predicate, value -> NULL */
  Value** values;
  size_t n_values;
  size_t values_cap;

  /* Compact mode */
  cJSON* context_doc;
  const cJSON* context; /**< The @context value, written as is. */
  char* context_url;
  Term* terms;
  size_t n_terms;
  char* language; /**< The context's default @language. */
  bool started;   /**< The head `{"@context": ..., "@graph": [` is out. */
  size_t n_written;
  char* subject; /**< Current subject block, or NULL. */
  char** types;
  size_t n_types;
  size_t types_cap;
  CProp* cprops;
  size_t n_cprops;
  size_t cprops_cap;
  /* The keys of choose_key() per predicate and object shape and the names
     of dkg_jsonld_compact_vocab() per class or datatype (bounded sets), so
     that the context's terms are scanned once per shape, not per
     statement. */
  DkgHash memo;
  DkgBuf memo_key;
} JsonldSink;

/* ---- ids.c -------------------------------------------------------------- */

/** Makes room for `need` items of `size` bytes in `items` (capacity `*cap`);
    returns the (possibly moved) array, or NULL (`items` untouched). */
void* dkg_jsonld_grow(void* items, size_t* cap, size_t need, size_t size);

/** a[0..a_len) followed by b[0..b_len), malloc'd; NULL when out of memory. */
char* dkg_jsonld_concat(const char* a,
                        size_t a_len,
                        const char* b,
                        size_t b_len);

/** A term's id in JSON-LD, malloc'd: an IRI as is, a blank node as
    `_:label`; NULL when out of memory. */
char* dkg_jsonld_term_id(const DkgTerm* term);

/** Whether `id` names a blank node (`_:`). */
bool dkg_jsonld_is_blank(const char* id);

/* ---- object.c ----------------------------------------------------------- */

/** The "RDF to Object" conversion of the JSON-LD 1.1 API: the value of `o`
    under the sink's options, in `*out` (the caller's, also on failure:
    free it with dkg_jsonld_value_free()).  DKG_ERR_SYNTAX for an rdf:JSON
    literal that is not JSON. */
DkgStatus dkg_jsonld_rdf_to_object(const JsonldSink* sink,
                                   const DkgTerm* o,
                                   Value** out);

/** Frees `value` and what it owns (not the items of a list); NULL is
    fine. */
void dkg_jsonld_value_free(Value* value);

/* ---- node_map.c --------------------------------------------------------- */

/** Adds (g, s, p, o) to the node maps (a statement seen before is
    dropped). */
DkgStatus dkg_jsonld_expanded_statement(JsonldSink* sink,
                                        const DkgTerm* g,
                                        const DkgTerm* s,
                                        const DkgTerm* p,
                                        const DkgTerm* o);

/** The graph named `name` ("@default" for the default graph), made when
    missing; NULL with `*st` set when out of memory. */
Graph* dkg_jsonld_graph(JsonldSink* sink, const char* name, DkgStatus* st);

/** The property `iri` of `node`, or NULL. */
Prop* dkg_jsonld_find_prop(const Node* node, const char* iri);

/** Frees the node maps and every value. */
void dkg_jsonld_node_maps_free(JsonldSink* sink);

/* ---- expanded.c --------------------------------------------------------- */

/** Folds lists and compound literals and writes the node maps as one JSON
    array; DKG_ERR_SYNTAX for an invalid rdf:direction. */
DkgStatus dkg_jsonld_expanded_finish(JsonldSink* sink);

/* ---- context.c ---------------------------------------------------------- */

/** Reads the context document `context_json` (`{"@context": ...}`, local
    contexts only) into the sink's terms; DKG_ERR_SYNTAX when it is not
    one. */
DkgStatus dkg_jsonld_context_load(JsonldSink* sink, const char* context_json);

/** The key of predicate `p` for an object like `o` (a term of the context,
    else a compact IRI, else the IRI), malloc'd in `*key`; whether it is a
    @set and the form of the value. */
DkgStatus dkg_jsonld_context_key(const JsonldSink* sink,
                                 const DkgTerm* p,
                                 const DkgTerm* o,
                                 char** key,
                                 bool* set,
                                 Form* form);

/** A vocabulary IRI (a class, a datatype) as a term, else a compact IRI,
    else as it is; malloc'd, NULL when out of memory. */
char* dkg_jsonld_compact_vocab(const JsonldSink* sink, const char* iri);

/** Frees the terms and the context document. */
void dkg_jsonld_context_free(JsonldSink* sink);

/* ---- compact.c ---------------------------------------------------------- */

/** Adds (s, p, o) to the current subject block, writing the previous block
    when the subject changes; DKG_ERR_WRITER for a named graph `g`. */
DkgStatus dkg_jsonld_compact_statement(JsonldSink* sink,
                                       const DkgTerm* g,
                                       const DkgTerm* s,
                                       const DkgTerm* p,
                                       const DkgTerm* o);

/** Writes the last block and closes the document. */
DkgStatus dkg_jsonld_compact_finish(JsonldSink* sink);

/** Frees the block and the memo of keys. */
void dkg_jsonld_compact_free(JsonldSink* sink);

#endif
