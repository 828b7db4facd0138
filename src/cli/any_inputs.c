/* Inputs of convert and viz: records and RDF files in one run. */

#include "common.h"
#include "query/push_model.h"
#include "read/rdf_input.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

bool
dkg_cli_check_readable(const char* command, char** inputs, int n_inputs)
{
  for (int i = 0; i < n_inputs; ++i) {
    const size_t n = strlen(inputs[i]);
    if (n > 7u && !strcmp(inputs[i] + n - 7u, ".jsonld")) {
      dkg_cli_error("%s: %s: JSON-LD input is not read (raptor2 has no "
                    "JSON-LD parser); turn it into N-Triples first, e.g. "
                    "'riot --output=nt %s > FILE.nt'",
                    command,
                    inputs[i],
                    inputs[i]);
      return false;
    }
  }
  return true;
}

/* An RDF file raptor2 parses (JSON-LD is refused before). */
static bool
is_rdf(const char* input)
{
  return dkg_input_syntax(dkg_input_kind(input)) != NULL;
}

/* One RDF file straight into any->sink. */
static bool
run_rdf_file(const char* input,
             int position,
             bool prefix_blanks,
             DkgDiag* diag,
             DkgRunState* state,
             const DkgAnyInputs* any)
{
  FILE* stream = fopen(input, "rb");
  if (!stream) {
    DkgPlace place = { input, 0, 0, NULL };
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    state->status = DKG_ERR_IO;
    return false;
  }
  char prefix[24];
  snprintf(prefix, sizeof(prefix), "f%d_", position);
  const DkgRdfInputOptions options = {
    dkg_input_syntax(dkg_input_kind(input)),
    any->graph,
    prefix_blanks ? prefix : NULL,
  };
  const DkgStatus st =
    dkg_rdf_input_read(stream, input, &options, any->sink, diag, NULL);
  fclose(stream);
  if (st) {
    state->status = st;
    return false;
  }
  return true;
}

bool
dkg_cli_run_any(char** inputs,
                int n_inputs,
                const DkgRegistry* reg,
                DkgDiag* diag,
                DkgRunState* state,
                DkgMapper* mapper,
                const DkgAnyInputs* any)
{
  int n_rdf = 0;
  for (int i = 0; i < n_inputs; ++i) {
    n_rdf += is_rdf(inputs[i]) ? 1 : 0;
  }
  if (n_rdf == 0) {
    return any->parallel
             ? dkg_cli_run_parallel(
                 inputs, n_inputs, reg, diag, state, any->parallel)
             : dkg_cli_run_inputs(inputs, n_inputs, reg, diag, state, mapper);
  }
  bool go_on = true;
  for (int i = 0; go_on && i < n_inputs;) {
    if (is_rdf(inputs[i])) {
      go_on = run_rdf_file(inputs[i], i + 1, n_rdf > 1, diag, state, any);
      ++i;
      continue;
    }
    int end = i + 1; /* a run of record inputs */
    while (end < n_inputs && !is_rdf(inputs[end])) {
      ++end;
    }
    go_on =
      any->parallel
        ? dkg_cli_run_parallel(
            inputs + i, end - i, reg, diag, state, any->parallel)
        : dkg_cli_run_inputs(inputs + i, end - i, reg, diag, state, mapper);
    i = end;
  }
  return go_on;
}
