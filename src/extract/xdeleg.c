/* extract: heads of delegation (name, title, agency, side) and the
   agencies represented in each delegation. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

/* ---- Small span helpers ----------------------------------------------------
 */

static void
strip(const char* s, size_t* b, size_t* e)
{
  while (*b < *e && (s[*b] == ' ' || s[*b] == ',' || s[*b] == '\n')) {
    ++*b;
  }
  while (*e > *b &&
         (s[*e - 1u] == ' ' || s[*e - 1u] == ',' || s[*e - 1u] == '.' ||
          s[*e - 1u] == ';' || s[*e - 1u] == '\n')) {
    /* keep the dot of "D.C." / "U.S." / "Jr." */
    if (s[*e - 1u] == '.' && *e >= *b + 3u && s[*e - 3u] == '.') {
      break;
    }
    --*e;
  }
}

static bool
starts_word(const char* s, size_t i, size_t b)
{
  return i == b || !xlex_is_word_char((unsigned char)s[i - 1u]);
}

/* First occurrence of any phrase of `list` in [b, e); its length. */
static size_t
find_any(const char* s,
         size_t b,
         size_t e,
         const char* const* list,
         size_t* len)
{
  size_t best = NONE;
  for (size_t i = 0; list[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, list[i]);
    if (at != NONE && (best == NONE || b + at < best)) {
      best = b + at;
      *len = strlen(list[i]);
    }
  }
  return best;
}

/* ---- Sides ------------------------------------------------------------------
 */

const char*
xdeleg_side_marker(XCtx* x, size_t b, size_t e, size_t* at)
{
  static const char* const nouns[] = { "side",  "delegation", "team",
                                       "group", "contingent", "delegations",
                                       NULL };
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    if (!starts_word(s, i, b) || !xlex_is_upper((unsigned char)s[i])) {
      continue;
    }
    XCountryHit h;
    if (!xlex_country_at(s + i, e - i, &h) || !xctx_deleg(x, h.cc)) {
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
            xlex_eq(s + k, w, "official"))) {
        break;
      }
      k += w;
    }
    i += h.len - 1u;
  }
  return NULL;
}

/* ---- Clauses
 * ----------------------------------------------------------------- */

typedef struct
{
  size_t b, e;
} Clause;

/* Cuts a trailing attribution: ", the press release said", ", it added",
   ", according to the ministry", ", officials said". */
static size_t
cut_attribution(const char* s, size_t b, size_t e)
{
  static const char* const verbs[] = { "said",  "added",    "stated",
                                       "noted", "reported", "according to",
                                       "read",  "says",     NULL };
  size_t comma = NONE;
  for (size_t i = e; i > b; --i) {
    if (s[i - 1u] == ',') {
      comma = i - 1u;
      break;
    }
  }
  if (comma == NONE) {
    return e;
  }
  size_t words = 0;
  for (size_t i = comma; i < e; ++i) {
    words += s[i] == ' ' ? 1u : 0u;
  }
  size_t len = 0;
  if (words <= 8u && find_any(s, comma, e, verbs, &len) != NONE) {
    return comma;
  }
  return e;
}

static size_t
split_clauses(XCtx* x, size_t b, size_t e, Clause* out, size_t max)
{
  const char* s = x->doc.text;
  size_t n = 0;
  size_t start = b;
  int depth = 0;
  for (size_t i = b; i < e && n + 1u < max; ++i) {
    if (s[i] == '(') {
      ++depth;
    } else if (s[i] == ')' && depth) {
      --depth;
    }
    if (depth) {
      continue;
    }
    size_t cut = 0, next = 0;
    if (s[i] == ';') {
      cut = i;
      next = i + 1u;
    } else if (s[i] == ',' && (xlex_starts(s + i, e - i, ", while") ||
                               xlex_starts(s + i, e - i, ", whereas"))) {
      cut = i;
      next = i + 2u;
    } else if (s[i] == ' ' &&
               (xlex_starts(s + i + 1u, e - i - 1u, "while") ||
                xlex_starts(s + i + 1u, e - i - 1u, "whereas")) &&
               i > start) {
      cut = i;
      next = i + 1u;
    } else if (xlex_starts(s + i, e - i, ", and the") ||
               xlex_starts(s + i, e - i, " and the") ||
               xlex_starts(s + i, e - i, ", and ")) {
      /* only before another side: ", and the U.S. side was led by" */
      const size_t k = i + (s[i] == ',' ? 6u : 5u);
      size_t at = 0;
      size_t lim = k + 48u < e ? k + 48u : e;
      const char* cc = xdeleg_side_marker(x, k, lim, &at);
      if (cc && at <= k + 5u) {
        cut = i;
        next = k;
      }
    }
    if (next) {
      if (cut > start) {
        out[n].b = start;
        out[n].e = cut;
        ++n;
      }
      start = next;
      i = next - 1u;
    }
  }
  if (start < e && n < max) {
    out[n].b = start;
    out[n].e = e;
    ++n;
  }
  return n;
}

/* ---- People ----------------------------------------------------------------
 */

typedef struct
{
  XSpan name, title, agency;
  char* agency_name; /* as it goes into the record */
  const char* cc;    /* the person's country when the phrase says it */
} Person;

static bool
name_token(const char* s, size_t n)
{
  if (!n) {
    return false;
  }
  if (n == 2u && xlex_is_upper((unsigned char)s[0]) && s[1] == '.') {
    return true; /* an initial */
  }
  return xlex_is_upper((unsigned char)s[0]) && !xlex_title_word(s, n) &&
         !xlex_month(s, n) && xlex_weekday(s, n) < 0;
}

/* Words of [b, e) as spans (a trailing '.' of an initial kept). */
static size_t
words_of(const char* s, size_t b, size_t e, XSpan* out, size_t max)
{
  size_t n = 0, i = b;
  while (i < e && n < max) {
    while (i < e && s[i] == ' ') {
      ++i;
    }
    if (i >= e) {
      break;
    }
    size_t w = xlex_word_len(s + i, e - i);
    if (!w) {
      /* punctuation: a word of its own */
      out[n].b = i;
      out[n].e = i + 1u;
      ++n;
      ++i;
      continue;
    }
    if (i + w < e && s[i + w] == '.' && w == 1u) {
      ++w;
    }
    out[n].b = i;
    out[n].e = i + w;
    ++n;
    i += w;
  }
  return n;
}

/* Is all of [b, e) a person's name (after honorifics)? */
static bool
all_name(const char* s, size_t b, size_t e)
{
  XSpan w[8];
  const size_t n = words_of(s, b, e, w, 8u);
  if (n == 0 || n > 5u) {
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!name_token(s + w[i].b, w[i].e - w[i].b)) {
      return false;
    }
  }
  return true;
}

/* The name at the end of "Title Name": its start, or NONE. */
static size_t
trailing_name(const char* s, size_t b, size_t e)
{
  XSpan w[64];
  const size_t n = words_of(s, b, e, w, 64u);
  size_t k = n;
  while (k > 0 && n - k < 4u &&
         name_token(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b)) {
    --k;
  }
  if (k == n ||
      (n - k < 2u && k > 0 &&
       !xlex_title_word(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b))) {
    return NONE;
  }
  /* a leading honorific is no part of it */
  return w[k].b;
}

static size_t
skip_honorifics(const char* s, size_t b, size_t e)
{
  size_t len = 0;
  while (b < e && xlex_honorific_at(s + b, e - b, &len)) {
    b += len;
  }
  return b;
}

/* "Title at the Agency", "Title of the Agency", "Title in the Agency":
   sets the agency when the tail resolves. */
static void
title_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  static const char* const links[] = { " at the ",   " of the ", " in the ",
                                       " from the ", ", ",       " at ",
                                       NULL };
  const char* s = x->doc.text;
  for (size_t i = 0; links[i]; ++i) {
    size_t best = NONE;
    for (size_t k = b; k + strlen(links[i]) < e; ++k) {
      if (!strncmp(s + k, links[i], strlen(links[i]))) {
        best = k; /* the last one */
      }
    }
    if (best == NONE) {
      continue;
    }
    const size_t ab = best + strlen(links[i]);
    char* name = xctx_copy(x, ab, e);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a =
      name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
    free(name);
    if (a) {
      p->agency.b = ab;
      p->agency.e = e;
      free(p->agency_name);
      p->agency_name = written;
      if (!p->cc) {
        p->cc = cc;
      }
      p->title.b = b;
      p->title.e = best;
      return;
    }
    free(written);
  }
  p->title.b = b;
  p->title.e = e;
}

/* A country before a title: "Japan's Ambassador", "Indian Joint
   Secretary", "U.S. Coordinator". */
static size_t
title_country(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XCountryHit h;
  if (b < e && xlex_country_at(s + b, e - b, &h) && b + h.len < e &&
      s[b + h.len] == ' ') {
    if (!p->cc) {
      p->cc = h.cc;
    }
    return b + h.len + 1u;
  }
  return b;
}

/* An agency at the start of a title: "State Department Coordinator for
   Cyber Issues". */
static size_t
title_prefix_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  XSpan w[32];
  const char* s = x->doc.text;
  const size_t n = words_of(s, b, e, w, 32u);
  for (size_t k = n > 6u ? 6u : n; k >= 1u; --k) {
    if (k == n) {
      continue;
    }
    char* name = xctx_copy(x, b, w[k - 1u].e);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a =
      name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
    free(name);
    if (a) {
      p->agency.b = b;
      p->agency.e = w[k - 1u].e;
      free(p->agency_name);
      p->agency_name = written;
      if (!p->cc) {
        p->cc = cc;
      }
      return w[k].b;
    }
    free(written);
  }
  return b;
}

/* Parses one person phrase: "Mr. Name, Title, Agency", "Title Name of the
   Agency", "Agency Title Name". */
static bool
parse_person(XCtx* x, size_t b, size_t e, Person* p)
{
  const char* s = x->doc.text;
  memset(p, 0, sizeof(*p));
  strip(s, &b, &e);
  if (xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  /* comma segments, parentheses kept whole */
  XSpan seg[8];
  size_t n = 0, start = b;
  int depth = 0;
  for (size_t i = b; i <= e && n < 8u; ++i) {
    if (i < e && s[i] == '(') {
      ++depth;
    } else if (i < e && s[i] == ')' && depth) {
      --depth;
    }
    if (i == e || (s[i] == ',' && !depth)) {
      size_t sb = start, se = i;
      strip(s, &sb, &se);
      if (se > sb) {
        seg[n].b = sb;
        seg[n].e = se;
        ++n;
      }
      start = i + 1u;
    }
  }
  if (!n) {
    return false;
  }
  size_t first = 0;
  const size_t s0 = skip_honorifics(s, seg[0].b, seg[0].e);
  if (all_name(s, s0, seg[0].e)) {
    p->name.b = s0;
    p->name.e = seg[0].e;
    first = 1;
  } else {
    /* "Title Name [of the Agency]" */
    size_t tb = seg[0].b, te = seg[0].e;
    static const char* const links[] = {
      " of the ", " at the ", " from the ", " in the ", NULL
    };
    for (size_t i = 0; links[i]; ++i) {
      const size_t at = xlex_find(s + tb, te - tb, links[i] + 1);
      if (at == NONE || tb + at == 0) {
        continue;
      }
      const size_t nb = trailing_name(s, tb, tb + at - 1u);
      if (nb == NONE) {
        continue;
      }
      char* name = xctx_copy(x, tb + at + strlen(links[i]) - 1u, te);
      const char* cc = NULL;
      char* written = NULL;
      const DkgAgency* a =
        name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
      free(name);
      if (a) {
        p->agency.b = tb + at + strlen(links[i]) - 1u;
        p->agency.e = te;
        p->agency_name = written;
        p->cc = cc;
        te = tb + at - 1u;
        break;
      }
      free(written);
    }
    const size_t nb = trailing_name(s, tb, te);
    if (nb == NONE) {
      free(p->agency_name);
      p->agency_name = NULL;
      return false;
    }
    p->name.b = skip_honorifics(s, nb, te);
    p->name.e = te;
    size_t pb = skip_honorifics(s, tb, nb);
    pb = title_country(x, p, pb, nb);
    if (!p->agency_name) {
      pb = title_prefix_agency(x, p, pb, nb);
    }
    size_t pe = nb;
    strip(s, &pb, &pe);
    if (pe > pb) {
      p->title.b = pb;
      p->title.e = pe;
    }
    first = 1;
  }
  /* Later segments: title, then agency. */
  bool titled_after = false;
  for (size_t i = first; i < n; ++i) {
    size_t sb = seg[i].b;
    const size_t se = seg[i].e;
    char* name = xctx_copy(x, sb, se);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a =
      name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
    free(name);
    if (a && !p->agency_name) {
      p->agency.b = sb;
      p->agency.e = se;
      p->agency_name = written;
      if (!p->cc) {
        p->cc = cc;
      }
      continue;
    }
    free(written);
    if (a || titled_after || !xlex_is_upper((unsigned char)s[sb])) {
      break;
    }
    sb = title_country(x, p, sb, se);
    title_agency(x, p, sb, se);
    titled_after = true;
  }
  return p->name.e > p->name.b;
}

static void
set_item(XCtx* x, XItem* item, size_t b, size_t e, size_t sent)
{
  free(item->name);
  item->name = xctx_copy(x, b, e);
  item->span.b = b;
  item->span.e = e;
  item->sent = sent;
}

static void
store_head(XCtx* x, const char* cc, Person* p, size_t sent)
{
  XDeleg* d = xctx_deleg(x, cc);
  if (!d) {
    free(p->agency_name);
    return;
  }
  if (d->head_name.name) {
    char* other = xctx_copy(x, p->name.b, p->name.e);
    if (other && strcmp(other, d->head_name.name)) {
      xctx_warn(x,
                sent,
                "a second head for the %s delegation (\"%s\"); the first, "
                "\"%s\", is kept",
                cc,
                other,
                d->head_name.name);
    }
    free(other);
    free(p->agency_name);
    return;
  }
  set_item(x, &d->head_name, p->name.b, p->name.e, sent);
  if (p->title.e > p->title.b) {
    set_item(x, &d->head_title, p->title.b, p->title.e, sent);
  }
  if (p->agency_name) {
    free(d->head_agency.name);
    d->head_agency.name = p->agency_name;
    d->head_agency.span = p->agency;
    d->head_agency.sent = sent;
  }
}

/* ---- Agency lists ----------------------------------------------------------
 */

static void
add_agency(XCtx* x, const char* cc, char* name, size_t b, size_t e, size_t sent)
{
  XDeleg* d = xctx_deleg(x, cc);
  if (!d || !name) {
    free(name);
    return;
  }
  const DkgAgency* mine = dkg_registry_agency(x->reg, cc, name, strlen(name));
  for (size_t i = 0; i < d->n_agencies; ++i) {
    const DkgAgency* other = dkg_registry_agency(
      x->reg, cc, d->agencies[i].name, strlen(d->agencies[i].name));
    if (!strcmp(d->agencies[i].name, name) || (mine && mine == other)) {
      free(name);
      return;
    }
  }
  if (d->n_agencies == d->cap_agencies) {
    const size_t cap = d->cap_agencies ? d->cap_agencies * 2u : 8u;
    XItem* p = (XItem*)realloc(d->agencies, cap * sizeof(XItem));
    if (!p) {
      free(name);
      return;
    }
    d->agencies = p;
    d->cap_agencies = cap;
  }
  XItem* it = &d->agencies[d->n_agencies++];
  it->name = name;
  it->span.b = b;
  it->span.e = e;
  it->sent = sent;
}

typedef struct
{
  size_t b, e;
} Atom;

/* The items of a list: cut at commas and "and" outside parentheses.
   Returns a malloc'd array (NULL when out of memory) of `*n` atoms; a
   list has no length limit. */
static Atom*
split_atoms(const char* s, size_t b, size_t e, size_t* count)
{
  size_t max = 2u;
  for (size_t i = b; i < e; ++i) {
    max += s[i] == ',' || s[i] == ' ' ? 1u : 0u;
  }
  Atom* out = (Atom*)malloc(max * sizeof(Atom));
  *count = 0;
  if (!out) {
    return NULL;
  }
  static const char* const seps[] = { ", and ", ", as well as ", " as well as ",
                                      ", ",     " and ",         NULL };
  size_t n = 0, start = b;
  int depth = 0;
  size_t i = b;
  while (i < e && n + 1u < max) {
    if (s[i] == '(') {
      ++depth;
    } else if (s[i] == ')' && depth) {
      --depth;
    }
    size_t sep = 0;
    for (size_t k = 0; !depth && seps[k]; ++k) {
      const size_t l = strlen(seps[k]);
      if (i + l <= e && !strncmp(s + i, seps[k], l)) {
        sep = l;
        break;
      }
    }
    if (sep) {
      size_t ab = start, ae = i;
      strip(s, &ab, &ae);
      if (ae > ab) {
        out[n].b = ab;
        out[n].e = ae;
        ++n;
      }
      i += sep;
      start = i;
      continue;
    }
    ++i;
  }
  size_t ab = start, ae = e;
  strip(s, &ab, &ae);
  if (ae > ab && n < max) {
    out[n].b = ab;
    out[n].e = ae;
    ++n;
  }
  *count = n;
  return out;
}

static const char*
plural_head(const char* s, size_t b, size_t e, size_t* len)
{
  static const struct
  {
    const char* plural;
    const char* singular;
  } heads[] = { { "Departments of ", "Department of " },
                { "Ministries of ", "Ministry of " },
                { "Offices of ", "Office of " },
                { "Bureaus of ", "Bureau of " },
                { NULL, NULL } };
  if (xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  for (size_t i = 0; heads[i].plural; ++i) {
    const size_t l = strlen(heads[i].plural);
    if (e - b > l && !strncmp(s + b, heads[i].plural, l)) {
      *len = l + (size_t)(b - b);
      return heads[i].singular;
    }
  }
  return NULL;
}

static bool
bare_member(XCtx* x, const Atom* a)
{
  const char* s = x->doc.text;
  if (!xlex_is_upper((unsigned char)s[a->b]) ||
      xlex_starts(s + a->b, a->e - a->b, "the")) {
    return false;
  }
  char* name = xctx_copy(x, a->b, a->e);
  const bool org = name && xctx_agency_like(name);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* ag = name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
  free(written);
  free(name);
  return !org && !ag;
}

static bool
is_filler(const char* s, size_t b, size_t e)
{
  static const char* const list[] = { "other",   "relevant", "various",
                                      "several", "a number", "its",
                                      "their",   "related",  NULL };
  if (!xlex_is_upper((unsigned char)s[b]) &&
      !xlex_starts(s + b, e - b, "the")) {
    return true;
  }
  for (size_t i = 0; list[i]; ++i) {
    if (xlex_starts(s + b, e - b, list[i])) {
      return true;
    }
  }
  return false;
}

/* Resolves one item and files it under its side. */
static void
file_item(XCtx* x,
          const char* side,
          const char* text,
          size_t b,
          size_t e,
          size_t sent,
          const char** last)
{
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = xctx_agency(x, side, text, &cc, &written);
  if (!a && side) {
    /* Not of the side the sentence names: the registry may know it for the
       other side; the sentence's word wins, with a warning. */
    const char* other = NULL;
    char* w2 = NULL;
    const DkgAgency* a2 = xctx_agency(x, NULL, text, &other, &w2);
    if (a2 && other && strcmp(other, side)) {
      xctx_warn(x,
                sent,
                "\"%s\" is an agency of %s in the registry, but the "
                "sentence puts it in the %s delegation",
                w2,
                other,
                side);
    }
    free(w2);
  }
  const char* where = side ? side : cc;
  if (!where) {
    where = *last;
    if (where && written) {
      xctx_warn(x,
                sent,
                "\"%s\": the sentence does not say which delegation; put in "
                "the %s delegation, as the one named before",
                written,
                where);
    }
  }
  if (!where || !written) {
    if (written) {
      xctx_warn(x,
                sent,
                "\"%s\": cannot tell which delegation it belongs to; left out",
                written);
    }
    free(written);
    return;
  }
  if (!a) {
    xctx_warn(x,
              sent,
              "agency \"%s\" of %s is not in data/agencies.json; kept as "
              "written",
              written,
              where);
  }
  *last = where;
  add_agency(x, where, written, b, e, sent);
}

static void
parse_list(XCtx* x,
           const char* side,
           size_t b,
           size_t e,
           size_t sent,
           const char** last)
{
  const char* s = x->doc.text;
  size_t n = 0;
  Atom* atoms = split_atoms(s, b, e, &n);
  size_t i = 0;
  while (i < n) {
    size_t plen = 0;
    const char* singular = plural_head(s, atoms[i].b, atoms[i].e, &plen);
    if (singular) {
      /* "the Departments of State, Homeland Security, and Justice" */
      size_t mb = atoms[i].b;
      if (xlex_starts(s + mb, atoms[i].e - mb, "the ")) {
        mb += 4u;
      }
      mb += plen;
      size_t j = i + 1u;
      while (j < n && bare_member(x, &atoms[j])) {
        ++j;
      }
      /* members: atoms i (tail) .. j-1, merged when the merge resolves */
      size_t k = i;
      while (k < j) {
        size_t used = k;
        char* best = NULL;
        for (size_t m = j - 1u; m + 1u > k; --m) {
          const size_t from = k == i ? mb : atoms[k].b;
          char* member = xctx_copy(x, from, atoms[m].e);
          const size_t l =
            strlen(singular) + (member ? strlen(member) : 0u) + 1u;
          char* full = (char*)malloc(l);
          if (full && member) {
            strcpy(full, singular);
            strcat(full, member);
          }
          free(member);
          const char* cc = NULL;
          char* written = NULL;
          const DkgAgency* a =
            full ? xctx_agency(x, side, full, &cc, &written) : NULL;
          free(written);
          if (a || m == k) {
            best = full;
            used = m;
            break;
          }
          free(full);
        }
        if (best) {
          file_item(x,
                    side,
                    best,
                    k == i ? atoms[i].b : atoms[k].b,
                    atoms[used].e,
                    sent,
                    last);
          free(best);
        }
        k = used + 1u;
      }
      i = j;
      continue;
    }
    /* Longest run of atoms that names one agency ("Ministry of Economy,
       Trade and Industry"), else the atom alone. */
    size_t used = i;
    bool done = false;
    size_t top = i + 4u < n ? i + 4u : n - 1u;
    for (size_t m = i + 1u; m <= top; ++m) {
      if (xlex_starts(s + atoms[m].b, atoms[m].e - atoms[m].b, "the")) {
        top = m - 1u; /* "the" starts another name */
        break;
      }
    }
    for (size_t m = top; m > i; --m) {
      char* name = xctx_copy(x, atoms[i].b, atoms[m].e);
      const char* cc = NULL;
      char* written = NULL;
      const DkgAgency* a =
        name ? xctx_agency(x, side, name, &cc, &written) : NULL;
      free(written);
      if (a) {
        file_item(x, side, name, atoms[i].b, atoms[m].e, sent, last);
        used = m;
        done = true;
      }
      free(name);
      if (done) {
        break;
      }
    }
    if (!done) {
      if (!is_filler(s, atoms[i].b, atoms[i].e)) {
        char* name = xctx_copy(x, atoms[i].b, atoms[i].e);
        XCountryHit ch;
        const bool country_only =
          name &&
          xlex_country_at(name +
                            (xlex_starts(name, strlen(name), "the ") ? 4 : 0),
                          strlen(name),
                          &ch) &&
          strlen(name) - (xlex_starts(name, strlen(name), "the ") ? 4u : 0u) ==
            ch.len;
        if (name && !country_only) {
          const char* cc = NULL;
          char* written = NULL;
          const DkgAgency* a = xctx_agency(x, side, name, &cc, &written);
          if (a || (written && xctx_agency_like(written) &&
                    xlex_find(written, strlen(written), "met") == NONE &&
                    !strpbrk(written, "0123456789"))) {
            file_item(x, side, name, atoms[i].b, atoms[i].e, sent, last);
          } else {
            xctx_warn(x,
                      sent,
                      "\"%s\" in a list of agencies does not look like an "
                      "agency; left out",
                      name);
          }
          free(written);
        }
        free(name);
      }
    }
    i = used + 1u;
  }
  free(atoms);
}

/* ---- Sentences
 * ---------------------------------------------------------------- */

static const char* const lead_by[] = { "led by",
                                       "headed by",
                                       "represented by",
                                       "chaired by",
                                       "co-chaired by",
                                       "co-led by",
                                       "leading the delegation was",
                                       NULL };

static const char* const lead_verbs[] = {
  "will lead",  "led",      "leads",  "is leading",
  "will head",  "headed",   "heads",  "will co-chair",
  "co-chaired", "co-chair", "co-led", "will co-lead",
  NULL
};

static const char* const list_triggers[] = { "representatives from",
                                             "representatives of",
                                             "officials from",
                                             "officials of",
                                             "experts from",
                                             "participants from",
                                             "staff from",
                                             "members from",
                                             "delegates from",
                                             "included",
                                             "includes",
                                             "include",
                                             "comprised",
                                             "comprising",
                                             "comprises",
                                             "consisting of",
                                             "consisted of",
                                             "composed of",
                                             "consists of",
                                             "with participation from",
                                             NULL };

static const char* const list_stops[] = { " will ",
                                          " also ",
                                          " took part",
                                          " attended",
                                          " participated",
                                          " joined",
                                          " were ",
                                          " was ",
                                          " are ",
                                          " is ",
                                          ", which",
                                          ", who",
                                          " to discuss",
                                          " to attend",
                                          " in the talks",
                                          " in the discussion",
                                          " in the dialogue",
                                          " had ",
                                          " have ",
                                          " met ",
                                          " will meet",
                                          " held ",
                                          " hosted",
                                          NULL };

static const char* const person_stops[] = { ", and included",
                                            " and included",
                                            ", and includes",
                                            " and includes",
                                            ", and will include",
                                            " and will include",
                                            ", which",
                                            ", who",
                                            ", with ",
                                            " with officials",
                                            " with representatives",
                                            ", and comprised",
                                            " and comprised",
                                            " and consisted",
                                            ", accompanied by",
                                            " accompanied by",
                                            " and other",
                                            NULL };

/* Hosts lead too when nobody else is said to: "X and Y co-hosted the
   dialogue", "the meeting was hosted by X" (a second pass, hosts_pass). */
static const char* const host_by[] = { "co-hosted by", "hosted by", NULL };

static const char* const host_verbs[] = { "will co-host",
                                          "co-hosted",
                                          "will host",
                                          "hosted",
                                          NULL };

static bool hosts_pass;

/* "Heading the Japanese side was Mr. X": the offset of the person after
   "was" (and `*len` 0), or NONE. */
static size_t
heading_was(const char* s, size_t b, size_t e)
{
  static const char* const verbs[] = { "heading the ", "leading the ", NULL };
  size_t len = 0;
  const size_t h = find_any(s, b, e, verbs, &len);
  if (h == NONE || h > b + 4u) {
    return NONE;
  }
  const size_t was = xlex_find(s + h, e - h, "was");
  if (was == NONE) {
    return NONE;
  }
  size_t words = 0;
  for (size_t i = h; i < h + was; ++i) {
    words += s[i] == ' ' ? 1u : 0u;
  }
  return words <= 7u ? h + was + 3u : NONE;
}

/* Is [b, e) one person phrase with a name ("Attorney General Loretta E.
   Lynch")? */
static bool
is_person(XCtx* x, size_t b, size_t e)
{
  Person p;
  const bool ok = parse_person(x, b, e, &p);
  free(p.agency_name);
  return ok;
}

/* Heads whose side the text does not state, decided at the end. */
typedef struct
{
  Person p;
  size_t sent;
} Pending;

static Pending pending_heads[4];
static size_t n_pending;

static void
heads_in(XCtx* x,
         const Clause* c,
         size_t sent,
         const char** clause_side,
         const char** last)
{
  const char* s = x->doc.text;
  size_t len = 0;
  size_t at = 0;
  const char* marker = xdeleg_side_marker(x, c->b, c->e, &at);
  const size_t by =
    find_any(s, c->b, c->e, hosts_pass ? host_by : lead_by, &len);
  const size_t heading = hosts_pass ? NONE : heading_was(s, c->b, c->e);
  size_t pb = NONE, pe = NONE;
  bool after = false;
  const char* other_side = NULL; /* the hosts' side, from their guest's */
  if (heading != NONE) {
    pb = heading;
    pe = c->e;
    after = true;
  } else if (by != NONE) {
    pb = by + len;
    pe = c->e;
    after = true;
  } else {
    size_t vlen = 0;
    const size_t v =
      find_any(s, c->b, c->e, hosts_pass ? host_verbs : lead_verbs, &vlen);
    if (v != NONE && v > c->b && hosts_pass) {
      /* "A and B co-hosted the dialogue with Chinese State Councilor C":
         C leads the side the phrase names, the hosts the other one */
      const size_t with = xlex_find(s + v, c->e - v, "with");
      Person guest;
      if (with != NONE && parse_person(x, v + with + 5u, c->e, &guest) &&
          guest.cc) {
        other_side = !strcmp(guest.cc, x->cc[0]) ? x->cc[1] : x->cc[0];
        store_head(x, guest.cc, &guest, sent);
      } else if (with != NONE) {
        free(guest.agency_name);
      }
    }
    if (v != NONE && v > c->b) {
      pb = c->b;
      pe = v;
      /* the side after the verb: "led the U.S. delegation" */
      size_t at2 = 0;
      const char* m2 = xdeleg_side_marker(x, v, c->e, &at2);
      if (m2) {
        marker = m2;
      } else if (marker && at >= c->b && at < v) {
        /* "Japan's Ambassador X will lead a delegation": the person's
           own words name the country; keep it */
      }
    }
  }
  if (pb == NONE && marker) {
    /* Gapping: "..., and the Indian delegation by Ms. Priya Nair" */
    const size_t by2 = xlex_find(s + at, c->e - at, "by");
    size_t words = 0;
    for (size_t i = at; by2 != NONE && i < at + by2; ++i) {
      words += s[i] == ' ' ? 1u : 0u;
    }
    if (by2 != NONE && words <= 4u && at <= c->b + 4u) {
      pb = at + by2 + 2u;
      pe = c->e;
      after = true;
    }
  }
  if (pb == NONE) {
    if (marker) {
      *clause_side = marker;
    }
    return;
  }
  if (after) {
    size_t l2 = 0;
    const size_t stop = find_any(s, pb, pe, person_stops, &l2);
    if (stop != NONE) {
      pe = stop;
    }
  }
  /* One or more people: "X and by Y", "X, Title, and Mr. Y, Title". */
  size_t starts[4] = { pb, 0, 0, 0 };
  size_t ends[4] = { pe, 0, 0, 0 };
  size_t np = 1;
  for (size_t i = pb; i < pe && np < 4u; ++i) {
    size_t skip = 0;
    if (xlex_starts(s + i, pe - i, " and by ")) {
      skip = 8u;
    } else if (xlex_starts(s + i, pe - i, ", and by ")) {
      skip = 9u;
    } else if (xlex_starts(s + i, pe - i, ", and ") ||
               xlex_starts(s + i, pe - i, " and ")) {
      const size_t k = i + (s[i] == ',' ? 6u : 5u);
      size_t hl = 0;
      /* "Mr. X and Ms. Y"; "Attorney General A and Secretary of Homeland
         Security B": each side of "and" a person with a name */
      if (xlex_honorific_at(s + k, pe - k, &hl) ||
          (k < pe && xlex_is_upper((unsigned char)s[k]) &&
           is_person(x, starts[np - 1u], i) && is_person(x, k, pe))) {
        skip = k - i;
      }
    }
    if (skip) {
      ends[np - 1u] = i;
      starts[np] = i + skip;
      ends[np] = pe;
      ++np;
      i += skip - 1u;
    }
  }
  for (size_t k = 0; k < np; ++k) {
    Person p;
    if (!parse_person(x, starts[k], ends[k], &p)) {
      continue;
    }
    const char* cc = np == 1u && marker ? marker : p.cc;
    if (!cc && other_side) {
      cc = other_side;
    }
    if (!cc && np == 1u && marker) {
      cc = marker;
    }
    if (!cc) {
      /* The side that has no head yet, when only one is left. */
      const XDeleg* d0 = &x->del[0];
      const XDeleg* d1 = &x->del[1];
      if (d0->head_name.name && !d1->head_name.name) {
        cc = d1->cc;
      } else if (!d0->head_name.name && d1->head_name.name) {
        cc = d0->cc;
      } else if (np == 2u) {
        /* "led by X and by Y": the other person's country decides */
        Person q;
        if (parse_person(x, starts[1u - k], ends[1u - k], &q) && q.cc) {
          cc = !strcmp(q.cc, x->cc[0]) ? x->cc[1] : x->cc[0];
        }
        free(q.agency_name);
      }
      char* nm = xctx_copy(x, p.name.b, p.name.e);
      if (cc) {
        xctx_warn(x,
                  sent,
                  "the text does not say which side \"%s\" leads; taken as "
                  "the head of the %s delegation, the side without one",
                  nm ? nm : "",
                  cc);
      } else if (n_pending < 4u) {
        pending_heads[n_pending].p = p;
        pending_heads[n_pending].sent = sent;
        ++n_pending;
        free(nm);
        continue;
      }
      free(nm);
    }
    if (cc && xctx_deleg(x, cc)) {
      store_head(x, cc, &p, sent);
      *clause_side = np == 1u ? cc : *clause_side;
      *last = cc;
    } else {
      free(p.agency_name);
    }
  }
  if (!*clause_side && marker) {
    *clause_side = marker;
  }
}

static void
lists_in(XCtx* x,
         const Clause* c,
         size_t sent,
         const char* side,
         const char** last)
{
  const char* s = x->doc.text;
  size_t len = 0;
  size_t t = find_any(s, c->b, c->e, list_triggers, &len);
  size_t lb = NONE, le = c->e;
  if (t != NONE) {
    lb = t + len;
    /* "included representatives from" */
    static const char* const again[] = { " representatives from",
                                         " representatives of",
                                         " officials from",
                                         " officials of",
                                         " officials and experts from",
                                         " experts from",
                                         " participants from",
                                         " delegates from",
                                         NULL };
    for (size_t i = 0; again[i]; ++i) {
      if (xlex_starts(s + lb, c->e - lb, again[i])) {
        lb += strlen(again[i]);
        break;
      }
    }
    size_t l2 = 0;
    const size_t stop = find_any(s, lb, c->e, list_stops, &l2);
    if (stop != NONE) {
      le = stop;
    }
  } else {
    /* "From the Japanese side, A, B and C took part." */
    static const char* const verbs[] = {
      " took part", " attended",         " participated",
      " joined",    " were represented", " also participated",
      NULL
    };
    size_t l2 = 0;
    const size_t v = find_any(s, c->b, c->e, verbs, &l2);
    if (v == NONE) {
      return;
    }
    lb = c->b;
    if (xlex_starts(s + lb, c->e - lb, "From ")) {
      const char* comma = memchr(s + lb, ',', v - lb);
      if (!comma) {
        return;
      }
      lb = (size_t)(comma - s) + 1u;
    }
    le = v;
  }
  if (lb == NONE || le <= lb) {
    return;
  }
  parse_list(x, side, lb, le, sent, last);
}

static void resolve_pending(XCtx* x);

/* One pass over the sentences: the heads of each clause and, unless this
   is the pass for hosts, its agency lists. */
static void
scan_sentences(XCtx* x, const char** last)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t e = cut_attribution(s, st->clip_b, st->e);
    Clause clauses[8];
    const size_t nc = split_clauses(x, st->clip_b, e, clauses, 8u);
    for (size_t k = 0; k < nc; ++k) {
      const char* side = NULL;
      heads_in(x, &clauses[k], i, &side, last);
      if (hosts_pass) {
        continue;
      }
      if (side) {
        *last = side;
      }
      lists_in(x, &clauses[k], i, side, last);
    }
  }
}

DkgStatus
xdeleg_extract(XCtx* x)
{
  const char* last = NULL;
  n_pending = 0;
  hosts_pass = false;
  scan_sentences(x, &last);
  resolve_pending(x);
  /* Nobody is said to lead a side: its host does ("X and Y co-hosted"). */
  if (!x->del[0].head_name.name || !x->del[1].head_name.name) {
    hosts_pass = true;
    scan_sentences(x, &last);
    hosts_pass = false;
    resolve_pending(x);
  }
  return DKG_SUCCESS;
}

/* Heads whose side no phrase gave: the side without a head, else none. */
static void
resolve_pending(XCtx* x)
{
  for (size_t k = 0; k < n_pending; ++k) {
    Person* p = &pending_heads[k].p;
    const size_t sent = pending_heads[k].sent;
    const XDeleg* d0 = &x->del[0];
    const XDeleg* d1 = &x->del[1];
    const char* cc = NULL;
    if (d0->head_name.name && !d1->head_name.name) {
      cc = d1->cc;
    } else if (!d0->head_name.name && d1->head_name.name) {
      cc = d0->cc;
    }
    char* nm = xctx_copy(x, p->name.b, p->name.e);
    if (cc) {
      xctx_warn(x,
                sent,
                "the text does not say which side \"%s\" leads; taken as "
                "the head of the %s delegation, the side without one",
                nm ? nm : "",
                cc);
      store_head(x, cc, p, sent);
    } else {
      xctx_warn(x,
                sent,
                "cannot tell which delegation \"%s\" leads; left out",
                nm ? nm : "");
      free(p->agency_name);
    }
    free(nm);
  }
  n_pending = 0;
}
