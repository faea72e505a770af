// `npm run bench`: tracing overhead of jstrace vs plain node, Istanbul and CPython's settrace,
// and transform throughput vs Istanbul. See bench/README.md for the method.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, relative } from 'node:path';
import { USAGE, parseArgs } from './lib/args.mjs';
import { DIST_CJS, MODES, OUT_FILE, ROOT, distAvailable } from './lib/config.mjs';
import { snapshotDist } from './lib/dist-snapshot.mjs';
import { loadJstrace } from './lib/instrumenters.mjs';
import { runRounds } from './lib/measure.mjs';
import { prepareVariants } from './lib/prepare.mjs';
import { findPythons } from './lib/python.mjs';
import { formatReport } from './lib/report.mjs';
import { specChecks, summarize } from './lib/summarize.mjs';
import { measureTransforms } from './lib/transform-speed.mjs';

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

function startNotes(opts, dist) {
  const notes = [];
  if (!dist) {
    notes.push(`jstrace is not built (${relative(ROOT, DIST_CJS)} missing; run \`npm run build\`): ` +
      'the off, always-off, noop and locals modes and the jstrace transform are skipped.');
  } else {
    notes.push(`jstrace build: ${relative(ROOT, DIST_CJS)} of ${dist.builtAt}, sha256 ${dist.sha256}…`);
  }
  if (opts.quick) notes.push('--quick: 3 rounds, a smoke run; do not quote these figures.');
  return notes;
}

function activeModes(opts, dist) {
  return opts.modes.filter((name) => dist || !MODES.find((m) => m.name === name).runtime);
}

function runtimeSection(opts, modeNames, pythons, dist) {
  const variants = [...new Set(MODES.filter((m) => modeNames.includes(m.name)).map((m) => m.variant))];
  const jstrace = dist ? loadJstrace(dist.path) : null;
  const prepared = prepareVariants({ workloads: opts.workloads, variants, jstrace });
  log(`instrumented copies in ${prepared.dir}`);
  const ctx = { runtime: dist && dist.path, timeoutMs: opts.timeoutS * 1000, slowMs: (opts.timeoutS * 1000) / 4 };
  try {
    return runRounds({ rounds: opts.rounds, workloads: opts.workloads, modeNames,
      files: prepared.files, pythons, ctx, log });
  } finally {
    prepared.cleanup();
  }
}

function writeJson(result) {
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${relative(process.cwd(), OUT_FILE) || OUT_FILE}`);
}

function bench(opts, dist) {
  const loadAtStart = loadavg()[0];
  const notes = startNotes(opts, dist);
  notes.forEach((n) => log(n));
  const modeNames = activeModes(opts, dist);
  const pythons = opts.python ? findPythons() : [];
  if (opts.python) log(`CPython: ${pythons.map((p) => `${p.version} (${p.exe})`).join(', ') || 'none found'}`);
  if (opts.python && pythons.length === 0) notes.push('no CPython 3.11/3.12 found: CPython rows skipped.');
  const raw = runtimeSection(opts, modeNames, pythons, dist);
  const summary = summarize(raw, { workloads: opts.workloads, modeNames, pythons });
  const transform = opts.transform
    ? measureTransforms({ reps: opts.transformReps, distCjs: dist && dist.path, log }) : null;
  const checks = specChecks(summary, transform, opts.workloads);
  const meta = { date: new Date().toISOString(), node: process.version, cpus: cpus().length,
    rounds: opts.rounds, workloads: opts.workloads, modes: modeNames, jsWarmup: 1, pythonWarmup: 1,
    timeoutS: opts.timeoutS, loadavg1m: { start: loadAtStart, end: loadavg()[0] }, dist: dist && { sha256: dist.sha256, builtAt: dist.builtAt }, notes };
  process.stdout.write(`${formatReport({ meta, summary, transform, checks })}\n`);
  writeJson({ meta, summary, transform, checks, raw });
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dist = distAvailable() ? snapshotDist(DIST_CJS) : null;
  try {
    bench(opts, dist);
  } finally {
    if (dist) dist.cleanup();
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`${err.usage ? err.message : err.stack}\n`);
  process.exitCode = err.usage ? 2 : 1;
}
