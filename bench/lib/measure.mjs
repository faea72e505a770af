// Sections 1-2: interleaved rounds. In each round, for each workload, every JS mode runs in its
// own fresh node process (mode order rotates per round), then each CPython runs one round.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, MODES } from './config.mjs';
import { runPythonRound } from './python.mjs';
import { rotate } from './stats.mjs';
import { runJsonChild } from './spawn.mjs';

const CHILD = join(BENCH_DIR, 'lib', 'child.cjs');

function measureJs(mode, files, workload, ctx) {
  const entry = files[mode.variant][workload];
  if (entry.error) return { error: entry.error };
  const config = { file: entry.file, runtime: mode.runtime ? ctx.runtime : null, tracer: mode.tracer,
    slowMs: ctx.slowMs };
  if (!mode.v8Coverage) return runJsonChild(process.execPath, [CHILD, JSON.stringify(config)], { timeout: ctx.timeoutMs });
  const dir = mkdtempSync(join(tmpdir(), 'jstrace-bench-v8cov-'));
  try {
    return runJsonChild(process.execPath, [CHILD, JSON.stringify(config)], { timeout: ctx.timeoutMs, env: { ...process.env, NODE_V8_COVERAGE: dir } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmtMs(res) {
  if (res.skipped) return 'skip';
  if (res.error) return res.timedOut ? 'timeout' : 'err';
  return `${Math.round(res.ms)}${res.cold ? '(cold)' : ''}`;
}

// A (workload, mode) that timed out or was too slow for a warm-up is measured once, not again:
// its later rounds are recorded as skipped so the bench ends in bounded time.
function tooSlow(res) {
  return Boolean(res.cold || res.timedOut);
}

function emptyTable(rows, cols) {
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c, []]))]));
}

/**
 * Returns raw per-round results:
 *   js[workload][mode] = [{ ms, warmupMs, checksum } | { error }, ...]  (index = round)
 *   py[minor][workload] = [{ plainMs, tracedMs, ... } | { error }, ...]
 */
export function runRounds({ rounds, workloads, modeNames, files, pythons, ctx, log }) {
  const modes = MODES.filter((m) => modeNames.includes(m.name));
  const js = emptyTable(workloads, modeNames);
  const py = emptyTable(pythons.map((p) => p.minor), workloads);
  const slow = new Set();
  for (let round = 0; round < rounds; round++) {
    for (const workload of workloads) {
      const byMode = {};
      for (const mode of rotate(modes, round)) {
        const key = `${workload}/${mode.name}`;
        const res = slow.has(key) ? { skipped: 'too slow, measured once' }
          : measureJs(mode, files, workload, ctx);
        if (tooSlow(res)) slow.add(key);
        byMode[mode.name] = res;
        js[workload][mode.name].push(res);
      }
      const pyNotes = pythons.map((p) => {
        const res = runPythonRound(p, workload, round, ctx.timeoutMs);
        py[p.minor][workload].push(res);
        return res.error ? `py${p.minor} err` : `py${p.minor} ${(res.tracedMs / res.plainMs).toFixed(2)}x`;
      });
      const jsNotes = modeNames.map((name) => `${name} ${fmtMs(byMode[name])}`);
      log(`round ${round + 1}/${rounds} ${workload}: ${jsNotes.join(' ')} ms; ${pyNotes.join(' ')}`);
    }
  }
  return { js, py };
}
