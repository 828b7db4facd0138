/* extract: lists of agencies ("representatives from A, B and C", "the
   Departments of State, Homeland Security, and Justice"): cut into items,
   each resolved through the registry and filed under its delegation. */

#include "xint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE ((size_t)-1)

/* ---- Agency lists ----------------------------------------------------------
 */

/* The key of a delegation's agency set: 'a' and the registry agency's
   address, written in `key` (1 + sizeof(void*) bytes); else 'n' and the
   name, a new string (NULL when out of memory). */
static char*
agency_key(char* key, const char* name, const DkgAgency* agency, size_t* len)
{
  if (agency) {
    key[0] = 'a';
    memcpy(key + 1, (const void*)&agency, sizeof(agency));
    *len = 1u + sizeof(agency);
    return key;
  }
  *len = 1u + strlen(name);
  char* out = (char*)malloc(*len + 1u);
  if (out) {
    out[0] = 'n';
    memcpy(out + 1, name, *len);
  }
  return out;
}

/* Whether `name` or its registry agency `agency` is in `d`'s set; with
   `add`, puts them in (memory running out only loses the check). */
static bool
agency_seen(XDeleg* d, const char* name, const DkgAgency* agency, bool add)
{
  char buf[1u + sizeof(void*)];
  bool seen = false;
  for (int pass = 0; pass < 2; ++pass) {
    const DkgAgency* a = pass ? agency : NULL;
    if (pass && !agency) {
      break;
    }
    size_t len = 0;
    char* key = agency_key(buf, name, a, &len);
    if (!key) {
      continue;
    }
    if (add) {
      dkg_hash_put(&d->agency_keys, key, len, d, NULL);
    } else {
      seen = seen || dkg_hash_get(&d->agency_keys, key, len) != NULL;
    }
    if (key != buf) {
      free(key);
    }
  }
  return seen;
}

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
  if (!d->has_agency_keys) {
    dkg_hash_init(&d->agency_keys);
    d->has_agency_keys = true;
  }
  /* the same name, or a name of the same registry agency, is kept once: a
     hash set, so a list of N agencies costs N look-ups, not N squared */
  const DkgAgency* mine = dkg_registry_agency(x->reg, cc, name, strlen(name));
  /* "the \"Vida Colombia Strategy\"": a name the registry does not know,
     inside a quotation, is the title of a thing, no member */
  if (agency_seen(d, name, mine, false) ||
      (!mine && xlist_in_quotes(x, sent, e))) {
    free(name);
    return;
  }
  const XItem it = { name, { b, e }, sent };
  if (!xvec_push((void**)&d->agencies,
                 &d->n_agencies,
                 &d->cap_agencies,
                 sizeof(it),
                 &it)) {
    free(name);
    x->nomem = true;
    return;
  }
  agency_seen(d, name, mine, true);
}

typedef XSpan Atom; /* one item of a list */

/* An item of a list of agencies that is a proper name without an
   organization word ("Public Safety Canada", "Communications Security
   Establishment", "Global Affairs Canada"): every word capitalized but the
   function words, three words or more, or two whose last is a country
   ("Transport Canada"); no honorific and no rank ("Ambassador Jane Doe",
   "Director Jane Doe" are people), and a person's two names ("Jane Doe")
   are not enough. */
static bool
proper_name(const char* w)
{
  static const char* const function_words[] = { "of", "and", "for", "the",
                                                "on", "in",  "de",  NULL };
  static const char* const ranks[] = {
    "Ambassador",  "Minister",       "Secretary", "Director",     "Deputy",
    "Coordinator", "Envoy",          "Chair",     "Commissioner", "President",
    "Counsellor",  "Counselor",      "Adviser",   "Advisor",      "Officer",
    "Head",        "Representative", NULL
  };
  const size_t n = strlen(w);
  size_t words = 0, last = 0, hl = 0;
  if (xlex_honorific_at(w, n, &hl)) {
    return false;
  }
  for (size_t i = 0; i < n;) {
    while (i < n && w[i] == ' ') {
      ++i;
    }
    const size_t len = xlex_word_len(w + i, n - i);
    if (!len) {
      if (i < n && w[i] != '-' && w[i] != '\'' && w[i] != '&') {
        return false;
      }
      ++i;
      continue;
    }
    bool function = false;
    for (size_t k = 0; function_words[k] && !function; ++k) {
      function = xlex_eq(w + i, len, function_words[k]);
    }
    if (!function) {
      bool rank = false;
      for (size_t k = 0; ranks[k] && !rank; ++k) {
        rank = xlex_eq(w + i, len, ranks[k]);
      }
      if (!xlex_is_upper((unsigned char)w[i]) || rank) {
        return false;
      }
      ++words;
      last = i;
    }
    i += len;
  }
  XCountryHit ch;
  return words >= 3u ||
         (words == 2u && xlex_country_at(w + last, n - last, &ch) &&
          ch.len == n - last);
}

/* An item of two capitalized words after "the" ("the Federal Reserve"):
   a body's name, as no person's name takes the article (a country, a
   participant or an international body is told apart before). */
static bool
articled_name(const char* w)
{
  const size_t n = strlen(w);
  if (!xlex_starts(w, n, "the ")) {
    return false;
  }
  size_t i = 4u, words = 0;
  while (i < n) {
    const size_t l = xlex_word_len(w + i, n - i);
    if (l < 2u || !xlex_is_upper((unsigned char)w[i]) ||
        xlex_is_upper((unsigned char)w[i + 1u])) {
      return false; /* a word in title case, no acronym */
    }
    ++words;
    i += l;
    if (i < n && w[i] != ' ') {
      return false;
    }
    ++i;
  }
  return words == 2u;
}

/* Does `w` end with the name of a head found so far ("... Information
   Policy Robert Strayer (head of the US delegation)")? */
static bool
ends_in_head(const XCtx* x, const char* w)
{
  const size_t n = strlen(w);
  for (size_t d = 0; d < x->n_cc; ++d) {
    for (size_t h = 0; h < x->del[d].n_heads; ++h) {
      const char* name = x->del[d].heads[h].name.name;
      const size_t len = name ? strlen(name) : 0u;
      if (len && len <= n && !strcmp(w + n - len, name) &&
          (len == n || w[n - len - 1u] == ' ')) {
        return true;
      }
    }
  }
  return false;
}

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
  /* "..., and Justice including the Federal Bureau of Investigation":
     the body included is an item of its own */
  static const char* const seps[] = { ", including from ",
                                      " including from ",
                                      ", including ",
                                      " including ",
                                      ", and ",
                                      ", as well as ",
                                      " as well as ",
                                      ", ",
                                      " and ",
                                      NULL };
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

/* Did "including" cut atom `k` from the one before ("Justice including
   the Federal Bureau of Investigation")? */
static bool
included(const char* s, const Atom* atoms, size_t k)
{
  return k > 0 && xlex_find(s + atoms[k - 1u].e,
                            atoms[k].b - atoms[k - 1u].e,
                            "including") != NONE;
}

/* Does the atom before atom `k` end in a plural of no name ("a number of
   government agencies and institutions, including the ...")?  Then what
   "including" names are agencies of their own, no units of one. */
static bool
generic_before(const char* s, const Atom* atoms, size_t k)
{
  static const char* const plurals[] = {
    "agencies",    "institutions",  "bodies",        "ministries",
    "authorities", "organizations", "organisations", "departments",
    "entities",    "services",      "offices",       NULL
  };
  if (k == 0) {
    return false;
  }
  const Atom* a = &atoms[k - 1u];
  size_t w = a->e;
  while (w > a->b && s[w - 1u] != ' ') {
    --w;
  }
  for (size_t i = 0; plurals[i]; ++i) {
    if (xlex_eq(s + w, a->e - w, plurals[i]) &&
        !xlex_is_upper((unsigned char)s[w])) {
      return true;
    }
  }
  return false;
}

/* The body included by the agency before it, atoms k .. (returned), the
   longest run the registry knows as one agency ("the National Institute
   of Standards" + "Technology"), filed under `side`; a body the registry
   does not know ("the Criminal Division") is a unit of that agency, left
   to it (the atom k alone is passed over). */
static size_t coordinated(XCtx* x,
                          const char* side,
                          const Atom* atoms,
                          size_t n,
                          size_t i);
static void file_item(XCtx* x,
                      const char* side,
                      const char* text,
                      XSpan at,
                      size_t sent,
                      const char** last);

/* The longest run of atoms k .. m (top >= m >= low) that the registry
   knows as one agency ("Ministry of Economy, Trade and Industry"), filed
   under `side`: m, NONE when none. */
static size_t
file_run(XCtx* x,
         const char* side,
         const Atom* atoms,
         size_t k,
         size_t top,
         size_t low,
         size_t sent,
         const char** last)
{
  for (size_t m = top; m + 1u > low; --m) {
    char* name = xctx_copy(x, atoms[k].b, atoms[m].e);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a =
      name ? xctx_agency(x, side, name, &cc, &written) : NULL;
    free(written);
    if (a) {
      const XSpan span = { atoms[k].b, atoms[m].e };
      file_item(x, side, name, span, sent, last);
      free(name);
      return m;
    }
    free(name);
  }
  return NONE;
}

static size_t
included_item(XCtx* x,
              const char* side,
              const Atom* atoms,
              size_t n,
              size_t k,
              size_t sent,
              const char** last)
{
  size_t top = k;
  while (top + 1u < n && top < k + 3u &&
         !included(x->doc.text, atoms, top + 1u)) {
    ++top;
  }
  const size_t m = file_run(x, side, atoms, k, top, k, sent, last);
  return m != NONE ? m : coordinated(x, side, atoms, n, k);
}

/* "the Departments of ...", "the Estonian Ministries of ...", "Japan's
   Ministries for ...": the singular head ("Department of ") with
   `*members` the offset where the first member starts and `*cc` the
   participant a country word before the head names (else NULL). */
static const char*
plural_head(XCtx* x,
            const Atom* a,
            size_t* members,
            const char** cc,
            bool* lower)
{
  static const struct
  {
    const char* plural;
    const char* singular;
  } heads[] = { { "Departments of ", "Department of " },
                { "Departments for ", "Department for " },
                { "Ministries of ", "Ministry of " },
                { "Ministries for ", "Ministry for " },
                { "Offices of ", "Office of " },
                { "Bureaus of ", "Bureau of " },
                { NULL, NULL } };
  const char* s = x->doc.text;
  size_t b = a->b;
  const size_t e = a->e;
  *cc = NULL;
  if (xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  XCountryHit ch;
  if (xlex_country_at(s + b, e - b, &ch) && b + ch.len < e &&
      s[b + ch.len] == ' ' && xctx_deleg(x, ch.cc)) {
    *cc = ch.cc; /* "the Estonian Ministries of Interior, ..." */
    b += ch.len + 1u;
  }
  for (size_t i = 0; heads[i].plural; ++i) {
    const size_t l = strlen(heads[i].plural);
    if (e - b > l && !strncasecmp(s + b, heads[i].plural, l)) {
      *members = b + l;
      *lower = !xlex_is_upper((unsigned char)s[b]);
      return heads[i].singular;
    }
  }
  *cc = NULL;
  return NULL;
}

/* Is `name` as written (case, punctuation and "the" aside) a name, other
   name or acronym of a participant's agency? */
static bool
registry_name(const XCtx* x, const char* name)
{
  for (size_t i = 0; name && i < x->n_cc; ++i) {
    if (dkg_registry_agency(x->reg, x->cc[i], name, strlen(name))) {
      return true;
    }
  }
  return false;
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
  /* "Justice" is a member even though the registry knows it as the
     "Department of Justice"; "FBI", "Cabinet Office" are names of their
     own */
  char* name = xctx_copy(x, a->b, a->e);
  const bool own = !name || xctx_agency_like(name) || registry_name(x, name);
  free(name);
  return !own;
}

/* Does the atom end in a name whose head noun takes a complement, an
   organization word followed by "of", "for" or "on" with no organization
   word after it ("Ministry for Europe", "the Department for Science",
   "Federal Ministry for Economic Affairs"), and no parenthesis? */
static bool
open_head(const char* s, const Atom* a)
{
  if (memchr(s + a->b, '(', a->e - a->b)) {
    return false;
  }
  static const char* const preps[] = { "of ", "for ", "on ", "against ", NULL };
  bool open = false;
  size_t i = a->b;
  while (i < a->e) {
    const size_t w = xlex_word_len(s + i, a->e - i);
    if (!w) {
      ++i;
      continue;
    }
    if (xlex_org_word(s + i, w)) {
      open = false;
      for (size_t k = 0; preps[k]; ++k) {
        const size_t l = strlen(preps[k]);
        open |= i + w + 1u + l < a->e && s[i + w] == ' ' &&
                !strncmp(s + i + w + 1u, preps[k], l);
      }
    }
    i += w;
  }
  return open;
}

/* An office named by its holder's rank: a qualifier of one or two
   capitalized words, "Coordinator" or "Commissioner", and "for" or "of"
   ("the National Coordinator for Security and Counterterrorism", "Federal
   Commissioner for Data Protection"); `w` may start with "the". */
static bool
office_name(const char* w, size_t n)
{
  static const char* const holders[] = { "Coordinator", "Commissioner", NULL };
  size_t i = xlex_starts(w, n, "the ") ? 4u : 0u;
  for (int words = 0; words < 3 && i < n; ++words) {
    const size_t l = xlex_word_len(w + i, n - i);
    if (!l || !xlex_is_upper((unsigned char)w[i])) {
      return false;
    }
    for (size_t k = 0; holders[k]; ++k) {
      if (words > 0 && xlex_eq(w + i, l, holders[k])) {
        return xlex_starts(w + i + l, n - i - l, " for ") ||
               xlex_starts(w + i + l, n - i - l, " of ");
      }
    }
    i += l;
    if (i >= n || w[i] != ' ') {
      return false;
    }
    ++i;
  }
  return false;
}

/* The end of the atom before a parenthesis ("Trade (DBT)" -> "Trade"). */
static size_t
before_paren(const char* s, const Atom* a)
{
  const char* p = (const char*)memchr(s + a->b, '(', a->e - a->b);
  size_t e = p ? (size_t)(p - s) : a->e;
  while (e > a->b && s[e - 1u] == ' ') {
    --e;
  }
  return e;
}

/* An international body ("the UN", "the OECD"), never an agency of one
   delegation. */
static bool
international(const char* name)
{
  static const char* const bodies[] = { "UN",   "U.N.",  "ITU", "WSIS", "OECD",
                                        "WTO",  "ICANN", "IGF", "UNGA", "GGE",
                                        "OEWG", "G7",    "G20", "NATO", "OSCE",
                                        "APEC", "ASEAN", NULL };
  const size_t skip = xlex_starts(name, strlen(name), "the ") ? 4u : 0u;
  const char* s = name + skip;
  /* "the UN (including the ITU and WSIS)" */
  const char* paren = strchr(s, '(');
  size_t n = paren ? (size_t)(paren - s) : strlen(s);
  while (n && s[n - 1u] == ' ') {
    --n;
  }
  for (size_t i = 0; bodies[i]; ++i) {
    if (strlen(bodies[i]) == n && !strncmp(s, bodies[i], n)) {
      return true;
    }
  }
  /* "the UN Security Council", "the NATO Cooperative Cyber Defence Centre
     of Excellence": a body of an international organization */
  static const char* const prefixes[] = { "UN ",   "U.N. ", "United Nations ",
                                          "NATO ", "OSCE ", "OECD ",
                                          "ITU ",  "G7 ",   "G20 ",
                                          "WTO ",  NULL };
  for (size_t i = 0; prefixes[i]; ++i) {
    if (!strncmp(s, prefixes[i], strlen(prefixes[i]))) {
      return true;
    }
  }
  size_t len = 0;
  const char* canon = NULL;
  return xlex_venue_at(s, n, &len, &canon) && len == n;
}

/* A word or a few of a coordinated complement ("Foreign Affairs" of
   "Ministry for Europe and Foreign Affairs", "Trade (DBT)"): capitalized,
   no "the", no organization word, no acronym, no country, no registry
   name of its own. */
static bool
complement(XCtx* x, const Atom* a)
{
  const char* s = x->doc.text;
  if (!xlex_is_upper((unsigned char)s[a->b]) ||
      xlex_starts(s + a->b, a->e - a->b, "the")) {
    return false;
  }
  const size_t e = before_paren(s, a);
  char* name = xctx_copy(x, a->b, e);
  if (!name) {
    return false;
  }
  /* title case: every word capitalized or a joining word */
  static const char* const joins[] = { "of",  "and", "for", "on",
                                       "the", "&",   NULL };
  size_t words = 0;
  bool title = true;
  for (const char* c = name; *c;) {
    const size_t l = strcspn(c, " ");
    bool join = false;
    for (size_t i = 0; joins[i]; ++i) {
      join |= strlen(joins[i]) == l && !strncmp(c, joins[i], l);
    }
    title &= join || xlex_is_upper((unsigned char)*c);
    ++words;
    c += l;
    while (*c == ' ') {
      ++c;
    }
  }
  XCountryHit ch;
  const bool ok = title && words <= 4u && !strpbrk(name, "0123456789") &&
                  !strstr(name, "'s") && !xctx_agency_like(name) &&
                  !registry_name(x, name) && !international(name) &&
                  !xlex_country_at(name, strlen(name), &ch);
  free(name);
  return ok;
}

/* Does the registry resolve s[b, e) as one agency (of `side`)? */
static bool
resolves(XCtx* x, const char* side, size_t b, size_t e)
{
  char* name = xctx_copy(x, b, e);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = name ? xctx_agency(x, side, name, &cc, &written) : NULL;
  free(written);
  free(name);
  return a != NULL;
}

/* Where the first " of " of the atom starts (its head before it:
   "Cybercrime of the Police"), NONE when none or at its start. */
static size_t
of_at(const char* s, const Atom* a)
{
  const size_t f = xlex_find(s + a->b, a->e - a->b, " of ");
  return f == NONE || f == 0 ? NONE : a->b + f;
}

/* The atoms of one name the registry does not know, cut at "and" or a
   comma: a head noun with a coordinated complement ("Ministry for Europe
   and Foreign Affairs", "Department for Science, Innovation and
   Technology (DSIT)", "Ministry of Land, Infrastructure and Transport"),
   or words before "and" that end in the organization word of the next
   atom ("National Telecommunications and Information Administration").
   Returns the last atom of the name, `i` when there is none. */
static size_t
coordinated(XCtx* x, const char* side, const Atom* atoms, size_t n, size_t i)
{
  const char* s = x->doc.text;
  if (is_filler(s, atoms[i].b, atoms[i].e)) {
    return i; /* "senior officials from the ...", "including the ..." */
  }
  if ((open_head(s, &atoms[i]) ||
       office_name(s + atoms[i].b, atoms[i].e - atoms[i].b)) &&
      !resolves(x, side, atoms[i].b, atoms[i].e)) {
    size_t m = i + 1u;
    while (m < n && m - i <= 4u && complement(x, &atoms[m])) {
      ++m;
      if (memchr(s + atoms[m - 1u].b, '(', atoms[m - 1u].e - atoms[m - 1u].b)) {
        break; /* "(DSIT)" closes the name */
      }
    }
    /* "National Centre against Terrorism, Extremism and Cybercrime of the
       Police of the Czech Republic": the last complement goes on with its
       own "of" phrase, which closes the name */
    if (m > i + 1u && m < n && m - i <= 4u) {
      const size_t of = of_at(s, &atoms[m]);
      const Atom lead = { atoms[m].b, of };
      if (of != NONE && complement(x, &lead)) {
        return m;
      }
    }
    return m - 1u;
  }
  if (i + 1u >= n || atoms[i + 1u].b - atoms[i].e != 5u ||
      strncmp(s + atoms[i].e, " and ", 5u)) {
    return i;
  }
  /* "the National Telecommunications" + "Information Administration" */
  const Atom* next = &atoms[i + 1u];
  /* "the Cyber" + "Information Warfare Command of the Army of ...": the
     organization word before the next atom's "of" phrase */
  const size_t nof = of_at(s, next);
  const size_t ne = nof != NONE ? nof : before_paren(s, next);
  size_t w = ne;
  while (w > next->b && s[w - 1u] != ' ') {
    --w;
  }
  if (memchr(s + atoms[i].b, '(', atoms[i].e - atoms[i].b) ||
      is_filler(s, atoms[i].b, atoms[i].e) || w == next->b ||
      !xlex_is_upper((unsigned char)s[next->b]) ||
      !xlex_org_word(s + w, ne - w) || resolves(x, side, next->b, ne)) {
    return i;
  }
  size_t b = atoms[i].b;
  if (xlex_starts(s + b, atoms[i].e - b, "the ")) {
    b += 4u;
  }
  const Atom lead = { b, atoms[i].e };
  return complement(x, &lead) ? i + 1u : i;
}

/* A name led by a country's name, not its adjective, and a body named by
   organization words alone ("the Japan Coast Guard", "Singapore Police
   Force"): the country is part of the name, which is `text` without
   "the"; NULL when the country only qualifies a name of its own ("the US
   Department of State", "the UK Embassy in Kyiv": no "of", "for", "in",
   "to" after the country, no diplomatic post). */
static char*
country_led_name(const char* text)
{
  static const char* const posts[] = { "Embassy",    "Embassies",  "Consulate",
                                       "Mission",    "High",       "Ministry",
                                       "Ministries", "Department", NULL };
  static const char* const links[] = { " of ", " for ", " in ", " to ", NULL };
  const char* t = text;
  if (xlex_starts(t, strlen(t), "the ")) {
    t += 4;
  }
  XCountryHit h;
  const size_t n = strlen(t);
  if (!xlex_country_at(t, n, &h) || h.adjective || h.possessive || h.len >= n ||
      t[h.len] != ' ') {
    return NULL;
  }
  const char* rest = t + h.len + 1u;
  const size_t l = xlex_word_len(rest, strlen(rest));
  if (!l || !xlex_org_word(rest, l)) {
    return NULL;
  }
  for (size_t i = 0; posts[i]; ++i) {
    if (xlex_eq(rest, l, posts[i])) {
      return NULL;
    }
  }
  for (size_t i = 0; links[i]; ++i) {
    if (strstr(rest, links[i])) {
      return NULL;
    }
  }
  for (const char* c = rest; *c; ++c) {
    if (!(xlex_is_word_char((unsigned char)*c) || *c == ' ' || *c == '-') ||
        (c[0] == ' ' && !xlex_is_upper((unsigned char)c[1]))) {
      return NULL; /* capitalized words only */
    }
  }
  return strdup(t);
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
  if (!a && written) {
    char* whole = country_led_name(text);
    if (whole) {
      free(written);
      written = whole;
    }
  }
  if (a && !side && cc && *last && strcmp(cc, *last)) {
    /* Both registries know the name ("National Cyber Security Centre" of
       the UK and of Korea, in one spelling or the other): the delegation
       named before decides. */
    const char* cc2 = NULL;
    char* w2 = NULL;
    const DkgAgency* a2 = xctx_agency(x, *last, text, &cc2, &w2);
    if (a2) {
      a = a2;
      cc = cc2;
      free(written);
      written = w2;
    } else {
      free(w2);
    }
  }
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
  if (!where && !a && written && xlex_is_upper((unsigned char)written[0])) {
    /* "Public Safety Canada", "the Royal Canadian Mounted Police": the one
       participant whose country word the name holds, when the name has an
       organization word or ends in the country (not a meeting, not the
       country itself) */
    const bool org = xctx_agency_like(written);
    for (size_t i = b; i < e; ++i) {
      XCountryHit h;
      if (xside_participant_at(x, b, i, e, &h) && !h.possessive) {
        /* the word must be in the name as written ("Japan welcomed the
           ...": a clause, its country dropped, names no side) */
        char* word = xctx_copy(x, i, i + h.len);
        const bool inside = word && strstr(written, word);
        free(word);
        if (!inside) {
          where = NULL;
          break;
        }
        const bool ends = i > b && i + h.len == e;
        if ((where && strcmp(where, h.cc)) || (!org && !ends)) {
          where = NULL;
          break;
        }
        where = h.cc;
        i += h.len - 1u;
      }
    }
  }
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

/* An item ending in the side it belongs to ("the JPCERT Coordination
   Center (JPCERT/CC) from the Japanese side", "A on the EU side"): the
   side, with `*cut` the end of the name before "from"/"on"/"for"; NULL
   when the item does not end so. */
static const char*
trailing_side(XCtx* x, const Atom* a, size_t* cut)
{
  static const char* const nouns[] = {
    "side", "delegation", "delegations", "team", NULL
  };
  static const char* const preps[] = {
    " from the ", " on the ", " for the ", " of the ", NULL
  };
  const char* s = x->doc.text;
  size_t w = a->e;
  while (w > a->b && s[w - 1u] != ' ') {
    --w;
  }
  bool noun = false;
  for (size_t i = 0; nouns[i]; ++i) {
    noun |= xlex_eq(s + w, a->e - w, nouns[i]);
  }
  if (!noun || w == a->b) {
    return NULL;
  }
  for (size_t i = 0; preps[i]; ++i) {
    const size_t l = strlen(preps[i]);
    /* the preposition, then the participant and at most two more words */
    for (size_t p = a->b + 1u; p + l < w; ++p) {
      if (strncmp(s + p, preps[i], l)) {
        continue;
      }
      size_t at = 0;
      const char* cc = xside_marker(x, p + l, a->e, &at);
      if (cc && at == p + l) {
        *cut = p;
        return cc;
      }
    }
  }
  return NULL;
}

static unsigned char
upper_ascii(unsigned char c)
{
  return c >= 'a' && c <= 'z' ? (unsigned char)(c - 'a' + 'A') : c;
}

/* Do the words of w[0, n) spell `acr` by their initials (a function word
   may give none, an elided article gives the letter after it: "Pole
   d'excellence cyber (PEC)")? */
static bool
initials_spell(const char* w, size_t n, const char* acr)
{
  static const char* const function_words[] = { "of", "and", "for", "the",
                                                "on", "de",  "du",  "des",
                                                "la", "le",  "et",  NULL };
  size_t i = 0;
  while (i < n && (w[i] == ' ' || w[i] == '-')) {
    ++i;
  }
  if (i >= n) {
    return !*acr;
  }
  size_t len = i;
  while (len < n && w[len] != ' ' && w[len] != '-') {
    ++len;
  }
  len -= i;
  const unsigned char up = (unsigned char)*acr;
  bool function = false;
  for (size_t k = 0; function_words[k] && !function; ++k) {
    function = xlex_eq(w + i, len, function_words[k]);
  }
  if (function && initials_spell(w + i + len, n - i - len, acr)) {
    return true;
  }
  if (!up) {
    return false;
  }
  const char* apo = (const char*)memchr(w + i, '\'', len);
  const size_t from = apo && apo - (w + i) <= 2 && apo + 1 < w + i + len
                        ? (size_t)(apo + 1 - w)
                        : i;
  if (upper_ascii((unsigned char)w[from]) != up &&
      upper_ascii((unsigned char)w[i]) != up) {
    return false;
  }
  return initials_spell(w + i + len, n - i - len, acr + 1);
}

/* An item followed by its acronym in parentheses, the initials of its
   words ("the Pole d'excellence cyber (PEC)"): a name. */
static bool
spelled_acronym(const char* s, const Atom* a)
{
  const char* open = (const char*)memchr(s + a->b, '(', a->e - a->b);
  if (!open || s[a->e - 1u] != ')') {
    return false;
  }
  const size_t ab = (size_t)(open - s) + 1u, ae = a->e - 1u;
  char acr[16];
  if (ae - ab < 2u || ae - ab >= sizeof(acr)) {
    return false;
  }
  for (size_t i = ab; i < ae; ++i) {
    if (!xlex_is_upper((unsigned char)s[i])) {
      return false;
    }
    acr[i - ab] = s[i];
  }
  acr[ae - ab] = '\0';
  size_t b = a->b;
  if (xlex_starts(s + b, a->e - b, "the ")) {
    b += 4u;
  }
  const size_t e = before_paren(s, &(Atom){ b, a->e });
  return e > b && xlex_is_upper((unsigned char)s[b]) &&
         initials_spell(s + b, e - b, acr);
}

/* A diplomatic post ("the UK Mission to the European Union", "the
   Permanent Representation of ...", "the High Commission in London"). */
static bool
mission(const char* w)
{
  static const char* const nouns[] = { "Mission",         "Missions",
                                       "Representation",  "Legation",
                                       "High Commission", NULL };
  for (size_t i = 0; nouns[i]; ++i) {
    const char* at = strstr(w, nouns[i]);
    const size_t l = strlen(nouns[i]);
    if (at && (at == w || at[-1] == ' ') && (!at[l] || at[l] == ' ')) {
      return true;
    }
  }
  return false;
}

/* Countries, not an agency: "EU Member States", "the member countries". */
static bool
countries(const char* w)
{
  static const char* const nouns[] = { "States",  "Countries",   "Nations",
                                       "Members", "Governments", NULL };
  const char* last = strrchr(w, ' ');
  last = last ? last + 1 : w;
  for (size_t i = 0; nouns[i]; ++i) {
    if (xlex_eq(last, strlen(last), nouns[i])) {
      return true;
    }
  }
  return false;
}

/* "external affairs, home and electronics and information technology
   ministries", "the Foreign and Defence Ministries": members before a
   plural head noun, the last atom `j` ending in it, at most five atoms
   from `i` with no organization word nor "the" inside; the singular head
   ("Ministry of ") with `*tail` the end of the last member.  NULL when
   the atoms do not have that shape. */
static const char*
postposed_plural(XCtx* x,
                 const Atom* atoms,
                 size_t n,
                 size_t i,
                 size_t* j,
                 size_t* tail)
{
  static const struct
  {
    const char* plural;
    const char* singular;
  } heads[] = { { " ministries", "Ministry of " },
                { " departments", "Department of " },
                { NULL, NULL } };
  const char* s = x->doc.text;
  for (size_t k = i; k < n && k < i + 5u; ++k) {
    const Atom* a = &atoms[k];
    if (memchr(s + a->b, '(', a->e - a->b)) {
      return NULL;
    }
    for (size_t h = 0; heads[h].plural; ++h) {
      const size_t l = strlen(heads[h].plural);
      if (k > i && a->e - a->b > l &&
          xlex_starts(s + a->e - l, l, heads[h].plural)) {
        *j = k;
        *tail = a->e - l;
        return heads[h].singular;
      }
    }
    /* a bare member: no organization word, no "the" after the first */
    size_t w = a->b;
    if (k == i && xlex_starts(s + w, a->e - w, "the ")) {
      w += 4u;
    }
    if (xlex_starts(s + w, a->e - w, "the") ||
        xlex_starts(s + w, a->e - w, "other")) {
      return NULL;
    }
    while (w < a->e) {
      const size_t l = xlex_word_len(s + w, a->e - w);
      if (l && xlex_org_word(s + w, l)) {
        return NULL;
      }
      w += l ? l : 1u;
    }
  }
  return NULL;
}

/* The registry agency "singular + s[b, e)" of `side`, else "singular +
   s[b, e) + Affairs" ("home ministry": "Ministry of Home Affairs"): the
   registry's name, malloc'd, NULL when the registry knows neither. */
static char*
member_agency(XCtx* x,
              const char* side,
              const char* singular,
              size_t b,
              size_t e)
{
  static const char* const tails[] = { "", " Affairs", NULL };
  for (size_t t = 0; tails[t]; ++t) {
    const size_t l = strlen(singular) + (e - b) + strlen(tails[t]) + 1u;
    char* full = (char*)malloc(l);
    if (!full) {
      x->nomem = true;
      return NULL;
    }
    snprintf(
      full, l, "%s%.*s%s", singular, (int)(e - b), x->doc.text + b, tails[t]);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a = xctx_agency(x, side, full, &cc, &written);
    free(written);
    free(full);
    if (a) {
      char* name = dkg_strndup(a->name, strlen(a->name));
      x->nomem |= !name;
      return name;
    }
  }
  return NULL;
}

/* "European Commission Directorates General CONNECT and HOME", "the
   Directorates-General HOME and JUST": the singular head with its parent
   before it ("European Commission Directorate General ") in `head`, and
   `*members` the offset where the first member starts; false when the
   atom does not start so. */
static bool
directorates(XCtx* x, const Atom* a, size_t* members, char* head, size_t cap)
{
  static const struct
  {
    const char* plural;
    const char* singular;
  } heads[] = { { "Directorates-General ", "Directorate-General " },
                { "Directorates General ", "Directorate General " },
                { NULL, NULL } };
  const char* s = x->doc.text;
  size_t b = a->b;
  if (xlex_starts(s + b, a->e - b, "the ")) {
    b += 4u;
  }
  for (size_t p = b; p < a->e; ++p) {
    if (p > b && s[p - 1u] != ' ') {
      continue;
    }
    for (size_t i = 0; heads[i].plural; ++i) {
      const size_t l = strlen(heads[i].plural);
      if (p + l >= a->e || strncmp(s + p, heads[i].plural, l)) {
        continue;
      }
      /* the parent: capitalized words only */
      for (size_t k = b; k < p; ++k) {
        if ((k == b || s[k - 1u] == ' ') &&
            !xlex_is_upper((unsigned char)s[k])) {
          return false;
        }
      }
      const int n =
        snprintf(head, cap, "%.*s%s", (int)(p - b), s + b, heads[i].singular);
      if (n < 0 || (size_t)n >= cap) {
        return false;
      }
      *members = p + l;
      return true;
    }
  }
  return false;
}

/* A member of "Directorates General CONNECT and HOME": a code of capitals
   or a bare title-case name. */
static bool
directorate_member(XCtx* x, const Atom* a)
{
  const char* s = x->doc.text;
  bool code = a->e - a->b >= 2u;
  for (size_t i = a->b; code && i < a->e; ++i) {
    code = s[i] >= 'A' && s[i] <= 'Z';
  }
  return code || bare_member(x, a, false);
}

/* An item that starts with the people of an agency ("Representatives
   from ...", "Canadian officials from ...", "senior experts of ..."): the
   offset after "from"/"of", 0 when the item does not start so; the
   participant a country word among the people names in `*who`. */
static size_t
people_lead(XCtx* x, const Atom* a, const char** who)
{
  static const char* const people[] = {
    "representatives", "officials", "experts", "delegates",
    "participants",    "staff",     NULL
  };
  static const char* const fillers[] = { "and",    "the",   "also",
                                         "senior", "other", "government",
                                         NULL };
  const char* s = x->doc.text;
  *who = NULL;
  size_t i = a->b;
  bool seen = false, after_the = false;
  for (int words = 0; words < 5 && i < a->e; ++words) {
    while (i < a->e && s[i] == ' ') {
      ++i;
    }
    XCountryHit h;
    if (!seen && xside_participant_at(x, a->b, i, a->e, &h) &&
        (h.adjective || h.possessive)) {
      *who = h.cc;
      i += h.len;
      continue;
    }
    const size_t w = xlex_word_len(s + i, a->e - i);
    if (!w) {
      return 0;
    }
    bool person = false, filler = false;
    for (size_t k = 0; people[k]; ++k) {
      person |= xlex_eq(s + i, w, people[k]);
    }
    for (size_t k = 0; fillers[k]; ++k) {
      filler |= xlex_eq(s + i, w, fillers[k]);
    }
    /* "was comprised of representatives of ...": the verb's "of" */
    filler |= words == 0 && xlex_eq(s + i, w, "of");
    if (seen && (xlex_eq(s + i, w, "from") || xlex_eq(s + i, w, "of"))) {
      const size_t b = i + w + 1u;
      if (b < a->e && s[i + w] == ' ' &&
          (xlex_is_upper((unsigned char)s[b]) ||
           xlex_starts(s + b, a->e - b, "the"))) {
        return b;
      }
      return 0;
    }
    if (!person && !filler) {
      return 0;
    }
    /* "..., and the Staff of the Security Council": a people noun
       capitalized after "the" is the name of a body */
    if (person && after_the && xlex_is_upper((unsigned char)s[i])) {
      return 0;
    }
    after_the = xlex_eq(s + i, w, "the");
    seen |= person;
    i += w;
  }
  return 0;
}

/* Where a Directorate-General starts in the atom ("DG Migration ...",
   "European Commission DG for ...", "Directorate-General for ..."), at
   a word after capitalized words only (its parent); NONE when none. */
static size_t
dg_start(const char* s, const Atom* a)
{
  static const char* const heads[] = {
    "DG ", "Directorate-General ", "Directorate General ", NULL
  };
  size_t b = a->b;
  if (xlex_starts(s + b, a->e - b, "the ")) {
    b += 4u;
  }
  for (size_t p = b; p < a->e; ++p) {
    if (p > b && s[p - 1u] != ' ') {
      continue;
    }
    for (size_t i = 0; heads[i]; ++i) {
      const size_t l = strlen(heads[i]);
      if (p + l < a->e && !strncmp(s + p, heads[i], l)) {
        return p;
      }
    }
    if (!xlex_is_upper((unsigned char)s[p])) {
      return NONE;
    }
  }
  return NONE;
}

/* An item that starts the parent's Directorate-General ("European
   Commission DG for Communications Networks, Content and Technology and
   DG Migration and Home Affairs"): the DG runs on over the bare members
   after it up to the next DG; the parent, when the registry knows it,
   names the side (kept in `*dg_side` for the DGs after it).  Returns the
   last atom used, NONE when the atom starts no DG. */
static size_t
dg_item(XCtx* x,
        const char* side,
        const Atom* atoms,
        size_t n,
        size_t i,
        const char** dg_side,
        size_t sent,
        const char** last)
{
  const char* s = x->doc.text;
  const size_t p = dg_start(s, &atoms[i]);
  if (p == NONE) {
    return NONE;
  }
  size_t b = atoms[i].b;
  if (xlex_starts(s + b, atoms[i].e - b, "the ")) {
    b += 4u;
  }
  if (p > b) {
    char* parent = xctx_copy(x, b, p - 1u);
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a =
      parent ? xctx_agency(x, NULL, parent, &cc, &written) : NULL;
    free(written);
    free(parent);
    if (!a || !cc) {
      return NONE;
    }
    *dg_side = cc;
  } else if (!*dg_side) {
    return NONE;
  }
  size_t j = i + 1u;
  while (j < n && dg_start(s, &atoms[j]) == NONE &&
         bare_member(x, &atoms[j], false)) {
    ++j;
  }
  char* name = xctx_copy(x, p, atoms[j - 1u].e);
  if (name) {
    const XSpan span = { atoms[i].b, atoms[j - 1u].e }; /* the parent too */
    file_item(x, *dg_side ? *dg_side : side, name, span, sent, last);
  }
  free(name);
  return j - 1u;
}

/* The ranks that start a person's title. */
static const char* const ranks[] = { "Ambassador",
                                     "Minister",
                                     "Secretary",
                                     "Director",
                                     "Director-General",
                                     "Deputy",
                                     "Coordinator",
                                     "Envoy",
                                     "Chair",
                                     "Commissioner",
                                     "President",
                                     "Counsellor",
                                     "Counselor",
                                     "Adviser",
                                     "Advisor",
                                     "Officer",
                                     "Head",
                                     "Undersecretary",
                                     "Under-Secretary",
                                     "Chief",
                                     NULL };

/* An item that is a person with the agency of his title before it
   ("State Department Coordinator for Cyber Issues Chris Painter",
   "Ministry of Defence Director of Cyber Policy Jan Novak"): a title word
   after the first word, and the item ending in two capitalized words or
   more that are no organization word, no function word; the end of the
   words before the title, NONE when the item is no such person. */
static size_t
person_item(const char* s, const Atom* a)
{
  if (memchr(s + a->b, '(', a->e - a->b)) {
    return NONE;
  }
  size_t title = NONE, tail = 0;
  bool first = true;
  for (size_t i = a->b; i < a->e;) {
    while (i < a->e && s[i] == ' ') {
      ++i;
    }
    const size_t w = xlex_word_len(s + i, a->e - i);
    if (!w) {
      ++i;
      continue;
    }
    bool rank = false;
    for (size_t k = 0; ranks[k] && !rank; ++k) {
      rank = xlex_eq(s + i, w, ranks[k]);
    }
    if (!first && title == NONE && rank) {
      title = i;
      tail = 0;
    } else if (xlex_is_upper((unsigned char)s[i]) && !xlex_org_word(s + i, w) &&
               !xlex_title_word(s + i, w)) {
      ++tail;
    } else {
      tail = 0;
    }
    first = false;
    i += w;
  }
  if (title == NONE || tail < 2u) {
    return NONE;
  }
  while (title > a->b && s[title - 1u] == ' ') {
    --title;
  }
  return title;
}

/* An item that is a person's title ("Secretary for Research",
   "Director of Cyber Policy of the Ministry of ..."): a title word, then
   "for", "of", "in", "to", "at" or "on" (a name starting "Executive
   Office" is none). */
static bool
title_item(const char* s, const Atom* a)
{
  static const char* const preps[] = {
    "for", "of", "in", "to", "at", "on", NULL
  };
  size_t i = a->b;
  const size_t w = xlex_word_len(s + i, a->e - i);
  bool rank = false;
  for (size_t k = 0; w && ranks[k] && !rank; ++k) {
    rank = xlex_eq(s + i, w, ranks[k]);
  }
  if (!rank || i + w + 1u >= a->e || s[i + w] != ' ') {
    return false;
  }
  i += w + 1u;
  const size_t p = xlex_word_len(s + i, a->e - i);
  for (size_t k = 0; preps[k]; ++k) {
    if (p && !strncmp(s + i, preps[k], p) && strlen(preps[k]) == p) {
      return true;
    }
  }
  return false;
}

/* Where the names of a list in [b, e) end: before the first lower-case
   word outside parentheses that joins no names and has another lower-case
   word after it ("experts from the Digital Forensic Research Lab of the
   Atlantic Council concluded that ...": the clause's verb). */
size_t
xlist_names_end(XCtx* x, size_t b, size_t e, bool clause)
{
  static const char* const joins[] = { "of", "and",     "the",  "for", "on",
                                       "in", "de",      "at",   "as",  "well",
                                       "to", "against", "from", "&",   NULL };
  const char* s = x->doc.text;
  int depth = 0;
  for (size_t p = b; p < e; ++p) {
    depth += s[p] == '(' ? 1 : s[p] == ')' ? -1 : 0;
    if (depth > 0 || (p > b && s[p - 1u] != ' ') ||
        !xlex_is_word_char((unsigned char)s[p]) ||
        xlex_is_upper((unsigned char)s[p]) || (s[p] >= '0' && s[p] <= '9')) {
      continue;
    }
    const size_t l = xlex_word_len(s + p, e - p);
    bool join = false;
    for (size_t i = 0; joins[i] && !join; ++i) {
      join = xlex_eq(s + p, l, joins[i]);
    }
    /* the next word lower-case too: no name goes on so ("Centre against
       Terrorism", "Ministry of Foreign Affairs officials") */
    size_t q = p + l;
    while (q < e && s[q] == ' ') {
      ++q;
    }
    if (!join && q > p + l && q < e && xlex_is_word_char((unsigned char)s[q]) &&
        !xlex_is_upper((unsigned char)s[q]) && !(s[q] >= '0' && s[q] <= '9') &&
        (!clause || xlex_starts(s + q, e - q, "that "))) {
      /* without the "and" before it ("... Czech Republic and intelligence
         services") */
      size_t c = p;
      while (c > b && s[c - 1u] == ' ') {
        --c;
      }
      if (c >= b + 4u && xlex_starts(s + c - 4u, 4u, " and")) {
        c -= 4u;
      }
      return c;
    }
  }
  return e;
}

/* Is the name (an article aside) a country alone ("U.S.", "the
   Philippines")? */
static bool
country_only(const char* name)
{
  if (!name) {
    return false;
  }
  const size_t skip = xlex_starts(name, strlen(name), "the ") ? 4u : 0u;
  XCountryHit ch;
  return xlex_country_at(name + skip, strlen(name + skip), &ch) &&
         strlen(name + skip) == ch.len;
}

/* Is the item (an article aside) a participant alone, a country or an
   organization ("representatives from the EU, LAC countries, ...")? */
static bool
party_only(XCtx* x, const Atom* a)
{
  const char* s = x->doc.text;
  const size_t b =
    xlex_starts(s + a->b, a->e - a->b, "the ") ? a->b + 4u : a->b;
  XCountryHit h;
  return b < a->e && xside_participant_at(x, b, b, a->e, &h) &&
         h.len == a->e - b;
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
  e = xlist_names_end(x, b, e, true);
  Atom* atoms = split_atoms(s, b, e, &n);
  for (size_t k = 0; atoms && k < n; ++k) {
    /* "theDepartment of Industry": an article glued to the name (a copy
       that lost its space) is the article */
    if (atoms[k].e - atoms[k].b > 4u && !strncmp(s + atoms[k].b, "the", 3u) &&
        xlex_is_upper((unsigned char)s[atoms[k].b + 3u]) &&
        !xlex_is_upper((unsigned char)s[atoms[k].b + 4u])) {
      atoms[k].b += 3u;
    }
  }
  if (!side && sent < x->doc.n_sents) {
    /* "Participants from Malaysia included A and B" */
    size_t where = 0;
    side = xside_people_from(x, x->doc.sents[sent].clip_b, b, &where);
  }
  /* "A, B and C from the Japanese side, and from D and E": the side an
     item ends with is the side of the items since the last such one; the
     items after the last group are the other participant's (of two) */
  const char** group =
    atoms ? (const char**)calloc(n + 1u, sizeof(char*)) : NULL;
  if (atoms && !group) {
    x->nomem = true;
  }
  bool grouped = false;
  for (size_t k = n, g = 0; group && k-- > 0;) {
    size_t cut = 0;
    const char* ts = trailing_side(x, &atoms[k], &cut);
    if (ts) {
      atoms[k].e = cut;
      g = k + 1u;
      group[k] = ts;
      grouped = true;
    } else if (g) {
      group[k] = group[g - 1u];
    }
  }
  if (grouped) {
    const char* prev = NULL;
    for (size_t k = 0; k < n; ++k) {
      if (group[k]) {
        prev = group[k];
      } else if (prev && x->n_cc == 2u) {
        group[k] = strcmp(prev, x->cc[0]) ? x->cc[0] : x->cc[1];
      }
    }
  }
  size_t i = 0;
  const char* dg_side = NULL; /* the parent's side of the DGs before */
  while (i < n) {
    if (group && group[i]) {
      side = group[i];
    }
    /* "..., and on the Australian side, A, B": the side changes */
    size_t at = 0;
    const char* marker = xside_marker(x, atoms[i].b, atoms[i].e, &at);
    if (marker && xlex_starts(s + atoms[i].b, atoms[i].e - atoms[i].b, "on")) {
      side = marker;
      *last = marker;
      ++i;
      continue;
    }
    /* "representatives of A and B, and of C": a new start */
    if (xlex_starts(s + atoms[i].b, atoms[i].e - atoms[i].b, "of ") &&
        atoms[i].e - atoms[i].b > 3u &&
        (xlex_is_upper((unsigned char)s[atoms[i].b + 3u]) ||
         xlex_starts(
           s + atoms[i].b + 3u, atoms[i].e - atoms[i].b - 3u, "the"))) {
      atoms[i].b += 3u;
    }
    /* "Representatives from A", "Canadian officials from B": the item
       starts after the people, their country word naming the side of the
       items from there */
    {
      const char* who = NULL;
      const size_t p = people_lead(x, &atoms[i], &who);
      if (p) {
        atoms[i].b = p;
        if (who) {
          side = who;
          *last = who;
        }
      }
    }
    /* "..., and from the UK's FCDO, ...": the item after "from" (its
       country word then names the side of the items after it) */
    if (!xlex_is_upper((unsigned char)s[atoms[i].b]) &&
        !xlex_starts(s + atoms[i].b, atoms[i].e - atoms[i].b, "the")) {
      size_t from = NONE, k = atoms[i].b;
      while (k < atoms[i].e) {
        const size_t f = xlex_find(s + k, atoms[i].e - k, "from");
        if (f == NONE) {
          break;
        }
        from = k + f;
        k = from + 4u;
      }
      if (from != NONE && from + 5u < atoms[i].e &&
          (xlex_is_upper((unsigned char)s[from + 5u]) ||
           xlex_starts(s + from + 5u, atoms[i].e - from - 5u, "the"))) {
        atoms[i].b = from + 5u;
      }
    }
    size_t pj = 0, ptail = 0;
    const char* post = postposed_plural(x, atoms, n, i, &pj, &ptail);
    if (post) {
      /* members i .. pj, merged when the merge resolves; only registry
         agencies ("the two ministries" names none) */
      size_t k = i;
      while (k <= pj) {
        size_t used = k;
        char* best = NULL;
        for (size_t m = pj; m + 1u > k; --m) {
          size_t from = atoms[k].b;
          if (xlex_starts(s + from, atoms[k].e - from, "the ")) {
            from += 4u;
          }
          best =
            member_agency(x, side, post, from, m == pj ? ptail : atoms[m].e);
          if (best) {
            used = m;
            break;
          }
        }
        if (best) {
          const XSpan span = { atoms[k].b, atoms[used].e };
          file_item(x, side, best, span, sent, last);
          free(best);
        }
        k = used + 1u;
      }
      i = pj + 1u;
      continue;
    }
    const size_t dgl = dg_item(x, side, atoms, n, i, &dg_side, sent, last);
    if (dgl != NONE) {
      i = dgl + 1u;
      continue;
    }
    char dg[192];
    size_t dm = 0;
    if (directorates(x, &atoms[i], &dm, dg, sizeof(dg))) {
      const Atom first = { dm, atoms[i].e };
      size_t j = i;
      while (j < n && directorate_member(x, j == i ? &first : &atoms[j])) {
        const size_t mb2 = j == i ? dm : atoms[j].b;
        const size_t l = strlen(dg) + (atoms[j].e - mb2) + 1u;
        char* full = (char*)malloc(l);
        if (!full) {
          x->nomem = true;
          break;
        }
        snprintf(full, l, "%s%.*s", dg, (int)(atoms[j].e - mb2), s + mb2);
        file_item(x, side, full, atoms[j], sent, last);
        free(full);
        ++j;
      }
      if (j > i) {
        i = j;
        continue;
      }
    }
    size_t mb = 0;
    const char* cue = NULL;
    bool lower = false;
    const char* singular = plural_head(x, &atoms[i], &mb, &cue, &lower);
    if (singular) {
      /* "the Departments of State, Homeland Security, and Justice"; "the
         Estonian Ministries of ...": the country word names the side */
      const char* own = cue ? cue : side;
      size_t j = i + 1u;
      /* "ministries of home affairs, defence, and ...": lower case; a
         body one of them includes ("Homeland Security, including from
         the Cybersecurity and Infrastructure Agency, the Treasury") is an
         item of its own among them */
      while (j < n) {
        if (included(s, atoms, j)) {
          /* the body included, then a member again, or the list ends */
          size_t q = j;
          while (q + 1u < n && !included(s, atoms, q + 1u) &&
                 !bare_member(x, &atoms[q + 1u], lower)) {
            ++q;
          }
          if (q + 1u < n && bare_member(x, &atoms[q + 1u], lower)) {
            j = q + 1u;
            continue;
          }
          break;
        }
        if (!bare_member(x, &atoms[j], lower)) {
          break;
        }
        ++j;
      }
      /* members: atoms i (tail) .. j-1, merged when the merge resolves */
      size_t k = i;
      while (k < j) {
        if (k > i && included(s, atoms, k)) {
          k = included_item(x, own, atoms, j, k, sent, last) + 1u;
          continue;
        }
        size_t top = k;
        while (top + 1u < j && !included(s, atoms, top + 1u)) {
          ++top;
        }
        size_t used = k;
        char* best = NULL;
        for (size_t m = top; m + 1u > k; --m) {
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
            full ? xctx_agency(x, own, full, &cc, &written) : NULL;
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
          file_item(x, own, best, span, sent, last);
          free(best);
        }
        k = used + 1u;
      }
      i = j;
      continue;
    }
    if (included(s, atoms, i) && !generic_before(s, atoms, i)) {
      i = included_item(x, side, atoms, n, i, sent, last) + 1u;
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
    if (top > i) {
      const size_t m = file_run(x, side, atoms, i, top, i + 1u, sent, last);
      if (m != NONE) {
        used = m;
        done = true;
      }
    }
    if (!done) {
      const size_t last_atom = coordinated(x, side, atoms, n, i);
      if (last_atom > i) {
        char* name = xctx_copy(x, atoms[i].b, atoms[last_atom].e);
        const XSpan span = { atoms[i].b, atoms[last_atom].e };
        if (name) {
          file_item(x, side, name, span, sent, last);
        }
        free(name);
        used = last_atom;
        done = true;
      }
    }
    if (!done && title_item(s, &atoms[i])) {
      /* "José Gontijo, Secretary for Research and Scientific Training of
         MCTI, ...": a person's title, with what "and" joins to it, is no
         agency */
      size_t j = i;
      while (j + 1u < n && atoms[j + 1u].b == atoms[j].e + 5u &&
             !strncmp(s + atoms[j].e, " and ", 5u) &&
             !xlex_starts(
               s + atoms[j + 1u].b, atoms[j + 1u].e - atoms[j + 1u].b, "the")) {
        ++j;
      }
      xctx_warn(x,
                sent,
                "\"%.*s\" in a list of agencies is a person's title; left "
                "out",
                (int)(atoms[j].e - atoms[i].b),
                s + atoms[i].b);
      used = j;
      done = true;
    }
    const size_t pe = done ? NONE : person_item(s, &atoms[i]);
    if (pe != NONE) {
      /* the person's title's agency, when it is one; the person is none
         (nor is the country before the title: "U.S. Secretary of State
         Antony Blinken") */
      char* name = xctx_copy(x, atoms[i].b, pe);
      const char* cc = NULL;
      char* written = NULL;
      const DkgAgency* a = name && !country_only(name)
                             ? xctx_agency(x, side, name, &cc, &written)
                             : NULL;
      if (a || (written && xctx_agency_like(written))) {
        const Atom head = { atoms[i].b, pe };
        file_item(x, side, name, head, sent, last);
      } else {
        xctx_warn(x,
                  sent,
                  "\"%.*s\" in a list of agencies is a person; left out",
                  (int)(atoms[i].e - atoms[i].b),
                  s + atoms[i].b);
      }
      free(written);
      free(name);
      done = true;
    }
    if (!done) {
      if (!is_filler(s, atoms[i].b, atoms[i].e)) {
        char* name = xctx_copy(x, atoms[i].b, atoms[i].e);
        if (name && !country_only(name) && !party_only(x, &atoms[i])) {
          const char* cc = NULL;
          char* written = NULL;
          const DkgAgency* a = xctx_agency(x, side, name, &cc, &written);
          if (!a && international(name)) {
            xctx_warn(x,
                      sent,
                      "\"%s\" in a list of agencies is an international "
                      "body, no agency of a delegation; left out",
                      name);
          } else if (a || (written && !countries(written) &&
                           (xctx_agency_like(written) || mission(written) ||
                            office_name(written, strlen(written)) ||
                            spelled_acronym(s, &atoms[i]) ||
                            ((proper_name(written) || articled_name(name)) &&
                             !ends_in_head(x, written))) &&
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
  free(group);
  free(atoms);
}

size_t
xlist_spelled_start(const char* s, size_t b, size_t e, const char* acr)
{
  size_t k = e;
  for (int words = 0; words < 12 && k > b; ++words) {
    while (k > b && s[k - 1u] == ' ') {
      --k;
    }
    while (k > b && s[k - 1u] != ' ') {
      --k;
    }
    if (xlex_is_upper((unsigned char)s[k]) &&
        initials_spell(s + k, e - k, acr)) {
      return k;
    }
  }
  return NONE;
}

/* Is `c` at s[i] a double quote (straight, or curly: 1 opening, 2
   closing)?  Its length in bytes, 0 when none. */
static size_t
quote_at(const char* s, size_t i, int* kind)
{
  if (s[i] == '"') {
    *kind = 0;
    return 1u;
  }
  if ((unsigned char)s[i] == 0xe2u && (unsigned char)s[i + 1u] == 0x80u &&
      ((unsigned char)s[i + 2u] == 0x9cu ||
       (unsigned char)s[i + 2u] == 0x9du)) {
    *kind = (unsigned char)s[i + 2u] == 0x9cu ? 1 : 2;
    return 3u;
  }
  return 0;
}

/* Is offset `at` of sentence `sent` inside a quoted name (an odd number of
   straight double quotes before it, or an opening curly quote not yet
   closed), the quotation short and without ", " or ". " inside it (quoted
   speech, "\"We met ..., and ...,\" he said", is no name)? */
bool
xlist_in_quotes(const XCtx* x, size_t sent, size_t at)
{
  const char* s = x->doc.text;
  if (sent >= x->doc.n_sents || at > x->doc.sents[sent].e) {
    return false;
  }
  const size_t sb = x->doc.sents[sent].b, se = x->doc.sents[sent].e;
  size_t straight = 0, open = 0;
  int curly = 0, kind = 0;
  for (size_t i = sb; i < at; ++i) {
    const size_t q = quote_at(s, i, &kind);
    if (q && (kind == 1 || (kind == 0 && straight % 2u == 0))) {
      open = i + q;
    }
    straight += q && kind == 0 ? 1u : 0u;
    curly += kind == 1 && q ? 1 : kind == 2 && q ? -1 : 0;
    i += q ? q - 1u : 0u;
  }
  if (!(straight % 2u == 1u || curly > 0)) {
    return false;
  }
  /* the closing quote, maybe just past the sentence's full stop */
  size_t close = at;
  while (close < se + 3u && s[close] && !quote_at(s, close, &kind)) {
    ++close;
  }
  if (close >= se + 3u || !s[close] || close - open > 100u) {
    return false;
  }
  for (size_t i = open; i + 2u < close; ++i) {
    if ((s[i] == ',' || s[i] == '.') && s[i + 1u] == ' ') {
      return false;
    }
  }
  return true;
}
