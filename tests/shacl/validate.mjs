// Validates RDF data (Turtle or N-Triples files) against SHACL shapes with
// rdf-validate-shacl.  Usage:
//   node validate.mjs SHAPES.ttl DATA... [--expect EXPECTED.txt]
// Without --expect: prints each violation and exits 0 when the data
// conforms, 1 when it does not.  With --expect: EXPECTED.txt lists one
// violation a line as "FOCUS-NODE PATH CONSTRAINT-COMPONENT" (IRIs without
// <>, '-' for no path, component without the sh: namespace; '#' starts a
// comment line); exits 0 only when the engine reports exactly those.
// Exit 2: bad usage or unreadable/unparsable input.
import fs from 'node:fs';
import { Parser } from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';

const SH = 'http://www.w3.org/ns/shacl#';

function load(file) {
  const dataset = rdf.dataset();
  const text = fs.readFileSync(file, 'utf8');
  const parser = new Parser({ baseIRI: 'file://' + file });
  for (const q of parser.parse(text)) {
    dataset.add(rdf.quad(q.subject, q.predicate, q.object));
  }
  return dataset;
}

function term(t) {
  if (!t) return '-';
  if (t.termType === 'NamedNode') {
    return t.value.startsWith(SH) ? t.value.slice(SH.length) : t.value;
  }
  if (t.termType === 'BlankNode') return '_:' + t.value;
  return JSON.stringify(t.value);
}

let shapesGraph = null;

function pathOf(p) {
  if (!p) return '-';
  if (p.termType === 'BlankNode' && shapesGraph) {
    // A complex path is a node of the shapes graph: name inverse paths.
    for (const q of shapesGraph.match(p, rdf.namedNode(SH + 'inversePath'))) {
      return '^' + term(q.object);
    }
  }
  if (Array.isArray(p)) return p.map(pathOf).join('/');
  if (p.termType) return term(p);
  if (p.inverse) return '^' + pathOf(p.inverse);
  if (p.start === 'subject' && p.predicates) return p.predicates.map(term).join('|');
  return JSON.stringify(p);
}

async function main() {
  const args = process.argv.slice(2);
  let expect = null;
  const i = args.indexOf('--expect');
  if (i >= 0) {
    expect = args[i + 1];
    args.splice(i, 2);
  }
  if (args.length < 2 || (i >= 0 && !expect)) {
    console.error('usage: node validate.mjs SHAPES DATA... [--expect FILE]');
    process.exit(2);
  }
  const shapes = load(args[0]);
  shapesGraph = shapes;
  const data = rdf.dataset();
  for (const f of args.slice(1)) {
    for (const q of load(f)) data.add(q);
  }
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  const got = report.results.map((r) => {
    // The path of a property shape: result.path is an RDF/JS term (or a
    // structure for complex paths) depending on the engine version.
    const path = r.path === null || r.path === undefined ? '-' : pathOf(r.path);
    return `${term(r.focusNode)} ${path} ${term(r.sourceConstraintComponent)}`;
  }).sort();
  for (const r of report.results) {
    const msg = r.message.map((m) => m.value).join('; ');
    console.log(`${term(r.severity)}: ${term(r.focusNode)} ${r.path ? pathOf(r.path) : '-'}: ${msg} [${term(r.sourceConstraintComponent)}]`);
  }
  console.log(`${data.size} triples, ${report.results.length} violation(s); conforms: ${report.conforms}`);
  if (!expect) {
    process.exit(report.conforms ? 0 : 1);
  }
  const wanted = fs.readFileSync(expect, 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).sort();
  // Compare as multisets: one violation reported by two shapes counts twice.
  const rest = [...got];
  const missing = [];
  for (const w of wanted) {
    const k = rest.indexOf(w);
    if (k >= 0) rest.splice(k, 1); else missing.push(w);
  }
  const extra = rest;
  for (const m of missing) console.log(`MISSING (planted but not reported): ${m}`);
  for (const e of extra) console.log(`UNEXPECTED (reported, not planted): ${e}`);
  const ok = !missing.length && !extra.length;
  console.log(ok ? `all ${wanted.length} planted violations reported, nothing else`
                 : 'the report differs from the planted violations');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error('validate.mjs: ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
