// Markdown tables for stdout. Pure formatting: takes the summary, returns a string.
import { TARGETS } from './config.mjs';

const TARGET_BY_MODE = {
  off: `≤ ${TARGETS.offGeomean} geomean, none > ${TARGETS.offMax}`,
  noop: `≤ ${TARGETS.noopGeomean} geomean, each < CPython 3.11`,
  count: '≤ Istanbul',
  istanbul: 'reference (`--count` ≤ this)',
  c8: 'reference (V8 block coverage)',
};

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const fx = (x, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function ratioCell(s) {
  if (!s) return '—';
  if (s.ratio === null) return s.timedOut ? 'timeout' : s.errors && s.errors.length ? 'err' : '—';
  const flags = [];
  if (s.timedOut) flags.push('timeout');
  if (s.cold) flags.push(s.n === 1 ? 'once, cold' : `${s.cold} cold`);
  if (s.checksumMismatches) flags.push('checksum≠');
  if (s.errors && s.errors.length) flags.push('some err');
  return flags.length ? `${fx(s.ratio)} (${flags.join(', ')})` : fx(s.ratio);
}

function geoCell(s) {
  if (s.geomean !== null) return fx(s.geomean);
  return s.partialGeomean !== null ? `(${fx(s.partialGeomean)} without ${s.missing.join(', ')})` : '—';
}

function ratioTable(summary, workloads) {
  const rows = [];
  for (const [mode, s] of Object.entries(summary.js)) {
    if (mode === 'plain') continue;
    rows.push([mode, ...workloads.map((w) => ratioCell(s.workloads[w])), geoCell(s),
      TARGET_BY_MODE[mode] || '']);
  }
  for (const p of Object.values(summary.py)) {
    rows.push([`CPython ${p.version} settrace no-op`, ...workloads.map((w) => ratioCell(p.workloads[w])),
      geoCell(p), 'the ratio to beat']);
  }
  return table(['mode', ...workloads, 'geomean', 'SPEC §8 target'], rows);
}

function timeTable(summary, workloads) {
  const rows = Object.entries(summary.js).map(([mode, s]) =>
    [`node ${mode}`, ...workloads.map((w) => fx(s.workloads[w].medianMs, 0))]);
  for (const p of Object.values(summary.py)) {
    rows.push([`CPython ${p.version} plain`, ...workloads.map((w) => fx(p.workloads[w].plainMs, 0))]);
    rows.push([`CPython ${p.version} settrace`, ...workloads.map((w) => fx(p.workloads[w].tracedMs, 0))]);
  }
  return table(['median ms per run()', ...workloads], rows);
}

const TOOL_LABEL = {
  jstrace: 'jstrace `transform` (default options)',
  istanbul: 'babel-plugin-istanbul via `@babel/core` transformSync',
  babel: '`@babel/core` transformSync, no plugins (floor)',
};

function transformTable(t) {
  const rows = t.tools.map((x) => {
    if (x.error) return [TOOL_LABEL[x.tool], 'err', '—', '—', x.tool === 'jstrace' ? `≥ ${TARGETS.transformVsIstanbul}×` : ''];
    const vs = x.vsIstanbul ? `${fx(x.vsIstanbul)}×` : '—';
    const target = x.tool === 'jstrace' ? `≥ ${TARGETS.transformVsIstanbul}×` : '';
    return [TOOL_LABEL[x.tool], fx(x.medianMs, 0), Math.round(x.linesPerSec).toLocaleString('en-US'), vs, target];
  });
  return table(['transformer', 'median ms', 'lines/s', 'vs Istanbul', 'target'], rows);
}

function checkMeasured(c) {
  if (c.rows) {
    return c.rows.map((r) => `${r.workload} ${fx(r.ours)} vs ${fx(r.theirs, 1)}`).join('; ');
  }
  if (c.measured === null) return c.detail || '—';
  return c.detail ? `${fx(c.measured)} (${c.detail})` : fx(c.measured);
}

function checksTable(checks) {
  return table(['check', 'measured', 'target', 'result'],
    checks.map((c) => [c.name + (c.rows ? ` (${c.detail})` : ''), checkMeasured(c), c.target, c.verdict]));
}

function errorLines(summary, transform) {
  const lines = [];
  for (const x of transform ? transform.tools : []) if (x.error) lines.push(`- transform ${x.tool}: ${x.error}`);
  for (const [mode, s] of Object.entries(summary.js)) {
    for (const [w, r] of Object.entries(s.workloads)) {
      for (const e of r.errors) lines.push(`- node ${mode} ${w}: ${e}`);
      if (r.lineEvents === 0) lines.push(`- node ${mode} ${w}: the tracer saw no line events (is the runtime delivering events?)`);
      if (r.checksumMismatches) lines.push(`- node ${mode} ${w}: checksum differs from plain in ${r.checksumMismatches} round(s)`);
    }
  }
  for (const p of Object.values(summary.py)) {
    for (const [w, r] of Object.entries(p.workloads)) for (const e of r.errors) lines.push(`- CPython ${p.version} ${w}: ${e}`);
  }
  return lines;
}

/** The whole stdout report. `meta` carries rounds, versions and notes for the header. */
export function formatReport({ meta, summary, transform, checks }) {
  const out = [`# jstrace bench — ${meta.date}`, '',
    `node ${meta.node}, ${meta.cpus} CPUs (1-min load average ${fx(meta.loadavg1m.start, 1)} at start, ${fx(meta.loadavg1m.end, 1)} at end), ` +
      `${meta.rounds} interleaved rounds, workloads: ${meta.workloads.join(', ')}.`,
    'Each JS figure: one fresh node process per measurement, one warm-up run() excluded, one timed run().',
    'CPython: one process per round, one warm-up run() excluded, then plain and settrace (order alternating).',
    'Ratio = mode ÷ plain of the same round; the table shows the median of those ratios.', ''];
  for (const note of meta.notes) out.push(`> ${note}`, '');
  out.push('## Runtime overhead (ratio to plain, median over rounds)', '', ratioTable(summary, meta.workloads), '');
  out.push('## Median time per run()', '', timeTable(summary, meta.workloads), '');
  if (transform) {
    out.push(`## Transform throughput (${transform.file.replace(/.*node_modules\//, '')}, ${transform.reps} interleaved rounds, each tool in a fresh process, warm-up excluded; source maps: ${transform.sourceMaps})`,
      '', transformTable(transform), '');
  }
  out.push('## SPEC §8 checks', '', checksTable(checks), '');
  const errors = errorLines(summary, transform);
  if (errors.length) out.push('## Errors', '', ...errors, '');
  return out.join('\n');
}
