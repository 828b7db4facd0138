/* dialoguekg viz: the page's script (compiled into the program).
   Reads the graph and the analysts' facts from <script id="dkg-data"> and
   wires them to the graph library inlined before it (Cytoscape.js with the
   fCoSE layout): the network (zoom, pan, fit, drag, search, a click for a
   node's properties and neighbours), the presence matrix, the timeline and
   the topics across rounds, all filtered by series, country, dialogue and
   year range.  Touches no network.  window.dkgViz exposes the state for the
   browser tests (tests/viz/test_viz_browser.py). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dkg-data").textContent);
  var facts = data.facts;
  var nodes = data.nodes;
  var edges = data.edges;
  var classInfo = {};
  data.classes.forEach(function (c) { classInfo[c.key] = c; });

  var SHAPES = {
    dialogue: "round-rectangle", series: "barrel", delegation: "hexagon",
    agency: "rectangle", topic: "ellipse", person: "round-tag",
    country: "octagon", place: "tag", source: "cut-rectangle",
    venue: "round-diamond", organization: "round-diamond",
    event: "concave-hexagon", other: "ellipse"
  };
  var TABS = { matrix: "matrix", timeline: "timeline", "topic-rounds": "topics" };
  var MAX_COLUMNS = 400; /* wider tables are not drawn: filter first */

  var state = {
    tab: TABS[data.view] || "network", query: "", hidden: {}, series: -1,
    country: -1, dialogue: -1, from: null, to: null, selected: -1
  };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  /* ---- filters: which dialogues are kept ---- */

  function yearOf(d) { return d.date ? parseInt(d.date.slice(0, 4), 10) : null; }

  function dialogueKept(k) {
    var d = facts.dialogues[k];
    var y = yearOf(d);
    if (state.dialogue >= 0 && k !== state.dialogue) { return false; }
    if (state.series >= 0 && d.series !== state.series) { return false; }
    if (state.country >= 0 && d.countries.indexOf(state.country) < 0) { return false; }
    if (state.from !== null && (y === null || y < state.from)) { return false; }
    if (state.to !== null && (y === null || y > state.to)) { return false; }
    return true;
  }

  function filtering() {
    return state.dialogue >= 0 || state.series >= 0 || state.country >= 0 ||
      state.from !== null || state.to !== null;
  }

  function keptDialogues() {
    var kept = [];
    facts.dialogues.forEach(function (d, k) { kept[k] = dialogueKept(k); });
    return kept;
  }

  function matches(text, q) { return !q || text.toLowerCase().indexOf(q) >= 0; }

  function nodeMatches(n, q) {
    return matches(n.label, q) || matches(n.name, q) ||
      n.aliases.some(function (a) { return matches(a, q); });
  }

  /* ---- the network ---- */

  /* Breaks a label into lines of about 24 characters. */
  function wrap(text) {
    var words = text.split(" ");
    var lines = [];
    var line = "";
    words.forEach(function (w) {
      if (line && line.length + 1 + w.length > 24) { lines.push(line); line = w; }
      else { line = line ? line + " " + w : w; }
    });
    if (line) { lines.push(line); }
    return lines;
  }

  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "11px 'DejaVu Sans', sans-serif";

  /* A node's drawn label and size (from its label's lines). */
  function box(label) {
    var lines = [];
    label.split("\n").forEach(function (l) { lines = lines.concat(wrap(l)); });
    var width = 0;
    lines.forEach(function (l) { width = Math.max(width, measure.measureText(l).width); });
    return { label: lines.join("\n"), w: Math.round(width + 18), h: lines.length * 14 + 10 };
  }

  var boxes = nodes.map(function (n) { return box(n.label); });

  function nodeElement(i, position) {
    var n = nodes[i];
    var c = classInfo[n["class"]] || { fill: "#f3f4f6", stroke: "#6b7280" };
    var b = boxes[i];
    return { group: "nodes", position: position, data: {
      id: n.id, idx: i, kind: n["class"], label: b.label, fill: c.fill, stroke: c.stroke,
      shape: SHAPES[n["class"]] || "ellipse", w: b.w, h: b.h } };
  }

  /* ---- the summary of a large network: groups that open on a click ----

     Above SUMMARY_NODES nodes or SUMMARY_EDGES edges the 2D canvas takes
     many seconds to draw the whole network and to redraw it after a
     search (docs/visualization.md, measured), so the page starts from a
     summary: each series stands for its rounds and everything that is
     only theirs (delegations, sources, events, head roles), each
     country's agencies for one node, all people and all topics for one
     each (POOLED), laid out in rings (RING); a click on a group opens it
     where it was (its members laid out by fCoSE), a button in a member's
     panel closes it again.  Two drawn nodes are joined by one edge
     however many links they stand for.  Filters, search and the panel
     work on every node, drawn or in a group.  window.dkgVizOptions
     (bench/viz_load.py) can force the mode ({summary}) or draw a summary
     without POOLED ({pool: false}). */
  var SUMMARY_NODES = 2500;
  var SUMMARY_EDGES = 8000;
  var GROUPED = { series: 1, dialogue: 1, delegation: 1, source: 1, event: 1, other: 1 };
  var POOLED = { person: "People", topic: "Topics" };
  var RING = { person: 3, topic: 3, series: 1 }; /* by a group's kind; others 2 */
  var OPTIONS = window.dkgVizOptions || {};
  var preset = nodes.length > 0 && !!nodes[0].pos;
  var summary = preset && (OPTIONS.summary !== undefined ? !!OPTIONS.summary :
    nodes.length > SUMMARY_NODES || edges.length > SUMMARY_EDGES);
  var groupOf = nodes.map(function () { return -1; });
  var groups = [];

  function buildGroups() {
    var index = {};
    function join(key, i, make) {
      if (!(key in index)) { index[key] = groups.length; groups.push(make()); groups[index[key]].members = []; }
      groupOf[i] = index[key];
      groups[index[key]].members.push(i);
    }
    nodes.forEach(function (n, i) {
      if (!GROUPED[n["class"]] || !n.dialogues.length) { return; }
      var s = facts.dialogues[n.dialogues[0]].series;
      if (s < 0 || n.dialogues.some(function (k) { return facts.dialogues[k].series !== s; })) { return; }
      join("s" + s, i, function () { return { kind: "series", name: facts.series[s] }; });
    });
    /* people and topics link to most series: one node each for all of
       them keeps the summary's edges few (docs/visualization.md) */
    nodes.forEach(function (n, i) {
      var kind = n["class"];
      if (OPTIONS.pool !== false && POOLED[kind]) {
        join("p" + kind, i, function () { return { kind: kind, name: POOLED[kind] }; });
      }
    });
    facts.agencies.forEach(function (a) {
      if (a.node < 0) { return; }
      join("a" + a.country, a.node, function () {
        return { kind: "agency", name: a.country >= 0 ? "Agencies of " + facts.countries[a.country].label
                                                       : "Agencies of no country" };
      });
    });
    groups.forEach(function (g, k) {
      var rounds = g.members.filter(function (i) { return nodes[i]["class"] === "dialogue"; }).length;
      g.id = "g" + k;
      g.open = false;
      g.at = undefined; /* where the summary's layout put it */
      var count = g.kind === "series" ? rounds + (rounds === 1 ? " round" : " rounds")
        : g.members.length + (g.kind === "agency" ? " agencies" : "");
      g.box = box(g.name + "\n" + count);
    });
  }

  function groupElement(k, position) {
    var g = groups[k];
    var c = classInfo[g.kind] || { fill: "#f3f4f6", stroke: "#6b7280" };
    return { group: "nodes", position: position, classes: "dkg-group", data: {
      id: g.id, idx: -1, group: k, kind: g.kind, label: g.box.label, fill: c.fill, stroke: c.stroke,
      shape: SHAPES[g.kind], w: g.box.w, h: g.box.h } };
  }

  /* The drawn element a node is in: itself, or its closed group. */
  function drawnId(i) {
    var g = groupOf[i];
    return g >= 0 && !groups[g].open ? groups[g].id : nodes[i].id;
  }

  /* links: drawn edges by key (one per edge, or per pair in a summary),
     each with the edges of the graph it stands for */
  var links = {};
  var linkOf = {};
  var linkCount = 0;

  function linkKey(ei) {
    if (!summary) { return "e" + ei; }
    return drawnId(edges[ei][0]) + ">" + drawnId(edges[ei][1]);
  }

  /* Draws the edges `list` (indices) between the elements drawn now;
     returns the new edge elements. */
  function linkEdges(list) {
    var out = [];
    list.forEach(function (ei) {
      var e = edges[ei];
      var a = drawnId(e[0]);
      var b = drawnId(e[1]);
      if (a === b) { return; }
      var key = linkKey(ei);
      var l = links[key];
      if (!l) {
        l = links[key] = { id: summary ? "q" + (linkCount++) : key, edges: [] };
        linkOf[l.id] = l;
        out.push({ group: "edges", data: { id: l.id, idx: ei, source: a, target: b, label: e[2] } });
      }
      l.edges.push(ei);
    });
    return out;
  }

  var position = []; /* per node, where a preset layout puts it */

  /* fCoSE, seeded: the same file opens to the same drawing (fCoSE draws
     on Math.random). */
  function fcose(eles, options) {
    var random = Math.random;
    Math.random = seeded(15);
    try {
      eles.layout(Object.assign({
        name: "fcose", quality: "default",
        randomize: true, animate: false, fit: false, padding: 24,
        nodeDimensionsIncludeLabels: false, packComponents: true,
        nodeRepulsion: function () { return 4500; },
        idealEdgeLength: function () { return 50; },
        nodeSeparation: 75, numIter: 2500
      }, options)).run();
    } finally {
      Math.random = random;
    }
  }

  /* An opened group's members, laid out among themselves around where the
     group was. */
  function layOutGroup(g) {
    var members = cy.collection(g.members.map(function (i) { return cy.getElementById(nodes[i].id); }));
    var inside = members.union(members.edgesWith(members));
    fcose(inside, {});
    var b = members.boundingBox(BOX);
    var dx = g.at.x - (b.x1 + b.x2) / 2;
    var dy = g.at.y - (b.y1 + b.y2) / 2;
    members.positions(function (n) { return { x: n.position("x") + dx, y: n.position("y") + dy }; });
  }

  /* Opens a closed group (its members drawn at their places) or closes an
     open one, redrawing the edges that touch it. */
  function toggleGroup(k) {
    var g = groups[k];
    if (!g.open) {
      var p = cy.getElementById(g.id).position();
      g.at = { x: p.x, y: p.y };
    }
    var seen = {};
    var touching = [];
    g.members.forEach(function (i) {
      neighbours[i].forEach(function (nb) {
        if (!seen[nb.edge]) { seen[nb.edge] = true; touching.push(nb.edge); }
      });
    });
    cy.batch(function () {
      touching.forEach(function (ei) {
        var l = links[linkKey(ei)];
        if (l) { delete links[linkKey(ei)]; delete linkOf[l.id]; }
      });
      if (g.open) {
        g.members.forEach(function (i) { cy.getElementById(nodes[i].id).remove(); });
      } else {
        cy.getElementById(g.id).remove();
      }
      g.open = !g.open;
      cy.add(g.open ? g.members.map(function (i) { return nodeElement(i, { x: g.at.x, y: g.at.y }); })
                    : [groupElement(k, { x: g.at.x, y: g.at.y })]);
      cy.add(linkEdges(touching));
    });
    if (g.open) { layOutGroup(g); }
    updateNetwork(keptDialogues());
  }

  /* The bounding box of placed items ({p: {x, y}, w, h}), shapes included. */
  function boxOf(items) {
    var b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    items.forEach(function (it) {
      b.x1 = Math.min(b.x1, it.p.x - it.w / 2);
      b.x2 = Math.max(b.x2, it.p.x + it.w / 2);
      b.y1 = Math.min(b.y1, it.p.y - it.h / 2);
      b.y2 = Math.max(b.y2, it.p.y + it.h / 2);
    });
    b.w = b.x2 - b.x1;
    b.h = b.y2 - b.y1;
    return b;
  }

  /* sfdp keeps its overlaps (removing them takes minutes) and packs nodes
     tight: its drawing is spread until it holds about four times the
     drawn nodes' own area, then stretched to the window's shape.  The
     items' points are moved. */
  function spread(items) {
    var b = boxOf(items);
    var area = 0;
    items.forEach(function (it) { area += it.w * it.h; });
    var k = Math.sqrt(4 * area / Math.max(1, b.w * b.h));
    if (k > 1) {
      items.forEach(function (it) { it.p.x *= k; it.p.y *= k; });
    }
    stretch(items.map(function (it) { return it.p; }), boxOf(items));
  }

  /* The preset positions of every node (position[i]). */
  function placePreset() {
    position = nodes.map(function (n) { return { x: n.pos[0], y: n.pos[1] }; });
    spread(position.map(function (p, i) { return { p: p, w: boxes[i].w, h: boxes[i].h }; }));
  }

  /* A force layout comes out about round or wide whatever the window:
     stretch it to the window's shape (area kept, so node spacing on average
     too), so labels are drawn as large as the window allows. */
  function stretch(points, b) {
    var target = cy.width() / Math.max(1, cy.height());
    if (!b.w || !b.h || !target) { return false; }
    var s = Math.sqrt(b.w / b.h / target);
    if (s < 1.1 && s > 1 / 1.1) { return false; }
    s = Math.min(s, 1.4); /* squeeze little: nodes are wider than tall */
    var cx = b.x1 + b.w / 2;
    var cy0 = b.y1 + b.h / 2;
    points.forEach(function (p) {
      p.x = cx + (p.x - cx) / s;
      p.y = cy0 + (p.y - cy0) * s;
    });
    return true;
  }

  /* The first drawing: a large network at Graphviz's positions (grouped
     in a summary), a smaller one as fCoSE lays it out. */
  function initialElements() {
    var out = [];
    nodes.forEach(function (n, i) {
      if (groupOf[i] < 0) { out.push(nodeElement(i, position[i])); }
    });
    groups.forEach(function (g, k) { out.push(groupElement(k, g.at)); });
    return out.concat(linkEdges(edges.map(function (e, i) { return i; })));
  }

  var STYLE = [
    { selector: "node", style: {
      shape: "data(shape)", width: "data(w)", height: "data(h)",
      "background-color": "data(fill)", "border-color": "data(stroke)",
      "border-width": 1.5, label: "data(label)", "text-wrap": "wrap",
      "text-valign": "center", "text-halign": "center", "font-size": 11,
      "font-family": "DejaVu Sans, sans-serif", color: "#111827",
      "min-zoomed-font-size": 5 } },
    { selector: "edge", style: {
      width: 1, "line-color": "#9ca3af", "target-arrow-color": "#9ca3af",
      "target-arrow-shape": "triangle", "arrow-scale": 0.7,
      "curve-style": "straight", label: "data(label)", "font-size": 8,
      color: "#4b5563", "text-rotation": "autorotate",
      "text-background-color": "#ffffff", "text-background-opacity": 0.8,
      "min-zoomed-font-size": 7 } },
    { selector: "node.dkg-group", style: { "border-width": 3, "font-weight": "bold" } },
    { selector: ".dkg-hidden", style: { display: "none" } },
    { selector: ".dkg-faded", style: { opacity: 0.15 } },
    { selector: "node.dkg-neighbour", style: { "border-color": "#f59e0b", "border-width": 3 } },
    { selector: "node.dkg-selected", style: { "border-color": "#dc2626", "border-width": 4 } },
    { selector: "edge.dkg-lit", style: {
      "line-color": "#dc2626", "target-arrow-color": "#dc2626", width: 2 } }
  ];

  /* A small seeded generator: the layout comes out the same at every
     opening (fCoSE draws on Math.random). */
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  if (data.large) {
    /* thousands of edge labels cost seconds to lay out and nobody reads
       them at that size: the panel lists a node's links */
    STYLE[1].style.label = "";
  }

  /* neighbours[i]: [{node, edge, label, out}] */
  var neighbours = nodes.map(function () { return []; });
  edges.forEach(function (e, i) {
    neighbours[e[0]].push({ node: e[1], edge: i, label: e[2], out: true });
    neighbours[e[1]].push({ node: e[0], edge: i, label: e[2], out: false });
  });

  var started = performance.now();
  var cy = cytoscape({
    container: document.getElementById("network"),
    elements: preset ? [] : initialElements(),
    style: STYLE,
    layout: { name: "preset" },
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: data.large,
    hideEdgesOnViewport: data.large,
    motionBlur: false
  });
  var constructMs = performance.now() - started;
  var renderedMs = null; /* since the page's start, when the network was first drawn */
  cy.one("render", function () { renderedMs = performance.now(); });

  function runLayout() {
    if (summary) {
      /* a few hundred nodes, with a radial layout: what most series share
         (topics, people) in the middle, then countries, places and their
         agencies, the series around them */
      buildGroups();
      cy.add(initialElements());
      cy.layout({ name: "concentric", fit: false, animate: false, minNodeSpacing: 12,
                  levelWidth: function () { return 1; },
                  concentric: function (n) { return RING[n.data("kind")] || 2; } }).run();
      groups.forEach(function (g) {
        var p = cy.getElementById(g.id).position();
        g.at = { x: p.x, y: p.y };
      });
      fitNodes(cy.nodes());
      return;
    }
    if (preset) {
      /* a large network comes laid out by dialoguekg (Graphviz's sfdp) */
      placePreset();
      cy.add(initialElements());
      fitNodes(cy.nodes());
      return;
    }
    fcose(cy.elements(), { fit: true });
    var points = cy.nodes().map(function (n) { return { x: n.position("x"), y: n.position("y") }; });
    if (stretch(points, cy.nodes().boundingBox(BOX))) {
      cy.batch(function () {
        cy.nodes().positions(function (n, i) { return points[i]; });
      });
    }
    fitNodes(cy.nodes());
  }

  /* Fits the viewport to nodes by their shapes alone: measuring every
     label (edge labels above all) takes seconds in a large graph. */
  var BOX = { includeLabels: false, includeOverlays: false };
  function fitNodes(eles) {
    var b = eles.boundingBox(BOX);
    if (!b.w || !b.h) { return; }
    var pad = 24;
    var zoom = Math.min((cy.width() - 2 * pad) / b.w, (cy.height() - 2 * pad) / b.h);
    zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
    cy.viewport({ zoom: zoom, pan: {
      x: (cy.width() - zoom * (b.x1 + b.x2)) / 2,
      y: (cy.height() - zoom * (b.y1 + b.y2)) / 2 } });
  }

  var visible = nodes.map(function () { return true; });

  /* Class changes restyle an element: only real changes are made. */
  function setClass(ele, cls, on) {
    if (ele.hasClass(cls) !== on) { ele.toggleClass(cls, on); }
  }

  function updateNetwork(kept) {
    var shown = 0;
    var active = filtering();
    var groupShown = groups.map(function () { return false; });
    nodes.forEach(function (n, i) {
      var v = !state.hidden[n["class"]] && nodeMatches(n, state.query) &&
        (!active || n.dialogues.some(function (k) { return kept[k]; }));
      visible[i] = v;
      if (v) {
        shown++;
        if (groupOf[i] >= 0) { groupShown[groupOf[i]] = true; }
      }
    });
    var drawnShown = {};
    cy.batch(function () {
      cy.nodes().forEach(function (ele) {
        var i = ele.data("idx");
        var v = i >= 0 ? visible[i] : groupShown[ele.data("group")];
        drawnShown[ele.id()] = v;
        setClass(ele, "dkg-hidden", !v);
      });
      cy.edges().forEach(function (ele) {
        var d = ele.data();
        setClass(ele, "dkg-hidden", !(drawnShown[d.source] && drawnShown[d.target]));
      });
    });
    document.getElementById("count").textContent =
      shown + " of " + nodes.length + " nodes shown" +
      (summary ? " \u00b7 summary: click a group to open it" : "");
    if (state.selected >= 0 && !visible[state.selected]) { select(-1); }
    else {
      highlight();
      if (summary && state.selected < 0) { showDetails(-1); }
    }
  }

  function highlight() {
    var sel = state.selected;
    var near = {};
    var lit = {};
    if (sel >= 0) {
      neighbours[sel].forEach(function (nb) { near[nb.node] = true; lit[nb.edge] = true; });
    }
    var nearGroup = {};
    Object.keys(near).forEach(function (i) { if (groupOf[i] >= 0) { nearGroup[groupOf[i]] = true; } });
    cy.batch(function () {
      cy.nodes().forEach(function (ele) {
        var i = ele.data("idx");
        var isNear = i >= 0 ? !!near[i] : !!nearGroup[ele.data("group")];
        setClass(ele, "dkg-selected", i >= 0 && i === sel);
        setClass(ele, "dkg-neighbour", sel >= 0 && i !== sel && isNear);
        setClass(ele, "dkg-faded", sel >= 0 && i !== sel && !isNear);
      });
      cy.edges().forEach(function (ele) {
        var l = linkOf[ele.id()];
        var on = sel >= 0 && l.edges.some(function (ei) { return lit[ei]; });
        setClass(ele, "dkg-lit", on);
        setClass(ele, "dkg-faded", sel >= 0 && !on);
      });
    });
  }

  function button(text, onClick) {
    var b = el("button", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  /* In a summary, the search's answer: the nodes that match, to walk to. */
  var MAX_MATCHES = 50;
  function showMatches(box) {
    var found = [];
    nodes.forEach(function (n, i) { if (visible[i]) { found.push(i); } });
    box.appendChild(el("h2", found.length + (found.length === 1 ? " node matches" : " nodes match")));
    var ul = el("ul", null, "matches");
    found.slice(0, MAX_MATCHES).forEach(function (i) {
      var li = el("li");
      li.appendChild(button(nodes[i].label, function () { select(i); }));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    if (found.length > MAX_MATCHES) {
      box.appendChild(el("p", "and " + (found.length - MAX_MATCHES) + " more: narrow the search.", "hint"));
    }
  }

  function showDetails(i) {
    var box = document.getElementById("details");
    box.textContent = "";
    if (i < 0) {
      if (summary && state.query) { showMatches(box); return; }
      box.appendChild(el("p", "Click a node to see its properties and " +
                         "highlight its neighbours." +
                         (summary ? " Click a group to open it." : ""), "hint"));
      return;
    }
    var n = nodes[i];
    box.appendChild(el("h2", n.name));
    box.appendChild(el("p", (classInfo[n["class"]] || {}).label || n["class"], "class"));
    box.appendChild(el("code", n.iri));
    if (groupOf[i] >= 0) {
      var g = groupOf[i];
      box.appendChild(button("Close the group \u201c" + groups[g].name + "\u201d", function () {
        select(-1);
        toggleGroup(g);
      }));
    }
    if (n.props.length) {
      var table = el("table");
      n.props.forEach(function (p) {
        var tr = el("tr");
        tr.appendChild(el("th", p[0]));
        tr.appendChild(el("td", p[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    if (neighbours[i].length) {
      box.appendChild(el("h3", "Linked (" + neighbours[i].length + ")"));
      var ul = el("ul");
      neighbours[i].forEach(function (nb) {
        var li = el("li");
        li.appendChild(el("span", nb.out ? nb.label + " \u2192 " : "\u2190 " + nb.label + " "));
        li.appendChild(button(nodes[nb.node].label, function () { select(nb.node); }));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  function select(i) {
    if (i >= 0 && groupOf[i] >= 0 && !groups[groupOf[i]].open) {
      toggleGroup(groupOf[i]);
    }
    state.selected = i;
    highlight();
    showDetails(i);
  }

  cy.on("tap", "node", function (evt) {
    var i = evt.target.data("idx");
    if (i >= 0) { select(i); } else { toggleGroup(evt.target.data("group")); }
  });
  cy.on("tap", function (evt) { if (evt.target === cy) { select(-1); } });

  /* ---- tables: the presence matrix and the topics across rounds ---- */

  function seriesName(d) { return d.series >= 0 ? facts.series[d.series] : "no series"; }

  function dates(d) {
    if (!d.date) { return "no date"; }
    return d.end && d.end !== d.date ? d.date + " \u2013 " + d.end : d.date;
  }

  function roundName(d) { return d.round ? "round " + d.round : d.label; }

  function columns(kept) {
    var cols = [];
    facts.dialogues.forEach(function (d, k) { if (kept[k]) { cols.push(k); } });
    return cols;
  }

  function tooWide(panel, cols) {
    if (cols.length <= MAX_COLUMNS) { return false; }
    panel.appendChild(el("p", cols.length + " dialogues are selected: choose a " +
      "series, a country or a year range to draw at most " + MAX_COLUMNS +
      " columns.", "hint"));
    return true;
  }

  function header(table, cols, corner) {
    var tr1 = el("tr");
    var tr2 = el("tr");
    var th = el("th", corner, "corner");
    th.rowSpan = 2;
    tr1.appendChild(th);
    for (var i = 0; i < cols.length;) {
      var s = facts.dialogues[cols[i]].series;
      var span = 1;
      while (i + span < cols.length && facts.dialogues[cols[i + span]].series === s) { span++; }
      var sh = el("th", seriesName(facts.dialogues[cols[i]]), "series");
      sh.colSpan = span;
      tr1.appendChild(sh);
      i += span;
    }
    var count = el("th", "rounds", "count");
    count.rowSpan = 2;
    tr1.appendChild(count);
    cols.forEach(function (k) {
      var d = facts.dialogues[k];
      var h = el("th", null, "round");
      h.appendChild(el("span", roundName(d)));
      h.appendChild(el("br"));
      h.appendChild(el("span", dates(d)));
      h.title = d.label;
      tr2.appendChild(h);
    });
    table.appendChild(tr1);
    table.appendChild(tr2);
  }

  function groupRow(table, text, width) {
    var tr = el("tr", null, "group");
    var td = el("th", text);
    td.colSpan = width;
    tr.appendChild(td);
    table.appendChild(tr);
  }

  /* marks: column -> 1 (present) or 2 (head's agency) */
  function markedRow(table, name, cols, marks, what, kind) {
    var tr = el("tr");
    tr.appendChild(el("th", name, "name"));
    var n = 0;
    cols.forEach(function (k) {
      var m = marks[k] || 0;
      var td = el("td", m === 2 ? "\u2605" : (m ? "\u25cf" : ""));
      if (m) {
        n++;
        td.className = m === 2 ? "dkg-cell dkg-head" : "dkg-cell dkg-" + kind;
        td.title = name + " \u2014 " + facts.dialogues[k].label +
          (m === 2 ? " (head of delegation's agency)" : "");
        td.setAttribute("data-what", what);
        td.setAttribute("data-dialogue", k);
      }
      tr.appendChild(td);
    });
    tr.appendChild(el("td", String(n), "count"));
    table.appendChild(tr);
  }

  function drawMatrix(kept) {
    var panel = document.getElementById("matrix");
    panel.textContent = "";
    var cols = columns(kept);
    if (tooWide(panel, cols)) { return; }
    var rows = facts.agencies.map(function () { return {}; });
    var used = facts.agencies.map(function () { return false; });
    facts.presence.forEach(function (p) {
      if (kept[p[1]]) { rows[p[0]][p[1]] = p[2] ? 2 : 1; used[p[0]] = true; }
    });
    var table = el("table", null, "dkg-table");
    header(table, cols, "agency");
    var group = null;
    facts.agencies.forEach(function (a, r) {
      if (!used[r] || !matches(a.label, state.query)) { return; }
      var country = a.country >= 0 ? facts.countries[a.country].label : "no country";
      if (country !== group) { group = country; groupRow(table, country, cols.length + 2); }
      markedRow(table, a.label, cols, rows[r], r, "present");
    });
    panel.appendChild(el("p", "\u25cf in the delegation \u2003 \u2605 the head of " +
                         "delegation's agency", "legend"));
    panel.appendChild(table);
  }

  function drawTopics(kept) {
    var panel = document.getElementById("topics");
    panel.textContent = "";
    var cols = columns(kept);
    if (tooWide(panel, cols)) { return; }
    var list = [];
    facts.topics.forEach(function (t, i) {
      var marks = {};
      var n = 0;
      t.rounds.forEach(function (k) { if (kept[k]) { marks[k] = 1; n++; } });
      if (n && matches(t.label, state.query)) { list.push({ t: t, i: i, n: n, marks: marks }); }
    });
    list.sort(function (a, b) {
      return b.n - a.n || (a.t.label < b.t.label ? -1 : (a.t.label > b.t.label ? 1 : 0));
    });
    var table = el("table", null, "dkg-table");
    header(table, cols, "topic");
    var group = null;
    list.forEach(function (x) {
      var g = x.n > 1 ? "recurring" : "in one round";
      if (g !== group) { group = g; groupRow(table, g, cols.length + 2); }
      markedRow(table, x.t.label, cols, x.marks, x.i, "topic");
    });
    panel.appendChild(table);
  }

  /* ---- the timeline: one lane per series on a date axis ---- */

  function dayOf(date) {
    var p = date.split("-");
    return Date.UTC(+p[0], p.length > 1 ? +p[1] - 1 : 0, p.length > 2 ? +p[2] : 1) / 864e5;
  }

  function drawTimeline(kept) {
    var panel = document.getElementById("timeline");
    panel.textContent = "";
    var lanes = [];
    var laneOf = {};
    var first = null;
    var last = null;
    facts.dialogues.forEach(function (d, k) {
      if (!kept[k]) { return; }
      if (!(d.series in laneOf)) { laneOf[d.series] = lanes.length; lanes.push({ d: d, rounds: [] }); }
      lanes[laneOf[d.series]].rounds.push(k);
      var y = yearOf(d);
      if (y !== null) {
        first = first === null ? y : Math.min(first, y);
        last = last === null ? y : Math.max(last, y + (d.end ? +d.end.slice(0, 4) - y : 0));
      }
    });
    if (!lanes.length) { panel.appendChild(el("p", "No dialogue is selected.", "hint")); return; }
    if (first === null) { first = last = new Date().getUTCFullYear(); }
    var left = 330;
    var perYear = Math.max(110, Math.floor((panel.clientWidth - left - 40) / (last - first + 1)));
    var laneH = 80;
    var width = left + perYear * (last - first + 1) + 40;
    var height = 40 + laneH * lanes.length + 10;
    var svg = svgEl("svg", { width: width, height: height, "class": "dkg-timeline" });
    var x0 = dayOf(first + "-01-01");
    function x(date) { return left + (dayOf(date) - x0) / 365.25 * perYear; }
    for (var y = first; y <= last + 1; y++) {
      var gx = left + (y - first) * perYear;
      svg.appendChild(svgEl("line", { x1: gx, y1: 24, x2: gx, y2: height - 10, "class": "tick" }));
      if (y <= last) {
        var t = svgEl("text", { x: gx + perYear / 2, y: 18, "class": "year" });
        t.textContent = String(y);
        svg.appendChild(t);
      }
    }
    lanes.forEach(function (lane, li) {
      var cy0 = 40 + li * laneH + laneH / 2;
      var name = svgEl("text", { x: 8, y: cy0 + 4, "class": "lane" });
      name.textContent = seriesName(lane.d);
      svg.appendChild(name);
      svg.appendChild(svgEl("line", { x1: left, y1: cy0, x2: width - 40, y2: cy0, "class": "axis" }));
      lane.rounds.forEach(function (k, ri) {
        var d = facts.dialogues[k];
        var g = svgEl("g", { "class": "dkg-round " + (d.status === "announced" ? "announced" : "held"),
                             "data-dialogue": k });
        var px = d.date ? x(d.date) : width - 30;
        if (d.end && d.date && d.end !== d.date) {
          g.appendChild(svgEl("rect", { x: px, y: cy0 - 5, width: Math.max(4, x(d.end) - px),
                                        height: 10, rx: 5 }));
        } else {
          g.appendChild(svgEl("circle", { cx: px, cy: cy0, r: 7 }));
        }
        var label = svgEl("text", { x: px, y: cy0 - 13, "class": "label" });
        label.textContent = (d.round ? "R" + d.round : d.label) + (d.place ? " \u00b7 " + d.place : "") +
          (d.status === "announced" ? " (announced)" : "");
        g.appendChild(label);
        if (d.heads.length) {
          var heads = svgEl("text", { x: px, y: cy0 + (ri % 2 ? 34 : 22), "class": "heads" });
          heads.textContent = d.heads.map(function (h) { return h[0]; }).join(", ");
          g.appendChild(heads);
        }
        var tip = svgEl("title");
        tip.textContent = d.label + "\n" + dates(d) + (d.place ? "\n" + d.place : "") +
          "\n" + (d.status || "") + d.heads.map(function (h) {
            return "\nhead: " + h[0] + (h[1] ? " (" + h[1] + ")" : "");
          }).join("");
        g.appendChild(tip);
        svg.appendChild(g);
      });
    });
    panel.appendChild(el("p", "\u25cf held \u2003 \u25cb announced \u2003 (hover a round " +
                         "for its date, place and heads)", "legend"));
    panel.appendChild(svg);
  }

  /* ---- putting it together ---- */

  var drawn = {};

  function update() {
    var kept = keptDialogues();
    updateNetwork(kept);
    drawn = {};
    drawTab(kept);
  }

  function drawTab(kept) {
    if (drawn[state.tab]) { return; }
    drawn[state.tab] = true;
    if (state.tab === "matrix") { drawMatrix(kept); }
    else if (state.tab === "timeline") { drawTimeline(kept); }
    else if (state.tab === "topics") { drawTopics(kept); }
  }

  function showTab(tab) {
    state.tab = tab;
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", b.getAttribute("data-tab") === tab ? "true" : "false");
    });
    document.querySelectorAll("main .panel").forEach(function (p) { p.hidden = p.id !== tab; });
    document.getElementById("classes").hidden = tab !== "network";
    document.getElementById("fit").hidden = tab !== "network";
    document.getElementById("details").hidden = tab !== "network";
    if (tab === "network") { cy.resize(); }
    drawTab(keptDialogues());
  }

  document.querySelectorAll("#tabs button").forEach(function (b) {
    b.addEventListener("click", function () { showTab(b.getAttribute("data-tab")); });
  });

  function options(id, labels) {
    var pick = document.getElementById(id);
    labels.forEach(function (label, i) {
      var o = el("option", label);
      o.value = String(i);
      pick.appendChild(o);
    });
    pick.addEventListener("change", function () {
      state[id] = pick.value === "" ? -1 : parseInt(pick.value, 10);
      update();
    });
  }

  options("series", facts.series);
  options("dialogue", facts.dialogues.map(function (d) { return d.label + " (" + dates(d) + ")"; }));
  /* countries by name, keeping their indices */
  var countryPick = document.getElementById("country");
  facts.countries.map(function (c, i) { return { c: c, i: i }; })
    .sort(function (a, b) { return a.c.label < b.c.label ? -1 : (a.c.label > b.c.label ? 1 : 0); })
    .forEach(function (x) {
      var o = el("option", x.c.label);
      o.value = String(x.i);
      countryPick.appendChild(o);
    });
  countryPick.addEventListener("change", function () {
    state.country = countryPick.value === "" ? -1 : parseInt(countryPick.value, 10);
    update();
  });

  var years = facts.dialogues.map(yearOf).filter(function (y) { return y !== null; });
  ["from", "to"].forEach(function (which) {
    var input = document.getElementById("year-" + which);
    if (years.length) {
      input.min = String(Math.min.apply(null, years));
      input.max = String(Math.max.apply(null, years));
      input.placeholder = which === "from" ? input.min : input.max;
    }
    input.addEventListener("input", function () {
      var v = parseInt(input.value, 10);
      state[which] = isNaN(v) ? null : v;
      update();
    });
  });

  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    state.query = search.value.trim().toLowerCase();
    update();
  });

  var classes = document.getElementById("classes");
  data.classes.forEach(function (c) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.key;
    box.addEventListener("change", function () {
      state.hidden[c.key] = !box.checked;
      update();
    });
    var sw = el("span", undefined, "swatch");
    sw.style.background = c.fill;
    sw.style.borderColor = c.stroke;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(document.createTextNode(c.label));
    classes.appendChild(label);
  });

  document.getElementById("fit").addEventListener("click", function () {
    fitNodes(cy.nodes(":visible"));
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { select(-1); }
  });

  /* laid out once the controls are in place: they set the window's shape */
  cy.resize();
  runLayout();
  var layoutMs = performance.now() - started;
  update();
  showTab(state.tab);

  window.dkgViz = {
    cy: cy,
    state: state,
    constructMs: constructMs,
    layoutMs: layoutMs,
    readyMs: performance.now() - started,
    summary: summary,
    groups: groups.length,
    renderedMs: function () { return renderedMs; },
    visibleNodes: function () {
      return nodes.filter(function (n, i) { return visible[i]; }).map(function (n) { return n.iri; });
    },
    keptDialogues: function () {
      var kept = keptDialogues();
      return facts.dialogues.filter(function (d, k) { return kept[k]; }).map(function (d) { return d.label; });
    },
    showTab: showTab
  };
}());
