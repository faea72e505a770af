'use strict';
// One measurement in a fresh node process: load the runtime if asked, install the tracer,
// load the workload, call run() once untimed (JIT warm-up), then time one run().
// Prints one JSON line: { ms, warmupMs, checksum, ... } or { error }.
// argv[2] is JSON: { file, runtime: path | null, tracer: null | 'noop' | 'locals', slowMs }.
// If the warm-up alone takes longer than slowMs, its time is reported ({ cold: true }) instead
// of running a second time: a mode that slow is far off any target, and the bench must end.

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

// `count` is not a settrace tracer: a Trace counting lines on the monitoring API, as
// `jstrace --count` runs it.
function startTracer(runtime, name) {
  if (name !== 'count') {
    runtime.settrace(TRACERS[name]);
    return () => runtime.settrace(null);
  }
  const trace = new runtime.Trace({ count: true, trace: false });
  trace.start();
  return () => trace.stop();
}

function measure(config) {
  const runtime = config.runtime ? require(config.runtime) : null;
  if (config.tracer && !runtime) throw new Error(`tracer ${config.tracer} needs the runtime`);
  const { run } = require(config.file);
  const stop = config.tracer ? startTracer(runtime, config.tracer) : () => {};
  let t0 = performance.now();
  const warmChecksum = run();
  const warmupMs = performance.now() - t0;
  if (config.slowMs && warmupMs > config.slowMs) {
    stop();
    return { ms: warmupMs, warmupMs, checksum: warmChecksum, cold: true, ...extra(config) };
  }
  t0 = performance.now();
  const checksum = run();
  const ms = performance.now() - t0;
  stop();
  if (!Object.is(checksum, warmChecksum)) {
    throw new Error(`run() not deterministic: ${warmChecksum} then ${checksum}`);
  }
  return { ms, warmupMs, checksum, ...extra(config) };
}

function extra(config) {
  return config.tracer === 'locals' ? { ...seen } : {};
}

// Node puts a SyntaxError's message after the source excerpt, so name and message come first.
function describe(err) {
  if (!err || !err.stack) return String(err);
  const where = err.stack.split('\n').find((l) => /^\s+at |\.js:\d+/.test(l)) || '';
  return `${err.name}: ${err.message}${where ? ` (${where.trim()})` : ''}`;
}

let result;
try {
  result = measure(JSON.parse(process.argv[2]));
} catch (err) {
  result = { error: describe(err) };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
