/* Files dialoguekg installs, found from the running program: see
   installed.h. */

#include "util/installed.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Whether `path` is there, as a folder or a regular file. */
static bool
is_there(const char* path, bool directory)
{
  struct stat st;
  return stat(path, &st) == 0 &&
         (directory ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

/* `dir`/`name` in `buf`, or `dir` alone for an empty name; false when it
   does not fit (then it is not looked for). */
static bool
join(char* buf, size_t size, const char* dir, const char* name)
{
  const int n = snprintf(buf, size, "%s%s%s", dir, name[0] ? "/" : "", name);
  return n >= 0 && (size_t)n < size;
}

const char*
dkg_installed_find(const DkgInstalledFile* what, char* buf, size_t size)
{
  const char* env = what->env ? getenv(what->env) : NULL;
  if (env && env[0]) {
    return env;
  }
  char exe[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1u);
  if (n <= 0) {
    return what->fallback;
  }
  exe[n] = '\0';
  char* slash = strrchr(exe, '/');
  if (!slash) {
    return what->fallback;
  }
  *slash = '\0'; /* the program's folder */
  if (what->beside && join(buf, size, exe, what->beside) &&
      is_there(buf, what->directory)) {
    return buf;
  }
  if (what->source && join(buf, size, exe, "CMakeCache.txt") &&
      access(buf, F_OK) == 0 && is_there(what->source, what->directory)) {
    return what->source;
  }
  if (join(buf, size, exe, "../share/dialoguekg") &&
      join(buf + strlen(buf), size - strlen(buf), "", what->installed) &&
      is_there(buf, what->directory)) {
    return buf;
  }
  return what->fallback;
}
