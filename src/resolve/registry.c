#include "resolve/registry.h"

#include "mint/name.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hashmap.h"
#include "util/printf.h"
#include "util/str.h"

#include <cjson/cJSON.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char ambiguous;

enum
{
  KIND_AGENCIES,
  KIND_TOPICS,
  KIND_SERIES,
  KIND_ORGANIZATIONS,
  N_KINDS
};

static const char* const kind_names[N_KINDS] = { "agencies",
                                                 "topics",
                                                 "series",
                                                 "organizations" };

struct DkgRegistry
{
  DkgArena arena;
  DkgHash countries;     /* alpha-2 -> DkgCountry */
  DkgHash organizations; /* id -> DkgOrganization */
  DkgHash agencies;      /* "PARTY key" -> DkgAgency */
  DkgHash anywhere;      /* key -> DkgAgency, or &ambiguous */
  DkgHash topics;        /* key -> DkgConcept */
  DkgHash series;        /* key -> DkgConcept */
  DkgConcept scheme;
  size_t n_countries;
  size_t n_organizations;
  size_t n_agencies;
  size_t n_topics;
  size_t n_series;
  DkgBuf files[N_KINDS]; /* where each kind was read from, for messages */
};

/* One loaded JSON file, kept until the load ends for locating problems. */
typedef struct
{
  char* path;
  char* text;
  size_t len;
  cJSON* root;
} RefFile;

/* An entry read from a file and not yet built: overlays replace entries of
   the same id before any name is indexed. */
typedef struct
{
  const cJSON* obj;
  RefFile* file;
  int index; /* in the file's array */
} Pending;

typedef struct
{
  Pending* items;
  size_t n;
  size_t cap;
  DkgHash ids; /* id key -> index + 1 */
} PendingList;

typedef struct
{
  DkgRegistry* reg;
  DkgDiag* diag;
  RefFile** files;
  size_t n_files;
  const RefFile* cur; /* the file problems are reported in */
  PendingList pending[N_KINDS];
  DkgHash agency_ids; /* "PARTY id" -> DkgAgency */
  bool failed;
} Loader;

static void report(Loader* ld, const char* json_path, const char* fmt, ...)
  DKG_PRINTF(3, 4);

/* Reports an error in the file being read, at JSON Pointer `json_path`;
   the load then fails. */
static void
report(Loader* ld, const char* json_path, const char* fmt, ...)
{
  char message[768];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);
  const RefFile* f = ld->cur;
  DkgPlace place = { f ? f->path : "", 0, 0, NULL };
  if (f && f->text && json_path) {
    DkgRecordText rt = { f->text, f->len, f->path, 0, 1, 1, 0 };
    dkg_record_text_locate(&rt, json_path, &place);
  }
  dkg_diag_report(ld->diag, DKG_ERROR, &place, "%s", message);
  ld->failed = true;
}

/* ---- Files ------------------------------------------------------------- */

/* Frees a file read by read_file(); `f` may be NULL. */
static void
free_file(RefFile* f)
{
  if (f) {
    cJSON_Delete(f->root);
    free(f->text);
    free(f->path);
    free(f);
  }
}

/* Appends all of `in` to `buf`; false on a read error or out of memory. */
static bool
slurp(FILE* in, DkgBuf* buf)
{
  char chunk[65536];
  size_t n = 0;
  while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0) {
    if (!dkg_buf_append(buf, chunk, n)) {
      return false;
    }
  }
  return true;
}

/* Reports malformed JSON in `f` at the offset cJSON stopped at. */
static void
report_syntax(Loader* ld, const RefFile* f, const char* end)
{
  const size_t off = end ? (size_t)(end - f->text) : 0u;
  unsigned line = 1, col = 1;
  for (size_t i = 0; i < off && i < f->len; ++i) {
    if (f->text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  DkgPlace place = { f->path, line, col, NULL };
  dkg_diag_report(ld->diag,
                  DKG_ERROR,
                  &place,
                  f->root ? "reference data must be a JSON object"
                          : "malformed JSON");
}

/* Reads and parses `path`; the file then belongs to the loader.  Sets
   `*st` and returns NULL on failure (reported). */
static RefFile*
read_file(Loader* ld, const char* path, bool overlay, DkgStatus* st)
{
  RefFile* f = (RefFile*)calloc(1, sizeof(RefFile));
  RefFile** grown =
    (RefFile**)realloc(ld->files, (ld->n_files + 1u) * sizeof(RefFile*));
  if (!f || !grown || !(f->path = dkg_strdup(path))) {
    free(f);
    if (grown) {
      ld->files = grown;
    }
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  ld->files = grown;
  ld->files[ld->n_files++] = f;
  FILE* in = fopen(path, "rb");
  if (!in) {
    DkgPlace place = { f->path, 0, 0, NULL };
    dkg_diag_report(ld->diag,
                    DKG_ERROR,
                    &place,
                    overlay ? "cannot open registry file: %s"
                            : "cannot open reference data: %s (use "
                              "--data-dir or DIALOGUEKG_DATA to say where "
                              "data/ is)",
                    strerror(errno));
    *st = DKG_ERR_IO;
    return NULL;
  }
  DkgBuf buf = { NULL, 0, 0 };
  const bool ok = slurp(in, &buf);
  const bool read_error = ferror(in) != 0;
  fclose(in);
  if (!ok || read_error) {
    dkg_buf_destroy(&buf);
    DkgPlace place = { f->path, 0, 0, NULL };
    if (read_error) {
      dkg_diag_report(ld->diag, DKG_ERROR, &place, "read error");
    }
    *st = ok ? DKG_ERR_IO : DKG_ERR_NOMEM;
    return NULL;
  }
  f->text = buf.buf ? buf.buf : dkg_strdup("");
  f->len = buf.len;
  const char* end = NULL;
  f->root =
    f->text ? cJSON_ParseWithLengthOpts(f->text, f->len, &end, false) : NULL;
  if (!f->root || !cJSON_IsObject(f->root)) {
    report_syntax(ld, f, end);
    *st = DKG_ERR_REFERENCE;
    return NULL;
  }
  *st = DKG_SUCCESS;
  return f;
}

/* DIR/NAME on the heap (the caller frees it), or NULL when out of memory. */
static char*
join_path(const char* dir, const char* name)
{
  const size_t plen = strlen(dir) + strlen(name) + 2u;
  char* path = (char*)malloc(plen);
  if (path) {
    snprintf(path, plen, "%s/%s", dir, name);
  }
  return path;
}

/* True when DIR/NAME exists. */
static bool
has_file(const char* dir, const char* name)
{
  char* path = join_path(dir, name);
  const bool found = path && access(path, F_OK) == 0;
  free(path);
  return found;
}

/* ---- Values ------------------------------------------------------------ */

/* Zeroed arena memory; NULL (and the load fails) when out of memory. */
static void*
alloc(Loader* ld, size_t size)
{
  void* mem = dkg_arena_alloc(&ld->reg->arena, size);
  if (mem) {
    memset(mem, 0, size);
  } else {
    ld->failed = true;
  }
  return mem;
}

/* A copy of `str` in the registry's arena; NULL (and the load failed)
   when out of memory. */
static const char*
copy_str(Loader* ld, const char* str)
{
  const char* copy = dkg_arena_strndup(&ld->reg->arena, str, strlen(str));
  if (!copy) {
    ld->failed = true;
  }
  return copy;
}

/* A string member, or NULL (reported when required or not a string). */
static const char*
get_string(Loader* ld,
           const cJSON* obj,
           const char* key,
           const char* path,
           bool required)
{
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (!item || cJSON_IsNull(item)) {
    if (required) {
      report(ld, path, "missing required field \"%s\"", key);
    }
    return NULL;
  }
  if (!cJSON_IsString(item) || !item->valuestring[0]) {
    report(ld, path, "\"%s\" must be a non-empty string", key);
    return NULL;
  }
  return copy_str(ld, item->valuestring);
}

/* The strings of array member `key` of `obj` in the registry's arena,
   their number in `*n`; NULL when absent (a non-string is reported). */
static const char**
get_strings(Loader* ld,
            const cJSON* obj,
            const char* key,
            const char* path,
            size_t* n)
{
  const cJSON* arr = cJSON_GetObjectItemCaseSensitive(obj, key);
  *n = 0;
  if (!arr) {
    return NULL;
  }
  if (!cJSON_IsArray(arr)) {
    report(ld, path, "\"%s\" must be an array of strings", key);
    return NULL;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  const char** out =
    (const char**)alloc(ld, (count ? count : 1u) * sizeof(char*));
  if (!out) {
    return NULL;
  }
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, arr)
  {
    if (!cJSON_IsString(item) || !item->valuestring[0]) {
      report(ld, path, "\"%s\" must be an array of non-empty strings", key);
      *n = 0;
      return NULL;
    }
    out[(*n)++] = copy_str(ld, item->valuestring);
  }
  return out;
}

/* Reports every key of `obj` that is not in `known` (nor begins with $). */
static void
check_keys(Loader* ld,
           const cJSON* obj,
           const char* path,
           const char* const* known)
{
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, obj)
  {
    bool ok = item->string[0] == '$';
    for (const char* const* k = known; *k && !ok; ++k) {
      ok = !strcmp(*k, item->string);
    }
    if (!ok) {
      char child[160];
      snprintf(child, sizeof(child), "%s/%s", path, item->string);
      report(ld, child, "unknown field \"%s\"", item->string);
    }
  }
}

/* True when `id` is made of a-z, 0-9 and '-' only. */
static bool
valid_id(const char* id)
{
  for (const char* c = id; *c; ++c) {
    if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-')) {
      return false;
    }
  }
  return id[0] != '\0';
}

/* The normalized key of `name` in a new buffer (NULL buf when empty). */
static DkgBuf
name_key(const char* name, size_t len)
{
  DkgBuf key = { NULL, 0, 0 };
  if (!dkg_name_key(&key, name, len) || !key.len) {
    dkg_buf_destroy(&key);
  }
  return key;
}

/* Registers `name` under `prefix` (a party code or "") in `hash`. */
static void
index_name(Loader* ld,
           DkgHash* hash,
           const char* prefix,
           const char* name,
           void* value,
           const char* path)
{
  DkgBuf key = { NULL, 0, 0 };
  dkg_buf_puts(&key, prefix);
  if (prefix[0]) {
    dkg_buf_puts(&key, " ");
  }
  const size_t head = key.len;
  if (!dkg_name_key(&key, name, strlen(name)) || !key.buf) {
    ld->failed = true;
    dkg_buf_destroy(&key);
    return;
  }
  if (key.len == head) {
    report(ld, path, "name \"%s\" has no letters or digits", name);
  } else {
    void* existing = NULL;
    if (!dkg_hash_put(hash, key.buf, key.len, value, &existing)) {
      ld->failed = true;
    } else if (existing && existing != value) {
      report(ld, path, "name \"%s\" already names another entry", name);
    }
  }
  dkg_buf_destroy(&key);
}

/* ---- Countries --------------------------------------------------------- */

/* countries.json: every country by its alpha-2 code. */
static void
load_countries(Loader* ld, const RefFile* f)
{
  const cJSON* arr = cJSON_GetObjectItemCaseSensitive(f->root, "countries");
  if (!cJSON_IsArray(arr)) {
    report(ld, "", "missing array \"%s\"", "countries");
    return;
  }
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[64];
    snprintf(path, sizeof(path), "/countries/%d", i++);
    DkgCountry* c = (DkgCountry*)alloc(ld, sizeof(DkgCountry));
    if (!c) {
      return;
    }
    c->alpha2 = get_string(ld, obj, "alpha2", path, true);
    c->alpha3 = get_string(ld, obj, "alpha3", path, true);
    c->name = get_string(ld, obj, "name", path, true);
    if (!c->alpha2 || !c->alpha3 || !c->name) {
      continue;
    }
    if (strlen(c->alpha2) != 2u || strlen(c->alpha3) != 3u ||
        c->alpha2[0] < 'A' || c->alpha2[0] > 'Z') {
      report(ld, path, "bad ISO 3166-1 codes for \"%s\"", c->name);
      continue;
    }
    void* existing = NULL;
    dkg_hash_put(&ld->reg->countries, c->alpha2, 2u, c, &existing);
    if (existing) {
      report(ld, path, "country code %s appears twice", c->alpha2);
    }
    ++ld->reg->n_countries;
  }
}

/* country-wikidata.json: {"wikidata": {"JP": "Q17", ...}}. */
static void
load_country_wikidata(Loader* ld, const RefFile* f)
{
  const cJSON* map = cJSON_GetObjectItemCaseSensitive(f->root, "wikidata");
  if (!cJSON_IsObject(map)) {
    report(ld, "", "missing object \"%s\"", "wikidata");
    return;
  }
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, map)
  {
    char path[64];
    snprintf(path, sizeof(path), "/wikidata/%s", item->string);
    DkgCountry* c = (DkgCountry*)dkg_hash_get(
      &ld->reg->countries, item->string, strlen(item->string));
    const char* q = cJSON_IsString(item) ? item->valuestring : "";
    bool ok = q[0] == 'Q' && q[1] >= '1' && q[1] <= '9';
    for (const char* d = q + 1; ok && *d; ++d) {
      ok = *d >= '0' && *d <= '9';
    }
    if (!c) {
      report(ld, path, "unknown country code \"%s\"", item->string);
    } else if (!ok) {
      report(ld, path, "a Wikidata id is Q and digits, such as \"Q17\"");
    } else {
      c->wikidata = copy_str(ld, q);
    }
  }
}

/* Adds the qualifier `name` (its key, and its possessive "...s") to `c`. */
static void
add_qualifier(Loader* ld, DkgCountry* c, const char* name, size_t* cap)
{
  DkgBuf key = name_key(name, strlen(name));
  if (!key.buf) {
    return;
  }
  for (int possessive = 0; possessive < 2; ++possessive) {
    if (c->n_qualifiers + 1u > *cap) {
      const size_t n = *cap ? *cap * 2u : 8u;
      const char** q = (const char**)alloc(ld, n * sizeof(char*));
      if (!q) {
        break;
      }
      if (c->n_qualifiers) {
        memcpy(q, c->qualifiers, c->n_qualifiers * sizeof(char*));
      }
      c->qualifiers = q;
      *cap = n;
    }
    if (possessive && key.buf[key.len - 1u] != 's') {
      dkg_buf_puts(&key, "s");
    } else if (possessive) {
      break; /* "United States'" is already the name's key */
    }
    c->qualifiers[c->n_qualifiers++] =
      dkg_arena_strndup(&ld->reg->arena, key.buf, key.len);
  }
  dkg_buf_destroy(&key);
}

typedef struct
{
  Loader* ld;
  const cJSON* map;
} QualifierPass;

/* Gives one country its name and listed qualifiers. */
static void
qualify_country(void* handle, const char* code, void* value)
{
  (void)code;
  QualifierPass* pass = (QualifierPass*)handle;
  DkgCountry* c = (DkgCountry*)value;
  size_t cap = 0;
  add_qualifier(pass->ld, c, c->name, &cap);
  const cJSON* names =
    pass->map ? cJSON_GetObjectItemCaseSensitive(pass->map, c->alpha2) : NULL;
  if (!cJSON_IsArray(names)) {
    return;
  }
  const cJSON* name = NULL;
  cJSON_ArrayForEach(name, names)
  {
    if (cJSON_IsString(name) && name->valuestring[0]) {
      add_qualifier(pass->ld, c, name->valuestring, &cap);
    }
  }
}

/* country-qualifiers.json: {"qualifiers": {"US": ["U.S.", ...]}}.  Each
   country's own name always qualifies. */
static void
load_qualifiers(Loader* ld, const RefFile* f)
{
  const cJSON* map =
    f ? cJSON_GetObjectItemCaseSensitive(f->root, "qualifiers") : NULL;
  if (f && !cJSON_IsObject(map)) {
    report(ld, "", "missing object \"%s\"", "qualifiers");
    return;
  }
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, map)
  {
    char path[64];
    snprintf(path, sizeof(path), "/qualifiers/%s", item->string);
    DkgCountry* c = (DkgCountry*)dkg_hash_get(
      &ld->reg->countries, item->string, strlen(item->string));
    if (!c) {
      report(ld, path, "unknown country code \"%s\"", item->string);
    } else if (!cJSON_IsArray(item)) {
      report(ld, path, "expected an array of names");
    }
  }
  QualifierPass pass = { ld, map };
  dkg_hash_each(&ld->reg->countries, qualify_country, &pass);
}

/* ---- Collecting entries ------------------------------------------------ */

/* Frees a pending list (not its entries, which are the files'). */
static void
pending_destroy(PendingList* list)
{
  free(list->items);
  dkg_hash_destroy(&list->ids);
}

/* Adds the entries of array `member` of `f` to the pending list of `kind`;
   an entry whose id is already there replaces it. */
static void
collect(Loader* ld, RefFile* f, int kind, bool required)
{
  const char* member = kind_names[kind];
  const cJSON* arr = cJSON_GetObjectItemCaseSensitive(f->root, member);
  ld->cur = f;
  if (!arr) {
    if (required) {
      report(ld, "", "missing array \"%s\"", member);
    }
    return;
  }
  if (!cJSON_IsArray(arr)) {
    report(ld, "", "\"%s\" must be an array", member);
    return;
  }
  PendingList* list = &ld->pending[kind];
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[64];
    snprintf(path, sizeof(path), "/%s/%d", member, i);
    const cJSON* id = cJSON_GetObjectItemCaseSensitive(obj, "id");
    const cJSON* cc = cJSON_GetObjectItemCaseSensitive(obj, "country");
    if (!cJSON_IsObject(obj)) {
      report(ld, path, "expected an object");
    } else if (!cJSON_IsString(id) || !id->valuestring[0]) {
      report(ld, path, "missing required field \"id\"");
    } else {
      char key[512];
      snprintf(key,
               sizeof(key),
               "%s %s",
               kind == KIND_AGENCIES && cJSON_IsString(cc) ? cc->valuestring
                                                           : "",
               id->valuestring);
      const size_t at = (size_t)dkg_hash_get(&list->ids, key, strlen(key));
      if (at && list->items[at - 1u].file == f) {
        report(ld, path, "id \"%s\" appears twice", id->valuestring);
      } else if (at) {
        list->items[at - 1u] = (Pending){ obj, f, i };
      } else if (list->n == list->cap) {
        const size_t cap = list->cap ? list->cap * 2u : 64u;
        Pending* items = (Pending*)realloc(list->items, cap * sizeof(Pending));
        if (!items) {
          ld->failed = true;
          return;
        }
        list->items = items;
        list->cap = cap;
      }
      if (!at && list->n < list->cap) {
        list->items[list->n++] = (Pending){ obj, f, i };
        dkg_hash_put(&list->ids, key, strlen(key), (void*)list->n, NULL);
      }
    }
    ++i;
  }
}

/* Sets the loader's file and `path` for building pending entry `e`. */
static void
enter(Loader* ld, const Pending* e, int kind, char path[64])
{
  ld->cur = e->file;
  snprintf(path, 64, "/%s/%d", kind_names[kind], e->index);
}

/* ---- Organizations ----------------------------------------------------- */

/* Makes the pending organizations, checked; a bad one is reported and
   left out. */
static void
build_organizations(Loader* ld)
{
  static const char* const known[] = {
    "id", "name", "acronyms", "alternative_names", "members", "wikidata", NULL
  };
  const PendingList* list = &ld->pending[KIND_ORGANIZATIONS];
  for (size_t i = 0; i < list->n; ++i) {
    char path[64];
    enter(ld, &list->items[i], KIND_ORGANIZATIONS, path);
    const cJSON* obj = list->items[i].obj;
    check_keys(ld, obj, path, known);
    DkgOrganization* o = (DkgOrganization*)alloc(ld, sizeof(DkgOrganization));
    if (!o) {
      return;
    }
    o->id = get_string(ld, obj, "id", path, true);
    o->name = get_string(ld, obj, "name", path, true);
    o->alt_names =
      get_strings(ld, obj, "alternative_names", path, &o->n_alt_names);
    o->acronyms = get_strings(ld, obj, "acronyms", path, &o->n_acronyms);
    o->members = get_strings(ld, obj, "members", path, &o->n_members);
    o->wikidata = get_string(ld, obj, "wikidata", path, false);
    if (!o->id || !o->name) {
      continue;
    }
    if (!valid_id(o->id)) {
      report(ld,
             path,
             "organization id \"%s\" must be made of a-z, 0-9 and '-'",
             o->id);
      continue;
    }
    for (size_t k = 0; k < o->n_members; ++k) {
      if (!dkg_registry_country(ld->reg, o->members[k])) {
        report(ld, path, "member \"%s\" is no country code", o->members[k]);
      }
    }
    dkg_hash_put(&ld->reg->organizations, o->id, strlen(o->id), o, NULL);
    ++ld->reg->n_organizations;
  }
}

/* ---- Agencies ---------------------------------------------------------- */

/* An agency's name counts for its party, and anywhere while no agency of
   another party bears it too. */
static void
index_agency_name(Loader* ld, DkgAgency* a, const char* name, const char* path)
{
  index_name(ld, &ld->reg->agencies, a->country, name, a, path);
  DkgBuf key = name_key(name, strlen(name));
  if (key.buf) {
    void* existing = NULL;
    if (!dkg_hash_put(&ld->reg->anywhere, key.buf, key.len, a, &existing)) {
      ld->failed = true;
    } else if (existing && existing != a) {
      dkg_hash_put(&ld->reg->anywhere, key.buf, key.len, &ambiguous, NULL);
    }
  }
  dkg_buf_destroy(&key);
}

/* Makes one agency of `obj` at `path`, checked (its parent is linked
   later); NULL when it is left out (reported) or out of memory. */
static DkgAgency*
build_agency(Loader* ld, const cJSON* obj, const char* path)
{
  static const char* const known[] = {
    "id", "country", "name", "alternative_names", "acronyms", "parent", NULL
  };
  check_keys(ld, obj, path, known);
  DkgAgency* a = (DkgAgency*)alloc(ld, sizeof(DkgAgency));
  if (!a) {
    return NULL;
  }
  a->id = get_string(ld, obj, "id", path, true);
  a->country = get_string(ld, obj, "country", path, true);
  a->name = get_string(ld, obj, "name", path, true);
  a->alt_names =
    get_strings(ld, obj, "alternative_names", path, &a->n_alt_names);
  a->acronyms = get_strings(ld, obj, "acronyms", path, &a->n_acronyms);
  if (!a->id || !a->country || !a->name) {
    return NULL;
  }
  if (!valid_id(a->id)) {
    report(ld, path, "id \"%s\" must be made of a-z, 0-9 and '-'", a->id);
  }
  if (!dkg_registry_party_name(ld->reg, a->country)) {
    report(
      ld, path, "unknown country code or organization id \"%s\"", a->country);
    return NULL;
  }
  char id_key[512];
  snprintf(id_key, sizeof(id_key), "%s %s", a->country, a->id);
  dkg_hash_put(&ld->agency_ids, id_key, strlen(id_key), a, NULL);
  index_agency_name(ld, a, a->name, path);
  for (size_t k = 0; k < a->n_alt_names; ++k) {
    index_agency_name(ld, a, a->alt_names[k], path);
  }
  for (size_t k = 0; k < a->n_acronyms; ++k) {
    index_agency_name(ld, a, a->acronyms[k], path);
  }
  ++ld->reg->n_agencies;
  return a;
}

/* Links agency `a` to its "parent" (same country), reported when there is
   no such agency. */
static void
link_parent(Loader* ld, DkgAgency* a, const cJSON* obj, const char* path)
{
  const cJSON* parent = cJSON_GetObjectItemCaseSensitive(obj, "parent");
  if (!parent || cJSON_IsNull(parent)) {
    return;
  }
  char ppath[80];
  snprintf(ppath, sizeof(ppath), "%s/parent", path);
  if (!cJSON_IsString(parent)) {
    report(ld, ppath, "\"%s\" must be an agency id or null", "parent");
    return;
  }
  char id_key[512];
  snprintf(id_key, sizeof(id_key), "%s %s", a->country, parent->valuestring);
  a->parent =
    (const DkgAgency*)dkg_hash_get(&ld->agency_ids, id_key, strlen(id_key));
  if (!a->parent) {
    report(ld,
           ppath,
           "parent \"%s\" is no agency of the same country",
           parent->valuestring);
  }
}

/* Makes the pending agencies, links their parents (a cycle is reported)
   and indexes their names. */
static void
build_agencies(Loader* ld)
{
  const PendingList* list = &ld->pending[KIND_AGENCIES];
  DkgAgency** all = (DkgAgency**)calloc(list->n + 1u, sizeof(void*));
  if (!all) {
    ld->failed = true;
    return;
  }
  char path[64];
  for (size_t i = 0; i < list->n; ++i) {
    enter(ld, &list->items[i], KIND_AGENCIES, path);
    all[i] = build_agency(ld, list->items[i].obj, path);
  }
  /* Parents are resolved once every id is known. */
  for (size_t i = 0; i < list->n; ++i) {
    if (all[i]) {
      enter(ld, &list->items[i], KIND_AGENCIES, path);
      link_parent(ld, all[i], list->items[i].obj, path);
    }
  }
  /* A parent chain must end. */
  for (size_t i = 0; i < list->n; ++i) {
    size_t steps = 0;
    for (const DkgAgency* p = all[i] ? all[i]->parent : NULL;
         p && steps <= list->n;
         p = p->parent) {
      ++steps;
    }
    if (steps > list->n) {
      enter(ld, &list->items[i], KIND_AGENCIES, path);
      report(ld, path, "parent chain of \"%s\" is a cycle", all[i]->id);
    }
  }
  free(all);
}

/* ---- Topics and series ------------------------------------------------- */

/* Makes the pending topics or series (`kind`) into `hash`, counting them
   in `*n`; a bad one is reported and left out. */
static void
build_concepts(Loader* ld, int kind, DkgHash* hash, size_t* n)
{
  const bool series = kind == KIND_SERIES;
  const char* label_key = series ? "name" : "label";
  const char* alt_key = series ? "alternative_names" : "alternative_labels";
  const char* const known[] = {
    "id", label_key, alt_key, series ? "participants" : NULL, NULL
  };
  const PendingList* list = &ld->pending[kind];
  for (size_t i = 0; i < list->n; ++i) {
    char path[64];
    enter(ld, &list->items[i], kind, path);
    const cJSON* obj = list->items[i].obj;
    check_keys(ld, obj, path, known);
    DkgConcept* c = (DkgConcept*)alloc(ld, sizeof(DkgConcept));
    if (!c) {
      return;
    }
    c->id = get_string(ld, obj, "id", path, true);
    c->label = get_string(ld, obj, label_key, path, true);
    c->alt_labels = get_strings(ld, obj, alt_key, path, &c->n_alt_labels);
    if (!c->id || !c->label) {
      continue;
    }
    if (!valid_id(c->id)) {
      report(ld, path, "id \"%s\" must be made of a-z, 0-9 and '-'", c->id);
    }
    index_name(ld, hash, "", c->label, c, path);
    for (size_t k = 0; k < c->n_alt_labels; ++k) {
      index_name(ld, hash, "", c->alt_labels[k], c, path);
    }
    ++*n;
  }
}

/* topics.json's "scheme": the concept scheme the topics are in. */
static void
load_scheme(Loader* ld, const RefFile* f)
{
  const cJSON* scheme = cJSON_GetObjectItemCaseSensitive(f->root, "scheme");
  ld->cur = f;
  if (!cJSON_IsObject(scheme)) {
    report(ld, "", "missing object \"%s\"", "scheme");
    return;
  }
  ld->reg->scheme.id = get_string(ld, scheme, "id", "/scheme", true);
  ld->reg->scheme.label = get_string(ld, scheme, "label", "/scheme", true);
}

/* ---- Loading ----------------------------------------------------------- */

/* Notes that entries of `kind` come from `path` too. */
static void
note_file(DkgRegistry* reg, int kind, const char* path)
{
  DkgBuf* b = &reg->files[kind];
  if (b->len) {
    dkg_buf_puts(b, " and ");
  }
  dkg_buf_puts(b, path);
}

/* Reads DIR/NAME into the loader (optional files may be absent). */
static RefFile*
open_data(Loader* ld,
          const char* dir,
          const char* name,
          bool optional,
          DkgStatus* st)
{
  *st = DKG_SUCCESS;
  if (optional && !has_file(dir, name)) {
    return NULL;
  }
  char* path = join_path(dir, name);
  if (!path) {
    *st = DKG_ERR_NOMEM;
    return NULL;
  }
  RefFile* f = read_file(ld, path, false, st);
  free(path);
  ld->cur = f;
  return f;
}

/* Reads the built-in reference data of `dir` (countries, organizations,
   agencies, topics, series, qualifiers); returns the first failure. */
static DkgStatus
load_builtin(Loader* ld, const char* dir)
{
  static const struct
  {
    const char* name;
    int kind;
    bool optional;
  } files[] = {
    { "organizations.json", KIND_ORGANIZATIONS, true },
    { "agencies.json", KIND_AGENCIES, false },
    { "agencies-extended.json", KIND_AGENCIES, true },
    { "topics.json", KIND_TOPICS, false },
    { "series.json", KIND_SERIES, false },
  };
  DkgStatus st = DKG_SUCCESS;
  RefFile* f = open_data(ld, dir, "countries.json", false, &st);
  if (f) {
    load_countries(ld, f);
  }
  if (!st && (f = open_data(ld, dir, "country-wikidata.json", true, &st))) {
    load_country_wikidata(ld, f);
  }
  if (!st) {
    f = open_data(ld, dir, "country-qualifiers.json", true, &st);
    load_qualifiers(ld, f);
  }
  for (size_t i = 0; !st && i < sizeof(files) / sizeof(files[0]); ++i) {
    f = open_data(ld, dir, files[i].name, files[i].optional, &st);
    if (f) {
      collect(ld, f, files[i].kind, !files[i].optional);
      note_file(ld->reg, files[i].kind, f->path);
      if (files[i].kind == KIND_TOPICS) {
        load_scheme(ld, f);
      }
    }
  }
  return st;
}

/* Reads one --registry file; its entries replace built-in ones of the same
   id.  Returns the failure (reported), or DKG_SUCCESS. */
static DkgStatus
load_overlay(Loader* ld, const char* path)
{
  static const char* const known[] = {
    "agencies", "topics", "series", "organizations", NULL
  };
  DkgStatus st = DKG_SUCCESS;
  RefFile* f = read_file(ld, path, true, &st);
  if (!f) {
    return st;
  }
  ld->cur = f;
  check_keys(ld, f->root, "", known);
  for (int kind = 0; kind < N_KINDS; ++kind) {
    if (cJSON_GetObjectItemCaseSensitive(f->root, kind_names[kind])) {
      collect(ld, f, kind, false);
      note_file(ld->reg, kind, path);
    }
  }
  return st;
}

/* scandir() order: by name. */
static int
by_name(const struct dirent** a, const struct dirent** b)
{
  return strcmp((*a)->d_name, (*b)->d_name);
}

/* scandir() filter: visible *.json files. */
static int
is_json_file(const struct dirent* e)
{
  const size_t n = strlen(e->d_name);
  return e->d_name[0] != '.' && n > 5u && !strcmp(e->d_name + n - 5u, ".json");
}

/* An overlay: a file, or a directory whose *.json files are read in name
   order (a later file replaces the entries of an earlier one). */
static DkgStatus
load_overlay_path(Loader* ld, const char* path)
{
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
    return load_overlay(ld, path); /* reports a missing file */
  }
  struct dirent** names = NULL;
  const int n = scandir(path, &names, is_json_file, by_name);
  if (n < 0) {
    DkgPlace place = { path, 0, 0, NULL };
    dkg_diag_report(ld->diag,
                    DKG_ERROR,
                    &place,
                    "cannot read registry directory: %s",
                    strerror(errno));
    return DKG_ERR_IO;
  }
  DkgStatus status = DKG_SUCCESS;
  for (int i = 0; i < n; ++i) {
    char* file = status ? NULL : join_path(path, names[i]->d_name);
    if (!status) {
      status = file ? load_overlay(ld, file) : DKG_ERR_NOMEM;
    }
    free(file);
    free(names[i]);
  }
  free(names);
  return status;
}

/* An empty registry, or NULL when out of memory. */
static DkgRegistry*
registry_new(void)
{
  DkgRegistry* reg = (DkgRegistry*)calloc(1, sizeof(DkgRegistry));
  if (reg) {
    dkg_arena_init(&reg->arena, 65536u);
    dkg_hash_init(&reg->countries);
    dkg_hash_init(&reg->organizations);
    dkg_hash_init(&reg->agencies);
    dkg_hash_init(&reg->anywhere);
    dkg_hash_init(&reg->topics);
    dkg_hash_init(&reg->series);
  }
  return reg;
}

DkgStatus
dkg_registry_load_overlays(const char* dir,
                           const char* const* overlays,
                           size_t n_overlays,
                           DkgDiag* diag,
                           DkgRegistry** out)
{
  *out = NULL;
  DkgRegistry* reg = registry_new();
  if (!reg) {
    return DKG_ERR_NOMEM;
  }
  Loader ld;
  memset(&ld, 0, sizeof(ld));
  ld.reg = reg;
  ld.diag = diag;
  dkg_hash_init(&ld.agency_ids);
  for (int kind = 0; kind < N_KINDS; ++kind) {
    dkg_hash_init(&ld.pending[kind].ids);
  }
  DkgStatus st = load_builtin(&ld, dir);
  for (size_t i = 0; !st && i < n_overlays; ++i) {
    st = load_overlay_path(&ld, overlays[i]);
  }
  if (!st) {
    build_organizations(&ld);
    build_agencies(&ld);
    build_concepts(&ld, KIND_TOPICS, &reg->topics, &reg->n_topics);
    build_concepts(&ld, KIND_SERIES, &reg->series, &reg->n_series);
  }
  if (!st && ld.failed) {
    st = DKG_ERR_REFERENCE;
  }
  for (int kind = 0; kind < N_KINDS; ++kind) {
    pending_destroy(&ld.pending[kind]);
  }
  for (size_t i = 0; i < ld.n_files; ++i) {
    free_file(ld.files[i]);
  }
  free(ld.files);
  dkg_hash_destroy(&ld.agency_ids);
  if (st) {
    dkg_registry_free(reg);
    return st;
  }
  *out = reg;
  return DKG_SUCCESS;
}

DkgStatus
dkg_registry_load(const char* dir, DkgDiag* diag, DkgRegistry** out)
{
  return dkg_registry_load_overlays(dir, NULL, 0, diag, out);
}

void
dkg_registry_free(DkgRegistry* reg)
{
  if (reg) {
    dkg_hash_destroy(&reg->countries);
    dkg_hash_destroy(&reg->organizations);
    dkg_hash_destroy(&reg->agencies);
    dkg_hash_destroy(&reg->anywhere);
    dkg_hash_destroy(&reg->topics);
    dkg_hash_destroy(&reg->series);
    for (int kind = 0; kind < N_KINDS; ++kind) {
      dkg_buf_destroy(&reg->files[kind]);
    }
    dkg_arena_destroy(&reg->arena);
    free(reg);
  }
}

/* ---- Lookups ----------------------------------------------------------- */

const DkgCountry*
dkg_registry_country(const DkgRegistry* reg, const char* alpha2)
{
  return (const DkgCountry*)dkg_hash_get(
    &reg->countries, alpha2, strlen(alpha2));
}

const DkgOrganization*
dkg_registry_organization(const DkgRegistry* reg, const char* id)
{
  return (const DkgOrganization*)dkg_hash_get(
    &reg->organizations, id, strlen(id));
}

typedef struct
{
  void (*fn)(void* ctx, const DkgOrganization* org);
  void* ctx;
} EachOrg;

static void
each_org(void* handle, const char* key, void* value)
{
  (void)key;
  const EachOrg* e = (const EachOrg*)handle;
  e->fn(e->ctx, (const DkgOrganization*)value);
}

void
dkg_registry_each_organization(const DkgRegistry* reg,
                               void (*fn)(void* ctx,
                                          const DkgOrganization* org),
                               void* ctx)
{
  EachOrg e = { fn, ctx };
  dkg_hash_each(&reg->organizations, each_org, &e);
}

const char*
dkg_registry_party_name(const DkgRegistry* reg, const char* code)
{
  const DkgCountry* c = dkg_registry_country(reg, code);
  const DkgOrganization* o = c ? NULL : dkg_registry_organization(reg, code);
  return c ? c->name : o ? o->name : NULL;
}

/* The entry of `hash` under PREFIX KEY(name) (no prefix when ""), or NULL. */
static const void*
lookup(const DkgHash* hash, const char* prefix, const char* name, size_t len)
{
  DkgBuf key = { NULL, 0, 0 };
  const void* found = NULL;
  if (dkg_buf_puts(&key, prefix) && (!prefix[0] || dkg_buf_puts(&key, " ")) &&
      dkg_name_key(&key, name, len)) {
    found = dkg_hash_get(hash, key.buf, key.len);
  }
  dkg_buf_destroy(&key);
  return found;
}

/* The agency under "PARTY key" (key of `len` bytes), or NULL. */
static const DkgAgency*
agency_by_key(const DkgRegistry* reg,
              const char* party,
              const char* key,
              size_t len)
{
  char stack[512];
  const size_t plen = strlen(party);
  if (!len || plen + 1u + len >= sizeof(stack)) {
    return NULL;
  }
  memcpy(stack, party, plen);
  stack[plen] = ' ';
  memcpy(stack + plen + 1u, key, len);
  return (const DkgAgency*)dkg_hash_get(&reg->agencies, stack, plen + 1u + len);
}

/* "X department" <-> "department of X" on a key: the other form, written
   into `out` (of `cap` bytes); its length, 0 when neither form. */
static size_t
swap_department(const char* key, size_t len, char* out, size_t cap)
{
  static const char tail[] = " department";
  static const char head[] = "department of ";
  const size_t nt = sizeof(tail) - 1u, nh = sizeof(head) - 1u;
  if (len > nt && !memcmp(key + len - nt, tail, nt) && len + 3u < cap) {
    memcpy(out, head, nh);
    memcpy(out + nh, key, len - nt);
    return nh + len - nt;
  }
  if (len > nh && !memcmp(key, head, nh) && len < cap) {
    memcpy(out, key + nh, len - nh);
    memcpy(out + len - nh, tail, nt);
    return len - nh + nt;
  }
  return 0;
}

/* Whether `key` starts with qualifier `q` then a space (rest in `*rest`),
   or ends with " of " + `q` (rest is the part before). */
static bool
strip_one(const char* key,
          size_t len,
          const char* q,
          const char** rest,
          size_t* rest_len)
{
  const size_t nq = strlen(q);
  if (len > nq + 1u && !memcmp(key, q, nq) && key[nq] == ' ') {
    *rest = key + nq + 1u;
    *rest_len = len - nq - 1u;
  } else if (len > nq + 4u && !memcmp(key + len - nq, q, nq) &&
             !memcmp(key + len - nq - 4u, " of ", 4u)) {
    *rest = key;
    *rest_len = len - nq - 4u;
  } else {
    return false;
  }
  if (*rest_len > 4u && !memcmp(*rest, "the ", 4u)) {
    *rest += 4u;
    *rest_len -= 4u;
  }
  return true;
}

/* `key` without the longest qualifier naming `party`, or false. */
static bool
strip_qualifier(const DkgRegistry* reg,
                const char* party,
                const char* key,
                size_t len,
                const char** rest,
                size_t* rest_len)
{
  const DkgCountry* c = dkg_registry_country(reg, party);
  bool found = false;
  for (size_t i = 0; c && i < c->n_qualifiers; ++i) {
    const char* r = NULL;
    size_t n = 0;
    if (strip_one(key, len, c->qualifiers[i], &r, &n) &&
        (!found || n < *rest_len)) {
      *rest = r;
      *rest_len = n;
      found = true;
    }
  }
  return found;
}

/* Tries `key`, then its department swap. */
static const DkgAgency*
agency_forms(const DkgRegistry* reg,
             const char* party,
             const char* key,
             size_t len)
{
  const DkgAgency* a = agency_by_key(reg, party, key, len);
  char swapped[512];
  const size_t n = a ? 0u : swap_department(key, len, swapped, sizeof(swapped));
  return a ? a : n ? agency_by_key(reg, party, swapped, n) : NULL;
}

/* `name` without a trailing "(ACRONYM)" — one word of at most 12 letters,
   digits, '-', '.' or '&' ("(DHS)", "(CERT-In)") — or its whole length: a
   remark such as "(23 people)" is not an acronym. */
static size_t
without_acronym(const char* name, size_t len)
{
  size_t end = len;
  while (end && (name[end - 1u] == ' ' || name[end - 1u] == '\t')) {
    --end;
  }
  if (!end || name[end - 1u] != ')') {
    return len;
  }
  size_t open = end - 1u;
  while (open > 0 && name[open - 1u] != '(') {
    const char c = name[open - 1u];
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '&';
    if (!ok || end - open > 12u) {
      return len;
    }
    --open;
  }
  return open > 1u && open + 1u < end ? open - 1u : len;
}

const DkgAgency*
dkg_registry_agency(const DkgRegistry* reg,
                    const char* party,
                    const char* name,
                    size_t len)
{
  const size_t lens[2] = { len, without_acronym(name, len) };
  const DkgAgency* found = NULL;
  for (int i = 0; i < 2 && !found; ++i) {
    if (i && lens[1] == len) {
      break;
    }
    DkgBuf key = name_key(name, lens[i]);
    if (key.buf) {
      found = agency_forms(reg, party, key.buf, key.len);
      const char* rest = NULL;
      size_t rest_len = 0;
      if (!found &&
          strip_qualifier(reg, party, key.buf, key.len, &rest, &rest_len)) {
        found = agency_forms(reg, party, rest, rest_len);
      }
    }
    dkg_buf_destroy(&key);
  }
  return found;
}

const DkgAgency*
dkg_registry_agency_anywhere(const DkgRegistry* reg,
                             const char* name,
                             size_t len)
{
  const void* found = lookup(&reg->anywhere, "", name, len);
  return found == &ambiguous ? NULL : (const DkgAgency*)found;
}

const DkgConcept*
dkg_registry_topic(const DkgRegistry* reg, const char* phrase, size_t len)
{
  return (const DkgConcept*)lookup(&reg->topics, "", phrase, len);
}

const DkgConcept*
dkg_registry_series(const DkgRegistry* reg, const char* name, size_t len)
{
  return (const DkgConcept*)lookup(&reg->series, "", name, len);
}

const DkgConcept*
dkg_registry_topic_scheme(const DkgRegistry* reg)
{
  return &reg->scheme;
}

size_t
dkg_registry_count(const DkgRegistry* reg, const char* kind)
{
  if (!strcmp(kind, "countries")) {
    return reg->n_countries;
  }
  if (!strcmp(kind, "organizations")) {
    return reg->n_organizations;
  }
  if (!strcmp(kind, "agencies")) {
    return reg->n_agencies;
  }
  if (!strcmp(kind, "topics")) {
    return reg->n_topics;
  }
  return !strcmp(kind, "series") ? reg->n_series : 0u;
}

const char*
dkg_registry_files(const DkgRegistry* reg, const char* kind)
{
  for (int k = 0; k < N_KINDS; ++k) {
    if (!strcmp(kind, kind_names[k])) {
      return reg->files[k].buf ? reg->files[k].buf : "(no file)";
    }
  }
  return "(no file)";
}
