# jobs: convert --jobs' op tapes
set(DKG_JOBS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/tape.c)
