#include "jobs/replay.h"

#include "jobs/tape.h"
#include "map/hook.h"
#include "sink/nt.h"

/* Writes `op` to the mapper's sink (STMT, RAW) or notes it (NOTE); returns
   the mapper's status. */
static DkgStatus
replay_op(DkgMapper* m, const DkgTapeOp* op)
{
  DkgSink* const sink = dkg_mapper_sink(m);
  switch (op->kind) {
    case DKG_TAPE_STMT:
      return dkg_mapper_sent(
        m,
        dkg_sink_statement(sink,
                           op->has_graph ? &op->terms[0] : NULL,
                           &op->terms[1],
                           &op->terms[2],
                           &op->terms[3]),
        1u);
    case DKG_TAPE_RAW:
      return dkg_mapper_sent(
        m, dkg_nt_sink_write_raw(sink, op->raw, op->raw_len), op->raw_count);
    case DKG_TAPE_NOTE:
      dkg_mapper_note_unresolved(
        m, op->note[0], op->note[1], op->note[2], op->note[3]);
      return dkg_mapper_status(m);
    case DKG_TAPE_OPEN:
    case DKG_TAPE_CLOSE:
      break;
  }
  return dkg_mapper_status(m);
}

DkgStatus
dkg_mapper_replay(DkgMapper* m,
                  const char* ops,
                  size_t len,
                  const DkgRecordText* text,
                  uint64_t* n_statements)
{
  DkgStatus st = dkg_mapper_begin(m, text);
  if (st) {
    return st;
  }
  const uint64_t before = dkg_mapper_statement_count(m);
  size_t skip = 0; /* depth inside a description that is not written */
  size_t at = 0;
  DkgTapeOp op;
  while (!st && at < len) {
    if (!dkg_tape_next(ops, len, &at, &op)) {
      dkg_mapper_fail(m, DKG_ERR_INTERNAL);
      return DKG_ERR_INTERNAL;
    }
    if (op.kind == DKG_TAPE_OPEN) {
      if (skip) {
        ++skip;
      } else if (!dkg_mapper_first_mention(
                   m,
                   op.which == DKG_MAP_SOURCE ? DKG_MAP_SOURCE : DKG_MAP_ENTITY,
                   op.key)) {
        skip = 1;
      }
      st = dkg_mapper_status(m);
    } else if (op.kind == DKG_TAPE_CLOSE) {
      skip -= skip ? 1u : 0u;
    } else if (!skip) {
      st = replay_op(m, &op);
    }
  }
  if (n_statements) {
    *n_statements = dkg_mapper_statement_count(m) - before;
  }
  return dkg_mapper_end(m);
}
