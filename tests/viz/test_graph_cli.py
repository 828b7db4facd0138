#!/usr/bin/python3
"""Drawings from the command line: convert -t dot|svg|png|graphml, viz.

usage: test_graph_cli.py DIALOGUEKG SOURCE_DIR SHARED_DIR

Checks each format with a tool that does not share code with dialoguekg
(Graphviz's own DOT parser, xmllint, networkx, rdflib) against what the RDF
output of the same records says, and the options that limit a drawing.
"""

import os
import re
import subprocess
import sys
import tempfile

import networkx
import rdflib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rdf_facts import memberships  # noqa: E402

DKG = rdflib.Namespace("https://w3id.org/dialoguekg/ns#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")

failures = []
passes = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    (passes if cond else failures).append(what)


def run(args, ok=(0,), stdin=None):
    p = subprocess.run(args, capture_output=True, input=stdin)
    if p.returncode not in ok:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
    return p


def drawn_subjects(turtle):
    """What the full view must draw: every described resource except the
    topic scheme (links to undescribed IRIs are folded into values)."""
    g = rdflib.Graph()
    g.parse(data=turtle, format="turtle")
    schemes = set(g.subjects(rdflib.RDF.type, SKOS.ConceptScheme))
    return g, {s for s in g.subjects() if s not in schemes}


def main():
    exe, src, shared = sys.argv[1:4]
    seeds = sorted(
        os.path.join(src, "data", "dialogues", f)
        for f in os.listdir(os.path.join(src, "data", "dialogues"))
    )
    xsd = os.path.join(src, "tests", "viz", "graphml-structure.xsd")
    tmp = tempfile.mkdtemp(prefix="dkg-graph-")

    turtle = run([exe, "convert", "-q"] + seeds).stdout
    g, subjects = drawn_subjects(turtle)
    n_expected = len(subjects)
    check(n_expected > 20, "seed graph has %d resources to draw" % n_expected)

    # ---- GraphML: schema rules (xmllint), then read by networkx -------------
    gml = os.path.join(tmp, "seed.graphml")
    p = run([exe, "convert", "-q", "-t", "graphml", "-o", gml] + seeds)
    check(p.returncode == 0, "convert -t graphml exits 0")
    p = run(["xmllint", "--noout", "--schema", xsd, gml])
    check(p.returncode == 0, "GraphML validates against tests/viz/graphml-structure.xsd")
    G = networkx.read_graphml(gml)
    check(G.number_of_nodes() == n_expected,
          "GraphML has one node per described resource (%d, expected %d)"
          % (G.number_of_nodes(), n_expected))
    iris = {d["iri"] for _, d in G.nodes(data=True)}
    check(iris == {str(s) for s in subjects}, "GraphML node IRIs are the RDF subjects")
    check(all("class" in d and "label" in d for _, d in G.nodes(data=True)),
          "every GraphML node has class and label attributes")
    n_rdf_links = sum(1 for s, p_, o in g if isinstance(o, rdflib.URIRef)
                      and o in subjects and p_ != rdflib.RDF.type
                      and p_ != SKOS.inScheme)
    check(G.number_of_edges() == n_rdf_links,
          "GraphML has one edge per link between drawn resources (%d, expected %d)"
          % (G.number_of_edges(), n_rdf_links))
    labels = {d["label"] for _, _, d in G.edges(data=True)}
    # labels that exist only in ontology/dialogue.ttl's rdfs:label
    for want in ("head agency", "related event", "participant", "delegation"):
        check(want in labels, "edge label '%s' comes from the ontology" % want)
    painter = [d for _, d in G.nodes(data=True) if d["label"] == "Christopher Painter"]
    check(len(painter) == 1 and painter[0]["class"] == "person",
          "node 'Christopher Painter' is a person")
    dates = [d.get("start date") for _, d in G.nodes(data=True) if d["class"] == "dialogue"]
    check(all(dates) and len(dates) == 2, "literals are node attributes (start date)")

    bad = os.path.join(tmp, "bad.graphml")
    with open(gml) as f, open(bad, "w") as out:
        out.write(f.read().replace('target="n1"', 'target="n99999"', 1))
    p = run(["xmllint", "--noout", "--schema", xsd, bad], ok=(0, 3, 4))
    check(p.returncode != 0, "the schema rejects an edge to a missing node")

    # ---- DOT: Graphviz's own parser, names not IRIs ------------------------
    dot = run([exe, "convert", "-q", "-t", "dot"] + seeds).stdout.decode()
    p = run(["dot", "-Tcanon"], stdin=dot.encode())
    check(p.returncode == 0, "Graphviz's dot parses the DOT output")
    node_lines = re.findall(r'^  n\d+ \[label="([^"]*)"', dot, re.M)
    check(len(node_lines) == n_expected, "DOT draws %d nodes" % len(node_lines))
    check(not any(l.startswith("http") for l in node_lines), "DOT node labels are names, not IRIs")
    check('label="head agency"' in dot, "DOT edges carry the ontology's labels")
    check("Christopher Painter" in dot and "DHS" in dot, "DOT labels fold literals (acronym)")
    check("cluster_legend" in dot, "DOT has a legend")
    dot2 = run([exe, "convert", "-q", "-t", "dot", "--no-legend"] + seeds).stdout.decode()
    check("cluster_legend" not in dot2, "--no-legend drops it")

    # ---- SVG and PNG via libgvc --------------------------------------------
    svg = os.path.join(tmp, "seed.svg")
    p = run([exe, "convert", "-q", "-t", "svg", "-o", svg] + seeds)
    check(p.returncode == 0, "convert -t svg exits 0")
    check(run(["xmllint", "--noout", svg]).returncode == 0, "SVG is well-formed XML")
    text = open(svg, encoding="utf-8").read()
    check(len(re.findall(r"<title>n\d+</title>", text)) == n_expected,
          "SVG draws every node (and the legend apart)")
    check(">Christopher Painter<" in text, "SVG shows names")
    png = os.path.join(tmp, "seed.png")
    p = run([exe, "convert", "-q", "-t", "png", "-o", png] + seeds)
    head = open(png, "rb").read(24)
    w = int.from_bytes(head[16:20], "big")
    h = int.from_bytes(head[20:24], "big")
    check(p.returncode == 0 and head[:8] == b"\x89PNG\r\n\x1a\n" and w > 500 and h > 500,
          "convert -t png writes a PNG (%dx%d)" % (w, h))

    # ---- same input, same bytes --------------------------------------------
    for fmt in ("dot", "svg", "png", "graphml"):
        a = run([exe, "convert", "-q", "-t", fmt] + seeds).stdout
        b = run([exe, "convert", "-q", "-t", fmt] + seeds).stdout
        check(a == b and len(a) > 0, "%s output is deterministic" % fmt)
    h1 = os.path.join(tmp, "a.html")
    h2 = os.path.join(tmp, "b.html")
    run([exe, "viz", "-q", "-o", h1] + seeds)
    run([exe, "viz", "-q", "-o", h2] + seeds)
    check(open(h1, "rb").read() == open(h2, "rb").read(), "viz output is deterministic")
    page = open(h1, encoding="utf-8").read()
    check(not re.search(r'(src|href)\s*=\s*"(https?:)?//', page),
          "the page references no remote resource")
    check("Content-Security-Policy" in page and "default-src 'none'" in page,
          "the page forbids network requests (CSP)")

    # ---- views and limits ---------------------------------------------------
    def graphml_of(args, inputs):
        out = os.path.join(tmp, "v.graphml")
        p = run([exe, "convert", "-q", "-t", "graphml", "-o", out] + args + inputs)
        if p.returncode != 0:
            return None
        return networkx.read_graphml(out)

    topics = graphml_of(["--view", "topics"], seeds)
    classes = {d["class"] for _, d in topics.nodes(data=True)}
    n_topics = len(set(g.subjects(rdflib.RDF.type, DKG.Topic)))
    check(classes == {"dialogue", "topic"} and
          topics.number_of_nodes() == 2 + n_topics, "--view topics: dialogues and topics")
    agencies = graphml_of(["--view", "agencies"], seeds)
    kinds = {d["class"] for _, d in agencies.nodes(data=True)}
    check(kinds == {"dialogue", "agency"}, "--view agencies: dialogues and agencies")
    check(all(agencies.nodes[u]["class"] == "dialogue" for u, v in agencies.edges()),
          "--view agencies links each dialogue to its agencies")

    gen = os.path.join(tmp, "gen.jsonl")
    with open(gen, "wb") as f:
        f.write(subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                                "60"], capture_output=True, check=True).stdout)
    full = graphml_of([], [gen])
    top = graphml_of(["--view", "agencies", "--top", "4"], [gen])
    got = [d for _, d in top.nodes(data=True) if d["class"] == "agency"]
    check(len(got) == 4, "--top 4 keeps 4 agencies (%d)" % len(got))
    # the 4 kept are those in the most dialogues
    counts = {}
    for n, d in full.nodes(data=True):
        if d["class"] == "agency":
            dialogues = set()
            for dele in full.predecessors(n):
                for dia in full.predecessors(dele):
                    if full.nodes[dia]["class"] == "dialogue":
                        dialogues.add(dia)
            counts[d["iri"]] = len(dialogues)
    kept = sorted(counts[d["iri"]] for d in got)
    best = sorted(counts.values())[-4:]
    check(kept == best, "--top keeps the agencies in the most dialogues %s" % kept)

    series = graphml_of(["--series", "us japan cyber dialogue"], seeds)
    check(series is not None and series.number_of_nodes() == n_expected,
          "--series matches a series by a loose spelling of its name")
    one = graphml_of(["--series", "BR-US Cyber Dialogue"], [gen])
    dias = [d for _, d in one.nodes(data=True) if d["class"] == "dialogue"] if one else []
    want = sum(1 for line in open(gen) if '"series": "BR-US Cyber Dialogue"' in line)
    check(one is not None and len(dias) == want and want > 0,
          "--series keeps only that series' dialogues (%d of %d)" % (len(dias), want))

    p = run([exe, "convert", "-t", "dot", "--series", "No Such Dialogue"] + seeds, ok=(1,))
    check(p.returncode == 1 and b"dialoguekg: " in p.stderr and b"No Such Dialogue" in p.stderr,
          "--series that matches nothing: exit 1 with a message")
    for bad_args in (["--view", "nope"], ["--top", "0"], ["--top", "x"], ["--layout", "nope"]):
        p = run([exe, "convert", "-t", "dot"] + bad_args + seeds, ok=(2,))
        check(p.returncode == 2 and p.stderr.startswith(b"dialoguekg: "),
              "convert %s: usage error, exit 2" % " ".join(bad_args))
    p = run([exe, "viz", "--help"])
    check(p.returncode == 0 and b"usage:" in p.stdout, "viz --help: stdout, exit 0")
    p = run([exe, "viz", "--bogus"], ok=(2,))
    check(p.returncode == 2, "viz --bogus: exit 2")
    missing = os.path.join(tmp, "kept.html")
    with open(missing, "w") as f:
        f.write("old")
    p = run([exe, "viz", "-o", missing, os.path.join(tmp, "no-such-file.json")], ok=(1,))
    check(p.returncode == 1 and open(missing).read() == "old",
          "viz with a bad input: exit 1, output left as it was")
    p = run([exe, "convert", "-t", "svg", "--layout", "neato", "-o",
             os.path.join(tmp, "n.svg")] + seeds)
    check(p.returncode == 0, "--layout neato works")

    test_table_views(exe, src, shared, seeds, tmp)
    print("%d passed, %d failed" % (len(passes), len(failures)))
    return 1 if failures else 0


def png_size(path):
    head = open(path, "rb").read(24)
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def test_table_views(exe, src, shared, seeds, tmp):
    """--view matrix|timeline|topic-rounds and the network's page-shaped
    layout, on the seeds and the hand-written fixtures (13 dialogues)."""
    fixtures = os.path.join(src, "tests", "viz", "records")
    records = seeds + sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures)
                             if f.endswith(".json"))
    g = rdflib.Graph()
    g.parse(data=run([exe, "convert", "-q", "-t", "ntriples"] + records).stdout, format="nt")
    pairs = memberships(g)
    svg = os.path.join(tmp, "matrix.svg")
    p = run([exe, "convert", "-q", "-t", "svg", "--view", "matrix", "-o", svg] + records)
    text = open(svg, encoding="utf-8").read() if p.returncode == 0 else ""
    check(p.returncode == 0 and run(["xmllint", "--noout", svg]).returncode == 0,
          "--view matrix: a well-formed SVG")
    # the legend's star stands alone in its text too
    present = text.count(">\u25cf<")
    heads = text.count(">\u2605<") - 1
    check(present + heads == len(pairs) and heads == sum(pairs.values()) and heads > 0,
          "--view matrix: one marked cell per (agency, dialogue) membership of the "
          "N-Triples (%d + %d heads, want %d)" % (present, heads, len(pairs)))
    dot = run([exe, "convert", "-q", "-t", "dot", "--view", "matrix"] + records).stdout
    check(run(["dot", "-Tcanon"], stdin=dot).returncode == 0,
          "--view matrix: Graphviz's dot parses the DOT")
    for view in ("timeline", "topic-rounds", "matrix"):
        png = os.path.join(tmp, view + ".png")
        p = run([exe, "convert", "-q", "-t", "png", "--view", view, "-o", png] + records)
        w, h = png_size(png) if p.returncode == 0 else (0, 0)
        check(p.returncode == 0 and w > 400 and h > 200, "--view %s: a PNG (%dx%d)" % (view, w, h))
    timeline = run([exe, "convert", "-q", "-t", "svg", "--view", "timeline"] + records).stdout
    dialogues = set(g.subjects(rdflib.RDF.type, DKG.Dialogue))
    rounds = timeline.decode("utf-8").count(">round ")
    check(rounds == len(dialogues), "--view timeline: every round drawn (%d of %d)"
          % (rounds, len(dialogues)))
    check("2020&#45;10" in timeline.decode() or "2020-10" in timeline.decode(),
          "--view timeline: a month-only date as written")
    topics = run([exe, "convert", "-q", "-t", "svg", "--view", "topic-rounds"] + records).stdout
    cells = topics.decode("utf-8").count(">\u25cf<")
    check(cells == len(set(g.subject_objects(DKG.topic))),
          "--view topic-rounds: one cell per (topic, dialogue) pair (%d)" % cells)
    # the network of 13 dialogues keeps near a page's shape
    for view in ("full", "agencies"):
        png = os.path.join(tmp, "net-%s.png" % view)
        p = run([exe, "convert", "-q", "-t", "png", "--view", view, "-o", png] + records)
        w, h = png_size(png) if p.returncode == 0 else (0, 1)
        check(p.returncode == 0 and 0.4 < w / h < 2.5,
              "--view %s of 13 dialogues: aspect ratio %.2f (%dx%d) near a page's"
              % (view, w / h, w, h))
    # too large to draw: refused with a message, nothing written
    big = os.path.join(tmp, "big.jsonl")
    with open(big, "w") as f:
        subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                        "2000"], stdout=f, check=True)
    out = os.path.join(tmp, "big.svg")
    p = run([exe, "convert", "-q", "-t", "svg", "--view", "matrix", "-o", out, big], ok=(1,))
    check(p.returncode == 1 and b"--series" in p.stderr and not os.path.exists(out),
          "--view matrix of 2,000 dialogues: refused with a hint, nothing written")
    p = run([exe, "convert", "-t", "dot", "--view", "nope"] + seeds, ok=(2,))
    check(p.returncode == 2 and b"topic-rounds" in p.stderr,
          "--view nope: exit 2, the message lists the views")


if __name__ == "__main__":
    sys.exit(main())
