// Startup benchmark: how long a ~300-module program (ESM, CommonJS, TypeScript) takes to start
// and finish under `node --import jstrace/register`, with a cold, a warm and no disk cache,
// next to plain node running a JS twin of the same program. See bench/startup/README.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { instrumentTree, writeEmptyHooks, writeNoopHooks } from './floors.mjs';
import { generateProgram } from './generate.mjs';
import { summariseProfile } from './profile.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const OUT_DIR = join(HERE, '.out');
const OUT_FILE = join(OUT_DIR, 'latest.json');
const TARGET_WARM = 1.3;
const MODES = ['plain', 'hooks-empty', 'hooks', 'instrumented', 'cold', 'warm', 'nocache'];

const USAGE = `usage: node bench/startup/run.mjs [options]
  --rounds N     interleaved timed rounds (default 10)
  --modules N    modules in the generated program (default 300)
  --profile      also run the warm mode once under --cpu-prof and print where its time goes
  --keep         keep the generated program and caches (their folder is printed)
  --dist DIR     benchmark another build of jstrace: DIR holds register.js, DIR/../package.json
                 its package.json (default: this checkout's dist/)
  --node PATH    the node binary to time (default: the one running the bench), e.g.
                 .cache/node-22/bin/node (scripts/fetch-node.mjs), whose module.registerHooks
                 runs jstrace's ES module hooks in the loading thread
  --timeout S    per-process limit in seconds (default 120)
  --help         print this text`;

const log = (msg) => process.stderr.write(`[startup] ${msg}\n`);

function parseArgs(argv) {
  const opts = { rounds: 10, modules: 300, profile: false, keep: false, timeoutS: 120, help: false, dist: join(ROOT, 'dist'), node: process.execPath };
  const positive = (flag, value, min) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, got ${value}\n\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--rounds') opts.rounds = positive(flag, value(), 1);
    else if (flag === '--modules') opts.modules = positive(flag, value(), 10);
    else if (flag === '--timeout') opts.timeoutS = positive(flag, value(), 1);
    else if (flag === '--profile') opts.profile = true;
    else if (flag === '--dist') opts.dist = resolve(value() ?? '');
    else if (flag === '--node') opts.node = resolve(value() ?? '');
    else if (flag === '--keep') opts.keep = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// The jstrace build

/** Blocks for `ms` (between retries while someone rebuilds dist/). */
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Copies dist/ (and package.json, which the bundle reads for its version and which makes its
 * .js files ES modules) to bench/startup/.out/pkg-*, so a rebuild during the run can neither
 * break a child nor change the cache key halfway (the key includes a hash of the bundle). The
 * copy sits under the project, so `@babel/*`, pirates and picomatch resolve from its node_modules.
 * tsup empties dist/ before writing it: retry for a while when files are missing.
 */
function snapshotDist(distDir) {
  const need = ['register.js', 'register.cjs', 'register-hooks.js', 'index.js', 'instrument.cjs'];
  for (let attempt = 1; ; attempt++) {
    try {
      if (!need.every((f) => existsSync(join(distDir, f)))) throw new Error(`dist/ lacks ${need.join(', ')}`);
      mkdirSync(OUT_DIR, { recursive: true });
      const dest = mkdtempSync(join(OUT_DIR, 'pkg-'));
      cpSync(join(distDir, '..', 'package.json'), join(dest, 'package.json'));
      cpSync(distDir, join(dest, 'dist'), { recursive: true });
      const register = join(dest, 'dist', 'register.js');
      if (!need.every((f) => existsSync(join(dest, 'dist', f)))) {
        rmSync(dest, { recursive: true, force: true });
        throw new Error('dist/ changed while it was copied');
      }
      const hash = (f) => createHash('sha256').update(readFileSync(join(dest, 'dist', f))).digest('hex').slice(0, 12);
      return {
        dir: dest,
        source: relative(ROOT, distDir) || distDir,
        registerUrl: pathToFileURL(register).href,
        runtimeUrl: pathToFileURL(join(dest, 'dist', 'index.js')).href,
        sha256: { 'register.js': hash('register.js'), 'register-hooks.js': hash('register-hooks.js') },
        builtAt: statSync(join(distDir, 'register.js')).mtime.toISOString(),
        cleanup: () => rmSync(dest, { recursive: true, force: true }),
      };
    } catch (err) {
      if (attempt >= 30) throw new Error(`${err.message}; is jstrace built? Run \`npm run build\` in ${dirname(distDir)}.`);
      if (attempt === 1) log(`waiting for dist/ (${err.message})…`);
      sleep(2000);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Running the program

/** The parent's environment without anything that would change how a child loads. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_OPTIONS' || key.startsWith('JSTRACE_') || key === 'CACHE_DIR') delete env[key];
  return env;
}

/** How each mode runs: cwd, node arguments, environment. */
function modeSpec(mode, ctx, { cacheDir, debug = false } = {}) {
  const env = cleanEnv();
  if (mode === 'plain') return { cwd: ctx.program.trees.js, args: ['main.mjs'], env };
  if (mode === 'hooks-empty') return { cwd: ctx.program.trees.js, args: ['--import', ctx.floors.emptyHooksUrl, 'main.mjs'], env };
  if (mode === 'hooks') return { cwd: ctx.program.trees.js, args: ['--import', ctx.floors.hooksUrl, 'main.mjs'], env };
  if (mode === 'instrumented') return { cwd: ctx.floors.instrumentedTree, args: ['--import', ctx.dist.runtimeUrl, 'main.mjs'], env };
  if (mode === 'nocache') env.JSTRACE_CACHE = '0';
  else env.JSTRACE_CACHE_DIR = cacheDir;
  if (debug) env.JSTRACE_DEBUG = 'cache';
  return { cwd: ctx.program.trees.ts, args: ['--import', ctx.dist.registerUrl, 'main.mjs'], env };
}

/** Runs one process; returns { ms, stdout, stderr }. Throws when it fails or prints the wrong thing. */
function runProcess(mode, spec, ctx, extraArgs = []) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(ctx.node, [...extraArgs, ...spec.args], {
    cwd: spec.cwd, env: spec.env, encoding: 'utf8', timeout: ctx.timeoutMs, maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw new Error(`${mode}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${mode}: exit ${r.status ?? r.signal}\n${r.stderr.slice(-4000)}`);
  if (ctx.expected !== undefined && r.stdout !== ctx.expected) {
    throw new Error(`${mode}: stdout ${JSON.stringify(r.stdout)} differs from plain node's ${JSON.stringify(ctx.expected)}`);
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

/** Counts the JSTRACE_DEBUG=cache lines of a run; `other` holds every other stderr line. */
/**
 * Files by what the cache said of them first. On Node 22 a CommonJS file that an ES module
 * imports after something `require`d it is loaded through the hooks twice (Node reads its
 * source again for its exports): the second time is a hit, and is not counted.
 */
function countCacheLines(stderr) {
  const counts = { hit: 0, miss: 0, off: 0, other: [] };
  const seen = new Set();
  for (const line of stderr.split('\n')) {
    if (!line) continue;
    const m = /^jstrace: cache (hit|miss|off) (.*?)(?: \(transformed\))?$/.exec(line);
    if (!m) counts.other.push(line);
    else if (!seen.has(m[2])) {
      seen.add(m[2]);
      counts[m[1]]++;
    }
  }
  return counts;
}

/** A run with JSTRACE_DEBUG=cache, checked against what the mode must print. */
function cacheCheck(label, mode, ctx, cacheDir, want) {
  const r = runProcess(mode, modeSpec(mode, ctx, { cacheDir, debug: true }), ctx);
  const c = countCacheLines(r.stderr);
  const ok = c.hit === want.hit && c.miss === want.miss && c.off === 0 && c.other.length === 0;
  log(`${label}: ${c.hit} cache hits, ${c.miss} misses${c.other.length ? `, ${c.other.length} other stderr lines` : ''} ` +
    `(want ${want.hit} hits, ${want.miss} misses) ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) throw new Error(`${label}: unexpected cache lines\n${r.stderr.split('\n').filter((l) => !/cache hit/.test(l)).slice(0, 20).join('\n')}`);
  return { label, hits: c.hit, misses: c.miss, ms: r.ms };
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report

function median(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

function summarise(samples) {
  const out = {};
  for (const mode of MODES) {
    const ms = samples[mode];
    const ratios = ms.map((v, i) => v / samples.plain[i]);
    out[mode] = {
      medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms),
      // The median of per-round ratios: each round's runs are close in time, so slow phases of a
      // busy machine hit both sides of a ratio.
      ratio: median(ratios),
    };
  }
  out.warm.target = TARGET_WARM;
  out.warm.met = out.warm.ratio <= TARGET_WARM;
  return out;
}

const fmt = (n, d = 0) => n.toFixed(d).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function formatTable(summary, rounds) {
  const rows = [
    '| mode | median ms | ratio to plain | target | min–max ms |',
    '|---|---:|---:|---|---:|',
  ];
  const what = {
    plain: 'plain (JS twin, plain node)',
    'hooks-empty': 'floor: module hooks registered, none defined (JS twin)',
    hooks: 'floor: no-op module hooks (JS twin)',
    instrumented: 'floor: instrumented ahead of time, runtime only',
    cold: 'cold (empty cache each round)', warm: 'warm (filled cache)', nocache: 'nocache (JSTRACE_CACHE=0)' };
  for (const mode of MODES) {
    const s = summary[mode];
    const target = mode === 'warm' ? `≤ ${TARGET_WARM}× — ${s.met ? 'met' : 'MISSED'}` : '';
    rows.push(`| ${what[mode]} | ${fmt(s.medianMs)} | ${s.ratio.toFixed(2)}× | ${target} | ${fmt(s.minMs)}–${fmt(s.maxMs)} |`);
  }
  rows.push('', `Medians of ${rounds} interleaved rounds; the ratio is the median of per-round ratios.`);
  return rows.join('\n');
}

function formatProfile(profiles, fixed, summary) {
  const lines = ['', '### Where a warm run spends its time'];
  if (fixed) {
    lines.push('', `An empty \`main.mjs\`: ${fmt(fixed.plainMs)} ms under plain node, ${fmt(fixed.registerMs)} ms under ` +
      `\`--import jstrace/register\` with its cache entry (medians of ${fixed.reps}): ${fmt(fixed.registerMs - fixed.plainMs)} ms of fixed cost, ` +
      `next to the ${fmt(summary.warm.medianMs - summary.plain.medianMs)} ms a warm run of the program adds to plain node.`);
  }
  lines.push('', 'One warm run under `node --cpu-prof`; self time per thread:');
  for (const p of profiles) {
    lines.push('', `**${p.thread}**: ${fmt(p.wallMs)} ms profiled, ${fmt(p.sampledMs)} ms sampled`, '');
    lines.push('| area | self ms |', '|---|---:|');
    for (const a of p.areas.slice(0, 10)) lines.push(`| ${a.area} | ${fmt(a.ms, 1)} |`);
    lines.push('', '| function | area | self ms |', '|---|---|---:|');
    for (const f of p.functions.slice(0, 12)) lines.push(`| \`${f.fn}\` | ${f.area} | ${fmt(f.ms, 1)} |`);
    const inc = Object.entries(p.inclusive).filter(([, ms]) => ms > 0);
    if (inc.length) lines.push('', `inclusive: ${inc.map(([k, ms]) => `\`${k}\` ${fmt(ms, 1)} ms`).join(', ')}`);
    lines.push('', `under frames of: ${Object.entries(p.under).map(([k, ms]) => `${k} ${fmt(ms, 1)} ms`).join(', ')}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/**
 * The part of a warm jstrace run that does not depend on the program: an empty ES module under
 * plain node and under the register hook with a filled cache, interleaved, medians of `reps`.
 */
function fixedCost(ctx, reps) {
  const empty = join(ctx.work, 'empty');
  mkdirSync(empty, { recursive: true });
  writeFileSync(join(empty, 'empty.mjs'), '');
  const env = cleanEnv();
  env.JSTRACE_CACHE_DIR = join(ctx.work, 'cache-empty');
  const runs = { plain: ['empty.mjs'], register: ['--import', ctx.dist.registerUrl, 'empty.mjs'] };
  const ms = { plain: [], register: [] };
  const quiet = { ...ctx, expected: '' };
  runProcess('empty (filling its cache)', { cwd: empty, args: runs.register, env }, quiet);
  for (let i = 0; i < reps; i++) {
    for (const [name, args] of Object.entries(runs)) ms[name].push(runProcess(`empty (${name})`, { cwd: empty, args, env }, quiet).ms);
  }
  return { reps, plainMs: median(ms.plain), registerMs: median(ms.register) };
}

/** One warm run under --cpu-prof; summaries of the main thread and the ESM hooks thread. */
function profileWarm(ctx, warmDir) {
  const profDir = join(ctx.work, 'cpu-prof');
  mkdirSync(profDir, { recursive: true });
  runProcess('warm (profiled)', modeSpec('warm', ctx, { cacheDir: warmDir }), ctx, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const inclusiveNames = ['instrumentSource', 'getOrTransform', 'cacheKey', 'decodeEntry', 'makeSyncRequest', 'resolve', 'load', 'handleMessage', 'wrapSafe', 'compileSourceTextModule', 'parseCJS'];
  return files.map((f) => {
    const tid = Number(f.split('.').at(-3));
    const underUrls = { 'Babel (loading it, mostly)': /\/node_modules\/@babel\//, 'the program\'s module bodies': /jstrace-startup-[^/]+\/program\// };
    const s = summariseProfile(join(profDir, f), { distDir: `${ctx.dist.dir}/dist/`, inclusiveNames, underUrls });
    return { thread: tid === 0 ? 'main thread' : `thread ${tid} (Node 20 runs module.register hooks here)`, ...s, file: undefined };
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const load1 = loadavg()[0];
  const dist = snapshotDist(opts.dist);
  const work = mkdtempSync(join(tmpdir(), 'jstrace-startup-'));
  const ctx = { node: opts.node, nodeVersion: spawnSync(opts.node, ['--version'], { encoding: 'utf8' }).stdout.trim(), dist, work, timeoutMs: opts.timeoutS * 1000, expected: undefined, program: null };
  try {
    log(`jstrace build: ${dist.source}/register.js of ${dist.builtAt}, sha256 ${dist.sha256['register.js']}… (copied to ${relative(ROOT, dist.dir)})`);
    ctx.program = generateProgram(join(work, 'program'), opts.modules);
    const p = ctx.program;
    log(`program: ${p.modules} modules + main.mjs in ${work}/program/{ts,js}; ${Object.entries(p.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}; ` +
      `${p.edges} imports; ${p.lines.min}–${p.lines.max} lines a module`);

    // The reference output, from plain node on the JS twin.
    const ref = runProcess('plain', modeSpec('plain', ctx), ctx);
    if (!new RegExp(`^checksum [0-9a-f]{8} modules ${p.modules}\\n$`).test(ref.stdout)) throw new Error(`plain: unexpected output ${JSON.stringify(ref.stdout)}`);
    ctx.expected = ref.stdout;
    log(`plain output: ${ref.stdout.trim()}`);
    ctx.floors = {
      emptyHooksUrl: writeEmptyHooks(join(work, 'floors')),
      hooksUrl: writeNoopHooks(join(work, 'floors')),
      instrumentedTree: instrumentTree(p.trees.js, join(work, 'floors', 'instrumented'), join(dist.dir, 'dist')),
    };

    // Fill the warm cache (a cold run: every file a miss), then check a warm run hits every file.
    const warmDir = join(work, 'cache-warm');
    const checks = [];
    checks.push(cacheCheck('filling the warm cache', 'warm', ctx, warmDir, { hit: 0, miss: p.sourceFiles }));
    checks.push(cacheCheck('warm check before the rounds', 'warm', ctx, warmDir, { hit: p.sourceFiles, miss: 0 }));
    // Untimed warm-ups of the other modes (the OS file cache, Node's own caches).
    runProcess('plain', modeSpec('plain', ctx), ctx);
    runProcess('nocache', modeSpec('nocache', ctx), ctx);

    const samples = Object.fromEntries(MODES.map((m) => [m, []]));
    for (let round = 0; round < opts.rounds; round++) {
      const order = MODES.map((_, i) => MODES[(i + round) % MODES.length]);
      const coldDir = join(work, `cache-cold-${round}`);
      for (const mode of order) {
        const r = runProcess(mode, modeSpec(mode, ctx, { cacheDir: mode === 'cold' ? coldDir : warmDir }), ctx);
        if (r.stderr) throw new Error(`${mode}: unexpected stderr\n${r.stderr.slice(0, 2000)}`);
        samples[mode].push(r.ms);
      }
      rmSync(coldDir, { recursive: true, force: true });
      log(`round ${round + 1}/${opts.rounds}: ${MODES.map((m) => `${m} ${fmt(samples[m].at(-1))} ms`).join(', ')}`);
    }
    checks.push(cacheCheck('warm check after the rounds', 'warm', ctx, warmDir, { hit: p.sourceFiles, miss: 0 }));

    const summary = summarise(samples);
    const profiles = opts.profile ? profileWarm(ctx, warmDir) : null;
    const fixed = opts.profile ? fixedCost(ctx, 5) : null;
    const load2 = loadavg()[0];
    const header = [
      `## jstrace startup: ${p.modules} modules + main.mjs`,
      '',
      `node ${ctx.nodeVersion}, ${cpus().length} CPUs, load average (1 min) ${load1.toFixed(2)} at start, ${load2.toFixed(2)} at end; ` +
        `jstrace ${dist.source}/register.js ${dist.sha256['register.js']}… built ${dist.builtAt}.`,
      `Program: ${Object.entries(p.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}; ${p.edges} imports; ` +
        `${p.lines.min}–${p.lines.max} lines a module (${fmt(p.lines.total)} in all). Output: \`${ctx.expected.trim()}\` in every run.`,
      `Cache checks (JSTRACE_DEBUG=cache): ${checks.map((c) => `${c.label}: ${c.hits} hits, ${c.misses} misses`).join('; ')}.`,
      '',
    ].join('\n');
    process.stdout.write(`${header}${formatTable(summary, opts.rounds)}\n${profiles ? `${formatProfile(profiles, fixed, summary)}\n` : ''}`);

    mkdirSync(OUT_DIR, { recursive: true });
    const result = {
      meta: {
        date: new Date().toISOString(), node: ctx.nodeVersion, cpus: cpus().length, rounds: opts.rounds,
        loadavg1m: { start: load1, end: load2 }, dist: { source: dist.source, sha256: dist.sha256, builtAt: dist.builtAt },
        program: { ...p, trees: undefined }, output: ctx.expected.trim(), targetWarmRatio: TARGET_WARM,
      },
      summary, cacheChecks: checks, samples, profiles, fixedCost: fixed,
    };
    writeFileSync(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${relative(process.cwd(), OUT_FILE) || OUT_FILE}`);
  } finally {
    dist.cleanup();
    if (opts.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`[startup] ${err.message}\n`);
  process.exitCode = 1;
});
