/* The shared options and the getopt loop of every command: see
   options.h. */

#include "options.h"

#include "message.h"
#include "mint/iri_check.h"
#include "program.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

DkgReaderLimits dkg_cli_reader_limits = { 0u, 0u };

enum
{
  CODE_BASE = DKG_OPT_CODE_FIRST,
  CODE_DATA_DIR,
  CODE_REGISTRY,
  CODE_STRICT,
  CODE_KEEP_GOING,
  CODE_MAX_RECORD_SIZE,
  CODE_MAX_DEPTH,
  CODE_PROGRESS,
  CODE_MAX_MEMORY,
};

/* The one table of the shared options: which bit of DkgCommand.shared
   brings each (0: every command). */
static const struct
{
  unsigned bit;
  struct option entry;
} shared[] = {
  { DKG_OPT_OUTPUT, { "output", required_argument, NULL, 'o' } },
  { DKG_OPT_QUIET, { "quiet", no_argument, NULL, 'q' } },
  { DKG_OPT_BASE, { "base", required_argument, NULL, CODE_BASE } },
  { DKG_OPT_DATA_DIR, { "data-dir", required_argument, NULL, CODE_DATA_DIR } },
  { DKG_OPT_REGISTRY, { "registry", required_argument, NULL, CODE_REGISTRY } },
  { DKG_OPT_STRICT, { "strict", no_argument, NULL, CODE_STRICT } },
  { DKG_OPT_KEEP_GOING, { "keep-going", no_argument, NULL, CODE_KEEP_GOING } },
  { DKG_OPT_LIMITS,
    { "max-record-size", required_argument, NULL, CODE_MAX_RECORD_SIZE } },
  { DKG_OPT_LIMITS, { "max-depth", required_argument, NULL, CODE_MAX_DEPTH } },
  { DKG_OPT_PROGRESS, { "progress", no_argument, NULL, CODE_PROGRESS } },
  { DKG_OPT_MAX_MEMORY,
    { "max-memory", required_argument, NULL, CODE_MAX_MEMORY } },
  { 0u, { "help", no_argument, NULL, 'h' } },
};

#define N_SHARED (sizeof(shared) / sizeof(shared[0]))

/* Long options of one command at the most (its own and the shared). */
#define MAX_LONG_OPTIONS 64u

DkgCliOptions
dkg_cli_options_default(void)
{
  DkgCliOptions cli;
  memset(&cli, 0, sizeof(cli));
  cli.progress = -1;
  cli.fill.base = DKG_DEFAULT_BASE;
  cli.fill.stdin_if_none = true;
  return cli;
}

bool
dkg_cli_check_iri(const char* option, const char* value, bool base)
{
  const char* why = NULL;
  size_t at = 0;
  if (!value[0] || !dkg_iri_check(value, strlen(value), &why, &at)) {
    dkg_cli_error(
      "%s \"%s\": %s (at byte %zu)", option, value, why ? why : "empty", at);
    return false;
  }
  const char last = value[strlen(value) - 1u];
  if (base && last != '/' && last != '#') {
    dkg_cli_error("%s \"%s\" must end with '/' or '#'", option, value);
    return false;
  }
  return true;
}

/* --max-record-size SIZE (bytes, or with a suffix K, M or G) and
   --max-depth N (1 to 1000, cJSON's own limit); false after reporting. */
static bool
limit_option(const char* command, bool depth, const char* value)
{
  const char* option = depth ? "max-depth" : "max-record-size";
  char* end = NULL;
  errno = 0;
  const unsigned long long n =
    value[0] >= '0' && value[0] <= '9' ? strtoull(value, &end, 10) : 0u;
  unsigned long long scale = 1u;
  if (end && !depth && end[0] && !end[1]) {
    scale = end[0] == 'K' || end[0] == 'k'   ? 1024u
            : end[0] == 'M' || end[0] == 'm' ? 1024u * 1024u
            : end[0] == 'G' || end[0] == 'g' ? 1024u * 1024u * 1024u
                                             : 0u;
    end += scale ? 1 : 0;
  }
  if (!end || *end || errno || !n || !scale || n > SIZE_MAX / scale ||
      (depth && n > 1000u)) {
    dkg_cli_error(depth ? "%s: --%s takes a whole number from 1 to 1000, "
                          "not '%s'"
                        : "%s: --%s takes a size in bytes (suffix K, M or "
                          "G allowed) greater than 0, not '%s'",
                  command,
                  option,
                  value);
    return false;
  }
  if (depth) {
    dkg_cli_reader_limits.max_depth = (unsigned)n;
  } else {
    dkg_cli_reader_limits.max_record_bytes = (size_t)(n * scale);
  }
  return true;
}

/* --max-memory SIZE: digits and at most one suffix k, m or g (Java's
   -Xmx); false after reporting. */
static bool
memory_option(const char* command, const char* value)
{
  const size_t digits = strspn(value, "0123456789");
  if (digits == 0 || digits + 1u < strlen(value) ||
      !strchr("0123456789kKmMgG", value[strlen(value) - 1u])) {
    dkg_cli_error("%s: --max-memory takes a size such as 512m or 4g, not "
                  "'%s'",
                  command,
                  value);
    return false;
  }
  return true;
}

/* The parser of each shared option: -1 to go on, else an exit code. */
static int
shared_option(const DkgCommand* command,
              int code,
              const char* arg,
              DkgCliOptions* cli)
{
  DkgFillOptions* fill = &cli->fill;
  switch (code) {
    case 'o':
      cli->output = arg;
      return -1;
    case 'q':
      fill->quiet = dkg_cli_quiet = true;
      return -1;
    case CODE_BASE:
      fill->base = arg;
      return dkg_cli_check_iri("--base", arg, true) ? -1 : DKG_EXIT_USAGE;
    case CODE_DATA_DIR:
      fill->data_dir = arg;
      return -1;
    case CODE_REGISTRY:
      if (fill->n_overlays == DKG_MAX_REGISTRY_FILES) {
        dkg_cli_error("%s: at most %d --registry files",
                      command->name,
                      DKG_MAX_REGISTRY_FILES);
        return DKG_EXIT_USAGE;
      }
      fill->overlays[fill->n_overlays++] = arg;
      return -1;
    case CODE_STRICT:
      fill->strict = true;
      return -1;
    case CODE_KEEP_GOING:
      cli->keep_going = true;
      return -1;
    case CODE_MAX_RECORD_SIZE:
    case CODE_MAX_DEPTH:
      return limit_option(command->name, code == CODE_MAX_DEPTH, arg)
               ? -1
               : DKG_EXIT_USAGE;
    case CODE_PROGRESS:
      cli->progress = 1;
      return -1;
    case CODE_MAX_MEMORY:
      cli->max_memory = arg;
      return memory_option(command->name, arg) ? -1 : DKG_EXIT_USAGE;
    case 'h':
      return command->usage(stdout, DKG_EXIT_OK);
    default:
      return DKG_EXIT_USAGE; /* not reached: getopt knows no other */
  }
}

/* For getopt_long's '?' (unknown option) and ':' (missing argument), the
   value of `c`: one line naming the option, and where to read more. */
static int
option_error(const char* command, int c, char** argv)
{
  const char* arg = argv[optind - 1];
  const bool is_long = !strncmp(arg, "--", 2);
  const int len = is_long ? (int)strcspn(arg, "=") : 2;
  char short_name[3] = { '-', (char)optopt, '\0' };
  if (!is_long && optopt > ' ' && optopt < 0x7F) {
    arg = short_name;
  }
  dkg_cli_error("%s: %s '%.*s'",
                command,
                c == ':' ? "missing argument to" : "unknown option",
                len,
                arg);
  fprintf(
    stderr, "Try '%s %s --help' for more information.\n", DKG_PROGRAM, command);
  return DKG_EXIT_USAGE;
}

/* The getopt tables of `command`: `longs` (MAX_LONG_OPTIONS + 1 entries)
   and `shorts` (64 bytes).  False when they do not fit (a bug). */
static bool
make_tables(const DkgCommand* command, struct option* longs, char* shorts)
{
  size_t n = 0;
  for (size_t i = 0; i < N_SHARED; ++i) {
    if (!shared[i].bit || (command->shared & shared[i].bit)) {
      longs[n++] = shared[i].entry;
    }
  }
  for (size_t i = 0; command->options && command->options[i].name; ++i) {
    if (n == MAX_LONG_OPTIONS) {
      return false;
    }
    longs[n++] = command->options[i];
  }
  memset(&longs[n], 0, sizeof(longs[n]));
  const int len = snprintf(shorts,
                           64u,
                           ":%s%sh%s",
                           command->shared & DKG_OPT_OUTPUT ? "o:" : "",
                           command->shared & DKG_OPT_QUIET ? "q" : "",
                           command->short_options);
  return len > 0 && len < 64;
}

static bool
is_shared(int c)
{
  return c == 'o' || c == 'q' || c == 'h' ||
         (c >= DKG_OPT_CODE_FIRST && c < DKG_OPT_CODE_FIRST + 0x100);
}

int
dkg_cli_parse(const DkgCommand* command,
              int argc,
              char** argv,
              DkgCliOptions* cli,
              void* options)
{
  struct option longs[MAX_LONG_OPTIONS + 1u];
  char shorts[64];
  if (!make_tables(command, longs, shorts)) {
    dkg_cli_error("%s: internal error: too many options", command->name);
    return DKG_EXIT_USAGE;
  }
  int c = 0;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
    const int code = c == '?' || c == ':' ? option_error(command->name, c, argv)
                     : is_shared(c) ? shared_option(command, c, optarg, cli)
                                    : command->option(options, c, optarg);
    if (code >= 0) {
      return code;
    }
  }
  return -1;
}
