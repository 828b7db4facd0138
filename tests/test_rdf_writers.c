/* sink/serd.c and sink/raptor.c, the sinks over serd and raptor2: what the
   library under them complains of reaches the caller's DkgDiag and nothing
   reaches stderr behind its back; a failed write gives DKG_ERR_IO (reported
   once, by the caller); the bytes of a plain statement. */

#include "dialoguekg/dialoguekg.h"
#include "sink/raptor.h"
#include "sink/serd.h"

#include "check.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef enum
{
  SERD,
  RAPTOR
} Writer;

static char messages[2048];

static void
keep(void* handle,
     DkgSeverity severity,
     const DkgPlace* place,
     const char* message)
{
  (void)handle;
  (void)place;
  CHECK(severity == DKG_ERROR);
  strncat(messages, message, sizeof(messages) - strlen(messages) - 2u);
  strcat(messages, "\n");
}

static DkgSink*
new_sink(Writer writer, const char* syntax, FILE* out, DkgDiag* diag)
{
  DkgSink* sink = writer == SERD ? dkg_serd_sink_new(out, syntax)
                                 : dkg_raptor_sink_new(out, syntax, NULL);
  if (sink && writer == SERD) {
    dkg_serd_sink_set_diag(sink, diag);
  } else if (sink) {
    dkg_raptor_sink_set_diag(sink, diag);
  }
  return sink;
}

/* Writes the statement (s, p, o) with `writer` in `syntax` to `out`; the
   first failure.  stderr is watched: what reaches it fails the check. */
static DkgStatus
write_one(Writer writer,
          const char* syntax,
          FILE* out,
          const DkgTerm* p,
          const DkgTerm* o)
{
  messages[0] = '\0';
  FILE* err = tmpfile();
  const int saved = dup(STDERR_FILENO);
  fflush(stderr);
  dup2(fileno(err), STDERR_FILENO);
  DkgDiag* diag = dkg_diag_new("test", keep, NULL);
  DkgSink* sink = new_sink(writer, syntax, out, diag);
  const DkgTerm s = dkg_iri("https://example.org/s");
  DkgStatus st = sink ? dkg_sink_statement(sink, NULL, &s, p, o) : 1;
  const DkgStatus end = sink ? dkg_sink_finish(sink) : DKG_SUCCESS;
  st = st ? st : end;
  dkg_sink_free(sink);
  dkg_diag_free(diag);
  fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  CHECK(ftell(err) == 0); /* nothing behind the diagnostics' back */
  fclose(err);
  return st;
}

static void
test_plain(void)
{
  const DkgTerm p = dkg_iri("https://example.org/p");
  const DkgTerm o = dkg_string("caf\xC3\xA9");
  FILE* out = tmpfile();
  CHECK(!write_one(SERD, "ntriples", out, &p, &o));
  char text[256] = { 0 };
  rewind(out);
  CHECK(fread(text, 1, sizeof(text) - 1u, out) > 0);
  CHECK(!strcmp(text,
                "<https://example.org/s> <https://example.org/p> "
                "\"caf\xC3\xA9\" .\n"));
  fclose(out);
  CHECK(!messages[0]);
}

static void
test_complaints(void)
{
  FILE* out = tmpfile();
  /* serd refuses invalid UTF-8 in a literal. */
  const DkgTerm p = dkg_iri("https://example.org/p");
  const DkgTerm bad = dkg_string("bad \xFF byte");
  CHECK(write_one(SERD, "turtle", out, &p, &bad) == DKG_ERR_WRITER);
  CHECK(!strncmp(messages, "serd: ", 6));
  CHECK(strchr(messages, '\n') == messages + strlen(messages) - 1u);
  /* raptor2's RDF/XML cannot name a predicate that has no local name. */
  const DkgTerm slash = dkg_iri("https://example.org/p/");
  const DkgTerm o = dkg_string("x");
  CHECK(write_one(RAPTOR, "rdfxml", out, &slash, &o) == DKG_ERR_WRITER);
  CHECK(!strncmp(messages, "raptor2: ", 9));
  fclose(out);
}

static void
test_write_failure(void)
{
  FILE* full = fopen("/dev/full", "w");
  if (!full) {
    return;
  }
  setvbuf(full, NULL, _IONBF, 0);
  const DkgTerm p = dkg_iri("https://example.org/p");
  const DkgTerm o = dkg_string("x");
  CHECK(write_one(SERD, "ntriples", full, &p, &o) == DKG_ERR_IO);
  CHECK(!messages[0]);
  clearerr(full);
  CHECK(write_one(RAPTOR, "turtle", full, &p, &o) == DKG_ERR_IO);
  CHECK(!messages[0]);
  fclose(full);
}

int
main(void)
{
  test_plain();
  test_complaints();
  test_write_failure();
  return dkg_test_result();
}
