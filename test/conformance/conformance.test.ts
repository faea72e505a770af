/**
 * The shared conformance suite: 30 JavaScript programs and the events CPython 3.12 records
 * for their Python twins. Each case runs through ../shared/conformance/run.mjs (which loads
 * jstrace with `node --import jstrace/register`), and its whole output must equal CPython's.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = process.env.JSTRACE_CONFORMANCE_DIR ?? path.resolve(root, '../shared/conformance');
const present = fs.existsSync(path.join(dir, 'run.mjs'));
const cases = present ? fs.readdirSync(dir).filter((f) => /^\d\d-.*\.js$/.test(f)).sort() : [];

if (!present) {
  console.warn(`conformance: skipped, ${dir} is absent (set JSTRACE_CONFORMANCE_DIR to run it)`);
}

describe.skipIf(!present)('conformance with CPython 3.12', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  it.each(cases)('%s', (file) => {
    const res = spawnSync(process.execPath, [path.join(dir, 'run.mjs'), root, path.join(dir, file)], { encoding: 'utf8', timeout: 30_000 });
    expect(res.stderr).not.toMatch(/recorder-error/);
    expect(res.status, res.stderr).toBe(0);
    const expected = fs.readFileSync(path.join(dir, file.replace(/\.js$/, '.expected')), 'utf8');
    expect(res.stdout.split('\n')).toEqual(expected.split('\n'));
  });
});
