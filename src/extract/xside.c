/* extract: sides — which delegation a phrase such as "the Japanese side"
   or "Japan was represented" speaks of (contracts in xint.h). */

#include "xint.h"

#include <stddef.h>
#include <string.h>

/* A participant's name, adjective or abbreviation starting a capitalized
   word at i in [b, e). */
bool
xside_participant_at(XCtx* x, size_t b, size_t i, size_t e, XCountryHit* h)
{
  const char* s = x->doc.text;
  return (i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
         xlex_is_upper((unsigned char)s[i]) &&
         xlex_party_at(x->reg, s, s + i, e - i, h) && xctx_deleg(x, h->cc);
}

const char*
xside_marker(XCtx* x, size_t b, size_t e, size_t* at)
{
  static const char* const nouns[] = { "side",  "delegation", "team",
                                       "group", "contingent", "delegations",
                                       NULL };
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    XCountryHit h;
    if (!xside_participant_at(x, b, i, e, &h)) {
      continue;
    }
    size_t k = i + h.len;
    if (xlex_starts(s + k, e - k, " was represented") ||
        xlex_starts(s + k, e - k, " will be represented") ||
        xlex_starts(s + k, e - k, " is represented")) {
      *at = i;
      return h.cc;
    }
    for (int words = 0; words < 3 && k < e; ++words) {
      while (k < e && s[k] == ' ') {
        ++k;
      }
      const size_t w = xlex_word_len(s + k, e - k);
      if (!w) {
        break;
      }
      for (size_t q = 0; nouns[q]; ++q) {
        if (xlex_eq(s + k, w, nouns[q])) {
          *at = i;
          return h.cc;
        }
      }
      if (!(xlex_eq(s + k, w, "interagency") ||
            xlex_eq(s + k, w, "inter-agency") ||
            xlex_eq(s + k, w, "government") || xlex_eq(s + k, w, "national") ||
            xlex_eq(s + k, w, "official") || xlex_eq(s + k, w, "head") ||
            xlex_eq(s + k, w, "heads") || xlex_eq(s + k, w, "of"))) {
        break;
      }
      k += w;
    }
    i += h.len - 1u;
  }
  return NULL;
}

/* The participant of "officials from Singapore", "representatives of
   Japan" starting the last such phrase in [b, at), with `*where` its
   offset; NULL when none, or when another participant is coordinated with
   it ("Officials of the United States and Japan"). */
const char*
xside_people_from(XCtx* x, size_t b, size_t at, size_t* where)
{
  static const char* const cues[] = {
    "officials from ",       "officials of ",
    "representatives from ", "representatives of ",
    "delegates from ",       "experts from ",
    "participants from ",    NULL
  };
  const char* s = x->doc.text;
  const char* side = NULL;
  for (size_t i = b; i < at; ++i) {
    if (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) {
      continue;
    }
    for (size_t c = 0; cues[c]; ++c) {
      const size_t l = strlen(cues[c]);
      if (i + l >= at || !xlex_starts(s + i, at - i, cues[c])) {
        continue;
      }
      size_t k = i + l;
      if (xlex_starts(s + k, at - k, "the ")) {
        k += 4u;
      }
      XCountryHit h;
      if (!xside_participant_at(x, b, k, at, &h) || h.adjective ||
          h.possessive) {
        continue;
      }
      size_t after = k + h.len;
      if (after < at && xlex_is_word_char((unsigned char)s[after])) {
        continue;
      }
      const size_t skip = xlex_starts(s + after, at - after, " and ") ? 5u
                          : xlex_starts(s + after, at - after, ", ")  ? 2u
                                                                      : 0u;
      size_t o = after + skip;
      if (skip && xlex_starts(s + o, at - o, "the ")) {
        o += 4u;
      }
      XCountryHit h2;
      if (skip && o < at && xside_participant_at(x, b, o, at, &h2)) {
        continue; /* "the United States and Japan" */
      }
      side = h.cc;
      *where = k;
    }
  }
  return side;
}
