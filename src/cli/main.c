/* dialoguekg: the command line.  Only argument handling and wiring: the
   work is in the library (the other files of src/), one subcommand per file
   here. */

#include "common.h"

#include <stdio.h>
#include <string.h>

static const struct
{
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
} commands[] = {
  { "convert", dkg_cmd_convert, "map dialogue records to RDF" },
  { "validate", dkg_cmd_validate, "check dialogue records, write no RDF" },
};

static int
print_usage(FILE* out, int status)
{
  fprintf(out,
          "usage: %s COMMAND [OPTION...] [INPUT...]\n"
          "       %s --help | --version\n\n"
          "Maps records of bilateral government dialogues (JSON) to RDF.\n\n"
          "Commands:\n",
          dkg_program,
          dkg_program);
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); ++i) {
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  }
  fprintf(
    out, "\n'%s COMMAND --help' tells more about each command.\n", dkg_program);
  return status;
}

int
main(int argc, char** argv)
{
  if (argc < 2) {
    return print_usage(stderr, DKG_EXIT_USAGE);
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    return print_usage(stdout, DKG_EXIT_OK);
  }
  if (!strcmp(argv[1], "--version")) {
    printf("%s %s\n", dkg_program, DKG_VERSION);
    return DKG_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); ++i) {
    if (!strcmp(argv[1], commands[i].name)) {
      return commands[i].run(argc - 1, argv + 1);
    }
  }
  dkg_cli_error("unknown command '%s' (try '%s --help')", argv[1], dkg_program);
  return DKG_EXIT_USAGE;
}
