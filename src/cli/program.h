#ifndef DKG_CLI_PROGRAM_H
#define DKG_CLI_PROGRAM_H

/* The command's name, first on every line it prints on standard error,
   and its exit statuses: 0 success, 1 bad data, 2 bad usage. */

#define DKG_PROGRAM "dialoguekg"

#define DKG_EXIT_OK 0
#define DKG_EXIT_DATA 1
#define DKG_EXIT_USAGE 2

#endif
