/* SPARQL 1.1 Graph Store HTTP Protocol client (libcurl, GnuTLS flavour). */

#define _XOPEN_SOURCE 700 /* fseeko */

#include "push.h"

#include <curl/curl.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>
#include <time.h>

/* What is kept of the server's answer for messages. */
#define MAX_ANSWER 65536u

typedef struct
{
  char text[MAX_ANSWER + 1u];
  size_t len;
  long retry_after; /* seconds, -1 when not given */
} Answer;

static size_t
on_body(char* data, size_t size, size_t n, void* handle)
{
  Answer* answer = (Answer*)handle;
  const size_t bytes = size * n;
  const size_t room = MAX_ANSWER - answer->len;
  const size_t keep = bytes < room ? bytes : room;
  memcpy(answer->text + answer->len, data, keep);
  answer->len += keep;
  answer->text[answer->len] = '\0';
  return bytes;
}

static size_t
on_header(char* data, size_t size, size_t n, void* handle)
{
  Answer* answer = (Answer*)handle;
  const size_t bytes = size * n;
  static const char name[] = "retry-after:";
  if (bytes > sizeof(name) && !strncasecmp(data, name, sizeof(name) - 1u)) {
    char value[32];
    size_t len = bytes - (sizeof(name) - 1u);
    if (len >= sizeof(value)) {
      len = sizeof(value) - 1u;
    }
    memcpy(value, data + sizeof(name) - 1u, len);
    value[len] = '\0';
    char* end = NULL;
    const long seconds = strtol(value, &end, 10);
    if (end != value && seconds >= 0) {
      answer->retry_after = seconds;
    }
  }
  return bytes;
}

static int
on_seek(void* handle, curl_off_t offset, int origin)
{
  /* libcurl rewinds the body to send it again after a 401 (Digest). */
  return fseeko((FILE*)handle, (off_t)offset, origin) ? CURL_SEEKFUNC_CANTSEEK
                                                      : CURL_SEEKFUNC_OK;
}

/* The server's message in one line: tags of an HTML page dropped, spaces
   folded, at most 400 bytes. */
static void
summarize(const char* text, char* out, size_t size)
{
  size_t n = 0;
  bool in_tag = false, space = true;
  for (const char* c = text; *c && n + 4u < size && n < 400u; ++c) {
    if (*c == '<') {
      in_tag = true;
    } else if (*c == '>' && in_tag) {
      in_tag = false;
      if (!space) {
        out[n++] = ' ';
        space = true;
      }
    } else if (!in_tag) {
      if (isspace((unsigned char)*c)) {
        if (!space) {
          out[n++] = ' ';
          space = true;
        }
      } else {
        out[n++] = *c;
        space = false;
      }
    }
  }
  while (n && out[n - 1u] == ' ') {
    --n;
  }
  out[n] = '\0';
}

static char*
make_url(CURL* curl, const char* endpoint, const char* graph)
{
  char* escaped = graph ? curl_easy_escape(curl, graph, 0) : NULL;
  if (graph && !escaped) {
    return NULL;
  }
  const char sep = strchr(endpoint, '?') ? '&' : '?';
  const size_t len = strlen(endpoint) + (escaped ? strlen(escaped) : 0u) + 16u;
  char* url = (char*)malloc(len);
  if (url) {
    if (escaped) {
      snprintf(url, len, "%s%cgraph=%s", endpoint, sep, escaped);
    } else {
      snprintf(url, len, "%s%cdefault", endpoint, sep);
    }
  }
  curl_free(escaped);
  return url;
}

static void
sleep_seconds(long seconds)
{
  struct timespec ts = { (time_t)seconds, 0 };
  while (nanosleep(&ts, &ts) != 0) {
  }
}

/* The connection broke or timed out once the request had started: the
   server may or may not have acted on it.  (A refused connection or an
   unknown host is not one of these: nothing was sent.) */
static bool
cut_off(CURLcode rc)
{
  return rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_SEND_ERROR ||
         rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING ||
         rc == CURLE_PARTIAL_FILE;
}

static bool
retryable(CURLcode rc, long status)
{
  return cut_off(rc) ||
         (rc == CURLE_OK &&
          (status == 408 || status == 429 ||
           (status >= 500 && status < 600 && status != 501 && status != 505)));
}

DkgStatus
dkg_push(FILE* body,
         uint64_t size,
         const DkgPushOptions* options,
         DkgDiag* diag,
         long* http_status)
{
  *http_status = 0;
  CURL* curl = curl_easy_init();
  if (!curl) {
    return DKG_ERR_NOMEM;
  }
  char* url = make_url(curl, options->endpoint, options->graph);
  char content_type[128];
  snprintf(content_type,
           sizeof(content_type),
           "Content-Type: %s",
           options->content_type);
  struct curl_slist* headers = curl_slist_append(NULL, content_type);
  struct curl_slist* more =
    headers ? curl_slist_append(headers, "Expect:") : NULL;
  Answer* answer = (Answer*)calloc(1, sizeof(Answer));
  if (!url || !more || !answer) {
    free(url);
    curl_slist_free_all(more ? more : headers);
    free(answer);
    curl_easy_cleanup(curl);
    return DKG_ERR_NOMEM;
  }
  headers = more;
  char curl_error[CURL_ERROR_SIZE];
  const char* method = options->append ? "POST" : "PUT";
  const char* where = options->graph ? options->graph : "the default graph";

  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_READDATA, body);
  curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, on_seek);
  curl_easy_setopt(curl, CURLOPT_SEEKDATA, body);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, answer);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, answer);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  /* One connection per request: libcurl would otherwise send a request
     again by itself when a kept-alive connection turns out closed, and a
     POST must go exactly once. */
  curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options->connect_timeout);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, options->timeout);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "dialoguekg/" DKG_VERSION);
  if (options->append) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)size);
  } else {
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)size);
  }
  if (options->user) {
    const unsigned long auth =
      options->auth == DKG_AUTH_DIGEST  ? CURLAUTH_DIGEST
      : options->auth == DKG_AUTH_BASIC ? CURLAUTH_BASIC
                                        : (CURLAUTH_DIGEST | CURLAUTH_BASIC);
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, auth);
    curl_easy_setopt(curl, CURLOPT_USERNAME, options->user);
    curl_easy_setopt(
      curl, CURLOPT_PASSWORD, options->password ? options->password : "");
  }

  DkgStatus st = DKG_ERR_IO;
  const unsigned attempts = options->append ? 1u : options->retries + 1u;
  long wait = 1;
  for (unsigned attempt = 1; attempt <= attempts; ++attempt) {
    answer->len = 0;
    answer->text[0] = '\0';
    answer->retry_after = -1;
    curl_error[0] = '\0';
    if (fseeko(body, 0, SEEK_SET)) {
      dkg_diag_report(diag, DKG_ERROR, NULL, "push: cannot rewind the body");
      break;
    }
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    *http_status = status;
    if (rc == CURLE_OK && status >= 200 && status < 300) {
      st = DKG_SUCCESS;
      break;
    }
    const bool again = attempt < attempts && retryable(rc, status);
    char what[1024];
    const char* curl_what = curl_error[0] ? curl_error : curl_easy_strerror(rc);
    if (rc == CURLE_PARTIAL_FILE && status > 0) {
      snprintf(what,
               sizeof(what),
               "HTTP %ld, then the answer was cut short: %s",
               status,
               curl_what);
    } else if (rc != CURLE_OK) {
      snprintf(what, sizeof(what), "%s", curl_what);
    } else {
      char message[512];
      summarize(answer->text, message, sizeof(message));
      snprintf(what,
               sizeof(what),
               "HTTP %ld%s%s",
               status,
               message[0] ? ": " : "",
               message);
    }
    if (again) {
      long delay = wait;
      if (answer->retry_after >= 0) {
        delay = answer->retry_after < 60 ? answer->retry_after : 60;
      }
      if (!options->quiet) {
        dkg_diag_report(diag,
                        DKG_WARNING,
                        NULL,
                        "push: %s %s (attempt %u of %u) failed: %s; trying "
                        "again in %ld s",
                        method,
                        options->endpoint,
                        attempt,
                        attempts,
                        what,
                        delay);
      }
      sleep_seconds(delay);
      wait *= 2;
      continue;
    }
    const char* hint = "";
    char post_hint[160];
    if (options->append && cut_off(rc)) {
      hint = " (the store may have merged all or part of the data: look at "
             "the graph before sending again; a POST is never retried)";
    } else if (options->append && retryable(rc, status)) {
      if (answer->retry_after >= 0) {
        snprintf(post_hint,
                 sizeof(post_hint),
                 " (the server asks to wait %ld s; a POST is never retried)",
                 answer->retry_after);
        hint = post_hint;
      } else {
        hint = " (a POST is never retried)";
      }
    } else if (rc == CURLE_OK && status == 401) {
      hint = options->user ? " (wrong user or password?)"
                           : " (the endpoint needs --user and a password)";
    } else if (rc == CURLE_OK && status == 403) {
      hint = " (the user may not write this graph)";
    } else if (rc == CURLE_OK && (status == 404 || status == 405)) {
      hint = " (is --endpoint a Graph Store endpoint, e.g. "
             "http://HOST:8890/sparql-graph-crud-auth for Virtuoso?)";
    }
    dkg_diag_report(diag,
                    DKG_ERROR,
                    NULL,
                    "push: %s %s into %s failed%s: %s%s",
                    method,
                    options->endpoint,
                    where,
                    attempt > 1 ? " after retries" : "",
                    what,
                    hint);
    break;
  }
  free(answer);
  curl_slist_free_all(headers);
  free(url);
  curl_easy_cleanup(curl);
  return st;
}
