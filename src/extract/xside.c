/* extract: sides — which delegation a phrase such as "the Japanese side"
   or "Japan was represented" speaks of (contracts in xint.h). */

#include "xint.h"

#include <stddef.h>

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
