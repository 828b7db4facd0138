# diagnostics and statuses, shared by every stage
set(DKG_DIAG_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/status.c
  ${CMAKE_CURRENT_LIST_DIR}/diag.c)
