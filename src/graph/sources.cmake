# graph: drawings, a stack (model.h): model, view, facts; DOT and GraphML on
# them; layout on DOT; the HTML page on layout; the graph sink on top.
set(DKG_GRAPH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/labels.c
  ${CMAKE_CURRENT_LIST_DIR}/model.c
  ${CMAKE_CURRENT_LIST_DIR}/view.c
  ${CMAKE_CURRENT_LIST_DIR}/facts.c
  ${CMAKE_CURRENT_LIST_DIR}/dot.c
  ${CMAKE_CURRENT_LIST_DIR}/tables.c
  ${CMAKE_CURRENT_LIST_DIR}/graphml.c
  ${CMAKE_CURRENT_LIST_DIR}/layout.c
  ${CMAKE_CURRENT_LIST_DIR}/html.c
  ${CMAKE_CURRENT_LIST_DIR}/sink.c
  ${PROJECT_BINARY_DIR}/graph_assets.c)
