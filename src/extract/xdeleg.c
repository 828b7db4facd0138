/* extract: heads of delegation (name, title, agency, side) and the
   agencies represented in each delegation. */

#include "xint.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

/* ---- Small span helpers ----------------------------------------------------
 */

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

/* ---- Clauses
 * ----------------------------------------------------------------- */

typedef struct
{
  size_t b, e;
} Clause;

/* Cuts a trailing attribution: ", the press release said", ", it added",
   ", according to the ministry", ", officials said". */
size_t
xdeleg_cut_attribution(const char* s, size_t b, size_t e)
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
  const size_t v = find_any(s, comma, e, verbs, &len);
  if (words <= 8u && v != NONE) {
    return comma;
  }
  /* ", India's National Security Council Secretariat said in a press
     release": a source of a few words, then its verb and a short tail */
  size_t before = 0;
  for (size_t i = comma; v != NONE && i < v; ++i) {
    before += s[i] == ' ' ? 1u : 0u;
  }
  if (v != NONE && words <= 12u && before <= 7u &&
      xlex_starts(s + v, e - v, "said ")) {
    return comma;
  }
  return e;
}

static bool semicolon_person(XCtx* x, size_t b, size_t i, size_t e);

static size_t
split_clauses(XCtx* x, size_t b, size_t e, Clause* out, size_t max)
{
  const char* s = x->doc.text;
  size_t n = 0;
  size_t start = b;
  int depth = 0;
  for (size_t i = b; i < e && n + 1u < max; ++i) {
    if (xctx_paren(s[i], &depth)) {
      continue;
    }
    size_t cut = 0, next = 0;
    if (s[i] == ';' && semicolon_person(x, start, i, e)) {
      /* "co-chaired by Title, A; and Title, B": one list of people */
    } else if (s[i] == ';') {
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
      const char* cc = xside_marker(x, k, lim, &at);
      /* "..., and the Indian delegation by", "..., and on the Indonesian
         side by" */
      const size_t slack = xlex_starts(s + k, e - k, "on the") ? 12u : 5u;
      if (cc && at <= k + slack) {
        cut = i;
        next = k;
      }
      /* "Dr. A, Title, led the American delegation, and Mr. B, Title, led
         the Japanese delegation": a person who leads on each side */
      size_t hl = 0;
      static const char* const leads[] = { "led",   "headed",    "leads",
                                           "heads", "will lead", NULL };
      if (!next && xlex_honorific_at(s + k, e - k, &hl) &&
          find_any(s, start, i, leads, &hl) != NONE &&
          find_any(s, k, e, leads, &hl) != NONE) {
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
  char* agency_name;     /* as it goes into the record */
  const char* agency_cc; /* the registry country of the agency */
  const char* cc;        /* the person's country when the phrase says it */
  const char* title_cc;  /* the participant before the title ("Indian") */
} Person;

/* A title's word: one of the lexicon's, or a hyphenated compound whose
   parts all are ("Vice-Minister", "Deputy-Director"; "Director-General"
   is in the lexicon). */
static bool
title_word(const char* s, size_t n)
{
  if (xlex_title_word(s, n)) {
    return true;
  }
  const char* dash = memchr(s, '-', n);
  if (!dash || dash == s || (size_t)(dash - s) + 1u >= n) {
    return false;
  }
  const size_t a = (size_t)(dash - s);
  return xlex_title_word(s, a) &&
         title_word(s + a + 1u, n - a - 1u); /* each part */
}

/* A capital of Latin-1 or Latin Extended-A in UTF-8 at s ("Ümit",
   "Émile", "Łukasz", "Şebnem"): the capitals of names in other
   languages' spelling. */
static bool
utf8_upper(const char* s, size_t n)
{
  const unsigned char a = n >= 2u ? (unsigned char)s[0] : 0u;
  const unsigned char b = n >= 2u ? (unsigned char)s[1] : 0u;
  if (a == 0xC3u) {
    return b >= 0x80u && b <= 0x9Eu && b != 0x97u; /* À-Þ, not × */
  }
  if (a != 0xC4u && a != 0xC5u) {
    return false;
  }
  const unsigned cp = ((a & 0x1Fu) << 6) | (b & 0x3Fu);
  if ((cp >= 0x139u && cp <= 0x148u) || (cp >= 0x179u && cp <= 0x17Eu)) {
    return cp % 2u == 1u;
  }
  return cp == 0x178u || cp % 2u == 0u;
}

static bool
name_token(const char* s, size_t n)
{
  if (!n) {
    return false;
  }
  if (n == 2u && xlex_is_upper((unsigned char)s[0]) && s[1] == '.') {
    return true; /* an initial */
  }
  if (n > 4u && (!strncmp(s, "al-", 3u) || !strncmp(s, "el-", 3u)) &&
      xlex_is_upper((unsigned char)s[3])) {
    return true; /* "al-Thani": an Arabic family name's article */
  }
  /* a month only before a day ("July 26"): "Jun Shimmi" is a name */
  size_t k = n;
  while (s[k] == ' ' || s[k] == '.') {
    ++k;
  }
  const bool month = xlex_month(s, n) && s[k] >= '0' && s[k] <= '9';
  return (xlex_is_upper((unsigned char)s[0]) || utf8_upper(s, n)) &&
         !title_word(s, n) && !month && xlex_weekday(s, n) < 0;
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

/* A lower-case particle inside a name ("Christiane KIRKETERP de VIRON",
   "Ursula von der Leyen"), never its first or last word. */
static bool
name_particle(const char* s, size_t n)
{
  static const char* const list[] = { "de",  "da",  "di",  "van", "von",
                                      "der", "den", "del", "du",  "dos",
                                      "la",  "le",  "ter", "bin", NULL };
  for (size_t i = 0; list[i]; ++i) {
    if (strlen(list[i]) == n && !strncmp(s, list[i], n)) {
      return true;
    }
  }
  return false;
}

/* Is all of [b, e) a person's name (after honorifics)? */
static bool
all_name(const char* s, size_t b, size_t e)
{
  /* up to seven words: "Abdulrahman Ali Muhammad Al Farahid Al Malki" */
  XSpan w[8];
  const size_t n = words_of(s, b, e, w, 8u);
  if (n == 0 || n > 7u) {
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    const char* t = s + w[i].b;
    const size_t l = w[i].e - w[i].b;
    if (!name_token(t, l) && !(i > 0 && i + 1u < n && name_particle(t, l))) {
      return false;
    }
  }
  return true;
}
static bool word_in(const char* s, size_t b, size_t e, const char* const* list);

static bool rank_noun(const char* s, size_t b, size_t e);

/* Common nouns of a title's field ("Deputy Secretary Defense People A",
   "Director Cyber Policy A"): no word of a name. */
static const char* const field_words[] = {
  "People",   "Affairs",    "Defense",    "Defence",       "Security",
  "Policy",   "Cyber",      "Trade",      "Staff",         "Intelligence",
  "Programs", "Programmes", "Operations", "Technology",    "Strategy",
  "Planning", "Resources",  "Capability", "Cybersecurity", NULL
};

/* The name at the end of "Title Name": its start, or NONE. */
static size_t
trailing_name(const char* s, size_t b, size_t e)
{
  XSpan w[64];
  const size_t n = words_of(s, b, e, w, 64u);
  size_t k = n;
  size_t particles = 0; /* "Mohamed bin Abdulrahman bin Jassim al-Thani" */
  XCountryHit ch;
  while (k > 0 && n - k < 4u + particles &&
         /* "Deputy Secretary Defense People Rebecca Skinners": a
            common noun of a title's field is no name's word */
         !word_in(s, w[k - 1u].b, w[k - 1u].e, field_words) &&
         /* "... Rear Admiral A B C": a rank's noun neither */
         !rank_noun(s, w[k - 1u].b, w[k - 1u].e) &&
         /* "... to the Kingdom of the Netherlands Peter Hoekstra" */
         !(xlex_country_at(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b, &ch) &&
           ch.len == w[k - 1u].e - w[k - 1u].b) &&
         /* "... of the United States Anne Neuberger": a country of two
            words ends the title */
         !(k >= 2u &&
           xlex_country_at(s + w[k - 2u].b, w[k - 1u].e - w[k - 2u].b, &ch) &&
           ch.len == w[k - 1u].e - w[k - 2u].b && !ch.adjective) &&
         (name_token(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b) ||
          (k < n && k >= 2u &&
           name_particle(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b) &&
           name_token(s + w[k - 2u].b, w[k - 2u].e - w[k - 2u].b)))) {
    if (name_particle(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b) &&
        particles < 3u) {
      ++particles;
    }
    --k;
  }
  if (k == n || (n - k < 2u && k > 0 &&
                 !title_word(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b))) {
    return NONE;
  }
  /* "the Ministry of External Relations": no name follows a preposition
     or an article */
  static const char* const function_words[] = { "of",   "the", "for", "at",
                                                "in",   "on",  "and", "to",
                                                "from", NULL };
  for (size_t i = 0; k > 0 && function_words[i]; ++i) {
    if (xlex_eq(
          s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b, function_words[i])) {
      return NONE;
    }
  }
  /* a leading honorific is no part of it */
  return w[k].b;
}

static const char* const rank_nouns[] = { "General", "Gen.", "Gen",
                                          "Admiral", "Adm.", "Marshal",
                                          "Colonel", "Col.", "Commodore",
                                          NULL };
static const char* const rank_words[] = {
  "Lt",   "Lt.",   "Lieutenant", "Lieu.", "Senior",    "Sen.",
  "Snr.", "Major", "Maj.",       "Maj",   "Brigadier", "Brig.",
  "Rear", "Vice",  "Air",        "Chief", "Colonel",   NULL
};

static bool
word_in(const char* s, size_t b, size_t e, const char* const* list)
{
  for (size_t k = 0; list[k]; ++k) {
    if (strlen(list[k]) == e - b && !strncmp(s + b, list[k], e - b)) {
      return true;
    }
  }
  return false;
}

static bool
rank_noun(const char* s, size_t b, size_t e)
{
  return word_in(s, b, e, rank_nouns);
}

/* A military rank opening s[0, n) and the space after it ("Lt. Gen. ",
   "Senior Lieutenant General ", "Rear Admiral ", "Lieutenant General
   (Ret.) "): its length in *len, a style before a name.  Rank words
   then a rank noun, or an abbreviated noun alone ("Gen. "), or
   "Admiral"; "General" alone may open a title ("General Secretary") and
   is none. */
static bool
rank_prefix(const char* s, size_t n, size_t* len)
{
  size_t i = 0, words = 0;
  for (;;) {
    size_t j = i;
    while (j < n && s[j] != ' ') {
      ++j;
    }
    if (j >= n) {
      return false;
    }
    if (word_in(s, i, j, rank_nouns) &&
        (words || s[j - 1u] == '.' || xlex_starts(s + i, j - i, "Admiral"))) {
      i = j + 1u;
      static const char* const retired[] = {
        "(Ret.) ", "(retd.) ", "(Retd.) ", "(ret.) ", NULL
      };
      for (size_t k = 0; retired[k]; ++k) {
        const size_t l = strlen(retired[k]);
        if (n - i > l && !strncmp(s + i, retired[k], l)) {
          i += l;
        }
      }
      *len = i;
      return i < n;
    }
    if (!word_in(s, i, j, rank_words)) {
      return false;
    }
    ++words;
    i = j + 1u;
  }
}

/* An honorific at s: the lexicon's, or the capitals "HE" (His or Her
   Excellency without its points; "He" is a pronoun) and "Eng." (an
   engineer's style in the Gulf press: "HE Eng. A"). */
static bool
honorific_at(const char* s, size_t n, size_t* len)
{
  if (xlex_honorific_at(s, n, len) || rank_prefix(s, n, len)) {
    return true;
  }
  if (n > 3u && !strncmp(s, "HE ", 3u)) {
    *len = 3u;
    return true;
  }
  if (n > 5u && !strncmp(s, "Eng. ", 5u)) {
    *len = 5u;
    return true;
  }
  /* "the Hon Julie Bishop MP", "Senator the Hon A": Commonwealth styles;
     "Prince Faisal", "Dato' Amran", "Tan Sri A": royal and Malaysian
     styles, no part of the name */
  static const char* const styles[] = { "Prince ",
                                        "Princess ",
                                        "Dato' ",
                                        "Dato\xe2\x80\x99 ",
                                        "Datuk ",
                                        "Tan Sri ",
                                        "Sheikh ",
                                        "Sheikha ",
                                        "Senator the Hon. ",
                                        "Senator the Hon ",
                                        "the Hon. ",
                                        "the Hon ",
                                        "The Hon. ",
                                        "The Hon ",
                                        "Hon. ",
                                        "Hon ",
                                        "the Honourable ",
                                        "The Honourable ",
                                        "Honourable ",
                                        NULL };
  for (size_t k = 0; styles[k]; ++k) {
    const size_t l = strlen(styles[k]);
    if (n >= l && !strncmp(s, styles[k], l)) {
      *len = l; /* "Sheikh Mohamed ...": a style, no part of the name */
      return true;
    }
  }
  return false;
}

/* The word of text[b, e) that ends at `e`: its start. */
static size_t
word_before(const char* s, size_t b, size_t e)
{
  while (e > b && s[e - 1u] != ' ') {
    --e;
  }
  return e;
}

/* Where a military rank ends text[b, e) ("Lt General", "Senior
   Lieutenant General", "Sen. Lieu. Gen.", "Rear Admiral", "Air Vice
   Marshal": a style, no part of the title), or `e`.  A rank is a rank
   noun after one or more rank words; a bare noun ("Attorney General",
   "Secretary General") is none. */
static size_t
rank_start(const char* s, size_t b, size_t e)
{
  size_t w = word_before(s, b, e);
  if (w <= b || !word_in(s, w, e, rank_nouns)) {
    return e;
  }
  size_t start = e;
  while (w > b + 1u) {
    const size_t v = word_before(s, b, w - 1u);
    if (!word_in(s, v, w - 1u, rank_words)) {
      break;
    }
    start = v;
    w = v;
  }
  return start;
}

/* A name text[b, e) without the honours after it ("Michael Pezzullo
   AO", "Jane Smith OBE"): where the name ends. */
static size_t
post_nominal_cut(const char* s, size_t b, size_t e)
{
  static const char* const honours[] = { "AO",  "AC",   "AM",  "OBE",
                                         "CBE", "KBE",  "MBE", "DBE",
                                         "CMG", "KCMG", "PSM", "CSC",
                                         "MP",  "QC",   "KC",  NULL };
  size_t w = e;
  while (w > b && s[w - 1u] != ' ') {
    --w;
  }
  if (w <= b + 1u || !memchr(s + b, ' ', w - 1u - b)) {
    return e; /* a name of two words or more stays */
  }
  for (size_t k = 0; honours[k]; ++k) {
    if (xlex_eq(s + w, e - w, honours[k]) &&
        !strncmp(s + w, honours[k], e - w)) {
      return post_nominal_cut(s, b, w - 1u); /* "Pato OBE MP" */
    }
  }
  return e;
}

static size_t
skip_honorifics(const char* s, size_t b, size_t e)
{
  size_t len = 0;
  while (b < e && honorific_at(s + b, e - b, &len)) {
    b += len;
  }
  return b;
}

/* Takes text[b, e) as the person's agency when the registry knows it
   (its country becomes the person's unless one is set); true then.  A
   bare "State" is no agency ("State Councilor", "State Secretary": only
   "State Department" or "Department of State" names the U.S. one), nor is
   an agency of another participant than the person's ("Chinese ...
   Councilor" at a U.S. department). */
static bool
take_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  if (xlex_eq(s + b, e - b, "State")) {
    return false;
  }
  /* "Joint Secretary at India's Ministry of External Affairs": the
     possessive is the agency's country, no word of its name */
  XCountryHit ph;
  if (xside_participant_at(x, b, b, e, &ph) && ph.possessive &&
      b + ph.len + 1u < e && s[b + ph.len] == ' ' &&
      (!p->cc || !strcmp(p->cc, ph.cc))) {
    b += ph.len + 1u;
    p->cc = ph.cc;
  }
  char* name = xctx_copy(x, b, e);
  const char* cc = NULL;
  char* written = NULL;
  const DkgAgency* a = name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
  if (a && p->cc && cc && strcmp(p->cc, cc)) {
    /* "ROK Ministry of Foreign Affairs": the side's own ministry of that
       name, when the registry has one */
    free(written);
    written = NULL;
    a = xctx_agency(x, p->cc, name, &cc, &written);
  }
  free(name);
  if (a && p->cc && cc && strcmp(p->cc, cc)) {
    a = NULL;
  }
  if (!a) {
    free(written);
    return false;
  }
  p->agency.b = b;
  p->agency.e = e;
  free(p->agency_name);
  p->agency_name = written;
  p->agency_cc = cc;
  if (!p->cc) {
    p->cc = cc;
  }
  return true;
}

/* "Title at the Agency", "Title of the Agency", "Title in the Agency",
   "Title for the Agency", the agency running from the title's segment
   text[b, e) to `end` (later comma segments of a name that holds commas:
   "Cyber Director in the UK Foreign, Commonwealth and Development Office
   (FCDO)"): sets the title and the agency when the tail resolves. */
static bool unit_name(const char* name);

static bool
title_agency_to(XCtx* x, Person* p, size_t b, size_t e, size_t end)
{
  static const char* const links[] = { " at the ",   " of the ",  " in the ",
                                       " from the ", " for the ", ", ",
                                       " at ",       NULL };
  const char* s = x->doc.text;
  for (size_t i = 0; links[i]; ++i) {
    size_t best = NONE;
    for (size_t k = b; k + strlen(links[i]) < e; ++k) {
      if (!strncmp(s + k, links[i], strlen(links[i]))) {
        best = k; /* the last one */
      }
    }
    if (best != NONE && i == 1u && best + 8u < end) {
      /* "Deputy Director-General of the Foreign Policy Bureau": a unit
         after "of the" ending the phrase belongs to the title */
      char* tail = xctx_copy(x, best + 8u, end);
      const bool unit = tail && unit_name(tail);
      free(tail);
      if (unit) {
        continue;
      }
    }
    if (best != NONE && take_agency(x, p, best + strlen(links[i]), end)) {
      p->title.b = b;
      p->title.e = best;
      return true;
    }
  }
  /* "Chief Executive of Singapore's Cyber Security Agency", "Director at
     Chile's Ministry of Defense": " of " or " at " before a participant's
     possessive */
  for (size_t k = b; k + 4u < e; ++k) {
    XCountryHit h;
    if ((strncmp(s + k, " of ", 4u) && strncmp(s + k, " at ", 4u)) ||
        !xside_participant_at(x, k + 4u, k + 4u, e, &h) || !h.possessive) {
      continue;
    }
    if (take_agency(x, p, k + 4u, end)) {
      p->title.b = b;
      p->title.e = k;
      return true;
    }
    /* one the registry does not know, named as an organization is:
       written after the possessive, of that participant */
    size_t ab = k + 4u + h.len;
    while (ab < end && s[ab] == ' ') {
      ++ab;
    }
    char* name = ab < end ? xctx_copy(x, ab, end) : NULL;
    if (name && xlex_is_upper((unsigned char)name[0]) &&
        xctx_agency_like(name) && !strchr(name, ',')) {
      free(p->agency_name);
      p->agency_name = name;
      p->agency.b = ab;
      p->agency.e = end;
      p->agency_cc = h.cc;
      if (!p->cc) {
        p->cc = h.cc;
      }
      p->title.b = b;
      p->title.e = k;
      return true;
    }
    free(name);
  }
  return false;
}

/* A registry agency ending a title with no link before it ("OSD(AD)
   Ministry of External Affairs"), the longest; not after "of", "for",
   "and" ("Secretary of Homeland Security"). */
static bool
title_then_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  static const char* const links[] = { "of", "for",  "and", "the", "at",
                                       "in", "from", "to",  NULL };
  XSpan w[32];
  const char* s = x->doc.text;
  const size_t n = words_of(s, b, e, w, 32u);
  for (size_t k = 1u; k < n && k < 8u; ++k) {
    bool link = false;
    for (size_t i = 0; links[i]; ++i) {
      link |= xlex_eq(s + w[k - 1u].b, w[k - 1u].e - w[k - 1u].b, links[i]);
    }
    /* "Permanent Secretary (Defence)": a word in parentheses qualifies
       the title */
    const bool paren = s[w[k - 1u].b] == '(';
    if (!link && !paren && xlex_is_upper((unsigned char)s[w[k].b]) &&
        take_agency(x, p, w[k].b, e)) {
      size_t te = w[k].b;
      xctx_strip(s, &b, &te);
      p->title.b = b;
      p->title.e = te;
      return true;
    }
  }
  return false;
}

/* "Cyber Director in the UK Foreign, ... Officer (FCDO)": a
   participant's organization after " in the " / " at the " ends the
   title text[b, e), even unresolved (then no agency); true then. */
static bool
participant_org_cut(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t k = b; k + 8u < e; ++k) {
    XCountryHit h;
    if ((!strncmp(s + k, " in the ", 8u) || !strncmp(s + k, " at the ", 8u)) &&
        xside_participant_at(x, k + 8u, k + 8u, e, &h) && !h.adjective &&
        !h.possessive && k + 8u + h.len + 1u < e && s[k + 8u + h.len] == ' ' &&
        xlex_is_upper((unsigned char)s[k + 9u + h.len])) {
      p->title.b = b;
      p->title.e = k;
      if (!p->cc) {
        p->cc = h.cc;
      }
      return true;
    }
  }
  return false;
}

static const char* ending_of_country(XCtx* x, size_t b, size_t e, size_t* cut);

/* "Secretary-General of the Central Commission on Political and Legal
   Affairs (CCPLA)": after the title's one " of the " at `last`, a name
   with its own acronym and an organization word is an organization, the
   head's agency (written without the acronym); the title ends before. */
static bool
acronym_org(XCtx* x, Person* p, size_t b, size_t last, size_t e)
{
  const char* s = x->doc.text;
  if (e <= last + 8u || s[e - 1u] != ')') {
    return false;
  }
  const char* open = memchr(s + last + 8u, '(', e - last - 8u);
  const size_t ob = open ? (size_t)(open - s) : NONE;
  bool acronym = ob != NONE && e - ob >= 4u && e - ob <= 10u;
  for (size_t k = ob + 1u; acronym && k + 1u < e; ++k) {
    acronym = s[k] >= 'A' && s[k] <= 'Z';
  }
  size_t ne = ob;
  while (acronym && ne > last + 8u && s[ne - 1u] == ' ') {
    --ne;
  }
  char* name = acronym && ne > last + 8u ? xctx_copy(x, last + 8u, ne) : NULL;
  if (!name || !xlex_is_upper((unsigned char)name[0]) ||
      !xctx_agency_like(name) || unit_name(name) || strchr(name, ',')) {
    free(name);
    return false;
  }
  free(p->agency_name);
  p->agency_name = name;
  p->agency.b = last + 8u;
  p->agency.e = ne;
  p->agency_cc = NULL;
  p->title.b = b;
  p->title.e = last;
  return true;
}

/* "Parliamentary Vice-Minister for Digital Transformation of Digital
   Agency": after the title's last bare " of ", two to five capitalized
   words ending the phrase, the last an organization's head that is no
   unit, are the head's agency ("Secretary of Homeland Security", "Deputy
   Director-General of Foreign Policy Bureau" stay titles). */
static bool
bare_of_org(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  size_t of = NONE;
  for (size_t k = b; k + 4u < e; ++k) {
    if (!strncmp(s + k, " of ", 4u)) {
      of = k;
    }
  }
  if (of == NONE) {
    return false;
  }
  XSpan w[8];
  const size_t n = words_of(s, of + 4u, e, w, 8u);
  if (n < 2u || n > 5u || w[n - 1u].e != e) {
    return false;
  }
  for (size_t k = 0; k < n; ++k) {
    if (!xlex_is_upper((unsigned char)s[w[k].b])) {
      return false;
    }
  }
  if (!xlex_org_word(s + w[n - 1u].b, w[n - 1u].e - w[n - 1u].b)) {
    return false;
  }
  char* name = xctx_copy(x, of + 4u, e);
  if (!name || unit_name(name)) {
    free(name);
    return false;
  }
  free(p->agency_name);
  p->agency_name = name;
  p->agency.b = of + 4u;
  p->agency.e = e;
  p->agency_cc = NULL;
  p->title.b = b;
  p->title.e = of;
  return true;
}
/* Sets text[b, e) as the person's agency, as written; false when out of
   memory (the person unchanged). */
static bool
put_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  char* name = xctx_copy(x, b, e);
  if (!name) {
    return false;
  }
  free(p->agency_name);
  p->agency_name = name;
  p->agency.b = b;
  p->agency.e = e;
  return true;
}

/* "Co-Secretary of the Cyber Diplomacy Division of the Ministry of
   Foreign Affairs": an agency the registry does not know after the last
   " of the " when the title holds another " of the " before it (or after
   " from the "), its first word an organization's head ("Ministry",
   "Department", ...): written as it stands. */
static bool
title_unknown_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  size_t last = NONE, first = NONE, from = NONE;
  for (size_t k = b; k + 8u < e; ++k) {
    if (!strncmp(s + k, " of the ", 8u)) {
      first = first == NONE ? k : first;
      last = k;
    } else if (!strncmp(s + k, " from the ", 10u) ||
               !strncmp(s + k, " at the ", 8u)) {
      from = k;
    }
  }
  size_t at = NONE, ab = NONE;
  /* "Director for Security Policy at the Ministry of Foreign Affairs of
     the Netherlands": the participant after the agency's last "of" gives
     the side and is no part of the name */
  size_t cut = NONE;
  const char* of_cc = ending_of_country(x, b, e, &cut);
  if (from != NONE && of_cc && cut > from) {
    e = cut;
    last = first = NONE;
    for (size_t k = b; k + 8u < e; ++k) {
      if (!strncmp(s + k, " of the ", 8u)) {
        first = first == NONE ? k : first;
        last = k;
      }
    }
  } else {
    of_cc = NULL;
  }
  if (from != NONE && (last == NONE || from > last)) {
    at = from;
    ab = from + (s[from + 1u] == 'f' ? 10u : 8u);
  } else if (last != NONE && first != last) {
    at = last;
    ab = last + 8u;
  } else if (last != NONE && acronym_org(x, p, b, last, e)) {
    return true;
  }
  if (participant_org_cut(x, p, b, e)) {
    return true;
  }
  if (at == NONE && last == NONE && bare_of_org(x, p, b, e)) {
    return true;
  }
  if (at == NONE || ab >= e) {
    return false;
  }
  const size_t w = xlex_word_len(s + ab, e - ab);
  if (!w || !xlex_org_word(s + ab, w)) {
    return false;
  }
  if (!put_agency(x, p, ab, e)) {
    return false;
  }
  p->agency_cc = of_cc;
  if (of_cc && !p->cc) {
    p->cc = of_cc;
  }
  p->title.b = b;
  p->title.e = at;
  return true;
}

static void
title_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  if (!title_agency_to(x, p, b, e, e) && !title_then_agency(x, p, b, e) &&
      !title_unknown_agency(x, p, b, e)) {
    p->title.b = b;
    p->title.e = e;
  }
}

/* A participant before a title: "Japan's Ambassador", "Indian Joint
   Secretary", "U.S. Coordinator", "EU Special Envoy". */
static size_t
title_country(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XCountryHit h;
  if (b < e && xlex_party_at(x->reg, s, s + b, e - b, &h) && b + h.len < e &&
      s[b + h.len] == ' ') {
    if (!p->cc) {
      p->cc = h.cc;
    }
    p->title_cc = h.cc;
    size_t k = b + h.len + 1u;
    if (k < e && s[k] == '(') {
      /* "the European Union (EU) Commissioner": its acronym too */
      const char* close = memchr(s + k, ')', e - k);
      if (close && (size_t)(close - s) + 2u < e && close[1] == ' ') {
        k = (size_t)(close - s) + 2u;
      }
    }
    return k;
  }
  return b;
}

/* A lower-case title word at text[b, e) ("the ambassador for
   international security", "the coordinator for cyber issues"): the word
   capitalized is a title word and no organization word. */
static bool
lower_title_at(const char* s, size_t b, size_t e)
{
  const size_t w = xlex_word_len(s + b, e - b);
  char word[40];
  if (!w || w >= sizeof(word) || xlex_is_upper((unsigned char)s[b]) ||
      s[b] < 'a' || s[b] > 'z') {
    return false;
  }
  memcpy(word, s + b, w);
  word[0] = (char)(word[0] - 'a' + 'A');
  return title_word(word, w) && !xlex_org_word(word, w);
}

/* A word of capitals ("NSC", "CISA", "MEA"). */
static bool
is_acronym(const char* s, size_t n)
{
  size_t caps = 0;
  for (size_t i = 0; i < n; ++i) {
    caps += xlex_is_upper((unsigned char)s[i]) ? 1u : 0u;
  }
  return n >= 2u && caps * 2u > n;
}

/* A comma segment that is a participant's name and nothing else
   ("Permanent Secretary (Defence), Singapore, Chan Heng Kee"): the
   person's country; NULL otherwise. */
static const char*
segment_country(XCtx* x, size_t b, size_t e)
{
  XCountryHit h;
  const char* s = x->doc.text;
  if (e > b + 14u && xlex_starts(s + b, e - b, "Government of ")) {
    b += 14u; /* "..., Government of India" */
  }
  if (b < e && xside_participant_at(x, b, b, e, &h) && h.len == e - b &&
      !h.adjective && !h.possessive) {
    return h.cc;
  }
  return NULL;
}

/* "Global Affairs Canada", "Public Safety Canada": two capitalized words
   or more ending in a participant's name; that participant, else NULL. */
static const char*
country_named_agency(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XSpan w[8];
  const size_t n = words_of(s, b, e, w, 8u);
  if (n < 3u || n > 6u) {
    return NULL;
  }
  for (size_t k = 0; k < n; ++k) {
    if (!xlex_is_upper((unsigned char)s[w[k].b]) &&
        !xlex_eq(s + w[k].b, w[k].e - w[k].b, "and")) {
      return NULL;
    }
  }
  for (size_t k = 2u; k < n; ++k) {
    XCountryHit h;
    if (xside_participant_at(x, w[k].b, w[k].b, e, &h) && w[k].b + h.len == e &&
        !h.adjective && !h.possessive) {
      return h.cc;
    }
  }
  return NULL;
}

/* A country's possessive before a title that title_country left ("the
   Philippines' Undersecretary ...": a bare apostrophe, or a country that
   is no participant): no part of the title; a participant's is the
   person's side. */
static size_t
title_possessive(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  XCountryHit h;
  const size_t w = b < e ? xlex_word_len(s + b, e - b) : 0u;
  if (w > 3u && w < 40u && s[b + w - 1u] == 's' && b + w < e &&
      s[b + w] == ' ' && xlex_is_upper((unsigned char)s[b])) {
    /* "Canadas Minister for ...": the apostrophe lost in the copy */
    char word[40];
    memcpy(word, s + b, w - 1u);
    word[w - 1u] = '\0';
    if (xlex_country_at(word, w - 1u, &h) && h.len == w - 1u && !h.adjective &&
        b + w + 1u < e && xlex_is_upper((unsigned char)s[b + w + 1u])) {
      if (!p->cc && xctx_deleg(x, h.cc)) {
        p->cc = h.cc;
      }
      return b + w + 1u;
    }
  }
  if (b >= e || !xlex_country_at(s + b, e - b, &h)) {
    return b;
  }
  size_t k = b + h.len;
  if (!h.possessive) {
    if (k + 1u < e && s[k] == '\'' && s[k - 1u] == 's' && s[k + 1u] == ' ') {
      k += 1u; /* "Philippines'" */
    } else if (k + 3u < e && (unsigned char)s[k] == 0xE2u &&
               (unsigned char)s[k + 1u] == 0x80u &&
               (unsigned char)s[k + 2u] == 0x99u && s[k - 1u] == 's' &&
               s[k + 3u] == ' ') {
      k += 3u;
    } else {
      return b;
    }
  }
  if (k >= e || s[k] != ' ') {
    return b;
  }
  if (!p->cc && xctx_deleg(x, h.cc)) {
    p->cc = h.cc;
  }
  return k + 1u;
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
    /* "Defence Secretary", "Foreign Secretary": one word that is no
       acronym is part of the title */
    if (k == 1u && !is_acronym(s + w[0].b, w[0].e - w[0].b)) {
      continue;
    }
    if (take_agency(x, p, b, w[k - 1u].e)) {
      return w[k].b;
    }
  }
  /* "Department of Information and Communications Technology (DICT)
     Secretary": an organization's name the registry does not know, its
     acronym after it, then the title */
  const size_t w0 = b < e ? xlex_word_len(s + b, e - b) : 0u;
  const char* open =
    w0 && xlex_org_word(s + b, w0) && n > 2u ? memchr(s + b, '(', e - b) : NULL;
  const char* close = open ? memchr(open, ')', (size_t)(s + e - open)) : NULL;
  if (open && close && open > s + b + 1u && open[-1] == ' ' &&
      close + 2 < s + e && close[1] == ' ' &&
      xlex_is_upper((unsigned char)close[2]) &&
      is_acronym(open + 1, (size_t)(close - open - 1))) {
    const size_t ae = (size_t)(open - s) - 1u;
    bool caps = true;
    for (size_t i = b; i < ae; ++i) {
      if (i > b && s[i - 1u] == ' ' && !xlex_is_upper((unsigned char)s[i]) &&
          !xlex_starts(s + i, ae - i, "of ") &&
          !xlex_starts(s + i, ae - i, "and ") &&
          !xlex_starts(s + i, ae - i, "for ")) {
        caps = false;
      }
    }
    char* name = caps ? xctx_copy(x, b, ae) : NULL;
    if (name) {
      free(p->agency_name);
      p->agency_name = name;
      p->agency.b = b;
      p->agency.e = ae;
      p->agency_cc = NULL;
      return (size_t)(close - s) + 2u;
    }
  }
  return b;
}

/* The participant a person phrase names by a possessive ("Britain's
   Foreign, Commonwealth and Development Office"), an adjective before a
   capitalized word ("Australian Department of ...") or "Government of
   X"; NULL when none (a bare country, "Ambassador to Japan", says where
   the person works, not whose). */
static const char*
phrase_country(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    XCountryHit h;
    if (!xside_participant_at(x, b, i, e, &h)) {
      continue;
    }
    const size_t k = i + h.len;
    const bool before_name = h.adjective && k + 1u < e && s[k] == ' ' &&
                             xlex_is_upper((unsigned char)s[k + 1u]);
    const bool government =
      i >= b + 14u && xlex_starts(s + i - 14u, 14u, "Government of ");
    /* "in the UK Foreign, Commonwealth ... Office": a name after "the"
       and before a capitalized word is an attribute of that word */
    const bool attribute =
      !h.adjective && i >= b + 4u && xlex_starts(s + i - 4u, 4u, "the ") &&
      k + 1u < e && s[k] == ' ' && xlex_is_upper((unsigned char)s[k + 1u]);
    if (h.possessive || before_name || government || attribute) {
      return h.cc;
    }
    i = k;
  }
  return NULL;
}

/* The first agency link (" at the ", " of the ", " in the ", " for the ")
   in text[b, e), or NONE. */
static size_t
find_link(const char* s, size_t b, size_t e)
{
  static const char* const links[] = {
    " at the ", " of the ", " in the ", " for the ", NULL
  };
  size_t best = NONE;
  for (size_t i = 0; links[i]; ++i) {
    const size_t at = xlex_find(s + b, e - b, links[i]);
    if (at != NONE && (best == NONE || b + at < best)) {
      best = b + at;
    }
  }
  return best;
}

/* A title's coordination over comma segments after seg[i] ("for Digital
   Society, Trust and Cybersecurity ...", "of Science, Technology, and
   Innovation at ..."): the segment holding its "and" (before any link),
   each one before it a capitalized word group without organization word,
   link or "and"; NONE when there is none. */
static size_t
title_run(XCtx* x, const XSpan* seg, size_t n, size_t i)
{
  const char* s = x->doc.text;
  /* a link in the title's segment: the coordination may be the agency's
     ("Secretary ... at the Ministry of Science, Technology, Innovation,
     and Communications"); only one that a link ends is the title's
     ("Director of the Department of Science, Technology, and Innovation
     at the Ministry of ...") */
  const bool linked = find_link(s, seg[i].b, seg[i].e) != NONE;
  for (size_t j = i + 1u; j < n && j <= i + 4u; ++j) {
    const size_t b = seg[j].b;
    const size_t link = find_link(s, b, seg[j].e);
    const size_t e = link != NONE ? link : seg[j].e;
    char* part = xctx_copy(x, b, e);
    const bool org = !part || xctx_agency_like(part);
    const bool has_and = part && (xlex_starts(part, e - b, "and ") ||
                                  xlex_find(part, e - b, " and ") != NONE);
    free(part);
    const bool upper =
      xlex_is_upper((unsigned char)s[b]) || xlex_starts(s + b, e - b, "and ");
    if (!upper || e <= b ||
        (org && !xlex_starts(s + b, e - b, "and ") && !has_and)) {
      return NONE;
    }
    if (has_and) {
      /* "and" then a capitalized word: no organization ("and Ministry
         of ...") */
      if (org && !xlex_starts(s + b, e - b, "and ")) {
        return NONE;
      }
      return linked && link == NONE ? NONE : j;
    }
    if (link != NONE) {
      return NONE;
    }
  }
  return NONE;
}

/* A unit of an agency, by its last word ("Cyber Diplomacy Division",
   "Foreign Policy Bureau"): part of a title, not the agency. */
static bool
unit_name(const char* name)
{
  static const char* const units[] = { "Division", "Unit", "Section", "Branch",
                                       "Bureau",   "Desk", NULL };
  const char* last = strrchr(name, ' ');
  last = last ? last + 1 : name;
  for (size_t i = 0; units[i]; ++i) {
    if (!strcmp(last, units[i])) {
      return true;
    }
  }
  return false;
}

/* A registry agency inside a title, after "of the" and before a
   lower-case word ("Executive Vice-President of the European Commission
   for Tech Sovereignty"): the head's agency (and side), the title kept
   whole. */
static void
inner_agency(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  const size_t at = xlex_find(s + b, e - b, " of the ");
  if (at == NONE) {
    return;
  }
  const size_t ab = b + at + 8u;
  size_t best = NONE;
  for (size_t k = ab; k < e;) {
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w) {
      break;
    }
    k += w;
    if (k >= e || s[k] != ' ' || k + 1u >= e ||
        !xlex_is_upper((unsigned char)s[k + 1u])) {
      best = k; /* a lower-case word or the end follows */
      break;
    }
    ++k;
  }
  if (best == NONE || best >= e) {
    return;
  }
  const XSpan title = p->title;
  if (take_agency(x, p, ab, best)) {
    p->title = title;
  }
}

/* "Title, Agency (ACR), Name": a name only in the last comma segment; the
   first is the title (with its agency after "at the"/"of the"), the
   segments between the head's agency when they name one. */
static bool
title_then_name(XCtx* x, const XSpan* seg, size_t n, Person* p)
{
  const char* s = x->doc.text;
  if (n < 2u) {
    return false;
  }
  size_t nb = seg[n - 1u].b;
  size_t ne = seg[n - 1u].e;
  size_t hl = 0;
  if (xlex_starts(s + nb, ne - nb, "the ") &&
      honorific_at(s + nb + 4u, ne - nb - 4u, &hl)) {
    nb += 4u; /* "..., the Honourable A" */
  }
  nb = skip_honorifics(s, nb, ne);
  /* "Cyber Commissioner at the ..., Ambassador A": a rank before the
     name gives way to the title before it */
  const size_t rb = trailing_name(s, nb, ne);
  if (rb != NONE && rb > nb && !all_name(s, nb, ne)) {
    XSpan w[8];
    const size_t nw = words_of(s, nb, rb, w, 8u);
    /* "..., Ambassador Extraordinary and Plenipotentiary A": a rank of
       title words joined by "and" */
    bool rank = nw > 0 && nw <= 4u;
    bool joined = false;
    for (size_t k = 0; rank && k < nw; ++k) {
      const bool and_word = nw > 2u && k > 0u && k + 1u < nw &&
                            xlex_eq(s + w[k].b, w[k].e - w[k].b, "and");
      joined |= and_word;
      rank = title_word(s + w[k].b, w[k].e - w[k].b) || and_word;
    }
    rank = rank && (nw < 3u || joined);
    if (rank) {
      nb = rb;
    }
  }
  /* "Muanpuii Saiawi from the Ministry of External Affairs (MEA)" */
  static const char* const links[] = {
    " from the ", " of the ", " at the ", " in the ", NULL
  };
  for (size_t i = 0; links[i]; ++i) {
    const size_t at = xlex_find(s + nb, ne - nb, links[i] + 1);
    if (at == NONE || at == 0 || !all_name(s, nb, nb + at - 1u)) {
      continue;
    }
    if (take_agency(x, p, nb + at + strlen(links[i]) - 1u, ne)) {
      ne = nb + at - 1u;
      break;
    }
  }
  if (!all_name(s, nb, ne)) {
    free(p->agency_name);
    p->agency_name = NULL;
    return false;
  }
  p->name.b = nb;
  p->name.e = ne;
  size_t tb =
    title_country(x, p, skip_honorifics(s, seg[0].b, seg[0].e), seg[0].e);
  tb = title_possessive(x, p, tb, seg[0].e);
  title_agency(x, p, tb, seg[0].e);
  size_t mid = n - 1u; /* the segments between the title and the name */
  const char* seg_cc =
    n > 2u ? segment_country(x, seg[n - 2u].b, seg[n - 2u].e) : NULL;
  if (seg_cc) {
    if (!p->cc) {
      p->cc = seg_cc;
    }
    --mid;
  }
  if (mid > 1u && !p->agency_name &&
      !take_agency(x, p, seg[1].b, seg[mid - 1u].e) && p->title.e == seg[0].e) {
    /* "Executive Vice-President of the European Commission for Tech
       Sovereignty, Security and Democracy, A": segments with no
       organization word go on with the title */
    char* rest = xctx_copy(x, seg[1].b, seg[mid - 1u].e);
    if (rest && (!xctx_agency_like(rest) || unit_name(rest))) {
      p->title.e = seg[mid - 1u].e;
    }
    free(rest);
  }
  if (!p->agency_name && p->title.e > p->title.b) {
    inner_agency(x, p, p->title.b, p->title.e);
  }
  return true;
}

/* The title's participant is the person's: an agency of another one's
   registry is not theirs ("Indian Joint Secretary X of the Department of
   Homeland Security", "Chinese State Councilor X"). */
static void
own_agency(Person* p)
{
  if (p->title_cc && p->agency_name && p->agency_cc &&
      strcmp(p->title_cc, p->agency_cc)) {
    free(p->agency_name);
    p->agency_name = NULL;
    p->agency_cc = NULL;
    p->agency.b = p->agency.e = 0;
    p->cc = p->title_cc;
  }
}

static bool full_name(const char* s);

/* Whether `seg` is a full name, honorifics aside ("Jeffrey Ian Dy"). */
static bool
last_full_name(XCtx* x, const XSpan* seg)
{
  const char* s = x->doc.text;
  const size_t b = skip_honorifics(s, seg->b, seg->e);
  if (!all_name(s, b, seg->e)) {
    return false;
  }
  char* nm = xctx_copy(x, b, seg->e);
  const bool full = nm && full_name(nm);
  free(nm);
  return full;
}

/* Whether a word of text[b, e) is a title or organization word. */
static bool
has_title_word(const char* s, size_t b, size_t e)
{
  for (size_t i = b; i < e;) {
    const size_t w = xlex_word_len(s + i, e - i);
    if (w && (title_word(s + i, w) || xlex_org_word(s + i, w))) {
      return true;
    }
    i += w ? w : 1u;
  }
  return false;
}
/* "Title A B of the Institutional Security Office (GSI)": text[b, e)
   an agency the registry does not know, in capitals, an organization's
   word first or last ("Department of ...", "... Security Office"), its
   acronym in parentheses aside; taken as the person's agency, true
   then. */
static bool
named_org_after(XCtx* x, Person* p, size_t b, size_t e)
{
  const char* s = x->doc.text;
  size_t ae = e;
  if (ae > b + 3u && s[ae - 1u] == ')') {
    const char* open = memchr(s + b, '(', ae - b);
    if (!open || open == s + b) {
      return false;
    }
    ae = (size_t)(open - s);
    while (ae > b && s[ae - 1u] == ' ') {
      --ae;
    }
  }
  static const char* const small[] = { "of", "and", "for", "the",
                                       "on", "in",  "&",   NULL };
  size_t first = NONE, last = NONE;
  for (size_t i = b; i < ae;) {
    size_t j = i;
    while (j < ae && s[j] != ' ') {
      ++j;
    }
    if (s[j - 1u] == ',' || memchr(s + i, '(', j - i)) {
      return false;
    }
    if (!xlex_is_upper((unsigned char)s[i]) && !word_in(s, i, j, small)) {
      return false;
    }
    first = first == NONE ? i : first;
    last = i;
    i = j + 1u;
  }
  if (first == NONE || last == first ||
      !(xlex_org_word(s + first, xlex_word_len(s + first, ae - first)) ||
        xlex_org_word(s + last, ae - last))) {
    return false;
  }
  return put_agency(x, p, b, ae);
}

/* Parses one person phrase: "Mr. Name, Title, Agency", "Title Name of the
   Agency", "Agency Title Name", "Title, Agency, Name". */
static bool
parse_person(XCtx* x, size_t b, size_t e, Person* p)
{
  const char* s = x->doc.text;
  memset(p, 0, sizeof(*p));
  if (b >= e) {
    return false;
  }
  xctx_strip(s, &b, &e);
  if (xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  /* "Mr. A (Japan)", "A, Title (India)": a participant's name in
     parentheses ending the phrase is the person's side */
  if (e > b + 3u && s[e - 1u] == ')') {
    const char* open = NULL;
    for (size_t i = e - 1u; i-- > b;) {
      if (s[i] == '(') {
        open = s + i;
        break;
      }
    }
    XCountryHit h;
    const size_t ob = open ? (size_t)(open - s) + 1u : NONE;
    if (open && ob < e - 1u && xside_participant_at(x, ob, ob, e - 1u, &h) &&
        ob + h.len == e - 1u && !h.adjective && !h.possessive &&
        xctx_deleg(x, h.cc)) {
      e = ob - 1u;
      while (e > b && s[e - 1u] == ' ') {
        --e;
      }
      p->cc = h.cc;
    }
  }
  /* "Ambassador A of Japan", "Mr. B of India": a participant after the
     name of a phrase without commas is the person's side */
  size_t of_cut = NONE;
  const char* of_cc =
    memchr(s + b, ',', e - b) ? NULL : ending_of_country(x, b, e, &of_cut);
  if (of_cc && of_cut > b) {
    size_t wb = of_cut;
    while (wb > b && s[wb - 1u] != ' ') {
      --wb;
    }
    if (name_token(s + wb, of_cut - wb)) {
      e = of_cut;
      p->cc = of_cc;
    }
  }
  /* comma segments, parentheses kept whole */
  XSpan seg[8];
  size_t n = 0, start = b;
  int depth = 0;
  for (size_t i = b; i <= e && n < 8u; ++i) {
    if (i < e) {
      xctx_paren(s[i], &depth);
    }
    if (i == e || (s[i] == ',' && !depth)) {
      n += xctx_strip_span(s, start, i, &seg[n]);
      start = i + 1u;
    }
  }
  if (!n) {
    return false;
  }
  size_t first = 0;
  size_t s0 = skip_honorifics(s, seg[0].b, seg[0].e);
  /* "Japan's Ken Sato": the possessive names the side, not the person */
  XCountryHit ph;
  if (xlex_party_at(x->reg, s, s + s0, seg[0].e - s0, &ph) && ph.possessive &&
      s0 + ph.len + 1u < seg[0].e && s[s0 + ph.len] == ' ' &&
      all_name(s, s0 + ph.len + 1u, seg[0].e)) {
    if (!xctx_deleg(x, ph.cc)) {
      return false; /* a person of another country */
    }
    p->cc = p->cc ? p->cc : ph.cc;
    s0 += ph.len + 1u;
  }
  if (all_name(s, s0, seg[0].e)) {
    p->name.b = s0;
    p->name.e = post_nominal_cut(s, s0, seg[0].e); /* "A B MP, Title" */
    first = 1;
  } else {
    /* "Title Name [of the Agency]" */
    size_t tb = seg[0].b, te = seg[0].e;
    static const char* const links[] = { " of the ", " at the ", " from the ",
                                         " in the ", " from ",   NULL };
    for (size_t i = 0; links[i]; ++i) {
      const size_t at = xlex_find(s + tb, te - tb, links[i] + 1);
      if (at == NONE || tb + at == 0) {
        continue;
      }
      const size_t nb = trailing_name(s, tb, tb + at - 1u);
      if (nb == NONE) {
        continue;
      }
      if (take_agency(x, p, tb + at + strlen(links[i]) - 1u, te) ||
          (memchr(s + nb, ' ', tb + at - 1u - nb) &&
           named_org_after(x, p, tb + at + strlen(links[i]) - 1u, te))) {
        te = tb + at - 1u;
        break;
      }
    }
    size_t nb = trailing_name(s, tb, te);
    if (nb != NONE && n >= 2u && !p->agency_name &&
        (has_title_word(s, nb, te) || !memchr(s + nb, ' ', te - nb)) &&
        last_full_name(x, &seg[n - 1u])) {
      /* "Undersecretary for Infrastructure Management, ..., Jeffrey Ian
         Dy": one word ending a title is no name when a full name ends the
         phrase */
      nb = NONE;
    }
    if (nb == NONE) {
      free(p->agency_name);
      p->agency_name = NULL;
      const bool ok = title_then_name(x, seg, n, p);
      if (ok && !p->cc) {
        /* "Director of the Moroccan Ministry's ... Department, A" */
        p->cc = phrase_country(x, b, e);
      }
      own_agency(p);
      return ok;
    }
    p->name.b = skip_honorifics(s, nb, te);
    p->name.e = post_nominal_cut(s, p->name.b, te);
    size_t pb = skip_honorifics(s, tb, nb);
    /* "its ambassador for international security X": no determiner */
    static const char* const dets[] = {
      "its ", "his ", "her ", "their ", NULL
    };
    for (size_t i = 0; dets[i]; ++i) {
      if (xlex_starts(s + pb, nb - pb, dets[i])) {
        pb += strlen(dets[i]);
      }
    }
    pb = title_country(x, p, pb, nb);
    pb = title_possessive(x, p, pb, nb);
    if (!p->agency_name) {
      pb = title_prefix_agency(x, p, pb, nb);
    }
    size_t pe = nb;
    xctx_strip(s, &pb, &pe);
    /* an honorific between the title and the name ("Ambassador for Cyber
       Affairs Dr. Tobias Feakin") is no part of the title */
    size_t last = pe;
    while (last > pb && s[last - 1u] != ' ') {
      --last;
    }
    size_t hl = 0;
    if (last > pb && honorific_at(s + last, nb - last, &hl)) {
      pe = last;
      xctx_strip(s, &pb, &pe);
    }
    pe = rank_start(s, pb, pe);
    xctx_strip(s, &pb, &pe);
    /* "Secretary of Australia's Department of Home Affairs": the
       country's agency after "of X's" */
    for (size_t i = pb; !p->agency_name && i + 4u < pe; ++i) {
      XCountryHit h;
      if (xlex_starts(s + i, pe - i, " of ") &&
          xlex_country_at(s + i + 4u, pe - i - 4u, &h) && h.possessive &&
          i + 4u + h.len + 1u < pe && s[i + 4u + h.len] == ' ') {
        const char* before = p->cc;
        if (!p->cc && xctx_deleg(x, h.cc)) {
          p->cc = h.cc;
        }
        if (take_agency(x, p, i + 5u + h.len, pe)) {
          pe = i;
        } else {
          p->cc = before;
        }
        break;
      }
    }
    /* "National Cyber Security Coordinator of India Lt General A": the
       country the title ends with is the person's; no part of the title */
    for (size_t i = pe; i > pb + 4u; --i) {
      XCountryHit h;
      const size_t ci = xlex_starts(s + i, pe - i, "the ") ? i + 4u : i;
      if (xlex_starts(s + i - 4u, 4u, " of ") && ci < pe &&
          xlex_country_at(s + ci, pe - ci, &h) && h.len == pe - ci &&
          !h.adjective && !h.possessive) {
        if (!p->cc && xctx_deleg(x, h.cc)) {
          p->cc = h.cc;
        }
        pe = i - 4u;
        break;
      }
    }
    if (pe > pb) {
      p->title.b = pb;
      p->title.e = pe;
      /* "Deputy Assistant Secretary for ... in the U.S. Department of
         State's Bureau of ... Liesyl Franz" */
      if (!p->agency_name) {
        participant_org_cut(x, p, pb, pe);
      }
      const size_t of = xlex_find(s + pb, pe - pb, "of the");
      if (!p->agency_name && of != NONE && of > 0u &&
          xlex_find(s + pb + of + 6u, pe - pb - of - 6u, "of the") == NONE) {
        acronym_org(x, p, pb, pb + of - 1u, pe);
      }
    }
    first = 1;
  }
  /* Later segments: title, then agency; units between them ("Acting
     Director, Directorate H, Directorate-General for ...") belong to the
     title when an agency follows them. */
  bool titled_after = false;
  size_t unit_e = NONE;
  for (size_t i = first; i < n; ++i) {
    size_t sb = seg[i].b;
    size_t se = seg[i].e;
    const bool article = xlex_starts(s + sb, se - sb, "the ");
    if (article) {
      sb += 4u; /* "Mr. A, the Coordinator for Cyber Issues at ..." */
    }
    const char* seg_cc = segment_country(x, sb, se);
    if (seg_cc) {
      /* "Mr. A, Permanent Secretary, Singapore": the person's country */
      if (!p->cc) {
        p->cc = seg_cc;
      }
      continue;
    }
    const char* cc = NULL;
    char* written = NULL;
    const DkgAgency* a = NULL;
    /* an agency whose name holds commas ("Directorate-General for
       Communications Networks, Content and Technology"): the longest run
       of segments that the registry knows */
    /* ... not a title's segment that links to its agency ("Ambassador for
       ... in the ROK Ministry of Foreign Affairs (MOFA)") */
    const size_t w0 = xlex_word_len(s + sb, se - sb);
    const bool title_first = title_word(s + sb, w0) &&
                             !xlex_org_word(s + sb, w0) &&
                             (xlex_find(s + sb, se - sb, " in the ") != NONE ||
                              xlex_find(s + sb, se - sb, " at the ") != NONE ||
                              xlex_find(s + sb, se - sb, " of the ") != NONE ||
                              xlex_find(s + sb, se - sb, " for the ") != NONE);
    for (size_t j = i + 3u < n ? i + 3u : n - 1u;
         !title_first && !a && j + 1u > i;
         --j) {
      char* name = xctx_copy(x, sb, seg[j].e);
      free(written);
      written = NULL;
      a = name ? xctx_agency(x, NULL, name, &cc, &written) : NULL;
      free(name);
      if (a) {
        se = seg[j].e;
        i = j;
      }
    }
    if (a && !p->agency_name) {
      p->agency.b = sb;
      p->agency.e = se;
      p->agency_name = written;
      p->agency_cc = cc;
      if (!p->cc) {
        p->cc = cc;
      }
      if (unit_e != NONE && p->title.e > p->title.b) {
        p->title.e = unit_e;
      }
      continue;
    }
    if (a && p->agency_name && p->title.e > p->title.b && i > first &&
        p->agency.b == seg[i - 1u].b && p->agency.e == seg[i - 1u].e &&
        p->title.e <= p->agency.b) {
      /* "Director ..., Foreign Policy Bureau, Ministry of Foreign Affairs
         of Japan": the agency before the one that follows is its unit, in
         the title */
      p->title.e = p->agency.e;
      free(p->agency_name);
      p->agency.b = sb;
      p->agency.e = se;
      p->agency_name = written;
      p->agency_cc = cc;
      break;
    }
    free(written);
    if (a ||
        (!xlex_is_upper((unsigned char)s[sb]) && !lower_title_at(s, sb, se))) {
      break;
    }
    if (titled_after) {
      if (p->agency_name) {
        break;
      }
      /* "Deputy Director, Cyber Security Policy in the Department of
         Science, Innovation and Technology (DSIT)": a unit that links to
         the agency goes on with the title */
      const XSpan before = p->title;
      bool unit_linked = false;
      for (size_t j = i + 3u < n ? i + 3u : n - 1u;
           !unit_linked && find_link(s, sb, se) != NONE && j + 1u > i;
           --j) {
        if (title_agency_to(x, p, sb, se, seg[j].e)) {
          unit_linked = true;
          p->title.b = before.b;
          i = j;
        }
      }
      if (unit_linked) {
        continue;
      }
      p->title = before;
      const size_t ul = find_link(s, sb, se);
      const size_t uw = ul != NONE ? ul + (s[ul + 1u] == 'f' ? 9u : 8u) : 0u;
      if (ul != NONE && uw < se &&
          xlex_org_word(s + uw, xlex_word_len(s + uw, se - uw)) &&
          p->title.e > p->title.b) {
        /* ... the agency unresolved: the title runs to the link */
        p->title.e = ul;
        break;
      }
      const char* named_cc = NULL;
      if (i + 1u == n && (named_cc = country_named_agency(x, sb, se))) {
        /* "A, Director General ..., Global Affairs Canada": capitalized
           words ending in a participant's name, its agency */
        char* name = xctx_copy(x, sb, se);
        if (name) {
          p->agency_name = name;
          p->agency.b = sb;
          p->agency.e = se;
          p->agency_cc = named_cc;
          if (!p->cc) {
            p->cc = named_cc;
          }
        }
        break;
      }
      if (i + 1u == n && is_acronym(s + sb, se - sb) &&
          xlex_word_len(s + sb, se - sb) == se - sb) {
        /* "B, Director of Security and Defense, SEAE": an acronym ending
           the phrase is the agency, known or not */
        char* name = xctx_copy(x, sb, se);
        if (name) {
          p->agency_name = name;
          p->agency.b = sb;
          p->agency.e = se;
        }
        break;
      }
      unit_e = se; /* a unit, or the end of the title */
      continue;
    }
    const char* cc_before = p->cc;
    sb = title_country(x, p, sb, se);
    bool linked = false;
    /* "Director for Digital Society, Trust and Cybersecurity of the
       European Commission": a coordination in the title that runs over
       the commas, up to its "and", then the agency's link */
    const size_t run = title_run(x, seg, n, i);
    for (size_t j = run != NONE && run + 3u < n ? run + 3u : n - 1u;
         run != NONE && !linked && j + 1u > run;
         --j) {
      if (title_agency_to(x, p, sb, seg[run].e, seg[j].e)) {
        linked = true;
        i = j;
        /* the agency gives the side, not the head's agency: heldout-c
           c01's gold has none in that shape (a gold to settle) */
        free(p->agency_name);
        p->agency_name = NULL;
        p->agency_cc = NULL;
        p->agency.b = p->agency.e = 0;
      }
    }
    if (!linked && run != NONE &&
        find_link(s, seg[run].b, seg[run].e) == NONE) {
      /* the coordination ends the phrase, or the segments after it are
         the agency's ("Acting Director, Digital Society, Trust and
         Cybersecurity, DG ..."): all of it is the title */
      p->title.b = sb;
      p->title.e = seg[run].e;
      linked = true;
      i = run;
    }
    for (size_t j = i + 3u < n ? i + 3u : n - 1u; !linked && j > i; --j) {
      if (title_agency_to(x, p, sb, se, seg[j].e)) {
        linked = true;
        i = j;
      }
    }
    if (!linked) {
      title_agency(x, p, sb, se);
    }
    if (!article && !xlex_is_upper((unsigned char)s[sb]) && p->agency_name) {
      /* a bare lower-case description ("A, coordinator for cyber issues
         at the U.S. State Department") gives the title, not the agency;
         after "the" it is an apposition and gives both */
      free(p->agency_name);
      p->agency_name = NULL;
      p->agency_cc = NULL;
      p->agency.b = p->agency.e = 0;
      p->cc = cc_before;
    }
    titled_after = true;
  }
  if (!p->cc && p->title.e > p->title.b && p->name.b < p->title.b) {
    /* "A, Joint Secretary of India": a title after the name ending "of"
       and a participant gives the side, and loses those words */
    size_t cut = NONE;
    const char* tcc = ending_of_country(x, p->title.b, p->title.e, &cut);
    if (tcc && cut > p->title.b) {
      p->cc = tcc;
      p->title.e = cut;
    }
  }
  if (!p->cc) {
    p->cc = phrase_country(x, b, e);
  }
  own_agency(p);
  /* "hosted by Canada": a participant's name is no person's; nor is any
     country's ("the United States hosted ...") */
  size_t cb = p->name.b;
  if (p->name.e > cb + 4u && xlex_starts(s + cb, 4u, "the ")) {
    cb += 4u;
  }
  XCountryHit ch;
  if (p->name.e > p->name.b && (segment_country(x, p->name.b, p->name.e) ||
                                (xlex_country_at(s + cb, p->name.e - cb, &ch) &&
                                 ch.len == p->name.e - cb))) {
    free(p->agency_name);
    p->agency_name = NULL;
    return false;
  }
  /* "He will meet with ...": a pronoun is no one's name */
  static const char* const pronouns[] = { "he",  "she",  "they", "it",
                                          "we",  "his",  "her",  "him",
                                          "who", "both", NULL };
  for (size_t k = 0; p->name.e > p->name.b && pronouns[k]; ++k) {
    if (xlex_eq(s + p->name.b, p->name.e - p->name.b, pronouns[k])) {
      free(p->agency_name);
      p->agency_name = NULL;
      return false;
    }
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

/* A co-chair's name: two words or more, none a title or organization word
   ("Branch" of "Intelligence Branch" is no one's name). */
static bool
full_name(const char* s)
{
  size_t words = 0;
  while (*s) {
    const size_t w = xlex_word_len(s, strlen(s));
    if (w && (title_word(s, w) || xlex_org_word(s, w))) {
      return false;
    }
    words += w ? 1u : 0u;
    s += w ? w : 1u;
  }
  return words >= 2u;
}

/* Files `p` as a head of the delegation of `cc` (taking its agency name).
   A second person of the same sentence co-chairs the side ("co-chaired by
   A and B"); one from another sentence is reported and left out, the first
   is kept.  Out of memory: the head is left out. */
static void
store_head(XCtx* x, const char* cc, Person* p, size_t sent)
{
  XDeleg* d = xctx_deleg(x, cc);
  if (!d) {
    free(p->agency_name);
    return;
  }
  char* name = xctx_copy(x, p->name.b, p->name.e);
  bool same = false;
  for (size_t k = 0; name && k < d->n_heads; ++k) {
    same |= !strcmp(name, d->heads[k].name.name);
  }
  if (!name || same ||
      (d->n_heads && (d->heads_sent != sent || !full_name(name)))) {
    if (name && !same) {
      xctx_warn(x,
                sent,
                "a second head for the %s delegation (\"%s\"); the first, "
                "\"%s\", is kept",
                cc,
                name,
                d->heads[0].name.name);
    }
    free(name);
    free(p->agency_name);
    return;
  }
  XHead h;
  memset(&h, 0, sizeof(h));
  h.name.name = name;
  h.name.span = p->name;
  h.name.sent = sent;
  if (p->title.e > p->title.b) {
    set_item(x, &h.title, p->title.b, p->title.e, sent);
  }
  if (p->agency_name) {
    h.agency.name = p->agency_name;
    h.agency.span = p->agency;
    h.agency.sent = sent;
  }
  if (!xvec_push(
        (void**)&d->heads, &d->n_heads, &d->cap_heads, sizeof(h), &h)) {
    free(h.name.name);
    free(h.title.name);
    free(h.agency.name);
    x->nomem = true;
    return;
  }
  d->heads_sent = sent;
}

/* ---- Sentences
 * ---------------------------------------------------------------- */

static const char* const lead_by[] = { "led by",
                                       "headed by",
                                       "chaired jointly by",
                                       "led jointly by",
                                       "headed jointly by",
                                       "represented by",
                                       "chaired by",
                                       "co-chaired by",
                                       "co-led by",
                                       "leading the delegation was",
                                       "under the co-chairmanship of",
                                       "under the chairmanship of",
                                       "under the co-chair of",
                                       "under the co-chairs of",
                                       "co-presided over by",
                                       "presided over by",
                                       /* "The Principals are A, B and C" */
                                       "principals are",
                                       "principals were",
                                       "co-chairs are",
                                       "co-chairs were",
                                       "heads of delegation are",
                                       "heads of delegation were",
                                       NULL };

static const char* const lead_verbs[] = {
  "will lead",
  "led",
  "leads",
  "is leading",
  "will head",
  "headed",
  "heads",
  "will co-chair",
  "co-chaired",
  "co-chair",
  "co-led",
  "will co-lead",
  "represented",
  "will represent",
  "co-presided over",
  "presided over",
  /* "A and B opened the dialogue": who opens the meeting leads it */
  "opened the dialogue",
  "opened the meeting",
  "opened the talks",
  "opened the consultations",
  "jointly opened the",
  NULL
};

/* Whether a sentence says who chaired or led the meeting itself: "The
   dialogue was chaired by", "The Cyber Policy Consultations were co-chaired
   by" (the head noun of the subject names the meeting), not a part of it
   ("The Digital Policy discussions were chaired by"). Who chairs the
   meeting leads it before who opened it. */
static bool
meeting_chaired_by(const XCtx* x)
{
  static const char* const passives[] = { "was chaired by",
                                          "were chaired by",
                                          "was co-chaired by",
                                          "were co-chaired by",
                                          "was led by",
                                          "were led by",
                                          "was co-led by",
                                          "were co-led by",
                                          "was headed by",
                                          "were headed by",
                                          NULL };
  static const char* const meeting_nouns[] = {
    "dialogue",      "dialog",       "meeting", "talks",
    "consultations", "consultation", NULL
  };
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const size_t b = x->doc.sents[i].b, e = x->doc.sents[i].e;
    size_t len = 0;
    const size_t at = find_any(s, b, e, passives, &len);
    if (at == NONE || at < b + 2u) {
      continue;
    }
    size_t we = at - 1u; /* the word before "was"/"were" */
    while (we > b && s[we - 1u] == ' ') {
      --we;
    }
    size_t wb = we;
    while (wb > b && s[wb - 1u] != ' ') {
      --wb;
    }
    for (size_t k = 0; meeting_nouns[k]; ++k) {
      if (xlex_eq(s + wb, we - wb, meeting_nouns[k])) {
        return true;
      }
    }
  }
  return false;
}

/* "Name, Title, represented India": a verb that leads only with a
   participant after it (its side), "" when none follows ("represented the
   ministry at ..."); "Name led for the Netherlands": the participant after
   "for"; NULL for the other verbs. */
/* The participant at k in text[k, e), after "the" ("the Netherlands"),
   named by its name (not an adjective or possessive); NULL when none. */
static const char*
side_named_at(XCtx* x, size_t k, size_t e)
{
  const char* s = x->doc.text;
  if (xlex_starts(s + k, e - k, "the")) {
    k += 4u;
  }
  XCountryHit h;
  return k < e && xside_participant_at(x, k, k, e, &h) && !h.adjective &&
             !h.possessive
           ? h.cc
           : NULL;
}

static const char*
represented_side(XCtx* x, size_t v, size_t vlen, size_t e)
{
  const char* s = x->doc.text;
  size_t k = v + vlen;
  while (k < e && s[k] == ' ') {
    ++k;
  }
  if (xlex_starts(s + v, e - v, "represented") ||
      xlex_starts(s + v, e - v, "will represent")) {
    const char* cc = side_named_at(x, k, e);
    /* "B represented the Indian side": a side's phrase right after */
    size_t at = 0;
    const size_t lim = k + 40u < e ? k + 40u : e;
    const char* m = cc || k >= lim ? NULL : xside_marker(x, k, lim, &at);
    cc = cc ? cc : m && at <= k + 4u ? m : NULL;
    return cc ? cc : "";
  }
  /* "Name led for the Netherlands": "for" and the participant */
  return xlex_starts(s + k, e - k, "for") ? side_named_at(x, k + 4u, e) : NULL;
}

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
                                            " who ",
                                            ", consisted",
                                            ", comprised",
                                            ", included",
                                            " consisted of",
                                            " comprised",
                                            " included representatives",
                                            " included officials",
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
static const char* const host_by[] = { "co-hosted by",
                                       "hosted by",
                                       "attended by",
                                       NULL };

static const char* const host_verbs[] = { "will co-host", "co-hosted",
                                          "will host",    "hosted",
                                          "met with",     "will meet with",
                                          "meets with",   NULL };

static bool title_name_pair(XCtx* x, size_t b, size_t c, size_t k, size_t e);
static bool is_person(XCtx* x, size_t b, size_t e);

/* The end of the guest's phrase after a host verb: "met with U.S.
   Ambassador ... Nathaniel Fick on Tuesday morning and discussed ...". */
static size_t
guest_end(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  static const char* const stops[] = { " on ", " in ", " at the ",
                                       " to ", ", ",   NULL };
  size_t len = 0;
  size_t end = find_any(s, b, e, stops, &len);
  end = end == NONE ? e : end;
  if (end < e && s[end] == ',' && !is_person(x, b, end)) {
    /* "with Director of the Moroccan Ministry's Global Affairs Department,
       Ismail Chekkori, in the presence of ...": a title, then its name
       set off by commas */
    const char* c2 = memchr(s + end + 2u, ',', e - end - 2u);
    const size_t ne = c2 ? (size_t)(c2 - s) : e;
    if (all_name(s, end + 2u, ne) && is_person(x, b, ne)) {
      end = ne;
    }
  } else if (end + 2u < e && s[end] == ',') {
    /* "with Ms A, Secretary-General of the French Ministry for Europe and
       Foreign Affairs, on ...": a name, then its title set off by a
       comma */
    const size_t tb = end + 2u;
    const size_t w = xlex_word_len(s + tb, e - tb);
    size_t l2 = 0;
    size_t te =
      w && title_word(s + tb, w) ? find_any(s, tb, e, stops, &l2) : NONE;
    te = w && title_word(s + tb, w) && te == NONE ? e : te;
    static const char* const when[] = {
      "today", "yesterday", "tomorrow", NULL
    };
    const char* quote = te != NONE ? memchr(s + tb, '"', te - tb) : NULL;
    te = quote ? (size_t)(quote - s) : te; /* the end of a quotation */
    while (te != NONE && te > tb &&
           (s[te - 1u] == ',' || s[te - 1u] == '"' || s[te - 1u] == ' ' ||
            s[te - 1u] == '.')) {
      --te;
    }
    const size_t lw = te != NONE ? word_before(s, tb, te) : NONE;
    if (lw != NONE && lw > tb && word_in(s, lw, te, when)) {
      te = lw - 1u; /* "... Foreign Affairs today" */
    }
    if (te != NONE && is_person(x, b, end) && is_person(x, b, te)) {
      end = te;
    }
  }
  for (size_t i = b; i + 6u < end; ++i) {
    if (xlex_starts(s + i, end - i, " and ") &&
        !xlex_is_upper((unsigned char)s[i + 5u]) &&
        !title_name_pair(x, b, i, i + 5u, end)) {
      return i; /* "and discussed", not "and foreign secretary B" */
    }
  }
  return end;
}

/* The end of an aside "..., co-chaired by A, Title, and B, Title, brought
   together": the first comma in [b, e) before a lower-case word other
   than "and", "the" or "by"; `e` when none. */
static size_t
aside_end(const char* s, size_t b, size_t e)
{
  static const char* const go_on[] = { "and ", "the ", "by ", NULL };
  for (size_t i = b; i + 2u < e; ++i) {
    if (s[i] != ',' || s[i + 1u] != ' ' || !islower((unsigned char)s[i + 2u])) {
      continue;
    }
    bool on = false;
    for (size_t k = 0; go_on[k]; ++k) {
      on |= xlex_starts(s + i + 2u, e - i - 2u, go_on[k]);
    }
    if (!on) {
      return i;
    }
  }
  return e;
}

/* The end of a leading participle's people: "Co-chaired by A, Title, and
   B, Title, the Council welcomed ...": the comma before "the", capitalized
   words and a lower-case word that is no link (the main clause); `e`
   when there is none. */
/* One or two lower-case words at text[b, e), then a past verb ("group
   reviewed", "two sides discussed", "delegations met"): the subject and
   verb of a main clause. */
static bool
past_verb_after(const char* s, size_t b, size_t e)
{
  static const char* const irregular[] = { "met",  "held",   "took",
                                           "also", "agreed", NULL };
  size_t k = b;
  for (size_t n = 0; n < 3u && k < e; ++n) {
    const size_t w = xlex_word_len(s + k, e - k);
    if (!w || s[k] < 'a' || s[k] > 'z') {
      return false;
    }
    bool verb = n > 0u && w > 3u && xlex_starts(s + k + w - 2u, 2u, "ed");
    for (size_t j = 0; n > 0u && irregular[j]; ++j) {
      verb |= xlex_eq(s + k, w, irregular[j]);
    }
    if (verb) {
      return true;
    }
    k += w;
    if (k >= e || s[k] != ' ') {
      return false;
    }
    ++k;
  }
  return false;
}

/* The next comma in text[b, e), or `e`. */
static size_t
next_comma(const char* s, size_t b, size_t e)
{
  const char* c = b < e ? memchr(s + b, ',', e - b) : NULL;
  return c ? (size_t)(c - s) : e;
}

static size_t
leading_aside_end(const char* s, size_t b, size_t e)
{
  static const char* const links[] = { "of", "for", "and", "on", "in",
                                       "at", "to",  "the", "de", NULL };
  for (size_t i = b; i + 6u < e; ++i) {
    if (!xlex_starts(s + i, e - i, ", the ")) {
      continue;
    }
    size_t k = i + 6u, caps = 0;
    while (k < e && xlex_is_upper((unsigned char)s[k])) {
      const size_t w = xlex_word_len(s + k, e - k);
      k += w ? w : 1u;
      ++caps;
      if (k < e && s[k] == ' ') {
        ++k;
      } else {
        break;
      }
    }
    if (!caps && past_verb_after(s, i + 6u, e)) {
      return i; /* "Led by A, B and C, the group reviewed ..." */
    }
    if (!caps || caps > 3u || k >= e || s[k] < 'a' || s[k] > 'z') {
      continue;
    }
    const size_t w = xlex_word_len(s + k, e - k);
    bool link = false;
    for (size_t j = 0; links[j]; ++j) {
      link |= xlex_eq(s + k, w, links[j]);
    }
    if (!link) {
      return i;
    }
  }
  return e;
}

/* The first verb of `list` in [b, e) that is not in a relative clause
   ("X, who leads Cyber Policy, led the delegation": "led"). */
static size_t
find_verb(const char* s, const Clause* c, const char* const* list, size_t* len)
{
  const size_t b = c->b, e = c->e;
  size_t from = b;
  for (;;) {
    const size_t v = find_any(s, from, e, list, len);
    if (v == NONE) {
      return NONE;
    }
    const bool relative =
      (v >= b + 4u && xlex_starts(s + v - 4u, 4u, "who ")) ||
      (v >= b + 6u && xlex_starts(s + v - 6u, 6u, "which "));
    if (!relative) {
      return v;
    }
    from = v + *len;
  }
}

/* "Ambassador X (head of the ROK delegation)": the person before "(head
   of"; [*pb, *pe) and the side the parenthesis names, or NULL. */
static const char*
head_in_parens(XCtx* x, const Clause* c, size_t* pb, size_t* pe)
{
  const char* s = x->doc.text;
  const size_t at = xlex_find(s + c->b, c->e - c->b, "(head of");
  if (at == NONE) {
    return NULL;
  }
  const size_t paren = c->b + at;
  const char* close = memchr(s + paren, ')', c->e - paren);
  size_t where = 0;
  const char* cc =
    close ? xside_marker(x, paren, (size_t)(close - s), &where) : NULL;
  if (!cc) {
    return NULL;
  }
  size_t b = paren;
  while (b > c->b && s[b - 1u] != ':') {
    --b;
  }
  *pb = b;
  *pe = paren;
  return cc;
}

/* "The head of the German delegation and Cyber Commissioner at the
   Federal Foreign Office, Ambassador A, underlined ...": the person in
   apposition (from the title after "and" to the end of the name's comma
   segment in [*pb, *pe)) and the side the subject names; NULL when the
   clause does not start so. */
static const char*
head_apposition(XCtx* x, const Clause* c, size_t* pb, size_t* pe)
{
  const char* s = x->doc.text;
  size_t b = c->b;
  const size_t e = c->e;
  if (xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  if (!xlex_starts(s + b, e - b, "head of ")) {
    return NULL;
  }
  const size_t lim = b + 64u < e ? b + 64u : e;
  const size_t d = xlex_find(s + b, lim - b, "delegation");
  if (d == NONE) {
    return NULL;
  }
  size_t k = b + d + 10u;
  size_t where = 0;
  const char* cc = xside_marker(x, b, k, &where);
  if (!cc) {
    return NULL;
  }
  size_t tb = NONE;
  if (xlex_starts(s + k, e - k, " and ")) {
    tb = k + 5u; /* "... delegation and Cyber Commissioner at ..." */
  } else if (!xlex_starts(s + k, e - k, ", ")) {
    return NULL;
  }
  /* the name's segment: after the next comma, to the one after it */
  int depth = 0;
  size_t comma = NONE;
  for (size_t i = k; i < e; ++i) {
    xctx_paren(s[i], &depth);
    if (s[i] == ',' && !depth) {
      comma = i;
      break;
    }
  }
  if (comma == NONE) {
    return NULL;
  }
  size_t ne = e;
  for (size_t i = comma + 1u; i < e; ++i) {
    if (s[i] == ',') {
      ne = i;
      break;
    }
  }
  size_t nb = comma + 1u;
  xctx_strip(s, &nb, &ne);
  if (nb >= ne || trailing_name(s, nb, ne) == NONE) {
    if (nb >= ne || !all_name(s, skip_honorifics(s, nb, ne), ne)) {
      return NULL;
    }
  }
  *pb = tb != NONE ? tb : nb;
  *pe = ne;
  return cc;
}

/* "Heading the Japanese side was Mr. X": the offset of the person after
   "was" (and `*len` 0), or NONE. */
static size_t
heading_was(const char* s, size_t b, size_t e)
{
  static const char* const lead[] = {
    "heading the ", "leading the ", "co-chairing the ", "chairing the ", NULL
  };
  static const char* const role[] = {
    "head of delegation ", "head of the delegation ", "heads of delegation ",
    "co-chairs ",          "co-chairs of ",           NULL
  };
  size_t len = 0;
  size_t h = find_any(s, b, e, lead, &len);
  size_t max_words = 7u;
  if (h == NONE || h > b + 4u) {
    /* "The United States head of delegation was X" */
    h = find_any(s, b, e, role, &len);
    max_words = 4u;
  }
  if (h == NONE) {
    return NONE;
  }
  /* "was", "were", "will be", "are" ("Co-chairs of the meeting will be
     A, Title, and B, Title"): the first of them */
  static const char* const be[] = { "was", "were", "will be", "are", NULL };
  size_t was = NONE;
  size_t vlen = 0;
  for (size_t k = 0; be[k]; ++k) {
    const size_t at = xlex_find(s + h, e - h, be[k]);
    if (at != NONE && (was == NONE || at < was)) {
      was = at;
      vlen = strlen(be[k]);
    }
  }
  if (was == NONE) {
    return NONE;
  }
  size_t words = 0;
  for (size_t i = h; i < h + was; ++i) {
    words += s[i] == ' ' ? 1u : 0u;
  }
  return words <= max_words ? h + was + vlen : NONE;
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

/* After the comma at `c` of a person phrase from `b`: a full name that
   ends at the next comma, a title after it ("A, Title, B, Title"), and a
   name already before the comma. */
static bool
name_follows(XCtx* x, size_t b, size_t c, size_t e)
{
  const char* s = x->doc.text;
  const size_t nb = c + 2u;
  const char* comma = memchr(s + nb, ',', e - nb);
  if (!comma || !xlex_is_upper((unsigned char)s[nb])) {
    return false;
  }
  const size_t ne = (size_t)(comma - s);
  size_t tb = ne + 1u;
  while (tb < e && s[tb] == ' ') {
    ++tb;
  }
  /* "A, PRC Coordinator for ...", "A, Japanese Ambassador ...": a
     country's word before the title */
  XCountryHit h;
  if (tb < e && xlex_country_at(s + tb, e - tb, &h) && tb + h.len < e &&
      s[tb + h.len] == ' ') {
    tb += h.len + 1u;
  }
  const size_t w = xlex_word_len(s + tb, e - tb);
  if (!all_name(s, nb, ne) || !w || !title_word(s + tb, w)) {
    return false;
  }
  char* nm = xctx_copy(x, nb, ne);
  const bool full = nm && full_name(nm);
  free(nm);
  return full && is_person(x, b, c);
}

/* A person's own side's phrase ending text[b, e): "A, Title,
   representing Chile" (by its name, not an adjective), "A, Title, for
   Japan"; its participant, and in `*cut` where the phrase starts; NULL
   when none. */
static const char*
person_side(XCtx* x, size_t b, size_t e, size_t* cut)
{
  const char* s = x->doc.text;
  while (e > b && (s[e - 1u] == ',' || s[e - 1u] == ' ' || s[e - 1u] == '.')) {
    --e;
  }
  for (size_t i = e; i-- > b + 1u;) {
    /* "A, Title, for Japan": after a comma, a participant's name alone */
    const bool for_cc = xlex_starts(s + i, e - i, ", for ");
    if (!xlex_starts(s + i, e - i, " representing ") && !for_cc) {
      continue;
    }
    size_t ob = i + (for_cc ? 6u : 14u);
    ob += xlex_starts(s + ob, e - ob, "the ") ? 4u : 0u;
    XCountryHit h;
    if (ob < e && xside_participant_at(x, ob, ob, e, &h) && ob + h.len == e &&
        !h.adjective && !h.possessive && xctx_deleg(x, h.cc)) {
      *cut = !for_cc && s[i - 1u] == ',' ? i - 1u : i;
      return h.cc;
    }
    break;
  }
  return NULL;
}

/* A side's phrase ending text[b, e): ", on the EU side", " on the UK's
   side" (a comma after it aside), or a person's own (person_side); its
   participant, and in `*cut` where the phrase starts; NULL when none. */
static const char*
trailing_side(XCtx* x, size_t b, size_t e, size_t* cut)
{
  const char* s = x->doc.text;
  while (e > b && (s[e - 1u] == ',' || s[e - 1u] == ' ' || s[e - 1u] == '.')) {
    --e;
  }
  const char* own = person_side(x, b, e, cut);
  if (own) {
    return own;
  }
  if (e < b + 5u || !xlex_eq(s + e - 4u, 4u, "side")) {
    return NULL;
  }
  for (size_t i = e - 5u; i > b; --i) {
    /* "on the X side", "for the X side", "from the X side" */
    static const char* const preps[] = {
      " on the ", " for the ", " from the ", NULL
    };
    size_t pl = 0;
    for (size_t k = 0; preps[k] && !pl; ++k) {
      if (xlex_starts(s + i, e - i, preps[k])) {
        pl = strlen(preps[k]);
      }
    }
    if (!pl) {
      continue;
    }
    const size_t ob = i + pl;
    XCountryHit h;
    if (!xside_participant_at(x, ob, ob, e, &h) || ob + h.len + 5u != e ||
        !xctx_deleg(x, h.cc)) {
      return NULL;
    }
    *cut = i > b && s[i - 1u] == ',' ? i - 1u : i;
    return h.cc;
  }
  return NULL;
}

/* Is [b, e) one person phrase whose name holds no title or organization
   word ("Cyber Security" of "Undersecretary for ..., Cyber Security, and
   Upskilling, B" is no one)? */
static bool
is_plain_person(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  Person p;
  const bool ok =
    parse_person(x, b, e, &p) && !has_title_word(s, p.name.b, p.name.e);
  free(p.agency_name);
  return ok;
}

/* Is [b, e) one person phrase of a title and then a full name with no
   title word ("Japanese Ambassador in charge of Cyber Policy Kumagai
   Naoki")? */
static bool
titled_person(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  Person p;
  bool ok = parse_person(x, b, e, &p) && p.title.e > p.title.b &&
            p.title.b < p.name.b && !has_title_word(s, p.name.b, p.name.e);
  if (ok) {
    char* nm = xctx_copy(x, p.name.b, p.name.e);
    ok = nm && full_name(nm);
    free(nm);
  }
  free(p.agency_name);
  return ok;
}

/* Is [b, e) one person phrase whose name has two words or more ("Trust"
   of "Cybersecurity and Trust, Directorate ..." is no one)? */
static bool
is_named(XCtx* x, size_t b, size_t e)
{
  Person p;
  bool ok = parse_person(x, b, e, &p);
  if (ok) {
    char* nm = xctx_copy(x, p.name.b, p.name.e);
    ok = nm && strchr(nm, ' ');
    free(nm);
  }
  free(p.agency_name);
  return ok;
}

/* Does the semicolon at i go on with a list of people led "by" in
   text[b, i) ("co-chaired by the Executive Vice-President ..., A; and
   Singapore's Minister for ..., B")? Only when the words after it, up to
   the next semicolon, are one person with a name of two words or more. */
static bool
semicolon_person(XCtx* x, size_t b, size_t i, size_t e)
{
  const char* s = x->doc.text;
  size_t len = 0;
  if (find_any(s, b, i, lead_by, &len) == NONE) {
    return false;
  }
  size_t k = i + 1u;
  while (k < e && s[k] == ' ') {
    ++k;
  }
  k += xlex_starts(s + k, e - k, "and ") ? 4u : 0u;
  const char* semi = memchr(s + k, ';', e - k);
  size_t pe = semi ? (size_t)(semi - s) : e;
  while (pe > k && (s[pe - 1u] == '.' || s[pe - 1u] == ' ')) {
    --pe;
  }
  /* "...; the Japanese side by B": a gapped clause of its own side */
  size_t at = 0;
  const size_t by = k < pe ? xlex_find(s + k, pe - k, "by") : NONE;
  if (by != NONE && xside_marker(x, k, k + by, &at)) {
    return false;
  }
  return k < pe && is_named(x, k, pe);
}

/* Does " and " go on with the title of "Name, Title" in text[b, c) when
   the words after it, text[k, e), are bare capitalized words without a
   title of their own ("Ms. A, Parliamentary Under Secretary of State for
   the Future Digital Economy and Online Safety": "Online Safety" is no
   one)? A person named after a titled one has a title too. */
static bool
title_goes_on(XCtx* x, size_t b, size_t c, size_t k, size_t e)
{
  Person p, q;
  const bool ok = parse_person(x, b, c, &p);
  const bool titled_after =
    ok && p.title.e > p.title.b && p.title.b >= p.name.e;
  free(p.agency_name);
  if (!titled_after) {
    return false;
  }
  const bool oq = parse_person(x, k, e, &q);
  const bool bare = oq && q.title.e == q.title.b && !q.agency_name;
  free(q.agency_name);
  return bare;
}

/* "defense secretary A and foreign secretary B": on each side of " and "
   a title before a full name, the title lower-case after "and". */
static bool
title_name_pair(XCtx* x, size_t b, size_t c, size_t k, size_t e)
{
  const char* s = x->doc.text;
  Person p, q;
  const bool ok_p = parse_person(x, b, c, &p);
  const bool ok_q = parse_person(x, k, e, &q);
  free(p.agency_name);
  free(q.agency_name);
  if (!ok_p || !ok_q || p.title.e == p.title.b || q.title.e == q.title.b ||
      p.title.e > p.name.b || q.title.e > q.name.b || q.title.b != k) {
    return false;
  }
  char* a = xctx_copy(x, p.name.b, p.name.e);
  char* z = xctx_copy(x, q.name.b, q.name.e);
  const bool full = a && z && full_name(a) && full_name(z) &&
                    !has_title_word(s, p.name.b, p.name.e) &&
                    !has_title_word(s, q.name.b, q.name.e);
  free(a);
  free(z);
  return full;
}

/* Heads whose side the text does not state, decided at the end (kept in
   the extraction's context: xdeleg is reentrant). */
struct XPendingHead
{
  Person p;
  size_t sent;
};

/* The one side that has no head yet, when all the others have one; else
   NULL. */
static const char*
headless_side(const XCtx* x)
{
  const char* none = NULL;
  size_t n_none = 0;
  for (size_t i = 0; i < x->n_cc; ++i) {
    if (!x->del[i].n_heads) {
      none = x->del[i].cc;
      ++n_none;
    }
  }
  return n_none == 1u ? none : NULL;
}

/* Says that `p`, whose side the text does not state, is taken as the head
   of `cc`, the side without one. */
static void
warn_taken(XCtx* x, size_t sent, const Person* p, const char* cc)
{
  char* nm = xctx_copy(x, p->name.b, p->name.e);
  xctx_warn(x,
            sent,
            "the text does not say which side \"%s\" leads; taken as "
            "the head of the %s delegation, the side without one",
            nm ? nm : "",
            cc);
  free(nm);
}

/* Keeps `p` for resolve_pending; out of memory: left out, with a warning. */
static void
add_pending(XCtx* x, Person* p, size_t sent)
{
  const XPendingHead q = { *p, sent };
  if (!xvec_push(
        (void**)&x->pending, &x->n_pending, &x->cap_pending, sizeof(q), &q)) {
    free(p->agency_name);
    x->nomem = true;
  }
}

static size_t counterparts_at(const char* s, size_t b, size_t e);

/* "represented by a delegation led by A": the people after the inner
   "led by" when only lower-case words stand before it; else b. */
static size_t
inner_by(const char* s, size_t b, size_t e)
{
  size_t len = 0;
  const size_t by = find_any(s, b, e, lead_by, &len);
  if (by == NONE) {
    return b;
  }
  for (size_t i = b; i < by; ++i) {
    if (xlex_is_upper((unsigned char)s[i])) {
      return b;
    }
  }
  size_t k = by + len;
  while (k < e && s[k] == ' ') {
    ++k;
  }
  return k < e ? k : b;
}

/* The start of the subject after a leading adverbial of time or place
   ("On 13 June 2016, A and B co-chaired ...", "On June 13, 2016, ...",
   "In Seoul, ..."): past the first comma that no digit follows; b when
   text[b, e) opens with no such word. */
static size_t
lead_in_end(const char* s, size_t b, size_t e)
{
  static const char* const opens[] = { "on",        "in",    "at",
                                       "during",    "today", "yesterday",
                                       "earlier",   "last",  "this",
                                       "following", "after", NULL };
  static const char* const links[] = { "while ", "whereas ", "and ", NULL };
  const size_t b0 = b;
  for (size_t k = 0; links[k]; ++k) {
    if (xlex_starts(s + b, e - b, links[k])) {
      b += strlen(links[k]); /* "..., while on the Indian side, B led" */
      break;
    }
  }
  bool open = false;
  for (size_t k = 0; opens[k]; ++k) {
    open |= xlex_starts(s + b, e - b, opens[k]);
  }
  if (!open) {
    /* "..., while B led the Japanese delegation": the conjunction is no
       word of B's title */
    return b > b0 && !xlex_starts(s + b0, e - b0, "and ") ? b : b0;
  }
  for (size_t i = b; i + 2u < e; ++i) {
    /* "At their meeting on Friday, April 13, A and B discussed": a comma
       before a month's name goes on with the date */
    const size_t mw = xlex_word_len(s + i + 2u, e - i - 2u);
    if (s[i] == ',' && s[i + 1u] == ' ' &&
        !(s[i + 2u] >= '0' && s[i + 2u] <= '9') &&
        !(mw && xlex_month(s + i + 2u, mw))) {
      return i + 2u;
    }
  }
  return b0;
}
/* A country that is no participant named in text[b, e) ("Brazilian
   Special Envoy", "Special Envoy of Brazil"). */
static bool
other_country_in(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t i = b; i < e; ++i) {
    XCountryHit h;
    if ((i == b || s[i - 1u] == ' ') && xlex_is_upper((unsigned char)s[i]) &&
        xlex_country_at(s + i, e - i, &h) && !xctx_deleg(x, h.cc)) {
      return true;
    }
  }
  return false;
}

/* Does the title text[b, e) name a country that is no side of the
   record ("Coordinator of India", "Japanese Ambassador")? */
static bool
foreign_title(XCtx* x, size_t b, size_t e)
{
  for (size_t k = 0; k < x->n_cc; ++k) {
    if (xlex_is_org(x->reg, x->cc[k])) {
      return false; /* a member's official may lead ASEAN's side */
    }
  }
  return other_country_in(x, b, e);
}
/* "A and B opened the U.S.-Poland Strategic Dialogue": "opened the",
   capitalized words (at most six) and a meeting's word ("Dialogue",
   "Consultations", "Meeting", "Talks"): where "opened" starts in text[b,
   e), its phrase's length in *len; NONE when none. */
static size_t
opened_named(const char* s, size_t b, size_t e, size_t* len)
{
  static const char* const kinds[] = { "dialogue",      "meeting", "talks",
                                       "consultations", "session", NULL };
  for (size_t from = b;;) {
    const size_t at = xlex_find(s + from, e - from, " opened the ");
    if (at == NONE) {
      return NONE;
    }
    const size_t v = from + at + 1u;
    size_t i = v + 11u;
    for (size_t words = 0; words < 7u && i < e; ++words) {
      size_t j = i;
      while (j < e && s[j] != ' ' && s[j] != ',' && s[j] != '.') {
        ++j;
      }
      bool kind = false;
      for (size_t k = 0; kinds[k]; ++k) {
        kind |= xlex_eq(s + i, j - i, kinds[k]);
      }
      if (kind && words > 0) {
        *len = j - v;
        return v;
      }
      if (!xlex_is_upper((unsigned char)s[i]) || j >= e || s[j] != ' ') {
        break;
      }
      i = j + 1u;
    }
    from = v + 6u;
  }
}
/* The end of the people of text[b, e) before the first side's phrase
   ("B of the Agency for the Philippine side, and C ..."): where that
   phrase starts, or `e` when none. */
static size_t
group_end(XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  for (size_t k = b; k < e;) {
    const size_t at = xlex_find(s + k, e - k, " side");
    if (at == NONE) {
      break;
    }
    const size_t end = k + at + 5u;
    size_t cut = NONE;
    if ((end == e || !xlex_is_word_char((unsigned char)s[end])) &&
        trailing_side(x, b, end, &cut) && cut > b) {
      return cut;
    }
    k = end;
  }
  return e;
}
/* Does text[b, e) open with capitalized words ("Communications
   Technology") and then an acronym in parentheses ("(DICT)", no
   country's code)?  Then they end an agency's name begun before. */
static bool
acronym_tail(const char* s, size_t b, size_t e)
{
  size_t i = b, words = 0;
  while (i < e && words < 6u) {
    if (s[i] == '(') {
      size_t j = i + 1u;
      while (j < e && xlex_is_upper((unsigned char)s[j])) {
        ++j;
      }
      XCountryHit h;
      return words && j > i + 2u && j < e && s[j] == ')' &&
             !(xlex_country_at(s + i + 1u, j - i - 1u, &h) &&
               h.len == j - i - 1u);
    }
    size_t j = i;
    while (j < e && s[j] != ' ') {
      ++j;
    }
    size_t hl = 0;
    if (!xlex_is_upper((unsigned char)s[i]) || s[j - 1u] == ',' ||
        (words == 0 && honorific_at(s + i, e - i, &hl))) {
      return false;
    }
    ++words;
    i = j + 1u;
  }
  return false;
}

/* Whether text[b, e) (stripped) is a personal pronoun ("He"). */
static bool
is_pronoun(const char* s, size_t b, size_t e)
{
  static const char* const pronouns[] = { "he", "she", NULL };
  xctx_strip(s, &b, &e);
  for (size_t k = 0; b < e && pronouns[k]; ++k) {
    if (xlex_eq(s + b, e - b, pronouns[k])) {
      return true;
    }
  }
  return false;
}

/* The person a sentence opens with ("Russian Security Council Secretary
   Sergei Shoigu has arrived in Beijing"): the capitalized words (and
   "of", "the", "for", "and" between them) up to its first lower-case
   word, when they are a title and a full name. The span in *pb, *pe. */
static bool
opening_person(XCtx* x, size_t sent, size_t* pb, size_t* pe)
{
  static const char* const links[] = { "of", "the", "for", "and", NULL };
  const char* s = x->doc.text;
  const XSentence* st = &x->doc.sents[sent];
  const size_t b = lead_in_end(s, st->clip_b, st->e);
  size_t i = b;
  while (i < st->e) {
    while (i < st->e && s[i] == ' ') {
      ++i;
    }
    const size_t w = xlex_word_len(s + i, st->e - i);
    if (!w) {
      break;
    }
    bool link = false;
    for (size_t k = 0; links[k]; ++k) {
      link |= xlex_eq(s + i, w, links[k]);
    }
    if (!xlex_is_upper((unsigned char)s[i]) && !link) {
      break;
    }
    i += w;
  }
  size_t e = i;
  while (e > b && s[e - 1u] == ' ') {
    --e;
  }
  if (e <= b || i >= st->e || !xlex_is_word_char((unsigned char)s[i])) {
    return false; /* the words must go on with a verb, not a comma */
  }
  Person p;
  const bool ok = parse_person(x, b, e, &p) && p.title.e > p.title.b;
  char* nm = ok ? xctx_copy(x, p.name.b, p.name.e) : NULL;
  const bool full = nm && full_name(nm);
  free(nm);
  free(p.agency_name);
  if (!full) {
    return false;
  }
  *pb = b;
  *pe = e;
  return true;
}

/* "The participants from Japan were headed by A", "Those from Viet Nam
   were led by B": the subject of a passive "was/were led by" is a group
   of people whose words name one participant and no other country; the
   people after "by" lead that side. NULL when the subject is no such
   group (a meeting, a place, two countries). */
static const char*
subject_side(XCtx* x, size_t b, size_t by)
{
  static const char* const people[] = {
    "participants", "participant", "those",   "officials", "members",
    "delegates",    "attendees",   "experts", "ones",      NULL
  };
  static const char* const aux[] = { "were", "was", "are", "is", NULL };
  const char* s = x->doc.text;
  size_t e = by;
  while (e > b && s[e - 1u] == ' ') {
    --e;
  }
  const size_t wb = word_before(s, b, e);
  bool passive = false;
  for (size_t k = 0; aux[k]; ++k) {
    passive |= xlex_eq(s + wb, e - wb, aux[k]);
  }
  if (!passive || memchr(s + b, ',', wb - b)) {
    return NULL;
  }
  bool group = false;
  const char* cc = NULL;
  for (size_t i = b; i < wb; ++i) {
    if (i > b && xlex_is_word_char((unsigned char)s[i - 1u])) {
      continue;
    }
    for (size_t k = 0; people[k]; ++k) {
      group |= xlex_starts(s + i, wb - i, people[k]);
    }
    XCountryHit h;
    if (xlex_is_upper((unsigned char)s[i]) &&
        xlex_party_at(x->reg, s, s + i, wb - i, &h)) {
      if (cc || !xctx_deleg(x, h.cc)) {
        return NULL; /* two countries, or one that is no side */
      }
      cc = h.cc;
      i += h.len - 1u;
    }
  }
  return group ? cc : NULL;
}

/* "led by A and B, Japanese and Indian Ambassadors respectively", "led
   by Japanese Ambassador A and Indian Joint Secretary B respectively":
   the end of the people of text[b, e) before "respectively" (and before
   a last comma segment of two participants' adjectives joined by "and",
   whose sides go in `resp`, in order). */
static size_t
respectively_cut(XCtx* x, size_t b, size_t e, const char** resp)
{
  const char* s = x->doc.text;
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == '.' || s[e - 1u] == ',')) {
    --e;
  }
  if (e < b + 13u || !xlex_eq(s + e - 12u, 12u, "respectively") ||
      s[e - 13u] != ' ') {
    return e;
  }
  size_t re = e - 13u;
  while (re > b && (s[re - 1u] == ' ' || s[re - 1u] == ',')) {
    --re;
  }
  const char* comma = NULL;
  for (size_t i = re; i-- > b;) {
    if (s[i] == ',') {
      comma = s + i;
      break;
    }
  }
  if (!comma) {
    return re;
  }
  size_t k = (size_t)(comma - s) + 1u;
  while (k < re && s[k] == ' ') {
    ++k;
  }
  XCountryHit h1, h2;
  if (!xside_participant_at(x, k, k, re, &h1) || !h1.adjective) {
    return re;
  }
  const size_t a = k + h1.len;
  if (!xlex_starts(s + a, re - a, " and ") ||
      !xside_participant_at(x, a + 5u, a + 5u, re, &h2) || !h2.adjective ||
      !strcmp(h1.cc, h2.cc)) {
    return re;
  }
  resp[0] = h1.cc;
  resp[1] = h2.cc;
  return (size_t)(comma - s);
}

/* "A and B led the Bangladesh and Indian delegations respectively":
   after the lead verb at `v`, two sides before a plural side noun, and
   "respectively" in text[v, e); their participants, in order, go in
   `resp` (left as they are when the shape is not there). */
static void
verb_respectively(XCtx* x, size_t v, size_t e, const char** resp)
{
  static const char* const nouns[] = { "delegations", "sides", "teams", NULL };
  const char* s = x->doc.text;
  if (xlex_find(s + v, e - v, "respectively") == NONE) {
    return;
  }
  size_t k = v;
  while (k < e && s[k] != ' ') {
    ++k; /* the verb */
  }
  while (k < e && s[k] == ' ') {
    ++k;
  }
  k += xlex_starts(s + k, e - k, "the ") ? 4u : 0u;
  XCountryHit h1, h2;
  if (k >= e || !xside_participant_at(x, k, k, e, &h1)) {
    return;
  }
  const size_t a = k + h1.len;
  if (!xlex_starts(s + a, e - a, " and ") ||
      !xside_participant_at(x, a + 5u, a + 5u, e, &h2) ||
      !strcmp(h1.cc, h2.cc)) {
    return;
  }
  const size_t n = a + 5u + h2.len + 1u;
  const size_t w = n < e ? xlex_word_len(s + n, e - n) : 0u;
  if (!w || s[n - 1u] != ' ' || !word_in(s, n, n + w, nouns)) {
    return;
  }
  resp[0] = h1.cc;
  resp[1] = h2.cc;
}

/* A bare title as a subject ("Foreign Secretary co-chaired ...", "the
   foreign minister would lead"): the one person the text names before
   text[b, e) with that title and a full name ("Foreign Secretary Vinay
   Mohan Kwatra is on a visit"); the span of title and name in *pb, *pe.
   False when the words hold a name, or no one or two people are named so
   before. */
static bool
title_antecedent(XCtx* x, size_t b, size_t e, size_t* pb, size_t* pe)
{
  const char* s = x->doc.text;
  xctx_strip(s, &b, &e);
  if (b < e && s[b] == '"') {
    ++b; /* a quotation's opening: "\"Foreign Secretary co-chaired" */
  } else if (b + 3u < e && !strncmp(s + b, "\xe2\x80\x9c", 3u)) {
    b += 3u;
  }
  if (b + 4u < e && xlex_starts(s + b, e - b, "the ")) {
    b += 4u;
  }
  if (b >= e || e - b > 80u) {
    return false;
  }
  XSpan w[8];
  const size_t n = words_of(s, b, e, w, 8u);
  if (n == 0 || n > 6u) {
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!title_word(s + w[i].b, w[i].e - w[i].b)) {
      return false; /* only title words: "Foreign Secretary" */
    }
  }
  char* t = xctx_copy(x, b, e);
  if (!t) {
    return false;
  }
  const size_t tl = e - b;
  size_t fb = NONE, fe = NONE;
  bool two = false;
  for (size_t o = 0; o + tl + 2u < b && !two; ++o) {
    const size_t at = xlex_find(s + o, b - o, t);
    if (at == NONE) {
      break;
    }
    o += at;
    size_t k = o + tl;
    if (s[k] != ' ' || !xlex_is_upper((unsigned char)s[k + 1u])) {
      continue;
    }
    /* the name: capitalized words after the title, up to four */
    size_t ne = k;
    for (int words = 0; words < 4 && ne + 1u < b && s[ne] == ' '; ++words) {
      const size_t l = xlex_word_len(s + ne + 1u, b - ne - 1u);
      if (!l || !name_token(s + ne + 1u, l)) {
        break;
      }
      ne += 1u + l;
    }
    if (ne == k || !titled_person(x, o, ne)) {
      continue;
    }
    if (fb != NONE && (fe - fb != ne - o || strncmp(s + fb, s + o, ne - o))) {
      two = true;
    }
    fb = o;
    fe = ne;
  }
  free(t);
  if (two || fb == NONE) {
    return false;
  }
  *pb = fb;
  *pe = fe;
  return true;
}

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
  const char* marker = xside_marker(x, c->b, c->e, &at);
  size_t by = find_any(s, c->b, c->e, x->hosts_pass ? host_by : lead_by, &len);
  /* "led for Australia by Dr X": the country between says the side */
  const size_t led_for =
    x->hosts_pass ? NONE : xlex_find(s + c->b, c->e - c->b, "led for");
  if (by == NONE && led_for != NONE) {
    const size_t cb = c->b + led_for + 8u;
    XCountryHit h;
    if (cb < c->e && xlex_party_at(x->reg, s, s + cb, c->e - cb, &h) &&
        xctx_deleg(x, h.cc) &&
        xlex_starts(s + cb + h.len, c->e - cb - h.len, " by")) {
      by = cb + h.len + 1u;
      len = 2u;
      marker = h.cc;
    }
  }
  const size_t heading = x->hosts_pass ? NONE : heading_was(s, c->b, c->e);
  size_t pb = NONE, pe = NONE;
  bool after = false;
  const char* other_side = NULL; /* the hosts' side, from their guest's */
  const char* paren_side =
    x->hosts_pass ? NULL : head_in_parens(x, c, &pb, &pe);
  if (!paren_side && !x->hosts_pass && by == NONE) {
    paren_side = head_apposition(x, c, &pb, &pe);
  }
  size_t verb_at = NONE; /* the lead verb after its subject */
  if (paren_side) {
    marker = paren_side;
  } else if (heading != NONE) {
    pb = heading;
    pe = c->e;
    after = true;
  } else if (by != NONE) {
    pb = by + len;
    pe = c->e;
    after = true;
    const char* subj = marker ? NULL : subject_side(x, c->b, by);
    marker = subj ? subj : marker;
  } else {
    size_t vlen = 0;
    size_t v = find_verb(s, c, x->hosts_pass ? host_verbs : lead_verbs, &vlen);
    if (v == NONE && !x->hosts_pass) {
      v = opened_named(s, c->b, c->e, &vlen);
    }
    if (v != NONE && !x->hosts_pass &&
        (xlex_starts(s + v, c->e - v, "opened") ||
         xlex_starts(s + v, c->e - v, "jointly opened")) &&
        meeting_chaired_by(x)) {
      v = NONE; /* openers, where the text names the meeting's chairs */
    }
    const char* repr =
      v != NONE && !x->hosts_pass ? represented_side(x, v, vlen, c->e) : NULL;
    if (repr && !*repr) {
      v = NONE; /* "represented" without a participant after it */
    }
    /* "A and B co-chaired the dialogue with Chinese State Councilor C":
       as the hosts' "with" */
    const bool co_with = v != NONE && !x->hosts_pass &&
                         (xlex_starts(s + v, c->e - v, "co-chaired") ||
                          xlex_starts(s + v, c->e - v, "co-led")) &&
                         xlex_find(s + v, c->e - v, " with ") != NONE;
    if (v != NONE && v > c->b && (x->hosts_pass || co_with)) {
      /* "A and B co-hosted the dialogue with Chinese State Councilor C":
         C leads the side the phrase names, the hosts the other one */
      const size_t with = xlex_find(s + v, c->e - v, "with");
      /* "A and B hosted Indian Deputy National Security Advisor C": the
         guest right after the verb */
      size_t gb = with != NONE ? v + with + 5u : v + vlen + 1u;
      XCountryHit gh;
      if (with == NONE &&
          !(gb < c->e && xlex_party_at(x->reg, s, s + gb, c->e - gb, &gh))) {
        gb = c->e;
      }
      Person guest;
      memset(&guest, 0, sizeof(guest));
      size_t ge = gb < c->e ? guest_end(x, gb, c->e) : c->e;
      /* "met with Britain's defense secretary A and foreign secretary B":
         two guests of one side */
      const size_t and2 = gb < ge ? xlex_find(s + gb, ge - gb, "and") : NONE;
      size_t g2 = NONE;
      if (and2 != NONE && and2 > 0u && s[gb + and2 - 1u] == ' ' &&
          title_name_pair(x, gb, gb + and2 - 1u, gb + and2 + 4u, ge)) {
        g2 = gb + and2 + 4u;
      }
      const bool named =
        gb < c->e &&
        parse_person(x, gb, g2 != NONE ? gb + and2 - 1u : ge, &guest);
      /* "... with Ms A, Secretary-General of the French Ministry for
         Europe and Foreign Affairs": the agency's country is the guest's */
      if (named && !guest.cc && guest.agency_cc &&
          xctx_deleg(x, guest.agency_cc)) {
        guest.cc = guest.agency_cc;
      }
      if (named && guest.cc) {
        other_side = !strcmp(guest.cc, x->cc[0]) ? x->cc[1] : x->cc[0];
        const char* gcc = guest.cc;
        store_head(x, gcc, &guest, sent);
        Person second;
        if (g2 != NONE && parse_person(x, g2, ge, &second)) {
          if (!second.cc || !strcmp(second.cc, gcc)) {
            store_head(x, gcc, &second, sent);
          } else {
            free(second.agency_name);
          }
        }
      } else {
        free(guest.agency_name);
      }
    }
    if (v != NONE && v > c->b) {
      verb_at = v;
      pb = c->b;
      pe = v;
      /* "According to the foreign ministry, its ambassador X met with" */
      if (xlex_starts(s + pb, pe - pb, "according to")) {
        const char* comma = memchr(s + pb, ',', pe - pb);
        pb = comma ? (size_t)(comma - s) + 1u : pb;
      }
      pb = lead_in_end(s, pb, pe);
      size_t tb = NONE, te = NONE;
      if (!x->hosts_pass && !is_person(x, pb, pe) &&
          title_antecedent(x, pb, pe, &tb, &te)) {
        pb = tb; /* "Foreign Secretary co-chaired": the one named so */
        pe = te;
      }
      /* "B has arrived in Beijing. He will meet with C": the pronoun is
         the person the sentence before opens with */
      if (is_pronoun(s, pb, pe) && pb == x->doc.sents[sent].clip_b && sent) {
        size_t ab = NONE, ae = NONE;
        if (opening_person(x, sent - 1u, &ab, &ae)) {
          pb = ab;
          pe = ae;
        }
      }
      /* the side after the verb: "led the U.S. delegation" */
      size_t at2 = 0;
      const char* m2 = repr ? repr : xside_marker(x, v, c->e, &at2);
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
    if (by2 != NONE && words <= 4u && at <= c->b + 8u) {
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
  const char* resp[2] = { NULL, NULL };
  if (!after && verb_at != NONE) {
    verb_respectively(x, verb_at, c->e, resp);
  }
  if (after) {
    size_t l2 = 0;
    const size_t stop = find_any(s, pb, pe, person_stops, &l2);
    if (stop != NONE) {
      pe = stop;
    }
    pe = respectively_cut(x, pb, pe, resp);
    /* "led by A, Title, and his Japanese and Chinese counterparts, B and
       C": the counterparts are read by counterparts_in */
    const size_t d = x->hosts_pass ? NONE : counterparts_at(s, pb, pe);
    if (d != NONE) {
      pe = d;
      while (pe > pb && (s[pe - 1u] == ' ' || s[pe - 1u] == ',')) {
        --pe;
      }
      if (pe >= pb + 4u && xlex_starts(s + pe - 4u, 4u, " and")) {
        pe -= 4u;
      }
      while (pe > pb && (s[pe - 1u] == ' ' || s[pe - 1u] == ',')) {
        --pe;
      }
    }
    if (by != NONE && by >= c->b + 2u && s[by - 2u] == ',') {
      /* "The Dialogue, co-chaired by A, Title, and B, Title, brought
         together ...": the aside ends at a comma before a verb */
      pe = aside_end(s, pb, pe);
    }
    if (by != NONE && by == c->b) {
      pe = leading_aside_end(s, pb, pe);
    }
  }
  /* One or more people: "X and by Y", "X, Title, and Mr. Y, Title"; at
     most one per " and " (out of memory: none) */
  size_t cap = 1;
  for (size_t i = pb; i + 2u <= pe; ++i) {
    cap += xlex_starts(s + i, pe - i, " and ") || s[i] == ',' ||
               xlex_starts(s + i, pe - i, " together with ")
             ? 1u
             : 0u;
  }
  size_t* starts = (size_t*)malloc(2u * cap * sizeof(size_t));
  if (!starts) {
    return;
  }
  size_t* ends = starts + cap;
  /* "Japan was represented by A and India by B": the participant of a
     gapped " and X by " leads the people after it */
  const char** gapped = (const char**)calloc(cap, sizeof(const char*));
  bool by_split = false; /* "X and by Y": each leads a side */
  starts[0] = pb;
  ends[0] = pe;
  size_t np = 1;
  for (size_t i = pb; i < pe && np < cap; ++i) {
    size_t skip = 0, side_cut = NONE, hon = 0;
    XCountryHit gh;
    size_t g0 = i + (xlex_starts(s + i, pe - i, ", and ") ? 6u : 5u);
    /* "..., and the delegation of the French Republic - by B": the
       delegation's words and a dash before the gapped "by" */
    static const char* const of_deleg[] = { "the delegation of the ",
                                            "the delegation of ",
                                            "the delegation from the ",
                                            "the delegation from ",
                                            NULL };
    for (size_t d = 0; g0 < pe && of_deleg[d]; ++d) {
      if (xlex_starts(s + g0, pe - g0, of_deleg[d])) {
        g0 += strlen(of_deleg[d]);
        break;
      }
    }
    size_t gby = NONE;
    if (g0 < pe && xside_participant_at(x, g0, g0, pe, &gh)) {
      const size_t ge0 = g0 + gh.len;
      gby = xlex_starts(s + ge0, pe - ge0, " by ")     ? ge0 + 4u
            : xlex_starts(s + ge0, pe - ge0, " - by ") ? ge0 + 6u
                                                       : NONE;
    }
    if ((xlex_starts(s + i, pe - i, " and ") ||
         xlex_starts(s + i, pe - i, ", and ")) &&
        gby != NONE && !gh.adjective && !gh.possessive &&
        xctx_deleg(x, gh.cc)) {
      skip = gby - i;
      by_split = true;
      if (gapped) {
        gapped[np] = gh.cc;
      }
    } else if (xlex_starts(s + i, pe - i, "; and ")) {
      skip = 6u; /* "A, Title; and B, Title" */
    } else if (s[i] == ';' && i + 2u < pe && s[i + 1u] == ' ') {
      skip = 2u;
    } else if ((xlex_starts(s + i, pe - i, " together with ") ||
                xlex_starts(s + i, pe - i, ", together with ")) &&
               is_person(x, starts[np - 1u], i)) {
      /* "A, Title, India together with B, Title, Malaysia co-chaired":
         "together with" joins two people as "and" does */
      skip = s[i] == ',' ? 16u : 15u;
    } else if (xlex_starts(s + i, pe - i, " and by ")) {
      skip = 8u;
      by_split = true;
    } else if (xlex_starts(s + i, pe - i, ", and by ")) {
      skip = 9u;
      by_split = true;
    } else if (xlex_starts(s + i, pe - i, ", as well as by ") ||
               xlex_starts(s + i, pe - i, " as well as by ")) {
      /* "chaired by A, Title, as well as by B, Title" */
      skip = s[i] == ',' ? 16u : 15u;
      by_split = true;
    } else if (s[i] == ',' && i + 2u < pe && s[i + 1u] == ' ' &&
               name_follows(x, starts[np - 1u], i, pe)) {
      /* "A, Title, B, Title, and C, Title": a comma before a full name
         that a title follows */
      skip = 2u;
    } else if (s[i] == ',' && i + 2u < pe && s[i + 1u] == ' ' &&
               !xlex_starts(s + i, pe - i, ", and ") &&
               xlex_is_upper((unsigned char)s[i + 2u]) &&
               titled_person(x, starts[np - 1u], i) &&
               titled_person(x, i + 2u, next_comma(s, i + 2u, pe))) {
      /* "Title A Name, Title B Name, and Title C Name": a comma between
         two people, each a title and then a full name */
      skip = 2u;
    } else if (s[i] == ',' && i + 2u < pe && s[i + 1u] == ' ' &&
               honorific_at(s + i + 2u, pe - i - 2u, &hon) &&
               is_person(x, starts[np - 1u], i)) {
      /* "Mr. A, Mr. B, and Mr. C": a comma before an honorific, after a
         person with a name ("Japan's Minister of Defence, Dr. A" is one) */
      skip = 2u;
    } else if ((xlex_starts(s + i, pe - i, ", and ") ||
                xlex_starts(s + i, pe - i, " and ")) &&
               trailing_side(x, starts[np - 1u], i, &side_cut) &&
               side_cut > starts[np - 1u]) {
      /* "A and B for the Philippine side, and C for the Australian
         side": a side's phrase ends its group of people */
      skip = s[i] == ',' ? 6u : 5u;
    } else if (xlex_starts(s + i, pe - i, ", and ") ||
               xlex_starts(s + i, pe - i, " and ") ||
               xlex_starts(s + i, pe - i, ", as well as ") ||
               xlex_starts(s + i, pe - i, " as well as ")) {
      const size_t c1 = i + (s[i] == ',' ? 1u : 0u);
      const size_t k =
        c1 + (xlex_starts(s + c1, pe - c1, " as well as ") ? 12u : 5u);
      size_t hl = 0;
      /* "Mr. X and Ms. Y"; "Attorney General A and Secretary of Homeland
         Security B": each side of "and" a person with a name */
      /* "..., and the Philippines' Undersecretary B" */
      const size_t u = k + (xlex_starts(s + k, pe - k, "the ") ? 4u : 0u);
      const size_t re = group_end(x, k, pe);
      if (acronym_tail(s, k, re)) {
        /* "of the Department of Information and Communications
           Technology (DICT)": the agency's words up to its acronym */
      } else if (honorific_at(s + k, re - k, &hl) ||
                 (u < re && xlex_is_upper((unsigned char)s[u]) &&
                  is_plain_person(x, starts[np - 1u], i) &&
                  is_named(x, k, re) &&
                  !title_goes_on(x, starts[np - 1u], i, k, re)) ||
                 (u < re && !xlex_is_upper((unsigned char)s[u]) &&
                  title_name_pair(x, starts[np - 1u], i, k, re))) {
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
  /* "A, ..., and B, ..., on the EU side, and C, ..., as well as D, ...,
     on the UK's side": each group of people before its side's phrase */
  const char** group = (const char**)calloc(np, sizeof(const char*));
  /* whether group[k] is a person's own phrase ("representing Chile") */
  bool* own = (bool*)calloc(np ? np : 1u, sizeof(bool));
  for (size_t k = 0; group && k < np; ++k) {
    size_t cut = NONE;
    if (own) {
      own[k] = person_side(x, starts[k], ends[k], &cut) != NULL;
    }
    group[k] = trailing_side(x, starts[k], ends[k], &cut);
    if (group[k]) {
      ends[k] = cut;
    }
  }
  for (size_t k = np; group && k-- > 1u;) {
    /* "A, Title, and B, Title, representing Chile": the phrase is B's
       own; only a side's phrase ("on the Chilean side") ends a group */
    if (!group[k - 1u] && !(own && own[k])) {
      group[k - 1u] = group[k];
    }
  }
  free(own);
  for (size_t k = 0; group && gapped && k < np; ++k) {
    if (gapped[k]) {
      group[k] = gapped[k];
    }
  }
  for (size_t k = 0; k < np; ++k) {
    starts[k] = inner_by(s, starts[k], ends[k]);
  }
  bool one_side = false;
  if (marker && np > 1u) {
    /* several people, one side named and no person naming another */
    one_side = true;
    for (size_t k = 0; k < np; ++k) {
      Person q;
      if (parse_person(x, starts[k], ends[k], &q) && q.cc &&
          strcmp(q.cc, marker)) {
        one_side = false;
      }
      free(q.agency_name);
    }
  }
  const char* before = NULL; /* the side of the person before */
  for (size_t k = 0; k < np; ++k) {
    Person p;
    if (!parse_person(x, starts[k], ends[k], &p)) {
      before = NULL;
      continue;
    }
    /* the side the clause names leads all its people, unless a person's
       own words name a country ("led by U.S. Ambassador A and Japan's B") */
    const char* cc = (np == 1u || one_side) && marker ? marker : p.cc;
    if (resp[0] && np == 2u && (!p.cc || !strcmp(p.cc, resp[k]))) {
      cc = resp[k]; /* "..., Japanese and Indian Ambassadors respectively" */
    }
    if (!cc && !marker && before && np > x->n_cc && !by_split &&
        !(group && group[k]) && !other_country_in(x, starts[k], ends[k])) {
      /* "co-chaired by Title of the Viet Nam People's Army A, Title B,
         Australia's Title C and Title D": more people than sides, each
         side's people together; one who names none is of the side of
         the one before */
      cc = before;
    }
    before = cc;
    if (group && group[k]) {
      cc = group[k];
    }
    if (!cc && one_side && marker) {
      cc = marker;
    }
    if (!cc && other_side) {
      cc = other_side;
    }
    if (!cc && np == 1u && marker) {
      cc = marker;
    }
    if (!cc && foreign_title(x, starts[k], p.name.b)) {
      /* "Deputy National Security Adviser of Japan B" when Japan is no
         side the record has: no head of another side */
      free(p.agency_name);
      continue;
    }
    if (!cc && np > 1u && !by_split) {
      /* one of several co-chairs, no side named: decided at the end, with
         the others of its sentence (resolve_pending) */
      add_pending(x, &p, sent);
      continue;
    }
    if (!cc) {
      cc = headless_side(x);
      if (!cc && np == 2u) {
        /* "led by X and by Y": the other person's country decides */
        Person q;
        if (parse_person(x, starts[1u - k], ends[1u - k], &q) && q.cc) {
          cc = !strcmp(q.cc, x->cc[0]) ? x->cc[1] : x->cc[0];
        }
        free(q.agency_name);
      }
      if (!cc) {
        add_pending(x, &p, sent);
        continue;
      }
      warn_taken(x, sent, &p, cc);
    }
    if (cc && xctx_deleg(x, cc)) {
      store_head(x, cc, &p, sent);
      *clause_side = np == 1u ? cc : *clause_side;
      *last = cc;
    } else {
      free(p.agency_name);
    }
  }
  free(starts);
  free((void*)group);
  free((void*)gapped);
  if (!*clause_side && marker) {
    *clause_side = marker;
  }
}

/* More sides' heads in one clause: "The Indian delegation, led by A, met
   the Japanese delegation, led by B": each later ", led by" after a
   side's phrase begins a clause of its own, from the comma before that
   phrase; "The head of the Japanese delegation, A, and the head of the
   Indian delegation, B, signed": each ", and the head of" too. */
static void
more_heads_in(XCtx* x, const Clause* c, size_t sent, const char** last)
{
  static const char* const leds[] = { ", led by ", ", headed by ", NULL };
  static const char* const heads[] = { ", and the head of ",
                                       " and the head of ",
                                       NULL };
  const char* s = x->doc.text;
  size_t len = 0;
  const size_t first = find_any(s, c->b, c->e, leds, &len);
  for (size_t from = first == NONE ? c->e : first + len; from < c->e;) {
    const size_t q = find_any(s, from, c->e, leds, &len);
    if (q == NONE) {
      break;
    }
    size_t pc = q;
    while (pc > from && s[pc - 1u] != ',') {
      --pc;
    }
    size_t at = 0;
    if (pc > from && xside_marker(x, pc, q, &at)) {
      const Clause c2 = { pc, c->e };
      const char* side = NULL;
      heads_in(x, &c2, sent, &side, last);
    }
    from = q + len;
  }
  for (size_t from = c->b + 1u; from < c->e;) {
    const size_t q = find_any(s, from, c->e, heads, &len);
    if (q == NONE) {
      break;
    }
    const size_t hb = q + len - strlen("the head of ");
    const Clause c2 = { hb, c->e };
    const char* side = NULL;
    heads_in(x, &c2, sent, &side, last);
    from = q + len;
  }
}

/* A counterpart and the side the words give: "B of Japan" (the
   participant after "of" is dropped from the phrase), else `adj`, the
   side an adjective before "counterpart" names ("his Japanese
   counterpart, B"). */
static void
counterpart_head(XCtx* x, size_t b, size_t e, const char* adj, size_t sent)
{
  const char* s = x->doc.text;
  xctx_strip(s, &b, &e);
  const char* cc = adj;
  const size_t of = b < e ? xlex_find(s + b, e - b, "of") : NONE;
  if (of != NONE) {
    const size_t k = b + of + 3u;
    XCountryHit h;
    if (k < e && xside_participant_at(x, k, k, e, &h) && k + h.len == e &&
        !h.adjective) {
      cc = h.cc;
      e = b + of;
    }
  }
  Person p;
  if (cc && parse_person(x, b, e, &p)) {
    store_head(x, cc, &p, sent);
  } else if (cc) {
    free(p.agency_name);
  }
}

/* "his U.S. counterpart will be B, Title", "his Japanese and Chinese
   counterparts, B and C": text[b, e) from the determiner; each person
   named goes to the side of his adjective, in order (one adjective: the
   whole rest is one person phrase). True when the shape is there. */
static bool
counterparts_named(XCtx* x, size_t b, size_t e, size_t sent)
{
  static const char* const nouns[] = { "counterparts", "counterpart", NULL };
  static const char* const links[] = { " will be ", " would be ", " is ",
                                       " was ",     " are ",      " were ",
                                       ", ",        " ",          NULL };
  const char* s = x->doc.text;
  size_t nlen = 0;
  const size_t cp = find_any(s, b, e, nouns, &nlen);
  if (cp == NONE || cp > b + 48u) {
    return false;
  }
  const char* adj[4];
  size_t na = 0;
  for (size_t i = b; i < cp && na < 4u; ++i) {
    XCountryHit h;
    if (xside_participant_at(x, b, i, cp, &h)) {
      adj[na++] = h.cc;
      i += h.len;
    }
  }
  size_t lb = cp + nlen;
  bool linked = false;
  for (size_t i = 0; links[i] && !linked; ++i) {
    if (xlex_starts(s + lb, e - lb, links[i])) {
      lb += strlen(links[i]);
      linked = true;
    }
  }
  if (!linked || !na ||
      (lb == cp + nlen + 1u &&
       !(lb < e && xlex_is_upper((unsigned char)s[lb])))) {
    return false; /* "his Japanese counterpart Kenji Sato": a name */
  }
  size_t start = lb, k = 0;
  for (size_t i = lb; i <= e && k < na; ++i) {
    size_t skip = 0;
    if (i == e) {
      skip = 1u;
    } else if (na > 1u && xlex_starts(s + i, e - i, ", and ")) {
      skip = 6u;
    } else if (na > 1u && xlex_starts(s + i, e - i, " and ")) {
      skip = 5u;
    } else if (na > 1u && s[i] == ',') {
      skip = 1u;
    }
    if (!skip) {
      continue;
    }
    Person p;
    if (i > start) {
      const bool named = parse_person(x, start, i, &p);
      const char* cc = adj[k];
      if (named && cc && xctx_deleg(x, cc)) {
        store_head(x, cc, &p, sent);
      } else {
        free(p.agency_name);
      }
    }
    ++k;
    start = i + skip;
    i += skip - 1u;
  }
  return true;
}

/* Where a counterparts' phrase starts in text[b, e) ("... and his
   Japanese counterpart, B"): the offset of its determiner, or NONE. */
static size_t
counterparts_at(const char* s, size_t b, size_t e)
{
  static const char* const dets[] = { " his ", " her ", " their ", NULL };
  for (size_t i = b; i < e; ++i) {
    for (size_t k = 0; dets[k]; ++k) {
      if (!xlex_starts(s + i, e - i, dets[k])) {
        continue;
      }
      const size_t lim = i + 48u < e ? i + 48u : e;
      if (xlex_find(s + i, lim - i, "counterpart") != NONE ||
          xlex_find(s + i, lim - i, "counterparts") != NONE) {
        return i + 1u;
      }
    }
  }
  return NONE;
}

/* "Malaysian Minister A and his Indonesian counterpart, B, discussed":
   A, coordinated with the counterparts' phrase text[d, cp), leads the
   side his own words name, else the other one of the two when the
   phrase's adjective names a side. */
static void
subject_and_counterpart(XCtx* x,
                        size_t b,
                        size_t e,
                        size_t d,
                        size_t cp,
                        size_t sent)
{
  const char* adj = NULL;
  for (size_t i = d; i < cp; ++i) {
    XCountryHit h;
    if (xside_participant_at(x, d, i, cp, &h)) {
      adj = h.cc;
      break;
    }
  }
  Person a;
  memset(&a, 0, sizeof(a));
  if (!adj || x->n_cc != 2u || !parse_person(x, b, e, &a)) {
    free(a.agency_name);
    return;
  }
  const char* cc = a.cc;
  if (!cc && !other_country_in(x, b, e)) {
    cc = !strcmp(adj, x->cc[0]) ? x->cc[1] : x->cc[0];
  }
  if (!cc || !strcmp(cc, adj)) {
    free(a.agency_name);
    return;
  }
  store_head(x, cc, &a, sent);
}

/* "A will meet with his counterparts, B of Japan and C of China", "A met
   his Japanese counterpart, B": A leads the side his own words name
   ("South Korean Ambassador ..."), each counterpart the side of his. */
static void
counterparts_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const meet[] = { "will meet with",
                                      "will meet",
                                      "met with",
                                      "met",
                                      "meets with",
                                      "meets",
                                      "will hold talks with",
                                      "held talks with",
                                      NULL };
  static const char* const nouns[] = { "counterparts", "counterpart", NULL };
  const char* s = x->doc.text;
  size_t nlen = 0, vlen = 0;
  const size_t cp = find_any(s, c->b, c->e, nouns, &nlen);
  const size_t v = cp == NONE ? NONE : find_any(s, c->b, cp, meet, &vlen);
  if (cp != NONE && v == NONE) {
    /* "A will represent Korea and his U.S. counterpart will be B" */
    const size_t d = counterparts_at(s, c->b, cp + nlen);
    if (d == NONE) {
      return;
    }
    /* "the agreements reached in 2018 by President A and his French
       counterpart B": the agents of another act than leading are no
       heads */
    size_t bl = 0;
    const size_t by = xlex_find(s + c->b, d - c->b, " by ");
    if (by != NONE && find_any(s, c->b, d, lead_by, &bl) == NONE &&
        find_any(s, c->b, d, host_by, &bl) == NONE) {
      return;
    }
    /* "A and his Indonesian counterpart, B, discussed": the apposition
       ends at its comma before a lower-case word */
    size_t ce = c->e;
    const bool apposed = xlex_starts(s + cp + nlen, c->e - cp - nlen, ", ");
    for (size_t i = cp + nlen + 2u; apposed && i + 2u < c->e; ++i) {
      if (s[i] == ',' && s[i + 1u] == ' ' &&
          islower((unsigned char)s[i + 2u])) {
        ce = i;
        break;
      }
    }
    /* "his Indian counterpart Raj Kumar held talks": the bare name ends
       at its first lower-case word (no particle of a name) */
    const size_t nb0 = cp + nlen + 1u;
    if (!apposed && nb0 < c->e && s[nb0 - 1u] == ' ' &&
        xlex_is_upper((unsigned char)s[nb0])) {
      for (size_t i = nb0; i + 1u < c->e; ++i) {
        if (s[i] != ' ') {
          continue;
        }
        const size_t wl = xlex_word_len(s + i + 1u, c->e - i - 1u);
        if (s[i + 1u] == ',' || (wl && islower((unsigned char)s[i + 1u]) &&
                                 !name_particle(s + i + 1u, wl))) {
          ce = i;
          break;
        }
      }
    }
    const bool named = counterparts_named(x, d, ce, sent);
    if (named && d >= c->b + 5u && xlex_starts(s + d - 5u, 5u, " and ")) {
      subject_and_counterpart(
        x, lead_in_end(s, c->b, d - 5u), d - 5u, d, cp, sent);
    }
    return;
  }
  if (v == NONE || v <= c->b) {
    return;
  }
  Person a;
  const bool named = parse_person(x, c->b, v, &a);
  /* "his Japanese counterpart" */
  const char* adj = NULL;
  for (size_t i = v + vlen; i < cp; ++i) {
    XCountryHit h;
    if (xside_participant_at(x, v + vlen, i, cp, &h) &&
        (!a.cc || strcmp(h.cc, a.cc))) {
      adj = h.cc;
      break;
    }
  }
  if (named && !a.cc && adj && x->n_cc == 2u && !other_country_in(x, c->b, v)) {
    /* "A met his Indian counterpart B": A leads the other side */
    a.cc = !strcmp(adj, x->cc[0]) ? x->cc[1] : x->cc[0];
  }
  if (!named || !a.cc || !xctx_deleg(x, a.cc)) {
    free(a.agency_name);
    return;
  }
  const char* own = a.cc;
  store_head(x, own, &a, sent);
  /* the counterparts, up to ", in ...", " in the ...", " on ..." */
  size_t lb = cp + nlen, le = c->e;
  for (size_t i = lb; i + 2u < le; ++i) {
    if ((s[i] == ',' && s[i + 1u] == ' ' &&
         !xlex_is_upper((unsigned char)s[i + 2u]) &&
         !xlex_starts(s + i + 2u, le - i - 2u, "and")) ||
        xlex_starts(s + i, le - i, " in the ") ||
        (xlex_starts(s + i, le - i, " in ") && i + 4u < le &&
         xlex_is_upper((unsigned char)s[i + 4u])) ||
        xlex_starts(s + i, le - i, " on ") ||
        xlex_starts(s + i, le - i, " to ")) {
      le = i;
      break;
    }
  }
  size_t start = lb;
  for (size_t i = lb; i <= le; ++i) {
    size_t skip = 0;
    if (i == le) {
      skip = 1u;
    } else if (xlex_starts(s + i, le - i, ", and ")) {
      skip = 6u;
    } else if (xlex_starts(s + i, le - i, " and ")) {
      skip = 5u;
    } else if (s[i] == ',' && i > lb + 1u) {
      skip = 1u;
    }
    if (skip) {
      if (i > start) {
        counterpart_head(x, start, i, adj, sent);
      }
      start = i + skip;
      i += skip - 1u;
    }
  }
}

/* "From the Japanese side, Ambassador A, Title, and other officials
   attended this dialogue": with nobody said to lead (the hosts' pass), a
   clause that opens with a side's phrase ("From the X side,", "On the X
   side,") and whose people attend ("attended", "participated", "took
   part") names the side's head first: the person before "and other
   officials" or the verb. */
static void
side_attendee_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const opens[] = {
    "from the ", "on the ", "for the ", NULL
  };
  static const char* const verbs[] = { " attended",    " participated",
                                       " took part",   " were present",
                                       " was present", NULL };
  static const char* const others[] = { ", and other ",      " and other ",
                                        ", together with ",  ", along with ",
                                        ", accompanied by ", NULL };
  const char* s = x->doc.text;
  size_t ob = NONE;
  for (size_t k = 0; opens[k] && ob == NONE; ++k) {
    if (xlex_starts(s + c->b, c->e - c->b, opens[k])) {
      ob = c->b + strlen(opens[k]);
    }
  }
  if (ob == NONE) {
    return;
  }
  const size_t side = xlex_find(s + ob, c->e - ob, "side,");
  XCountryHit h;
  if (side == NONE || side > 40u ||
      !xside_participant_at(x, ob, ob, ob + side, &h) ||
      ob + h.len + 1u != ob + side) {
    return;
  }
  const char* cc = h.cc;
  XDeleg* d = xctx_deleg(x, cc);
  if (!d || d->n_heads) {
    return;
  }
  const size_t pb = ob + side + 6u;
  size_t vl = 0, ol = 0;
  const size_t v = find_any(s, pb, c->e, verbs, &vl);
  if (v == NONE) {
    return;
  }
  const size_t o = find_any(s, pb, v, others, &ol);
  const size_t pe = o != NONE ? o : v;
  /* "Ambassador (Policy Planning, International Security Policy) A, ...":
     a title with a parenthesis (commas inside) before the name */
  size_t nb = pb;
  const size_t w0 = xlex_word_len(s + pb, pe - pb);
  const char* close = NULL;
  if (w0 && pb + w0 + 1u < pe && s[pb + w0] == ' ' && s[pb + w0 + 1u] == '(' &&
      title_word(s + pb, w0)) {
    close = memchr(s + pb + w0, ')', pe - pb - w0);
    nb = close && (size_t)(close - s) + 2u < pe && close[1] == ' '
           ? (size_t)(close - s) + 2u
           : pb;
  }
  Person p;
  memset(&p, 0, sizeof(p));
  if (pe > nb && parse_person(x, nb, pe, &p) && (!p.cc || !strcmp(p.cc, cc))) {
    if (nb > pb) {
      p.title.b = pb;
      p.title.e = (size_t)(close - s) + 1u;
    }
    char* nm = xctx_copy(x, p.name.b, p.name.e);
    const bool full = nm && full_name(nm);
    if (full) {
      xctx_warn(x,
                sent,
                "nobody is said to lead: \"%s\", named first for the %s "
                "side, is taken as its head",
                nm,
                cc);
      free(nm);
      store_head(x, cc, &p, sent);
      return;
    }
    free(nm);
  }
  free(p.agency_name);
}

/* "A, who headed the Japanese delegation, said ...", "\"...,\" said B,
   Title at India's Ministry, who led the Indian delegation", "said C, head
   of the Indian delegation": the person before ", who led the X
   delegation" or ", head of the X delegation" (from the clause's start,
   or after the "said" of a quote's attribution) leads that side. */
static void
who_led_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const rel[] = { ", who led the ",
                                     ", who headed the ",
                                     ", who leads the ",
                                     ", who heads the ",
                                     ", who will lead the ",
                                     ", who is leading the ",
                                     ", who was leading the ",
                                     ", who co-chaired the ",
                                     ", who chaired the ",
                                     ", head of the ",
                                     ", the head of the ",
                                     ", who is the head of the ",
                                     NULL };
  static const char* const says[] = { " said ",   " says ",  " added ",
                                      " stated ", " noted ", " told ",
                                      NULL };
  const char* s = x->doc.text;
  size_t rl = 0;
  const size_t w = find_any(s, c->b, c->e, rel, &rl);
  if (w == NONE || w <= c->b) {
    return;
  }
  const size_t after = w + rl;
  const size_t lim = after + 48u < c->e ? after + 48u : c->e;
  size_t at = 0;
  const char* cc = xside_marker(x, after, lim, &at);
  if (!cc || at > after + 4u) {
    return; /* "who led the talks": no side */
  }
  size_t pb = lead_in_end(s, c->b, w);
  for (size_t i = pb; i < w; ++i) {
    for (size_t k = 0; says[k]; ++k) {
      if (xlex_starts(s + i, w - i, says[k])) {
        pb = i + strlen(says[k]);
      }
    }
  }
  Person p;
  if (!parse_person(x, pb, w, &p) || (p.cc && strcmp(p.cc, cc))) {
    free(p.agency_name);
    return;
  }
  char* nm = xctx_copy(x, p.name.b, p.name.e);
  const bool full = nm && full_name(nm);
  free(nm);
  if (!full) {
    free(p.agency_name);
    return;
  }
  store_head(x, cc, &p, sent);
}

/* "Australia's defense and foreign affairs ministers will meet with
   ...": a side named only by its heads' titles takes the people the text
   names elsewhere with those titles ("defense minister Peter Dutton
   said", "said foreign affairs minister Marise Payne"), each title's
   first; all of them or none (the hosts' pass). */
static void
titled_side_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const nouns[] = { "ministers", "secretaries", NULL };
  static const char* const verbs[] = { " will meet", " met",       " meet",
                                       " held",      " will hold", NULL };
  const char* s = x->doc.text;
  const size_t b = lead_in_end(s, c->b, c->e);
  XCountryHit h;
  if (!xside_participant_at(x, b, b, c->e, &h) ||
      !(h.possessive || h.adjective)) {
    return;
  }
  XDeleg* d = xctx_deleg(x, h.cc);
  size_t nl = 0, vl = 0;
  const size_t tb = b + h.len + 1u;
  const size_t n = tb < c->e ? find_any(s, tb, c->e, nouns, &nl) : NONE;
  if (!d || d->n_heads || n == NONE || n > tb + 60u ||
      find_any(s, n, c->e, verbs, &vl) != n + nl) {
    return;
  }
  /* the titles' heads: "defense", "foreign affairs" */
  XSpan heads[4];
  size_t nh = 0, start = tb;
  for (size_t i = tb; i <= n && nh < 4u; ++i) {
    const bool and_at = i + 5u <= n && !strncmp(s + i, " and ", 5u);
    if (i < n && !and_at && s[i] != ',') {
      continue;
    }
    size_t hb = start, he = i;
    xctx_strip(s, &hb, &he);
    if (hb >= he || he - hb >= 30u || !islower((unsigned char)s[hb])) {
      return; /* lower-case words of a title only */
    }
    heads[nh].b = hb;
    heads[nh].e = he;
    ++nh;
    start = i + (and_at ? 5u : 1u);
    i = start - 1u;
  }
  if (nh < 2u) {
    return;
  }
  const char* noun = nl == 9u ? "minister" : "secretary";
  Person found[4];
  size_t nf = 0;
  for (size_t k = 0; k < nh; ++k) {
    const size_t hl = heads[k].e - heads[k].b;
    char want[64];
    if (hl + strlen(noun) + 2u > sizeof want) {
      break;
    }
    memcpy(want, s + heads[k].b, hl);
    want[hl] = ' ';
    strcpy(want + hl + 1u, noun);
    bool got = false;
    for (size_t q = 0; q < x->doc.n_sents && !got; ++q) {
      const size_t qb = x->doc.sents[q].clip_b, qe = x->doc.sents[q].e;
      for (size_t from = qb; from < qe && !got;) {
        const size_t at = xlex_find(s + from, qe - from, want);
        if (at == NONE) {
          break;
        }
        const size_t pb = from + at, nb = pb + strlen(want) + 1u;
        size_t ne = nb;
        while (ne < qe &&
               (xlex_is_upper((unsigned char)s[ne]) || s[ne] == '.')) {
          const size_t wl = xlex_word_len(s + ne, qe - ne);
          ne += wl;
          if (wl == 1u && ne < qe && s[ne] == '.') {
            ++ne; /* an initial */
          }
          if (ne + 1u < qe && s[ne] == ' ' &&
              xlex_is_upper((unsigned char)s[ne + 1u])) {
            ++ne;
          } else {
            break;
          }
        }
        if (nb < ne && all_name(s, nb, ne) && memchr(s + nb, ' ', ne - nb) &&
            parse_person(x, pb, ne, &found[nf])) {
          if (!found[nf].cc || !strcmp(found[nf].cc, h.cc)) {
            ++nf;
            got = true;
          } else {
            free(found[nf].agency_name);
          }
        }
        from = pb + strlen(want);
      }
    }
    if (!got) {
      break;
    }
  }
  if (nf == nh) {
    for (size_t k = 0; k < nf; ++k) {
      char* nm = xctx_copy(x, found[k].name.b, found[k].name.e);
      xctx_warn(x,
                sent,
                "the text names the %s side by its heads' titles: \"%s\", "
                "named elsewhere with one of them, is taken as a head",
                h.cc,
                nm ? nm : "");
      free(nm);
      store_head(x, h.cc, &found[k], sent);
    }
  } else {
    for (size_t k = 0; k < nf; ++k) {
      free(found[k].agency_name);
    }
  }
}

/* "State Councilor A held the 10th round of the Consultation with Russian
   Security Council Secretary B", "Minister of Foreign Affairs of
   Tajikistan A held a bilateral meeting with his Kyrgyz counterpart B":
   who holds a meeting (a meeting's word between "held" and "with") with
   someone leads one side, the one he meets the other. Each side is the
   one his own words name, or the counterpart's adjective; one who names
   none leads the other side of the two. A pronoun subject ("He will
   hold talks with B") is the person the sentence before opens with. */
static void
held_with_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const verbs[] = {
    " held ", " holds ", " will hold ", " is holding ", NULL
  };
  static const char* const kinds[] = { "meeting",     "talks",
                                       "round",       "consultation",
                                       "session",     "consultations",
                                       "discussions", "dialogue",
                                       NULL };
  static const char* const dets[] = { "his ", "her ", "their ", NULL };
  const char* s = x->doc.text;
  if (x->n_cc != 2u) {
    return;
  }
  size_t vlen = 0;
  const size_t v = find_any(s, c->b, c->e, verbs, &vlen);
  if (v == NONE || v <= c->b) {
    return;
  }
  const size_t lim = v + vlen + 160u < c->e ? v + vlen + 160u : c->e;
  const size_t w = xlex_find(s + v + vlen, lim - v - vlen, "with");
  if (w == NONE) {
    return;
  }
  const size_t wb = v + vlen + w;
  bool kind = false;
  for (size_t k = 0; kinds[k]; ++k) {
    kind |= xlex_find(s + v, wb - v, kinds[k]) != NONE;
  }
  if (!kind || memchr(s + v, ',', wb - v)) {
    return;
  }
  /* the holder: after a lead-in ("On July 21,"), up to an aside (", as
     part of the ...,") */
  size_t hb = lead_in_end(s, c->b, v), he = v;
  for (size_t i = hb; i + 2u < he; ++i) {
    if (s[i] == ',' && s[i + 1u] == ' ' && islower((unsigned char)s[i + 2u])) {
      he = i;
      break;
    }
  }
  if (is_pronoun(s, hb, he) && hb == x->doc.sents[sent].clip_b && sent &&
      !opening_person(x, sent - 1u, &hb, &he)) {
    return;
  }
  /* the guest: "his Kyrgyz counterpart B" gives B's side */
  size_t gb = wb + 5u;
  const char* adj = NULL;
  for (size_t k = 0; dets[k]; ++k) {
    if (!xlex_starts(s + gb, c->e - gb, dets[k])) {
      continue;
    }
    const size_t cp = xlex_find(s + gb, c->e - gb, "counterpart");
    if (cp == NONE || cp > 40u) {
      return;
    }
    for (size_t i = gb; i < gb + cp; ++i) {
      XCountryHit h;
      if (xside_participant_at(x, gb, i, gb + cp, &h)) {
        adj = h.cc;
        break;
      }
    }
    gb += cp + strlen("counterpart");
    if (gb < c->e && s[gb] == ',') {
      ++gb;
    }
    while (gb < c->e && s[gb] == ' ') {
      ++gb;
    }
    break;
  }
  if (gb >= c->e) {
    return;
  }
  const size_t ge = guest_end(x, gb, c->e);
  Person host, guest;
  const bool hn = parse_person(x, hb, he, &host);
  const bool gn = parse_person(x, gb, ge, &guest);
  const char* hcc = hn ? host.cc : NULL;
  const char* gcc = gn ? (guest.cc ? guest.cc : adj) : NULL;
  if (hn && gn && !hcc && gcc && !other_country_in(x, hb, he)) {
    hcc = !strcmp(gcc, x->cc[0]) ? x->cc[1] : x->cc[0];
  }
  if (hn && gn && hcc && !gcc && !other_country_in(x, gb, ge)) {
    gcc = !strcmp(hcc, x->cc[0]) ? x->cc[1] : x->cc[0];
  }
  if (!hn || !gn || !hcc || !gcc || !strcmp(hcc, gcc) || !xctx_deleg(x, hcc) ||
      !xctx_deleg(x, gcc)) {
    free(host.agency_name);
    free(guest.agency_name);
    return;
  }
  store_head(x, hcc, &host, sent);
  store_head(x, gcc, &guest, sent);
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
  xlist_parse(x, side, lb, le, sent, last);
}

static void resolve_pending(XCtx* x);

/* "The talks were led, on the Japanese side, by A, Title, and, on the
   German side, by B, Title": each side's phrase names its head.  Lead
   verbs before the first side; in the pass for hosts (nobody is said to
   lead a side) also "attended" and "represented" ("were attended, on the
   Japanese side, by A ..., among others": the one official a side names).
   Whether a head was filed. */
static bool
side_by_heads(XCtx* x, size_t b, size_t e, size_t sent, const char** last)
{
  static const char* const lead[] = { "led",        "headed", "chaired",
                                      "co-chaired", "co-led", NULL };
  static const char* const attend[] = { "attended", "represented", NULL };
  static const char* const stops[] = { ", and, on the ", ", and on the ",
                                       " and, on the ",  " and on the ",
                                       ", among others", " among others",
                                       ", respectively", NULL };
  const char* s = x->doc.text;
  const size_t first = xlex_find(s + b, e - b, "on the ");
  if (first == NONE) {
    return false;
  }
  size_t vl = 0;
  bool verb = find_any(s, b, b + first, lead, &vl) != NONE;
  verb |= x->hosts_pass && find_any(s, b, b + first, attend, &vl) != NONE;
  if (!verb) {
    return false;
  }
  bool filed = false;
  for (size_t k = b + first; k < e;) {
    const size_t on = xlex_find(s + k, e - k, "on the ");
    if (on == NONE) {
      break;
    }
    const size_t ob = k + on + 7u;
    const size_t side = xlex_find(s + ob, e - ob, " side, by ");
    size_t words = 0;
    for (size_t i = ob; side != NONE && i < ob + side; ++i) {
      words += s[i] == ' ' ? 1u : 0u;
    }
    if (side == NONE || words > 2u) {
      k = ob;
      continue;
    }
    XCountryHit h;
    const char* cc =
      xside_participant_at(x, ob, ob, ob + side, &h) && h.len == side ? h.cc
                                                                      : NULL;
    const size_t pb = ob + side + 10u;
    size_t l2 = 0;
    size_t pe = find_any(s, pb, e, stops, &l2);
    pe = pe == NONE ? e : pe;
    Person p;
    memset(&p, 0, sizeof(p));
    if (cc && xctx_deleg(x, cc) && parse_person(x, pb, pe, &p)) {
      if (x->hosts_pass) {
        char* nm = xctx_copy(x, p.name.b, p.name.e);
        xctx_warn(x,
                  sent,
                  "nobody is said to lead: \"%s\", who attended for the %s "
                  "side, is taken as its head",
                  nm ? nm : "",
                  cc);
        free(nm);
      }
      store_head(x, cc, &p, sent); /* takes the agency name */
      *last = cc;
      filed = true;
    } else {
      free(p.agency_name);
    }
    k = pe;
  }
  return filed;
}
static const char* side_of_sentence(const XCtx* x, size_t sent);

/* With no head anywhere (the hosts' pass): "Mr A, Title, Ministry of
   Foreign Affairs of Japan and Mr B, Title, ... of Estonia, reiterated
   ...": two people with honorifics, the subject of a sentence's verb,
   lead the sides their own words name (one side named: the other person
   the other side), with a warning. */
/* A person phrase ending in "of" and a participant's name ("Director for
   Security Policy at the Ministry of Foreign Affairs of the Netherlands",
   "Ambassador of Japan"): that participant, else NULL ("Ambassador to
   Japan" says where the person works). */
static const char*
ending_of_country(XCtx* x, size_t b, size_t e, size_t* cut)
{
  const char* s = x->doc.text;
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == ',')) {
    --e;
  }
  for (size_t i = e; i-- > b + 4u;) {
    if (!xlex_starts(s + i, e - i, " of ")) {
      continue;
    }
    size_t k = i + 4u;
    k += xlex_starts(s + k, e - k, "the ") ? 4u : 0u;
    XCountryHit h;
    if (k < e && xside_participant_at(x, k, k, e, &h) && k + h.len == e &&
        !h.adjective && !h.possessive && xctx_deleg(x, h.cc)) {
      if (cut) {
        *cut = i;
      }
      return h.cc;
    }
    /* "of the Republic of Turkey": the long form holds an "of" too */
    const size_t w = word_before(s, b, i);
    if (!(w < i && (xlex_eq(s + w, i - w, "Republic") ||
                    xlex_eq(s + w, i - w, "Kingdom") ||
                    xlex_eq(s + w, i - w, "States")))) {
      return NULL;
    }
  }
  return NULL;
}

/* "Mr. B, European Commissioner for Internal Market, presented from the
   EU side": a person who is the subject of a clause that ends with the
   phrase of a side without a head ("from", "on" or "for the X side")
   leads that side, with a warning (the hosts' pass). */
static void
side_subject_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const small[] = { "of", "and", "on", "for", "the", "in",
                                       "at", "to",  "de", "van", "von", NULL };
  static const char* const preps[] = {
    " from the ", " on the ", " for the ", NULL
  };
  const char* s = x->doc.text;
  size_t e = c->e;
  while (e > c->b && (s[e - 1u] == '.' || s[e - 1u] == ' ')) {
    --e;
  }
  if (e < c->b + 5u || !xlex_eq(s + e - 4u, 4u, "side")) {
    return;
  }
  const char* cc = NULL;
  size_t cut = NONE;
  for (size_t k = 0; preps[k] && !cc; ++k) {
    const size_t n = strlen(preps[k]);
    for (size_t i = e - 5u; i > c->b && !cc; --i) {
      if (!xlex_starts(s + i, e - i, preps[k])) {
        continue;
      }
      XCountryHit h;
      const size_t ob = i + n;
      if (xside_participant_at(x, ob, ob, e, &h) && ob + h.len + 5u == e) {
        cc = h.cc;
        cut = i;
      }
      break;
    }
  }
  XDeleg* d = cc ? xctx_deleg(x, cc) : NULL;
  if (!d || d->n_heads) {
    return;
  }
  /* the subject ends before the first lower-case word that is no link */
  size_t ve = NONE;
  for (size_t i = c->b; i < cut; ++i) {
    if (i > c->b && s[i - 1u] != ' ') {
      continue;
    }
    const size_t w = xlex_word_len(s + i, cut - i);
    if (!w || s[i] < 'a' || s[i] > 'z') {
      continue;
    }
    bool link = false;
    for (size_t k = 0; small[k]; ++k) {
      link |= xlex_eq(s + i, w, small[k]);
    }
    if (!link) {
      ve = i;
      break;
    }
  }
  if (ve == NONE || ve == c->b) {
    return;
  }
  size_t se = ve;
  while (se > c->b && (s[se - 1u] == ' ' || s[se - 1u] == ',')) {
    --se;
  }
  Person p;
  if (!is_named(x, c->b, se) || !parse_person(x, c->b, se, &p)) {
    return;
  }
  if (p.title.e == p.title.b || (p.cc && strcmp(p.cc, cc))) {
    free(p.agency_name);
    return;
  }
  char* nm = xctx_copy(x, p.name.b, p.name.e);
  xctx_warn(x,
            sent,
            "the text does not say who leads; \"%s\", the subject of a "
            "sentence ending with the %s side, taken as its head",
            nm ? nm : "",
            cc);
  free(nm);
  store_head(x, cc, &p, sent);
}

/* The subject pair of a meeting sentence in text[b, se), its verb at
   `ve`: past a leading adverbial ("On 9 October 2019, ", "Earlier in
   the day, "), two titled people with full names on each side of the
   one " and " ("U.S. Secretary of State A and Colombian Foreign Minister
   B met", "Russian Deputy Minister A and his Uzbek counterpart B held
   consultations"), the verb one of meeting. The subject's start, and in
   `*mid`, `*next` where " and " starts and the second person does; *mid
   stays NONE when there is no such pair. */
static size_t
subject_pair(XCtx* x,
             size_t b,
             size_t e,
             size_t* mid,
             size_t* next,
             size_t* send)
{
  static const char* const verbs[] = { "met",       "held",     "hold",
                                       "discussed", "reviewed", "co-chaired",
                                       "chaired",   "convened", NULL };
  static const char* const aux[] = { "will",    "have", "had",
                                     "jointly", "also", NULL };
  const char* s = x->doc.text;
  size_t ve = NONE, se = NONE;
  for (size_t i = b + 1u; i < e && ve == NONE; ++i) {
    if (s[i - 1u] != ' ' || s[i] < 'a' || s[i] > 'z') {
      continue;
    }
    size_t vb = i;
    const size_t aw = xlex_word_len(s + vb, e - vb);
    if (aw && word_in(s, vb, vb + aw, aux) && vb + aw + 1u < e) {
      vb += aw + 1u;
    }
    const size_t vw = xlex_word_len(s + vb, e - vb);
    if (vw && word_in(s, vb, vb + vw, verbs)) {
      ve = i;
    }
  }
  /* "A and B met in New York, on the margins of the General Assembly,
     initiating the dialogue": a meeting beside another event, not the
     dialogue's sides */
  if (ve == NONE || xlex_find(s + ve, e - ve, "margins of") != NONE ||
      xlex_find(s + ve, e - ve, "sidelines of") != NONE) {
    return b;
  }
  se = ve;
  while (se > b && (s[se - 1u] == ' ' || s[se - 1u] == ',')) {
    --se;
  }
  const size_t sb = lead_in_end(s, b, se);
  size_t at = NONE, n = 0;
  for (size_t i = sb; i + 5u < se; ++i) {
    if (xlex_starts(s + i, se - i, " and ")) {
      at = i;
      ++n;
    }
  }
  if (n != 1u) {
    return b;
  }
  size_t k = at + 5u;
  /* "and his Uzbek counterpart B", "and the U.S. Under Secretary ... B" */
  static const char* const dets[] = { "his ", "her ", "the ", NULL };
  for (size_t d = 0; dets[d]; ++d) {
    if (xlex_starts(s + k, se - k, dets[d])) {
      k += strlen(dets[d]);
      break;
    }
  }
  bool ok = titled_person(x, sb, at);
  const size_t cp = xlex_find(s + k, se - k, "counterpart ");
  if (ok && k > at + 5u && cp != NONE && cp <= 24u) {
    /* "his Uzbek counterpart B": B of the side the adjective names */
    XCountryHit h;
    k += cp + 12u;
    ok = xside_participant_at(x, at + 5u, at + 9u, k, &h) &&
         is_named(x, k, se) && !has_title_word(s, k, se);
  } else {
    ok = ok && titled_person(x, k, se);
  }
  if (!ok) {
    return b;
  }
  *mid = at;
  *next = k;
  *send = se;
  return sb;
}

static void
subjects_in(XCtx* x, const Clause* c, size_t sent)
{
  static const char* const small[] = { "of", "and", "on", "for", "the", "in",
                                       "at", "to",  "de", "van", "von", NULL };
  const char* s = x->doc.text;
  size_t hl = 0;
  if (x->n_cc != 2u || x->del[0].n_heads || x->del[1].n_heads) {
    return;
  }
  const bool honorific = honorific_at(s + c->b, c->e - c->b, &hl);
  /* the subject ends before the first lower-case word that is no link */
  size_t ve = NONE;
  for (size_t i = c->b; i < c->e; ++i) {
    if (i > c->b && s[i - 1u] != ' ') {
      continue;
    }
    const size_t w = xlex_word_len(s + i, c->e - i);
    if (!w || s[i] < 'a' || s[i] > 'z') {
      continue;
    }
    bool link = false;
    for (size_t k = 0; small[k]; ++k) {
      link |= xlex_eq(s + i, w, small[k]);
    }
    if (!link) {
      ve = i;
      break;
    }
  }
  if (ve == NONE) {
    return;
  }
  size_t se = ve;
  while (se > c->b && (s[se - 1u] == ' ' || s[se - 1u] == ',')) {
    --se;
  }
  /* two people: split before the second honorific, after "and"; else at
     the one ", and " ("The Minister of ..., the Honourable A, and the
     European Union (EU) Commissioner for ..., B, met ...") */
  size_t mid = NONE, next = NONE, commas = 0, cmid = NONE;
  for (size_t i = c->b + hl; i + 5u < se; ++i) {
    const size_t l = xlex_starts(s + i, se - i, ", and ")  ? 6u
                     : xlex_starts(s + i, se - i, " and ") ? 5u
                                                           : 0u;
    if (l == 6u) {
      ++commas;
      cmid = i;
    }
    if (l && honorific && honorific_at(s + i + l, se - i - l, &hl)) {
      if (mid != NONE) {
        return; /* more than two */
      }
      mid = i;
      next = i + l;
    }
    if (l) {
      i += l - 1u; /* ", and " is one link, not also " and " */
    }
  }
  size_t sb = c->b;
  if (mid == NONE && commas == 1u) {
    mid = cmid;
    next = cmid + 6u;
    sb = lead_in_end(s, c->b, mid); /* "On 2 May 2023, the Title ..." */
  }
  if (mid == NONE && !honorific) {
    /* "On 9 October, Title A and Title B met", "Title A and his Uzbek
       counterpart B held consultations": two titled people joined by
       the one " and " before a verb of meeting */
    sb = subject_pair(x, c->b, c->e, &mid, &next, &se);
  }
  if (mid == NONE) {
    return;
  }
  Person a, b;
  const bool ok_a = parse_person(x, sb, mid, &a);
  const bool ok_b = parse_person(x, next, se, &b);
  /* the side a person's words name: the country, else the agency's
     ("Director ... at the Ministry of Foreign Affairs of the Netherlands") */
  const char* ca = ok_a ? (a.cc ? a.cc : a.agency_cc) : NULL;
  const char* cb = ok_b ? (b.cc ? b.cc : b.agency_cc) : NULL;
  ca = ok_a && !ca ? ending_of_country(x, sb, mid, NULL) : ca;
  cb = ok_b && !cb ? ending_of_country(x, next, se, NULL) : cb;
  /* "The Minister of Foreign Affairs of Colombia, A, and ...": the
     country that ends the title before the name */
  size_t tcut = NONE;
  if (ok_a && !ca && a.title.e <= a.name.b) {
    ca = ending_of_country(x, a.title.b, a.title.e, &tcut);
    a.title.e = ca ? tcut : a.title.e;
  }
  if (ok_b && !cb && b.title.e <= b.name.b) {
    cb = ending_of_country(x, b.title.b, b.title.e, &tcut);
    b.title.e = cb ? tcut : b.title.e;
  }
  if (ca && !xctx_deleg(x, ca)) {
    ca = NULL;
  }
  if (cb && !xctx_deleg(x, cb)) {
    cb = NULL;
  }
  const char* other_a = ca && !strcmp(ca, x->cc[0]) ? x->cc[1] : x->cc[0];
  const char* other_b = cb && !strcmp(cb, x->cc[0]) ? x->cc[1] : x->cc[0];
  ca = ca ? ca : (cb ? other_b : NULL);
  cb = cb ? cb : (ca ? other_a : NULL);
  if (!ok_a || !ok_b || !ca || !cb || !strcmp(ca, cb)) {
    free(a.agency_name);
    free(b.agency_name);
    return;
  }
  char* na = xctx_copy(x, a.name.b, a.name.e);
  char* nb = xctx_copy(x, b.name.b, b.name.e);
  xctx_warn(x,
            sent,
            "the text does not say who leads; \"%s\" and \"%s\", the "
            "subject of the sentence, taken as the heads of the %s and %s "
            "delegations",
            na ? na : "",
            nb ? nb : "",
            ca,
            cb);
  free(na);
  free(nb);
  store_head(x, ca, &a, sent);
  store_head(x, cb, &b, sent);
}

/* A labelled line of a side's people: "Head of the Japanese delegation:
   Ambassador A" gives that side's head; "Japanese side: Mr. A (Title) and
   other officials", "Indian delegation: Ms. B, Title, ..." gives the first
   person named when nobody is said to lead (the hosts' pass), with a
   warning. True when a head was filed. */
static bool
side_label_in(XCtx* x, size_t b, size_t e, size_t sent)
{
  static const char* const heads[] = {
    "head of the ", "head of ", "heads of the ", NULL
  };
  static const char* const nouns[] = {
    "side:", "delegation:", "sides:", "delegations:", NULL
  };
  static const char* const ends[] = { " (",          ", ",    "; ",
                                      " and other ", " and ", NULL };
  const char* s = x->doc.text;
  size_t p = b;
  bool head = false;
  for (size_t k = 0; heads[k] && !head; ++k) {
    if (xlex_starts(s + p, e - p, heads[k])) {
      p += strlen(heads[k]);
      head = true;
    }
  }
  if (head == x->hosts_pass) {
    return false; /* a head's label first; a side's list only for hosts */
  }
  p += xlex_starts(s + p, e - p, "the ") ? 4u : 0u;
  XCountryHit h;
  if (p >= e || !xside_participant_at(x, p, p, e, &h)) {
    return false;
  }
  size_t k = p + h.len;
  while (k < e && s[k] == ' ') {
    ++k;
  }
  size_t nl = 0;
  for (size_t q = 0; nouns[q] && !nl; ++q) {
    if (xlex_starts(s + k, e - k, nouns[q])) {
      nl = strlen(nouns[q]);
    }
  }
  if (!nl) {
    return false;
  }
  const char* cc = h.cc;
  XDeleg* d = xctx_deleg(x, cc);
  size_t pb = k + nl;
  while (pb < e && s[pb] == ' ') {
    ++pb;
  }
  if (!d || d->n_heads || pb >= e) {
    return false;
  }
  size_t el = 0;
  size_t pe = find_any(s, pb, e, ends, &el);
  pe = pe == NONE ? e : pe;
  while (pe > pb && (s[pe - 1u] == '.' || s[pe - 1u] == ' ')) {
    --pe;
  }
  Person q;
  if (!parse_person(x, pb, pe, &q) || (q.cc && strcmp(q.cc, cc))) {
    free(q.agency_name);
    return false;
  }
  char* nm = xctx_copy(x, q.name.b, q.name.e);
  if (!nm || !full_name(nm)) {
    free(nm);
    free(q.agency_name);
    return false;
  }
  if (q.title.e == q.title.b && pe + 2u < e && s[pe] == ' ' &&
      s[pe + 1u] == '(') {
    /* "Mr. A (Director-General, Foreign Policy Bureau)": the title is
       the parenthesis's first part */
    size_t tb = pe + 2u, te = tb;
    while (te < e && s[te] != ',' && s[te] != ')') {
      ++te;
    }
    if (te < e && te > tb && xlex_is_upper((unsigned char)s[tb])) {
      q.title.b = tb;
      q.title.e = te;
    }
  }
  if (x->hosts_pass) {
    xctx_warn(x,
              sent,
              "nobody is said to lead: \"%s\", named first for the %s "
              "side, is taken as its head",
              nm,
              cc);
  }
  free(nm);
  store_head(x, cc, &q, sent);
  return true;
}

/* A labelled line of chairs: "Co-Chairs Japan (Mr. A, Title) Cambodia
   (Mr. B, Title)", also "Chairs:", "Heads of Delegation": each person in
   parentheses leads the side of the name before it; one whose name is no
   participant's (a member of a group, "Cambodia" of ASEAN) leads the one
   side left without a head, with a warning. True when it was one. */
static bool
chair_label_in(XCtx* x, size_t b, size_t e, size_t sent)
{
  static const char* const labels[] = {
    "co-chairs",           "co-chair",           "chairs", "chair",
    "heads of delegation", "head of delegation", NULL
  };
  const char* s = x->doc.text;
  size_t p = NONE;
  for (size_t k = 0; labels[k] && p == NONE; ++k) {
    if (xlex_starts(s + b, e - b, labels[k])) {
      p = b + strlen(labels[k]);
    }
  }
  if (p == NONE) {
    return false;
  }
  p += p < e && s[p] == ':' ? 1u : 0u;
  while (p < e && s[p] == ' ') {
    ++p;
  }
  if (p >= e || !xlex_is_upper((unsigned char)s[p])) {
    return false;
  }
  Person left;
  bool has_left = false, found = false;
  memset(&left, 0, sizeof(left));
  XCountryHit h0;
  const bool paren_mode = xside_participant_at(x, p, p, e, &h0) &&
                          p + h0.len + 2u < e && s[p + h0.len] == ' ' &&
                          s[p + h0.len + 1u] == '(';
  if (!paren_mode) {
    /* "Co-chairs: Mr. A, Title, ...; Mr. B, Title, ...": people between
       semicolons, each of the side their words name */
    while (p < e) {
      const char* semi = memchr(s + p, ';', e - p);
      size_t pe = semi ? (size_t)(semi - s) : e;
      const size_t next = semi ? pe + 1u : e;
      while (pe > p && (s[pe - 1u] == '.' || s[pe - 1u] == ' ')) {
        --pe;
      }
      Person q;
      if (is_named(x, p, pe) && parse_person(x, p, pe, &q)) {
        found = true;
        const char* cc = q.cc ? q.cc : q.agency_cc;
        if (cc && xctx_deleg(x, cc)) {
          store_head(x, cc, &q, sent);
        } else if (!has_left) {
          left = q;
          has_left = true;
        } else {
          free(q.agency_name);
        }
      }
      p = next;
      while (p < e && s[p] == ' ') {
        ++p;
      }
      p += xlex_starts(s + p, e - p, "and ") ? 4u : 0u;
    }
  }
  while (p < e) {
    const char* open = memchr(s + p, '(', e - p);
    if (!open) {
      break;
    }
    const size_t ob = (size_t)(open - s);
    int depth = 0;
    size_t close = NONE;
    for (size_t i = ob; i < e; ++i) {
      xctx_paren(s[i], &depth);
      if (depth == 0) {
        close = i;
        break;
      }
    }
    if (close == NONE) {
      break;
    }
    size_t nb = p, ne = ob;
    xctx_strip(s, &nb, &ne);
    XCountryHit h;
    const char* cc = nb < ne && xside_participant_at(x, nb, nb, ne, &h) &&
                         nb + h.len == ne && xctx_deleg(x, h.cc)
                       ? h.cc
                       : NULL;
    Person q;
    if (is_named(x, ob + 1u, close) && parse_person(x, ob + 1u, close, &q)) {
      found = true;
      if (cc) {
        store_head(x, cc, &q, sent);
      } else if (!has_left) {
        left = q;
        has_left = true;
      } else {
        free(q.agency_name);
      }
    }
    p = close + 1u;
    while (p < e && (s[p] == ' ' || s[p] == ',' || s[p] == ';')) {
      ++p;
    }
    p += xlex_starts(s + p, e - p, "and ") ? 4u : 0u;
  }
  if (has_left) {
    const char* cc = headless_side(x);
    if (cc) {
      warn_taken(x, sent, &left, cc);
      store_head(x, cc, &left, sent);
    } else {
      free(left.agency_name);
    }
  }
  return found;
}

/* One pass over the sentences: the heads of each clause and, unless this
   is the pass for hosts, its agency lists. */
static void
scan_sentences(XCtx* x, const char** last)
{
  const char* s = x->doc.text;
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    const XSentence* st = &x->doc.sents[i];
    const size_t e = xdeleg_cut_attribution(s, st->clip_b, st->e);
    Clause clauses[8];
    const bool by_side =
      (!x->hosts_pass && chair_label_in(x, st->clip_b, e, i)) ||
      side_label_in(x, st->clip_b, e, i) ||
      side_by_heads(x, st->clip_b, e, i, last);
    const size_t nc = split_clauses(x, st->clip_b, e, clauses, 8u);
    for (size_t k = 0; k < nc; ++k) {
      const char* side = NULL;
      if (!by_side) {
        heads_in(x, &clauses[k], i, &side, last);
        if (!x->hosts_pass) {
          more_heads_in(x, &clauses[k], i, last);
        }
      }
      if (x->hosts_pass) {
        subjects_in(x, &clauses[k], i);
        side_subject_in(x, &clauses[k], i);
        side_attendee_in(x, &clauses[k], i);
        held_with_in(x, &clauses[k], i);
        titled_side_in(x, &clauses[k], i);
        continue;
      }
      counterparts_in(x, &clauses[k], i);
      who_led_in(x, &clauses[k], i);
      size_t hl = 0;
      if (side) {
        *last = side;
      } else if (find_any(s, clauses[k].b, clauses[k].e, host_by, &hl) !=
                 NONE) {
        /* "hosted by C and D": people whose side is not yet known; the
           side named before is no longer the one spoken of */
        *last = NULL;
      }
      lists_in(x, &clauses[k], i, side, last);
    }
  }
}

DkgStatus
xdeleg_extract(XCtx* x)
{
  const char* last = NULL;
  x->n_pending = 0;
  x->hosts_pass = false;
  scan_sentences(x, &last);
  /* Co-chairs with no side named, beside one whose words name a side,
     wait for the hosts ("co-chaired by A, UK ..., and B, ...; hosted by
     C and D as co-chairs for the EU"); the others are decided first. */
  bool beside = false;
  for (size_t k = 0; k < x->n_pending; ++k) {
    beside |= side_of_sentence(x, x->pending[k].sent) != NULL;
  }
  if (!beside) {
    resolve_pending(x);
  }
  /* Nobody is said to lead a side: its host does ("X and Y co-hosted"). */
  if (!x->del[0].n_heads || !x->del[1].n_heads) {
    x->hosts_pass = true;
    scan_sentences(x, &last);
    x->hosts_pass = false;
  }
  resolve_pending(x);
  /* A head's agency the registry does not know ("SEAE", "Ministry of
     Foreign Affairs" of India) is one of the side's agencies too: the
     mentions pass reads such names only for heads without an agency. */
  for (size_t d = 0; d < x->n_cc; ++d) {
    for (size_t h = 0; x->del[d].cc && h < x->del[d].n_heads; ++h) {
      const XItem* a = &x->del[d].heads[h].agency;
      if (!a->name ||
          dkg_registry_agency(x->reg, x->del[d].cc, a->name, strlen(a->name))) {
        continue;
      }
      char* copy = strdup(a->name);
      if (!copy) {
        x->nomem = true; /* reported as the other losses are */
        continue;
      }
      xlist_add_agency(x, x->del[d].cc, copy, a->span.b, a->span.e, a->sent);
    }
  }
  return DKG_SUCCESS;
}

/* The one side whose heads were named in sentence `sent`; else NULL. */
static const char*
side_of_sentence(const XCtx* x, size_t sent)
{
  const char* cc = NULL;
  size_t n = 0;
  for (size_t i = 0; i < x->n_cc; ++i) {
    if (x->del[i].n_heads && x->del[i].heads_sent == sent) {
      cc = x->del[i].cc;
      ++n;
    }
  }
  return n == 1u ? cc : NULL;
}

/* The two participants as a sentence names them joined by a hyphen or
   dash, in its order ("the U.S.-Egypt Strategic Dialogue", "Australia -
   Papua New Guinea"): true with the first in *a, the second in *b. */
static bool
hyphen_pair(XCtx* x, size_t sent, const char** a, const char** b)
{
  const char* s = x->doc.text;
  const size_t sb = x->doc.sents[sent].clip_b, se = x->doc.sents[sent].e;
  for (size_t i = sb; i < se; ++i) {
    XCountryHit h1, h2;
    if (!xside_participant_at(x, sb, i, se, &h1)) {
      continue;
    }
    size_t k = i + h1.len;
    if (k + 1u < se && s[k] == ' ' && s[k + 1u] == '-') {
      k += 1u;
    }
    if (k < se && s[k] == '-') {
      k += 1u;
    } else if (k + 3u <= se && !memcmp(s + k, "\xe2\x80\x93", 3u)) {
      k += 3u;
    } else {
      i += h1.len - 1u;
      continue;
    }
    k += k < se && s[k] == ' ' ? 1u : 0u;
    if (k < se && xside_participant_at(x, k - 1u, k, se, &h2) &&
        strcmp(h1.cc, h2.cc)) {
      *a = h1.cc;
      *b = h2.cc;
      return true;
    }
    i += h1.len - 1u;
  }
  return false;
}

/* "A and B led the U.S.-Egypt Strategic Dialogue", "The 26th
   Australia-Papua New Guinea Ministerial Forum ... was co-chaired by A,
   Title, and B, Title": two co-chairs, neither of whose words names a
   side, in a sentence that names the meeting's two sides joined by a
   hyphen, lead them in that order (with a warning), when neither side
   has a head yet. They leave the pending list. */
static void
pending_in_pair_order(XCtx* x)
{
  if (x->n_cc != 2u || x->del[0].n_heads || x->del[1].n_heads) {
    return;
  }
  for (size_t k = 0; k + 1u < x->n_pending; ++k) {
    const size_t sent = x->pending[k].sent;
    if (x->pending[k + 1u].sent != sent ||
        (k && x->pending[k - 1u].sent == sent) ||
        (k + 2u < x->n_pending && x->pending[k + 2u].sent == sent)) {
      continue;
    }
    const char *a = NULL, *b = NULL;
    Person* p0 = &x->pending[k].p;
    Person* p1 = &x->pending[k + 1u].p;
    if (!hyphen_pair(x, sent, &a, &b) ||
        other_country_in(x, p0->title.b, p0->title.e) ||
        other_country_in(x, p1->title.b, p1->title.e)) {
      continue;
    }
    char* n0 = xctx_copy(x, p0->name.b, p0->name.e);
    char* n1 = xctx_copy(x, p1->name.b, p1->name.e);
    xctx_warn(x,
              sent,
              "the text does not say which sides \"%s\" and \"%s\" lead; "
              "taken in the order the sentence names the sides, %s and %s",
              n0 ? n0 : "",
              n1 ? n1 : "",
              a,
              b);
    free(n0);
    free(n1);
    store_head(x, a, p0, sent);
    store_head(x, b, p1, sent);
    memmove(x->pending + k,
            x->pending + k + 2u,
            (x->n_pending - k - 2u) * sizeof(*x->pending));
    x->n_pending -= 2u;
    return;
  }
}

/* The side a sentence gives the counterparts of the people it names
   ("... and their counterparts in Germany's Federal Government", "with
   his Japanese counterparts"): the participant right after "counterparts
   in/from/of" or the adjective right before "counterpart(s)"; NULL when
   none. */
static const char*
counterpart_side(XCtx* x, size_t sent)
{
  static const char* const preps[] = { " in ", " from ", " of ", NULL };
  const char* s = x->doc.text;
  const size_t sb = x->doc.sents[sent].clip_b, se = x->doc.sents[sent].e;
  for (size_t i = sb; i + 11u < se; ++i) {
    if (!xlex_starts(s + i, se - i, "counterparts") &&
        !xlex_starts(s + i, se - i, "counterpart")) {
      continue;
    }
    if (i > sb && xlex_is_word_char((unsigned char)s[i - 1u])) {
      continue;
    }
    size_t k = i + (xlex_starts(s + i, se - i, "counterparts") ? 12u : 11u);
    XCountryHit h;
    for (size_t p = 0; preps[p]; ++p) {
      if (!xlex_starts(s + k, se - k, preps[p])) {
        continue;
      }
      size_t o = k + strlen(preps[p]);
      o += xlex_starts(s + o, se - o, "the ") ? 4u : 0u;
      if (o < se && xside_participant_at(x, o, o, se, &h) && !h.adjective) {
        return h.cc;
      }
    }
    /* "his Japanese counterpart": the word before */
    size_t w = i;
    while (w > sb && s[w - 1u] == ' ') {
      --w;
    }
    const size_t wb = word_before(s, sb, w);
    if (wb < w && xside_participant_at(x, wb, wb, w, &h) && wb + h.len == w &&
        h.adjective) {
      return h.cc;
    }
  }
  return NULL;
}

/* Heads whose side no phrase gave: the side of the one before it from
   the same sentence (co-chairs with no side named stand together), else
   the side without a head, else the side of the co-chairs its sentence
   names with it ("co-chaired by A, UK ..., and B, ..." when the EU's
   co-chairs are named elsewhere); else none. */
static void
resolve_pending(XCtx* x)
{
  pending_in_pair_order(x);
  const char* prev_cc = NULL;
  for (size_t k = 0; k < x->n_pending; ++k) {
    Person* p = &x->pending[k].p;
    const size_t sent = x->pending[k].sent;
    const char* cc =
      k && prev_cc && x->pending[k - 1u].sent == sent ? prev_cc : NULL;
    const char* headless = cc ? NULL : headless_side(x);
    cc = cc ? cc : headless;
    const char* beside = cc ? NULL : side_of_sentence(x, sent);
    cc = cc ? cc : beside;
    /* "led by A, ..., and their counterparts in Germany's Federal
       Government": the one person of his sentence leads the other side */
    const char* cpart =
      cc || x->n_cc != 2u || (k && x->pending[k - 1u].sent == sent) ||
          (k + 1u < x->n_pending && x->pending[k + 1u].sent == sent)
        ? NULL
        : counterpart_side(x, sent);
    if (cpart) {
      cc = !strcmp(cpart, x->cc[0]) ? x->cc[1] : x->cc[0];
    }
    prev_cc = cc;
    if (cpart) {
      char* nm = xctx_copy(x, p->name.b, p->name.e);
      xctx_warn(x,
                sent,
                "the text does not say which side \"%s\" leads; taken as "
                "the head of the %s delegation, across from the "
                "counterparts of %s",
                nm ? nm : "",
                cc,
                cpart);
      free(nm);
      store_head(x, cc, p, sent);
    } else if (beside) {
      char* nm = xctx_copy(x, p->name.b, p->name.e);
      xctx_warn(x,
                sent,
                "the text does not say which side \"%s\" leads; taken as a "
                "head of the %s delegation, with the co-chair named beside",
                nm ? nm : "",
                cc);
      free(nm);
      store_head(x, cc, p, sent);
    } else if (cc) {
      warn_taken(x, sent, p, cc);
      store_head(x, cc, p, sent);
    } else {
      char* nm = xctx_copy(x, p->name.b, p->name.e);
      xctx_warn(x,
                sent,
                "cannot tell which delegation \"%s\" leads; left out",
                nm ? nm : "");
      free(nm);
      free(p->agency_name);
    }
  }
  x->n_pending = 0;
}
