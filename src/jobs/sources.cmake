# jobs: convert --jobs; workers' mappers defer onto op tapes, the writer
# replays them in input order (behind the mapper's hook, map/hook.h)
set(DKG_JOBS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/tape.c
  ${CMAKE_CURRENT_LIST_DIR}/tape_sink.c
  ${CMAKE_CURRENT_LIST_DIR}/defer.c
  ${CMAKE_CURRENT_LIST_DIR}/replay.c)
