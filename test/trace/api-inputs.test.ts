/**
 * The `Trace`/`CoverageResults` API where a helper's probes found it wrong: counts of a fresh
 * Trace, `infile` = `outfile`, the promise `runfunc` returns, a tracer already set, and
 * options of the wrong type. The scripts are in api-twins/inputs/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-twins');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'jstrace/register', `inputs/${script}`, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', JSTRACE_CACHE: '0' } });

describe('Trace API: what a Trace reports', () => {
  it('a count-only Trace reports only the files that ran while it counted (as a new Python Trace starts empty)', () => {
    expect(run('fresh-trace.mjs').stdout).toBe('["lib.mjs"] ["lib.mjs"]\n');
  });

  it('infile = outfile: each run counts once in results() and in the file; load(F).save(F) adds nothing', () => {
    expect(run('infile-outfile.mjs').stdout).toBe('1/1 2/2 3/3 load-save:3 second:4\n');
  });

  it('runfunc replaces a tracer already set in every mode, and puts it back (Python: sys.settrace(globaltrace))', () => {
    expect(run('tracer-replaced.mjs').stdout).toBe(['count', 'trace', 'countfuncs', 'countcallers'].map((m) => `${m} ["unused"] true\n`).join(''));
  });
});

describe('Trace API: the promise runfunc returns', () => {
  it('is the function\'s own, and tracing stops when it settles (at once when it already has)', () => {
    expect(run('runfunc-promise.mjs').stdout).toBe(
      'same object: true function\ncounted while pending: 1\nsettled at once: 0 1\nthenable as is: true\nthenable counted while pending: 1\n',
    );
  });

  for (const handled of ['handled', 'unhandled']) {
    it(`a rejection the program ${handled === 'handled' ? 'handles on the original promise stays handled' : 'never handles ends the process as in a plain call'}`, () => {
      const plain = run('runfunc-rejection.mjs', 'plain', handled);
      const traced = run('runfunc-rejection.mjs', 'runfunc', handled);
      expect(plain.status).toBe(handled === 'handled' ? 0 : 1);
      expect([traced.status, traced.stdout, traced.stderr.includes('Error: rejected here')]).toEqual([plain.status, plain.stdout, plain.stderr.includes('Error: rejected here')]);
    });
  }
});

describe('Trace API: options of the wrong type', () => {
  it('give one TypeError each, naming the option', () => {
    expect(run('option-types.mjs').stdout.split('\n')).toEqual([
      "ignoredirs TypeError: Trace: ignoredirs must be an array of strings (['/tmp'] for one)",
      'ignoremods TypeError: Trace: ignoremods must be an array of strings',
      'infile TypeError: Trace: infile must be a file name (a non-empty string) or null',
      'outfile TypeError: CoverageResults: outfile must be a file name (a non-empty string) or null',
      'output TypeError: Trace: output must have a write(text) method',
      'coverdir TypeError: writeResults: coverdir must be a directory name (a non-empty string) or null',
      'update TypeError: CoverageResults.update: other must be a CoverageResults (CoverageResults.fromJSON(data) makes one from a counts document)',
      "reporter TypeError: writeIstanbulReports: unknown reporter 'l' (istanbul-reports has lcov, lcovonly, html, html-spa, text, text-summary, text-lcov, json, json-summary, cobertura, clover, teamcity, none)",
      "reporters TypeError: writeIstanbulReports: reporters must be a reporter name or an array of them (e.g. ['lcov', 'text'])",
      '',
    ]);
  });
});
