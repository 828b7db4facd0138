/* Tapes of mapper ops for `convert --jobs`: see tape.h. */

#include "jobs/tape.h"

#include <stdlib.h>
#include <string.h>

#define HEADER 5u /* kind byte + 32-bit payload length */
#define NO_STRING 0xFFFFFFFFu

static void
put_u32(char* at, uint32_t v)
{
  memcpy(at, &v, sizeof(v));
}

static uint32_t
get_u32(const char* at)
{
  uint32_t v = 0;
  memcpy(&v, at, sizeof(v));
  return v;
}

/* Starts an op; returns the offset of its header, or SIZE_MAX. */
static size_t
begin(DkgBuf* tape, DkgTapeKind kind)
{
  if (!dkg_buf_reserve(tape, HEADER)) {
    return SIZE_MAX;
  }
  const size_t at = tape->len;
  tape->buf[at] = (char)kind;
  put_u32(tape->buf + at + 1u, 0u);
  tape->len += HEADER;
  return at;
}

/* Ends the op whose header is at `at`: writes its payload length. */
static bool
end(DkgBuf* tape, size_t at, bool ok)
{
  if (at == SIZE_MAX || !ok) {
    if (at != SIZE_MAX) {
      tape->len = at;
    }
    return false;
  }
  put_u32(tape->buf + at + 1u, (uint32_t)(tape->len - at - HEADER));
  return true;
}

static bool
put_string(DkgBuf* tape, const char* s, size_t len)
{
  char n[4];
  put_u32(n, s ? (uint32_t)len : NO_STRING);
  return dkg_buf_append(tape, n, 4u) &&
         (!s || (dkg_buf_append(tape, s, len) && dkg_buf_append(tape, "", 1u)));
}

/* Reads a string written by put_string(); NULL for an absent one. */
static const char*
get_string(const char* tape, size_t end_at, size_t* at, size_t* len)
{
  if (*at + 4u > end_at) {
    *at = end_at + 1u;
    return NULL;
  }
  const uint32_t n = get_u32(tape + *at);
  *at += 4u;
  if (n == NO_STRING) {
    *len = 0;
    return NULL;
  }
  const char* s = tape + *at;
  *at += (size_t)n + 1u;
  *len = n;
  return s;
}

bool
dkg_tape_open(DkgBuf* tape, unsigned which, const char* key)
{
  const size_t at = begin(tape, DKG_TAPE_OPEN);
  const char w = (char)which;
  return end(tape,
             at,
             at != SIZE_MAX && dkg_buf_append(tape, &w, 1u) &&
               put_string(tape, key, strlen(key)));
}

bool
dkg_tape_close(DkgBuf* tape)
{
  const size_t at = begin(tape, DKG_TAPE_CLOSE);
  return end(tape, at, at != SIZE_MAX);
}

bool
dkg_tape_note(DkgBuf* tape,
              const char* kind,
              const char* country,
              const char* name,
              const char* path)
{
  const size_t at = begin(tape, DKG_TAPE_NOTE);
  return end(tape,
             at,
             at != SIZE_MAX && put_string(tape, kind, strlen(kind)) &&
               put_string(tape, country, country ? strlen(country) : 0u) &&
               put_string(tape, name, strlen(name)) &&
               put_string(tape, path, strlen(path)));
}

static bool
put_term(DkgBuf* tape, const DkgTerm* t)
{
  const char kind = (char)t->kind;
  return dkg_buf_append(tape, &kind, 1u) &&
         put_string(tape, t->value, t->len) &&
         put_string(
           tape, t->datatype, t->datatype ? strlen(t->datatype) : 0u) &&
         put_string(tape, t->lang, t->lang ? strlen(t->lang) : 0u);
}

static bool
get_term(const char* tape, size_t end_at, size_t* at, DkgTerm* t)
{
  if (*at >= end_at) {
    return false;
  }
  t->kind = (DkgTermKind)(unsigned char)tape[(*at)++];
  size_t len = 0;
  t->value = get_string(tape, end_at, at, &t->len);
  t->datatype = get_string(tape, end_at, at, &len);
  t->lang = get_string(tape, end_at, at, &len);
  return t->value && *at <= end_at;
}

bool
dkg_tape_next(const char* tape, size_t len, size_t* at, DkgTapeOp* op)
{
  if (*at + HEADER > len) {
    return false;
  }
  op->kind = (DkgTapeKind)(unsigned char)tape[*at];
  const size_t payload = get_u32(tape + *at + 1u);
  size_t i = *at + HEADER;
  const size_t end_at = i + payload;
  if (end_at > len) {
    return false;
  }
  size_t n = 0;
  bool ok = true;
  switch (op->kind) {
    case DKG_TAPE_STMT:
      op->has_graph = tape[i++] != 0;
      ok = (!op->has_graph || get_term(tape, end_at, &i, &op->terms[0])) &&
           get_term(tape, end_at, &i, &op->terms[1]) &&
           get_term(tape, end_at, &i, &op->terms[2]) &&
           get_term(tape, end_at, &i, &op->terms[3]);
      break;
    case DKG_TAPE_RAW:
      op->raw_count = get_u32(tape + i);
      op->raw = tape + i + 4u;
      op->raw_len = payload - 4u;
      break;
    case DKG_TAPE_OPEN:
      op->which = (unsigned char)tape[i++];
      op->key = get_string(tape, end_at, &i, &n);
      ok = op->key != NULL;
      break;
    case DKG_TAPE_CLOSE:
      break;
    case DKG_TAPE_NOTE:
      for (size_t k = 0; k < 4u; ++k) {
        op->note[k] = get_string(tape, end_at, &i, &n);
      }
      ok = op->note[0] && op->note[2] && op->note[3] && i <= end_at;
      break;
    default:
      ok = false;
      break;
  }
  *at = end_at;
  return ok;
}

bool
dkg_tape_statement(DkgBuf* tape,
                   const DkgTerm* graph,
                   const DkgTerm* s,
                   const DkgTerm* p,
                   const DkgTerm* o)
{
  const size_t at = begin(tape, DKG_TAPE_STMT);
  const char g = graph ? 1 : 0;
  return end(tape,
             at,
             at != SIZE_MAX && dkg_buf_append(tape, &g, 1u) &&
               (!graph || put_term(tape, graph)) && put_term(tape, s) &&
               put_term(tape, p) && put_term(tape, o));
}

bool
dkg_tape_raw_begin(DkgBuf* tape, size_t* at)
{
  const char zero[4] = { 0, 0, 0, 0 };
  *at = begin(tape, DKG_TAPE_RAW);
  return end(tape, *at, *at != SIZE_MAX && dkg_buf_append(tape, zero, 4u));
}

bool
dkg_tape_raw_last(const DkgBuf* tape, size_t at)
{
  return at < tape->len && tape->buf[at] == (char)DKG_TAPE_RAW &&
         at + HEADER + get_u32(tape->buf + at + 1u) == tape->len;
}

void
dkg_tape_raw_extend(DkgBuf* tape, size_t at, uint32_t lines)
{
  char* header = tape->buf + at;
  put_u32(header + 1u, (uint32_t)(tape->len - at - HEADER));
  put_u32(header + HEADER, get_u32(header + HEADER) + lines);
}
