#!/usr/bin/python3
"""Measures sigma.js + graphology (WebGL) against the page of `dialoguekg
viz` (Cytoscape.js, 2D canvas) on the same data, in the same browser run
(docs/visualization.md, "Why Cytoscape.js").  A measurement, not a test.

usage: bench/viz_sigma.py DIALOGUEKG SHARED_DIR SIZE...
  SIZE  a number of generated dialogues (shared/bench/gen_records.py)

Installs sigma, graphology and esbuild, pinned in bench/viz_sigma/
package-lock.json, into a temporary folder with npm ci (they are not part of the
program), bundles bench/viz_sigma/entry.js into one script, and builds,
for each size, a page with the data of the viz page (Graphviz's positions
included) drawn by sigma.  Each page is opened in headless Chromium with
the tests' flags (1400x900); reported: the load event, the screen drawn
(two animation frames after it), then a search ("ministry" hides the rest),
its clearing, a zoom by 1.5 and a pan, each until two frames later, and
the console warnings (sigma's WebGL falls back to software rendering
without a GPU, and Chromium says so).  The viz page gets the same steps
with {"summary": false}: the whole network drawn, as sigma draws it.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "viz"))
import test_viz_browser as harness  # noqa: E402  (its DevTools client)

FRAMES = "await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"

STEPS = {
    "cytoscape": ("(q) => { const e = document.getElementById('search'); e.value = q;"
                  " e.dispatchEvent(new Event('input')); }",
                  "() => dkgViz.cy.zoom({level: dkgViz.cy.zoom() * 1.5, renderedPosition: {x: 600, y: 400}})",
                  "() => dkgViz.cy.panBy({x: 120, y: 70})"),
    "sigma": ("(q) => dkgSigma.search(q)", "() => dkgSigma.zoom(1.5)", "() => dkgSigma.pan()"),
}


def bundle(tmp):
    for f in ("package.json", "package-lock.json", "entry.js"):
        shutil.copy(os.path.join(HERE, "viz_sigma", f), tmp)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=tmp,
                   check=True)
    subprocess.run([os.path.join(tmp, "node_modules", ".bin", "esbuild"), "entry.js", "--bundle",
                    "--format=iife", "--minify", "--log-level=warning", "--outfile=bundle.js"],
                   cwd=tmp, check=True)
    with open(os.path.join(tmp, "bundle.js")) as f:
        return f.read()


def sigma_page(viz_html, script, out):
    with open(viz_html) as f:
        data = re.search(r'<script type="application/json" id="dkg-data">.*?</script>',
                         f.read(), re.S).group(0)
    with open(out, "w") as f:
        f.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv="
                "\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                "'unsafe-inline'; script-src 'unsafe-inline'\"></head><body style=\"margin:0\">"
                "<div id=\"network\" style=\"width:1400px;height:900px\"></div>"
                + data + "<script>" + script + "</script></body></html>")


def measure(page, html, kind, options):
    load_s = harness.navigate(page, html, options, timeout=900)
    search, zoom, pan = STEPS[kind]
    r = page.eval("""(async () => { %(frames)s const drawn = performance.now(); const t = [];
      const step = async (f) => { const t0 = performance.now(); f(); %(frames)s t.push(performance.now() - t0); };
      await step(() => (%(search)s)('ministry')); await step(() => (%(search)s)(''));
      await step(%(zoom)s); await step(%(pan)s);
      return {drawn: drawn, search: t[0], clear: t[1], zoom: t[2], pan: t[3]}; })()"""
                  % {"frames": FRAMES, "search": search, "zoom": zoom, "pan": pan})
    warnings = len(harness.problems(page))
    return load_s, r, warnings


def main():
    exe, shared = sys.argv[1:3]
    sizes = sys.argv[3:]
    tmp = tempfile.mkdtemp(prefix="dkg-vizsigma-")
    profile = tempfile.mkdtemp(prefix="dkg-chromium-")
    script = bundle(tmp)
    proc, port = harness.start_chromium(profile)
    try:
        page = harness.first_page(port, ("Page", "Runtime", "Log"))
        print("| dialogues | library | load event | drawn | search | clear | zoom | pan | "
              "console warnings |")
        print("|---|---|---|---|---|---|---|---|---|")
        for size in sizes:
            records = os.path.join(tmp, "gen-%s.jsonl" % size)
            with open(records, "w") as f:
                subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                                size], stdout=f, check=True)
            viz = os.path.join(tmp, "viz-%s.html" % size)
            subprocess.run([exe, "viz", "-q", "-o", viz, records], check=True)
            sig = os.path.join(tmp, "sigma-%s.html" % size)
            sigma_page(viz, script, sig)
            for kind, html, options in (("cytoscape", viz, '{"summary": false}'),
                                        ("sigma", sig, "{}")):
                load_s, r, warnings = measure(page, html, kind, options)
                print("| %s | %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %d |"
                      % (size, kind, load_s, r["drawn"] / 1000, r["search"] / 1000,
                         r["clear"] / 1000, r["zoom"] / 1000, r["pan"] / 1000, warnings),
                      flush=True)
    finally:
        harness.stop_chromium(proc, profile)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
