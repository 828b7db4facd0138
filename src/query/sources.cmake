# query: the SPARQL engine, stores, endpoints, push, serve
set(DKG_QUERY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/engine.c
  ${CMAKE_CURRENT_LIST_DIR}/results.c
  ${CMAKE_CURRENT_LIST_DIR}/endpoint.c
  ${CMAKE_CURRENT_LIST_DIR}/store_dir.c
  ${CMAKE_CURRENT_LIST_DIR}/push_model.c
  ${CMAKE_CURRENT_LIST_DIR}/push.c
  ${CMAKE_CURRENT_LIST_DIR}/serve.c)
