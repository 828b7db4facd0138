/* The rule for a failed record: see run_state.h. */

#include "run_state.h"

#include "message.h"

#include <string.h>

/* A rejected record: counted; the run goes on only with keep_going. */
static bool
reject(DkgRunState* state, DkgStatus st)
{
  ++state->n_bad;
  if (state->keep_going) {
    return true;
  }
  state->status = st;
  return false;
}

bool
dkg_cli_count_record(DkgRunState* state,
                     DkgStatus read,
                     bool resumable,
                     DkgStatus checked,
                     DkgStatus mapped)
{
  if (read) {
    if (read != DKG_ERR_SYNTAX && read != DKG_ERR_LIMIT) {
      state->status = read; /* I/O, memory: not the record's fault */
      return false;
    }
    ++state->n_records;
    if (resumable) {
      return reject(state, read);
    }
    ++state->n_bad; /* the input cannot be read past this one */
    state->status = read;
    return false;
  }
  ++state->n_records;
  if (checked) {
    if (checked == DKG_ERR_NOMEM) {
      state->status = checked;
      return false;
    }
    return reject(state, checked);
  }
  if (mapped == DKG_ERR_UNRESOLVED) {
    return reject(state, mapped);
  }
  if (mapped) {
    state->status = mapped;
    return false;
  }
  return true;
}

bool
dkg_cli_run_complete(DkgStatus status, bool keep_going)
{
  return !status ||
         (keep_going && (status == DKG_ERR_RECORD || status == DKG_ERR_SYNTAX ||
                         status == DKG_ERR_UNRESOLVED));
}

void
dkg_cli_report_rejected_then(const char* command,
                             const DkgRunState* state,
                             const char* tail)
{
  if (state->n_bad) {
    dkg_cli_error("%s: %llu of %llu record%s rejected%s",
                  command,
                  (unsigned long long)state->n_bad,
                  (unsigned long long)state->n_records,
                  state->n_records == 1u ? "" : "s",
                  tail);
  }
}

void
dkg_cli_report_rejected(const char* command,
                        const DkgRunState* state,
                        const char* output)
{
  if (!state->n_bad) {
    return;
  }
  if (state->keep_going) {
    dkg_cli_report_rejected_then(command, state, " and skipped");
    return;
  }
  const unsigned long long read = state->n_records;
  const bool to_file = output && strcmp(output, "-");
  dkg_cli_error("%s: stopped at the first bad record (record %llu); %llu "
                "record%s read, the rest of the input not read "
                "(--keep-going skips bad records)%s",
                command,
                read,
                read,
                read == 1u ? "" : "s",
                to_file ? "; the output file was left as it was" : "");
}
