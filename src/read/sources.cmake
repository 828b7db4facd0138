# read: split input into records (reader; its input buffer and messages in
# input, its JSON strings in json_string), find a JSON Pointer in one
# (locate); RDF files read back
set(DKG_READ_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/reader.c
  ${CMAKE_CURRENT_LIST_DIR}/input.c
  ${CMAKE_CURRENT_LIST_DIR}/json_string.c
  ${CMAKE_CURRENT_LIST_DIR}/locate.c
  ${CMAKE_CURRENT_LIST_DIR}/rdf_input.c
  ${CMAKE_CURRENT_LIST_DIR}/input_kind.c)
