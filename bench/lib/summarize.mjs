// Turns raw per-round results into medians, ratios, geomeans and the SPEC §8 checks.
import { ANCHOR_CPYTHON_311, TARGETS } from './config.mjs';
import { geomean, median, pairedRatios } from './stats.mjs';

const okMs = (res, key) => (res && !res.error ? res[key] : NaN);
const distinct = (xs) => [...new Set(xs)];

function summarizeMode(results, plain) {
  const ms = results.map((r) => okMs(r, 'ms'));
  const ratios = pairedRatios(ms, plain.map((r) => okMs(r, 'ms')));
  const mismatches = results.filter((r, i) =>
    !r.error && plain[i] && !plain[i].error && !Object.is(r.checksum, plain[i].checksum)).length;
  const out = { medianMs: median(ms), ratio: median(ratios), ratios,
    errors: distinct(results.filter((r) => r.error).map((r) => r.error)), checksumMismatches: mismatches };
  const withEvents = results.find((r) => !r.error && 'lineEvents' in r);
  if (withEvents) Object.assign(out, { lineEvents: withEvents.lineEvents, keysRead: withEvents.keysRead });
  return out;
}

function summarizePython(results) {
  const plain = results.map((r) => okMs(r, 'plainMs'));
  const traced = results.map((r) => okMs(r, 'tracedMs'));
  const ratios = pairedRatios(traced, plain);
  return { plainMs: median(plain), tracedMs: median(traced), ratio: median(ratios), ratios,
    errors: distinct(results.filter((r) => r.error).map((r) => r.error)) };
}

function withGeomean(perWorkload, workloads) {
  const ratios = workloads.map((w) => perWorkload[w] && perWorkload[w].ratio);
  return { workloads: perWorkload, geomean: geomean(ratios) };
}

/** { js: { [mode]: { workloads, geomean } }, py: { [minor]: {...} } } */
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

const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : 'FAIL');

function worst(modeSummary, workloads) {
  let best = null;
  for (const w of workloads) {
    const r = modeSummary.workloads[w].ratio;
    if (r !== null && (best === null || r > best.ratio)) best = { workload: w, ratio: r };
  }
  return best;
}

function noopVsCpython(summary, workloads) {
  const measured = summary.py['3.11'];
  const source = measured ? `CPython ${measured.version} here` : 'CPython 3.11 from perf-anchors.md';
  const rows = workloads.map((w) => {
    const ours = summary.js.noop.workloads[w].ratio;
    const theirs = measured ? measured.workloads[w].ratio : ANCHOR_CPYTHON_311[w];
    return { workload: w, ours, theirs, ok: ours === null || theirs === null ? null : ours < theirs };
  });
  const ok = rows.some((r) => r.ok === null) ? null : rows.every((r) => r.ok);
  return { source, rows, ok };
}

const NOT_RUN = 'not measured (jstrace not built, or mode not run)';

function offChecks(off, workloads) {
  if (!off || off.geomean === null) {
    return [{ name: 'off: geomean', measured: null, detail: NOT_RUN, target: `≤ ${TARGETS.offGeomean}`, ok: null },
      { name: 'off: worst workload', measured: null, detail: NOT_RUN, target: `≤ ${TARGETS.offMax}`, ok: null }];
  }
  const w = worst(off, workloads);
  return [{ name: 'off: geomean', measured: off.geomean, target: `≤ ${TARGETS.offGeomean}`,
    ok: off.geomean <= TARGETS.offGeomean },
  { name: 'off: worst workload', measured: w.ratio, detail: w.workload,
    target: `≤ ${TARGETS.offMax}`, ok: w.ratio <= TARGETS.offMax }];
}

function noopChecks(summary, workloads) {
  const noop = summary.js.noop;
  const cpython = { name: 'noop: below CPython 3.11 settrace on each workload',
    target: '< CPython 3.11 ratio, each' };
  if (!noop || noop.geomean === null) {
    return [{ name: 'noop: geomean', measured: null, detail: NOT_RUN, target: `≤ ${TARGETS.noopGeomean}`, ok: null },
      { ...cpython, measured: null, detail: NOT_RUN, ok: null }];
  }
  const cmp = noopVsCpython(summary, workloads);
  return [{ name: 'noop: geomean', measured: noop.geomean, target: `≤ ${TARGETS.noopGeomean}`,
    ok: noop.geomean <= TARGETS.noopGeomean },
  { ...cpython, rows: cmp.rows, detail: cmp.source, ok: cmp.ok }];
}

function transformCheck(transform) {
  const target = `≥ ${TARGETS.transformVsIstanbul}×`;
  const name = 'transform: lines/s vs Istanbul';
  if (!transform || transform.ratio === null) {
    return { name, measured: null, detail: transform ? 'a transformer failed, see Errors' : 'skipped', target, ok: null };
  }
  return { name, measured: transform.ratio, target, ok: transform.ratio >= TARGETS.transformVsIstanbul };
}

/** The SPEC §8 checks, each { name, measured, target, ok, verdict }; ok null = not measured. */
export function specChecks(summary, transform, workloads) {
  const checks = [...offChecks(summary.js.off, workloads), ...noopChecks(summary, workloads),
    transformCheck(transform),
    { name: '--count vs Istanbul counters', measured: null, target: '≤ Istanbul', ok: null,
      detail: 'not measured by this bench (no count mode yet)' }];
  return checks.map((c) => ({ ...c, verdict: verdict(c.ok) }));
}
