/* extract: agencies found by the registry rather than by list shapes.

   After the lists of xdeleg.c are read, every sentence about the
   delegations is searched for the names, other names and acronyms of the
   participants' agencies (with the matching rules of the registry, through
   xctx_agency: case, punctuation, "the", "X Department", a country before
   the name).  A mention the lists did not give is filed under the side its
   cues name: the nearest side marker before it in the sentence ("on the
   Japanese side", "the US side was represented by"), a country before the
   name ("Australian Department of Foreign Affairs and Trade"), else the one
   participant whose registry has it.  Only registry agencies are filed
   here; unknown agency-like phrases are the lists' (kept and reported). */

#include "xint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

static bool names_a_head(const XCtx* x, size_t sent);

/* The longest name a mention may have, in words ("Ministry of Internal
   Affairs and Communications" has six; "Information-technology Promotion
   Agency, Japan" four). */
#define MAX_WORDS 12u

/* A sentence about the delegations: who took part, who was represented. */
static bool
about_delegations(const char* s, size_t b, size_t e)
{
  static const char* const cues[] = { "delegation",
                                      "delegations",
                                      "side",
                                      "represented",
                                      "participants",
                                      "participated",
                                      "participation",
                                      "attended",
                                      "joined",
                                      "officials",
                                      "representatives",
                                      "included",
                                      "comprised",
                                      "consisted",
                                      "accompanied",
                                      "attendance",
                                      "co-chairs",
                                      "co-chaired",
                                      "led by the",
                                      "involved in the",
                                      "inviting",
                                      "organised",
                                      "organized",
                                      "counterparts",
                                      NULL };
  for (size_t i = 0; cues[i]; ++i) {
    if (xlex_find(s + b, e - b, cues[i]) != NONE) {
      return true;
    }
  }
  /* a line of the meeting's particulars led by its label ("Host Cabinet
     Secretariat, Ministry of ...", "Organizers: ..."): its agencies are
     the delegations' */
  static const char* const labels[] = {
    "host",      "hosts",      "co-hosts",      "organizer", "organizers",
    "organiser", "organisers", "co-organizers", "attendees", NULL
  };
  /* the lines of such a block run together in the text: a label is
     capitalized, after the start or a space, not after an article, and
     followed by a capitalized word (after a colon or not) */
  for (size_t p = b; p < e; ++p) {
    if ((p > b && s[p - 1u] != ' ') || !xlex_is_upper((unsigned char)s[p])) {
      continue;
    }
    if (p >= b + 4u && (xlex_starts(s + p - 4u, 4u, "the ") ||
                        xlex_starts(s + p - 2u, 2u, "a "))) {
      continue;
    }
    const size_t l = xlex_word_len(s + p, e - p);
    for (size_t i = 0; l && labels[i]; ++i) {
      if (xlex_eq(s + p, l, labels[i]) && p + l + 2u < e &&
          (s[p + l] == ':' || s[p + l] == ' ') &&
          xlex_is_upper(
            (unsigned char)s[p + l + (s[p + l] == ':' ? 2u : 1u)])) {
        return true;
      }
    }
  }
  return false;
}

/* The side named last before `at` in [b, at): "the Japanese side", "the
   US delegation", "Japan was represented", "officials from Singapore". */
static const char*
side_before(XCtx* x, size_t b, size_t at)
{
  const char* side = NULL;
  size_t from = b, last = 0;
  while (from < at) {
    size_t where = 0;
    const char* cc = xside_marker(x, from, at, &where);
    if (!cc) {
      break;
    }
    side = cc;
    last = where;
    from = where + 1u;
  }
  size_t pw = 0;
  const char* people = xside_people_from(x, b, at, &pw);
  if (people && (!side || pw > last)) {
    side = people;
  }
  return side;
}

/* Is [b, e) inside what a head phrase or a list already took? */
static bool
taken(const XCtx* x, size_t b, size_t e)
{
  for (size_t i = 0; i < x->n_cc; ++i) {
    const XDeleg* d = &x->del[i];
    for (size_t h = 0; h < d->n_heads; ++h) {
      const XItem* items[] = { &d->heads[h].name,
                               &d->heads[h].title,
                               &d->heads[h].agency };
      for (size_t k = 0; k < 3u; ++k) {
        if (items[k]->name && b < items[k]->span.e && items[k]->span.b < e) {
          return true;
        }
      }
    }
    for (size_t k = 0; k < d->n_agencies; ++k) {
      if (b < d->agencies[k].span.e && d->agencies[k].span.b < e) {
        return true;
      }
    }
  }
  return false;
}

/* Is `a` already an agency of a delegation (by the registry)? */
static bool
known(const XCtx* x, const DkgAgency* a)
{
  for (size_t i = 0; i < x->n_cc; ++i) {
    const XDeleg* d = &x->del[i];
    for (size_t k = 0; d->cc && k < d->n_agencies; ++k) {
      const char* name = d->agencies[k].name;
      if (dkg_registry_agency(x->reg, d->cc, name, strlen(name)) == a) {
        return true;
      }
    }
  }
  return false;
}

/* Does the text spell `name` as an agency, not only a word the registry
   rewords into one?  Outside a list a bare field ("Defense" of "the
   Political, Security, and Defense Dialogue", "State" of "the State of
   Qatar") names no agency: the name must hold an organization word, be an
   acronym, or be a name, other name or acronym of the registry as
   written. */
static bool
spelled_agency(const XCtx* x, const char* name)
{
  if (xctx_agency_like(name)) {
    return true;
  }
  for (size_t i = 0; i < x->n_cc; ++i) {
    if (dkg_registry_agency(x->reg, x->cc[i], name, strlen(name))) {
      return true;
    }
  }
  return false;
}

/* Is the word at `mb` a member of a grouped name before it ("the
   Departments of State, Homeland Security, and Treasury"): capitalized
   words, commas and "and" back to a plural head with its "of"/"for"? */
static bool
grouped_member(const char* s, size_t b, size_t mb)
{
  static const char* const heads[] = { "Departments of ",
                                       "Departments for ",
                                       "Ministries of ",
                                       "Ministries for ",
                                       NULL };
  size_t p = mb;
  for (int words = 0; p > b && words < 24; ++words) {
    for (size_t i = 0; heads[i]; ++i) {
      const size_t l = strlen(heads[i]);
      if (p >= b + l && !strncmp(s + p - l, heads[i], l)) {
        return true;
      }
    }
    while (p > b && (s[p - 1u] == ' ' || s[p - 1u] == ',')) {
      --p;
    }
    size_t w = p;
    while (w > b && s[w - 1u] != ' ' && s[w - 1u] != ',') {
      --w;
    }
    if (w == p ||
        (!xlex_is_upper((unsigned char)s[w]) && !xlex_eq(s + w, p - w, "and") &&
         !xlex_eq(s + w, p - w, "of") && !xlex_eq(s + w, p - w, "the"))) {
      return false;
    }
    p = w;
  }
  return false;
}

/* The longest registry agency starting at word `w0` of `w`: its end word
   (exclusive) and the agency, side and spelling; 0 when none. */
static size_t
longest_at(XCtx* x,
           const XSpan* w,
           size_t n,
           size_t w0,
           const char* side,
           const DkgAgency** agency,
           const char** cc,
           char** written)
{
  const size_t top = w0 + MAX_WORDS < n ? w0 + MAX_WORDS : n;
  for (size_t end = top; end > w0; --end) {
    char* name = xctx_copy(x, w[w0].b, w[end - 1u].e);
    if (!name) {
      return 0;
    }
    const DkgAgency* a = xctx_agency(x, side, name, cc, written);
    /* a comma ends a name unless the registry's name has one ("Ministry
       of Economy, Trade and Industry") */
    const bool comma = strchr(name, ',') && a && !strchr(a->name, ',');
    const bool spelled =
      a && (spelled_agency(x, name) || grouped_member(x->doc.text, 0, w[w0].b));
    /* "the Ministry of ... (MIC) and the Ministry of ... of Viet Nam": a
       name ends at its acronym's parenthesis when another item follows */
    const bool across = strstr(name, ") and") || strstr(name, "), ");
    free(name);
    if (a && !comma && spelled && !across) {
      *agency = a;
      return end;
    }
    free(*written);
    *written = NULL;
  }
  return 0;
}

/* Words of [b, e): runs of word characters and the dots, ampersands,
   slashes and apostrophes inside names ("U.S.", "Korea Internet &
   Security Agency", "JPCERT/CC", "Attorney-General's"). */
static size_t
words_in(const char* s, size_t b, size_t e, XSpan* out, size_t max)
{
  size_t n = 0, i = b;
  while (i < e && n < max) {
    while (i < e && !xlex_is_word_char((unsigned char)s[i]) && s[i] != '&') {
      ++i;
    }
    if (i >= e) {
      break;
    }
    const size_t start = i;
    while (i < e && (xlex_is_word_char((unsigned char)s[i]) || s[i] == '.' ||
                     s[i] == '/' || s[i] == '&' || s[i] == '\'')) {
      ++i;
    }
    size_t end = i;
    while (end > start && (s[end - 1u] == '.' || s[end - 1u] == '\'')) {
      if (s[end - 1u] == '.' && end - start >= 3u && s[end - 3u] == '.') {
        break; /* "U.S." keeps its dot */
      }
      --end;
    }
    out[n].b = start;
    out[n].e = end > start ? end : i;
    ++n;
  }
  return n;
}

/* A mention that is no member of a delegation: a place ("met at the U.S.
   State Department"), a speaker ("the Department of State stated",
   "according to the ministry", "According to a statement from the
   Ministry of ..., the Indian delegation ..."). */
static bool
not_a_member(const char* s, size_t b, size_t mb, size_t me, size_t e)
{
  static const char* const before[] = { "at the",       "at",
                                        "in the",       "according to the",
                                        "according to", "hosted by the",
                                        "hosted by",    NULL };
  static const char* const after[] = { "said",       "says",      "stated",
                                       "announced",  "added",     "noted",
                                       "reported",   "will host", "hosted",
                                       "would host", "hosts",     NULL };
  for (size_t i = 0; before[i]; ++i) {
    const size_t l = strlen(before[i]);
    if (mb >= b + l + 1u && s[mb - 1u] == ' ' &&
        xlex_starts(s + mb - 1u - l, l, before[i]) &&
        (mb - 1u - l == b || s[mb - 2u - l] == ' ')) {
      return true;
    }
  }
  /* "According to an official statement from the Ministry of Foreign
     Affairs (MEA), ...": the phrase of the source, up to its comma */
  size_t seg = mb;
  while (seg > b && s[seg - 1u] != ',' && s[seg - 1u] != ';') {
    --seg;
  }
  while (seg < mb && s[seg] == ' ') {
    ++seg;
  }
  if (xlex_starts(s + seg, mb - seg, "according to ")) {
    return true;
  }
  /* "Director General of Foreign Policy Bureau": part of a title */
  if (mb >= b + 4u && xlex_starts(s + mb - 3u, 3u, "of ")) {
    size_t w = mb - 4u;
    while (w > b && s[w - 1u] != ' ') {
      --w;
    }
    if (xlex_title_word(s + w, mb - 4u - w)) {
      return true;
    }
  }
  size_t k = me;
  while (k < e && s[k] == ' ') {
    ++k;
  }
  for (size_t i = 0; after[i]; ++i) {
    if (xlex_starts(s + k, e - k, after[i])) {
      return true;
    }
  }
  return false;
}

/* Is word `i` of `w` the word `word` (case aside)? */
static bool
word_is(const char* s, const XSpan* w, size_t i, const char* word)
{
  return xlex_eq(s + w[i].b, w[i].e - w[i].b, word);
}

/* A name of capitalized words ending in an organization noun, from word
   `head` ("the Cyber Security Agency", "Information System Authority"),
   two words or more, a diplomatic post with its place ("the High
   Commission in London", "the Embassy in Tokyo", "Mission to the European
   Union"): the end word (exclusive), 0 when none. */
static size_t
org_name_at(XCtx* x, const XSpan* w, size_t n, size_t head)
{
  static const char* const nouns[] = {
    "Agency",    "Office",      "Centre",      "Center",  "Authority",
    "Institute", "Directorate", "Secretariat", "Bureau",  "Administration",
    "Embassy",   "Consulate",   "Mission",     "Service", "Commission",
    "Council",   "Committee",   "Police",      NULL
  };
  static const char* const ranks[] = { "Ambassador",
                                       "Minister",
                                       "Secretary",
                                       "Director",
                                       "Deputy",
                                       "Coordinator",
                                       "Envoy",
                                       "Chair",
                                       "President",
                                       "Head",
                                       "Chief",
                                       "Executive",
                                       "Director-General",
                                       "Commissioner",
                                       "Counsellor",
                                       "Counselor",
                                       "Adviser",
                                       "Advisor",
                                       "Officer",
                                       "Representative",
                                       NULL };
  static const char* const posts[] = {
    "Embassy", "Consulate", "Mission", "Commission", NULL
  };
  const char* s = x->doc.text;
  size_t end = head, noun = NONE;
  while (end < n) {
    if (end > head &&
        (w[end].b != w[end - 1u].e + 1u || s[w[end - 1u].e] != ' ')) {
      break; /* a comma or a parenthesis ends the name */
    }
    const bool upper = xlex_is_upper((unsigned char)s[w[end].b]);
    const bool join = end > head && end + 1u < n &&
                      (word_is(s, w, end, "of") || word_is(s, w, end, "for") ||
                       word_is(s, w, end, "and") || word_is(s, w, end, "&")) &&
                      xlex_is_upper((unsigned char)s[w[end + 1u].b]) &&
                      !word_is(s, w, end + 1u, "The");
    if (!upper && !join) {
      break;
    }
    if (join && noun != NONE && noun + 1u == end &&
        (word_is(s, w, end, "and") || word_is(s, w, end, "&"))) {
      break; /* "Defence Ministry and Interior Ministry": two names */
    }
    for (size_t i = 0; upper && ranks[i]; ++i) {
      if (word_is(s, w, end, ranks[i])) {
        return 0; /* "Deputy Director of the Office ...": a title */
      }
    }
    for (size_t i = 0; upper && nouns[i]; ++i) {
      if (word_is(s, w, end, nouns[i])) {
        noun = end;
      }
    }
    ++end;
  }
  if (noun == NONE || noun == head ||
      (noun == head + 1u && word_is(s, w, head, "The"))) {
    return 0;
  }
  /* "the UN Security Council", "the United Nations ...": no delegation's */
  const size_t f = word_is(s, w, head, "The") ? head + 1u : head;
  static const char* const bodies[] = { "UN",  "U.N.", "NATO", "OSCE", "OECD",
                                        "ITU", "G7",   "G20",  "WTO",  NULL };
  for (size_t i = 0; bodies[i]; ++i) {
    if (word_is(s, w, f, bodies[i])) {
      return 0;
    }
  }
  if (word_is(s, w, f, "United") && f + 1u < n &&
      word_is(s, w, f + 1u, "Nations")) {
    return 0;
  }
  bool post = false;
  for (size_t i = 0; posts[i]; ++i) {
    post |= word_is(s, w, noun, posts[i]);
  }
  size_t k = noun + 1u;
  /* "Centre of Excellence": the complement after the noun is the name's */
  if (end > k && (word_is(s, w, k, "of") || word_is(s, w, k, "for"))) {
    return end;
  }
  if (post && k + 1u < n &&
      (word_is(s, w, k, "in") || word_is(s, w, k, "to"))) {
    size_t p = k + 1u;
    if (p + 1u < n && word_is(s, w, p, "the")) {
      ++p;
    }
    size_t q = p;
    while (q < n && xlex_is_upper((unsigned char)s[w[q].b]) &&
           w[q].b == w[q - 1u].e + 1u) {
      ++q;
    }
    if (q > p) {
      return q;
    }
  }
  return noun + 1u;
}

/* A name of capitalized words ending in a participant's name ("Global
   Affairs Canada", "Public Safety Canada"), from word `head`, with no rank
   nor "Government" before it: the end word (exclusive), the participant in
   `*cc`; 0 when none. */
static size_t
country_named_at(XCtx* x,
                 const XSpan* w,
                 size_t n,
                 size_t head,
                 size_t b,
                 size_t e,
                 const char** cc)
{
  static const char* const not_names[] = {
    "Government",
    "Governments",
    "Ambassador",
    "Minister",
    "Secretary",
    "Director",
    "Deputy",
    "President",
    "Prime",
    "Embassy",
    "Team",
    "The",
    "Both",
    "Republic",
    "Chair",
    "Chairs",
    "Speaker",
    "Speakers",
    /* "Senior U.S. and Philippine officials": a rank or a quantity of
       people before the country word, no name */
    "Senior",
    "Junior",
    "Top",
    "Visiting",
    "Other",
    "Several",
    "Relevant",
    "Key",
    "Former",
    "All",
    "Some",
    "Many",
    "High-level",
    "High-Level",
    NULL
  };
  const char* s = x->doc.text;
  for (size_t end = head; end < n && end < head + 5u; ++end) {
    if (end > head &&
        (w[end].b != w[end - 1u].e + 1u || s[w[end - 1u].e] != ' ')) {
      return 0;
    }
    if (!xlex_is_upper((unsigned char)s[w[end].b])) {
      return 0;
    }
    XCountryHit h;
    if (end > head && xside_participant_at(x, b, w[end].b, e, &h) &&
        !h.adjective && !h.possessive && w[end].b + h.len == w[end].e) {
      const size_t after = w[end].e;
      if (after < e && xlex_is_word_char((unsigned char)s[after])) {
        return 0;
      }
      *cc = h.cc;
      return end + 1u;
    }
    for (size_t i = 0; not_names[i]; ++i) {
      if (word_is(s, w, end, not_names[i])) {
        return 0;
      }
    }
  }
  return 0;
}

/* A capitalized word of a coordinated complement: no organization word,
   no acronym, no "The", no participant, no registry name of its own. */
static bool
complement_word(XCtx* x, const XSpan* w, size_t i, size_t b, size_t e)
{
  const char* s = x->doc.text;
  const size_t l = w[i].e - w[i].b;
  XCountryHit h;
  if (!xlex_is_upper((unsigned char)s[w[i].b]) ||
      xlex_org_word(s + w[i].b, l) || word_is(s, w, i, "The") ||
      xside_participant_at(x, b, w[i].b, e, &h)) {
    return false;
  }
  size_t caps = 0;
  for (size_t k = w[i].b; k < w[i].e; ++k) {
    caps += xlex_is_upper((unsigned char)s[k]) ? 1u : 0u;
  }
  if (caps >= 2u) {
    return false; /* "ENISA", "ICT" */
  }
  char* name = xctx_copy(x, w[i].b, w[i].e);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
  free(written);
  free(name);
  return !a;
}

static size_t coordinated_name(XCtx* x, const XSpan* w, size_t n, size_t a);

/* After a comma ending "Ministry of Science": ", Technology and
   Innovation" (segments of one to three complement words, the last
   after "and"), the end word (exclusive); 0 when the words after the
   comma are no such complement. */
static size_t
comma_complement(XCtx* x,
                 const XSpan* w,
                 size_t n,
                 size_t j,
                 size_t b,
                 size_t e)
{
  const char* s = x->doc.text;
  for (int seg = 0; seg < 4 && j < n; ++seg) {
    /* the gap before word j: ", " (or ", and") */
    if (w[j].b != w[j - 1u].e + 2u || s[w[j - 1u].e] != ',' ||
        s[w[j - 1u].e + 1u] != ' ') {
      return 0;
    }
    bool and_next = false;
    if (word_is(s, w, j, "and")) {
      ++j;
      and_next = true;
      if (j >= n || w[j].b != w[j - 1u].e + 1u) {
        return 0;
      }
    }
    size_t r = j;
    while (r < n && r - j < 3u && (r == j || w[r].b == w[r - 1u].e + 1u) &&
           complement_word(x, w, r, b, e)) {
      ++r;
    }
    if (r == j) {
      return 0;
    }
    if (and_next) {
      return r;
    }
    /* "... Technology and Innovation": the last segment */
    if (r < n && w[r].b == w[r - 1u].e + 1u && word_is(s, w, r, "and")) {
      size_t t = r + 1u;
      while (t < n && t - r - 1u < 3u && w[t].b == w[t - 1u].e + 1u &&
             complement_word(x, w, t, b, e)) {
        ++t;
      }
      if (t == r + 1u) {
        return 0;
      }
      /* "..., Finance and Industrial and Digital Sovereignty": one more
         "and" inside the last segment, unless a name of its own follows
         ("... and National Cyber Security Centre") */
      if (t + 1u < n && w[t].b == w[t - 1u].e + 1u && word_is(s, w, t, "and") &&
          !coordinated_name(x, w, n, t)) {
        size_t u = t + 1u;
        while (u < n && u - t - 1u < 3u && w[u].b == w[u - 1u].e + 1u &&
               complement_word(x, w, u, b, e)) {
          ++u;
        }
        if (u > t + 1u) {
          return u;
        }
      }
      return t;
    }
    j = r;
  }
  return 0;
}

/* After the "and" at word `a`, a name of its own: capitalized words
   ending in an organization noun ("... and National Cyber Security
   Centre"), its end word (exclusive); 0 when none. */
static size_t
coordinated_name(XCtx* x, const XSpan* w, size_t n, size_t a)
{
  const char* s = x->doc.text;
  if (a + 1u >= n || w[a + 1u].b != w[a].e + 1u ||
      !xlex_is_upper((unsigned char)s[w[a + 1u].b]) ||
      word_is(s, w, a + 1u, "The")) {
    return 0;
  }
  /* "... and Singapore's Ministry of ...": another country's name */
  XCountryHit h;
  if (xlex_country_at(s + w[a + 1u].b, w[n - 1u].e - w[a + 1u].b, &h) &&
      (h.possessive || h.adjective)) {
    return 0;
  }
  return org_name_at(x, w, n, a + 1u);
}

/* Does word `i` start a name of another country's agency ("... and
   Singapore's Ministry of ...", "... and Korean Ministry of ...")? */
static bool
another_country(XCtx* x, const XSpan* w, size_t n, size_t i, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XCountryHit h;
  if (i >= n || !xside_participant_at(x, b, w[i].b, e, &h)) {
    return false;
  }
  if (h.possessive) {
    return true;
  }
  size_t next = i + 1u;
  while (next < n && w[next].b < w[i].b + h.len) {
    ++next;
  }
  return h.adjective && next < n &&
         xlex_org_word(s + w[next].b, w[next].e - w[next].b);
}

/* "Defense Ministry", "Foreign Ministry": one to three capitalized words
   of no organization and "Ministry", no "of" or "for" after it (that is
   "Ministry of ...", read apart), from word `head`: the end word
   (exclusive), 0 when none. */
static size_t
field_ministry(XCtx* x, const XSpan* w, size_t n, size_t head)
{
  const char* s = x->doc.text;
  for (size_t k = head; k < n && k < head + 4u; ++k) {
    if (k > head && (w[k].b != w[k - 1u].e + 1u || s[w[k - 1u].e] != ' ')) {
      return 0;
    }
    if (!xlex_is_upper((unsigned char)s[w[k].b]) || word_is(s, w, k, "The")) {
      return 0;
    }
    if (word_is(s, w, k, "Ministry")) {
      const bool linked =
        k + 1u < n && w[k + 1u].b == w[k].e + 1u &&
        (word_is(s, w, k + 1u, "of") || word_is(s, w, k + 1u, "for"));
      return k > head && !linked ? k + 1u : 0;
    }
    if (xlex_org_word(s + w[k].b, w[k].e - w[k].b)) {
      return 0;
    }
  }
  return 0;
}

/* An agency-like phrase that the registry does not know, at word `k`: a
   head noun with "of" or "for" and capitalized words ("Ministry of Foreign
   Affairs", "Department for Digital Affairs and Transport"), with a
   participant's country word before it ("the Estonian Ministry of ...") or
   after it ("... of Estonia"), which sets `*cc`.  Returns the end word
   (exclusive) and the first word in `*first`; 0 when none. */
static size_t
unknown_at(XCtx* x,
           const XSpan* w,
           size_t n,
           size_t k,
           size_t b,
           size_t e,
           size_t* first,
           const char** cc)
{
  static const char* const heads[] = {
    "Ministry",    "Department", "Office", "Bureau", "Directorate",
    "Secretariat", "Commission", "Agency", NULL
  };
  static const char* const joins[] = { "of", "for", "and", "the", "on", NULL };
  const char* s = x->doc.text;
  *cc = NULL;
  *first = k;
  /* a word joined by a hyphen to the one before starts no name
     ("Director-General for International Affairs of MIC") */
  if (k > 0 && w[k].b == w[k - 1u].e + 1u && s[w[k - 1u].e] == '-') {
    return 0;
  }
  XCountryHit h;
  size_t head = k;
  if (xside_participant_at(x, b, w[k].b, e, &h) &&
      (h.adjective || h.possessive) && w[k].b + h.len < e) {
    /* "the Estonian Ministry of ...", "Estonia's Ministry of ..." */
    size_t next = k + 1u;
    while (next < n && w[next].b < w[k].b + h.len) {
      ++next;
    }
    *cc = h.cc;
    head = next;
  }
  bool is_head = false;
  for (size_t i = 0; head + 1u < n && heads[i]; ++i) {
    is_head |= word_is(s, w, head, heads[i]);
  }
  if (!is_head || !xlex_is_upper((unsigned char)s[w[head].b]) ||
      !(word_is(s, w, head + 1u, "of") || word_is(s, w, head + 1u, "for"))) {
    /* the name starts its run of capitalized words ("the UN Security
       Council" is not "Security Council") */
    if (head == k && k > 0 && w[k].b == w[k - 1u].e + 1u &&
        s[w[k - 1u].e] == ' ' && xlex_is_upper((unsigned char)s[w[k - 1u].b])) {
      return 0;
    }
    size_t named = org_name_at(x, w, n, head);
    if (!named) {
      named = field_ministry(x, w, n, head);
    }
    if (named && head == k && !*cc && (w[k].b == b || s[w[k].b - 1u] == ' ') &&
        xside_participant_at(x, b, w[k].b, e, &h) && !h.possessive &&
        w[k].b + h.len < w[named - 1u].e) {
      *cc = h.cc; /* "the US Embassy in Bern": the country's */
    }
    if (!named && head == k) {
      named = country_named_at(x, w, n, head, b, e, cc);
    }
    if (named && *first > 0 && word_is(s, w, *first - 1u, "the")) {
      --*first;
    }
    return named;
  }
  size_t end = head + 2u, last = head; /* last capitalized word */
  while (end < n) {
    /* one space between words: a comma or a parenthesis ends the phrase,
       unless a coordinated complement follows ("Ministry of Science,
       Technology and Innovation") */
    if (w[end].b != w[end - 1u].e + 1u || s[w[end - 1u].e] != ' ') {
      const size_t r = last > head ? comma_complement(x, w, n, end, b, e) : 0;
      if (r) {
        last = r - 1u;
      }
      break;
    }
    const bool upper = xlex_is_upper((unsigned char)s[w[end].b]);
    bool join = false;
    for (size_t i = 0; joins[i]; ++i) {
      join |= word_is(s, w, end, joins[i]);
    }
    if (!upper && !join) {
      break;
    }
    /* "... and the Ministry of ...", "... and National Cyber Security
       Centre": another name */
    if (word_is(s, w, end, "and") && end + 1u < n &&
        (word_is(s, w, end + 1u, "the") ||
         xlex_org_word(s + w[end + 1u].b, w[end + 1u].e - w[end + 1u].b) ||
         coordinated_name(x, w, n, end) > end + 2u ||
         another_country(x, w, n, end + 1u, b, e))) {
      break;
    }
    XCountryHit after;
    /* "of Estonia", "of the Netherlands" */
    const size_t cw =
      end + 2u < n && word_is(s, w, end + 1u, "the") ? end + 2u : end + 1u;
    if (word_is(s, w, end, "of") && cw < n &&
        xside_participant_at(x, b, w[cw].b, e, &after) && !after.adjective &&
        !after.possessive) {
      /* "Ministry of Foreign Affairs of Estonia" */
      if (!*cc) {
        *cc = after.cc;
      }
      break;
    }
    if (upper) {
      last = end;
    }
    ++end;
  }
  if (last <= head + 1u) {
    return 0;
  }
  /* "Ministry of ..., Finance and ... (MEFSIN) of the Republic of France":
     the participant after the name (and its acronym in parentheses) */
  size_t j = last + 1u;
  if (j < n && w[j].b > 0 && s[w[j].b - 1u] == '(' && s[w[j].e] == ')') {
    ++j;
  }
  if (!*cc && j > last + 1u && j + 1u < n && word_is(s, w, j, "of")) {
    const size_t cw =
      j + 2u < n && word_is(s, w, j + 1u, "the") ? j + 2u : j + 1u;
    XCountryHit after;
    bool found = xside_participant_at(x, b, w[cw].b, e, &after);
    /* "the Republic of France", "the Kingdom of Belgium": a state's style
       before its name that the lexicon may not know */
    if (!found && cw + 2u < n && word_is(s, w, cw + 1u, "of") &&
        (word_is(s, w, cw, "Republic") || word_is(s, w, cw, "Kingdom"))) {
      found = xside_participant_at(x, b, w[cw + 2u].b, e, &after);
    }
    if (found && !after.adjective && !after.possessive) {
      *cc = after.cc;
    }
  }
  /* "Ministry of Foreign Affairs, Malaysia co-chaired": a participant's
     name alone after the comma closing the name, no name running on */
  XCountryHit ch;
  if (!*cc && j == last + 1u && j < n && w[j].b == w[last].e + 2u &&
      s[w[last].e] == ',' && xside_participant_at(x, b, w[j].b, e, &ch) &&
      !ch.adjective && !ch.possessive) {
    const size_t past = w[j].b + ch.len;
    size_t q = j;
    while (q < n && w[q].b < past) {
      ++q;
    }
    if (q >= n || w[q].b != past + 1u || s[past] != ' ' ||
        (!xlex_is_upper((unsigned char)s[w[q].b]) &&
         !word_is(s, w, q, "and"))) {
      *cc = ch.cc;
    }
  }
  /* the first word, with "the" before it */
  if (*first > 0 && word_is(s, w, *first - 1u, "the")) {
    --*first;
  }
  return last + 1u;
}

/* Has the delegation of `cc` agencies from sentence `sent` already (a
   list of its members there)? */
static bool
listed_in(XCtx* x, const char* cc, size_t sent)
{
  const XDeleg* d = cc ? xctx_deleg(x, cc) : NULL;
  for (size_t k = 0; d && k < d->n_agencies; ++k) {
    if (d->agencies[k].sent == sent) {
      return true;
    }
  }
  return false;
}

/* In the sentence of a head, "at the" after a capitalized word that is no
   place ("Acting Director for Digital Society, Trust and Cybersecurity at
   the European Commission") ends a title: the mention at `mb` is the
   head's agency, no place, and one of the side's agencies unless the
   sentence lists the side's members ("..., Joint Secretary ... at the
   Indian Ministry of External Affairs, consisted of representatives of
   NSCS, MHA, ..."). */
static bool
title_at(XCtx* x, size_t sent, size_t b, size_t mb, const char* cc)
{
  if (listed_in(x, cc, sent)) {
    return false;
  }
  const char* s = x->doc.text;
  size_t p = mb;
  if (p >= b + 4u && xlex_starts(s + p - 4u, 4u, "the ")) {
    p -= 4u;
  }
  if (p < b + 5u || !xlex_starts(s + p - 3u, 3u, "at ") || s[p - 4u] != ' ') {
    return false;
  }
  size_t w = p - 4u;
  while (w > b && s[w - 1u] != ' ') {
    --w;
  }
  const size_t l = p - 4u - w;
  size_t cl = 0;
  const char* ccc = NULL;
  XCountryHit h;
  if (!l || !xlex_is_upper((unsigned char)s[w]) ||
      (xlex_city_at(s + w, l, &cl, &ccc) && cl == l) ||
      (xlex_country_at(s + w, l, &h) && h.len == l)) {
    return false;
  }
  return sent == NONE || names_a_head(x, sent);
}

/* After a name at `at`, its possessive and a unit of it: capitalized
   words ending in "Department", "Division", "Bureau", "Directorate",
   "Office" or "Section" ("'s Global Affairs Department"). */
static bool
unit_after(const char* s, size_t at, size_t e)
{
  static const char* const units[] = { "Department",  "Division", "Bureau",
                                       "Directorate", "Office",   "Section",
                                       NULL };
  size_t k = at;
  if (xlex_starts(s + k, e - k, "'s ")) {
    k += 3u;
  } else if (k > 0 && s[k - 1u] == 's' && xlex_starts(s + k, e - k, "' ")) {
    k += 2u;
  } else {
    return false;
  }
  for (int words = 0; words < 6 && k < e; ++words) {
    const size_t l = xlex_word_len(s + k, e - k);
    if (!l || !xlex_is_upper((unsigned char)s[k])) {
      return false;
    }
    for (size_t i = 0; units[i]; ++i) {
      if (xlex_eq(s + k, l, units[i]) &&
          (k + l == e ||
           (s[k + l] != ' ' && !xlex_is_word_char((unsigned char)s[k + l])))) {
        return true; /* the unit ends the phrase */
      }
    }
    k += l;
    if (k >= e || s[k] != ' ') {
      return false;
    }
    ++k;
  }
  return false;
}

/* Has the delegation of `cc` a head named in sentence `sent`? */
static bool
head_of_in(const XCtx* x, const char* cc, size_t sent)
{
  for (size_t i = 0; i < x->n_cc; ++i) {
    if (!x->del[i].cc || strcmp(x->del[i].cc, cc)) {
      continue;
    }
    for (size_t h = 0; h < x->del[i].n_heads; ++h) {
      if (x->del[i].heads[h].name.sent == sent) {
        return true;
      }
    }
  }
  return false;
}

/* An unknown agency-like phrase of a delegation ("The Department of State
   and the Ministry of Foreign Affairs of Estonia co-chaired", the registry
   knowing no agency of Estonia): kept, with a warning, when a country word
   or the side named before says whose it is.  Returns the end word, 0 when
   none. */
static size_t
unknown_mention(XCtx* x,
                size_t sent,
                const XSpan* w,
                size_t n,
                size_t k,
                size_t b,
                size_t e,
                XSpan* sideless)
{
  const char* s = x->doc.text;
  size_t first = k;
  const char* cc = NULL;
  const size_t end = unknown_at(x, w, n, k, b, e, &first, &cc);
  if (!end) {
    return 0;
  }
  bool of_head = false;
  /* in the sentence of a head, such a phrase is the head's agency
     ("Ambassador X, Director General ..., Ministry of Foreign Affairs") */
  for (size_t i = 0; i < x->n_cc; ++i) {
    for (size_t h = 0; h < x->del[i].n_heads; ++h) {
      const XHead* hd = &x->del[i].heads[h];
      /* unless a country word gives it to a side whose head there has no
         agency ("Ambassador X, coordinator ... at the Polish Ministry of
         Foreign Affairs") */
      if (hd->name.sent != sent) {
        continue;
      }
      /* a country word giving it to a side none of whose heads is here:
         no agency of this head ("X, ..., Ministry of External Affairs,
         India together with ..., Ministry of Foreign Affairs, Malaysia") */
      if (cc && x->del[i].cc && strcmp(x->del[i].cc, cc) &&
          !head_of_in(x, cc, sent)) {
        continue;
      }
      if (!(cc && x->del[i].cc && !strcmp(x->del[i].cc, cc) &&
            !hd->agency.name)) {
        return end;
      }
      of_head = true;
    }
  }
  /* "Director of the Department of ...": part of a title or a parent;
     but the parent of a unit named after its possessive ("Director of the
     Moroccan Ministry of Foreign Affairs and International Cooperation's
     Global Affairs Department") is the side's agency */
  size_t me = w[end - 1u].e;
  bool parent = false;
  for (size_t p = w[first].b; p + 3u < me && !parent; ++p) {
    if (s[p] == '\'' && unit_after(s, p, me)) {
      me = p;
      parent = true;
    }
  }
  parent |= unit_after(s, me, e); /* "... Affairs' Cyber Department" */
  if (parent) {
    /* a parent is an organization ("International Affairs of MIC's
       Global Strategy Bureau" is a title's field and its body's unit) */
    char* pn = xctx_copy(x, w[first].b, me);
    const bool the = pn && !strncmp(pn, "the ", 4u);
    if (pn && !xctx_agency_like(pn + (the ? 4u : 0u))) {
      parent = false;
      me = w[end - 1u].e;
    }
    free(pn);
  }
  if (first > 0 && !parent &&
      (word_is(s, w, first - 1u, "of") || word_is(s, w, first - 1u, "for"))) {
    return end;
  }
  const char* where = cc ? cc : side_before(x, b, w[first].b);
  const size_t mb = w[first].b;
  if (!where && !of_head && !taken(x, mb, me) &&
      !not_a_member(s, b, mb, me, e)) {
    sideless->b = mb; /* the registry names coordinated with it may tell */
    sideless->e = me;
    return end;
  }
  /* a parent after "Director of the" is no part of the title: only what
     follows it may make it no member */
  if (!where || !xctx_deleg(x, where) || taken(x, mb, me) ||
      (!of_head && !title_at(x, sent, b, mb, where) &&
       not_a_member(s, parent ? mb : b, mb, me, e))) {
    return end;
  }
  const char* rcc = NULL;
  char* written = NULL;
  char* name = xctx_copy(x, mb, me);
  const DkgAgency* a =
    name ? xctx_agency(x, where, name, &rcc, &written) : NULL;
  free(name);
  if (a || !written) {
    free(written);
    return end;
  }
  xctx_warn(x,
            sent,
            "agency \"%s\" of %s is not in data/agencies.json; found outside "
            "a list of agencies, kept as written",
            written,
            where);
  xlist_add_agency(x, where, written, mb, me, sent);
  /* "the Dutch Ministry of Foreign Affairs and National Cyber Security
     Centre": the name after "and" is of the same side */
  const size_t next =
    end < n && word_is(s, w, end, "and") ? coordinated_name(x, w, n, end) : 0;
  if (next > end + 2u && !taken(x, w[end + 1u].b, w[next - 1u].e)) {
    const size_t nb = w[end + 1u].b, ne = w[next - 1u].e;
    char* second = xctx_copy(x, nb, ne);
    char* w2 = NULL;
    const DkgAgency* sa =
      second ? xctx_agency(x, where, second, &rcc, &w2) : NULL;
    free(second);
    if (w2 && !(sa && known(x, sa))) {
      if (!sa) {
        xctx_warn(x,
                  sent,
                  "agency \"%s\" of %s is not in data/agencies.json; "
                  "coordinated with the one before, kept as written",
                  w2,
                  where);
      }
      xlist_add_agency(x, where, w2, nb, ne, sent);
      return next;
    }
    free(w2);
  }
  return end;
}

/* Is s[a, b) only what joins the names of a list: commas, "and", "the",
   a parenthesis ("(MIC)"), with a comma or "and" among them? */
static bool
list_gap(const char* s, size_t a, size_t b)
{
  bool joined = false;
  size_t i = a;
  while (i < b) {
    if (s[i] == ' ') {
      ++i;
    } else if (s[i] == ',') {
      joined = true;
      ++i;
    } else if (s[i] == '(') {
      while (i < b && s[i] != ')') {
        ++i;
      }
      if (i >= b) {
        return false;
      }
      ++i;
    } else if (xlex_starts(s + i, b - i, "and ")) {
      joined = true;
      i += 4u;
    } else if (xlex_starts(s + i, b - i, "the ")) {
      i += 4u;
    } else {
      return false;
    }
  }
  return joined;
}

/* Files the unknown name s[sp.b, sp.e) that names no side under `cc`,
   the side of a registry name in the same list ("the Digital Agency, the
   Ministry of Internal Affairs and Communications, ..."). */
static void
file_sideless(XCtx* x, size_t sent, XSpan sp, const char* cc)
{
  if (!cc || !xctx_deleg(x, cc) || taken(x, sp.b, sp.e)) {
    return;
  }
  const char* rcc = NULL;
  char* written = NULL;
  char* name = xctx_copy(x, sp.b, sp.e);
  const DkgAgency* a = name ? xctx_agency(x, cc, name, &rcc, &written) : NULL;
  free(name);
  if (a || !written) {
    free(written);
    return;
  }
  xctx_warn(x,
            sent,
            "agency \"%s\" is not in data/agencies.json; listed with "
            "agencies of %s, kept as written there",
            written,
            cc);
  xlist_add_agency(x, cc, written, sp.b, sp.e, sent);
}

/* Two participants joined by "and" from word `*i` ("the Japanese and UK",
   "Kazakhstan and Belarus"; with `names`, each may follow "the" and is a
   name, no adjective): their codes in `ccs`, `*i` past the second.  False
   when the words are no such pair. */
static bool
participant_pair(XCtx* x,
                 const XSpan* w,
                 size_t n,
                 size_t b,
                 size_t e,
                 bool names,
                 size_t* i,
                 const char* ccs[2])
{
  const char* s = x->doc.text;
  for (int c = 0; c < 2; ++c) {
    if (names && *i < n && word_is(s, w, *i, "the")) {
      ++*i;
    }
    XCountryHit h;
    if (*i >= n || !xside_participant_at(x, b, w[*i].b, e, &h) ||
        (names && h.adjective) || h.possessive ||
        (c == 1 && !strcmp(h.cc, ccs[0]))) {
      return false;
    }
    ccs[c] = h.cc;
    const size_t past = w[*i].b + h.len;
    while (*i < n && w[*i].b < past) {
      ++*i;
    }
    if (c == 0) {
      if (*i >= n || !word_is(s, w, *i, "and")) {
        return false;
      }
      ++*i;
    }
  }
  return true;
}

/* One agency of each side `ccs` named by a plural: words `from` to `last`
   (a plural organization noun), the mention spanning words `k` to `last`
   (to word `tail` when it is no NONE: the plural's complement, "of
   Foreign Affairs", kept after the singular); the singular name
   ("Offices" -> "Office", "Agencies" -> "Agency") goes to each side's
   list, `where` saying in the warning how the plural stood.  False when
   the singular is no organization name (or memory ran out). */
static bool
plural_agencies(XCtx* x,
                size_t sent,
                const XSpan* w,
                size_t k,
                size_t from,
                size_t last,
                size_t tail,
                const char* const ccs[2],
                const char* where)
{
  const char* s = x->doc.text;
  const size_t l = w[last].e - w[last].b;
  const bool ies = s[w[last].e - 2u] == 'e' && s[w[last].e - 3u] == 'i';
  char* stem = xctx_copy(x, w[from].b, w[last].e - (ies ? 3u : 1u));
  if (!stem) {
    return false;
  }
  char* name = (char*)malloc(strlen(stem) + 2u);
  if (!name) {
    x->nomem = true;
    free(stem);
    return false;
  }
  strcpy(name, stem);
  if (ies) {
    strcat(name, "y");
  }
  free(stem);
  if (!xlex_org_word(name + (strlen(name) - (l - (ies ? 2u : 1u))),
                     l - (ies ? 2u : 1u))) {
    free(name);
    return false;
  }
  if (tail != NONE) {
    char* more = xctx_copy(x, w[last].e, w[tail].e);
    char* whole = more ? (char*)malloc(strlen(name) + strlen(more) + 2u) : NULL;
    if (!whole) {
      x->nomem = true;
      free(more);
      free(name);
      return false;
    }
    strcpy(whole, name);
    strcat(whole, " ");
    strcat(whole, more);
    free(more);
    free(name);
    name = whole;
  }
  const size_t mb = w[k].b, me = w[tail != NONE ? tail : last].e;
  /* "the \"Hotline between Japanese and Chinese Defense Authorities\"": a
     plural inside a quoted name is part of the name of a thing */
  const bool was_taken = taken(x, mb, me) || xlist_in_quotes(x, sent, me);
  for (int c = 0; c < 2 && !was_taken; ++c) {
    if (!xctx_deleg(x, ccs[c])) {
      continue;
    }
    const char* rcc = NULL;
    char* written = NULL;
    const DkgAgency* a = xctx_agency(x, ccs[c], name, &rcc, &written);
    if (!written || (a && known(x, a))) {
      free(written);
      continue;
    }
    xctx_warn(x,
              sent,
              "\"%s\" of %s, named in a plural %s%s",
              written,
              ccs[c],
              where,
              a ? "" : "; not in data/agencies.json, kept as written");
    xlist_add_agency(x, ccs[c], written, mb, me, sent);
  }
  free(name);
  return true;
}

/* "the Japanese and UK Cabinet Offices": two participants' country words
   before capitalized words ending in a plural organization noun, one
   agency of each side (the singular name).  Returns the end word, 0 when
   the words at `k` are no such name. */
static size_t
shared_plural(XCtx* x,
              size_t sent,
              const XSpan* w,
              size_t n,
              size_t k,
              size_t b,
              size_t e)
{
  const char* s = x->doc.text;
  const char* ccs[2] = { NULL, NULL };
  size_t i = k;
  if (!participant_pair(x, w, n, b, e, false, &i, ccs)) {
    return 0;
  }
  const size_t first = i;
  size_t last = NONE;
  for (size_t j = first; j < n && j < first + 5u; ++j) {
    if ((j > first && w[j].b != w[j - 1u].e + 1u) ||
        !xlex_is_upper((unsigned char)s[w[j].b])) {
      break;
    }
    const size_t l = w[j].e - w[j].b;
    if (l > 3u && s[w[j].e - 1u] == 's' &&
        (xlex_org_word(s + w[j].b, l - 1u) ||
         (s[w[j].e - 2u] == 'e' && s[w[j].e - 3u] == 'i'))) {
      last = j;
      break;
    }
  }
  if (last == NONE) {
    return 0;
  }
  return plural_agencies(x,
                         sent,
                         w,
                         k,
                         first,
                         last,
                         NONE,
                         ccs,
                         "after the participants' country words")
           ? last + 1u
           : 0;
}

/* The complement of a plural organization noun, word `of` being its
   "of": one to four capitalized words (inner "and" allowed: "of
   Industry and Trade") in a run, then "of" and two participants joined by
   "and".  Returns the complement's last word, NONE when there is none (or
   when the words after `of` are already the participants). */
static size_t
plural_complement(XCtx* x,
                  const XSpan* w,
                  size_t n,
                  size_t of,
                  size_t b,
                  size_t e)
{
  const char* s = x->doc.text;
  size_t end = NONE;
  for (size_t j = of + 1u; j < n && j < of + 6u; ++j) {
    if (w[j].b != w[j - 1u].e + 1u) {
      break;
    }
    if (xlex_is_upper((unsigned char)s[w[j].b])) {
      XCountryHit h;
      if (xside_participant_at(x, b, w[j].b, e, &h)) {
        break; /* a country: no complement word */
      }
      end = j;
      continue;
    }
    if (!word_is(s, w, j, "and") || end != j - 1u) {
      break;
    }
  }
  if (end == NONE || end + 1u >= n || !word_is(s, w, end + 1u, "of")) {
    return NONE;
  }
  size_t i = end + 2u;
  const char* ccs[2] = { NULL, NULL };
  return participant_pair(x, w, n, b, e, true, &i, ccs) ? end : NONE;
}

/* "the Security Councils of Kazakhstan and Belarus", "the Foreign
   Ministries of Japan and India": capitalized words ending in a plural
   organization noun, then "of" and the two participants joined by "and":
   one agency of each side (the singular name), in any sentence.  Returns
   the end word, 0 when the words at `k` are no such name. */
static size_t
plural_of(XCtx* x,
          size_t sent,
          const XSpan* w,
          size_t n,
          size_t k,
          size_t b,
          size_t e)
{
  const char* s = x->doc.text;
  if (k > 0 && w[k].b == w[k - 1u].e + 1u &&
      xlex_is_upper((unsigned char)s[w[k - 1u].b])) {
    return 0; /* the name starts its run of capitalized words */
  }
  size_t last = NONE;
  for (size_t j = k; j < n && j < k + 5u; ++j) {
    if ((j > k && w[j].b != w[j - 1u].e + 1u) ||
        !xlex_is_upper((unsigned char)s[w[j].b])) {
      break;
    }
    const size_t l = w[j].e - w[j].b;
    if (l > 3u && s[w[j].e - 1u] == 's' &&
        (xlex_org_word(s + w[j].b, l - 1u) ||
         (s[w[j].e - 2u] == 'e' && s[w[j].e - 3u] == 'i' && l > 4u))) {
      last = j;
      break;
    }
  }
  if (last == NONE || last + 1u >= n || !word_is(s, w, last + 1u, "of")) {
    return 0;
  }
  const char* ccs[2] = { NULL, NULL };
  size_t i = last + 2u;
  /* "the Ministries of Foreign Affairs of Belarus and Uzbekistan": the
     plural's complement in capitalized words, then "of" and the pair */
  const size_t tail = plural_complement(x, w, n, last + 1u, b, e);
  if (tail != NONE) {
    i = tail + 2u;
  }
  /* "the Foreign Ministries of both countries", "... of the two sides":
     the two participants */
  const size_t q = i < n && word_is(s, w, i, "the") ? i + 1u : i;
  if (x->n_cc == 2u && q + 1u < n &&
      (word_is(s, w, q, "both") || (q > i && word_is(s, w, q, "two"))) &&
      (word_is(s, w, q + 1u, "countries") || word_is(s, w, q + 1u, "sides"))) {
    ccs[0] = x->cc[0];
    ccs[1] = x->cc[1];
    i = q + 2u;
  } else if (!participant_pair(x, w, n, b, e, true, &i, ccs)) {
    return 0;
  }
  return plural_agencies(
           x, sent, w, k, k, last, tail, ccs, "before the participants")
           ? i
           : 0;
}

/* Every sentence's plural names of both sides' agencies (plural_of). */
static void
plurals_in(XCtx* x, size_t sent, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XSpan w[256];
  const size_t n = words_in(s, b, e, w, 256u);
  size_t k = 0;
  while (k < n) {
    const size_t end = xlex_is_upper((unsigned char)s[w[k].b])
                         ? plural_of(x, sent, w, n, k, b, e)
                         : 0;
    k = end ? end : k + 1u;
  }
}

/* A word in lower case that is, case and all, an acronym of a
   participant's registry agency ("fedpol", the Swiss Federal Office of
   Police, writes itself so): a mention as a capitalized word is. */
static bool
lower_acronym(XCtx* x, const XSpan* w)
{
  const char* s = x->doc.text;
  const size_t l = w->e - w->b;
  for (size_t i = 0; i < x->n_cc; ++i) {
    const DkgAgency* a = dkg_registry_agency(x->reg, x->cc[i], s + w->b, l);
    for (size_t k = 0; a && k < a->n_acronyms; ++k) {
      if (strlen(a->acronyms[k]) == l &&
          !strncmp(a->acronyms[k], s + w->b, l)) {
        return true;
      }
    }
  }
  return false;
}

static void
mentions_in(XCtx* x, size_t sent, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XSpan w[256];
  const size_t n = words_in(s, b, e, w, 256u);
  size_t k = 0;
  XSpan loose = { 0, 0 };  /* an unknown name of no side, waiting */
  const char* prev = NULL; /* the side of the registry name before */
  size_t prev_e = 0;
  while (k < n) {
    if (!xlex_is_upper((unsigned char)s[w[k].b]) && !lower_acronym(x, &w[k])) {
      ++k;
      continue;
    }
    const size_t sp = shared_plural(x, sent, w, n, k, b, e);
    if (sp) {
      k = sp;
      continue;
    }
    const char* side = side_before(x, b, w[k].b);
    const DkgAgency* a = NULL;
    const char* cc = NULL;
    char* written = NULL;
    size_t end = longest_at(x, w, n, k, side, &a, &cc, &written);
    if (!end && side) {
      /* not of the side named before: the registry's country decides */
      end = longest_at(x, w, n, k, NULL, &a, &cc, &written);
    }
    XCountryHit ph;
    if (end && cc && xside_participant_at(x, b, w[k].b, e, &ph) &&
        (ph.adjective || ph.possessive) && strcmp(ph.cc, cc)) {
      /* "the Polish Ministry of Foreign Affairs" is not Korea's */
      free(written);
      written = NULL;
      end = 0;
    }
    if (end && cc && end + 1u < n && word_is(s, w, end, "of") &&
        w[end].b == w[end - 1u].e + 1u) {
      /* "the Ministry of Defense of Viet Nam" is not Japan's either */
      const size_t cw =
        end + 2u < n && word_is(s, w, end + 1u, "the") ? end + 2u : end + 1u;
      if (xside_participant_at(x, b, w[cw].b, e, &ph) && !ph.adjective &&
          !ph.possessive && strcmp(ph.cc, cc)) {
        free(written);
        written = NULL;
        end = 0;
      }
    }
    if (!end) {
      XSpan sl = { 0, 0 };
      const size_t u = unknown_mention(x, sent, w, n, k, b, e, &sl);
      if (sl.e > sl.b) {
        if (prev && list_gap(s, prev_e, sl.b)) {
          file_sideless(x, sent, sl, prev);
        } else {
          loose = sl;
        }
      }
      k = u ? u : k + 1u;
      continue;
    }
    /* "Cabinet Secretariat Information Security Center": the registry's
       name runs on, in one run of capitalized words, to an organization
       noun: the whole is one name (a unit of the agency), kept as
       written when the registry does not know it */
    size_t unit = org_name_at(x, w, n, k);
    for (size_t j = end; j < unit; ++j) {
      if (!xlex_is_upper((unsigned char)s[w[j].b]) || word_is(s, w, j, "&")) {
        unit = 0; /* "EEAS and Directorate-General ...": two names */
      }
    }
    if (unit > end) {
      const char* where = cc ? cc : side;
      const size_t mb = w[k].b, me = w[unit - 1u].e;
      free(written);
      written = NULL;
      const char* ucc = NULL;
      char* name = xctx_copy(x, mb, me);
      const DkgAgency* ua =
        name ? xctx_agency(x, where, name, &ucc, &written) : NULL;
      free(name);
      if (!ua && written && where && xctx_deleg(x, where) &&
          !taken(x, mb, me) && !not_a_member(s, b, mb, me, e)) {
        xctx_warn(x,
                  sent,
                  "agency \"%s\" of %s is not in data/agencies.json; a unit "
                  "of a registry agency, kept as written",
                  written,
                  where);
        xlist_add_agency(x, where, written, mb, me, sent);
      } else {
        free(written);
      }
      k = unit;
      continue;
    }
    const size_t mb = w[k].b, me = w[end - 1u].e;
    const char* where = cc ? cc : side;
    const bool member =
      title_at(x, sent, b, mb, where) ||
      !not_a_member(s, unit_after(s, me, e) ? mb : b, mb, me, e);
    if (member && where) {
      if (loose.e > loose.b && list_gap(s, loose.e, mb)) {
        file_sideless(x, sent, loose, where);
      }
      loose.b = loose.e = 0;
      prev = where;
      prev_e = me;
    }
    if (where && member && !taken(x, mb, me) && !known(x, a)) {
      xctx_warn(x,
                sent,
                "\"%s\" found by the registry outside a list of agencies: "
                "put in the %s delegation",
                written,
                where);
      xlist_add_agency(x, where, written, mb, me, sent);
    } else {
      free(written);
    }
    k = end;
  }
}

/* "..., who met with senior leaders from Israel's A, B, and Ministries of
   C and D", "..., the talks were also attended by representatives of the
   Office of ..., the Ministry of ...": a list of agencies after the people
   of a side and "from"/"of" that the lists of xdeleg.c did not read (they
   read the first such phrase of a clause, up to its end).  The list runs
   to the end of its clause; a participant's possessive starting it names
   its side ("Israel's"), else each item's registry country or country
   word, else the side named before.  Skipped when a list or a head
   already took a part of it. */
static void
people_lists(XCtx* x, size_t sent, size_t b, size_t e)
{
  static const char* const cues[] = { "representatives from ",
                                      "representatives of ",
                                      "officials from ",
                                      "officials of ",
                                      "leaders from ",
                                      "leaders of ",
                                      "experts from ",
                                      "delegates from ",
                                      "members from ",
                                      "staff from ",
                                      NULL };
  static const char* const stops[] = {
    ", who",  " who ",          " to ",   " on ",     " at the ",  " in the ",
    " met ",  " will ",         " were ", " was ",    " are ",     " is ",
    " also ", " and discussed", ";",      " during ", " for the ", NULL
  };
  const char* s = x->doc.text;
  for (size_t p = b; p < e; ++p) {
    if (p > b && xlex_is_word_char((unsigned char)s[p - 1u])) {
      continue;
    }
    size_t lb = NONE;
    for (size_t c = 0; cues[c] && lb == NONE; ++c) {
      if (xlex_starts(s + p, e - p, cues[c])) {
        lb = p + strlen(cues[c]);
      }
    }
    if (lb == NONE || lb >= e) {
      continue;
    }
    const size_t nb = xlex_starts(s + lb, e - lb, "the ") ? lb + 4u : lb;
    if (nb >= e || !xlex_is_upper((unsigned char)s[nb])) {
      continue;
    }
    size_t le = e;
    for (size_t k = 0; stops[k]; ++k) {
      const size_t f = xlex_find(s + lb, le - lb, stops[k]);
      if (f != NONE && lb + f < le) {
        le = lb + f;
      }
    }
    le = xlist_names_end(x, lb, le, false);
    while (le > lb &&
           (s[le - 1u] == '.' || s[le - 1u] == ' ' || s[le - 1u] == ',')) {
      --le;
    }
    const char* side = NULL;
    XCountryHit h;
    if (xside_participant_at(x, b, nb, le, &h)) {
      if (!h.possessive) {
        p = lb;
        continue; /* "officials from Japan": the people's side, no list */
      }
      side = h.cc;
      /* "Israel's National Cyber Directorate": the name after the
         possessive */
      size_t after = nb + h.len;
      while (after < le && s[after] == ' ') {
        ++after;
      }
      if (after < le && xlex_is_upper((unsigned char)s[after])) {
        lb = after;
      }
    }
    if (le > lb && !taken(x, lb, le)) {
      const char* last = side;
      xlist_parse(x, side, lb, le, sent, &last);
    }
    p = le;
  }
}

/* Does sentence `sent` name a head ("The dialogue was chaired by A,
   Director, Directorate General ... (DG CONNECT), European Commission")? */
static bool
names_a_head(const XCtx* x, size_t sent)
{
  for (size_t i = 0; i < x->n_cc; ++i) {
    for (size_t h = 0; h < x->del[i].n_heads; ++h) {
      if (x->del[i].heads[h].name.name &&
          x->del[i].heads[h].name.sent == sent) {
        return true;
      }
    }
  }
  return false;
}

/* The last segment of a head's phrase, a name of the head's own country
   written bare after the title ("Jane Roe, Director General,
   International Security Policy, Global Affairs Canada, and included
   ..."): segments cut at commas after the head's name, up to one that
   starts in lower case or the end of the sentence; the last, when it
   does not start with a rank and ends in the country of the head's
   delegation, or is an acronym after the title ("Name, Director of
   Security and Defense, SEAE"; not "CEO"), is one of its agencies.  (A
   "Ministry of ..." there is the head's agency, read with the head.) */
/* Whether the registry knows `name` as an agency of any country (a name
   the delegation's own side does not resolve may be another
   participant's). */
static bool
registry_anywhere(XCtx* x, const char* name)
{
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = xctx_agency(x, NULL, name, &cc, &written);
  free(written);
  return a != NULL;
}

/* A Directorate-General among the segments of a head's phrase, up to the
   parenthesis of its code ("Acting Director, Digital Society, Trust and
   Cybersecurity, DG Communications Networks, Content & Technology (DG
   CNECT), European Commission"): one of the side's agencies. */
static void
head_dg(XCtx* x,
        size_t d,
        const XHead* hd,
        size_t b,
        size_t e,
        size_t pb,
        size_t pe)
{
  const char* s = x->doc.text;
  /* the parent after it ("..., European Commission as co-chairs") names
     the side, else the head's delegation does */
  const char* side = x->del[d].cc;
  for (size_t l = pe; l > pb; --l) {
    if (l < pe && s[l] != ' ') {
      continue;
    }
    char* parent = xctx_copy(x, pb, l);
    const char* pcc = NULL;
    char* pw = NULL;
    const DkgAgency* pa =
      parent ? xctx_agency(x, NULL, parent, &pcc, &pw) : NULL;
    free(pw);
    free(parent);
    if (pa && pcc && xctx_deleg(x, pcc)) {
      side = pcc;
      break;
    }
  }
  while (e > b && s[e - 1u] == ' ') {
    --e;
  }
  if (e <= b || taken(x, b, e)) {
    return;
  }
  char* name = xctx_copy(x, b, e);
  const char* rcc = NULL;
  char* written = NULL;
  const DkgAgency* a = name ? xctx_agency(x, side, name, &rcc, &written) : NULL;
  free(name);
  if (!written || (a && known(x, a))) {
    free(written);
    return;
  }
  if (!a) {
    xctx_warn(x,
              hd->name.sent,
              "agency \"%s\" of %s, after the head's title, is not in "
              "data/agencies.json; kept as written",
              written,
              side);
  }
  xlist_add_agency(x, side, written, b, e, hd->name.sent);
}

static void
head_segments(XCtx* x, size_t d, const XHead* hd)
{
  static const char* const ranks[] = {
    "Ambassador", "Minister", "Secretary",   "Director",     "Deputy",
    "Head",       "Chief",    "Coordinator", "Commissioner", "Executive",
    "Senior",     "Acting",   "Principal",   "Special",      NULL
  };
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[hd->name.sent];
  const size_t e = xdeleg_cut_attribution(s, st->clip_b, st->e);
  size_t i = hd->name.span.e;
  size_t lb = 0, le = 0; /* the last capitalized segment */
  size_t segments = 0;
  size_t dg_b = 0, dg_e = 0; /* a Directorate-General up to its code */
  size_t dg_pb = 0, dg_pe = 0;
  while (i < e && s[i] == ' ' && i + 1u < e && s[i + 1u] == ',') {
    ++i; /* "Joanneke Balfoort , Director ..." */
  }
  while (i < e && s[i] == ',') {
    size_t b = i + 1u;
    while (b < e && s[b] == ' ') {
      ++b;
    }
    if (b >= e || !xlex_is_upper((unsigned char)s[b])) {
      break;
    }
    size_t k = b;
    int depth = 0;
    while (k < e && (depth || (s[k] != ',' && s[k] != ';'))) {
      xctx_paren(s[k], &depth);
      ++k;
    }
    lb = b;
    le = k;
    i = k;
    ++segments;
    if (!dg_b && (xlex_starts(s + b, k - b, "DG ") ||
                  xlex_starts(s + b, k - b, "Directorate-General ") ||
                  xlex_starts(s + b, k - b, "Directorate General "))) {
      dg_b = b; /* "..., DG Communications Networks, Content & ..." */
    }
    if (dg_e && !dg_pb) {
      dg_pb = b; /* the segment after the DG: its parent */
      dg_pe = k;
    }
    if (dg_b && !dg_e && memchr(s + b, '(', k - b)) {
      dg_e = (size_t)((const char*)memchr(s + b, '(', k - b) - s);
    }
  }
  if (dg_b && dg_e > dg_b) {
    head_dg(x, d, hd, dg_b, dg_e, dg_pb, dg_pe);
  }
  while (le > lb && (s[le - 1u] == ' ' || s[le - 1u] == '.')) {
    --le;
  }
  /* "Name, Director of Security and Defense, SEAE": an acronym after the
     title (not a rank's: "CEO") */
  bool acronym = segments >= 2u && le - lb >= 2u && le - lb <= 8u;
  for (size_t k = lb; acronym && k < le; ++k) {
    acronym = (s[k] >= 'A' && s[k] <= 'Z') || s[k] == '-' || s[k] == '/';
  }
  static const char* const rank_acronyms[] = { "CEO", "CIO", "CISO", "CTO",
                                               "COO", "MP",  "MEP",  "DG",
                                               "DDG", "PhD", NULL };
  for (size_t r = 0; acronym && rank_acronyms[r]; ++r) {
    acronym = !xlex_eq(s + lb, le - lb, rank_acronyms[r]);
  }
  XCountryHit whole;
  if (acronym && xlex_country_at(s + lb, le - lb, &whole) &&
      whole.len == le - lb) {
    acronym = false; /* "..., USA" */
  }
  /* "Ministry of Economy and Communications of Estonia": a head noun with
     its complement may hold "and" (not "..., Ministry of Foreign Affairs
     of Japan and Mr Taavi Kotka"); the country after it is dropped */
  static const char* const nouns[] = {
    "Ministry of ", "Ministry for ", "Department of ", "Department for ", NULL
  };
  bool noun = false;
  for (size_t k = 0; nouns[k]; ++k) {
    noun |= xlex_starts(s + lb, le - lb, nouns[k]);
  }
  const size_t and_at = le > lb ? xlex_find(s + lb, le - lb, " and ") : NONE;
  if (le <= lb || taken(x, lb, le) || (and_at != NONE && !noun)) {
    return;
  }
  if (and_at != NONE) {
    size_t hl = 0;
    for (size_t k = lb + and_at + 5u; k < le; ++k) {
      if ((k == lb + and_at + 5u || s[k - 1u] == ' ') &&
          xlex_honorific_at(s + k, le - k, &hl)) {
        return;
      }
    }
  }
  const size_t w0 = xlex_word_len(s + lb, le - lb);
  for (size_t r = 0; ranks[r]; ++r) {
    if (xlex_eq(s + lb, w0, ranks[r])) {
      return;
    }
  }
  /* the last words before any parenthesis: the head's country, one word
     or more ("Global Affairs Canada", "Security Council of the Russian
     Federation") */
  size_t pe = lb;
  while (pe < le && s[pe] != '(') {
    ++pe;
  }
  while (pe > lb && s[pe - 1u] == ' ') {
    --pe;
  }
  bool ends_in_country = false;
  for (size_t k = lb; !acronym && k < pe;) {
    const size_t l = xlex_word_len(s + k, pe - k);
    XCountryHit ch;
    if (l && k > lb && xlex_country_at(s + k, pe - k, &ch) &&
        k + ch.len == pe && !ch.adjective && !ch.possessive &&
        !strcmp(ch.cc, x->del[d].cc)) {
      ends_in_country = true;
      break;
    }
    k += l ? l : 1u;
  }
  if (!acronym && !ends_in_country) {
    return;
  }
  if (noun) {
    /* "Ministry of ... of Estonia": the name without its country */
    size_t k = le;
    while (k > lb + 4u && !xlex_starts(s + k - 4u, 4u, " of ")) {
      --k;
    }
    if (k > lb + 4u) {
      XCountryHit oh;
      size_t c = k;
      if (xlex_starts(s + c, le - c, "the ")) {
        c += 4u;
      }
      if (xlex_country_at(s + c, le - c, &oh) && c + oh.len == le) {
        le = k - 4u;
        /* "... of the Government of Australia" */
        static const char gov[] = " of the Government";
        const size_t gl = sizeof(gov) - 1u;
        if (le > lb + gl && xlex_starts(s + le - gl, gl, gov)) {
          le -= gl;
        }
      }
    }
  }
  char* name = xctx_copy(x, lb, le);
  const char* rcc = NULL;
  char* written = NULL;
  const DkgAgency* a =
    name ? xctx_agency(x, x->del[d].cc, name, &rcc, &written) : NULL;
  free(name);
  if (a || !written || registry_anywhere(x, written)) {
    free(written); /* the registry's: the mentions file it */
    return;
  }
  xctx_warn(x,
            hd->name.sent,
            "agency \"%s\" of %s, after the head's title, is not in "
            "data/agencies.json; kept as written",
            written,
            x->del[d].cc);
  xlist_add_agency(x, x->del[d].cc, written, lb, le, hd->name.sent);
}

/* Does an agency's name ending at offset `at` of sentence `sent` run on in
   a coordinated complement after a comma (", Technology and Innovation",
   comma_complement)?  The end offset of the whole, 0 when not. */
static size_t
name_runs_on(XCtx* x, size_t sent, size_t at)
{
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[sent];
  XSpan w[256];
  const size_t n = words_in(s, st->clip_b, st->e, w, 256u);
  for (size_t i = 0; i + 1u < n; ++i) {
    if (w[i].e == at) {
      const size_t r = comma_complement(x, w, n, i + 1u, st->clip_b, st->e);
      return r ? w[r - 1u].e : 0;
    }
  }
  return 0;
}

/* A head's title ending in its agency after a unit ("Co-Secretary of the
   Cyber Diplomacy Division of the Ministry of Foreign Affairs") when the
   head has none: the ministry or department is one of the side's
   agencies. */
static void
title_agency(XCtx* x, size_t d, const XHead* hd)
{
  static const char* const links[] = { " of the Ministry ",
                                       " of the Department ",
                                       " at the Ministry ",
                                       " at the Department ",
                                       " in the Ministry ",
                                       " in the Department ",
                                       NULL };
  const char* t = hd->title.name;
  if (!t) {
    return;
  }
  const char* at = NULL;
  size_t skip = 0; /* the side's adjective after the link's "the" */
  for (size_t i = 0; links[i]; ++i) {
    const char* f = strstr(t, links[i]);
    if (f && (!at || f > at)) {
      at = f;
      skip = 0;
    }
  }
  /* "Director-General of Asia-Pacific Department of the Iranian Ministry
     of Foreign Affairs": the side's own adjective before the body */
  for (const char* f = strstr(t, " the "); f; f = strstr(f + 1, " the ")) {
    XCountryHit h;
    const size_t rest = strlen(f + 5);
    if (f - t < 3 ||
        (strncmp(f - 3, " of", 3u) && strncmp(f - 3, " at", 3u) &&
         strncmp(f - 3, " in", 3u)) ||
        !xlex_country_at(f + 5, rest, &h) || !h.adjective || h.possessive ||
        !x->del[d].cc || strcmp(h.cc, x->del[d].cc) ||
        (strncmp(f + 5 + h.len, " Ministry ", 10u) &&
         strncmp(f + 5 + h.len, " Department ", 12u))) {
      continue;
    }
    if (!at || f - 3 > at) {
      at = f - 3;
      skip = h.len + 1u;
    }
  }
  if (!at) {
    return;
  }
  /* after a unit of the title ("Division of the Ministry ..."), not after
     a rank ("Director of the Department of ..." is the unit directed) */
  static const char* const units[] = { "Division", "Bureau",     "Directorate",
                                       "Section",  "Unit",       "Branch",
                                       "Office",   "Department", NULL };
  size_t wb = (size_t)(at - t);
  while (wb > 0 && t[wb - 1u] != ' ') {
    --wb;
  }
  /* "Deputy Secretary in the Department of ...": a rank in a body works
     there, whatever the rank */
  bool unit = !strncmp(at, " in the ", 8u);
  for (size_t i = 0; units[i]; ++i) {
    unit |= xlex_eq(t + wb, (size_t)(at - t) - wb, units[i]);
  }
  /* "Deputy Secretary of the Department of Defense", "Vice Minister of the
     Ministry of ...": a rank that heads a whole body serves that body */
  static const char* const heads[] = { "Secretary",         "Minister",
                                       "Undersecretary",    "Under-Secretary",
                                       "Secretary-General", NULL };
  for (size_t i = 0; heads[i]; ++i) {
    unit |= xlex_eq(t + wb, (size_t)(at - t) - wb, heads[i]);
  }
  if (!unit) {
    return;
  }
  const char* name = at + 8 + skip; /* "Ministry ..." */
  if (strchr(name, ',') || strstr(name, " and the ")) {
    return;
  }
  const size_t off = (size_t)(name - t);
  /* "... of the Brazilian Ministry of Science, Technology and Innovation
     (MCTI)": the name runs on past a title cut at its comma */
  size_t me = hd->title.span.e;
  const size_t run = name_runs_on(x, hd->title.sent, me);
  char* whole = run ? xctx_copy(x, hd->title.span.b + off, run) : NULL;
  if (run && !whole) {
    return;
  }
  if (run) {
    me = run;
  }
  const char* rcc = NULL;
  char* written = NULL;
  const DkgAgency* a =
    xctx_agency(x, x->del[d].cc, whole ? whole : name, &rcc, &written);
  free(whole);
  if (!written) {
    return;
  }
  if (!a && registry_anywhere(x, written)) {
    free(written); /* another participant's */
    return;
  }
  xlist_add_agency(
    x, x->del[d].cc, written, hd->title.span.b + off, me, hd->title.sent);
}

/* "Philippines DICT Undersecretary for ...": a head without an agency
   whose title holds an acronym the text spells out elsewhere
   ("Philippines Department of Information and Communications Technology
   (DICT) Secretary ...") names the side's agency, that name. */
static void
title_acronym(XCtx* x, size_t d, const XHead* hd)
{
  const char* t = hd->title.name;
  const char* s = x->doc.text;
  for (size_t i = 0; t && t[i];) {
    const size_t l = xlex_word_len(t + i, strlen(t + i));
    if (!l) {
      ++i;
      continue;
    }
    bool caps = l >= 2u && l < 12u;
    for (size_t k = 0; caps && k < l; ++k) {
      caps = t[i + k] >= 'A' && t[i + k] <= 'Z';
    }
    XCountryHit ch;
    if (!caps || (xlex_country_at(t + i, l, &ch) && ch.len == l)) {
      i += l;
      continue;
    }
    char acr[16], paren[20];
    memcpy(acr, t + i, l);
    acr[l] = '\0';
    snprintf(paren, sizeof(paren), "(%s)", acr);
    const char* at = strstr(s, paren);
    const size_t e = at ? (size_t)(at - s) : 0;
    if (at && e + 1u >= hd->title.span.b && e < hd->title.span.e) {
      at = NULL; /* the title spells it out itself: the heads' reading */
    }
    const size_t nb = at ? xlist_spelled_start(s, 0, e, acr) : NONE;
    size_t ne = e;
    while (ne > 0 && s[ne - 1u] == ' ') {
      --ne;
    }
    char* name = nb != NONE ? xctx_copy(x, nb, ne) : NULL;
    if (name && xctx_agency_like(name) && !registry_anywhere(x, name)) {
      const char* rcc = NULL;
      char* written = NULL;
      const DkgAgency* a = xctx_agency(x, x->del[d].cc, name, &rcc, &written);
      if (written && !a) {
        xctx_warn(x,
                  hd->name.sent,
                  "agency \"%s\" of %s, spelled out for the acronym of the "
                  "head's title, is not in data/agencies.json; kept as "
                  "written",
                  written,
                  x->del[d].cc);
      }
      if (written) {
        xlist_add_agency(x, x->del[d].cc, written, nb, ne, hd->name.sent);
      }
    }
    free(name);
    i += l;
  }
}

/* "President of the National Cyber Security Agency (NCSA) of Qatar": a
   head's title that ends in "of the" and capitalized words ending in an
   agency's noun (its acronym in parentheses and "of" the head's own
   participant after it or not) names the body the head leads: the side's
   agency, kept as written when the registry does not know it.  Units
   ("Department", "Directorate", "Office") and bodies of several members
   ("Commission", "Council") are left to the other rules. */
static void
title_org(XCtx* x, size_t d, const XHead* hd)
{
  static const char* const nouns[] = { "Agency",   "Authority", "Centre",
                                       "Center",   "Institute", "Directorate",
                                       "Ministry", "Service",   NULL };
  const char* t = hd->title.name;
  const char* at = t ? strstr(t, " of the ") : NULL;
  if (!at || !x->del[d].cc) {
    return;
  }
  const char* ob = at + 8;
  /* "of the French Foreign Ministry": the head's own country word is no
     part of the name */
  XCountryHit own;
  if (xlex_country_at(ob, strlen(ob), &own) && own.adjective &&
      !strcmp(own.cc, x->del[d].cc) && ob[own.len] == ' ' &&
      xlex_is_upper((unsigned char)ob[own.len + 1u])) {
    ob += own.len + 1u;
  }
  const char* p = ob;
  const char* oe = NULL;
  while (*p && xlex_is_upper((unsigned char)*p)) {
    const size_t l = xlex_word_len(p, strlen(p));
    if (!l) {
      break;
    }
    for (size_t i = 0; nouns[i]; ++i) {
      if (xlex_eq(p, l, nouns[i])) {
        oe = p + l;
      }
    }
    p += l;
    if (oe == p || *p != ' ') {
      break;
    }
    ++p;
  }
  if (!oe || oe - ob < 8) {
    return;
  }
  const char* r = oe;
  if (r[0] == ' ' && r[1] == '(') {
    const char* close = strchr(r, ')');
    if (!close) {
      return;
    }
    r = close + 1;
  }
  if (*r) {
    /* " of Qatar", " of the Kingdom of Belgium": the head's own side */
    if (strncmp(r, " of ", 4u)) {
      return;
    }
    r += 4;
    if (!strncmp(r, "the ", 4u)) {
      r += 4;
    }
    XCountryHit h;
    const size_t rl = strlen(r);
    if (!xlex_party_at(x->reg, x->doc.text, r, rl, &h) || h.len != rl ||
        strcmp(h.cc, x->del[d].cc)) {
      return;
    }
  }
  const size_t off = (size_t)(ob - t), len = (size_t)(oe - ob);
  if (hd->title.span.b + off + len > hd->title.span.e ||
      strncmp(x->doc.text + hd->title.span.b + off, ob, len)) {
    return; /* the title is not the text as written */
  }
  const char* rcc = NULL;
  char* written = NULL;
  char* name =
    xctx_copy(x, hd->title.span.b + off, hd->title.span.b + off + len);
  const DkgAgency* a =
    name ? xctx_agency(x, x->del[d].cc, name, &rcc, &written) : NULL;
  free(name);
  if (!written) {
    return;
  }
  if (!a && registry_anywhere(x, written)) {
    free(written); /* another participant's */
    return;
  }
  xlist_add_agency(x,
                   x->del[d].cc,
                   written,
                   hd->title.span.b + off,
                   hd->title.span.b + off + len,
                   hd->title.sent);
}

/* The subject of "held" naming people by their titles ("Mr. Joost
   Flamand, Director for Security Policy at the Ministry of Foreign
   Affairs of the Netherlands, held the first ..."): an agency-like phrase
   after "at the" that ends a title, whose country word says whose it is,
   is that side's agency. */
static void
subject_titles(XCtx* x, size_t sent, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XSpan w[256];
  const size_t n = words_in(s, b, e, w, 256u);
  for (size_t k = 0; k < n; ++k) {
    size_t first = k;
    const char* cc = NULL;
    if (!xlex_is_upper((unsigned char)s[w[k].b])) {
      continue;
    }
    const size_t end = unknown_at(x, w, n, k, b, e, &first, &cc);
    if (!end) {
      continue;
    }
    const size_t mb = w[first].b, me = w[end - 1u].e;
    if (cc && xctx_deleg(x, cc) && title_at(x, NONE, b, mb, cc) &&
        !taken(x, mb, me)) {
      const char* rcc = NULL;
      char* written = NULL;
      char* name = xctx_copy(x, mb, me);
      const DkgAgency* a =
        name ? xctx_agency(x, cc, name, &rcc, &written) : NULL;
      free(name);
      if (written && !(a && known(x, a))) {
        if (!a) {
          xctx_warn(x,
                    sent,
                    "agency \"%s\" of %s is not in data/agencies.json; "
                    "named in a title of the meeting's subject, kept as "
                    "written",
                    written,
                    cc);
        }
        xlist_add_agency(x, cc, written, mb, me, sent);
      } else {
        free(written);
      }
    }
    k = end - 1u;
  }
}

/* Does the subject s[b, e) of the meeting's verb start with an
   organization's name ("The Ministry of Internal Affairs and
   Communications (MIC), together with the Ministry of ... of France,
   held ...")?  Its first word is an organization noun, and another
   follows in the subject: two bodies hold it, the participants' (one
   ministry alone that "held" the meeting may be the publisher only). */
static bool
subject_org(const char* s, size_t b, size_t e)
{
  size_t l = xlex_word_len(s + b, e - b);
  if (!l || !xlex_is_upper((unsigned char)s[b]) || !xlex_org_word(s + b, l)) {
    return false;
  }
  for (size_t i = b + l; i < e; ++i) {
    if (s[i - 1u] != ' ' || !xlex_is_upper((unsigned char)s[i])) {
      continue;
    }
    l = xlex_word_len(s + i, e - i);
    if (l && xlex_org_word(s + i, l)) {
      return true;
    }
  }
  return false;
}

void
xmention_extract(XCtx* x)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t e = xdeleg_cut_attribution(s, st->clip_b, st->e);
    plurals_in(x, i, st->clip_b, e);
    if (about_delegations(s, st->clip_b, e) || names_a_head(x, i)) {
      people_lists(x, i, st->clip_b, e);
      mentions_in(x, i, st->clip_b, e);
    } else {
      /* "Vietnam's Ministry of Public Security and Singapore's Ministry
         of ... held a virtual conference": the subject of the meeting's
         verb names the participants' agencies */
      static const char* const verbs[] = {
        " held ", " co-hosted ", " co-organized ", " co-organised ", NULL
      };
      for (size_t v = 0; verbs[v]; ++v) {
        const size_t at = xlex_find(s + st->clip_b, e - st->clip_b, verbs[v]);
        XCountryHit h;
        const size_t c0 =
          st->clip_b +
          (xlex_starts(s + st->clip_b, e - st->clip_b, "The ") ? 4u : 0u);
        if (at != NONE && ((xside_participant_at(x, st->clip_b, c0, e, &h) &&
                            (h.adjective || h.possessive)) ||
                           subject_org(s, c0, st->clip_b + at))) {
          mentions_in(x, i, st->clip_b, st->clip_b + at);
          break;
        }
        if (at != NONE) {
          subject_titles(x, i, st->clip_b, st->clip_b + at);
          break;
        }
      }
    }
  }
  for (size_t d = 0; d < x->n_cc; ++d) {
    for (size_t h = 0; x->del[d].cc && h < x->del[d].n_heads; ++h) {
      const XHead* hd = &x->del[d].heads[h];
      if (hd->name.name && !hd->agency.name && hd->name.sent < x->doc.n_sents) {
        head_segments(x, d, hd);
        title_agency(x, d, hd);
        title_org(x, d, hd);
        title_acronym(x, d, hd);
      }
    }
  }
}
