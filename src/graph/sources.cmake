# graph: drawings (DOT, GraphML, SVG/PNG, the HTML page, the tables)
set(DKG_GRAPH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/sink.c
  ${CMAKE_CURRENT_LIST_DIR}/dot.c
  ${CMAKE_CURRENT_LIST_DIR}/graphml.c
  ${CMAKE_CURRENT_LIST_DIR}/layout.c
  ${CMAKE_CURRENT_LIST_DIR}/facts.c
  ${CMAKE_CURRENT_LIST_DIR}/tables.c
  ${CMAKE_CURRENT_LIST_DIR}/html.c
  ${PROJECT_BINARY_DIR}/graph_assets.c)
