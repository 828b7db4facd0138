# sink: one file per syntax behind src/sink/sink.c
set(DKG_SINK_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/term.c
  ${CMAKE_CURRENT_LIST_DIR}/sink.c
  ${CMAKE_CURRENT_LIST_DIR}/report.c
  ${CMAKE_CURRENT_LIST_DIR}/nt.c
  ${CMAKE_CURRENT_LIST_DIR}/serd.c
  ${CMAKE_CURRENT_LIST_DIR}/raptor.c
  ${CMAKE_CURRENT_LIST_DIR}/librdf.c
  ${CMAKE_CURRENT_LIST_DIR}/describe.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/jsonld.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/writer.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/object.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/node_map.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/expanded.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/context.c
  ${CMAKE_CURRENT_LIST_DIR}/jsonld/compact.c
  ${PROJECT_BINARY_DIR}/context_data.c)
