# building blocks: arena, hash map, buffer, UTF-8, strings, XML escaping;
# never-half-written output
set(DKG_UTIL_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/arena.c
  ${CMAKE_CURRENT_LIST_DIR}/hashmap.c
  ${CMAKE_CURRENT_LIST_DIR}/buf.c
  ${CMAKE_CURRENT_LIST_DIR}/utf8.c
  ${CMAKE_CURRENT_LIST_DIR}/output.c
  ${CMAKE_CURRENT_LIST_DIR}/str.c
  ${CMAKE_CURRENT_LIST_DIR}/escape.c
  ${CMAKE_CURRENT_LIST_DIR}/installed.c)
