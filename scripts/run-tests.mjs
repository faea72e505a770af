#!/usr/bin/env node
// Runs the Vitest suite and ends with the line CI counts: `N passed, N failed[, N skipped]`.
// Vitest prints no such line itself, so it is derived from Vitest's JSON report.
//
// Two passes: the whole suite under this Node, then the suites that load programs through
// jstrace/register (loader, command, conformance, real packages, examples), and the Babel plugin
// under Babel 8, under Node 22, which has
// `module.registerHooks` and so takes the in-thread loader path. Node 22 comes from
// `node scripts/fetch-node.mjs` (.ci/run calls it); without it the second pass is skipped with
// a message. Arguments are passed to `vitest run` (e.g. a file filter), and then only the first
// pass runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const node22 = path.join(root, '.cache', 'node-22', 'bin', 'node');
const NODE22_SUITES = ['test/loader', 'test/cli', 'test/conformance', 'test/real', 'test/examples.test.ts', 'test/instrument/babel8.test.ts'];

/** One `vitest run` under `node`; returns its counts, or null when it wrote no report. */
function pass(node, args, env = process.env) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-vitest-')), 'report.json');
  const res = spawnSync(node, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], { cwd: root, stdio: 'inherit', env });
  try {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    // A suite that fails to load has no failed test: count it as a failure.
    const brokenSuites = json.numFailedTests === 0 ? json.numFailedTestSuites : 0;
    return {
      status: res.status ?? 1,
      passed: json.numPassedTests,
      failed: json.numFailedTests + brokenSuites,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    };
  } catch {
    return null;
  } finally {
    fs.rmSync(path.dirname(report), { recursive: true, force: true });
  }
}

// The suites compare what programs print with plain node's output and with literal text;
// FORCE_COLOR would make every child's console.log colour its values (plain node's too).
delete process.env.FORCE_COLOR;
const args = process.argv.slice(2);
const passes = [pass(process.execPath, args)];
if (args.length === 0) {
  if (fs.existsSync(node22)) {
    console.log(`\n== The loader, command, conformance, real-package and example suites again under Node 22 (${path.relative(root, node22)}): module.registerHooks ==\n`);
    const env = { ...process.env, PATH: `${path.dirname(node22)}${path.delimiter}${process.env.PATH ?? ''}` };
    passes.push(pass(node22, NODE22_SUITES, env));
  } else {
    console.log('\nThe Node 22 pass is skipped: no .cache/node-22 (run `node scripts/fetch-node.mjs` to fetch it).');
  }
}
const total = { passed: 0, failed: 0, skipped: 0 };
for (const p of passes) {
  if (!p) {
    total.failed += 1; // a pass that wrote no report failed as a whole
    continue;
  }
  total.passed += p.passed;
  total.failed += p.failed;
  total.skipped += p.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : ''));
process.exit(passes.every((p) => p && p.status === 0) ? 0 : 1);
