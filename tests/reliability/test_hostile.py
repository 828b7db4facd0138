#!/usr/bin/python3
"""Hostile strings and IRIs (docs/reliability.md, "What bad input gets").

usage: test_hostile.py DIALOGUEKG

Each hostile value is either rejected with a message that names the place
(FILE:LINE:COL and the JSON path) and exit 1, or written so that independent
parsers read back exactly the input string: rdflib (Turtle, N-Triples,
RDF/XML), rapper (every RDF syntax) and pyld (JSON-LD, expanded with the
context).  IRIs from the input and the command line are checked: nothing
raw, no \\u escape inside an IRI in any syntax.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import rdflib
from pyld import jsonld

BIN = sys.argv[1]
DCT_TITLE = rdflib.URIRef("http://purl.org/dc/terms/title")
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


TMP = tempfile.mkdtemp()
BASE = {"series": "Hostile Test Dialogue", "date": "2020-01-02",
        "participants": ["US", "JP"]}


def write_input(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def run(args, **kw):
    return subprocess.run([BIN] + args, capture_output=True, **kw)


def record_bytes(fields, raw_title=None):
    """One record, pretty-printed (title on line 2) so places are known."""
    rec = dict(BASE)
    rec.update(fields)
    text = "{\n"
    items = []
    if raw_title is not None:
        items.append(b'  "title": "' + raw_title + b'"')
    for k, v in rec.items():
        items.append(("  " + json.dumps(k) + ": " +
                      json.dumps(v, ensure_ascii=False)).encode("utf-8"))
    return text.encode() + b",\n".join(items) + b"\n}\n"


# ---- values that must come back exactly ---------------------------------
GOOD = {
    "quotes": 'He said "yes" and \'no\'',
    "backslashes": "C:\\path\\to\\file \\n is not a newline \\u0041",
    "rtl": "\u05e2\u05d1\u05e8\u05d9\u05ea and \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "bidi-marks": "abc\u200fdef\u202bghi\u202c",
    "combining": "e\u0301 n\u0303 \u1e69\u0307 Z\u0351\u0352\u0353",
    "emoji": "\U0001F600 \U0001F44D\U0001F3FD \U0001F1EF\U0001F1F5 "
             "\U0001F468\u200d\U0001F469\u200d\U0001F467",
    "turtle-syntax": '""" \'\'\' <x> @en ^^ ; . , # _:b',
    "xml-syntax": "<![CDATA[ ]]> &amp; <rdf:RDF> &#0; ]]>",
    "json-syntax": '{"@id": "x", "@context": null}',
    "noncharacters": "\ufdd0 \U0010ffff \U0001fffe \ufeff",
    "one-megabyte": "x\u00e9" * (1024 * 1024 // 3),
}


def literals(graph):
    return {str(o) for o in graph.objects(None, DCT_TITLE)}


for name, value in GOOD.items():
    path = write_input(name + ".json", record_bytes({"title": value}))
    outs = {}
    for fmt in ("turtle", "ntriples", "rdfxml", "jsonld", "jsonld-expanded",
                "nquads"):
        p = run(["convert", "-q", "-t", fmt, path])
        check(p.returncode == 0, "%s: convert -t %s exits 0: %r" %
              (name, fmt, p.stderr[-300:]))
        outs[fmt] = p.stdout
    # rdflib 6.1's own N-Triples/N-Quads parser decodes \u escapes before
    # backslash escapes ("\\u0041" comes back as "\A"), so N-Triples is
    # read with its Turtle parser (N-Triples is a subset of Turtle), and
    # N-Quads after rapper has turned it into Turtle.
    nq_as_turtle = subprocess.run(
        ["rapper", "-q", "-i", "nquads", "-o", "turtle", "-",
         "http://example.invalid/"], input=outs["nquads"],
        capture_output=True).stdout
    for fmt, rdflib_fmt in (("turtle", "turtle"), ("ntriples", "turtle"),
                            ("rdfxml", "xml"), ("nquads", "turtle")):
        g = rdflib.Graph()
        data = nq_as_turtle if fmt == "nquads" else outs[fmt]
        try:
            g.parse(data=data.decode("utf-8"), format=rdflib_fmt)
            got = literals(g)
        except Exception as e:  # a parse failure is a test failure
            got = {"<rdflib: %s>" % e}
        check(got == {value}, "%s: rdflib reads the %s title back exactly" %
              (name, fmt))
        # rapper, an independent C parser, reads every syntax too.
        src = write_input("%s.%s" % (name, fmt), outs[fmt])
        p = subprocess.run(["rapper", "-q", "-i", fmt, "-c", src],
                           capture_output=True)
        check(p.returncode == 0, "%s: rapper reads the %s output: %r" %
              (name, fmt, p.stderr[-300:]))
    for fmt in ("jsonld", "jsonld-expanded"):
        doc = json.loads(outs[fmt].decode("utf-8"))
        expanded = jsonld.expand(doc)
        got = set()
        for node in expanded:
            for v in node.get(str(DCT_TITLE), []):
                got.add(v.get("@value"))
        check(got == {value}, "%s: pyld reads the %s title back exactly" %
              (name, fmt))

# ---- values that are rejected, with their place --------------------------


def expect_rejected(name, data, pattern, line=None, path="/title",
                    command="convert"):
    src = write_input(name + ".json", data)
    p = run([command, "-q", src] if command == "convert" else
            [command, src])
    err = p.stderr.decode("utf-8", "replace")
    check(p.returncode == 1, "%s: rejected with exit 1 (got %d)" %
          (name, p.returncode))
    check(re.search(pattern, err) is not None,
          "%s: message matches %r: %r" % (name, pattern, err[:300]))
    if line is not None:
        check(re.search(r"dialoguekg: %s:%d:\d+: error: " %
                        (re.escape(src), line), err) is not None,
              "%s: message names FILE:%d:COL: %r" % (name, line, err[:300]))
    if path:
        check((" error: %s: " % path) in err,
              "%s: message names the JSON path %s: %r" %
              (name, path, err[:300]))
    check(p.stdout == b"" or command != "convert" or
          b"Hostile" not in p.stdout,
          "%s: the rejected record is not written" % name)
    check("\x1b" not in err and "\r" not in err,
          "%s: no raw control character in the message" % name)


# Every C0 control, DEL and every C1 control, as JSON escapes: rejected by
# the record checks (policy: no control character in any value).
controls = list(range(0x01, 0x20)) + [0x7F] + list(range(0x80, 0xA0))
for cp in controls:
    expect_rejected("control-U+%04X" % cp,
                    record_bytes({}, raw_title=("a\\u%04x b" % cp).encode()),
                    r"control character U\+%04X is not allowed in a value" %
                    cp, line=2)
for esc, cp in (("\\n", 0x0A), ("\\t", 0x09), ("\\r", 0x0D), ("\\b", 0x08),
                ("\\f", 0x0C)):
    expect_rejected("escape-%02X" % cp,
                    record_bytes({}, raw_title=("a" + esc + "b").encode()),
                    r"control character U\+%04X" % cp, line=2)
# Raw control bytes and DEL inside a string: the reader refuses them.
for b in list(range(0x01, 0x20)):
    expect_rejected("raw-control-%02X" % b,
                    record_bytes({}, raw_title=b"a" + bytes([b]) + b"b"),
                    r"control character|not allowed", line=2, path=None)
expect_rejected("u0000", record_bytes({}, raw_title=b"a\\u0000b"),
                r"\\u0000 is not allowed", line=2, path=None)
# U+FFFE and U+FFFF: not characters; XML 1.0 (so RDF/XML) cannot hold them.
for s, cp in ((b"\\ufffe", "FFFE"), (b"\\uffff", "FFFF"),
              ("\uffff".encode("utf-8"), "FFFF")):
    expect_rejected("nonchar-" + cp + s[:1].hex(),
                    record_bytes({}, raw_title=s),
                    r"U\+%s is not a character" % cp, line=2)
for s in (b"\\ud800", b"\\udfff", b"a\\ud800\\u0041", b"\\udc00\\ud800"):
    expect_rejected("surrogate-" + s.decode().replace("\\", ""),
                    record_bytes({}, raw_title=s), r"lone surrogate",
                    line=2, path=None)
for s in (b"\xff", b"\xc3\x28", b"\xc0\xaf", b"\xe0\x80\xaf",
          b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"abc\xe2\x82"):
    expect_rejected("utf8-" + s.hex(), record_bytes({}, raw_title=s),
                    r"UTF-8", line=2, path=None)

# Numbers.
expect_rejected("round-1e400", record_bytes({"round": 1e400}).replace(
    b"Infinity", b"1e400"), r"round must be a whole number", path="/round")
expect_rejected("round-minus-0", record_bytes({"round": 0}).replace(
    b'"round": 0', b'"round": -0'), r"round must be a whole number",
    path="/round")
# 1e400 and -0 where any number is allowed (an ignored "$" field): read.
p = run(["convert", "-q", write_input("numbers-ignored.json", record_bytes(
    {"$n": [0]}).replace(b"[0]", b"[1e400, -0, -1e-400]"))])
check(p.returncode == 0, "1e400 and -0 in an ignored field: exit 0 %r" %
      p.stderr)

# Duplicate keys.
expect_rejected("duplicate-key", record_bytes(
    {"title": "one"}).replace(b'  "title": "one"',
                              b'  "title": "one", "title": "two"'),
    r'duplicate key "title"', path="/title")

# Nesting 10,000 deep: refused by the depth limit, with the place.
deep = b"[" * 10000 + b"]" * 10000
expect_rejected("nesting-10000", record_bytes({"$deep": 0}).replace(
    b'"$deep": 0', b'"$deep": ' + deep), r"nesting deeper than 64 levels",
    path=None)

# A 1,000,000-element array in an ignored field: read, record written.
big = b"[" + b",".join([b"0"] * 1000000) + b"]"
p = run(["convert", "-q", "-t", "ntriples", write_input(
    "array-1e6.json", record_bytes({"$big": 0}).replace(b'"$big": 0',
                                                        b'"$big": ' + big))])
check(p.returncode == 0 and b"Hostile" in p.stdout,
      "a 1,000,000-element array in an ignored field: converted: %r" %
      p.stderr[-300:])
# ... and as the topics of a record: every topic checked, written once.
p = run(["convert", "-q", "-t", "ntriples", write_input(
    "topics-1e6.json", record_bytes({"topics": ["cybercrime"] * 1000000}))])
topic_lines = [l for l in p.stdout.splitlines()
               if b"/ns#topic>" in l]
check(p.returncode == 0 and len(set(topic_lines)) == 1,
      "1,000,000 equal topics: exit %d, %d distinct dkg:topic triples" %
      (p.returncode, len(set(topic_lines))))

# Language tags (BCP 47).
for tag in ("en-", "e n", "x", "en_US", "-en", "a" * 9, "en-" + "a" * 9,
            "en-US-" + "-".join(["abcdefgh"] * 40)):
    expect_rejected("lang-" + tag[:12], record_bytes({"language": tag}),
                    r"is not a BCP 47 language tag", path="/language")
p = run(["convert", "-q", "-t", "ntriples",
         write_input("lang-ok.json", record_bytes({"language": "zh-Hant-TW",
                                                   "title": "t"}))])
check(p.returncode == 0 and b'"t"@zh-Hant-TW' in p.stdout,
      "a well-formed tag is written: %r" % p.stdout[:200])

# ---- IRIs -----------------------------------------------------------------
for bad in ("https://example.org/a b", "https://example.org/<x>",
            'https://example.org/"', "https://example.org/{x}",
            "https://example.org/a|b", "https://example.org/a^b",
            "https://example.org/a`b", "https://example.org/a\\b",
            "https://example.org/%zz", "https://example.org/a/../b",
            "https://example.org/./a", "https://example.org/\u202e",
            "//example.org/x", "javascript:alert(1)", "example.org"):
    expect_rejected("url-" + re.sub(r"\W", "_", bad)[-20:],
                    record_bytes({"sources": [{"url": bad}]}),
                    r"not a valid IRI|must be http or https",
                    path="/sources/0/url")
good_urls = ["https://example.org/caf\u00e9/\u65e5\u672c?q=\u00e9#\U0001F600",
             "https://example.org/a%20b?x=%3C%3E"]
src = write_input("urls-ok.json", record_bytes(
    {"sources": [{"url": u} for u in good_urls]}))
for fmt, rfmt in (("turtle", "turtle"), ("ntriples", "nt"),
                  ("rdfxml", "xml"), ("jsonld", "json-ld")):
    p = run(["convert", "-q", "-t", fmt, src])
    text = p.stdout.decode("utf-8")
    check(p.returncode == 0, "good URLs: %s exits 0 %r" % (fmt, p.stderr))
    iris = re.findall(r"<([^<>\s]*)>", text) if fmt in (
        "turtle", "ntriples") else re.findall(r'"(https?://[^"]*)"', text)
    check(not any("\\u" in i or "\\U" in i for i in iris),
          "no \\u escape inside an IRI in %s" % fmt)
    if fmt != "jsonld":
        g = rdflib.Graph()
        g.parse(data=text, format=rfmt)
        subjects = {str(s) for s in g.subjects()}
        check(all(u in subjects for u in good_urls),
              "%s: rdflib reads the source IRIs back exactly" % fmt)

# --base and --graph from the command line (exit 2, the option named).
for opt, value in (("--base", "https://example.org/a b/"),
                   ("--base", "https://example.org/\xc3(/"),
                   ("--base", "https://example.org/x/../"),
                   ("--base", "https://example.org/x"),
                   ("--base", "relative/"),
                   ("--graph", "https://example.org/<g>"),
                   ("--graph", "https://example.org/\x01")):
    arg = value.encode("latin-1") if "\xc3" in value else value.encode()
    p = subprocess.run([BIN.encode(), b"convert", opt.encode(), arg, b"-t",
                        b"nquads", src], capture_output=True)
    err = p.stderr.decode("utf-8", "replace")
    check(p.returncode == 2 and err.startswith("dialoguekg: ") and opt in err,
          "%s %r: exit %d, %r" % (opt, value, p.returncode, err[:200]))
p = run(["convert", "-q", "-t", "nquads", "--base",
         "https://example.org/d\u00e9p\u00f4t/", "--graph",
         "https://example.org/g\u00e9", src])
check(p.returncode == 0 and "<https://example.org/d\u00e9p\u00f4t/dialogue/"
      .encode() in p.stdout and "<https://example.org/g\u00e9>".encode() in
      p.stdout, "a non-ASCII --base and --graph are written as UTF-8 IRIs")
rd = rdflib.ConjunctiveGraph()
rd.parse(data=p.stdout.decode(), format="nquads")
check(any(str(c.identifier) == "https://example.org/g\u00e9"
          for c in rd.contexts()), "rdflib reads the --graph IRI back")

print("hostile input: %d passed, %d failed" %
      (checks - len(failures), len(failures)))
sys.exit(1 if failures else 0)
