/* What an input file holds, by its name or first bytes.  See
   input_kind.h. */

#include "read/input_kind.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool
has_suffix(const char* path, const char* suffix)
{
  const size_t n = strlen(path), m = strlen(suffix);
  if (n <= m) {
    return false;
  }
  for (size_t i = 0; i < m; ++i) {
    if (tolower((unsigned char)path[n - m + i]) != suffix[i]) {
      return false;
    }
  }
  return true;
}

DkgInputKind
dkg_input_kind(const char* path)
{
  static const struct
  {
    const char* suffix;
    DkgInputKind kind;
  } by_suffix[] = {
    { ".json", DKG_INPUT_RECORDS },      { ".jsonl", DKG_INPUT_RECORDS },
    { ".ndjson", DKG_INPUT_RECORDS },    { ".ttl", DKG_INPUT_TURTLE },
    { ".turtle", DKG_INPUT_TURTLE },     { ".nt", DKG_INPUT_NTRIPLES },
    { ".ntriples", DKG_INPUT_NTRIPLES }, { ".nq", DKG_INPUT_NQUADS },
    { ".nquads", DKG_INPUT_NQUADS },     { ".rdf", DKG_INPUT_RDFXML },
    { ".owl", DKG_INPUT_RDFXML },        { ".jsonld", DKG_INPUT_JSONLD },
    { ".trig", DKG_INPUT_TRIG },
  };
  if (!strcmp(path, "-")) {
    return DKG_INPUT_RECORDS;
  }
  for (size_t i = 0; i < sizeof(by_suffix) / sizeof(by_suffix[0]); ++i) {
    if (has_suffix(path, by_suffix[i].suffix)) {
      return by_suffix[i].kind;
    }
  }
  FILE* f = fopen(path, "rb");
  if (!f) {
    return DKG_INPUT_RECORDS;
  }
  char head[512];
  const size_t n = fread(head, 1, sizeof(head) - 1u, f);
  fclose(f);
  head[n] = '\0';
  size_t i = 0;
  if (n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3)) {
    i = 3; /* a byte order mark */
  }
  for (;;) {
    while (i < n && isspace((unsigned char)head[i])) {
      ++i;
    }
    if (i < n && head[i] == '#') { /* an RDF comment line */
      while (i < n && head[i] != '\n') {
        ++i;
      }
      continue;
    }
    break;
  }
  if (i >= n || head[i] == '{' || head[i] == '[') {
    return DKG_INPUT_RECORDS; /* an empty file reads as no records */
  }
  if (!strncmp(head + i, "<?xml", 5) || !strncmp(head + i, "<rdf:RDF", 8)) {
    return DKG_INPUT_RDFXML;
  }
  if (head[i] == '<' || (head[i] == '_' && head[i + 1] == ':')) {
    return DKG_INPUT_NQUADS;
  }
  return DKG_INPUT_TURTLE;
}

const char*
dkg_input_syntax(DkgInputKind kind)
{
  switch (kind) {
    case DKG_INPUT_RECORDS:
      return NULL;
    case DKG_INPUT_TURTLE:
      return "turtle";
    case DKG_INPUT_NTRIPLES:
      return "ntriples";
    case DKG_INPUT_NQUADS:
      return "nquads";
    case DKG_INPUT_RDFXML:
      return "rdfxml";
    case DKG_INPUT_TRIG:
      return "trig";
    case DKG_INPUT_JSONLD:
      return NULL; /* librdf has no JSON-LD parser */
  }
  return NULL;
}
