/**
 * The `jstrace` command on shapes found in real npm packages (about 20 drivers over about 40
 * packages were run with `-c`, `-t`, `-l`, `-T`, with and without node_modules included): which
 * files are counted, counters and events forms agreeing, listings after the program's output,
 * and methods named by computed keys.
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
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-packages-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function run(cwd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, JSTRACE_CACHE: '0', ...extraEnv };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env, timeout: 60_000 });
}
const jstrace = (cwd: string, args: string[], env: Record<string, string> = {}) => run(cwd, [bin, ...args], env);
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

type Json = Record<string, { statementMap: Record<string, { start: { line: number } }>; s: Record<string, number>; fnMap: Record<string, { name: string; line: number }>; f: Record<string, number> }>;
const lineCounts = (j: Json) => Object.fromEntries(Object.entries(j).map(([p, fc]) => [p, Object.fromEntries(Object.entries(fc.s).map(([k, v]) => [fc.statementMap[k]!.start.line, v]))]));
const fnCounts = (j: Json) => Object.fromEntries(Object.entries(j).map(([p, fc]) => [p, Object.entries(fc.f).map(([k, v]) => `${fc.fnMap[k]!.line} ${fc.fnMap[k]!.name} ${v}`).sort()]));
const TRACE_LINE = /^( --- modulename: .+, funcname: .+|[^\s()]+\(\d+\): .*)$/;

// A package the way npm ships many: a CommonJS build with a loop, an uncalled export, a class.
const pkg = {
  'node_modules/foo/package.json': '{"name":"foo","main":"lib/index.js"}\n',
  'node_modules/foo/lib/index.js': [
    "'use strict';",
    'exports.sum = function (n) {',
    '  let s = 0;',
    '  for (let i = 0; i < n; i++) {',
    '    s += i;',
    '  }',
    '  return s;',
    '};',
    'exports.never = function () {',
    '  const x = 1;',
    '  return x;',
    '};',
    'class Box {',
    '  constructor(v) {',
    '    this.v = v;',
    '  }',
    '  get double() {',
    '    return this.v * 2;',
    '  }',
    '}',
    'exports.Box = Box;',
    '',
  ].join('\n'),
  'main.js': "const foo = require('foo');\nprocess.stdout.write('a');\nconsole.log(foo.sum(4), new foo.Box(3).double);\n",
};
const INCLUDE = { JSTRACE_INCLUDE: 'node_modules/foo/**,*.js' };

describe('jstrace on package-shaped code', () => {
  it('only files outside node_modules are traced by default; JSTRACE_INCLUDE adds a package', () => {
    const dir = project(pkg);
    jstrace(dir, ['-c', '-m', '-C', 'c0', 'main.js']);
    expect(fs.readdirSync(path.join(dir, 'c0')).sort()).toEqual(['main.cover']);
    jstrace(dir, ['-c', '-m', '-C', 'c1', 'main.js'], INCLUDE);
    expect(fs.readdirSync(path.join(dir, 'c1')).sort()).toEqual(['main.cover', 'node_modules.foo.lib.index.cover']);
    const cover = read(dir, 'c1/node_modules.foo.lib.index.cover').split('\n');
    expect(cover[3]).toBe('    5:   for (let i = 0; i < n; i++) {'); // loop header n+1, as Python's `for`
    expect(cover[4]).toBe('    4:     s += i;');
    expect(cover[2]).toBe('    1:   let s = 0;');
    expect(cover[9]).toBe('>>>>>>   const x = 1;'); // never called
    expect(cover[10]).toBe('>>>>>>   return x;');
  });

  it("a package.json \"jstrace\" key includes a package's files", () => {
    const dir = project({ ...pkg, 'package.json': '{"name":"p","jstrace":{"include":["node_modules/foo/**","*.js"]}}\n' });
    jstrace(dir, ['-c', '-C', 'cc', 'main.js']);
    expect(fs.existsSync(path.join(dir, 'cc/node_modules.foo.lib.index.cover'))).toBe(true);
  });

  it('counters form (-c) and events form (-c -t) give the same Istanbul line and function counts; .cover equals Istanbul', () => {
    const dir = project(pkg);
    const plain = run(dir, ['main.js']);
    const a = jstrace(dir, ['-c', '-m', '-C', 'ca', '--reporter', 'json', '--report-dir', 'ra', 'main.js'], INCLUDE);
    const b = jstrace(dir, ['-c', '-t', '-m', '-C', 'cb', '--reporter', 'json', '--report-dir', 'rb', 'main.js'], INCLUDE);
    expect([a.stdout, a.stderr, a.status]).toEqual([plain.stdout, plain.stderr, plain.status]);
    const ja = JSON.parse(read(dir, 'ra/coverage-final.json')) as Json;
    const jb = JSON.parse(read(dir, 'rb/coverage-final.json')) as Json;
    expect(lineCounts(jb)).toEqual(lineCounts(ja));
    expect(fnCounts(jb)).toEqual(fnCounts(ja));
    for (const [p, counts] of Object.entries(lineCounts(ja))) {
      const name = path.relative(dir, p).replace(/\.js$/, '').split(path.sep).join('.') + '.cover';
      const cover = read(dir, `ca/${name}`).split('\n');
      for (const [line, n] of Object.entries(counts)) expect(cover[Number(line) - 1]!.slice(0, 7)).toBe(n ? `${String(n).padStart(5)}: ` : '>>>>>> ');
    }
    // -t: the program's output is intact once the trace lines are taken out (a partial write
    // is followed by the next trace line on the same line, as in Python)
    expect(b.stdout).toContain('amain.js(3): ');
    const kept = b.stdout.replace(/^a(?=main\.js\(3\))/m, 'a\n').split('\n').filter((l) => !TRACE_LINE.test(l)).join('\n');
    expect(kept.replace(/^a\n/, 'a')).toBe(plain.stdout);
  });

  it('-l and -T print the program output first, then the listing', () => {
    const dir = project(pkg);
    const plain = run(dir, ['main.js']);
    for (const opt of ['-l', '-T']) {
      const r = jstrace(dir, [opt, 'main.js'], INCLUDE);
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(plain.stdout)).toBe(true);
    }
    expect(jstrace(dir, ['-l', 'main.js'], INCLUDE).stdout).toContain('modulename: index, funcname: Box.get double');
  });
});

describe('jstrace on package-shaped code: names', () => {
  // handlebars ships dist/cjs/handlebars.runtime.js and dist/cjs/handlebars/runtime.js: both are
  // named node_modules.handlebars.dist.cjs.handlebars.runtime.cover under -C, and one is lost.
  it('-c -t: Istanbul functions of computed-key methods are those of -c', () => {
    const dir = project({
      'm.js': [
        "const k = 'dyn';",
        'class A {',
        '  [k]() {',
        '    return 2;',
        '  }',
        "  [k + '2']() {",
        '    return 3;',
        '  }',
        '}',
        'new A().dyn();',
        '',
      ].join('\n'),
    });
    jstrace(dir, ['-c', '-C', 'c1', '--reporter', 'json', '--report-dir', 'r1', 'm.js']);
    jstrace(dir, ['-c', '-t', '-C', 'c2', '--reporter', 'json', '--report-dir', 'r2', 'm.js']);
    const f1 = fnCounts(JSON.parse(read(dir, 'r1/coverage-final.json')));
    const f2 = fnCounts(JSON.parse(read(dir, 'r2/coverage-final.json')));
    expect(Object.values(f1)[0]).toEqual(['3 A.dyn 1', '6 A.dyn2 0']);
    expect(f2).toEqual(f1); // -c -t: ['3 A.<anonymous> (1) 0', '3 A.dyn 1', '6 A.<anonymous> (2) 0']
  });
});
