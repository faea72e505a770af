// Paths, workloads, modes and SPEC §8 targets: the one place to change what the bench measures.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(BENCH_DIR);
export const WORKLOAD_DIR = join(BENCH_DIR, 'workloads');
export const OUT_FILE = join(BENCH_DIR, '.out', 'latest.json');
// JSTRACE_BENCH_DIST points the bench at another build of the same API (e.g. a stub or a branch).
export const DIST_CJS = process.env.JSTRACE_BENCH_DIST || join(ROOT, 'dist', 'index.cjs');
export const TRANSFORM_INPUT = join(ROOT, 'node_modules', '@babel', 'parser', 'lib', 'index.js');

export const WORKLOADS = ['fib', 'nbody', 'interp', 'exc', 'gen'];

/**
 * Each mode runs one variant of the workload file, optionally with the jstrace runtime loaded
 * and a tracer installed. `variant` names a directory made by prepare.mjs ('original' = as is).
 */
export const MODES = [
  { name: 'plain', variant: 'original', runtime: false, tracer: null,
    about: 'the original workload file, plain node' },
  { name: 'off', variant: 'jstrace-default', runtime: true, tracer: null,
    about: 'instrumented by jstrace (default options), runtime loaded, no tracer' },
  { name: 'always-off', variant: 'jstrace-always', runtime: true, tracer: null,
    about: "instrumented with frames: 'always', runtime loaded, no tracer" },
  { name: 'noop', variant: 'jstrace-default', runtime: true, tracer: 'noop',
    about: 'instrumented (default), settrace(t) where t returns itself and does nothing else' },
  { name: 'locals', variant: 'jstrace-default', runtime: true, tracer: 'locals',
    about: 'instrumented (default), tracer reads every key of frame.f_locals on each line event' },
  { name: 'count', variant: 'jstrace-counters', runtime: true, tracer: 'count',
    about: "instrumented with probes: 'counters', a Trace({ count: true, trace: false }) counting lines: what `jstrace --count` runs" },
  { name: 'count-events', variant: 'jstrace-default', runtime: true, tracer: 'count',
    about: "instrumented (default, events form), the same Trace counting through monitoring.COUNT: `--count` next to other tracing" },
  { name: 'istanbul', variant: 'istanbul', runtime: false, tracer: null,
    about: 'instrumented by babel-plugin-istanbul, counters live' },
  { name: 'c8', variant: 'original', runtime: false, tracer: null, v8Coverage: true,
    about: "the original file with NODE_V8_COVERAGE set (V8's precise block counts, what c8 reads)" },
];

/** Targets from SPEC §8, printed beside the figures. */
export const TARGETS = {
  offGeomean: 1.05,
  offMax: 1.15,
  noopGeomean: 3,
  transformVsIstanbul: 3,
};

/** CPython 3.11 settrace ratios from shared/reference/perf-anchors.md, used only if no 3.11 here. */
export const ANCHOR_CPYTHON_311 = { fib: 9.0, nbody: 5.0, interp: 7.8, exc: 2.8, gen: 6.2 };

export function distAvailable() {
  return existsSync(DIST_CJS);
}
