/* The table views (--view matrix|timeline|topic-rounds) as DOT: one node
   whose label is an HTML-like table, which Graphviz lays out and renders
   (svg, png) like any drawing.

   matrix        agencies (rows, grouped by country) x dialogues (columns, by
                 series then date); a cell is marked where the agency sat in
                 a delegation, marked apart where it was the head's agency.
   timeline      one row per series, one column per year from the first
                 round to the last: each round with its date, place, status
                 and heads.
   topic-rounds  topics (rows, most rounds first) x dialogues. */

#include "graph/dot.h"
#include "graph/facts.h"
#include "util/escape.h"

#include <stdlib.h>
#include <string.h>

/* Tables larger than this take Graphviz minutes and are not readable;
   --series and --top make smaller ones. */
#define MAX_CELLS 40000u

#define MARK_PRESENT "\xE2\x97\x8F" /* U+25CF BLACK CIRCLE */
#define MARK_HEAD "\xE2\x98\x85"    /* U+2605 BLACK STAR */
#define FILL_PRESENT "#bfdbfe"
#define FILL_HEAD "#1d4ed8"
#define FILL_TOPIC "#bbf7d0"
#define FILL_GROUP "#e5e7eb"
#define FILL_SERIES "#fef3c7"

static const DkgGraphNode*
node_at(const DkgGraphView* view, size_t index)
{
  return dkg_graph_node(view->graph, index);
}

static void
put(FILE* out, const char* text)
{
  dkg_xml_escape(out, text);
}

/* "round 3", or the dialogue's label when it has no round number. */
static void
put_round(FILE* out, const DkgGraphNode* d)
{
  const char* round = dkg_graph_node_prop(d, DKG_NS "round");
  if (round) {
    fputs("round ", out);
    put(out, round);
  } else {
    put(out, d->label);
  }
}

/* "2022-01-06" or, for a meeting of several days, "2022-01-06 – 2022-01-07". */
static void
put_dates(FILE* out, const DkgGraphNode* d)
{
  const char* start = dkg_graph_node_prop(d, DKG_NS "startDate");
  const char* end = dkg_graph_node_prop(d, DKG_NS "endDate");
  put(out, start ? start : "no date");
  if (start && end && strcmp(start, end)) {
    fputs(" \xE2\x80\x93 ", out); /* en dash */
    put(out, end);
  }
}

static void
write_head(const DkgGraphView* view, const char* what, FILE* out)
{
  fprintf(out,
          "// dialoguekg %s: %s\ndigraph dialoguekg {\n"
          "  graph [fontname=\"DejaVu Sans\", fontsize=14, bgcolor=\"white\", "
          "pad=0.3, labelloc=t, label=\"",
          DKG_VERSION,
          what);
  dkg_xml_escape(out, view->options->title ? view->options->title : what);
  fputs(
    "\"];\n  node [shape=plain, fontname=\"DejaVu Sans\", fontsize=10];\n"
    "  table [label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
    "CELLPADDING=\"4\" COLOR=\"#9ca3af\">\n",
    out);
}

static void
write_tail(const char* legend, FILE* out)
{
  fputs("</TABLE>>];\n", out);
  if (legend) {
    fprintf(out,
            "  legend [label=<%s>];\n  table -> legend [style=invis];\n",
            legend);
  }
  fputs("}\n", out);
}

/* Two header rows: the series over their dialogues, then each dialogue's
   round (or name) and date.  `corner` heads the first column. */
static void
write_dialogue_header(const DkgGraphView* view,
                      const DkgGraphFacts* f,
                      const char* corner,
                      FILE* out)
{
  fputs("<TR><TD ROWSPAN=\"2\" ALIGN=\"LEFT\" VALIGN=\"BOTTOM\"><B>", out);
  put(out, corner);
  fputs("</B></TD>", out);
  for (size_t k = 0; k < f->n_dialogues;) {
    const size_t series = f->series_of[f->dialogues[k]];
    size_t span = 1;
    while (k + span < f->n_dialogues &&
           f->series_of[f->dialogues[k + span]] == series) {
      ++span;
    }
    fprintf(out, "<TD COLSPAN=\"%zu\" BGCOLOR=\"" FILL_SERIES "\"><B>", span);
    put(out,
        series ? dkg_graph_node_name(node_at(view, series - 1u)) : "no series");
    fputs("</B></TD>", out);
    k += span;
  }
  fputs("<TD ROWSPAN=\"2\" VALIGN=\"BOTTOM\"><B>rounds</B></TD></TR>\n<TR>",
        out);
  for (size_t k = 0; k < f->n_dialogues; ++k) {
    const DkgGraphNode* d = node_at(view, f->dialogues[k]);
    fputs("<TD>", out);
    put_round(out, d);
    fputs("<BR/>", out);
    put_dates(out, d);
    fputs("</TD>", out);
  }
  fputs("</TR>\n", out);
}

/* Position of each dialogue node in the facts' column order + 1. */
static size_t*
column_of_dialogues(const DkgGraphFacts* f, size_t n_nodes)
{
  size_t* column = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  if (column) {
    for (size_t k = 0; k < f->n_dialogues; ++k) {
      column[f->dialogues[k]] = k + 1u;
    }
  }
  return column;
}

/* One row: the name, one cell per dialogue (marks[k]: 0 none, 1 present,
   2 head), the count. */
static void
write_marked_row(const char* name,
                 const unsigned char* marks,
                 size_t n,
                 const char* fill,
                 FILE* out)
{
  size_t count = 0;
  fputs("<TR><TD ALIGN=\"LEFT\">", out);
  put(out, name);
  fputs("</TD>", out);
  for (size_t k = 0; k < n; ++k) {
    count += marks[k] != 0;
    if (marks[k] == 2u) {
      fputs("<TD BGCOLOR=\"" FILL_HEAD "\"><FONT COLOR=\"white\">" MARK_HEAD
            "</FONT></TD>",
            out);
    } else if (marks[k]) {
      fprintf(out, "<TD BGCOLOR=\"%s\">" MARK_PRESENT "</TD>", fill);
    } else {
      fputs("<TD> </TD>", out);
    }
  }
  fprintf(out, "<TD>%zu</TD></TR>\n", count);
}

static DkgStatus
refuse_large(DkgDiag* diag, const char* what, size_t rows, size_t columns)
{
  dkg_diag_report(diag,
                  DKG_ERROR,
                  NULL,
                  "the %s of %zu rows x %zu dialogues is too large to draw "
                  "(at most %u cells): choose dialogues with --series, or "
                  "agencies with --top",
                  what,
                  rows,
                  columns,
                  MAX_CELLS);
  return DKG_ERR_USAGE;
}

static DkgStatus
write_matrix(const DkgGraphView* view,
             const DkgGraphFacts* f,
             DkgDiag* diag,
             FILE* out)
{
  const size_t n = f->n_dialogues;
  if (f->n_agencies * n > MAX_CELLS) {
    return refuse_large(diag, "presence matrix", f->n_agencies, n);
  }
  size_t n_nodes = 0, n_edges = 0;
  (void)dkg_graph_edges(view->graph, &n_nodes, &n_edges);
  size_t* column = column_of_dialogues(f, n_nodes);
  unsigned char* marks = (unsigned char*)calloc(n + 1u, 1u);
  size_t* first = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  if (!column || !marks || !first) {
    free(column);
    free(marks);
    free(first);
    return DKG_ERR_NOMEM;
  }
  /* presence is sorted by agency: first[a] is its first pair + 1 */
  for (size_t i = f->n_presence; i-- > 0;) {
    first[f->presence[i].what] = i + 1u;
  }
  write_head(view, "presence matrix: agencies x dialogues", out);
  write_dialogue_header(view, f, "agency", out);
  size_t group = SIZE_MAX;
  for (size_t r = 0; r < f->n_agencies; ++r) {
    const size_t a = f->agencies[r];
    const size_t country = f->country_of[a];
    if (country != group) {
      group = country;
      fprintf(out,
              "<TR><TD COLSPAN=\"%zu\" ALIGN=\"LEFT\" BGCOLOR=\"" FILL_GROUP
              "\"><B>",
              n + 2u);
      put(out,
          country ? dkg_graph_node_name(node_at(view, country - 1u))
                  : "no country");
      fputs("</B></TD></TR>\n", out);
    }
    memset(marks, 0, n + 1u);
    for (size_t i = first[a] - 1u;
         i < f->n_presence && f->presence[i].what == a;
         ++i) {
      marks[column[f->presence[i].dialogue] - 1u] =
        f->presence[i].flag ? 2u : 1u;
    }
    write_marked_row(
      dkg_graph_node_name(node_at(view, a)), marks, n, FILL_PRESENT, out);
  }
  write_tail("<FONT POINT-SIZE=\"10\">" MARK_PRESENT
             " in the delegation &#160; &#160; <FONT COLOR=\"" FILL_HEAD
             "\">" MARK_HEAD "</FONT> the head of delegation's agency</FONT>",
             out);
  free(first);
  free(marks);
  free(column);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

/* Topics by the number of their rounds (most first), then by name. */
static const DkgGraph* topic_graph = NULL;
static const size_t* topic_count = NULL;

static int
compare_topics(const void* a, const void* b)
{
  const size_t x = *(const size_t*)a;
  const size_t y = *(const size_t*)b;
  if (topic_count[x] != topic_count[y]) {
    return topic_count[x] > topic_count[y] ? -1 : 1;
  }
  const int c = strcmp(dkg_graph_node_name(dkg_graph_node(topic_graph, x)),
                       dkg_graph_node_name(dkg_graph_node(topic_graph, y)));
  return c ? c : (x < y ? -1 : (x > y));
}

static DkgStatus
write_topic_rounds(const DkgGraphView* view,
                   const DkgGraphFacts* f,
                   DkgDiag* diag,
                   FILE* out)
{
  size_t n_nodes = 0, n_edges = 0;
  (void)dkg_graph_edges(view->graph, &n_nodes, &n_edges);
  const size_t n = f->n_dialogues;
  size_t* count = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  size_t* first = (size_t*)calloc(n_nodes + 1u, sizeof(size_t));
  size_t* topics = (size_t*)malloc((f->n_topics + 1u) * sizeof(size_t));
  size_t* column = column_of_dialogues(f, n_nodes);
  unsigned char* marks = (unsigned char*)calloc(n + 1u, 1u);
  DkgStatus st = DKG_ERR_NOMEM;
  if (!count || !first || !topics || !column || !marks) {
    goto done;
  }
  size_t n_topics = 0;
  for (size_t i = f->n_topics; i-- > 0;) {
    const size_t t = f->topics[i].what;
    first[t] = i + 1u;
    if (!count[t]++) {
      topics[n_topics++] = t;
    }
  }
  if (n_topics * n > MAX_CELLS) {
    st = refuse_large(diag, "table of topics", n_topics, n);
    goto done;
  }
  topic_graph = view->graph;
  topic_count = count;
  qsort(topics, n_topics, sizeof(size_t), compare_topics);
  write_head(view, "topics across rounds", out);
  write_dialogue_header(view, f, "topic", out);
  for (size_t r = 0; r < n_topics; ++r) {
    const size_t t = topics[r];
    if (!r || (count[t] == 1u) != (count[topics[r - 1u]] == 1u)) {
      fprintf(out,
              "<TR><TD COLSPAN=\"%zu\" ALIGN=\"LEFT\" BGCOLOR=\"" FILL_GROUP
              "\"><B>%s</B></TD></TR>\n",
              n + 2u,
              count[t] == 1u ? "in one round" : "recurring");
    }
    memset(marks, 0, n + 1u);
    for (size_t i = first[t] - 1u; i < f->n_topics && f->topics[i].what == t;
         ++i) {
      marks[column[f->topics[i].dialogue] - 1u] = 1u;
    }
    write_marked_row(
      dkg_graph_node_name(node_at(view, t)), marks, n, FILL_TOPIC, out);
  }
  write_tail(NULL, out);
  st = ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
done:
  topic_graph = NULL;
  topic_count = NULL;
  free(marks);
  free(column);
  free(topics);
  free(first);
  free(count);
  return st;
}

static int
year_of(const DkgGraphNode* d)
{
  const char* date = dkg_graph_node_prop(d, DKG_NS "startDate");
  return date && strlen(date) >= 4u ? atoi(date) : 0;
}

/* One round inside a timeline cell: round, dates, place, status, heads. */
static void
write_round(const DkgGraphView* view,
            const DkgGraphFacts* f,
            size_t dialogue,
            FILE* out)
{
  const DkgGraphNode* d = node_at(view, dialogue);
  const char* status = dkg_graph_node_prop(d, DKG_NS "status");
  const size_t place = f->place_of[dialogue];
  const bool held = !status || !strcmp(status, "held");
  fprintf(out,
          "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"%s\"%s><B>",
          held ? "#fde68a" : "#ffffff",
          held ? "" : " STYLE=\"dashed\"");
  put_round(out, d);
  fputs("</B> &#160;", out);
  put_dates(out, d);
  if (status) {
    fputs(" &#160;<I>", out);
    put(out, status);
    fputs("</I>", out);
  }
  if (place) {
    fputs("<BR/>", out);
    put(out, dkg_graph_node_name(node_at(view, place - 1u)));
  }
  for (size_t i = 0; i < f->n_heads; ++i) {
    if (f->heads[i].dialogue != dialogue) {
      continue;
    }
    const size_t country = f->country_of[f->heads[i].via];
    fputs("<BR/>head: ", out);
    put(out, dkg_graph_node_name(node_at(view, f->heads[i].what)));
    if (country) {
      const DkgGraphNode* c = node_at(view, country - 1u);
      const char* code = dkg_graph_node_prop(c, DKG_NS "isoAlpha2");
      fputs(" (", out);
      put(out, code ? code : dkg_graph_node_name(c));
      fputc(')', out);
    }
  }
  fputs("</TD></TR>", out);
}

static DkgStatus
write_timeline(const DkgGraphView* view,
               const DkgGraphFacts* f,
               DkgDiag* diag,
               FILE* out)
{
  int first_year = 0, last_year = 0;
  size_t n_series = 0;
  for (size_t k = 0; k < f->n_dialogues; ++k) {
    const int y = year_of(node_at(view, f->dialogues[k]));
    if (y && (!first_year || y < first_year)) {
      first_year = y;
    }
    if (y > last_year) {
      last_year = y;
    }
    n_series +=
      !k || f->series_of[f->dialogues[k]] != f->series_of[f->dialogues[k - 1u]];
  }
  const size_t n_years =
    first_year ? (size_t)(last_year - first_year) + 2u : 1u; /* + no date */
  if (n_series * n_years > MAX_CELLS) {
    return refuse_large(diag, "timeline", n_series, f->n_dialogues);
  }
  write_head(view, "timeline of each series", out);
  fputs("<TR><TD><B>series</B></TD>", out);
  for (int y = first_year; first_year && y <= last_year; ++y) {
    fprintf(out, "<TD BGCOLOR=\"" FILL_GROUP "\"><B>%d</B></TD>", y);
  }
  fputs("<TD BGCOLOR=\"" FILL_GROUP "\"><B>no date</B></TD></TR>\n", out);
  for (size_t k = 0; k < f->n_dialogues;) {
    const size_t series = f->series_of[f->dialogues[k]];
    size_t end = k;
    while (end < f->n_dialogues && f->series_of[f->dialogues[end]] == series) {
      ++end;
    }
    fputs("<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"" FILL_SERIES "\"><B>", out);
    put(out,
        series ? dkg_graph_node_name(node_at(view, series - 1u)) : "no series");
    fputs("</B></TD>", out);
    for (int y = first_year ? first_year : 1; y <= last_year + 1; ++y) {
      const int want = y > last_year ? 0 : y; /* the last column: no date */
      bool any = false;
      for (size_t i = k; i < end; ++i) {
        if (year_of(node_at(view, f->dialogues[i])) != want) {
          continue;
        }
        if (!any) {
          fputs("<TD VALIGN=\"TOP\" CELLPADDING=\"2\"><TABLE BORDER=\"0\" "
                "CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\">",
                out);
          any = true;
        }
        write_round(view, f, f->dialogues[i], out);
      }
      fputs(any ? "</TABLE></TD>" : "<TD> </TD>", out);
    }
    fputs("</TR>\n", out);
    k = end;
  }
  write_tail("<FONT POINT-SIZE=\"10\"><FONT COLOR=\"#b45309\">"
             "\xE2\x96\xA0</FONT> held &#160; &#160; \xE2\x96\xA1 announced"
             "</FONT>",
             out);
  return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

DkgStatus
dkg_graph_write_table_dot(const DkgGraphView* view, DkgDiag* diag, FILE* out)
{
  DkgGraphFacts facts;
  DkgStatus st = dkg_graph_facts_build(view, &facts);
  if (st) {
    return st;
  }
  const DkgGraphViewKind kind = view->options->view;
  if (kind == DKG_VIEW_MATRIX) {
    st = write_matrix(view, &facts, diag, out);
  } else if (kind == DKG_VIEW_TOPIC_ROUNDS) {
    st = write_topic_rounds(view, &facts, diag, out);
  } else {
    st = write_timeline(view, &facts, diag, out);
  }
  dkg_graph_facts_free(&facts);
  return st;
}
