#include "registry.h"

#include "iri.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char ambiguous;

struct DkgRegistry
{
  DkgArena arena;
  DkgHash countries; /* alpha-2 -> DkgCountry */
  DkgHash agencies;  /* "CC key" -> DkgAgency */
  DkgHash anywhere;  /* key -> DkgAgency, or &ambiguous */
  DkgHash topics;    /* key -> DkgConcept */
  DkgHash series;    /* key -> DkgConcept */
  DkgConcept scheme;
  size_t n_countries;
  size_t n_agencies;
  size_t n_topics;
  size_t n_series;
};

/* One loaded JSON file, kept for locating problems by JSON path. */
typedef struct
{
  char* path;
  char* text;
  size_t len;
  cJSON* root;
} RefFile;

typedef struct
{
  DkgRegistry* reg;
  DkgDiag* diag;
  RefFile file;
  DkgHash agency_ids; /* "CC id" -> DkgAgency, across the agency files */
  bool failed;
} Loader;

static void report(Loader* ld, const char* json_path, const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

static void
report(Loader* ld, const char* json_path, const char* fmt, ...)
{
  char message[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);
  DkgRecordText rt = { ld->file.text, ld->file.len, ld->file.path, 0, 1, 1, 0 };
  DkgPlace place = { ld->file.path, 0, 0, NULL };
  if (ld->file.text && json_path) {
    dkg_record_text_locate(&rt, json_path, &place);
  }
  dkg_diag_report(ld->diag, DKG_ERROR, &place, "%s", message);
  ld->failed = true;
}

static DkgStatus
read_file(Loader* ld, const char* dir, const char* name)
{
  RefFile* f = &ld->file;
  const size_t plen = strlen(dir) + strlen(name) + 2u;
  f->path = (char*)malloc(plen);
  if (!f->path) {
    return DKG_ERR_NOMEM;
  }
  snprintf(f->path, plen, "%s/%s", dir, name);

  FILE* in = fopen(f->path, "rb");
  if (!in) {
    DkgPlace place = { f->path, 0, 0, NULL };
    dkg_diag_report(ld->diag,
                    DKG_ERROR,
                    &place,
                    "cannot open reference data: %s (use --data-dir or "
                    "DIALOGUEKG_DATA to say where data/ is)",
                    strerror(errno));
    return DKG_ERR_IO;
  }
  DkgBuf buf = { NULL, 0, 0 };
  char chunk[65536];
  size_t n = 0;
  bool ok = true;
  while (ok && (n = fread(chunk, 1, sizeof(chunk), in)) > 0) {
    ok = dkg_buf_append(&buf, chunk, n);
  }
  const bool read_error = ferror(in) != 0;
  fclose(in);
  if (!ok) {
    dkg_buf_destroy(&buf);
    return DKG_ERR_NOMEM;
  }
  if (read_error) {
    DkgPlace place = { f->path, 0, 0, NULL };
    dkg_diag_report(ld->diag, DKG_ERROR, &place, "read error");
    dkg_buf_destroy(&buf);
    return DKG_ERR_IO;
  }
  f->text = buf.buf ? buf.buf : strdup("");
  f->len = buf.len;
  const char* end = NULL;
  f->root = cJSON_ParseWithLengthOpts(f->text, f->len, &end, false);
  if (!f->root || !cJSON_IsObject(f->root)) {
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
    return DKG_ERR_REFERENCE;
  }
  return DKG_SUCCESS;
}

static void
close_file(Loader* ld)
{
  cJSON_Delete(ld->file.root);
  free(ld->file.text);
  free(ld->file.path);
  memset(&ld->file, 0, sizeof(ld->file));
}

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

static const char*
copy_str(Loader* ld, const cJSON* item)
{
  const char* copy = dkg_arena_strndup(
    &ld->reg->arena, item->valuestring, strlen(item->valuestring));
  if (!copy) {
    ld->failed = true;
  }
  return copy;
}

/* A required string member, or NULL (reported). */
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
  return copy_str(ld, item);
}

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
      return NULL;
    }
    out[(*n)++] = copy_str(ld, item);
  }
  return out;
}

/* Registers `name` under `prefix` (a country code or "") in `hash`. */
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

/* An agency's name counts in its country, and anywhere while no agency of
   another country bears it too. */
static void
index_agency_name(Loader* ld, DkgAgency* a, const char* name, const char* path)
{
  index_name(ld, &ld->reg->agencies, a->country, name, a, path);
  DkgBuf key = { NULL, 0, 0 };
  if (dkg_name_key(&key, name, strlen(name)) && key.len) {
    void* existing = NULL;
    if (!dkg_hash_put(&ld->reg->anywhere, key.buf, key.len, a, &existing)) {
      ld->failed = true;
    } else if (existing && existing != a) {
      dkg_hash_put(&ld->reg->anywhere, key.buf, key.len, &ambiguous, NULL);
    }
  }
  dkg_buf_destroy(&key);
}

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

static void
load_countries(Loader* ld)
{
  const cJSON* arr =
    cJSON_GetObjectItemCaseSensitive(ld->file.root, "countries");
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
    if (strlen(c->alpha2) != 2u || strlen(c->alpha3) != 3u) {
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

static void
load_agencies(Loader* ld)
{
  DkgRegistry* reg = ld->reg;
  const cJSON* arr =
    cJSON_GetObjectItemCaseSensitive(ld->file.root, "agencies");
  if (!cJSON_IsArray(arr)) {
    report(ld, "", "missing array \"%s\"", "agencies");
    return;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  DkgAgency** all = (DkgAgency**)calloc(count ? count : 1u, sizeof(void*));
  if (!all) {
    ld->failed = true;
    return;
  }
  DkgHash* by_id = &ld->agency_ids;
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[64];
    snprintf(path, sizeof(path), "/agencies/%d", i);
    DkgAgency* a = (DkgAgency*)alloc(ld, sizeof(DkgAgency));
    if (!a) {
      break;
    }
    all[i++] = a;
    a->id = get_string(ld, obj, "id", path, true);
    a->country = get_string(ld, obj, "country", path, true);
    a->name = get_string(ld, obj, "name", path, true);
    a->alt_names =
      get_strings(ld, obj, "alternative_names", path, &a->n_alt_names);
    a->acronyms = get_strings(ld, obj, "acronyms", path, &a->n_acronyms);
    if (!a->id || !a->country || !a->name) {
      continue;
    }
    if (!valid_id(a->id)) {
      report(ld, path, "id \"%s\" must be made of a-z, 0-9 and '-'", a->id);
    }
    if (!dkg_hash_get(&reg->countries, a->country, strlen(a->country))) {
      report(ld, path, "unknown country code \"%s\"", a->country);
    }
    char id_key[512];
    snprintf(id_key, sizeof(id_key), "%s %s", a->country, a->id);
    void* existing = NULL;
    dkg_hash_put(by_id, id_key, strlen(id_key), a, &existing);
    if (existing) {
      report(ld, path, "agency id \"%s\" appears twice", a->id);
    }
    index_agency_name(ld, a, a->name, path);
    for (size_t k = 0; k < a->n_alt_names; ++k) {
      index_agency_name(ld, a, a->alt_names[k], path);
    }
    for (size_t k = 0; k < a->n_acronyms; ++k) {
      index_agency_name(ld, a, a->acronyms[k], path);
    }
    ++reg->n_agencies;
  }

  /* Parents are resolved once every id is known. */
  if (ld->failed && (size_t)i < count) {
    free(all); /* out of memory before every agency was read */
    return;
  }
  i = 0;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[64];
    DkgAgency* a = all[i];
    snprintf(path, sizeof(path), "/agencies/%d/parent", i++);
    const cJSON* parent = cJSON_GetObjectItemCaseSensitive(obj, "parent");
    if (!parent || cJSON_IsNull(parent) || !a->country) {
      continue;
    }
    if (!cJSON_IsString(parent)) {
      report(ld, path, "\"%s\" must be an agency id or null", "parent");
      continue;
    }
    char id_key[512];
    snprintf(id_key, sizeof(id_key), "%s %s", a->country, parent->valuestring);
    a->parent = (const DkgAgency*)dkg_hash_get(by_id, id_key, strlen(id_key));
    if (!a->parent) {
      report(ld,
             path,
             "parent \"%s\" is no agency of the same country",
             parent->valuestring);
    }
  }
  /* A parent chain must end. */
  for (size_t k = 0; k < count; ++k) {
    size_t steps = 0;
    for (const DkgAgency* p = all[k]->parent; p && steps <= count;
         p = p->parent) {
      ++steps;
    }
    if (steps > count) {
      char path[64];
      snprintf(path, sizeof(path), "/agencies/%zu/parent", k);
      report(ld, path, "parent chain of \"%s\" is a cycle", all[k]->id);
    }
  }
  free(all);
}

static void
load_concepts(Loader* ld,
              const char* member,
              const char* alt_member,
              DkgHash* hash,
              size_t* n)
{
  const cJSON* arr = cJSON_GetObjectItemCaseSensitive(ld->file.root, member);
  if (!cJSON_IsArray(arr)) {
    report(ld, "", "missing array \"%s\"", member);
    return;
  }
  DkgHash ids;
  dkg_hash_init(&ids);
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    char path[64];
    snprintf(path, sizeof(path), "/%s/%d", member, i++);
    DkgConcept* c = (DkgConcept*)alloc(ld, sizeof(DkgConcept));
    if (!c) {
      break;
    }
    c->id = get_string(ld, obj, "id", path, true);
    c->label = get_string(
      ld, obj, strcmp(member, "series") ? "label" : "name", path, true);
    c->alt_labels = get_strings(ld, obj, alt_member, path, &c->n_alt_labels);
    if (!c->id || !c->label) {
      continue;
    }
    if (!valid_id(c->id)) {
      report(ld, path, "id \"%s\" must be made of a-z, 0-9 and '-'", c->id);
    }
    void* existing = NULL;
    dkg_hash_put(&ids, c->id, strlen(c->id), c, &existing);
    if (existing) {
      report(ld, path, "id \"%s\" appears twice", c->id);
    }
    index_name(ld, hash, "", c->label, c, path);
    for (size_t k = 0; k < c->n_alt_labels; ++k) {
      index_name(ld, hash, "", c->alt_labels[k], c, path);
    }
    ++*n;
  }
  dkg_hash_destroy(&ids);
}

static bool
has_file(const char* dir, const char* name)
{
  char path[4096];
  const int n = snprintf(path, sizeof(path), "%s/%s", dir, name);
  return n > 0 && (size_t)n < sizeof(path) && access(path, F_OK) == 0;
}

static DkgStatus
load_one(Loader* ld,
         const char* dir,
         const char* name,
         void (*load)(Loader* ld))
{
  DkgStatus st = read_file(ld, dir, name);
  if (!st) {
    load(ld);
  }
  close_file(ld);
  return st ? st : ld->failed ? DKG_ERR_REFERENCE : DKG_SUCCESS;
}

static void
load_topics(Loader* ld)
{
  const cJSON* scheme =
    cJSON_GetObjectItemCaseSensitive(ld->file.root, "scheme");
  if (!cJSON_IsObject(scheme)) {
    report(ld, "", "missing object \"%s\"", "scheme");
    return;
  }
  ld->reg->scheme.id = get_string(ld, scheme, "id", "/scheme", true);
  ld->reg->scheme.label = get_string(ld, scheme, "label", "/scheme", true);
  load_concepts(
    ld, "topics", "alternative_labels", &ld->reg->topics, &ld->reg->n_topics);
}

static void
load_series(Loader* ld)
{
  load_concepts(
    ld, "series", "alternative_names", &ld->reg->series, &ld->reg->n_series);
}

DkgStatus
dkg_registry_load(const char* dir, DkgDiag* diag, DkgRegistry** out)
{
  DkgRegistry* reg = (DkgRegistry*)calloc(1, sizeof(DkgRegistry));
  if (!reg) {
    return DKG_ERR_NOMEM;
  }
  dkg_arena_init(&reg->arena, 65536u);
  dkg_hash_init(&reg->countries);
  dkg_hash_init(&reg->agencies);
  dkg_hash_init(&reg->anywhere);
  dkg_hash_init(&reg->topics);
  dkg_hash_init(&reg->series);

  Loader ld;
  memset(&ld, 0, sizeof(ld));
  ld.reg = reg;
  ld.diag = diag;
  dkg_hash_init(&ld.agency_ids);
  DkgStatus st = load_one(&ld, dir, "countries.json", load_countries);
  if (!st) {
    st = load_one(&ld, dir, "agencies.json", load_agencies);
  }
  if (!st && has_file(dir, "agencies-extended.json")) {
    /* Optional: agencies not named by the seed texts (data/README.md). */
    st = load_one(&ld, dir, "agencies-extended.json", load_agencies);
  }
  if (!st) {
    st = load_one(&ld, dir, "topics.json", load_topics);
  }
  if (!st) {
    st = load_one(&ld, dir, "series.json", load_series);
  }
  dkg_hash_destroy(&ld.agency_ids);
  if (st) {
    dkg_registry_free(reg);
    reg = NULL;
  }
  *out = reg;
  return st;
}

void
dkg_registry_free(DkgRegistry* reg)
{
  if (reg) {
    dkg_hash_destroy(&reg->countries);
    dkg_hash_destroy(&reg->agencies);
    dkg_hash_destroy(&reg->anywhere);
    dkg_hash_destroy(&reg->topics);
    dkg_hash_destroy(&reg->series);
    dkg_arena_destroy(&reg->arena);
    free(reg);
  }
}

const DkgCountry*
dkg_registry_country(const DkgRegistry* reg, const char* alpha2)
{
  return (const DkgCountry*)dkg_hash_get(
    &reg->countries, alpha2, strlen(alpha2));
}

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

const DkgAgency*
dkg_registry_agency(const DkgRegistry* reg,
                    const char* country,
                    const char* name,
                    size_t len)
{
  return (const DkgAgency*)lookup(&reg->agencies, country, name, len);
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
  if (!strcmp(kind, "agencies")) {
    return reg->n_agencies;
  }
  if (!strcmp(kind, "topics")) {
    return reg->n_topics;
  }
  return !strcmp(kind, "series") ? reg->n_series : 0u;
}
