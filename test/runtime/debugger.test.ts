/**
 * A bdb-style debugger written on jstrace's public API (test/runtime/debugger/bdb.mjs, a port of
 * CPython 3.12's Lib/bdb.py driven by a scripted mini-pdb) must stop where CPython's own
 * bdb.Bdb stops on a line-aligned Python twin of each program, given the same commands.
 *
 * The expected stop sequences (test/runtime/debugger/expected/*.txt) were recorded from CPython:
 *   for c in test/runtime/debugger/cases/*.json; do n=$(basename $c .json);
 *     py=python3.12   # python3.13 for cases with "python": "3.13"
 *     $py test/runtime/debugger/bdb_twin.py $n > test/runtime/debugger/expected/$n.txt; done
 * Python is not needed to run this test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'debugger');
const cases = fs
  .readdirSync(path.join(dir, 'cases'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

describe('a bdb port stops where CPython bdb stops', () => {
  it('has the cases and their recordings', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const name of cases) expect(fs.existsSync(path.join(dir, 'expected', `${name}.txt`))).toBe(true);
  });
  for (const name of cases) {
    it(name, () => {
      const out = execFileSync(process.execPath, [path.join(dir, 'bdb.mjs'), name], { encoding: 'utf8' });
      expect(out).toBe(fs.readFileSync(path.join(dir, 'expected', `${name}.txt`), 'utf8'));
    });
  }
});
