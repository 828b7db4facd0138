/*
  convert --jobs N: records parsed, checked and mapped on N threads, output
  byte-identical to a sequential run.

  The calling thread reads the input and cuts it into batches of records
  (their text copied).  A worker takes the next batch, parses and checks
  each record, and maps it with a deferred mapper (jobs/defer.h) onto the
  batch's tape: descriptions of shared entities between OPEN and CLOSE ops,
  unresolved names as NOTE ops, and statements (as N-Triples lines when the
  output is N-Triples or N-Quads, so formatting happens on the workers).
  Diagnostics of the reader and of the checks are captured per record.

  The calling thread takes the batches back in input order and replays
  them on the writer's mapper: it prints the captured diagnostics, keeps
  the counts of dkg_cli_run_inputs(), and for each OPEN decides, with the
  one set of described entities, whether this is the first mention, exactly
  as the sequential mapper would have at that point.  While the oldest
  batch is not mapped yet, the calling thread maps the next untaken batch
  itself instead of waiting: N jobs are N threads in all (N - 1 workers).

  Workers ask that set whether an entity is described already, to leave
  out descriptions that would be dropped anyway (an entity once described
  stays described).  The answers are cached per worker, and a worker never
  waits for one: while the calling thread holds the set (one record at a
  time), the answer is "not known", the description is recorded, and the
  replay decides.
*/

#include "common.h"
#include "jobs/defer.h"
#include "jobs/replay.h"
#include "jobs/tape_sink.h"
#include "sink/nt.h"
#include "util/hashmap.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#define BATCH_RECORDS 64u

typedef enum
{
  SLOT_RECORD, /* a record's text */
  SLOT_BROKEN, /* a broken line of JSON Lines: the reader goes on */
  SLOT_FATAL,  /* the reader stopped with this status */
  SLOT_NOTES,  /* only messages of the reader, at the end of the input */
} SlotKind;

typedef struct
{
  SlotKind kind;
  DkgStatus read_status;
  DkgRecordText text;
  size_t text_at;         /* in batch->texts */
  size_t read_diags[2];   /* in batch->read_diags */
  size_t work_diags[2];   /* in batch->work_diags */
  size_t tape[2];         /* in batch->tape */
  DkgStatus parse_status; /* of the checks */
  DkgStatus map_status;   /* of the worker's mapper (out of memory) */
  uint64_t bytes;         /* input bytes done after this record */
} Slot;

typedef struct
{
  Slot slots[BATCH_RECORDS];
  size_t n;
  DkgBuf texts;
  DkgBuf read_diags;
  DkgBuf work_diags;
  DkgBuf tape;
  bool done; /* mapped by a worker */
} Batch;

typedef struct Pipeline Pipeline;

typedef struct
{
  Pipeline* pl;
  pthread_t thread;
  bool started;
  DkgDiag* diag; /* captures into `log` */
  DkgBuf* log;
  DkgRecordParser* parser;
  DkgSink* sink; /* tape sink on `tape` */
  DkgMapper* mapper;
  DkgBuf tape;
  DkgHash known; /* entities the writer has described, as far as seen */
} Worker;

struct Pipeline
{
  const DkgParallel* par;
  Batch* ring;
  size_t n_ring;
  uint64_t next_fill;  /* batches handed out so far */
  uint64_t next_take;  /* batches taken by workers so far */
  uint64_t next_write; /* batches replayed (or dropped) so far */
  bool closing;
  pthread_mutex_t lock;      /* the counters and Batch.done */
  pthread_cond_t work;       /* a batch to take, or closing */
  pthread_cond_t done;       /* a batch mapped */
  pthread_mutex_t described; /* the writer mapper's described set */
  Worker* workers;
  size_t n_workers;
  char** names; /* input names, kept for the records' places */
  size_t n_names;
};

/* ---- Captured diagnostics ---------------------------------------------- */

static bool
log_string(DkgBuf* log, const char* s)
{
  const uint32_t n = s ? (uint32_t)strlen(s) : 0xFFFFFFFFu;
  return dkg_buf_append(log, (const char*)&n, 4u) &&
         (!s || dkg_buf_append(log, s, strlen(s) + 1u));
}

static const char*
read_string(const char* log, size_t* at)
{
  uint32_t n = 0;
  memcpy(&n, log + *at, 4u);
  *at += 4u;
  if (n == 0xFFFFFFFFu) {
    return NULL;
  }
  const char* s = log + *at;
  *at += (size_t)n + 1u;
  return s;
}

/* A DkgDiagFunc that appends to the log its handle points to. */
static void
capture(void* handle,
        DkgSeverity severity,
        const DkgPlace* place,
        const char* message)
{
  DkgBuf* log = *(DkgBuf**)handle;
  const unsigned char sev = (unsigned char)severity;
  const uint32_t lc[2] = { place ? place->line : 0u, place ? place->col : 0u };
  const bool has = place != NULL;
  dkg_buf_append(log, (const char*)&sev, 1u);
  dkg_buf_append(log, (const char*)&has, 1u);
  dkg_buf_append(log, (const char*)lc, sizeof(lc));
  log_string(log, place ? place->file : NULL);
  log_string(log, place ? place->path : NULL);
  log_string(log, message);
}

static void
replay_log(DkgDiag* diag, const DkgBuf* log, const size_t range[2])
{
  size_t at = range[0];
  while (at < range[1]) {
    const DkgSeverity sev = (DkgSeverity)(unsigned char)log->buf[at];
    const bool has = log->buf[at + 1u] != 0;
    uint32_t lc[2];
    memcpy(lc, log->buf + at + 2u, sizeof(lc));
    at += 2u + sizeof(lc);
    DkgPlace place = { NULL, lc[0], lc[1], NULL };
    place.file = read_string(log->buf, &at);
    place.path = read_string(log->buf, &at);
    const char* message = read_string(log->buf, &at);
    dkg_diag_report(
      diag, sev, has ? &place : NULL, "%s", message ? message : "");
  }
}

/* ---- Workers ----------------------------------------------------------- */

/* Whether the writer has described `iri` (see the comment at the top). */
static bool
known(void* handle, const char* iri)
{
  Worker* w = (Worker*)handle;
  const size_t len = strlen(iri);
  if (dkg_hash_get(&w->known, iri, len)) {
    return true;
  }
  /* Never wait for the writer: when it holds the set, say "not known"
     (the description is recorded, and the replay drops it if need be). */
  if (pthread_mutex_trylock(&w->pl->described)) {
    return false;
  }
  const bool yes = dkg_mapper_described(w->pl->par->writer, iri);
  pthread_mutex_unlock(&w->pl->described);
  if (yes) {
    dkg_hash_put(&w->known, iri, len, w, NULL);
  }
  return yes;
}

static void
map_batch(Worker* w, Batch* b)
{
  w->tape.len = 0;
  dkg_buf_clear(&b->work_diags);
  w->log = &b->work_diags;
  for (size_t i = 0; i < b->n; ++i) {
    Slot* s = &b->slots[i];
    s->work_diags[0] = s->work_diags[1] = b->work_diags.len;
    s->tape[0] = s->tape[1] = w->tape.len;
    if (s->kind != SLOT_RECORD) {
      continue;
    }
    s->text.text = b->texts.buf + s->text_at;
    DkgRecord record;
    s->parse_status = dkg_record_parse(w->parser, &s->text, &record);
    s->work_diags[1] = b->work_diags.len;
    if (!s->parse_status) {
      dkg_tape_sink_cut(w->sink);
      const DkgStatus st = dkg_mapper_map(w->mapper, &record, &s->text);
      s->map_status = st == DKG_ERR_UNRESOLVED ? DKG_SUCCESS : st;
      s->tape[1] = w->tape.len;
    }
  }
  /* The tape goes with the batch; the batch's old buffer is reused. */
  const DkgBuf tmp = b->tape;
  b->tape = w->tape;
  w->tape = tmp;
}

static void*
worker_main(void* arg)
{
  Worker* w = (Worker*)arg;
  Pipeline* pl = w->pl;
  for (;;) {
    pthread_mutex_lock(&pl->lock);
    while (!pl->closing && pl->next_take == pl->next_fill) {
      pthread_cond_wait(&pl->work, &pl->lock);
    }
    if (pl->next_take == pl->next_fill) {
      pthread_mutex_unlock(&pl->lock);
      break;
    }
    Batch* b = &pl->ring[pl->next_take++ % pl->n_ring];
    pthread_mutex_unlock(&pl->lock);

    map_batch(w, b);

    pthread_mutex_lock(&pl->lock);
    b->done = true;
    pthread_cond_broadcast(&pl->done);
    pthread_mutex_unlock(&pl->lock);
  }
  return NULL;
}

/* ---- The calling thread ------------------------------------------------ */

/* Replays one mapped batch in order; false once the run stops. */
static bool
replay_batch(Pipeline* pl, Batch* b, DkgDiag* diag, DkgRunState* state)
{
  DkgMapper* writer = pl->par->writer;
  bool go_on = true;
  for (size_t i = 0; go_on && i < b->n; ++i) {
    Slot* s = &b->slots[i];
    replay_log(diag, &b->read_diags, s->read_diags);
    DkgStatus mapped = s->map_status;
    if (s->kind == SLOT_RECORD) {
      replay_log(diag, &b->work_diags, s->work_diags);
      if (!s->parse_status && !mapped) {
        pthread_mutex_lock(&pl->described);
        mapped = dkg_mapper_replay(writer,
                                   b->tape.buf + s->tape[0],
                                   s->tape[1] - s->tape[0],
                                   &s->text,
                                   NULL);
        pthread_mutex_unlock(&pl->described);
      }
    }
    if (s->kind != SLOT_NOTES) {
      go_on = dkg_cli_count_record(
        state, s->read_status, s->kind == SLOT_BROKEN, s->parse_status, mapped);
    }
    if (dkg_cli_progress && s->bytes) {
      dkg_progress_update(dkg_cli_progress,
                          state->n_records,
                          dkg_mapper_statement_count(writer),
                          s->bytes);
    }
  }
  return go_on;
}

/* Waits for the oldest batch handed out, replays it (or only waits, once
   the run has stopped), and frees its place in the ring. */
static bool
write_oldest(Pipeline* pl, bool go_on, DkgDiag* diag, DkgRunState* state)
{
  Batch* b = &pl->ring[pl->next_write % pl->n_ring];
  pthread_mutex_lock(&pl->lock);
  while (!b->done) {
    if (pl->next_take < pl->next_fill) {
      /* Rather than wait, map the next batch no thread has taken yet. */
      Batch* t = &pl->ring[pl->next_take++ % pl->n_ring];
      pthread_mutex_unlock(&pl->lock);
      map_batch(&pl->workers[0], t);
      pthread_mutex_lock(&pl->lock);
      t->done = true;
      continue;
    }
    pthread_cond_wait(&pl->done, &pl->lock);
  }
  pthread_mutex_unlock(&pl->lock);
  if (go_on) {
    go_on = replay_batch(pl, b, diag, state);
  }
  b->done = false;
  ++pl->next_write;
  return go_on;
}

/* Reads up to a batch of records of `reader` into `b`; sets *more false at
   the end of the input or when the reader cannot go on. */
static void
fill_batch(Batch* b,
           DkgReader* reader,
           DkgBuf** reader_log,
           const char* name,
           uint64_t bytes_before,
           bool* more)
{
  b->n = 0;
  dkg_buf_clear(&b->texts);
  dkg_buf_clear(&b->read_diags);
  *reader_log = &b->read_diags;
  while (b->n < BATCH_RECORDS) {
    Slot* s = &b->slots[b->n];
    memset(s, 0, sizeof(*s));
    s->read_diags[0] = b->read_diags.len;
    DkgRecordText text;
    memset(&text, 0, sizeof(text));
    const DkgStatus st = dkg_reader_next(reader, &text);
    s->read_diags[1] = b->read_diags.len;
    if (!st && !text.text) {
      if (s->read_diags[1] > s->read_diags[0]) { /* keep the messages */
        s->kind = SLOT_NOTES;
        ++b->n;
      }
      *more = false;
      return;
    }
    s->bytes = bytes_before + text.offset + text.len;
    ++b->n;
    if ((st == DKG_ERR_SYNTAX || st == DKG_ERR_LIMIT) && !text.text &&
        dkg_reader_can_resume(reader)) {
      s->kind = SLOT_BROKEN;
      s->read_status = st;
      continue;
    }
    if (st) {
      s->kind = SLOT_FATAL;
      s->read_status = st;
      *more = false;
      return;
    }
    s->kind = SLOT_RECORD;
    s->text = text;
    s->text.file = name;
    s->text_at = b->texts.len;
    if (!dkg_buf_append(&b->texts, text.text, text.len)) {
      s->kind = SLOT_FATAL;
      s->read_status = DKG_ERR_NOMEM;
      *more = false;
      return;
    }
  }
}

static void
hand_out(Pipeline* pl)
{
  pthread_mutex_lock(&pl->lock);
  ++pl->next_fill;
  pthread_cond_signal(&pl->work);
  pthread_mutex_unlock(&pl->lock);
}

static void
pipeline_free(Pipeline* pl)
{
  pthread_mutex_lock(&pl->lock);
  pl->closing = true;
  pthread_cond_broadcast(&pl->work);
  pthread_mutex_unlock(&pl->lock);
  for (size_t i = 0; i < pl->n_workers; ++i) {
    Worker* w = &pl->workers[i];
    if (w->started) {
      pthread_join(w->thread, NULL);
    }
    dkg_mapper_free(w->mapper);
    dkg_sink_free(w->sink);
    dkg_record_parser_free(w->parser);
    dkg_diag_free(w->diag);
    dkg_buf_destroy(&w->tape);
    dkg_hash_destroy(&w->known);
  }
  for (size_t i = 0; i < pl->n_ring; ++i) {
    Batch* b = &pl->ring[i];
    dkg_buf_destroy(&b->texts);
    dkg_buf_destroy(&b->read_diags);
    dkg_buf_destroy(&b->work_diags);
    dkg_buf_destroy(&b->tape);
  }
  for (size_t i = 0; i < pl->n_names; ++i) {
    free(pl->names[i]);
  }
  free(pl->names);
  free(pl->ring);
  free(pl->workers);
  pthread_mutex_destroy(&pl->lock);
  pthread_mutex_destroy(&pl->described);
  pthread_cond_destroy(&pl->work);
  pthread_cond_destroy(&pl->done);
}

/* Makes everything a worker uses, then starts the threads (workers[0]
   is the calling thread's own: write_oldest() maps with it instead of
   waiting, N threads in all).  False when memory or threads ran out; the
   pipeline is then freed by pipeline_free() all the same. */
static bool
pipeline_start(Pipeline* pl,
               const DkgRegistry* reg,
               const DkgParallel* par,
               int n_inputs)
{
  memset(pl, 0, sizeof(*pl));
  pl->par = par;
  pthread_mutex_init(&pl->lock, NULL);
  pthread_mutex_init(&pl->described, NULL);
  pthread_cond_init(&pl->work, NULL);
  pthread_cond_init(&pl->done, NULL);
  pl->n_workers = (size_t)par->jobs;
  pl->n_ring = 2u * pl->n_workers + 2u;
  pl->ring = (Batch*)calloc(pl->n_ring, sizeof(Batch));
  pl->workers = (Worker*)calloc(pl->n_workers, sizeof(Worker));
  pl->names = (char**)calloc((size_t)n_inputs, sizeof(char*));
  bool ok = pl->ring && pl->workers && pl->names;
  for (size_t i = 0; ok && i < pl->n_workers; ++i) {
    Worker* w = &pl->workers[i];
    w->pl = pl;
    dkg_hash_init(&w->known);
    w->diag = dkg_diag_new(DKG_PROGRAM, capture, &w->log);
    w->parser = w->diag ? dkg_record_parser_new(reg, w->diag) : NULL;
    w->sink = dkg_tape_sink_new(&w->tape, par->nt_lines, par->quads);
    w->mapper = w->sink ? par->mapper_new(par->handle, w->sink) : NULL;
    ok = w->diag && w->parser && w->mapper;
    if (ok) {
      dkg_mapper_defer(w->mapper, &w->tape, known, w);
    }
  }
  for (size_t i = 1; ok && i < pl->n_workers; ++i) {
    Worker* w = &pl->workers[i];
    w->started = !pthread_create(&w->thread, NULL, worker_main, w);
    ok = w->started;
  }
  return ok;
}

bool
dkg_cli_run_parallel(char** inputs,
                     int n_inputs,
                     const DkgRegistry* reg,
                     DkgDiag* diag,
                     DkgRunState* state,
                     const DkgParallel* par)
{
  dkg_cli_inputs_or_stdin(&inputs, &n_inputs);
  Pipeline pipeline;
  Pipeline* pl = &pipeline;
  const bool ok = pipeline_start(pl, reg, par, n_inputs);
  if (!ok) {
    dkg_cli_error("convert: cannot start %d threads: %s",
                  par->jobs,
                  strerror(errno ? errno : ENOMEM));
    state->status = DKG_ERR_NOMEM;
    pipeline_free(pl);
    return false;
  }

  DkgBuf* reader_log = NULL;
  bool go_on = true;
  for (int i = 0; go_on && i < n_inputs; ++i) {
    /* Earlier files are written first, so that messages keep their order. */
    while (go_on && pl->next_write < pl->next_fill) {
      go_on = write_oldest(pl, go_on, diag, state);
    }
    if (!go_on) {
      break;
    }
    const char* input_name = NULL;
    FILE* stream = dkg_cli_open_input(inputs[i], diag, state, &input_name);
    if (!stream) {
      go_on = false;
      break;
    }
    pl->names[pl->n_names] = strdup(input_name);
    const char* name = pl->names[pl->n_names++];
    DkgDiag* reader_diag = dkg_diag_new(DKG_PROGRAM, capture, &reader_log);
    DkgReader* reader =
      name && reader_diag
        ? dkg_reader_new(stream, name, reader_diag, &dkg_cli_reader_limits)
        : NULL;
    if (!reader) {
      state->status = DKG_ERR_NOMEM;
      go_on = false;
    }
    bool more = reader != NULL;
    while (go_on && more) {
      if (pl->next_fill - pl->next_write == pl->n_ring) {
        go_on = write_oldest(pl, go_on, diag, state);
        if (!go_on) {
          break;
        }
      }
      Batch* b = &pl->ring[pl->next_fill % pl->n_ring];
      fill_batch(b, reader, &reader_log, name, dkg_cli_progress_bytes, &more);
      hand_out(pl);
    }
    dkg_reader_free(reader);
    dkg_diag_free(reader_diag);
    dkg_cli_close_input(stream);
  }
  while (pl->next_write < pl->next_fill) {
    go_on = write_oldest(pl, go_on, diag, state);
  }
  pipeline_free(pl);
  return go_on;
}
