// JS side of the Trace/CoverageResults API twins: node --import jstrace/register tool.mjs SCENARIO (cwd: this folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Trace, CoverageResults, settrace, gettrace } from 'jstrace';
import * as app from './app.mjs';
import * as helper from './helper.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const counts_of = (r) => {
  const rows = [];
  for (const [f, m] of r.counts) for (const [l, n] of m) rows.push([path.basename(f), l, n]);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return rows.map(([f, l, n]) => `${f}:${l}=${n}`).join(' ');
};
const funcs_of = (r) => [...r.calledfuncs.values()].map(([f, m, fn]) => `${path.basename(f)}/${m}/${fn}`).sort().join(' ');
const callers_of = (r) => [...r.callers.values()].map(([a, b]) => `${a[1]}.${a[2]}->${b[1]}.${b[2]}`).sort().join(' ');
const show_dir = (d) => {
  for (const name of fs.readdirSync(d).sort()) {
    console.log(`== ${name}`);
    process.stdout.write(fs.readFileSync(path.join(d, name), 'utf8'));
  }
};
const T = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-'));
process.on('exit', () => fs.rmSync(T, { recursive: true, force: true }));
const s = process.argv[2];
if (s === 'basic') {
  const t = new Trace({ count: true, trace: false });
  console.log('value', t.runfunc(app.work, 3));
  console.log('counts', counts_of(t.results()));
} else if (s === 'throws') {
  const t = new Trace({ count: true, trace: false });
  try {
    t.runfunc(app.boom, 2);
  } catch (e) {
    console.log('raised', e.message);
  }
  console.log('counts', counts_of(t.results()));
  console.log('gettrace', gettrace() === null ? 'None' : gettrace());
} else if (s === 'nested-same') {
  const t = new Trace({ count: true, trace: false });
  try {
    console.log('value', t.runfunc(app.outer, t, 2));
  } catch (e) {
    console.log('raised', e.name, e.message);
  }
  console.log('counts', counts_of(t.results()));
} else if (s === 'nested-other') {
  const t1 = new Trace({ count: true, trace: false });
  const t2 = new Trace({ count: true, trace: false });
  console.log('value', t1.runfunc(app.outer, t2, 1));
  console.log('t1', counts_of(t1.results()));
  console.log('t2', counts_of(t2.results()));
} else if (s === 'results-twice') {
  const t = new Trace({ count: true, trace: false });
  t.runfunc(app.work, 2);
  const r1 = t.results();
  const r2 = t.results();
  console.log('r1', counts_of(r1));
  console.log('r2', counts_of(r2));
  t.runfunc(app.work, 1);
  console.log('r1-after-second-run', counts_of(r1));
  console.log('r3', counts_of(t.results()));
} else if (s === 'update') {
  const a = new Trace({ count: true, trace: false });
  a.runfunc(app.work, 2);
  const b = new Trace({ count: true, trace: false });
  b.runfunc(app.square, 5);
  const r = a.results();
  r.update(b.results());
  console.log('merged', counts_of(r));
  r.writeResults({ showMissing: true, summary: true, coverdir: T });
  show_dir(T);
} else if (s === 'outfile-infile') {
  const f = path.join(T, 'counts');
  const a = new Trace({ count: true, trace: false, outfile: f });
  a.runfunc(app.work, 2);
  a.results().writeResults({ showMissing: false, summary: false, coverdir: path.join(T, 'c1') });
  const b = new Trace({ count: true, trace: false, infile: f });
  console.log('b-before', counts_of(b.results()));
  b.runfunc(app.work, 1);
  console.log('b-after', counts_of(b.results()));
} else if (s === 'ignoremods') {
  const t = new Trace({ count: true, trace: false, ignoremods: ['helper'] });
  t.runfunc(app.work, 2);
  console.log('counts', counts_of(t.results()));
} else if (s === 'ignoredirs') {
  const t = new Trace({ count: true, trace: false, ignoredirs: [here] });
  t.runfunc(app.work, 2);
  console.log('counts', counts_of(t.results()));
} else if (s === 'countfuncs') {
  const t = new Trace({ count: true, trace: false, countfuncs: true });
  t.runfunc(app.work, 2);
  const r = t.results();
  console.log('calledfuncs', funcs_of(r));
  console.log('counts', counts_of(r));
  r.writeResults({ showMissing: true, summary: true, coverdir: T });
  show_dir(T);
} else if (s === 'countcallers') {
  const t = new Trace({ count: false, trace: false, countcallers: true });
  t.runfunc(app.work, 2);
  const r = t.results();
  console.log('callers', callers_of(r));
  r.writeResults({ coverdir: T });
  show_dir(T);
} else if (s === 'trace') {
  const t = new Trace({ count: false, trace: true });
  t.runfunc(app.work, 2);
} else if (s === 'trace-count') {
  const t = new Trace({ count: true, trace: true });
  t.runfunc(app.work, 1);
  console.log('counts', counts_of(t.results()));
} else if (s === 'timing') {
  const t = new Trace({ count: false, trace: true, timing: true });
  t.runfunc(app.square, 2);
} else if (s === 'user-tracer') {
  const seen = [];
  const mine = (frame, event) => {
    seen.push(`${event}:${frame.f_code.co_name}`);
    return null;
  };
  for (const kw of [{ count: 1, trace: 0 }, { count: 0, trace: 1 }, { countfuncs: 1 }, { countcallers: 1 }]) {
    seen.length = 0;
    settrace(mine);
    const t = new Trace(kw);
    t.runfunc(app.square, 2);
    const restored = gettrace() === mine;
    settrace(null);
    console.log(JSON.stringify(Object.entries(kw).sort()), 'user-saw', JSON.stringify(seen), 'restored', restored);
  }
} else if (s === 'async') {
  const later = async (n) => {
    await new Promise((r) => setTimeout(r, 0));
    return app.work(n);
  };
  const t = new Trace({ count: true, trace: false });
  const res = t.runfunc(later, 2);
  console.log('runfunc-returned', res?.constructor?.name);
  console.log('value', await res);
  console.log('counts', counts_of(t.results()));
} else if (s === 'coverdir-missing') {
  const t = new Trace({ count: true, trace: false });
  t.runfunc(app.work, 2);
  const d = path.join(T, 'a', 'b');
  t.results().writeResults({ showMissing: true, summary: true, coverdir: d });
  show_dir(d);
} else if (s === 'no-missing') {
  const t = new Trace({ count: true, trace: false });
  t.runfunc(app.work, 2);
  t.results().writeResults({ showMissing: false, summary: true, coverdir: T });
  show_dir(T);
} else if (s === 'defaults') {
  const t = new Trace();
  t.runfunc(app.square, 3);
  console.log('counts', counts_of(t.results()));
} else if (s === 'none') {
  const t = new Trace({ count: false, trace: false });
  console.log('value', t.runfunc(app.work, 2));
  console.log('counts', counts_of(t.results()));
} else if (s === 'run-string') {
  const t = new Trace({ count: true, trace: false });
  t.run('var k = 0;\nfor (var i = 0; i < 3; i++)\n    k += i;\n');
  console.log('counts', counts_of(t.results()));
} else if (s === 'runctx') {
  const t = new Trace({ count: true, trace: false });
  console.log('runctx', typeof t.runctx);
}
if (s === 'throws-trace') {
  const t = new Trace({ count: false, trace: true });
  try {
    t.runfunc(app.boom, 1);
  } catch (e) {
    console.log('raised', e.message);
  }
  console.log('gettrace', gettrace() === null ? 'None' : gettrace());
} else if (s === 'throws-callers') {
  const t = new Trace({ countcallers: true });
  try {
    t.runfunc(app.boom, 1);
  } catch (e) {
    console.log('raised', e.message);
  }
  console.log('callers', callers_of(t.results()));
} else if (s === 'builtin-caller') {
  const t = new Trace({ count: true, trace: false });
  console.log('value', t.runfunc((xs) => JSON.stringify(xs.map(app.square)).replaceAll(',', ', '), [1, 2, 3]));
  console.log('counts', counts_of(t.results()));
}
