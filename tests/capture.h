/* For the C unit tests of the mapper and the jobs replay: a sink built on
   the public sink interface (include/dialoguekg/dialoguekg.h) that keeps
   every statement as one N-Triples-like line, and records read from a
   file with the library's reader, as a user's input is. */

#ifndef DKG_TESTS_CAPTURE_H
#define DKG_TESTS_CAPTURE_H

#include "dialoguekg/dialoguekg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  struct DkgSinkImpl base;
  char** lines;
  size_t n;
  size_t cap;
  size_t fail_at; /* the statement (from 1) that fails; 0: none */
} Capture;

static inline void
capture_term(char* out, size_t size, const DkgTerm* t)
{
  const size_t n = strlen(out);
  if (t->kind == DKG_TERM_IRI) {
    snprintf(out + n, size - n, "<%.*s>", (int)t->len, t->value);
  } else if (t->lang && t->lang[0]) {
    snprintf(out + n, size - n, "\"%.*s\"@%s", (int)t->len, t->value, t->lang);
  } else if (t->datatype) {
    snprintf(
      out + n, size - n, "\"%.*s\"^^<%s>", (int)t->len, t->value, t->datatype);
  } else {
    snprintf(out + n, size - n, "\"%.*s\"", (int)t->len, t->value);
  }
}

static inline DkgStatus
capture_statement(DkgSink* sink,
                  const DkgTerm* graph,
                  const DkgTerm* s,
                  const DkgTerm* p,
                  const DkgTerm* o)
{
  Capture* c = (Capture*)sink;
  if (c->fail_at && c->n + 1u == c->fail_at) {
    return DKG_ERR_IO;
  }
  char line[2048] = "";
  if (graph) {
    capture_term(line, sizeof line, graph);
    strcat(line, " ");
  }
  capture_term(line, sizeof line, s);
  strcat(line, " ");
  capture_term(line, sizeof line, p);
  strcat(line, " ");
  capture_term(line, sizeof line, o);
  if (c->n == c->cap) {
    c->cap = c->cap ? 2u * c->cap : 256u;
    char** grown = (char**)realloc(c->lines, c->cap * sizeof(char*));
    if (!grown) {
      return DKG_ERR_NOMEM;
    }
    c->lines = grown;
  }
  c->lines[c->n] = (char*)malloc(strlen(line) + 1u);
  if (!c->lines[c->n]) {
    return DKG_ERR_NOMEM;
  }
  strcpy(c->lines[c->n++], line);
  return DKG_SUCCESS;
}

static inline void
capture_clear(Capture* c)
{
  for (size_t i = 0; i < c->n; ++i) {
    free(c->lines[i]);
  }
  c->n = 0;
}

static inline void
capture_free(DkgSink* sink)
{
  Capture* c = (Capture*)sink;
  capture_clear(c);
  free(c->lines);
  free(c);
}

static const DkgSinkClass capture_class = {
  "capture", NULL, capture_statement, NULL, capture_free,
};

static inline Capture*
capture_new(void)
{
  Capture* c = (Capture*)calloc(1, sizeof(Capture));
  if (c) {
    c->base.klass = &capture_class;
  }
  return c;
}

/* Where line `line` is among c->lines[from..), or SIZE_MAX. */
static inline size_t
capture_find(const Capture* c, size_t from, const char* line)
{
  for (size_t i = from; i < c->n; ++i) {
    if (!strcmp(c->lines[i], line)) {
      return i;
    }
  }
  return (size_t)-1;
}

/* The records of a file, their texts copied. */
typedef struct
{
  DkgRecordText texts[64];
  char* copies[64]; /* the texts, owned */
  size_t n;
} Records;

/* Reads every record of `path` into `out` (their `file` is `path`, which
   must outlive them); false when it cannot. */
static inline bool
read_records(const char* path, DkgDiag* diag, Records* out)
{
  FILE* f = fopen(path, "rb");
  DkgReader* reader = f ? dkg_reader_new(f, path, diag, NULL) : NULL;
  bool ok = reader != NULL;
  out->n = 0;
  while (ok && out->n < 64u) {
    DkgRecordText t;
    ok = !dkg_reader_next(reader, &t);
    if (!ok || !t.text) {
      break;
    }
    char* copy = (char*)malloc(t.len);
    ok = copy != NULL;
    if (ok) {
      memcpy(copy, t.text, t.len);
      t.text = copy;
      t.file = path; /* the reader's copy goes with the reader */
      out->copies[out->n] = copy;
      out->texts[out->n++] = t;
    }
  }
  dkg_reader_free(reader);
  if (f) {
    fclose(f);
  }
  return ok;
}

static inline void
records_free(Records* records)
{
  for (size_t i = 0; i < records->n; ++i) {
    free(records->copies[i]);
  }
  records->n = 0;
}

#endif
