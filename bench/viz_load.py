#!/usr/bin/python3
"""Measures how long the `dialoguekg viz` page takes to open in headless
Chromium (docs/visualization.md): for each size, the page's bytes, the
time `viz` takes to write it, the time to the load event, and the page's
own figures (dkgViz.layoutMs: the network laid out; readyMs: every control
wired).  A measurement, not a test: it checks nothing.

usage: bench/viz_load.py DIALOGUEKG SHARED_DIR SIZE[:VIZ OPTIONS]...
  SIZE  a number of generated dialogues (shared/bench/gen_records.py), or
        'fixtures' for the seeds and tests/viz/records (13 dialogues);
        after a colon, options for viz ("2000:--view agencies --top 20")
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "viz"))
import test_viz_browser as harness  # noqa: E402  (its DevTools client)


def records_for(size, shared, tmp):
    src = os.path.join(HERE, "..")
    if size == "fixtures":
        files = [os.path.join(src, "data", "dialogues", f)
                 for f in sorted(os.listdir(os.path.join(src, "data", "dialogues")))]
        fixtures = os.path.join(src, "tests", "viz", "records")
        return files + [os.path.join(fixtures, f) for f in sorted(os.listdir(fixtures))
                        if f.endswith(".json")]
    path = os.path.join(tmp, "gen-%s.jsonl" % size)
    with open(path, "w") as f:
        subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                        size], stdout=f, check=True)
    return [path]


def main():
    exe, shared = sys.argv[1:3]
    sizes = sys.argv[3:]
    tmp = tempfile.mkdtemp(prefix="dkg-vizbench-")
    profile = tempfile.mkdtemp(prefix="dkg-chromium-")
    proc, port = harness.start_chromium(profile)
    try:
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port))
        page = harness.Page([t for t in targets if t["type"] == "page"][0]
                            ["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime"):
            page.call(domain + ".enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1400, height=900,
                  deviceScaleFactor=1, mobile=False)
        print("| dialogues | viz options | nodes | edges | page | viz writes it | "
              "load event | network laid out | ready |")
        print("|---|---|---|---|---|---|---|---|---|")
        for n, entry in enumerate(sizes):
            size, _, options = entry.partition(":")
            html = os.path.join(tmp, "page-%d.html" % n)
            records = records_for(size, shared, tmp)
            t0 = time.time()
            subprocess.run([exe, "viz", "-q", "-o", html] + options.split() + records,
                           check=True)
            write_s = time.time() - t0
            page.events.clear()
            t0 = time.time()
            page.call("Page.navigate", url="file://" + html)
            page.wait_event("Page.loadEventFired", timeout=600)
            load_s = time.time() - t0
            r = page.eval("({n: dkgViz.cy.nodes().length, e: dkgViz.cy.edges().length, "
                          "d: dkgViz.keptDialogues().length, layout: dkgViz.layoutMs, "
                          "ready: dkgViz.readyMs})")
            print("| %d | %s | %d | %d | %.1f MB | %.2f s | %.2f s | %.2f s | %.2f s |"
                  % (r["d"], options or "", r["n"], r["e"], os.path.getsize(html) / 1e6, write_s, load_s,
                     r["layout"] / 1000, r["ready"] / 1000), flush=True)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
