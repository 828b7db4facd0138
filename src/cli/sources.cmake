# cli: the dialoguekg command, one file per subcommand
set(DKG_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/main.c
  ${CMAKE_CURRENT_LIST_DIR}/common.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_convert.c
  ${CMAKE_CURRENT_LIST_DIR}/any_inputs.c
  ${CMAKE_CURRENT_LIST_DIR}/pipeline.c
  ${CMAKE_CURRENT_LIST_DIR}/progress.c
  ${CMAKE_CURRENT_LIST_DIR}/link_options.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_validate.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_query.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_load.c
  ${CMAKE_CURRENT_LIST_DIR}/engine_args.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_push.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_serve.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_viz.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_extract.c)
