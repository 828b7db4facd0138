/* The "RDF to Object" conversion of JSON-LD 1.1: an RDF term as the value
   the expanded output writes (native numbers and booleans, rdf:JSON,
   i18n datatypes by the sink's options).  See jsonld.h. */

#include "sink/jsonld/jsonld.h"
#include "util/str.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Expanded mode: building the node maps                                    */

void
dkg_jsonld_value_free(Value* value)
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
  return dkg_jsonld_concat(negative ? "-" : "", negative ? 1U : 0U, s, len);
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

/** xsd:boolean's lexical forms as native values; NATIVE_NONE for any
    other. */
static Native
native_boolean(const char* s, size_t len)
{
  if ((len == 4U && !memcmp(s, "true", 4U)) || (len == 1U && s[0] == '1')) {
    return NATIVE_TRUE;
  }
  if ((len == 5U && !memcmp(s, "false", 5U)) || (len == 1U && s[0] == '0')) {
    return NATIVE_FALSE;
  }
  return NATIVE_NONE;
}

/** The language and base direction of an i18n datatype's `tag`
    (LANG_DIR) into `v`; false when out of memory. */
static bool
i18n_language(const char* tag, Value* v)
{
  const char* const underscore = strchr(tag, '_');
  const size_t tag_len = underscore ? (size_t)(underscore - tag) : strlen(tag);
  return !(
    (tag_len && !(v->lang = dkg_strndup(tag, tag_len))) ||
    (underscore && underscore[1] && !(v->dir = dkg_strdup(underscore + 1))));
}

/** The "RDF to Object" conversion of the JSON-LD 1.1 API. */
DkgStatus
dkg_jsonld_rdf_to_object(const JsonldSink* sink, const DkgTerm* o, Value** out)
{
  Value* const v = (Value*)calloc(1U, sizeof(Value));
  if (!v) {
    return DKG_ERR_NOMEM;
  }
  *out = v;
  if (o->kind != DKG_TERM_LITERAL) {
    v->kind = VAL_ID;
    return (v->id = dkg_jsonld_term_id(o)) ? DKG_SUCCESS : DKG_ERR_NOMEM;
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
    v->native = native_boolean(s, len);
    type = v->native == NATIVE_NONE ? dt : NULL;
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
    dkg_jw_number(d, num, sizeof(num));
    v->native = NATIVE_NUMBER;
    if (!(v->lexical = dkg_strdup(num))) {
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
    if (!i18n_language(dt + strlen(I18N_NS), v)) {
      return DKG_ERR_NOMEM;
    }
  } else if (o->lang) {
    if (!(v->lang = dkg_strdup(o->lang))) {
      return DKG_ERR_NOMEM;
    }
  } else if (strcmp(dt, XSD_STRING)) {
    type = dt;
  }

  if (v->native == NATIVE_NONE) {
    if (!(v->lexical = dkg_strndup(s, len))) {
      return DKG_ERR_NOMEM;
    }
    v->len = len;
  }
  if (type && !(v->type = dkg_strdup(type))) {
    return DKG_ERR_NOMEM;
  }
  return DKG_SUCCESS;
}
