/* dialoguekg: the command line.  Only argument handling and wiring: the
   work is in the library (the other files of src/), one subcommand per file
   here. */

#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const struct
{
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
} commands[] = {
  { "convert", dkg_cmd_convert, "map dialogue records to RDF" },
  { "validate", dkg_cmd_validate, "check dialogue records, write no RDF" },
  { "query", dkg_cmd_query, "run a SPARQL query on records or RDF files" },
  { "load", dkg_cmd_load, "fill a persistent store for later queries" },
  { "push", dkg_cmd_push, "send the graph to a SPARQL Graph Store" },
  { "serve", dkg_cmd_serve, "run a local SPARQL endpoint (Virtuoso)" },
  { "viz", dkg_cmd_viz, "draw records as an interactive HTML page" },
  { "extract", dkg_cmd_extract, "turn press releases into records" },
};

static int
print_usage(FILE* out, int status)
{
  fprintf(out,
          "usage: %s COMMAND [OPTION...] [INPUT...]\n"
          "       %s --help | --version\n\n"
          "Maps records of bilateral government dialogues (JSON) to RDF.\n\n"
          "Commands:\n",
          DKG_PROGRAM,
          DKG_PROGRAM);
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); ++i) {
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  }
  fprintf(
    out, "\n'%s COMMAND --help' tells more about each command.\n", DKG_PROGRAM);
  return status;
}

/* Closes standard output and checks that everything written reached it:
   a full disk or a closed pipe must not pass for success. */
static int
close_stdout(int status)
{
  const bool had_error = ferror(stdout) != 0;
  errno = 0;
  const bool close_failed = fclose(stdout) != 0;
  if (had_error || close_failed) {
    if (status == DKG_EXIT_OK) { /* else the command said what went wrong */
      dkg_cli_error("write error on standard output%s%s",
                    close_failed && errno ? ": " : "",
                    close_failed && errno ? strerror(errno) : "");
    }
    return status == DKG_EXIT_OK ? DKG_EXIT_DATA : status;
  }
  return status;
}

/* Started with standard output closed (`>&-`): descriptor 1 is given a
   read-only /dev/null, so that no file opened later takes it, and a write
   to standard output fails (EBADF) while a command that writes nothing
   there (validate, convert -o FILE) succeeds. */
static void
hold_stdout_descriptor(void)
{
  if (fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF) {
    int fd = open("/dev/null", O_RDONLY);
    if (fd == STDIN_FILENO) { /* closed too: it reads /dev/null now */
      fd = open("/dev/null", O_RDONLY);
    }
    if (fd > STDOUT_FILENO) {
      close(fd);
    }
  }
}

int
main(int argc, char** argv)
{
  hold_stdout_descriptor();
  if (argc < 2) {
    return print_usage(stderr, DKG_EXIT_USAGE);
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    return close_stdout(print_usage(stdout, DKG_EXIT_OK));
  }
  if (!strcmp(argv[1], "--version")) {
    printf("%s %s\n", DKG_PROGRAM, DKG_VERSION);
    return close_stdout(DKG_EXIT_OK);
  }
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); ++i) {
    if (!strcmp(argv[1], commands[i].name)) {
      return close_stdout(commands[i].run(argc - 1, argv + 1));
    }
  }
  dkg_cli_error("unknown command '%s' (try '%s --help')", argv[1], DKG_PROGRAM);
  return DKG_EXIT_USAGE;
}
