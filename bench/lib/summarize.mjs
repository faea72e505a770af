// Turns raw per-round results into medians, ratios, geomeans and the SPEC §8 checks.
import { ANCHOR_CPYTHON_311, TARGETS } from './config.mjs';
import { geomean, median, pairedRatios } from './stats.mjs';

const okMs = (res, key) => (res && !res.error && !res.skipped ? res[key] : NaN);
const distinct = (xs) => [...new Set(xs)];
const errorsOf = (results) => distinct(results.filter((r) => r.error).map((r) => r.error));

function summarizeMode(results, plain) {
  const ms = results.map((r) => okMs(r, 'ms'));
  const ratios = pairedRatios(ms, plain.map((r) => okMs(r, 'ms')));
  const mismatches = results.filter((r, i) => Number.isFinite(okMs(r, 'ms'))
    && Number.isFinite(okMs(plain[i], 'ms')) && !Object.is(r.checksum, plain[i].checksum)).length;
  const out = { medianMs: median(ms), ratio: median(ratios), ratios, n: ratios.length,
    cold: results.filter((r) => r.cold).length, timedOut: results.some((r) => r.timedOut),
    errors: errorsOf(results), checksumMismatches: mismatches };
  const withEvents = results.find((r) => !r.error && 'lineEvents' in r);
  if (withEvents) Object.assign(out, { lineEvents: withEvents.lineEvents, keysRead: withEvents.keysRead });
  return out;
}

function summarizePython(results) {
  const plain = results.map((r) => okMs(r, 'plainMs'));
  const traced = results.map((r) => okMs(r, 'tracedMs'));
  const ratios = pairedRatios(traced, plain);
  return { plainMs: median(plain), tracedMs: median(traced), ratio: median(ratios), ratios,
    n: ratios.length, errors: errorsOf(results) };
}

// geomean is null unless every workload has a ratio; partialGeomean uses those that do.
function withGeomean(perWorkload, workloads) {
  const ratios = workloads.map((w) => perWorkload[w].ratio);
  const present = ratios.filter((r) => r !== null);
  return { workloads: perWorkload, geomean: geomean(ratios), partialGeomean: geomean(present),
    missing: workloads.filter((w) => perWorkload[w].ratio === null) };
}

/** { js: { [mode]: { workloads, geomean, ... } }, py: { [minor]: { version, ... } } } */
export function summarize(raw, { workloads, modeNames, pythons }) {
  const js = {};
  for (const mode of modeNames) {
    const per = Object.fromEntries(workloads.map((w) =>
      [w, summarizeMode(raw.js[w][mode], raw.js[w].plain)]));
    js[mode] = withGeomean(per, workloads);
  }
  const py = {};
  for (const p of pythons) {
    const per = Object.fromEntries(workloads.map((w) => [w, summarizePython(raw.py[p.minor][w])]));
    py[p.minor] = { version: p.version, exe: p.exe, ...withGeomean(per, workloads) };
  }
  return { js, py };
}

const NOT_RUN = 'not measured (jstrace not built, or mode not run)';

// A mode that fails on a workload misses its target: the instrumented program must run.
function geomeanCheck(name, mode, target) {
  if (!mode) return { name, measured: null, detail: NOT_RUN, target: `≤ ${target}`, ok: null };
  if (mode.missing.length === 0) {
    return { name, measured: mode.geomean, target: `≤ ${target}`, ok: mode.geomean <= target };
  }
  const k = Object.keys(mode.workloads).length - mode.missing.length;
  return { name, measured: mode.partialGeomean, target: `≤ ${target}`, ok: false,
    detail: `${k} workloads only; no figure for ${mode.missing.join(', ')}` };
}

function worstCheck(off, workloads) {
  const name = 'off: worst workload';
  const target = `≤ ${TARGETS.offMax}`;
  if (!off) return { name, measured: null, detail: NOT_RUN, target, ok: null };
  const worst = workloads.map((w) => ({ w, r: off.workloads[w].ratio }))
    .filter((x) => x.r !== null).sort((a, b) => b.r - a.r)[0];
  if (!worst) return { name, measured: null, detail: 'no workload ran', target, ok: false };
  return { name, measured: worst.r, detail: worst.w, target,
    ok: worst.r <= TARGETS.offMax && off.missing.length === 0 };
}

function cpythonCheck(summary, workloads) {
  const name = 'noop: below CPython 3.11 settrace on each workload';
  const target = '< CPython 3.11 ratio, each';
  const noop = summary.js.noop;
  if (!noop) return { name, measured: null, detail: NOT_RUN, target, ok: null };
  const measured = summary.py['3.11'];
  const source = measured ? `CPython ${measured.version} here` : 'CPython 3.11 from perf-anchors.md';
  const rows = workloads.map((w) => {
    const ours = noop.workloads[w].ratio;
    const theirs = measured ? measured.workloads[w].ratio : ANCHOR_CPYTHON_311[w];
    return { workload: w, ours, theirs, ok: ours === null ? false : theirs === null ? null : ours < theirs };
  });
  const ok = rows.some((r) => r.ok === false) ? false : rows.some((r) => r.ok === null) ? null : true;
  return { name, rows, detail: source, target, ok };
}

function transformCheck(transform) {
  const target = `≥ ${TARGETS.transformVsIstanbul}×`;
  const name = 'transform: lines/s vs Istanbul';
  if (!transform || transform.ratio === null) {
    return { name, measured: null, detail: transform ? 'a transformer failed, see Errors' : 'skipped', target, ok: null };
  }
  return { name, measured: transform.ratio, target, ok: transform.ratio >= TARGETS.transformVsIstanbul };
}

function countCheck(summary) {
  const name = '--count vs Istanbul counters (geomean)';
  const count = summary.js.count;
  const istanbul = summary.js.istanbul;
  if (!count || !istanbul || count.geomean === null || istanbul.geomean === null) {
    return { name, measured: null, detail: NOT_RUN, target: '≤ Istanbul', ok: null };
  }
  return { name, measured: count.geomean, target: `≤ ${istanbul.geomean.toFixed(2)} (Istanbul)`, ok: count.geomean <= istanbul.geomean };
}

const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : 'FAIL');

/** The SPEC §8 checks, each { name, measured, target, ok, verdict }; ok null = not measured. */
export function specChecks(summary, transform, workloads) {
  const checks = [
    geomeanCheck('off: geomean', summary.js.off, TARGETS.offGeomean),
    worstCheck(summary.js.off, workloads),
    geomeanCheck('noop: geomean', summary.js.noop, TARGETS.noopGeomean),
    cpythonCheck(summary, workloads),
    transformCheck(transform),
    countCheck(summary),
  ];
  return checks.map((c) => ({ ...c, verdict: verdict(c.ok) }));
}
