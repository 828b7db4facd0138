#ifndef DKG_CLI_LINK_OPTIONS_H
#define DKG_CLI_LINK_OPTIONS_H

/* The options of `convert` that link the export out and describe it
   (docs/linking.md): --links, --provenance, --describe and the dataset
   options.  Kept here so that cmd_convert.c only calls in. */

#include "map/mapper.h"
#include "resolve/links.h"
#include "sink/describe.h"

#include <getopt.h>
#include <stdio.h>

#define DKG_LINK_OPTION_FIRST 0x400

/* Entries for getopt_long's table, values from DKG_LINK_OPTION_FIRST. */
#define DKG_LINK_LONG_OPTIONS                                                  \
  { "links", required_argument, NULL, DKG_LINK_OPTION_FIRST + 0 },             \
    { "describe", required_argument, NULL, DKG_LINK_OPTION_FIRST + 1 },        \
    { "provenance", no_argument, NULL, DKG_LINK_OPTION_FIRST + 2 },            \
    { "title", required_argument, NULL, DKG_LINK_OPTION_FIRST + 3 },           \
    { "description", required_argument, NULL, DKG_LINK_OPTION_FIRST + 4 },     \
    { "license", required_argument, NULL, DKG_LINK_OPTION_FIRST + 5 },         \
    { "publisher", required_argument, NULL, DKG_LINK_OPTION_FIRST + 6 },       \
    { "distribution", required_argument, NULL, DKG_LINK_OPTION_FIRST + 7 },    \
  {                                                                            \
    "timestamp", no_argument, NULL, DKG_LINK_OPTION_FIRST + 8                  \
  }

#define DKG_MAX_DISTRIBUTIONS 16

typedef struct
{
  const char* links_file;
  const char* describe_file;
  bool provenance;
  bool timestamp;
  const char* title;
  const char* description;
  const char* license;
  const char* publisher;
  DkgDistribution distributions[DKG_MAX_DISTRIBUTIONS];
  char names[DKG_MAX_DISTRIBUTIONS][24]; /* format names of --distribution */
  size_t n_distributions;
  /* Set up by dkg_link_options_setup(). */
  const char* base;
  DkgLinks* links;
  DkgSink* counted; /* the counting sink wrapping the output, or NULL */
  char activity[4096];
  char stamp[32];
} DkgLinkOptions;

/** Handles option `code` (>= DKG_LINK_OPTION_FIRST) with `arg`.  Returns
    false after printing a usage error. */
bool dkg_link_options_parse(DkgLinkOptions* lo, int code, const char* arg);

/** Prints the help lines of these options. */
void dkg_link_options_usage(FILE* out);

/** Checks the options against the run (`format` written to `output`, NULL
    or "-" for standard output), loads the link table, computes the
    timestamp, and wraps `*sink` in a counting sink when --describe is
    given.  Returns DKG_EXIT_OK, DKG_EXIT_USAGE or DKG_EXIT_DATA (after
    reporting). */
int dkg_link_options_setup(DkgLinkOptions* lo,
                           DkgDiag* diag,
                           const char* base,
                           const char* format,
                           const char* output,
                           DkgSink** sink);

/** Gives the mapper the link table and, with --provenance, the activity. */
void dkg_link_options_attach(DkgLinkOptions* lo, DkgMapper* mapper);

/** Writes, with --provenance, the export activity to the data output
    `sink` (in `graph`, may be NULL) before it is finished. */
DkgStatus dkg_link_options_finish_data(DkgLinkOptions* lo,
                                       DkgSink* sink,
                                       const char* graph);

/** Reports link entries that matched nothing (warnings; errors with
    `strict`, which then return DKG_ERR_UNRESOLVED); nothing when `quiet`
    and not `strict`. */
DkgStatus dkg_link_options_report(DkgLinkOptions* lo,
                                  DkgDiag* diag,
                                  bool quiet,
                                  bool strict);

/** After the data output was committed: writes the --describe file. */
DkgStatus dkg_link_options_describe(DkgLinkOptions* lo,
                                    DkgDiag* diag,
                                    const char* base,
                                    const char* format,
                                    const char* output);

/** Frees what setup made (not the counting sink, which the caller frees as
    its output sink). */
void dkg_link_options_free(DkgLinkOptions* lo);

#endif
