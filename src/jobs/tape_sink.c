/* The recording sink of `convert --jobs`: statements onto a tape
   (jobs/tape.h), as STMT ops or as N-Triples lines in RAW ops. */

#include "jobs/tape_sink.h"

#include "jobs/tape.h"
#include "sink/nt.h"

#include <stdlib.h>

typedef struct
{
  struct DkgSinkImpl base;
  DkgBuf* tape;
  bool nt_lines;
  bool quads;
  size_t raw_at; /* header of the last RAW op, if it is the last op */
  bool raw_open;
  DkgNtCache cache;
} TapeSink;

static DkgStatus
tape_statement(DkgSink* base,
               const DkgTerm* graph,
               const DkgTerm* s,
               const DkgTerm* p,
               const DkgTerm* o)
{
  TapeSink* sink = (TapeSink*)base;
  DkgBuf* tape = sink->tape;
  if (!sink->nt_lines) {
    return dkg_tape_statement(tape, graph, s, p, o) ? DKG_SUCCESS
                                                    : DKG_ERR_NOMEM;
  }
  /* Lines: extend the RAW op that ends the tape, or start one. */
  if (!(sink->raw_open && dkg_tape_raw_last(tape, sink->raw_at))) {
    if (!dkg_tape_raw_begin(tape, &sink->raw_at)) {
      return DKG_ERR_NOMEM;
    }
    sink->raw_open = true;
  }
  if (!dkg_nt_append(tape, &sink->cache, sink->quads, graph, s, p, o)) {
    return DKG_ERR_NOMEM;
  }
  dkg_tape_raw_extend(tape, sink->raw_at, 1u);
  return DKG_SUCCESS;
}

void
dkg_tape_sink_cut(DkgSink* base)
{
  ((TapeSink*)base)->raw_open = false;
}

static void
tape_free(DkgSink* base)
{
  free(base);
}

static const DkgSinkClass tape_sink_class = {
  "tape", NULL, tape_statement, NULL, tape_free,
};

DkgSink*
dkg_tape_sink_new(DkgBuf* tape, bool nt_lines, bool quads)
{
  TapeSink* sink = (TapeSink*)calloc(1, sizeof(TapeSink));
  if (!sink) {
    return NULL;
  }
  sink->base.klass = &tape_sink_class;
  sink->tape = tape;
  sink->nt_lines = nt_lines;
  sink->quads = quads;
  return &sink->base;
}
