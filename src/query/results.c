/* SPARQL results, read as SPARQL JSON (cJSON), written in every format
   `query` offers.  See results.h. */

#include "query/results.h"

#include "util/escape.h"

#include <cjson/cJSON.h>
#include <raptor2.h>

#include <stdlib.h>
#include <string.h>

#define XSD "http://www.w3.org/2001/XMLSchema#"

static const struct
{
  const char* name;
  DkgResultsFormat format;
} format_names[] = {
  { "table", DKG_RESULTS_TABLE },   { "csv", DKG_RESULTS_CSV },
  { "tsv", DKG_RESULTS_TSV },       { "json", DKG_RESULTS_JSON },
  { "xml", DKG_RESULTS_XML },       { "ntriples", DKG_RESULTS_NTRIPLES },
  { "nt", DKG_RESULTS_NTRIPLES },   { "n-triples", DKG_RESULTS_NTRIPLES },
  { "turtle", DKG_RESULTS_TURTLE }, { "ttl", DKG_RESULTS_TURTLE },
  { "rdfxml", DKG_RESULTS_RDFXML }, { "rdf/xml", DKG_RESULTS_RDFXML },
};

bool
dkg_results_format_parse(const char* name, DkgResultsFormat* format)
{
  for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); ++i) {
    if (!strcmp(name, format_names[i].name)) {
      *format = format_names[i].format;
      return true;
    }
  }
  return false;
}

bool
dkg_results_format_is_graph(DkgResultsFormat format)
{
  switch (format) {
    case DKG_RESULTS_NTRIPLES:
    case DKG_RESULTS_TURTLE:
    case DKG_RESULTS_RDFXML:
      return true;
    case DKG_RESULTS_TABLE:
    case DKG_RESULTS_CSV:
    case DKG_RESULTS_TSV:
    case DKG_RESULTS_JSON:
    case DKG_RESULTS_XML:
      return false;
  }
  return false;
}

/* One RDF term of a solution, as SPARQL JSON gives it. */
typedef struct
{
  const char* type;     /* "uri", "literal", "bnode" */
  const char* value;    /* IRI, lexical form or blank node label */
  const char* lang;     /* NULL: none */
  const char* datatype; /* NULL: none (xsd:string or rdf:langString) */
} Term;

typedef struct
{
  size_t n_vars;
  const char** vars;
  cJSON* bindings; /* array of objects, NULL for ASK */
  int boolean;     /* ASK: 0 or 1; -1 for SELECT */
} Solutions;

static const char*
string_member(const cJSON* object, const char* name)
{
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(object, name);
  return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* Reads one term; false when it is not one SPARQL JSON defines (or is an
   RDF-star triple, which no format here can write). */
static bool
read_term(const cJSON* json, Term* term)
{
  term->type = string_member(json, "type");
  term->value = string_member(json, "value");
  term->lang = string_member(json, "xml:lang");
  term->datatype = string_member(json, "datatype");
  if (!term->type || !term->value) {
    return false;
  }
  if (!strcmp(term->type, "typed-literal")) { /* SPARQL 1.0 JSON */
    term->type = "literal";
  }
  if (term->datatype && !strcmp(term->datatype, XSD "string")) {
    term->datatype = NULL;
  }
  if (term->lang) {
    term->datatype = NULL;
  }
  return !strcmp(term->type, "uri") || !strcmp(term->type, "literal") ||
         !strcmp(term->type, "bnode");
}

static DkgStatus
parse_solutions(const char* json,
                size_t len,
                const char* name,
                DkgDiag* diag,
                cJSON** root,
                Solutions* sol)
{
  DkgPlace place = { name, 0, 0, NULL };
  *root = cJSON_ParseWithLength(json, len);
  if (!*root) {
    dkg_diag_report(diag, DKG_ERROR, &place, "the results are not JSON");
    return DKG_ERR_WRITER;
  }
  const cJSON* head = cJSON_GetObjectItemCaseSensitive(*root, "head");
  const cJSON* vars = cJSON_GetObjectItemCaseSensitive(head, "vars");
  const cJSON* boolean = cJSON_GetObjectItemCaseSensitive(*root, "boolean");
  const cJSON* results = cJSON_GetObjectItemCaseSensitive(*root, "results");
  sol->boolean = -1;
  sol->bindings = NULL;
  sol->n_vars = 0;
  sol->vars = NULL;
  if (cJSON_IsBool(boolean)) {
    sol->boolean = cJSON_IsTrue(boolean) ? 1 : 0;
    return DKG_SUCCESS;
  }
  sol->bindings = cJSON_GetObjectItemCaseSensitive(results, "bindings");
  if (!cJSON_IsArray(sol->bindings) || (vars && !cJSON_IsArray(vars))) {
    dkg_diag_report(
      diag, DKG_ERROR, &place, "the results are not SPARQL JSON results");
    return DKG_ERR_WRITER;
  }
  const int n = vars ? cJSON_GetArraySize(vars) : 0;
  sol->vars = (const char**)calloc((size_t)n + 1u, sizeof(char*));
  if (!sol->vars) {
    return DKG_ERR_NOMEM;
  }
  for (const cJSON* v = vars ? vars->child : NULL; v; v = v->next) {
    if (!cJSON_IsString(v)) {
      dkg_diag_report(
        diag, DKG_ERROR, &place, "a variable name is not a string");
      return DKG_ERR_WRITER;
    }
    sol->vars[sol->n_vars++] = v->valuestring;
  }
  /* Every value must be a term we can write, before anything is written. */
  for (const cJSON* row = sol->bindings->child; row; row = row->next) {
    for (const cJSON* b = row->child; b; b = b->next) {
      Term t;
      if (!read_term(b, &t)) {
        dkg_diag_report(diag,
                        DKG_ERROR,
                        &place,
                        "a value of ?%s is not an IRI, a literal or a blank "
                        "node (RDF-star triples cannot be written)",
                        b->string ? b->string : "");
        return DKG_ERR_WRITER;
      }
    }
  }
  return DKG_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* What XML 1.0 cannot hold                                                */

/* The first character of `str` that XML 1.0 cannot hold (C0 controls but
   tab, newline and return; U+FFFE, U+FFFF), as a code point; 0 if none. */
static unsigned
xml_forbidden(const char* str)
{
  for (const unsigned char* c = (const unsigned char*)str; *c; ++c) {
    if (*c < 0x20u && *c != '\t' && *c != '\n' && *c != '\r') {
      return *c;
    }
    if (c[0] == 0xEFu && c[1] == 0xBFu && (c[2] == 0xBEu || c[2] == 0xBFu)) {
      return c[2] == 0xBEu ? 0xFFFEu : 0xFFFFu;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Terms in each format                                                     */

static bool
all_digits(const char* s)
{
  if (!*s) {
    return false;
  }
  for (; *s; ++s) {
    if (*s < '0' || *s > '9') {
      return false;
    }
  }
  return true;
}

/* True when `lex` of `datatype` may be written bare in Turtle (and so in
   TSV): the Turtle grammar's INTEGER, DECIMAL, DOUBLE and BooleanLiteral. */
static bool
turtle_bare(const char* lex, const char* datatype)
{
  if (!strcmp(datatype, XSD "boolean")) {
    return !strcmp(lex, "true") || !strcmp(lex, "false");
  }
  const char* s = lex + (lex[0] == '+' || lex[0] == '-');
  if (!strcmp(datatype, XSD "integer")) {
    return all_digits(s);
  }
  const bool decimal = !strcmp(datatype, XSD "decimal");
  const bool dbl = !strcmp(datatype, XSD "double");
  if (!decimal && !dbl) {
    return false;
  }
  size_t int_digits = 0, frac_digits = 0;
  while (*s >= '0' && *s <= '9') {
    ++s;
    ++int_digits;
  }
  bool dot = false;
  if (*s == '.') {
    dot = true;
    ++s;
    while (*s >= '0' && *s <= '9') {
      ++s;
      ++frac_digits;
    }
  }
  if (decimal) {
    return !*s && dot && frac_digits > 0;
  }
  if ((*s != 'e' && *s != 'E') || int_digits + frac_digits == 0) {
    return false;
  }
  ++s;
  s += (*s == '+' || *s == '-');
  return all_digits(s);
}

/* `text` in a CSV field: quoted when it holds a quote, comma or line end. */
static void
csv_field(FILE* out, const char* text)
{
  if (!strpbrk(text, "\",\r\n")) {
    fputs(text, out);
    return;
  }
  fputc('"', out);
  for (; *text; ++text) {
    if (*text == '"') {
      fputc('"', out);
    }
    fputc(*text, out);
  }
  fputc('"', out);
}

static void
write_csv_term(FILE* out, const Term* t)
{
  if (!strcmp(t->type, "bnode")) {
    fputs("_:", out);
  }
  csv_field(out, t->value);
}

static void
write_tsv_term(FILE* out, const Term* t)
{
  if (!strcmp(t->type, "uri")) {
    fprintf(out, "<%s>", t->value);
  } else if (!strcmp(t->type, "bnode")) {
    fprintf(out, "_:%s", t->value);
  } else if (t->datatype && turtle_bare(t->value, t->datatype)) {
    fputs(t->value, out);
  } else {
    dkg_json_string(out, t->value, DKG_JSON_PLAIN);
    if (t->lang) {
      fprintf(out, "@%s", t->lang);
    } else if (t->datatype) {
      fprintf(out, "^^<%s>", t->datatype);
    }
  }
}

static void
write_json_term(FILE* out, const Term* t)
{
  fputs("{ \"type\": ", out);
  dkg_json_string(out, t->type, DKG_JSON_PLAIN);
  fputs(", \"value\": ", out);
  dkg_json_string(out, t->value, DKG_JSON_PLAIN);
  if (t->lang) {
    fputs(", \"xml:lang\": ", out);
    dkg_json_string(out, t->lang, DKG_JSON_PLAIN);
  } else if (t->datatype) {
    fputs(", \"datatype\": ", out);
    dkg_json_string(out, t->datatype, DKG_JSON_PLAIN);
  }
  fputs(" }", out);
}

static void
write_xml_term(FILE* out, const Term* t)
{
  if (!strcmp(t->type, "uri") || !strcmp(t->type, "bnode")) {
    fprintf(out, "<%s>", t->type);
    dkg_xml_escape(out, t->value);
    fprintf(out, "</%s>", t->type);
  } else {
    fputs("<literal", out);
    if (t->lang) {
      fputs(" xml:lang=\"", out);
      dkg_xml_escape(out, t->lang);
      fputc('"', out);
    } else if (t->datatype) {
      fputs(" datatype=\"", out);
      dkg_xml_escape(out, t->datatype);
      fputc('"', out);
    }
    fputc('>', out);
    dkg_xml_escape(out, t->value);
    fputs("</literal>", out);
  }
}

/* ------------------------------------------------------------------------ */
/* The table                                                                */

/* A term for people: IRIs in the usual namespaces abbreviated, literals by
   their lexical form, blank nodes as _:label.  Malloc'd. */
static char*
table_text(const Term* t)
{
  static const char* const prefixes[][2] = {
    { "dkg:", DKG_NS },           { "rdf:", DKG_NS_RDF },
    { "rdfs:", DKG_NS_RDFS },     { "xsd:", DKG_NS_XSD },
    { "skos:", DKG_NS_SKOS },     { "dct:", DKG_NS_DCT },
    { "foaf:", DKG_NS_FOAF },     { "org:", DKG_NS_ORG },
    { "schema:", DKG_NS_SCHEMA }, { "owl:", DKG_NS_OWL },
    { "prov:", DKG_NS_PROV },
  };
  const char* before = "";
  const char* text = t->value;
  const char* after = "";
  if (!strcmp(t->type, "bnode")) {
    before = "_:";
  } else if (!strcmp(t->type, "uri")) {
    before = "<";
    after = ">";
    for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); ++i) {
      const size_t n = strlen(prefixes[i][1]);
      if (!strncmp(text, prefixes[i][1], n)) {
        before = prefixes[i][0];
        text += n;
        after = "";
        break;
      }
    }
  }
  const size_t len = strlen(before) + strlen(text) + strlen(after);
  char* cell = (char*)malloc(len + 1u);
  if (cell) {
    snprintf(cell, len + 1u, "%s%s%s", before, text, after);
    /* One line per solution: line ends and tabs become spaces. */
    for (char* c = cell; *c; ++c) {
      if (*c == '\n' || *c == '\r' || *c == '\t') {
        *c = ' ';
      }
    }
  }
  return cell;
}

/* Display width: code points, not bytes. */
static size_t
text_width(const char* text)
{
  size_t w = 0;
  for (; *text; ++text) {
    w += ((unsigned char)*text & 0xC0u) != 0x80u;
  }
  return w;
}

static void
pad(FILE* out, size_t from, size_t to, char c)
{
  for (; from < to; ++from) {
    fputc(c, out);
  }
}

static DkgStatus
write_table(const Solutions* sol, FILE* out)
{
  const size_t width = sol->n_vars;
  const size_t rows = (size_t)cJSON_GetArraySize(sol->bindings);
  char** cells = (char**)calloc((rows + 1u) * width + 1u, sizeof(char*));
  size_t* widths = (size_t*)calloc(width + 1u, sizeof(size_t));
  DkgStatus st = cells && widths ? DKG_SUCCESS : DKG_ERR_NOMEM;
  size_t r = 0;
  for (size_t c = 0; !st && c < width; ++c) {
    Term name = { "literal", sol->vars[c], NULL, NULL };
    cells[c] = table_text(&name);
  }
  for (const cJSON* row = sol->bindings->child; !st && row; row = row->next) {
    ++r;
    for (size_t c = 0; c < width; ++c) {
      const cJSON* b = cJSON_GetObjectItemCaseSensitive(row, sol->vars[c]);
      Term t = { "literal", "", NULL, NULL };
      if (b) {
        read_term(b, &t);
      }
      cells[r * width + c] = table_text(&t);
    }
  }
  for (size_t i = 0; !st && i < (r + 1u) * width; ++i) {
    if (!cells[i]) {
      st = DKG_ERR_NOMEM;
    } else if (text_width(cells[i]) > widths[i % width]) {
      widths[i % width] = text_width(cells[i]);
    }
  }
  for (size_t i = 0; !st && i < (r + 1u) * width; ++i) {
    const size_t col = i % width;
    fputs(cells[i], out);
    if (col + 1u < width) {
      pad(out, text_width(cells[i]), widths[col] + 2u, ' ');
    } else {
      fputc('\n', out);
    }
    if (i + 1u == width) { /* the rule under the header */
      for (size_t k = 0; k < width; ++k) {
        pad(out, 0, widths[k], '-');
        fputs(k + 1u < width ? "  " : "\n", out);
      }
    }
  }
  if (!st) {
    fprintf(out, "(%zu row%s)\n", r, r == 1u ? "" : "s");
  }
  for (size_t i = 0; cells && i < (r + 1u) * width; ++i) {
    free(cells[i]);
  }
  free(cells);
  free(widths);
  return st;
}

/* ------------------------------------------------------------------------ */
/* CSV, TSV, JSON, XML                                                      */

static void
write_delimited(const Solutions* sol, bool tsv, FILE* out)
{
  const char* sep = tsv ? "\t" : ",";
  const char* eol = tsv ? "\n" : "\r\n";
  for (size_t c = 0; c < sol->n_vars; ++c) {
    fprintf(out, "%s%s%s", c ? sep : "", tsv ? "?" : "", sol->vars[c]);
  }
  fputs(eol, out);
  for (const cJSON* row = sol->bindings->child; row; row = row->next) {
    for (size_t c = 0; c < sol->n_vars; ++c) {
      if (c) {
        fputs(sep, out);
      }
      const cJSON* b = cJSON_GetObjectItemCaseSensitive(row, sol->vars[c]);
      Term t;
      if (b && read_term(b, &t)) {
        if (tsv) {
          write_tsv_term(out, &t);
        } else {
          write_csv_term(out, &t);
        }
      }
    }
    fputs(eol, out);
  }
}

static void
write_json(const Solutions* sol, FILE* out)
{
  if (sol->boolean >= 0) {
    fprintf(out,
            "{\n  \"head\": {},\n  \"boolean\": %s\n}\n",
            sol->boolean ? "true" : "false");
    return;
  }
  fputs("{\n  \"head\": {\n    \"vars\": [", out);
  for (size_t c = 0; c < sol->n_vars; ++c) {
    fputs(c ? ", " : " ", out);
    dkg_json_string(out, sol->vars[c], DKG_JSON_PLAIN);
  }
  fputs(sol->n_vars ? " ]\n  },\n" : "]\n  },\n", out);
  fputs("  \"results\": {\n    \"bindings\": [", out);
  bool first = true;
  for (const cJSON* row = sol->bindings->child; row; row = row->next) {
    fputs(first ? "\n      {" : ",\n      {", out);
    bool first_binding = true;
    /* In the order of the variables, so the bytes do not depend on the
       engine's order of members. */
    for (size_t c = 0; c < sol->n_vars; ++c) {
      const cJSON* b = cJSON_GetObjectItemCaseSensitive(row, sol->vars[c]);
      Term t;
      if (!b || !read_term(b, &t)) {
        continue; /* unbound: left out */
      }
      fputs(first_binding ? "\n        " : ",\n        ", out);
      dkg_json_string(out, sol->vars[c], DKG_JSON_PLAIN);
      fputs(": ", out);
      write_json_term(out, &t);
      first_binding = false;
    }
    fputs(first_binding ? "}" : "\n      }", out);
    first = false;
  }
  fputs(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n", out);
}

/* Refuses, before anything is written, a value XML 1.0 cannot hold. */
static DkgStatus
check_xml(const Solutions* sol, const char* name, DkgDiag* diag)
{
  DkgPlace place = { name, 0, 0, NULL };
  for (size_t c = 0; c < sol->n_vars; ++c) {
    if (xml_forbidden(sol->vars[c])) {
      dkg_diag_report(diag,
                      DKG_ERROR,
                      &place,
                      "a variable's name holds U+%04X, which XML 1.0 cannot "
                      "hold: ask for --results json, tsv or csv",
                      xml_forbidden(sol->vars[c]));
      return DKG_ERR_WRITER;
    }
  }
  for (const cJSON* row = sol->bindings ? sol->bindings->child : NULL; row;
       row = row->next) {
    for (const cJSON* b = row->child; b; b = b->next) {
      Term t;
      if (!read_term(b, &t)) {
        continue;
      }
      /* The value, and the datatype IRI or language tag that go in an
         attribute (an endpoint may send anything). */
      unsigned bad = xml_forbidden(t.value);
      bad = bad ? bad : t.datatype ? xml_forbidden(t.datatype) : 0u;
      bad = bad ? bad : t.lang ? xml_forbidden(t.lang) : 0u;
      if (bad) {
        dkg_diag_report(diag,
                        DKG_ERROR,
                        &place,
                        "a value of ?%s holds U+%04X, which XML 1.0 cannot "
                        "hold: ask for --results json, tsv or csv",
                        b->string ? b->string : "",
                        bad);
        return DKG_ERR_WRITER;
      }
    }
  }
  return DKG_SUCCESS;
}

static void
write_xml(const Solutions* sol, FILE* out)
{
  fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n",
        out);
  if (sol->boolean >= 0) {
    fprintf(out,
            "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
            sol->boolean ? "true" : "false");
    return;
  }
  fputs("  <head>\n", out);
  for (size_t c = 0; c < sol->n_vars; ++c) {
    fputs("    <variable name=\"", out);
    dkg_xml_escape(out, sol->vars[c]);
    fputs("\"/>\n", out);
  }
  fputs("  </head>\n  <results>\n", out);
  for (const cJSON* row = sol->bindings->child; row; row = row->next) {
    fputs("    <result>\n", out);
    for (size_t c = 0; c < sol->n_vars; ++c) {
      const cJSON* b = cJSON_GetObjectItemCaseSensitive(row, sol->vars[c]);
      Term t;
      if (!b || !read_term(b, &t)) {
        continue;
      }
      fputs("      <binding name=\"", out);
      dkg_xml_escape(out, sol->vars[c]);
      fputs("\">", out);
      write_xml_term(out, &t);
      fputs("</binding>\n", out);
    }
    fputs("    </result>\n", out);
  }
  fputs("  </results>\n</sparql>\n", out);
}

DkgStatus
dkg_results_write_solutions(const char* json,
                            size_t len,
                            DkgResultsFormat format,
                            const char* name,
                            DkgDiag* diag,
                            FILE* out)
{
  if (dkg_results_format_is_graph(format)) {
    DkgPlace place = { name, 0, 0, NULL };
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "a SELECT or ASK query gives solutions, not a graph: ask "
                    "for --results table, csv, tsv, json or xml");
    return DKG_ERR_USAGE;
  }
  cJSON* root = NULL;
  Solutions sol = { 0, NULL, NULL, -1 };
  DkgStatus st = parse_solutions(json, len, name, diag, &root, &sol);
  if (!st && format == DKG_RESULTS_XML) {
    st = check_xml(&sol, name, diag);
  }
  if (!st) {
    switch (format) {
      case DKG_RESULTS_TABLE:
        if (sol.boolean >= 0) {
          fputs(sol.boolean ? "yes\n" : "no\n", out);
        } else {
          st = write_table(&sol, out);
        }
        break;
      case DKG_RESULTS_CSV:
      case DKG_RESULTS_TSV:
        if (sol.boolean >= 0) {
          fputs(sol.boolean ? "true\n" : "false\n", out);
        } else {
          write_delimited(&sol, format == DKG_RESULTS_TSV, out);
        }
        break;
      case DKG_RESULTS_JSON:
        write_json(&sol, out);
        break;
      case DKG_RESULTS_XML:
        write_xml(&sol, out);
        break;
      case DKG_RESULTS_NTRIPLES:
      case DKG_RESULTS_TURTLE:
      case DKG_RESULTS_RDFXML:
        break;
    }
  }
  free((void*)sol.vars);
  cJSON_Delete(root);
  return st ? st : ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* Graphs                                                                   */

typedef struct
{
  raptor_serializer* serializer;
  int failed;
} Copy;

static void
copy_statement(void* handle, raptor_statement* statement)
{
  Copy* copy = (Copy*)handle;
  if (raptor_serializer_serialize_statement(copy->serializer, statement)) {
    copy->failed = 1;
  }
}

static void
quiet_log(void* handle, raptor_log_message* message)
{
  int* errors = (int*)handle;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    ++*errors;
  }
}

DkgStatus
dkg_results_write_graph(const char* text,
                        size_t len,
                        const char* syntax,
                        DkgResultsFormat format,
                        const char* name,
                        DkgDiag* diag,
                        FILE* out)
{
  DkgPlace place = { name, 0, 0, NULL };
  if (format == DKG_RESULTS_NTRIPLES && !strcmp(syntax, "ntriples")) {
    fwrite(text, 1, len, out);
    return ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
  }
  if (!dkg_results_format_is_graph(format) && format != DKG_RESULTS_TABLE) {
    dkg_diag_report(diag,
                    DKG_ERROR,
                    &place,
                    "a CONSTRUCT or DESCRIBE query gives a graph: ask for "
                    "--results turtle, ntriples or rdfxml");
    return DKG_ERR_USAGE;
  }
  static const char* const prefixes[][2] = {
    { "dkg", DKG_NS },           { "rdfs", DKG_NS_RDFS },
    { "xsd", DKG_NS_XSD },       { "owl", DKG_NS_OWL },
    { "skos", DKG_NS_SKOS },     { "dct", DKG_NS_DCT },
    { "foaf", DKG_NS_FOAF },     { "org", DKG_NS_ORG },
    { "schema", DKG_NS_SCHEMA }, { "prov", DKG_NS_PROV },
  };
  int errors = 0;
  raptor_world* world = raptor_new_world();
  raptor_world_set_log_handler(world, &errors, quiet_log);
  raptor_world_open(world);
  raptor_parser* parser = raptor_new_parser(world, syntax);
  raptor_serializer* ser =
    raptor_new_serializer(world,
                          format == DKG_RESULTS_RDFXML     ? "rdfxml-abbrev"
                          : format == DKG_RESULTS_NTRIPLES ? "ntriples"
                                                           : "turtle");
  raptor_uri* base = raptor_new_uri(world, (const unsigned char*)"file:///");
  DkgStatus st = world && parser && ser && base ? DKG_SUCCESS : DKG_ERR_NOMEM;
  for (size_t i = 0; !st && i < sizeof(prefixes) / sizeof(prefixes[0]); ++i) {
    raptor_uri* ns =
      raptor_new_uri(world, (const unsigned char*)prefixes[i][1]);
    raptor_serializer_set_namespace(
      ser, ns, (const unsigned char*)prefixes[i][0]);
    raptor_free_uri(ns);
  }
  Copy copy = { ser, 0 };
  if (!st) {
    raptor_serializer_start_to_file_handle(ser, NULL, out);
    raptor_parser_set_statement_handler(parser, &copy, copy_statement);
    raptor_parser_parse_start(parser, base);
    if (raptor_parser_parse_chunk(parser, (const unsigned char*)text, len, 1) ||
        copy.failed || errors) {
      st = DKG_ERR_WRITER;
    }
    raptor_serializer_serialize_end(ser);
  }
  if (st == DKG_ERR_WRITER) {
    dkg_diag_report(
      diag, DKG_ERROR, &place, "the graph of the results cannot be written");
  }
  raptor_free_uri(base);
  raptor_free_serializer(ser);
  raptor_free_parser(parser);
  raptor_free_world(world);
  return st ? st : ferror(out) ? DKG_ERR_IO : DKG_SUCCESS;
}
