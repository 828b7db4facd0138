#!/usr/bin/python3
"""Measures how long the `dialoguekg viz` page takes to become usable in
headless Chromium, and how long it takes to answer (docs/visualization.md).
A measurement, not a test: it checks nothing.

usage: bench/viz_load.py DIALOGUEKG SHARED_DIR CASE...
  CASE  SIZE[:VIZ OPTIONS][@PAGE OPTIONS]
        SIZE          a number of generated dialogues (shared/bench/
                      gen_records.py), or 'fixtures' for the seeds and
                      tests/viz/records (13 dialogues)
        VIZ OPTIONS   options for viz ("2000:--view agencies --top 20")
        PAGE OPTIONS  a JSON object the page reads as window.dkgVizOptions
                      before its script runs, to compare ways of drawing in
                      the same run: {"summary": false} draws a large network
                      whole, {"summary": true} as a summary whatever its
                      size, {"pool": false} a summary with every person
                      and topic drawn

For each case, in one browser (the tests' flags, 1400x900): the page's
bytes; the time `viz` takes to write it (Graphviz's sfdp included for a
large view); from navigation, the load event and the first drawing of the
network (Cytoscape.js's first 'render'); then, each until two animation
frames later (the screen updated): a search ("ministry") and its clearing,
a zoom by 1.5, a pan, and in a summary the opening of a group.  The page
is usable once it is drawn and a search answers: both columns added.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "viz"))
import test_viz_browser as harness  # noqa: E402  (its DevTools client)

FRAMES = "await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"

# Each step: what it does, then the time until the screen shows it (ms).
INTERACT = """(async () => {
  const cy = dkgViz.cy, search = document.getElementById('search'), t = [];
  const step = async (f) => { const t0 = performance.now(); f(); %(frames)s t.push(performance.now() - t0); };
  await step(() => { search.value = 'ministry'; search.dispatchEvent(new Event('input')); });
  const answer = document.getElementById('count').textContent;
  await step(() => { search.value = ''; search.dispatchEvent(new Event('input')); });
  await step(() => cy.zoom({level: cy.zoom() * 1.5, renderedPosition: {x: 600, y: 400}}));
  await step(() => cy.panBy({x: 120, y: 70}));
  const group = cy.nodes('.dkg-group')[0];
  if (group) { await step(() => group.emit('tap')); } else { t.push(null); }
  return {search: t[0], clear: t[1], zoom: t[2], pan: t[3], open: t[4], answer: answer};
})()""" % {"frames": FRAMES}


def records_for(size, shared, tmp):
    src = os.path.join(HERE, "..")
    if size == "fixtures":
        files = [os.path.join(src, "data", "dialogues", f)
                 for f in sorted(os.listdir(os.path.join(src, "data", "dialogues")))]
        fixtures = os.path.join(src, "tests", "viz", "records")
        return files + [os.path.join(fixtures, f) for f in sorted(os.listdir(fixtures))
                        if f.endswith(".json")]
    path = os.path.join(tmp, "gen-%s.jsonl" % size)
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                            size], stdout=f, check=True)
    return [path]


def seconds(ms):
    return "%.2f s" % (ms / 1000) if ms is not None else "-"


def main():
    exe, shared = sys.argv[1:3]
    cases = sys.argv[3:]
    tmp = tempfile.mkdtemp(prefix="dkg-vizbench-")
    profile = tempfile.mkdtemp(prefix="dkg-chromium-")
    proc, port = harness.start_chromium(profile)
    pages = {}  # (size, viz options) -> (html, seconds to write it)
    try:
        page = harness.first_page(port, ("Page", "Runtime"))
        print("| case | nodes | edges | drawn | page | viz writes it | load event | "
              "first drawing | search | usable | clear | zoom | pan | open a group |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for entry in cases:
            head, _, page_options = entry.partition("@")
            size, _, options = head.partition(":")
            if (size, options) not in pages:
                html = os.path.join(tmp, "page-%d.html" % len(pages))
                records = records_for(size, shared, tmp)
                t0 = time.time()
                subprocess.run([exe, "viz", "-q", "-o", html] + options.split() + records,
                               check=True)
                pages[(size, options)] = (html, time.time() - t0)
            html, write_s = pages[(size, options)]
            load_s = harness.navigate(page, html, page_options, timeout=900)
            page.settle()
            r = page.eval("({n: dkgViz.cy.nodes().length, e: dkgViz.cy.edges().length, "
                          "total: JSON.parse(document.getElementById('dkg-data').textContent)"
                          ".nodes.length, rendered: dkgViz.renderedMs()})")
            data = page.eval("(() => { const d = JSON.parse(document.getElementById('dkg-data')"
                             ".textContent); return [d.nodes.length, d.edges.length]; })()")
            i = page.eval(INTERACT)
            print("| %s | %d | %d | %d + %d | %.1f MB | %.2f s | %.2f s | %s | %s | %s | %s | %s | %s | %s |"
                  % (entry, data[0], data[1], r["n"], r["e"], os.path.getsize(html) / 1e6,
                     write_s, load_s, seconds(r["rendered"]), seconds(i["search"]),
                     seconds(r["rendered"] + i["search"]) if r["rendered"] is not None else "-",
                     seconds(i["clear"]), seconds(i["zoom"]), seconds(i["pan"]),
                     seconds(i["open"])), flush=True)
    finally:
        harness.stop_chromium(proc, profile)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
