#!/usr/bin/env node
// Runs the Vitest suite and ends with the line CI counts: `N passed, N failed[, N skipped]`.
// Vitest prints no such line itself, so it is derived from Vitest's JSON report.
// Arguments are passed to `vitest run` (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-vitest-')), 'report.json');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const res = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
let summary = null;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : '');
  if (json.numTotalTestSuites > 0 && json.numFailedTestSuites > 0 && json.numFailedTests === 0) {
    summary = `${json.numPassedTests} passed, ${json.numFailedTestSuites} failed`;
  }
} catch {
  summary = null;
}
console.log(summary ?? '0 passed, 1 failed');
process.exit(res.status ?? 1);
