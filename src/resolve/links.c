#include "resolve/links.h"

#include "mint/iri_check.h"
#include "mint/name.h"
#include "util/buf.h"
#include "util/hashmap.h"
#include "util/printf.h"
#include "util/str.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OWL_SAME_AS DKG_NS_OWL "sameAs"
#define SKOS_EXACT DKG_NS_SKOS "exactMatch"
#define SKOS_CLOSE DKG_NS_SKOS "closeMatch"
#define RDFS_SEE_ALSO DKG_NS_RDFS "seeAlso"

/* One copy of each predicate, so that entries can compare pointers. */
static const char same_as[] = OWL_SAME_AS;
static const char exact_match[] = SKOS_EXACT;
static const char close_match[] = SKOS_CLOSE;
static const char see_also[] = RDFS_SEE_ALSO;

static const char* const kind_names[] = { "agency",
                                          "person",
                                          "topic",
                                          "place" };

/* The fields of an entry, as CSV columns and JSON members name them. */
static const char* const field_names[5] = { "kind",
                                            "key",
                                            "iri",
                                            "country",
                                            "relation" };

typedef struct Entry
{
  DkgLinkKind kind;
  char* key_text; /* the key as the file gives it */
  char* country;  /* upper-case alpha-2, or NULL */
  char* object;
  const char* predicate;
  unsigned line; /* where the entry starts */
  unsigned col;
  char* path; /* JSON: "/3"; NULL for CSV */
  uint64_t uses;
  uint64_t stamp; /* last dkg_links_apply call that emitted it */
  struct Entry* next_same_key;
} Entry;

struct DkgLinks
{
  char* file;
  Entry** entries;
  size_t n_entries;
  size_t cap_entries;
  DkgHash by_key; /* "kind\x1fkey" -> first Entry */
  uint64_t stamp;
  const Entry** emitted; /* this call's entries, for (p, o) dedup */
  size_t n_emitted;
  size_t cap_emitted;
  DkgBuf buf;
};

typedef struct
{
  DkgLinks* links;
  DkgDiag* diag;
  bool failed;
  bool nomem;
  const char* json; /* the JSON text, to find a path's line and column */
  size_t json_len;
} Loader;

static void report(Loader* ld,
                   unsigned line,
                   unsigned col,
                   const char* path,
                   const char* fmt,
                   ...) DKG_PRINTF(5, 6);

static void
report(Loader* ld,
       unsigned line,
       unsigned col,
       const char* path,
       const char* fmt,
       ...)
{
  char message[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);
  DkgPlace place = { ld->links->file, line, col, path };
  if (ld->json && path && !line) {
    const DkgRecordText rt = { ld->json, ld->json_len, ld->links->file, 0, 1, 1,
                               0 };
    dkg_record_text_locate(&rt, path, &place);
    place.path = path;
  }
  dkg_diag_report(ld->diag, DKG_ERROR, &place, "%s", message);
  ld->failed = true;
}

static void
free_entry(Entry* e)
{
  if (e) {
    free(e->key_text);
    free(e->country);
    free(e->object);
    free(e->path);
    free(e);
  }
}

static bool
trimmed_empty(const char* s)
{
  for (; s && *s; ++s) {
    if (*s != ' ' && *s != '\t') {
      return false;
    }
  }
  return true;
}

/* Appends "kind\x1fkey(name)" to the cleared buffer `b`. */
static bool
make_key(DkgBuf* b, DkgLinkKind kind, const char* name)
{
  dkg_buf_clear(b);
  dkg_buf_puts(b, kind_names[kind]);
  dkg_buf_puts(b, "\x1f");
  return dkg_name_key(b, name, strlen(name)) && b->buf;
}

/* One entry's fields, and where each is for messages: `line`/`cols` for
   CSV (cols[0..4] = kind, key, iri, country, relation), `path` for JSON. */
typedef struct
{
  const char* const* v; /* kind, key, iri, country, relation */
  unsigned line;
  const unsigned* cols;
  const char* path;
  char where[5][80]; /* JSON: PATH/FIELD */
} Fields;

/* The place of field `i` of `f`, as report() takes it. */
#define PLACE(f, i)                                                            \
  (f)->line, ((f)->cols ? (f)->cols[i] : 0u), ((f)->path ? (f)->where[i] : NULL)

/* The entry's kind, or the number of kinds when it names none (reported). */
static size_t
entry_kind(Loader* ld, const Fields* f)
{
  const size_t n_kinds = sizeof(kind_names) / sizeof(kind_names[0]);
  for (size_t i = 0; f->v[0] && i < n_kinds; ++i) {
    if (!strcmp(f->v[0], kind_names[i])) {
      return i;
    }
  }
  report(ld,
         PLACE(f, 0),
         "kind \"%s\" is none of agency, person, topic, place",
         f->v[0] ? f->v[0] : "");
  return n_kinds;
}

/* True when the key has a letter and the IRI is absolute (else reported). */
static bool
check_key_and_iri(Loader* ld, const Fields* f)
{
  if (!f->v[1] || trimmed_empty(f->v[1])) {
    report(ld, PLACE(f, 1), "empty key: give a name or an id");
    return false;
  }
  const char* why = NULL;
  size_t at = 0;
  const char* iri = f->v[2];
  if (!iri || !iri[0] || !dkg_iri_check(iri, strlen(iri), &why, &at)) {
    report(ld,
           PLACE(f, 2),
           "iri \"%s\" is not an absolute IRI: %s (at byte %zu)",
           iri ? iri : "",
           iri && iri[0] ? why : "empty",
           at);
    return false;
  }
  return true;
}

static bool
is_letter(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Sets `country` to the entry's alpha-2 code in upper case ("" when none);
   false when it is no code or not allowed for `kind` (reported). */
static bool
entry_country(Loader* ld, const Fields* f, size_t kind, char country[3])
{
  const char* c = f->v[3];
  country[0] = '\0';
  if (!c || !c[0]) {
    return true;
  }
  if (strlen(c) != 2u || !is_letter(c[0]) || !is_letter(c[1])) {
    report(
      ld, PLACE(f, 3), "country \"%s\" is not an ISO 3166-1 alpha-2 code", c);
    return false;
  }
  if (kind != DKG_LINK_AGENCY && kind != DKG_LINK_PLACE) {
    report(ld,
           PLACE(f, 3),
           "country is for agency and place entries only, not %s",
           kind_names[kind]);
    return false;
  }
  country[0] = (char)(c[0] & ~0x20);
  country[1] = (char)(c[1] & ~0x20);
  country[2] = '\0';
  return true;
}

/* The entry's predicate (one of the static copies above): its relation, or
   the default for `kind`; NULL when the relation is unknown or does not
   suit `kind` (reported). */
static const char*
entry_predicate(Loader* ld, const Fields* f, size_t kind)
{
  static const char* const rels[][3] = {
    { "sameAs", "owl:sameAs", same_as },
    { "exactMatch", "skos:exactMatch", exact_match },
    { "closeMatch", "skos:closeMatch", close_match },
    { "seeAlso", "rdfs:seeAlso", see_also },
  };
  const char* rel = f->v[4];
  if (!rel || !rel[0]) {
    return kind == DKG_LINK_TOPIC ? exact_match : same_as;
  }
  const char* predicate = NULL;
  for (size_t i = 0; i < sizeof(rels) / sizeof(rels[0]); ++i) {
    if (!strcmp(rel, rels[i][0]) || !strcmp(rel, rels[i][1]) ||
        !strcmp(rel, rels[i][2])) {
      predicate = rels[i][2];
    }
  }
  if (!predicate) {
    report(ld,
           PLACE(f, 4),
           "relation \"%s\" is none of sameAs, exactMatch, closeMatch, "
           "seeAlso",
           rel);
  } else if (kind != DKG_LINK_TOPIC &&
             (predicate == exact_match || predicate == close_match)) {
    report(ld,
           PLACE(f, 4),
           "relation \"%s\" links SKOS concepts: it is for topics only; "
           "use sameAs or seeAlso for %s entries",
           rel,
           kind_names[kind]);
    predicate = NULL;
  } else if (kind == DKG_LINK_TOPIC && predicate == same_as) {
    report(ld,
           PLACE(f, 4),
           "relation sameAs would merge two concepts; use exactMatch or "
           "closeMatch for a topic");
    predicate = NULL;
  }
  return predicate;
}

/* A new entry of the checked fields, its place found; NULL when out of
   memory (ld->nomem set). */
static Entry*
new_entry(Loader* ld,
          const Fields* f,
          DkgLinkKind kind,
          const char* country,
          const char* predicate)
{
  Entry* e = (Entry*)calloc(1, sizeof(Entry));
  if (!e) {
    ld->nomem = true;
    return NULL;
  }
  e->kind = kind;
  e->key_text = dkg_strdup(f->v[1]);
  e->country = country[0] ? dkg_strdup(country) : NULL;
  e->object = dkg_strdup(f->v[2]);
  e->predicate = predicate;
  e->line = f->line;
  e->col = f->line ? 1u : 0u;
  e->path = f->path ? dkg_strdup(f->path) : NULL;
  if (f->path && ld->json) {
    const DkgRecordText rt = { ld->json, ld->json_len, ld->links->file, 0, 1, 1,
                               0 };
    DkgPlace at_entry;
    dkg_record_text_locate(&rt, f->path, &at_entry);
    e->line = at_entry.line;
    e->col = at_entry.col;
  }
  if (!e->key_text || !e->object || (country[0] && !e->country) ||
      (f->path && !e->path)) {
    free_entry(e);
    ld->nomem = true;
    return NULL;
  }
  return e;
}

/* True (reported) when an entry of the same key, `first`, and the ones
   after it already give `e`'s link: the same link twice is a mistake in
   the table. */
static bool
repeats(Loader* ld, const Fields* f, const Entry* first, const Entry* e)
{
  for (const Entry* o = first; o; o = o->next_same_key) {
    if (o->predicate == e->predicate && !strcmp(o->object, e->object) &&
        !((o->country == NULL) != (e->country == NULL)) &&
        (!o->country || !strcmp(o->country, e->country))) {
      char at[64];
      if (o->path) {
        snprintf(at, sizeof(at), "entry %.40s", o->path);
      } else {
        snprintf(at, sizeof(at), "line %u", o->line);
      }
      report(ld,
             f->line,
             f->cols ? f->cols[0] : 0u,
             f->path,
             "%s \"%s\" -> <%s> repeats %s",
             kind_names[e->kind],
             f->v[1],
             f->v[2],
             at);
      return true;
    }
  }
  return false;
}

/* Adds `e` to the table under the key in links->buf, after the entries of
   the same key (links come out in file order).  Frees `e` and sets
   ld->nomem when out of memory. */
static void
store_entry(Loader* ld, Entry* e)
{
  DkgLinks* links = ld->links;
  if (links->n_entries == links->cap_entries) {
    const size_t cap = links->cap_entries ? 2u * links->cap_entries : 16u;
    Entry** grown = (Entry**)realloc(links->entries, cap * sizeof(Entry*));
    if (!grown) {
      free_entry(e);
      ld->nomem = true;
      return;
    }
    links->entries = grown;
    links->cap_entries = cap;
  }
  links->entries[links->n_entries++] = e;
  void* existing = NULL;
  if (!dkg_hash_put(
        &links->by_key, links->buf.buf, links->buf.len, e, &existing)) {
    ld->nomem = true;
    return;
  }
  if (existing) {
    Entry* last = (Entry*)existing;
    while (last->next_same_key) {
      last = last->next_same_key;
    }
    last->next_same_key = e;
  }
}

/* Checks one entry's fields and adds it; every problem is reported at its
   field and the entry left out.  Field places are for messages:
   `line`/`cols` for CSV (cols[0..4] = kind, key, iri, country, relation),
   `path` for JSON. */
static void
add_entry(Loader* ld,
          const char* fields[5],
          unsigned line,
          const unsigned cols[5],
          const char* path)
{
  Fields f = { fields, line, cols, path, { "" } };
  for (size_t i = 0; path && i < 5u; ++i) {
    snprintf(f.where[i], sizeof(f.where[i]), "%s/%s", path, field_names[i]);
  }
  const size_t kind = entry_kind(ld, &f);
  char country[3];
  const char* predicate = NULL;
  if (kind == sizeof(kind_names) / sizeof(kind_names[0]) ||
      !check_key_and_iri(ld, &f) || !entry_country(ld, &f, kind, country) ||
      !(predicate = entry_predicate(ld, &f, kind))) {
    return;
  }
  DkgLinks* links = ld->links;
  if (!make_key(&links->buf, (DkgLinkKind)kind, fields[1]) ||
      links->buf.len == strlen(kind_names[kind]) + 1u) {
    if (!links->buf.buf) {
      ld->nomem = true;
    } else {
      report(ld,
             PLACE(&f, 1),
             "key \"%s\" has nothing to match (no letter or digit)",
             fields[1]);
    }
    return;
  }
  Entry* e = new_entry(ld, &f, (DkgLinkKind)kind, country, predicate);
  if (e && repeats(ld,
                   &f,
                   (const Entry*)dkg_hash_get(
                     &links->by_key, links->buf.buf, links->buf.len),
                   e)) {
    free_entry(e);
  } else if (e) {
    store_entry(ld, e);
  }
}
#undef PLACE

/* ---- CSV (RFC 4180, with a header row) --------------------------------- */

typedef struct
{
  char** fields;
  unsigned* cols;
  size_t n;
  size_t cap;
  unsigned line;
} CsvRow;

static void
csv_row_clear(CsvRow* row)
{
  for (size_t i = 0; i < row->n; ++i) {
    free(row->fields[i]);
  }
  row->n = 0;
}

/* Reads one row starting at text[*pos]; returns false at the end of text.
   Sets *bad with a message (and *bad_col) on a quoting error, *nomem when
   out of memory.  Over 80 lines on purpose: RFC 4180's fields, quotes and
   line ends are one state machine, read best in one place. */
static bool
csv_next_row(const char* text,
             size_t len,
             size_t* pos,
             unsigned* line,
             size_t* line_start,
             CsvRow* row,
             const char** bad,
             unsigned* bad_col,
             bool* nomem)
{
  csv_row_clear(row);
  if (*pos >= len) {
    return false;
  }
  row->line = *line;
  DkgBuf field = { NULL, 0, 0 };
  for (;;) {
    const unsigned col = (unsigned)(*pos - *line_start) + 1u;
    const unsigned field_line = *line;
    dkg_buf_clear(&field);
    dkg_buf_puts(&field, "");
    if (*pos < len && text[*pos] == '"') {
      ++*pos;
      for (;;) {
        if (*pos >= len) {
          *bad = "unterminated quoted field";
          *bad_col = col;
          *line = field_line;
          dkg_buf_destroy(&field);
          return true;
        }
        const char c = text[(*pos)++];
        if (c == '"') {
          if (*pos < len && text[*pos] == '"') {
            dkg_buf_append(&field, "\"", 1u);
            ++*pos;
            continue;
          }
          break;
        }
        if (c == '\n') {
          ++*line;
          *line_start = *pos;
        }
        dkg_buf_append(&field, &c, 1u);
      }
      if (*pos < len && text[*pos] != ',' && text[*pos] != '\n' &&
          text[*pos] != '\r') {
        *bad = "text after a closing quote (double a quote inside quotes)";
        *bad_col = (unsigned)(*pos - *line_start) + 1u;
        dkg_buf_destroy(&field);
        return true;
      }
    } else {
      while (*pos < len && text[*pos] != ',' && text[*pos] != '\n' &&
             text[*pos] != '\r') {
        if (text[*pos] == '"') {
          *bad = "a quote inside an unquoted field (quote the whole field)";
          *bad_col = (unsigned)(*pos - *line_start) + 1u;
          dkg_buf_destroy(&field);
          return true;
        }
        dkg_buf_append(&field, text + *pos, 1u);
        ++*pos;
      }
    }
    if (!field.buf) {
      *nomem = true;
      return true;
    }
    if (row->n == row->cap) {
      const size_t cap = row->cap ? 2u * row->cap : 8u;
      char** f = (char**)realloc(row->fields, cap * sizeof(char*));
      if (f) {
        row->fields = f;
      }
      unsigned* c = (unsigned*)realloc(row->cols, cap * sizeof(unsigned));
      if (c) {
        row->cols = c;
      }
      if (!f || !c) {
        *nomem = true;
        dkg_buf_destroy(&field);
        return true;
      }
      row->cap = cap;
    }
    row->fields[row->n] = dkg_strdup(field.buf);
    row->cols[row->n] = col;
    if (!row->fields[row->n]) {
      *nomem = true;
      dkg_buf_destroy(&field);
      return true;
    }
    ++row->n;
    if (*pos < len && text[*pos] == ',') {
      ++*pos;
      continue;
    }
    if (*pos < len && text[*pos] == '\r') {
      ++*pos;
    }
    if (*pos < len && text[*pos] == '\n') {
      ++*pos;
    }
    ++*line;
    *line_start = *pos;
    break;
  }
  dkg_buf_destroy(&field);
  return true;
}

/* Reads the header row: index[c] is the field of column field_names[c], or
   -1.  Unknown and repeated columns and a missing kind, key or iri are
   reported; returns false when the table cannot be read on. */
static bool
read_header(Loader* ld, const CsvRow* row, long index[5])
{
  for (size_t i = 0; i < row->n; ++i) {
    size_t c = 0;
    while (c < 5u && strcmp(row->fields[i], field_names[c])) {
      ++c;
    }
    if (c == 5u) {
      report(ld,
             row->line,
             row->cols[i],
             NULL,
             "unknown column \"%s\" (columns: kind, key, iri, country, "
             "relation)",
             row->fields[i]);
    } else if (index[c] >= 0) {
      report(ld,
             row->line,
             row->cols[i],
             NULL,
             "column \"%s\" appears twice",
             field_names[c]);
    } else {
      index[c] = (long)i;
    }
  }
  for (size_t c = 0; c < 3u; ++c) {
    if (index[c] < 0) {
      report(ld,
             row->line,
             1u,
             NULL,
             "the header row has no \"%s\" column (the first row names "
             "the columns: kind,key,iri[,country][,relation])",
             field_names[c]);
    }
  }
  return !ld->failed;
}

/* Adds the entry of one data row, its fields found by `index`; a row with
   more or fewer fields than the header is reported and left out. */
static void
add_row(Loader* ld, const CsvRow* row, const long index[5])
{
  const char* fields[5] = { NULL, NULL, NULL, NULL, NULL };
  unsigned cols[5] = { 1u, 1u, 1u, 1u, 1u };
  size_t expected = 0;
  for (size_t c = 0; c < 5u; ++c) {
    if (index[c] >= 0 && (size_t)index[c] < row->n) {
      fields[c] = row->fields[index[c]];
      cols[c] = row->cols[index[c]];
    }
    expected += index[c] >= 0 ? 1u : 0u;
  }
  if (row->n != expected) {
    report(ld,
           row->line,
           1u,
           NULL,
           "%zu field%s where the header has %zu",
           row->n,
           row->n == 1u ? "" : "s",
           expected);
    return;
  }
  add_entry(ld, fields, row->line, cols, NULL);
}

/* Adds the entries of the CSV table text[0..len) (a header row first;
   blank lines and '#' comments skipped).  Every problem is reported with
   its line and column; a malformed row (a bad quote) stops the reading. */
static void
load_csv(Loader* ld, const char* text, size_t len)
{
  size_t pos = 0, line_start = 0;
  unsigned line = 1;
  CsvRow row = { NULL, NULL, 0, 0, 0 };
  long index[5] = { -1, -1, -1, -1, -1 };
  bool header = true;
  const char* bad = NULL;
  unsigned bad_col = 0;
  if (len >= 3u && !memcmp(text, "\xEF\xBB\xBF", 3u)) {
    pos = line_start = 3u; /* a byte order mark */
  }
  while (
    !ld->nomem &&
    csv_next_row(
      text, len, &pos, &line, &line_start, &row, &bad, &bad_col, &ld->nomem)) {
    if (bad) {
      report(ld, line, bad_col, NULL, "%s", bad);
      ld->failed = true;
      break;
    }
    if ((row.n == 1u && trimmed_empty(row.fields[0])) ||
        (row.n >= 1u && row.fields[0][0] == '#')) {
      continue; /* blank line or comment */
    }
    if (header) {
      header = false;
      if (!read_header(ld, &row, index)) {
        break;
      }
      continue;
    }
    add_row(ld, &row, index);
  }
  if (header && !ld->failed && !ld->nomem) {
    report(ld, 1u, 1u, NULL, "no header row: the file is empty");
  }
  csv_row_clear(&row);
  free(row.fields);
  free(row.cols);
}

/* ---- JSON ------------------------------------------------------------- */

/* Reports cJSON's parse error at its line and column (in code points). */
static void
report_malformed(Loader* ld, const char* text, size_t len)
{
  const char* at = cJSON_GetErrorPtr();
  size_t off = at && at >= text && at <= text + len ? (size_t)(at - text) : 0u;
  unsigned line = 1u, col = 1u;
  for (size_t i = 0; i < off; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1u;
    } else if (((unsigned char)text[i] & 0xC0u) != 0x80u) {
      ++col;
    }
  }
  report(ld, line, col, NULL, "malformed JSON");
}

/* Adds the entry of the link object `obj` at `path`; unknown members
   (other than $comments) and members that are no strings are reported and
   the entry left out. */
static void
add_json_entry(Loader* ld, const cJSON* obj, const char* path)
{
  const char* fields[5] = { NULL, NULL, NULL, NULL, NULL };
  bool ok = true;
  const cJSON* member = NULL;
  cJSON_ArrayForEach(member, obj)
  {
    size_t c = 0;
    while (c < 5u && strcmp(member->string, field_names[c])) {
      ++c;
    }
    char where[96];
    snprintf(where, sizeof(where), "%s/%s", path, member->string);
    if (c == 5u) {
      if (member->string[0] != '$') {
        report(ld,
               0u,
               0u,
               where,
               "unknown member \"%s\" (members: kind, key, iri, country, "
               "relation; $comment)",
               member->string);
        ok = false;
      }
    } else if (!cJSON_IsString(member)) {
      report(ld, 0u, 0u, where, "\"%s\" must be a string", field_names[c]);
      ok = false;
    } else {
      fields[c] = member->valuestring;
    }
  }
  if (ok) {
    add_entry(ld, fields, 0u, NULL, path);
  }
}

static void
load_json(Loader* ld, const char* text, size_t len)
{
  const char* end = NULL;
  cJSON* root = cJSON_ParseWithLengthOpts(text, len, &end, false);
  ld->json = text;
  ld->json_len = len;
  if (!root) {
    report_malformed(ld, text, len);
    return;
  }
  const cJSON* arr = root;
  const char* prefix = "";
  if (cJSON_IsObject(root)) {
    arr = cJSON_GetObjectItemCaseSensitive(root, "links");
    prefix = "/links";
  }
  if (!cJSON_IsArray(arr)) {
    report(ld,
           0u,
           0u,
           cJSON_IsObject(root) ? "/links" : "",
           "expected an array of link objects (or {\"links\": [...]})");
    cJSON_Delete(root);
    return;
  }
  size_t i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[48];
    snprintf(path, sizeof(path), "%s/%zu", prefix, i++);
    if (!cJSON_IsObject(obj)) {
      report(ld, 0u, 0u, path, "a link is an object");
      continue;
    }
    add_json_entry(ld, obj, path);
  }
  cJSON_Delete(root);
}

/* ---- Loading ---------------------------------------------------------- */

DkgStatus
dkg_links_load(const char* path, DkgDiag* diag, DkgLinks** out)
{
  *out = NULL;
  DkgLinks* links = (DkgLinks*)calloc(1, sizeof(DkgLinks));
  if (!links || !(links->file = dkg_strdup(path))) {
    free(links);
    return DKG_ERR_NOMEM;
  }
  dkg_hash_init(&links->by_key);
  Loader ld = { links, diag, false, false, NULL, 0 };

  FILE* f = fopen(path, "rb");
  if (!f) {
    const DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    dkg_links_free(links);
    return DKG_ERR_IO;
  }
  DkgBuf text = { NULL, 0, 0 };
  char chunk[65536];
  size_t n = 0;
  while ((n = fread(chunk, 1u, sizeof(chunk), f)) > 0u) {
    if (!dkg_buf_append(&text, chunk, n)) {
      ld.nomem = true;
      break;
    }
  }
  const bool read_error = ferror(f) != 0;
  fclose(f);
  if (read_error || ld.nomem) {
    if (read_error) {
      const DkgPlace place = { path, 0, 0, NULL };
      dkg_diag_report(diag, DKG_ERROR, &place, "read error");
    }
    dkg_buf_destroy(&text);
    dkg_links_free(links);
    return read_error ? DKG_ERR_IO : DKG_ERR_NOMEM;
  }
  const char* t = text.buf ? text.buf : "";
  size_t first = 0;
  while (first < text.len && (t[first] == ' ' || t[first] == '\t' ||
                              t[first] == '\n' || t[first] == '\r')) {
    ++first;
  }
  const size_t plen = strlen(path);
  const bool json = (plen >= 5u && !strcmp(path + plen - 5u, ".json")) ||
                    (first < text.len && (t[first] == '[' || t[first] == '{'));
  if (json) {
    load_json(&ld, t, text.len);
  } else {
    load_csv(&ld, t, text.len);
  }
  dkg_buf_destroy(&text);
  if (ld.nomem || ld.failed) {
    dkg_links_free(links);
    return ld.nomem ? DKG_ERR_NOMEM : DKG_ERR_RECORD;
  }
  *out = links;
  return DKG_SUCCESS;
}

void
dkg_links_free(DkgLinks* links)
{
  if (links) {
    for (size_t i = 0; i < links->n_entries; ++i) {
      free_entry(links->entries[i]);
    }
    free(links->entries);
    free((void*)links->emitted);
    dkg_hash_destroy(&links->by_key);
    dkg_buf_destroy(&links->buf);
    free(links->file);
    free(links);
  }
}

size_t
dkg_links_count(const DkgLinks* links)
{
  return links ? links->n_entries : 0u;
}

/* ---- Applying --------------------------------------------------------- */

/* One call of dkg_links_apply*(): the node and where its links go. */
typedef struct
{
  DkgLinks* links;
  DkgLinkKind kind;
  const char* country;
  const char* subject;
  DkgLinkFunc func;
  void* handle;
} Application;

/* Starts an application: from now on each (predicate, object) is emitted
   once.  False when the table is empty or absent (nothing to do). */
static bool
start_application(DkgLinks* links)
{
  if (!links || !links->n_entries) {
    return false;
  }
  ++links->stamp;
  links->n_emitted = 0;
  return true;
}

/* Emits the links of the entries matching `name` (if not NULL) that this
   application has not emitted yet, and counts their uses. */
static void
apply_one(const Application* a, const char* name)
{
  if (!name || !make_key(&a->links->buf, a->kind, name)) {
    return;
  }
  for (Entry* e = (Entry*)dkg_hash_get(
         &a->links->by_key, a->links->buf.buf, a->links->buf.len);
       e;
       e = e->next_same_key) {
    if (e->stamp == a->links->stamp ||
        (e->country && (!a->country || strcmp(e->country, a->country)))) {
      continue;
    }
    e->stamp = a->links->stamp;
    ++e->uses;
    bool seen = false;
    for (size_t i = 0; i < a->links->n_emitted && !seen; ++i) {
      seen = a->links->emitted[i]->predicate == e->predicate &&
             !strcmp(a->links->emitted[i]->object, e->object);
    }
    if (seen) {
      continue;
    }
    if (a->links->n_emitted == a->links->cap_emitted) {
      const size_t cap =
        a->links->cap_emitted ? 2u * a->links->cap_emitted : 8u;
      const Entry** grown =
        (const Entry**)realloc((void*)a->links->emitted, cap * sizeof(void*));
      if (!grown) {
        continue; /* only the dedup is lost; the link is still written */
      }
      a->links->emitted = grown;
      a->links->cap_emitted = cap;
    }
    if (a->links->n_emitted < a->links->cap_emitted) {
      a->links->emitted[a->links->n_emitted++] = e;
    }
    a->func(a->handle, a->subject, e->predicate, e->object);
  }
}

/* Applies the entries matching names[0..n) (NULL names skipped). */
static void
apply_names(const Application* a, const char* const* names, size_t n)
{
  for (size_t i = 0; i < n; ++i) {
    apply_one(a, names[i]);
  }
}

void
dkg_links_apply(DkgLinks* links,
                DkgLinkKind kind,
                const char* country,
                const char* const* names,
                size_t n_names,
                const char* subject,
                DkgLinkFunc func,
                void* handle)
{
  const Application a = { links, kind, country, subject, func, handle };
  if (start_application(links)) {
    apply_names(&a, names, n_names);
  }
}

void
dkg_links_apply_agency(DkgLinks* links,
                       const DkgAgency* agency,
                       const char* country,
                       const char* as_written,
                       const char* subject,
                       DkgLinkFunc func,
                       void* handle)
{
  if (!agency) {
    dkg_links_apply(
      links, DKG_LINK_AGENCY, country, &as_written, 1u, subject, func, handle);
  } else if (start_application(links)) {
    const Application a = { links, DKG_LINK_AGENCY, agency->country, subject,
                            func,  handle };
    const char* const own[] = { agency->id, agency->name };
    apply_names(&a, own, 2u);
    apply_names(&a, agency->alt_names, agency->n_alt_names);
    apply_names(&a, agency->acronyms, agency->n_acronyms);
  }
}

void
dkg_links_apply_topic(DkgLinks* links,
                      const DkgConcept* concept,
                      const char* as_written,
                      const char* subject,
                      DkgLinkFunc func,
                      void* handle)
{
  if (!concept) {
    dkg_links_apply(
      links, DKG_LINK_TOPIC, NULL, &as_written, 1u, subject, func, handle);
  } else if (start_application(links)) {
    const Application a = {
      links, DKG_LINK_TOPIC, NULL, subject, func, handle
    };
    const char* const own[] = { concept->id, concept->label };
    apply_names(&a, own, 2u);
    apply_names(&a, concept->alt_labels, concept->n_alt_labels);
  }
}

size_t
dkg_links_report_unused(const DkgLinks* links, DkgDiag* diag, bool as_errors)
{
  size_t unused = 0;
  for (size_t i = 0; links && i < links->n_entries; ++i) {
    const Entry* e = links->entries[i];
    if (e->uses) {
      continue;
    }
    ++unused;
    const DkgPlace place = { links->file, e->line, e->col, e->path };
    char country[16] = "";
    if (e->country) {
      snprintf(country, sizeof(country), " of %s", e->country);
    }
    dkg_diag_report(diag,
                    as_errors ? DKG_ERROR : DKG_WARNING,
                    &place,
                    "%s \"%s\"%s matched nothing in this export; link to "
                    "<%s> not written",
                    kind_names[e->kind],
                    e->key_text,
                    country,
                    e->object);
  }
  return unused;
}
