#!/usr/bin/python3
"""Scores `dialoguekg extract` against gold records.

For every release in RELEASES (NAME.txt or NAME.html) with a gold record
GOLD/NAME.json, and for the seed texts (GOLD/seed-NNN.json against
SEEDS/NNN_*.txt), runs `dialoguekg extract`, checks that the record passes
`dialoguekg validate` and that every evidence quote is where its offsets say,
and compares the record with the gold one:

  series   same series: same key (docs/mapping.md normalization, with an
           en or em dash read as a hyphen), or both the same registry
           series, or the same two participants (either order; countries
           by name, adjective or qualifier of data/, organizations by name
           or acronym of data/organizations.json) and the same words after
           them ("bilateral" ignored)
  round    equal (both absent counts as equal: an intersessional meeting)
  date     date and end_date equal
  status   equal
  place    location name (normalized) and country equal, or both absent,
           or both "attendance": "virtual" (no location)
  heads    every delegation's head names equal (normalized; co-chairs as a
           set), none extra
  agencies precision/recall/F1 of (country, agency) pairs, agencies resolved
           through data/agencies.json (else their normalized name); a
           head's agency counts as one of the delegation's agencies
  topics   precision/recall/F1 of topics resolved through data/topics.json
           (else their normalized phrase); for information, "topics~"
           also pairs a topic with a gold one cut at another boundary
           (half of their content words shared, one to one)

A release that gives no record counts as wrong in every field and all its
gold agencies and topics as missing.  Prints a line per release and the
totals.  With --min-field / --min-f1 / --min-topic-recall / --floor it exits
1 when a total is below the bar, and when more than --max-no-record releases
give no record or any record fails validate or its evidence offsets.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

FIELDS = ["series", "round", "date", "status", "place", "heads"]

COUNTRY_WORDS = {
    "united states of america": "US", "united states": "US", "us": "US",
    "usa": "US", "america": "US", "american": "US", "japan": "JP",
    "japanese": "JP", "india": "IN", "indian": "IN", "australia": "AU",
    "australian": "AU", "germany": "DE", "german": "DE",
    "republic of korea": "KR", "south korea": "KR", "rok": "KR", "korea": "KR",
    "s korea": "KR", "korean": "KR", "united kingdom": "GB", "uk": "GB",
    "britain": "GB", "british": "GB", "israel": "IL", "israeli": "IL",
    "singapore": "SG", "france": "FR", "french": "FR", "china": "CN",
    "chinese": "CN", "canada": "CA", "brazil": "BR", "brazilian": "BR",
    "estonia": "EE", "estonian": "EE", "netherlands": "NL", "dutch": "NL",
}


def key(name):
    """The normalized key of docs/mapping.md."""
    s = name.lower()
    s = s.replace(".", "").replace("'", "").replace("\u2019", "")
    s = s.replace("&", " and ")
    # dashes other than the hyphen ("Korea\u2013European Union") separate
    # words as the hyphen does
    s = re.sub("[\u2010-\u2015\u2212]", " ", s)
    s = re.sub(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


class Registry:
    def __init__(self, data):
        agencies = []
        for name in ("agencies.json", "agencies-extended.json"):
            path = os.path.join(data, name)
            if os.path.exists(path):
                with open(path) as f:
                    agencies += json.load(f)["agencies"]
        self.qualifiers = {}
        with open(os.path.join(data, "countries.json")) as f:
            for c in json.load(f)["countries"]:
                self.qualifiers[c["alpha2"]] = [key(c["name"])]
        path = os.path.join(data, "country-qualifiers.json")
        if os.path.exists(path):
            with open(path) as f:
                for cc, names in json.load(f)["qualifiers"].items():
                    self.qualifiers[cc] += [key(n) for n in names]
        for cc in self.qualifiers:
            self.qualifiers[cc] += [q + "s" for q in self.qualifiers[cc] if not q.endswith("s")]
        self.agency = {}
        for a in agencies:
            for n in [a["name"]] + a["alternative_names"] + a["acronyms"]:
                self.agency[(a["country"], key(n))] = a["id"]
        with open(os.path.join(data, "topics.json")) as f:
            topics = json.load(f)["topics"]
        self.topic = {}
        for t in topics:
            for n in [t["label"]] + t["alternative_labels"]:
                self.topic[key(n)] = t["id"]
        # The words that name a participant in a series name: the fixed
        # list above, the countries' names and qualifiers, the
        # organizations' names and acronyms (an acronym that a country
        # already has, such as AU, stays the country's).
        self.party_words = dict(COUNTRY_WORDS)
        for cc, names in self.qualifiers.items():
            for n in names:
                self.party_words.setdefault(n, cc)
        path = os.path.join(data, "organizations.json")
        if os.path.exists(path):
            with open(path) as f:
                for o in json.load(f)["organizations"]:
                    for n in [o["name"]] + o.get("alternative_names", []) + \
                            o.get("acronyms", []):
                        if key(n).upper() not in self.qualifiers:
                            self.party_words.setdefault(key(n), o["id"])
        with open(os.path.join(data, "series.json")) as f:
            series = json.load(f)["series"]
        self.series = {}
        for s in series:
            for n in [s["name"]] + s["alternative_names"]:
                self.series[key(n)] = s["id"]

    def agency_id(self, cc, name):
        """The agency as the tool resolves it (docs/mapping.md, "Names and
        keys"): the name, else its usual forms within its own country."""
        for k in self.agency_forms(cc, name):
            if (cc, k) in self.agency:
                return self.agency[(cc, k)]
        return "?" + key(name)

    def agency_forms(self, cc, name):
        names = [name]
        m = re.match(r"^(.*\S)\s*\(([A-Za-z0-9.&-]{1,12})\)\s*$", name)
        if m:
            names.append(m.group(1))
        for n in names:
            k = key(n)
            keys = [k]
            for q in self.qualifiers.get(cc, []):
                if k.startswith(q + " "):
                    keys.append(k[len(q) + 1:].removeprefix("the "))
                elif k.endswith(" of " + q):
                    keys.append(k[: -len(q) - 4])
            for k2 in list(keys):
                if k2.endswith(" department"):
                    keys.append("department of " + k2[: -len(" department")])
                elif k2.startswith("department of "):
                    keys.append(k2[len("department of "):] + " department")
            yield from keys

    def topic_id(self, phrase):
        return self.topic.get(key(phrase), "?" + key(phrase))


def series_parts(name, words_of=COUNTRY_WORDS):
    """(frozenset of two participants, descriptor key) or None; `words_of`
    maps a participant's words (keys) to its code."""
    k = key(name)
    words = k.split()
    for i in range(len(words) - 1, 0, -1):
        for j in range(len(words) - 1, i, -1):
            a, b = " ".join(words[:i]), " ".join(words[i:j])
            if a in words_of and b in words_of and words_of[a] != words_of[b]:
                rest = [w for w in words[j:] if w != "bilateral"]
                return frozenset((words_of[a], words_of[b])), " ".join(rest)
    return None


def same_series(reg, a, b):
    if not a or not b:
        return a == b
    if key(a) == key(b):
        return True
    ra, rb = reg.series.get(key(a)), reg.series.get(key(b))
    if ra and ra == rb:
        return True
    pa, pb = series_parts(a, reg.party_words), series_parts(b, reg.party_words)
    if pa and pb and pa == pb:
        return True
    # one of them a registry series whose parts equal the other's
    return False


def place_of(r):
    """The location, or "virtual" for a meeting by video (no location)."""
    loc = r.get("location")
    if not loc:
        return "virtual" if r.get("attendance") == "virtual" else None
    return (key(loc["name"]), loc.get("country"))


def head_list(d):
    """The heads of a delegation: one object, or an array of co-chairs."""
    h = d.get("head")
    if not h:
        return []
    return h if isinstance(h, list) else [h]


def heads_of(r):
    return {d["country"]: frozenset(key(h["name"]) for h in head_list(d))
            for d in r.get("delegations", []) if head_list(d)}


def titles_of(r):
    return {d["country"]: frozenset(key(h.get("title", ""))
                                    for h in head_list(d))
            for d in r.get("delegations", []) if head_list(d)}


def agencies_of(reg, r):
    """The agencies of each delegation, with its heads' agencies: a record
    may list the head's agency among the delegation's agencies or give it
    only as the head's (both are in the delegation), so both count the
    same."""
    out = set()
    for d in r.get("delegations", []):
        names = list(d.get("agencies", []))
        names += [h["agency"] for h in head_list(d) if h.get("agency")]
        for a in names:
            out.add((d["country"], reg.agency_id(d["country"], a)))
    return out


def topics_of(reg, r):
    return {reg.topic_id(t) for t in r.get("topics", [])}


STOP = {"a", "an", "and", "the", "of", "on", "in", "for", "to", "with", "by",
        "its", "their", "at", "as", "or", "from", "into", "about"}


def words_of(topic_id):
    """The content words of a topic: a registry topic is its own word."""
    if not topic_id.startswith("?"):
        return {topic_id}
    return {w for w in topic_id[1:].split() if w not in STOP}


def overlap_matches(got, gold):
    """How many of got and gold pair off one to one where the two share at
    least half of their content words (Jaccard >= 0.5): the same item cut
    at another boundary.  Greedy by best overlap; for information only."""
    pairs = []
    for g in got:
        wg = words_of(g)
        for t in gold:
            wt = words_of(t)
            if wg and wt:
                j = len(wg & wt) / len(wg | wt)
                if j >= 0.5:
                    pairs.append((-j, g, t))
    used_g, used_t, n = set(), set(), 0
    for _, g, t in sorted(pairs):
        if g not in used_g and t not in used_t:
            used_g.add(g)
            used_t.add(t)
            n += 1
    return n


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def as_quoted(text):
    """`text` as a quote writes it (docs/extract.md, "Evidence"): a line
    break, tab or other control character (C0, DEL, C1) is a space, one
    code point for one."""
    return "".join(" " if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f else c
                   for c in text)


def check_evidence(record, text):
    """Problems with the evidence: quotes not at their offsets."""
    problems = []
    for ev in record.get("evidence", []):
        if (text is not None and
                as_quoted(text[ev["start"]:ev["end"]]) != ev["quote"]):
            problems.append("%s: quote %r not at %d-%d" %
                            (ev["path"], ev["quote"], ev["start"], ev["end"]))
        if ev["quote"] not in ev["sentence"]:
            problems.append("%s: quote %r not in its sentence" %
                            (ev["path"], ev["quote"]))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, help="the dialoguekg program")
    ap.add_argument("--data", required=True, help="the data/ directory")
    ap.add_argument("--dir", required=True,
                    help="tests/extract (releases/ and gold/)")
    ap.add_argument("--seeds", help="the seed texts (shared/seeds)")
    ap.add_argument("--only", help="score only names matching this regex")
    ap.add_argument("--min-field", type=float, default=0.0)
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-topic-recall", type=float, default=0.0)
    ap.add_argument("--max-no-record", type=int, default=0,
                    help="how many releases may give no record")
    ap.add_argument("--floor", action="append", default=[],
                    help="WHAT=VALUE: fail when WHAT (a field, "
                    "agencies-f1, topics-recall, topics-f1) is below VALUE")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    reg = Registry(args.data)

    cases = []
    for g in sorted(glob.glob(os.path.join(args.dir, "gold", "*.json"))):
        name = os.path.basename(g)[:-5]
        if name.startswith("seed-"):
            if not args.seeds:
                continue
            found = glob.glob(os.path.join(args.seeds, name[5:] + "_*.txt"))
            if not found:
                print("score: no seed text for %s" % name, file=sys.stderr)
                return 2
            cases.append((name, found[0], g))
            continue
        for ext in (".txt", ".html"):
            p = os.path.join(args.dir, "releases", name + ext)
            if os.path.exists(p):
                cases.append((name, p, g))
                break
        else:
            print("score: no release for %s" % g, file=sys.stderr)
            return 2
    if args.only:
        cases = [c for c in cases if re.search(args.only, c[0])]
    if not cases:
        print("score: nothing to score", file=sys.stderr)
        return 2

    right = {f: 0 for f in FIELDS}
    titles_right = 0
    ag = [0, 0, 0]
    tp_ = [0, 0, 0]
    lo = [0, 0, 0]  # topics paired by overlap: matched, got, gold
    broken = 0
    failures = 0
    print("%-30s %s  agencies(P/R)  topics(P/R)" % ("release", " ".join(
        "%-6s" % f for f in FIELDS)))
    for name, path, gold_path in cases:
        with open(gold_path) as f:
            gold = json.load(f)
        run = subprocess.run([args.bin, "extract", "-q", "--data-dir",
                              args.data, path], capture_output=True)
        if run.returncode != 0:
            print("%-30s extract failed (%d): %s" %
                  (name, run.returncode, run.stderr.decode()[-400:]))
            # no record: every field is wrong, every gold item missing
            ag[2] += len(agencies_of(reg, gold))
            tp_[2] += len(topics_of(reg, gold))
            lo[2] += len(topics_of(reg, gold))
            failures += 1
            continue
        rec = json.loads(run.stdout)
        val = subprocess.run([args.bin, "validate", "-q", "--data-dir",
                              args.data, "-"], input=run.stdout,
                             capture_output=True)
        problems = []
        if val.returncode != 0:
            problems.append("validate: " + val.stderr.decode()[-400:])
        text = None
        if path.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text.startswith("\ufeff"):
                text = text[1:]
        problems += check_evidence(rec, text)
        ok = {
            "series": same_series(reg, rec.get("series"), gold.get("series")),
            "round": rec.get("round") == gold.get("round"),
            "date": (rec.get("date"), rec.get("end_date")) ==
                    (gold.get("date"), gold.get("end_date")),
            "status": rec.get("status") == gold.get("status"),
            "place": place_of(rec) == place_of(gold),
            "heads": heads_of(rec) == heads_of(gold),
        }
        for f in FIELDS:
            right[f] += ok[f]
        titles_right += titles_of(rec) == titles_of(gold)
        pa, ga = agencies_of(reg, rec), agencies_of(reg, gold)
        ag[0] += len(pa & ga)
        ag[1] += len(pa - ga)
        ag[2] += len(ga - pa)
        pt, gt = topics_of(reg, rec), topics_of(reg, gold)
        tp_[0] += len(pt & gt)
        tp_[1] += len(pt - gt)
        tp_[2] += len(gt - pt)
        lo[0] += overlap_matches(pt, gt)
        lo[1] += len(pt)
        lo[2] += len(gt)
        p1, r1, _ = prf(len(pa & ga), len(pa - ga), len(ga - pa))
        p2, r2, _ = prf(len(pt & gt), len(pt - gt), len(gt - pt))
        print("%-30s %s  %.2f/%.2f      %.2f/%.2f%s" % (
            name, " ".join("%-6s" % ("ok" if ok[f] else "WRONG")
                           for f in FIELDS), p1, r1, p2, r2,
            "  EVIDENCE/VALIDATE PROBLEMS" if problems else ""))
        if args.verbose:
            for f in FIELDS:
                if not ok[f]:
                    print("    %s: got %r" % (f, {
                        "series": rec.get("series"),
                        "round": rec.get("round"),
                        "date": (rec.get("date"), rec.get("end_date")),
                        "status": rec.get("status"),
                        "place": place_of(rec),
                        "heads": heads_of(rec)}[f]))
            for x in sorted(pa - ga):
                print("    agency extra:   %s %s" % x)
            for x in sorted(ga - pa):
                print("    agency missing: %s %s" % x)
            for x in sorted(pt - gt):
                print("    topic extra:    %s" % x)
            for x in sorted(gt - pt):
                print("    topic missing:  %s" % x)
        for p in problems:
            print("    " + p)
        broken += 1 if problems else 0

    n = len(cases)
    print()
    for f in FIELDS:
        print("%-8s accuracy %5.1f%% (%d/%d)" % (f, 100.0 * right[f] / n,
                                                 right[f], n))
    print("%-8s accuracy %5.1f%% (%d/%d) (head titles, for information)" % (
        "titles", 100.0 * titles_right / n, titles_right, n))
    ap_, ar_, af_ = prf(*ag)
    tp, tr, tf = prf(*tp_)
    print("agencies P %.3f R %.3f F1 %.3f (%d right, %d extra, %d missing)" %
          (ap_, ar_, af_, ag[0], ag[1], ag[2]))
    print("topics   P %.3f R %.3f F1 %.3f (%d right, %d extra, %d missing)" %
          (tp, tr, tf, tp_[0], tp_[1], tp_[2]))
    op = lo[0] / lo[1] if lo[1] else 1.0
    orr = lo[0] / lo[2] if lo[2] else 1.0
    print("topics~  P %.3f R %.3f (paired when half the content words are "
          "shared, for information)" % (op, orr))
    failed = broken > 0 or failures > args.max_no_record
    for f in FIELDS:
        failed |= right[f] / n < args.min_field
    failed |= af_ < args.min_f1 or tr < args.min_topic_recall
    for floor in args.floor:
        what, _, value = floor.partition("=")
        got = {"agencies-f1": af_, "topics-recall": tr,
               "topics-f1": tf}.get(what)
        if got is None and what in FIELDS:
            got = right[what] / n
        if got is None:
            print("score: unknown --floor %s" % what, file=sys.stderr)
            return 2
        if got + 1e-9 < float(value):
            print("below the recorded figure: %s %.3f < %s" %
                  (what, got, value))
            failed = True
    print("%d passed, %d without a record, %d with validate/evidence "
          "problems" % (n - broken - failures, failures, broken))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
