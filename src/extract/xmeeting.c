/* extract: what the meeting sentence says of the meeting: its round, its
   status (held or announced) and its date. */

#include "xint.h"

#include <string.h>

int
xmeeting_round(const char* s, size_t b, size_t e, XSpan* span)
{
  static const char* const nouns[] = {
    "round",    "meeting", "session",       "iteration", "edition",
    "dialogue", "talks",   "consultations", "dialog",    "time",
    "annual",   "meeting", "consultation",  NULL
  };
  /* lower-case words that may stand between the ordinal and the noun */
  static const char* const modifiers[] = { "bilateral",  "annual", "joint",
                                           "high-level", "cyber",  "policy",
                                           NULL };
  size_t i = b;
  while (i < e) {
    const size_t w = xlex_word_len(s + i, e - i);
    if (!w) {
      ++i;
      continue;
    }
    const int ord = xlex_ordinal(s + i, w);
    if (ord > 0 && (i == b || !xlex_is_word_char((unsigned char)s[i - 1u]))) {
      /* the head noun within the next few words */
      size_t k = i + w;
      for (int words = 0; words < 8 && k < e; ++words) {
        while (k < e && (s[k] == ' ' || s[k] == '-')) {
          ++k;
        }
        const size_t w2 = xlex_word_len(s + k, e - k);
        if (!w2) {
          break;
        }
        for (size_t q = 0; nouns[q]; ++q) {
          if (xlex_eq(s + k, w2, nouns[q]) ||
              (xlex_starts(nouns[q], strlen(nouns[q]), "dialog") &&
               xlex_starts(s + k, w2, nouns[q]))) {
            span->b = i;
            span->e = i + w;
            return ord;
          }
        }
        /* "U.S.-Japan", "Cyber": series words may come between */
        XCountryHit h;
        bool modifier = false;
        for (size_t q = 0; modifiers[q]; ++q) {
          modifier |= xlex_eq(s + k, w2, modifiers[q]);
        }
        const bool country = xlex_country_at(s + k, e - k, &h);
        if (!(xlex_is_upper((unsigned char)s[k]) || modifier || country)) {
          break;
        }
        k += country && h.len > w2 ? h.len : w2;
        while (k < e && (s[k] == '.' || s[k] == '-')) {
          ++k;
          k += xlex_word_len(s + k, e - k);
        }
      }
    }
    i += w;
  }
  return 0;
}

const char*
xmeeting_status(const char* s, size_t b, size_t e, XSpan* span)
{
  static const char* const future[] = {
    "will",          "to be held", "is scheduled",
    "are scheduled", "is set to",  "are set to",
    "upcoming",      "shall",      NULL
  };
  static const char* const past[] = { "was held",  "were held", "held",
                                      "met",       "convened",  "took place",
                                      "concluded", "hosted",    "co-chaired",
                                      "discussed", "gathered",  "exchanged",
                                      "reviewed",  "led",       "conducted",
                                      NULL };
  size_t best = (size_t)-1;
  const char* status = NULL;
  for (int pass = 0; pass < 2; ++pass) {
    const char* const* list = pass ? past : future;
    for (size_t i = 0; list[i]; ++i) {
      const size_t at = xlex_find(s + b, e - b, list[i]);
      if (at != (size_t)-1 && (best == (size_t)-1 || at < best)) {
        best = at;
        status = pass ? "held" : "announced";
        span->b = b + at;
        span->e = b + at + strlen(list[i]);
      }
    }
  }
  return status;
}

bool
xmeeting_date(XCtx* x,
              size_t sent,
              const char* status,
              const XYmd* ref,
              XDate* out)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[sent];
  XDate dates[4];
  const size_t nd = xdate_find(s, st->clip_b, st->e, dates, 4u);
  for (size_t i = 0; i < nd; ++i) {
    if (dates[i].weekday == -2) {
      xctx_warn(
        x, sent, "the weekday does not match the date; the date is kept");
    }
    if (!dates[i].from.d && dates[i].weekday < 0 && !dates[i].from.y) {
      continue;
    }
    XDate date = dates[i];
    const bool past = !status || !strcmp(status, "held");
    if (!date.from.y && !ref->y) {
      xctx_warn(x,
                sent,
                "the date gives no year and the release no date of its "
                "own: the date is left out");
      continue;
    }
    if (!xdate_complete(&date, ref, past)) {
      xctx_warn(x, sent, "cannot complete the date");
      continue;
    }
    if (dates[i].weekday >= 0 && !dates[i].from.m) {
      xctx_warn(x,
                sent,
                "the date is a weekday only: taken as the %s one %s the "
                "release's date",
                past ? "last" : "next",
                past ? "on or before" : "on or after");
    } else if (!dates[i].from.y) {
      xctx_warn(x,
                sent,
                "the date gives no year: the year of the release's date "
                "is taken");
    }
    date.completed = !dates[i].from.m ? 2 : !dates[i].from.y ? 1 : 0;
    *out = date;
    return true;
  }
  return false;
}
