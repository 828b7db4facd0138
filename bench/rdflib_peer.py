#!/usr/bin/python3
"""The peer of bench/run.sh: what a user would write with rdflib to map
the generated records to the same kind of graph (a dialogue, its
delegations, agencies, topics, people, sources), then serialize it.

usage: rdflib_peer.py RECORDS.jsonl FORMAT(nt|turtle) > out
"""
import json, re, sys
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, DCTERMS, FOAF, XSD

DKG = Namespace("https://w3id.org/dialoguekg/ns#")
ID = "https://w3id.org/dialoguekg/id/"

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def main():
    path, fmt = sys.argv[1], sys.argv[2]
    g = Graph()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        d = URIRef(ID + "dialogue/" + r["id"])
        g.add((d, RDF.type, DKG.Dialogue))
        g.add((d, RDFS.label, Literal(r["title"], lang="en")))
        g.add((d, DCTERMS.identifier, Literal(r["id"])))
        g.add((d, DCTERMS.title, Literal(r["title"], lang="en")))
        series = URIRef(ID + "series/" + slug(r["series"]))
        g.add((d, DKG.series, series))
        g.add((series, RDF.type, DKG.DialogueSeries))
        g.add((series, RDFS.label, Literal(r["series"], lang="en")))
        g.add((d, DKG.round, Literal(r["round"], datatype=XSD.positiveInteger)))
        g.add((d, DKG.startDate, Literal(r["date"], datatype=XSD.date)))
        loc = r["location"]
        place = URIRef(ID + "place/" + loc["country"].lower() + "/" + slug(loc["name"]))
        g.add((d, DKG.location, place))
        g.add((place, RDF.type, DKG.Place))
        g.add((place, RDFS.label, Literal(loc["name"], lang="en")))
        for cc in r["participants"]:
            c = URIRef(ID + "country/" + cc)
            g.add((d, DKG.participant, c))
            g.add((c, RDF.type, DKG.Country))
            g.add((c, DKG.isoAlpha2, Literal(cc)))
        for t in r["topics"]:
            tt = URIRef(ID + "topic/" + slug(t))
            g.add((d, DKG.topic, tt))
            g.add((tt, RDF.type, DKG.Topic))
            g.add((tt, SKOS.prefLabel, Literal(t, lang="en")))
        for dl in r["delegations"]:
            cc = dl["country"]
            di = URIRef(str(d) + "/delegation/" + cc.lower())
            g.add((d, DKG.delegation, di))
            g.add((di, RDF.type, DKG.Delegation))
            g.add((di, DKG.country, URIRef(ID + "country/" + cc)))
            h = dl["head"]
            p = URIRef(ID + "person/" + slug(h["name"]))
            g.add((di, DKG.head, p))
            g.add((p, RDF.type, DKG.Person))
            g.add((p, FOAF.name, Literal(h["name"], lang="en")))
            g.add((di, DKG.headTitle, Literal(h["title"], lang="en")))
            for a in [h["agency"]] + dl["agencies"]:
                ai = URIRef(ID + "agency/" + cc.lower() + "/" + slug(a))
                g.add((di, DKG.agency, ai))
                g.add((ai, RDF.type, DKG.Agency))
                g.add((ai, RDFS.label, Literal(a, lang="en")))
        for s in r["sources"]:
            si = URIRef(s["url"])
            g.add((d, DKG.source, si))
            g.add((si, RDF.type, DKG.SourceDocument))
            g.add((si, DCTERMS.title, Literal(s["title"], lang="en")))
            g.add((si, DCTERMS.issued, Literal(s["published"], datatype=XSD.date)))
    out = g.serialize(format=fmt)
    sys.stdout.buffer.write(out.encode("utf-8") if isinstance(out, str) else out)
    print(len(g), file=sys.stderr)

main()
