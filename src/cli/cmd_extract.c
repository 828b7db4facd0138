/* dialoguekg extract: press releases in, dialogue records out (one per
   input: JSON for one input, JSON Lines for several).  See
   docs/extract.md. */

#include "common.h"
#include "extract/extract.h"
#include "util/output.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <getopt.h>
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
          "      --partial      when no date of the meeting is found, write\n"
          "                     the record without it for a reviewer to\n"
          "                     finish (it does not pass validate; exit 1)\n"
          "      --data-dir DIR reference data (default: see README)\n"
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

int
dkg_cmd_extract(int argc, char** argv)
{
  static const struct option options[] = {
    { "output", required_argument, NULL, 'o' },
    { "html", no_argument, NULL, 'H' },
    { "text", no_argument, NULL, 'T' },
    { "no-evidence", no_argument, NULL, 'E' },
    { "partial", no_argument, NULL, 'P' },
    { "data-dir", required_argument, NULL, 'D' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 },
  };
  const char* output = NULL;
  const char* data_dir = NULL;
  DkgExtractFormat format = DKG_EXTRACT_AUTO;
  bool evidence = true, quiet = false, partial = false;
  int c = 0;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":o:qh", options, NULL)) != -1) {
    switch (c) {
      case 'o':
        output = optarg;
        break;
      case 'H':
        format = DKG_EXTRACT_HTML;
        break;
      case 'T':
        format = DKG_EXTRACT_TEXT;
        break;
      case 'E':
        evidence = false;
        break;
      case 'P':
        partial = true;
        break;
      case 'D':
        data_dir = optarg;
        break;
      case 'q':
        quiet = dkg_cli_quiet = true;
        break;
      case 'h':
        return usage(stdout, DKG_EXIT_OK);
      default:
        return dkg_cli_option_error("extract", c, argv);
    }
  }
  static char dash[] = "-";
  static char* stdin_only[] = { dash };
  char** inputs = argv + optind;
  int n_inputs = argc - optind;
  if (n_inputs == 0) {
    inputs = stdin_only;
    n_inputs = 1;
  }

  DkgDiag* diag = dkg_diag_new(DKG_PROGRAM, dkg_cli_diag_print, NULL);
  DkgRegistry* reg = NULL;
  const char* dir = dkg_cli_data_dir(data_dir);
  if (!diag || dkg_registry_load(dir, diag, &reg)) {
    dkg_diag_free(diag);
    return DKG_EXIT_DATA;
  }
  DkgExtractor* x = NULL;
  if (dkg_extractor_new(dir, reg, diag, &x)) {
    dkg_registry_free(reg);
    dkg_diag_free(diag);
    return DKG_EXIT_DATA;
  }
  dkg_extractor_set_partial(x, partial);
  DkgOutput* output_file = dkg_output_open(output, diag);
  if (!output_file) {
    dkg_extractor_free(x);
    dkg_registry_free(reg);
    dkg_diag_free(diag);
    return DKG_EXIT_DATA;
  }
  FILE* out = dkg_output_stream(output_file);
  size_t n_ok = 0, n_bad = 0, n_written = 0; /* written: --partial too */
  bool io_error = false;
  for (int i = 0; i < n_inputs; ++i) {
    const bool is_stdin = !strcmp(inputs[i], "-");
    const char* name = is_stdin ? "<stdin>" : inputs[i];
    FILE* in = is_stdin ? stdin : fopen(inputs[i], "rb");
    const DkgPlace place = { name, 0, 0, NULL };
    if (!in) {
      dkg_diag_report(
        diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
      ++n_bad;
      continue;
    }
    size_t len = 0;
    char* bytes = read_all(in, &len);
    if (!is_stdin) {
      fclose(in);
    }
    if (!bytes) {
      dkg_diag_report(
        diag, DKG_ERROR, &place, "cannot read: %s", strerror(errno));
      ++n_bad;
      continue;
    }
    DkgExtractFormat f = format;
    if (f == DKG_EXTRACT_AUTO && !is_stdin) {
      const char* dot = strrchr(inputs[i], '.');
      if (dot && (!strcmp(dot, ".html") || !strcmp(dot, ".htm") ||
                  !strcmp(dot, ".xhtml"))) {
        f = DKG_EXTRACT_HTML;
      }
    }
    cJSON* record = NULL;
    const DkgStatus st = dkg_extract(x, name, bytes, len, f, evidence, &record);
    free(bytes);
    if (st && record) {
      ++n_bad; /* --partial: written, but the input gave no record */
    } else if (st || !record) {
      ++n_bad;
      continue;
    }
    char* text =
      n_inputs == 1 ? cJSON_Print(record) : cJSON_PrintUnformatted(record);
    cJSON_Delete(record);
    if (!text) {
      dkg_cli_error("out of memory");
      ++n_bad;
      continue;
    }
    if (fputs(text, out) < 0 || fputc('\n', out) < 0) {
      io_error = true;
    }
    free(text);
    n_ok += st ? 0u : 1u;
    ++n_written;
  }
  io_error = io_error || ferror(out);
  if (io_error) {
    dkg_cli_error("extract: cannot write %s: %s",
                  output && strcmp(output, "-") ? output : "standard output",
                  strerror(errno));
  }
  const bool to_file = output && strcmp(output, "-");
  if (!io_error && (n_written > 0 || !to_file)) {
    io_error = dkg_output_commit(output_file, diag) != DKG_SUCCESS;
  } else {
    dkg_output_abort(output_file);
    if (to_file) {
      dkg_cli_error("extract: %s left as it was (%s)",
                    output,
                    io_error ? "write error" : "no record was made");
    }
  }
  if (!quiet || n_bad || io_error) { /* -q: only a failure's summary */
    fprintf(stderr,
            "%s: %zu input%s, %zu record%s, %zu warning%s\n",
            DKG_PROGRAM,
            (size_t)n_inputs,
            n_inputs == 1 ? "" : "s",
            n_ok,
            n_ok == 1u ? "" : "s",
            dkg_diag_count(diag, DKG_WARNING),
            dkg_diag_count(diag, DKG_WARNING) == 1u ? "" : "s");
  }
  dkg_extractor_free(x);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  return io_error || n_bad ? DKG_EXIT_DATA : DKG_EXIT_OK;
}
