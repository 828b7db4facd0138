#!/usr/bin/python3
"""The W3C SPARQL 1.0 and 1.1 query tests through an engine adapter.

Reads each folder's manifest.ttl under SUITE/sparql11/FOLDER and
SUITE/sparql10/FOLDER (shared/w3c/rdf-tests/sparql, never copied into the
repository), and runs the approved tests (dawgt:approval dawgt:Approved;
the others are counted as skipped, "unapproved") of the kinds that concern
a query engine:

- mf:QueryEvaluationTest: qt:data is the default graph, each qt:graphData
  a named graph named by its file IRI; the query's base is its file IRI.
  SELECT results are compared as multisets of solutions, blank nodes up to
  renaming (in order when the query has ORDER BY of plain variables: their
  values must come in the expected order, ties in any order); ASK by its
  boolean; CONSTRUCT and DESCRIBE graphs by rdflib's graph isomorphism;
  with mf:LaxCardinality (REDUCED), duplicates are ignored on both sides.
  Literals are compared as terms (lexical form, datatype, language), never
  by value: "01"^^xsd:integer is not "1"^^xsd:integer, and an engine that
  writes a computed double as "32100.0" where the test has "3.21E4" fails
  it; such failures are counted in the table's "equal by value" column.
- mf:CSVResultFormatTest: the engine's CSV, rows compared as strings.
- mf:PositiveSyntaxTest(11) / mf:NegativeSyntaxTest(11): the query must
  run (on an empty dataset) / must be refused.

Every other kind (update, service, entailment) is skipped as "kind".

Engines (--engine):
  virtuoso    a Virtuoso started by `dialoguekg serve` (its Graph Store
              with dba's Digest password to load each test's graphs,
              deleted after the test; the SPARQL protocol with
              default-graph-uri / named-graph-uri to query them);
  dialoguekg  `dialoguekg query -Q QUERY --results json|ntriples
              [--named FILE]... DATA...` (graphs named by their file IRI;
              FROM files passed with --named too);
  jena        Jena ARQ's arq.sparql from Debian's jars, the reference the
              dialoguekg adapter is read against before it lands.

Output: one line per failed test (with --verbose, every test), then a
Markdown table of pass/fail/skipped per folder (--table FILE writes it);
--failures FILE writes the failed tests with the reason; --check FILE
(tests/sparql/expected-passes.tsv) exits 1 when a folder passes fewer
tests than recorded there for the engine, --record FILE rewrites that
engine's rows.  The dialoguekg engine exits 77 (skipped) when `dialoguekg
query` has no --named option.

usage: w3c_runner.py --engine NAME --suite DIR [--dkg BIN] [--folders A,B]
                     [--check FILE] [--record FILE] [--table FILE]
                     [--failures FILE] [--verbose]
"""

import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import rdflib
from rdflib import Graph, Literal, Namespace, URIRef, BNode
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

# Term equality, not value equality: rdflib must keep "01"^^xsd:integer.
rdflib.NORMALIZE_LITERALS = False

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
SPARQL11_FOLDERS = [
    "aggregates", "bind", "bindings", "cast", "construct", "exists",
    "functions", "grouping", "negation", "project-expression",
    "property-path", "subquery", "json-res", "csv-tsv-res", "syntax-query"]
EVAL = {MF.QueryEvaluationTest, MF.CSVResultFormatTest}
SYNTAX_OK = {MF.PositiveSyntaxTest, MF.PositiveSyntaxTest11}
SYNTAX_BAD = {MF.NegativeSyntaxTest, MF.NegativeSyntaxTest11}


BY_VALUE = "equal by value only"
SKIPPED = 77  # ctest's SKIP_RETURN_CODE


class Skip(Exception):
    """The test cannot be run here (the reason is its message)."""


XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


def plain(term):
    """RDF 1.1: "x"^^xsd:string and "x" are the same term."""
    if isinstance(term, Literal) and term.datatype == XSD_STRING:
        return Literal(str(term))
    return term


def file_iri(path):
    return URIRef("file://" + urllib.parse.quote(os.path.abspath(path)))


def iri_path(iri):
    return urllib.parse.unquote(urllib.parse.urlparse(str(iri)).path)


# --- Tests from the manifests ------------------------------------------


class Test:
    def __init__(self, folder, name, kind, approved, query, data, graphs,
                 result, lax=False):
        self.folder, self.name, self.kind = folder, name, kind
        self.approved = approved
        self.query, self.data, self.graphs = query, data, graphs
        self.result = result
        self.lax = lax  # mf:LaxCardinality (REDUCED): duplicates free


def read_manifest(folder, path):
    g = Graph()
    g.parse(path, format="turtle", publicID=str(file_iri(path)))
    tests = []
    for manifest in g.subjects(RDF.type, MF.Manifest):
        for entries in g.objects(manifest, MF.entries):
            for test in rdflib.collection.Collection(g, entries):
                tests.append(read_test(g, folder, test))
    return tests


def read_test(g, folder, test):
    name = str(g.value(test, MF.name) or test)
    kind = g.value(test, RDF.type)
    approved = (test, DAWGT.approval, DAWGT.Approved) in g
    action = g.value(test, MF.action)
    query, data, graphs = None, [], []
    if isinstance(action, URIRef):  # syntax tests: the query itself
        query = iri_path(action)
    elif action is not None:
        q = g.value(action, QT.query)
        query = iri_path(q) if q else None
        data = sorted(iri_path(d) for d in g.objects(action, QT.data))
        graphs = sorted(iri_path(d) for d in g.objects(action, QT.graphData))
    result = g.value(test, MF.result)
    lax = (test, MF.resultCardinality, MF.LaxCardinality) in g
    return Test(folder, name, kind, approved, query, data, graphs,
                iri_path(result) if result else None, lax)


# --- Results: parsing and comparison -----------------------------------

Results = collections.namedtuple("Results", "kind variables rows boolean graph")


def select_results(variables, rows):
    return Results("select", list(variables), rows, None, None)


def parse_json_results(text):
    doc = json.loads(text)
    if "boolean" in doc:
        return Results("ask", [], [], bool(doc["boolean"]), None)
    variables = doc.get("head", {}).get("vars", [])
    rows = []
    for b in doc["results"]["bindings"]:
        row = {}
        for var, v in b.items():
            row[var] = json_term(v)
        rows.append(row)
    return select_results(variables, rows)


def json_term(v):
    t = v["type"]
    if t == "uri":
        return URIRef(v["value"])
    if t == "bnode":
        return BNode(v["value"])
    if t in ("literal", "typed-literal"):
        lang = v.get("xml:lang")
        dt = v.get("datatype")
        if dt == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString":
            dt = None
        if dt == "http://www.w3.org/2001/XMLSchema#string" and not lang:
            dt = None  # RDF 1.1: a simple literal is an xsd:string
        return Literal(v["value"], lang=lang, datatype=dt)
    raise ValueError("unknown term type %r" % t)


def parse_srx(path):
    ns = "{http://www.w3.org/2005/sparql-results#}"
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    boolean = root.find(ns + "boolean")
    if boolean is not None:
        return Results("ask", [], [], boolean.text.strip() == "true", None)
    head = root.find(ns + "head")
    variables = [v.get("name") for v in head.findall(ns + "variable")]
    rows = []
    for result in root.find(ns + "results").findall(ns + "result"):
        row = {}
        for b in result.findall(ns + "binding"):
            node = list(b)[0]
            tag = node.tag[len(ns):]
            text = node.text or ""
            if tag == "uri":
                row[b.get("name")] = URIRef(text)
            elif tag == "bnode":
                row[b.get("name")] = BNode(text)
            else:
                lang = node.get("{http://www.w3.org/XML/1998/namespace}lang")
                dt = node.get("datatype")
                if dt == "http://www.w3.org/2001/XMLSchema#string" and not lang:
                    dt = None
                row[b.get("name")] = Literal(text, lang=lang, datatype=dt)
        rows.append(row)
    return select_results(variables, rows)


def parse_tsv(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    variables = [v[1:] for v in lines[0].split("\t")] if lines else []
    rows = []
    for line in lines[1:]:
        row = {}
        for var, cell in zip(variables, line.split("\t")):
            if cell:
                row[var] = parse_nt_term(cell)
        rows.append(row)
    return select_results(variables, rows)


NT_TERM = re.compile(r'^(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"'
                     r'(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)$')


def parse_nt_term(cell):
    """A TSV cell: an N-Triples term, or a bare number or boolean (TSV
    allows integer, decimal, double and boolean literals unquoted)."""
    m = NT_TERM.match(cell)
    if not m:
        xsd = "http://www.w3.org/2001/XMLSchema#"
        if re.match(r"^[+-]?\d+$", cell):
            return Literal(cell, datatype=URIRef(xsd + "integer"))
        if re.match(r"^[+-]?\d*\.\d+$", cell):
            return Literal(cell, datatype=URIRef(xsd + "decimal"))
        if re.match(r"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$", cell):
            return Literal(cell, datatype=URIRef(xsd + "double"))
        if cell in ("true", "false"):
            return Literal(cell, datatype=URIRef(xsd + "boolean"))
        raise ValueError("bad TSV cell %r" % cell)
    iri, bnode, lex, lang, dt = m.groups()
    if iri is not None:
        return URIRef(iri)
    if bnode is not None:
        return BNode(bnode)
    lex = json.loads('"%s"' % lex.replace("\t", "\\t")) if "\\" in lex else lex
    return plain(Literal(lex, lang=lang, datatype=URIRef(dt) if dt else None))


def parse_rdf_results(path):
    """A result set written in RDF (rs:ResultSet), or a plain graph."""
    g = Graph()
    g.parse(path, format=rdf_format(path), publicID=str(file_iri(path)))
    rs = next(g.subjects(RDF.type, RS.ResultSet), None)
    if rs is None:
        return Results("graph", [], [], None, g)
    boolean = g.value(rs, RS.boolean)
    if boolean is not None:
        return Results("ask", [], [], str(boolean) == "true", None)
    variables = [str(v) for v in g.objects(rs, RS.resultVariable)]
    rows, indexed = [], []
    for sol in g.objects(rs, RS.solution):
        row = {}
        for b in g.objects(sol, RS.binding):
            row[str(g.value(b, RS.variable))] = plain(g.value(b, RS.value))
        index = g.value(sol, RS["index"])
        indexed.append((int(index) if index is not None else 0, len(rows)))
        rows.append(row)
    rows = [rows[i] for _, i in sorted(indexed)]
    return select_results(variables, rows)


def rdf_format(path):
    return {".rdf": "xml", ".nt": "nt", ".nq": "nquads"}.get(
        os.path.splitext(path)[1], "turtle")


def expected_results(test):
    path = test.result
    ext = os.path.splitext(path)[1]
    if ext == ".srx":
        return parse_srx(path)
    if ext == ".srj":
        with open(path, encoding="utf-8") as f:
            return parse_json_results(f.read())
    if ext == ".tsv":
        with open(path, encoding="utf-8") as f:
            return parse_tsv(f.read())
    if ext == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            return Results("csv", [], list(csv.reader(f)), None, None)
    return parse_rdf_results(path)


NUMERIC = {URIRef("http://www.w3.org/2001/XMLSchema#" + t) for t in (
    "integer", "decimal", "double", "float", "boolean")}


def same_term(e, a, by_value=False):
    """Term equality; with `by_value`, numeric and boolean literals of the
    same datatype may differ in lexical form ("3.21E4" and "32100.0")."""
    if type(e) is type(a) and e == a:
        return True
    if by_value and isinstance(e, Literal) and isinstance(a, Literal) and \
            e.datatype == a.datatype and e.datatype in NUMERIC:
        try:
            return e.value is not None and e.value == a.value
        except Exception:  # noqa: BLE001
            return False
    return False


def match_rows(expected, actual, mapping, ordered, by_value=False):
    """Solutions equal as multisets (or sequences), blank nodes of
    `expected` mapped one-to-one onto those of `actual`; literals as terms
    (see same_term)."""
    if len(expected) != len(actual):
        return False
    if not ordered and not by_value:
        # Rows without blank nodes first, by plain multiset comparison.
        plain = lambda r: not any(isinstance(v, BNode) for v in r.values())
        e_plain = collections.Counter(
            frozenset(r.items()) for r in expected if plain(r))
        a_plain = collections.Counter(
            frozenset(r.items()) for r in actual if plain(r))
        if e_plain != a_plain:
            return False
        expected = [r for r in expected if not plain(r)]
        actual = [r for r in actual if not plain(r)]
    budget = [200000]
    used = [False] * len(actual)

    def compatible(e, a, m):
        if e.keys() != a.keys():
            return None
        m = dict(m)
        back = {v: k for k, v in m.items()}
        for var, ev in e.items():
            av = a[var]
            if isinstance(ev, BNode) and isinstance(av, BNode):
                if m.get(ev, av) != av or back.get(av, ev) != ev:
                    return None
                m[ev], back[av] = av, ev
            elif not same_term(ev, av, by_value):
                return None
        return m

    def search(i, m):
        budget[0] -= 1
        if budget[0] < 0:
            raise Skip("blank-node matching too costly")
        if i == len(expected):
            return True
        candidates = [i] if ordered else range(len(actual))
        for j in candidates:
            if used[j]:
                continue
            m2 = compatible(expected[i], actual[j], m)
            if m2 is not None:
                used[j] = True
                if search(i + 1, m2):
                    return True
                used[j] = False
        return False

    return search(0, mapping)


def order_variables(query_text):
    """The variables of a top-level ORDER BY that sorts by plain variables
    (ASC(?x) / DESC(?x) too); None when there is no ORDER BY, [] when it
    sorts by expressions (their order is then not checked)."""
    text = strip_comments(query_text)
    m = None
    for m in re.finditer(r"\bORDER\s+BY\b(.*?)(?:\bLIMIT\b|\bOFFSET\b|$)",
                         text, re.I | re.S):
        pass
    if not m:
        return None
    clause = m.group(1).strip().rstrip("}").strip()
    parts = re.findall(r"(?:ASC|DESC)\s*\(\s*[?$](\w+)\s*\)|[?$](\w+)|(\S)",
                       clause, re.I)
    names = []
    for a, b, other in parts:
        if other:
            return []
        names.append(a or b)
    return names


def strip_comments(text):
    out = []
    for line in text.split("\n"):
        out.append(re.sub(r"#[^\"'<>]*$", "", line))
    return "\n".join(out)


def compare(test, expected, actual, query_text):
    """None when equal, else what differs."""
    if expected.kind == "csv":
        if actual.kind != "csv":
            return "no CSV answer"
        return None if csv_equal(expected.rows, actual.rows) else \
            "CSV differs: expected %r, got %r" % (expected.rows, actual.rows)
    if expected.kind == "ask":
        if actual.kind != "ask":
            return "expected a boolean, got %s" % actual.kind
        return None if expected.boolean == actual.boolean else \
            "expected %s, got %s" % (expected.boolean, actual.boolean)
    if expected.kind == "graph":
        if actual.kind != "graph":
            return "expected a graph, got %s" % actual.kind
        return None if isomorphic(expected.graph, actual.graph) else \
            "graphs differ: expected %d triples, got %d" % (
                len(expected.graph), len(actual.graph))
    if actual.kind != "select":
        return "expected solutions, got %s" % actual.kind
    if set(expected.variables) != set(actual.variables) and \
            expected.variables:
        return "variables differ: expected %s, got %s" % (
            sorted(expected.variables), sorted(actual.variables))
    if test.lax:  # REDUCED may drop any number of duplicates
        expected = expected._replace(rows=distinct(expected.rows))
        actual = actual._replace(rows=distinct(actual.rows))
    if not match_rows(expected.rows, actual.rows, {}, False):
        if match_rows(expected.rows, actual.rows, {}, False, by_value=True):
            return BY_VALUE + " (numbers written differently): " \
                "expected %s, got %s" % (short(expected.rows),
                                          short(actual.rows))
        return "solutions differ: expected %d rows %s, got %d rows %s" % (
            len(expected.rows), short(expected.rows), len(actual.rows),
            short(actual.rows))
    keys = order_variables(query_text)
    if keys and test.result.endswith((".srx", ".srj", ".ttl", ".rdf")) and \
            not ordered_match(expected.rows, actual.rows, keys):
        return "order differs (ORDER BY %s): expected %s, got %s" % (
            " ".join("?" + k for k in keys), short(expected.rows, 6),
            short(actual.rows, 6))
    return None


def distinct(rows):
    seen, out = set(), []
    for r in rows:
        key = frozenset(r.items())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def sort_key(term):
    if isinstance(term, Literal) and term.datatype in NUMERIC:
        try:
            return ("number", float(term.value))
        except Exception:  # noqa: BLE001
            pass
    return ("term", term)


def ordered_match(expected, actual, keys):
    """The rows come in the expected order of their ORDER BY keys: the
    expected rows are cut into runs of equal keys (ties, whose order is
    free), and each run must match the actual rows at the same places."""
    key = lambda r: tuple(sort_key(r.get(k)) for k in keys)
    i = 0
    while i < len(expected):
        j = i
        while j < len(expected) and key(expected[j]) == key(expected[i]):
            j += 1
        if not match_rows(expected[i:j], actual[i:j], {}, False):
            return False
        i = j
    return True


def csv_equal(expected, actual):
    if len(expected) != len(actual) or not expected:
        return expected == actual
    if expected[0] != actual[0]:
        return False
    def norm(rows):  # blank node labels renamed in order of appearance
        names, out = {}, []
        for row in rows:
            out.append(tuple(names.setdefault(c, "_:b%d" % len(names))
                             if c.startswith("_:") else c for c in row))
        return out
    return collections.Counter(norm(expected[1:])) == \
        collections.Counter(norm(actual[1:]))


def short(rows, n=3):
    text = "; ".join(" ".join("%s=%s" % (k, v.n3()) for k, v in sorted(r.items()))
                     for r in rows[:n])
    return "[" + text[:300] + (" ..." if len(rows) > n else "") + "]"


def query_form(text):
    body = re.sub(r"<[^>]*>", "<>", strip_comments(text))
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    return m.group(1).upper() if m else "SELECT"


def dataset_files(test, query_text):
    """FROM and FROM NAMED files of the query (resolved against its IRI)."""
    base = str(file_iri(test.query))
    out = []
    for m in re.finditer(r"\bFROM\s+(NAMED\s+)?<([^>]*)>",
                         strip_comments(query_text), re.I):
        out.append((bool(m.group(1)),
                    iri_path(urllib.parse.urljoin(base, m.group(2)))))
    return out


# --- Engines -----------------------------------------------------------


def load_ntriples(path):
    """The file as N-Triples (parsed here with its file IRI as base), or
    None when rdflib cannot read it."""
    g = Graph()
    try:
        g.parse(path, format=rdf_format(path), publicID=str(file_iri(path)))
    except Exception:  # noqa: BLE001 -- the engine may still read it
        return None
    return g.serialize(format="nt", encoding="utf-8")


class Answer:
    """What an engine said: `results` (Results) or `error` (text)."""

    def __init__(self, results=None, error=None):
        self.results, self.error = results, error


def parse_answer(text, content_type, form, result_kind):
    if result_kind == "csv":
        return Results("csv", [], list(csv.reader(io.StringIO(text))), None,
                       None)
    if result_kind == "tsv":
        return parse_tsv(text)
    if form in ("CONSTRUCT", "DESCRIBE"):
        g = Graph()
        fmt = "nt" if "n-triples" in content_type or "text/plain" in \
            content_type else "turtle"
        g.parse(data=text, format=fmt)
        return Results("graph", [], [], None, g)
    return parse_json_results(text)


def result_kind(test):
    ext = os.path.splitext(test.result or "")[1]
    return {".csv": "csv", ".tsv": "tsv"}.get(ext, "other")


def digest_header(challenge, method, url, user, password):
    """RFC 2617 Digest (MD5, qop=auth) for one request."""
    import hashlib
    import secrets
    fields = dict(re.findall(r'(\w+)="?([^",]*)"?', challenge))
    md5 = lambda text: hashlib.md5(text.encode()).hexdigest()
    uri = url.path + ("?" + url.query if url.query else "")
    ha1 = md5("%s:%s:%s" % (user, fields["realm"], password))
    ha2 = md5("%s:%s" % (method, uri))
    cnonce, nc = secrets.token_hex(8), "00000001"
    response = md5(":".join([ha1, fields["nonce"], nc, cnonce, "auth", ha2]))
    return ('Digest username="%s", realm="%s", nonce="%s", uri="%s", '
            'response="%s", opaque="%s", qop=auth, nc=%s, cnonce="%s", '
            'algorithm=MD5' % (user, fields["realm"], fields["nonce"], uri,
                               response, fields.get("opaque", ""), nc,
                               cnonce))


class VirtuosoEngine:
    """A Virtuoso of `dialoguekg serve` (started here, stopped at the end)."""

    def __init__(self, dkg, workdir, port):
        self.dkg, self.store = dkg, os.path.join(workdir, "store")
        empty = os.path.join(workdir, "empty.nt")
        open(empty, "w").close()
        p = subprocess.run([dkg, "serve", "--store", self.store, "--port",
                            str(port), empty], capture_output=True, text=True)
        if p.returncode:
            raise SystemExit("dialoguekg serve failed: " + p.stdout + p.stderr)
        self.base = "http://127.0.0.1:%d" % port
        with open(os.path.join(self.store, "virtuoso", "dba-password")) as f:
            password = f.read().strip()
        self.password = password
        self.count = 0

    def close(self):
        subprocess.run([self.dkg, "serve", "--stop", "--store", self.store],
                       capture_output=True)

    def _graph_store(self, method, graph, body=None):
        url = "%s/sparql-graph-crud-auth?graph=%s" % (
            self.base, urllib.parse.quote(graph, safe=""))
        headers = {"Content-Type": "application/n-triples"} if body else {}
        try:
            try:  # the first request gets the Digest challenge
                urllib.request.urlopen(urllib.request.Request(
                    url, data=body, method=method, headers=headers),
                    timeout=120).read()
                return
            except urllib.error.HTTPError as e:
                if e.code != 401:
                    raise
                challenge = e.headers.get("WWW-Authenticate", "")
            headers["Authorization"] = digest_header(
                challenge, method, urllib.parse.urlparse(url), "dba",
                self.password)
            urllib.request.urlopen(urllib.request.Request(
                url, data=body, method=method, headers=headers),
                timeout=120).read()
        except urllib.error.HTTPError as e:
            if method != "DELETE" or e.code != 404:
                raise Skip("cannot %s %s: HTTP %d %s" % (
                    method, graph, e.code, e.read()[:200]))

    def _load(self, graph, path):
        body = load_ntriples(path)
        if body is None:
            raise Skip("rdflib cannot read %s" % os.path.basename(path))
        self._graph_store("POST", graph, body)

    def run(self, test, query_text, form, kind, syntax_only=False):
        self.count += 1
        default = "urn:dkg-w3c:default:%d" % self.count
        # A syntax test's FROM files need not exist: nothing is loaded.
        dataset = [] if syntax_only else dataset_files(test, query_text)
        named = sorted(set(test.graphs) | {p for _, p in dataset})
        loaded = [default] + [str(file_iri(g)) for g in named]
        try:
            for d in test.data:
                self._load(default, d)
            for g in named:
                self._load(str(file_iri(g)), g)
            # The query's base is its file IRI, unless it has its own
            # (Virtuoso refuses a BASE after another prologue line).
            has_base = re.search(r"^\s*BASE\s*<", strip_comments(query_text),
                                 re.I | re.M)
            text = query_text if has_base else "BASE <%s>\n%s" % (
                file_iri(test.query), query_text)
            params = [("query", text)]
            if not dataset:
                params.append(("default-graph-uri", default))
                for g in test.graphs or ["urn:dkg-w3c:none"]:
                    params.append(("named-graph-uri",
                                   str(file_iri(g)) if g != "urn:dkg-w3c:none"
                                   else g))
            accept = {"csv": "text/csv", "tsv": "text/tab-separated-values"}.get(
                kind, "text/turtle" if form in ("CONSTRUCT", "DESCRIBE") else
                "application/sparql-results+json")
            req = urllib.request.Request(
                self.base + "/sparql",
                data=urllib.parse.urlencode(params).encode(),
                headers={"Accept": accept,
                         "Content-Type": "application/x-www-form-urlencoded"})
            try:
                with urllib.request.urlopen(req, timeout=120) as r:
                    text = r.read().decode("utf-8")
                    ctype = r.headers.get("Content-Type", "")
            except urllib.error.HTTPError as e:
                message = " ".join(e.read().decode("utf-8", "replace")
                                   .split())
                if syntax_only and "Virtuoso 37000" not in message:
                    # Parsed, then failed to run (an unknown function):
                    # 37000 is the class of the SPARQL compiler's errors.
                    return Answer(results=Results("ok", [], [], None, None))
                return Answer(error="HTTP %d: %s" % (e.code, message[:300]))
            if syntax_only:
                return Answer(results=Results("ok", [], [], None, None))
            return Answer(results=parse_answer(text, ctype, form, kind))
        finally:
            for g in loaded:
                self._graph_store("DELETE", g)


class CommandEngine:
    """`dialoguekg query` (or Jena's arq.sparql, with the same files)."""

    def __init__(self, argv_for, workdir):
        self.argv_for = argv_for
        self.empty = os.path.join(workdir, "empty.nt")
        open(self.empty, "w").close()

    def close(self):
        pass

    def run(self, test, query_text, form, kind, syntax_only=False):
        dataset = [] if syntax_only else dataset_files(test, query_text)
        named = sorted(set(test.graphs) | {p for _, p in dataset})
        fmt = {"csv": "csv", "tsv": "tsv"}.get(
            kind, "ntriples" if form in ("CONSTRUCT", "DESCRIBE") else "json")
        argv = self.argv_for(test.query, fmt, named, test.data or [self.empty])
        try:
            p = subprocess.run(argv, capture_output=True, timeout=120,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return Answer(error="no answer in 120 s")
        if p.returncode:
            return Answer(error="exit %d: %s" % (
                p.returncode, " ".join(p.stderr.decode("utf-8", "replace")
                                       .split())[:300]))
        if syntax_only:
            return Answer(results=Results("ok", [], [], None, None))
        text = p.stdout.decode("utf-8")
        ctype = "n-triples" if fmt == "ntriples" else ""
        return Answer(results=parse_answer(text, ctype, form, kind))


def dialoguekg_argv(dkg):
    def argv_for(query, fmt, named, data):
        argv = [dkg, "query", "-Q", query, "--results", fmt]
        for g in named:
            argv += ["--named", g]
        return argv + data
    return argv_for


JENA_JARS = [
    "commons-cli", "commons-codec", "commons-compress", "commons-csv",
    "commons-io", "commons-lang3", "dexx.collection", "gson", "guava",
    "httpclient", "httpcore", "jackson-annotations", "jackson-core",
    "jackson-databind", "jakarta.json-api", "jena-arq", "jena-base",
    "jena-cmds", "jena-core", "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage",
    "jena-dboe-trans-data", "jena-dboe-transaction", "jena-iri",
    "jena-rdfconnection", "jena-tdb2", "jsonld-java", "protobuf",
    "slf4j-api", "slf4j-nop", "thrift", "titanium-json-ld"]


def jena_classpath(workdir):
    """Debian's Jena jars and their dependencies (one slf4j binding), and
    a small jar of the xerces .properties files that Debian's jena-core
    holds under org/apache/jena/ext/xerces/ but reads from xerces/."""
    import zipfile
    java = "/usr/share/java"
    resources = os.path.join(workdir, "jena-xerces-resources.jar")
    prefix = "org/apache/jena/ext/"
    with zipfile.ZipFile(os.path.join(java, "jena-core.jar")) as core, \
            zipfile.ZipFile(resources, "w") as out:
        for name in core.namelist():
            if name.startswith(prefix + "xerces/") and \
                    name.endswith(".properties"):
                out.writestr(name[len(prefix):], core.read(name))
    return ":".join([resources] + [os.path.join(java, j + ".jar")
                                   for j in JENA_JARS])


def jena_argv(workdir):
    cp = jena_classpath(workdir)

    def argv_for(query, fmt, named, data):
        results = {"ntriples": "N-TRIPLES"}.get(fmt, fmt)
        argv = ["java", "-cp", cp, "arq.sparql", "--query", query,
                "--results", results]
        for d in data:
            argv += ["--data", d]
        for g in named:
            argv += ["--namedGraph", g]
        return argv
    return argv_for


# --- The run -----------------------------------------------------------


def run_test(engine, test):
    """'pass', or ('fail', why), or ('skip', why)."""
    if not test.approved:
        return "skip", "unapproved"
    if test.kind not in EVAL | SYNTAX_OK | SYNTAX_BAD:
        return "skip", "kind %s" % str(test.kind).split("#")[-1]
    if not test.query or not os.path.exists(test.query):
        return "skip", "no query file"
    with open(test.query, encoding="utf-8", errors="replace") as f:
        query_text = f.read()
    form = query_form(query_text)
    if test.kind in SYNTAX_OK | SYNTAX_BAD:
        answer = engine.run(test, query_text, form, "other", syntax_only=True)
        if test.kind in SYNTAX_OK:
            return "pass" if answer.error is None else ("fail", answer.error)
        return ("fail", "accepted") if answer.error is None else "pass"
    expected = expected_results(test)
    answer = engine.run(test, query_text, form, result_kind(test))
    if answer.error is not None:
        return "fail", answer.error
    why = compare(test, expected, answer.results, query_text)
    return "pass" if why is None else ("fail", why)


def folders_of(suite, only):
    out = []
    for name in SPARQL11_FOLDERS:
        out.append(("sparql11/" + name, os.path.join(suite, "sparql11", name)))
    ten = os.path.join(suite, "sparql10")
    for name in sorted(os.listdir(ten)):
        if os.path.exists(os.path.join(ten, name, "manifest.ttl")):
            out.append(("sparql10/" + name, os.path.join(ten, name)))
    if only:
        wanted = set(only.split(","))
        out = [f for f in out if f[0] in wanted or f[0].split("/")[1] in wanted]
    return out


def read_expected(path):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    engine, folder, passes = line.rstrip("\n").split("\t")[:3]
                    rows[(engine, folder)] = int(passes)
    return rows


def write_expected(path, engine, counts):
    rows = read_expected(path)
    for folder, c in counts.items():
        rows[(engine, folder)] = c["pass"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("# engine\tfolder\tpasses: the W3C SPARQL tests each engine "
                "passed when last recorded\n# (tests/sparql/w3c_runner.py "
                "--record); ctest fails when a count drops.\n")
        for (e, folder), n in sorted(rows.items()):
            f.write("%s\t%s\t%d\n" % (e, folder, n))


def table(engine, counts):
    lines = ["| folder | pass | fail | of which equal by value | skipped "
             "| pass rate |", "|---|---:|---:|---:|---:|---:|"]

    def row(name, c):
        run = c["pass"] + c["fail"]
        return "| %s | %d | %d | %d | %d | %s |" % (
            name, c["pass"], c["fail"], c["by_value"], c["skip"],
            "%.0f%%" % (100.0 * c["pass"] / run) if run else "-")
    for folder, c in counts.items():
        lines.append(row(folder, c))
    for prefix in ("sparql11/", "sparql10/", ""):
        t = collections.Counter()
        for folder, c in counts.items():
            if folder.startswith(prefix):
                t.update(c)
        lines.append(row("**%s**" % (prefix.rstrip("/") + " all" if prefix
                                      else "all"), t))
    return "Engine: %s\n\n%s\n" % (engine, "\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", required=True,
                    choices=["virtuoso", "dialoguekg", "jena"])
    ap.add_argument("--suite", required=True,
                    help="shared/w3c/rdf-tests/sparql")
    ap.add_argument("--dkg", help="the dialoguekg program")
    ap.add_argument("--port", type=int, default=0,
                    help="virtuoso: HTTP port (default: a free one)")
    ap.add_argument("--folders", help="comma-separated folder names")
    ap.add_argument("--check")
    ap.add_argument("--record")
    ap.add_argument("--table")
    ap.add_argument("--failures")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if args.check and not any(e == args.engine
                              for e, _ in read_expected(args.check)):
        # Nothing to guard yet: a skip that says so, not a pass.
        print("skipped: no counts recorded for %s in %s; run with --record "
              "first" % (args.engine, args.check))
        return SKIPPED
    workdir = tempfile.mkdtemp(prefix="dkg-w3c.")
    if args.engine == "virtuoso":
        port = args.port or int(subprocess.run(
            ["bash", "-c", ". %s; free_port" % os.path.join(
                os.path.dirname(os.path.abspath(__file__)), "..", "serve",
                "lib.sh")], capture_output=True, text=True).stdout)
        engine = VirtuosoEngine(args.dkg, workdir, port)
    elif args.engine == "dialoguekg":
        usage = subprocess.run([args.dkg, "query", "--help"],
                               capture_output=True, text=True).stdout
        if "--named" not in usage:
            print("skipped: this dialoguekg query has no --named (the "
                  "engine of issue 11 has not landed)")
            return SKIPPED
        engine = CommandEngine(dialoguekg_argv(args.dkg), workdir)
    else:
        engine = CommandEngine(jena_argv(workdir), workdir)
    counts = collections.OrderedDict()
    failures = []
    started = time.monotonic()
    try:
        for folder, path in folders_of(args.suite, args.folders):
            c = counts.setdefault(folder, collections.Counter(
                {"pass": 0, "fail": 0, "skip": 0, "by_value": 0}))
            for test in read_manifest(folder, os.path.join(path,
                                                           "manifest.ttl")):
                try:
                    outcome = run_test(engine, test)
                except Skip as e:
                    outcome = ("skip", str(e))
                except Exception as e:  # noqa: BLE001 -- a bad answer
                    outcome = ("fail", "%s: %s" % (type(e).__name__, e))
                status = outcome if isinstance(outcome, str) else outcome[0]
                why = "" if isinstance(outcome, str) else outcome[1]
                c[status] += 1
                if why.startswith(BY_VALUE):
                    c["by_value"] += 1
                if status == "fail":
                    failures.append((folder, test.name, why))
                if status == "fail" or args.verbose:
                    print("%s: %s: %s %s" % (status.upper(), folder,
                                             test.name, why))
    finally:
        engine.close()
    text = table(args.engine, counts)
    print(text)
    print("%.0f s" % (time.monotonic() - started))
    if args.table:
        with open(args.table, "w", encoding="utf-8") as f:
            f.write(text)
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as f:
            for folder, name, why in failures:
                f.write("%s\t%s\t%s\n" % (folder, name, why))
    if args.record:
        write_expected(args.record, args.engine, counts)
    status = 0
    if args.check:
        expected = read_expected(args.check)
        for folder, c in counts.items():
            want = expected.get((args.engine, folder))
            if want is None:
                print("FAIL: no recorded count for %s %s" % (args.engine,
                                                             folder))
                status = 1
            elif c["pass"] < want:
                print("FAIL: %s passes %d tests, %d recorded" % (
                    folder, c["pass"], want))
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
