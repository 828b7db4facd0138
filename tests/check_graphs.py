#!/usr/bin/python3
"""Every syntax dialoguekg writes is the same graph, read back by parsers
that are not ours: rapper (raptor2) for N-Triples, N-Quads, Turtle, RDF/XML
and RDF/JSON, pyld for JSON-LD, and rdflib to compare the graphs.

usage: check_graphs.py DIALOGUEKG INPUT...
Prints one line per check and 'N passed, M failed'; exits 1 on a failure.
"""
import os
import subprocess
import sys
import tempfile

from rdflib import ConjunctiveGraph, Graph
from rdflib.compare import isomorphic, to_isomorphic, graph_diff

HERE = os.path.dirname(os.path.abspath(__file__))

# format name -> rapper's parser name (None: JSON-LD, read by pyld)
FORMATS = [
    ("turtle", [], "turtle"),
    ("turtle", ["--writer", "raptor"], "turtle"),
    ("ntriples", ["--writer", "raptor"], "ntriples"),
    ("nquads", [], "nquads"),
    ("nquads", ["--writer", "raptor"], "nquads"),
    ("rdfxml", [], "rdfxml"),
    ("rdfxml-plain", [], "rdfxml"),
    ("rdfjson", [], "json"),
    ("jsonld", [], None),
    ("jsonld-expanded", [], None),
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def parse_nt(text):
    # rdflib 6's N-Triples parser mis-decodes \\u escapes: read as Turtle.
    g = Graph()
    g.parse(data=text, format="turtle")
    return g


def main():
    binary, inputs = sys.argv[1], sys.argv[2:]
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        reference_nt = os.path.join(tmp, "reference.nt")
        with open(reference_nt, "wb") as f:
            f.write(run([binary, "convert", "-t", "ntriples", *inputs]).stdout)
        # The reference itself must be valid N-Triples for raptor2 too.
        checked = run(["rapper", "-q", "-i", "ntriples", "-o", "ntriples",
                       reference_nt]).stdout.decode()
        reference = parse_nt(checked)
        print(f"reference: {len(reference)} triples")

        for name, extra, rapper_syntax in FORMATS:
            label = " ".join([name, *extra])
            out = os.path.join(tmp, "out")
            with open(out, "wb") as f:
                f.write(run([binary, "convert", "-t", name, *extra,
                             *inputs]).stdout)
            if rapper_syntax is None:
                proc = subprocess.run(
                    ["/usr/bin/python3", os.path.join(HERE, "check_jsonld.py"),
                     out, reference_nt], capture_output=True, text=True)
                ok = proc.returncode == 0
                detail = (proc.stdout + proc.stderr).strip()
            else:
                proc = subprocess.run(
                    ["rapper", "-q", "-i", rapper_syntax, "-o", "ntriples",
                     out, "https://example.invalid/"], capture_output=True)
                if proc.returncode != 0:
                    ok, detail = False, proc.stderr.decode()[:500]
                else:
                    if rapper_syntax == "nquads":
                        cg = ConjunctiveGraph()
                        cg.parse(data=proc.stdout.decode(), format="nquads")
                        g = Graph()
                        for t in cg.triples((None, None, None)):
                            g.add(t)
                    else:
                        g = parse_nt(proc.stdout.decode())
                    ok = isomorphic(g, reference)
                    detail = ""
                    if not ok:
                        _, only_a, only_b = graph_diff(to_isomorphic(g),
                                                       to_isomorphic(reference))
                        detail = (f"{len(only_a)} triples only in {label}, "
                                  f"{len(only_b)} only in N-Triples")
            if ok:
                passed += 1
                print(f"PASS {label}")
            else:
                failed += 1
                print(f"FAIL {label}: {detail}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
