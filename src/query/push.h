#ifndef DKG_PUSH_H
#define DKG_PUSH_H

/* Sends a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint with
   libcurl: PUT replaces the graph, POST merges into it. */

#include "dialoguekg/dialoguekg.h"

typedef enum
{
  DKG_AUTH_ANY,    /**< Whatever the server asks for: Digest or Basic. */
  DKG_AUTH_DIGEST, /**< Digest only. */
  DKG_AUTH_BASIC,  /**< Basic only (over https, or allow_insecure_auth). */
} DkgAuth;

typedef struct
{
  const char* endpoint;     /**< The Graph Store URL (http or https). */
  const char* graph;        /**< The graph IRI; NULL: the default graph. */
  bool append;              /**< POST (merge) instead of PUT (replace). */
  const char* user;         /**< NULL: no authentication. */
  const char* password;     /**< With user; never printed. */
  DkgAuth auth;             /**< Which schemes to accept.  Over plain
                                 http:// without allow_insecure_auth, ANY
                                 means Digest only (Basic would send the
                                 password in clear); the caller refuses
                                 BASIC there. */
  bool allow_insecure_auth; /**< Basic over plain http:// too. */
  const char* content_type; /**< "application/n-triples", "text/turtle". */
  long connect_timeout;     /**< Seconds to connect. */
  long timeout;             /**< Seconds for one request; 0: none. */
  long deadline;            /**< Seconds for the whole push, every attempt
                                 and wait included; 0: none.  Each attempt
                                 gets at most the time left. */
  unsigned retries;         /**< PUT only: retries after a timeout, a
                                 connection broken once the request had
                                 started, 408, 429 or 5xx, waiting 1, 2,
                                 4... seconds (or the server's Retry-After,
                                 at most 60), each on a new connection. */
  bool quiet;               /**< No note about retries. */
} DkgPushOptions;

/** Sends the `size` bytes of `body` (a seekable file, read from its start)
    to the endpoint.  Success is a 2xx answer.  Every failure is reported
    through `diag` with what happened: the HTTP status and the server's own
    message, or libcurl's description of the connection error; the status
    is then DKG_ERR_IO.  `*http_status` receives the last HTTP status (0
    when no answer came).  The password never appears in a message: it and
    the Base64 of USER:PASSWORD are replaced by "[redacted]" in whatever
    the server answered before it is shown. */
DkgStatus dkg_push(FILE* body,
                   uint64_t size,
                   const DkgPushOptions* options,
                   DkgDiag* diag,
                   long* http_status);

#endif
