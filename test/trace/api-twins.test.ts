/**
 * The programmatic `Trace` / `CoverageResults` API next to Python's `trace.Trace` /
 * `trace.CoverageResults`: twin tools (api-twins/tool.mjs, api-twins/tool.py) run the same
 * scenarios on twin programs (app.mjs/app.py, helper.mjs/helper.py, laid out line for line).
 * CPython's output is recorded in api-twins/python/ (api-twins/record.sh, python3.12), so no
 * Python is needed here. Documented differences (docs/trace-differences.md) are applied to
 * Python's side before comparing: declaration lines (`def`, `import`) are not executable, the
 * summary's figures, and `--trackcalls`' harness row (`trace.Trace.runfunc -> …`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-twins');

function runJs(scenario: string): string {
  const r = spawnSync(process.execPath, ['--import', 'jstrace/register', 'tool.mjs', scenario], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const text = r.stdout + r.stderr;
  const tmp = fs.realpathSync(os.tmpdir()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text
    .split(dir).join('<D>')
    .replace(new RegExp(`${tmp}/[A-Za-z0-9_.-]*`, 'g'), '<T>')
    .replace(/\.mjs\b/g, '.X');
}

function python(scenario: string): string {
  return fs.readFileSync(path.join(dir, 'python', `${scenario}.txt`), 'utf8');
}

/** What is compared: trace lines without their source text, `.cover` lines by their 7-character prefix, no summary rows. */
function shape(text: string, side: 'py' | 'js'): string {
  const out: string[] = [];
  let inCover = false;
  let skipBlock = false;
  for (let line of text.replace(/\n$/, '').split('\n')) {
    if (skipBlock) {
      if (line === '') skipBlock = false;
      continue;
    }
    if (side === 'py' && line.startsWith('*** <LIB>/trace.X ***')) {
      skipBlock = true; // Python's harness row: documented, no counterpart
      continue;
    }
    if (line.startsWith('== ')) {
      inCover = true;
      out.push(line);
      continue;
    }
    if (/^\s+\d+\s+\d+%\s/.test(line)) continue; // summary rows: documented differences
    line = line.replace(/^\d+\.\d\d (?=\w+\.X\()/, '<t> ');
    const traced = /^((?:<t> )?\w+\.X\(\d+\)): /.exec(line);
    if (traced) line = traced[1]!;
    else if (inCover) {
      let prefix = line.slice(0, 7);
      if (side === 'py' && /^(def |import )/.test(line.slice(7))) prefix = '       ';
      line = prefix.trimEnd() === '' ? '' : prefix;
    }
    if (line.startsWith('callers ')) line = line.split(' ').filter((w) => !w.startsWith('trace.Trace.')).join(' ');
    line = line.replace(/tool\.X:\d+=/g, 'tool.X:N=');
    out.push(line);
  }
  return out.join('\n');
}

const SAME = [
  'basic', // runfunc's value and line counts (a `for` line counted n+1 times, as Python's)
  'throws', // an exception propagates out of runfunc; the counts up to it are kept; no tracer left set
  'ignoremods', 'ignoredirs', // an imported module left out by name and by folder
  'countfuncs', // calledfuncs keys; the `functions called:` listing; countfuncs wins over count
  'countcallers', 'throws-callers', // caller → callee pairs, the `calling relationships:` listing
  'trace', 'trace-count', 'throws-trace', // the ` --- modulename:` headers and `file(N): ` lines, on stdout
  'timing', // `%.2f ` before each traced line
  'defaults', // Trace() with no options: count and trace
  'none', // count=0, trace=0: runs, collects nothing
  'run-string', // run(source): counts under `<string>`
  'builtin-caller', // a function called back from a builtin (map) is counted
  'update', // update() adds counts; write_results into coverdir with summary and missing marks
  'coverdir-missing', // write_results creates a coverdir that does not exist
  'no-missing', // show_missing=False: no `>>>>>> ` marks
];

describe('Trace / CoverageResults API against python3.12 trace.Trace (recorded)', () => {
  for (const scenario of SAME) {
    it(scenario, () => {
      expect(shape(runJs(scenario), 'js')).toBe(shape(python(scenario), 'py'));
    });
  }

  it('infile: a second Trace starts from the counts the first one saved to its outfile', () => {
    const first = (t: string) => t.split('\n').find((l) => l.startsWith('b-before'));
    expect(first(runJs('outfile-infile'))).toBe(first(python('outfile-infile')));
  });

  it('results() twice gives the same counts', () => {
    const js = runJs('results-twice').split('\n');
    const py = python('results-twice').split('\n');
    expect(js.slice(0, 2)).toEqual(py.slice(0, 2));
  });

  it('an async function: runfunc returns its promise and counts until it settles (Python returns the coroutine unrun)', () => {
    const js = runJs('async');
    expect(js).toContain('runfunc-returned Promise');
    expect(js).toContain('value 2');
    expect(js).toMatch(/counts app\.X:4=2 app\.X:7=1 app\.X:8=3 app\.X:9=2 app\.X:10=1 helper\.X:2=2/);
    expect(python('async')).toContain('runfunc-returned coroutine');
  });
});
