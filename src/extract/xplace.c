/* extract: the place of the meeting, from its sentence: a video
   conference, "in" a known city or country, "here" in a news item (the
   dateline's city), "at" an agency (its country), else an unknown
   capitalized place without a country. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>

static void
set_place(XPlace* out, char* name, const char* cc, size_t b, size_t e)
{
  out->name = name;
  out->cc = cc;
  out->span.b = b;
  out->span.e = e;
}

/* The name an XPlace has for a meeting by video: never a location. */
static const char virtual_name[] = "video conference";

bool
xplace_virtual(const XPlace* p)
{
  return p->name && !strcmp(p->name, virtual_name);
}

/* "by video conference", "virtually", "online", "a virtual dialogue". */
static bool
virtual_place(const char* s, size_t b, size_t e, XPlace* out)
{
  static const char* const virt[] = {
    "video conference",  "videoconference",  "video-conference",
    "video link",        "video call",       "virtually",
    "virtual format",    "virtual dialogue", "virtual meeting",
    "virtual talks",     "virtual session",  "virtual consultations",
    "videoconferencing", "online",           NULL
  };
  for (size_t i = 0; virt[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, virt[i]);
    if (at != (size_t)-1) {
      set_place(
        out, strdup(virtual_name), NULL, b + at, b + at + strlen(virt[i]));
      return true;
    }
  }
  return false;
}

/* An unknown capitalized place after "in" at `p` (not an agency, not a
   venue), or NULL. */
static char*
unknown_at(const char* s, size_t p, size_t e, size_t* end)
{
  size_t k = p;
  while (k < e && xlex_is_upper((unsigned char)s[k])) {
    k += xlex_word_len(s + k, e - k);
    if (k < e && s[k] == ' ' && k + 1u < e &&
        xlex_is_upper((unsigned char)s[k + 1u])) {
      ++k;
    }
  }
  char* cand = k > p ? dkg_strndup(s + p, k - p) : NULL;
  size_t vl = 0;
  const char* vn = NULL;
  if (cand && !xctx_agency_like(cand) &&
      !xlex_venue_at(cand, strlen(cand), &vl, &vn)) {
    *end = k;
    return cand;
  }
  free(cand);
  return NULL;
}

/* "in Tokyo", "in Washington, D.C.", "in Japan": true for a known city or
   country; else the first unknown capitalized place in `*unknown`. */
static bool
in_place(const char* s, size_t b, size_t e, XPlace* out, XPlace* unknown)
{
  for (size_t i = b; i + 3u < e; ++i) {
    if (!(xlex_starts(s + i, e - i, "in") && (i == b || s[i - 1u] == ' ') &&
          s[i + 2u] == ' ')) {
      continue;
    }
    const size_t p = i + 3u;
    if (!xlex_is_upper((unsigned char)s[p])) {
      continue;
    }
    const size_t w = xlex_word_len(s + p, e - p);
    if (xlex_month(s + p, w) || xlex_weekday(s + p, w) >= 0) {
      continue;
    }
    size_t len = 0;
    const char* cc = NULL;
    if (xlex_city_at(s + p, e - p, &len, &cc)) {
      set_place(out, dkg_strndup(s + p, len), cc, p, p + len);
      return true;
    }
    XCountryHit h;
    if (xlex_country_at(s + p, e - p, &h) && !h.adjective && !h.possessive) {
      set_place(out, dkg_strndup(s + p, h.len), h.cc, p, p + h.len);
      return true;
    }
    size_t k = p;
    char* name = unknown->name ? NULL : unknown_at(s, p, e, &k);
    if (name) {
      set_place(unknown, name, NULL, p, k);
    }
  }
  return false;
}

/* The end of the capitalized name at `p` ("U.S. State Department",
   "Ministry of Foreign Affairs"): joiners count before a capital. */
static size_t
name_end(const char* s, size_t p, size_t e)
{
  size_t k = p;
  for (;;) {
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      break;
    }
    const bool cap = xlex_is_upper((unsigned char)s[k]);
    const bool join = xlex_eq(s + k, w, "of") || xlex_eq(s + k, w, "for") ||
                      xlex_eq(s + k, w, "and");
    if (!cap && !join) {
      break;
    }
    size_t nk = k + w;
    while (nk < e && s[nk] == '.') {
      ++nk; /* "U.S." */
      nk += xlex_word_len(s + nk, e - nk);
    }
    if (cap) {
      k = nk;
    } else {
      /* a joiner counts only when a capital follows */
      if (nk + 1u < e && s[nk] == ' ' &&
          xlex_is_upper((unsigned char)s[nk + 1u])) {
        k = nk;
      } else {
        break;
      }
    }
    if (k < e && s[k] == ' ' && k + 1u < e &&
        (xlex_is_word_char((unsigned char)s[k + 1u]))) {
      const size_t w3 = xlex_word_len(s + k + 1u, e - k - 1u);
      if (xlex_is_upper((unsigned char)s[k + 1u]) ||
          xlex_eq(s + k + 1u, w3, "of") || xlex_eq(s + k + 1u, w3, "for") ||
          xlex_eq(s + k + 1u, w3, "and")) {
        ++k;
        continue;
      }
    }
    break;
  }
  return k;
}

/* "at the U.S. State Department": an agency (its country). */
static bool
at_place(XCtx* x, size_t b, size_t e, XPlace* out)
{
  const char* s = x->doc.text;
  const size_t at = xlex_find(s + b, e - b, "at the");
  if (at == (size_t)-1 || !xlex_is_upper((unsigned char)s[b + at + 7u])) {
    return false;
  }
  const size_t p = b + at + 7u;
  const size_t k = name_end(s, p, e);
  if (k <= p) {
    return false;
  }
  char* name = dkg_strndup(s + p, k - p);
  xctx_trim(name);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = xctx_agency(x, NULL, name, &cc, &written);
  free(written);
  if (a || xctx_agency_like(name)) {
    set_place(out, name, a ? a->country : cc, p, p + strlen(name));
    return true;
  }
  free(name);
  return false;
}

bool
xplace_find(XCtx* x, const XSource* src, size_t b, size_t e, XPlace* out)
{
  const char* s = x->doc.text;
  if (virtual_place(s, b, e, out)) {
    return true;
  }
  /* "at the Ministry of Foreign Affairs in Seoul": the agency, in the
     city's country when the registry does not say */
  XPlace at = { NULL, NULL, { 0, 0 } };
  if (at_place(x, b, e, &at)) {
    size_t k = at.span.e;
    size_t len = 0;
    const char* cc = NULL;
    XCountryHit h;
    if (k + 4u < e && xlex_starts(s + k, e - k, " in") &&
        (xlex_city_at(s + k + 4u, e - k - 4u, &len, &cc) ||
         (xlex_country_at(s + k + 4u, e - k - 4u, &h) && !h.adjective &&
          !h.possessive && (cc = h.cc) != NULL))) {
      if (!at.cc) {
        at.cc = cc;
      }
      *out = at;
      return true;
    }
    free(at.name);
  }
  XPlace unknown = { NULL, NULL, { 0, 0 } };
  if (in_place(s, b, e, out, &unknown)) {
    free(unknown.name);
    return true;
  }
  /* "here" in a news item: the place of the dateline */
  const size_t here = xlex_find(s + b, e - b, "here");
  if (here != (size_t)-1 && src->dateline) {
    size_t len = 0;
    const char* cc = NULL;
    set_place(
      out,
      strdup(src->dateline),
      xlex_city_at(src->dateline, strlen(src->dateline), &len, &cc) ? cc : NULL,
      b + here,
      b + here + 4u);
    free(unknown.name);
    return true;
  }
  if (at_place(x, b, e, out)) {
    free(unknown.name);
    return true;
  }
  if (unknown.name) {
    *out = unknown;
    return true;
  }
  return false;
}
