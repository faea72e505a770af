/**
 * The `Trace` API's life cycle where it once differed from Python's `trace.Trace`: nested and
 * overlapping `runfunc`, saving twice, two Traces stopped out of order, a failed `start()`.
 * The scripts are in api-twins/lifecycle/; what CPython does is in each test's name.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-twins');
const run = (script: string): string =>
  spawnSync(process.execPath, ['--import', 'jstrace/register', `lifecycle/${script}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout;

describe('Trace API life cycle', () => {
  it('runfunc inside runfunc of the same Trace runs the function (Python: value 6, see python/nested-same.txt)', () => {
    expect(run('nested-runfunc.mjs')).toBe('value 6\n');
  });

  it('writeResults() twice saves the same counts to outfile (Python pickles the same counts each time)', () => {
    expect(run('write-twice.mjs')).toBe('square line 4 in outfile: 1\n');
  });

  it('after two Traces stopped (first one first), no tracer is left set and the first prints nothing', () => {
    expect(run('stop-order.mjs')).toBe('gettrace null\nt1 printed after stop ""\n');
  });

  it('a start() that failed (no free monitoring tool id) does not leave the Trace started', () => {
    expect(run('failed-start.mjs')).toBe('first Trace: all six monitoring tool ids are in use\nsecond value 4\n');
  });
});
