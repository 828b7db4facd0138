# check: the record contract
set(DKG_CHECK_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/record.c)
