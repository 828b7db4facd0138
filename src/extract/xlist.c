/* extract: lists of agencies ("representatives from A, B and C", "the
   Departments of State, Homeland Security, and Justice"): cut into items,
   each resolved through the registry and filed under its delegation. */

#include "xint.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE ((size_t)-1)

/* ---- Agency lists ----------------------------------------------------------
 */

void
xlist_add_agency(XCtx* x,
                 const char* cc,
                 char* name,
                 size_t b,
                 size_t e,
                 size_t sent)
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
  const XItem it = { name, { b, e }, sent };
  if (!xvec_push((void**)&d->agencies,
                 &d->n_agencies,
                 &d->cap_agencies,
                 sizeof(it),
                 &it)) {
    free(name);
  }
}

typedef XSpan Atom; /* one item of a list */

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
    xctx_paren(s[i], &depth);
    size_t sep = 0;
    for (size_t k = 0; !depth && seps[k]; ++k) {
      const size_t l = strlen(seps[k]);
      if (i + l <= e && !strncmp(s + i, seps[k], l)) {
        sep = l;
        break;
      }
    }
    if (sep) {
      n += xctx_strip_span(s, start, i, &out[n]);
      i += sep;
      start = i;
      continue;
    }
    ++i;
  }
  if (n < max) {
    n += xctx_strip_span(s, start, e, &out[n]);
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
    if (e - b > l && !strncasecmp(s + b, heads[i].plural, l)) {
      *len = l + (size_t)(b - b);
      return heads[i].singular;
    }
  }
  return NULL;
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

static bool
bare_member(XCtx* x, const Atom* a, bool lower)
{
  const char* s = x->doc.text;
  if ((!lower && !xlex_is_upper((unsigned char)s[a->b])) ||
      xlex_starts(s + a->b, a->e - a->b, "the") ||
      (lower && (xlex_starts(s + a->b, a->e - a->b, "other") ||
                 xlex_starts(s + a->b, a->e - a->b, "relevant") ||
                 xlex_starts(s + a->b, a->e - a->b, "concerned")))) {
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

/* Resolves one item and files it under its side. */
static void
file_item(XCtx* x,
          const char* side,
          const char* text,
          XSpan at,
          size_t sent,
          const char** last)
{
  const size_t b = at.b, e = at.e;
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
  xlist_add_agency(x, where, written, b, e, sent);
}

void
xlist_parse(XCtx* x,
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
    /* "..., and on the Australian side, A, B": the side changes */
    size_t at = 0;
    const char* marker = xside_marker(x, atoms[i].b, atoms[i].e, &at);
    if (marker && xlex_starts(s + atoms[i].b, atoms[i].e - atoms[i].b, "on")) {
      side = marker;
      *last = marker;
      ++i;
      continue;
    }
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
      /* "ministries of home affairs, defence, and ...": lower case */
      const bool lower = !xlex_is_upper((unsigned char)s[mb - plen]);
      while (j < n && bare_member(x, &atoms[j], lower)) {
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
          const XSpan span = { k == i ? atoms[i].b : atoms[k].b,
                               atoms[used].e };
          file_item(x, side, best, span, sent, last);
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
        const XSpan span = { atoms[i].b, atoms[m].e };
        file_item(x, side, name, span, sent, last);
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
            file_item(x, side, name, atoms[i], sent, last);
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
