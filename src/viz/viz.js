/* dialoguekg viz: the page's script (compiled into the program).
   Reads the graph from <script id="dkg-data">, finds the drawn nodes and
   edges in the inline SVG by their ids (n0, n1, ...; e0, e1, ...), and offers
   search by name, filters by class and by dialogue, a properties panel with
   neighbour highlighting, and pan and zoom.  Touches no network. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dkg-data").textContent);
  var svg = document.querySelector("#graph svg");
  var nodes = data.nodes;
  var edges = data.edges;
  var nodeEls = nodes.map(function (n) { return document.getElementById(n.id); });
  var edgeEls = edges.map(function (e, i) { return document.getElementById("e" + i); });
  var classLabel = {};
  data.classes.forEach(function (c) { classLabel[c.key] = c.label; });

  /* neighbours[i]: [{node, edge, label, out}] */
  var neighbours = nodes.map(function () { return []; });
  edges.forEach(function (e, i) {
    neighbours[e[0]].push({ node: e[1], edge: i, label: e[2], out: true });
    neighbours[e[1]].push({ node: e[0], edge: i, label: e[2], out: false });
  });

  var state = { query: "", hidden: {}, dialogue: -1, selected: -1 };
  var visible = nodes.map(function () { return true; });

  function matches(n, q) {
    if (!q) { return true; }
    if (n.label.toLowerCase().indexOf(q) >= 0 ||
        n.name.toLowerCase().indexOf(q) >= 0) {
      return true;
    }
    return n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
  }

  function update() {
    var shown = 0;
    nodes.forEach(function (n, i) {
      var v = !state.hidden[n["class"]] && matches(n, state.query) &&
        (state.dialogue < 0 || n.dialogues.indexOf(state.dialogue) >= 0);
      visible[i] = v;
      if (v) { shown++; }
      if (nodeEls[i]) { nodeEls[i].classList.toggle("dkg-hidden", !v); }
    });
    edges.forEach(function (e, i) {
      if (edgeEls[i]) {
        edgeEls[i].classList.toggle("dkg-hidden", !(visible[e[0]] && visible[e[1]]));
      }
    });
    document.getElementById("count").textContent =
      shown + " of " + nodes.length + " nodes shown";
    if (state.selected >= 0 && !visible[state.selected]) {
      select(-1);
    } else {
      highlight();
    }
  }

  function highlight() {
    var sel = state.selected;
    var near = {};
    var lit = {};
    if (sel >= 0) {
      neighbours[sel].forEach(function (nb) { near[nb.node] = true; lit[nb.edge] = true; });
    }
    nodeEls.forEach(function (el, i) {
      if (!el) { return; }
      el.classList.toggle("dkg-selected", i === sel);
      el.classList.toggle("dkg-neighbour", sel >= 0 && i !== sel && !!near[i]);
      el.classList.toggle("dkg-faded", sel >= 0 && i !== sel && !near[i]);
    });
    edgeEls.forEach(function (el, i) {
      if (!el) { return; }
      el.classList.toggle("dkg-lit", !!lit[i]);
      el.classList.toggle("dkg-faded", sel >= 0 && !lit[i]);
    });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function showDetails(i) {
    var box = document.getElementById("details");
    box.textContent = "";
    if (i < 0) {
      box.appendChild(el("p", "Click a node to see its properties and " +
                         "highlight its neighbours.", "hint"));
      return;
    }
    var n = nodes[i];
    box.appendChild(el("h2", n.name));
    box.appendChild(el("p", classLabel[n["class"]] || n["class"], "class"));
    box.appendChild(el("code", n.iri));
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
        li.appendChild(el("span", (nb.out ? nb.label + " \u2192 " : "\u2190 " + nb.label + " ")));
        var b = el("button", nodes[nb.node].label);
        b.type = "button";
        b.addEventListener("click", function () { select(nb.node); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  function select(i) {
    state.selected = i;
    highlight();
    showDetails(i);
  }

  /* ---- controls ---- */

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

  var pick = document.getElementById("dialogue");
  data.dialogues.forEach(function (d, k) {
    var o = el("option", d.label);
    o.value = String(k);
    pick.appendChild(o);
  });
  pick.addEventListener("change", function () {
    state.dialogue = pick.value === "" ? -1 : Number(pick.value);
    update();
  });

  nodeEls.forEach(function (g, i) {
    if (g) {
      g.addEventListener("click", function (ev) {
        ev.stopPropagation();
        select(i);
      });
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { select(-1); }
  });

  /* ---- pan and zoom: the SVG's viewBox follows the wheel and drags ---- */

  if (svg) {
    var vb = svg.viewBox.baseVal;
    var view = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    var apply = function () {
      svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
    };
    /* viewBox units per pixel, and the point under the pointer (the
       drawing is centred: preserveAspectRatio xMidYMid meet) */
    var toSvg = function (ev) {
      var r = svg.getBoundingClientRect();
      var s = Math.max(view.w / r.width, view.h / r.height);
      return { s: s,
               x: view.x + (ev.clientX - r.left - (r.width - view.w / s) / 2) * s,
               y: view.y + (ev.clientY - r.top - (r.height - view.h / s) / 2) * s };
    };
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = toSvg(ev);
      var f = ev.deltaY < 0 ? 1 / 1.2 : 1.2;
      view.x = p.x - (p.x - view.x) * f;
      view.y = p.y - (p.y - view.y) * f;
      view.w *= f;
      view.h *= f;
      apply();
    }, { passive: false });
    var drag = null;
    var graph = document.getElementById("graph");
    svg.addEventListener("mousedown", function (ev) {
      drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
      graph.classList.add("dragging");
    });
    window.addEventListener("mousemove", function (ev) {
      if (!drag) { return; }
      var s = toSvg(ev).s;
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) {
        drag.moved = true;
      }
      view.x = drag.vx - (ev.clientX - drag.x) * s;
      view.y = drag.vy - (ev.clientY - drag.y) * s;
      apply();
    });
    window.addEventListener("mouseup", function (ev) {
      if (drag && !drag.moved && ev.target.closest &&
          !ev.target.closest("g.node")) {
        select(-1); /* a click on the background */
      }
      drag = null;
      graph.classList.remove("dragging");
    });
  }

  update();
})();
