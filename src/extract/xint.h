#ifndef DKG_EXTRACT_XINT_H
#define DKG_EXTRACT_XINT_H

/* Internals of `dialoguekg extract`, shared by its stages:

     xdoc.c     bytes (plain text or HTML) -> document text, header lines,
                paragraphs and sentences with byte offsets
     xlex.c     the lexicon: countries, cities, months, ordinals, titles,
                honorifics, document kinds, venues; word helpers
     xdate.c    dates, date ranges, weekdays and ordinals in a span
     xdeleg.c   heads of delegation and the agencies of each delegation
     xtopic.c   topic lists, venues, mapping onto the topic scheme
     xctx.c     what the stages share: warnings, copies, agency names
     xsource.c  the source: header lines, HTML headings, news dateline
     xseries.c  the participants and the series
     xmeeting.c the meeting sentence: round, status, date (and xplace.c
                its place)
     xlist.c    lists of agencies; xmention.c agencies by the registry
     xevidence.c the evidence of each value
     xrecord.c  the steps of one extraction and the JSON record
     xextractor.c the extractor: registry, topic scheme, series

   Offsets are byte offsets into DkgXDoc.text unless a name says otherwise;
   a span is [b, e). */

#include "dialoguekg/dialoguekg.h"
#include "resolve/registry.h"
#include "util/hashmap.h"
#include "util/str.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>

typedef struct
{
  size_t b;
  size_t e;
} XSpan;

typedef struct
{
  size_t b, e;   /* the sentence */
  size_t para;   /* index of its paragraph */
  size_t clip_b; /* start after a news dateline prefix (== b when none) */
} XSentence;

typedef struct
{
  size_t b, e; /* one line of the header or trailer (trimmed) */
} XLine;

typedef struct
{
  char* text; /* the document text, UTF-8, NUL-terminated */
  size_t len;
  bool html;
  XLine* head; /* short lines before the first prose paragraph */
  size_t n_head;
  XLine* tail; /* short lines after the last prose paragraph */
  size_t n_tail;
  XSentence* sents; /* body sentences */
  size_t n_sents;
  XSpan h1, h2;     /* HTML: first <h1>, first <h2> (empty: b == e) */
  char* html_title; /* HTML: <title>, or NULL */
  /* News dateline ("WASHINGTON (Sputnik) --"), found by xdoc_dateline. */
  XSpan news_city;
  XSpan news_agency;
} XDoc;

/** Reads `bytes` as HTML (`html` true) or plain UTF-8 text and splits it.
    Returns DKG_ERR_SYNTAX (with a message through `diag`) for text that is
    not UTF-8 or HTML libxml2 cannot read, DKG_ERR_NOMEM. */
DkgStatus xdoc_load(XDoc* doc,
                    const char* bytes,
                    size_t len,
                    bool html,
                    const char* file,
                    DkgDiag* diag);

void xdoc_free(XDoc* doc);

/** True when `bytes` look like HTML (a doctype or an <html>, <body>, <p>,
    <div> tag near the start). */
bool xdoc_sniff_html(const char* bytes, size_t len);

/** Number of code points in text[0, off). */
size_t xdoc_cp_offset(const XDoc* doc, size_t off);

/** 1-based line and column (bytes) of `off`. */
void xdoc_line_col(const XDoc* doc, size_t off, unsigned* line, unsigned* col);

/** The line of s that starts at *b and ends at a newline or at `bound`,
    its white space trimmed: [*b, *e); returns where the next line starts.
    (Used by the release's header lines and by the meeting's posting
    stamps.) */
size_t xdoc_trimmed_line(const char* s, size_t* b, size_t bound, size_t* e);

/* ---- Lexicon and word helpers (xlex.c) ------------------------------- */

typedef struct
{
  const char* cc;  /* ISO alpha-2 */
  size_t len;      /* bytes matched */
  bool adjective;  /* "Japanese" rather than "Japan" */
  bool possessive; /* "Japan's" */
} XCountryHit;

/** A country name, adjective or abbreviation starting at `s` (a word
    boundary), longest first: "United States", "U.S.", "Japanese",
    "Republic of Korea", "ROK".  Returns false when none. */
bool xlex_country_at(const char* s, size_t n, XCountryHit* hit);

/** Adds the countries of `reg` (data/countries.json: each one's name) and
    the qualifiers of `qualifiers` (data/country-qualifiers.json, parsed:
    "Cuban", "Dutch") to the names xlex_country_at knows; the first call
    loads them, each later one only counts (xlex_countries_release).  The
    names are one table of the process: DKG_ERR_USAGE when another
    extractor lives with other country data (nothing is shared then),
    DKG_ERR_NOMEM when out of memory. */
DkgStatus xlex_countries_load(const DkgRegistry* reg, const cJSON* qualifiers);

/** Ends one xlex_countries_load(); the last one frees the names. */
void xlex_countries_release(void);

/** The k-th name, adjective or abbreviation of `cc` in the lexicon
    ("Korea", "Korean", "ROK", ...), NULL past the last. */
const char* xlex_country_word(const char* cc, size_t k);

/** The usual English short name of `cc` ("United States"), or NULL. */
const char* xlex_country_name(const char* cc);

/** An organization of the registry (data/organizations.json and the
    user's overlay) at `s`, a capitalized word boundary: its name, another
    name or an acronym as written ("EU") or dotted ("E.U."), possessive
    too ("EU's"); `hit->cc` is its id ("eu").  An acronym that is also a
    country's code ("AU") is the organization only when `doc` (the whole
    text, or NULL) names it ("African Union"); else it is that country. */
bool xlex_org_at(const DkgRegistry* reg,
                 const char* doc,
                 const char* s,
                 size_t n,
                 XCountryHit* hit);

/** A participant at `s`: a country (xlex_country_at) or an organization
    (xlex_org_at), the longer match. */
bool xlex_party_at(const DkgRegistry* reg,
                   const char* doc,
                   const char* s,
                   size_t n,
                   XCountryHit* hit);

/** True when `code` is an organization id of the registry. */
bool xlex_is_org(const DkgRegistry* reg, const char* code);

/** The k-th word that names participant `code`: xlex_country_word for a
    country; the name, other names and acronyms of an organization. */
const char* xlex_party_word(const DkgRegistry* reg, const char* code, size_t k);

/** A known city or place at `s`: length matched and its country. */
bool xlex_city_at(const char* s, size_t n, size_t* len, const char** cc);

/** Month (1-12) for a month name or abbreviation of `n` bytes, else 0. */
int xlex_month(const char* s, size_t n);

/** Weekday (0 = Monday) for a weekday name, else -1. */
int xlex_weekday(const char* s, size_t n);

/** Ordinal value of a word ("third", "3rd", "twenty-first",
    "inaugural"), else 0. */
int xlex_ordinal(const char* s, size_t n);

/** True for honorifics dropped from names ("Mr.", "Dr.", ...); sets `*len`
    to the bytes to skip (with the following space). */
bool xlex_honorific_at(const char* s, size_t n, size_t* len);

/** True for a capitalized word that belongs to titles or organization
    names ("Ambassador", "Coordinator", "Cyber", "Ministry"), never to a
    person's name. */
bool xlex_title_word(const char* s, size_t n);

/** True for a word that heads an organization name ("Ministry",
    "Department", "Agency", "Office", ...). */
bool xlex_org_word(const char* s, size_t n);

/** A document kind ("Media Note", "Press Release") matching the whole of
    s[0, n) (case-insensitive); returns its canonical spelling as written. */
bool xlex_is_kind(const char* s, size_t n);

/** A multilateral venue at `s`: bytes matched and its canonical name. */
bool xlex_venue_at(const char* s, size_t n, size_t* len, const char** name);

/* Word helpers: ASCII letters and digits, plus '-' and '\'' inside. */
bool xlex_is_word_char(unsigned char c);
/** Length of the word at `s` (0 when none). */
size_t xlex_word_len(const char* s, size_t n);
/** Case-insensitive comparison of s[0, n) with a NUL-terminated word. */
bool xlex_eq(const char* s, size_t n, const char* word);
/** Case-insensitive prefix test at a word boundary: `s` starts with the
    phrase `p` and the next character is no word character. */
bool xlex_starts(const char* s, size_t n, const char* p);
/** Finds phrase `p` (case-insensitive, at word boundaries) in s[0, n);
    returns its offset or (size_t)-1. */
size_t xlex_find(const char* s, size_t n, const char* p);
bool xlex_is_upper(unsigned char c);

/* ---- Dates and ordinals (xdate.c) ------------------------------------ */

typedef struct
{
  int y, m, d; /* 0 when not given */
} XYmd;

typedef struct
{
  size_t b, e;   /* the words of the date */
  XYmd from, to; /* to.m == 0: no range */
  int weekday;   /* -1 when none */
  int days;      /* weekdays alone ("Monday and Tuesday"): the days from the
                    first to the last, else 0 */
  int completed; /* (xmeeting_date) 1: the year, 2: the day (a weekday
                    alone) taken from the release's date; 0: neither */
} XDate;

/** Finds dates in text[b, e): "July 26, 2018", "May 9-10, 2013",
    "Aug 11-12", "May 19th, 2021", "19-20 May 2022", "30 June to 1 July",
    "Tuesday, 12 March", "27.11.2019", "2021-05-19", "April 2015",
    "Tuesday 9 December and Wednesday 10 December", and a weekday alone
    ("on Wednesday") or two ("Monday and Tuesday").  Returns how many were
   stored (at most `max`). */
size_t xdate_find(const char* text, size_t b, size_t e, XDate* out, size_t max);

/** Completes a date that lacks its year from `ref` (the release's date):
    the year of `ref`, the one before or the one after, whichever is
    nearest; a weekday alone becomes the nearest such day on or before
    `ref` (`past`) or on or after it.  Returns false when it cannot. */
bool xdate_complete(XDate* d, const XYmd* ref, bool past);

/** Moves the full date `d` by `n` days (n < 0: back). */
void xdate_add_days(XYmd* d, int n);

/** Day of the week (0 = Monday) of a full date. */
int xdate_weekday(int y, int m, int d);

bool xdate_valid(const XYmd* d);

/** Writes YYYY-MM-DD (or YYYY-MM, YYYY) to out (at least 11 bytes). */
void xdate_format(const XYmd* d, char* out);

/* ---- The extraction context -------------------------------------------- */

typedef struct
{
  char* phrase; /* as the text writes it, cleaned */
  char* label;  /* what goes into the record */
  XSpan span;
  size_t sent;
  bool mapped; /* resolved to a concept of the scheme */
} XTopic;

typedef struct
{
  char* name; /* what goes into the record */
  XSpan span;
  size_t sent;
} XItem;

typedef struct
{
  XItem name, title, agency; /* title, agency: name NULL when absent */
} XHead;

typedef struct
{
  const char* cc;
  XHead* heads; /* several when co-chairs lead the side */
  size_t n_heads;
  size_t cap_heads;
  size_t heads_sent; /* the sentence the first head came from */
  XItem* agencies;
  size_t n_agencies;
  size_t cap_agencies;
  /* the names of `agencies` and the registry agencies they resolve to, for
     the duplicate check of xlist_add_agency (set up with the first) */
  DkgHash agency_keys;
  bool has_agency_keys;
} XDeleg;

/* The most participants of one record ("South Korea, Japan and China"). */
#define XMAX_PARTIES 8

/* A head found in xdeleg.c whose side is decided at the end; the whole
   list belongs to one extraction. */
typedef struct XPendingHead XPendingHead;

typedef struct
{
  const DkgRegistry* reg;
  cJSON* topics_json; /* data/topics.json */
  cJSON* series_json; /* data/series.json */
  DkgDiag* diag;
  const char* file;
  XDoc doc;
  /* participants, in the order of the text (two, or more in a trilateral
     meeting) */
  const char* cc[XMAX_PARTIES];
  size_t n_cc;
  XDeleg del[XMAX_PARTIES];
  XTopic* topics;
  size_t n_topics;
  XItem* venues;
  size_t n_venues;
  size_t event; /* index of the sentence that reports the meeting */
  bool has_event;
  XSpan pair_names[2]; /* the countries as named in "X and Y" */
  /* xdeleg.c's state: heads whose side the text does not state yet, and
     whether this pass reads hosts ("X and Y co-hosted") as heads */
  XPendingHead* pending;
  size_t n_pending, cap_pending;
  bool hosts_pass;
  /* an allocation failed and something found was dropped: dkg_extract
     then writes no record and returns DKG_ERR_NOMEM */
  bool nomem;
} XCtx;

/** Frees what the stages stored in `x` (not `x` itself). */
void xctx_free(XCtx* x);

/** Reports a warning naming sentence `sent` (or a note with `note`). */
void xctx_warn(XCtx* x, size_t sent, const char* fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

/** A malloc'd copy of text[b, e) with runs of white space folded to one
    space and the ends trimmed; NULL when out of memory. */
char* xctx_copy(const XCtx* x, size_t b, size_t e);

/** Narrows the span [*b, *e) of s past spaces, commas, line breaks and a
    final dot or semicolon (keeping the dot of "D.C.", "U.S."). */
void xctx_strip(const char* s, size_t* b, size_t* e);

/** Follows parentheses: updates `*depth` for character `c` and returns
    true while inside them (the opening one included). */
bool xctx_paren(char c, int* depth);

/** Stores s[b, e) narrowed by xctx_strip in `*out`; returns 1, or 0 (and
    leaves `*out`) when nothing is left. */
size_t xctx_strip_span(const char* s, size_t b, size_t e, XSpan* out);

/** Drops spaces, commas and semicolons at both ends of s, in place. */
void xctx_trim(char* s);

/** The delegation of `cc`, or NULL when `cc` is no participant. */
XDeleg* xctx_deleg(XCtx* x, const char* cc);

/** The agency of one of the participants (of `cc` only, when not NULL)
    that `name` names, after dropping what is not part of the name ("the",
    a country prefix, "staff", a parenthesis, "X's" before a sub-agency)
    and trying the usual rewording ("the Justice Department" = "Department
    of Justice").  Sets `*cc_out` to its country, or to the country prefix
    ("Japan's ...") when nothing resolves, else NULL; `*written` to a
    malloc'd name for the record: the spelling that resolved, else the
    cleaned name.  Returns NULL when nothing resolves. */
const DkgAgency* xctx_agency(XCtx* x,
                             const char* cc,
                             const char* name,
                             const char** cc_out,
                             char** written);

/** True when `name` looks like the name of an agency (capitalized, with an
    organization word, or an acronym). */
bool xctx_agency_like(const char* name);

/** Index of the sentence holding byte `off`, or (size_t)-1. */
size_t xctx_sentence_at(const XCtx* x, size_t off);

/* ---- Sides (xside.c) ------------------------------------------------- */

/** Whether a participant's name, adjective or abbreviation starts a
    capitalized word at i in text[b, e) (one of the record's delegations);
    the hit in `*h`. */
bool xside_participant_at(XCtx* x,
                          size_t b,
                          size_t i,
                          size_t e,
                          XCountryHit* h);

/** The participant that a phrase such as "the Japanese side",
    "Japan's delegation", "the U.S. team" or "Japan was represented"
    names in text[b, e), with its offset in `*at`; NULL when none. */
const char* xside_marker(XCtx* x, size_t b, size_t e, size_t* at);

/** The participant of "officials from Singapore", "representatives of
    Japan" (the last such phrase in text[b, at), its offset in `*where`);
    NULL when none or when another participant is coordinated with it. */
const char* xside_people_from(XCtx* x, size_t b, size_t at, size_t* where);

/* ---- Growing arrays (xvec.c) ----------------------------------------- */

/** Appends a copy of `item` (`size` bytes) to the array `*items` of `*n`
    items, growing it (doubling `*cap`); false, with nothing changed, when
    out of memory. */
bool xvec_push(void** items,
               size_t* n,
               size_t* cap,
               size_t size,
               const void* item);

/* ---- Valid output (xcheck.c) ------------------------------------------ */

typedef enum
{
  XCHECK_OK,      /* a character a value may hold */
  XCHECK_SPACE,   /* line feed, carriage return, tab */
  XCHECK_CONTROL, /* another C0 control, DEL or a C1 control */
  XCHECK_INVALID, /* a byte that breaks UTF-8, or U+FFFE / U+FFFF */
} XCheckChar;

/** Length of the valid UTF-8 sequence at s (at most n bytes), 0 when the
    bytes break UTF-8. */
size_t xcheck_utf8_len(const unsigned char* s, size_t n);

/** The kind of the character at s; `*len` its bytes (1 for an invalid
    byte). */
XCheckChar xcheck_char(const unsigned char* s, size_t n, size_t* len);

/** Cleans valid UTF-8 text in place: every control character other than
    line feed, carriage return and tab becomes a space, U+FFFE and U+FFFF
    become U+FFFD, one code point for one (so code point offsets do not
    move).  Returns the new length in bytes (a C1 control shrinks). */
size_t xcheck_clean_text(char* text, size_t len);

/** A malloc'd copy of n bytes of s with line feeds, carriage returns and
    tabs as spaces, one for one: the form of evidence quotes and
    sentences.  NULL when out of memory. */
char* xcheck_quote(const char* s, size_t n);

/** Checks `record` with the validator of `dialoguekg validate` (the
    problems are reported through `diag`, named after `file`).  Returns
    DKG_ERR_RECORD, with an error saying that nothing is written, when it
    does not pass; DKG_ERR_NOMEM. */
DkgStatus xcheck_record(const DkgRegistry* reg,
                        DkgDiag* diag,
                        const char* file,
                        const cJSON* record);

/** (xdeleg.c) The end of text[b, e) before a trailing attribution
    (", the press release said", ", it added"), else e. */
size_t xdeleg_cut_attribution(const char* s, size_t b, size_t e);

/** (xlist.c) Files an agency under the delegation of `cc` unless
    it is there already; takes `name`. */
void xlist_add_agency(XCtx* x,
                      const char* cc,
                      char* name,
                      size_t b,
                      size_t e,
                      size_t sent);

/** (xlist.c) Reads the list of agencies in text[b, e) of sentence `sent`:
    each item resolved through the registry and filed under `side` (NULL:
    the registry's country, else `*last`, the delegation named before);
    sets `*last` to the side of the last item filed. */
void xlist_parse(XCtx* x,
                 const char* side,
                 size_t b,
                 size_t e,
                 size_t sent,
                 const char** last);

/* ---- The meeting (xmeeting.c) ----------------------------------------- */

/** The round an ordinal in text[b, e) gives ("the sixth ... Dialogue",
    "4th round", "for the third time", "inaugural"), its words in `*span`;
    0 when none. */
int xmeeting_round(const char* s, size_t b, size_t e, XSpan* span);

/** "held" or "announced" by the first marker in text[b, e) ("will", "to be
    held", "was held", "met", ...), its words in `*span`; NULL when none. */
const char* xmeeting_status(const char* s, size_t b, size_t e, XSpan* span);

/** The first date of sentence `sent`, completed from `ref` (the release's
    date) when it lacks the year or is a weekday only (`status` decides
    past or future), with a warning that says so.  False when none. */
bool xmeeting_date(XCtx* x,
                   size_t sent,
                   const char* status,
                   const XYmd* ref,
                   XDate* out);

/* ---- The source (xsource.c) -------------------------------------------- */

typedef struct
{
  char* title;
  XSpan title_span;
  char* publisher;
  XSpan publisher_span;
  char* kind;
  XSpan kind_span;
  char* dateline;
  XSpan dateline_span;
  XYmd published;
  XSpan published_span;
  XYmd dateline_md; /* a news dateline's month and day without a year */
  /* a numeric date of the header that reads two ways ("11/12/2024": 12
     November or 11 December) when no other date is given: both readings,
     else y == 0 */
  XYmd numeric[2];
  XSpan numeric_span;
} XSource;

/** Reads the source of the document of `x`: header and trailer lines,
    HTML headings and <title>, the news dateline.  What is not found stays
    NULL (zero); out of memory leaves a field NULL. */
void xsource_read(XCtx* x, XSource* src);

/** Frees the fields of `s` (accepts NULL). */
void xsource_free(XSource* s);

/** (xmeeting.c) No date of the release found: a line before the first
    sentence with a meeting verb that is a full date alone ("August 18,
    2022") or a dateline ("OTTAWA, ON, Feb. 1, 2024 /CNW/ -") gives it. */
void xmeeting_release_date(XCtx* x, XSource* src);

/* ---- Participants and series (xseries.c) -------------------------------- */

typedef struct
{
  size_t b, e; /* the whole name */
  const char* cc[2];
  size_t desc_b; /* where the words after the countries start */
  int ordinal;   /* an ordinal right before it, else 0 */
  /* the participants after the second in a chain ("U.S.-Japan-Republic
     of Korea Trilateral ... Group") */
  const char* more[XMAX_PARTIES - 2];
  size_t n_more;
  /* the name in quotes after the participants' body ("the Russian-French
     working group \"Interdepartmental Strategic Dialogue ...\""), else
     0, 0 */
  size_t quote_b, quote_e;
} XSeriesHit;

typedef struct
{
  char* name; /* the registry's name, else as written or made up */
  XSpan span;
  XSpan pair_span; /* the words that name the participants */
} XSeries;

/** The first series name of two countries ("U.S.-Japan Cyber Dialogue") in
    s[b, e). */
bool xseries_find(const char* s, size_t b, size_t e, XSeriesHit* hit);

/** The first series name in text[b, e) of the document of `x`, its
    participants countries or organizations of the registry ("EU-Japan
    Cyber Dialogue"). */
bool xseries_find_x(XCtx* x, size_t b, size_t e, XSeriesHit* hit);

/** The participants (x->cc, x->del[].cc) and the series; run after
    xmeeting_find_event.  False, with `out` empty, when the text names no
    two participating countries. */
bool xseries_extract(XCtx* x, const XSource* src, XSeries* out);

/* ---- Evidence (xevidence.c) --------------------------------------------- */

typedef struct
{
  char* path;
  XSpan span;
  char* note; /* "$note" of the item, or NULL */
} XEv;

typedef struct
{
  XEv* items;
  size_t n, cap;
  bool nomem; /* an item was dropped for lack of memory */
} XEvList;

/** Adds the evidence of the value at JSON Pointer `path`; an empty span
    adds nothing, and so does a failed allocation. */
void xev_add(XEvList* l, const char* path, XSpan span);

/** Sets the "$note" of the item added last. */
void xev_note(XEvList* l, const char* note);

void xev_free(XEvList* l);

/** The "evidence" array: path, quote, start, end (code points), sentence,
    $note. */
cJSON* xev_json(const XCtx* x, const XEvList* l);

/* ---- The place (xplace.c) and the meeting (xmeeting.c) ------------------ */

typedef struct
{
  char* name;
  const char* cc; /* NULL: no country known */
  XSpan span;
} XPlace;

/** The place of the meeting in text[b, e) (the meeting sentence); `src`
    gives the dateline for "here".  False when none. */
bool xplace_find(XCtx* x, const XSource* src, size_t b, size_t e, XPlace* out);

/** True when `p` is a meeting held by video ("by video conference",
    "virtually", "online"): the record says `"attendance": "virtual"` and
    has no location. */
bool xplace_virtual(const XPlace* p);

/** True when `p` is a city a meeting partly by video was linked from
    ("video conference from the US Embassy in Bern to Washington"): the
    record says `"attendance": "hybrid"` beside the location; so does a
    place whose sentence says "a hybrid meeting", "a hybrid format". */
bool xplace_hybrid(const XCtx* x, const XPlace* p);

typedef struct
{
  int round; /* 0: none */
  XSpan round_span;
  XDate date;
  bool have_date;
  const char* status; /* "held", "announced" or NULL */
  XSpan status_span;
  XPlace place;
  int text_year; /* the year a release without a date states, else 0 */
  XYmd after;    /* the latest earlier date of the text, when it gave the
                    year of a release without a date (else y == 0) */
  XYmd before;   /* the next round's date, when it gave that year instead
                    (else y == 0) */
} XMeeting;

/** Picks the sentence that reports the meeting (x->event, x->has_event):
    the first with a meeting verb and a meeting noun or series name,
    preferring one with a date, never one about the next round. */
void xmeeting_find_event(XCtx* x);

/** Round, status, date and place of the meeting sentence (all empty when
    there is none); warnings for a date taken from the lede and a place in
    no known country. */
void xmeeting_extract(XCtx* x, const XSource* src, XMeeting* m);

/* ---- The extractor (xextractor.c) --------------------------------------- */

struct DkgExtractor
{
  const DkgRegistry* reg;
  DkgDiag* diag;
  cJSON* topics;
  cJSON* series;
  bool partial;   /* hand back the record without its date, for review */
  bool countries; /* holds an xlex_countries_load() */
};

/* ---- Stages ------------------------------------------------------------ */

/** Heads and agencies of each delegation (xdeleg.c). */
DkgStatus xdeleg_extract(XCtx* x);

/** Agencies by the registry (xmention.c): every name, other name and
    acronym of the participants' agencies in a sentence about the
    delegations, filed under the side its cues name, when the lists did not
    already give it. */
void xmention_extract(XCtx* x);

/** Topics and venues (xtopic.c). */
DkgStatus xtopic_extract(XCtx* x);

/** Maps a topic phrase onto the scheme: the concept's preferred label when
    the phrase is a paraphrase of one of its labels, the phrase itself when
    it is a label; NULL when no concept fits. */
const char* xtopic_map(XCtx* x, const char* phrase, bool* exact);

/** (xplace.c) The headline spans of the text: the title, the HTML
    headings and the header lines, at most `max`; returns how many. */
size_t xplace_headline_spans(const XCtx* x,
                             const XSource* src,
                             XSpan* spans,
                             size_t max);

/** (xlist.c) Where the name before text[e] starts whose words spell
    `acr` by their initials ("Department of Information and Communications
    Technology" before "(DICT)"), at most twelve words back from e and not
    before b; (size_t)-1 when none. */
size_t xlist_spelled_start(const char* s, size_t b, size_t e, const char* acr);

/** (xlist.c) Where the names of an agency list in text[b, e) end:
    before a lower-case word that joins no names and has another
    lower-case word after it ("... of the Atlantic Council concluded that
    ..."), an "and" before it dropped; e when none.  With `clause`, only
    before such a word followed by "that" (a clause: "... concluded that"). */
size_t xlist_names_end(XCtx* x, size_t b, size_t e, bool clause);

/** Is offset `at` of sentence `sent` inside a quotation (xlist.c)? */
bool xlist_in_quotes(const XCtx* x, size_t sent, size_t at);

#endif
