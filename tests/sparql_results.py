#!/usr/bin/python3
"""Reads SPARQL query results (JSON, XML or TSV) and prints them as
canonical TSV, so that results from `dialoguekg query` and from a SPARQL
store can be compared with examples/queries/*.expected.tsv.

Canonical form: the header '?a<TAB>?b', then one line per solution; an IRI
as <...>; a literal as "lexical" with @lang, or ^^<datatype> unless it is
xsd:string; a literal of xsd:integer or a type derived from it as its bare
number (the SPARQL 1.1 TSV form, which stores and rasqal apply to derived
types differently); unbound as empty.  ASK results print 'true'/'false'.

usage: sparql_results.py FORMAT FILE   (FORMAT: json, xml, tsv)
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in (
    "integer", "positiveInteger", "nonNegativeInteger", "negativeInteger",
    "nonPositiveInteger", "long", "int", "short", "byte", "unsignedLong",
    "unsignedInt", "unsignedShort", "unsignedByte")}
RES = "{http://www.w3.org/2005/sparql-results#}"


def escape(value):
    return (value.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))


def literal(value, lang=None, datatype=None):
    if lang:
        return '"%s"@%s' % (escape(value), lang.lower())
    if datatype in INTEGERS and re.fullmatch(r"[+-]?[0-9]+", value):
        return str(int(value))
    if datatype and datatype != XSD + "string":
        return '"%s"^^<%s>' % (escape(value), datatype)
    return '"%s"' % escape(value)


def from_json(text):
    doc = json.loads(text)
    if "boolean" in doc:
        return None, "true" if doc["boolean"] else "false"
    names = doc["head"]["vars"]
    rows = []
    for binding in doc["results"]["bindings"]:
        row = []
        for name in names:
            term = binding.get(name)
            if term is None:
                row.append("")
            elif term["type"] == "uri":
                row.append("<%s>" % term["value"])
            elif term["type"] == "bnode":
                row.append("_:%s" % term["value"])
            else:
                row.append(literal(term["value"], term.get("xml:lang"),
                                   term.get("datatype")))
        rows.append(row)
    return names, rows


def from_xml(text):
    root = ET.fromstring(text)
    boolean = root.find(RES + "boolean")
    if boolean is not None:
        return None, boolean.text.strip()
    names = [v.get("name") for v in root.find(RES + "head")
             if v.tag == RES + "variable"]
    rows = []
    for result in root.find(RES + "results"):
        cells = {}
        for binding in result:
            term = binding[0]
            tag = term.tag[len(RES):]
            value = term.text or ""
            if tag == "uri":
                cells[binding.get("name")] = "<%s>" % value
            elif tag == "bnode":
                cells[binding.get("name")] = "_:%s" % value
            else:
                cells[binding.get("name")] = literal(
                    value,
                    term.get("{http://www.w3.org/XML/1998/namespace}lang"),
                    term.get("datatype"))
        rows.append([cells.get(n, "") for n in names])
    return names, rows


TSV_TYPED = re.compile(r'^"(.*)"\^\^<([^>]*)>$', re.S)
TSV_LANG = re.compile(r'^"(.*)"@([A-Za-z0-9-]+)$', re.S)
TSV_PLAIN = re.compile(r'^"(.*)"$', re.S)


def unescape(value):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(
        m.group(1), m.group(1)), value)


def tsv_term(cell):
    m = TSV_TYPED.match(cell)
    if m:
        return literal(unescape(m.group(1)), None, m.group(2))
    m = TSV_LANG.match(cell)
    if m:
        return literal(unescape(m.group(1)), m.group(2))
    m = TSV_PLAIN.match(cell)
    if m:
        return literal(unescape(m.group(1)))
    if re.fullmatch(r"[+-]?[0-9]+", cell):
        return str(int(cell))
    return cell


def from_tsv(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) == 1 and lines[0] in ("true", "false"):
        return None, lines[0]
    names = [n[1:] for n in lines[0].split("\t")]
    rows = [[tsv_term(c) for c in line.split("\t")] for line in lines[1:]]
    return names, rows


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    names, rows = {"json": from_json, "xml": from_xml,
                   "tsv": from_tsv}[fmt](text)
    if names is None:
        print(rows)
        return
    print("\t".join("?" + n for n in names))
    for row in rows:
        print("\t".join(row))


if __name__ == "__main__":
    main()
