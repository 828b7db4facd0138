#!/usr/bin/env python3
"""Generated press releases that grow in one dimension, for the scaling
part of bench/extract.sh (docs/performance.md, "`extract` at scale").

usage: bench/gen_releases.py SHAPE N > FILE

SHAPE is one of
  agencies    one meeting sentence and a U.S. delegation whose agency list
              has N distinct items ("the North Water Survey Office, ...");
  paragraphs  N paragraphs of ordinary prose (no country, date, agency or
              topic), the meeting sentence and the delegation in the middle;
  topics      one meeting sentence and a topic list of N distinct items
              ("including coastal harbor mapping, ...");
  html        an HTML page, the body nested 24 <div>s deep, N paragraphs
              of prose each in its own <section><div><p>, the meeting
              paragraph in the middle.

The items are made of words that name no known agency, topic or country,
so a correct extraction gives exactly N agencies (agencies) or N topics
(topics), and the same record whatever N (paragraphs, html).  The output
depends only on SHAPE and N."""
import itertools
import sys

MEETING = ("The first Japan-U.S. Cyber Dialogue was held in Tokyo on May 9, "
           "2013.")
HEAD = ("Mr. Christopher Painter, Coordinator for Cyber Issues, led the U.S. "
        "delegation, which included representatives from the Department of "
        "Homeland Security and the Department of Justice.")

# Agency names: 10 x 10 x 5 x 20 = 10,000 distinct ones (more are made by
# numbering the rounds of the product, see agencies()).
A1 = ["North", "South", "East", "West", "Upper", "Lower", "Central", "Inner",
      "Outer", "Coastal"]
A2 = ["Water", "Forest", "Harbor", "Bridge", "Road", "River", "Valley",
      "Mountain", "Rail", "Grain"]
A3 = ["Survey", "Supply", "Planning", "Transport", "Records"]
A4 = ["Office", "Agency", "Bureau", "Board", "Service", "Authority",
      "Commission", "Directorate", "Administration", "Council", "Institute",
      "Center", "Division", "Unit", "Secretariat", "Service Center",
      "Office Unit", "Agency Board", "Bureau Desk", "Council Office"]

# Topic phrases: 10 x 10 x 10 x 10 = 10,000 distinct lower-case ones.
T1 = ["coastal", "upland", "northern", "southern", "rural", "urban",
      "seasonal", "regional", "municipal", "riverside"]
T2 = ["harbor", "orchard", "meadow", "granary", "canal", "quarry", "vineyard",
      "pasture", "lighthouse", "ferry"]
T3 = ["mapping", "upkeep", "surveys", "registers", "timetables", "permits",
      "inventories", "logbooks", "audits", "schedules"]
T4 = ["", " drafts", " reviews", " ledgers", " notices", " samples",
      " charts", " tallies", " manuals", " rosters"]

# Ordinary prose: no country, month, weekday, ordinal, agency or topic word.
PROSE = [
    "Farmers in the valley reported a good harvest, and the markets stayed "
    "busy well into the evening as traders sold apples, pears and grain.",
    "The old bridge over the river was painted again, a task that took the "
    "crew most of the season and drew many visitors to watch the work.",
    "Local schools opened a small library with books donated by families, "
    "and the children read stories aloud to each other after class.",
    "A quiet rain fell over the hills for most of the week, filling the "
    "ponds and giving the gardens the water they had waited for.",
    "The choir rehearsed in the town hall, where the windows were opened "
    "to let the music drift across the square to the cafes outside.",
]


def agency_names(n):
    names = [" ".join(p) for p in itertools.product(A1, A2, A3, A4)]
    out = names[:n]
    k = 2
    while len(out) < n:  # past 10,000: "the North Water Survey Office 2"
        out += [f"{x} {k}" for x in names[:n - len(out)]]
        k += 1
    return out


def topic_names(n):
    names = ["".join((a, " ", b, " ", c, d)) for a, b, c, d in
             itertools.product(T1, T2, T3, T4)]
    if n > len(names):
        sys.exit("gen_releases.py: at most %d topics" % len(names))
    return names[:n]


def join_list(items):
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 \
        else items[0]


def prose(n):
    return [PROSE[i % len(PROSE)] for i in range(n)]


def release(shape, n):
    title = "Japan-U.S. Cyber Dialogue\n\nMedia Note\n\n"
    if shape == "agencies":
        return (title + MEETING + " Mr. Christopher Painter, Coordinator for "
                "Cyber Issues, led the U.S. delegation, which included "
                "representatives from " +
                ", ".join("the " + a for a in agency_names(n)) + ".\n")
    if shape == "topics":
        return (title + MEETING + " " + HEAD + "\n\nThe two sides discussed "
                "a broad agenda, including " + join_list(topic_names(n)) +
                ".\n")
    if shape == "paragraphs":
        paras = prose(n)
        paras.insert(n // 2, MEETING + " " + HEAD)
        return title + "\n\n".join(paras) + "\n"
    if shape == "html":
        depth = 24
        paras = ["<section><div><p>%s</p></div></section>" % p
                 for p in prose(n)]
        paras.insert(n // 2, "<section><div><p>%s %s</p></div></section>"
                     % (MEETING, HEAD))
        return ("<!DOCTYPE html>\n<html><head><title>Japan-U.S. Cyber "
                "Dialogue</title></head><body>" + "<div>" * depth +
                "<h1>Japan-U.S. Cyber Dialogue</h1>\n" + "\n".join(paras) +
                "</div>" * depth + "</body></html>\n")
    sys.exit("gen_releases.py: unknown shape %r" % shape)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    sys.stdout.write(release(sys.argv[1], int(sys.argv[2])))


if __name__ == "__main__":
    main()
