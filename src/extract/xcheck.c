/* extract: what keeps its output valid.  The document text is cleaned of
   what no record value may hold (control characters, invalid UTF-8 from
   HTML) one code point for one, so evidence offsets stay those of the
   source; quotes and sentences have their line breaks and tabs as spaces;
   and every record is checked by the validator of `dialoguekg validate`
   before it is handed back. */

#include "xint.h"

#include "check/record.h"
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t
xcheck_utf8_len(const unsigned char* s, size_t n)
{
  if (!n) {
    return 0;
  }
  const unsigned char c = s[0];
  if (c < 0x80u) {
    return 1;
  }
  size_t more = 0;
  unsigned long cp = 0;
  if (c >= 0xC2u && c <= 0xDFu) {
    more = 1;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0u && c <= 0xEFu) {
    more = 2;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0u && c <= 0xF4u) {
    more = 3;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (more >= n) {
    return 0;
  }
  for (size_t k = 1; k <= more; ++k) {
    if ((s[k] & 0xC0u) != 0x80u) {
      return 0;
    }
    cp = (cp << 6) | (s[k] & 0x3Fu);
  }
  if ((more == 2 && cp < 0x800u) || (more == 3 && cp < 0x10000u) ||
      cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) {
    return 0;
  }
  return more + 1u;
}

XCheckChar
xcheck_char(const unsigned char* s, size_t n, size_t* len)
{
  *len = xcheck_utf8_len(s, n);
  if (!*len) {
    *len = 1;
    return XCHECK_INVALID;
  }
  if (*len == 1u) {
    if (s[0] == '\n' || s[0] == '\t' || s[0] == '\r') {
      return XCHECK_SPACE;
    }
    return s[0] < 0x20u || s[0] == 0x7Fu ? XCHECK_CONTROL : XCHECK_OK;
  }
  if (*len == 2u && s[0] == 0xC2u && s[1] <= 0x9Fu) {
    return XCHECK_CONTROL; /* C1 */
  }
  if (*len == 3u && s[0] == 0xEFu && s[1] == 0xBFu &&
      (s[2] == 0xBEu || s[2] == 0xBFu)) {
    return XCHECK_INVALID; /* U+FFFE, U+FFFF: not characters */
  }
  return XCHECK_OK;
}

size_t
xcheck_clean_text(char* text, size_t len)
{
  unsigned char* s = (unsigned char*)text;
  size_t out = 0;
  for (size_t i = 0; i < len;) {
    size_t n = 0;
    const XCheckChar k = xcheck_char(s + i, len - i, &n);
    if (k == XCHECK_CONTROL) {
      s[out++] = ' ';
    } else if (k == XCHECK_INVALID && n == 3u) {
      s[out++] = 0xEFu; /* U+FFFE/U+FFFF become U+FFFD, one for one */
      s[out++] = 0xBFu;
      s[out++] = 0xBDu;
    } else {
      memmove(s + out, s + i, n);
      out += n;
    }
    i += n;
  }
  text[out] = '\0';
  return out;
}

char*
xcheck_quote(const char* s, size_t n)
{
  char* q = dkg_strndup(s, n);
  for (size_t i = 0; q && i < n; ++i) {
    if (q[i] == '\n' || q[i] == '\t' || q[i] == '\r') {
      q[i] = ' ';
    }
  }
  return q;
}

DkgStatus
dkg_extract_check_size(DkgDiag* diag, const char* file, size_t len)
{
  if (len <= DKG_READER_MAX_RECORD_BYTES) {
    return DKG_SUCCESS;
  }
  DkgPlace place = { file, 0, 0, NULL };
  dkg_diag_report(diag,
                  DKG_ERROR,
                  &place,
                  "the record extracted from this text is %zu bytes, past "
                  "the size limit of %zu bytes of a record `dialoguekg "
                  "validate` reads: no record written",
                  len,
                  DKG_READER_MAX_RECORD_BYTES);
  return DKG_ERR_LIMIT;
}

DkgStatus
xcheck_record(const DkgRegistry* reg,
              DkgDiag* diag,
              const char* file,
              const cJSON* record)
{
  char* json = cJSON_PrintUnformatted(record);
  DkgRecordParser* parser = json ? dkg_record_parser_new(reg, diag) : NULL;
  if (!parser) {
    free(json);
    return DKG_ERR_NOMEM;
  }
  const size_t len = strlen(json);
  if (dkg_extract_check_size(diag, file, len)) {
    dkg_record_parser_free(parser);
    free(json);
    return DKG_ERR_LIMIT;
  }
  const size_t errors = dkg_diag_count(diag, DKG_ERROR);
  char name[512];
  snprintf(name, sizeof(name), "%s (extracted record)", file);
  const DkgRecordText text = { json, len, name, 0, 1, 1, 0 };
  DkgRecord parsed;
  DkgStatus st = dkg_record_parse(parser, &text, &parsed);
  if (st == DKG_ERR_SYNTAX) {
    /* cJSON printed this text, so its parser can refuse it only when
       memory runs out (reported as malformed JSON) */
    st = DKG_ERR_NOMEM;
  } else if (st == DKG_ERR_RECORD || dkg_diag_count(diag, DKG_ERROR) > errors) {
    DkgPlace place = { file, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "the record extracted from this text does not pass "
                    "`dialoguekg validate` (see above): no record written");
    st = DKG_ERR_RECORD;
  }
  dkg_record_parser_free(parser);
  free(json);
  return st;
}
