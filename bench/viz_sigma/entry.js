/* bench/viz_sigma.py's page script: the data of a dialoguekg viz page drawn
   by sigma.js (WebGL) over graphology, at Graphviz's positions, to measure
   against the Cytoscape.js page.  Not part of the program. */
import Graph from "graphology";
import Sigma from "sigma";
const t0 = performance.now();
const data = JSON.parse(document.getElementById("dkg-data").textContent);
const fill = {};
data.classes.forEach(c => { fill[c.key] = c.fill; });
const g = new Graph({ multi: true });
data.nodes.forEach((n, i) => {
  const p = n.pos || [Math.cos(i) * i, Math.sin(i) * i];
  g.addNode(n.id, { x: p[0], y: -p[1], size: 4, label: n.label, color: fill[n["class"]] || "#ccc" });
});
data.edges.forEach((e, i) => { g.addEdgeWithKey("e" + i, data.nodes[e[0]].id, data.nodes[e[1]].id, { size: 0.5, color: "#bbb" }); });
const t1 = performance.now();
const s = new Sigma(g, document.getElementById("network"), { renderEdgeLabels: false, labelRenderedSizeThreshold: 8 });
const t2 = performance.now();
window.dkgSigma = { zoom(f) { const c = s.getCamera(); c.setState({ ratio: c.ratio / f }); s.refresh(); },
  pan() { const c = s.getCamera(); c.setState({ x: c.x + 0.05 }); s.refresh(); },
  s, g, buildMs: t1 - t0, rendererMs: t2 - t1, readyMs: t2 - t0,
  search(q) { const t = performance.now(); g.forEachNode((k, a) => { g.setNodeAttribute(k, "hidden", q && a.label.toLowerCase().indexOf(q) < 0); }); s.refresh(); return performance.now() - t; } };
