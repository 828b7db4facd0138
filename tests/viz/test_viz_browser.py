#!/usr/bin/python3
"""The viz page in a real browser: headless Chromium driven through the
DevTools protocol (python3-websocket).

usage: test_viz_browser.py DIALOGUEKG SOURCE_DIR ARTIFACT_DIR

Loads `dialoguekg viz` of the seed records and checks: no console error,
no exception and no request to anything but the file itself; one drawn node
per described resource (counted independently with rdflib from the Turtle
output); a search hides every node that does not match; a click shows the
node's properties and highlights exactly its neighbours; the class and
dialogue filters.  Saves screenshots in ARTIFACT_DIR.  Fails (never skips)
when Chromium cannot be started.
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import rdflib
import websocket

DKG = rdflib.Namespace("https://w3id.org/dialoguekg/ns#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")

failures = []
passes = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    (passes if cond else failures).append(what)


class Page:
    """A minimal DevTools protocol client for one page target."""

    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_event(self, method, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            for e in self.events:
                if e["method"] == method:
                    return e
            self.ws.settimeout(max(0.1, end - time.time()))
            try:
                msg = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                break
            if "method" in msg:
                self.events.append(msg)
        raise RuntimeError("no %s within %ss" % (method, timeout))

    def eval(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True,
                      awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("page script failed: %s" % r["exceptionDetails"])
        return r["result"].get("value")

    def settle(self):
        # two animation frames: the page's handlers and style have run
        self.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


VISIBLE = """Array.from(document.querySelectorAll('#graph g.node'))
  .filter(g => getComputedStyle(g).display !== 'none')
  .map(g => g.querySelector('text') ? g.id : g.id)"""


def label_of(g, s):
    for p in (rdflib.RDFS.label, SKOS.prefLabel, FOAF.name):
        for o in g.objects(s, p):
            return str(o)
    return None


def start_chromium(profile):
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    args = [exe, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1",
            "--user-data-dir=" + profile, "--window-size=1400,900",
            "about:blank"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port_file = os.path.join(profile, "DevToolsActivePort")
    end = time.time() + 30
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError("chromium exited: %s" % proc.stderr.read().decode()[-2000:])
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if lines:
                return proc, int(lines[0])
        time.sleep(0.1)
    raise RuntimeError("chromium did not open its DevTools port")


def main():
    exe, src, artifacts = sys.argv[1:4]
    os.makedirs(artifacts, exist_ok=True)
    seeds = sorted(os.path.join(src, "data", "dialogues", f)
                   for f in os.listdir(os.path.join(src, "data", "dialogues")))
    tmp = tempfile.mkdtemp(prefix="dkg-viz-")
    profile = tempfile.mkdtemp(prefix="dkg-chromium-")
    html = os.path.join(tmp, "graph.html")
    p = subprocess.run([exe, "viz", "-q", "-o", html, "--title", "Seed dialogues"] + seeds)
    check(p.returncode == 0, "dialoguekg viz exits 0")

    # What the page must show, from the RDF of the same records.
    g = rdflib.Graph()
    g.parse(data=subprocess.run([exe, "convert", "-q"] + seeds, capture_output=True,
                                check=True).stdout, format="turtle")
    schemes = set(g.subjects(rdflib.RDF.type, SKOS.ConceptScheme))
    drawn = {s for s in g.subjects() if s not in schemes}
    topics = set(g.subjects(rdflib.RDF.type, DKG.Topic))
    query = "ministry"
    names = {}
    for s in drawn:
        texts = [label_of(g, s) or ""]
        texts += [str(o) for p_ in (SKOS.altLabel, DKG.acronym, DCT.title, DCT.description)
                  for o in g.objects(s, p_)]
        names[s] = texts
    matching = {s for s in drawn if any(query in t.lower() for t in names[s])}

    proc = None
    try:
        proc, port = start_chromium(profile)
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port,
                                                   timeout=10))
        target = [t for t in targets if t["type"] == "page"][0]
        page = Page(target["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(domain + ".enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1400, height=900,
                  deviceScaleFactor=1, mobile=False)
        page.events.clear()
        page.call("Page.navigate", url="file://" + html)
        page.wait_event("Page.loadEventFired")
        page.settle()

        # ---- loads cleanly and offline ------------------------------------
        errors = [e for e in page.events
                  if e["method"] == "Runtime.exceptionThrown"
                  or (e["method"] == "Runtime.consoleAPICalled"
                      and e["params"]["type"] in ("error", "assert", "warning"))
                  or (e["method"] == "Log.entryAdded"
                      and e["params"]["entry"]["level"] in ("error", "warning"))]
        check(not errors, "no console error or exception (%s)" % json.dumps(errors)[:500])
        requests = [e["params"]["request"]["url"] for e in page.events
                    if e["method"] == "Network.requestWillBeSent"]
        remote = [u for u in requests if not u.startswith(("file:", "data:"))]
        check(not remote, "no request beyond the file itself (%s)" % remote)

        total = page.eval("document.querySelectorAll('#graph g.node').length")
        check(total == len(drawn), "page draws %s nodes, RDF has %d resources"
              % (total, len(drawn)))
        shown = page.eval(VISIBLE)
        check(len(shown) == len(drawn), "every node is visible at first")
        check(page.eval("document.getElementById('count').textContent")
              == "%d of %d nodes shown" % (len(drawn), len(drawn)), "count line")
        page.screenshot(os.path.join(artifacts, "viz-seed.png"))

        # ---- search hides the rest ---------------------------------------
        page.eval("document.getElementById('search').focus()")
        page.call("Input.insertText", text=query)
        page.settle()
        shown = page.eval(VISIBLE)
        check(len(shown) == len(matching) and 1 < len(matching) < len(drawn),
              "search '%s' shows the %d matching nodes (shown %d)"
              % (query, len(matching), len(shown)))
        shown_labels = page.eval("""Array.from(document.querySelectorAll('#graph g.node'))
          .filter(g => getComputedStyle(g).display !== 'none')
          .map(g => JSON.parse(document.getElementById('dkg-data').textContent)
                     .nodes[Number(g.id.slice(1))].iri)""")
        check(set(shown_labels) == {str(s) for s in matching},
              "the shown nodes are exactly those whose names match")
        hidden_edges = page.eval("""Array.from(document.querySelectorAll('#graph g.edge'))
          .filter(g => getComputedStyle(g).display !== 'none').length""")
        check(hidden_edges < page.eval("document.querySelectorAll('#graph g.edge').length"),
              "edges to hidden nodes are hidden")
        page.screenshot(os.path.join(artifacts, "viz-seed-search.png"))
        page.eval("""(() => { const s = document.getElementById('search');
          s.value = ''; s.dispatchEvent(new Event('input')); })()""")
        page.settle()
        check(len(page.eval(VISIBLE)) == len(drawn), "clearing the search shows all again")

        # ---- click: properties and neighbours ----------------------------
        painter = [s for s in drawn if label_of(g, s) == "Department of State"][0]
        neighbours = ({o for o in g.objects(painter) if o in drawn}
                      | {s for s in g.subjects(None, painter) if s in drawn})
        box = page.eval("""(() => {
          const data = JSON.parse(document.getElementById('dkg-data').textContent);
          const i = data.nodes.findIndex(n => n.iri === %s);
          const r = document.getElementById('n' + i).getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        })()""" % json.dumps(str(painter)))
        for kind in ("mousePressed", "mouseReleased"):
            page.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1],
                      button="left", clickCount=1)
        page.settle()
        check(page.eval("document.querySelector('#details h2').textContent")
              == "Department of State", "a click shows the node's name in the panel")
        check(str(painter) in page.eval("document.getElementById('details').textContent"),
              "the panel shows the node's IRI")
        lit = page.eval("document.querySelectorAll('#graph g.node.dkg-neighbour').length")
        check(lit == len(neighbours), "its %d neighbours are highlighted (%d)"
              % (len(neighbours), lit))
        page.screenshot(os.path.join(artifacts, "viz-seed-click.png"))
        page.call("Input.dispatchKeyEvent", type="keyDown", key="Escape", code="Escape",
                  windowsVirtualKeyCode=27)
        page.settle()
        check(page.eval("document.querySelectorAll('#graph g.dkg-faded').length") == 0,
              "Escape clears the highlight")

        # ---- class filter ---------------------------------------------------
        page.eval("""document.querySelector('#classes input[value="topic"]').click()""")
        page.settle()
        check(len(page.eval(VISIBLE)) == len(drawn) - len(topics),
              "unticking Topic hides the %d topics" % len(topics))
        page.eval("""document.querySelector('#classes input[value="topic"]').click()""")
        page.settle()

        # ---- dialogue filter ------------------------------------------------
        d3 = [s for s in g.subjects(rdflib.RDF.type, DKG.Dialogue)
              if str(s).endswith("/us-jp-cyber-3")][0]
        own = {DKG.Delegation, DKG.SourceDocument, DKG.RelatedEvent}
        members = {d3}
        for o in g.objects(d3):
            if o in drawn:
                members.add(o)
                if set(g.objects(o, rdflib.RDF.type)) & own:
                    members |= {x for x in g.objects(o) if x in drawn}
        page.eval("""(() => { const sel = document.getElementById('dialogue');
          const data = JSON.parse(document.getElementById('dkg-data').textContent);
          sel.value = String(data.dialogues.findIndex(
            d => data.nodes[d.node].iri.endsWith('/us-jp-cyber-3')));
          sel.dispatchEvent(new Event('change')); })()""")
        page.settle()
        shown = page.eval(VISIBLE)
        check(len(shown) == len(members) and len(members) < len(drawn),
              "the dialogue filter shows that dialogue's %d nodes (%d)"
              % (len(members), len(shown)))
        late = [e for e in page.events if e["method"] == "Runtime.exceptionThrown"]
        check(not late, "no exception while interacting")
    except Exception as e:  # a browser that cannot run is a failure
        check(False, "browser session: %s" % e)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)

    print("%d passed, %d failed" % (len(passes), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
