#!/usr/bin/env python3
"""Add to data/country-qualifiers.json the long and official forms of
countries that both sources give.

usage: tools/country_forms.py --mledoze GITDIR --factbook GITDIR
                              [--mledoze-commit C] [--factbook-commit C]
                              [--write] [--report]

Sources (git directories, read with `git show`, no work tree needed):
  (1) github.com/mledoze/countries, countries.json: name.common,
      name.official, altSpellings (cca2 is the ISO 3166-1 alpha-2 code);
  (2) github.com/factbook/factbook.json, one file a country: 'Government /
      Country name': 'conventional long form', 'conventional short form',
      'abbreviation'; matched to ISO alpha-2 by 'Communications / Internet
      country code' ('.cz' -> CZ; '.uk' -> GB; where several codes are given,
      as for France, the first).

A Factbook value is read as the text up to its first ';' (the rest is a note,
'United Kingdom of Great Britain and Northern Ireland; note - ...'), with
HTML entities decoded ('C&ocirc;te' -> 'Côte'); 'none' is no form.

A form is added to a country when it is, exactly (case and spelling), one of
that country's forms in both sources, and
  - it has more than one word (a one-word form would be read as an
    adjective by extract);
  - it is not already the country's name in data/countries.json or one of
    its qualifiers;
  - it is not, compared without case, a name or qualifier of another
    country in either source or in data/ (an ambiguous form is left out).
Forms in EXCLUDE are left out by hand (see its comment).

The output keeps the file's order; new forms follow a country's own, new
countries follow the listed ones in alpha-2 order.  Without --write the
forms are printed (--report), nothing is written.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
DATA = os.path.join(ROOT, "data")

MLEDOZE_COMMIT = "5e9f370050f83ad2ba4cb885f75d66114badf72c"
FACTBOOK_COMMIT = "8662a8b17a784841ab4528631b04090eb2f183eb"

# Forms left out by hand: {alpha2: {form, ...}}.
EXCLUDE = {}


def git_show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show",
                           "%s:%s" % (commit, path)],
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_files(gitdir, commit):
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r",
                          "--name-only", commit],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return out.split("\n")


def mledoze_forms(gitdir, commit):
    forms = {}
    for c in json.loads(git_show(gitdir, commit, "countries.json")):
        names = [c["name"]["common"], c["name"]["official"]]
        names += c.get("altSpellings", [])
        forms.setdefault(c["cca2"], set()).update(n.strip() for n in names
                                                  if n.strip())
    return forms


def factbook_value(field):
    if not isinstance(field, dict) or not isinstance(field.get("text"), str):
        return None
    t = html.unescape(field["text"]).split(";")[0].strip()
    t = re.sub(r"\s+", " ", t)
    return None if not t or t.lower() == "none" else t


def factbook_forms(gitdir, commit):
    forms, files = {}, {}
    for path in git_files(gitdir, commit):
        if not path.endswith(".json") or "/" not in path:
            continue
        try:
            d = json.loads(git_show(gitdir, commit, path))
        except (subprocess.CalledProcessError, ValueError):
            continue
        icc = d.get("Communications", {}).get("Internet country code", {})
        codes = re.findall(r"\.([a-z]{2})\b", (icc or {}).get("text", "") or "")
        if not codes:
            continue
        iso = "GB" if codes[0] == "uk" else codes[0].upper()
        cn = d.get("Government", {}).get("Country name", {})
        vals = [factbook_value(cn.get(k)) for k in
                ("conventional long form", "conventional short form",
                 "abbreviation")]
        forms.setdefault(iso, set()).update(v for v in vals if v)
        files.setdefault(iso, []).append(path)
    return forms, files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mledoze", required=True)
    ap.add_argument("--factbook", required=True)
    ap.add_argument("--mledoze-commit", default=MLEDOZE_COMMIT)
    ap.add_argument("--factbook-commit", default=FACTBOOK_COMMIT)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()

    qpath = os.path.join(DATA, "country-qualifiers.json")
    with open(qpath, encoding="utf-8") as f:
        qfile = json.load(f)
    with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
        names = {c["alpha2"]: c["name"] for c in json.load(f)["countries"]}
    quals = qfile["qualifiers"]

    mled = mledoze_forms(args.mledoze, args.mledoze_commit)
    fact, ffiles = factbook_forms(args.factbook, args.factbook_commit)

    # Every form any source or data/ gives, without case -> its countries.
    owners = {}
    for table in (mled, fact, {k: [v] for k, v in names.items()}, quals):
        for iso, fs in table.items():
            for form in fs:
                owners.setdefault(form.lower(), set()).add(iso)

    added, skipped = {}, []
    for iso in sorted(names):
        present = {names[iso].lower()} | {q.lower() for q in quals.get(iso, [])}
        for form in sorted(mled.get(iso, set()) & fact.get(iso, set())):
            if form.lower() in present:
                continue
            why = None
            if len(form.split()) < 2:
                why = "one word"
            elif owners[form.lower()] != {iso}:
                why = "ambiguous: " + ",".join(sorted(owners[form.lower()]))
            elif form in EXCLUDE.get(iso, ()):
                why = "excluded by hand"
            if why:
                skipped.append((iso, form, why))
            else:
                added.setdefault(iso, []).append(form)

    if args.report or not args.write:
        n = sum(len(v) for v in added.values())
        print("added %d forms, %d countries" % (n, len(added)))
        for iso, fs in added.items():
            print("  %s %s" % (iso, fs))
        print("skipped %d" % len(skipped))
        for s in skipped:
            print("  %s %r (%s)" % s)
        dup = {k: v for k, v in ffiles.items() if len(v) > 1}
        if dup:
            print("factbook: several files one code: %s" % dup)

    if args.write:
        out = dict(quals)
        for iso, fs in added.items():
            out[iso] = list(quals.get(iso, [])) + fs
        qfile["qualifiers"] = out
        with open(qpath, "w", encoding="utf-8") as f:
            f.write(json.dumps(qfile, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
