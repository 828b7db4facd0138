# map: record -> statements
set(DKG_MAP_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/mapper.c)
