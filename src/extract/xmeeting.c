/* extract: the meeting.  The sentence that reports it, and what that
   sentence says: its round, its status (held or announced), its date and
   its place. */

#include "xint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lower-case words that end the run between an ordinal and its noun:
   "the fifth country to host the talks", "the first anniversary of". */
static bool
function_word(const char* s, size_t n)
{
  static const char* const words[] = {
    "the",  "a",     "an",   "of",    "to",      "in",   "on",   "at",
    "for",  "with",  "by",   "from",  "and",     "or",   "but",  "as",
    "that", "which", "who",  "since", "after",   "than", "its",  "their",
    "his",  "her",   "this", "these", "between", "is",   "was",  "were",
    "are",  "be",    "been", "has",   "have",    "had",  "will", NULL
  };
  for (size_t q = 0; words[q]; ++q) {
    if (xlex_eq(s, n, words[q])) {
      return true;
    }
  }
  return false;
}

/* Does the clause after a round noun at s[k] count in a span of time
   ("... between the two ministers in the last six months", "this year",
   "in the past decade"), not the rounds of a series? */
static bool
time_span_after(const char* s, size_t k, size_t e)
{
  static const char* const spans[] = { "in the last", "in the past",
                                       "this year",   "so far this",
                                       "within a",    "in a year",
                                       NULL };
  size_t ce = k;
  while (ce < e && s[ce] != ',' && s[ce] != ';' && s[ce] != '.') {
    ++ce;
  }
  for (size_t i = 0; spans[i]; ++i) {
    const size_t at = xlex_find(s + k, ce - k, spans[i]);
    if (at != (size_t)-1) {
      return true;
    }
  }
  return false;
}

/* Where s[b, at) ends before its trailing spaces, and before the word
   `w` (and its spaces) when that word stands last ("said on" before
   "Thursday", "followed by the" before "ninth"). */
static size_t
back_over(const char* s, size_t b, size_t at, const char* w)
{
  const size_t l = strlen(w);
  size_t e = at;
  while (e > b && s[e - 1u] == ' ') {
    --e;
  }
  if (e >= b + l && xlex_starts(s + e - l, l, w) &&
      (e == b + l || s[e - l - 1u] == ' ')) {
    e -= l;
    while (e > b && s[e - 1u] == ' ') {
      --e;
    }
  }
  return e;
}

/* Does "followed by", "preceded by", "ahead of", "prior to" or "on the
   sidelines of" (and maybe "the") stand right before the ordinal at s[i]:
   another event's round ("... will hold consultations this week that will
   be followed by the ninth meeting of the ... mechanism", "On the
   sidelines of the 5th Africa Cyber Summit, ...")? */
static bool
other_event_before(const char* s, size_t b, size_t i)
{
  static const char* const lead[] = { "followed by",
                                      "preceded by",
                                      "ahead of",
                                      "prior to",
                                      "in preparation for",
                                      "on the sidelines of",
                                      "on the margins of",
                                      "in the margins of",
                                      "at the margins of",
                                      "at the sidelines of",
                                      "on the sideline of",
                                      "on the margin of",
                                      NULL };
  const size_t k = back_over(s, b, i, "the");
  for (size_t q = 0; lead[q]; ++q) {
    const size_t n = strlen(lead[q]);
    if (k >= b + n && xlex_eq(s + k - n, n, lead[q]) &&
        (k == b + n || !xlex_is_word_char((unsigned char)s[k - n - 1u]))) {
      return true;
    }
  }
  return false;
}

/* A cardinal number of one or two digits or in words up to twenty ("5",
   "Five"), else 0. */
static int
cardinal(const char* s, size_t n)
{
  static const char* const words[] = {
    "one",     "two",       "three",    "four",     "five",
    "six",     "seven",     "eight",    "nine",     "ten",
    "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty"
  };
  if (n >= 1u && n <= 2u && s[0] >= '1' && s[0] <= '9' &&
      (n == 1u || (s[1] >= '0' && s[1] <= '9'))) {
    return n == 1u ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
  }
  for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); ++i) {
    if (xlex_eq(s, n, words[i])) {
      return (int)i + 1;
    }
  }
  return 0;
}

/* "Round 5 of the ... Dialogue", "held Round Five of their talks": the
   noun "round" and a number after it, then "of" (or the noun capitalized
   as a name: "Round 3"). Its number, else 0. */
static int
round_number(const char* s, size_t i, size_t w, size_t e, XSpan* span)
{
  if (!xlex_eq(s + i, w, "round") || i + w + 1u >= e || s[i + w] != ' ') {
    return 0;
  }
  const size_t k = i + w + 1u;
  const size_t w2 = xlex_word_len(s + k, e - k);
  const int n = w2 ? cardinal(s + k, w2) : 0;
  if (!n || (!xlex_is_upper((unsigned char)s[i]) &&
             !xlex_starts(s + k + w2, e - k - w2, " of "))) {
    return 0;
  }
  span->b = i;
  span->e = k + w2;
  return n;
}

int
xmeeting_round(const char* s, size_t b, size_t e, XSpan* span)
{
  static const char* const nouns[] = {
    "round",      "meeting", "session",       "iteration",   "edition",
    "dialogue",   "talks",   "consultations", "dialog",      "time",
    "annual",     "meeting", "consultation",  "discussions", "dialogues",
    "conference", "forum",   "council",       "summit",      NULL
  };
  static const char* const not_rounds[] = {
    "in-person", "face-to-face", "virtual", "physical", "online", "such", NULL
  };
  size_t i = b;
  while (i < e) {
    const size_t w = xlex_word_len(s + i, e - i);
    if (!w) {
      ++i;
      continue;
    }
    const int numbered =
      (i == b || s[i - 1u] == ' ') ? round_number(s, i, w, e, span) : 0;
    if (numbered) {
      return numbered;
    }
    int ord = xlex_ordinal(s + i, w);
    if (!ord && w > 5u && xlex_eq(s + i + w - 5u, 5u, "-ever")) {
      ord = xlex_ordinal(s + i, w - 5u); /* "their first-ever dialogue" */
    }
    if (ord > 0 && (i == b || !xlex_is_word_char((unsigned char)s[i - 1u])) &&
        !other_event_before(s, b, i)) {
      /* "fourth in the series", "the second of its kind" */
      /* "the fourth since its launch in 2015": counted from the series'
         own start (not "the first since 2019") */
      if (xlex_starts(s + i + w, e - i - w, " in the series") ||
          xlex_starts(s + i + w, e - i - w, " of its kind") ||
          xlex_starts(s + i + w, e - i - w, " since its launch") ||
          xlex_starts(s + i + w, e - i - w, " since its inception") ||
          xlex_starts(s + i + w, e - i - w, " since its establishment") ||
          xlex_starts(s + i + w, e - i - w, " since its creation") ||
          xlex_starts(s + i + w, e - i - w, " since it was launched") ||
          xlex_starts(s + i + w, e - i - w, " since it was established")) {
        span->b = i;
        span->e = i + w;
        return ord;
      }
      /* the head noun within the next few words: capitalized words of a
         series name ("U.S.-Japan", "Republic of Korea (ROK)", "Cyber"),
         with at most three lower-case ones ("third bilateral
         cybersecurity consultation") */
      size_t k = i + w;
      int lower = 0;
      bool listed = false; /* past a comma inside the name */
      bool cap = false;    /* the last word was capitalized */
      for (int words = 0; words < 10 && k < e; ++words) {
        if (cap && k + 2u < e && s[k] == ',' && s[k + 1u] == ' ' &&
            xlex_is_upper((unsigned char)s[k + 2u])) {
          /* a list of capitalized words inside the name: "12th
             Vietnam-US Political, Security, and Defense Dialogue"; after
             it no lower-case word but a joiner */
          k += 2u;
          listed = true;
          continue;
        }
        if (cap && k + 6u < e && xlex_starts(s + k, e - k, ", and ") &&
            xlex_is_upper((unsigned char)s[k + 6u])) {
          k += 6u;
          listed = true;
          continue;
        }
        while (k < e && (s[k] == ' ' || s[k] == '-' ||
                         (k + 2u < e && (unsigned char)s[k] == 0xE2u &&
                          (unsigned char)s[k + 1u] == 0x80u &&
                          ((unsigned char)s[k + 2u] == 0x93u ||
                           (unsigned char)s[k + 2u] == 0x94u)))) {
          k += s[k] == ' ' || s[k] == '-' ? 1u : 3u; /* en, em dash */
        }
        if (k < e && s[k] == '(') {
          /* "Republic of Korea (ROK)-United Kingdom (UK)" */
          size_t q = k + 1u;
          while (q < e && s[q] != ')' && s[q] != '(' && q - k < 24u) {
            ++q;
          }
          if (q >= e || s[q] != ')') {
            break;
          }
          k = q + 1u;
          continue;
        }
        const size_t w2 = xlex_word_len(s + k, e - k);
        if (!w2) {
          break;
        }
        bool since = false;
        for (size_t q = 0; nouns[q] && !since; ++q) {
          if (xlex_eq(s + k, w2, nouns[q]) ||
              (xlex_starts(nouns[q], strlen(nouns[q]), "dialog") &&
               xlex_starts(s + k, w2, nouns[q]))) {
            /* "its first bilateral cyber dialogue since the establishment
               of ...", "the first dialogue post the 2023 Days", "the
               third meeting ... in the last six months" count from an
               event or in a span of time, not the rounds */
            since = xlex_starts(s + k + w2, e - k - w2, " since ") ||
                    xlex_starts(s + k + w2, e - k - w2, " post ") ||
                    xlex_starts(s + k + w2, e - k - w2, " after ") ||
                    xlex_starts(s + k + w2, e - k - w2, " following ") ||
                    time_span_after(s, k + w2, e);
            /* "the 7th EU-Brazil Summit" names its sides; "the 13th East
               Asia Summit", "the 15th G20 Summit" are another event's */
            bool paired = false;
            for (size_t c = i + w; c < k && !paired; ++c) {
              paired =
                s[c] == '-' || ((unsigned char)s[c] == 0xE2u && c + 2u < k &&
                                (unsigned char)s[c + 1u] == 0x80u &&
                                (unsigned char)s[c + 2u] == 0x93u);
            }
            if (xlex_eq(nouns[q], strlen(nouns[q]), "summit") && !paired) {
              break;
            }
            if (!since) {
              span->b = i;
              span->e = i + w;
              return ord;
            }
          }
        }
        if (since) {
          break;
        }
        /* "the first in-person meeting" counts no rounds */
        bool other = false;
        for (size_t q = 0; not_rounds[q]; ++q) {
          other |= xlex_eq(s + k, w2, not_rounds[q]);
        }
        if (other) {
          break;
        }
        XCountryHit h;
        const bool country = xlex_country_at(s + k, e - k, &h);
        /* "of", "and", "for" inside a capitalized name ("Republic of
           Korea–European Union", an en dash inside the word) */
        const bool joiner =
          (xlex_eq(s + k, w2, "of") || xlex_eq(s + k, w2, "and") ||
           xlex_eq(s + k, w2, "for")) &&
          k + w2 + 1u < e && s[k + w2] == ' ' &&
          xlex_is_upper((unsigned char)s[k + w2 + 1u]);
        if (!xlex_is_upper((unsigned char)s[k]) && !country && !joiner) {
          if (listed || function_word(s + k, w2) || ++lower > 3) {
            break;
          }
        }
        cap = xlex_is_upper((unsigned char)s[k]) || country;
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
  static const char* const future[] = { "will",
                                        "to be held",
                                        "is scheduled",
                                        "are scheduled",
                                        "is set to",
                                        "are set to",
                                        "set for",
                                        "slated for",
                                        "is due to",
                                        "are due to",
                                        "planned for",
                                        "upcoming",
                                        "shall",
                                        "expected to take place",
                                        "expected to be held",
                                        "expected to hold",
                                        "expected to meet",
                                        "expected to convene",
                                        "plans to hold",
                                        "plans to host",
                                        "plan to hold",
                                        "plan to host",
                                        "planning to hold",
                                        "planning to host",
                                        NULL };
  static const char* const past[] = { "was held",
                                      "were held",
                                      "held",
                                      "met",
                                      "convened",
                                      "took place",
                                      "concluded",
                                      "hosted",
                                      "co-chaired",
                                      "discussed",
                                      "gathered",
                                      "exchanged",
                                      "reviewed",
                                      "led",
                                      "conducted",
                                      "attended",
                                      "occurred",
                                      "happened",
                                      "began",
                                      "kicked off",
                                      "participated in",
                                      "took part in",
                                      "engaged in",
                                      "was organised",
                                      "was organized",
                                      "were organised",
                                      "were organized",
                                      "ended",
                                      "opened",
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

static XYmd earlier_event(const XCtx* x);
static bool dateline_words(const char* s, size_t b, size_t e);
static bool later_round(const char* s, size_t n, bool upcoming_ok);
static bool title_date(XCtx* x, const XSource* src, XDate* out);
static bool next_round_sentence(const char* s, size_t n);
static bool people_met(const char* s, size_t n);
static bool relative_in(const char* s, size_t b, size_t e);
static void word_back(const char* s, size_t b, size_t at, size_t* w, size_t* e);

/* The word of text[b, at) right before `at`, over spaces and an "on"
   ("said on Thursday", "concluded on Wednesday"): [*w, *k). */
static void
word_before(const char* s, size_t b, size_t at, size_t* w, size_t* k)
{
  const size_t e = back_over(s, b, at, "on");
  size_t start = e;
  while (start > b && xlex_is_word_char((unsigned char)s[start - 1u])) {
    --start;
  }
  *w = start;
  *k = e;
}

/* Is the date at `at` the day someone spoke ("the ministry said
   Thursday", "announced on Monday"), not the meeting's? */
static bool
speech_date(const char* s, size_t b, size_t at)
{
  static const char* const verbs[] = { "said",   "announced", "added",
                                       "stated", "reported",  "told",
                                       "says",   "noted",     NULL };
  size_t w = 0, k = 0;
  word_before(s, b, at, &w, &k);
  for (size_t i = 0; verbs[i]; ++i) {
    if (w < k && xlex_eq(s + w, k - w, verbs[i])) {
      return true;
    }
  }
  return false;
}

static bool meet_verb_in(const char* s, size_t b, size_t e);

/* Where word `w` next stands in s[at, e) as a whole word (its start of
   the span s[b, e)), else (size_t)-1. */
static size_t
word_at(const char* s, size_t b, size_t at, size_t e, const char* w)
{
  const size_t len = strlen(w);
  while (at < e) {
    const size_t k = xlex_find(s + at, e - at, w);
    if (k == (size_t)-1) {
      return k;
    }
    const size_t p = at + k;
    if ((p == b || !xlex_is_word_char((unsigned char)s[p - 1u])) &&
        (p + len >= e || !xlex_is_word_char((unsigned char)s[p + len]))) {
      return p;
    }
    at = p + len;
  }
  return (size_t)-1;
}

/* Is word `w` in s[b, e) as a whole word? */
static bool
word_in(const char* s, size_t b, size_t e, const char* w)
{
  return word_at(s, b, b, e, w) != (size_t)-1;
}

/* Is verb `v` in s[cb, ce) a participle that dates the series, not
   what the sides did: at the clause's start or after "first", "was",
   "which" ... ("First announced by ...", ", established in May 2015,",
   "which was founded in"), not after a subject ("the sides announced a
   plan on 5 May")? */
static bool
participle_in(const char* s, size_t cb, size_t ce, const char* v)
{
  static const char* const before[] = { "first",   "originally", "initially",
                                        "jointly", "formally",   "was",
                                        "were",    "been",       "is",
                                        "which",   "officially", NULL };
  for (size_t p = word_at(s, cb, cb, ce, v); p != (size_t)-1;
       p = word_at(s, cb, p + strlen(v), ce, v)) {
    size_t w = 0, q = 0;
    word_back(s, cb, p, &w, &q);
    bool ok = w == q && w == cb;
    for (size_t i = 0; !ok && before[i] && w < q; ++i) {
      ok = xlex_eq(s + w, q - w, before[i]);
    }
    if (ok) {
      return true;
    }
  }
  return false;
}

/* Is the date d of text[b, e) in a clause (between commas or semicolons)
   that dates another event than a meeting: the series announced,
   established, proposed, founded, signed or unveiled, as a participle,
   with no meeting verb ("First announced by Prime Minister Lee and
   President Biden in March 2022, the dialogue serves ...", "The
   memorandum, signed on 4 May 2019, ...")? */
static bool
other_event_date(const char* s, size_t b, size_t e, const XDate* d)
{
  static const char* const verbs[] = { "announced", "established", "proposed",
                                       "founded",   "signed",      "unveiled",
                                       NULL };
  size_t cb = d->b, ce = d->e;
  while (cb > b && s[cb - 1u] != ',' && s[cb - 1u] != ';') {
    --cb;
  }
  while (cb < d->b && s[cb] == ' ') {
    ++cb;
  }
  while (ce < e && s[ce] != ',' && s[ce] != ';') {
    ++ce;
  }
  bool other = false;
  for (size_t i = 0; verbs[i] && !other; ++i) {
    other = participle_in(s, cb, ce, verbs[i]);
  }
  return other && !meet_verb_in(s, cb, ce);
}

/* Does a label and a colon stand right before s[at] ("Published:
   2021-07-24", "Posted: ...", "Date: ..." run into a title): the release's
   date, not the meeting's? */
static bool
labelled_at(const char* s, size_t b, size_t at)
{
  size_t k = at;
  while (k > b && s[k - 1u] == ' ') {
    --k;
  }
  if (k == at || k <= b || s[k - 1u] != ':') {
    return false;
  }
  size_t w = k - 1u;
  while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
    --w;
  }
  if (w + 1u >= k - 1u || !xlex_is_upper((unsigned char)s[w])) {
    return false;
  }
  for (size_t i = w + 1u; i < k - 1u; ++i) {
    if (!(s[i] >= 'a' && s[i] <= 'z')) {
      return false; /* "WASHINGTON:" is a dateline, "1:" no label */
    }
  }
  return true;
}

/* The dates of text[b, e) that may be the meeting's: not those of a
   trailing attribution (", the foreign ministry said Thursday"), of
   someone speaking, or of another event's clause. */
static size_t
dates_of(const char* s, size_t b, size_t e, XDate* out, size_t max)
{
  const size_t end = xdeleg_cut_attribution(s, b, e);
  XDate all[8];
  const size_t n = xdate_find(s, b, end, all, 8u);
  size_t k = 0;
  for (size_t i = 0; i < n && k < max; ++i) {
    if (!(all[i].weekday >= 0 && !all[i].from.m &&
          speech_date(s, b, all[i].b)) &&
        !other_event_date(s, b, end, &all[i]) && !labelled_at(s, b, all[i].b)) {
      out[k++] = all[i];
    }
  }
  return k;
}

/* Where text[b, e) says the meeting is "today" ("held today in
   Montreal", "met today"), or in a part of today ("began this morning in
   Tashkent", "will meet this afternoon", "tonight"), not someone speaking
   ("said today"); (size_t)-1 when it does not.  The phrase's length in
   `*len` when `len` is not NULL. */
static size_t
today_at(const char* s, size_t b, size_t e, size_t* len)
{
  static const char* const words[] = { "today",          "this morning",
                                       "this afternoon", "this evening",
                                       "tonight",        NULL };
  const size_t end = xdeleg_cut_attribution(s, b, e);
  size_t best = (size_t)-1;
  for (size_t i = 0; words[i]; ++i) {
    const size_t l = strlen(words[i]);
    for (size_t at = b; at < end;) {
      const size_t k = xlex_find(s + at, end - at, words[i]);
      if (k == (size_t)-1) {
        break;
      }
      const size_t p = at + k;
      if ((p + l >= end || !xlex_is_word_char((unsigned char)s[p + l])) &&
          !speech_date(s, b, p)) {
        if (p < best) {
          best = p;
          if (len) {
            *len = l;
          }
        }
        break;
      }
      at = p + l;
    }
  }
  return best;
}

/* Is the date `d` of the sentence starting at `b` the release's own: where
   the source read the release's date ("15 December 2025" on a line that
   runs into the first sentence), or a dateline's date before a colon or a
   dash ("Washington DC [US], November 7 : The fourth ...")? */
static bool
own_date(const char* s, size_t b, const XDate* d, const XSource* src)
{
  if (src && ((src->published_span.b < src->published_span.e &&
               d->b < src->published_span.e && src->published_span.b < d->e) ||
              (src->numeric_span.b < src->numeric_span.e &&
               d->b < src->numeric_span.e && src->numeric_span.b < d->e))) {
    return true;
  }
  size_t words = 0;
  for (size_t k = b; k < d->b; ++k) {
    words += xlex_is_word_char((unsigned char)s[k]) &&
             (k == b || !xlex_is_word_char((unsigned char)s[k - 1u]));
  }
  size_t k = d->e;
  while (s[k] == ' ') {
    ++k;
  }
  /* "2020-12-16 22:36": a date with a clock time right after it stamps the
     posting, not the meeting */
  size_t c = k;
  while (s[c] >= '0' && s[c] <= '9' && c - k < 2u) {
    ++c;
  }
  if (c > k && s[c] == ':' && s[c + 1u] >= '0' && s[c + 1u] <= '9' &&
      s[c + 2u] >= '0' && s[c + 2u] <= '9') {
    return true;
  }
  /* "WASHINGTON, D.C., April 30, 2024 - U.S. Deputy Secretary ...": a
     hyphen between spaces is a dash too */
  const bool spaced = s[k] == '-' && k > d->e && s[k + 1u] == ' ';
  return words <= 6u && (s[k] == ':' || (s[k] == '-' && s[k + 1u] == '-') ||
                         spaced || xlex_starts(s + k, 3u, "\xE2\x80\x94"));
}

/* "a two-day dialogue that concluded on Wednesday": the day after
   "concluded", "ended" or "closed" (right before it, or before "in" a
   place: "ended in Accra on Tuesday") is the last of a meeting of so many
   days; with `opening`, the day after "opened", "began" or "kicked off"
   is the first ("The three-day ... opened in Accra on Monday").  0 when
   the sentence says no such thing, else the number of days. */
static int
span_days(const char* s, size_t b, const XDate* d, bool opening)
{
  static const char* const ends[] = { "concluded", "ended", "closed", NULL };
  static const char* const opens[] = { "opened", "began", "kicked off", NULL };
  const char* const* verbs = opening ? opens : ends;
  size_t w = 0, k = 0;
  word_before(s, b, d->b, &w, &k);
  bool found = false;
  for (size_t i = 0; verbs[i] && !found; ++i) {
    const size_t l = strlen(verbs[i]);
    found = k >= b + l && xlex_eq(s + k - l, l, verbs[i]) &&
            (k == b + l || !xlex_is_word_char((unsigned char)s[k - l - 1u]));
    w = found ? k - l : w;
  }
  for (size_t i = 0; verbs[i] && !found; ++i) {
    /* the verb, then a place, then the day */
    const size_t at = xlex_find(s + b, d->b - b, verbs[i]);
    const size_t q = at == (size_t)-1 ? 0 : b + at + strlen(verbs[i]) + 1u;
    found = at != (size_t)-1 && q < d->b &&
            xlex_starts(s + q, d->b - q, "in ") &&
            memchr(s + q, ',', d->b - q) == NULL;
    w = found ? b + at : w;
  }
  if (!found) {
    return 0;
  }
  static const char* const counts[] = { "two", "three", "four", "five", "2",
                                        "3",   "4",     "5",    NULL };
  for (size_t i = 0; counts[i]; ++i) {
    char pat[16];
    snprintf(pat, sizeof(pat), "%s-day", counts[i]);
    const size_t at = xlex_find(s + b, w - b, pat);
    if (at != (size_t)-1 &&
        (at == 0 || !xlex_is_word_char((unsigned char)s[b + at - 1u]))) {
      return 2 + (int)(i % 4u);
    }
  }
  return 0;
}

/* The year of the meeting's day `d` (no year) that another sentence gives
   with the same day and month ("held in Singapore October 3." and "held
   in Singapore on October 3, 2019."); 0 when none does, or two disagree. */
static int
same_day_year(const XCtx* x, size_t sent, const XDate* d)
{
  const char* s = x->doc.text;
  int year = 0;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    if (i == sent || next_round_sentence(s + st->clip_b, st->e - st->clip_b)) {
      continue;
    }
    XDate o[8];
    const size_t n = xdate_find(s, st->clip_b, st->e, o, 8u);
    for (size_t k = 0; k < n; ++k) {
      if (o[k].from.y && o[k].from.m == d->from.m && o[k].from.d == d->from.d) {
        if (year && year != o[k].from.y) {
          return 0;
        }
        year = o[k].from.y;
      }
    }
  }
  return year;
}

static bool
meeting_date(XCtx* x,
             const XSource* src,
             size_t sent,
             const char* status,
             const XYmd* ref,
             XDate* out)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[sent];
  XDate dates[4];
  const size_t nd = dates_of(s, st->clip_b, st->e, dates, 4u);
  for (size_t i = 0; i < nd; ++i) {
    if (own_date(s, st->clip_b, &dates[i], src)) {
      continue;
    }
    if (dates[i].from.m && dates[i].from.d && !dates[i].from.y) {
      const int y = same_day_year(x, sent, &dates[i]);
      if (y) {
        dates[i].from.y = y;
        if (dates[i].to.m) {
          dates[i].to.y = y + (dates[i].to.m < dates[i].from.m ? 1 : 0);
        }
        xctx_warn(x,
                  sent,
                  "the date gives no year: another sentence gives the same "
                  "day with the year %d",
                  y);
      }
    }
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
      if (!earlier_event(x).y) {
        xctx_warn(x,
                  sent,
                  "the date gives no year and the release no date of its "
                  "own: the date is left out");
      }
      continue;
    }
    if (!xdate_complete(&date, ref, past)) {
      xctx_warn(x, sent, "cannot complete the date");
      continue;
    }
    size_t lw = dates[i].e;
    while (s[lw] == ' ') {
      ++lw;
    }
    if (dates[i].weekday >= 0 && !dates[i].from.m && past && src &&
        src->published.y && src->published.m && src->published.d &&
        xlex_starts(s + lw, st->e - lw, "last week")) {
      /* "on Monday and Tuesday last week": that weekday of the week
         (Monday to Sunday) before the release's */
      const XYmd* p = &src->published;
      const int rw = xdate_weekday(p->y, p->m, p->d);
      date.from = *p;
      xdate_add_days(&date.from, dates[i].weekday - rw - 7);
      if (date.days > 0) {
        date.to = date.from;
        xdate_add_days(&date.to, date.days);
      }
      date.e = lw + 9u;
      xctx_warn(x,
                sent,
                "the date is a weekday of last week: taken in the week "
                "before the release's date");
    } else if (dates[i].weekday >= 0 && !dates[i].from.m) {
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
    const int days = date.to.m ? 0 : span_days(s, st->clip_b, &date, false);
    const int opening =
      date.to.m || days ? 0 : span_days(s, st->clip_b, &date, true);
    if (opening && date.from.d) {
      /* the day given is the first: the last is so many days after */
      date.to = date.from;
      xdate_add_days(&date.to, opening - 1);
      xctx_warn(x,
                sent,
                "a %d-day meeting that opened on the day given: it ended %d "
                "day%s after",
                opening,
                opening - 1,
                opening > 2 ? "s" : "");
    }
    if (days && date.from.d) {
      /* the day given is the last: the first is so many days before */
      date.to = date.from;
      xdate_add_days(&date.from, 1 - days);
      xctx_warn(x,
                sent,
                "a %d-day meeting that ended on the day given: it began %d "
                "day%s before",
                days,
                days - 1,
                days > 2 ? "s" : "");
    }
    *out = date;
    return true;
  }
  /* "held today": the release's own date */
  size_t today_len = 5u;
  const size_t today = today_at(s, st->clip_b, st->e, &today_len);
  if (src && src->published.y && src->published.m && src->published.d &&
      today != (size_t)-1) {
    memset(out, 0, sizeof(*out));
    out->from = src->published;
    out->weekday = -1;
    out->b = today;
    out->e = today + today_len;
    xctx_warn(x,
              sent,
              "the meeting is \"%.*s\": the release's date is taken",
              (int)today_len,
              s + today);
    return true;
  }
  /* "met yesterday", "will meet tomorrow": the day before or after the
     release's own date, never someone speaking ("said yesterday") */
  static const struct
  {
    const char* word;
    int days;
  } near[] = { { "yesterday", -1 }, { "tomorrow", 1 } };
  const size_t end = xdeleg_cut_attribution(s, st->clip_b, st->e);
  for (size_t i = 0; src && src->published.y && src->published.m &&
                     src->published.d && i < sizeof(near) / sizeof(near[0]);
       ++i) {
    const size_t len = strlen(near[i].word);
    const size_t p = word_at(s, st->clip_b, st->clip_b, end, near[i].word);
    if (p == (size_t)-1 || speech_date(s, st->clip_b, p) ||
        (near[i].days > 0) != (status && !strcmp(status, "announced"))) {
      continue;
    }
    memset(out, 0, sizeof(*out));
    out->from = src->published;
    xdate_add_days(&out->from, near[i].days);
    out->weekday = -1;
    out->b = p;
    out->e = p + len;
    xctx_warn(x,
              sent,
              "the meeting is \"%s\": the day %s the release's date is "
              "taken",
              near[i].word,
              near[i].days < 0 ? "before" : "after");
    return true;
  }
  return false;
}

bool
xmeeting_date(XCtx* x,
              size_t sent,
              const char* status,
              const XYmd* ref,
              XDate* out)
{
  return meeting_date(x, NULL, sent, status, ref, out);
}

static const char* const meet_verbs[] = {
  "held",         "hold",       "holds",        "met",
  "meet",         "meets",      "convened",     "convene",
  "convenes",     "took place", "take place",   "takes place",
  "will discuss", "discussed",  "hosted",       "host",
  "co-chaired",   "gathered",   "conducted",    "will be held",
  "was held",     "were held",  "is held",      "are held",
  "concluded",    "co-hosted",  "wrapped up",   "attended",
  "led the",      "co-led",     "convening",    "participated in",
  "took part in", "to conduct", "will conduct", "began",
  "begins",       "kicked off", "will begin",   "ended",
  "opened",       NULL
};

/* Is a meeting verb in s[b, e) as a whole word? */
static bool
meet_verb_in(const char* s, size_t b, size_t e)
{
  for (size_t i = 0; meet_verbs[i]; ++i) {
    if (word_in(s, b, e, meet_verbs[i])) {
      return true;
    }
  }
  return false;
}

/* What a meeting is called in the sentence that reports it. */
static const char* const nouns[] = {
  "dialogue",     "talks",       "consultations",  "meeting",
  "round",        "session",     "officials",      "dialog",
  "consultation", "study visit", "exchange visit", "dialogues",
  "negotiations", NULL
};

static bool
has_any(const char* s, size_t n, const char* const* list)
{
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_find(s, n, list[i]) != (size_t)-1) {
      return true;
    }
  }
  return false;
}

/* "conference" in lower case at s[k] (of n) as a whole word: a meeting
   ("held a virtual minister-level conference"); a capitalized one names
   an event ("the 5th Global Conference on Cyber Space"). */
static bool
lower_conference(const char* s, size_t k, size_t n)
{
  return k + 10u <= n && !strncmp(s + k, "conference", 10u) &&
         (k == 0 || !xlex_is_word_char((unsigned char)s[k - 1u])) &&
         (k + 10u == n || !xlex_is_word_char((unsigned char)s[k + 10u]));
}

/* A meeting noun in s[0, n): one of `nouns`, or "conference" in lower
   case. */
static bool
meeting_noun(const char* s, size_t n)
{
  if (has_any(s, n, nouns)) {
    return true;
  }
  for (size_t k = 0; k < n; ++k) {
    if (lower_conference(s, k, n)) {
      return true;
    }
  }
  return false;
}

static bool noun_follows(const char* s, size_t k, size_t n);

/* "next" about another round, not "next week" or "next Monday" (when
   this meeting is). */
static bool
next_round(const char* s, size_t n)
{
  for (size_t at = xlex_find(s, n, "next"); at != (size_t)-1;) {
    size_t k = at + 4u;
    while (k < n && s[k] == ' ') {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, n - k);
    /* "the next practical steps" names no round: a meeting noun, or
       "one", in the words after */
    if (!(xlex_eq(s + k, w, "week") || xlex_eq(s + k, w, "month") ||
          xlex_eq(s + k, w, "year") || xlex_weekday(s + k, w) >= 0) &&
        (xlex_eq(s + k, w, "one") || noun_follows(s, k, n))) {
      return true;
    }
    const size_t more = xlex_find(s + k, n - k, "next");
    at = more == (size_t)-1 ? more : k + more;
  }
  return false;
}

/* Is s[0, n) about a later round ("the next round", "a future meeting")?
   With `upcoming_ok`, "upcoming" is this meeting (an announcement). */
static bool
later_round(const char* s, size_t n, bool upcoming_ok)
{
  static const char* const list[] = { "following round",
                                      "later this year",
                                      NULL };
  /* "a future meeting", "subsequent rounds": with a meeting noun in the
     words after; "for future collaboration" is no round */
  static const char* const marks[] = { "future", "subsequent", NULL };
  for (size_t r = 0; marks[r]; ++r) {
    for (size_t at = xlex_find(s, n, marks[r]); at != (size_t)-1;) {
      const size_t k = at + strlen(marks[r]);
      if (noun_follows(s, k, n)) {
        return true;
      }
      const size_t more = xlex_find(s + k, n - k, marks[r]);
      at = more == (size_t)-1 ? more : k + more;
    }
  }
  return next_round(s, n) || has_any(s, n, list) ||
         (!upcoming_ok && xlex_find(s, n, "upcoming") != (size_t)-1);
}

/* Is a meeting noun within the six words after s[k]? */
static bool
noun_follows(const char* s, size_t k, size_t n)
{
  static const char* const mnouns[] = {
    "round",         "meeting", "dialogue",     "dialog",  "talks",
    "consultations", "session", "consultation", "edition", NULL
  };
  for (int words = 0; words < 6 && k < n; ++words) {
    while (k < n && !xlex_is_word_char((unsigned char)s[k])) {
      ++k;
    }
    const size_t w = xlex_word_len(s + k, n - k);
    if (!w) {
      break;
    }
    for (size_t q = 0; mnouns[q]; ++q) {
      if (xlex_eq(s + k, w, mnouns[q])) {
        return true;
      }
    }
    k += w;
  }
  return false;
}

/* Is s[0, n) about an earlier round ("builds on the inaugural dialogue,
   which was held in Paris", "the previous round", "last year's talks")?
   A marker counts with a meeting noun in the words after it: "the
   previous day", "builds on the progress", "last week" and "earlier this
   month" do not. */
static bool
earlier_round(const char* s, size_t n)
{
  static const char* const list[] = { "previous",    "preceding",    "last",
                                      "earlier",     "builds on",    "built on",
                                      "building on", "follow-up to", NULL };
  for (size_t r = 0; list[r]; ++r) {
    for (size_t at = xlex_find(s, n, list[r]); at != (size_t)-1;) {
      size_t k = at + strlen(list[r]);
      while (k < n && s[k] == ' ') {
        ++k;
      }
      const size_t w = xlex_word_len(s + k, n - k);
      const bool when =
        xlex_eq(s + k, w, "week") || xlex_eq(s + k, w, "month") ||
        xlex_eq(s + k, w, "this") || xlex_eq(s + k, w, "today") ||
        xlex_weekday(s + k, w) >= 0 || xlex_month(s + k, w) > 0;
      if (!when && noun_follows(s, k, n)) {
        return true;
      }
      const size_t more = xlex_find(s + k, n - k, list[r]);
      at = more == (size_t)-1 ? more : k + more;
    }
  }
  return false;
}

/* A sentence about another round than this one. */
static bool
next_round_sentence(const char* s, size_t n)
{
  return later_round(s, n, false) || earlier_round(s, n);
}

/* Does s[0, n), after a sentence that reports the meeting, report a
   meeting beside it: "on the sidelines", "on the margins", or "also" with
   "bilateral" ("Choi also plans to hold bilateral talks with Shimokawa and
   Wu on Wednesday")? */
static bool
side_meeting(const char* s, size_t n)
{
  static const char* const list[] = { "on the sidelines", "on the sideline",
                                      "on the margins",   "on the margin",
                                      "side meeting",     NULL };
  return has_any(s, n, list) ||
         (xlex_find(s, n, "also ") != (size_t)-1 &&
          (xlex_find(s, n, "bilateral") != (size_t)-1 || people_met(s, n)));
}

/* Does s[0, n) say that people met ("the Minister ... and the
   Commissioner ... met today", "The three sides will meet in Seoul
   Thursday"): "met", "meet" or "meets" as a whole word? */
static bool
people_met(const char* s, size_t n)
{
  static const char* const verbs[] = { "met", "meet", "meets", NULL };
  for (size_t i = 0; verbs[i]; ++i) {
    const size_t len = strlen(verbs[i]);
    for (size_t at = 0; at < n;) {
      const size_t k = xlex_find(s + at, n - at, verbs[i]);
      if (k == (size_t)-1) {
        break;
      }
      const size_t p = at + k;
      if (p + len >= n || !xlex_is_word_char((unsigned char)s[p + len])) {
        return true;
      }
      at = p + len;
    }
  }
  return false;
}

/* Does text[b, e) name a meeting by its round ("during the first Digital
   Partnership Council held today"), not "for the first time"? */
static bool
ordinal_named(const char* s, size_t b, size_t e)
{
  XSpan sp = { 0, 0 };
  if (!xmeeting_round(s, b, e, &sp) ||
      xlex_starts(s + sp.e, e - sp.e, " time")) {
    return false;
  }
  /* "the 5th Global Conference on Cyber Space", "the third Forum": a
     multilateral event, not the meeting */
  const size_t n = e - sp.e < 80u ? e - sp.e : 80u;
  return xlex_find(s + sp.e, n, "conference") == (size_t)-1 &&
         xlex_find(s + sp.e, n, "forum") == (size_t)-1;
}

/* The first sentence with a meeting verb and a meeting noun or series name
   that is not about a later round, preferring one with a date; NONE when
   none. */
static size_t
meeting_sentence(XCtx* x, bool upcoming_ok, bool earlier_ok)
{
  const char* s = x->doc.text;
  size_t first = (size_t)-1, met = (size_t)-1;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    if (!has_any(s + b, n, meet_verbs) || later_round(s + b, n, upcoming_ok) ||
        (!earlier_ok && earlier_round(s + b, n))) {
      continue;
    }
    XSeriesHit h;
    XDate d[1];
    const bool dated =
      dates_of(s, b, st->e, d, 1u) || today_at(s, b, st->e, NULL) != (size_t)-1;
    const bool day =
      (dates_of(s, b, st->e, d, 1u) && (d[0].from.d || d[0].weekday >= 0)) ||
      today_at(s, b, st->e, NULL) != (size_t)-1;
    if (first != (size_t)-1 && i == first + 1u && day &&
        !earlier_round(s + b, n) && !side_meeting(s + b, n)) {
      /* "... will hold talks this week. The three sides will meet in
         Seoul Thursday to discuss ...": the sentence right after the
         undated one continues it and dates it */
      return i;
    }
    if (!meeting_noun(s + b, n) && !xseries_find_x(x, b, st->e, &h) &&
        !ordinal_named(s, b, st->e)) {
      if (met == (size_t)-1 && dated && people_met(s + b, n) &&
          !(first != (size_t)-1 && side_meeting(s + b, n))) {
        met = i;
      }
      continue;
    }
    if (first != (size_t)-1 && side_meeting(s + b, n)) {
      continue;
    }
    if (first == (size_t)-1) {
      first = i;
    }
    if (dated) {
      return i;
    }
  }
  /* no sentence with a meeting noun is dated: the first dated one in
     which people met ("the Minister ... and the Commissioner ... met
     today") */
  return met != (size_t)-1 ? met : first;
}

/* Does s[b, e) open with a pronoun and a copula before "the" ("It's
   the", "It is the", "This was the", "This is the")?  Its length, else 0. */
static size_t
copula_at(const char* s, size_t b, size_t e)
{
  static const char* const list[] = {
    "It's the ",    "It\xE2\x80\x99s the ", "It is the ", "It was the ",
    "This is the ", "This was the ",        NULL
  };
  for (size_t i = 0; list[i]; ++i) {
    const size_t l = strlen(list[i]);
    if (e - b > l && !strncmp(s + b, list[i], l)) {
      return l;
    }
  }
  return 0;
}

void
xmeeting_find_event(XCtx* x)
{
  const char* s = x->doc.text;
  size_t ev = meeting_sentence(x, false, false);
  if (ev == (size_t)-1) {
    /* "The upcoming fifth ... will be held" */
    ev = meeting_sentence(x, true, false);
  }
  if (ev != (size_t)-1) {
    x->event = ev;
    x->has_event = true;
    return;
  }
  /* No sentence says that the meeting took place ("The Aug 11-12 Cyber
     Dialogue, fourth in the series, was led by ..."): the first one that
     names it with a date. */
  /* failing that, the first that names it with a week or month relative
     to the release's date ("during its first trilateral cyber dialogue
     ... in Singapore next week"), or "today" ("... today committed to
     ... a new strategic dialogue initiative") */
  for (size_t i = 0; i < 2u * x->doc.n_sents; ++i) {
    const bool relative = i >= x->doc.n_sents;
    const XSentence* st = &x->doc.sents[i % x->doc.n_sents];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    XSeriesHit h;
    XDate d[1];
    if (!next_round_sentence(s + b, n) &&
        (has_any(s + b, n, nouns) || xseries_find_x(x, b, st->e, &h)) &&
        (relative ? relative_in(s, b, st->e) ||
                      today_at(s, b, st->e, NULL) != (size_t)-1
                  : dates_of(s, b, st->e, d, 1u) && d[0].from.m)) {
      x->event = i % x->doc.n_sents;
      x->has_event = true;
      return;
    }
  }
  /* only a sentence that also names an earlier round ("The third round,
     which builds on the previous two, was held ...") */
  ev = meeting_sentence(x, true, true);
  if (ev != (size_t)-1) {
    x->event = ev;
    x->has_event = true;
    return;
  }
  /* "It's the second edition of the UK-Nigeria Security and Defence
     Partnership Dialogue ...": a sentence that says what the reported
     event is, by its ordinal */
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    if (copula_at(s, st->clip_b, st->e) &&
        ordinal_named(s, st->clip_b, st->e)) {
      x->event = i;
      x->has_event = true;
      return;
    }
  }
  /* "India and Bangladesh will hold the next round of Foreign Office
     Consultations in New Delhi on Friday": the first sentence that names
     a meeting announces the next round, and no sentence reports another
     one: that round is the release's news */
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    XSeriesHit h;
    if (!meeting_noun(s + b, n) && !xseries_find_x(x, b, st->e, &h)) {
      continue;
    }
    XSpan sp;
    const char* status = xmeeting_status(s, b, st->e, &sp);
    if (!has_any(s + b, n, meet_verbs) || !next_round(s + b, n) ||
        earlier_round(s + b, n) || !status || strcmp(status, "announced")) {
      return;
    }
    for (size_t j = 0; j < x->doc.n_sents; ++j) {
      /* a sentence that reports a meeting as held: that one is the news */
      const XSentence* o = &x->doc.sents[j];
      const char* said = xmeeting_status(s, o->clip_b, o->e, &sp);
      if (j != i && has_any(s + o->clip_b, o->e - o->clip_b, meet_verbs) &&
          said && !strcmp(said, "held")) {
        return;
      }
    }
    x->event = i;
    x->has_event = true;
    return;
  }
}

/* Does sentence `sent` name every participant (a country or an
   organization: "The EU and India on Thursday ...")? */
static bool
names_all(XCtx* x, size_t sent)
{
  const XSentence* st = &x->doc.sents[sent];
  bool seen[XMAX_PARTIES] = { false };
  for (size_t i = st->clip_b; i < st->e; ++i) {
    XCountryHit h;
    if (xside_participant_at(x, st->clip_b, i, st->e, &h)) {
      for (size_t k = 0; k < x->n_cc; ++k) {
        seen[k] |= !strcmp(h.cc, x->cc[k]);
      }
      i += h.len - 1u;
    }
  }
  size_t n = 0;
  for (size_t k = 0; k < x->n_cc; ++k) {
    n += seen[k] ? 1u : 0u;
  }
  return x->n_cc >= 2u && n == x->n_cc;
}

/* An ordinal right before a series name of the registry's participants
   ("the 2nd EU-China Cyber Task Force", whose head noun is no
   round noun), else xmeeting_round. */
static int
round_in(XCtx* x, size_t b, size_t e, XSpan* span)
{
  const char* s = x->doc.text;
  const int r = xmeeting_round(s, b, e, span);
  XSeriesHit h;
  for (size_t at = b; !r && at < e && xseries_find_x(x, at, e, &h); at = h.e) {
    size_t k = h.b;
    while (k > b && s[k - 1u] == ' ') {
      --k;
    }
    size_t w = k;
    while (w > b && xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    const int ord = w < k ? xlex_ordinal(s + w, k - w) : 0;
    if (ord > 0) {
      span->b = w;
      span->e = k;
      return ord;
    }
  }
  return r;
}

/* The round of the meeting sentence, else of the title; none for an
   intersessional meeting. */
static void
meeting_round(XCtx* x, const XSource* src, size_t b, size_t e, XMeeting* m)
{
  const char* s = x->doc.text;
  if (xlex_find(s + b, e - b, "intersessional") != (size_t)-1) {
    return;
  }
  m->round = round_in(x, b, e, &m->round_span);
  if (!m->round && src->title &&
      xlex_find(src->title, strlen(src->title), "intersessional") ==
        (size_t)-1) {
    m->round =
      round_in(x, src->title_span.b, src->title_span.e, &m->round_span);
  }
  /* another sentence that names this meeting with an ordinal ("This
     fourth annual U.S.-Germany Cyber Bilateral Meeting ...", "following
     the third meeting of the ... Working Group"), not one about another
     round, nor "for the first time" (of something else than the
     meeting) */
  for (size_t i = 0; !m->round && i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t sb = st->clip_b, n = st->e - st->clip_b;
    XSeriesHit h;
    if (i == x->event || next_round_sentence(s + sb, n) ||
        !(has_any(s + sb, n, nouns) || xseries_find_x(x, sb, st->e, &h))) {
      continue;
    }
    XSpan sp;
    /* a held meeting is not named by a sentence in the future tense
       ("prepare for the 5th edition of ... to be held in October") */
    const char* tense = xmeeting_status(s, sb, st->e, &sp);
    if (m->status && !strcmp(m->status, "held") && tense &&
        !strcmp(tense, "announced")) {
      continue;
    }
    const int r = round_in(x, sb, st->e, &sp);
    if (r && !xlex_starts(s + sp.e, st->e - sp.e, " time")) {
      m->round = r;
      m->round_span = sp;
    }
  }
}

/* A year the text states ("the 2015 India-United States Cyber Dialogue")
   in s[b, e), else 0. */
static int
year_in(const char* s, size_t b, size_t e)
{
  for (size_t i = b; i + 4u <= e; ++i) {
    const bool start = i == b || !xlex_is_word_char((unsigned char)s[i - 1u]);
    const bool end =
      i + 4u == e || !xlex_is_word_char((unsigned char)s[i + 4u]);
    if (start && end && (s[i] == '1' || s[i] == '2') &&
        xlex_word_len(s + i, e - i) == 4u) {
      int y = 0;
      for (size_t k = 0; k < 4u && s[i + k] >= '0' && s[i + k] <= '9'; ++k) {
        y = y * 10 + (s[i + k] - '0');
      }
      if (y >= 1990 && y <= 2099) {
        return y;
      }
    }
  }
  return 0;
}

/* The year of a release that has no date of its own: the one the meeting
   sentence states, else the first sentence, else the title; 0 when none. */
static int
text_year(const XCtx* x, const XSource* src)
{
  const char* s = x->doc.text;
  const XSentence* ev = &x->doc.sents[x->event];
  int y = year_in(s, ev->clip_b, ev->e);
  if (!y && x->doc.n_sents) {
    y = year_in(s, x->doc.sents[0].clip_b, x->doc.sents[0].e);
  }
  if (!y && src->title) {
    y = year_in(s, src->title_span.b, src->title_span.e);
  }
  return y;
}

/* "held a virtual minister-level conference", "an online ministerial
   meeting": "virtual" or "online" with a meeting noun within the three
   words after it in s[b, e) makes a meeting by video; false when not, or
   when no memory. */
/* Does s[b, at) end with "on", "in", "via" or "through", and maybe "a"
   or "an" after it ("on a ", "in an ", "via ")? */
static bool
medium_before(const char* s, size_t b, size_t at)
{
  static const char* const preps[] = { " on a ",  " in a ",      " in an ",
                                       " via a ", " through a ", " on ",
                                       " in ",    " via ",       NULL };
  for (size_t i = 0; preps[i]; ++i) {
    const size_t n = strlen(preps[i]);
    if (at >= b + n && !strncmp(s + at - n, preps[i], n)) {
      return true;
    }
  }
  return false;
}

static bool
virtual_noun(const char* s, size_t b, size_t e, XPlace* out)
{
  static const char* const media[] = { "platform", "format", "mode", NULL };
  static const char* const marks[] = { "virtual", "online", NULL };
  for (size_t i = 0; marks[i]; ++i) {
    for (size_t from = b; from < e;) {
      const size_t f = xlex_find(s + from, e - from, marks[i]);
      if (f == (size_t)-1) {
        break;
      }
      const size_t at = from + f, end = at + strlen(marks[i]);
      from = end;
      if ((at > b && xlex_is_word_char((unsigned char)s[at - 1u])) ||
          (end < e && xlex_is_word_char((unsigned char)s[end]))) {
        continue;
      }
      size_t k = end;
      for (int words = 0; words < 3 && k < e; ++words) {
        while (k < e && s[k] == ' ') {
          ++k;
        }
        const size_t w = xlex_word_len(s + k, e - k);
        if (!w) {
          break;
        }
        bool noun = lower_conference(s, k, e);
        for (size_t q = 0; nouns[q] && !noun; ++q) {
          noun = xlex_eq(s + k, w, nouns[q]);
        }
        /* "held on a virtual platform", "in an online format": a medium
           after "on", "in", "via" or "through" (not "launch a virtual
           platform") */
        for (size_t q = 0; media[q] && !noun; ++q) {
          noun = xlex_eq(s + k, w, media[q]) && medium_before(s, b, at);
        }
        if (noun) {
          out->name = strdup("video conference");
          out->cc = NULL;
          out->span.b = at;
          out->span.e = k + w;
          return out->name != NULL && xplace_virtual(out);
        }
        k += w;
      }
    }
  }
  return false;
}

/* The weekday on which the source spoke ("the ministry said Friday"),
   the first the text gives, with its words in `*span`; -1 when none. */
static int
speech_weekday(const XCtx* x, XSpan* span)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    XDate d[8];
    const size_t n = xdate_find(s, st->clip_b, st->e, d, 8u);
    for (size_t k = 0; k < n; ++k) {
      if (d[k].weekday >= 0 && !d[k].from.m &&
          speech_date(s, st->clip_b, d[k].b)) {
        span->b = d[k].b;
        span->e = d[k].e;
        return d[k].weekday;
      }
    }
  }
  return -1;
}

/* The year of a wire story whose dateline gives a month and day but no
   year ("MOSCOW, September 24. /TASS/."), when the text says the source
   spoke on a weekday ("the Russian Foreign Ministry said Friday"):
   `year_given` (the year text_year found) when the dateline's day is that
   weekday in it, else of the years the text states anywhere the only one
   in which it is; `*span` gets the weekday.  0 when none or more than one
   fit. */
static int
report_year(const XCtx* x, const XSource* src, int year_given, XSpan* span)
{
  const char* s = x->doc.text;
  XYmd md = src->dateline_md;
  if (!md.m && x->doc.n_sents) {
    /* a dateline standing as a sentence of its own: a place, a comma, the
       month and day, then no prose ("MOSCOW, September 24. /TASS/.") */
    const XSentence* st = &x->doc.sents[0];
    XDate d[1];
    bool prose = false;
    if (xdate_find(s, st->clip_b, st->e, d, 1u) && d[0].from.m && d[0].from.d &&
        !d[0].from.y && !d[0].to.m && dateline_words(s, st->clip_b, d[0].b)) {
      for (size_t k = d[0].e; k < st->e && !prose; ++k) {
        prose = s[k] >= 'a' && s[k] <= 'z';
      }
      if (!prose) {
        md = d[0].from;
      }
    }
  }
  if (!md.m || !md.d) {
    return 0;
  }
  const int wd = speech_weekday(x, span);
  if (wd < 0) {
    return 0;
  }
  if (year_given && xdate_weekday(year_given, md.m, md.d) == wd) {
    return year_given; /* the year the text states fits the weekday */
  }
  int year = 0;
  for (size_t at = 0; at + 4u <= x->doc.len; ++at) {
    const bool start = at == 0 ||
                       !xlex_is_word_char((unsigned char)s[at - 1u]) ||
                       (s[at - 1u] == '-' && at >= 5u); /* "2021-2025" */
    const int y = start ? year_in(s, at, at + 4u) : 0;
    if (y && xdate_valid(&md) && md.d <= 31 &&
        xdate_weekday(y, md.m, md.d) == wd) {
      if (year && year != y) {
        return 0;
      }
      year = y;
    }
  }
  return year;
}

/* The place another sentence about the meeting gives ("During the
   two-day meeting in Tokyo, ...", "... Cyber Dialogue here"): a video
   conference, a known city or "here" only, never a country ("cooperation in
   Japan"), and never from a sentence about the next round. */
static void
other_place(XCtx* x, const XSource* src, XPlace* out)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    XSeriesHit h;
    if (next_round_sentence(s + b, n) ||
        !(has_any(s + b, n, nouns) || xseries_find_x(x, b, st->e, &h))) {
      continue;
    }
    XPlace p = { NULL, NULL, { 0, 0 } };
    size_t len = 0;
    const char* cc = NULL;
    if (xplace_find(x, src, b, st->e, &p) &&
        (xplace_virtual(&p) ||
         (xlex_city_at(p.name, strlen(p.name), &len, &cc) &&
          len == strlen(p.name)))) {
      *out = p;
      return;
    }
    free(p.name);
  }
  /* the headline: "Japan, Australia hold cyber talks in Canberra" */
  XPlace p = { NULL, NULL, { 0, 0 } };
  size_t len = 0;
  const char* cc = NULL;
  if (src->title &&
      xplace_find(x, src, src->title_span.b, src->title_span.e, &p) &&
      xlex_city_at(p.name, strlen(p.name), &len, &cc) &&
      len == strlen(p.name)) {
    *out = p;
    return;
  }
  free(p.name);
}

/* The latest date with a year that the text gives to an earlier event
   ("at their July 2018 meeting", "the 6th session held virtually ... in
   2020"): the dates of the sentences other than the meeting's that are not
   about a later round nor in the future tense.  y == 0 when none. */
static XYmd
earlier_event(const XCtx* x)
{
  const char* s = x->doc.text;
  XYmd best = { 0, 0, 0 };
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    static const char* const future[] = { "will",     "shall",     "ahead of",
                                          "upcoming", "scheduled", "plan",
                                          "plans",    NULL };
    if (i == x->event || later_round(s + b, n, false) ||
        has_any(s + b, n, future)) {
      continue;
    }
    XDate d[8];
    const size_t nd = xdate_find(s, b, st->e, d, 8u);
    for (size_t k = 0; k < nd; ++k) {
      const XYmd* v = d[k].to.y ? &d[k].to : &d[k].from;
      if (v->y && v->y * 100 + v->m > best.y * 100 + best.m) {
        best = *v;
      }
    }
    /* "in 2020", "since 2019" */
    for (size_t at = b; at < st->e;) {
      const size_t in = xlex_find(s + at, st->e - at, "in");
      if (in == (size_t)-1) {
        break;
      }
      const size_t q = at + in + 3u;
      const int y = q + 4u <= st->e ? year_in(s, q, q + 4u) : 0;
      if (y && y * 100 > best.y * 100 + best.m) {
        best.y = y;
        best.m = 0;
        best.d = 0;
      }
      at += in + 2u;
    }
  }
  return best;
}

/* The earliest date with a year that the text gives to the next round
   ("agreed to hold the next dialogue in 2025 in Brussels"); y == 0 when
   none. */
static XYmd
next_event(const XCtx* x)
{
  const char* s = x->doc.text;
  XYmd best = { 0, 0, 0 };
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    if (i == x->event || !later_round(s + b, n, false)) {
      continue;
    }
    XYmd v = { 0, 0, 0 };
    XDate d[1];
    if (xdate_find(s, b, st->e, d, 1u) && d[0].from.y && d[0].from.m) {
      v = d[0].from;
    }
    for (size_t at = b; at < st->e;) {
      const size_t in = xlex_find(s + at, st->e - at, "in");
      if (in == (size_t)-1) {
        break;
      }
      const size_t q = at + in + 3u;
      const int y = q + 4u <= st->e ? year_in(s, q, q + 4u) : 0;
      if (y && (!v.y || y < v.y)) {
        v.y = y;
        v.m = 0;
        v.d = 0;
      }
      at += in + 2u;
    }
    if (v.y && (!best.y || v.y * 100 + v.m < best.y * 100 + best.m)) {
      best = v;
    }
  }
  return best;
}

/* A date of the meeting without a year, in a release without a date,
   completed from another event the text dates, `bound`: with `later`, the
   first such day after the latest earlier event (a weekday must fit; after
   an event dated by its year only, only a weekday tells the year); else
   the last such day before the next round ("On 5 and 6 December ... the
   next dialogue in 2025": December 2024). */
static bool
date_near(XCtx* x, const XYmd* bound, bool later, XDate* out)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[x->event];
  XDate d[4];
  const size_t nd = dates_of(s, st->clip_b, st->e, d, 4u);
  const int step = later ? 1 : -1;
  for (size_t i = 0; i < nd; ++i) {
    if (d[i].from.y || !d[i].from.m || !d[i].from.d) {
      continue;
    }
    if (later && !bound->m && d[i].weekday < 0) {
      return false;
    }
    for (int k = 0; k <= 12; ++k) {
      const int y = bound->y + step * k;
      const bool beyond =
        k > 0 ||
        (bound->m && (later ? d[i].from.m > bound->m : d[i].from.m < bound->m));
      /* after an event dated by its year only, that year itself may be
         the meeting's; before the next round, never */
      const bool allowed = later ? (!bound->m || beyond) : beyond;
      XYmd c = { y, d[i].from.m, d[i].from.d };
      if (!allowed || !xdate_valid(&c) ||
          (d[i].weekday >= 0 && xdate_weekday(y, c.m, c.d) != d[i].weekday)) {
        continue;
      }
      *out = d[i];
      out->from.y = y;
      if (out->to.m) {
        out->to.y = y + (out->to.m < out->from.m ? 1 : 0);
      }
      out->completed = 1;
      xctx_warn(x,
                x->event,
                later ? "the date gives no year and the release no date of "
                        "its own: the year is the first after the earlier "
                        "event the text dates (%d)"
                      : "the date gives no year and the release no date of "
                        "its own: the year is the last before the next round "
                        "the text dates (%d)",
                bound->y);
      return true;
    }
  }
  return false;
}

/* Nothing else dates the meeting: a year after the meeting sentence's
   status marker, "in 2017" ("was held in Tokyo in 2017", "in early 2017"),
   is its date, the year only (never a made-up day). */
static bool
year_date(XCtx* x, size_t from, size_t e, XDate* out)
{
  const char* s = x->doc.text;
  static const char* const lead[] = { "early ", "late ", "mid-", NULL };
  for (size_t at = from; at < e;) {
    const size_t in = xlex_find(s + at, e - at, "in ");
    if (in == (size_t)-1) {
      break;
    }
    size_t q = at + in + 3u;
    for (size_t k = 0; lead[k]; ++k) {
      if (xlex_starts(s + q, e - q, lead[k])) {
        q += strlen(lead[k]);
        break;
      }
    }
    const int y = q + 4u <= e ? year_in(s, q, q + 4u) : 0;
    if (y && (q + 4u == e || !xlex_is_word_char((unsigned char)s[q + 4u]))) {
      memset(out, 0, sizeof(*out));
      out->from.y = y;
      out->weekday = -1;
      out->b = q;
      out->e = q + 4u;
      xctx_warn(x,
                x->event,
                "the text dates the meeting by its year only: the date is "
                "the year %d",
                y);
      return true;
    }
    at += in + 3u;
  }
  /* "in the second semester [Fall 2015]", "in spring 2016": a season and
     a year give the year only, never a month or a day */
  static const char* const seasons[] = { "spring", "summer", "fall",
                                         "autumn", "winter", NULL };
  for (size_t k = 0; seasons[k]; ++k) {
    const size_t len = strlen(seasons[k]);
    for (size_t at = from; at < e;) {
      const size_t f = xlex_find(s + at, e - at, seasons[k]);
      if (f == (size_t)-1) {
        break;
      }
      size_t q = at + f + len;
      at = q;
      if (q < e && s[q] == ' ') {
        ++q;
      }
      if (xlex_starts(s + q, e - q, "of ")) {
        q += 3u;
      }
      const int y = q + 4u <= e ? year_in(s, q, q + 4u) : 0;
      if (y && (q + 4u == e || !xlex_is_word_char((unsigned char)s[q + 4u]))) {
        memset(out, 0, sizeof(*out));
        out->from.y = y;
        out->weekday = -1;
        out->b = at - len;
        out->e = q + 4u;
        xctx_warn(x,
                  x->event,
                  "the text dates the meeting by a season only (\"%.*s\"): "
                  "the date is the year %d",
                  (int)(q + 4u - (at - len)),
                  s + at - len,
                  y);
        return true;
      }
    }
  }
  return false;
}

static int ymd_cmp(const XYmd* a, const XYmd* b);

/* Nothing else dates the meeting: "in February", "in mid-March", "in
   early May", "at the end of May" (a month's name, no day, no year) in the
   meeting sentence, outside another event's clause, with the release's full
   date: a held meeting takes the last such month on or before the release's
   date, an announced one the first on or after it (the month and year only); so
   for "on the 14th" (a day alone), in this month or the one before or
   after. */
static bool
month_date(XCtx* x,
           const XSource* src,
           const char* status,
           size_t b,
           size_t e,
           XDate* out)
{
  const XYmd* pub = &src->published;
  if (!status || !pub->y || !pub->m || !pub->d) {
    return false;
  }
  const bool held = !strcmp(status, "held");
  const char* s = x->doc.text;
  static const char* const lead[] = { "early ", "late ", "mid-", "mid ", NULL };
  const size_t end = xdeleg_cut_attribution(s, b, e);
  for (size_t at = b; at < end;) {
    /* "in February", "in the first week of June", "at the end of May" */
    const size_t in = xlex_find(s + at, end - at, "in ");
    const size_t of = xlex_find(s + at, end - at, "of ");
    const size_t first = in < of ? in : of;
    if (first == (size_t)-1) {
      break;
    }
    size_t q = at + first + 3u;
    at = q;
    for (size_t k = 0; lead[k]; ++k) {
      if (xlex_starts(s + q, end - q, lead[k])) {
        q += strlen(lead[k]);
        break;
      }
    }
    const size_t w = xlex_word_len(s + q, end - q);
    const int m = w ? xlex_month(s + q, w) : 0;
    size_t k = q + w;
    k += k < end && s[k] == '.' && w == 3u ? 1u : 0u;
    while (k < end && s[k] == ' ') {
      ++k;
    }
    if (!m || (k < end && s[k] >= '0' && s[k] <= '9')) {
      continue; /* "in March 2022", "in March 14" are dates of their own */
    }
    XDate d;
    memset(&d, 0, sizeof(d));
    d.b = q;
    d.e = q + w;
    d.weekday = -1;
    if (other_event_date(s, b, end, &d)) {
      continue;
    }
    d.from.m = m;
    d.from.y = held ? (m <= pub->m ? pub->y : pub->y - 1)
                    : (m >= pub->m ? pub->y : pub->y + 1);
    d.completed = 1;
    *out = d;
    xctx_warn(x,
              x->event,
              "the text dates the meeting by its month only: the %s such "
              "month %s the release's date, %d-%02d",
              held ? "last" : "first",
              held ? "on or before" : "on or after",
              d.from.y,
              m);
    return true;
  }
  /* "on the 14th" (a day alone, then a punctuation mark): the last such
     day on or before the release's date, or the first on or after it */
  for (size_t at = b; at < end;) {
    const size_t on = xlex_find(s + at, end - at, "on the ");
    if (on == (size_t)-1) {
      break;
    }
    const size_t q = at + on + 7u;
    at = q;
    size_t k = q;
    int d = 0;
    while (k < end && s[k] >= '0' && s[k] <= '9' && k - q < 3u) {
      d = d * 10 + (s[k] - '0');
      ++k;
    }
    if (k == q || k - q > 2u || k + 2u > end ||
        !(xlex_starts(s + k, 2u, "st") || xlex_starts(s + k, 2u, "nd") ||
          xlex_starts(s + k, 2u, "rd") || xlex_starts(s + k, 2u, "th"))) {
      continue;
    }
    k += 2u;
    if (k < e && s[k] != '.' && s[k] != ',' && s[k] != ';' && s[k] != ')') {
      continue; /* "on the 14th floor", "on the 14th of March" */
    }
    XYmd c = { pub->y, pub->m, d };
    for (int step = 0;
         step < 1 && (!xdate_valid(&c) ||
                      (held ? ymd_cmp(&c, pub) > 0 : ymd_cmp(&c, pub) < 0));
         ++step) {
      c.m += held ? -1 : 1;
      if (c.m < 1) {
        c.m = 12;
        --c.y;
      } else if (c.m > 12) {
        c.m = 1;
        ++c.y;
      }
    }
    if (d < 1 || !xdate_valid(&c) ||
        (held ? ymd_cmp(&c, pub) > 0 : ymd_cmp(&c, pub) < 0)) {
      return false;
    }
    memset(out, 0, sizeof(*out));
    out->from = c;
    out->weekday = -1;
    out->b = q;
    out->e = k;
    out->completed = 1;
    xctx_warn(x,
              x->event,
              "the text gives the day of the meeting only: the %s such day "
              "%s the release's date",
              held ? "last" : "first",
              held ? "on or before" : "on or after");
    return true;
  }
  return false;
}

/* The weeks, months and years named relative to the release's date. */
static const struct
{
  const char* words;
  int unit; /* 0 week, 1 month, 2 year */
  int step; /* -1 last, 0 this, 1 next */
} rel[] = {
  { "this week", 0, 0 },  { "next week", 0, 1 },  { "last week", 0, -1 },
  { "this month", 1, 0 }, { "next month", 1, 1 }, { "last month", 1, -1 },
  { "this year", 2, 0 },  { "last year", 2, -1 }, { "next year", 2, 1 },
};

/* Where s[b, end) names `rel[i]` as a whole phrase, not the day someone
   spoke ("said this week"), as an offset from b; (size_t)-1 when not. */
static size_t
relative_at(const char* s, size_t b, size_t end, size_t i)
{
  const size_t at = xlex_find(s + b, end - b, rel[i].words);
  const size_t len = strlen(rel[i].words);
  if (at == (size_t)-1 || speech_date(s, b, b + at) ||
      (b + at + len < end &&
       xlex_is_word_char((unsigned char)s[b + at + len]))) {
    return (size_t)-1;
  }
  return at;
}

/* Does s[b, e) date something by a week, month or year relative to the
   release's date ("in Singapore next week")? */
static bool
relative_in(const char* s, size_t b, size_t e)
{
  const size_t end = xdeleg_cut_attribution(s, b, e);
  for (size_t i = 0; i < sizeof(rel) / sizeof(rel[0]); ++i) {
    if (relative_at(s, b, end, i) != (size_t)-1) {
      return true;
    }
  }
  return false;
}

/* Nothing else dates the meeting and the meeting sentence places it by
   the release's full date `pub`: "this week", "next week", "last week"
   give the month of that week (Monday to Sunday) when it lies in one, else
   its year when it lies in one; "this month", "earlier this month", "last
   month", "next month" the month; "this year", "earlier this year" the
   year.  Never a day. */
static bool
relative_date(XCtx* x, const XYmd* pub, size_t b, size_t e, XDate* out)
{
  const char* s = x->doc.text;
  if (!pub->y || !pub->m || !pub->d) {
    return false;
  }
  const size_t end = xdeleg_cut_attribution(s, b, e);
  for (size_t i = 0; i < sizeof(rel) / sizeof(rel[0]); ++i) {
    const size_t at = relative_at(s, b, end, i);
    const size_t len = strlen(rel[i].words);
    if (at == (size_t)-1) {
      continue;
    }
    memset(out, 0, sizeof(*out));
    out->weekday = -1;
    out->b = b + at;
    out->e = b + at + len;
    XSpan said;
    if (rel[i].unit == 2 && rel[i].step &&
        (other_event_date(s, b, end, out) ||
         !xmeeting_status(s, b, end, &said) || said.e > out->b)) {
      continue; /* "held ... late last year", not "launched last year, ..." */
    }
    if (rel[i].unit == 0) {
      XYmd mon = *pub, sun;
      xdate_add_days(&mon,
                     7 * rel[i].step - xdate_weekday(pub->y, pub->m, pub->d));
      sun = mon;
      xdate_add_days(&sun, 6);
      if (mon.y != sun.y) {
        return false;
      }
      out->from.y = mon.y;
      out->from.m = mon.m == sun.m ? mon.m : 0;
    } else if (rel[i].unit == 1) {
      const int m0 = pub->y * 12 + (pub->m - 1) + rel[i].step;
      out->from.y = m0 / 12;
      out->from.m = m0 % 12 + 1;
    } else {
      out->from.y = pub->y + rel[i].step;
    }
    out->completed = 3;
    xctx_warn(x,
              x->event,
              "the meeting is dated \"%s\" only: the date is the %s of "
              "that %s around the release's date, never a day",
              rel[i].words,
              out->from.m ? "month" : "year",
              rel[i].unit == 0   ? "week"
              : rel[i].unit == 1 ? "month"
                                 : "year");
    return true;
  }
  return false;
}

/* A release with no date of its own reports a held meeting of "this
   week" or "last week": the text's news.  When the one year the text
   states anywhere is the year in the name of an event ("Mr Liflander
   opened \"CYDEF 2019\", a conference ...", "at Cyber Week 2019"), a
   capitalized word right before it, that year is the meeting's, the year
   only.  False when the text states no year, or two. */
static bool
event_name_year(XCtx* x, size_t b, size_t e, XDate* out)
{
  const char* s = x->doc.text;
  if (!relative_in(s, b, e)) {
    return false;
  }
  int year = 0;
  size_t at = 0;
  for (size_t i = 0; i + 4u <= x->doc.len; ++i) {
    const int y = year_in(s, i, i + 4u);
    if (!y || (i > 0 && xlex_is_word_char((unsigned char)s[i - 1u])) ||
        (i + 4u < x->doc.len && xlex_is_word_char((unsigned char)s[i + 4u]))) {
      continue;
    }
    if (year && y != year) {
      return false;
    }
    size_t w = 0, k = 0;
    word_back(s, 0, i, &w, &k);
    if (!year &&
        (k != i - 1u || w == k || !xlex_is_upper((unsigned char)s[w]))) {
      return false; /* "in 2019", "(2019)": no event's name */
    }
    if (!year) {
      at = i;
    }
    year = y;
  }
  if (!year) {
    return false;
  }
  memset(out, 0, sizeof(*out));
  out->from.y = year;
  out->weekday = -1;
  out->b = at;
  out->e = at + 4u;
  out->completed = 1;
  xctx_warn(x,
            x->event,
            "the release has no date and the text dates the meeting by its "
            "week only: the date is the one year the text states, %d, in the "
            "name of an event",
            year);
  return true;
}

/* No sentence dates the meeting, which the text reports as held, and
   the release has a full date `src->published`: the meeting is its news,
   held shortly before, and the year of that date is the meeting's ("The
   inaugural dialogue was held in Singapore" in a release of 4 November
   2022: 2022), never a month or a day.  A meeting held "recently" may lie
   weeks before: the year only when the release's date is at least 45
   days into it; else at least 10 days ("Published January 12, 2023"). */
static bool
publication_year(XCtx* x, const XSource* src, size_t b, size_t e, XDate* out)
{
  /* a numeric date that reads two ways ("11/12/2024"): both readings
     must pass */
  const bool numeric = !src->published.y && src->numeric[0].y;
  const XYmd* pub = numeric ? &src->numeric[0] : &src->published;
  const XSpan span = numeric ? src->numeric_span : src->published_span;
  if (!pub->y || !pub->m || !pub->d || span.b >= span.e) {
    return false;
  }
  const char* s = x->doc.text;
  if (xlex_find(s + b, e - b, "in recent months") != (size_t)-1 ||
      xlex_find(s + b, e - b, "last year") != (size_t)-1) {
    return false; /* months before: the year is not safe */
  }
  size_t at = xlex_find(s + b, e - b, "recently");
  if (at == (size_t)-1) {
    at = xlex_find(s + b, e - b, "in recent weeks");
  }
  for (int k = 0; k < (numeric ? 2 : 1); ++k) {
    const XYmd* p = k ? &src->numeric[1] : pub;
    XYmd first = *p;
    xdate_add_days(&first, at != (size_t)-1 ? -45 : -10);
    if (first.y != p->y || p->y != pub->y) {
      return false;
    }
  }
  memset(out, 0, sizeof(*out));
  out->from.y = pub->y;
  out->weekday = -1;
  out->b = span.b;
  out->e = span.e;
  out->completed = 4;
  xctx_warn(x,
            x->event,
            "the text gives no date of the meeting, which it reports as "
            "held%s: the date is the year of the release's date, %d",
            at != (size_t)-1 ? " recently" : "",
            pub->y);
  return true;
}

/* No sentence dates the meeting: the date of the release's title when the
   title names the meeting and no other round ("Japan-Estonia Policy
   Dialogue (Dec. 2013)"), with at least its month and year. */
static bool
title_date(XCtx* x, const XSource* src, XDate* out)
{
  const char* s = x->doc.text;
  const size_t b = src->title_span.b, e = src->title_span.e;
  XSeriesHit h;
  if (!src->title || b >= e || next_round_sentence(s + b, e - b) ||
      !(has_any(s + b, e - b, nouns) || xseries_find_x(x, b, e, &h))) {
    return false;
  }
  XDate d[2];
  if (xdate_find(s, b, e, d, 2u) != 1u || !d[0].from.y || !d[0].from.m) {
    return false;
  }
  *out = d[0];
  xctx_warn(x,
            x->event,
            "the sentences give no date of the meeting: the date of the "
            "title, which names it, is taken");
  return true;
}

static int
ymd_cmp(const XYmd* a, const XYmd* b)
{
  const long ka = (long)a->y * 10000L + a->m * 100L + a->d;
  const long kb = (long)b->y * 10000L + b->m * 100L + b->d;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/* No sentence of the body reports the meeting, only a heading ("Japan-
   Estonia Policy Dialogue on ICT Policy and Cyber Security held in Tokyo"
   under "Japan-Estonia Policy Dialogue (Dec. 2013)"): the status and place
   of the first header line with a meeting verb and a meeting noun or
   series name, the date of the title. */
static void
header_meeting(XCtx* x, const XSource* src, XMeeting* m)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_head; ++i) {
    const size_t b = x->doc.head[i].b, e = x->doc.head[i].e;
    XSeriesHit h;
    if (!has_any(s + b, e - b, meet_verbs) ||
        next_round_sentence(s + b, e - b) ||
        !(has_any(s + b, e - b, nouns) || xseries_find_x(x, b, e, &h))) {
      continue;
    }
    m->have_date = title_date(x, src, &m->date);
    if (!m->have_date) {
      return;
    }
    m->status = xmeeting_status(s, b, e, &m->status_span);
    xplace_find(x, src, b, e, &m->place);
    return;
  }
}

/* "In the meeting on Tuesday, the Cuban side was composed of ...": when
   the sentence of the meeting gives no date, a later sentence that points
   back at it ("the meeting", "the talks", "these consultations") and is
   not about another round dates it, with a warning. */
static bool
back_reference_date(XCtx* x,
                    const XSource* src,
                    const char* status,
                    const XYmd* ref,
                    XDate* out)
{
  static const char* const pointers[] = {
    "the ", "this ", "these ", "that ", NULL
  };
  const char* s = x->doc.text;
  for (size_t i = x->event + 1u; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    if (next_round_sentence(s + b, n)) {
      continue;
    }
    bool points = false;
    for (size_t p = 0; pointers[p] && !points; ++p) {
      for (size_t k = 0; nouns[k] && !points; ++k) {
        if (!strcmp(nouns[k], "officials")) {
          continue;
        }
        char phrase[40];
        snprintf(phrase, sizeof phrase, "%s%s", pointers[p], nouns[k]);
        points = xlex_find(s + b, n, phrase) != (size_t)-1;
      }
    }
    if (points && meeting_date(x, src, i, status, ref, out)) {
      xctx_warn(x,
                i,
                "the sentence of the meeting gives no date: the date of a "
                "later sentence about the meeting is taken");
      return true;
    }
  }
  return false;
}

/* The meeting sentence has no status word and no date after the
   release's: a verb in the past tense of what the sides did there ("On the
   occasion of the fourth meeting of the ... Dialogue ..., the EU and the
   U.S. jointly reaffirmed ...") reports the meeting as held, with a
   warning.  No future word is in the sentence (it would be announced). */
static void
past_act(XCtx* x, size_t b, size_t e, XMeeting* m)
{
  static const char* const acts[] = { "reaffirmed", "affirmed",  "agreed",
                                      "adopted",    "signed",    "welcomed",
                                      "underlined", "stressed",  "emphasized",
                                      "emphasised", "expressed", "noted",
                                      "committed",  "pledged",   NULL };
  const char* s = x->doc.text;
  const size_t end = xdeleg_cut_attribution(s, b, e);
  for (size_t i = 0; acts[i]; ++i) {
    const size_t l = strlen(acts[i]);
    for (size_t at = b; at < end;) {
      const size_t k = xlex_find(s + at, end - at, acts[i]);
      if (k == (size_t)-1) {
        break;
      }
      const size_t p = at + k;
      if (p > b && s[p - 1u] == ' ' &&
          (p + l >= end || !xlex_is_word_char((unsigned char)s[p + l])) &&
          !speech_date(s, b, p)) {
        m->status = "held";
        m->status_span.b = p;
        m->status_span.e = p + l;
        xctx_warn(x,
                  x->event,
                  "the sentence of the meeting has no word of holding: "
                  "\"%s\", what the sides did there, reports it as held",
                  acts[i]);
        return;
      }
      at = p + l;
    }
  }
}

/* A labelled publication date of a header or trailer line that gives a
   month and year only ("Published: October 2017", "Posted on: January
   2020"): one to three words, the first capitalized, a colon, and the
   month and year to the line's end.  The month in `*out` (its day 0);
   false when none. */
static bool
labelled_month(const XCtx* x, XYmd* out)
{
  const XDoc* d = &x->doc;
  const char* s = d->text;
  for (size_t pass = 0; pass < 2u; ++pass) {
    const XLine* lines = pass ? d->tail : d->head;
    const size_t n = pass ? d->n_tail : d->n_head;
    for (size_t i = 0; i < n; ++i) {
      const size_t b = lines[i].b, e = lines[i].e;
      const char* colon = (const char*)memchr(s + b, ':', e - b);
      if (!colon || !xlex_is_upper((unsigned char)s[b])) {
        continue;
      }
      size_t words = 0;
      bool ok = true;
      for (const char* c = s + b; c < colon && ok; ++c) {
        ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == ' ';
        words += *c != ' ' && (c == s + b || c[-1] == ' ');
      }
      size_t at = (size_t)(colon - s) + 1u;
      while (at < e && s[at] == ' ') {
        ++at;
      }
      XDate dt[2];
      if (ok && words <= 3u && xdate_find(s, at, e, dt, 2u) == 1u &&
          dt[0].b == at && dt[0].e == e && dt[0].from.y && dt[0].from.m &&
          !dt[0].from.d && !dt[0].to.m) {
        *out = dt[0].from;
        return true;
      }
    }
  }
  return false;
}

/* "Earlier in the day, ... held inter-ministerial consultations": a
   meeting sentence that opens by placing the meeting on the day of the
   sentence before takes that sentence's one day (a weekday resolved
   against the release's date, a day and month, "today"), even the day
   someone spoke on ("the ministry said on Monday"), with a warning. */
static bool
same_day_before(XCtx* x,
                const XSource* src,
                const char* status,
                const XYmd* ref,
                XDate* out)
{
  static const char* const opens[] = {
    "Earlier in the day", "Later in the day",     "Earlier that day",
    "Later that day",     "On the same day",      "The same day",
    "That same day",      "Earlier the same day", NULL
  };
  const char* s = x->doc.text;
  if (!x->has_event || x->event == 0) {
    return false;
  }
  const XSentence* st = &x->doc.sents[x->event];
  bool opened = false;
  for (size_t i = 0; opens[i] && !opened; ++i) {
    const size_t l = strlen(opens[i]);
    opened = st->e - st->clip_b > l && !strncmp(s + st->clip_b, opens[i], l) &&
             (s[st->clip_b + l] == ',' || s[st->clip_b + l] == ' ');
  }
  if (!opened) {
    return false;
  }
  const XSentence* pv = &x->doc.sents[x->event - 1u];
  XDate d[2];
  const size_t n = xdate_find(s, pv->clip_b, pv->e, d, 2u);
  XDate date;
  memset(&date, 0, sizeof(date));
  date.weekday = -1;
  if (n == 1u && (d[0].from.d || d[0].weekday >= 0) && !d[0].to.m &&
      !own_date(s, pv->clip_b, &d[0], src)) {
    date = d[0];
    const bool past = !status || !strcmp(status, "held");
    if (!xdate_complete(&date, ref, past)) {
      return false;
    }
    date.completed = !d[0].from.m ? 2 : !d[0].from.y ? 1 : 0;
  } else if (n == 0 && src && src->published.y && src->published.m &&
             src->published.d &&
             word_at(s, pv->clip_b, pv->clip_b, pv->e, "today") != (size_t)-1) {
    const size_t p = word_at(s, pv->clip_b, pv->clip_b, pv->e, "today");
    date.from = src->published;
    date.b = p;
    date.e = p + 5u;
  } else {
    return false;
  }
  *out = date;
  xctx_warn(x,
            x->event,
            "the meeting is on the day of the sentence before (\"%.*s\"): "
            "that day is taken",
            (int)(date.e - date.b),
            s + date.b);
  return true;
}

/* "Sunday's trilateral meeting was the first ...": when nothing else
   dates the meeting, a weekday in the possessive before a meeting noun
   (within six words), in any sentence not about another round, names
   its day: the last such weekday on or before the release's date (the
   next on or after it for an announced meeting).  Only one such weekday
   in the text. */
static bool
possessive_weekday(XCtx* x, const XSource* src, const char* status, XDate* out)
{
  const char* s = x->doc.text;
  if (!src || !src->published.y || !src->published.m || !src->published.d) {
    return false;
  }
  bool found = false;
  XDate date;
  memset(&date, 0, sizeof(date));
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t b = st->clip_b, n = st->e - st->clip_b;
    if (next_round_sentence(s + b, n)) {
      continue;
    }
    for (size_t k = b; k < st->e;) {
      size_t w = xlex_word_len(s + k, st->e - k);
      if (!w) {
        ++k;
        continue;
      }
      const size_t next = k + w;
      /* "Sunday's" (the word may run over the apostrophe) */
      size_t apos = 0;
      for (size_t j = k; j < next + 4u && j < st->e && !apos; ++j) {
        apos = s[j] == '\'' && s[j + 1u] == 's'                 ? j
               : xlex_starts(s + j, st->e - j, "\xE2\x80\x99s") ? j
                                                                : 0;
      }
      const int wd =
        apos > k && (k == b || !xlex_is_word_char((unsigned char)s[k - 1u]))
          ? xlex_weekday(s + k, apos - k)
          : -1;
      if (wd >= 0 && noun_follows(s + b, apos + 2u - b, n)) {
        if (found && date.weekday != wd) {
          return false; /* two weekdays: which is the meeting's? */
        }
        found = true;
        date.weekday = wd;
        date.b = k;
        date.e = apos;
      }
      k = next;
    }
  }
  if (!found) {
    return false;
  }
  const bool past = !status || !strcmp(status, "held");
  if (!xdate_complete(&date, &src->published, past)) {
    return false;
  }
  date.completed = 2;
  *out = date;
  xctx_warn(x,
            x->event,
            "the meeting sentence gives no date: \"%.*s's\" meeting is "
            "taken as the %s such day %s the release's date",
            (int)(date.e - date.b),
            s + date.b,
            past ? "last" : "next",
            past ? "on or before" : "on or after");
  return true;
}

/* A fact list's date line ("- Date: October 2, 2024", "(1) Date and
   time: From 9:30 a.m. to 2:00 p.m. ... on March 19 (Thur.), 2015"): a
   list mark ("-", "*", "(1)", "1.") at the line's start, then "Date" or
   "Date and time" and a colon, and one day on the rest of the line.  The
   meeting's date when nothing else dates it (a header's "Date:" with no
   list mark stays the release's). */
static bool
fact_list_date(XCtx* x, const XYmd* ref, const char* status, XDate* out)
{
  static const char* const labels[] = { "Date and time:", "Date:", NULL };
  const char* s = x->doc.text;
  const size_t len = strlen(s);
  bool found = false;
  XDate date;
  for (size_t b = 0; b < len;) {
    const char* nl = (const char*)memchr(s + b, '\n', len - b);
    const size_t e = nl ? (size_t)(nl - s) : len;
    size_t k = b;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    bool mark = false;
    if (k < e && (s[k] == '-' || s[k] == '*')) {
      mark = true;
      ++k;
    } else if (k < e && s[k] == '(') {
      size_t d = k + 1u;
      while (d < e && s[d] >= '0' && s[d] <= '9') {
        ++d;
      }
      mark = d > k + 1u && d < e && s[d] == ')';
      k = mark ? d + 1u : k;
    } else {
      size_t d = k;
      while (d < e && s[d] >= '0' && s[d] <= '9') {
        ++d;
      }
      mark = d > k && d < e && s[d] == '.';
      k = mark ? d + 1u : k;
    }
    while (mark && k < e && s[k] == ' ') {
      ++k;
    }
    for (size_t i = 0; mark && labels[i]; ++i) {
      const size_t l = strlen(labels[i]);
      if (e - k > l && !strncmp(s + k, labels[i], l)) {
        XDate d[2];
        if (xdate_find(s, k + l, e, d, 2u) != 1u || !d[0].from.m ||
            !d[0].from.d) {
          return false;
        }
        if (found) {
          return false; /* two such lines */
        }
        found = true;
        date = d[0];
        break;
      }
    }
    b = e + 1u;
  }
  if (!found) {
    return false;
  }
  const bool past = !status || !strcmp(status, "held");
  if (!xdate_complete(&date, ref, past)) {
    return false;
  }
  date.completed = date.from.y ? 0 : 1;
  *out = date;
  xctx_warn(x,
            x->event,
            "the meeting sentence gives no date: the date line of a fact "
            "list is taken");
  return true;
}

void
xmeeting_extract(XCtx* x, const XSource* src, XMeeting* m)
{
  memset(m, 0, sizeof(*m));
  if (!x->has_event) {
    header_meeting(x, src, m);
    return;
  }
  const char* s = x->doc.text;
  const XSentence* ev_s = &x->doc.sents[x->event];
  const size_t b = ev_s->clip_b, e = ev_s->e;
  XYmd ref = src->published;
  const bool numeric = !ref.y && src->numeric[0].y;
  XSpan reported = { 0, 0 }; /* the weekday that gave report_year */
  XYmd month = { 0, 0, 0 };
  if (numeric) {
    ref = src->numeric[0]; /* the other reading must give the same date */
  } else if (!ref.y && labelled_month(x, &month)) {
    /* "Published: October 2017": a yearless day takes the nearest year to
       the middle of that month; a weekday alone names no day */
    ref = month;
    ref.d = 15;
    m->text_year = month.y;
  } else if (!ref.y) {
    /* only the year is known: the nearest of it and its neighbours is
       taken as for a release's date, from the middle of that year */
    ref.y = m->text_year = text_year(x, src);
    const int fit = report_year(x, src, ref.y, &reported);
    if (!fit) {
      reported.b = reported.e = 0;
    } else {
      ref.y = m->text_year = fit;
    }
    const bool md = src->dateline_md.m > 0;
    ref.m = ref.y ? (md ? src->dateline_md.m : 7) : 0;
    ref.d = ref.y ? (md ? src->dateline_md.d : 1) : 0;
  }
  m->status = xmeeting_status(s, b, e, &m->status_span);
  if (!m->status && copula_at(s, b, e) && ordinal_named(s, b, e)) {
    /* "It's the second edition of ...": the event the release reports */
    m->status = "held";
    m->status_span.b = b;
    m->status_span.e = b + copula_at(s, b, e) - 5u;
    xctx_warn(x,
              x->event,
              "the sentence of the meeting says what the reported event "
              "is, with no word of holding: it is taken as held");
  }
  meeting_round(x, src, b, e, m);
  m->have_date = meeting_date(x, src, x->event, m->status, &ref, &m->date);
  if (!m->have_date) {
    m->have_date = same_day_before(x, src, m->status, &ref, &m->date);
  }
  size_t lede = 0;
  for (bool head = true; head && !m->have_date && lede < x->event; ++lede) {
    /* "India and Japan on Thursday agreed ...", "The EU and India on
       Thursday ...": the lede dates what the meeting sentence only names;
       after a headline that names them too (and gives no date) or a
       header line of a few words ("AMN", a publisher's name) */
    const XSentence* ls = &x->doc.sents[lede];
    size_t words = 0;
    for (size_t k = ls->clip_b; k < ls->e && words < 4u; ++k) {
      words += xlex_is_word_char((unsigned char)s[k]) &&
               (k == ls->clip_b || s[k - 1u] == ' ');
    }
    const XSpan* t = &src->title_span;
    const XSpan* p = &src->published_span;
    head = words < 4u || (t->b < t->e && ls->clip_b < t->e && t->b < ls->e) ||
           (p->b < p->e && ls->clip_b <= p->b && p->e <= ls->e);
    if (names_all(x, lede)) {
      m->have_date = meeting_date(x, src, lede, m->status, &ref, &m->date);
    }
  }
  if (m->have_date && lede > 0) {
    xctx_warn(x,
              lede - 1u,
              "the sentence of the meeting gives no date: the date of "
              "the first sentence that names every participant is taken");
  }
  if (!m->have_date && !ref.y) {
    /* "on Friday 13 February" in a release without a year: the meeting
       sentence's own day, its year from the earlier event the text dates,
       before any date of a later sentence (which may be that event's) */
    const XYmd bound = earlier_event(x);
    if (bound.y && date_near(x, &bound, true, &m->date)) {
      m->have_date = true;
      m->after = bound;
    }
  }
  if (!m->have_date) {
    m->have_date = back_reference_date(x, src, m->status, &ref, &m->date);
  }
  if (!m->have_date) {
    m->have_date = possessive_weekday(x, src, m->status, &m->date);
  }
  if (!m->have_date) {
    m->have_date = fact_list_date(x, &ref, m->status, &m->date);
  }
  if (m->have_date && numeric && m->date.completed) {
    /* "11/12/2024" read as 11 December too: the same date, or none */
    XDate other = m->date;
    if (m->date.completed == 2) {
      memset(&other.from, 0, sizeof(other.from));
    } else {
      other.from.y = 0;
      other.to.y = 0;
    }
    const bool past = !m->status || !strcmp(m->status, "held");
    if (!xdate_complete(&other, &src->numeric[1], past) ||
        ymd_cmp(&other.from, &m->date.from)) {
      m->have_date = false;
      xctx_warn(x,
                x->event,
                "the release's date reads as day/month and as month/day, "
                "and the two readings complete the date differently: the "
                "date is left out");
    }
  }
  if (m->have_date && m->text_year && !src->dateline_md.m &&
      m->date.completed == 2) {
    m->have_date = false; /* a weekday and a year only name no day */
  }
  if (!m->have_date) {
    m->have_date = title_date(x, src, &m->date);
  }
  if (!m->have_date && !ref.y) {
    const XYmd bound = next_event(x);
    if (bound.y && date_near(x, &bound, false, &m->date)) {
      m->have_date = true;
      m->before = bound;
    }
  }
  if (!m->have_date && m->status && m->status_span.b >= b &&
      m->status_span.e <= e) {
    m->have_date = year_date(x, m->status_span.e, e, &m->date);
  }
  if (!m->have_date) {
    m->have_date = relative_date(x, &src->published, b, e, &m->date);
  }
  if (!m->have_date) {
    m->have_date = month_date(x, src, m->status, b, e, &m->date);
  }
  if (!m->have_date && m->status && !strcmp(m->status, "held")) {
    m->have_date = publication_year(x, src, b, e, &m->date);
  }
  if (!m->have_date && !src->published.y && !numeric && m->status &&
      !strcmp(m->status, "held") && event_name_year(x, b, e, &m->date)) {
    m->have_date = true;
    m->text_year = m->date.from.y;
  }
  if (!m->have_date && reported.e > reported.b && m->status &&
      !strcmp(m->status, "held")) {
    /* a held meeting the text dates nowhere, reported on a day whose year
       only the weekday gives: the year alone, never a day */
    memset(&m->date, 0, sizeof(m->date));
    m->date.from.y = m->text_year;
    m->date.weekday = -1;
    m->date.b = reported.b;
    m->date.e = reported.e;
    m->date.completed = 1;
    m->have_date = true;
    xctx_warn(x,
              x->event,
              "the text gives no date of the meeting: it was reported on "
              "a day the dateline gives without a year; the date is the "
              "year, %d, in which that day is the weekday the text names",
              m->text_year);
  }
  if (!m->status && m->have_date && src->published.y) {
    /* no status word: a meeting dated before the release's date was held,
       one after it is announced */
    const XYmd* last = m->date.to.m ? &m->date.to : &m->date.from;
    int when = ymd_cmp(last, &src->published);
    int start = ymd_cmp(&m->date.from, &src->published);
    if (m->date.completed == 3) {
      /* a month or year around the release's date: "next week" is after
         it, "last week" before it, "this week" either */
      const bool next = xlex_starts(s + m->date.b, 4u, "next");
      const bool prev = xlex_starts(s + m->date.b, 4u, "last");
      when = next ? 1 : prev ? -1 : 0;
      start = when;
    }
    if (when < 0 || start > 0) {
      m->status = when < 0 ? "held" : "announced";
      m->status_span.b = m->date.b;
      m->status_span.e = m->date.e;
      xctx_warn(x,
                x->event,
                "the sentence of the meeting says neither held nor "
                "announced: the meeting's date is %s the release's, so it "
                "is %s",
                when < 0 ? "before" : "after",
                m->status);
    }
  }
  if (!m->status) {
    past_act(x, b, e, m);
  }
  xplace_find(x, src, b, e, &m->place);
  if (!m->place.name) {
    virtual_noun(s, b, e, &m->place);
  }
  if (!m->place.name) {
    other_place(x, src, &m->place);
  }
  if (m->place.name && !m->place.cc && !xplace_virtual(&m->place)) {
    xctx_warn(x,
              x->event,
              "the place \"%s\" is in no country known to the extractor: "
              "the location has no country",
              m->place.name);
  }
}

/* Is s[b, e) a dateline's place before its date: one to four capitalized
   words, commas between them and one right before the date ("Brussels, ",
   "OTTAWA, ON, ")? */
static bool
dateline_words(const char* s, size_t b, size_t e)
{
  while (e > b && s[e - 1u] == ' ') {
    --e;
  }
  if (e <= b || s[e - 1u] != ',') {
    return false;
  }
  size_t words = 0;
  for (size_t k = b; k < e - 1u;) {
    const size_t w = xlex_word_len(s + k, e - 1u - k);
    if (w) {
      /* "On Monday, 5 June" is prose; "OTTAWA, ON," a place */
      const bool caps = w > 1u && xlex_is_upper((unsigned char)s[k + 1u]);
      if (!xlex_is_upper((unsigned char)s[k]) ||
          (!caps && function_word(s + k, w)) || ++words > 4u) {
        return false;
      }
      k += w;
    } else if (s[k] == ' ' || s[k] == ',' || s[k] == '.') {
      ++k;
    } else {
      return false;
    }
  }
  return words > 0u;
}

/* The word of s[b, at) before `at`, over spaces: [*w, *e) (empty when
   punctuation comes first). */
static void
word_back(const char* s, size_t b, size_t at, size_t* w, size_t* e)
{
  size_t k = at;
  while (k > b && s[k - 1u] == ' ') {
    --k;
  }
  size_t st = k;
  while (st > b && xlex_is_word_char((unsigned char)s[st - 1u])) {
    --st;
  }
  *w = st;
  *e = k;
}

/* A dateline run into a header line of the text: a known city, maybe a
   comma, and a full date right after it, then a dash or the line's final
   period ("No. 02-6273-2535* CANBERRA 09 December 2025 - The Philippines
   ...", "... in Third Dialogue Brussels, Wednesday, 24 July 2024."):
   that date is the release's, set in `src`.  False when the line s[b, e)
   has none. */
static bool
city_dated(XCtx* x, XSource* src, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XDate d[8];
  const size_t n = xdate_find(s, b, e, d, 8u);
  for (size_t i = 0; i < n; ++i) {
    if (!d[i].from.y || !d[i].from.m || !d[i].from.d || d[i].to.m ||
        d[i].weekday == -2) {
      continue;
    }
    size_t k = d[i].e;
    while (k < e && s[k] == ' ') {
      ++k;
    }
    /* a wire's tag ("/PRNewswire/ --") or a closing parenthesis
       ("(Accra, 14.03.2022) The ...") also ends a dateline */
    const bool wire = k > d[i].e && k + 2u < e && s[k] == '/' &&
                      xlex_is_upper((unsigned char)s[k + 1u]);
    const bool after =
      (k > d[i].e && k + 1u < e && s[k] == '-' && s[k + 1u] == ' ') ||
      xlex_starts(s + k, e - k, "\xE2\x80\x94") ||
      xlex_starts(s + k, e - k, "\xE2\x80\x93") ||
      (k < e && s[k] == '.' && k + 1u == e) || wire ||
      (k == d[i].e && k < e && s[k] == ')');
    if (!after) {
      continue;
    }
    size_t w = d[i].b;
    while (w > b && s[w - 1u] == ' ') {
      --w;
    }
    if (w > b && s[w - 1u] == '|') { /* "Nairobi, Kenya | March 14, 2022" */
      --w;
      while (w > b && s[w - 1u] == ' ') {
        --w;
      }
    }
    size_t end = w > b && s[w - 1u] == ',' ? w - 1u : w;
    /* the city: one to three capitalized words ending at `end`, or before
       a comma and a country or region ("ACCRA, Ghana, March 14, 2022") */
    bool city = false;
    size_t at = end, words = 0;
    for (int region = 0; !city && region < 2; ++region) {
      at = end;
      words = 0;
      while (!city && at > b && words < 3u) {
        size_t ws = 0, st = 0;
        word_back(s, b, at, &ws, &st);
        if (ws == st || !xlex_is_upper((unsigned char)s[ws])) {
          break;
        }
        ++words;
        size_t len = 0;
        const char* cc = NULL;
        city = xlex_city_at(s + ws, end - ws, &len, &cc) && len == end - ws;
        at = ws;
      }
      if (!city && !region) {
        /* step over ", Region" to the city before it */
        size_t ws = 0, st = 0;
        word_back(s, b, end, &ws, &st);
        size_t c = ws;
        while (c > b && s[c - 1u] == ' ') {
          --c;
        }
        if (ws == st || c <= b || s[c - 1u] != ',' ||
            !xlex_is_upper((unsigned char)s[ws])) {
          break;
        }
        end = c - 1u;
      }
    }
    /* not prose: "held in Tokyo, 5 May 2021." */
    size_t pb = 0, pw = 0;
    word_back(s, b, at, &pb, &pw);
    size_t open = at;
    while (open > b && s[open - 1u] == ' ') {
      --open;
    }
    const bool paren = open > b && s[open - 1u] == '(';
    if (k < e && s[k] == ')' && !paren) {
      continue;
    }
    if (city && (paren || pb == pw || !(s[pb] >= 'a' && s[pb] <= 'z'))) {
      src->published = d[i].from;
      src->published_span.b = d[i].b;
      src->published_span.e = d[i].e;
      return true;
    }
  }
  return false;
}

void
xmeeting_release_date(XCtx* x, XSource* src)
{
  if (src->published.y || src->numeric[0].y) {
    return;
  }
  const char* s = x->doc.text;
  size_t stop = x->doc.len;
  size_t caps_stop = 0; /* header lines run into the meeting sentence */
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    if (has_any(s + st->clip_b, st->e - st->clip_b, meet_verbs)) {
      stop = st->b;
      caps_stop = st->e;
      break;
    }
  }
  const size_t limit = caps_stop > stop ? caps_stop : stop;
  for (size_t b = 0; b < limit;) {
    /* a line before the meeting sentence ends at it; one of the header
       run into it (b >= stop) at the sentence's end */
    const size_t bound = b < stop ? stop : limit;
    size_t e = 0;
    const size_t next = xdoc_trimmed_line(s, &b, bound, &e);
    XDate d[2];
    if (b < e && xdate_find(s, b, e, d, 2u) && d[0].from.y && d[0].from.m &&
        d[0].from.d && !d[0].to.m && d[0].weekday != -2) {
      size_t k = d[0].e;
      while (k < e && s[k] == ' ') {
        ++k;
      }
      /* the date alone, or after a place and before the rest of a
         dateline ("/CNW/ -", "--", ":") */
      /* or opening a headline that runs on without punctuation
         ("November 14, 2023 Results of 22nd Japan-France ICT
         Consultations") */
      const bool alone =
        d[0].b == b &&
        (k == e || (k > d[0].e && xlex_is_upper((unsigned char)s[k])));
      const bool dash = s[k] == '-' ||
                        xlex_starts(s + k, e - k, "\xE2\x80\x94") ||
                        xlex_starts(s + k, e - k, "\xE2\x80\x93");
      /* "Brussels, Wednesday, 24 July 2024." on a line of its own */
      const bool dateline = b < stop && dateline_words(s, b, d[0].b) &&
                            (k == e || (s[k] == '.' && k + 1u == e) ||
                             s[k] == '/' || dash || s[k] == ':' || s[k] == '(');
      if ((b < stop && alone) || dateline) {
        src->published = d[0].from;
        src->published_span.b = d[0].b;
        src->published_span.e = d[0].e;
        return;
      }
    }
    if (b < e && city_dated(x, src, b, e)) {
      return;
    }
    b = next;
  }
  /* a header line run into the next one, without final punctuation, ends
     with the date ("NEWS PROVIDED BY the Ministry Feb 01, 2024"), no
     preposition before it */
  for (size_t i = 0; i < x->doc.n_sents && x->doc.sents[i].e <= stop; ++i) {
    const XSentence* st = &x->doc.sents[i];
    XDate d[8];
    const size_t n = xdate_find(s, st->clip_b, st->e, d, 8u);
    const XDate* last = n ? &d[n - 1u] : NULL;
    size_t k = last ? last->b : 0;
    while (last && k > st->clip_b && s[k - 1u] == ' ') {
      --k;
    }
    size_t w = k;
    while (last && w > st->clip_b &&
           xlex_is_word_char((unsigned char)s[w - 1u])) {
      --w;
    }
    if (last && last->e == st->e && last->from.y && last->from.m &&
        last->from.d && !last->to.m && last->weekday != -2 && w < k &&
        !function_word(s + w, k - w) && !xlex_eq(s + w, k - w, "until")) {
      src->published = last->from;
      src->published_span.b = last->b;
      src->published_span.e = last->e;
      return;
    }
  }
}
