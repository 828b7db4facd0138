/*
  map_record: maps the dialogue records of a file to RDF through the
  installed libdialoguekg, as `dialoguekg convert` does.

    cc map_record.c $(pkg-config --cflags --libs dialoguekg) -o map_record
    ./map_record "$(pkg-config --variable=datadir dialoguekg)" \
                 examples/records/us-jp-cyber-1.json turtle

  Usage: map_record DATA_DIR RECORD_FILE [turtle|ntriples]
  Writes to standard output; messages (FILE:LINE:COL: error: PATH: ...) go
  to standard error.  Exit 0 when every record was mapped, 1 when a record
  or the reference data is bad or writing failed, 2 on bad usage.
*/

#include <dialoguekg/dialoguekg.h>

#include <stdio.h>
#include <string.h>

/* Reads every record of `in`, checks it and maps it to `mapper`'s sink;
   stops at the first failure and returns its status. */
static DkgStatus
map_file(FILE* in,
         const char* name,
         DkgDiag* diag,
         DkgRecordParser* parser,
         DkgMapper* mapper)
{
  DkgReader* reader = dkg_reader_new(in, name, diag, NULL);
  DkgStatus st = reader ? DKG_SUCCESS : DKG_ERR_NOMEM;
  while (!st) {
    DkgRecordText text;
    DkgRecord record;
    st = dkg_reader_next(reader, &text);
    if (st || !text.text) {
      break; /* a failure, or the end of input */
    }
    st = dkg_record_parse(parser, &text, &record);
    if (!st) {
      st = dkg_mapper_map(mapper, &record, &text);
    }
  }
  dkg_reader_free(reader);
  return st;
}

int
main(int argc, char** argv)
{
  const char* syntax = argc > 3 ? argv[3] : "turtle";
  if (argc < 3 || argc > 4 ||
      (strcmp(syntax, "turtle") && strcmp(syntax, "ntriples"))) {
    fprintf(
      stderr, "usage: %s DATA_DIR RECORD_FILE [turtle|ntriples]\n", argv[0]);
    return 2;
  }
  FILE* in = fopen(argv[2], "rb");
  if (!in) {
    perror(argv[2]);
    return 1;
  }

  DkgDiag* diag = dkg_diag_new("map_record", NULL, NULL);
  DkgRegistry* reg = NULL;
  DkgRecordParser* parser = NULL;
  DkgSink* sink = NULL;
  DkgMapper* mapper = NULL;
  DkgStatus st = diag ? dkg_registry_load(argv[1], diag, &reg) : DKG_ERR_NOMEM;
  if (!st) {
    /* N-Triples: the library's own writer; Turtle: serd. */
    sink = !strcmp(syntax, "ntriples") ? dkg_nt_sink_new(stdout, false)
                                       : dkg_serd_sink_new(stdout, syntax);
    if (sink && strcmp(syntax, "ntriples")) {
      dkg_serd_sink_set_diag(sink, diag); /* serd's complaints, as ours */
    }
    parser = dkg_record_parser_new(reg, diag);
    mapper = sink ? dkg_mapper_new(reg, sink, diag, NULL) : NULL;
    st = parser && mapper ? DKG_SUCCESS : DKG_ERR_NOMEM;
  }
  if (!st) {
    st = dkg_sink_declare_prefixes(sink, DKG_DEFAULT_BASE);
  }
  if (!st) {
    st = map_file(in, argv[2], diag, parser, mapper);
  }
  if (mapper) {
    dkg_mapper_report_unresolved(mapper); /* warnings, on stderr */
  }
  if (!st) {
    st = dkg_sink_finish(sink); /* the output is complete only now */
  }
  if (st) {
    fprintf(stderr, "map_record: %s: %s\n", argv[2], dkg_strerror(st));
  }

  dkg_mapper_free(mapper); /* before its sink */
  dkg_sink_free(sink);
  dkg_record_parser_free(parser);
  dkg_registry_free(reg);
  dkg_diag_free(diag);
  fclose(in);
  return st ? 1 : 0;
}
