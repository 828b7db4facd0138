#include "graph/labels.h"

#include "dialoguekg/dialoguekg.h"
#include "graph/assets.h"

#include <raptor2.h>

#include <string.h>

#define RDFS_LABEL DKG_NS_RDFS "label"

/* Labels of properties from outside the ontology (dialogue.ttl labels only
   its own terms). */
static const char* const builtin_labels[][2] = {
  { RDFS_LABEL, "label" },
  { DKG_NS_SKOS "prefLabel", "label" },
  { DKG_NS_SKOS "altLabel", "also known as" },
  { DKG_NS_FOAF "name", "name" },
  { DKG_NS_DCT "identifier", "identifier" },
  { DKG_NS_DCT "title", "title" },
  { DKG_NS_DCT "publisher", "publisher" },
  { DKG_NS_DCT "issued", "issued" },
  { DKG_NS_DCT "description", "description" },
  { DKG_NS_SCHEMA "url", "URL" },
  { DKG_NS_ORG "Organization", "Organization" },
  { DKG_NS_OWL "sameAs", "same as" },
  { DKG_NS_SKOS "exactMatch", "exact match" },
  { DKG_NS_SKOS "closeMatch", "close match" },
  { DKG_NS_RDFS "seeAlso", "see also" },
};

/* What the parser's callbacks fill. */
typedef struct
{
  DkgHash* labels;
  DkgArena* arena;
  bool failed; /* the parser reported an error */
} Loading;

static void
ontology_statement(void* user_data, raptor_statement* st)
{
  Loading* l = (Loading*)user_data;
  if (st->subject->type != RAPTOR_TERM_TYPE_URI ||
      st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
    return;
  }
  size_t plen = 0, slen = 0;
  const char* p =
    (const char*)raptor_uri_as_counted_string(st->predicate->value.uri, &plen);
  const char* s =
    (const char*)raptor_uri_as_counted_string(st->subject->value.uri, &slen);
  const raptor_term_literal_value* lit = &st->object->value.literal;
  if (strcmp(p, RDFS_LABEL) != 0 || strncmp(s, DKG_NS, strlen(DKG_NS)) != 0 ||
      (lit->language && strcmp((const char*)lit->language, "en") != 0)) {
    return;
  }
  char* label = dkg_arena_strndup(
    l->arena, (const char*)lit->string, (size_t)lit->string_len);
  if (label) {
    (void)dkg_hash_put(l->labels, s, slen, label, NULL);
  }
}

static void
ontology_log(void* user_data, raptor_log_message* message)
{
  Loading* l = (Loading*)user_data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    l->failed = true;
  }
}

bool
dkg_graph_labels_load(DkgHash* labels, DkgArena* arena)
{
  Loading loading = { labels, arena, false };
  bool ok = false;
  raptor_world* world = raptor_new_world();
  raptor_parser* parser = NULL;
  raptor_uri* base = NULL;
  if (!world || raptor_world_open(world)) {
    goto done;
  }
  raptor_world_set_log_handler(world, &loading, ontology_log);
  parser = raptor_new_parser(world, "turtle");
  base = raptor_new_uri(world,
                        (const unsigned char*)"https://w3id.org/dialoguekg/ns");
  if (!parser || !base) {
    goto done;
  }
  raptor_parser_set_statement_handler(parser, &loading, ontology_statement);
  if (raptor_parser_parse_start(parser, base) ||
      raptor_parser_parse_chunk(parser,
                                (const unsigned char*)dkg_ontology_ttl,
                                dkg_ontology_ttl_len,
                                1)) {
    goto done;
  }
  ok = !loading.failed && labels->count > 0;
done:
  if (base) {
    raptor_free_uri(base);
  }
  if (parser) {
    raptor_free_parser(parser);
  }
  if (world) {
    raptor_free_world(world);
  }
  return ok;
}

const char*
dkg_graph_labels_get(const DkgHash* labels, const char* iri)
{
  const char* label = (const char*)dkg_hash_get(labels, iri, strlen(iri));
  if (label) {
    return label;
  }
  for (size_t i = 0; i < sizeof(builtin_labels) / sizeof(builtin_labels[0]);
       ++i) {
    if (!strcmp(iri, builtin_labels[i][0])) {
      return builtin_labels[i][1];
    }
  }
  const char* hash = strrchr(iri, '#');
  const char* slash = strrchr(iri, '/');
  const char* cut = hash > slash ? hash : slash;
  return cut && cut[1] ? cut + 1 : iri;
}
