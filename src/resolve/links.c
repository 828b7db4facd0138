#include "resolve/links.h"

#include "mint/iri_check.h"
#include "mint/name.h"
#include "util/buf.h"
#include "util/hashmap.h"
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
                   ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 5, 6)))
#endif
  ;

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

/* Checks one entry's fields and adds it.  Field places are for messages:
   `line`/`cols` for CSV (cols[0..4] = kind, key, iri, country, relation),
   `path` for JSON. */
static void
add_entry(Loader* ld,
          const char* fields[5],
          unsigned line,
          const unsigned cols[5],
          const char* path)
{
  static const char* const field_names[5] = {
    "kind", "key", "iri", "country", "relation"
  };
  char where[5][80];
  for (size_t i = 0; i < 5u; ++i) {
    if (path) {
      snprintf(where[i], sizeof(where[i]), "%s/%s", path, field_names[i]);
    } else {
      where[i][0] = '\0';
    }
  }
#define PLACE(i) line, (cols ? cols[i] : 0u), (path ? where[i] : NULL)

  size_t kind = sizeof(kind_names) / sizeof(kind_names[0]);
  for (size_t i = 0; fields[0] && i < kind; ++i) {
    if (!strcmp(fields[0], kind_names[i])) {
      kind = i;
    }
  }
  if (kind == sizeof(kind_names) / sizeof(kind_names[0])) {
    report(ld,
           PLACE(0),
           "kind \"%s\" is none of agency, person, topic, place",
           fields[0] ? fields[0] : "");
    return;
  }
  if (!fields[1] || trimmed_empty(fields[1])) {
    report(ld, PLACE(1), "empty key: give a name or an id");
    return;
  }
  const char* why = NULL;
  size_t at = 0;
  if (!fields[2] || !fields[2][0] ||
      !dkg_iri_check(fields[2], strlen(fields[2]), &why, &at)) {
    report(ld,
           PLACE(2),
           "iri \"%s\" is not an absolute IRI: %s (at byte %zu)",
           fields[2] ? fields[2] : "",
           fields[2] && fields[2][0] ? why : "empty",
           at);
    return;
  }
  char country[3] = "";
  if (fields[3] && fields[3][0]) {
    const char* c = fields[3];
    if (strlen(c) != 2u ||
        !((c[0] >= 'A' && c[0] <= 'Z') || (c[0] >= 'a' && c[0] <= 'z')) ||
        !((c[1] >= 'A' && c[1] <= 'Z') || (c[1] >= 'a' && c[1] <= 'z'))) {
      report(ld,
             PLACE(3),
             "country \"%s\" is not an ISO 3166-1 alpha-2 code",
             fields[3]);
      return;
    }
    if (kind != DKG_LINK_AGENCY && kind != DKG_LINK_PLACE) {
      report(ld,
             PLACE(3),
             "country is for agency and place entries only, not %s",
             kind_names[kind]);
      return;
    }
    country[0] = (char)(c[0] & ~0x20);
    country[1] = (char)(c[1] & ~0x20);
  }
  const char* predicate =
    kind == DKG_LINK_TOPIC ? exact_match : same_as; /* defaults */
  const char* rel = fields[4];
  if (rel && rel[0]) {
    static const char* const rels[][3] = {
      { "sameAs", "owl:sameAs", same_as },
      { "exactMatch", "skos:exactMatch", exact_match },
      { "closeMatch", "skos:closeMatch", close_match },
      { "seeAlso", "rdfs:seeAlso", see_also },
    };
    predicate = NULL;
    for (size_t i = 0; i < sizeof(rels) / sizeof(rels[0]); ++i) {
      if (!strcmp(rel, rels[i][0]) || !strcmp(rel, rels[i][1]) ||
          !strcmp(rel, rels[i][2])) {
        predicate = rels[i][2];
      }
    }
    if (!predicate) {
      report(ld,
             PLACE(4),
             "relation \"%s\" is none of sameAs, exactMatch, closeMatch, "
             "seeAlso",
             rel);
      return;
    }
    if (kind != DKG_LINK_TOPIC &&
        (predicate == exact_match || predicate == close_match)) {
      report(ld,
             PLACE(4),
             "relation \"%s\" links SKOS concepts: it is for topics only; "
             "use sameAs or seeAlso for %s entries",
             rel,
             kind_names[kind]);
      return;
    }
    if (kind == DKG_LINK_TOPIC && predicate == same_as) {
      report(ld,
             PLACE(4),
             "relation sameAs would merge two concepts; use exactMatch or "
             "closeMatch for a topic");
      return;
    }
  }
#undef PLACE

  DkgLinks* links = ld->links;
  if (!make_key(&links->buf, (DkgLinkKind)kind, fields[1]) ||
      links->buf.len == strlen(kind_names[kind]) + 1u) {
    if (!links->buf.buf) {
      ld->nomem = true;
    } else {
      report(ld,
             line,
             cols ? cols[1] : 0u,
             path ? where[1] : NULL,
             "key \"%s\" has nothing to match (no letter or digit)",
             fields[1]);
    }
    return;
  }
  Entry* e = (Entry*)calloc(1, sizeof(Entry));
  if (!e) {
    ld->nomem = true;
    return;
  }
  e->kind = (DkgLinkKind)kind;
  e->key_text = dkg_strdup(fields[1]);
  e->country = country[0] ? dkg_strdup(country) : NULL;
  e->object = dkg_strdup(fields[2]);
  e->predicate = predicate;
  e->line = line;
  e->col = line ? 1u : 0u;
  e->path = path ? dkg_strdup(path) : NULL;
  if (path && ld->json) {
    const DkgRecordText rt = { ld->json, ld->json_len, ld->links->file, 0, 1, 1,
                               0 };
    DkgPlace at_entry;
    dkg_record_text_locate(&rt, path, &at_entry);
    e->line = at_entry.line;
    e->col = at_entry.col;
  }
  if (!e->key_text || !e->object || (country[0] && !e->country) ||
      (path && !e->path)) {
    free_entry(e);
    ld->nomem = true;
    return;
  }
  /* The same link twice is a mistake in the table. */
  for (Entry* o =
         (Entry*)dkg_hash_get(&links->by_key, links->buf.buf, links->buf.len);
       o;
       o = o->next_same_key) {
    if (o->predicate == e->predicate && !strcmp(o->object, e->object) &&
        !((o->country == NULL) != (e->country == NULL)) &&
        (!o->country || !strcmp(o->country, e->country))) {
      char first[64];
      if (o->path) {
        snprintf(first, sizeof(first), "entry %.40s", o->path);
      } else {
        snprintf(first, sizeof(first), "line %u", o->line);
      }
      report(ld,
             line,
             cols ? cols[0] : 0u,
             path,
             "%s \"%s\" -> <%s> repeats %s",
             kind_names[kind],
             fields[1],
             fields[2],
             first);
      free_entry(e);
      return;
    }
  }
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
    /* Append at the end, so that links come out in file order. */
    Entry* last = (Entry*)existing;
    while (last->next_same_key) {
      last = last->next_same_key;
    }
    last->next_same_key = e;
  }
}

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
   Sets *bad with a message on a quoting error. */
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

static void
load_csv(Loader* ld, const char* text, size_t len)
{
  static const char* const columns[5] = {
    "kind", "key", "iri", "country", "relation"
  };
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
      for (size_t i = 0; i < row.n; ++i) {
        size_t c = 0;
        while (c < 5u && strcmp(row.fields[i], columns[c])) {
          ++c;
        }
        if (c == 5u) {
          report(ld,
                 row.line,
                 row.cols[i],
                 NULL,
                 "unknown column \"%s\" (columns: kind, key, iri, country, "
                 "relation)",
                 row.fields[i]);
        } else if (index[c] >= 0) {
          report(ld,
                 row.line,
                 row.cols[i],
                 NULL,
                 "column \"%s\" appears twice",
                 columns[c]);
        } else {
          index[c] = (long)i;
        }
      }
      for (size_t c = 0; c < 3u; ++c) {
        if (index[c] < 0) {
          report(ld,
                 row.line,
                 1u,
                 NULL,
                 "the header row has no \"%s\" column (the first row names "
                 "the columns: kind,key,iri[,country][,relation])",
                 columns[c]);
        }
      }
      if (ld->failed) {
        break;
      }
      continue;
    }
    const char* fields[5] = { NULL, NULL, NULL, NULL, NULL };
    unsigned cols[5] = { 1u, 1u, 1u, 1u, 1u };
    for (size_t c = 0; c < 5u; ++c) {
      if (index[c] >= 0 && (size_t)index[c] < row.n) {
        fields[c] = row.fields[index[c]];
        cols[c] = row.cols[index[c]];
      }
    }
    size_t expected = 0;
    for (size_t c = 0; c < 5u; ++c) {
      expected += index[c] >= 0 ? 1u : 0u;
    }
    if (row.n != expected) {
      report(ld,
             row.line,
             1u,
             NULL,
             "%zu field%s where the header has %zu",
             row.n,
             row.n == 1u ? "" : "s",
             expected);
      continue;
    }
    add_entry(ld, fields, row.line, cols, NULL);
  }
  if (header && !ld->failed && !ld->nomem) {
    report(ld, 1u, 1u, NULL, "no header row: the file is empty");
  }
  csv_row_clear(&row);
  free(row.fields);
  free(row.cols);
}

/* ---- JSON ------------------------------------------------------------- */

static void
load_json(Loader* ld, const char* text, size_t len)
{
  const char* end = NULL;
  cJSON* root = cJSON_ParseWithLengthOpts(text, len, &end, false);
  ld->json = text;
  ld->json_len = len;
  if (!root) {
    const char* at = cJSON_GetErrorPtr();
    size_t off =
      at && at >= text && at <= text + len ? (size_t)(at - text) : 0u;
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
    static const char* const names[5] = {
      "kind", "key", "iri", "country", "relation"
    };
    const char* fields[5] = { NULL, NULL, NULL, NULL, NULL };
    bool ok = true;
    const cJSON* member = NULL;
    cJSON_ArrayForEach(member, obj)
    {
      size_t c = 0;
      while (c < 5u && strcmp(member->string, names[c])) {
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
        report(ld, 0u, 0u, where, "\"%s\" must be a string", names[c]);
        ok = false;
      } else {
        fields[c] = member->valuestring;
      }
    }
    if (ok) {
      add_entry(ld, fields, 0u, NULL, path);
    }
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

static void
apply_one(DkgLinks* links,
          DkgLinkKind kind,
          const char* country,
          const char* name,
          const char* subject,
          DkgLinkFunc func,
          void* handle)
{
  if (!name || !make_key(&links->buf, kind, name)) {
    return;
  }
  for (Entry* e =
         (Entry*)dkg_hash_get(&links->by_key, links->buf.buf, links->buf.len);
       e;
       e = e->next_same_key) {
    if (e->stamp == links->stamp ||
        (e->country && (!country || strcmp(e->country, country)))) {
      continue;
    }
    e->stamp = links->stamp;
    ++e->uses;
    bool seen = false;
    for (size_t i = 0; i < links->n_emitted && !seen; ++i) {
      seen = links->emitted[i]->predicate == e->predicate &&
             !strcmp(links->emitted[i]->object, e->object);
    }
    if (seen) {
      continue;
    }
    if (links->n_emitted == links->cap_emitted) {
      const size_t cap = links->cap_emitted ? 2u * links->cap_emitted : 8u;
      const Entry** grown =
        (const Entry**)realloc((void*)links->emitted, cap * sizeof(void*));
      if (!grown) {
        continue; /* only the dedup is lost; the link is still written */
      }
      links->emitted = grown;
      links->cap_emitted = cap;
    }
    if (links->n_emitted < links->cap_emitted) {
      links->emitted[links->n_emitted++] = e;
    }
    func(handle, subject, e->predicate, e->object);
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
  if (!links || !links->n_entries) {
    return;
  }
  ++links->stamp;
  links->n_emitted = 0;
  for (size_t i = 0; i < n_names; ++i) {
    apply_one(links, kind, country, names[i], subject, func, handle);
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
  if (!links || !links->n_entries) {
    return;
  }
  if (!agency) {
    dkg_links_apply(
      links, DKG_LINK_AGENCY, country, &as_written, 1u, subject, func, handle);
    return;
  }
  ++links->stamp;
  links->n_emitted = 0;
  const char* cc = agency->country;
  apply_one(links, DKG_LINK_AGENCY, cc, agency->id, subject, func, handle);
  apply_one(links, DKG_LINK_AGENCY, cc, agency->name, subject, func, handle);
  for (size_t i = 0; i < agency->n_alt_names; ++i) {
    apply_one(
      links, DKG_LINK_AGENCY, cc, agency->alt_names[i], subject, func, handle);
  }
  for (size_t i = 0; i < agency->n_acronyms; ++i) {
    apply_one(
      links, DKG_LINK_AGENCY, cc, agency->acronyms[i], subject, func, handle);
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
  if (!links || !links->n_entries) {
    return;
  }
  if (!concept) {
    dkg_links_apply(
      links, DKG_LINK_TOPIC, NULL, &as_written, 1u, subject, func, handle);
    return;
  }
  ++links->stamp;
  links->n_emitted = 0;
  apply_one(links, DKG_LINK_TOPIC, NULL, concept->id, subject, func, handle);
  apply_one(links, DKG_LINK_TOPIC, NULL, concept->label, subject, func, handle);
  for (size_t i = 0; i < concept->n_alt_labels; ++i) {
    apply_one(links,
              DKG_LINK_TOPIC,
              NULL,
              concept->alt_labels[i],
              subject,
              func,
              handle);
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
