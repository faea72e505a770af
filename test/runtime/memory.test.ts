/**
 * Memory in long runs: instrumented code must not keep what plain node frees. Each case runs
 * in a child `node --expose-gc` (a fresh realm and registry) and reports what is still
 * reachable, by WeakRefs or by the registry's own lists, which is deterministic where heap
 * sizes are not.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const INDEX = path.join(ROOT, 'dist/index.cjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-mem-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Instruments `source` (with `options`) as `name`.cjs in the temp dir, then runs `driver`
 * (CommonJS, uninstrumented) with `J` (the runtime), `R` (the registry), `MOD` (the
 * instrumented file's path), `collect()` (settles and collects) and `out(value)`; returns
 * what it passed to `out`.
 */
function run(name: string, source: string, driver: string, options: object = {}): any {
  const J = require(INDEX);
  const mod = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(mod, J.transform(source, mod, options).code);
  const main = path.join(dir, `${name}.driver.cjs`);
  fs.writeFileSync(
    main,
    `const J = require(${JSON.stringify(INDEX)});
const R = globalThis[Symbol.for('jstrace.registry')];
const MOD = ${JSON.stringify(mod)};
const tick = () => new Promise((r) => setImmediate(r));
async function collect() { for (let i = 0; i < 4; i++) { await tick(); gc(); } }
const out = (v) => process.stdout.write(JSON.stringify(v));
const depth = () => { let n = 0; for (let f = R.top.f; f; f = f.f_back) n++; return n; };
(async () => {
${driver}
})();
`,
  );
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', main], { encoding: 'utf8' }));
}

const noop = 'function t() { return t; }';

describe('bounded: what plain node frees, jstrace frees', () => {
  it('generators never finished and async functions never resolved are collected (noop tracer)', () => {
    const r = run(
      'unfinished',
      `const refs = [];
function* g(n) { const big = { n }; refs.push(new WeakRef(big)); try { while (true) yield n; } finally { n = 0; } }
async function never(n) { const big = { n }; refs.push(new WeakRef(big)); await new Promise(() => {}); return big; }
exports.step = (i) => { const it = g(i); it.next(); it.next(); never(i); };
exports.refs = refs;`,
      `const m = require(MOD); J.settrace(${noop});
for (let i = 0; i < 200; i++) m.step(i);
J.settrace(null); await collect();
out({ alive: m.refs.filter((r) => r.deref() !== undefined).length, depth: depth() });`,
    );
    expect(r).toEqual({ alive: 0, depth: 0 });
  });

  it('exceptions caught by traced code release the frames they unwound (frames: always, tracing off)', () => {
    const r = run(
      'caught',
      `const refs = [];
function inner(i) { const big = { i }; refs.push(new WeakRef(big)); throw new TypeError('t' + i); }
function withFinally(i) { try { return inner(i); } finally { i++; } }
exports.step = (i) => { try { withFinally(i); } catch (e) { return e; } };
exports.refs = refs;`,
      `const m = require(MOD);
for (let i = 0; i < 200; i++) m.step(i);
await collect();
out({ alive: m.refs.filter((r) => r.deref() !== undefined).length, depth: depth() });`,
      { frames: 'always' },
    );
    // The last exception may be kept (see the failing case below); no more than that.
    expect(r.depth).toBe(0);
    expect(r.alive).toBeLessThanOrEqual(1);
  });
});

describe('what plain node frees in long runs, jstrace frees too', () => {
  it('frames an exception unwound into uninstrumented code are released (frames: always, tracing off)', () => {
    const r = run(
      'plaincatch',
      `function boom(i) { const big = new Array(100).fill(i); throw new Error('x' + big.length); }
exports.boom = boom;`,
      `const m = require(MOD);
const step = (i) => { try { m.boom(i); } catch (e) { return e; } }; // a harness: not instrumented
for (let i = 0; i < 1000; i++) step(i);
await collect();
out({ depth: depth() });`,
      { frames: 'always' },
    );
    expect(r.depth).toBe(0); // jstrace: 1000 (one dead boom frame per call, chained by f_back)
  });

  it('a promise callback that throws does not stay on the frame stack (noop tracer)', () => {
    const r = run(
      'thenthrow',
      `exports.step = (i) => Promise.resolve(i).then((v) => { throw new Error('x' + v); }).catch((e) => e.message);`,
      `const m = require(MOD); J.settrace(${noop});
for (let i = 0; i < 500; i++) await m.step(i);
J.settrace(null); await collect();
out({ depth: depth() });`,
    );
    expect(r.depth).toBe(0); // jstrace: 500
  });

  it('Trace.runfunc of a function that throws, many times: frames released, no caller edge between runs', () => {
    const r = run(
      'runfunc',
      `function failingTest(i) { throw new Error('assert ' + i); }
function passingTest(i) { return helper(i); }
function helper(i) { return i; }
module.exports = { failingTest, passingTest };`,
      `const m = require(MOD);
const T = new J.Trace({ countcallers: true });
for (let i = 0; i < 300; i++) { try { T.runfunc(m.failingTest, i); } catch {} }
T.runfunc(m.passingTest, 1);
const edges = [...T.results().callers.values()].map(([a, b]) => a[2] + '->' + b[2]).sort();
await collect();
out({ depth: depth(), edges });`,
    );
    // CPython: Trace.runfunc -> failingTest, Trace.runfunc -> passingTest, passingTest -> helper.
    expect(r.edges).toEqual(['passingTest->helper']); // jstrace adds failingTest->failingTest, failingTest->passingTest
    expect(r.depth).toBe(0); // jstrace: 300
  });

  it('a frame the tracer keeps does not keep, once it has returned, the frames an exception it caught unwound', () => {
    const r = run(
      'keptframe',
      `let ref = null;
function work() { const big = { payload: 1 }; ref = new WeakRef(big); throw new Error('fail'); }
function main() { try { work(); } catch (e) { /* handled */ } return 1; }
exports.main = main; exports.ref = () => ref;`,
      `const m = require(MOD);
let kept = null;
J.settrace(function t(f, e) { if (e === 'call' && f.f_code.co_name === 'main') kept = f; return t; });
m.main();
J.settrace(null);
// (The registry keeps the last exception reported until the next one: README.)
R.lastTb = null; R.lastExc = undefined;
await collect();
out({ kept: kept !== null, viaKeptFrame: m.ref().deref() !== undefined });`,
    );
    // CPython 3.12 frees the traceback (and work's frame with big) after the except block, even
    // while the tracer keeps main's frame.
    expect(r).toEqual({ kept: true, viaKeptFrame: false });
  });

  it('monitoring DISABLE does not keep the code objects of unloaded modules', () => {
    const r = run(
      'disable',
      `function f(x) { return x + 1; }\nf(1);\nmodule.exports = f;`,
      `const M = J.monitoring; const refs = [];
M.use_tool_id(1, 'cov');
M.register_callback(1, M.events.PY_START, (code) => { refs.push(new WeakRef(code)); return M.DISABLE; });
M.register_callback(1, M.events.LINE, () => M.DISABLE);
M.set_events(1, M.events.PY_START | M.events.LINE);
for (let i = 0; i < 50; i++) { delete require.cache[MOD]; require(MOD)(i); module.children.length = 0; }
await collect();
out({ alive: refs.filter((r) => r.deref() !== undefined).length, of: refs.length });`,
    );
    // CPython: code objects of modules dropped from sys.modules are freed, DISABLE or not.
    expect(r.alive).toBeLessThanOrEqual(2); // jstrace: 100 of 100 (monitoring.disabled is a strong Set)
  });

  it('Trace({count, trace}) does not keep the code objects of unloaded modules', () => {
    const r = run(
      'tracecodes',
      `function f(x) { return x + 1; }\nf(1);\nmodule.exports = f;`,
      `const T = new J.Trace({ count: true, trace: true, output: { write() {} } });
const M = J.monitoring; const refs = [];
M.use_tool_id(2, 'watch');
M.register_callback(2, M.events.PY_START, (code) => { refs.push(new WeakRef(code)); });
M.set_events(2, M.events.PY_START);
T.start();
for (let i = 0; i < 50; i++) { delete require.cache[MOD]; require(MOD)(i); module.children.length = 0; }
T.stop();
M.set_events(2, 0); M.free_tool_id(2);
await collect();
out({ alive: refs.filter((r) => r.deref() !== undefined).length, of: refs.length, counts: Object.fromEntries(T.results().counts.get(MOD)) });`,
    );
    // Python's Trace keys counts by (filename, lineno): nothing per code object survives, and
    // the 50 evaluations add up (each starts the module and calls f twice).
    expect(r.of).toBe(150);
    // Alive: the last evaluation's three code objects (the module is still loaded) and the
    // first's (the file's list of functions): not one per evaluation.
    expect(r.alive).toBeLessThanOrEqual(6);
    expect(r.counts).toEqual({ 1: 100, 2: 50, 3: 50 });
  });

  it('the registry\'s setter list shrinks when modules are unloaded (tracing never toggled)', () => {
    const r = run(
      'setters',
      `function f(x) { return x; }\nmodule.exports = f;`,
      `for (let batch = 0; batch < 10; batch++) {
  for (let i = 0; i < 50; i++) { delete require.cache[MOD]; require(MOD)(i); module.children.length = 0; }
  await collect();
}
out({ s: R.s.length, live: R.s.filter((w) => w.deref() !== undefined).length });`,
    );
    // 500 files loaded, in batches with collections between (a long run): the list is pruned
    // each time it reaches a power of two, of the files collected by then.
    expect(r.live).toBeLessThanOrEqual(2);
    expect(r.s).toBeLessThanOrEqual(128);
  });
});

describe('counts across re-evaluation (found while measuring reloads)', () => {
  it('Trace({count: true, trace: false}) adds the counts of every evaluation of an events-form file', () => {
    const r = run(
      'recount',
      'function f(x) {\n  return x + 1;\n}\nf(0);\nmodule.exports = f;\n',
      `const T = new J.Trace({ count: true, trace: false });
T.start();
let f = require(MOD);
for (let i = 0; i < 3; i++) { delete require.cache[MOD]; f = require(MOD); f(i); }
T.stop();
out(Object.fromEntries(T.results().counts.get(MOD)));`,
    );
    // 4 evaluations, 7 calls of f (CPython's trace, same program with importlib: 4/4/7).
    expect(r).toEqual({ 2: 7, 4: 4, 5: 4 }); // jstrace: { 2: 2, 4: 1, 5: 1 } (the last evaluation only)
  });
});
