// Sections 1-2: interleaved rounds. In each round, for each workload, every JS mode runs in its
// own fresh node process (mode order rotates per round), then each CPython runs one round.
import { join } from 'node:path';
import { BENCH_DIR, DIST_CJS, MODES } from './config.mjs';
import { runPythonRound } from './python.mjs';
import { rotate } from './stats.mjs';
import { runJsonChild } from './spawn.mjs';

const CHILD = join(BENCH_DIR, 'lib', 'child.cjs');

function measureJs(mode, files, workload) {
  const entry = files[mode.variant][workload];
  if (entry.error) return { error: entry.error };
  const config = { file: entry.file, runtime: mode.runtime ? DIST_CJS : null, tracer: mode.tracer };
  return runJsonChild(process.execPath, [CHILD, JSON.stringify(config)]);
}

function fmtMs(res) {
  return res.error ? 'err' : `${Math.round(res.ms)}`;
}

function emptyTable(rows, cols) {
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c, []]))]));
}

/**
 * Returns raw per-round results:
 *   js[workload][mode] = [{ ms, warmupMs, checksum } | { error }, ...]  (index = round)
 *   py[minor][workload] = [{ plainMs, tracedMs, ... } | { error }, ...]
 */
export function runRounds({ rounds, workloads, modeNames, files, pythons, log }) {
  const modes = MODES.filter((m) => modeNames.includes(m.name));
  const js = emptyTable(workloads, modeNames);
  const py = emptyTable(pythons.map((p) => p.minor), workloads);
  for (let round = 0; round < rounds; round++) {
    for (const workload of workloads) {
      const byMode = {};
      for (const mode of rotate(modes, round)) {
        byMode[mode.name] = measureJs(mode, files, workload);
        js[workload][mode.name].push(byMode[mode.name]);
      }
      const pyNotes = pythons.map((p) => {
        const res = runPythonRound(p, workload, round);
        py[p.minor][workload].push(res);
        return res.error ? `py${p.minor} err` : `py${p.minor} ${(res.tracedMs / res.plainMs).toFixed(2)}x`;
      });
      const jsNotes = modeNames.map((name) => `${name} ${fmtMs(byMode[name])}`);
      log(`round ${round + 1}/${rounds} ${workload}: ${jsNotes.join(' ')} ms; ${pyNotes.join(' ')}`);
    }
  }
  return { js, py };
}
