#!/usr/bin/python3
"""The viz page in a real browser: headless Chromium driven through the
DevTools protocol (python3-websocket).

usage: test_viz_browser.py DIALOGUEKG SOURCE_DIR ARTIFACT_DIR SHARED_DIR

Loads `dialoguekg viz` of thirteen dialogues (the two seeds and the
hand-written fixtures of tests/viz/records/) and of 60 generated ones, and
checks against the N-Triples export of the same records, read by rdflib:
every tab renders with no console error, warning or exception and no
request but the file; the network draws one node per described resource; a
real mouse wheel zooms and a real drag pans (the transform changes) and a
drag moves a node; a search hides every node that does not match; a click
shows the node's properties and highlights exactly its neighbours; the
class, series, country and year-range filters keep exactly the dialogues
(and nodes) they should; the presence matrix has exactly one marked cell
per (agency, dialogue) membership, the head's agency marked apart; the
timeline one mark per round; the topics table one cell per (topic,
dialogue).  The page of 2,000 generated dialogues becomes usable: its
network is drawn (as a summary), a search answers with every node whose
name matches, a group opens on a click (not timed: bench/viz_load.py
measures).  Saves screenshots in ARTIFACT_DIR.  Fails (never skips) when
Chromium cannot be started.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rdf_facts import memberships  # noqa: E402

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
        self.ws.settimeout(300)  # wait_event may have left a short one
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


def first_page(port, domains):
    """The DevTools client of Chromium's first page, with `domains` enabled
    and a 1400x900 window."""
    targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port,
                                               timeout=10))
    page = Page([t for t in targets if t["type"] == "page"][0]["webSocketDebuggerUrl"])
    for domain in domains:
        page.call(domain + ".enable")
    page.call("Emulation.setDeviceMetricsOverride", width=1400, height=900,
              deviceScaleFactor=1, mobile=False)
    return page


def stop_chromium(proc, profile):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(profile, ignore_errors=True)


def problems(page):
    return [e for e in page.events
            if e["method"] == "Runtime.exceptionThrown"
            or (e["method"] == "Runtime.consoleAPICalled"
                and e["params"]["type"] in ("error", "assert", "warning"))
            or (e["method"] == "Log.entryAdded"
                and e["params"]["entry"]["level"] in ("error", "warning"))]


def check_clean(page, what):
    errors = problems(page)
    check(not errors, "%s: no console error, warning or exception (%s)"
          % (what, json.dumps(errors)[:500]))
    requests = [e["params"]["request"]["url"] for e in page.events
                if e["method"] == "Network.requestWillBeSent"]
    remote = [u for u in requests if not u.startswith(("file:", "data:"))]
    check(not remote and requests, "%s: no request beyond the file itself (%s)"
          % (what, remote))


def navigate(page, html, options=None, timeout=120):
    """Opens the file `html` (with window.dkgVizOptions = `options`, a JSON
    text, before its scripts run) and returns the seconds to its load
    event."""
    script = None
    if options:
        script = page.call("Page.addScriptToEvaluateOnNewDocument",
                           source="window.dkgVizOptions = %s;" % options)["identifier"]
    page.events.clear()
    t0 = time.time()
    page.call("Page.navigate", url="file://" + html)
    page.wait_event("Page.loadEventFired", timeout=timeout)
    if script:
        page.call("Page.removeScriptToEvaluateOnNewDocument", identifier=script)
    return time.time() - t0


def open_page(page, html, timeout=120):
    navigate(page, html, timeout=timeout)
    page.settle()


def export(exe, records):
    """The N-Triples export of the records, read by rdflib."""
    g = rdflib.Graph()
    g.parse(data=subprocess.run([exe, "convert", "-q", "-t", "ntriples"] + records,
                                capture_output=True, check=True).stdout, format="nt")
    return g


def drawn_resources(g):
    schemes = set(g.subjects(rdflib.RDF.type, SKOS.ConceptScheme))
    return {s for s in g.subjects() if s not in schemes}


def members(g, dialogues, drawn):
    """What belongs to the dialogues: what they link to, directly or through
    their own delegations, sources and related events."""
    own = {DKG.Delegation, DKG.SourceDocument, DKG.RelatedEvent}
    out = set()
    for d in dialogues:
        out.add(d)
        for o in g.objects(d):
            if o in drawn:
                out.add(o)
                if set(g.objects(o, rdflib.RDF.type)) & own:
                    out |= {x for x in g.objects(o) if x in drawn}
    return out


def country_label(g, agency):
    for c in g.objects(agency, DKG.country):
        return label_of(g, c)
    return "no country"


MATRIX_CELLS = """(() => { const f = JSON.parse(document.getElementById('dkg-data').textContent).facts;
  return Array.from(document.querySelectorAll('#matrix td.dkg-cell')).map(td => {
    const a = f.agencies[+td.dataset.what];
    return [a.label, a.country >= 0 ? f.countries[a.country].label : 'no country',
            f.dialogues[+td.dataset.dialogue].label, td.classList.contains('dkg-head')];
  }); })()"""


def expected_cells(g, dialogues=None):
    return {(label_of(g, a), country_label(g, a), label_of(g, d), head)
            for (a, d), head in memberships(g).items()
            if dialogues is None or d in dialogues}


def check_matrix(page, g, dialogues, what):
    cells = page.eval(MATRIX_CELLS)
    want = expected_cells(g, dialogues)
    check(len(cells) == len(want) and {tuple(c) for c in cells} == want,
          "%s: the matrix marks exactly the %d (agency, dialogue) memberships "
          "of the N-Triples (%d marked)" % (what, len(want), len(cells)))
    heads = sum(1 for c in cells if c[3])
    check(heads == sum(1 for c in want if c[3]) and heads > 0,
          "%s: the head's agency is marked apart in %d cells" % (what, heads))


def set_select(page, element_id, label):
    """Picks the option with this text, as a person would, and reports
    whether it exists."""
    return page.eval("""(() => { const sel = document.getElementById(%s);
      const o = Array.from(sel.options).find(o => o.textContent === %s);
      if (!o) { return false; }
      sel.value = o.value; sel.dispatchEvent(new Event('change')); return true; })()"""
                     % (json.dumps(element_id), json.dumps(label)))


def type_into(page, element_id, text):
    page.eval("""(() => { const e = document.getElementById(%s); e.focus();
      e.value = ''; e.dispatchEvent(new Event('input')); })()""" % json.dumps(element_id))
    if text:
        page.call("Input.insertText", text=text)
    page.settle()


def click_at(page, x, y):
    for kind in ("mousePressed", "mouseReleased"):
        page.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                  clickCount=1)
    page.settle()


def drag(page, x, y, dx, dy):
    page.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y,
              button="left", clickCount=1)
    for step in range(1, 11):
        page.call("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx * step / 10,
                  y=y + dy * step / 10, button="left", buttons=1)
    page.call("Input.dispatchMouseEvent", type="mouseReleased", x=x + dx, y=y + dy,
              button="left", clickCount=1)
    page.settle()


NODE_AT = """(() => { const n = dkgViz.cy.nodes().filter(n =>
    JSON.parse(document.getElementById('dkg-data').textContent).nodes[n.data('idx')].iri === %s)[0];
  const r = document.getElementById('network').getBoundingClientRect();
  const p = n.renderedPosition(); return [r.left + p.x, r.top + p.y]; })()"""

EMPTY_SPOT = """(() => { const cy = dkgViz.cy; const r = document.getElementById('network').getBoundingClientRect();
  const boxes = cy.nodes().map(n => n.renderedBoundingBox());
  for (let y = 40; y < r.height - 140; y += 17) for (let x = 40; x < r.width - 160; x += 19) {
    if (!boxes.some(b => x > b.x1 - 12 && x < b.x2 + 12 && y > b.y1 - 12 && y < b.y2 + 12))
      { return [r.left + x, r.top + y]; } }
  return null; })()"""


def test_network(page, g, artifacts):
    drawn = drawn_resources(g)
    total = page.eval("dkgViz.cy.nodes().length")
    check(total == len(drawn), "the network draws %s nodes, the N-Triples describe %d"
          % (total, len(drawn)))
    check(set(page.eval("dkgViz.visibleNodes()")) == {str(s) for s in drawn},
          "every node is visible at first")
    check(page.eval("document.getElementById('count').textContent")
          == "%d of %d nodes shown" % (len(drawn), len(drawn)), "count line")
    page.screenshot(os.path.join(artifacts, "viz-network.png"))

    # ---- zoom, pan, drag, fit with real mouse events ----------------------
    r = page.eval("(() => { const r = document.getElementById('network')"
                  ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    fit_zoom = page.eval("dkgViz.cy.zoom()")
    page.call("Input.dispatchMouseEvent", type="mouseWheel", x=r[0], y=r[1], deltaX=0,
              deltaY=-1000)
    page.eval("new Promise(r => setTimeout(r, 300))")
    page.settle()
    zoom = page.eval("dkgViz.cy.zoom()")
    check(zoom > fit_zoom * 1.02, "the mouse wheel zooms in (%.3f -> %.3f)" % (fit_zoom, zoom))
    spot = page.eval(EMPTY_SPOT)
    check(spot is not None, "an empty spot of the background to drag")
    if spot:
        before = page.eval("dkgViz.cy.pan()")
        drag(page, spot[0], spot[1], 120, 70)
        after = page.eval("dkgViz.cy.pan()")
        check(abs(after["x"] - before["x"] - 120) < 15 and abs(after["y"] - before["y"] - 70) < 15,
              "dragging the background pans by the drag (%s -> %s)" % (before, after))
    page.eval("document.getElementById('fit').click()")
    page.settle()
    check(abs(page.eval("dkgViz.cy.zoom()") - fit_zoom) < 1e-6 * max(1, fit_zoom) + 1e-3,
          "Fit brings the whole network back")
    moved = [s for s in drawn if label_of(g, s) == "Cabinet Secretariat"][0]
    at = page.eval(NODE_AT % json.dumps(str(moved)))
    drag(page, at[0], at[1], 60, 40)
    at2 = page.eval(NODE_AT % json.dumps(str(moved)))
    check(abs(at2[0] - at[0] - 60) < 8 and abs(at2[1] - at[1] - 40) < 8,
          "a node can be dragged (%s -> %s)" % (at, at2))
    page.call("Input.dispatchKeyEvent", type="keyDown", key="Escape", code="Escape",
              windowsVirtualKeyCode=27)
    page.settle()

    # ---- search hides the rest ---------------------------------------------
    query = "ministry"
    matching = set()
    for s in drawn:
        texts = [label_of(g, s) or ""]
        texts += [str(o) for p_ in (SKOS.altLabel, DKG.acronym, DCT.title, DCT.description)
                  for o in g.objects(s, p_)]
        if any(query in t.lower() for t in texts):
            matching.add(str(s))
    type_into(page, "search", query)
    shown = set(page.eval("dkgViz.visibleNodes()"))
    check(shown == matching and 1 < len(matching) < len(drawn),
          "search '%s' shows exactly the %d nodes whose names match (%d)"
          % (query, len(matching), len(shown)))
    check(page.eval("dkgViz.cy.edges('.dkg-hidden').length") > 0,
          "edges to hidden nodes are hidden")
    page.screenshot(os.path.join(artifacts, "viz-network-search.png"))
    type_into(page, "search", "")
    check(len(page.eval("dkgViz.visibleNodes()")) == len(drawn),
          "clearing the search shows all again")

    # ---- click: properties and neighbours -----------------------------------
    state_dept = [s for s in drawn if label_of(g, s) == "Department of State"][0]
    neighbours = ({o for o in g.objects(state_dept) if o in drawn}
                  | {s for s in g.subjects(None, state_dept) if s in drawn})
    at = page.eval(NODE_AT % json.dumps(str(state_dept)))
    click_at(page, at[0], at[1])
    check(page.eval("(document.querySelector('#details h2') || {}).textContent")
          == "Department of State", "a click shows the node's name in the panel")
    check(str(state_dept) in page.eval("document.getElementById('details').textContent"),
          "the panel shows the node's IRI")
    lit = page.eval("dkgViz.cy.nodes('.dkg-neighbour').length")
    check(lit == len(neighbours), "its %d neighbours are highlighted (%d)"
          % (len(neighbours), lit))
    page.screenshot(os.path.join(artifacts, "viz-network-click.png"))
    page.call("Input.dispatchKeyEvent", type="keyDown", key="Escape", code="Escape",
              windowsVirtualKeyCode=27)
    page.settle()
    check(page.eval("dkgViz.cy.elements('.dkg-faded').length") == 0,
          "Escape clears the highlight")

    # ---- class filter -------------------------------------------------------
    topics = set(g.subjects(rdflib.RDF.type, DKG.Topic))
    page.eval("""document.querySelector('#classes input[value="topic"]').click()""")
    page.settle()
    check(set(page.eval("dkgViz.visibleNodes()")) == {str(s) for s in drawn - topics},
          "unticking Topic hides exactly the %d topics" % len(topics))
    page.eval("""document.querySelector('#classes input[value="topic"]').click()""")
    page.settle()


def year(g, d):
    for o in g.objects(d, DKG.startDate):
        return int(str(o)[:4])
    return None


def test_filters(page, g, artifacts):
    """Each filter keeps exactly the dialogues it names, in every tab."""
    drawn = drawn_resources(g)
    dialogues = set(g.subjects(rdflib.RDF.type, DKG.Dialogue))
    series = [s for s in g.subjects(rdflib.RDF.type, DKG.DialogueSeries)
              if label_of(g, s) == "Germany-India Cyber Consultations"][0]
    kenya = [c for c in g.subjects(rdflib.RDF.type, DKG.Country)
             if label_of(g, c) == "Kenya"][0]
    cases = [
        ("series 'Germany-India Cyber Consultations'",
         lambda: set_select(page, "series", "Germany-India Cyber Consultations"),
         lambda: set_select(page, "series", "All series"),
         {d for d in dialogues if (d, DKG.series, series) in g}),
        ("country Kenya",
         lambda: set_select(page, "country", "Kenya"),
         lambda: set_select(page, "country", "All countries"),
         {d for d in dialogues if (d, DKG.participant, kenya) in g}),
        ("years 2017 to 2019",
         lambda: (type_into(page, "year-from", "2017"), type_into(page, "year-to", "2019")),
         lambda: (type_into(page, "year-from", ""), type_into(page, "year-to", "")),
         {d for d in dialogues if year(g, d) is not None and 2017 <= year(g, d) <= 2019}),
    ]
    for what, apply, clear, want in cases:
        check(0 < len(want) < len(dialogues), "%s: a real selection (%d dialogues)"
              % (what, len(want)))
        page.eval("dkgViz.showTab('network')")
        check(apply() is not False, "%s: the control exists" % what)
        page.settle()
        kept = set(page.eval("dkgViz.keptDialogues()"))
        check(kept == {label_of(g, d) for d in want}, "%s keeps exactly its %d dialogues (%s)"
              % (what, len(want), sorted(kept)))
        shown = set(page.eval("dkgViz.visibleNodes()"))
        check(shown == {str(s) for s in members(g, want, drawn)},
              "%s: the network shows exactly what belongs to them" % what)
        page.eval("dkgViz.showTab('matrix')")
        page.settle()
        check(page.eval("document.querySelectorAll('#matrix th.round').length") == len(want),
              "%s: the matrix has one column per kept dialogue" % what)
        check_matrix(page, g, want, what)
        page.eval("dkgViz.showTab('timeline')")
        page.settle()
        check(page.eval("document.querySelectorAll('#timeline g.dkg-round').length") == len(want),
              "%s: the timeline marks exactly the kept rounds" % what)
        if what.startswith("series"):
            page.eval("dkgViz.showTab('matrix')")
            page.settle()
            page.screenshot(os.path.join(artifacts, "viz-matrix-series.png"))
        clear()
        page.settle()
    page.eval("dkgViz.showTab('network')")
    page.settle()
    check(len(page.eval("dkgViz.keptDialogues()")) == len(dialogues),
          "clearing the filters keeps every dialogue again")


def test_tabs(page, g, artifacts, prefix):
    """The matrix, timeline and topics tabs against the N-Triples."""
    dialogues = set(g.subjects(rdflib.RDF.type, DKG.Dialogue))
    for tab in ("matrix", "timeline", "topics"):
        box = page.eval("(() => { const r = document.querySelector('#tabs button[data-tab=%s]')"
                        ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
                        % tab)
        click_at(page, box[0], box[1])
        check(not page.eval("document.getElementById('%s').hidden" % tab),
              "%s: a click on its tab shows it" % tab)
        page.screenshot(os.path.join(artifacts, "%s-%s.png" % (prefix, tab)))
    page.eval("dkgViz.showTab('matrix')")
    page.settle()
    check_matrix(page, g, None, prefix)
    page.eval("dkgViz.showTab('timeline')")
    page.settle()
    check(page.eval("document.querySelectorAll('#timeline g.dkg-round').length") == len(dialogues),
          "%s: the timeline marks each of the %d rounds" % (prefix, len(dialogues)))
    announced = {d for d in dialogues if (d, DKG.status, DKG.announced) in g}
    check(page.eval("document.querySelectorAll('#timeline g.dkg-round.announced').length")
          == len(announced), "%s: %d rounds drawn as announced" % (prefix, len(announced)))
    page.eval("dkgViz.showTab('topics')")
    page.settle()
    pairs = set(g.subject_objects(DKG.topic))
    check(page.eval("document.querySelectorAll('#topics td.dkg-cell').length") == len(pairs),
          "%s: the topics table marks each of the %d (topic, dialogue) pairs"
          % (prefix, len(pairs)))
    page.eval("dkgViz.showTab('network')")
    page.settle()


NAME_PREDICATES = {str(p_) for p_ in (rdflib.RDFS.label, SKOS.prefLabel, FOAF.name, SKOS.altLabel,
                                       DKG.acronym, DCT.title, DCT.description)}


def named(exe, records, query):
    """The subjects whose name, other name, acronym, title or description
    holds `query` (any case), from the N-Triples export, read line by line
    (rdflib takes minutes over 2,000 dialogues)."""
    out = subprocess.run([exe, "convert", "-q", "-t", "ntriples"] + records,
                         capture_output=True, check=True).stdout.decode()
    found = set()
    for line in out.splitlines():
        s_, p_, rest = line.split(" ", 2)
        if p_[1:-1] in NAME_PREDICATES and rest.startswith('"') \
                and query in rest[1:rest.rindex('"')].lower():
            found.add(s_[1:-1])
    return found


def test_large(page, exe, records, html, artifacts):
    """The page of 2,000 dialogues: drawn, a search answers, a group opens."""
    open_page(page, html, timeout=900)
    check_clean(page, "%d generated dialogues" % LARGE_DIALOGUES)
    total = page.eval("JSON.parse(document.getElementById('dkg-data').textContent).nodes.length")
    drawn = page.eval("dkgViz.cy.nodes().length")
    check(page.eval("dkgViz.summary") and 0 < drawn < total / 5,
          LARGE + ": the network is drawn as a summary (%d of %d nodes drawn)" % (drawn, total))
    check(page.eval("dkgViz.renderedMs()") is not None, LARGE + ": the network has been drawn")
    page.screenshot(os.path.join(artifacts, "viz-2000.png"))
    want = named(exe, records, "ministry")
    type_into(page, "search", "ministry")
    shown = set(page.eval("dkgViz.visibleNodes()"))
    check(want and want <= shown and page.eval("""dkgViz.visibleNodes().length === JSON.parse(
            document.getElementById('dkg-data').textContent).nodes.filter(n => [n.label, n.name]
            .concat(n.aliases).some(t => t.toLowerCase().includes('ministry'))).length"""),
          LARGE + ": a search shows every node named 'ministry' (%d of %d)" % (len(want), len(shown)))
    check(page.eval("document.getElementById('count').textContent").startswith("%d of %d nodes shown"
                                                                               % (len(shown), total)),
          LARGE + ": the count line answers")
    check(page.eval("(document.querySelector('#details h2') || {}).textContent")
          == "%d nodes match" % len(shown), LARGE + ": the panel lists the matches")
    page.eval("document.querySelector('#details ul.matches button').click()")
    page.settle()
    check(page.eval("dkgViz.state.selected") >= 0 and page.eval("dkgViz.cy.nodes('.dkg-selected').length") == 1,
          LARGE + ": a match's button selects it, its group opened")
    page.screenshot(os.path.join(artifacts, "viz-2000-search.png"))
    type_into(page, "search", "")
    page.call("Input.dispatchKeyEvent", type="keyDown", key="Escape", code="Escape",
              windowsVirtualKeyCode=27)
    page.settle()
    before = page.eval("dkgViz.cy.nodes().length")
    at = page.eval("""(() => { const g = dkgViz.cy.nodes('.dkg-group:visible').filter(
        n => n.renderedPosition().x > 20 && n.renderedPosition().x < dkgViz.cy.width() - 20
          && n.renderedPosition().y > 20 && n.renderedPosition().y < dkgViz.cy.height() - 20)[0];
      if (!g) { return null; }
      const r = document.getElementById('network').getBoundingClientRect();
      const p = g.renderedPosition(); return [r.left + p.x, r.top + p.y]; })()""")
    check(at is not None, LARGE + ": a group on the screen")
    if at:
        click_at(page, at[0], at[1])
        check(page.eval("dkgViz.cy.nodes().length") > before,
              LARGE + ": a click on a group opens it (%d -> %d nodes drawn)"
              % (before, page.eval("dkgViz.cy.nodes().length")))
    check(not problems(page), LARGE + ": no console error while interacting")


# The large page's size: 2,000 dialogues; a sanitizer build (whose viz and
# Graphviz layout run many times slower) sets DKG_VIZ_LARGE_DIALOGUES to a
# smaller size that still opens on the summary (above 2,500 nodes).
LARGE_DIALOGUES = int(os.environ.get("DKG_VIZ_LARGE_DIALOGUES", "2000"))
LARGE = "{:,} dialogues".format(LARGE_DIALOGUES)


def main():
    exe, src, artifacts, shared = sys.argv[1:5]
    os.makedirs(artifacts, exist_ok=True)
    records = sorted(os.path.join(src, "data", "dialogues", f)
                     for f in os.listdir(os.path.join(src, "data", "dialogues")))
    fixtures = os.path.join(src, "tests", "viz", "records")
    records += sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures)
                      if f.endswith(".json"))
    tmp = tempfile.mkdtemp(prefix="dkg-viz-")
    profile = tempfile.mkdtemp(prefix="dkg-chromium-")
    html = os.path.join(tmp, "graph.html")
    p = subprocess.run([exe, "viz", "-q", "-o", html, "--title", "Thirteen dialogues"]
                       + records)
    check(p.returncode == 0, "dialoguekg viz exits 0")
    g = export(exe, records)
    check(len(set(g.subjects(rdflib.RDF.type, DKG.Dialogue))) == 13, "thirteen dialogues")

    generated = os.path.join(tmp, "generated.jsonl")
    with open(generated, "w") as f:
        subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                        "60"],
                       stdout=f, check=True)
    gen_html = os.path.join(tmp, "generated.html")
    p = subprocess.run([exe, "viz", "-q", "-o", gen_html, generated])
    check(p.returncode == 0, "dialoguekg viz of 60 generated dialogues exits 0")
    large = os.path.join(tmp, "generated-large.jsonl")
    with open(large, "w") as f:
        subprocess.run(["/usr/bin/python3", os.path.join(shared, "bench", "gen_records.py"),
                        str(LARGE_DIALOGUES)], stdout=f, check=True)
    large_html = os.path.join(tmp, "generated-large.html")
    p = subprocess.run([exe, "viz", "-q", "-o", large_html, large])
    check(p.returncode == 0, "dialoguekg viz of %s exits 0" % LARGE)
    matrix_html = os.path.join(tmp, "matrix.html")
    p = subprocess.run([exe, "viz", "-q", "--view", "matrix", "-o", matrix_html] + records)
    check(p.returncode == 0, "dialoguekg viz --view matrix exits 0")

    proc = None
    try:
        proc, port = start_chromium(profile)
        page = first_page(port, ("Page", "Runtime", "Log", "Network"))
        open_page(page, html)
        check_clean(page, "thirteen dialogues")
        test_network(page, g, artifacts)
        test_tabs(page, g, artifacts, "viz")
        test_filters(page, g, artifacts)
        check(not problems(page), "no console error or exception while interacting (%s)"
              % json.dumps(problems(page))[:500])

        open_page(page, matrix_html)
        check_clean(page, "--view matrix")
        check(not page.eval("document.getElementById('matrix').hidden")
              and page.eval("document.getElementById('network').hidden"),
              "viz --view matrix opens on the matrix tab")
        check_matrix(page, g, None, "--view matrix")

        open_page(page, gen_html)
        check_clean(page, "60 generated dialogues")
        gg = export(exe, [generated])
        check(page.eval("dkgViz.cy.nodes().length") == len(drawn_resources(gg)),
              "generated: one node per described resource")
        page.screenshot(os.path.join(artifacts, "viz-generated.png"))
        test_tabs(page, gg, artifacts, "viz-generated")
        check(not problems(page), "generated: no console error while interacting")

        test_large(page, exe, [large], large_html, artifacts)
    except Exception as e:  # a browser that cannot run is a failure
        check(False, "browser session: %s" % e)
    finally:
        if proc is not None:
            stop_chromium(proc, profile)
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)

    print("%d passed, %d failed" % (len(passes), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
