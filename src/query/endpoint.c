/* SPARQL 1.1 Protocol client over libcurl.  See endpoint.h. */

#include "query/endpoint.h"
#include "util/str.h"

#include <curl/curl.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct
{
  char* data;
  size_t len;
  size_t cap;
  bool too_big;
} Body;

/* An answer larger than this is refused rather than cut. */
#define MAX_ANSWER_BYTES ((size_t)4u << 30)

static size_t
on_body(char* bytes, size_t size, size_t n, void* handle)
{
  Body* body = (Body*)handle;
  const size_t len = size * n;
  if (body->len + len + 1u > body->cap) {
    size_t cap = body->cap ? body->cap : 65536u;
    while (cap < body->len + len + 1u) {
      cap *= 2u;
    }
    char* bigger =
      cap > MAX_ANSWER_BYTES ? NULL : (char*)realloc(body->data, cap);
    if (!bigger) {
      body->too_big = true;
      return 0; /* stops the transfer */
    }
    body->data = bigger;
    body->cap = cap;
  }
  memcpy(body->data + body->len, bytes, len);
  body->len += len;
  body->data[body->len] = '\0';
  return len;
}

bool
dkg_endpoint_url_ok(const char* url)
{
  const bool http = !strncasecmp(url, "http://", 7);
  const bool https = !strncasecmp(url, "https://", 8);
  const char* host = url + (http ? 7 : https ? 8 : 0);
  const char* end = host + strcspn(host, "/?#");
  if (!http && !https) {
    fprintf(stderr,
            "dialoguekg: query: --endpoint needs an http:// or https:// URL, "
            "not '%s'\n",
            url);
    return false;
  }
  if (memchr(host, '@', (size_t)(end - host))) {
    fprintf(stderr,
            "dialoguekg: query: --endpoint must not hold credentials (they "
            "would show in messages and process lists)\n");
    return false;
  }
  return true;
}

/* The media type of `content_type`, lower case, without parameters. */
static void
media_type(const char* content_type, char* out, size_t size)
{
  size_t i = 0;
  for (; content_type && content_type[i] && content_type[i] != ';' &&
         i + 1u < size;
       ++i) {
    out[i] = (char)tolower((unsigned char)content_type[i]);
  }
  while (i > 0 && isspace((unsigned char)out[i - 1u])) {
    --i;
  }
  out[i] = '\0';
}

/* The first words of an error page, without its markup. */
static void
summarize(const char* body, size_t len, char* out, size_t size)
{
  size_t k = 0;
  bool in_tag = false, space = true;
  for (size_t i = 0; i < len && k + 1u < size; ++i) {
    const char c = body[i];
    if (c == '<') {
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      const bool is_space =
        isspace((unsigned char)c) || (unsigned char)c < 0x20u;
      if (is_space && space) {
        continue;
      }
      out[k++] = is_space ? ' ' : c;
      space = is_space;
    }
  }
  out[k] = '\0';
  if (k >= 300u) {
    memcpy(out + 296, "...", 4);
  }
}

/* The request: POST `query` to the endpoint, the answer into `body`,
   curl's message into `error`. */
static void
set_request(CURL* curl,
            const DkgEndpointOptions* options,
            const char* query,
            struct curl_slist* headers,
            Body* body,
            char* error)
{
  curl_easy_setopt(curl, CURLOPT_URL, options->url);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, query);
  curl_easy_setopt(
    curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(query));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, body);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
  curl_easy_setopt(curl,
                   CURLOPT_TIMEOUT,
                   (long)(options->timeout_s ? options->timeout_s : 600ul));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "dialoguekg/" DKG_VERSION);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
}

/* The form of an answer of media type `type` (and a graph's syntax) in
   `answer`; false when it is neither SPARQL JSON results nor a graph. */
static bool
read_form(const char* type, DkgEndpointAnswer* answer)
{
  static const struct
  {
    const char* type;
    DkgQueryForm form;
    const char* graph_syntax;
  } forms[] = {
    { "application/sparql-results+json", DKG_FORM_SELECT, NULL },
    { "application/json", DKG_FORM_SELECT, NULL },
    { "application/n-triples", DKG_FORM_CONSTRUCT, "ntriples" },
    { "text/plain", DKG_FORM_CONSTRUCT, "ntriples" },
    { "text/turtle", DKG_FORM_CONSTRUCT, "turtle" },
    { "application/x-turtle", DKG_FORM_CONSTRUCT, "turtle" },
    { "application/rdf+xml", DKG_FORM_CONSTRUCT, "rdfxml" },
  };
  for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); ++i) {
    if (!strcmp(type, forms[i].type)) {
      answer->form = forms[i].form;
      answer->graph_syntax = forms[i].graph_syntax;
      return true;
    }
  }
  return false;
}

/* What the transfer gave: DKG_SUCCESS with the form in `answer`, else the
   failure, reported at `place`. */
static DkgStatus
check_answer(const Body* body,
             CURLcode rc,
             const char* error,
             long status,
             const char* type,
             const DkgPlace* place,
             DkgDiag* diag,
             DkgEndpointAnswer* answer)
{
  if (body->too_big) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    place,
                    "the answer is larger than %zu bytes: refused",
                    MAX_ANSWER_BYTES);
    return DKG_ERR_LIMIT;
  }
  if (rc != CURLE_OK) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    place,
                    "%s%s",
                    error[0] ? error : curl_easy_strerror(rc),
                    rc == CURLE_OPERATION_TIMEDOUT ? " (see --timeout)" : "");
    return rc == CURLE_OPERATION_TIMEDOUT ? DKG_ERR_LIMIT : DKG_ERR_IO;
  }
  if (status < 200 || status > 299) {
    char summary[304];
    summarize(
      body->data ? body->data : "", body->len, summary, sizeof(summary));
    dkg_diag_report(diag,
                    DKG_ERROR,
                    place,
                    "HTTP %ld%s%s",
                    status,
                    summary[0] ? ": " : "",
                    summary);
    return status == 400 ? DKG_ERR_SYNTAX : DKG_ERR_IO;
  }
  if (!read_form(type, answer)) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    place,
                    "the endpoint answered '%s', which is neither SPARQL JSON "
                    "results nor a graph in N-Triples, Turtle or RDF/XML",
                    type[0] ? type : "no content type");
    return DKG_ERR_IO;
  }
  return DKG_SUCCESS;
}

DkgStatus
dkg_endpoint_query(const DkgEndpointOptions* options,
                   const char* query,
                   DkgDiag* diag,
                   DkgEndpointAnswer* answer)
{
  memset(answer, 0, sizeof(*answer));
  DkgPlace place = { options->url, 0, 0, NULL };
  CURL* curl = curl_easy_init();
  struct curl_slist* headers = NULL;
  headers = curl_slist_append(
    headers, "Content-Type: application/sparql-query; charset=utf-8");
  headers = curl_slist_append(
    headers,
    "Accept: application/sparql-results+json, application/n-triples;q=0.9, "
    "text/turtle;q=0.8, application/rdf+xml;q=0.5");
  if (!curl || !headers) {
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return DKG_ERR_NOMEM;
  }
  Body body = { NULL, 0, 0, false };
  char error[CURL_ERROR_SIZE] = "";
  set_request(curl, options, query, headers, &body, error);
  const CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  char* content_type = NULL;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &content_type);
  char type[128];
  media_type(content_type, type, sizeof(type));
  DkgStatus st =
    check_answer(&body, rc, error, status, type, &place, diag, answer);
  if (!st) {
    answer->body = body.data ? body.data : dkg_strdup("");
    answer->len = body.len;
    body.data = NULL;
    if (!answer->body) {
      st = DKG_ERR_NOMEM;
    }
  }
  free(body.data);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return st;
}

void
dkg_endpoint_answer_clear(DkgEndpointAnswer* answer)
{
  if (answer) {
    free(answer->body);
    answer->body = NULL;
    answer->len = 0;
  }
}
