/* extract: the lexicon (country names and adjectives, cities, months,
   weekdays, ordinals, honorifics, title and organization words, document
   kinds, multilateral venues) and small word helpers.  These are words of
   English, not facts about any dialogue. */

#include "xint.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

bool
xlex_is_upper(unsigned char c)
{
  return c >= 'A' && c <= 'Z';
}

static char
lower(char c)
{
  return (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

bool
xlex_is_word_char(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80u;
}

size_t
xlex_word_len(const char* s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    if (xlex_is_word_char((unsigned char)s[i])) {
      ++i;
    } else if ((s[i] == '-' || s[i] == '\'') && i > 0 && i + 1u < n &&
               xlex_is_word_char((unsigned char)s[i + 1u])) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool
xlex_eq(const char* s, size_t n, const char* word)
{
  size_t i = 0;
  for (; i < n && word[i]; ++i) {
    if (lower(s[i]) != lower(word[i])) {
      return false;
    }
  }
  return i == n && !word[i];
}

bool
xlex_starts(const char* s, size_t n, const char* p)
{
  const size_t len = strlen(p);
  if (len > n) {
    return false;
  }
  for (size_t i = 0; i < len; ++i) {
    if (lower(s[i]) != lower(p[i])) {
      return false;
    }
  }
  return len == n || !xlex_is_word_char((unsigned char)s[len]) ||
         !xlex_is_word_char((unsigned char)p[len - 1u]);
}

size_t
xlex_find(const char* s, size_t n, const char* p)
{
  for (size_t i = 0; i < n; ++i) {
    if ((i == 0 || !xlex_is_word_char((unsigned char)s[i - 1u]) ||
         !xlex_is_word_char((unsigned char)p[0])) &&
        xlex_starts(s + i, n - i, p)) {
      return i;
    }
  }
  return (size_t)-1;
}

/* Case-sensitive match of `name` at s, ending at a word boundary. */
static bool
match_exact(const char* s, size_t n, const char* name, size_t* len)
{
  const size_t l = strlen(name);
  if (l > n || strncmp(s, name, l) != 0) {
    return false;
  }
  /* a curly apostrophe ("Japan’s") or an en or em dash ("Korea–European
     Union") ends a word as its ASCII forms do */
  const bool curly =
    l + 2u < n && (unsigned char)s[l] == 0xE2u &&
    (unsigned char)s[l + 1u] == 0x80u &&
    ((unsigned char)s[l + 2u] == 0x99u || (unsigned char)s[l + 2u] == 0x93u ||
     (unsigned char)s[l + 2u] == 0x94u);
  if (l < n && xlex_is_word_char((unsigned char)s[l]) &&
      xlex_is_word_char((unsigned char)name[l - 1u]) && !curly) {
    return false;
  }
  *len = l;
  return true;
}

/* ---- Countries ---------------------------------------------------------- */

typedef struct
{
  const char* name;
  const char* cc;
  bool adjective;
} CountryName;

static const CountryName countries[] = {
  { "United States of America", "US", false },
  { "America", "US", false },
  { "Federal Republic of Germany", "DE", false },
  { "Democratic People's Republic of Korea", "KP", false },
  { "North Korea", "KP", false },
  { "North Korean", "KP", true },
  { "DPRK", "KP", false },
  { "Republic of Korea", "KR", false },
  { "South Korea", "KR", false },
  { "South Korean", "KR", true },
  { "S. Korea", "KR", false },
  { "S. Korean", "KR", true },
  { "Korea", "KR", false },
  { "United Kingdom", "GB", false },
  { "Great Britain", "GB", false },
  { "Britain", "GB", false },
  { "People's Republic of China", "CN", false },
  { "Russian Federation", "RU", false },
  { "Russia", "RU", false },
  { "Viet Nam", "VN", false },
  { "Vietnam", "VN", false },
  { "Việt Nam", "VN", false },
  { "United Arab Emirates", "AE", false },
  { "UAE", "AE", false },
  { "South African", "ZA", true },
  { "Turkey", "TR", false },
  { "Czech Republic", "CZ", false },
  { "Sri Lankan", "LK", true },
  { "Taiwan", "TW", false },
  { "Iran", "IR", false },
  { "Syria", "SY", false },
  { "Laos", "LA", false },
  { "Bolivia", "BO", false },
  { "Venezuela", "VE", false },
  { "Tanzania", "TZ", false },
  { "Moldova", "MD", false },
  { "Brunei", "BN", false },
  { "Ivory Coast", "CI", false },
  { "Democratic Republic of the Congo", "CD", false },
  { "DRC", "CD", false },
  { "Republic of the Congo", "CG", false },
  { "Palestine", "PS", false },
  { NULL, NULL, false },
};

/* ---- Countries of the reference data --------------------------------------
   Every country of data/countries.json by its name, and the short forms and
   adjectives of data/country-qualifiers.json ("Cuban", "Dutch"), loaded
   once by the first extractor (xlex_countries_load) and kept while one
   lives.  The table above is only what the data lacks: abbreviations
   ("U.S.", "ROK"), usual names the ISO list gives in another form
   ("Vietnam", "South Korea", "Russia"). */

typedef struct
{
  char* name;
  char cc[3];
  bool adjective;
  bool iso; /* the country's name in data/countries.json */
} DataName;

typedef struct
{
  DataName* v;
  size_t n;
  size_t cap;
} DataNames;

/* The table of every living extractor, and how many hold it. */
static DataNames data_names;
static size_t data_names_refs;

static void
free_data_names(DataNames* t)
{
  for (size_t i = 0; i < t->n; ++i) {
    free(t->v[i].name);
  }
  free(t->v);
  memset(t, 0, sizeof(*t));
}

/* False when out of memory. */
static bool
add_data_name(DataNames* t,
              const char* name,
              const char* cc,
              bool adjective,
              bool iso)
{
  if (!name[0] || strchr(name, ',') || strchr(name, '(')) {
    return true; /* "Korea, Republic of": the ISO list's inverted forms */
  }
  if (t->n == t->cap) {
    const size_t cap = t->cap ? t->cap * 2u : 256u;
    DataName* v = (DataName*)realloc(t->v, cap * sizeof(DataName));
    if (!v) {
      return false;
    }
    t->v = v;
    t->cap = cap;
  }
  const size_t len = strlen(name);
  char* copy = (char*)malloc(len + 1u);
  if (!copy) {
    return false;
  }
  memcpy(copy, name, len + 1u);
  DataName* d = &t->v[t->n++];
  d->name = copy;
  memcpy(d->cc, cc, 2u);
  d->cc[2] = '\0';
  d->adjective = adjective;
  d->iso = iso;
  return true;
}

/* A qualifier of one word, a capital then lower case ("Cuban", "Dutch"), is
   an adjective; a name or an abbreviation ("Kingdom of the Netherlands",
   "PRC") is not. */
static bool
qualifier_is_adjective(const char* q)
{
  if (!xlex_is_upper((unsigned char)q[0]) || !q[1]) {
    return false;
  }
  for (const char* c = q + 1; *c; ++c) {
    if (!((*c >= 'a' && *c <= 'z') || (unsigned char)*c >= 0x80u)) {
      return false;
    }
  }
  return true;
}

static bool
same_data_names(const DataNames* a, const DataNames* b)
{
  if (a->n != b->n) {
    return false;
  }
  for (size_t i = 0; i < a->n; ++i) {
    if (strcmp(a->v[i].name, b->v[i].name) || strcmp(a->v[i].cc, b->v[i].cc) ||
        a->v[i].adjective != b->v[i].adjective || a->v[i].iso != b->v[i].iso) {
      return false;
    }
  }
  return true;
}

DkgStatus
xlex_countries_load(const DkgRegistry* reg, const cJSON* qualifiers)
{
  DataNames t = { NULL, 0, 0 };
  bool ok = true;
  char code[3] = { 'A', 'A', '\0' };
  for (code[0] = 'A'; ok && reg && code[0] <= 'Z'; ++code[0]) {
    for (code[1] = 'A'; ok && code[1] <= 'Z'; ++code[1]) {
      const DkgCountry* c = dkg_registry_country(reg, code);
      if (c && c->name) {
        ok = add_data_name(&t, c->name, code, false, true);
      }
    }
  }
  const cJSON* map = cJSON_GetObjectItemCaseSensitive(qualifiers, "qualifiers");
  const cJSON* list = NULL;
  cJSON_ArrayForEach(list, map)
  {
    if (!ok || !reg || !list->string || strlen(list->string) != 2u ||
        !dkg_registry_country(reg, list->string)) {
      continue;
    }
    const cJSON* q = NULL;
    cJSON_ArrayForEach(q, list)
    {
      if (ok && cJSON_IsString(q)) {
        ok = add_data_name(&t,
                           q->valuestring,
                           list->string,
                           qualifier_is_adjective(q->valuestring),
                           false);
      }
    }
  }
  if (!ok) {
    free_data_names(&t);
    return DKG_ERR_NOMEM;
  }
  if (data_names_refs) { /* another extractor lives: the same data only */
    const bool same = same_data_names(&t, &data_names);
    free_data_names(&t);
    if (!same) {
      return DKG_ERR_USAGE;
    }
  } else {
    data_names = t;
  }
  ++data_names_refs;
  return DKG_SUCCESS;
}

void
xlex_countries_release(void)
{
  if (!data_names_refs || --data_names_refs) {
    return;
  }
  free_data_names(&data_names);
}

/* Country names that are also a person's name or a U.S. state ("Jordan",
   "Chad", "Georgia", "Jersey"): not a country before another capitalized
   word ("Georgia Tech", "Jordan Peterson"), nor, in a text (xlex_party_at),
   after one ("Michael Jordan", "New Jersey"), after "state of" or after a
   place and a comma ("Atlanta, Georgia") unless that place is a city of
   the country. */
static bool
ambiguous_name(const char* s, size_t len)
{
  static const char* const names[] = {
    "Chad", "Georgia", "Jordan", "Jersey", NULL
  };
  for (size_t i = 0; names[i]; ++i) {
    if (strlen(names[i]) == len && !strncmp(s, names[i], len)) {
      return true;
    }
  }
  return false;
}

/* Combining forms of a country's adjective, only before a hyphen and a
   capital ("Franco-Japanese", "Sino-Indian"). */
static const CountryName combining[] = {
  { "Franco", "FR", true }, { "Sino", "CN", true }, { "Russo", "RU", true },
  { "Italo", "IT", true },  { NULL, NULL, false },
};

bool
xlex_country_at(const char* s, size_t n, XCountryHit* hit)
{
  size_t best = 0;
  const char* cc = NULL;
  bool adjective = false;
  for (const CountryName* c = countries; c->name; ++c) {
    size_t len = 0;
    if (match_exact(s, n, c->name, &len) && len > best) {
      best = len;
      cc = c->cc;
      adjective = c->adjective;
    }
  }
  for (size_t i = 0; i < data_names.n; ++i) {
    const DataName* d = &data_names.v[i];
    size_t len = 0;
    if (match_exact(s, n, d->name, &len) && len > best &&
        !(ambiguous_name(s, len) && len + 1u < n && s[len] == ' ' &&
          xlex_is_upper((unsigned char)s[len + 1u]))) {
      best = len;
      cc = d->cc;
      adjective = d->adjective;
    }
  }
  for (const CountryName* c = combining; !cc && c->name; ++c) {
    size_t len = 0;
    if (match_exact(s, n, c->name, &len) && len + 1u < n && s[len] == '-' &&
        xlex_is_upper((unsigned char)s[len + 1u])) {
      best = len;
      cc = c->cc;
      adjective = true;
    }
  }
  if (!cc) {
    return false;
  }
  hit->cc = cc;
  hit->len = best;
  hit->adjective = adjective;
  hit->possessive = false;
  if (best + 2u <= n && s[best] == '\'' && s[best + 1u] == 's') {
    hit->possessive = true;
    hit->len += 2u;
  } else if (best + 4u <= n && (unsigned char)s[best] == 0xE2u &&
             (unsigned char)s[best + 1u] == 0x80u &&
             (unsigned char)s[best + 2u] == 0x99u && s[best + 3u] == 's') {
    hit->possessive = true;
    hit->len += 4u;
  }
  return true;
}

/* Whether a longer country name of the lexicon or the data ends where the
   name at `s` (`len` bytes) ends and starts before it, in `doc`: "Guinea"
   of "Papua New Guinea", "Sudan" of "South Sudan". */
static bool
inside_longer_name(const char* doc, const char* s, size_t len)
{
  const size_t before = (size_t)(s - doc);
  for (size_t i = 0;
       i < data_names.n + (sizeof(countries) / sizeof(countries[0]));
       ++i) {
    const char* name = i < data_names.n ? data_names.v[i].name
                                        : countries[i - data_names.n].name;
    if (!name) {
      continue;
    }
    const size_t l = strlen(name);
    if (l > len && l - len <= before && name[l - len - 1u] == ' ' &&
        !strncmp(name + (l - len), s, len) &&
        !strncmp(s - (l - len), name, l - len) &&
        (l - len == before ||
         !xlex_is_word_char((unsigned char)s[-(ptrdiff_t)(l - len) - 1]))) {
      return true;
    }
  }
  return false;
}

/* The ambiguous name at `s` of `doc` reads as a person's name or a U.S.
   state by the words before it (see ambiguous_name). */
static bool
not_the_country(const char* doc, const char* s, const char* cc)
{
  size_t k = (size_t)(s - doc);
  if (k >= 9u && (xlex_starts(s - 9, 9, "state of ") ||
                  xlex_starts(s - 9, 9, "State of "))) {
    return true;
  }
  if (k >= 2u && s[-1] == ' ' && xlex_is_word_char((unsigned char)s[-2])) {
    size_t w = k - 1u;
    while (w > 0 && xlex_is_word_char((unsigned char)doc[w - 1u])) {
      --w;
    }
    /* "Michael Jordan", not "In Jordan", "The Chad delegation" */
    static const char* const function_words[] = { "The", "In",   "At", "From",
                                                  "And", "With", "Of", "For",
                                                  "To",  "By",   "On", "Both",
                                                  NULL };
    for (size_t i = 0; function_words[i]; ++i) {
      if (xlex_eq(doc + w, k - 1u - w, function_words[i])) {
        return false;
      }
    }
    return xlex_is_upper((unsigned char)doc[w]);
  }
  if (k >= 3u && s[-1] == ' ' && s[-2] == ',') {
    size_t w = k - 2u;
    while (w > 0 && (xlex_is_word_char((unsigned char)doc[w - 1u]) ||
                     doc[w - 1u] == ' ' || doc[w - 1u] == '.')) {
      --w;
    }
    while (w < k - 2u && !xlex_is_upper((unsigned char)doc[w])) {
      ++w;
    }
    if (w < k - 2u) {
      /* "Atlanta, Georgia": a place, then the name */
      for (size_t b = w; b < k - 2u; ++b) {
        size_t len = 0;
        const char* city_cc = NULL;
        XCountryHit ch;
        if ((b == w || doc[b - 1u] == ' ') &&
            xlex_country_at(doc + b, k - 2u - b, &ch) && b + ch.len == k - 2u) {
          return false; /* a list: "Armenia, Georgia and ..." */
        }
        if ((b == w || doc[b - 1u] == ' ') &&
            xlex_city_at(doc + b, k - 2u - b, &len, &city_cc) &&
            b + len == k - 2u) {
          return strcmp(city_cc, cc) != 0;
        }
      }
      return true;
    }
  }
  return false;
}

const char*
xlex_country_word(const char* cc, size_t k)
{
  for (const CountryName* c = countries; c->name; ++c) {
    if (!strcmp(c->cc, cc) && !k--) {
      return c->name;
    }
  }
  for (size_t i = 0; i < data_names.n; ++i) {
    if (!strcmp(data_names.v[i].cc, cc) && !k--) {
      return data_names.v[i].name;
    }
  }
  return NULL;
}

const char*
xlex_country_name(const char* cc)
{
  for (const CountryName* c = countries; c->name; ++c) {
    if (!strcmp(c->cc, cc) && !c->adjective) {
      return c->name;
    }
  }
  for (size_t i = 0; i < data_names.n; ++i) {
    if (!strcmp(data_names.v[i].cc, cc) && data_names.v[i].iso) {
      return data_names.v[i].name;
    }
  }
  return NULL;
}

/* ---- Organizations --------------------------------------------------------
   Read from the registry (data/organizations.json and the user's overlay),
   never listed here: the name, another name or an acronym of each one. */

/* "'s" or "’s" at s[l]: its length, else 0. */
static size_t
possessive_len(const char* s, size_t n, size_t l)
{
  if (l + 2u <= n && s[l] == '\'' && s[l + 1u] == 's' &&
      (l + 2u == n || !xlex_is_word_char((unsigned char)s[l + 2u]))) {
    return 2u;
  }
  if (l + 4u <= n && (unsigned char)s[l] == 0xE2u &&
      (unsigned char)s[l + 1u] == 0x80u && (unsigned char)s[l + 2u] == 0x99u &&
      s[l + 3u] == 's' &&
      (l + 4u == n || !xlex_is_word_char((unsigned char)s[l + 4u]))) {
    return 4u;
  }
  return 0;
}

/* The acronym `a` at s, as written ("EU") or with a dot after each letter
   ("E.U."), at a word boundary. */
static bool
match_acronym(const char* s, size_t n, const char* a, size_t* len)
{
  if (match_exact(s, n, a, len)) {
    return true;
  }
  size_t k = 0;
  for (const char* c = a; *c; ++c) {
    if (k + 2u > n || s[k] != *c || s[k + 1u] != '.') {
      return false;
    }
    k += 2u;
  }
  if (k < n && xlex_is_word_char((unsigned char)s[k])) {
    return false;
  }
  *len = k;
  return true;
}

typedef struct
{
  const DkgRegistry* reg;
  const char* doc; /* the whole text, NUL-terminated, or NULL */
  const char* s;
  size_t n;
  size_t best;
  const char* id;
  const char* country; /* an ambiguous acronym: the country it names */
} OrgScan;

/* Whether the text names organization `o` by one of its names. */
static bool
org_named(const char* doc, const DkgOrganization* o)
{
  if (!doc) {
    return false;
  }
  if (strstr(doc, o->name)) {
    return true;
  }
  for (size_t i = 0; i < o->n_alt_names; ++i) {
    if (strstr(doc, o->alt_names[i])) {
      return true;
    }
  }
  return false;
}

static void
org_scan(void* ctx, const DkgOrganization* o)
{
  OrgScan* sc = (OrgScan*)ctx;
  size_t len = 0;
  const size_t n_names = 1u + o->n_alt_names;
  for (size_t i = 0; i < n_names + o->n_acronyms; ++i) {
    const bool acr = i >= n_names;
    const char* w = !i     ? o->name
                    : !acr ? o->alt_names[i - 1u]
                           : o->acronyms[i - n_names];
    if (!(acr ? match_acronym(sc->s, sc->n, w, &len)
              : match_exact(sc->s, sc->n, w, &len)) ||
        len < sc->best ||
        (len == sc->best && sc->id && strcmp(o->id, sc->id) > 0)) {
      continue;
    }
    /* An acronym that is also a country's code ("AU": Australia, the
       African Union) is the organization only in a text that names it. */
    const DkgCountry* c = acr ? dkg_registry_country(sc->reg, w) : NULL;
    if (c && !org_named(sc->doc, o)) {
      if (len > sc->best) {
        sc->best = len;
        sc->id = NULL;
        sc->country = c->alpha2;
      }
      continue;
    }
    sc->best = len;
    sc->id = o->id;
    sc->country = NULL;
  }
}

bool
xlex_org_at(const DkgRegistry* reg,
            const char* doc,
            const char* s,
            size_t n,
            XCountryHit* hit)
{
  if (!reg || !n || !xlex_is_upper((unsigned char)s[0])) {
    return false;
  }
  OrgScan sc = { reg, doc, s, n, 0, NULL, NULL };
  dkg_registry_each_organization(reg, org_scan, &sc);
  if (!sc.id && !sc.country) {
    return false;
  }
  hit->cc = sc.id ? sc.id : sc.country;
  hit->len = sc.best;
  hit->adjective = false;
  const size_t p = possessive_len(s, n, sc.best);
  hit->possessive = p > 0;
  hit->len += p;
  return true;
}

/* A name of ambiguous_name right after another participant and a hyphen
   in a series' name ("the EU-Georgia Strategic Security Dialogue",
   "Armenia-Jordan Cyber Dialogue"): the country, though a capitalized word
   follows. */
static bool
paired_ambiguous(const DkgRegistry* reg,
                 const char* doc,
                 const char* s,
                 size_t n,
                 XCountryHit* c)
{
  size_t len = 0;
  while (len < n && xlex_is_word_char((unsigned char)s[len])) {
    ++len;
  }
  if (!doc || s < doc + 2 || s[-1] != '-' || !ambiguous_name(s, len) ||
      !xlex_country_at(s, len, c)) {
    return false;
  }
  /* the participant before the hyphen, of up to three words */
  const char* end = s - 1;
  const char* w = end;
  for (int words = 0; words < 3 && w > doc; ++words) {
    while (w > doc && xlex_is_word_char((unsigned char)w[-1])) {
      --w;
    }
    XCountryHit h;
    if (w < end && xlex_is_upper((unsigned char)*w) &&
        xlex_party_at(reg, doc, w, (size_t)(end - w), &h) &&
        h.len == (size_t)(end - w) && !h.possessive && strcmp(h.cc, c->cc)) {
      return true;
    }
    if (w <= doc + 1 || w[-1] != ' ') {
      return false;
    }
    --w;
  }
  return false;
}

bool
xlex_party_at(const DkgRegistry* reg,
              const char* doc,
              const char* s,
              size_t n,
              XCountryHit* hit)
{
  XCountryHit c, o;
  bool is_c = xlex_country_at(s, n, &c);
  if (!is_c && paired_ambiguous(reg, doc, s, n, &c)) {
    *hit = c;
    return true;
  }
  if (is_c && doc && s > doc) {
    const size_t name_len =
      c.len - (c.possessive ? (s[c.len - 2u] == '\'' ? 2u : 4u) : 0u);
    is_c = !inside_longer_name(doc, s, name_len) &&
           !(ambiguous_name(s, name_len) && not_the_country(doc, s, c.cc));
  }
  const bool is_o = xlex_org_at(reg, doc, s, n, &o);
  if (is_o && (!is_c || o.len > c.len)) {
    *hit = o;
    return true;
  }
  if (is_c) {
    *hit = c;
  }
  return is_c;
}

bool
xlex_is_org(const DkgRegistry* reg, const char* code)
{
  return reg && code && dkg_registry_organization(reg, code) != NULL;
}

const char*
xlex_party_word(const DkgRegistry* reg, const char* code, size_t k)
{
  const DkgOrganization* o =
    reg && code ? dkg_registry_organization(reg, code) : NULL;
  if (!o) {
    return xlex_country_word(code, k);
  }
  if (!k) {
    return o->name;
  }
  --k;
  if (k < o->n_alt_names) {
    return o->alt_names[k];
  }
  k -= o->n_alt_names;
  return k < o->n_acronyms ? o->acronyms[k] : NULL;
}

/* ---- Cities ---------------------------------------------------------------
 */

/* A phrase of the text and what it stands for. */
typedef struct
{
  const char* text;
  const char* value;
} Phrase;

/* value: the city's country */
static const Phrase cities[] = {
  { "Washington, D.C.", "US" },
  { "Washington, DC", "US" },
  { "Washington D.C.", "US" },
  { "Washington DC", "US" },
  { "Washington, D.C", "US" },
  { "Washington D.C", "US" },
  { "Washington", "US" },
  { "New York", "US" },
  { "San Francisco", "US" },
  { "Honolulu", "US" },
  { "Tokyo", "JP" },
  { "Osaka", "JP" },
  { "Kyoto", "JP" },
  { "Yokohama", "JP" },
  { "New Delhi", "IN" },
  { "Delhi", "IN" },
  { "Mumbai", "IN" },
  { "Bengaluru", "IN" },
  { "Bangalore", "IN" },
  { "Hyderabad", "IN" },
  { "Canberra", "AU" },
  { "Sydney", "AU" },
  { "Melbourne", "AU" },
  { "Berlin", "DE" },
  { "Bonn", "DE" },
  { "Munich", "DE" },
  { "Frankfurt", "DE" },
  { "London", "GB" },
  { "Paris", "FR" },
  { "Seoul", "KR" },
  { "Busan", "KR" },
  { "Beijing", "CN" },
  { "Shanghai", "CN" },
  { "Hangzhou", "CN" },
  { "Guangzhou", "CN" },
  { "Shenzhen", "CN" },
  { "Ottawa", "CA" },
  { "Toronto", "CA" },
  { "Brasilia", "BR" },
  { "Brasília", "BR" },
  { "Sao Paulo", "BR" },
  { "São Paulo", "BR" },
  { "Rio de Janeiro", "BR" },
  { "Tel Aviv", "IL" },
  { "Singapore", "SG" },
  { "Jakarta", "ID" },
  { "Hanoi", "VN" },
  { "Manila", "PH" },
  { "Bangkok", "TH" },
  { "Kuala Lumpur", "MY" },
  { "Wellington", "NZ" },
  { "Rome", "IT" },
  { "Madrid", "ES" },
  { "The Hague", "NL" },
  { "Amsterdam", "NL" },
  { "Brussels", "BE" },
  { "Stockholm", "SE" },
  { "Helsinki", "FI" },
  { "Oslo", "NO" },
  { "Copenhagen", "DK" },
  { "Warsaw", "PL" },
  { "Tallinn", "EE" },
  { "Riga", "LV" },
  { "Vilnius", "LT" },
  { "Kyiv", "UA" },
  { "Kiev", "UA" },
  { "Moscow", "RU" },
  { "Tbilisi", "GE" },
  { "Amman", "JO" },
  { "Havana", "CU" },
  { "Lima", "PE" },
  { "Santiago", "CL" },
  { "Mexico City", "MX" },
  { "Buenos Aires", "AR" },
  { "Bogota", "CO" },
  { "Bogotá", "CO" },
  { "Abu Dhabi", "AE" },
  { "Dubai", "AE" },
  { "Riyadh", "SA" },
  { "Cairo", "EG" },
  { "Nairobi", "KE" },
  { "Pretoria", "ZA" },
  { "Geneva", "CH" },
  { "Bern", "CH" },
  { "Vienna", "AT" },
  { "Dublin", "IE" },
  { "Lisbon", "PT" },
  { "Athens", "GR" },
  { "Ankara", "TR" },
  { "Islamabad", "PK" },
  { "Dhaka", "BD" },
  { "Colombo", "LK" },
  { "Prague", "CZ" },
  { "Doha", "QA" },
  { "Taipei", "TW" },
  /* capitals (and a former name: "Nur-Sultan", Astana 2019-2022) */
  { "Addis Ababa", "ET" },
  { "Nur-Sultan", "KZ" },
  { "Astana", "KZ" },
  { "Almaty", "KZ" },
  { "Minsk", "BY" },
  { "Tashkent", "UZ" },
  { "Bishkek", "KG" },
  { "Dushanbe", "TJ" },
  { "Yerevan", "AM" },
  { "Baku", "AZ" },
  { "Ashgabat", "TM" },
  { "Ulaanbaatar", "MN" },
  { "Kathmandu", "NP" },
  { "Tehran", "IR" },
  { "Baghdad", "IQ" },
  { "Beirut", "LB" },
  { "Muscat", "OM" },
  { "Kuwait City", "KW" },
  { "Manama", "BH" },
  { "Rabat", "MA" },
  { "Algiers", "DZ" },
  { "Tunis", "TN" },
  { "Abuja", "NG" },
  { "Accra", "GH" },
  { "Dakar", "SN" },
  { "Kigali", "RW" },
  { "Kampala", "UG" },
  { "Dar es Salaam", "TZ" },
  { "Kinshasa", "CD" },
  { "Luanda", "AO" },
  { "Windhoek", "NA" },
  { "Gaborone", "BW" },
  { "Harare", "ZW" },
  { "Lusaka", "ZM" },
  { "Maputo", "MZ" },
  { "Bucharest", "RO" },
  { "Sofia", "BG" },
  { "Budapest", "HU" },
  { "Bratislava", "SK" },
  { "Ljubljana", "SI" },
  { "Zagreb", "HR" },
  { "Belgrade", "RS" },
  { "Sarajevo", "BA" },
  { "Skopje", "MK" },
  { "Tirana", "AL" },
  { "Podgorica", "ME" },
  { "Chisinau", "MD" },
  { "Reykjavik", "IS" },
  { "Valletta", "MT" },
  { "Nicosia", "CY" },
  { "Montevideo", "UY" },
  { "Quito", "EC" },
  { "Caracas", "VE" },
  { "Phnom Penh", "KH" },
  { "Vientiane", "LA" },
  { "Ho Chi Minh City", "VN" },
  { "Port Moresby", "PG" },
  { "Suva", "FJ" },
  /* other cities where meetings are held (the country a reader knows) */
  { "New York City", "US" },
  { "Los Angeles", "US" },
  { "Chicago", "US" },
  { "Boston", "US" },
  { "Seattle", "US" },
  { "Miami", "US" },
  { "Philadelphia", "US" },
  { "San Diego", "US" },
  { "Anchorage", "US" },
  { "Colorado Springs", "US" },
  { "Annapolis", "US" },
  { "Montreal", "CA" },
  { "Montréal", "CA" },
  { "Vancouver", "CA" },
  { "Quebec City", "CA" },
  { "Calgary", "CA" },
  { "Guadalajara", "MX" },
  { "Monterrey", "MX" },
  { "Cancun", "MX" },
  { "Cancún", "MX" },
  { "Nagoya", "JP" },
  { "Fukuoka", "JP" },
  { "Sapporo", "JP" },
  { "Hiroshima", "JP" },
  { "Naha", "JP" },
  { "Incheon", "KR" },
  { "Jeju", "KR" },
  { "Daejeon", "KR" },
  { "Gwangju", "KR" },
  { "Daegu", "KR" },
  { "Chengdu", "CN" },
  { "Wuhan", "CN" },
  { "Tianjin", "CN" },
  { "Xi'an", "CN" },
  { "Nanjing", "CN" },
  { "Dalian", "CN" },
  { "Qingdao", "CN" },
  { "Xiamen", "CN" },
  { "Kunming", "CN" },
  { "Harbin", "CN" },
  { "Chongqing", "CN" },
  { "Sanya", "CN" },
  { "Chennai", "IN" },
  { "Kolkata", "IN" },
  { "Pune", "IN" },
  { "Ahmedabad", "IN" },
  { "Gandhinagar", "IN" },
  { "Jaipur", "IN" },
  { "Visakhapatnam", "IN" },
  { "Kochi", "IN" },
  { "Brisbane", "AU" },
  { "Perth", "AU" },
  { "Hobart", "AU" },
  { "Gold Coast", "AU" },
  { "Auckland", "NZ" },
  { "Christchurch", "NZ" },
  { "Denpasar", "ID" },
  { "Nusa Dua", "ID" },
  { "Surabaya", "ID" },
  { "Bandung", "ID" },
  { "Yogyakarta", "ID" },
  { "Bali", "ID" },
  { "Da Nang", "VN" },
  { "Danang", "VN" },
  { "Hai Phong", "VN" },
  { "Haiphong", "VN" },
  { "Nha Trang", "VN" },
  { "Chiang Mai", "TH" },
  { "Phuket", "TH" },
  { "Pattaya", "TH" },
  { "Putrajaya", "MY" },
  { "Penang", "MY" },
  { "Kota Kinabalu", "MY" },
  { "Langkawi", "MY" },
  { "Cebu", "PH" },
  { "Davao", "PH" },
  { "Quezon City", "PH" },
  { "Makati", "PH" },
  { "Siem Reap", "KH" },
  { "Luang Prabang", "LA" },
  { "Naypyidaw", "MM" },
  { "Nay Pyi Taw", "MM" },
  { "Yangon", "MM" },
  { "Bandar Seri Begawan", "BN" },
  { "Dili", "TL" },
  { "Thimphu", "BT" },
  { "Karachi", "PK" },
  { "Lahore", "PK" },
  { "Kabul", "AF" },
  { "Cholpon-Ata", "KG" },
  { "Samarkand", "UZ" },
  { "Bukhara", "UZ" },
  { "Shymkent", "KZ" },
  { "Batumi", "GE" },
  { "Saint Petersburg", "RU" },
  { "St. Petersburg", "RU" },
  { "St Petersburg", "RU" },
  { "Sochi", "RU" },
  { "Kazan", "RU" },
  { "Vladivostok", "RU" },
  { "Yekaterinburg", "RU" },
  { "Novosibirsk", "RU" },
  { "Nizhny Novgorod", "RU" },
  { "Kaliningrad", "RU" },
  { "Lviv", "UA" },
  { "Odesa", "UA" },
  { "Odessa", "UA" },
  { "Kharkiv", "UA" },
  { "Dnipro", "UA" },
  { "Łódź", "PL" },
  { "Lodz", "PL" },
  { "Kraków", "PL" },
  { "Krakow", "PL" },
  { "Gdańsk", "PL" },
  { "Gdansk", "PL" },
  { "Wrocław", "PL" },
  { "Wroclaw", "PL" },
  { "Poznań", "PL" },
  { "Poznan", "PL" },
  { "Rzeszów", "PL" },
  { "Rzeszow", "PL" },
  { "Brno", "CZ" },
  { "Cluj-Napoca", "RO" },
  { "Constanta", "RO" },
  { "Constanța", "RO" },
  { "Varna", "BG" },
  { "Hamburg", "DE" },
  { "Cologne", "DE" },
  { "Köln", "DE" },
  { "Stuttgart", "DE" },
  { "Dresden", "DE" },
  { "Leipzig", "DE" },
  { "Potsdam", "DE" },
  { "Düsseldorf", "DE" },
  { "Dusseldorf", "DE" },
  { "Hanover", "DE" },
  { "Hannover", "DE" },
  { "Nuremberg", "DE" },
  { "Garmisch-Partenkirchen", "DE" },
  { "Lyon", "FR" },
  { "Marseille", "FR" },
  { "Strasbourg", "FR" },
  { "Bordeaux", "FR" },
  { "Toulouse", "FR" },
  { "Lille", "FR" },
  { "Edinburgh", "GB" },
  { "Manchester", "GB" },
  { "Birmingham", "GB" },
  { "Belfast", "GB" },
  { "Cardiff", "GB" },
  { "Glasgow", "GB" },
  { "Liverpool", "GB" },
  { "Rotterdam", "NL" },
  { "Utrecht", "NL" },
  { "Antwerp", "BE" },
  { "Ghent", "BE" },
  { "Bruges", "BE" },
  { "Luxembourg City", "LU" },
  { "Zurich", "CH" },
  { "Zürich", "CH" },
  { "Davos", "CH" },
  { "Lausanne", "CH" },
  { "Basel", "CH" },
  { "Salzburg", "AT" },
  { "Innsbruck", "AT" },
  { "Milan", "IT" },
  { "Naples", "IT" },
  { "Venice", "IT" },
  { "Turin", "IT" },
  { "Barcelona", "ES" },
  { "Seville", "ES" },
  { "Bilbao", "ES" },
  { "Malaga", "ES" },
  { "Málaga", "ES" },
  { "Porto", "PT" },
  { "Thessaloniki", "GR" },
  { "Istanbul", "TR" },
  { "Izmir", "TR" },
  { "Antalya", "TR" },
  { "Gothenburg", "SE" },
  { "Malmö", "SE" },
  { "Malmo", "SE" },
  { "Aarhus", "DK" },
  { "Tampere", "FI" },
  { "Turku", "FI" },
  { "Tartu", "EE" },
  { "Kaunas", "LT" },
  { "Novi Sad", "RS" },
  { "Dubrovnik", "HR" },
  { "Jerusalem", "IL" },
  { "Haifa", "IL" },
  { "Eilat", "IL" },
  { "Herzliya", "IL" },
  { "Ramallah", "PS" },
  { "Damascus", "SY" },
  { "Sanaa", "YE" },
  { "Jeddah", "SA" },
  { "Sharm el-Sheikh", "EG" },
  { "Aqaba", "JO" },
  { "Johannesburg", "ZA" },
  { "Cape Town", "ZA" },
  { "Durban", "ZA" },
  { "Casablanca", "MA" },
  { "Marrakech", "MA" },
  { "Marrakesh", "MA" },
  { "Tangier", "MA" },
  { "Mombasa", "KE" },
  { "Zanzibar", "TZ" },
  { "Dodoma", "TZ" },
  { "Khartoum", "SD" },
  { "Juba", "SS" },
  { "Mogadishu", "SO" },
  { "Asmara", "ER" },
  { "Bamako", "ML" },
  { "Niamey", "NE" },
  { "Ouagadougou", "BF" },
  { "Abidjan", "CI" },
  { "Yamoussoukro", "CI" },
  { "Conakry", "GN" },
  { "Freetown", "SL" },
  { "Monrovia", "LR" },
  { "Lomé", "TG" },
  { "Lome", "TG" },
  { "Cotonou", "BJ" },
  { "Yaoundé", "CM" },
  { "Yaounde", "CM" },
  { "Douala", "CM" },
  { "Libreville", "GA" },
  { "Brazzaville", "CG" },
  { "Bangui", "CF" },
  { "N'Djamena", "TD" },
  { "Lilongwe", "MW" },
  { "Antananarivo", "MG" },
  { "Port Louis", "MU" },
  { "Nouakchott", "MR" },
  { "Banjul", "GM" },
  { "Praia", "CV" },
  { "Malabo", "GQ" },
  { "Bujumbura", "BI" },
  { "Gitega", "BI" },
  { "Maseru", "LS" },
  { "Mbabane", "SZ" },
  { "Santo Domingo", "DO" },
  { "Panama City", "PA" },
  { "Managua", "NI" },
  { "Tegucigalpa", "HN" },
  { "San Salvador", "SV" },
  { "Guatemala City", "GT" },
  { "Port-au-Prince", "HT" },
  { "Port of Spain", "TT" },
  { "Bridgetown", "BB" },
  { "Nassau", "BS" },
  { "Paramaribo", "SR" },
  { "Asunción", "PY" },
  { "Asuncion", "PY" },
  { "La Paz", "BO" },
  { "Medellín", "CO" },
  { "Medellin", "CO" },
  { "Valparaíso", "CL" },
  { "Valparaiso", "CL" },
  { "Guayaquil", "EC" },
  { "Cusco", "PE" },
  { "Punta del Este", "UY" },
  { "Belo Horizonte", "BR" },
  { "Recife", "BR" },
  { "Nuku'alofa", "TO" },
  { "Apia", "WS" },
  { "Honiara", "SB" },
  { "Port Vila", "VU" },
  { "Nadi", "FJ" },
  { "Majuro", "MH" },
  { "Koror", "PW" },
  { "Tarawa", "KI" },
  { "Funafuti", "TV" },
  { "Palikir", "FM" },
  { NULL, NULL },
};

bool
xlex_city_at(const char* s, size_t n, size_t* len, const char** cc)
{
  size_t best = 0;
  for (size_t i = 0; cities[i].text; ++i) {
    size_t l = 0;
    if (match_exact(s, n, cities[i].text, &l) && l > best) {
      best = l;
      *cc = cities[i].value;
    }
  }
  if (!best) {
    /* A dateline in capitals: "WASHINGTON", "NEW DELHI". */
    for (size_t i = 0; cities[i].text; ++i) {
      const size_t l = strlen(cities[i].text);
      if (l <= n && xlex_starts(s, n, cities[i].text) && l > best) {
        best = l;
        *cc = cities[i].value;
      }
    }
  }
  *len = best;
  return best > 0;
}

/* ---- Months, weekdays, ordinals -------------------------------------------
 */

int
xlex_month(const char* s, size_t n)
{
  static const char* const names[] = { "january", "february", "march",
                                       "april",   "may",      "june",
                                       "july",    "august",   "september",
                                       "october", "november", "december" };
  static const char* const abbr[] = {
    "jan", "feb", "mar", "apr", "may", "jun",
    "jul", "aug", "sep", "oct", "nov", "dec"
  };
  if (n == 0 || !xlex_is_upper((unsigned char)s[0])) {
    return 0;
  }
  if (s[n - 1u] == '.') {
    --n;
  }
  for (int i = 0; i < 12; ++i) {
    if (xlex_eq(s, n, names[i]) || xlex_eq(s, n, abbr[i])) {
      return i + 1;
    }
  }
  if (xlex_eq(s, n, "sept")) {
    return 9;
  }
  return 0;
}

int
xlex_weekday(const char* s, size_t n)
{
  static const char* const names[] = { "monday",   "tuesday", "wednesday",
                                       "thursday", "friday",  "saturday",
                                       "sunday" };
  if (n == 0 || !xlex_is_upper((unsigned char)s[0])) {
    return -1;
  }
  for (int i = 0; i < 7; ++i) {
    if (xlex_eq(s, n, names[i])) {
      return i;
    }
  }
  return -1;
}

int
xlex_ordinal(const char* s, size_t n)
{
  static const char* const units[] = { "first",   "second", "third",
                                       "fourth",  "fifth",  "sixth",
                                       "seventh", "eighth", "ninth" };
  static const char* const teens[] = {
    "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"
  };
  static const char* const tens[] = {
    "twentieth", "thirtieth", "fortieth", "fiftieth"
  };
  static const char* const tens_card[] = {
    "twenty", "thirty", "forty", "fifty"
  };
  if (n == 0) {
    return 0;
  }
  if (xlex_eq(s, n, "inaugural")) {
    return 1;
  }
  if (s[0] >= '0' && s[0] <= '9') {
    size_t i = 0;
    int v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && v < 10000) {
      v = v * 10 + (s[i] - '0');
      ++i;
    }
    if (n - i == 2u && (xlex_eq(s + i, 2u, "st") || xlex_eq(s + i, 2u, "nd") ||
                        xlex_eq(s + i, 2u, "rd") || xlex_eq(s + i, 2u, "th"))) {
      return v;
    }
    return 0;
  }
  for (int i = 0; i < 9; ++i) {
    if (xlex_eq(s, n, units[i])) {
      return i + 1;
    }
  }
  for (int i = 0; i < 10; ++i) {
    if (xlex_eq(s, n, teens[i])) {
      return i + 10;
    }
  }
  for (int i = 0; i < 4; ++i) {
    if (xlex_eq(s, n, tens[i])) {
      return (i + 2) * 10;
    }
    const size_t l = strlen(tens_card[i]);
    if (n > l + 1u && xlex_starts(s, l, tens_card[i]) && s[l] == '-') {
      for (int k = 0; k < 9; ++k) {
        if (xlex_eq(s + l + 1u, n - l - 1u, units[k])) {
          return (i + 2) * 10 + k + 1;
        }
      }
    }
  }
  return 0;
}

/* ---- People ------------------------------------------------------------- */

bool
xlex_honorific_at(const char* s, size_t n, size_t* len)
{
  static const char* const list[] = { "His Excellency",
                                      "Her Excellency",
                                      "The Honorable",
                                      "The Honourable",
                                      "Honorable",
                                      "Honourable",
                                      "H.E.",
                                      "Mr.",
                                      "Ms.",
                                      "Mrs.",
                                      "Dr.",
                                      "Prof.",
                                      "Hon.",
                                      "Mr",
                                      "Ms",
                                      "Mrs",
                                      "Dr",
                                      "Sir",
                                      "Dame",
                                      "Shri",
                                      "Smt.",
                                      "Smt",
                                      NULL };
  for (size_t i = 0; list[i]; ++i) {
    size_t l = 0;
    if (match_exact(s, n, list[i], &l) && l < n && s[l] == ' ') {
      *len = l + 1u;
      return true;
    }
  }
  return false;
}

static const char* const title_words[] = { "Ambassador",
                                           "Ambassador-at-Large",
                                           "Coordinator",
                                           "Councilor",
                                           "Councillor",
                                           "Secretary",
                                           "Minister",
                                           "Director",
                                           "Director-General",
                                           "General",
                                           "Deputy",
                                           "Assistant",
                                           "Under",
                                           "Principal",
                                           "Senior",
                                           "Chief",
                                           "Head",
                                           "Counselor",
                                           "Counsellor",
                                           "Adviser",
                                           "Advisor",
                                           "Envoy",
                                           "Special",
                                           "Acting",
                                           "Executive",
                                           "Commissioner",
                                           "Chair",
                                           "Chairman",
                                           "Chairperson",
                                           "Vice",
                                           "President",
                                           "Prime",
                                           "Joint",
                                           "Additional",
                                           "Permanent",
                                           "Representative",
                                           "Officer",
                                           "Attache",
                                           "Attaché",
                                           "Consul",
                                           "Consul-General",
                                           "Minister-Counsellor",
                                           "Cyber",
                                           "Cybersecurity",
                                           "Cyberspace",
                                           "Policy",
                                           "Policies",
                                           "Issues",
                                           "Affairs",
                                           "Security",
                                           "International",
                                           "National",
                                           "Foreign",
                                           "Defense",
                                           "Defence",
                                           "Homeland",
                                           "State",
                                           "Technology",
                                           "Technologies",
                                           "Information",
                                           "Communications",
                                           "Digital",
                                           "Economic",
                                           "Strategic",
                                           "Strategy",
                                           "Internet",
                                           "Global",
                                           "Diplomacy",
                                           "Cooperation",
                                           "Critical",
                                           "Infrastructure",
                                           "Emerging",
                                           "Multilateral",
                                           "Bilateral",
                                           "Regional",
                                           "Intelligence",
                                           "Law",
                                           "Enforcement",
                                           "Legal",
                                           "Crime",
                                           "Programs",
                                           "Planning",
                                           "Operations",
                                           "Public",
                                           "Justice",
                                           "Commerce",
                                           "Trade",
                                           "Industry",
                                           "Science",
                                           "Innovation",
                                           "Development",
                                           "Research",
                                           "Directorate",
                                           "Ministry",
                                           "Department",
                                           "Agency",
                                           "Office",
                                           "Bureau",
                                           "Council",
                                           "Secretariat",
                                           "Center",
                                           "Centre",
                                           "Commission",
                                           "Service",
                                           "Command",
                                           "Police",
                                           "Division",
                                           "Administration",
                                           "Authority",
                                           "Cabinet",
                                           "Committee",
                                           "Unit",
                                           "Team",
                                           "Headquarters",
                                           "Chancellery",
                                           "Staff",
                                           "Deputy-Director",
                                           "Undersecretary",
                                           "Under-Secretary",
                                           "Spokesperson",
                                           "Spokesman",
                                           "Coordinating",
                                           "Section",
                                           "Desk",
                                           "Group",
                                           "Forum",
                                           "Task",
                                           "Force",
                                           "Asia",
                                           "Pacific",
                                           "Europe",
                                           "European",
                                           "Americas",
                                           "East",
                                           "West",
                                           "South",
                                           "North",
                                           "Ambassadors",
                                           "Advisers",
                                           "Officials",
                                           "Delegation",
                                           "Government",
                                           "Federal",
                                           "Republic",
                                           "Extraordinary",
                                           "Plenipotentiary",
                                           NULL };

/* Is s[0, n) one of the words of `list` (case-sensitive)? */
static bool
in_list(const char* const* list, const char* s, size_t n)
{
  for (size_t i = 0; list[i]; ++i) {
    if (strlen(list[i]) == n && !strncmp(s, list[i], n)) {
      return true;
    }
  }
  return false;
}

bool
xlex_title_word(const char* s, size_t n)
{
  return in_list(title_words, s, n);
}

bool
xlex_org_word(const char* s, size_t n)
{
  static const char* const list[] = {
    "Ministry",       "Ministries",   "Department",
    "Departments",    "Agency",       "Agencies",
    "Office",         "Offices",      "Bureau",
    "Bureaus",        "Council",      "Secretariat",
    "Directorate",    "Center",       "Centre",
    "Commission",     "Service",      "Command",
    "Police",         "Team",         "Division",
    "Administration", "Authority",    "Institute",
    "Chancellery",    "Headquarters", "Cabinet",
    "Committee",      "Board",        "Organisation",
    "Organization",   "Force",        "Forces",
    "Unit",           "Corps",        "Coast",
    "Embassy",        "Consulate",    "Branch",
    "Branches",       "Section",      NULL
  };
  return in_list(list, s, n);
}

bool
xlex_is_kind(const char* s, size_t n)
{
  static const char* const kinds[] = {
    "Media Note",      "Press Release",
    "News Release",    "Press Statement",
    "Joint Statement", "Joint Press Release",
    "Statement",       "Readout",
    "Fact Sheet",      "Announcement",
    "Media Release",   "Media Advisory",
    "Press Briefing",  "Joint Press Statement",
    "Notice",          NULL
  };
  for (size_t i = 0; kinds[i]; ++i) {
    if (xlex_eq(s, n, kinds[i])) {
      return true;
    }
  }
  return false;
}

bool
xlex_venue_at(const char* s, size_t n, size_t* len, const char** name)
{
  /* value: the canonical name */
  static const Phrase venues[] = {
    { "United Nations General Assembly", "United Nations General Assembly" },
    { "United Nations", "United Nations" },
    { "UN Group of Governmental Experts", "UN Group of Governmental Experts" },
    { "Group of Governmental Experts", "UN Group of Governmental Experts" },
    { "Open-ended Working Group", "Open-ended Working Group" },
    { "Open-Ended Working Group", "Open-ended Working Group" },
    { "ASEAN Regional Forum", "ASEAN Regional Forum" },
    { "East Asia Summit", "East Asia Summit" },
    { "Asia-Pacific Economic Cooperation",
      "Asia-Pacific Economic Cooperation" },
    { "APEC", "Asia-Pacific Economic Cooperation" },
    { "G7", "G7" },
    { "G20", "G20" },
    { "Quad", "Quad" },
    { "Organization for Security and Co-operation in Europe",
      "Organization for Security and Co-operation in Europe" },
    { "OSCE", "Organization for Security and Co-operation in Europe" },
    { "Organization of American States", "Organization of American States" },
    { "Council of Europe", "Council of Europe" },
    { "Internet Governance Forum", "Internet Governance Forum" },
    { "International Telecommunication Union",
      "International Telecommunication Union" },
    { "Freedom Online Coalition", "Freedom Online Coalition" },
    { "Global Forum on Cyber Expertise", "Global Forum on Cyber Expertise" },
    { "NATO", "NATO" },
    { "INTERPOL", "INTERPOL" },
    { "Interpol", "INTERPOL" },
    { NULL, NULL },
  };
  size_t best = 0;
  for (size_t i = 0; venues[i].text; ++i) {
    size_t l = 0;
    if (match_exact(s, n, venues[i].text, &l) && l > best) {
      best = l;
      *name = venues[i].value;
    }
  }
  *len = best;
  return best > 0;
}
