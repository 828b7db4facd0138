# building blocks: arena, hash map, buffer; never-half-written output
set(DKG_UTIL_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/hash.c
  ${CMAKE_CURRENT_LIST_DIR}/output.c
  ${CMAKE_CURRENT_LIST_DIR}/str.c
  ${CMAKE_CURRENT_LIST_DIR}/escape.c)
