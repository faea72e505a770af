'use strict';
// One measurement in a fresh node process: load the runtime if asked, install the tracer,
// load the workload, call run() once untimed (JIT warm-up), then time one run().
// Prints one JSON line: { ms, warmupMs, checksum, ... } or { error }.
// argv[2] is JSON: { file, runtime: path | null, tracer: null | 'noop' | 'locals' }.

const { performance } = require('node:perf_hooks');

// The no-op tracer of SPEC §8: returns itself, does nothing else.
function noop(frame, event, arg) {
  return noop;
}

// Reads every key of frame.f_locals at each line event (the cost of a locals-printing tracer).
const seen = { lineEvents: 0, keysRead: 0, defined: 0 };
function locals(frame, event, arg) {
  if (event === 'line') {
    const view = frame.f_locals;
    const keys = Object.keys(view);
    for (let i = 0; i < keys.length; i++) {
      if (view[keys[i]] !== undefined) seen.defined++;
    }
    seen.lineEvents++;
    seen.keysRead += keys.length;
  }
  return locals;
}

const TRACERS = { noop, locals };

function measure(config) {
  const runtime = config.runtime ? require(config.runtime) : null;
  if (config.tracer && !runtime) throw new Error(`tracer ${config.tracer} needs the runtime`);
  const { run } = require(config.file);
  if (config.tracer) runtime.settrace(TRACERS[config.tracer]);
  let t0 = performance.now();
  const warmChecksum = run();
  const warmupMs = performance.now() - t0;
  t0 = performance.now();
  const checksum = run();
  const ms = performance.now() - t0;
  if (runtime) runtime.settrace(null);
  if (!Object.is(checksum, warmChecksum)) {
    throw new Error(`run() not deterministic: ${warmChecksum} then ${checksum}`);
  }
  const out = { ms, warmupMs, checksum };
  if (config.tracer === 'locals') Object.assign(out, seen);
  return out;
}

let result;
try {
  result = measure(JSON.parse(process.argv[2]));
} catch (err) {
  result = { error: String((err && err.stack) || err).split('\n').slice(0, 4).join(' | ') };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
