/* extract: dates, date ranges and weekdays in running text. */

#include "xint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum
{
  T_WORD,
  T_NUM,
  T_PUNCT,
} TokKind;

typedef struct
{
  size_t b, e;
  TokKind kind;
  int num;     /* T_NUM: value (ordinal suffix allowed) */
  int ndigits; /* T_NUM */
  int month;   /* T_WORD: 1-12 or 0 */
  int weekday; /* T_WORD: 0-6 or -1 */
  char ch;     /* T_PUNCT: ',', '-', '.', '/' ('-' also for dashes) */
} Tok;

#define MAX_TOKS 512

/* A weekday's name or its short form in s[0, n) ("Thursday", "Thurs",
   "Thu"), else -1. */
static int
weekday_word(const char* s, size_t n)
{
  static const char* const shorts[] = { "mon", "tue",  "tues",  "wed",
                                        "thu", "thur", "thurs", "fri",
                                        "sat", "sun",  NULL };
  static const int days[] = { 0, 1, 1, 2, 3, 3, 3, 4, 5, 6 };
  const int w = xlex_weekday(s, n);
  if (w >= 0) {
    return w;
  }
  for (size_t i = 0; shorts[i] && n && xlex_is_upper((unsigned char)s[0]);
       ++i) {
    if (xlex_eq(s, n, shorts[i])) {
      return days[i];
    }
  }
  return -1;
}

/* "20 (Thurs.)", "21 (Fri)": the length of a weekday in parentheses at
   s[i, e) after a day, else 0. */
static size_t
paren_weekday(const char* s, size_t i, size_t e)
{
  if (i >= e || s[i] != '(') {
    return 0;
  }
  size_t k = i + 1u;
  const size_t w = xlex_word_len(s + k, e - k);
  if (!w || weekday_word(s + k, w) < 0) {
    return 0;
  }
  k += w;
  k += k < e && s[k] == '.' ? 1u : 0u;
  return k < e && s[k] == ')' ? k + 1u - i : 0u;
}

static size_t
tokenize(const char* s, size_t b, size_t e, Tok* toks)
{
  size_t n = 0;
  size_t i = b;
  while (i < e && n < MAX_TOKS) {
    const unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    const size_t pw =
      n && toks[n - 1u].kind == T_NUM ? paren_weekday(s, i, e) : 0u;
    if (pw) {
      i += pw; /* "October 20 (Thurs.) and 21 (Fri.), 2016" */
      continue;
    }
    Tok t;
    memset(&t, 0, sizeof(t));
    t.b = i;
    t.weekday = -1;
    if (c >= '0' && c <= '9') {
      size_t k = i;
      long v = 0;
      while (k < e && s[k] >= '0' && s[k] <= '9') {
        v = v < 100000 ? v * 10 + (s[k] - '0') : v;
        ++k;
      }
      t.ndigits = (int)(k - i);
      if (k + 1u < e + 0u && k + 2u <= e &&
          (xlex_starts(s + k, 2u, "st") || xlex_starts(s + k, 2u, "nd") ||
           xlex_starts(s + k, 2u, "rd") || xlex_starts(s + k, 2u, "th")) &&
          (k + 2u == e || !xlex_is_word_char((unsigned char)s[k + 2u]))) {
        k += 2u;
      }
      t.kind = T_NUM;
      t.num = (int)v;
      t.e = k;
      i = k;
    } else if (xlex_is_word_char(c)) {
      size_t k = i + xlex_word_len(s + i, e - i);
      if (k == i) {
        k = i + 1u;
      }
      t.kind = T_WORD;
      /* "30 November-2 December 2021": a month's name run into the next
         day by a dash ends at the dash ("Dec-2022" keeps its year) */
      const char* dash = (const char*)memchr(s + i, '-', k - i);
      if (dash && xlex_month(s + i, (size_t)(dash - (s + i)))) {
        size_t q = (size_t)(dash - s) + 1u;
        while (q < k && s[q] >= '0' && s[q] <= '9') {
          ++q;
        }
        const size_t digits = q - (size_t)(dash - s) - 1u;
        if (q == k && digits >= 1u && digits <= 2u) {
          k = (size_t)(dash - s);
        }
      }
      /* "Aug." keeps its dot for the month test */
      const size_t wl = k - i;
      size_t m = k;
      while (m < e && s[m] == ' ') {
        ++m;
      }
      if (xlex_eq(s + i, wl, "of") && n && toks[n - 1u].kind == T_NUM &&
          m < e && xlex_month(s + m, xlex_word_len(s + m, e - m))) {
        i = k; /* "the 5th of June": the day, then the month */
        continue;
      }
      t.month = xlex_month(s + i, wl);
      t.weekday = xlex_weekday(s + i, wl);
      if (t.month && k < e && s[k] == '.') {
        ++k;
      }
      t.e = k;
      i = k;
    } else if (c == 0xE2u && i + 2u < e && (unsigned char)s[i + 1u] == 0x80u &&
               ((unsigned char)s[i + 2u] == 0x93u ||
                (unsigned char)s[i + 2u] == 0x94u)) {
      t.kind = T_PUNCT;
      t.ch = '-';
      t.e = i + 3u;
      i += 3u;
    } else if (c >= 0x80u) {
      ++i;
      continue;
    } else {
      t.kind = T_PUNCT;
      t.ch = (char)c;
      t.e = i + 1u;
      i += 1u;
    }
    toks[n++] = t;
  }
  return n;
}

static bool
is_year(const Tok* t)
{
  return t->kind == T_NUM && t->ndigits == 4 && t->num >= 1900 &&
         t->num <= 2100;
}

static bool
is_day(const Tok* t)
{
  return t->kind == T_NUM && t->ndigits <= 2 && t->num >= 1 && t->num <= 31;
}

static bool
is_punct(const Tok* t, char c)
{
  return t->kind == T_PUNCT && t->ch == c;
}

static bool
is_word(const char* s, const Tok* t, const char* w)
{
  return t->kind == T_WORD && xlex_eq(s + t->b, t->e - t->b, w);
}

/* A range joiner: "-", "to", "through", "and", "until". */
static size_t
joiner(const char* s, const Tok* t, size_t i, size_t n)
{
  if (i < n && (is_punct(&t[i], '-') || is_word(s, &t[i], "to") ||
                is_word(s, &t[i], "through") || is_word(s, &t[i], "and") ||
                is_word(s, &t[i], "until") || is_word(s, &t[i], "till"))) {
    return 1u;
  }
  return 0u;
}

int
xdate_weekday(int y, int m, int d)
{
  /* Sakamoto's method; 0 = Monday. */
  static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
  if (m < 3) {
    y -= 1;
  }
  const int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0=Sun */
  return (w + 6) % 7;
}

static int
month_days(int y, int m)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
    return 29;
  }
  return days[m - 1];
}

bool
xdate_valid(const XYmd* d)
{
  if (d->m < 1 || d->m > 12 || d->d < 0) {
    return d->m == 0 && d->d == 0 && d->y > 0;
  }
  if (d->d == 0) {
    return true;
  }
  return d->d <= month_days(d->y ? d->y : 2000, d->m);
}

void
xdate_format(const XYmd* d, char* out)
{
  const unsigned y = (unsigned)d->y % 10000u;
  const unsigned m = (unsigned)d->m % 100u, day = (unsigned)d->d % 100u;
  out[0] = (char)('0' + y / 1000u);
  out[1] = (char)('0' + y / 100u % 10u);
  out[2] = (char)('0' + y / 10u % 10u);
  out[3] = (char)('0' + y % 10u);
  out[4] = '\0';
  if (m) {
    out[4] = '-';
    out[5] = (char)('0' + m / 10u);
    out[6] = (char)('0' + m % 10u);
    out[7] = '\0';
  }
  if (m && day) {
    out[7] = '-';
    out[8] = (char)('0' + day / 10u);
    out[9] = (char)('0' + day % 10u);
    out[10] = '\0';
  }
}

static long
days_from_civil(int y, int m, int d)
{
  /* Days since 1970-01-01 (H. Hinnant's algorithm). */
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = (long)y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, XYmd* out)
{
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  out->y = (int)(yoe + era * 400 + (m <= 2));
  out->m = (int)m;
  out->d = (int)d;
}

void
xdate_add_days(XYmd* d, int n)
{
  civil_from_days(days_from_civil(d->y, d->m, d->d) + n, d);
}

bool
xdate_complete(XDate* date, const XYmd* ref, bool past)
{
  if (date->from.y && (date->from.m || !date->from.d)) {
    if (date->to.m && !date->to.y) {
      date->to.y = date->from.y;
    }
    return true;
  }
  if (!ref || !ref->y || !ref->m || !ref->d) {
    return false;
  }
  const long r = days_from_civil(ref->y, ref->m, ref->d);
  if (!date->from.m) {
    if (date->weekday < 0) {
      return false;
    }
    /* A weekday alone: the nearest such day on the reported side. */
    const int rw = xdate_weekday(ref->y, ref->m, ref->d);
    long delta =
      past ? -((rw - date->weekday + 7) % 7) : (date->weekday - rw + 7) % 7;
    civil_from_days(r + delta, &date->from);
    if (date->days > 0) {
      civil_from_days(r + delta + date->days, &date->to);
    }
    return true;
  }
  int best_y = 0;
  long best = 0;
  for (int y = ref->y - 1; y <= ref->y + 1; ++y) {
    if (date->from.d > month_days(y, date->from.m)) {
      continue;
    }
    long dist = labs(days_from_civil(y, date->from.m, date->from.d) - r);
    if (date->weekday >= 0 &&
        xdate_weekday(y, date->from.m, date->from.d) != date->weekday) {
      dist += 100000; /* the weekday says which year */
    }
    if (!best_y || dist < best) {
      best_y = y;
      best = dist;
    }
  }
  if (!best_y || best >= 100000) {
    return false;
  }
  date->from.y = best_y;
  if (date->to.m) {
    date->to.y = best_y + (date->to.m < date->from.m ? 1 : 0);
  }
  return true;
}

/* Month D[-D | to Month D][, YYYY] at toks[i] (a month). */
static size_t
month_first(const char* s, const Tok* t, size_t i, size_t n, XDate* out)
{
  if (i + 1u >= n || !is_day(&t[i + 1u])) {
    if (i + 1u < n && is_year(&t[i + 1u])) {
      out->from.m = t[i].month;
      out->from.y = t[i + 1u].num;
      return i + 2u;
    }
    return 0;
  }
  out->from.m = t[i].month;
  out->from.d = t[i + 1u].num;
  size_t k = i + 2u;
  const size_t j = joiner(s, t, k, n);
  if (j) {
    if (k + 1u < n && is_day(&t[k + 1u]) && t[k + 1u].num > out->from.d &&
        !(k + 2u < n && t[k + 2u].month)) {
      out->to.m = out->from.m;
      out->to.d = t[k + 1u].num;
      k += 2u;
    } else if (k + 2u < n && t[k + 1u].month && is_day(&t[k + 2u])) {
      out->to.m = t[k + 1u].month;
      out->to.d = t[k + 2u].num;
      k += 3u;
    }
  }
  size_t y = k;
  if (y < n && is_punct(&t[y], ',')) {
    ++y;
  }
  if (y < n && is_year(&t[y])) {
    out->from.y = t[y].num;
    if (out->to.m) {
      out->to.y = out->from.y;
      if (out->to.m < out->from.m) {
        out->from.y -= 1; /* "December 30 to January 2, 2020" */
      }
    }
    k = y + 1u;
  }
  return k;
}

/* D[-D | D Month to D] Month [YYYY] at toks[i] (a day). */
static size_t
day_first(const char* s, const Tok* t, size_t i, size_t n, XDate* out)
{
  size_t k = i + 1u;
  int d2 = 0, m1 = 0;
  const size_t j = joiner(s, t, k, n);
  if (k < n && t[k].month) {
    m1 = t[k].month;
    ++k;
    if (joiner(s, t, k, n) && k + 2u < n && is_day(&t[k + 1u]) &&
        t[k + 2u].month) {
      out->from.m = m1;
      out->from.d = t[i].num;
      out->to.m = t[k + 2u].month;
      out->to.d = t[k + 1u].num;
      k += 3u;
      goto year;
    }
    out->from.m = m1;
    out->from.d = t[i].num;
    goto year;
  }
  /* "from the 1st to the 3rd of June": an article after the joiner */
  const size_t the = j && k + 1u < n && is_word(s, &t[k + 1u], "the") ? 1u : 0u;
  if (j && k + 2u + the < n && is_day(&t[k + 1u + the]) &&
      t[k + 2u + the].month && t[k + 1u + the].num > t[i].num) {
    d2 = t[k + 1u + the].num;
    out->from.m = t[k + 2u + the].month;
    out->from.d = t[i].num;
    out->to.m = out->from.m;
    out->to.d = d2;
    k += 3u + the;
    goto year;
  }
  return 0;
year:
  /* "12th January, 2023": a comma between the month and the year */
  if (k + 1u < n && is_punct(&t[k], ',') && is_year(&t[k + 1u]) &&
      t[k].b == t[k - 1u].e) {
    ++k;
  }
  if (k < n && is_year(&t[k])) {
    out->from.y = t[k].num;
    if (out->to.m) {
      out->to.y = out->from.y;
      if (out->to.m < out->from.m) {
        out->from.y -= 1;
      }
    }
    ++k;
  }
  return k;
}

/* After a day (toks[k) on): "and [Wednesday] 10 December", "to Friday,
   May 3": a second day with its month at most two weeks later is the last
   day of the meeting (the first takes its year).  The index after it, else
   k. */
static size_t
second_day(const char* s, const Tok* t, size_t k, size_t n, XDate* d)
{
  if (!joiner(s, t, k, n)) {
    return k;
  }
  size_t q = k + 1u;
  if (q < n && t[q].kind == T_WORD && t[q].weekday >= 0) {
    ++q;
    q += q < n && is_punct(&t[q], ',') ? 1u : 0u;
  }
  XDate two;
  memset(&two, 0, sizeof(two));
  size_t r = 0;
  if (q < n && t[q].month) {
    r = month_first(s, t, q, n, &two);
  } else if (q < n && is_day(&t[q])) {
    r = day_first(s, t, q, n, &two);
  }
  /* "from 30 December 2021 to 2 January 2022": the second day may be in
     the next year, when its month is earlier */
  const bool turn = two.from.m < d->from.m;
  if (!r || !two.from.m || !two.from.d || two.to.m || !xdate_valid(&two.from) ||
      (two.from.y && d->from.y && two.from.y != d->from.y + (turn ? 1 : 0))) {
    return k;
  }
  const int y = d->from.y            ? d->from.y
                : two.from.y && turn ? two.from.y - 1
                : two.from.y         ? two.from.y
                                     : 2001;
  const long gap = days_from_civil(y + (turn ? 1 : 0), two.from.m, two.from.d) -
                   days_from_civil(y, d->from.m, d->from.d);
  if (gap < 1 || gap > 14) {
    return k;
  }
  d->to = two.from;
  if (!d->from.y && two.from.y) {
    d->from.y = two.from.y - (turn ? 1 : 0);
  }
  d->to.y = d->from.y ? d->from.y + (turn ? 1 : 0) : 0;
  return r;
}

/* The word t "Dec-2022": a month's name, a dash and a four-digit year;
   sets out->m and out->y. */
static bool
dash_month_year(const char* s, const Tok* t, XYmd* out)
{
  const char* dash = memchr(s + t->b, '-', t->e - t->b);
  if (!dash) {
    return false;
  }
  const size_t mb = t->b, me = (size_t)(dash - s);
  const int m = xlex_month(s + mb, me - mb);
  int y = 0;
  size_t k = me + 1u;
  for (; k < t->e && s[k] >= '0' && s[k] <= '9'; ++k) {
    y = y * 10 + (s[k] - '0');
  }
  if (!m || k != t->e || k - me - 1u != 4u || y < 1900 || y > 2100) {
    return false;
  }
  out->m = m;
  out->y = y;
  return true;
}

size_t
xdate_find(const char* s, size_t b, size_t e, XDate* out, size_t max)
{
  Tok* t = (Tok*)malloc(MAX_TOKS * sizeof(Tok));
  if (!t) {
    return 0;
  }
  const size_t n = tokenize(s, b, e, t);
  size_t found = 0;
  size_t i = 0;
  while (i < n && found < max) {
    XDate d;
    memset(&d, 0, sizeof(d));
    d.weekday = -1;
    size_t start = i, k = 0;
    if (t[i].kind == T_WORD && t[i].weekday >= 0) {
      d.weekday = t[i].weekday;
      k = i + 1u;
      if (k < n && is_punct(&t[k], ',')) {
        ++k;
      }
      /* "on Thursday (October 5)" */
      const bool paren = k < n && is_punct(&t[k], '(');
      k += paren ? 1u : 0u;
      size_t r = 0;
      if (k < n && t[k].month) {
        r = month_first(s, t, k, n, &d);
      } else if (k < n && is_day(&t[k])) {
        r = day_first(s, t, k, n, &d);
      }
      if (paren && r) {
        if (r < n && is_punct(&t[r], ')')) {
          ++r;
        } else {
          r = 0;
          memset(&d.from, 0, sizeof(d.from));
          memset(&d.to, 0, sizeof(d.to));
        }
      }
      if (!r && k < n && joiner(s, t, k, n) && k + 1u < n &&
          t[k + 1u].kind == T_WORD && t[k + 1u].weekday >= 0 &&
          t[k + 1u].weekday != d.weekday) {
        /* "Monday and Tuesday", "Monday to Wednesday" */
        d.days = (t[k + 1u].weekday - d.weekday + 7) % 7;
        r = k + 2u;
      }
      k = r ? r : i + 1u;
    } else if (t[i].kind == T_WORD && t[i].month) {
      k = month_first(s, t, i, n, &d);
    } else if (is_day(&t[i])) {
      /* 27.11.2019 */
      if (i + 4u < n && is_punct(&t[i + 1u], '.') && t[i + 2u].kind == T_NUM &&
          is_punct(&t[i + 3u], '.') && is_year(&t[i + 4u]) &&
          t[i + 2u].num >= 1 && t[i + 2u].num <= 12 && t[i + 1u].b == t[i].e &&
          t[i + 3u].b == t[i + 2u].e) {
        d.from.d = t[i].num;
        d.from.m = t[i + 2u].num;
        d.from.y = t[i + 4u].num;
        k = i + 5u;
      } else if (i + 2u < n && is_punct(&t[i + 1u], '-') &&
                 t[i + 2u].kind == T_WORD && t[i + 1u].b == t[i].e &&
                 t[i + 2u].b == t[i + 1u].e &&
                 dash_month_year(s, &t[i + 2u], &d.from)) {
        /* "15-Dec-2022" (the word "Dec-2022" holds its dash) */
        d.from.d = t[i].num;
        k = i + 3u;
      } else {
        k = day_first(s, t, i, n, &d);
      }
    } else if (is_year(&t[i]) && i + 4u < n && t[i + 1u].kind == T_PUNCT &&
               (t[i + 1u].ch == '-' || t[i + 1u].ch == '/' ||
                t[i + 1u].ch == '.') &&
               t[i + 2u].kind == T_NUM && t[i + 2u].ndigits <= 2 &&
               t[i + 2u].num >= 1 && t[i + 2u].num <= 12 &&
               is_punct(&t[i + 3u], t[i + 1u].ch) && is_day(&t[i + 4u]) &&
               t[i + 1u].b == t[i].e && t[i + 2u].b == t[i + 1u].e &&
               t[i + 3u].b == t[i + 2u].e && t[i + 4u].b == t[i + 3u].e) {
      /* "2023-02-07", "2019/8/30", "2019.08.30": year, month, day with
         the same separator twice, no space */
      d.from.y = t[i].num;
      d.from.m = t[i + 2u].num;
      d.from.d = t[i + 4u].num;
      k = i + 5u;
    }
    if (k > i && d.from.m && d.from.d && !d.to.m) {
      k = second_day(s, t, k, n, &d);
    }
    if (k > i && (d.from.m || d.weekday >= 0) &&
        (!d.from.m || xdate_valid(&d.from)) &&
        (!d.to.m || xdate_valid(&d.to))) {
      if (d.weekday >= 0 && d.from.m && d.from.y && d.from.d &&
          xdate_weekday(d.from.y, d.from.m, d.from.d) != d.weekday) {
        /* The weekday contradicts the date: keep the date, drop the day
           name (the caller warns about the sentence). */
        d.weekday = -2;
      }
      d.b = t[start].b;
      d.e = t[k - 1u].e;
      out[found++] = d;
      i = k;
    } else {
      ++i;
    }
  }
  free(t);
  return found;
}
