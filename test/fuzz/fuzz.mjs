#!/usr/bin/env node
/**
 * Differential fuzzer: random programs (./generate.mjs) run plain, instrumented with tracing
 * off (frames 'default' and 'always'), in the counters form (`probes: 'counters'`), and
 * instrumented under a tracer that reads f_locals and
 * walks f_back at every event;
 * the printed output (values, caught errors and the line they were thrown at, the order of
 * async work) must be identical. And `f_locals` must be exact: traced with the shipped code
 * (bindings stored where they are written) and with the oracle (every binding that may change
 * stored before each line event, exact there by construction), the events and, at every
 * `call` and `line` event, the event frame's locals must be identical (docs/decisions.md §1h).
 *
 *   node test/fuzz/fuzz.mjs [--seed N] [--count N] [--seconds S]
 *
 * Stops at the first difference, prints the seed, the program and both outputs, and exits 1.
 * `npm run fuzz` runs it for 10 minutes from a random seed; the test suite runs a bounded,
 * fixed-seed share (test/fuzz/fuzz.test.ts). A failure found becomes a regression case in
 * test/fuzz/regressions/ (the program, run by the same test).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const jstrace = require(path.resolve(here, '../../dist/index.cjs'));

let events = 0;
function observe(frame) {
  events++;
  const locals = frame.f_locals;
  for (const key of Object.keys(locals)) void locals[key];
  for (let f = frame; f; f = f.f_back) void f.f_code.co_name;
  return observe;
}

const show = (v) => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return `[function ${v.name}]`;
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).join(',')}}`;
  return String(v);
};

/** The transform option of the `f_locals` oracle (src/instrument/options.ts, internal). */
const LINE_SLOT_STORES = Symbol.for('jstrace.internal.lineSlotStores');
const RECORDED_EVENTS = 20_000;

/** A tracer recording each event, and the frame's locals at `call` and `line` events, into `out`. */
function recorder(out) {
  const record = (frame, event) => {
    if (out.length < RECORDED_EVENTS) {
      let entry = `${event} ${frame.f_code.co_qualname}:${frame.f_lineno}`;
      if (event === 'call' || event === 'line') {
        const locals = frame.f_locals;
        entry += ` ${Object.keys(locals).map((k) => `${k}=${show(locals[k])}`).join(' ')}`;
      }
      out.push(entry);
    }
    return record;
  };
  return record;
}

/** Runs `code` as the body of a function of `print`; resolves to everything it printed. */
async function run(code, filename, tracer) {
  const lines = [];
  const print = (...args) => {
    lines.push(args.map(show).join(' '));
  };
  let fn;
  try {
    fn = vm.compileFunction(code, ['print'], { filename });
  } catch (e) {
    return `compile error ${e.name}: ${e.message}`;
  }
  if (tracer) jstrace.settrace(tracer);
  try {
    fn.call(undefined, print);
  } catch (e) {
    lines.push(`uncaught ${e?.name}: ${e?.message}`);
  } finally {
    if (tracer) jstrace.settrace(null);
  }
  // Let async work settle (microtasks, then a macrotask turn).
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  return lines.join('\n');
}

/** Checks one program; returns null when every mode agrees, else a report. */
export async function check(code, name = 'fuzz') {
  const filename = path.join(here, `${name}.js`);
  const plain = await run(code, filename, null);
  // A program Node cannot compile says nothing about the instrumenter (a generator slip).
  if (plain.startsWith('compile error')) return null;
  const instrumented = jstrace.transform(code, filename, { sourceType: 'script' }).code;
  // The generated program is a function body: the instrumented text is one too (a script
  // with a top-level `return` is allowed in CommonJS-like sources).
  const always = jstrace.transform(code, filename, { sourceType: 'script', frames: 'always' }).code;
  const counters = jstrace.transform(code, filename, { sourceType: 'script', probes: 'counters' }).code;
  for (const [mode, text, tracer] of [['off', instrumented, null], ['trace', instrumented, observe], ['off/always', always, null], ['counters', counters, null]]) {
    const out = await run(text, filename, tracer);
    if (out !== plain) return { mode, plain, out };
  }
  const oracle = jstrace.transform(code, filename, { sourceType: 'script', [LINE_SLOT_STORES]: true }).code;
  const [shipped, expected] = [[], []];
  await run(instrumented, filename, recorder(shipped));
  await run(oracle, filename, recorder(expected));
  const at = shipped.findIndex((entry, i) => entry !== expected[i]);
  if (at >= 0 || shipped.length !== expected.length) {
    const from = Math.max(0, (at >= 0 ? at : Math.min(shipped.length, expected.length)) - 3);
    return { mode: 'locals', plain: expected.slice(from, from + 8).join('\n'), out: shipped.slice(from, from + 8).join('\n') };
  }
  return null;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  let seed = opt('seed', Math.floor(Math.random() * 2 ** 31));
  const count = opt('count', Infinity);
  const seconds = opt('seconds', Infinity);
  const start = Date.now();
  let n = 0;
  console.log(`fuzz: from seed ${seed}`);
  while (n < count && (Date.now() - start) / 1000 < seconds) {
    const code = generate(seed);
    const diff = await check(code);
    if (diff) {
      console.log(`fuzz: seed ${seed} differs (${diff.mode})\n--- program\n${code}\n--- plain\n${diff.plain}\n--- ${diff.mode}\n${diff.out}`);
      process.exit(1);
    }
    n++;
    seed++;
  }
  console.log(`fuzz: ${n} programs, no difference (${events} traced events, ${((Date.now() - start) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
