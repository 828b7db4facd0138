/*
  Runs the W3C JSON-LD 1.1 fromRdf test suite against the expanded mode of
  the JSON-LD sink.

  Usage: test_jsonld_fromrdf DIR   (DIR = json-ld-api/tests)

  Each test's N-Quads input is parsed with raptor2 and fed to the sink; the
  output is compared with the expected document by JSON-LD object comparison
  as the suite's README prescribes: objects member by member, arrays without
  regard to order except the values of @list, language tags case-insensitive.
  Negative tests must make the sink fail.
*/

#include "dialoguekg/dialoguekg.h"

#include "check.h"

#include <cjson/cJSON.h>
#include <raptor2.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* raptor 2.0.15 leaks the datatype URIs of typed literals in its N-Quads
   parser (reproducible with raptor alone); LeakSanitizer reads this hook. */
const char* __lsan_default_suppressions(void);

const char*
__lsan_default_suppressions(void)
{
  return "leak:libraptor2.so\n";
}

typedef struct
{
  DkgSink* sink;
  DkgStatus st;
} FeedState;

static char*
read_file(const char* path)
{
  FILE* const f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  char* text = NULL;
  size_t len = 0U;
  size_t cap = 0U;
  char chunk[8192];
  size_t n = 0U;
  while ((n = fread(chunk, 1U, sizeof(chunk), f)) > 0U) {
    if (len + n + 1U > cap) {
      cap = (len + n + 1U) * 2U;
      char* const grown = (char*)realloc(text, cap);
      if (!grown) {
        free(text);
        fclose(f);
        return NULL;
      }
      text = grown;
    }
    memcpy(text + len, chunk, n);
    len += n;
  }
  const bool failed = ferror(f) != 0;
  fclose(f);
  if (failed) {
    free(text);
    return NULL;
  }
  if (!text && !(text = (char*)calloc(1U, 1U))) {
    return NULL;
  }
  text[len] = '\0';
  return text;
}

static bool
to_dkg_term(const raptor_term* in, DkgTerm* out)
{
  memset(out, 0, sizeof(*out));
  switch (in->type) {
    case RAPTOR_TERM_TYPE_URI: {
      size_t len = 0U;
      out->kind = DKG_TERM_IRI;
      out->value =
        (const char*)raptor_uri_as_counted_string(in->value.uri, &len);
      out->len = len;
      return true;
    }
    case RAPTOR_TERM_TYPE_BLANK:
      out->kind = DKG_TERM_BLANK;
      out->value = (const char*)in->value.blank.string;
      out->len = in->value.blank.string_len;
      return true;
    case RAPTOR_TERM_TYPE_LITERAL:
      out->kind = DKG_TERM_LITERAL;
      out->value = (const char*)in->value.literal.string;
      out->len = in->value.literal.string_len;
      if (in->value.literal.language) {
        out->lang = (const char*)in->value.literal.language;
      } else if (in->value.literal.datatype) {
        out->datatype =
          (const char*)raptor_uri_as_string(in->value.literal.datatype);
      }
      return true;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return false;
}

static void
on_statement(void* user_data, raptor_statement* statement)
{
  FeedState* const state = (FeedState*)user_data;
  DkgTerm g;
  DkgTerm s;
  DkgTerm p;
  DkgTerm o;
  if (state->st) {
    return;
  }
  const bool has_graph = statement->graph != NULL;
  if ((has_graph && !to_dkg_term(statement->graph, &g)) ||
      !to_dkg_term(statement->subject, &s) ||
      !to_dkg_term(statement->predicate, &p) ||
      !to_dkg_term(statement->object, &o)) {
    state->st = DKG_ERR_SYNTAX;
    return;
  }
  state->st =
    dkg_sink_statement(state->sink, has_graph ? &g : NULL, &s, &p, &o);
}

/** Parses the N-Quads file `path` into `sink`. */
static DkgStatus
feed_nquads(raptor_world* world, const char* path, DkgSink* sink)
{
  FeedState state = { sink, DKG_SUCCESS };
  raptor_parser* const parser = raptor_new_parser(world, "nquads");
  unsigned char* const uri_string =
    raptor_uri_filename_to_uri_string((const char*)path);
  raptor_uri* const uri = uri_string ? raptor_new_uri(world, uri_string) : NULL;
  if (!parser || !uri) {
    state.st = DKG_ERR_NOMEM;
  } else {
    raptor_parser_set_statement_handler(parser, &state, on_statement);
    if (raptor_parser_parse_file(parser, uri, uri) && !state.st) {
      state.st = DKG_ERR_SYNTAX;
    }
  }
  raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  raptor_free_parser(parser);
  return state.st;
}

/* ------------------------------------------------------------------------ */
/* JSON-LD object comparison                                                */

static bool jsonld_equal(const cJSON* a, const cJSON* b, const char* key);

/** Arrays: in order for @list, else as multisets. */
static bool
arrays_equal(const cJSON* a, const cJSON* b, const char* key)
{
  const int n = cJSON_GetArraySize(a);
  if (n != cJSON_GetArraySize(b)) {
    return false;
  }
  if (key && !strcmp(key, "@list")) {
    for (const cJSON *x = a->child, *y = b->child; x && y;
         x = x->next, y = y->next) {
      if (!jsonld_equal(x, y, NULL)) {
        return false;
      }
    }
    return true;
  }
  bool* const used = (bool*)calloc((size_t)n + 1U, sizeof(bool));
  if (!used) {
    return false;
  }
  bool ok = true;
  for (const cJSON* x = a->child; ok && x; x = x->next) {
    bool found = false;
    int j = 0;
    for (const cJSON* y = b->child; !found && y; y = y->next, ++j) {
      if (!used[j] && jsonld_equal(x, y, key)) {
        used[j] = found = true;
      }
    }
    ok = found;
  }
  free(used);
  return ok;
}

static bool
jsonld_equal(const cJSON* a, const cJSON* b, const char* key)
{
  if (cJSON_IsObject(a) && cJSON_IsObject(b)) {
    if (cJSON_GetArraySize(a) != cJSON_GetArraySize(b)) {
      return false;
    }
    for (const cJSON* m = a->child; m; m = m->next) {
      const cJSON* const other = cJSON_GetObjectItemCaseSensitive(b, m->string);
      if (!other || !jsonld_equal(m, other, m->string)) {
        return false;
      }
    }
    return true;
  }
  if (cJSON_IsArray(a) && cJSON_IsArray(b)) {
    return arrays_equal(a, b, key);
  }
  if (cJSON_IsString(a) && cJSON_IsString(b)) {
    return key && !strcmp(key, "@language")
             ? !strcasecmp(a->valuestring, b->valuestring)
             : !strcmp(a->valuestring, b->valuestring);
  }
  if (cJSON_IsNumber(a) && cJSON_IsNumber(b)) {
    return a->valuedouble == b->valuedouble;
  }
  return (cJSON_IsTrue(a) && cJSON_IsTrue(b)) ||
         (cJSON_IsFalse(a) && cJSON_IsFalse(b)) ||
         (cJSON_IsNull(a) && cJSON_IsNull(b));
}

/* ------------------------------------------------------------------------ */
/* The manifest                                                             */

static const char*
string_member(const cJSON* object, const char* name)
{
  const cJSON* const item = cJSON_GetObjectItemCaseSensitive(object, name);
  return cJSON_IsString(item) ? item->valuestring : NULL;
}

static bool
has_type(const cJSON* test, const char* type)
{
  const cJSON* const types = cJSON_GetObjectItemCaseSensitive(test, "@type");
  if (cJSON_IsString(types)) {
    return !strcmp(types->valuestring, type);
  }
  const cJSON* t = NULL;
  cJSON_ArrayForEach(t, types)
  {
    if (cJSON_IsString(t) && !strcmp(t->valuestring, type)) {
      return true;
    }
  }
  return false;
}

static char*
join_path(const char* dir, const char* name)
{
  const size_t len = strlen(dir) + strlen(name) + 2U;
  char* const path = (char*)malloc(len);
  if (path) {
    snprintf(path, len, "%s/%s", dir, name);
  }
  return path;
}

typedef enum
{
  RESULT_PASS,
  RESULT_FAIL,
  RESULT_SKIP,
} Result;

/** Runs one test; `why` gets the reason of a failure or skip. */
static Result
run_test(raptor_world* world,
         const char* dir,
         const cJSON* test,
         char* why,
         size_t why_size)
{
  const cJSON* const option = cJSON_GetObjectItemCaseSensitive(test, "option");
  const char* const spec = string_member(option, "specVersion");
  const char* const mode = string_member(option, "processingMode");
  const char* const input = string_member(test, "input");
  const char* const expect = string_member(test, "expect");
  const bool negative = has_type(test, "jld:NegativeEvaluationTest");

  if ((spec && !strcmp(spec, "json-ld-1.0")) ||
      (mode && !strcmp(mode, "json-ld-1.0"))) {
    snprintf(why, why_size, "JSON-LD 1.0 only (this is a 1.1 processor)");
    return RESULT_SKIP;
  }
  if (!input || (!negative && !expect)) {
    snprintf(why, why_size, "manifest entry without input or expect");
    return RESULT_FAIL;
  }

  DkgJsonldOptions opts = { false, false, NULL, false };
  opts.use_native_types =
    cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(option, "useNativeTypes"));
  opts.use_rdf_type =
    cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(option, "useRdfType"));
  opts.rdf_direction = string_member(option, "rdfDirection");

  char* buf = NULL;
  size_t size = 0U;
  FILE* const out = open_memstream(&buf, &size);
  DkgSink* const sink =
    out ? dkg_jsonld_sink_new(out, NULL, NULL, &opts) : NULL;
  char* const in_path = join_path(dir, input);
  DkgStatus st = DKG_ERR_NOMEM;
  if (sink && in_path) {
    st = feed_nquads(world, in_path, sink);
    if (!st) {
      st = dkg_sink_finish(sink);
    }
  }
  dkg_sink_free(sink);
  free(in_path);
  if (out && fclose(out) && !st) {
    st = DKG_ERR_IO;
  }

  Result result = RESULT_PASS;
  if (negative) {
    if (!st) {
      snprintf(why,
               why_size,
               "expected error \"%s\", got success",
               string_member(test, "expectErrorCode")
                 ? string_member(test, "expectErrorCode")
                 : "?");
      result = RESULT_FAIL;
    }
  } else if (st) {
    snprintf(why, why_size, "sink failed: %s", dkg_strerror(st));
    result = RESULT_FAIL;
  } else {
    char* const expect_path = join_path(dir, expect);
    char* const expect_text = expect_path ? read_file(expect_path) : NULL;
    cJSON* const expected = expect_text ? cJSON_Parse(expect_text) : NULL;
    cJSON* const actual = buf ? cJSON_Parse(buf) : NULL;
    if (!expected) {
      snprintf(why, why_size, "cannot read %s", expect);
      result = RESULT_FAIL;
    } else if (!actual) {
      snprintf(why, why_size, "output is not JSON: %.200s", buf ? buf : "");
      result = RESULT_FAIL;
    } else if (!jsonld_equal(actual, expected, NULL)) {
      char* const printed = cJSON_PrintUnformatted(actual);
      snprintf(
        why, why_size, "output differs: %.600s", printed ? printed : "?");
      cJSON_free(printed);
      result = RESULT_FAIL;
    }
    cJSON_Delete(actual);
    cJSON_Delete(expected);
    free(expect_text);
    free(expect_path);
  }
  free(buf);
  return result;
}

int
main(int argc, char** argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: %s JSON-LD-API-TESTS-DIR\n", argv[0]);
    return 2;
  }
  const char* const dir = argv[1];
  char* const manifest_path = join_path(dir, "fromRdf-manifest.jsonld");
  char* const text = manifest_path ? read_file(manifest_path) : NULL;
  cJSON* const manifest = text ? cJSON_Parse(text) : NULL;
  const cJSON* const sequence =
    cJSON_GetObjectItemCaseSensitive(manifest, "sequence");
  raptor_world* const world = raptor_new_world();
  if (!manifest || !cJSON_IsArray(sequence) || !world ||
      raptor_world_open(world)) {
    fprintf(stderr,
            "%s: cannot read %s\n",
            argv[0],
            manifest_path ? manifest_path : dir);
    cJSON_Delete(manifest);
    free(text);
    free(manifest_path);
    raptor_free_world(world);
    return 1;
  }

  unsigned passed = 0U;
  unsigned skipped = 0U;
  const cJSON* test = NULL;
  cJSON_ArrayForEach(test, sequence)
  {
    char why[1024] = "";
    const char* const id = string_member(test, "@id");
    switch (run_test(world, dir, test, why, sizeof(why))) {
      case RESULT_PASS:
        ++passed;
        printf("PASS %s\n", id ? id : "?");
        break;
      case RESULT_FAIL:
        printf("FAIL %s: %s\n", id ? id : "?", why);
        ++dkg_test_failures;
        break;
      case RESULT_SKIP:
        ++skipped;
        printf("SKIP %s: %s\n", id ? id : "?", why);
        break;
    }
  }
  printf(
    "%u passed, %d failed, %u skipped\n", passed, dkg_test_failures, skipped);

  raptor_free_world(world);
  cJSON_Delete(manifest);
  free(text);
  free(manifest_path);
  CHECK(!fflush(stdout));
  return dkg_test_result();
}
