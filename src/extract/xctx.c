/* extract: what the stages share: warnings naming a sentence, copies of
   the text, the delegations, and the resolution of an agency name through
   the registry with the rewordings releases use. */

#include "xint.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Context helpers ------------------------------------------------------
 */

size_t
xctx_sentence_at(const XCtx* x, size_t off)
{
  for (size_t i = 0; i < x->doc.n_sents; ++i) {
    if (off >= x->doc.sents[i].b && off < x->doc.sents[i].e) {
      return i;
    }
  }
  return (size_t)-1;
}

void
xctx_warn(XCtx* x, size_t sent, const char* fmt, ...)
{
  char message[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(message, sizeof(message), fmt, args);
  va_end(args);
  DkgPlace place = { x->file, 0, 0, NULL };
  if (sent < x->doc.n_sents) {
    const XSentence* st = &x->doc.sents[sent];
    xdoc_line_col(&x->doc, st->b, &place.line, &place.col);
    /* the sentence's first 100 bytes are shown: copy no more than a few
       times that (once per warning, a long sentence made N warnings cost
       N times its length), ending on a whole code point */
    size_t e = st->e;
    if (e - st->b > 512u) {
      e = st->b + 512u;
      while (e > st->b && ((unsigned char)x->doc.text[e] & 0xC0u) == 0x80u) {
        --e;
      }
    }
    char* text = xctx_copy(x, st->b, e);
    const size_t n = text ? strlen(text) : 0u;
    if (n > 100u) {
      size_t cut = 97u;
      while (cut > 0 && ((unsigned char)text[cut] & 0xC0u) == 0x80u) {
        --cut;
      }
      memcpy(text + cut, "...", 4u);
    } else if (text && e < st->e) { /* short once its spaces are folded */
      char* longer = (char*)realloc(text, n + 4u);
      if (longer) {
        memcpy(longer + n, "...", 4u);
      }
      text = longer ? longer : text;
    }
    dkg_diag_report(x->diag,
                    DKG_WARNING,
                    &place,
                    "%s (sentence %zu: \"%s\")",
                    message,
                    sent + 1u,
                    text ? text : "");
    free(text);
  } else {
    dkg_diag_report(x->diag, DKG_WARNING, &place, "%s", message);
  }
}

char*
xctx_copy(const XCtx* x, size_t b, size_t e)
{
  const char* s = x->doc.text;
  while (b < e &&
         (s[b] == ' ' || s[b] == '\n' || s[b] == '\t' || s[b] == '\r')) {
    ++b;
  }
  while (e > b && (s[e - 1u] == ' ' || s[e - 1u] == '\n' || s[e - 1u] == '\t' ||
                   s[e - 1u] == '\r')) {
    --e;
  }
  char* out = (char*)malloc(e - b + 1u);
  if (!out) {
    return NULL;
  }
  size_t n = 0;
  bool space = false;
  for (size_t i = b; i < e; ++i) {
    const char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) {
      out[n++] = ' ';
      space = false;
    }
    out[n++] = c;
  }
  out[n] = '\0';
  return out;
}

XDeleg*
xctx_deleg(XCtx* x, const char* cc)
{
  for (size_t i = 0; cc && i < x->n_cc; ++i) {
    if (!strcmp(x->cc[i], cc)) {
      return &x->del[i];
    }
  }
  return NULL;
}

void
xctx_trim(char* s)
{
  size_t n = strlen(s);
  while (n && (s[n - 1u] == ' ' || s[n - 1u] == ',' || s[n - 1u] == ';')) {
    s[--n] = '\0';
  }
  size_t b = 0;
  while (s[b] == ' ' || s[b] == ',') {
    ++b;
  }
  memmove(s, s + b, n - b + 1u);
}

static void
drop_prefix(char* s, const char* prefix)
{
  const size_t n = strlen(prefix);
  if (xlex_starts(s, strlen(s), prefix) && s[n] == ' ') {
    memmove(s, s + n + 1u, strlen(s + n + 1u) + 1u);
  }
}

static bool
drop_suffix(char* s, const char* suffix)
{
  const size_t n = strlen(s), k = strlen(suffix);
  if (n > k + 1u && s[n - k - 1u] == ' ' && xlex_eq(s + n - k, k, suffix)) {
    s[n - k - 1u] = '\0';
    return true;
  }
  return false;
}

static const DkgAgency*
lookup(XCtx* x,
       const char* cc,
       const char* hint,
       const char* name,
       const char** cc_out)
{
  const size_t n = strlen(name);
  if (!n) {
    return NULL;
  }
  if (cc) {
    const DkgAgency* a = dkg_registry_agency(x->reg, cc, name, n);
    if (a) {
      *cc_out = cc;
    }
    return a;
  }
  if (hint) {
    const DkgAgency* a = dkg_registry_agency(x->reg, hint, name, n);
    if (a) {
      *cc_out = hint;
      return a;
    }
  }
  const DkgAgency* found = NULL;
  for (size_t i = 0; i < x->n_cc; ++i) {
    const DkgAgency* a = dkg_registry_agency(x->reg, x->cc[i], name, n);
    if (a && !found) {
      found = a;
      *cc_out = x->cc[i];
    } else if (a) {
      *cc_out = NULL; /* both sides have an agency of that name */
      return NULL;
    }
  }
  return found;
}

/* The name with its last word in the other number ("Ministry of Internal
   Affairs and Communication" -> "... Communications"), or NULL. */
static char*
other_number(const char* name)
{
  const size_t n = strlen(name);
  if (n < 4u || !xlex_is_word_char((unsigned char)name[n - 1u])) {
    return NULL;
  }
  if (name[n - 1u] == 's') {
    return dkg_strndup(name, n - 1u);
  }
  char* out = (char*)malloc(n + 2u);
  if (out) {
    memcpy(out, name, n);
    out[n] = 's';
    out[n + 1u] = '\0';
  }
  return out;
}

/* Is "WORD NAME" (a country word of `side` before the name: "Korean
   National Police Agency" for "National Police Agency") an agency of
   `side`?  Sets `*spelled` to that name. */
static const DkgAgency*
qualified(XCtx* x, const char* side, const char* name, char** spelled)
{
  const DkgAgency* a = NULL;
  const char* word = NULL;
  for (size_t k = 0; !a && (word = xlex_country_word(side, k)) != NULL; ++k) {
    const size_t n = strlen(word) + strlen(name) + 2u;
    char* v = (char*)malloc(n);
    if (!v) {
      return NULL;
    }
    snprintf(v, n, "%s %s", word, name);
    a = dkg_registry_agency(x->reg, side, v, strlen(v));
    if (a) {
      *spelled = v;
    } else {
      free(v);
    }
  }
  return a;
}

/* The rewordings of a name no rule above resolved: the other number of
   its last word, and a country word of the side before it.  Returns the
   agency with `*spelled` the name that resolved, else NULL. */
static const DkgAgency*
reworded(XCtx* x,
         const char* cc,
         const char* hint,
         const char* name,
         const char** found_cc,
         char** spelled)
{
  char* v = other_number(name);
  const DkgAgency* a = v ? lookup(x, cc, hint, v, found_cc) : NULL;
  if (a) {
    *spelled = v;
    return a;
  }
  free(v);
  if (!xlex_is_upper((unsigned char)name[0])) {
    return NULL;
  }
  /* "Home Affairs", "Defence" in a list: the department or ministry of
     that name */
  static const char* const heads[] = { "Department of ", "Ministry of ", NULL };
  for (size_t i = 0; heads[i] && !strstr(name, " of "); ++i) {
    const size_t n = strlen(heads[i]) + strlen(name) + 1u;
    char* full = (char*)malloc(n);
    if (!full) {
      return NULL;
    }
    snprintf(full, n, "%s%s", heads[i], name);
    a = lookup(x, cc, hint, full, found_cc);
    if (a) {
      *spelled = full;
      return a;
    }
    free(full);
  }
  /* "National Police Agency of Japan": the country after the name */
  const char* of = strstr(name, " of ");
  while (of && strstr(of + 4, " of ")) {
    of = strstr(of + 4, " of ");
  }
  XCountryHit ch;
  const size_t rest = of ? strlen(of + 4) : 0u;
  if (of && xlex_country_at(of + 4, rest, &ch) && ch.len == rest &&
      !ch.adjective && !ch.possessive) {
    char* head = dkg_strndup(name, (size_t)(of - name));
    a = head ? lookup(x, cc ? cc : ch.cc, NULL, head, found_cc) : NULL;
    if (a) {
      *spelled = head;
      return a;
    }
    free(head);
  }
  const char* sides[2] = { cc ? cc : hint, NULL };
  if (!sides[0]) {
    sides[0] = x->cc[0];
    sides[1] = x->cc[1];
  }
  for (size_t i = 0; i < 2u && sides[i]; ++i) {
    a = qualified(x, sides[i], name, spelled);
    if (a) {
      *found_cc = sides[i];
      return a;
    }
  }
  return NULL;
}

/* "Justice Department" -> "Department of Justice". */
static char*
reorder(const char* name)
{
  static const char* const heads[] = {
    "Department", "Ministry", "Office", "Bureau", NULL
  };
  const char* sp = strrchr(name, ' ');
  if (!sp) {
    return NULL;
  }
  for (size_t i = 0; heads[i]; ++i) {
    if (!strcmp(sp + 1, heads[i])) {
      const size_t n = (size_t)(sp - name);
      char* out = (char*)malloc(n + strlen(heads[i]) + 8u);
      if (out) {
        sprintf(out, "%s of %.*s", heads[i], (int)n, name);
      }
      return out;
    }
  }
  return NULL;
}

/* Do `a` and `b` start with the same three words (case aside)? */
static bool
same_start(const char* a, const char* b)
{
  size_t words = 0, i = 0;
  for (; a[i] && b[i]; ++i) {
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) {
      return false;
    }
    if (a[i] == ' ' && ++words == 3u) {
      return true;
    }
  }
  return false;
}

/* "Ministry of Defence" -> "Ministry of Defense" (`american`), or the
   other way: the British and American spellings of the words of agency
   names.  NULL when nothing changes or out of memory. */
static char*
respell(const char* name, bool american)
{
  static const char* const pairs[][2] = { { "Defence", "Defense" },
                                          { "Centre", "Center" },
                                          { "Organisation", "Organization" },
                                          { "Programme", "Program" },
                                          { NULL, NULL } };
  char* out = strdup(name);
  bool changed = false;
  for (size_t i = 0; out && pairs[i][0]; ++i) {
    const char* from = pairs[i][american ? 0 : 1];
    const char* to = pairs[i][american ? 1 : 0];
    char* at = strstr(out, from);
    if (!at) {
      continue;
    }
    const size_t fl = strlen(from), tl = strlen(to);
    char* n = (char*)malloc(strlen(out) - fl + tl + 1u);
    if (!n) {
      free(out);
      return NULL;
    }
    memcpy(n, out, (size_t)(at - out));
    memcpy(n + (at - out), to, tl);
    strcpy(n + (at - out) + tl, at + fl);
    free(out);
    out = n;
    changed = true;
  }
  if (!changed) {
    free(out);
    return NULL;
  }
  return out;
}

bool
xctx_agency_like(const char* name)
{
  const size_t n = strlen(name);
  if (!n || !xlex_is_upper((unsigned char)name[0])) {
    return false;
  }
  size_t caps = 0, letters = 0;
  for (size_t i = 0; i < n; ++i) {
    caps += xlex_is_upper((unsigned char)name[i]) ? 1u : 0u;
    letters += xlex_is_word_char((unsigned char)name[i]) ? 1u : 0u;
  }
  if (!strchr(name, ' ') && caps >= 2u && caps * 2u >= letters) {
    return true; /* an acronym: "CERT-In", "NSC" */
  }
  size_t i = 0;
  while (i < n) {
    const size_t w = xlex_word_len(name + i, n - i);
    if (w && xlex_org_word(name + i, w)) {
      return true;
    }
    i += w ? w : 1u;
  }
  return false;
}

const DkgAgency*
xctx_agency(XCtx* x,
            const char* cc,
            const char* name,
            const char** cc_out,
            char** written)
{
  *cc_out = NULL;
  *written = NULL;
  char* s = strdup(name);
  if (!s) {
    return NULL;
  }
  xctx_trim(s);
  drop_prefix(s, "the");
  drop_prefix(s, "both");
  static const char* const tails[] = { "staff",           "officials",
                                       "representatives", "personnel",
                                       "experts",         NULL };
  const char* first_cc = NULL;
  const DkgAgency* first = lookup(x, cc, NULL, s, &first_cc);
  if (first) {
    *cc_out = first_cc;
    *written = s;
    return first;
  }
  for (size_t i = 0; tails[i]; ++i) {
    if (drop_suffix(s, tails[i])) {
      break;
    }
  }
  /* "(Situations Response and Crisis Management)", "(BSI)" */
  char* paren = strchr(s, '(');
  char* inner = NULL;
  if (paren && paren > s) {
    char* close = strchr(paren, ')');
    if (close) {
      inner = dkg_strndup(paren + 1, (size_t)(close - paren - 1));
      memmove(paren, close + 1, strlen(close + 1) + 1u);
      /* "Agency (X) rest" -> "Agency rest" */
      char* dbl = strstr(s, "  ");
      if (dbl) {
        memmove(dbl, dbl + 1, strlen(dbl + 1) + 1u);
      }
    } else {
      *paren = '\0';
    }
    xctx_trim(s);
  }
  /* A country before the name: "Japan's", "the Indian", "U.S.", unless
     it is part of the name ("Korean National Police Agency"). */
  const char* hint = NULL;
  XCountryHit hit;
  const char* whole_cc = NULL;
  const DkgAgency* whole = lookup(x, cc, NULL, s, &whole_cc);
  if (whole) {
    *cc_out = whole_cc;
    *written = s;
    free(inner);
    return whole;
  }
  /* kept when nothing resolves and the name goes on with its own words
     ("Korea Information Society Development Institute", "Indian
     Cybercrime Coordination Centre"), not with "Ministry ...", "the ..."
     or after a possessive ("Japan's") */
  char* with_country = NULL;
  if (xlex_country_at(s, strlen(s), &hit) && s[hit.len] == ' ') {
    hint = hit.cc;
    const char* rest = s + hit.len + 1u;
    const size_t w = xlex_word_len(rest, strlen(rest));
    if (!hit.possessive && !xlex_org_word(rest, w) &&
        !xlex_starts(rest, strlen(rest), "the") &&
        xlex_is_upper((unsigned char)rest[0])) {
      with_country = strdup(s);
    }
    memmove(s, s + hit.len + 1u, strlen(s + hit.len + 1u) + 1u);
    drop_prefix(s, "the");
  }
  /* "the Department of Homeland Security's Cybersecurity and ..." */
  const char* poss = strstr(s, "'s ");
  size_t skip = 3u;
  if (!poss) {
    poss = strstr(s, "\xE2\x80\x99s ");
    skip = 5u;
  }
  if (poss && xlex_is_upper((unsigned char)poss[skip])) {
    char* parent_name = dkg_strndup(s, (size_t)(poss - s));
    const char* pc = NULL;
    /* not across items: "the Japanese X and Australia's Y" is two */
    const bool one =
      parent_name && !strstr(parent_name, " and ") && !strchr(parent_name, ',');
    const DkgAgency* parent =
      one ? lookup(x, cc, hint, parent_name, &pc) : NULL;
    XCountryHit ch;
    const size_t pn = parent_name ? strlen(parent_name) : 0u;
    if (one && !parent && xlex_country_at(parent_name, pn, &ch) &&
        ch.len == pn) {
      hint = ch.cc; /* "Japan's National Police Agency" */
      parent = NULL;
      char* sub = strdup(poss + skip);
      if (sub) {
        free(s);
        s = sub;
        free(with_country);
        with_country = NULL;
      }
    } else if (parent || (one && xctx_agency_like(parent_name))) {
      char* sub = strdup(poss + skip);
      if (sub) {
        free(s);
        s = sub;
        free(with_country);
        with_country = NULL;
        if (parent && !hint) {
          hint = parent->country;
        }
      }
    }
    free(parent_name);
  }
  const char* found_cc = NULL;
  const DkgAgency* a = lookup(x, cc, hint, s, &found_cc);
  char* spelled = NULL;
  if (!a) {
    char* r = reorder(s);
    if (r && (a = lookup(x, cc, hint, r, &found_cc)) != NULL) {
      spelled = r;
      r = NULL;
    }
    free(r);
  }
  for (int dir = 0; !a && dir < 2; ++dir) {
    char* v = respell(s, dir == 1);
    if (v && (a = lookup(x, cc, hint, v, &found_cc)) != NULL) {
      spelled = v;
      v = NULL;
    }
    free(v);
  }
  if (!a) {
    a = reworded(x, cc, hint, s, &found_cc, &spelled);
  }
  if (!a && inner && !strchr(inner, ' ')) {
    /* "(BSI)": the acronym decides, unless the words before it may be
       several names ("A, B (X)", "A and B (X)"): with "and", only when
       they start as the registry's name does ("Ministry of Internal
       Affairs and Communication (MIC)") */
    const DkgAgency* by_acronym = lookup(x, cc, hint, inner, &found_cc);
    if (by_acronym && !strchr(s, ',') &&
        (!strstr(s, " and ") || same_start(by_acronym->name, s))) {
      a = by_acronym;
      spelled = strdup(a->name);
    }
  }
  if (a) {
    *cc_out = found_cc;
    /* The record says the name as written when it resolves itself, else
       the registry's name. */
    /* lower case ("ministry of home affairs") is no spelling of its own */
    bool upper = false;
    for (const char* c = s + 1; *c && !upper; ++c) {
      upper = xlex_is_upper((unsigned char)*c);
    }
    *written = spelled || !upper ? strdup(a->name) : strdup(s);
  } else {
    *cc_out = hint;
    *written = with_country ? with_country : strdup(s);
    with_country = NULL;
  }
  free(with_country);
  free(spelled);
  free(inner);
  free(s);
  return a;
}

void
xctx_strip(const char* s, size_t* b, size_t* e)
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

void
xctx_free(XCtx* x)
{
  for (size_t i = 0; i < XMAX_PARTIES; ++i) {
    XDeleg* d = &x->del[i];
    for (size_t k = 0; k < d->n_heads; ++k) {
      free(d->heads[k].name.name);
      free(d->heads[k].title.name);
      free(d->heads[k].agency.name);
    }
    free(d->heads);
    for (size_t k = 0; k < d->n_agencies; ++k) {
      free(d->agencies[k].name);
    }
    free(d->agencies);
    dkg_hash_destroy(&d->agency_keys);
  }
  for (size_t i = 0; i < x->n_topics; ++i) {
    free(x->topics[i].phrase);
    free(x->topics[i].label);
  }
  free(x->topics);
  for (size_t i = 0; i < x->n_venues; ++i) {
    free(x->venues[i].name);
  }
  free(x->venues);
  free(x->pending);
  xdoc_free(&x->doc);
}

bool
xctx_paren(char c, int* depth)
{
  if (c == '(') {
    ++*depth;
  } else if (c == ')' && *depth) {
    --*depth;
  }
  return *depth > 0;
}

size_t
xctx_strip_span(const char* s, size_t b, size_t e, XSpan* out)
{
  xctx_strip(s, &b, &e);
  if (e <= b) {
    return 0;
  }
  out->b = b;
  out->e = e;
  return 1;
}
