#include "map/mapper.h"

#include "map/hook.h"

#include "mint/iri.h"
#include "mint/name.h"
#include "resolve/links.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hashmap.h"
#include "util/printf.h"
#include "util/str.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Vocabulary IRIs, spelled once. */
#define RDF_TYPE DKG_NS_RDF "type"
#define RDFS_LABEL DKG_NS_RDFS "label"
#define XSD_DATE DKG_NS_XSD "date"
#define SKOS_CONCEPT DKG_NS_SKOS "Concept"
#define SKOS_SCHEME DKG_NS_SKOS "ConceptScheme"
#define SKOS_PREF DKG_NS_SKOS "prefLabel"
#define SKOS_ALT DKG_NS_SKOS "altLabel"
#define SKOS_IN_SCHEME DKG_NS_SKOS "inScheme"
#define DCT_IDENTIFIER DKG_NS_DCT "identifier"
#define DCT_TITLE DKG_NS_DCT "title"
#define DCT_PUBLISHER DKG_NS_DCT "publisher"
#define DCT_ISSUED DKG_NS_DCT "issued"
#define DCT_DESCRIPTION DKG_NS_DCT "description"
#define FOAF_NAME DKG_NS_FOAF "name"
#define ORG_ORGANIZATION DKG_NS_ORG "Organization"
#define SCHEMA_URL DKG_NS_SCHEMA "url"
#define DKG_WIKIDATA_NS "http://www.wikidata.org/entity/"

/* Unresolved names listed one by one at the end of a run; past that, one
   summary line (the report file has them all). */
#ifndef DKG_UNRESOLVED_SHOWN
#  define DKG_UNRESOLVED_SHOWN 30u
#endif

/* Only the first unresolved names of a record get an exact line and
   column: finding them scans the record (see record.c). */
#ifndef DKG_UNRESOLVED_PLACED
#  define DKG_UNRESOLVED_PLACED 64u
#endif

typedef struct Unresolved
{
  const char* kind;
  char* name;
  char* country;
  uint64_t count;
  size_t order;
  char* file;
  unsigned line;
  unsigned col;
  char* path;
} Unresolved;

struct DkgMapper
{
  const DkgRegistry* reg;
  DkgSink* sink;
  DkgDiag* diag;
  DkgTerm graph;
  bool has_graph;
  bool strict;
  DkgStatus status;    /* first sink failure, final */
  bool unresolved_now; /* this record had an unresolved name */
  uint64_t n_statements;
  DkgHash described;  /* IRIs already described */
  DkgHash resolved;   /* "kind cc name" as written -> entity or MISS */
  DkgHash unresolved; /* "kind cc key" -> Unresolved */
  DkgHash noted;      /* "kind cc name" as written -> Unresolved */
  DkgMinter* minter;
  DkgArena lasting; /* for the run: resolutions and their IRIs */
  /* Source URLs already described: the current generation and the one
     before it, so memory stays flat when every record has its own source
     (see DKG_SOURCE_WINDOW). */
  DkgHash sources;
  DkgHash sources_old;
  /* Observed (map/hook.h): the observer decides first mentions and takes
     the unresolved names. */
  DkgMapObserver observer;
  bool observed;
  size_t n_unresolved;
  size_t n_placed; /* unresolved names located in this record */
  DkgArena arena;  /* per record: IRIs and labels */
  DkgBuf buf;
  const DkgRecord* record;
  const DkgRecordText* text;
  DkgLinks* links;           /* --links, or NULL (links.c) */
  const char* prov_activity; /* --provenance: the export activity, or NULL */
};

static char miss_marker;
#define MISS ((void*)&miss_marker)

DkgMapper*
dkg_mapper_new(const DkgRegistry* reg,
               DkgSink* sink,
               DkgDiag* diag,
               const DkgMapperOptions* options)
{
  DkgMapper* m = (DkgMapper*)calloc(1, sizeof(DkgMapper));
  if (!m) {
    return NULL;
  }
  m->reg = reg;
  m->sink = sink;
  m->diag = diag;
  m->minter = dkg_minter_new(options ? options->base : NULL);
  m->strict = options && options->strict;
  if (options && options->graph) {
    m->graph = dkg_iri(options->graph);
    m->has_graph = true;
  }
  dkg_hash_init(&m->described);
  dkg_hash_init(&m->resolved);
  dkg_hash_init(&m->unresolved);
  dkg_hash_init(&m->noted);
  dkg_arena_init(&m->lasting, 16384u);
  dkg_hash_init(&m->sources);
  dkg_hash_init(&m->sources_old);
  dkg_arena_init(&m->arena, 16384u);
  if (!m->minter) {
    dkg_mapper_free(m);
    return NULL;
  }
  return m;
}

/* dkg_hash_each() callback: frees one unresolved entry. */
static void
free_unresolved(void* handle, const char* key, void* value)
{
  (void)handle;
  (void)key;
  Unresolved* u = (Unresolved*)value;
  free(u->file);
  free(u->path);
  free(u->name);
  free(u->country);
  free(u);
}

void
dkg_mapper_free(DkgMapper* m)
{
  if (m) {
    dkg_mapper_observe(m, NULL);
    dkg_hash_each(&m->unresolved, free_unresolved, NULL);
    dkg_hash_destroy(&m->unresolved);
    dkg_hash_destroy(&m->noted);
    dkg_minter_free(m->minter);
    dkg_arena_destroy(&m->lasting);
    dkg_hash_destroy(&m->sources);
    dkg_hash_destroy(&m->sources_old);
    dkg_hash_destroy(&m->described);
    dkg_hash_destroy(&m->resolved);
    dkg_arena_destroy(&m->arena);
    dkg_buf_destroy(&m->buf);
    free(m);
  }
}

uint64_t
dkg_mapper_statement_count(const DkgMapper* m)
{
  return m->n_statements;
}

void
dkg_mapper_set_links(DkgMapper* m, DkgLinks* links, const char* activity)
{
  m->links = links;
  m->prov_activity = activity;
}

/* Receives a link from links.c. */
static void emit_iri(DkgMapper* m, const char* s, const char* p, const char* o);

static bool first_spelling(DkgMapper* m,
                           const char* iri,
                           const char* what,
                           const char* text,
                           const char* lang);
static void gate_close(DkgMapper* m);

/* Receives a link from links.c: each link once, whichever spelling of a
   node's name matched it (the union rule, see first_spelling()). */
static void
emit_link(void* handle, const char* s, const char* p, const char* o)
{
  DkgMapper* m = (DkgMapper*)handle;
  if (first_spelling(m, s, p, o, "")) {
    emit_iri(m, s, p, o);
    gate_close(m);
  }
}

/* ---- Building IRIs and strings in the per-record arena ----------------- */

/* A copy of `b` in the record's arena; "" when out of memory (the status
   says so). */
static const char*
keep(DkgMapper* m, const DkgBuf* b)
{
  const char* s = b->buf ? dkg_arena_strndup(&m->arena, b->buf, b->len) : NULL;
  if (!s && !m->status) {
    m->status = DKG_ERR_NOMEM;
  }
  return s ? s : "";
}

/* Replaces `b` with parts[0..n) joined by U+001F, a NULL part as empty:
   a key of the mapper's maps.  False when out of memory. */
static bool
join_parts(DkgBuf* b, size_t n, const char* const parts[])
{
  bool ok = true;
  dkg_buf_clear(b);
  for (size_t i = 0; i < n; ++i) {
    ok = (!i || dkg_buf_puts(b, "\x1f")) &&
         dkg_buf_puts(b, parts[i] ? parts[i] : "") && ok;
  }
  return ok && b->buf;
}

/* The IRI of `name` of `kind` in `scope` (mint/iri.h): its slug when
   `slug` (a name as written), else `name` as is; "" when out of memory
   (the status says so). */
static const char*
mint(DkgMapper* m,
     const char* kind,
     const char* scope,
     const char* name,
     bool slug)
{
  const char* iri = slug ? dkg_mint_slug(m->minter, kind, scope, name)
                    : dkg_mint_iri(m->minter, &m->buf, kind, scope, name)
                      ? keep(m, &m->buf)
                      : NULL;
  if (!iri && !m->status) {
    m->status = DKG_ERR_NOMEM;
  }
  return iri ? iri : "";
}

/* WHOLE/PART[/N] (mint/iri.h) in the record's arena. */
static const char*
part(DkgMapper* m, const char* whole, const char* what, size_t n)
{
  if (!dkg_mint_part(&m->buf, whole, what, n) && !m->status) {
    m->status = DKG_ERR_NOMEM;
  }
  return keep(m, &m->buf);
}

static const char* printf_string(DkgMapper* m, const char* fmt, ...)
  DKG_PRINTF(2, 3);

/* A printf-formatted string in the record's arena; "" when out of memory
   (the status says so). */
static const char*
printf_string(DkgMapper* m, const char* fmt, ...)
{
  va_list args;
  va_start(args, fmt);
  const int n = vsnprintf(NULL, 0, fmt, args);
  va_end(args);
  char* s = n >= 0 ? (char*)dkg_arena_alloc(&m->arena, (size_t)n + 1u) : NULL;
  if (!s) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return "";
  }
  va_start(args, fmt);
  vsnprintf(s, (size_t)n + 1u, fmt, args);
  va_end(args);
  return s;
}

/* ---- Emitting ---------------------------------------------------------- */

/* Sends one statement (in the mapper's graph) to the sink, unless an
   earlier failure stopped the mapper; a sink failure becomes the status. */
static void
emit(DkgMapper* m, const char* s, const char* p, const DkgTerm* o)
{
  if (m->status) {
    return;
  }
  const DkgTerm subject = dkg_iri(s);
  const DkgTerm predicate = dkg_iri(p);
  m->status = dkg_sink_statement(
    m->sink, m->has_graph ? &m->graph : NULL, &subject, &predicate, o);
  ++m->n_statements;
}

/* emit() with an IRI object. */
static void
emit_iri(DkgMapper* m, const char* s, const char* p, const char* o)
{
  const DkgTerm object = dkg_iri(o);
  emit(m, s, p, &object);
}

/* emit() with a literal in `lang`; nothing when `text` is NULL. */
static void
emit_text(DkgMapper* m,
          const char* s,
          const char* p,
          const char* text,
          const char* lang)
{
  if (text) {
    const DkgTerm object = dkg_lang_string(text, lang);
    emit(m, s, p, &object);
  }
}

/* emit() with a plain string literal. */
static void
emit_plain(DkgMapper* m, const char* s, const char* p, const char* text)
{
  const DkgTerm object = dkg_string(text);
  emit(m, s, p, &object);
}

/* The XSD type of a full or partial date: date, gYearMonth or gYear. */
static const char*
date_type(const char* date)
{
  const size_t len = strlen(date);
  return len == 10u  ? XSD_DATE
         : len == 7u ? DKG_NS_XSD "gYearMonth"
                     : DKG_NS_XSD "gYear";
}

/* emit() with a date literal of its type; nothing when `date` is NULL. */
static void
emit_date(DkgMapper* m, const char* s, const char* p, const char* date)
{
  if (date) {
    const DkgTerm object = dkg_typed(date, date_type(date));
    emit(m, s, p, &object);
  }
}

/* Observed: the observer says whether to describe `key` of `set`. */
static bool
observed_open(DkgMapper* m, DkgMapSet set, const char* key)
{
  bool describe = false;
  const DkgStatus st =
    m->observer.open(m->observer.handle, set, key, &describe);
  if (st) {
    dkg_mapper_fail(m, st);
    return false;
  }
  return describe;
}

/* Ends the description that the last true first_mention() began. */
static void
gate_close(DkgMapper* m)
{
  if (m->observed) {
    const DkgStatus st = m->observer.close(m->observer.handle);
    if (st) {
      dkg_mapper_fail(m, st);
    }
  }
}

/* True the first time `iri` is seen: the caller then describes it, and
   calls gate_close() after the description. */
static bool
first_mention(DkgMapper* m, const char* iri)
{
  if (m->observed) {
    return observed_open(m, DKG_MAP_ENTITY, iri);
  }
  void* existing = NULL;
  if (!dkg_hash_put(&m->described, iri, strlen(iri), MISS, &existing)) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return false;
  }
  return existing == NULL;
}

/* The union rule (docs/mapping.md, "The graph is the union of its
   records"): what a record states in its own words about a shared node (a
   label as written, in the record's language) is described once per
   spelling, so a record's statements never depend on the records before
   it.  True the first time this `iri`, `what`, `text` and `lang` are seen;
   the caller then calls gate_close(). */
static bool
first_spelling(DkgMapper* m,
               const char* iri,
               const char* what,
               const char* text,
               const char* lang)
{
  const char* const parts[] = { iri, what, text, lang };
  join_parts(&m->buf, 4u, parts);
  return first_mention(m, keep(m, &m->buf));
}

/* Source documents are described the first time their URL is cited.  A
   URL is remembered while fewer than DKG_SOURCE_WINDOW other URLs have been
   described since it was last cited: runs with fewer distinct URLs than
   that are exact, and memory does not grow with the number of records (a
   URL cited again after that is described again: the same statements when
   the records agree about it). */
#ifndef DKG_SOURCE_WINDOW
#  define DKG_SOURCE_WINDOW 65536u
#endif

/* As first_mention() for a source URL, within DKG_SOURCE_WINDOW. */
static bool
source_first_mention(DkgMapper* m, const char* url)
{
  if (m->observed) {
    return observed_open(m, DKG_MAP_SOURCE, url);
  }
  const size_t len = strlen(url);
  void* existing = NULL;
  if (dkg_hash_get(&m->sources_old, url, len)) {
    existing = MISS; /* cited again: keep it in the current generation */
  }
  if (!dkg_hash_put(&m->sources, url, len, MISS, existing ? NULL : &existing)) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return false;
  }
  if (m->sources.count >= DKG_SOURCE_WINDOW) {
    dkg_hash_destroy(&m->sources_old);
    m->sources_old = m->sources;
    dkg_hash_init(&m->sources);
  }
  return existing == NULL;
}

/* ---- Unresolved names -------------------------------------------------- */

/* Notes `name` of `kind` (a static string) in `country`, at JSON Pointer
   `path` of the current record, as missing from the reference data: one
   entry per kind, country and name key, counted, placed at its first
   appearance.  Observed, the observer takes it instead.  Returns the
   entry, or NULL when observed or out of memory (the status says so). */
static Unresolved*
note_unresolved(DkgMapper* m,
                const char* kind,
                const char* country,
                const char* name,
                const char* path)
{
  if (m->observed) {
    const DkgStatus st =
      m->observer.note(m->observer.handle, kind, country, name, path);
    if (st) {
      dkg_mapper_fail(m, st);
    }
    m->unresolved_now = true;
    return NULL;
  }
  /* The same name as written: no need to normalize it again. */
  DkgBuf raw = { NULL, 0, 0 };
  const char* const parts[] = { kind, country, name };
  join_parts(&raw, 3u, parts);
  Unresolved* seen =
    raw.buf ? (Unresolved*)dkg_hash_get(&m->noted, raw.buf, raw.len) : NULL;
  if (seen) {
    ++seen->count;
    m->unresolved_now = true;
    dkg_buf_destroy(&raw);
    return seen;
  }
  DkgBuf key = { NULL, 0, 0 };
  dkg_buf_puts(&key, kind);
  dkg_buf_puts(&key, " ");
  dkg_buf_puts(&key, country ? country : "");
  dkg_buf_puts(&key, " ");
  dkg_name_key(&key, name, strlen(name));
  if (!key.buf) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    dkg_buf_destroy(&raw);
    return NULL;
  }
  Unresolved* u = (Unresolved*)dkg_hash_get(&m->unresolved, key.buf, key.len);
  if (!u) {
    u = (Unresolved*)calloc(1, sizeof(Unresolved));
    DkgPlace place = { m->text->file, m->text->line, m->text->col, path };
    if (++m->n_placed <= DKG_UNRESOLVED_PLACED) {
      dkg_record_text_locate(m->text, path, &place);
    }
    if (u) {
      u->kind = kind;
      u->name = dkg_strdup(name);
      u->country = country ? dkg_strdup(country) : NULL;
      u->order = m->n_unresolved++;
      u->file = dkg_strdup(place.file ? place.file : "");
      u->line = place.line;
      u->col = place.col;
      u->path = dkg_strdup(path);
    }
    if (!u || !u->name || !u->file || !u->path ||
        !dkg_hash_put(&m->unresolved, key.buf, key.len, u, NULL)) {
      dkg_mapper_fail(m, DKG_ERR_NOMEM);
      if (u) {
        free_unresolved(NULL, NULL, u);
        u = NULL;
      }
    }
  }
  if (u) {
    ++u->count;
    if (raw.buf && !dkg_hash_put(&m->noted, raw.buf, raw.len, u, NULL)) {
      dkg_mapper_fail(m, DKG_ERR_NOMEM);
    }
  }
  m->unresolved_now = true;
  dkg_buf_destroy(&key);
  dkg_buf_destroy(&raw);
  return u;
}

typedef struct
{
  const Unresolved** items;
  size_t n;
} UnresolvedList;

/* dkg_hash_each() callback: puts an entry at its place in the order. */
static void
collect_unresolved(void* handle, const char* key, void* value)
{
  (void)key;
  UnresolvedList* list = (UnresolvedList*)handle;
  const Unresolved* u = (const Unresolved*)value;
  list->items[u->order] = u;
  ++list->n;
}

/* The unresolved names in order of first appearance (NULL holes for
   entries that failed to be made); the caller frees the array. */
static const Unresolved**
unresolved_in_order(DkgMapper* m)
{
  UnresolvedList list = { NULL, 0 };
  list.items = (const Unresolved**)calloc(m->n_unresolved + 1u, sizeof(void*));
  if (list.items) {
    dkg_hash_each(&m->unresolved, collect_unresolved, &list);
  }
  return list.items;
}

/* Writes `text` as the body of a JSON string. */
static void
json_escape(DkgBuf* b, const char* text)
{
  for (const unsigned char* c = (const unsigned char*)text; *c; ++c) {
    char esc[8];
    if (*c == '"' || *c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)*c;
      dkg_buf_append(b, esc, 2u);
    } else if (*c < 0x20u) {
      snprintf(esc, sizeof(esc), "\\u%04x", *c);
      dkg_buf_puts(b, esc);
    } else {
      dkg_buf_append(b, (const char*)c, 1u);
    }
  }
}

/* A registry id for `name`: its slug's a-z, 0-9 and '-' (registry ids
   allow no other character), "new-entry" when nothing is left. */
static void
append_ascii_id(DkgBuf* b, const char* name)
{
  DkgBuf slug = { NULL, 0, 0 };
  bool empty = false;
  const size_t start = b->len;
  dkg_slug_append(&slug, name, strlen(name), &empty);
  for (size_t i = 0; slug.buf && i < slug.len; ++i) {
    const char c = slug.buf[i];
    const bool dash = c == '-' && b->len > start && b->buf[b->len - 1u] != '-';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || dash) {
      dkg_buf_append(b, &c, 1u);
    }
  }
  while (b->len > start && b->buf[b->len - 1u] == '-') {
    --b->len;
  }
  if (b->len == start) {
    dkg_buf_puts(b, "new-entry");
  }
  dkg_buf_destroy(&slug);
}

/* The registry entry that would resolve `u`, as one line of JSON for a
   --registry file: {"agencies": [{"id": ..., "country": ..., "name": ...}]}. */
static void
suggested_entry(DkgBuf* b, const Unresolved* u)
{
  const bool agency = !strcmp(u->kind, "agency");
  const bool topic = !strcmp(u->kind, "topic");
  dkg_buf_puts(b,
               agency  ? "{\"agencies\": [{\"id\": \""
               : topic ? "{\"topics\": [{\"id\": \""
                       : "{\"series\": [{\"id\": \"");
  append_ascii_id(b, u->name);
  if (agency && u->country) {
    dkg_buf_puts(b, "\", \"country\": \"");
    json_escape(b, u->country);
  }
  dkg_buf_puts(b, topic ? "\", \"label\": \"" : "\", \"name\": \"");
  json_escape(b, u->name);
  dkg_buf_puts(b, "\"}]}");
}

/* Reports one unresolved name with its count and the entry to add. */
static void
report_one(DkgMapper* m, const Unresolved* u)
{
  DkgPlace place = { u->file, u->line, u->col, u->path };
  const char* kind = !strcmp(u->kind, "agency")  ? "agencies"
                     : !strcmp(u->kind, "topic") ? "topics"
                                                 : "series";
  char country[80] = "";
  if (u->country) {
    const char* name = dkg_registry_party_name(m->reg, u->country);
    snprintf(country, sizeof(country), " of %s", name ? name : u->country);
  }
  DkgBuf entry = { NULL, 0, 0 };
  suggested_entry(&entry, u);
  dkg_diag_report(m->diag,
                  m->strict ? DKG_ERROR : DKG_WARNING,
                  &place,
                  "%s \"%s\"%s is not in %s (%llu time%s)%s; to resolve it, "
                  "add to a --registry file: %s",
                  u->kind,
                  u->name,
                  country,
                  dkg_registry_files(m->reg, kind),
                  (unsigned long long)u->count,
                  u->count == 1u ? "" : "s",
                  m->strict ? "" : ", kept as written",
                  entry.buf ? entry.buf : "");
  dkg_buf_destroy(&entry);
}

void
dkg_mapper_report_unresolved(DkgMapper* m)
{
  const Unresolved** items = unresolved_in_order(m);
  if (!items) {
    return;
  }
  size_t shown = 0;
  uint64_t hidden_count = 0;
  for (size_t i = 0; i < m->n_unresolved; ++i) {
    if (items[i] && shown < DKG_UNRESOLVED_SHOWN) {
      report_one(m, items[i]);
      ++shown;
    } else if (items[i]) {
      hidden_count += items[i]->count;
    }
  }
  if (m->n_unresolved > shown) {
    DkgPlace place = { NULL, 0, 0, NULL };
    dkg_diag_report(m->diag,
                    m->strict ? DKG_ERROR : DKG_WARNING,
                    &place,
                    "%zu more unresolved names (%llu mentions) are not "
                    "listed; --unresolved-report FILE writes every one with "
                    "its place and the entry to add",
                    m->n_unresolved - shown,
                    (unsigned long long)hidden_count);
  }
  free(items);
}

DkgStatus
dkg_mapper_write_unresolved(DkgMapper* m, FILE* out)
{
  const Unresolved** items = unresolved_in_order(m);
  if (!items) {
    return DKG_ERR_NOMEM;
  }
  DkgBuf line = { NULL, 0, 0 };
  for (size_t i = 0; i < m->n_unresolved; ++i) {
    const Unresolved* u = items[i];
    if (!u) {
      continue;
    }
    char place[64];
    dkg_buf_clear(&line);
    dkg_buf_puts(&line, "{\"kind\": \"");
    dkg_buf_puts(&line, u->kind);
    dkg_buf_puts(&line, "\", \"name\": \"");
    json_escape(&line, u->name);
    if (u->country) {
      dkg_buf_puts(&line, "\", \"country\": \"");
      json_escape(&line, u->country);
    }
    dkg_buf_puts(&line, "\", \"file\": \"");
    json_escape(&line, u->file);
    snprintf(place,
             sizeof(place),
             "\", \"line\": %u, \"column\": %u, \"path\": \"",
             u->line,
             u->col);
    dkg_buf_puts(&line, place);
    json_escape(&line, u->path);
    snprintf(place,
             sizeof(place),
             "\", \"count\": %llu, \"entry\": ",
             (unsigned long long)u->count);
    dkg_buf_puts(&line, place);
    suggested_entry(&line, u);
    dkg_buf_puts(&line, "}\n");
    if (!line.buf || fwrite(line.buf, 1, line.len, out) != line.len) {
      break;
    }
  }
  const bool ok = line.buf && !ferror(out);
  dkg_buf_destroy(&line);
  free(items);
  return ok || !m->n_unresolved ? DKG_SUCCESS : DKG_ERR_IO;
}

/* ---- Reference entities ------------------------------------------------ */

/* What a name as written resolved to, and what was made of it once. */
typedef struct
{
  const void* found; /* the registry entry, or NULL */
  const char* iri;   /* its IRI, or NULL until made */
  Unresolved* note;  /* when not found: its unresolved note, once made */
  bool described;    /* its IRI is described (deferred: the writer said so) */
  const char* lang;  /* not found: the language its label was described in */
} Resolved;

/* What `name` of `kind` in `country`, as written, resolves to, looked up
   once per run; NULL when out of memory (the status says so). */
static Resolved*
resolve_entry(DkgMapper* m,
              const char* kind,
              const char* country,
              const char* name)
{
  DkgBuf* b = &m->buf;
  const char* const parts[] = { kind, country, name };
  if (!join_parts(b, 3u, parts)) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return NULL;
  }
  Resolved* hit = (Resolved*)dkg_hash_get(&m->resolved, b->buf, b->len);
  if (hit) {
    return hit;
  }
  const void* found = NULL;
  if (!strcmp(kind, "agency")) {
    found = dkg_registry_agency(m->reg, country, name, strlen(name));
  } else if (!strcmp(kind, "topic")) {
    found = dkg_registry_topic(m->reg, name, strlen(name));
  } else {
    found = dkg_registry_series(m->reg, name, strlen(name));
  }
  /* The lookup used m->buf? No: registry lookups use their own buffer. */
  Resolved* e = (Resolved*)dkg_arena_alloc(&m->lasting, sizeof(Resolved));
  if (!e || !dkg_hash_put(&m->resolved, b->buf, b->len, e, NULL)) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return NULL;
  }
  e->found = found;
  e->iri = NULL;
  e->note = NULL;
  e->described = false;
  e->lang = NULL;
  return e;
}

static const char* agency_iri(DkgMapper* m,
                              const DkgAgency* a,
                              const char* cc,
                              const char* name);

/* Resolves `name` of `kind` ("agency", "topic", "series") named at `path`,
   notes it when the reference data lacks it, and returns its IRI; the
   IRI is made once per name as written. */
static const char*
resolve_iri(DkgMapper* m,
            const char* kind,
            const char* cc,
            const char* name,
            const char* path,
            const void** found,
            Resolved** entry)
{
  Resolved* e = resolve_entry(m, kind, cc, name);
  *found = e ? e->found : NULL;
  if (entry) {
    *entry = e;
  }
  if (!e) {
    return "";
  }
  if (!e->found && e->note) {
    ++e->note->count;
    m->unresolved_now = true;
  } else if (!e->found) {
    e->note = note_unresolved(m, kind, cc, name, path);
  }
  if (!e->iri) {
    const char* iri = NULL;
    if (!strcmp(kind, "agency")) {
      iri = agency_iri(m, (const DkgAgency*)e->found, cc, name);
    } else {
      const DkgConcept* c = (const DkgConcept*)e->found;
      iri = mint(m,
                 !strcmp(kind, "topic") ? "topic/" : "series/",
                 NULL,
                 c ? c->id : name,
                 !c);
    }
    e->iri = dkg_arena_strndup(&m->lasting, iri, strlen(iri));
    if (!e->iri) {
      dkg_mapper_fail(m, DKG_ERR_NOMEM);
      return "";
    }
  }
  return e->iri;
}

/* True when `code` may be an organization id (lower case); ISO codes are
   upper case, so most lookups are saved. */
static bool
is_organization(const DkgMapper* m, const char* code)
{
  return code[0] >= 'a' && code[0] <= 'z' &&
         dkg_registry_organization(m->reg, code) != NULL;
}

/* The IRI of a participant: BASE country/CC, or BASE
   international-organization/ID for an organization. */
static const char*
country_iri(DkgMapper* m, const char* cc)
{
  return is_organization(m, cc)
           ? mint(m, "international-organization/", NULL, cc, false)
           : mint(m, "country/", NULL, cc, false);
}

/* dkg:country for a country, dkg:organization for an organization. */
static const char*
party_predicate(DkgMapper* m, const char* code)
{
  return is_organization(m, code) ? DKG_NS "organization" : DKG_NS "country";
}

static void describe_country(DkgMapper* m, const char* cc);

/* The statements of organization `o` (IRI `iri`), then its members. */
static void
describe_organization(DkgMapper* m, const DkgOrganization* o, const char* iri)
{
  emit_iri(m, iri, RDF_TYPE, DKG_NS "InternationalOrganization");
  emit_text(m, iri, RDFS_LABEL, o->name, "en");
  for (size_t i = 0; i < o->n_alt_names; ++i) {
    emit_text(m, iri, SKOS_ALT, o->alt_names[i], "en");
  }
  for (size_t i = 0; i < o->n_acronyms; ++i) {
    emit_plain(m, iri, DKG_NS "acronym", o->acronyms[i]);
  }
  if (o->wikidata) {
    emit_iri(m,
             iri,
             DKG_NS_OWL "sameAs",
             printf_string(m, "%s%s", DKG_WIKIDATA_NS, o->wikidata));
  }
  for (size_t i = 0; i < o->n_members; ++i) {
    emit_iri(m, iri, DKG_NS "memberCountry", country_iri(m, o->members[i]));
  }
  for (size_t i = 0; i < o->n_members; ++i) {
    describe_country(m, o->members[i]);
  }
}

/* Describes participant `cc` (a country or an organization) if this is
   its first mention. */
static void
describe_country(DkgMapper* m, const char* cc)
{
  const char* iri = country_iri(m, cc);
  if (!first_mention(m, iri)) {
    return;
  }
  const DkgOrganization* o =
    is_organization(m, cc) ? dkg_registry_organization(m->reg, cc) : NULL;
  if (o) {
    describe_organization(m, o, iri);
    gate_close(m);
    return;
  }
  const DkgCountry* c = dkg_registry_country(m->reg, cc);
  emit_iri(m, iri, RDF_TYPE, DKG_NS "Country");
  emit_text(m, iri, RDFS_LABEL, c ? c->name : cc, "en");
  emit_plain(m, iri, DKG_NS "isoAlpha2", cc);
  if (c) {
    emit_plain(m, iri, DKG_NS "isoAlpha3", c->alpha3);
    /* The EU country authority table (docs/linking.md). */
    emit_iri(m,
             iri,
             DKG_NS_OWL "sameAs",
             printf_string(m, "%s%s", DKG_EU_COUNTRY_NS, c->alpha3));
  }
  if (c && c->wikidata) { /* verified in two tables (data/README.md) */
    emit_iri(m,
             iri,
             DKG_NS_OWL "sameAs",
             printf_string(m, "%s%s", DKG_WIKIDATA_NS, c->wikidata));
  }
  gate_close(m);
}

/* The IRI of agency `a` (BASE agency/CC/ID), or of an agency that the
   reference data lacks (BASE agency/CC/SLUG of its name). */
static const char*
agency_iri(DkgMapper* m, const DkgAgency* a, const char* cc, const char* name)
{
  return a ? mint(m, "agency/", a->country, a->id, false)
           : mint(m, "agency/", cc, name, true);
}

/* Describes agency `a` (NULL: unknown, named `name` in `cc`) at `iri`:
   its label as written once per spelling, and the agency itself, its
   country and its parents, at their first mention. */
static void
describe_agency(DkgMapper* m,
                const DkgAgency* a,
                const char* iri,
                const char* cc,
                const char* name)
{
  if (!a && first_spelling(m, iri, RDFS_LABEL, name, m->record->language)) {
    emit_text(m, iri, RDFS_LABEL, name, m->record->language);
    dkg_links_apply_agency(m->links, a, cc, name, iri, emit_link, m);
    gate_close(m);
  }
  if (!first_mention(m, iri)) {
    return;
  }
  emit_iri(m, iri, RDF_TYPE, DKG_NS "Agency");
  if (a) {
    emit_text(m, iri, RDFS_LABEL, a->name, "en");
  }
  const char* parent = NULL;
  if (a) {
    for (size_t i = 0; i < a->n_alt_names; ++i) {
      emit_text(m, iri, SKOS_ALT, a->alt_names[i], "en");
    }
    for (size_t i = 0; i < a->n_acronyms; ++i) {
      emit_plain(m, iri, DKG_NS "acronym", a->acronyms[i]);
    }
  }
  const char* party = a ? a->country : cc;
  emit_iri(m, iri, party_predicate(m, party), country_iri(m, party));
  if (a && a->parent) {
    parent = agency_iri(m, a->parent, NULL, NULL);
    emit_iri(m, iri, DKG_NS "parentAgency", parent);
  }
  if (a) {
    dkg_links_apply_agency(m->links, a, cc, name, iri, emit_link, m);
  }
  describe_country(m, a ? a->country : cc);
  if (parent) {
    describe_agency(m, a->parent, parent, NULL, NULL);
  }
  gate_close(m);
}

/* Describes the agency named `name` of `cc` (IRI `iri`) if it is a first
   mention.  Agencies are mentioned a dozen times a record: once one is
   described, the flag on its resolution saves the lookup in `described`
   (which only grows, so the answer cannot change). */
static void
describe_named_agency(DkgMapper* m,
                      Resolved* e,
                      const char* cc,
                      const char* name,
                      const char* iri)
{
  /* An unknown agency's label is described once per spelling (this
     resolution) and language: another language describes it again. */
  if (!e ||
      (e->described && (e->found || !strcmp(e->lang, m->record->language)))) {
    return;
  }
  /* Observed: once the writer has described it, it stays described (not
     an unknown agency: each spelling and language adds its label). */
  if (e->found && m->observed && m->observer.known &&
      m->observer.known(m->observer.handle, iri)) {
    e->described = true;
    return;
  }
  describe_agency(m, (const DkgAgency*)e->found, iri, cc, name);
  e->described = !m->observed && !m->status;
  if (e->described && !e->found) {
    const char* lang = m->record->language;
    e->lang = dkg_arena_strndup(&m->lasting, lang, strlen(lang));
    e->described = e->lang != NULL;
  }
}

/* Resolves an agency named in the record at `path` and describes it. */
static const char*
agency(DkgMapper* m,
       const char* cc,
       const char* name,
       const char* path,
       Resolved** entry)
{
  const void* found = NULL;
  return resolve_iri(m, "agency", cc, name, path, &found, entry);
}

/* Resolves topic `phrase` (at `path`); returns its IRI and sets
   `*concept` to its concept in the scheme, or NULL. */
static const char*
topic(DkgMapper* m,
      const char* phrase,
      const char* path,
      const DkgConcept** concept)
{
  const void* found = NULL;
  const char* iri = resolve_iri(m, "topic", NULL, phrase, path, &found, NULL);
  *concept = (const DkgConcept*)found;
  return iri;
}

/* Describes topic `iri` (concept `c`, or NULL for a phrase the scheme
   lacks) at its first mention, and the phrase as written once. */
static void
describe_topic(DkgMapper* m,
               const char* iri,
               const DkgConcept* c,
               const char* phrase)
{
  if (!c && first_spelling(m, iri, SKOS_PREF, phrase, m->record->language)) {
    emit_text(m, iri, SKOS_PREF, phrase, m->record->language);
    dkg_links_apply_topic(m->links, c, phrase, iri, emit_link, m);
    gate_close(m);
  }
  if (!first_mention(m, iri)) {
    return;
  }
  emit_iri(m, iri, RDF_TYPE, DKG_NS "Topic");
  emit_iri(m, iri, RDF_TYPE, SKOS_CONCEPT);
  if (c) {
    emit_text(m, iri, SKOS_PREF, c->label, "en");
    dkg_links_apply_topic(m->links, c, phrase, iri, emit_link, m);
    for (size_t i = 0; i < c->n_alt_labels; ++i) {
      emit_text(m, iri, SKOS_ALT, c->alt_labels[i], "en");
    }
    const DkgConcept* scheme = dkg_registry_topic_scheme(m->reg);
    const char* scheme_iri = mint(m, "", NULL, scheme->id, false);
    emit_iri(m, iri, SKOS_IN_SCHEME, scheme_iri);
    if (first_mention(m, scheme_iri)) {
      emit_iri(m, scheme_iri, RDF_TYPE, SKOS_SCHEME);
      emit_text(m, scheme_iri, RDFS_LABEL, scheme->label, "en");
      gate_close(m);
    }
  }
  gate_close(m);
}

/* Describes a node of the record's own (a venue, a publisher): its type
   and its label as written, each once. */
static void
describe_simple(DkgMapper* m,
                const char* iri,
                const char* type,
                const char* label_predicate,
                const char* label)
{
  if (first_spelling(m, iri, RDF_TYPE, type, "")) {
    emit_iri(m, iri, RDF_TYPE, type);
    gate_close(m);
  }
  if (first_spelling(m, iri, label_predicate, label, m->record->language)) {
    emit_text(m, iri, label_predicate, label, m->record->language);
    gate_close(m);
  }
}

/* The IRI of person `name` (BASE person/SLUG), described once, and each
   spelling of the name once. */
static const char*
person(DkgMapper* m, const char* name)
{
  const char* iri = mint(m, "person/", NULL, name, true);
  if (first_mention(m, iri)) {
    emit_iri(m, iri, RDF_TYPE, DKG_NS "Person");
    gate_close(m);
  }
  if (first_spelling(m, iri, FOAF_NAME, name, m->record->language)) {
    emit_text(m, iri, RDFS_LABEL, name, m->record->language);
    emit_text(m, iri, FOAF_NAME, name, m->record->language);
    dkg_links_apply(
      m->links, DKG_LINK_PERSON, NULL, &name, 1u, iri, emit_link, m);
    gate_close(m);
  }
  return iri;
}

/* The IRI of `loc` (BASE place/[CC/]SLUG), described at its first
   mention; NULL when the record names no place. */
static const char*
place(DkgMapper* m, const DkgLocation* loc)
{
  if (!loc->name) {
    return NULL;
  }
  const char* iri = mint(m, "place/", loc->country, loc->name, true);
  if (first_spelling(m, iri, RDFS_LABEL, loc->name, m->record->language)) {
    emit_text(m, iri, RDFS_LABEL, loc->name, m->record->language);
    dkg_links_apply(m->links,
                    DKG_LINK_PLACE,
                    loc->country,
                    &loc->name,
                    1u,
                    iri,
                    emit_link,
                    m);
    gate_close(m);
  }
  if (first_mention(m, iri)) {
    emit_iri(m, iri, RDF_TYPE, DKG_NS "Place");
    if (loc->country) {
      emit_iri(m, iri, DKG_NS "country", country_iri(m, loc->country));
      describe_country(m, loc->country);
    }
    gate_close(m);
  }
  return iri;
}

/* The IRI of organization `name` of `type`, described as written. */
static const char*
organization(DkgMapper* m, const char* name, const char* type)
{
  const char* iri = mint(m, "organization/", NULL, name, true);
  describe_simple(m, iri, type, RDFS_LABEL, name);
  return iri;
}

/* ---- The record -------------------------------------------------------- */

/* The IRI of the record's series; sets `*concept` to its registry entry,
   or NULL. */
static const char*
series_iri(DkgMapper* m, const DkgRecord* r, const DkgConcept** concept)
{
  const void* found = NULL;
  const char* iri =
    resolve_iri(m, "series", NULL, r->series, "/series", &found, NULL);
  *concept = (const DkgConcept*)found;
  return iri;
}

/* "United States–China meeting": the participants' names, for a
   one-off meeting's label. */
static const char*
participants_label(DkgMapper* m, const DkgRecord* r)
{
  DkgBuf* b = &m->buf;
  dkg_buf_clear(b);
  for (size_t i = 0; i < r->n_participants; ++i) {
    const char* name = dkg_registry_party_name(m->reg, r->participants[i]);
    dkg_buf_puts(b, i ? "\xe2\x80\x93" : ""); /* en dash */
    dkg_buf_puts(b, name ? name : r->participants[i]);
  }
  dkg_buf_puts(b, " meeting");
  return keep(m, b);
}

/* The dialogue's label: its title, else the series and round or date,
   else the participants and date. */
static const char*
dialogue_label(DkgMapper* m, const DkgRecord* r, const DkgConcept* series)
{
  const char* name = series ? series->label : r->series;
  if (r->title) {
    return r->title;
  }
  if (!name) {
    return printf_string(m, "%s, %s", participants_label(m, r), r->date);
  }
  return r->round ? printf_string(m, "%s, round %ld", name, r->round)
                  : printf_string(m, "%s, %s", name, r->date);
}

/* Writes JSON Pointer "/a/I/b/J" (J when `b` is not NULL) into `out` and
   returns it; `a` and `b` are short literals, so it fits.  Written by hand:
   it runs for every name a record gives (docs/performance.md). */
static const char*
index_path(char out[96], const char* a, size_t i, const char* b, size_t j)
{
  char* w = out;
  const char* parts[2] = { a, b };
  const size_t numbers[2] = { i, j };
  for (size_t k = 0; k < 2u && parts[k]; ++k) {
    for (const char* c = parts[k]; *c; ++c) {
      *w++ = *c;
    }
    char digits[24];
    size_t n = 0;
    size_t v = numbers[k];
    do {
      digits[n++] = (char)('0' + v % 10u);
      v /= 10u;
    } while (v);
    while (n) {
      *w++ = digits[--n];
    }
  }
  *w = '\0';
  return out;
}

/* a + b + c in the record's arena. */
static const char*
concat3(DkgMapper* m, const char* a, const char* b, const char* c)
{
  DkgBuf* buf = &m->buf;
  dkg_buf_clear(buf);
  dkg_buf_puts(buf, a);
  dkg_buf_puts(buf, b);
  dkg_buf_puts(buf, c);
  return keep(m, buf);
}

/* DIALOGUE/delegation/cc */
static const char*
delegation_iri(DkgMapper* m, const char* dialogue, const char* country)
{
  if (!dkg_mint_part_code(&m->buf, dialogue, "delegation", country) &&
      !m->status) {
    m->status = DKG_ERR_NOMEM;
  }
  return keep(m, &m->buf);
}

/* The qualified form of head `i` (docs/mapping.md, "Heads"): a
   dkg:HeadOfDelegation keeps each title and agency with its person. */
static void
map_head_role(DkgMapper* m,
              const char* role,
              const char* person_iri,
              const char* title,
              const char* head_agency)
{
  emit_iri(m, role, RDF_TYPE, DKG_NS "HeadOfDelegation");
  emit_iri(m, role, DKG_NS "person", person_iri);
  emit_text(m, role, DKG_NS "title", title, m->record->language);
  if (head_agency) {
    emit_iri(m, role, DKG_NS "agency", head_agency);
  }
}

/* What a delegation's statements refer to: its heads (people), the
   agencies they head and the agencies it lists, with their resolutions. */
typedef struct
{
  const char** heads;
  const char** head_agencies; /* NULL where a head names no agency */
  Resolved** head_entries;
  const char** agencies;
  Resolved** entries;
} DelegationNames;

/* Resolves the names of delegation `index` before its block, so that their
   IRIs are known; false when out of memory (the status says so). */
static bool
resolve_delegation(DkgMapper* m, size_t index, DelegationNames* n)
{
  const DkgDelegation* d = &m->record->delegations[index];
  const size_t n_heads = d->n_heads;
  DkgArena* const a = &m->arena;
  n->heads = (const char**)dkg_arena_alloc(a, (n_heads + 1u) * sizeof(char*));
  n->head_agencies =
    (const char**)dkg_arena_alloc(a, (n_heads + 1u) * sizeof(char*));
  n->head_entries =
    (Resolved**)dkg_arena_alloc(a, (n_heads + 1u) * sizeof(Resolved*));
  n->agencies =
    (const char**)dkg_arena_alloc(a, (d->n_agencies + 1u) * sizeof(char*));
  n->entries =
    (Resolved**)dkg_arena_alloc(a, (d->n_agencies + 1u) * sizeof(Resolved*));
  if (!n->heads || !n->head_agencies || !n->head_entries || !n->agencies ||
      !n->entries) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return false;
  }
  char path[96];
  for (size_t i = 0; i < n_heads; ++i) {
    const DkgPerson* h = &d->heads[i];
    n->heads[i] = person(m, h->name);
    n->head_agencies[i] = NULL;
    n->head_entries[i] = NULL;
    if (h->agency) {
      index_path(
        path, "/delegations/", index, n_heads > 1u ? "/head/" : NULL, i);
      strcat(path, n_heads > 1u ? "/agency" : "/head/agency");
      n->head_agencies[i] =
        agency(m, d->country, h->agency, path, &n->head_entries[i]);
    }
  }
  for (size_t i = 0; i < d->n_agencies; ++i) {
    index_path(path, "/delegations/", index, "/agencies/", i);
    n->agencies[i] =
      agency(m, d->country, d->agencies[i], path, &n->entries[i]);
  }
  return true;
}

/* Delegation `index` of the record (IRI DIALOGUE/delegation/CC), then its
   heads' roles, then what it mentioned for the first time. */
static void
map_delegation(DkgMapper* m,
               const DkgRecord* r,
               const char* dialogue,
               const char* label,
               size_t index)
{
  const DkgDelegation* d = &r->delegations[index];
  const char* iri = delegation_iri(m, dialogue, d->country);
  const char* party = dkg_registry_party_name(m->reg, d->country);
  DelegationNames n;
  if (!resolve_delegation(m, index, &n)) {
    return;
  }
  const size_t n_heads = d->n_heads;
  emit_iri(m, iri, RDF_TYPE, DKG_NS "Delegation");
  emit_text(m,
            iri,
            RDFS_LABEL,
            concat3(m, party ? party : d->country, " delegation, ", label),
            r->language);
  emit_iri(m, iri, party_predicate(m, d->country), country_iri(m, d->country));
  for (size_t i = 0; i < n_heads; ++i) {
    emit_iri(m, iri, DKG_NS "head", n.heads[i]);
  }
  if (n_heads == 1u) { /* unambiguous: the short form too */
    emit_text(m, iri, DKG_NS "headTitle", d->heads[0].title, r->language);
    if (n.head_agencies[0]) {
      emit_iri(m, iri, DKG_NS "headAgency", n.head_agencies[0]);
    }
  }
  for (size_t i = 0; i < d->n_agencies; ++i) {
    emit_iri(m, iri, DKG_NS "agency", n.agencies[i]);
  }
  for (size_t i = 0; i < n_heads; ++i) {
    emit_iri(m, iri, DKG_NS "headRole", part(m, iri, "head", i + 1u));
  }
  for (size_t i = 0; i < n_heads; ++i) {
    map_head_role(m,
                  part(m, iri, "head", i + 1u),
                  n.heads[i],
                  d->heads[i].title,
                  n.head_agencies[i]);
  }

  describe_country(m, d->country);
  for (size_t i = 0; i < n_heads; ++i) {
    if (d->heads[i].agency) {
      describe_named_agency(m,
                            n.head_entries[i],
                            d->country,
                            d->heads[i].agency,
                            n.head_agencies[i]);
    }
  }
  for (size_t i = 0; i < d->n_agencies; ++i) {
    describe_named_agency(
      m, n.entries[i], d->country, d->agencies[i], n.agencies[i]);
  }
}

/* For a source cited by URL (`gated`), true the first time this URL has
   this `what` with this `value` (the union rule: records that describe one
   URL differently both keep what they say, and nothing is said twice); the
   caller then calls source_gate_close().  Always true when not gated. */
static bool
source_gate(DkgMapper* m,
            bool gated,
            const char* iri,
            const char* what,
            const char* value,
            const char* lang)
{
  if (!gated) {
    return true;
  }
  const char* const parts[] = { iri, what, value, lang };
  join_parts(&m->buf, 4u, parts);
  return source_first_mention(m, keep(m, &m->buf));
}

/* Ends what a true source_gate() began (nothing when not gated). */
static void
source_gate_close(DkgMapper* m, bool gated)
{
  if (gated) {
    gate_close(m);
  }
}

/* One literal of a source, under its gate. */
static void
source_text(DkgMapper* m,
            bool gated,
            const char* iri,
            const char* predicate,
            const char* text,
            const char* lang)
{
  if (text && source_gate(m, gated, iri, predicate, text, lang)) {
    emit_text(m, iri, predicate, text, lang);
    source_gate_close(m, gated);
  }
}

/* A source document: `gated` when its IRI is its URL, shared by every
   record that cites it. */
static void
map_source(DkgMapper* m,
           const DkgRecord* r,
           const char* iri,
           const DkgSource* s,
           bool gated)
{
  /* A publisher that the registry knows as an agency is that agency. */
  const DkgAgency* publishing_agency =
    s->publisher
      ? dkg_registry_agency_anywhere(m->reg, s->publisher, strlen(s->publisher))
      : NULL;
  const char* publisher =
    !s->publisher       ? NULL
    : publishing_agency ? agency_iri(m, publishing_agency, NULL, NULL)
                        : mint(m, "organization/", NULL, s->publisher, true);
  if (source_gate(m, gated, iri, RDF_TYPE, "", "")) {
    emit_iri(m, iri, RDF_TYPE, DKG_NS "SourceDocument");
    source_gate_close(m, gated);
  }
  source_text(m, gated, iri, DCT_TITLE, s->title, r->language);
  if (publisher && source_gate(m, gated, iri, DCT_PUBLISHER, publisher, "")) {
    emit_iri(m, iri, DCT_PUBLISHER, publisher);
    source_gate_close(m, gated);
  }
  if (s->published &&
      source_gate(m, gated, iri, DCT_ISSUED, s->published, "")) {
    emit_date(m, iri, DCT_ISSUED, s->published);
    source_gate_close(m, gated);
  }
  source_text(m, gated, iri, DKG_NS "documentKind", s->kind, r->language);
  source_text(m, gated, iri, DKG_NS "dateline", s->dateline, r->language);
  if (s->url && source_gate(m, gated, iri, SCHEMA_URL, "", "")) {
    const DkgTerm url = dkg_typed(s->url, DKG_NS_XSD "anyURI");
    emit(m, iri, SCHEMA_URL, &url);
    source_gate_close(m, gated);
  }
  if (publishing_agency) {
    describe_agency(m, publishing_agency, publisher, NULL, NULL);
  } else if (publisher) {
    describe_simple(m, publisher, ORG_ORGANIZATION, RDFS_LABEL, s->publisher);
  }
}

/* A related event of the record (IRI `iri`) and its attendees. */
static void
map_related(DkgMapper* m,
            const DkgRecord* r,
            const char* iri,
            const DkgRelatedEvent* e)
{
  const char* where = place(m, &e->location);
  emit_iri(m, iri, RDF_TYPE, DKG_NS "RelatedEvent");
  emit_text(m, iri, DCT_DESCRIPTION, e->description, r->language);
  emit_date(m, iri, DKG_NS "startDate", e->date);
  if (where) {
    emit_iri(m, iri, DKG_NS "location", where);
  }
  for (size_t i = 0; i < e->n_attendees; ++i) {
    emit_iri(m,
             iri,
             DKG_NS "attendee",
             mint(m, "person/", NULL, e->attendees[i].name, true));
  }
  for (size_t i = 0; i < e->n_attendees; ++i) {
    person(m, e->attendees[i].name);
  }
}

/* The words a value came from (docs/mapping.md, "Evidence"). */
static void
map_evidence(DkgMapper* m,
             const DkgRecord* r,
             const char* iri,
             const DkgEvidence* ev,
             const char* source)
{
  emit_iri(m, iri, RDF_TYPE, DKG_NS "Evidence");
  emit_plain(m, iri, DKG_NS "field", ev->path);
  emit_text(m, iri, DKG_NS "quote", ev->quote, r->language);
  emit_text(m, iri, DKG_NS "sentence", ev->sentence, r->language);
  char number[24];
  if (ev->start >= 0) {
    snprintf(number, sizeof(number), "%ld", ev->start);
    const DkgTerm o = dkg_typed(number, DKG_NS_XSD "nonNegativeInteger");
    emit(m, iri, DKG_NS "startOffset", &o);
  }
  if (ev->end >= 0) {
    snprintf(number, sizeof(number), "%ld", ev->end);
    const DkgTerm o = dkg_typed(number, DKG_NS_XSD "nonNegativeInteger");
    emit(m, iri, DKG_NS "endOffset", &o);
  }
  if (source) {
    emit_iri(m, iri, DKG_NS_PROV "wasQuotedFrom", source);
  }
}

/* What a record's statements refer to, named before they are written. */
typedef struct
{
  const char* dialogue;
  const DkgConcept* series; /* in the registry, or NULL */
  const char* series_ref;   /* NULL when the record names no series */
  const char* label;
  const char* location; /* NULL when the record names no place */
  const char** topics;
  const DkgConcept** concepts;
  const char** sources;
} Names;

/* The dialogue's statements about its status and attendance mode. */
static void
map_status(DkgMapper* m, const DkgRecord* r, const char* dialogue)
{
  if (r->status) {
    emit_iri(m,
             dialogue,
             DKG_NS "status",
             !strcmp(r->status, "held") ? DKG_NS "held" : DKG_NS "announced");
  }
  if (r->attendance) {
    emit_iri(m,
             dialogue,
             DKG_NS_SCHEMA "eventAttendanceMode",
             !strcmp(r->attendance, "virtual") ? DKG_NS_SCHEMA
               "OnlineEventAttendanceMode"
             : !strcmp(r->attendance, "hybrid")
               ? DKG_NS_SCHEMA "MixedEventAttendanceMode"
               : DKG_NS_SCHEMA "OfflineEventAttendanceMode");
  }
}

/* The dialogue's block up to its topics: what it is, when, where, who. */
static void
map_dialogue_head(DkgMapper* m, const DkgRecord* r, const Names* n)
{
  const char* const dialogue = n->dialogue;
  emit_iri(m, dialogue, RDF_TYPE, DKG_NS "Dialogue");
  emit_text(m, dialogue, RDFS_LABEL, n->label, r->language);
  emit_plain(m, dialogue, DCT_IDENTIFIER, r->id);
  emit_text(m, dialogue, DCT_TITLE, r->title, r->language);
  if (n->series_ref) {
    emit_iri(m, dialogue, DKG_NS "series", n->series_ref);
  }
  if (r->round) {
    char round[24];
    snprintf(round, sizeof(round), "%ld", r->round);
    const DkgTerm o = dkg_typed(round, DKG_NS_XSD "integer");
    emit(m, dialogue, DKG_NS "round", &o);
  }
  emit_date(m, dialogue, DKG_NS "startDate", r->date);
  emit_date(m, dialogue, DKG_NS "endDate", r->end_date);
  map_status(m, r, dialogue);
  if (n->location) {
    emit_iri(m, dialogue, DKG_NS "location", n->location);
  }
  for (size_t i = 0; i < r->n_participants; ++i) {
    emit_iri(
      m, dialogue, DKG_NS "participant", country_iri(m, r->participants[i]));
  }
  for (size_t i = 0; i < r->n_delegations; ++i) {
    emit_iri(m,
             dialogue,
             DKG_NS "delegation",
             delegation_iri(m, dialogue, r->delegations[i].country));
  }
}

/* The rest of the dialogue's block: topics (resolved here), venues,
   sources, related events, evidence.  Fills n->topics, n->concepts and
   n->sources; false when out of memory. */
static bool
map_dialogue_tail(DkgMapper* m, const DkgRecord* r, Names* n)
{
  const char* const dialogue = n->dialogue;
  n->topics = (const char**)dkg_arena_alloc(&m->arena,
                                            (r->n_topics + 1u) * sizeof(char*));
  n->concepts = (const DkgConcept**)dkg_arena_alloc(
    &m->arena, (r->n_topics + 1u) * sizeof(void*));
  n->sources = (const char**)dkg_arena_alloc(
    &m->arena, (r->n_sources + 1u) * sizeof(char*));
  if (!n->topics || !n->concepts || !n->sources) {
    return false;
  }
  for (size_t i = 0; i < r->n_topics; ++i) {
    char path[96];
    index_path(path, "/topics/", i, NULL, 0);
    n->topics[i] = topic(m, r->topics[i], path, &n->concepts[i]);
    emit_iri(m, dialogue, DKG_NS "topic", n->topics[i]);
  }
  for (size_t i = 0; i < r->n_venues; ++i) {
    emit_iri(m,
             dialogue,
             DKG_NS "venue",
             mint(m, "organization/", NULL, r->venues[i], true));
  }
  for (size_t i = 0; i < r->n_sources; ++i) {
    n->sources[i] = r->sources[i].url ? r->sources[i].url
                                      : part(m, dialogue, "source", i + 1u);
    emit_iri(m, dialogue, DKG_NS "source", n->sources[i]);
  }
  for (size_t i = 0; i < r->n_related; ++i) {
    emit_iri(
      m, dialogue, DKG_NS "relatedEvent", part(m, dialogue, "related", i + 1u));
  }
  for (size_t i = 0; i < r->n_evidence; ++i) {
    emit_iri(
      m, dialogue, DKG_NS "evidence", part(m, dialogue, "evidence", i + 1u));
  }
  return true;
}

/* The series, place, participants, topics and venues the record mentions,
   each described if this is its first mention, in the order above. */
static void
describe_mentions(DkgMapper* m, const DkgRecord* r, const Names* n)
{
  const char* const series_ref = n->series_ref;
  const DkgConcept* const series = n->series;
  if (series_ref && !series &&
      first_spelling(m, series_ref, RDFS_LABEL, r->series, r->language)) {
    emit_text(m, series_ref, RDFS_LABEL, r->series, r->language);
    gate_close(m);
  }
  if (series_ref && first_mention(m, series_ref)) {
    emit_iri(m, series_ref, RDF_TYPE, DKG_NS "DialogueSeries");
    if (series) {
      emit_text(m, series_ref, RDFS_LABEL, series->label, "en");
    }
    for (size_t i = 0; series && i < series->n_alt_labels; ++i) {
      emit_text(m, series_ref, SKOS_ALT, series->alt_labels[i], "en");
    }
    gate_close(m);
  }
  place(m, &r->location);
  for (size_t i = 0; i < r->n_participants; ++i) {
    describe_country(m, r->participants[i]);
  }
  for (size_t i = 0; i < r->n_topics; ++i) {
    describe_topic(m, n->topics[i], n->concepts[i], r->topics[i]);
  }
  for (size_t i = 0; i < r->n_venues; ++i) {
    organization(m, r->venues[i], DKG_NS "MultilateralVenue");
  }
}

/* The parts of the dialogue: delegations, sources, related events,
   evidence, and with --provenance the record itself (docs/linking.md). */
static void
map_parts(DkgMapper* m, const DkgRecord* r, const Names* n)
{
  const char* const dialogue = n->dialogue;
  for (size_t i = 0; i < r->n_delegations; ++i) {
    map_delegation(m, r, dialogue, n->label, i);
  }
  for (size_t i = 0; i < r->n_sources; ++i) {
    map_source(m, r, n->sources[i], &r->sources[i], r->sources[i].url != NULL);
  }
  for (size_t i = 0; i < r->n_related; ++i) {
    map_related(m, r, part(m, dialogue, "related", i + 1u), &r->related[i]);
  }
  for (size_t i = 0; i < r->n_evidence; ++i) {
    map_evidence(m,
                 r,
                 part(m, dialogue, "evidence", i + 1u),
                 &r->evidence[i],
                 r->n_sources ? n->sources[0] : NULL);
  }
  if (m->prov_activity) {
    const char* rec = part(m, dialogue, "record", 0);
    emit_iri(m, rec, RDF_TYPE, DKG_NS_PROV "Entity");
    emit_iri(m, rec, DKG_NS_FOAF "primaryTopic", dialogue);
    for (size_t i = 0; i < r->n_sources; ++i) {
      emit_iri(m, rec, DKG_NS_PROV "wasDerivedFrom", n->sources[i]);
    }
    emit_iri(m, rec, DKG_NS_PROV "wasGeneratedBy", m->prov_activity);
  }
}

DkgStatus
dkg_mapper_map(DkgMapper* m, const DkgRecord* r, const DkgRecordText* text)
{
  if (dkg_mapper_begin(m, text)) {
    return m->status;
  }
  dkg_arena_reset(&m->arena);
  m->record = r;

  Names n = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
  n.dialogue = mint(m, "dialogue/", NULL, r->id, false);
  n.series_ref = r->series ? series_iri(m, r, &n.series) : NULL;
  n.label = dialogue_label(m, r, n.series);
  n.location =
    r->location.name
      ? mint(m, "place/", r->location.country, r->location.name, true)
      : NULL;
  map_dialogue_head(m, r, &n);
  if (!map_dialogue_tail(m, r, &n)) {
    dkg_mapper_fail(m, DKG_ERR_NOMEM);
    return m->status;
  }
  describe_mentions(m, r, &n);
  map_parts(m, r, &n);
  return dkg_mapper_end(m);
}

bool
dkg_mapper_described(const DkgMapper* m, const char* iri)
{
  return dkg_hash_get(&m->described, iri, strlen(iri)) != NULL;
}

/* ---- The hook (map/hook.h) --------------------------------------------- */

void
dkg_mapper_observe(DkgMapper* m, const DkgMapObserver* observer)
{
  if (m->observed && m->observer.release) {
    m->observer.release(m->observer.handle);
  }
  m->observed = observer != NULL;
  if (observer) {
    m->observer = *observer;
  }
}

void
dkg_mapper_fail(DkgMapper* m, DkgStatus status)
{
  if (!m->status) {
    m->status = status;
  }
}

DkgStatus
dkg_mapper_begin(DkgMapper* m, const DkgRecordText* text)
{
  if (!m->status) {
    m->text = text;
    m->unresolved_now = false;
    m->n_placed = 0;
  }
  return m->status;
}

bool
dkg_mapper_first_mention(DkgMapper* m, DkgMapSet set, const char* key)
{
  return set == DKG_MAP_SOURCE ? source_first_mention(m, key)
                               : first_mention(m, key);
}

void
dkg_mapper_note_unresolved(DkgMapper* m,
                           const char* kind,
                           const char* country,
                           const char* name,
                           const char* path)
{
  /* Notes keep the pointer to the kind: its static spelling. */
  const char* const spelling = !strcmp(kind, "agency")  ? "agency"
                               : !strcmp(kind, "topic") ? "topic"
                                                        : "series";
  note_unresolved(m, spelling, country, name, path);
}

DkgSink*
dkg_mapper_sink(const DkgMapper* m)
{
  return m->sink;
}

DkgStatus
dkg_mapper_sent(DkgMapper* m, DkgStatus status, uint64_t n)
{
  m->n_statements += n;
  dkg_mapper_fail(m, status);
  return m->status;
}

DkgStatus
dkg_mapper_status(const DkgMapper* m)
{
  return m->status;
}

DkgStatus
dkg_mapper_end(const DkgMapper* m)
{
  if (m->status) {
    return m->status;
  }
  return m->strict && m->unresolved_now ? DKG_ERR_UNRESOLVED : DKG_SUCCESS;
}
