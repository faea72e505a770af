#!/usr/bin/env node
/**
 * A frame-stack invariant check over the fuzzer's programs (./generate.mjs), traced with the
 * default instrumentation: the events must nest as CPython's do. A `call` event's frame has the
 * running frame (the top of a stack kept from the events) as its `f_back`, or none when the stack
 * is empty (an async resume from the event loop); `line` and `exception` events come from the
 * top frame; a `return` event pops it; nothing is left on the stack once the program and its
 * async work are done. The tracer stays installed while async work settles.
 *
 *   node test/fuzz/stackcheck.mjs [--seed N] [--count N] [--seconds S]
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const jstrace = require(path.resolve(here, '../../dist/index.cjs'));

const name = (f) => (f ? `${f.f_code.co_qualname}` : '-');

/** Runs `code` traced; returns null, or a description of the first event breaking the nesting. */
export async function stackCheck(code, filename = path.join(here, 'stack.js')) {
  let text;
  try {
    vm.compileFunction(code, ['print'], { filename });
    text = jstrace.transform(code, filename, { sourceType: 'script' }).code;
  } catch {
    return null;
  }
  const fn = vm.compileFunction(text, ['print'], { filename });
  const stack = [];
  const log = [];
  let bad = null;
  const ids = new Map();
  const id = (f) => {
    if (!ids.has(f)) ids.set(f, ids.size);
    return `${name(f)}#${ids.get(f)}`;
  };
  const tracer = (f, ev, arg) => {
    if (bad) return tracer;
    const top = stack[stack.length - 1] ?? null;
    const entry = `${ev} ${id(f)}:${f.f_lineno} back=${f.f_back ? id(f.f_back) : '-'}${ev === 'exception' ? ` ${String(arg?.[1]?.message ?? arg?.[1])}` : ''}`;
    log.push(entry);
    if (log.length > 40) log.shift();
    if (ev === 'call') {
      // CPython forwards gen.throw() and gen.close() of a delegating generator (`yield from`)
      // to the inner one first: its frame's f_back is then the suspended outer frame.
      if ((f.f_back ?? null) !== top && !(f.f_back && !stack.includes(f.f_back))) bad = `call with f_back ${f.f_back ? id(f.f_back) : '-'}, running frame ${top ? id(top) : '-'}`;
      if (stack.includes(f)) bad = `call of a frame already on the stack`;
      stack.push(f);
    } else if (f !== top) {
      bad = `${ev} of ${id(f)} while ${top ? id(top) : 'no frame'} runs (stack ${stack.map(id).join(' > ')})`;
    } else if (ev === 'return') {
      stack.pop();
    }
    return tracer;
  };
  const print = () => {};
  jstrace.settrace(tracer);
  try {
    fn.call(undefined, print);
  } catch {
    // uncaught: the frames it left are not checked
    jstrace.settrace(null);
    return null;
  }
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  jstrace.settrace(null);
  if (!bad && stack.length) bad = `left on the stack at the end: ${stack.map(id).join(' > ')}`;
  return bad ? { bad, log: log.join('\n') } : null;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (n, d) => {
    const i = args.indexOf(`--${n}`);
    return i >= 0 ? Number(args[i + 1]) : d;
  };
  let seed = opt('seed', Math.floor(Math.random() * 2 ** 31));
  const count = opt('count', Infinity);
  const seconds = opt('seconds', Infinity);
  const file = args.indexOf('--file') >= 0 ? args[args.indexOf('--file') + 1] : null;
  if (file) {
    const fs = await import('node:fs');
    const r = await stackCheck(fs.readFileSync(file, 'utf8'), path.resolve(file));
    console.log(r ? `${r.bad}\n${r.log}` : 'ok');
    process.exit(r ? 1 : 0);
  }
  const start = Date.now();
  let n = 0;
  console.log(`stackcheck: from seed ${seed}`);
  while (n < count && (Date.now() - start) / 1000 < seconds) {
    const code = generate(seed, { syncForAwait: !args.includes('--avoid-known'), asyncReturnInTry: !args.includes('--avoid-known') });
    const r = await stackCheck(code);
    if (r) {
      console.log(`stackcheck: seed ${seed}: ${r.bad}\n--- program\n${code}\n--- last events\n${r.log}`);
      process.exit(1);
    }
    n++;
    seed++;
  }
  console.log(`stackcheck: ${n} programs, all nest (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
