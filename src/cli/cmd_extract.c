/* dialoguekg extract: press releases in, dialogue records out (one per
   input: JSON for one input, JSON Lines for several).  See
   docs/extract.md. */

#include "common.h"
#include "extract/extract.h"
#include "util/output.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
usage(FILE* out, int status)
{
  fprintf(out,
          "usage: %s extract [OPTION...] [INPUT...]\n\n"
          "Reads press releases (UTF-8 plain text or HTML, one release per\n"
          "INPUT; '-' or no INPUT reads standard input) and writes one\n"
          "dialogue record per input: JSON for one input, JSON Lines for\n"
          "several.  Every value carries its evidence (the sentence and the\n"
          "character offsets it came from) in the record's \"evidence\".\n"
          "Ambiguities are warnings naming the sentence.\n\n"
          "  -o, --output FILE  write to FILE instead of standard output;\n"
          "                     FILE is replaced only when complete and\n"
          "                     at least one record was written, else\n"
          "                     left as it was\n"
          "      --html         read every input as HTML\n"
          "      --text         read every input as plain text\n"
          "                     (default: HTML when it looks like HTML)\n"
          "      --no-evidence  leave the \"evidence\" array out\n"
          "      --partial      when no date of the meeting or no two\n"
          "                     participants are found, write the record\n"
          "                     without them for a reviewer to finish (it\n"
          "                     does not pass validate; exit 1)\n"
          "      --data-dir DIR reference data (default: see README)\n"
          "      --registry FILE your own agencies, organizations (the\n"
          "                     participants besides countries), topics\n"
          "                     and series (repeatable)\n"
          "  -q, --quiet        no warnings; a summary line only on failure\n"
          "  -h, --help         this help\n\n"
          "Example: %s extract release.txt | %s convert -t jsonld -\n\n"
          "Exit status: 0 a record for every input, 1 an input gave none\n"
          "(the others are still written), 2 bad usage.\n",
          DKG_PROGRAM,
          DKG_PROGRAM,
          DKG_PROGRAM);
  return status;
}

static char*
read_all(FILE* f, size_t* len)
{
  size_t cap = 65536u, n = 0;
  char* buf = (char*)malloc(cap);
  while (buf) {
    const size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (n < cap) {
      if (ferror(f)) {
        free(buf);
        return NULL;
      }
      break;
    }
    if (cap > ((size_t)64 << 20)) {
      free(buf);
      errno = EFBIG;
      return NULL;
    }
    char* p = (char*)realloc(buf, cap * 2u);
    if (!p) {
      free(buf);
      return NULL;
    }
    buf = p;
    cap *= 2u;
  }
  if (buf) {
    *len = n;
  }
  return buf;
}

typedef struct
{
  DkgExtractFormat format; /* --html, --text; else told by the input */
  bool evidence;           /* not --no-evidence */
  bool partial;            /* --partial */
} ExtractOptions;

static const struct option extract_options[] = {
  { "html", no_argument, NULL, 'H' },
  { "text", no_argument, NULL, 'T' },
  { "no-evidence", no_argument, NULL, 'E' },
  { "partial", no_argument, NULL, 'P' },
  { NULL, 0, NULL, 0 },
};

static int
extract_option(void* options, int code, const char* arg)
{
  ExtractOptions* o = (ExtractOptions*)options;
  (void)arg;
  if (code == 'H' || code == 'T') {
    o->format = code == 'H' ? DKG_EXTRACT_HTML : DKG_EXTRACT_TEXT;
  } else if (code == 'E') {
    o->evidence = false;
  } else {
    o->partial = true;
  }
  return -1;
}

static const DkgCommand command = {
  "extract",
  DKG_OPT_OUTPUT | DKG_OPT_QUIET | DKG_OPT_DATA_DIR | DKG_OPT_REGISTRY,
  "",
  extract_options,
  usage,
  extract_option,
};

/* What the inputs gave. */
typedef struct
{
  size_t ok;      /* records made */
  size_t bad;     /* inputs that gave none (or, --partial, an unfinished) */
  size_t written; /* records written, --partial ones too */
  bool io_error;  /* writing the output failed */
} Counts;

/* Says that memory ran out on the input `name`, as the readers of the other
   commands do. */
static void
report_nomem(DkgDiag* diag, const char* name)
{
  const DkgPlace place = { name, 0, 0, NULL };
  dkg_diag_report(diag, DKG_ERROR, &place, "out of memory reading %s", name);
}

/* The bytes of `input` ("-": standard input, named "<stdin>" in *name),
   or NULL (reported). */
static char*
read_input(const char* input, DkgDiag* diag, const char** name, size_t* len)
{
  FILE* in = dkg_cli_open_input(input, diag, NULL, name);
  char* bytes = in ? read_all(in, len) : NULL;
  const int err = errno;
  if (in && !bytes && err == ENOMEM) {
    report_nomem(diag, *name);
  } else if (in && !bytes) {
    const DkgPlace place = { *name, 0, 0, NULL };
    dkg_diag_report(diag, DKG_ERROR, &place, "cannot read: %s", strerror(err));
  }
  dkg_cli_close_input(in);
  return bytes;
}

/* Extracts the record of `input` and writes it to `out`: pretty when it
   is the only input, else one line of JSON Lines. */
static void
extract_one(DkgExtractor* x,
            const char* input,
            const ExtractOptions* o,
            bool only,
            DkgDiag* diag,
            FILE* out,
            Counts* counts)
{
  const bool is_stdin = !strcmp(input, "-");
  const char* name = input;
  size_t len = 0;
  char* bytes = read_input(input, diag, &name, &len);
  if (!bytes) {
    ++counts->bad;
    return;
  }
  DkgExtractFormat f = o->format;
  if (f == DKG_EXTRACT_AUTO && !is_stdin) {
    const char* dot = strrchr(input, '.');
    if (dot && (!strcmp(dot, ".html") || !strcmp(dot, ".htm") ||
                !strcmp(dot, ".xhtml"))) {
      f = DKG_EXTRACT_HTML;
    }
  }
  cJSON* record = NULL;
  const DkgStatus st =
    dkg_extract(x, name, bytes, len, f, o->evidence, &record);
  free(bytes);
  if (st || !record) {
    ++counts->bad; /* --partial: written, but the input gave no record */
  }
  /* the evidence array is always there when asked for, unless memory ran
     out while it was made */
  const bool nomem =
    st == DKG_ERR_NOMEM ||
    (record && o->evidence &&
     !cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(record, "evidence")));
  char* text = !record || nomem ? NULL
               : only           ? cJSON_Print(record)
                                : cJSON_PrintUnformatted(record);
  cJSON_Delete(record);
  if (nomem || (record && !text)) {
    report_nomem(diag, name);
    counts->bad += !st && record ? 1u : 0u;
  }
  /* the text written, pretty or not, is what validate's reader reads */
  if (text && dkg_extract_check_size(diag, name, strlen(text))) {
    free(text);
    text = NULL;
    counts->bad += st ? 0u : 1u;
  }
  if (text) {
    if (fputs(text, out) < 0 || fputc('\n', out) < 0) {
      counts->io_error = true;
    }
    free(text);
    counts->ok += st ? 0u : 1u;
    ++counts->written;
  }
}

/* Commits -o when something was written (standard output: always), else
   leaves the file as it was; says why.  Returns whether writing failed. */
static bool
finish_output(DkgOutput* output_file,
              const char* output,
              const Counts* counts,
              DkgDiag* diag)
{
  bool io_error = counts->io_error || ferror(dkg_output_stream(output_file));
  const bool to_file = output && strcmp(output, "-");
  if (io_error) {
    dkg_cli_error("extract: cannot write %s: %s",
                  to_file ? output : "standard output",
                  strerror(errno));
  }
  if (!io_error && (counts->written > 0 || !to_file)) {
    return dkg_output_commit(output_file, diag) != DKG_SUCCESS;
  }
  dkg_output_abort(output_file);
  if (to_file) {
    dkg_cli_error("extract: %s left as it was (%s)",
                  output,
                  io_error ? "write error" : "no record was made");
  }
  return io_error;
}

static int
run(const DkgCliOptions* cli,
    const ExtractOptions* o,
    char** inputs,
    int n_inputs)
{
  const char* dir = dkg_cli_data_dir(cli->fill.data_dir);
  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  DkgExtractor* x = NULL;
  DkgOutput* output_file = NULL;
  int exit_code = DKG_EXIT_DATA;
  if (!diag ||
      dkg_registry_load_overlays(
        dir, cli->fill.overlays, cli->fill.n_overlays, diag, &reg) ||
      dkg_extractor_new(dir, reg, diag, &x) ||
      !(output_file = dkg_output_open(cli->output, diag))) {
    goto done;
  }
  dkg_extractor_set_partial(x, o->partial);
  Counts counts = { 0u, 0u, 0u, false };
  for (int i = 0; i < n_inputs; ++i) {
    extract_one(x,
                inputs[i],
                o,
                n_inputs == 1,
                diag,
                dkg_output_stream(output_file),
                &counts);
  }
  const bool io_error = finish_output(output_file, cli->output, &counts, diag);
  const size_t warnings = dkg_diag_count(diag, DKG_WARNING);
  if (!cli->fill.quiet || counts.bad || io_error) { /* -q: failures only */
    dkg_cli_error("%zu input%s, %zu record%s, %zu warning%s",
                  (size_t)n_inputs,
                  n_inputs == 1 ? "" : "s",
                  counts.ok,
                  counts.ok == 1u ? "" : "s",
                  warnings,
                  warnings == 1u ? "" : "s");
  }
  exit_code = io_error || counts.bad ? DKG_EXIT_DATA : DKG_EXIT_OK;

done:
  dkg_extractor_free(x);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return exit_code;
}

int
dkg_cmd_extract(int argc, char** argv)
{
  DkgCliOptions cli = dkg_cli_options_default();
  ExtractOptions o = { DKG_EXTRACT_AUTO, true, false };
  const int parsed = dkg_cli_parse(&command, argc, argv, &cli, &o);
  if (parsed >= 0) {
    return parsed;
  }
  char** inputs = argv + optind;
  int n_inputs = argc - optind;
  dkg_cli_inputs_or_stdin(&inputs, &n_inputs);
  return run(&cli, &o, inputs, n_inputs);
}
