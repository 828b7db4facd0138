/* SPARQL 1.1 Graph Store HTTP Protocol client (libcurl, GnuTLS flavour). */

#define _XOPEN_SOURCE 700 /* fseeko */

#include "query/push.h"
#include "util/str.h"

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
  char clean[MAX_ANSWER + 1u]; /* text with the secrets redacted */
  size_t len;
  long retry_after;    /* seconds, -1 when not given */
  bool offered_basic;  /* a WWW-Authenticate: Basic challenge came */
  bool offered_digest; /* ... Digest */
} Answer;

/* What must never be printed: the password, its URL-encoded form, and the
   Base64 of USER:PASSWORD (Basic's Authorization header), with and
   without its '=' padding.  Empty strings are unused slots. */
#define N_SECRETS 4
typedef struct
{
  char* text[N_SECRETS];
} Secrets;

static char*
base64(const char* in)
{
  static const char digits[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const size_t len = strlen(in);
  char* out = (char*)malloc((len + 2u) / 3u * 4u + 1u);
  if (!out) {
    return NULL;
  }
  size_t n = 0;
  for (size_t i = 0; i < len; i += 3u) {
    const unsigned char* c = (const unsigned char*)in + i;
    const unsigned long v = ((unsigned long)c[0] << 16) |
                            (i + 1u < len ? (unsigned long)c[1] << 8 : 0u) |
                            (i + 2u < len ? (unsigned long)c[2] : 0u);
    out[n++] = digits[(v >> 18) & 63u];
    out[n++] = digits[(v >> 12) & 63u];
    out[n++] = i + 1u < len ? digits[(v >> 6) & 63u] : '=';
    out[n++] = i + 2u < len ? digits[v & 63u] : '=';
  }
  out[n] = '\0';
  return out;
}

/* False when out of memory. */
static bool
secrets_init(Secrets* secrets, CURL* curl, const DkgPushOptions* options)
{
  memset(secrets, 0, sizeof(*secrets));
  if (!options->user || !options->password || !options->password[0]) {
    return true;
  }
  const size_t len = strlen(options->user) + strlen(options->password) + 2u;
  char* pair = (char*)malloc(len);
  if (!pair) {
    return false;
  }
  snprintf(pair, len, "%s:%s", options->user, options->password);
  secrets->text[0] = dkg_strdup(options->password);
  secrets->text[1] = base64(pair);
  secrets->text[2] = secrets->text[1] ? dkg_strdup(secrets->text[1]) : NULL;
  char* escaped = curl_easy_escape(curl, options->password, 0);
  secrets->text[3] = escaped ? dkg_strdup(escaped) : NULL;
  curl_free(escaped);
  memset(pair, 0, len);
  free(pair);
  if (secrets->text[2]) {
    secrets->text[2][strcspn(secrets->text[2], "=")] = '\0';
  }
  for (int i = 0; i < N_SECRETS; ++i) {
    if (!secrets->text[i]) {
      return false;
    }
  }
  return true;
}

static void
secrets_free(Secrets* secrets)
{
  for (int i = 0; i < N_SECRETS; ++i) {
    if (secrets->text[i]) {
      memset(secrets->text[i], 0, strlen(secrets->text[i]));
      free(secrets->text[i]);
    }
  }
}

/* Copies `in` to `out` (at most size - 1 bytes and a NUL), each secret
   replaced by "[redacted]", the longest first where they overlap. */
static void
redact(const char* in, char* out, size_t size, const Secrets* secrets)
{
  static const char mark[] = "[redacted]";
  size_t n = 0;
  while (*in && n + 1u < size) {
    size_t match = 0;
    for (int i = 0; i < N_SECRETS; ++i) {
      const char* secret = secrets->text[i];
      const size_t len = secret ? strlen(secret) : 0u;
      if (len > match && !strncmp(in, secret, len)) {
        match = len;
      }
    }
    if (match) {
      for (const char* m = mark; *m && n + 1u < size; ++m) {
        out[n++] = *m;
      }
      in += match;
    } else {
      out[n++] = *in++;
    }
  }
  out[n] = '\0';
}

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
  static const char challenge[] = "www-authenticate:";
  if (bytes > sizeof(challenge) &&
      !strncasecmp(data, challenge, sizeof(challenge) - 1u)) {
    const char* value = data + sizeof(challenge) - 1u;
    while (value < data + bytes && (*value == ' ' || *value == '\t')) {
      ++value;
    }
    const size_t left = (size_t)(data + bytes - value);
    if (left >= 5u && !strncasecmp(value, "Basic", 5u)) {
      answer->offered_basic = true;
    } else if (left >= 6u && !strncasecmp(value, "Digest", 6u)) {
      answer->offered_digest = true;
    }
  }
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

static double
now_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The schemes libcurl may use: over plain http://, Basic only when
   allowed (the caller refuses DKG_AUTH_BASIC there otherwise). */
static unsigned long
auth_schemes(const DkgPushOptions* options)
{
  const bool plain = !strncmp(options->endpoint, "http://", 7u);
  const bool basic_ok = !plain || options->allow_insecure_auth;
  switch (options->auth) {
    case DKG_AUTH_DIGEST:
      return CURLAUTH_DIGEST;
    case DKG_AUTH_BASIC:
      return basic_ok ? CURLAUTH_BASIC : CURLAUTH_DIGEST;
    case DKG_AUTH_ANY:
      break;
  }
  return basic_ok ? (CURLAUTH_DIGEST | CURLAUTH_BASIC) : CURLAUTH_DIGEST;
}

/* The hint after a failure that is not retried. */
static const char*
failure_hint(const DkgPushOptions* options,
             const Answer* answer,
             CURLcode rc,
             long status,
             char* buffer,
             size_t size)
{
  if (options->append && cut_off(rc)) {
    return " (the store may have merged all or part of the data: look at "
           "the graph before sending again; a POST is never retried)";
  }
  if (options->append && retryable(rc, status)) {
    if (answer->retry_after < 0) {
      return " (a POST is never retried)";
    }
    snprintf(buffer,
             size,
             " (the server asks to wait %ld s; a POST is never retried)",
             answer->retry_after);
    return buffer;
  }
  if (rc == CURLE_OK && status == 401) {
    if (options->user && answer->offered_basic && !answer->offered_digest &&
        !(auth_schemes(options) & CURLAUTH_BASIC)) {
      return " (the server offers only Basic authentication, which would "
             "send the password in clear over http://: use an https:// "
             "endpoint, or --allow-insecure-auth on a network you trust)";
    }
    return options->user ? " (wrong user or password?)"
                         : " (the endpoint needs --user and a password)";
  }
  if (rc == CURLE_OK && status == 403) {
    return " (the user may not write this graph)";
  }
  if (rc == CURLE_OK && (status == 404 || status == 405)) {
    return " (is --endpoint a Graph Store endpoint, e.g. "
           "http://HOST:8890/sparql-graph-crud-auth for Virtuoso?)";
  }
  return "";
}

/* What went wrong in one attempt, in one line, secrets redacted. */
static void
describe_failure(Answer* answer,
                 CURLcode rc,
                 long status,
                 const char* curl_error,
                 const Secrets* secrets,
                 char* what,
                 size_t size)
{
  char raw[1024];
  const char* curl_what = curl_error[0] ? curl_error : curl_easy_strerror(rc);
  if (rc == CURLE_PARTIAL_FILE && status > 0) {
    snprintf(raw,
             sizeof(raw),
             "HTTP %ld, then the answer was cut short: %s",
             status,
             curl_what);
  } else if (rc != CURLE_OK) {
    snprintf(raw, sizeof(raw), "%s", curl_what);
  } else {
    char message[512];
    redact(answer->text, answer->clean, sizeof(answer->clean), secrets);
    summarize(answer->clean, message, sizeof(message));
    snprintf(raw,
             sizeof(raw),
             "HTTP %ld%s%s",
             status,
             message[0] ? ": " : "",
             message);
  }
  redact(raw, what, size, secrets);
}

/* Sets the handle's options but the time limit. */
static void
setup_request(CURL* curl,
              const char* url,
              struct curl_slist* headers,
              FILE* body,
              uint64_t size,
              Answer* answer,
              char* curl_error,
              const DkgPushOptions* options)
{
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
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "dialoguekg/" DKG_VERSION);
  if (options->append) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)size);
  } else {
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)size);
  }
  if (options->user) {
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, auth_schemes(options));
    curl_easy_setopt(curl, CURLOPT_USERNAME, options->user);
    curl_easy_setopt(
      curl, CURLOPT_PASSWORD, options->password ? options->password : "");
  }
}

/* The time limit of the next attempt in milliseconds (0: none), the
   smaller of --timeout and what is left of --deadline; `*by_deadline`
   tells which. */
static long
attempt_limit_ms(const DkgPushOptions* options,
                 double started,
                 bool* by_deadline)
{
  const long timeout_ms = options->timeout * 1000L;
  *by_deadline = false;
  if (options->deadline <= 0) {
    return timeout_ms;
  }
  long left_ms =
    (long)(((double)options->deadline - (now_seconds() - started)) * 1000.0);
  if (left_ms < 1) {
    left_ms = 1;
  }
  if (timeout_ms == 0 || left_ms < timeout_ms) {
    *by_deadline = true;
    return left_ms;
  }
  return timeout_ms;
}

/* One push: what every attempt and its messages need. */
typedef struct
{
  CURL* curl;
  FILE* body;
  const DkgPushOptions* options;
  DkgDiag* diag;
  Answer* answer;
  const Secrets* secrets;
  char* curl_error;
  const char* method; /* PUT, or POST to append */
  const char* where;  /* the graph, for messages */
  unsigned attempts;
  double started;
} Push;

/* Sends the body once: curl's code, the HTTP status and whether the
   deadline set the attempt's time limit.  False (reported) when the body
   cannot be rewound. */
static bool
attempt_once(Push* p, CURLcode* rc, long* status, bool* by_deadline)
{
  Answer* answer = p->answer;
  answer->len = 0;
  answer->text[0] = '\0';
  answer->retry_after = -1;
  answer->offered_basic = answer->offered_digest = false;
  p->curl_error[0] = '\0';
  if (fseeko(p->body, 0, SEEK_SET)) {
    dkg_diag_report(p->diag, DKG_ERROR, NULL, "push: cannot rewind the body");
    return false;
  }
  *by_deadline = false;
  curl_easy_setopt(p->curl,
                   CURLOPT_TIMEOUT_MS,
                   attempt_limit_ms(p->options, p->started, by_deadline));
  *rc = curl_easy_perform(p->curl);
  *status = 0;
  curl_easy_getinfo(p->curl, CURLINFO_RESPONSE_CODE, status);
  return true;
}

/* Reports the failure of the last attempt: `what` failed, with a hint and,
   when the deadline ended the push, says so. */
static void
report_failure(const Push* p,
               unsigned attempt,
               CURLcode rc,
               long status,
               bool by_deadline,
               bool past_deadline,
               const char* what)
{
  const DkgPushOptions* options = p->options;
  char buffer[160], deadline_note[160] = "";
  const char* hint =
    failure_hint(options, p->answer, rc, status, buffer, sizeof(buffer));
  const bool ran_out = by_deadline && rc == CURLE_OPERATION_TIMEDOUT;
  if (ran_out ||
      (attempt < p->attempts && retryable(rc, status) && past_deadline)) {
    snprintf(deadline_note,
             sizeof(deadline_note),
             " (the push's --deadline of %ld s %s)",
             options->deadline,
             ran_out ? "ran out" : "leaves no time to try again");
  }
  dkg_diag_report(p->diag,
                  DKG_ERROR,
                  NULL,
                  "push: %s %s into %s failed%s: %s%s%s",
                  p->method,
                  options->endpoint,
                  p->where,
                  attempt > 1 ? " after retries" : "",
                  what,
                  hint,
                  deadline_note);
}

/* Attempts until one succeeds (2xx), a failure is not worth retrying, the
   attempts are used up or the deadline leaves no time: waits 1, 2, 4 ... s
   (or the server's Retry-After, at most 60 s) between attempts, warning
   each time unless quiet.  DKG_ERR_IO after the last failure, reported. */
static DkgStatus
send_with_retries(Push* p, long* http_status)
{
  const DkgPushOptions* options = p->options;
  long wait = 1;
  for (unsigned attempt = 1; attempt <= p->attempts; ++attempt) {
    CURLcode rc = CURLE_OK;
    long status = 0;
    bool by_deadline = false;
    if (!attempt_once(p, &rc, &status, &by_deadline)) {
      return DKG_ERR_IO;
    }
    *http_status = status;
    if (rc == CURLE_OK && status >= 200 && status < 300) {
      return DKG_SUCCESS;
    }
    char what[1024];
    describe_failure(
      p->answer, rc, status, p->curl_error, p->secrets, what, sizeof(what));
    long delay = wait;
    if (p->answer->retry_after >= 0) {
      delay = p->answer->retry_after < 60 ? p->answer->retry_after : 60;
    }
    const bool past_deadline =
      options->deadline > 0 &&
      now_seconds() - p->started + (double)delay >= (double)options->deadline;
    if (attempt < p->attempts && retryable(rc, status) && !past_deadline) {
      if (!options->quiet) {
        dkg_diag_report(p->diag,
                        DKG_WARNING,
                        NULL,
                        "push: %s %s (attempt %u of %u) failed: %s; trying "
                        "again in %ld s",
                        p->method,
                        options->endpoint,
                        attempt,
                        p->attempts,
                        what,
                        delay);
      }
      sleep_seconds(delay);
      wait *= 2;
      continue;
    }
    report_failure(p, attempt, rc, status, by_deadline, past_deadline, what);
    return DKG_ERR_IO;
  }
  return DKG_ERR_IO;
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
  Secrets secrets;
  const bool secrets_ok = secrets_init(&secrets, curl, options);
  if (!url || !more || !answer || !secrets_ok) {
    free(url);
    curl_slist_free_all(more ? more : headers);
    free(answer);
    secrets_free(&secrets);
    curl_easy_cleanup(curl);
    return DKG_ERR_NOMEM;
  }
  headers = more;
  char curl_error[CURL_ERROR_SIZE];
  setup_request(curl, url, headers, body, size, answer, curl_error, options);
  Push push = {
    curl,
    body,
    options,
    diag,
    answer,
    &secrets,
    curl_error,
    options->append ? "POST" : "PUT",
    options->graph ? options->graph : "the default graph",
    options->append ? 1u : options->retries + 1u,
    now_seconds(),
  };
  const DkgStatus st = send_with_retries(&push, http_status);
  secrets_free(&secrets);
  free(answer);
  curl_slist_free_all(headers);
  free(url);
  curl_easy_cleanup(curl);
  return st;
}
