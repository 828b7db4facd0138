#!/usr/bin/python3
"""Checks that a JSON-LD document says exactly the triples of an N-Triples file.

Usage: check_jsonld.py [--context FILE] DOC.jsonld EXPECTED.nt

DOC is expanded with pyld and converted to N-Quads, both sides are parsed
with rdflib and compared as graphs (blank nodes matched by isomorphism).
A context referenced by URL in DOC is served from FILE with --context; there
is no network access.  Exit 0 when the graphs are isomorphic, 1 when they
differ (the triples found on one side only are printed, up to 20 each), 2 on
usage errors.

Run it with /usr/bin/python3 (Debian's python3-pyld and python3-rdflib).
N-Triples is parsed as Turtle: rdflib 6's N-Triples parser decodes \\u
escapes wrongly.
"""

import argparse
import json
import sys

from pyld import jsonld
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def context_loader(context_url, context_file):
    """A document loader that serves only the local context, if any."""
    with open(context_file, encoding="utf-8") as f:
        context_doc = json.load(f)

    def load(url, options=None):
        if url == context_url or context_url is None:
            return {
                "contentType": "application/ld+json",
                "contextUrl": None,
                "documentUrl": url,
                "document": context_doc,
            }
        raise jsonld.JsonLdError(
            "No network access: " + url, "jsonld.LoadDocumentError",
            code="loading document failed")

    return load


XSD_STRING = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#string")


def escape_controls(nquads):
    """pyld writes control characters other than \\n, \\r raw; rdflib cuts
    a literal at U+0000.  Escape them (valid N-Quads either way)."""
    return "".join("\\u%04X" % ord(c) if ord(c) < 0x20 and c != "\n" else c
                   for c in nquads)


def normalized(graph):
    """RDF 1.1: "x"^^xsd:string is "x" (rdflib 6 keeps them apart), and
    language tags are case-insensitive (pyld lowercases them)."""
    result = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype == XSD_STRING:
            o = rdflib.Literal(str(o))
        elif isinstance(o, rdflib.Literal) and o.language:
            o = rdflib.Literal(str(o), lang=o.language.lower())
        result.add((s, p, o))
    return result


def no_network(url, options=None):
    raise jsonld.JsonLdError(
        "No network access: " + url, "jsonld.LoadDocumentError",
        code="loading document failed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--context", metavar="FILE",
                        help="serve the document's context URL from FILE")
    parser.add_argument("doc", help="the JSON-LD document")
    parser.add_argument("expected", help="the expected N-Triples")
    args = parser.parse_args()

    try:
        with open(args.doc, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: %s" % (args.doc, e), file=sys.stderr)
        return 1

    loader = no_network
    if args.context:
        ctx = doc.get("@context") if isinstance(doc, dict) else None
        loader = context_loader(ctx if isinstance(ctx, str) else None,
                                args.context)

    try:
        nquads = jsonld.to_rdf(doc, {
            "format": "application/n-quads",
            "documentLoader": loader,
        })
    except jsonld.JsonLdError as e:
        print("%s: JSON-LD error: %s" % (args.doc, e), file=sys.stderr)
        return 1

    actual = rdflib.Graph()
    actual.parse(data=escape_controls(nquads), format="turtle")
    expected = rdflib.Graph()
    try:
        expected.parse(args.expected, format="turtle")
    except Exception as e:  # rdflib raises many kinds of syntax errors
        print("%s: %s" % (args.expected, e), file=sys.stderr)
        return 1

    actual = normalized(actual)
    expected = normalized(expected)
    if isomorphic(actual, expected):
        print("OK: %d triples" % len(actual))
        return 0

    _, only_actual, only_expected = graph_diff(to_isomorphic(actual),
                                               to_isomorphic(expected))
    for title, graph in (("only in " + args.doc, only_actual),
                         ("only in " + args.expected, only_expected)):
        triples = sorted(graph, key=lambda t: tuple(str(x) for x in t))
        print("%s (%d):" % (title, len(triples)))
        for s, p, o in triples[:20]:
            print("  %s %s %s ." % (s.n3(), p.n3(), o.n3()))
        if len(triples) > 20:
            print("  ...")
    return 1


if __name__ == "__main__":
    sys.exit(main())
