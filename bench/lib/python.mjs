// Finds CPython 3.11 and 3.12 and runs one settrace round of a workload in a fresh process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, WORKLOAD_DIR } from './config.mjs';
import { runJsonChild } from './spawn.mjs';

const WANTED = ['3.11', '3.12'];
const PY_CHILD = join(BENCH_DIR, 'lib', 'py_child.py');
const PROBE = 'import sys, json; print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "exe": sys.executable}))';

function pyenvCandidates(minor) {
  const root = join(homedir(), '.pyenv', 'versions');
  if (!existsSync(root)) return [];
  const patch = (v) => Number(v.split('.')[2]) || 0;
  return readdirSync(root)
    .filter((v) => v.startsWith(`${minor}.`))
    .sort((a, b) => patch(b) - patch(a))
    .map((v) => join(root, v, 'bin', 'python3'));
}

// A pyenv shim can exist on PATH and still fail ("command not found" for an inactive version),
// so each candidate is asked for its version rather than trusted by name.
function probe(cmd) {
  const res = spawnSync(cmd, ['-c', PROBE], { encoding: 'utf8', timeout: 20000 });
  if (res.status !== 0 || !res.stdout) return null;
  try {
    return JSON.parse(res.stdout.trim());
  } catch {
    return null;
  }
}

/** [{ minor: '3.11', version: '3.11.7', exe }] for each wanted version that runs here. */
export function findPythons() {
  const found = [];
  for (const minor of WANTED) {
    for (const cmd of [`python${minor}`, ...pyenvCandidates(minor)]) {
      const info = probe(cmd);
      if (info && info.version.startsWith(`${minor}.`)) {
        found.push({ minor, version: info.version, exe: info.exe || cmd });
        break;
      }
    }
  }
  return found;
}

/** One round: { plainMs, tracedMs, warmupMs, ... } or { error }. Order alternates by round. */
export function runPythonRound(python, workload, round, timeout) {
  const order = round % 2 === 0 ? 'plain-first' : 'traced-first';
  return runJsonChild(python.exe, ['-B', PY_CHILD, join(WORKLOAD_DIR, `${workload}.py`), order],
    { timeout });
}
