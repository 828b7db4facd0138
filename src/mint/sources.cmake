# mint: names as keys and slugs, the IRIs made of them, and the checks that
# an IRI or a language tag is one every syntax keeps
set(DKG_MINT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/name.c
  ${CMAKE_CURRENT_LIST_DIR}/iri.c
  ${CMAKE_CURRENT_LIST_DIR}/iri_check.c
  ${CMAKE_CURRENT_LIST_DIR}/lang_check.c)
