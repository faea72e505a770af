/**
 * Real code, unchanged (SPEC §4 on code nobody here wrote). Each driver in ./drivers exercises a
 * pinned package (devDependencies) deterministically and prints its results; it runs three
 * ways in child processes:
 *   plain  `node driver`
 *   off    `node -r jstrace/register driver`, the package's own files (node_modules included)
 *          and the driver instrumented, tracing never turned on
 *   trace  the same under a tracer (./tracer.cjs) called at every event that checks the
 *          protocol's invariants (event order, f_back, lines, tracebacks) and, at every Nth
 *          event, reads the frame's whole f_locals and walks its f_back chain
 * and stdout, stderr and the exit code must be byte-identical to the plain run's. Error
 * stacks that drivers print keep their line numbers (columns dropped: SPEC §4).
 *
 * `npm test` runs the packages marked `quick`, with JSTRACE_REAL_QUICK=1 (drivers then do a
 * smaller share of their work); `npm run test:real` (JSTRACE_REAL=all) runs all, in full.
 * Instrumented files go to one disk cache per test run, shared by the off and trace runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSameRun, nodeRun, type Run } from '../helpers/runs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const drivers = path.join(root, 'test/real/drivers');
const register = path.join(root, 'dist/register.cjs');
const tracer = path.join(root, 'test/real/tracer.cjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-real-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Case {
  driver: string;
  /** Packages whose files are instrumented. */
  packages: string[];
  /** The tracer inspects every Nth event. */
  every: number;
  quick: boolean;
  timeout: number;
}

export const CASES: Case[] = [
  { driver: 'acorn.cjs', packages: ['acorn'], every: 10, quick: true, timeout: 300_000 },
  { driver: 'esprima.cjs', packages: ['esprima'], every: 10, quick: false, timeout: 300_000 },
  { driver: 'js-yaml.cjs', packages: ['js-yaml'], every: 1, quick: true, timeout: 300_000 },
  { driver: 'lodash.cjs', packages: ['lodash'], every: 1, quick: true, timeout: 300_000 },
  { driver: 'date-fns.cjs', packages: ['date-fns'], every: 1, quick: true, timeout: 300_000 },
  { driver: 'marked.mjs', packages: ['marked'], every: 1, quick: true, timeout: 300_000 },
  { driver: 'terser.mjs', packages: ['terser', '@jridgewell', 'source-map'], every: 10, quick: false, timeout: 600_000 },
  { driver: 'sass.cjs', packages: ['sass', 'immutable'], every: 10, quick: false, timeout: 600_000 },
  { driver: 'prettier.mjs', packages: ['prettier'], every: 10, quick: false, timeout: 600_000 },
  { driver: 'typescript.cjs', packages: ['typescript'], every: 100, quick: false, timeout: 900_000 },
];

const all = process.env.JSTRACE_REAL === 'all';
const selected = CASES.filter((c) => all || c.quick);

function run(c: Case, mode: 'plain' | 'off' | 'trace', extraEnv: Record<string, string> = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: undefined, TZ: 'UTC', JSTRACE_REAL_QUICK: all ? '0' : '1', ...extraEnv };
  const args: string[] = [];
  if (mode !== 'plain') {
    args.push('-r', register);
    env.JSTRACE_INCLUDE = [...c.packages.map((p) => `node_modules/${p}/**`), 'test/real/drivers/**'].join(',');
    env.JSTRACE_CACHE_DIR = path.join(tmp, 'cache');
  }
  if (mode === 'trace') args.push('-r', tracer);
  return nodeRun([...args, path.join(drivers, c.driver)], { cwd: root, env, timeout: c.timeout, maxBuffer: 1 << 28 });
}

describe.each(selected)('$driver', (c) => {
  let plain: Run;
  it('plain run succeeds and is deterministic', () => {
    plain = run(c, 'plain');
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout.length).toBeGreaterThan(200);
    expectSameRun(run(c, 'plain'), plain);
  }, c.timeout);
  it('instrumented, tracing off: identical', () => {
    expectSameRun(run(c, 'off'), plain);
  }, c.timeout);
  it(`instrumented, traced (invariants at every event, f_locals and f_back at every ${c.every === 1 ? '' : `${c.every}th `}event): identical`, () => {
    const eventsFile = path.join(tmp, `${c.driver}.events.json`);
    expectSameRun(run(c, 'trace', { JSTRACE_REAL_EVERY: String(c.every), JSTRACE_REAL_EVENTS: eventsFile }), plain);
    const seen = JSON.parse(fs.readFileSync(eventsFile, 'utf8')) as { events: number; inspected: number; packageFrames: number; violations: string[] };
    // The package's own code ran traced, and every event kept the protocol's invariants (tracer.cjs).
    expect(seen.packageFrames).toBeGreaterThan(100);
    expect(seen.violations).toEqual([]);
  }, c.timeout * 2);
});
