/*
  dialoguekg: map records of bilateral government dialogues to RDF.

  A record goes through these stages (one folder of src/ each; the public
  header of each stage in brackets):

    read/     bytes -> one JSON text per record, with its place  [reader.h]
    check/    JSON text -> checked DkgRecord (every problem reported)
                                                                  [record.h]
    resolve/  names of agencies, topics, countries -> reference entities
              (data/, the user's overlays and link tables)      [registry.h]
    mint/     entities -> IRIs minted under a base IRI (names, slugs)
    map/      DkgRecord -> statements, grouped by subject         [mapper.h]
    sink/     statements -> a syntax: N-Triples, Turtle, JSON-LD, raptor2
                                                                    [sink.h]
    graph/    statements -> drawings (DOT, GraphML, SVG, the HTML page)
    query/    statements -> stores, SPARQL, HTTP push
    jobs/     convert --jobs: workers' op tapes replayed in input order

  Beside them: diag/ (statuses, messages with FILE:LINE:COL and JSON path)
  [diag.h], util/ (arena, hash map, buffer, escaping), extract/ (press
  releases -> records) and cli/ (the dialoguekg command).  The library
  libdialoguekg holds read to sink; graph/, query/ and extract/ are not in
  it (they need Graphviz, Redland and curl, libxml2).  See
  docs/architecture.md.

  Ownership: every `dkg_*_new` returns an object the caller frees with the
  matching `dkg_*_free`, and every `dkg_*_free` accepts NULL.  Strings passed
  in are copied unless a comment says otherwise; strings returned are owned by
  the object that returned them and live as long as it does.

  Errors: functions that can fail return a DkgStatus.  Problems with input
  data are reported through a DkgDiag (file, line, column, JSON path) before
  the function returns; the status then says only what kind of failure it was.
*/

#ifndef DIALOGUEKG_DIALOGUEKG_H
#define DIALOGUEKG_DIALOGUEKG_H

#include "dialoguekg/diag.h"     /* IWYU pragma: export */
#include "dialoguekg/export.h"   /* IWYU pragma: export */
#include "dialoguekg/mapper.h"   /* IWYU pragma: export */
#include "dialoguekg/reader.h"   /* IWYU pragma: export */
#include "dialoguekg/record.h"   /* IWYU pragma: export */
#include "dialoguekg/registry.h" /* IWYU pragma: export */
#include "dialoguekg/sink.h"     /* IWYU pragma: export */
#include "dialoguekg/term.h"     /* IWYU pragma: export */

#endif /* DIALOGUEKG_DIALOGUEKG_H */
