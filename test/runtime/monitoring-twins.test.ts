/**
 * Monitoring twins: each monitoring-twins/NAME.js runs with jstrace's `monitoring` and must
 * print what CPython 3.12's `sys.monitoring` printed for the line-aligned NAME.py
 * (NAME.expected; the format and the harness options are described in record.py).
 * Re-record: python3.12 test/runtime/monitoring-twins/record.py --write test/runtime/monitoring-twins
 * What differs from CPython on purpose is in README.md (Known differences, `monitoring`).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'monitoring-twins');
const { runCase } = require('./monitoring-twins/harness.cjs') as { runCase(file: string): Promise<string[]> };

const cases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('monitoring twins (CPython 3.12 sys.monitoring)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });
  for (const name of cases) {
    it(name, async () => {
      const expected = fs.readFileSync(path.join(dir, `${name}.expected`), 'utf8').split('\n').filter((l) => l !== '');
      const got = await runCase(path.join(dir, `${name}.js`));
      expect(got).toEqual(expected);
    });
  }
});
