/**
 * `jstrace -c --reporter ...` against Istanbul itself (istanbul-lib-instrument, what nyc and
 * babel-plugin-istanbul use) on the same programs: every function Istanbul lists is listed on the
 * same line with the same call count, and every line both report is covered in one exactly when
 * it is covered in the other. (Line counts differ on purpose: jstrace counts as Python does,
 * a `for` line once per iteration; and jstrace has no branches.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const register = path.join(root, 'test/cli/fixtures/istanbul/register.cjs');

type Files = Record<string, string>;
interface FileCov {
  fnMap: Record<string, { name: string; decl: { start: { line: number } }; line?: number }>;
  f: Record<string, number>;
  statementMap: Record<string, { start: { line: number } }>;
  s: Record<string, number>;
}

function project(files: Files): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-ist-')));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env, JSTRACE_CACHE: '0' };
  delete e.NODE_OPTIONS;
  return e;
}

function runJstrace(dir: string, args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: env(), timeout: 60_000 });
}

/** Istanbul's coverage of the same run. */
function istanbul(dir: string, main: string): Record<string, FileCov> {
  const out = path.join(dir, 'istanbul.json');
  spawnSync(process.execPath, ['--require', register, main], { cwd: dir, encoding: 'utf8', env: { ...env(), IST_OUT: out }, timeout: 60_000 });
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, FileCov>;
}

/** line → sorted call counts of the functions declared there (jstrace's pseudo-functions left out). */
function functionsByLine(fc: FileCov): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const [k, fn] of Object.entries(fc.fnMap)) {
    // Pseudo-functions of class bodies are code objects to jstrace; Istanbul does not count
    // private methods (#m) as functions at all.
    if (/<(instance_members|static)_initializer>|\.#/.test(fn.name)) continue;
    const line = fn.decl.start.line;
    m.set(line, [...(m.get(line) ?? []), fc.f[k]!].sort((a, b) => a - b));
  }
  return m;
}

/** line → max count of the statements starting there (Istanbul's line coverage). */
function linesOf(fc: FileCov): Map<number, number> {
  const m = new Map<number, number>();
  for (const [k, st] of Object.entries(fc.statementMap)) m.set(st.start.line, Math.max(m.get(st.start.line) ?? 0, fc.s[k]!));
  return m;
}

function compare(files: Files, main: string, { sameStatements = false } = {}) {
  const dir = project(files);
  const res = runJstrace(dir, ['-c', '-C', 'cover', '--reporter', 'json', '--reporter', 'lcovonly', '--reporter', 'html', '--report-dir', 'cov', main]);
  expect(res.stderr.replace(/^[^]*?Error[^]*$/, '')).toBe('');
  const ours = JSON.parse(fs.readFileSync(path.join(dir, 'cov/coverage-final.json'), 'utf8')) as Record<string, FileCov>;
  const theirs = istanbul(dir, main);
  expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
  for (const file of Object.keys(theirs)) {
    expect([file, functionsByLine(ours[file]!)]).toEqual([file, functionsByLine(theirs[file]!)]);
    const a = linesOf(ours[file]!);
    const b = linesOf(theirs[file]!);
    for (const [line, n] of b) {
      if (a.has(line)) expect([file, line, a.get(line)! > 0]).toEqual([file, line, n > 0]);
      else if (sameStatements) expect([file, line, 'missing in jstrace']).toBeNull();
    }
    expect(fs.existsSync(path.join(dir, 'cov/index.html'))).toBe(true);
  }
  return dir;
}

describe('jstrace --reporter against Istanbul', () => {
  it('CommonJS: two files, classes, getters, arrows, a function never called', () => {
    compare(
      {
        'app.js': `const lib = require('./lib');
function add(a, b) {
  return a + b;
}
const sq = (x) => x * x;
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get norm() {
    return Math.sqrt(sq(this.x) + sq(this.y));
  }
  static origin() { return new Point(0, 0); }
}
let total = 0;
for (let i = 0; i < 3; i++) {
  total = add(total, i);
}
const p = new Point(3, 4);
console.log(total, p.norm, lib.greet('x'));
function never() {
  return 1;
}
`,
        'lib.js': `exports.greet = function (name) {
  return 'hi ' + name;
};
exports.unused = (a) => a ? 1 : 2;
`,
      },
      'app.js',
      { sameStatements: true },
    );
  });

  it('ES modules: switch, default export, an export never called', () => {
    compare(
      {
        'main.mjs': `import { area, Shape } from './shapes.mjs';
import def from './shapes.mjs';
const s = new Shape('sq', 2);
console.log(area(s), def());
export function unusedExport() {
  return 42;
}
`,
        'shapes.mjs': `export class Shape {
  constructor(kind, size) {
    this.kind = kind;
    this.size = size;
  }
  describe() {
    return \`\${this.kind}:\${this.size}\`;
  }
}
export function area(s) {
  switch (s.kind) {
    case 'sq':
      return s.size * s.size;
    case 'circle':
      return Math.PI * s.size ** 2;
    default:
      throw new Error('bad');
  }
}
export default function () {
  return 'default';
}
`,
      },
      'main.mjs',
      { sameStatements: true },
    );
  });

  it('generators, async functions and async generators', () => {
    compare(
      {
        'g.mjs': `function* count(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
  return 'done';
}
const out = [];
for (const v of count(3)) {
  out.push(v);
}
function* neverGen() {
  yield 1;
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(i) {
  await wait(1);
  return i * 2;
}
async function* ticks(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield i;
  }
}
let s = 0;
for await (const t of ticks(3)) {
  s += await step(t);
}
console.log(out, s);
`,
      },
      'g.mjs',
      { sameStatements: true },
    );
  });

  it('ternaries, logical operators, default parameters, try/catch/finally, fall-through', () => {
    compare(
      {
        't.js': `function f(a, b = 10, { c = 5 } = {}) {
  const x = a > 0 ? 'pos' : 'neg';
  const y = a && b || c;
  const z = a ?? b;
  return [x, y, z];
}
console.log(f(1));
console.log(f(-1, 2, { c: 3 }));
function risky(n) {
  try {
    if (n > 1) {
      throw new Error('big');
    }
    return n;
  } catch (e) {
    return -1;
  } finally {
    console.log('finally', n);
  }
}
risky(0);
risky(5);
function kind(x) {
  let r = '';
  switch (x) {
    case 1:
      r += 'one';
    case 2:
      r += 'two';
      break;
    case 3: {
      r = 'three';
      break;
    }
    default:
      r = 'other';
  }
  return r;
}
for (const v of [1, 2, 4]) console.log(kind(v));
`,
      },
      't.js',
      { sameStatements: true },
    );
  });

  it('class fields, static blocks, private methods, accessors, super; nested functions', () => {
    compare(
      {
        'c.js': `class Counter {
  #n = 0;
  static instances = 0;
  label = 'c' + Counter.instances;
  static {
    Counter.ready = true;
  }
  constructor() {
    Counter.instances++;
  }
  get value() {
    return this.#n;
  }
  set value(v) {
    this.#n = v;
  }
  #bump() {
    this.#n++;
  }
  inc() {
    this.#bump();
    return this;
  }
}
class Sub extends Counter {
  inc() {
    return super.inc();
  }
}
const c = new Sub();
c.inc().inc();
c.value = 10;
function outer() {
  function inner() {
    return 1;
  }
  return [1].map((v) => v + inner());
}
class A {
  m() {
    return () => 1;
  }
}
if (c.value > 100) outer();
console.log(c.value, c.label);
`,
      },
      'c.js',
      { sameStatements: true },
    );
  });

  it('multi-line statements and loops of every kind', () => {
    compare(
      {
        'm.js': `const data = [1, 2, 3]
  .map((x) =>
    x * 2)
  .filter(
    (x) => x > 2,
  );
function compute(
  a,
  b,
) {
  return (
    a +
    b
  );
}
let i = 0;
do {
  i++;
} while (i < 3);
while (i < 5) i++;
outer: for (const a of [1, 2]) {
  for (const b of [1, 2]) {
    if (b === 2) continue outer;
    i += a + b;
  }
}
if (i > 100) {
  i = 1;
} else if (i > 4) {
  i = compute(i, 2);
} else {
  i = 3;
}
console.log(data, i);
`,
      },
      'm.js',
    );
  });

  it('a program ending in process.exit or an uncaught error still gets its report', () => {
    for (const [main, text] of [
      ['x.js', `function go(n) {\n  if (n > 2) {\n    process.exit(3);\n  }\n  return go(n + 1);\n}\nconsole.log('start');\ngo(0);\nconsole.log('never');\n`],
      ['c.js', `function boom() {\n  throw new Error('boom');\n}\nconsole.log('before');\nboom();\nconsole.log('after');\n`],
    ] as const) {
      compare({ [main]: text }, main, { sameStatements: true });
    }
  });

  it('counts saved with --file over several runs add up in the reports of --report', () => {
    const dir = project({ 'app.js': `function f() {\n  return 1;\n}\nf();\n`, 'lib.js': `module.exports = () => 2;\n` , 'main.js': `require('./lib')();\nrequire('./app.js');\n` });
    for (let k = 0; k < 3; k++) expect(runJstrace(dir, ['-c', '-R', '-f', 'counts.json', 'main.js']).status).toBe(0);
    const res = runJstrace(dir, ['-r', '-f', 'counts.json', '-C', 'cover', '--reporter', 'lcovonly', '--report-dir', 'out']);
    expect(res.status).toBe(0);
    const lcov = fs.readFileSync(path.join(dir, 'out/lcov.info'), 'utf8');
    expect(lcov).toContain('SF:app.js\nFN:1,f\nFNF:1\nFNH:1\nFNDA:3,f\nDA:2,3\nDA:4,3\n');
    expect(lcov).toContain('SF:main.js\n');
  });
});
