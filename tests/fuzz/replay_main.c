/*
  A main() for the fuzz harnesses in builds without libFuzzer: runs
  LLVMFuzzerTestOneInput() once on each file named, or on each file of each
  directory named.  ctest uses it to replay tests/fuzz/regressions/ and the
  seed corpus in every build; a harness failure aborts, so the test fails.
*/

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static int
run_file(const char* path)
{
  FILE* f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: cannot open %s\n", path);
    return 1;
  }
  size_t cap = 4096, len = 0;
  uint8_t* buf = (uint8_t*)malloc(cap);
  size_t n = 0;
  while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) {
      uint8_t* bigger = (uint8_t*)realloc(buf, cap * 2u);
      if (!bigger) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = bigger;
      cap *= 2u;
    }
  }
  const int bad = !buf || ferror(f);
  fclose(f);
  if (bad) {
    fprintf(stderr, "replay: cannot read %s\n", path);
    free(buf);
    return 1;
  }
  printf("replay: %s (%zu bytes)\n", path, len);
  fflush(stdout);
  LLVMFuzzerTestOneInput(buf, len);
  free(buf);
  return 0;
}

static int
compare_names(const void* a, const void* b)
{
  return strcmp(*(char* const*)a, *(char* const*)b);
}

/* Runs every regular file of `dir`, in name order (deterministic). */
static int
run_dir(const char* dir)
{
  DIR* d = opendir(dir);
  if (!d) {
    fprintf(stderr, "replay: cannot open directory %s\n", dir);
    return 1;
  }
  char** names = NULL;
  size_t n = 0;
  const struct dirent* e = NULL;
  int failed = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') {
      continue; /* ., .. and hidden files such as .gitkeep */
    }
    char** more = (char**)realloc(names, (n + 1u) * sizeof(char*));
    const size_t size = strlen(dir) + strlen(e->d_name) + 2u;
    char* path = (char*)malloc(size);
    if (!more || !path) {
      free(more ? (void*)path : NULL);
      names = more ? more : names;
      failed = 1;
      break;
    }
    names = more;
    snprintf(path, size, "%s/%s", dir, e->d_name);
    names[n++] = path;
  }
  closedir(d);
  if (n) {
    qsort(names, n, sizeof(char*), compare_names);
  }
  for (size_t i = 0; i < n; ++i) {
    struct stat st;
    if (!failed && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
      failed |= run_file(names[i]);
    }
    free(names[i]);
  }
  free(names);
  return failed;
}

int
main(int argc, char** argv)
{
  int failed = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE-OR-DIR...\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
      failed = 1;
    } else if (S_ISDIR(st.st_mode)) {
      failed |= run_dir(argv[i]);
    } else {
      failed |= run_file(argv[i]);
    }
  }
  return failed;
}
