/* Arguments and inputs of the SPARQL engine.  See engine_args.h. */

#include "engine_args.h"

#include "query/push_model.h"
#include "sink/nt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

bool
dkg_args_add(DkgArgList* args, const char* arg)
{
  if (args->n + 2u > args->cap) {
    const size_t cap = args->cap ? args->cap * 2u : 32u;
    const char** bigger =
      (const char**)realloc((void*)args->items, cap * sizeof(char*));
    if (!bigger) {
      return false;
    }
    args->items = bigger;
    args->cap = cap;
  }
  args->items[args->n++] = arg;
  args->items[args->n] = NULL;
  return true;
}

bool
dkg_args_add_copy(DkgArgList* args, const char* arg)
{
  char** bigger =
    (char**)realloc(args->owned, (args->n_owned + 1u) * sizeof(char*));
  if (!bigger) {
    return false;
  }
  args->owned = bigger;
  char* copy = strdup(arg);
  if (!copy) {
    return false;
  }
  args->owned[args->n_owned++] = copy;
  return dkg_args_add(args, copy);
}

void
dkg_args_clear(DkgArgList* args)
{
  for (size_t i = 0; i < args->n_owned; ++i) {
    free(args->owned[i]);
  }
  free(args->owned);
  free((void*)args->items);
  memset(args, 0, sizeof(*args));
}

const char*
dkg_cli_engine_syntax(const char* path)
{
  const DkgInputKind kind = dkg_input_kind(path);
  /* Jena reads JSON-LD, which librdf (dkg_input_syntax) cannot. */
  return kind == DKG_INPUT_JSONLD ? "jsonld" : dkg_input_syntax(kind);
}

DkgStatus
dkg_cli_engine_inputs(char** inputs,
                      int n_inputs,
                      bool stdin_if_none,
                      DkgArgList* args,
                      DkgRecordFeed* feed)
{
  feed->inputs = (char**)calloc((size_t)n_inputs + 1u, sizeof(char*));
  feed->n_inputs = 0;
  if (!feed->inputs) {
    return DKG_ERR_NOMEM;
  }
  for (int i = 0; i < n_inputs; ++i) {
    const char* syntax = dkg_cli_engine_syntax(inputs[i]);
    if (!syntax) {
      feed->inputs[feed->n_inputs++] = inputs[i];
      continue;
    }
    struct stat st;
    if (stat(inputs[i], &st)) {
      DkgPlace place = { inputs[i], 0, 0, NULL };
      dkg_diag_report(
        feed->diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
      return DKG_ERR_IO;
    }
    if (!dkg_args_add(args, "--data") || !dkg_args_add(args, syntax) ||
        !dkg_args_add(args, inputs[i])) {
      return DKG_ERR_NOMEM;
    }
  }
  if (feed->n_inputs || (n_inputs == 0 && stdin_if_none)) {
    return dkg_args_add(args, "--stdin") ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  return DKG_SUCCESS;
}

DkgStatus
dkg_cli_feed_records(void* handle, FILE* out)
{
  const DkgRecordFeed* feed = (const DkgRecordFeed*)handle;
  const DkgFillOptions* options = feed->options;
  DkgRegistry* reg = NULL;
  DkgStatus st = dkg_registry_load_overlays(dkg_cli_data_dir(options->data_dir),
                                            options->overlays,
                                            options->n_overlays,
                                            feed->diag,
                                            &reg);
  if (st) {
    return st;
  }
  DkgSink* sink = dkg_nt_sink_new(out, false);
  const DkgMapperOptions mopts = { options->base, NULL, options->strict };
  DkgMapper* mapper =
    sink ? dkg_mapper_new(reg, sink, feed->diag, &mopts) : NULL;
  if (!mapper) {
    dkg_sink_free(sink);
    dkg_registry_free(reg);
    return DKG_ERR_NOMEM;
  }
  dkg_cli_run_inputs(
    feed->inputs, feed->n_inputs, reg, feed->diag, feed->state, mapper);
  st = feed->state->status;
  if (!options->quiet || options->strict) {
    dkg_mapper_report_unresolved(mapper);
  }
  const DkgStatus fst = dkg_sink_finish(sink);
  dkg_mapper_free(mapper);
  dkg_sink_free(sink);
  dkg_registry_free(reg);
  if (dkg_cli_run_complete(st, feed->state->keep_going)) {
    st = DKG_SUCCESS; /* bad records skipped */
  }
  return st ? st : fst;
}

bool
dkg_cli_inputs_small(char** inputs, int n_inputs)
{
  const uint64_t size = dkg_cli_inputs_size(inputs, n_inputs);
  return n_inputs > 0 && size > 0 && size < (8u << 20);
}

DkgStatus
dkg_cli_engine_run(const DkgArgList* args,
                   DkgRecordFeed* feed,
                   const char* max_memory,
                   const char* query_path,
                   const char* query_name,
                   bool small,
                   DkgDiag* diag,
                   DkgEngineResult* result)
{
  const bool records = args->n && !strcmp(args->items[args->n - 1], "--stdin");
  const DkgEngineRun run = {
    args->items, records ? dkg_cli_feed_records : NULL,
    feed,        -1,
    max_memory,  0,
    query_path,  query_name,
    small,
  };
  return dkg_engine_run(&run, diag, result);
}
