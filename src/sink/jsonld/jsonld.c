/*
  JSON-LD sink.

  Two modes, chosen by dkg_jsonld_sink_new():

  - expanded (no context): every statement is buffered in a node map per
    graph, and `finish` writes the result of the JSON-LD 1.1 "Serialize RDF
    as JSON-LD" algorithm, ordered (node ids and property keys sorted).
    Invalid rdf:JSON literals and invalid rdf:direction values of compound
    literals are reported as DKG_ERR_SYNTAX.

  - compact (a context): one node object per subject block, written when
    the subject changes, inside `{"@context": ..., "@graph": [...]}`.  Only
    the default graph: a statement in a named graph fails with
    DKG_ERR_WRITER.

  Output goes through a small writer of our own (not cJSON's printer), so
  strings are written with their byte length (U+0000 included), invalid
  UTF-8 is replaced by U+FFFD, and every write is checked (DKG_ERR_IO).
*/

#include "dialoguekg/dialoguekg.h"
#include "util/buf.h"
#include "util/hashmap.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

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

/* ------------------------------------------------------------------------ */
/* Memory helpers                                                           */

static char*
dup_n(const char* str, size_t len)
{
  char* const copy = (char*)malloc(len + 1U);
  if (copy) {
    if (len) {
      memcpy(copy, str, len);
    }
    copy[len] = '\0';
  }
  return copy;
}

static char*
dup_s(const char* str)
{
  return str ? dup_n(str, strlen(str)) : NULL;
}

static char*
concat(const char* a, size_t a_len, const char* b, size_t b_len)
{
  char* const result = (char*)malloc(a_len + b_len + 1U);
  if (result) {
    memcpy(result, a, a_len);
    memcpy(result + a_len, b, b_len);
    result[a_len + b_len] = '\0';
  }
  return result;
}

/** Makes room for `need` items of `size` bytes in `items` (capacity `*cap`);
    returns the (possibly moved) array, or NULL (`items` untouched). */
static void*
grow(void* items, size_t* cap, size_t need, size_t size)
{
  if (need <= *cap) {
    return items;
  }
  size_t new_cap = *cap ? *cap : 4U;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2U) {
      return NULL;
    }
    new_cap *= 2U;
  }
  if (new_cap > SIZE_MAX / size) {
    return NULL;
  }
  void* const moved = realloc(items, new_cap * size);
  if (moved) {
    *cap = new_cap;
  }
  return moved;
}

/** A growable byte buffer. */
typedef struct
{
  char* data;
  size_t len;
  size_t cap;
} Buf;

static bool
buf_add(Buf* buf, const char* bytes, size_t len)
{
  char* const data = (char*)grow(buf->data, &buf->cap, buf->len + len + 1U, 1U);
  if (!data) {
    return false;
  }
  buf->data = data;
  if (len) {
    memcpy(buf->data + buf->len, bytes, len);
  }
  buf->len += len;
  buf->data[buf->len] = '\0';
  return true;
}

/** Adds `str` (`len` bytes) preceded by its length, so keys never collide. */
static bool
buf_add_field(Buf* buf, const char* str, size_t len)
{
  char head[32];
  const int n = snprintf(head, sizeof(head), "%zu:", len);
  return n > 0 && buf_add(buf, head, (size_t)n) && buf_add(buf, str, len);
}

/* ------------------------------------------------------------------------ */
/* Hash map from byte strings to pointers (open addressing)                 */

typedef struct
{
  char* key; /**< Owned copy, NUL-terminated; NULL for an empty slot. */
  size_t len;
  uint64_t hash;
  void* value;
} Entry;

typedef struct
{
  Entry* entries;
  size_t cap; /**< Zero or a power of two. */
  size_t count;
} Map;

static uint64_t
hash_bytes(const char* key, size_t len)
{
  uint64_t h = 14695981039346656037U;
  for (size_t i = 0; i < len; ++i) {
    h ^= (uint64_t)(unsigned char)key[i];
    h *= 1099511628211U;
  }
  return h;
}

static Entry*
map_find(const Map* map, const char* key, size_t len)
{
  if (!map->cap) {
    return NULL;
  }
  const uint64_t h = hash_bytes(key, len);
  for (size_t i = (size_t)h & (map->cap - 1U);;
       i = (i + 1U) & (map->cap - 1U)) {
    Entry* const e = &map->entries[i];
    if (!e->key) {
      return NULL;
    }
    if (e->hash == h && e->len == len && !memcmp(e->key, key, len)) {
      return e;
    }
  }
}

static void*
map_get(const Map* map, const char* key)
{
  const Entry* const e = map_find(map, key, strlen(key));
  return e ? e->value : NULL;
}

static void
map_insert_entry(Entry* entries, size_t cap, Entry entry)
{
  size_t i = (size_t)entry.hash & (cap - 1U);
  while (entries[i].key) {
    i = (i + 1U) & (cap - 1U);
  }
  entries[i] = entry;
}

/** Inserts `key` (which must not be in `map`) with `value`. */
static DkgStatus
map_put(Map* map, const char* key, size_t len, void* value)
{
  if ((map->count + 1U) * 2U > map->cap) {
    const size_t new_cap = map->cap ? map->cap * 2U : 16U;
    Entry* const entries = (Entry*)calloc(new_cap, sizeof(Entry));
    if (!entries) {
      return DKG_ERR_NOMEM;
    }
    for (size_t i = 0; i < map->cap; ++i) {
      if (map->entries[i].key) {
        map_insert_entry(entries, new_cap, map->entries[i]);
      }
    }
    free(map->entries);
    map->entries = entries;
    map->cap = new_cap;
  }
  Entry entry = { dup_n(key, len), len, hash_bytes(key, len), value };
  if (!entry.key) {
    return DKG_ERR_NOMEM;
  }
  map_insert_entry(map->entries, map->cap, entry);
  ++map->count;
  return DKG_SUCCESS;
}

/** Frees the keys, and the values too when `free_values`. */
static void
map_clear(Map* map, bool free_values)
{
  for (size_t i = 0; i < map->cap; ++i) {
    free(map->entries[i].key);
    if (free_values) {
      free(map->entries[i].value);
    }
  }
  free(map->entries);
  map->entries = NULL;
  map->cap = map->count = 0U;
}

/* ------------------------------------------------------------------------ */
/* JSON writer                                                              */

typedef struct
{
  FILE* out;
  bool pretty;
  unsigned depth;
  DkgStatus st; /**< DKG_ERR_IO after the first failed write. */
  /* Output gathered here and written 64 KiB at a time: fwrite() per
     piece (locking the stream each time) was an eighth of the run. */
  char* buf;
  size_t len;
} Writer;

#define WRITER_BUFFER 65536U

static void
w_flush(Writer* w)
{
  if (!w->st && w->len && fwrite(w->buf, 1U, w->len, w->out) != w->len) {
    w->st = DKG_ERR_IO;
  }
  w->len = 0U;
}

static void
w_bytes(Writer* w, const char* bytes, size_t len)
{
  if (w->st || !len) {
    return;
  }
  if (!w->buf && !(w->buf = (char*)malloc(WRITER_BUFFER))) {
    w->st = DKG_ERR_NOMEM;
    return;
  }
  if (w->len + len > WRITER_BUFFER) {
    w_flush(w);
    if (len > WRITER_BUFFER) {
      if (!w->st && fwrite(bytes, 1U, len, w->out) != len) {
        w->st = DKG_ERR_IO;
      }
      return;
    }
  }
  memcpy(w->buf + w->len, bytes, len);
  w->len += len;
}

static void
w_str(Writer* w, const char* str)
{
  w_bytes(w, str, strlen(str));
}

static void
w_newline(Writer* w)
{
  static const char spaces[] = "                                ";
  if (w->pretty) {
    w_bytes(w, "\n", 1U);
    for (size_t n = (size_t)w->depth * 2U; n;) {
      const size_t chunk = n < sizeof(spaces) - 1U ? n : sizeof(spaces) - 1U;
      w_bytes(w, spaces, chunk);
      n -= chunk;
    }
  }
}

static void
w_open(Writer* w, const char* bracket)
{
  w_str(w, bracket);
  ++w->depth;
}

/** Closes an object or array that got `count` members. */
static void
w_close(Writer* w, const char* bracket, size_t count)
{
  --w->depth;
  if (count) {
    w_newline(w);
  }
  w_str(w, bracket);
}

/** Starts member or item number `index` of the enclosing object or array. */
static void
w_item(Writer* w, size_t index)
{
  if (index) {
    w_bytes(w, ",", 1U);
  }
  w_newline(w);
}

/** Length of the valid UTF-8 sequence at `s` (at most `len` bytes), or 0. */
static size_t
utf8_sequence(const unsigned char* s, size_t len)
{
  const unsigned char c = s[0];
  size_t n = 0U;
  unsigned char lo = 0x80U;
  unsigned char hi = 0xBFU;
  if (c >= 0xC2U && c <= 0xDFU) {
    n = 2U;
  } else if (c >= 0xE0U && c <= 0xEFU) {
    n = 3U;
    lo = c == 0xE0U ? 0xA0U : 0x80U;
    hi = c == 0xEDU ? 0x9FU : 0xBFU;
  } else if (c >= 0xF0U && c <= 0xF4U) {
    n = 4U;
    lo = c == 0xF0U ? 0x90U : 0x80U;
    hi = c == 0xF4U ? 0x8FU : 0xBFU;
  } else {
    return 0U;
  }
  if (len < n || s[1] < lo || s[1] > hi) {
    return 0U;
  }
  for (size_t i = 2U; i < n; ++i) {
    if (s[i] < 0x80U || s[i] > 0xBFU) {
      return 0U;
    }
  }
  return n;
}

/** Writes a JSON string of `len` bytes; invalid UTF-8 becomes U+FFFD. */
static void
w_string(Writer* w, const char* str, size_t len)
{
  const unsigned char* const s = (const unsigned char*)str;
  size_t start = 0U;
  size_t i = 0U;
  w_bytes(w, "\"", 1U);
  while (i < len) {
#if defined(__SSE2__)
    /* Sixteen plain ASCII bytes at once: none below 0x20, none from 0x80
       (UTF-8, checked below), no '"' and no '\\'. */
    while (i + 16U <= len) {
      const __m128i v = _mm_loadu_si128((const __m128i*)(const void*)(s + i));
      const __m128i low = _mm_set1_epi8(0x1F);
      __m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(v, low), low);
      hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
      hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      const int mask = _mm_movemask_epi8(hit) | _mm_movemask_epi8(v);
      if (mask) {
        i += (size_t)__builtin_ctz((unsigned)mask);
        break;
      }
      i += 16U;
    }
    if (i >= len) {
      break;
    }
#endif
    const unsigned char c = s[i];
    if (c >= 0x20U && c < 0x80U && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    const size_t seq = c >= 0x80U ? utf8_sequence(s + i, len - i) : 0U;
    if (seq) {
      i += seq;
      continue;
    }
    w_bytes(w, str + start, i - start);
    char esc[8];
    switch (c) {
      case '"':
        w_bytes(w, "\\\"", 2U);
        break;
      case '\\':
        w_bytes(w, "\\\\", 2U);
        break;
      case '\b':
        w_bytes(w, "\\b", 2U);
        break;
      case '\f':
        w_bytes(w, "\\f", 2U);
        break;
      case '\n':
        w_bytes(w, "\\n", 2U);
        break;
      case '\r':
        w_bytes(w, "\\r", 2U);
        break;
      case '\t':
        w_bytes(w, "\\t", 2U);
        break;
      default:
        if (c < 0x20U) {
          snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)c);
          w_bytes(w, esc, 6U);
        } else {
          w_bytes(w, "\\ufffd", 6U);
        }
        break;
    }
    start = ++i;
  }
  w_bytes(w, str + start, len - start);
  w_bytes(w, "\"", 1U);
}

static void
w_cstring(Writer* w, const char* str)
{
  w_string(w, str, strlen(str));
}

/** Writes member `index` name `key` of the enclosing object. */
static void
w_key(Writer* w, size_t index, const char* key)
{
  w_item(w, index);
  w_cstring(w, key);
  w_str(w, w->pretty ? ": " : ":");
}

/** Formats a finite double as the shortest JSON number that reads back. */
static void
format_number(double d, char* out, size_t size)
{
  if (d > -1e15 && d < 1e15 && d == (double)(long long)d) {
    snprintf(out, size, "%.0f", d);
    return;
  }
  for (int prec = 15; prec <= 17; ++prec) {
    snprintf(out, size, "%.*g", prec, d);
    if (strtod(out, NULL) == d) {
      return;
    }
  }
}

static void
w_cjson(Writer* w, const cJSON* item)
{
  if (cJSON_IsObject(item) || cJSON_IsArray(item)) {
    const bool object = cJSON_IsObject(item);
    size_t n = 0U;
    w_open(w, object ? "{" : "[");
    for (const cJSON* c = item->child; c; c = c->next, ++n) {
      if (object) {
        w_key(w, n, c->string ? c->string : "");
      } else {
        w_item(w, n);
      }
      w_cjson(w, c);
    }
    w_close(w, object ? "}" : "]", n);
  } else if (cJSON_IsString(item)) {
    w_cstring(w, item->valuestring ? item->valuestring : "");
  } else if (cJSON_IsNumber(item) && isfinite(item->valuedouble)) {
    char num[64];
    format_number(item->valuedouble, num, sizeof(num));
    w_str(w, num);
  } else if (cJSON_IsTrue(item)) {
    w_str(w, "true");
  } else if (cJSON_IsFalse(item)) {
    w_str(w, "false");
  } else {
    w_str(w, "null");
  }
}

/* ------------------------------------------------------------------------ */
/* The sink                                                                 */

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
  Map nodes;    /**< id -> Node* */
  Node** order; /**< Nodes in creation order (owned). */
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
  Writer w;
  DkgJsonldOptions opts;
  DkgStatus st; /**< The first failure, final. */
  bool finished;

  /* Expanded mode */
  Map graphs; /**< name -> Graph* */
  Graph** graph_order;
  size_t n_graphs;
  size_t graphs_cap;
  Map ref_once; /**< blank node id -> RefOnce* */
  Map seen;     /**< graph, subject, predicate, value -> NULL */
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
  /* choose_key() and compact_vocab() per predicate and object shape, and
     per class or datatype (a bounded set): each scanned the whole context
     per statement, a fifth of the run (docs/performance.md). */
  DkgHash memo;
  DkgBuf memo_key;
} JsonldSink;

/** A term's id in JSON-LD: an IRI as is, a blank node as `_:label`. */
static char*
term_id(const DkgTerm* term)
{
  return term->kind == DKG_TERM_BLANK ? concat("_:", 2U, term->value, term->len)
                                      : dup_n(term->value, term->len);
}

static bool
is_blank_id(const char* id)
{
  return id[0] == '_' && id[1] == ':';
}

static DkgStatus
fail(JsonldSink* sink, DkgStatus st)
{
  if (!sink->st) {
    sink->st = st;
  }
  return sink->st;
}

/* ------------------------------------------------------------------------ */
/* Expanded mode: building the node maps                                    */

static void
value_free(Value* value)
{
  if (value) {
    free(value->id);
    free(value->lexical);
    free(value->type);
    free(value->lang);
    free(value->dir);
    cJSON_Delete(value->json);
    free(value->items);
    free(value);
  }
}

static void
node_free(Node* node)
{
  if (node) {
    free(node->id);
    for (size_t i = 0; i < node->n_types; ++i) {
      free(node->types[i]);
    }
    free(node->types);
    for (size_t i = 0; i < node->n_props; ++i) {
      free(node->props[i].iri);
      free(node->props[i].values);
    }
    free(node->props);
    free(node->usages);
    free(node);
  }
}

static void
graph_free(Graph* graph)
{
  if (graph) {
    for (size_t i = 0; i < graph->n_nodes; ++i) {
      node_free(graph->order[i]);
    }
    free(graph->order);
    map_clear(&graph->nodes, false);
    free(graph->name);
    free(graph);
  }
}

static Graph*
get_graph(JsonldSink* sink, const char* name, DkgStatus* st)
{
  Graph* graph = (Graph*)map_get(&sink->graphs, name);
  if (graph) {
    return graph;
  }
  Graph** const order = (Graph**)grow(
    sink->graph_order, &sink->graphs_cap, sink->n_graphs + 1U, sizeof(Graph*));
  if (!order || !(graph = (Graph*)calloc(1U, sizeof(Graph))) ||
      !(graph->name = dup_s(name))) {
    free(graph);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  sink->graph_order = order;
  if ((*st = map_put(&sink->graphs, name, strlen(name), graph))) {
    graph_free(graph);
    return NULL;
  }
  sink->graph_order[sink->n_graphs++] = graph;
  return graph;
}

static Node*
get_node(Graph* graph, const char* id, DkgStatus* st)
{
  Node* node = (Node*)map_get(&graph->nodes, id);
  if (node) {
    return node;
  }
  Node** const order =
    (Node**)grow(graph->order, &graph->cap, graph->n_nodes + 1U, sizeof(Node*));
  if (!order || !(node = (Node*)calloc(1U, sizeof(Node))) ||
      !(node->id = dup_s(id))) {
    free(node);
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  graph->order = order;
  if ((*st = map_put(&graph->nodes, id, strlen(id), node))) {
    node_free(node);
    return NULL;
  }
  graph->order[graph->n_nodes++] = node;
  return node;
}

static Prop*
find_prop(const Node* node, const char* iri)
{
  for (size_t i = 0; i < node->n_props; ++i) {
    if (!strcmp(node->props[i].iri, iri)) {
      return &node->props[i];
    }
  }
  return NULL;
}

static bool
matches_all(const char* str, size_t len, bool (*accept)(char))
{
  if (!len) {
    return false;
  }
  for (size_t i = 0; i < len; ++i) {
    if (!accept(str[i])) {
      return false;
    }
  }
  return true;
}

static bool
is_digit(char c)
{
  return c >= '0' && c <= '9';
}

/** Whether `s` is in the lexical space of xsd:integer. */
static bool
is_integer(const char* s, size_t len)
{
  if (len && (s[0] == '+' || s[0] == '-')) {
    ++s;
    --len;
  }
  return matches_all(s, len, is_digit);
}

/** Whether `s` is a finite number in the lexical space of xsd:double. */
static bool
is_double(const char* s, size_t len, double* d)
{
  size_t i = 0U;
  size_t digits = 0U;
  if (i < len && (s[i] == '+' || s[i] == '-')) {
    ++i;
  }
  for (; i < len && is_digit(s[i]); ++i) {
    ++digits;
  }
  if (i < len && s[i] == '.') {
    for (++i; i < len && is_digit(s[i]); ++i) {
      ++digits;
    }
  }
  if (!digits) {
    return false;
  }
  if (i < len && (s[i] == 'e' || s[i] == 'E')) {
    if (++i < len && (s[i] == '+' || s[i] == '-')) {
      ++i;
    }
    if (!(i < len && is_digit(s[i]))) {
      return false;
    }
    while (i < len && is_digit(s[i])) {
      ++i;
    }
  }
  if (i != len || memchr(s, '\0', len)) {
    return false;
  }
  *d = strtod(s, NULL);
  return isfinite(*d) != 0;
}

/** The JSON number text of an xsd:integer lexical form. */
static char*
integer_json(const char* s, size_t len)
{
  bool negative = false;
  if (s[0] == '+' || s[0] == '-') {
    negative = s[0] == '-';
    ++s;
    --len;
  }
  while (len > 1U && s[0] == '0') {
    ++s;
    --len;
  }
  if (len == 1U && s[0] == '0') {
    negative = false;
  }
  return concat(negative ? "-" : "", negative ? 1U : 0U, s, len);
}

/** Whether `len` bytes at `s` are exactly one JSON value, parsed into *out. */
static bool
parse_json_literal(const char* s, size_t len, cJSON** out)
{
  const char* end = NULL;
  cJSON* const json = cJSON_ParseWithLengthOpts(s, len, &end, false);
  if (!json) {
    return false;
  }
  size_t i = (size_t)(end - s);
  while (i < len &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
    ++i;
  }
  if (i != len) {
    cJSON_Delete(json);
    return false;
  }
  *out = json;
  return true;
}

/** The "RDF to Object" conversion of the JSON-LD 1.1 API. */
static DkgStatus
rdf_to_object(const JsonldSink* sink, const DkgTerm* o, Value** out)
{
  Value* const v = (Value*)calloc(1U, sizeof(Value));
  if (!v) {
    return DKG_ERR_NOMEM;
  }
  *out = v;
  if (o->kind != DKG_TERM_LITERAL) {
    v->kind = VAL_ID;
    return (v->id = term_id(o)) ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }

  const char* const dt = o->lang       ? RDF_LANGSTRING
                         : o->datatype ? o->datatype
                                       : XSD_STRING;
  const char* const s = o->value;
  const size_t len = o->len;
  const char* type = NULL;
  double d = 0.0;

  v->kind = VAL_LITERAL;
  if (sink->opts.use_native_types && !strcmp(dt, XSD_BOOLEAN)) {
    if ((len == 4U && !memcmp(s, "true", 4U)) || (len == 1U && s[0] == '1')) {
      v->native = NATIVE_TRUE;
    } else if ((len == 5U && !memcmp(s, "false", 5U)) ||
               (len == 1U && s[0] == '0')) {
      v->native = NATIVE_FALSE;
    } else {
      type = dt;
    }
  } else if (sink->opts.use_native_types && !strcmp(dt, XSD_INTEGER) &&
             is_integer(s, len)) {
    v->native = NATIVE_NUMBER;
    if (!(v->lexical = integer_json(s, len))) {
      return DKG_ERR_NOMEM;
    }
    v->len = strlen(v->lexical);
  } else if (sink->opts.use_native_types && !strcmp(dt, XSD_DOUBLE) &&
             is_double(s, len, &d)) {
    char num[64];
    format_number(d, num, sizeof(num));
    v->native = NATIVE_NUMBER;
    if (!(v->lexical = dup_s(num))) {
      return DKG_ERR_NOMEM;
    }
    v->len = strlen(num);
  } else if (!strcmp(dt, RDF_JSON)) {
    if (!parse_json_literal(s, len, &v->json)) {
      return DKG_ERR_SYNTAX; /* invalid JSON literal */
    }
    v->native = NATIVE_JSON;
    type = "@json";
  } else if (sink->opts.rdf_direction &&
             !strcmp(sink->opts.rdf_direction, "i18n-datatype") &&
             !strncmp(dt, I18N_NS, strlen(I18N_NS))) {
    const char* const tag = dt + strlen(I18N_NS);
    const char* const underscore = strchr(tag, '_');
    const size_t tag_len =
      underscore ? (size_t)(underscore - tag) : strlen(tag);
    if ((tag_len && !(v->lang = dup_n(tag, tag_len))) ||
        (underscore && underscore[1] && !(v->dir = dup_s(underscore + 1)))) {
      return DKG_ERR_NOMEM;
    }
  } else if (o->lang) {
    if (!(v->lang = dup_s(o->lang))) {
      return DKG_ERR_NOMEM;
    }
  } else if (strcmp(dt, XSD_STRING)) {
    type = dt;
  }

  if (v->native == NATIVE_NONE) {
    if (!(v->lexical = dup_n(s, len))) {
      return DKG_ERR_NOMEM;
    }
    v->len = len;
  }
  if (type && !(v->type = dup_s(type))) {
    return DKG_ERR_NOMEM;
  }
  return DKG_SUCCESS;
}

/** Adds a canonical form of `v` to `key`, so equal values give equal keys. */
static bool
add_value_key(Buf* key, const Value* v)
{
  char native = (char)('0' + (int)v->native);
  bool ok = buf_add(key, &native, 1U);
  if (v->kind == VAL_ID) {
    return ok && buf_add(key, "I", 1U) &&
           buf_add_field(key, v->id, strlen(v->id));
  }
  ok = ok && buf_add(key, "L", 1U) &&
       buf_add_field(
         key, v->type ? v->type : "", v->type ? strlen(v->type) : 0U) &&
       buf_add_field(
         key, v->lang ? v->lang : "", v->lang ? strlen(v->lang) : 0U) &&
       buf_add_field(key, v->dir ? v->dir : "", v->dir ? strlen(v->dir) : 0U);
  if (v->native == NATIVE_JSON) {
    char* const text = cJSON_PrintUnformatted(v->json);
    ok = ok && text && buf_add_field(key, text, strlen(text));
    cJSON_free(text);
    return ok;
  }
  return ok && buf_add_field(key, v->lexical ? v->lexical : "", v->len);
}

/** Marks (graph, subject, predicate, value) as seen: false if it was. */
static DkgStatus
first_sighting(JsonldSink* sink,
               const char* graph,
               const char* subject,
               const char* predicate,
               const Value* value,
               bool* first)
{
  Buf key = { NULL, 0U, 0U };
  DkgStatus st = DKG_ERR_NOMEM;
  if (buf_add_field(&key, graph, strlen(graph)) &&
      buf_add_field(&key, subject, strlen(subject)) &&
      buf_add_field(&key, predicate, strlen(predicate)) &&
      add_value_key(&key, value)) {
    *first = !map_find(&sink->seen, key.data, key.len);
    st = *first ? map_put(&sink->seen, key.data, key.len, NULL) : DKG_SUCCESS;
  }
  free(key.data);
  return st;
}

static DkgStatus
add_usage(Node* target, Node* node, const char* property, Value* value)
{
  Usage* const usages = (Usage*)grow(
    target->usages, &target->usages_cap, target->n_usages + 1U, sizeof(Usage));
  if (!usages) {
    return DKG_ERR_NOMEM;
  }
  target->usages = usages;
  Usage usage = { node, property, value };
  target->usages[target->n_usages++] = usage;
  return DKG_SUCCESS;
}

/** Adds `value` (now owned by the sink) to `node`'s `predicate`. */
static DkgStatus
add_value(JsonldSink* sink,
          Node* node,
          const char* predicate,
          Value* value,
          Prop** out)
{
  Value** const all = (Value**)grow(
    sink->values, &sink->values_cap, sink->n_values + 1U, sizeof(Value*));
  if (!all) {
    value_free(value);
    return DKG_ERR_NOMEM;
  }
  sink->values = all;
  sink->values[sink->n_values++] = value;

  Prop* prop = find_prop(node, predicate);
  if (!prop) {
    Prop* const props = (Prop*)grow(
      node->props, &node->props_cap, node->n_props + 1U, sizeof(Prop));
    if (!props) {
      return DKG_ERR_NOMEM;
    }
    node->props = props;
    prop = &node->props[node->n_props];
    memset(prop, 0, sizeof(Prop));
    if (!(prop->iri = dup_s(predicate))) {
      return DKG_ERR_NOMEM;
    }
    ++node->n_props;
  }
  Value** const values = (Value**)grow(
    prop->values, &prop->cap, prop->n_values + 1U, sizeof(Value*));
  if (!values) {
    return DKG_ERR_NOMEM;
  }
  prop->values = values;
  prop->values[prop->n_values++] = value;
  *out = prop;
  return DKG_SUCCESS;
}

static DkgStatus
add_type(JsonldSink* sink, const char* graph, Node* node, const char* type)
{
  Value probe;
  memset(&probe, 0, sizeof(probe));
  probe.kind = VAL_ID;
  if (!(probe.id = dup_s(type))) {
    return DKG_ERR_NOMEM;
  }
  bool first = false;
  const DkgStatus st =
    first_sighting(sink, graph, node->id, "@type", &probe, &first);
  free(probe.id);
  if (st || !first) {
    return st;
  }
  char** const types = (char**)grow(
    node->types, &node->types_cap, node->n_types + 1U, sizeof(char*));
  if (!types) {
    return DKG_ERR_NOMEM;
  }
  node->types = types;
  if (!(node->types[node->n_types] = dup_s(type))) {
    return DKG_ERR_NOMEM;
  }
  ++node->n_types;
  return DKG_SUCCESS;
}

static DkgStatus
expanded_statement_ids(JsonldSink* sink,
                       const char* gname,
                       const char* sid,
                       const char* oid,
                       const DkgTerm* p,
                       const DkgTerm* o)
{
  DkgStatus st = DKG_SUCCESS;
  Graph* const graph = get_graph(sink, gname, &st);
  Node* const node = graph ? get_node(graph, sid, &st) : NULL;
  if (!node) {
    return st;
  }
  if (sink->opts.rdf_direction &&
      !strcmp(sink->opts.rdf_direction, "compound-literal") &&
      !strcmp(p->value, RDF_DIRECTION)) {
    node->compound = true;
  }
  if (oid && !get_node(graph, oid, &st)) {
    return st;
  }
  if (oid && !sink->opts.use_rdf_type && !strcmp(p->value, RDF_TYPE)) {
    return add_type(sink, gname, node, oid);
  }

  Value* value = NULL;
  bool first = false;
  if ((st = rdf_to_object(sink, o, &value)) ||
      (st = first_sighting(sink, gname, sid, p->value, value, &first)) ||
      !first) {
    value_free(value);
    return st;
  }
  Prop* prop = NULL;
  if ((st = add_value(sink, node, p->value, value, &prop))) {
    return st;
  }
  if (o->kind == DKG_TERM_IRI && !strcmp(oid, RDF_NIL)) {
    Node* const nil = (Node*)map_get(&graph->nodes, RDF_NIL);
    return nil ? add_usage(nil, node, prop->iri, value) : DKG_ERR_INTERNAL;
  }
  if (o->kind == DKG_TERM_BLANK) {
    RefOnce* ref = (RefOnce*)map_get(&sink->ref_once, oid);
    if (ref) {
      ref->many = true;
    } else if (!(ref = (RefOnce*)calloc(1U, sizeof(RefOnce)))) {
      return DKG_ERR_NOMEM;
    } else {
      ref->usage.node = node;
      ref->usage.property = prop->iri;
      ref->usage.value = value;
      if ((st = map_put(&sink->ref_once, oid, strlen(oid), ref))) {
        free(ref);
      }
    }
  }
  return st;
}

static DkgStatus
expanded_statement(JsonldSink* sink,
                   const DkgTerm* g,
                   const DkgTerm* s,
                   const DkgTerm* p,
                   const DkgTerm* o)
{
  DkgStatus st = DKG_SUCCESS;
  char* const gname = g ? term_id(g) : dup_s("@default");
  char* const sid = term_id(s);
  char* const oid = o->kind == DKG_TERM_LITERAL ? NULL : term_id(o);
  if (!gname || !sid || (o->kind != DKG_TERM_LITERAL && !oid)) {
    st = DKG_ERR_NOMEM;
  } else if (g) {
    Graph* const def = get_graph(sink, "@default", &st);
    if (def && get_node(def, gname, &st)) {
      st = expanded_statement_ids(sink, gname, sid, oid, p, o);
    }
  } else {
    st = expanded_statement_ids(sink, gname, sid, oid, p, o);
  }
  free(gname);
  free(sid);
  free(oid);
  return st;
}

/* ------------------------------------------------------------------------ */
/* Expanded mode: compound literals, lists, output                          */

static const Value*
first_literal(const Node* node, const char* iri)
{
  const Prop* const prop = find_prop(node, iri);
  return prop && prop->n_values && prop->values[0]->kind == VAL_LITERAL
           ? prop->values[0]
           : NULL;
}

static DkgStatus
fold_compound_literal(JsonldSink* sink, Node* cl)
{
  const RefOnce* const ref = (const RefOnce*)map_get(&sink->ref_once, cl->id);
  if (!ref || ref->many) {
    return DKG_SUCCESS;
  }
  const Value* const rvalue = first_literal(cl, RDF_VALUE);
  const Value* const rlang = first_literal(cl, RDF_LANGUAGE);
  const Value* const rdir = first_literal(cl, RDF_DIRECTION);
  if (rdir &&
      !(rdir->native == NATIVE_NONE &&
        (!strcmp(rdir->lexical, "ltr") || !strcmp(rdir->lexical, "rtl")))) {
    return DKG_ERR_SYNTAX; /* invalid base direction */
  }
  const Prop* const prop = find_prop(ref->usage.node, ref->usage.property);
  cl->removed = true;
  for (size_t i = 0; prop && i < prop->n_values; ++i) {
    Value* const v = prop->values[i];
    if (v->kind != VAL_ID || strcmp(v->id, cl->id)) {
      continue;
    }
    free(v->id);
    v->id = NULL;
    v->kind = VAL_LITERAL;
    if (rvalue) {
      v->native = rvalue->native == NATIVE_JSON ? NATIVE_NONE : rvalue->native;
      if (!(v->lexical = dup_n(rvalue->lexical ? rvalue->lexical : "",
                               rvalue->lexical ? rvalue->len : 0U))) {
        return DKG_ERR_NOMEM;
      }
      v->len = rvalue->lexical ? rvalue->len : 0U;
    } else if (!(v->lexical = dup_s(""))) {
      return DKG_ERR_NOMEM;
    }
    if ((rlang && rlang->lexical && !(v->lang = dup_s(rlang->lexical))) ||
        (rdir && !(v->dir = dup_s(rdir->lexical)))) {
      return DKG_ERR_NOMEM;
    }
  }
  return DKG_SUCCESS;
}

/** Whether `node` is a well-formed list node (rdf:first, rdf:rest, and at
    most the type rdf:List). */
static bool
is_list_node(const Node* node)
{
  const Prop* const first = find_prop(node, RDF_FIRST);
  const Prop* const rest = find_prop(node, RDF_REST);
  return first && rest && first->n_values == 1U && rest->n_values == 1U &&
         node->n_props == 2U &&
         (node->n_types == 0U ||
          (node->n_types == 1U && !strcmp(node->types[0], RDF_LIST)));
}

static DkgStatus
fold_list(JsonldSink* sink, Graph* graph, const Usage* usage)
{
  Node* node = usage->node;
  const char* property = usage->property;
  Value* head = usage->value;
  Value** list = NULL;
  size_t n = 0U;
  size_t cap = 0U;
  Node** list_nodes = NULL;
  size_t n_nodes = 0U;
  size_t nodes_cap = 0U;
  const RefOnce* ref = NULL;

  while (!strcmp(property, RDF_REST) && is_blank_id(node->id) &&
         (ref = (const RefOnce*)map_get(&sink->ref_once, node->id)) &&
         !ref->many && is_list_node(node)) {
    Value** const items = (Value**)grow(list, &cap, n + 1U, sizeof(Value*));
    Node** const nodes =
      (Node**)grow(list_nodes, &nodes_cap, n_nodes + 1U, sizeof(Node*));
    if (items) {
      list = items;
    }
    if (nodes) {
      list_nodes = nodes;
    }
    if (!items || !nodes) {
      free(list);
      free(list_nodes);
      return DKG_ERR_NOMEM;
    }
    const Prop* const first = find_prop(node, RDF_FIRST);
    if (!first) {
      break; /* cannot happen: is_list_node() checked it */
    }
    list[n++] = first->values[0];
    list_nodes[n_nodes++] = node;
    node = ref->usage.node;
    property = ref->usage.property;
    head = ref->usage.value;
    if (!is_blank_id(node->id)) {
      break;
    }
  }

  for (size_t i = 0; i < n / 2U; ++i) {
    Value* const tmp = list[i];
    list[i] = list[n - 1U - i];
    list[n - 1U - i] = tmp;
  }
  free(head->id);
  head->id = NULL;
  head->kind = VAL_LIST;
  free(head->items);
  head->items = list;
  head->n_items = n;
  for (size_t i = 0; i < n_nodes; ++i) {
    Node* const in_graph = (Node*)map_get(&graph->nodes, list_nodes[i]->id);
    if (in_graph) {
      in_graph->removed = true;
    }
  }
  free(list_nodes);
  return DKG_SUCCESS;
}

static DkgStatus
fold_graph(JsonldSink* sink, Graph* graph)
{
  DkgStatus st = DKG_SUCCESS;
  for (size_t i = 0; !st && i < graph->n_nodes; ++i) {
    Node* const node = graph->order[i];
    if (node->compound && !node->removed) {
      st = fold_compound_literal(sink, node);
    }
  }
  const Node* const nil = (const Node*)map_get(&graph->nodes, RDF_NIL);
  for (size_t i = 0; !st && nil && i < nil->n_usages; ++i) {
    st = fold_list(sink, graph, &nil->usages[i]);
  }
  return st;
}

static int
compare_nodes(const void* a, const void* b)
{
  return strcmp((*(Node* const*)a)->id, (*(Node* const*)b)->id);
}

static int
compare_props(const void* a, const void* b)
{
  return strcmp(((const Prop*)a)->iri, ((const Prop*)b)->iri);
}

static bool
only_id(const Node* node)
{
  return !node->n_types && !node->n_props;
}

/** The nodes of `graph` to write, sorted; NULL with *n 0 if none. */
static DkgStatus
sorted_nodes(const Graph* graph, bool skip_only_id, Node*** out, size_t* n)
{
  *out = NULL;
  *n = 0U;
  if (!graph->n_nodes) {
    return DKG_SUCCESS;
  }
  Node** const nodes = (Node**)calloc(graph->n_nodes, sizeof(Node*));
  if (!nodes) {
    return DKG_ERR_NOMEM;
  }
  for (size_t i = 0; i < graph->n_nodes; ++i) {
    Node* const node = graph->order[i];
    if (!node->removed && !(skip_only_id && only_id(node))) {
      nodes[(*n)++] = node;
    }
  }
  qsort(nodes, *n, sizeof(Node*), compare_nodes);
  *out = nodes;
  return DKG_SUCCESS;
}

static void
write_value(Writer* w, const Value* v)
{
  size_t n = 0U;
  w_open(w, "{");
  switch (v->kind) {
    case VAL_ID:
      w_key(w, n++, "@id");
      w_cstring(w, v->id);
      break;
    case VAL_LIST:
      w_key(w, n++, "@list");
      w_open(w, "[");
      for (size_t i = 0; i < v->n_items; ++i) {
        w_item(w, i);
        write_value(w, v->items[i]);
      }
      w_close(w, "]", v->n_items);
      break;
    case VAL_LITERAL:
      w_key(w, n++, "@value");
      switch (v->native) {
        case NATIVE_NONE:
          w_string(w, v->lexical, v->len);
          break;
        case NATIVE_TRUE:
          w_str(w, "true");
          break;
        case NATIVE_FALSE:
          w_str(w, "false");
          break;
        case NATIVE_NUMBER:
          w_str(w, v->lexical);
          break;
        case NATIVE_JSON:
          w_cjson(w, v->json);
          break;
      }
      if (v->type) {
        w_key(w, n++, "@type");
        w_cstring(w, v->type);
      }
      if (v->lang) {
        w_key(w, n++, "@language");
        w_cstring(w, v->lang);
      }
      if (v->dir) {
        w_key(w, n++, "@direction");
        w_cstring(w, v->dir);
      }
      break;
  }
  w_close(w, "}", n);
}

static DkgStatus
write_node(JsonldSink* sink, Node* node, const Graph* graph)
{
  Writer* const w = &sink->w;
  size_t n = 0U;
  w_open(w, "{");
  w_key(w, n++, "@id");
  w_cstring(w, node->id);
  if (node->n_types) {
    w_key(w, n++, "@type");
    w_open(w, "[");
    for (size_t i = 0; i < node->n_types; ++i) {
      w_item(w, i);
      w_cstring(w, node->types[i]);
    }
    w_close(w, "]", node->n_types);
  }
  if (node->n_props) {
    qsort(node->props, node->n_props, sizeof(Prop), compare_props);
  }
  for (size_t i = 0; i < node->n_props; ++i) {
    const Prop* const prop = &node->props[i];
    w_key(w, n++, prop->iri);
    w_open(w, "[");
    for (size_t j = 0; j < prop->n_values; ++j) {
      w_item(w, j);
      write_value(w, prop->values[j]);
    }
    w_close(w, "]", prop->n_values);
  }
  if (graph) {
    Node** nodes = NULL;
    size_t n_nodes = 0U;
    const DkgStatus st = sorted_nodes(graph, true, &nodes, &n_nodes);
    if (st) {
      return st;
    }
    w_key(w, n++, "@graph");
    w_open(w, "[");
    for (size_t i = 0; i < n_nodes; ++i) {
      w_item(w, i);
      write_node(sink, nodes[i], NULL);
    }
    w_close(w, "]", n_nodes);
    free(nodes);
  }
  w_close(w, "}", n);
  return w->st;
}

static DkgStatus
expanded_finish(JsonldSink* sink)
{
  DkgStatus st = DKG_SUCCESS;
  Graph* const def = get_graph(sink, "@default", &st);
  for (size_t i = 0; !st && i < sink->n_graphs; ++i) {
    st = fold_graph(sink, sink->graph_order[i]);
  }
  Node** nodes = NULL;
  size_t n_nodes = 0U;
  if (st || (st = sorted_nodes(def, false, &nodes, &n_nodes))) {
    return st;
  }
  Writer* const w = &sink->w;
  size_t n = 0U;
  w_open(w, "[");
  for (size_t i = 0; !st && i < n_nodes; ++i) {
    const Graph* const graph =
      (const Graph*)map_get(&sink->graphs, nodes[i]->id);
    if (graph || !only_id(nodes[i])) {
      w_item(w, n++);
      st = write_node(sink, nodes[i], graph);
    }
  }
  w_close(w, "]", n);
  w_str(w, "\n");
  free(nodes);
  return st ? st : w->st;
}

/* ------------------------------------------------------------------------ */
/* Compact mode: the context                                                */

static bool
is_gen_delim(char c)
{
  return c && strchr(":/?#[]@", c) != NULL;
}

static char* expand_iri(const cJSON* ctx,
                        const char* vocab,
                        const char* value,
                        bool use_terms,
                        unsigned depth);

/** Whether the definition of a term may serve as a prefix. */
static bool
is_prefix_def(const char* name, const cJSON* def, const char* iri)
{
  if (strchr(name, ':') || strchr(name, '/') || !iri || !iri[0]) {
    return false;
  }
  if (cJSON_IsString(def)) {
    return is_gen_delim(iri[strlen(iri) - 1U]) || is_blank_id(iri);
  }
  return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(def, "@prefix"));
}

/** The IRI mapping of term `name` defined as `def`, or NULL. */
static char*
term_iri(const cJSON* ctx,
         const char* vocab,
         const char* name,
         const cJSON* def,
         unsigned depth)
{
  const cJSON* id = def;
  if (cJSON_IsObject(def)) {
    if (cJSON_GetObjectItemCaseSensitive(def, "@reverse")) {
      return NULL;
    }
    id = cJSON_GetObjectItemCaseSensitive(def, "@id");
    if (!id) {
      /* No @id: the term is a compact or absolute IRI, or vocab-relative */
      return strchr(name, ':') ? expand_iri(ctx, vocab, name, false, depth + 1U)
             : vocab ? concat(vocab, strlen(vocab), name, strlen(name))
                     : NULL;
    }
  }
  if (!cJSON_IsString(id)) {
    return NULL;
  }
  return expand_iri(ctx,
                    vocab,
                    id->valuestring,
                    strcmp(id->valuestring, name) != 0,
                    depth + 1U);
}

/** Expands a term (when `use_terms`), compact IRI or absolute IRI against the
    context `ctx` (an object of term definitions); NULL if it does not. */
static char*
expand_iri(const cJSON* ctx,
           const char* vocab,
           const char* value,
           bool use_terms,
           unsigned depth)
{
  if (depth > MAX_EXPAND_DEPTH) {
    return NULL;
  }
  if (value[0] == '@') {
    return dup_s(value);
  }
  const cJSON* const def =
    use_terms ? cJSON_GetObjectItemCaseSensitive(ctx, value) : NULL;
  if (def) {
    return term_iri(ctx, vocab, value, def, depth);
  }
  const char* const colon = strchr(value, ':');
  if (!colon) {
    return vocab ? concat(vocab, strlen(vocab), value, strlen(value)) : NULL;
  }
  const char* const suffix = colon + 1;
  if ((colon - value == 1 && value[0] == '_') || !strncmp(suffix, "//", 2U)) {
    return dup_s(value);
  }
  char* const prefix = dup_n(value, (size_t)(colon - value));
  if (!prefix) {
    return NULL;
  }
  const cJSON* const pdef = cJSON_GetObjectItemCaseSensitive(ctx, prefix);
  char* base = pdef ? term_iri(ctx, vocab, prefix, pdef, depth) : NULL;
  char* const result = base && is_prefix_def(prefix, pdef, base)
                         ? concat(base, strlen(base), suffix, strlen(suffix))
                         : dup_s(value);
  free(base);
  free(prefix);
  return result;
}

static void
term_clear(Term* term)
{
  free(term->name);
  free(term->iri);
  free(term->type);
  free(term->lang);
}

/** Reads the definition of term `name`; *keep false if it is not one. */
static DkgStatus
read_term(const cJSON* ctx,
          const char* vocab,
          const char* name,
          const cJSON* def,
          Term* term,
          bool* keep)
{
  memset(term, 0, sizeof(Term));
  *keep = false;
  if (!(term->name = dup_s(name))) {
    return DKG_ERR_NOMEM;
  }
  term->iri = term_iri(ctx, vocab, name, def, 0U);
  if (!term->iri || term->iri[0] == '@') {
    return DKG_SUCCESS;
  }
  *keep = true;
  term->usable = true;
  term->prefix = is_prefix_def(name, def, term->iri);
  if (!cJSON_IsObject(def)) {
    return DKG_SUCCESS;
  }
  for (const cJSON* m = def->child; m; m = m->next) {
    const char* const key = m->string;
    if (!strcmp(key, "@id") || !strcmp(key, "@prefix") ||
        !strcmp(key, "@protected")) {
      continue;
    }
    if (!strcmp(key, "@type") && cJSON_IsString(m)) {
      if (!strcmp(m->valuestring, "@id")) {
        term->type = dup_s("@id");
      } else if (m->valuestring[0] == '@') {
        term->usable = false; /* @vocab, @json, @none */
      } else {
        term->type = expand_iri(ctx, vocab, m->valuestring, true, 0U);
        term->usable = term->type != NULL;
      }
    } else if (!strcmp(key, "@language") &&
               (cJSON_IsString(m) || cJSON_IsNull(m))) {
      term->has_lang = true;
      if (cJSON_IsString(m) && !(term->lang = dup_s(m->valuestring))) {
        return DKG_ERR_NOMEM;
      }
    } else if (!strcmp(key, "@container")) {
      const cJSON* const c =
        cJSON_IsArray(m) && cJSON_GetArraySize(m) == 1 ? m->child : m;
      term->set = cJSON_IsString(c) && !strcmp(c->valuestring, "@set");
      term->usable = term->usable && term->set;
    } else {
      term->usable = false; /* @reverse, @direction, @context, @nest, ... */
    }
  }
  if (term->type && term->has_lang) {
    term->usable = false;
  }
  return DKG_SUCCESS;
}

/** Merges the objects of a context array into one object. */
static cJSON*
merge_context(const cJSON* context)
{
  cJSON* const merged = cJSON_CreateObject();
  if (!merged) {
    return NULL;
  }
  const cJSON* const first = cJSON_IsArray(context) ? context->child : context;
  for (const cJSON* part = first; part;
       part = cJSON_IsArray(context) ? part->next : NULL) {
    if (cJSON_IsNull(part)) {
      while (merged->child) {
        cJSON_DeleteItemFromObjectCaseSensitive(merged, merged->child->string);
      }
      continue;
    }
    if (!cJSON_IsObject(part)) {
      cJSON_Delete(merged);
      return NULL; /* a remote context: not supported */
    }
    for (const cJSON* m = part->child; m; m = m->next) {
      cJSON* const copy = cJSON_Duplicate(m, true);
      if (!copy) {
        cJSON_Delete(merged);
        return NULL;
      }
      cJSON_DeleteItemFromObjectCaseSensitive(merged, m->string);
      cJSON_AddItemToObject(merged, m->string, copy);
    }
  }
  return merged;
}

static DkgStatus
load_context(JsonldSink* sink, const char* context_json)
{
  if (!(sink->context_doc = cJSON_Parse(context_json))) {
    return DKG_ERR_SYNTAX;
  }
  sink->context =
    cJSON_GetObjectItemCaseSensitive(sink->context_doc, "@context");
  if (!sink->context) {
    return DKG_ERR_SYNTAX;
  }
  cJSON* const ctx = merge_context(sink->context);
  if (!ctx) {
    return DKG_ERR_SYNTAX;
  }
  DkgStatus st = DKG_SUCCESS;
  const cJSON* const vocab_item =
    cJSON_GetObjectItemCaseSensitive(ctx, "@vocab");
  const cJSON* const lang = cJSON_GetObjectItemCaseSensitive(ctx, "@language");
  char* const vocab =
    cJSON_IsString(vocab_item)
      ? expand_iri(ctx, NULL, vocab_item->valuestring, true, 0U)
      : NULL;
  if (cJSON_IsString(lang) && !(sink->language = dup_s(lang->valuestring))) {
    st = DKG_ERR_NOMEM;
  }
  const int size = cJSON_GetArraySize(ctx);
  if (!st && size > 0 &&
      !(sink->terms = (Term*)calloc((size_t)size, sizeof(Term)))) {
    st = DKG_ERR_NOMEM;
  }
  for (const cJSON* m = ctx->child; !st && m; m = m->next) {
    bool keep = false;
    if (m->string[0] == '@') {
      continue;
    }
    Term* const term = &sink->terms[sink->n_terms];
    st = read_term(ctx, vocab, m->string, m, term, &keep);
    if (keep) {
      ++sink->n_terms;
    } else {
      term_clear(term);
    }
  }
  free(vocab);
  cJSON_Delete(ctx);
  return st;
}

static const Term*
find_term(const JsonldSink* sink, const char* name)
{
  for (size_t i = 0; i < sink->n_terms; ++i) {
    if (!strcmp(sink->terms[i].name, name)) {
      return &sink->terms[i];
    }
  }
  return NULL;
}

/** Whether `a` is a better choice than `b` (shortest, then least). */
static bool
better_name(const char* a, const char* b)
{
  if (!b) {
    return true;
  }
  const size_t la = strlen(a);
  const size_t lb = strlen(b);
  return la < lb || (la == lb && strcmp(a, b) < 0);
}

/** `iri` as a compact IRI `prefix:local`, or NULL if none applies. */
static char*
compact_iri(const JsonldSink* sink, const char* iri)
{
  const Term* best = NULL;
  size_t best_len = 0U;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    const size_t len = strlen(t->iri);
    if (!t->prefix || strncmp(iri, t->iri, len) || !iri[len] ||
        !strncmp(iri + len, "//", 2U)) {
      continue;
    }
    if (!best || len > best_len ||
        (len == best_len && better_name(t->name, best->name))) {
      const char* const local = iri + len;
      char* const candidate = concat(t->name, strlen(t->name), ":", 1U);
      char* const full =
        candidate ? concat(candidate, strlen(candidate), local, strlen(local))
                  : NULL;
      const bool taken = !full || find_term(sink, full);
      free(candidate);
      free(full);
      if (!taken) {
        best = t;
        best_len = len;
      }
    }
  }
  if (!best) {
    return NULL;
  }
  char* const head = concat(best->name, strlen(best->name), ":", 1U);
  char* const result =
    head ? concat(head, strlen(head), iri + best_len, strlen(iri + best_len))
         : NULL;
  free(head);
  return result;
}

/** A vocabulary IRI (a class) compacted to a term or a compact IRI. */
static char*
compact_vocab(const JsonldSink* sink, const char* iri)
{
  const Term* best = NULL;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    if (!strcmp(t->iri, iri) && (!best || better_name(t->name, best->name))) {
      best = t;
    }
  }
  if (best) {
    return dup_s(best->name);
  }
  char* const compact = compact_iri(sink, iri);
  return compact ? compact : dup_s(iri);
}

static const char*
term_language(const JsonldSink* sink, const Term* term)
{
  return term->has_lang ? term->lang : sink->language;
}

/** Whether a value `o` under `term` may be written as a plain string. */
static bool
term_matches(const JsonldSink* sink, const Term* term, const DkgTerm* o)
{
  if (o->kind != DKG_TERM_LITERAL) {
    return term->type && !strcmp(term->type, "@id");
  }
  if (term->type) {
    return !o->lang && o->datatype && strcmp(o->datatype, XSD_STRING) &&
           !strcmp(term->type, o->datatype);
  }
  const char* const lang = term_language(sink, term);
  if (o->lang) {
    return lang && !strcmp(lang, o->lang);
  }
  return !lang && (!o->datatype || !strcmp(o->datatype, XSD_STRING));
}

/* ------------------------------------------------------------------------ */
/* Compact mode: subject blocks                                             */

static void
clear_block(JsonldSink* sink)
{
  free(sink->subject);
  sink->subject = NULL;
  for (size_t i = 0; i < sink->n_types; ++i) {
    free(sink->types[i]);
  }
  sink->n_types = 0U;
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    CProp* const prop = &sink->cprops[i];
    for (size_t j = 0; j < prop->n_values; ++j) {
      free(prop->values[j].value);
      free(prop->values[j].extra);
    }
    free(prop->values);
    free(prop->key);
  }
  sink->n_cprops = 0U;
}

static void
write_cvalue(Writer* w, const CValue* v)
{
  if (v->form == FORM_STRING) {
    w_string(w, v->value, v->len);
    return;
  }
  w_open(w, "{");
  w_key(w, 0U, v->form == FORM_ID ? "@id" : "@value");
  w_string(w, v->value, v->len);
  if (v->form == FORM_TYPED || v->form == FORM_LANG) {
    w_key(w, 1U, v->form == FORM_TYPED ? "@type" : "@language");
    w_cstring(w, v->extra);
  }
  w_close(w, "}", v->form == FORM_ID || v->form == FORM_VALUE ? 1U : 2U);
}

static void
write_head(JsonldSink* sink)
{
  Writer* const w = &sink->w;
  if (!sink->started) {
    sink->started = true;
    w_open(w, "{");
    w_key(w, 0U, "@context");
    if (sink->context_url) {
      w_cstring(w, sink->context_url);
    } else {
      w_cjson(w, sink->context);
    }
    w_key(w, 1U, "@graph");
    w_open(w, "[");
  }
}

/** Writes the current subject block, if any, and forgets it. */
static DkgStatus
flush_block(JsonldSink* sink)
{
  Writer* const w = &sink->w;
  if (!sink->subject) {
    return DKG_SUCCESS;
  }
  write_head(sink);
  w_item(w, sink->n_written++);
  size_t n = 0U;
  w_open(w, "{");
  w_key(w, n++, "@id");
  w_cstring(w, sink->subject);
  if (sink->n_types) {
    w_key(w, n++, "@type");
    if (sink->n_types == 1U) {
      w_cstring(w, sink->types[0]);
    } else {
      w_open(w, "[");
      for (size_t i = 0; i < sink->n_types; ++i) {
        w_item(w, i);
        w_cstring(w, sink->types[i]);
      }
      w_close(w, "]", sink->n_types);
    }
  }
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    const CProp* const prop = &sink->cprops[i];
    w_key(w, n++, prop->key);
    if (prop->n_values == 1U && !prop->set) {
      write_cvalue(w, &prop->values[0]);
      continue;
    }
    w_open(w, "[");
    for (size_t j = 0; j < prop->n_values; ++j) {
      w_item(w, j);
      write_cvalue(w, &prop->values[j]);
    }
    w_close(w, "]", prop->n_values);
  }
  w_close(w, "}", n);
  clear_block(sink);
  return w->st;
}

static char* compact_vocab_memo(JsonldSink* sink, const char* iri);

static DkgStatus
add_ctype(JsonldSink* sink, const char* iri)
{
  char** const types = (char**)grow(
    sink->types, &sink->types_cap, sink->n_types + 1U, sizeof(char*));
  if (!types) {
    return DKG_ERR_NOMEM;
  }
  sink->types = types;
  if (!(sink->types[sink->n_types] = compact_vocab_memo(sink, iri))) {
    return DKG_ERR_NOMEM;
  }
  ++sink->n_types;
  return DKG_SUCCESS;
}

/** The property key and value form for (p, o). */
static DkgStatus
choose_key_uncached(const JsonldSink* sink,
                    const DkgTerm* p,
                    const DkgTerm* o,
                    char** key,
                    bool* set,
                    Form* form)
{
  const Term* best = NULL;
  for (size_t i = 0; i < sink->n_terms; ++i) {
    const Term* const t = &sink->terms[i];
    if (t->usable && !strcmp(t->iri, p->value) && term_matches(sink, t, o) &&
        (!best || better_name(t->name, best->name))) {
      best = t;
    }
  }
  if (best) {
    *key = dup_s(best->name);
    *set = best->set;
    *form = FORM_STRING;
    return *key ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  *set = false;
  if (!(*key = compact_iri(sink, p->value)) && !(*key = dup_s(p->value))) {
    return DKG_ERR_NOMEM;
  }
  if (o->kind != DKG_TERM_LITERAL) {
    *form = FORM_ID;
  } else if (o->lang) {
    *form = FORM_LANG;
  } else if (o->datatype && strcmp(o->datatype, XSD_STRING)) {
    *form = FORM_TYPED;
  } else {
    *form = sink->language ? FORM_VALUE : FORM_STRING;
  }
  return DKG_SUCCESS;
}

typedef struct
{
  char* key;
  bool set;
  Form form;
} Memo;

static void
memo_free(void* handle, const char* key, void* value)
{
  (void)handle;
  (void)key;
  free(((Memo*)value)->key);
  free(value);
}

/* The memo entry for `kind` ('K' a key, 'V' a vocabulary IRI) and up to
   four strings, or NULL. */
static Memo*
memo_find(JsonldSink* sink,
          char kind,
          const char* a,
          const char* b,
          const char* c,
          const char* d)
{
  DkgBuf* k = &sink->memo_key;
  dkg_buf_clear(k);
  const char* parts[4] = { a, b, c, d };
  dkg_buf_append(k, &kind, 1U);
  for (size_t i = 0; i < 4U; ++i) {
    dkg_buf_append(k, "\x1f", 1U);
    if (parts[i]) {
      dkg_buf_puts(k, parts[i]);
    } else {
      dkg_buf_append(k, "\x1e", 1U); /* NULL differs from "" */
    }
  }
  return k->buf ? (Memo*)dkg_hash_get(&sink->memo, k->buf, k->len) : NULL;
}

/* Remembers under the key memo_find() last built. */
static void
memo_put(JsonldSink* sink, const char* key, bool set, Form form)
{
  Memo* m = (Memo*)calloc(1U, sizeof(Memo));
  if (m && sink->memo_key.buf && (m->key = dup_s(key)) != NULL) {
    m->set = set;
    m->form = form;
    if (dkg_hash_put(
          &sink->memo, sink->memo_key.buf, sink->memo_key.len, m, NULL)) {
      return;
    }
  }
  if (m) {
    free(m->key);
    free(m);
  }
}

static DkgStatus
choose_key(JsonldSink* sink,
           const DkgTerm* p,
           const DkgTerm* o,
           char** key,
           bool* set,
           Form* form)
{
  const char kind[2] = { (char)('0' + (int)o->kind), '\0' };
  const Memo* m = memo_find(sink, 'K', p->value, kind, o->datatype, o->lang);
  if (m) {
    *key = dup_s(m->key);
    *set = m->set;
    *form = m->form;
    return *key ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  const DkgStatus st = choose_key_uncached(sink, p, o, key, set, form);
  if (!st) {
    /* choose_key_uncached() does not touch memo_key: it is still ours. */
    memo_put(sink, *key, *set, *form);
  }
  return st;
}

static char*
compact_vocab_memo(JsonldSink* sink, const char* iri)
{
  const Memo* m = memo_find(sink, 'V', iri, NULL, NULL, NULL);
  if (m) {
    return dup_s(m->key);
  }
  char* const compact = compact_vocab(sink, iri);
  if (compact) {
    memo_find(sink, 'V', iri, NULL, NULL, NULL); /* the key again */
    memo_put(sink, compact, false, FORM_STRING);
  }
  return compact;
}

static DkgStatus
add_cvalue(JsonldSink* sink, const DkgTerm* p, const DkgTerm* o)
{
  char* key = NULL;
  bool set = false;
  CValue value = { FORM_STRING, NULL, 0U, NULL };
  DkgStatus st = choose_key(sink, p, o, &key, &set, &value.form);
  if (st) {
    return st;
  }
  CProp* prop = NULL;
  for (size_t i = 0; i < sink->n_cprops; ++i) {
    if (!strcmp(sink->cprops[i].key, key)) {
      prop = &sink->cprops[i];
      break;
    }
  }
  if (!prop) {
    CProp* const props = (CProp*)grow(
      sink->cprops, &sink->cprops_cap, sink->n_cprops + 1U, sizeof(CProp));
    if (!props) {
      free(key);
      return DKG_ERR_NOMEM;
    }
    sink->cprops = props;
    prop = &sink->cprops[sink->n_cprops++];
    memset(prop, 0, sizeof(CProp));
    prop->key = key;
    prop->set = set;
  } else {
    free(key);
  }

  CValue* const values = (CValue*)grow(
    prop->values, &prop->cap, prop->n_values + 1U, sizeof(CValue));
  if (!values) {
    return DKG_ERR_NOMEM;
  }
  prop->values = values;
  value.value =
    o->kind == DKG_TERM_LITERAL ? dup_n(o->value, o->len) : term_id(o);
  value.len = value.value ? strlen(value.value) : 0U;
  if (o->kind == DKG_TERM_LITERAL) {
    value.len = o->len;
  }
  if (value.form == FORM_TYPED) {
    value.extra = compact_vocab_memo(sink, o->datatype);
  } else if (value.form == FORM_LANG) {
    value.extra = dup_s(o->lang);
  }
  if (!value.value ||
      ((value.form == FORM_TYPED || value.form == FORM_LANG) && !value.extra)) {
    free(value.value);
    free(value.extra);
    return DKG_ERR_NOMEM;
  }
  prop->values[prop->n_values++] = value;
  return DKG_SUCCESS;
}

static DkgStatus
compact_statement(JsonldSink* sink,
                  const DkgTerm* g,
                  const DkgTerm* s,
                  const DkgTerm* p,
                  const DkgTerm* o)
{
  if (g) {
    return DKG_ERR_WRITER; /* named graphs are not supported here */
  }
  char* const sid = term_id(s);
  if (!sid) {
    return DKG_ERR_NOMEM;
  }
  DkgStatus st = DKG_SUCCESS;
  if (!sink->subject || strcmp(sink->subject, sid)) {
    if ((st = flush_block(sink))) {
      free(sid);
      return st;
    }
    sink->subject = sid;
  } else {
    free(sid);
  }

  if (o->kind == DKG_TERM_IRI && !strcmp(p->value, RDF_TYPE)) {
    char* const iri = dup_n(o->value, o->len);
    st = iri ? add_ctype(sink, iri) : DKG_ERR_NOMEM;
    free(iri);
    return st;
  }
  return add_cvalue(sink, p, o);
}

static DkgStatus
compact_finish(JsonldSink* sink)
{
  Writer* const w = &sink->w;
  DkgStatus st = flush_block(sink);
  if (st) {
    return st;
  }
  write_head(sink);
  w_close(w, "]", sink->n_written);
  w_close(w, "}", 2U);
  w_str(w, "\n");
  return w->st;
}

/* ------------------------------------------------------------------------ */
/* Sink class                                                               */

static DkgStatus
jsonld_prefix(DkgSink* base, const char* name, const char* iri)
{
  (void)name;
  (void)iri;
  return ((JsonldSink*)base)->st;
}

static DkgStatus
jsonld_statement(DkgSink* base,
                 const DkgTerm* graph,
                 const DkgTerm* subject,
                 const DkgTerm* predicate,
                 const DkgTerm* object)
{
  JsonldSink* const sink = (JsonldSink*)base;
  if (sink->st) {
    return sink->st;
  }
  if (sink->finished || subject->kind == DKG_TERM_LITERAL ||
      predicate->kind != DKG_TERM_IRI ||
      (graph && graph->kind == DKG_TERM_LITERAL)) {
    return fail(sink, DKG_ERR_WRITER);
  }
  const DkgStatus st =
    sink->context_doc
      ? compact_statement(sink, graph, subject, predicate, object)
      : expanded_statement(sink, graph, subject, predicate, object);
  return st ? fail(sink, st) : DKG_SUCCESS;
}

static DkgStatus
jsonld_finish(DkgSink* base)
{
  JsonldSink* const sink = (JsonldSink*)base;
  if (sink->st) {
    return sink->st;
  }
  if (sink->finished) {
    return fail(sink, DKG_ERR_WRITER);
  }
  sink->finished = true;
  DkgStatus st =
    sink->context_doc ? compact_finish(sink) : expanded_finish(sink);
  if (!st) {
    w_flush(&sink->w);
    st = sink->w.st;
  }
  if (!st && fflush(sink->w.out)) {
    st = DKG_ERR_IO;
  }
  return st ? fail(sink, st) : DKG_SUCCESS;
}

static void
jsonld_free(DkgSink* base)
{
  JsonldSink* const sink = (JsonldSink*)base;
  for (size_t i = 0; i < sink->n_graphs; ++i) {
    graph_free(sink->graph_order[i]);
  }
  free(sink->graph_order);
  map_clear(&sink->graphs, false);
  map_clear(&sink->ref_once, true);
  map_clear(&sink->seen, false);
  for (size_t i = 0; i < sink->n_values; ++i) {
    value_free(sink->values[i]);
  }
  free(sink->values);

  clear_block(sink);
  free(sink->types);
  free(sink->cprops);
  free(sink->w.buf);
  dkg_hash_each(&sink->memo, memo_free, NULL);
  dkg_hash_destroy(&sink->memo);
  dkg_buf_destroy(&sink->memo_key);
  for (size_t i = 0; i < sink->n_terms; ++i) {
    term_clear(&sink->terms[i]);
  }
  free(sink->terms);
  free(sink->language);
  free(sink->context_url);
  cJSON_Delete(sink->context_doc);
  free(sink);
}

static const DkgSinkClass jsonld_class = {
  "json-ld", jsonld_prefix, jsonld_statement, jsonld_finish, jsonld_free,
};

DkgSink*
dkg_jsonld_sink_new(FILE* out,
                    const char* context_json,
                    const char* context_url,
                    const DkgJsonldOptions* options)
{
  static const DkgJsonldOptions defaults = { false, false, NULL, false };
  const DkgJsonldOptions* const opts = options ? options : &defaults;
  if (!out ||
      (opts->rdf_direction && strcmp(opts->rdf_direction, "i18n-datatype") &&
       strcmp(opts->rdf_direction, "compound-literal"))) {
    return NULL;
  }
  JsonldSink* const sink = (JsonldSink*)calloc(1U, sizeof(JsonldSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &jsonld_class;
  dkg_hash_init(&sink->memo);
  sink->w.out = out;
  sink->w.pretty = opts->pretty;
  sink->opts = *opts;
  if (context_json &&
      (load_context(sink, context_json) ||
       (context_url && !(sink->context_url = dup_s(context_url))))) {
    jsonld_free(&sink->base);
    return NULL;
  }
  return &sink->base;
}
