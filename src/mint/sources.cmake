# mint: names, keys, slugs, IRIs
set(DKG_MINT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/iri.c)
