/* The --jobs replay (src/jobs/): records mapped by deferred mappers onto
   tapes and replayed in input order on the writer's mapper give the
   statements, in the order, of one mapper mapping them directly; as
   statements (STMT ops) and as N-Triples lines (RAW ops, compared byte for
   byte), with and without the writer's answers to `known`, for the
   example records, the odd shapes of tests/records/good and the same
   source cited by two records.  Arguments: the data directory and the
   project directory. */

#include "jobs/defer.h"
#include "jobs/replay.h"
#include "jobs/tape_sink.h"
#include "map/mapper.h"
#include "sink/nt.h"

#include "capture.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

static const DkgRegistry* reg = NULL;
static DkgDiag* diag = NULL;

static const char* const inputs[] = {
  "examples/records/us-jp-2plus2-2022.json",
  "examples/records/us-jp-2plus2-2023.json",
  "tests/records/good/odd-shapes.json",
  "examples/records/quad-fm-2021.json",
  "examples/records/quad-fm-2022.json",
  "tests/records/good/same-source-a.json",
  "tests/records/good/same-source-b.json",
  "examples/records/asean-eu-summit-2022.json",
  "examples/records/us-in-2plus2-2022.json",
};
#define N_INPUTS (sizeof(inputs) / sizeof(inputs[0]))

typedef struct
{
  Records files[N_INPUTS];
  DkgRecordText* texts[N_INPUTS * 64u];
  size_t n;
} Input;

static bool
read_input(const char* project, Input* in)
{
  static char paths[N_INPUTS][4096];
  in->n = 0;
  for (size_t i = 0; i < N_INPUTS; ++i) {
    snprintf(paths[i], sizeof paths[i], "%s/%s", project, inputs[i]);
    if (!read_records(paths[i], diag, &in->files[i]) || !in->files[i].n) {
      fprintf(stderr, "cannot read %s\n", paths[i]);
      return false;
    }
    for (size_t j = 0; j < in->files[i].n; ++j) {
      in->texts[in->n++] = &in->files[i].texts[j];
    }
  }
  return true;
}

/* Maps every record directly; returns the number of statements. */
static size_t
map_direct(const Input* in, DkgSink* sink, DkgStatus* statuses)
{
  DkgMapper* m = dkg_mapper_new(reg, sink, diag, NULL);
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  CHECK(m && parser);
  for (size_t i = 0; m && parser && i < in->n; ++i) {
    DkgRecord record;
    CHECK(!dkg_record_parse(parser, in->texts[i], &record));
    statuses[i] = dkg_mapper_map(m, &record, in->texts[i]);
  }
  const size_t n = m ? (size_t)dkg_mapper_statement_count(m) : 0;
  dkg_record_parser_free(parser);
  dkg_mapper_free(m);
  return n;
}

typedef struct
{
  DkgBuf tape;
  DkgSink* sink;
  DkgMapper* mapper;
} Worker;

static DkgMapper* writer_for_known = NULL;

static bool
known(void* handle, const char* iri)
{
  (void)handle;
  return dkg_mapper_described(writer_for_known, iri);
}

/* Maps the records on two deferred workers (record i on worker i % 2),
   a batch of `batch` records at a time, and replays each batch in input
   order on a writer mapping to `sink`; with `ask`, workers ask the writer
   whether an entity is described already (as convert --jobs does).
   Returns the number of statements the writer counted. */
static size_t
map_replayed(const Input* in,
             DkgSink* sink,
             bool nt_lines,
             bool ask,
             size_t batch,
             DkgStatus* statuses)
{
  DkgMapper* writer = dkg_mapper_new(reg, sink, diag, NULL);
  DkgRecordParser* parser = dkg_record_parser_new(reg, diag);
  Worker w[2];
  memset(w, 0, sizeof w);
  writer_for_known = writer;
  for (size_t k = 0; k < 2u; ++k) {
    w[k].sink = dkg_tape_sink_new(&w[k].tape, nt_lines, false);
    w[k].mapper = w[k].sink ? dkg_mapper_new(reg, w[k].sink, diag, NULL) : NULL;
    CHECK(w[k].mapper != NULL);
    if (w[k].mapper) {
      dkg_mapper_defer(w[k].mapper, &w[k].tape, ask ? known : NULL, NULL);
    }
  }
  CHECK(writer && parser);
  size_t spans[N_INPUTS * 64u][2];
  for (size_t start = 0;
       writer && parser && w[0].mapper && w[1].mapper && start < in->n;
       start += batch) {
    const size_t end = start + batch < in->n ? start + batch : in->n;
    w[0].tape.len = w[1].tape.len = 0;
    for (size_t i = start; i < end; ++i) {
      Worker* k = &w[i % 2u];
      DkgRecord record;
      CHECK(!dkg_record_parse(parser, in->texts[i], &record));
      dkg_tape_sink_cut(k->sink);
      spans[i][0] = k->tape.len;
      const DkgStatus st = dkg_mapper_map(k->mapper, &record, in->texts[i]);
      CHECK(st == DKG_SUCCESS);
      spans[i][1] = k->tape.len;
    }
    for (size_t i = start; i < end; ++i) {
      const Worker* k = &w[i % 2u];
      uint64_t n = 0;
      const uint64_t before = dkg_mapper_statement_count(writer);
      statuses[i] = dkg_mapper_replay(writer,
                                      k->tape.buf + spans[i][0],
                                      spans[i][1] - spans[i][0],
                                      in->texts[i],
                                      &n);
      CHECK(n == dkg_mapper_statement_count(writer) - before);
    }
  }
  const size_t n = writer ? (size_t)dkg_mapper_statement_count(writer) : 0;
  for (size_t k = 0; k < 2u; ++k) {
    dkg_mapper_free(w[k].mapper);
    dkg_sink_free(w[k].sink);
    dkg_buf_destroy(&w[k].tape);
  }
  dkg_record_parser_free(parser);
  dkg_mapper_free(writer);
  return n;
}

static void
test_statements(const Input* in, bool ask, size_t batch)
{
  DkgStatus direct_st[N_INPUTS * 64u], replay_st[N_INPUTS * 64u];
  Capture* direct = capture_new();
  Capture* replayed = capture_new();
  if (!direct || !replayed) {
    CHECK(!"out of memory");
    return;
  }
  const size_t n_direct = map_direct(in, &direct->base, direct_st);
  const size_t n_replayed =
    map_replayed(in, &replayed->base, false, ask, batch, replay_st);
  CHECK(n_direct == direct->n && n_direct > 300u);
  CHECK(n_replayed == replayed->n);
  CHECK(direct->n == replayed->n);
  size_t differ = 0;
  for (size_t i = 0; i < direct->n && i < replayed->n; ++i) {
    if (strcmp(direct->lines[i], replayed->lines[i]) && !differ++) {
      fprintf(stderr,
              "statement %zu: direct %s, replayed %s\n",
              i,
              direct->lines[i],
              replayed->lines[i]);
    }
  }
  CHECK(differ == 0);
  for (size_t i = 0; i < in->n; ++i) {
    CHECK(direct_st[i] == replay_st[i]);
  }
  dkg_sink_free(&direct->base);
  dkg_sink_free(&replayed->base);
}

/* The text an N-Triples sink wrote. */
static char*
nt_text(const Input* in, bool replay, bool ask, size_t* len)
{
  char* text = NULL;
  FILE* out = open_memstream(&text, len);
  DkgSink* sink = out ? dkg_nt_sink_new(out, false) : NULL;
  DkgStatus st[N_INPUTS * 64u];
  if (sink) {
    if (replay) {
      map_replayed(in, sink, true, ask, 3u, st);
    } else {
      map_direct(in, sink, st);
    }
    CHECK(dkg_sink_finish(sink) == DKG_SUCCESS);
  }
  dkg_sink_free(sink);
  if (out) {
    fclose(out);
  }
  return text;
}

static void
test_nt_lines(const Input* in, bool ask)
{
  size_t direct_len = 0, replay_len = 0;
  char* direct = nt_text(in, false, ask, &direct_len);
  char* replayed = nt_text(in, true, ask, &replay_len);
  CHECK(direct && replayed && direct_len > 30000u);
  CHECK(direct_len == replay_len);
  CHECK(direct && replayed && direct_len == replay_len &&
        !memcmp(direct, replayed, direct_len));
  free(direct);
  free(replayed);
}

int
main(int argc, char** argv)
{
  if (argc < 3) {
    fprintf(stderr, "usage: test_replay DATA_DIR PROJECT_DIR\n");
    return 2;
  }
  diag = dkg_diag_new("test_replay", NULL, NULL);
  DkgRegistry* registry = NULL;
  if (!diag || dkg_registry_load(argv[1], diag, &registry)) {
    fprintf(stderr, "cannot load %s\n", argv[1]);
    return 1;
  }
  reg = registry;
  Input* in = (Input*)calloc(1, sizeof(Input));
  if (in && read_input(argv[2], in)) {
    CHECK(in->n >= 10u);
    test_statements(in, false, 1u);
    test_statements(in, false, 4u);
    test_statements(in, true, 1u);
    test_statements(in, true, 64u);
    test_nt_lines(in, false);
    test_nt_lines(in, true);
  } else {
    CHECK(!"input read");
  }
  for (size_t i = 0; in && i < N_INPUTS; ++i) {
    records_free(&in->files[i]);
  }
  free(in);
  CHECK(dkg_diag_count(diag, DKG_ERROR) == 0);
  dkg_registry_free(registry);
  dkg_diag_free(diag);
  return dkg_test_result();
}
