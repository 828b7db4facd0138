/* The floor of bench/run.sh: cJSON merely parsing each line of a JSON
   Lines file (no checks, no mapping, no output).  Prints the records. */

#include <cjson/cJSON.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char** argv)
{
  FILE* in = argc > 1 ? fopen(argv[1], "rb") : stdin;
  if (!in) {
    perror("cjson_floor");
    return 1;
  }
  char* line = NULL;
  size_t cap = 0;
  ssize_t n = 0;
  unsigned long records = 0;
  while ((n = getline(&line, &cap, in)) > 0) {
    cJSON* root = cJSON_ParseWithLength(line, (size_t)n);
    if (root) {
      ++records;
      cJSON_Delete(root);
    }
  }
  free(line);
  printf("%lu\n", records);
  return 0;
}
