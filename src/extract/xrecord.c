/* extract: one release to one record.  The steps, in order: the document,
   the source, the meeting sentence, the participants and series, what the
   meeting sentence says (round, date, status, place), the delegations, the
   topics; then the JSON record in the order of the contract, with its
   evidence, checked by the validator before it is handed back. */

#include "extract.h"
#include "xint.h"

#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What one extraction found, beside the context. */
typedef struct
{
  XSource src;
  XSeries series;
  XMeeting meeting;
  XEvList ev;
  bool participants; /* two participants found */
} Found;

static void
found_free(Found* f)
{
  xsource_free(&f->src);
  free(f->series.name);
  free(f->meeting.place.name);
  xev_free(&f->ev);
}

static void
add_string(cJSON* obj, const char* key, const char* value)
{
  if (value) {
    cJSON_AddStringToObject(obj, key, value);
  }
}

static void
report_error(XCtx* x, const char* message)
{
  DkgPlace place = { x->file, 0, 0, NULL };
  dkg_diag_report(x->diag, DKG_ERROR, &place, "%s", message);
}

/* ---- The record, field by field ----------------------------------------- */

static void
date_json(cJSON* r, const Found* f, XEvList* ev)
{
  const XMeeting* m = &f->meeting;
  char buf[16];
  const XSpan span = { m->date.b, m->date.e };
  if (!m->have_date) {
    return;
  }
  xdate_format(&m->date.from, buf);
  add_string(r, "date", buf);
  const size_t before = ev->n;
  xev_add(ev, "/date", span);
  if (m->date.completed && ev->n > before && m->after.y) {
    char note[200], when[16];
    xdate_format(&m->after, when);
    snprintf(note,
             sizeof(note),
             "the text gives no year and the release no date: the year is "
             "the first after the earlier event the text dates, %s%s",
             when,
             m->date.weekday >= 0 ? ", in which the weekday fits" : "");
    xev_note(ev, note);
  } else if (m->date.completed && ev->n > before && m->before.y) {
    char note[160], when[16];
    xdate_format(&m->before, when);
    snprintf(note,
             sizeof(note),
             "the text gives no year and the release no date: the year is "
             "the last before the next round the text dates, %s",
             when);
    xev_note(ev, note);
  } else if (m->date.completed && ev->n > before && m->text_year) {
    char note[160];
    snprintf(note,
             sizeof(note),
             "the text gives no year and the release no date: the year is "
             "the one the text states, %d",
             m->text_year);
    xev_note(ev, note);
  } else if (m->date.completed == 4 && ev->n > before) {
    /* (xmeeting.c) a held meeting no sentence dates: the year of the
       release's date, or of both readings of a numeric one */
    char note[240], a[16], b[16];
    xdate_format(f->src.published.y ? &f->src.published : &f->src.numeric[0],
                 a);
    xdate_format(&f->src.numeric[1], b);
    snprintf(note,
             sizeof(note),
             "the text gives no date of the meeting, which it reports as "
             "held: the date is the year of the release's date, %s%s%s",
             a,
             f->src.published.y ? "" : " or ",
             f->src.published.y ? "" : b);
    xev_note(ev, note);
  } else if (m->date.completed && ev->n > before && f->src.numeric[0].y) {
    char note[200], a[16], b[16];
    xdate_format(&f->src.numeric[0], a);
    xdate_format(&f->src.numeric[1], b);
    snprintf(note,
             sizeof(note),
             "the text gives no %s: it is taken from the release's date, "
             "which reads as %s or %s; both give this date",
             m->date.completed == 2 ? "day but a weekday" : "year",
             a,
             b);
    xev_note(ev, note);
  } else if (m->date.completed && ev->n > before && f->src.published.y) {
    char note[240], pub[16];
    xdate_format(&f->src.published, pub);
    snprintf(note,
             sizeof(note),
             m->date.completed == 3
               ? "the text dates the meeting by a week, month or year "
                 "relative to the release's date, %s: the date is that "
                 "week's month (or year), or that month or year"
             : m->date.completed != 2
               ? "the text gives no year: it is taken from the release's "
                 "date, %s"
             : m->status && !strcmp(m->status, "announced")
               ? "the text gives a weekday only: the day is the next one "
                 "on or after the release's date, %s"
               : "the text gives a weekday only: the day is the last one "
                 "on or before the release's date, %s",
             pub);
    xev_note(ev, note);
  }
  if (m->date.to.m) {
    xdate_format(&m->date.to, buf);
    add_string(r, "end_date", buf);
    xev_add(ev, "/end_date", span);
  }
}

/* The meeting: series, round, title, date, status, language, location,
   participants. */
static void
meeting_json(cJSON* r, const XCtx* x, Found* f)
{
  const XMeeting* m = &f->meeting;
  add_string(r, "series", f->series.name);
  xev_add(&f->ev, "/series", f->series.span);
  if (m->round) {
    cJSON_AddNumberToObject(r, "round", m->round);
    xev_add(&f->ev, "/round", m->round_span);
  }
  if (f->src.title) {
    add_string(r, "title", f->src.title);
    xev_add(&f->ev, "/title", f->src.title_span);
  }
  date_json(r, f, &f->ev);
  if (m->status) {
    add_string(r, "status", m->status);
    const size_t before = f->ev.n;
    xev_add(&f->ev, "/status", m->status_span);
    if (f->ev.n > before && m->have_date && m->status_span.b == m->date.b &&
        m->status_span.e == m->date.e) {
      xev_note(&f->ev,
               !strcmp(m->status, "held")
                 ? "no word of the text says held or announced: the date "
                   "is before the release's date"
                 : "no word of the text says held or announced: the date "
                   "is after the release's date");
    }
  }
  add_string(r, "language", "en");
  if (xplace_virtual(&m->place)) {
    add_string(r, "attendance", "virtual");
    xev_add(&f->ev, "/attendance", m->place.span);
  } else if (m->place.name) {
    if (xplace_hybrid(x, &m->place)) {
      add_string(r, "attendance", "hybrid");
      xev_add(&f->ev, "/attendance", m->place.span);
    }
    cJSON* loc = cJSON_AddObjectToObject(r, "location");
    add_string(loc, "name", m->place.name);
    add_string(loc, "country", m->place.cc);
    xev_add(&f->ev, "/location", m->place.span);
  }
  cJSON* parts = cJSON_AddArrayToObject(r, "participants");
  for (size_t i = 0; i < x->n_cc && f->participants; ++i) {
    cJSON_AddItemToArray(parts, cJSON_CreateString(x->cc[i]));
  }
  xev_add(&f->ev, "/participants", f->series.pair_span);
}

/* Topics, and venues when the text names some. */
static void
topics_json(cJSON* r, const XCtx* x, XEvList* ev)
{
  char path[96];
  cJSON* topics = cJSON_AddArrayToObject(r, "topics");
  for (size_t i = 0; i < x->n_topics; ++i) {
    cJSON_AddItemToArray(topics, cJSON_CreateString(x->topics[i].label));
    snprintf(path, sizeof(path), "/topics/%zu", i);
    xev_add(ev, path, x->topics[i].span);
  }
  if (x->n_venues) {
    cJSON* venues = cJSON_AddArrayToObject(r, "venues");
    for (size_t i = 0; i < x->n_venues; ++i) {
      cJSON_AddItemToArray(venues, cJSON_CreateString(x->venues[i].name));
      snprintf(path, sizeof(path), "/venues/%zu", i);
      xev_add(ev, path, x->venues[i].span);
    }
  }
}

/* One head: name, title, agency, each with its evidence under `base`. */
static cJSON*
head_json(const XHead* h, const char* base, XEvList* ev)
{
  char path[128];
  cJSON* head = cJSON_CreateObject();
  add_string(head, "name", h->name.name);
  snprintf(path, sizeof(path), "%s/name", base);
  xev_add(ev, path, h->name.span);
  if (h->title.name) {
    add_string(head, "title", h->title.name);
    snprintf(path, sizeof(path), "%s/title", base);
    xev_add(ev, path, h->title.span);
  }
  if (h->agency.name) {
    add_string(head, "agency", h->agency.name);
    snprintf(path, sizeof(path), "%s/agency", base);
    xev_add(ev, path, h->agency.span);
  }
  return head;
}

/* The head of delegation `nd`: an object, or an array when several
   co-chaired it (the record allows both). */
static void
heads_json(cJSON* o, const XDeleg* d, size_t nd, XEvList* ev)
{
  char base[96];
  if (d->n_heads == 1u) {
    snprintf(base, sizeof(base), "/delegations/%zu/head", nd);
    cJSON_AddItemToObject(o, "head", head_json(&d->heads[0], base, ev));
    return;
  }
  cJSON* arr = cJSON_AddArrayToObject(o, "head");
  for (size_t k = 0; k < d->n_heads; ++k) {
    snprintf(base, sizeof(base), "/delegations/%zu/head/%zu", nd, k);
    cJSON_AddItemToArray(arr, head_json(&d->heads[k], base, ev));
  }
}

/* Each delegation with a head or an agency.  Never drop what was found: a
   delegation without a head keeps its agencies (the record allows it). */
static void
delegations_json(cJSON* r, XCtx* x, XEvList* ev)
{
  char path[96];
  cJSON* dels = cJSON_AddArrayToObject(r, "delegations");
  size_t nd = 0;
  for (size_t i = 0; i < x->n_cc; ++i) {
    const XDeleg* d = &x->del[i];
    if (!d->n_heads && !d->n_agencies) {
      continue;
    }
    if (!d->n_heads) {
      xctx_warn(x,
                d->agencies[0].sent,
                "the text names agencies of the %s delegation but not its "
                "head: the delegation is written without one",
                d->cc);
    }
    cJSON* o = cJSON_CreateObject();
    add_string(o, "country", d->cc);
    if (d->n_heads) {
      heads_json(o, d, nd, ev);
    }
    cJSON* ag = cJSON_AddArrayToObject(o, "agencies");
    for (size_t k = 0; k < d->n_agencies; ++k) {
      cJSON_AddItemToArray(ag, cJSON_CreateString(d->agencies[k].name));
      snprintf(path, sizeof(path), "/delegations/%zu/agencies/%zu", nd, k);
      xev_add(ev, path, d->agencies[k].span);
    }
    cJSON_AddItemToArray(dels, o);
    ++nd;
  }
}

static void
source_json(cJSON* r, const XSource* src, XEvList* ev)
{
  if (!(src->title || src->publisher || src->kind || src->dateline ||
        src->published.y)) {
    return;
  }
  char buf[16];
  cJSON* sources = cJSON_AddArrayToObject(r, "sources");
  cJSON* so = cJSON_CreateObject();
  add_string(so, "title", src->title);
  xev_add(ev, "/sources/0/title", src->title_span);
  add_string(so, "publisher", src->publisher);
  xev_add(ev, "/sources/0/publisher", src->publisher_span);
  if (src->published.y) {
    xdate_format(&src->published, buf);
    add_string(so, "published", buf);
    xev_add(ev, "/sources/0/published", src->published_span);
  }
  add_string(so, "kind", src->kind);
  xev_add(ev, "/sources/0/kind", src->kind_span);
  add_string(so, "dateline", src->dateline);
  xev_add(ev, "/sources/0/dateline", src->dateline_span);
  cJSON_AddItemToArray(sources, so);
}

/* The record in the order of the contract, with its evidence. */
static cJSON*
record_json(XCtx* x, Found* f, bool evidence)
{
  cJSON* r = cJSON_CreateObject();
  meeting_json(r, x, f);
  topics_json(r, x, &f->ev);
  delegations_json(r, x, &f->ev);
  source_json(r, &f->src, &f->ev);
  if (evidence) {
    cJSON_AddItemToObject(r, "evidence", xev_json(x, &f->ev));
  }
  return r;
}

/* ---- The steps ----------------------------------------------------------- */

/* The record's required fields (the date, two participants): without one
   there is no record, unless the partial record was asked for (then one
   error says what it lacks).  True when a record is written. */
static bool
required_or_partial(XCtx* x, const Found* f, bool partial)
{
  const bool date = f->meeting.have_date, parts = f->participants;
  if (date && parts) {
    return true;
  }
  const char* what = !parts && !date ? "no two participating countries and "
                                       "no date of the meeting found"
                     : !parts        ? "no two participating countries found"
                                     : "no date of the meeting found";
  char msg[256];
  snprintf(msg,
           sizeof(msg),
           partial ? "%s: the partial record is written (--partial) for a "
                     "reviewer to finish; it does not pass validate"
                   : "%s: no record",
           what);
  report_error(x, msg);
  return partial;
}

/* Everything but the JSON: source, meeting, participants, series, the
   meeting's fields, delegations, topics.  Without two participants (a
   --partial record) there are no delegations. */
static DkgStatus
find_all(XCtx* x, Found* f, bool partial)
{
  xsource_read(x, &f->src);
  xmeeting_find_event(x);
  f->participants = xseries_extract(x, &f->src, &f->series);
  if (!f->participants && !partial) {
    report_error(x, "no two participating countries found: no record");
    return DKG_ERR_RECORD;
  }
  xmeeting_extract(x, &f->src, &f->meeting);
  if (!required_or_partial(x, f, partial)) {
    return DKG_ERR_RECORD;
  }
  if (!f->meeting.status) {
    xctx_warn(x,
              x->event,
              "the text does not say whether the meeting was "
              "held or is announced: no status");
  }
  DkgStatus st = DKG_SUCCESS;
  if (f->participants) {
    st = xdeleg_extract(x);
    if (!st) {
      xmention_extract(x);
    }
  }
  if (!st) {
    st = xtopic_extract(x);
  }
  return st;
}

DkgStatus
dkg_extract(DkgExtractor* ex,
            const char* file,
            const char* bytes,
            size_t len,
            DkgExtractFormat format,
            bool evidence,
            cJSON** record)
{
  *record = NULL;
  XCtx x;
  memset(&x, 0, sizeof(x));
  x.reg = ex->reg;
  x.diag = ex->diag;
  x.topics_json = ex->topics;
  x.series_json = ex->series;
  x.file = file;
  const bool html = format == DKG_EXTRACT_HTML ||
                    (format == DKG_EXTRACT_AUTO && xdoc_sniff_html(bytes, len));
  DkgStatus st = xdoc_load(&x.doc, bytes, len, html, file, ex->diag);
  if (st) {
    return st;
  }
  Found f;
  memset(&f, 0, sizeof(f));
  st = find_all(&x, &f, ex->partial);
  cJSON* r = st ? NULL : record_json(&x, &f, evidence);
  const bool complete = f.meeting.have_date && f.participants;
  if (!st && (x.nomem || f.ev.nomem || !r)) {
    st = DKG_ERR_NOMEM; /* something found was dropped: no record */
    cJSON_Delete(r);
    r = NULL;
  }
  found_free(&f);
  xctx_free(&x);
  if (st) {
    return st;
  }
  if (!complete) {
    *record = r; /* --partial */
    return DKG_ERR_RECORD;
  }
  st = xcheck_record(ex->reg, ex->diag, file, r);
  if (st) {
    cJSON_Delete(r);
    return st;
  }
  *record = r;
  return DKG_SUCCESS;
}
