# resolve: names against the reference data and the user's link tables
set(DKG_RESOLVE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/registry.c
  ${CMAKE_CURRENT_LIST_DIR}/links.c)
