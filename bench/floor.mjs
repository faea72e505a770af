// `npm run bench:floor`: what the cheapest settrace-shaped instrumentation costs on the bench
// workloads, to tell the part of jstrace's no-op ratio that any implementation of the protocol
// pays from the part its own design adds (docs/decisions.md §1g).
//
// The floor instruments each workload with Babel (not jstrace): one frame object per call
// (`f_trace`, `f_back`, a line), the global tracer's `call` event, before every statement in a
// function a `line` event to the frame's tracer, the head line again at each `for` iteration,
// and a `return` event. It has none of what SPEC §3 asks beyond that: no `f_locals`, no guard
// against re-entry, no handling of a tracer that throws, no `exception` events, no generator
// suspensions. A real implementation cannot be cheaper than this on the same engine. The
// default workloads are the three where that shape is the whole protocol (calls, lines,
// returns): `exc` and `gen` can be asked for, but their floors leave out the exception events
// and the suspensions they exist to measure.
//   node bench/floor.mjs [--rounds N] [--only fib,nbody,interp,exc,gen]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJsonChild } from './lib/spawn.mjs';
import { geomean, median } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const babel = require('@babel/core');
const t = babel.types;

const WORKLOADS = ['fib', 'nbody', 'interp', 'exc', 'gen'];
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(opt('--rounds', '5'));
const only = opt('--only', 'fib,nbody,interp').split(',');
if (!Number.isInteger(rounds) || rounds < 1 || only.some((w) => !WORKLOADS.includes(w))) {
  process.stderr.write(`usage: node bench/floor.mjs [--rounds N] [--only ${WORKLOADS.join(',')}]\n`);
  process.exit(2);
}

const RUNTIME = `
const __T = globalThis.__floorTracer || null;
let __top = null;
class __Frame {
  constructor(line, back) { this.f_trace = null; this._line = line; this.f_back = back; this._done = false; }
}
function __open(line) {
  if (__T === null) return null;
  const f = new __Frame(line, __top);
  __top = f;
  const r = __T(f, 'call', undefined);
  if (typeof r === 'function') f.f_trace = r;
  return f;
}
function __line(f, line) {
  f._line = line;
  const r = f.f_trace(f, 'line', undefined);
  if (r !== f.f_trace && r != null) f.f_trace = r;
  return true;
}
function __return(f, v) {
  if (f !== null && f._done === false) {
    f._done = true;
    if (f.f_trace !== null) f.f_trace(f, 'return', v);
    __top = f.f_back;
  }
  return v;
}
`;

/** The floor's instrumentation of one workload's source. */
function instrumentFloor(source, filename) {
  const line = (n) => babel.template.statement.ast(`__f !== null && __f.f_trace !== null && __line(__f, ${n});`);
  const lineExpr = (n) => babel.template.expression.ast(`__f !== null && __f.f_trace !== null && __line(__f, ${n})`);
  const mark = (node) => Object.assign(node, { _floor: true });
  const plugin = () => ({
    visitor: {
      Function: {
        exit(path) {
          const fn = path.node;
          if (!t.isBlockStatement(fn.body)) fn.body = t.blockStatement([mark(t.returnStatement(t.callExpression(t.identifier('__return'), [t.identifier('__f'), fn.body])))]);
          fn.body.body.unshift(mark(babel.template.statement.ast(`const __f = __open(${fn.loc.start.line});`)));
          fn.body.body.push(mark(babel.template.statement.ast('__return(__f, undefined);')));
        },
      },
      ReturnStatement(path) {
        if (path.node._floor || !path.getFunctionParent()) return;
        path.replaceWith(mark(t.returnStatement(t.callExpression(t.identifier('__return'), [t.identifier('__f'), path.node.argument ?? t.identifier('undefined')]))));
      },
      ForStatement: {
        exit(path) {
          if (path.node._floor) return;
          mark(path.node);
          const probe = lineExpr(path.node.loc.start.line);
          path.node.update = path.node.update ? t.sequenceExpression([probe, path.node.update]) : probe;
        },
      },
      Statement: {
        exit(path) {
          const node = path.node;
          if (node._floor || !node.loc || t.isBlockStatement(node) || t.isFunctionDeclaration(node) || t.isClassDeclaration(node)) return;
          if (!path.parentPath.isBlockStatement() || !path.getFunctionParent()) return;
          mark(node);
          path.insertBefore(mark(line(node.loc.start.line)));
        },
      },
    },
  });
  const out = babel.transformSync(source, { filename, babelrc: false, configFile: false, plugins: [plugin] });
  return out.code.replace(/^'use strict';/, `'use strict';${RUNTIME.replace(/\n/g, ' ')}`);
}

const CHILD = `
const [file, traced] = [process.argv[1], process.argv[2] === 'floor'];
function noop(frame, event, arg) { return noop; }
if (traced) globalThis.__floorTracer = noop;
const { run } = require(file);
run();
const t0 = performance.now();
run();
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
`;

function time(file, mode) {
  const res = runJsonChild(process.execPath, ['-e', CHILD, file, mode], { timeout: 300_000 });
  if (res.error) throw new Error(`${file} ${mode}: ${res.error}`);
  return res.ms;
}
const tmp = mkdtempSync(join(tmpdir(), 'jstrace-floor-'));
try {
  const rows = [];
  for (const w of only) {
    const plainFile = join(root, 'bench/workloads', `${w}.js`);
    const floorFile = join(tmp, `${w}.floor.js`);
    writeFileSync(floorFile, instrumentFloor(readFileSync(plainFile, 'utf8'), plainFile));
    const ratios = [];
    for (let r = 0; r < rounds; r++) {
      const plain = time(plainFile, 'plain');
      const floor = time(floorFile, 'floor');
      ratios.push(floor / plain);
      process.stderr.write(`[floor] ${w} round ${r + 1}/${rounds}: plain ${plain.toFixed(0)} ms, floor ${floor.toFixed(0)} ms\n`);
    }
    rows.push([w, median(ratios)]);
  }
  const geo = geomean(rows.map(([, x]) => x));
  console.log('| workload | floor, no-op tracer (ratio to plain node) |');
  console.log('| --- | --- |');
  for (const [w, x] of rows) console.log(`| ${w} | ${x.toFixed(2)} |`);
  if (rows.length > 1) console.log(`| geomean | ${geo.toFixed(2)} |`);
  console.log(`\nMedians of ${rounds} interleaved rounds (node ${process.version}); one warm-up run() excluded, one timed run() per process.`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
