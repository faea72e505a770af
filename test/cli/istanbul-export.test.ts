/**
 * The Istanbul export where it used to differ from what nyc / babel-plugin-istanbul give for the
 * same run (found by comparing with istanbul-lib-instrument's coverage): functions sharing a
 * line, names lcov can tell apart, one file named two ways, `pragma: no cover`, and the main
 * script's path in a later `--report`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');

function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-istbug-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function jstrace(cwd: string, args: string[]) {
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env, timeout: 60_000 });
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const fnLines = (lcov: string) => lcov.split('\n').filter((l) => /^FN(DA|F|H)?:/.test(l));

describe('Istanbul export', () => {
  it('two functions on one line are two functions (Istanbul: FNF 2, FNH 1)', () => {
    const dir = project({ 'same.js': 'const fns = [() => 1, () => 2];\nconsole.log(fns[0]());\n' });
    jstrace(dir, ['-c', '-C', 'cc', '--reporter', 'lcovonly', 'same.js']);
    const lcov = read(dir, 'coverage/lcov.info');
    expect(lcov).toContain('FNF:2\nFNH:1\n');
  });

  it('a rejection handler that ran does not make the fulfilment handler on its line covered', () => {
    const dir = project({ 'p.js': "Promise.reject(new Error('x')).then((v) => v, (e) => e.message);\n" });
    jstrace(dir, ['-c', '-C', 'cc', '--reporter', 'json-summary', 'p.js']);
    expect(JSON.parse(read(dir, 'coverage/coverage-summary.json')).total.functions).toMatchObject({ total: 2, covered: 1 });
  });

  it('function names in lcov are unique within a file (lcov/genhtml/Codecov key FN/FNDA by name)', () => {
    const dir = project({ 'dup.js': 'exports.a = function () {};\nexports.b = function () {};\nexports.a();\n' });
    jstrace(dir, ['-c', '-C', 'cc', '--reporter', 'lcovonly', 'dup.js']);
    const names = fnLines(read(dir, 'coverage/lcov.info')).filter((l) => l.startsWith('FN:')).map((l) => l.replace(/^FN:\d+,/, ''));
    expect(new Set(names).size).toBe(names.length);
  });

  it('a function named with a comma or a line break is one lcov record with a name of its own (lcov reads a name up to its first comma)', () => {
    const dir = project({ 'names.js': "const o = {\n  'x,y'() {\n    return 1;\n  },\n  'x,z'() {\n    return 2;\n  },\n  'p\\nq'() {\n    return 3;\n  },\n};\nconsole.log(o['x,y'](), o['p\\nq']());\n" });
    jstrace(dir, ['-c', '-C', 'cc', '--reporter', 'lcovonly', 'names.js']);
    expect(fnLines(read(dir, 'coverage/lcov.info'))).toEqual([
      'FN:2,x\\x2cy',
      'FN:5,x\\x2cz',
      'FN:8,p\\nq',
      'FNF:3',
      'FNH:2',
      'FNDA:1,x\\x2cy',
      'FNDA:0,x\\x2cz',
      'FNDA:1,p\\nq',
    ]);
  });

  it('a counts file with a negative count or a line 0 is refused by name and left as it was (it reached lcov as DA:-3,-7)', () => {
    const dir = project({ 'x.js': 'exports.used = function (x) {\n  return x + 1;\n};\n' });
    const bad = JSON.stringify({ format: 'jstrace-counts', version: 1, files: { [path.join(dir, 'x.js')]: { lines: { '-3': -7, '2': 1 }, executable: [0, 2], functions: [['used', 1, -2]] } }, calledfuncs: [], callers: [] });
    fs.writeFileSync(path.join(dir, 'c.json'), bad);
    const r = jstrace(dir, ['-r', '-f', 'c.json', '--reporter', 'lcovonly']);
    expect([r.status, r.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(r.stderr).toMatch(/c\.json/);
    expect(read(dir, 'c.json')).toBe(bad);
    expect(fs.existsSync(path.join(dir, 'coverage'))).toBe(false);
  });

  it('runs of the same file spelled differently (app.js, ./app.js, -- node app.js) add up in the Istanbul report', () => {
    const dir = project({ 'app.js': 'function f() {\n  return 1;\n}\nf();\n' });
    jstrace(dir, ['-c', '-R', '-f', 'counts.json', 'app.js']);
    jstrace(dir, ['-c', '-R', '-f', 'counts.json', '--', process.execPath, 'app.js']);
    jstrace(dir, ['-r', '-f', 'counts.json', '-C', 'cc', '--reporter', 'lcovonly']);
    expect(fnLines(read(dir, 'coverage/lcov.info'))).toContain('FNDA:2,f');
  });

  it('a line marked "pragma: no cover" is not an uncovered statement (the .cover file and --summary leave it out)', () => {
    const dir = project({
      'pr.js': "function f(x) {\n  if (x) {\n    return 1;\n  }\n  console.log('unreached'); // pragma: no cover\n  return 2;\n}\nf(1);\n",
    });
    const res = jstrace(dir, ['-c', '-m', '-s', '-C', 'cc', '--reporter', 'lcovonly', 'pr.js']);
    expect(res.stdout).toContain('    4    75%   pr   (pr.js)');
    expect(read(dir, 'coverage/lcov.info')).not.toContain('DA:5,0');
  });

  it('--report from another directory keeps the main script at its real path', () => {
    const dir = project({ 'a/app.js': 'function f() {\n  return 1;\n}\nf();\n', 'b/.keep': '' });
    jstrace(path.join(dir, 'a'), ['-c', '-R', '-f', '../counts.json', 'app.js']);
    jstrace(path.join(dir, 'b'), ['-r', '-f', '../counts.json', '-C', 'cc', '--reporter', 'json']);
    expect(Object.keys(JSON.parse(read(dir, 'b/coverage/coverage-final.json')))).toEqual([path.join(dir, 'a/app.js')]);
  });
});
