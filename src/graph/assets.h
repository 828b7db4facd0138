#ifndef DKG_GRAPH_ASSETS_H
#define DKG_GRAPH_ASSETS_H

/* Files compiled into the program by CMake (src/graph/assets.c.in), so that
   the binary, its ontology and its page script always agree.  Each text is
   NUL-terminated; the length excludes the NUL. */

#include <stddef.h>

/** ontology/dialogue.ttl: the labels of classes and properties. */
extern const char* const dkg_ontology_ttl;
extern const size_t dkg_ontology_ttl_len;

/** src/viz/viz.js and src/viz/viz.css: the HTML page's script and style. */
extern const char* const dkg_viz_js;
extern const size_t dkg_viz_js_len;
extern const char* const dkg_viz_css;
extern const size_t dkg_viz_css_len;

/** A script of the graph library the page inlines, in load order
    (src/viz/package-lock.json pins their versions). */
typedef struct
{
  const char* name; /**< Its npm package. */
  const char* text;
  size_t len;
} DkgVizLibrary;

extern const DkgVizLibrary dkg_viz_libraries[];
extern const size_t dkg_viz_n_libraries;

#endif
