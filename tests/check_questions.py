#!/usr/bin/python3
"""The questions a user asks of the seed export, answered by a SPARQL
engine that is not ours (rdflib) over the Turtle that dialoguekg wrote,
against answers read off the two press releases in ../shared/seeds/.

usage: check_questions.py DIALOGUEKG
"""
import subprocess
import sys

from rdflib import Graph

SEEDS = ["data/dialogues/us-jp-cyber-3.json", "data/dialogues/us-jp-cyber-6.json"]
PREFIXES = """
PREFIX dkg:  <https://w3id.org/dialoguekg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""

# 2015: "...representatives from the Ministry of Foreign Affairs, National
# Security Secretariat and the Cabinet Secretariat ... National Center of
# Incident Readiness and Strategy for Cybersecurity, the Cabinet Intelligence
# and Research Office and the National Policy [sic] Agency ... Ministry of
# Internal Affairs and Communications, and Ministry of Defense".
# 2018: "...Ministry of Foreign Affairs, National Security Secretariat,
# National Center of Incident Readiness and Strategy for Cybersecurity,
# Cabinet Intelligence and Research Office, National Police Agency, Ministry
# of Internal Affairs and Communications, Ministry of Economy, Trade and
# Industry, Public Security Intelligence Agency, and Ministry of Defense."
JAPANESE_AGENCIES_IN_BOTH = {
    "Cabinet Intelligence and Research Office",
    "Ministry of Defense",
    "Ministry of Foreign Affairs",
    "Ministry of Internal Affairs and Communications",
    "National Center of Incident Readiness and Strategy for Cybersecurity",
    "National Police Agency",
    "National Security Secretariat",
}

HEADS = {
    ("2015-07-22", "US", "Christopher Painter", "Coordinator for Cyber Issues"),
    ("2015-07-22", "JP", "Takashi Okada",
     "Ambassador in charge of Cyber Policy and Deputy Director-General of "
     "Foreign Policy Bureau"),
    ("2018-07-26", "US", "Robert Strayer",
     "Deputy Assistant Secretary for Cyber and International Communications "
     "and Information Policy"),
    ("2018-07-26", "JP", "Masato Otaka",
     "Ambassador in charge of Cyber Policy and Deputy Director-General of "
     "Foreign Policy Bureau"),
}

# 2015: critical infrastructure protection, ..., "our common approach in
# relevant international venues"; 2018: "to protect the cybersecurity of
# critical infrastructure", ..., "cooperate on cyber issues in relevant
# multilateral venues".
SHARED_TOPICS = {"critical infrastructure protection",
                 "cooperation in multilateral venues"}

QUESTIONS = [
    ("agencies in both the 2015 and the 2018 Japanese delegation", """
SELECT DISTINCT ?agency WHERE {
  ?d1 dkg:startDate ?date1 ; dkg:delegation ?j1 .
  ?d2 dkg:startDate ?date2 ; dkg:delegation ?j2 .
  FILTER (YEAR(?date1) = 2015 && YEAR(?date2) = 2018)
  ?j1 dkg:country/dkg:isoAlpha2 "JP" ; dkg:agency ?a .
  ?j2 dkg:country/dkg:isoAlpha2 "JP" ; dkg:agency ?a .
  ?a rdfs:label ?agency .
}""", lambda rows: {str(r[0]) for r in rows} == JAPANESE_AGENCIES_IN_BOTH),
    ("who headed each delegation, with what title", """
SELECT ?date ?country ?head ?title WHERE {
  ?d dkg:startDate ?date ; dkg:delegation ?del .
  ?del dkg:country/dkg:isoAlpha2 ?country ; dkg:head/foaf:name ?head ;
       dkg:headTitle ?title .
}""", lambda rows: {tuple(str(v) for v in r) for r in rows} == HEADS),
    ("topics both dialogues covered", """
SELECT DISTINCT ?topic WHERE {
  ?d1 dkg:round 3 ; dkg:topic ?t .
  ?d2 dkg:round 6 ; dkg:topic ?t .
  ?t skos:prefLabel ?topic .
}""", lambda rows: {str(r[0]) for r in rows} == SHARED_TOPICS),
    ("2015 was announced, 2018 held, only 2018 has a place (Washington, D.C.)", """
SELECT ?round ?status ?place WHERE {
  ?d dkg:round ?round ; dkg:status ?status .
  OPTIONAL { ?d dkg:location/rdfs:label ?place }
}""", lambda rows: {(int(r[0]), str(r[1]).split("#")[1],
                     str(r[2]).replace(".", "") if r[2] else None)
                    for r in rows}
        == {(3, "announced", None), (6, "held", "Washington, DC")}),
    ("every agency node of the export is one real agency (no spelling twice)", """
SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a dkg:Agency ; rdfs:label ?label .
} GROUP BY ?label""", lambda rows: all(int(r[1]) == 1 for r in rows)
        and not any(str(r[0]) == "National Policy Agency" for r in rows)),
]


def main():
    turtle = subprocess.run([sys.argv[1], "convert", *SEEDS], check=True,
                            capture_output=True).stdout.decode()
    graph = Graph()
    graph.parse(data=turtle, format="turtle")
    passed = failed = 0
    for name, query, check in QUESTIONS:
        rows = list(graph.query(PREFIXES + query))
        if check(rows):
            passed += 1
            print(f"PASS {name}")
        else:
            failed += 1
            print(f"FAIL {name}:")
            for r in rows:
                print("   ", " | ".join(str(v) for v in r))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
