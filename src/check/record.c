#include "check/record.h"

#include "mint/iri_check.h"
#include "mint/lang_check.h"
#include "mint/name.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hashmap.h"
#include "util/printf.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct DkgRecordParser
{
  const DkgRegistry* reg;
  DkgDiag* diag;
  DkgArena arena;
  DkgBuf scratch;
  cJSON* root;
  const DkgRecordText* text;
  bool failed;
  size_t n_problems; /* reported in this record */
  size_t n_hidden;   /* past DKG_RECORD_SHOWN: counted, not shown */
  DkgHash parties;   /* this record's participants -> MARK */
  DkgHash delegated; /* participants with a delegation -> MARK */
};

static char mark;
#define MARK ((void*)&mark)

/* Finding a value's line and column scans the record, so only the first
   DKG_RECORD_PLACED problems of a record are placed exactly (the others at
   the record's start, with their JSON path), and past DKG_RECORD_SHOWN
   they are only counted: a record with 100,000 bad members costs linear
   time and one summary line. */
#ifndef DKG_RECORD_PLACED
#  define DKG_RECORD_PLACED 64u
#endif
#ifndef DKG_RECORD_SHOWN
#  define DKG_RECORD_SHOWN 100u
#endif

/* cJSON allocates each node with malloc() and frees it again: a third of a
   record's cost.  While this thread parses a record, its nodes come from
   the parser's arena instead (freed all at once by the next record), and
   frees of them are ignored; any other cJSON use, in any thread, goes to
   malloc() and free() as before. */
static __thread DkgArena* parse_arena;

/* cJSON's allocator: from the record's arena while this thread parses. */
static void*
hook_malloc(size_t size)
{
  return parse_arena ? dkg_arena_alloc(parse_arena, size) : malloc(size);
}

/* cJSON's free: nothing for arena memory (freed with the arena). */
static void
hook_free(void* ptr)
{
  if (!parse_arena) {
    free(ptr);
  }
}

DkgRecordParser*
dkg_record_parser_new(const DkgRegistry* reg, DkgDiag* diag)
{
  /* Sets the same hooks every time: callers create parsers before they
     start threads (src/cli/pipeline.c). */
  cJSON_Hooks hooks = { hook_malloc, hook_free };
  cJSON_InitHooks(&hooks);

  DkgRecordParser* p = (DkgRecordParser*)calloc(1, sizeof(DkgRecordParser));
  if (p) {
    p->reg = reg;
    p->diag = diag;
    dkg_arena_init(&p->arena, 65536u); /* a record and its cJSON tree */
    dkg_hash_init(&p->parties);
    dkg_hash_init(&p->delegated);
  }
  return p;
}

void
dkg_record_parser_free(DkgRecordParser* parser)
{
  if (parser) {
    dkg_arena_destroy(&parser->arena); /* holds parser->root */
    dkg_hash_destroy(&parser->parties);
    dkg_hash_destroy(&parser->delegated);
    dkg_buf_destroy(&parser->scratch);
    free(parser);
  }
}

static void problem(DkgRecordParser* p,
                    DkgSeverity severity,
                    const char* path,
                    const char* fmt,
                    ...) DKG_PRINTF(4, 5);

/* Reports a problem at the value found at JSON path `path`. */
static void
problem(DkgRecordParser* p,
        DkgSeverity severity,
        const char* path,
        const char* fmt,
        ...)
{
  char message[1024];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);

  if (severity == DKG_ERROR) {
    p->failed = true;
  }
  if (++p->n_problems > DKG_RECORD_SHOWN) {
    ++p->n_hidden;
    return;
  }
  DkgPlace place = { p->text->file, p->text->line, p->text->col, path };
  if (p->n_problems <= DKG_RECORD_PLACED) {
    dkg_record_text_locate(p->text, path, &place);
  }
  dkg_diag_report(p->diag, severity, &place, "%s", message);
}

/* A path buffer that child paths are appended to and cut back from. */
typedef struct
{
  char buf[512];
  size_t len;
} Path;

/* Appends /KEY (escaped as RFC 6901 says) to `path`; returns the length
   to give path_pop(). */
static size_t
path_push(Path* path, const char* key)
{
  const size_t old = path->len;
  size_t at = old;
  if (at + 1u < sizeof(path->buf)) {
    path->buf[at++] = '/';
  }
  for (const char* k = key; *k && at + 3u < sizeof(path->buf); ++k) {
    if (*k == '~' || *k == '/') {
      path->buf[at++] = '~';
      path->buf[at++] = *k == '~' ? '0' : '1';
    } else {
      path->buf[at++] = *k;
    }
  }
  path->buf[at] = '\0';
  path->len = at;
  return old;
}

/* Appends /INDEX to `path`; returns the length to give path_pop(). */
static size_t
path_push_index(Path* path, int index)
{
  char key[24];
  char* k = key + sizeof(key) - 1u;
  unsigned n = index < 0 ? 0u : (unsigned)index;
  *k = '\0';
  do {
    *--k = (char)('0' + n % 10u);
    n /= 10u;
  } while (n);
  return path_push(path, k);
}

/* Cuts `path` back to length `old`. */
static void
path_pop(Path* path, size_t old)
{
  path->len = old;
  path->buf[old] = '\0';
}

/* "a string", "a number", ...: the JSON type of `item`, for messages. */
static const char*
type_name(const cJSON* item)
{
  if (cJSON_IsString(item)) {
    return "a string";
  }
  if (cJSON_IsNumber(item)) {
    return "a number";
  }
  if (cJSON_IsBool(item)) {
    return "a boolean";
  }
  if (cJSON_IsNull(item)) {
    return "null";
  }
  if (cJSON_IsArray(item)) {
    return "an array";
  }
  return "an object";
}

/* The bytes check_text() looks at: NUL (the end), C0 controls, DEL, and
   the first bytes of the UTF-8 forms of C1 controls (0xC2) and of U+FFFE
   and U+FFFF (0xEF).  Every other byte is skipped through this table. */
static const unsigned char text_stop[256] = {
  1,          1,          1,          1, 1, 1, 1, 1,
  1,          1,          1,          1, 1, 1, 1, 1, /* 0x00 */
  1,          1,          1,          1, 1, 1, 1, 1,
  1,          1,          1,          1, 1, 1, 1, 1, /* 0x10 */
  [0x7F] = 1, [0xC2] = 1, [0xEF] = 1,
};

/* Checks the characters of a string value: no control characters. */
static bool
check_text(DkgRecordParser* p, const char* str, const char* path)
{
  const unsigned char* s = (const unsigned char*)str;
  for (size_t i = 0;; ++i) {
    /* Four bytes a round; each test stops at the NUL before reading on. */
    while (!text_stop[s[i]] && !text_stop[s[i + 1]] && !text_stop[s[i + 2]] &&
           !text_stop[s[i + 3]]) {
      i += 4u;
    }
    while (!text_stop[s[i]]) {
      ++i;
    }
    if (!s[i]) {
      break;
    }
    if (s[i] < 0x20u || s[i] == 0x7Fu) {
      problem(p,
              DKG_ERROR,
              path,
              "control character U+%04X is not allowed in a value",
              s[i]);
      return false;
    }
    if (s[i] == 0xC2u && s[i + 1] >= 0x80u && s[i + 1] <= 0x9Fu) {
      problem(p,
              DKG_ERROR,
              path,
              "control character U+%04X is not allowed in a value",
              s[i + 1]);
      return false;
    }
    if (s[i] == 0xEFu && s[i + 1] == 0xBFu &&
        (s[i + 2] == 0xBEu || s[i + 2] == 0xBFu)) {
      /* Not characters: XML 1.0 forbids them, so RDF/XML cannot hold them. */
      problem(p,
              DKG_ERROR,
              path,
              "U+%04X is not a character and is not allowed in a value",
              0xFFFEu + (s[i + 2] - 0xBEu));
      return false;
    }
  }
  return true;
}

/* A string value that is not empty and has something to make a name of. */
static const char*
check_name(DkgRecordParser* p, const cJSON* item, const char* path)
{
  if (!cJSON_IsString(item)) {
    problem(p, DKG_ERROR, path, "expected a string, found %s", type_name(item));
    return NULL;
  }
  const char* str = item->valuestring;
  if (!check_text(p, str, path)) {
    return NULL;
  }
  /* An ASCII letter or digit is always kept in the slug: only names
     without one need the slug made to know. */
  bool empty = true;
  for (const char* c = str; *c && empty; ++c) {
    empty = !((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
              (*c >= '0' && *c <= '9'));
  }
  dkg_buf_clear(&p->scratch);
  if (empty && dkg_slug_append(&p->scratch, str, strlen(str), &empty) &&
      empty) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" has no letters or digits to make a name of",
            str);
    return NULL;
  }
  return str;
}

/* The string `item`, or NULL (reported) when it is none. */
static const char*
check_string(DkgRecordParser* p, const cJSON* item, const char* path)
{
  if (!cJSON_IsString(item)) {
    problem(p, DKG_ERROR, path, "expected a string, found %s", type_name(item));
    return NULL;
  }
  if (!item->valuestring[0]) {
    problem(p, DKG_ERROR, path, "empty string");
    return NULL;
  }
  return check_text(p, item->valuestring, path) ? item->valuestring : NULL;
}

/* Days in `month` (1-12) of `year`, leap years counted. */
static int
days_in_month(int year, int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) {
    return 29;
  }
  return days[month - 1];
}

/* True when s[0..n) are ASCII digits. */
static bool
digits(const char* s, size_t n)
{
  for (size_t i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

bool
dkg_date_check(const char* date, bool partial)
{
  const size_t len = strlen(date);
  if (len < 4u || !digits(date, 4u)) {
    return false;
  }
  const int year = atoi(date);
  if (len == 4u) {
    return partial;
  }
  if (len < 7u || date[4] != '-' || !digits(date + 5, 2u)) {
    return false;
  }
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  if (month < 1 || month > 12) {
    return false;
  }
  if (len == 7u) {
    return partial;
  }
  if (len != 10u || date[7] != '-' || !digits(date + 8, 2u)) {
    return false;
  }
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  return day >= 1 && day <= days_in_month(year, month);
}

/* The date `item` (YYYY-MM-DD, with `partial` also YYYY-MM and YYYY),
   or NULL (reported) when it is none. */
static const char*
check_date(DkgRecordParser* p,
           const cJSON* item,
           const char* path,
           bool partial)
{
  const char* str = check_string(p, item, path);
  if (str && !dkg_date_check(str, partial)) {
    problem(p,
            DKG_ERROR,
            path,
            partial ? "\"%s\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                    : "\"%s\" is not a calendar date (YYYY-MM-DD)",
            str);
    return NULL;
  }
  return str;
}

/* The ISO 3166-1 alpha-2 code `item`, or NULL (reported). */
static const char*
check_country(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  if (str && !dkg_registry_country(p->reg, str)) {
    if (strlen(str) == 2u && str[0] >= 'a' && str[0] <= 'z') {
      problem(p,
              DKG_ERROR,
              path,
              "\"%s\" is not an ISO 3166-1 alpha-2 code (write it in "
              "upper case)",
              str);
    } else {
      problem(
        p, DKG_ERROR, path, "\"%s\" is not an ISO 3166-1 alpha-2 code", str);
    }
    return NULL;
  }
  return str;
}

/* A participant: an ISO 3166-1 code or an organization id. */
static const char*
check_party(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = cJSON_IsString(item) ? item->valuestring : NULL;
  if (str && str[0] >= 'A' && str[0] <= 'Z' &&
      dkg_registry_country(p->reg, str)) {
    return check_country(p, item, path); /* the usual case: "JP" */
  }
  if (str && dkg_registry_organization(p->reg, str)) {
    return check_string(p, item, path);
  }
  char lower[64];
  size_t n = 0;
  for (; str && str[n] && n + 1u < sizeof(lower); ++n) {
    lower[n] =
      (char)((str[n] >= 'A' && str[n] <= 'Z') ? str[n] - 'A' + 'a' : str[n]);
  }
  lower[n] = '\0';
  if (str && dkg_registry_organization(p->reg, lower)) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is not an ISO 3166-1 alpha-2 code; the organization is "
            "written \"%s\" (data/organizations.json)",
            str,
            lower);
    return NULL;
  }
  if (str && strlen(str) != 2u) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is neither an ISO 3166-1 alpha-2 code nor an "
            "organization id (data/organizations.json, or a --registry file)",
            str);
    return NULL;
  }
  return check_country(p, item, path);
}

/* The absolute IRI `item` (mint/iri_check.h), or NULL (reported). */
static const char*
check_iri(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  const char* why = NULL;
  size_t at = 0;
  if (str && !dkg_iri_check(str, strlen(str), &why, &at)) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is not a valid IRI: %s (at byte %zu)",
            str,
            why,
            at);
    return NULL;
  }
  if (str && strncmp(str, "http://", 7) && strncmp(str, "https://", 8)) {
    problem(
      p, DKG_ERROR, path, "\"%s\": a source URL must be http or https", str);
    return NULL;
  }
  return str;
}

/* Members of an object, checked for duplicates and unknown keys. */
typedef struct
{
  const char* const* known;
} Shape;

/* True when `key` is one of `known` (NULL-terminated). */
static bool
is_known(const char* key, const char* const* known)
{
  for (; *known; ++known) {
    if (!strcmp(key, *known)) {
      return true;
    }
  }
  return false;
}

static bool
check_object(DkgRecordParser* p,
             const cJSON* obj,
             Path* path,
             const char* const* known)
{
  if (!cJSON_IsObject(obj)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an object, found %s", type_name(obj));
    return false;
  }
  /* Duplicate keys: records have a dozen members at most, so comparing
     with the earlier ones is faster than a hash set until objects are
     large. */
  size_t n_members = 0;
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, obj)
  {
    ++n_members;
  }
  const bool small = n_members <= 32u;
  DkgHash seen;
  dkg_hash_init(&seen);
  cJSON_ArrayForEach(item, obj)
  {
    void* existing = NULL;
    if (small) {
      for (const cJSON* e = obj->child; e != item && !existing; e = e->next) {
        existing = strcmp(e->string, item->string) ? NULL : (void*)&seen;
      }
    } else {
      dkg_hash_put(&seen, item->string, strlen(item->string), &seen, &existing);
    }
    const bool unknown =
      !existing && item->string[0] != '$' && !is_known(item->string, known);
    if (existing || unknown) { /* the member's path is made only then */
      const size_t old = path_push(path, item->string);
      if (existing) {
        problem(p, DKG_ERROR, path->buf, "duplicate key \"%s\"", item->string);
      } else {
        problem(p,
                DKG_ERROR,
                path->buf,
                "unknown field \"%s\" (keys that begin with '$' are "
                "ignored)",
                item->string);
      }
      path_pop(path, old);
    }
  }
  dkg_hash_destroy(&seen);
  return true;
}

/* The member `key` of `obj` (the first one, as cJSON's own lookup), or
   NULL.  The first byte is compared before the call to strcmp(): records
   are checked member by member, a dozen lookups an object. */
static const cJSON*
member(const cJSON* obj, const char* key)
{
  if (!obj || !cJSON_IsObject(obj)) {
    return NULL;
  }
  for (const cJSON* item = obj->child; item; item = item->next) {
    if (item->string && item->string[0] == key[0] &&
        !strcmp(item->string, key)) {
      return item;
    }
  }
  return NULL;
}

/* `n` zeroed items of `size` in the record's arena; NULL (and the parse
   failed) when out of memory. */
static void*
alloc_array(DkgRecordParser* p, size_t n, size_t size)
{
  void* mem = dkg_arena_alloc(&p->arena, (n ? n : 1u) * size);
  if (mem) {
    memset(mem, 0, (n ? n : 1u) * size);
  }
  return mem;
}

typedef const char* (*StringCheck)(DkgRecordParser* p,
                                   const cJSON* item,
                                   const char* path);

/* An optional array of strings, each checked with `check`. */
static const char**
check_strings(DkgRecordParser* p,
              const cJSON* arr,
              Path* path,
              size_t* n,
              StringCheck check)
{
  *n = 0;
  if (!arr) {
    return NULL;
  }
  if (!cJSON_IsArray(arr)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an array, found %s", type_name(arr));
    return NULL;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  const char** out = (const char**)alloc_array(p, count, sizeof(char*));
  if (!out) {
    p->failed = true;
    return NULL;
  }
  int i = 0;
  const cJSON* item = NULL;
  cJSON_ArrayForEach(item, arr)
  {
    const size_t old = path_push_index(path, i++);
    const char* str = check(p, item, path->buf);
    if (str) {
      out[(*n)++] = str;
    }
    path_pop(path, old);
  }
  return out;
}

/* Member `key` of `obj` checked by `check`, or NULL when absent or bad
   (reported). */
static const char*
optional(DkgRecordParser* p,
         const cJSON* obj,
         const char* key,
         Path* path,
         StringCheck check)
{
  const cJSON* item = member(obj, key);
  if (!item) {
    return NULL;
  }
  const size_t old = path_push(path, key);
  const char* str = check(p, item, path->buf);
  path_pop(path, old);
  return str;
}

/* As optional(), and its absence reported. */
static const char*
required(DkgRecordParser* p,
         const cJSON* obj,
         const char* key,
         Path* path,
         StringCheck check)
{
  if (!member(obj, key)) {
    problem(p, DKG_ERROR, path->buf, "missing required field \"%s\"", key);
    return NULL;
  }
  return optional(p, obj, key, path, check);
}

/* check_date() of a full date. */
static const char*
check_date_full(DkgRecordParser* p, const cJSON* item, const char* path)
{
  return check_date(p, item, path, false);
}

/* check_date() of a full or partial date. */
static const char*
check_date_partial(DkgRecordParser* p, const cJSON* item, const char* path)
{
  return check_date(p, item, path, true);
}

/* The location object `obj` into `loc` (name and country, each checked). */
static void
check_location(DkgRecordParser* p,
               const cJSON* obj,
               Path* path,
               DkgLocation* loc)
{
  static const char* const known[] = { "name", "country", NULL };
  if (!obj || !check_object(p, obj, path, known)) {
    return;
  }
  loc->name = required(p, obj, "name", path, check_name);
  loc->country = optional(p, obj, "country", path, check_country);
}

static void
check_person(DkgRecordParser* p,
             const cJSON* obj,
             Path* path,
             DkgPerson* person,
             const char** country)
{
  static const char* const head_keys[] = { "name", "title", "agency", NULL };
  static const char* const attendee_keys[] = {
    "name", "title", "country", NULL
  };
  if (!check_object(p, obj, path, country ? attendee_keys : head_keys)) {
    return;
  }
  person->name = required(p, obj, "name", path, check_name);
  person->title = optional(p, obj, "title", path, check_string);
  if (country) {
    *country = optional(p, obj, "country", path, check_country);
  } else {
    person->agency = optional(p, obj, "agency", path, check_name);
  }
}

/* "head": one person or a non-empty array of them. */
static void
check_heads(DkgRecordParser* p, const cJSON* head, Path* path, DkgDelegation* d)
{
  const bool many = cJSON_IsArray(head);
  const size_t count = many ? (size_t)cJSON_GetArraySize(head) : 1u;
  if (many && !count) {
    problem(p, DKG_ERROR, path->buf, "an empty array of heads");
    return;
  }
  d->heads = (DkgPerson*)alloc_array(p, count, sizeof(DkgPerson));
  if (!d->heads) {
    p->failed = true;
    return;
  }
  int i = 0;
  const cJSON* one = NULL;
  for (one = many ? head->child : head; one; one = many ? one->next : NULL) {
    const size_t old = many ? path_push_index(path, i++) : path->len;
    DkgPerson* person = &d->heads[d->n_heads];
    check_person(p, one, path, person, NULL);
    d->n_heads += person->name ? 1u : 0u;
    path_pop(path, old);
  }
}

/* "delegations": each of a participant, with its heads and agencies,
   into r->delegations; problems reported. */
static void
check_delegations(DkgRecordParser* p,
                  const cJSON* arr,
                  Path* path,
                  DkgRecord* r)
{
  static const char* const known[] = { "country", "head", "agencies", NULL };
  if (!cJSON_IsArray(arr)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an array, found %s", type_name(arr));
    return;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  r->delegations = (DkgDelegation*)alloc_array(p, count, sizeof(DkgDelegation));
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    const size_t old = path_push_index(path, i++);
    DkgDelegation* d = &r->delegations[r->n_delegations];
    if (check_object(p, obj, path, known)) {
      d->country = required(p, obj, "country", path, check_party);
      const cJSON* head = member(obj, "head");
      if (head) {
        const size_t o2 = path_push(path, "head");
        check_heads(p, head, path, d);
        path_pop(path, o2);
      }
      const size_t o3 = path_push(path, "agencies");
      d->agencies = check_strings(
        p, member(obj, "agencies"), path, &d->n_agencies, check_name);
      path_pop(path, o3);
      void* duplicate = NULL;
      const bool participant =
        d->country &&
        dkg_hash_get(&p->parties, d->country, strlen(d->country)) != NULL;
      if (participant &&
          !dkg_hash_put(
            &p->delegated, d->country, strlen(d->country), MARK, &duplicate)) {
        p->failed = true;
      }
      if (duplicate) {
        problem(p,
                DKG_ERROR,
                path->buf,
                "a second delegation of %s in one dialogue",
                d->country);
      } else if (d->country && !participant) {
        problem(p,
                DKG_ERROR,
                path->buf,
                "delegation of %s, which is not among \"participants\"",
                d->country);
      } else if (d->country) {
        ++r->n_delegations;
      }
    }
    path_pop(path, old);
  }
}

/* "sources": objects of optional url, title, publisher, published, kind
   and dateline, each checked, into r->sources. */
static void
check_sources(DkgRecordParser* p, const cJSON* arr, Path* path, DkgRecord* r)
{
  static const char* const known[] = { "url",       "title", "publisher",
                                       "published", "kind",  "dateline",
                                       NULL };
  if (!cJSON_IsArray(arr)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an array, found %s", type_name(arr));
    return;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  r->sources = (DkgSource*)alloc_array(p, count, sizeof(DkgSource));
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    const size_t old = path_push_index(path, i++);
    if (check_object(p, obj, path, known)) {
      DkgSource* s = &r->sources[r->n_sources++];
      s->url = optional(p, obj, "url", path, check_iri);
      s->title = optional(p, obj, "title", path, check_string);
      s->publisher = optional(p, obj, "publisher", path, check_name);
      s->published = optional(p, obj, "published", path, check_date_full);
      s->kind = optional(p, obj, "kind", path, check_string);
      s->dateline = optional(p, obj, "dateline", path, check_string);
    }
    path_pop(path, old);
  }
}

/* "related_events": each with a description, into r->related. */
static void
check_related(DkgRecordParser* p, const cJSON* arr, Path* path, DkgRecord* r)
{
  static const char* const known[] = {
    "description", "date", "location", "attendees", NULL
  };
  if (!cJSON_IsArray(arr)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an array, found %s", type_name(arr));
    return;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  r->related = (DkgRelatedEvent*)alloc_array(p, count, sizeof(DkgRelatedEvent));
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    const size_t old = path_push_index(path, i++);
    if (check_object(p, obj, path, known)) {
      DkgRelatedEvent* e = &r->related[r->n_related++];
      e->description = required(p, obj, "description", path, check_string);
      e->date = optional(p, obj, "date", path, check_date_partial);
      const size_t o2 = path_push(path, "location");
      check_location(p, member(obj, "location"), path, &e->location);
      path_pop(path, o2);
      const cJSON* att = member(obj, "attendees");
      const size_t o3 = path_push(path, "attendees");
      if (att && !cJSON_IsArray(att)) {
        problem(p,
                DKG_ERROR,
                path->buf,
                "expected an array, found %s",
                type_name(att));
      } else if (att) {
        const size_t n = (size_t)cJSON_GetArraySize(att);
        e->attendees = (DkgPerson*)alloc_array(p, n, sizeof(DkgPerson));
        e->attendee_countries = (const char**)alloc_array(p, n, sizeof(char*));
        int k = 0;
        const cJSON* a = NULL;
        cJSON_ArrayForEach(a, att)
        {
          const size_t o4 = path_push_index(path, k++);
          check_person(p,
                       a,
                       path,
                       &e->attendees[e->n_attendees],
                       &e->attendee_countries[e->n_attendees]);
          if (e->attendees[e->n_attendees].name) {
            ++e->n_attendees;
          }
          path_pop(path, o4);
        }
      }
      path_pop(path, o3);
    }
    path_pop(path, old);
  }
}

/* True when `id` is made of letters, digits and the id punctuation. */
static bool
valid_id(const char* id)
{
  for (const char* c = id; *c; ++c) {
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
          (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' || *c == '.' ||
          *c == '~')) {
      return false;
    }
  }
  /* "." and ".." would be dot segments of the dialogue's IRI. */
  return id[0] != '\0' && strcmp(id, ".") && strcmp(id, "..");
}

/* The record id `item`, or NULL (reported) when it is no valid id. */
static const char*
check_id(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  if (str && !valid_id(str)) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is not a valid id: use letters, digits, '-', '_', '.' "
            "and '~' only",
            str);
    return NULL;
  }
  return str;
}

/* The BCP 47 language tag `item`, or NULL (reported). */
static const char*
check_language(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  if (str && !dkg_lang_check(str)) {
    problem(p, DKG_ERROR, path, "\"%s\" is not a BCP 47 language tag", str);
    return NULL;
  }
  return str;
}

/* "held" or "announced", or NULL (reported). */
static const char*
check_status(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  if (str && strcmp(str, "held") && strcmp(str, "announced")) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is not a status: use \"held\" or \"announced\"",
            str);
    return NULL;
  }
  return str;
}

/* "in-person", "virtual" or "hybrid", or NULL (reported). */
static const char*
check_attendance(DkgRecordParser* p, const cJSON* item, const char* path)
{
  const char* str = check_string(p, item, path);
  if (str && strcmp(str, "in-person") && strcmp(str, "virtual") &&
      strcmp(str, "hybrid")) {
    problem(p,
            DKG_ERROR,
            path,
            "\"%s\" is not an attendance: use \"in-person\", \"virtual\" "
            "or \"hybrid\"",
            str);
    return NULL;
  }
  return str;
}

/* "round": a whole number from 1 to 1000000, into r->round (reported
   when not). */
static void
check_round(DkgRecordParser* p, const cJSON* item, Path* path, DkgRecord* r)
{
  if (!item) {
    return;
  }
  const size_t old = path_push(path, "round");
  if (!cJSON_IsNumber(item)) {
    problem(p,
            DKG_ERROR,
            path->buf,
            "expected a whole number, found %s",
            type_name(item));
  } else if (!isfinite(item->valuedouble) || item->valuedouble < 1.0 ||
             item->valuedouble > 1000000.0 ||
             floor(item->valuedouble) != item->valuedouble) {
    problem(p,
            DKG_ERROR,
            path->buf,
            "round must be a whole number from 1 to 1000000");
  } else {
    r->round = (long)item->valuedouble;
  }
  path_pop(path, old);
}

/* Participant codes in the order of their lower-case forms ("cn" < "eu"
   < "us"). */
static int
compare_codes(const void* a, const void* b)
{
  const unsigned char* x = *(const unsigned char* const*)a;
  const unsigned char* y = *(const unsigned char* const*)b;
  for (;; ++x, ++y) {
    const int cx = (*x >= 'A' && *x <= 'Z') ? *x - 'A' + 'a' : *x;
    const int cy = (*y >= 'A' && *y <= 'Z') ? *y - 'A' + 'a' : *y;
    if (cx != cy || !cx) {
      return cx - cy;
    }
  }
}

/* A one-off meeting's id: DATE-cc-cc..., the participants in lower case
   and sorted, so that their order in the record does not matter. */
static const char*
derive_oneoff_id(DkgRecordParser* p, const DkgRecord* r)
{
  const char** codes =
    (const char**)alloc_array(p, r->n_participants, sizeof(char*));
  if (!codes) {
    return NULL;
  }
  memcpy(codes, r->participants, r->n_participants * sizeof(char*));
  qsort(codes, r->n_participants, sizeof(char*), compare_codes);
  DkgBuf* b = &p->scratch;
  dkg_buf_clear(b);
  dkg_buf_puts(b, r->date);
  for (size_t i = 0; i < r->n_participants; ++i) {
    dkg_buf_puts(b, "-");
    for (const char* c = codes[i]; *c; ++c) {
      const char lower = (char)((*c >= 'A' && *c <= 'Z') ? *c - 'A' + 'a' : *c);
      dkg_buf_append(b, &lower, 1u);
    }
  }
  return b->buf ? dkg_arena_strndup(&p->arena, b->buf, b->len) : NULL;
}

/* Derives the id from the series (its registry id when it has one) and the
   round or date; without a series, from the date and participants. */
static const char*
derive_id(DkgRecordParser* p, const DkgRecord* r)
{
  if (!r->series) {
    return derive_oneoff_id(p, r);
  }
  const DkgConcept* series =
    dkg_registry_series(p->reg, r->series, strlen(r->series));
  DkgBuf* b = &p->scratch;
  bool empty = false;
  dkg_buf_clear(b);
  if (series) {
    dkg_buf_puts(b, series->id);
  } else {
    dkg_slug_append(b, r->series, strlen(r->series), &empty);
  }
  char tail[32];
  if (r->round) {
    snprintf(tail, sizeof(tail), "-%ld", r->round);
  } else {
    snprintf(tail, sizeof(tail), "-%s", r->date);
  }
  dkg_buf_puts(b, tail);
  return b->buf ? dkg_arena_strndup(&p->arena, b->buf, b->len) : NULL;
}

/* An offset of "evidence": a whole number from 0, or absent (-1). */
static long
check_offset(DkgRecordParser* p, const cJSON* obj, const char* key, Path* path)
{
  const cJSON* item = member(obj, key);
  if (!item) {
    return -1;
  }
  const size_t old = path_push(path, key);
  long value = -1;
  if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble) ||
      item->valuedouble < 0.0 || item->valuedouble > 1e15 ||
      floor(item->valuedouble) != item->valuedouble) {
    problem(p, DKG_ERROR, path->buf, "expected a whole number from 0");
  } else {
    value = (long)item->valuedouble;
  }
  path_pop(path, old);
  return value;
}

/* "evidence": each with a path and a quote, into r->evidence. */
static void
check_evidence(DkgRecordParser* p, const cJSON* arr, Path* path, DkgRecord* r)
{
  static const char* const known[] = { "path",  "quote", "sentence",
                                       "start", "end",   NULL };
  if (!cJSON_IsArray(arr)) {
    problem(
      p, DKG_ERROR, path->buf, "expected an array, found %s", type_name(arr));
    return;
  }
  const size_t count = (size_t)cJSON_GetArraySize(arr);
  r->evidence = (DkgEvidence*)alloc_array(p, count, sizeof(DkgEvidence));
  int i = 0;
  const cJSON* obj = NULL;
  cJSON_ArrayForEach(obj, arr)
  {
    const size_t old = path_push_index(path, i++);
    if (r->evidence && check_object(p, obj, path, known)) {
      DkgEvidence* ev = &r->evidence[r->n_evidence];
      ev->path = required(p, obj, "path", path, check_string);
      ev->quote = required(p, obj, "quote", path, check_string);
      ev->sentence = optional(p, obj, "sentence", path, check_string);
      ev->start = check_offset(p, obj, "start", path);
      ev->end = check_offset(p, obj, "end", path);
      if (ev->path && ev->path[0] != '/') {
        problem(p,
                DKG_ERROR,
                path->buf,
                "\"path\" must be a JSON Pointer into the record, such as "
                "\"/date\"");
      } else if (ev->start >= 0 && ev->end >= 0 && ev->end < ev->start) {
        problem(p, DKG_ERROR, path->buf, "\"end\" is before \"start\"");
      } else if (ev->path && ev->quote) {
        ++r->n_evidence;
      }
    }
    path_pop(path, old);
  }
}

/* The record's own fields: id, series, round, title, dates, status,
   language ("en" when absent) and attendance; each problem reported. */
static void
check_head_fields(DkgRecordParser* p,
                  const cJSON* root,
                  Path* path,
                  DkgRecord* r)
{
  r->id = optional(p, root, "id", path, check_id);
  r->series = optional(p, root, "series", path, check_name);
  check_round(p, member(root, "round"), path, r);
  r->title = optional(p, root, "title", path, check_string);
  r->date = required(p, root, "date", path, check_date_partial);
  r->end_date = optional(p, root, "end_date", path, check_date_partial);
  if (r->date && r->end_date && strcmp(r->end_date, r->date) < 0) {
    problem(p,
            DKG_ERROR,
            "/end_date",
            "end_date %s is before date %s",
            r->end_date,
            r->date);
  }
  r->status = optional(p, root, "status", path, check_status);
  r->language = optional(p, root, "language", path, check_language);
  r->attendance = optional(p, root, "attendance", path, check_attendance);
  if (!r->language) {
    r->language = "en";
  }
}

/* "location", which a virtual meeting may not have. */
static void
check_record_location(DkgRecordParser* p,
                      const cJSON* root,
                      Path* path,
                      DkgRecord* r)
{
  size_t old = path_push(path, "location");
  check_location(p, member(root, "location"), path, &r->location);
  if (r->attendance && !strcmp(r->attendance, "virtual") &&
      member(root, "location")) {
    problem(p,
            DKG_ERROR,
            path->buf,
            "a virtual meeting has no location (a video call is no place): "
            "remove \"location\", or write \"attendance\": \"hybrid\"");
  }
  path_pop(path, old);
}

/* "participants": at least two, each a country or organization, none twice. */
static void
check_participants(DkgRecordParser* p,
                   const cJSON* root,
                   Path* path,
                   DkgRecord* r)
{
  const cJSON* participants = member(root, "participants");
  const size_t old = path_push(path, "participants");
  if (!participants) {
    problem(p, DKG_ERROR, "", "missing required field \"participants\"");
  } else {
    r->participants =
      check_strings(p, participants, path, &r->n_participants, check_party);
    if (cJSON_IsArray(participants) && cJSON_GetArraySize(participants) < 2) {
      problem(
        p, DKG_ERROR, path->buf, "a dialogue needs at least two participants");
    }
    for (size_t i = 0; i < r->n_participants; ++i) {
      const char* code = r->participants[i];
      void* twice = NULL;
      if (!dkg_hash_put(&p->parties, code, strlen(code), MARK, &twice)) {
        p->failed = true;
      } else if (twice) {
        problem(p, DKG_ERROR, path->buf, "participant %s appears twice", code);
      }
    }
  }
  path_pop(path, old);
}

/* Checks the record `root` against the record contract and fills `r`;
   every problem is reported through the parser (p->failed on out of
   memory).  The id is derived when the record gives none. */
static void
check_record(DkgRecordParser* p, const cJSON* root, DkgRecord* r)
{
  static const char* const known[] = {
    "id",         "series",      "round",        "title",
    "date",       "end_date",    "status",       "language",
    "attendance", "location",    "participants", "topics",
    "venues",     "delegations", "sources",      "related_events",
    "evidence",   NULL
  };
  Path path = { "", 0 };
  if (!check_object(p, root, &path, known)) {
    return;
  }
  check_head_fields(p, root, &path, r);
  check_record_location(p, root, &path, r);
  check_participants(p, root, &path, r);

  size_t old = path_push(&path, "topics");
  r->topics =
    check_strings(p, member(root, "topics"), &path, &r->n_topics, check_name);
  path_pop(&path, old);
  old = path_push(&path, "venues");
  r->venues =
    check_strings(p, member(root, "venues"), &path, &r->n_venues, check_name);
  path_pop(&path, old);

  if (member(root, "delegations")) {
    old = path_push(&path, "delegations");
    check_delegations(p, member(root, "delegations"), &path, r);
    path_pop(&path, old);
  }
  if (member(root, "sources")) {
    old = path_push(&path, "sources");
    check_sources(p, member(root, "sources"), &path, r);
    path_pop(&path, old);
  }
  if (member(root, "related_events")) {
    old = path_push(&path, "related_events");
    check_related(p, member(root, "related_events"), &path, r);
    path_pop(&path, old);
  }
  if (member(root, "evidence")) {
    old = path_push(&path, "evidence");
    check_evidence(p, member(root, "evidence"), &path, r);
    path_pop(&path, old);
  }
  if (!p->failed && !r->id) {
    r->id = derive_id(p, r);
  }
}

DkgStatus
dkg_record_parse(DkgRecordParser* p,
                 const DkgRecordText* text,
                 DkgRecord* record)
{
  p->root = NULL; /* lives in the arena */
  dkg_arena_reset(&p->arena);
  memset(record, 0, sizeof(*record));
  p->text = text;
  p->failed = false;
  p->n_problems = 0;
  p->n_hidden = 0;
  dkg_hash_destroy(&p->parties);
  dkg_hash_init(&p->parties);
  dkg_hash_destroy(&p->delegated);
  dkg_hash_init(&p->delegated);

  const char* end = NULL;
  parse_arena = &p->arena;
  p->root = cJSON_ParseWithLengthOpts(text->text, text->len, &end, false);
  parse_arena = NULL;
  if (!p->root) {
    /* The reader already checked the lexical level: what is left is
       grammar (a missing colon, a bad literal, a number cJSON refuses). */
    size_t off = end && end >= text->text ? (size_t)(end - text->text) : 0u;
    if (off > text->len) {
      off = text->len;
    }
    DkgPlace place = { text->file, text->line, text->col, NULL };
    for (size_t i = 0; i < off; ++i) {
      if (text->text[i] == '\n') {
        ++place.line;
        place.col = 1;
      } else {
        ++place.col;
      }
    }
    dkg_diag_report(p->diag, DKG_ERROR, &place, "malformed JSON");
    return DKG_ERR_SYNTAX;
  }
  check_record(p, p->root, record);
  if (p->n_hidden) {
    DkgPlace place = { text->file, text->line, text->col, NULL };
    dkg_diag_report(p->diag,
                    p->failed ? DKG_ERROR : DKG_WARNING,
                    &place,
                    "%zu more problems in this record are not shown",
                    p->n_hidden);
  }
  return p->failed ? DKG_ERR_RECORD : DKG_SUCCESS;
}
