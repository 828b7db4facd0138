#!/usr/bin/env python3
"""Cross-checks two public ISO 3166-1 <-> Wikidata tables and writes the
codes on which they agree as data/country-wikidata.json (see data/README.md).

usage: tools/cross_wikidata.py OWID_COUNTRIES_REGIONS_TS ENTITREE_COUNTRIES_TS

OWID_...: owid/owid-grapher packages/@ourworldindata/grapher/src/mapCharts/
CountriesRegions.ts (a CSV in a template string, column wikidata_uri);
ENTITREE_...: codeledge/entitree src/constants/countries.ts.  A code that only
one table has, or on which they disagree, is left out (and printed)."""
import csv
import io
import json
import re
import sys


def owid_table(path):
    text = open(path, encoding="utf-8").read().split("`")[1]
    table = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["iso_alpha2"] and row["wikidata_uri"]:
            table[row["iso_alpha2"]] = row["wikidata_uri"].rsplit("/", 1)[1]
    return table


def entitree_table(path):
    text = open(path, encoding="utf-8").read()
    pattern = r'(Q\d+): \{\s*name: "[^"]*",\s*code: "([A-Z]{2})"'
    return {code: qid for qid, code in re.findall(pattern, text)}


def main():
    a, b = owid_table(sys.argv[1]), entitree_table(sys.argv[2])
    countries = {c["alpha2"] for c in json.load(open("data/countries.json"))["countries"]}
    agree = {k: v for k, v in sorted(a.items()) if b.get(k) == v and k in countries}
    for k in sorted(set(a) | set(b)):
        if k in countries and k not in agree:
            print(f"left out {k}: {a.get(k)} / {b.get(k)}", file=sys.stderr)
    with open("data/country-wikidata.json", encoding="utf-8") as f:
        comment = json.load(f)["$comment"]
    with open("data/country-wikidata.json", "w", encoding="utf-8") as f:
        json.dump({"$comment": comment, "wikidata": agree}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(agree)} of {len(countries)} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
