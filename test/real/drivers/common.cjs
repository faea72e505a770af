'use strict';
// Helpers shared by the drivers: deterministic printing of results.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** A file of an installed package, read directly (package `exports` do not list them all). */
const readPackageFile = (rel) => fs.readFileSync(path.resolve(__dirname, '../../../node_modules', rel), 'utf8');

/** sha256 of a string, short. */
const hash = (s) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * An error as the program sees it: name, message, and the stack frames in node_modules with
 * the column dropped (SPEC §4 keeps lines, not columns). The require hook's own frame (pirates'
 * `newLoader`, on the stack while a CommonJS module's top level runs) is left out: a known
 * difference (README).
 */
function describeError(err) {
  if (!(err instanceof Error)) return `thrown ${typeof err}: ${String(err)}`;
  const frames = String(err.stack)
    .split('\n')
    .filter((l) => /^\s+at /.test(l) && l.includes('node_modules') && !/node_modules[\\/]pirates[\\/]/.test(l))
    .map((l) => l.trim().replace(/.*node_modules[\\/]/, '').replace(/:(\d+):\d+\)?$/, ':$1'));
  return `${err.name}: ${err.message}\n  ${frames.slice(0, 8).join('\n  ')}`;
}

/** `npm test` runs the drivers with JSTRACE_REAL_QUICK=1: a smaller share of the same work. */
const quick = process.env.JSTRACE_REAL_QUICK === '1';

module.exports = { hash, describeError, readPackageFile, quick };
