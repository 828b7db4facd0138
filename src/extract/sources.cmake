# extract: press releases -> records (docs/extract.md)
set(DKG_EXTRACT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/xdoc.c
  ${CMAKE_CURRENT_LIST_DIR}/xlex.c
  ${CMAKE_CURRENT_LIST_DIR}/xdate.c
  ${CMAKE_CURRENT_LIST_DIR}/xdeleg.c
  ${CMAKE_CURRENT_LIST_DIR}/xtopic.c
  ${CMAKE_CURRENT_LIST_DIR}/xctx.c
  ${CMAKE_CURRENT_LIST_DIR}/xsource.c
  ${CMAKE_CURRENT_LIST_DIR}/xseries.c
  ${CMAKE_CURRENT_LIST_DIR}/xplace.c
  ${CMAKE_CURRENT_LIST_DIR}/xevidence.c
  ${CMAKE_CURRENT_LIST_DIR}/xrecord.c
  ${CMAKE_CURRENT_LIST_DIR}/xextractor.c
  ${CMAKE_CURRENT_LIST_DIR}/xcheck.c
  ${CMAKE_CURRENT_LIST_DIR}/xmention.c
  ${CMAKE_CURRENT_LIST_DIR}/xlist.c
  ${CMAKE_CURRENT_LIST_DIR}/xmeeting.c)
