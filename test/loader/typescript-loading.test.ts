/**
 * TypeScript and ES modules through the loaders: TS features that compile to code, module
 * resolution, BOM/CRLF, error lines against tsc, the disk cache across tsconfig edits, and
 * what TypeScript compiled as CommonJS may hold. Expected outputs were taken from tsc 5.9's
 * output run with plain node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projects, runNode as run, writeFiles as write } from '../helpers/projects.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runtimeCjs = path.join(root, 'dist/index.cjs');
const registerCjs = path.join(root, 'dist/register.cjs');
const registerEsm = path.join(root, 'dist/register.js');
const project = projects('jstrace-tsload-');

/** -r tracer.cjs: prints `call <file>:<name>@<line>` for each call event to stderr at exit. */
const tracer = (dir: string) => `
const { settrace } = require(${JSON.stringify(runtimeCjs)});
const path = require('path');
const out = [];
function t(frame, event) {
  const f = path.relative(${JSON.stringify(dir)}, frame.f_code.co_filename);
  if (f === 'tracer.cjs') return t;
  if (event === 'call') out.push('call ' + f + ':' + frame.f_code.co_name + '@' + frame.f_lineno);
  return t;
}
settrace(t);
process.on('exit', () => { settrace(null); process.stderr.write(out.join('\\n') + '\\n'); });
`;

describe('TypeScript features that compile to code (as tsc)', () => {
  it('enums (merged, string, const, computed), parameter properties, abstract classes, overloads, declare fields, satisfies', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'enums.ts': [
        'export enum Color { Red, Green = 5, Blue }',
        "export enum S { A = 'a', B = 'b' }",
        'export const enum CE { X = 1, Y = 2 }',
        'export enum Color { Purple = 10 }',
        "export enum Computed { A = 1 << 2, B = A | 1, C = 'x'.length }",
        'export function pick(c: Color): string {',
        '  return Color[c];',
        '}',
        'export function useConst(): number {',
        '  return CE.X + CE.Y;',
        '}',
        '',
      ].join('\n'),
      'helper.ts': 'export type Foo = { n: number };\nexport interface Bar { m: number }\nexport function helper(f: Foo): number {\n  return f.n * 2;\n}\n',
      'app.ts': [
        "import { Color, S, pick, useConst, Computed } from './enums.js';",
        "import type { CE } from './enums.js';",
        "import { type Foo, helper } from './helper.js';",
        'class P {',
        '  constructor(public x: number, private readonly y = 2, protected z?: string) {}',
        '  sum(): number { return this.x + this.y; }',
        '}',
        'abstract class A {',
        '  abstract f(): number;',
        '  g(): number { return this.f() * 2; }',
        '}',
        'class B extends A { f() { return 21; } }',
        'function over(a: string): string;',
        'function over(a: number): number;',
        'function over(a: any): any { return a; }',
        'class D { declare q: number; r = 1; }',
        'const cfg = { a: 1, b: [1, 2] } as const satisfies { a: number; b: readonly number[] };',
        'const f: Foo = { n: 3 };',
        'console.log(pick(Color.Green), Color.Blue, Color.Purple, S.B, useConst(), Computed.B, Computed.C);',
        'console.log(new P(1).sum(), new B().g(), over(\'s\'), over(4), Object.keys(new D()), cfg.b[1], helper(f));',
        '',
      ].join('\n'),
    });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracer(dir));
    const res = run(dir, ['--import', registerEsm, '-r', './tracer.cjs', 'app.ts']);
    expect(res.stdout).toBe("Green 6 10 b 3 5 1\n3 42 s 4 [ 'r' ] 2 6\n");
    expect(res.stderr.split('\n')).toEqual([
      'call enums.ts:<module>@1',
      'call helper.ts:<module>@1',
      'call app.ts:<module>@1',
      'call enums.ts:pick@6',
      'call enums.ts:useConst@9',
      'call app.ts:P@5',
      'call app.ts:sum@6',
      'call app.ts:g@10',
      'call app.ts:f@12',
      'call app.ts:over@15',
      'call app.ts:over@15',
      'call app.ts:<instance_members_initializer>@16',
      'call helper.ts:helper@3',
      '',
    ]);
  });

  it('namespaces merged with functions, classes and enums; import x = require(); export = (CommonJS)', () => {
    const dir = project({
      'package.json': '{ "type": "commonjs" }',
      'lib.ts': [
        'namespace Outer {',
        '  export namespace Inner {',
        '    export function f(): number { return 1; }',
        '  }',
        '  export const k = 2;',
        '}',
        "function Fn() { return 'fn'; }",
        "namespace Fn { export const extra = 'x'; }",
        'class K { static s = 1; }',
        'namespace K { export const t = 2; }',
        'enum Merge { A = 1 }',
        'namespace Merge { export function parse(s: string): Merge { return Merge.A; } }',
        'export = { Outer, Fn, K, Merge };',
        '',
      ].join('\n'),
      'app.ts': [
        "import lib = require('./lib');",
        "import type T = require('./lib');",
        "import * as path from 'path';",
        "import fs from 'fs';",
        'const { Outer, Fn, K, Merge } = lib;',
        "console.log(Outer.Inner.f(), Outer.k, Fn(), Fn.extra, K.s, K.t, Merge.parse('A'), path.sep, typeof fs.readFileSync);",
        '',
      ].join('\n'),
    });
    const res = run(dir, ['-r', registerCjs, 'app.ts']);
    expect([res.stderr, res.stdout]).toEqual(['', '1 2 fn x 1 2 1 / function\n']);
  });

  it('import aliases, export import, declare global/module, instantiation expressions, casts (ESM)', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'data.json': '{"a":1}',
      'lib.ts': [
        "export namespace N { export namespace Deep { export const y = 5; } export function fn() { return 'fn'; } }",
        'export const enum CE { A = 3 }',
        'export interface I { x: number }',
        'export type T = string;',
        'export default abstract class Base { abstract z(): number; w() { return this.z(); } }',
        '',
      ].join('\n'),
      'app.ts': [
        "import Base, { N, CE, type I } from './lib.js';",
        "export type { T } from './lib.js';",
        "export * as libns from './lib.js';",
        "import data from './data.json' with { type: 'json' };",
        'import Y = N.Deep.y;',
        'export import F = N.fn;',
        'declare global { interface Window { q: 1 } }',
        "declare module './lib.js' { interface I { extra?: number } }",
        'declare const ambient: number;',
        'class K extends Base implements I {',
        '  x!: number;',
        '  override z(): number { return 9; }',
        '  m?(): void;',
        '  [k: string]: unknown;',
        '  private constructor(public readonly tag: string) { super(); }',
        "  static make(this: typeof K) { return new this('t'); }",
        '}',
        'const gen = <T,>(x: T) => x;',
        'const gs = gen<string>;',
        "const inst = gs('inst');",
        'function cp<const T extends readonly unknown[]>(x: T): T { return x; }',
        'interface Box<in out T> { v: T }',
        'const nn = (null as unknown as string | null)!;',
        "const cast = <number>(<unknown>'5');",
        'console.log(Y, F(), CE.A, K.make().w(), inst, cp([1, 2] as const).length, data.a, nn, cast);',
        '',
      ].join('\n'),
    });
    const res = run(dir, ['--import', registerEsm, 'app.ts']);
    expect([res.stderr, res.stdout]).toEqual(['', '5 fn 3 9 inst 2 1 null 5\n']);
  });

  it('experimentalDecorators from a tsconfig.json with comments and trailing commas, and from an extends array', () => {
    const app = 'function dec(...args: any[]) { console.log("dec args", args.length); }\nclass C { @dec m() {} }\n';
    const dir = project({
      'package.json': '{ "type": "module" }',
      'tsconfig.json': '{\n  // comment\n  "compilerOptions": {\n    /* block */\n    "experimentalDecorators": true, // trailing\n  },\n}\n',
      'src/app.ts': app,
      'two/tsconfig.json': '{ "extends": ["./a.json", "./b.json"] }',
      'two/a.json': '{ "compilerOptions": { "experimentalDecorators": true } }',
      'two/b.json': '{ "compilerOptions": { "strict": true } }',
      'two/app.ts': app,
    });
    expect(run(dir, ['--import', registerEsm, 'src/app.ts']).stdout).toBe('dec args 3\n');
    expect(run(dir, ['--import', registerEsm, 'two/app.ts']).stdout).toBe('dec args 3\n');
  });
});

describe('resolution', () => {
  it('package.json imports (#internal) to .ts, ./x.mjs to x.mts, ./x.cjs to x.cts, ./x.js to x.js over x.ts and over x.d.ts', () => {
    const dir = project({
      'package.json': '{ "type": "module", "imports": { "#internal/*": "./src/internal/*.ts", "#util": "./src/util.ts" } }',
      'src/internal/a.ts': 'export const a = (n: number) => n + 1;\n',
      'src/util.ts': "export function util(): string { return 'util'; }\n",
      'src/m.mts': "export const m = 'mts';\n",
      'src/c.cts': "const c: string = 'cts';\nexport = { c };\n",
      'both.js': 'export const w = "js";\n',
      'both.ts': 'export const w: string = "ts";\n',
      'dx.js': 'export const d = "js-with-dts";\n',
      'dx.d.ts': 'export declare const d: string;\n',
      'app.ts': [
        "import { a } from '#internal/a';",
        "import { util } from '#util';",
        "import { m } from './src/m.mjs';",
        "import cmod from './src/c.cjs';",
        "import { w } from './both.js';",
        "import { d } from './dx.js';",
        'console.log(a(1), util(), m, cmod.c, w, d);',
        '',
      ].join('\n'),
    });
    const res = run(dir, ['--import', registerEsm, 'app.ts']);
    expect([res.stderr, res.stdout]).toEqual(['', '2 util mts cts js js-with-dts\n']);
  });

  it('an npm-link style symlinked package outside node_modules is instrumented, at its real path', () => {
    const dir = project({
      'linked/package.json': '{ "name": "linked", "type": "module", "exports": { ".": "./index.ts", "./cjs": "./c.cts" } }',
      'linked/index.ts': 'export function lf(n: number): number { return n * 2; }\n',
      'linked/c.cts': 'export function cf(n: number): number { return n * 3; }\n',
      'app/package.json': '{ "type": "module" }',
      'app/app.ts': "import { lf } from 'linked';\nimport c from 'linked/cjs';\nconsole.log(lf(2), c.cf(2));\n",
    });
    fs.mkdirSync(path.join(dir, 'app/node_modules'));
    fs.symlinkSync('../../linked', path.join(dir, 'app/node_modules/linked'));
    fs.writeFileSync(path.join(dir, 'app/tracer.cjs'), tracer(dir));
    const res = run(path.join(dir, 'app'), ['--import', registerEsm, '-r', './tracer.cjs', 'app.ts']);
    expect(res.stdout).toBe('4 6\n');
    expect(res.stderr.split('\n').filter((l) => !l.includes('tracer.cjs'))).toEqual([
      'call linked/index.ts:<module>@1',
      'call linked/c.cts:<module>@1',
      'call app/app.ts:<module>@1',
      'call linked/index.ts:lf@1',
      'call linked/c.cts:cf@1',
      '',
    ]);
  });
});

describe('lines', () => {
  it('a BOM, and CRLF line ends: events and error.stack on the .ts lines', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'bom.ts': '\ufeffconst a: number = 1;\nfunction f(): number {\n  return a + 1;\n}\nconsole.log(f());\nthrow new Error("bom");\n',
      'crlf.cts': 'const a: number = 1;\r\nfunction f(): number {\r\n  return a + 1;\r\n}\r\nconsole.log(f());\r\nconst t = `x\r\ny`;\r\nconsole.log(JSON.stringify(t));\r\nthrow new Error("crlf");\r\n',
    });
    const bom = run(dir, ['--import', registerEsm, 'bom.ts']);
    expect(bom.stdout).toBe('2\n');
    expect(bom.stderr).toContain(`at file://${dir}/bom.ts:6:`);
    const crlf = run(dir, ['-r', registerCjs, 'crlf.cts']);
    expect(crlf.stdout).toBe('2\n"x\\ny"\n');
    expect(crlf.stderr).toContain(`(${dir}/crlf.cts:9:`);
  });

  it('error.stack lines inside namespaces, enum initialisers, parameter defaults, accessors, static blocks, async code: those of tsc --sourceMap', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'app.ts': [
        'function thrower(tag: string): never {',
        '  throw new Error(tag);',
        '}',
        'function at(tag: string): void {',
        '  try { thrower(tag); } catch (e: any) {',
        "    const lines = e.stack.split('\\n').slice(1, 4).map((l: string) => l.replace(/.*app\\.[tj]s:(\\d+):\\d+\\)?$/, '$1').trim());",
        "    console.log(tag, lines.join(' '));",
        '  }',
        '}',
        'namespace NS {',
        '  export const v: number = (',
        "    at('ns'),",
        '    1',
        '  );',
        '}',
        'enum E {',
        "  A = (at('enum'), 1),",
        '  B,',
        '}',
        'class P {',
        '  constructor(',
        '    public a: number,',
        "    private b: string = (at('param-default'), 'x'),",
        '  ) {',
        "    at('ctor');",
        '  }',
        "  accessor acc: number = (at('accessor'), 2);",
        '  static {',
        "    at('static-block');",
        '  }',
        '}',
        'new P(1);',
        'async function af(x: number): Promise<number> {',
        '  await null;',
        "  at('async');",
        '  return x;',
        '}',
        'await af(1);',
        '',
      ].join('\n'),
    });
    const res = run(dir, ['--import', registerEsm, 'app.ts']);
    expect([res.stderr, res.stdout]).toEqual([
      '',
      'ns 2 5 12\nenum 2 5 17\nstatic-block 2 5 29\naccessor 2 5 27\nparam-default 2 5 23\nctor 2 5 25\nasync 2 5 35\n',
    ]);
  });
});

describe('disk cache', () => {
  it('re-instruments when a tsconfig.json the file did not have appears, or an extended one changes', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'src/app.ts': 'function dec(...a: any[]) { console.log("dec args", a.length); }\nclass C { @dec m() {} }\n',
    });
    const env = { JSTRACE_CACHE: '1', JSTRACE_CACHE_DIR: path.join(dir, 'cache') };
    const go = () => run(dir, ['--import', registerEsm, 'src/app.ts'], env).stdout;
    expect(go()).toBe('dec args 2\n');
    write(dir, { 'tsconfig.json': '{ "extends": "./base.json" }', 'base.json': '{ "compilerOptions": { "experimentalDecorators": true } }' });
    expect(go()).toBe('dec args 3\n');
    write(dir, { 'base.json': '{ "compilerOptions": { "experimentalDecorators": false } }' });
    expect(go()).toBe('dec args 2\n');
  });

  it('rebuilds a truncated or emptied entry, and re-instruments an edit that keeps the mtime', () => {
    const dir = project({ 'package.json': '{ "type": "module" }', 'e.ts': 'export const v: number = 1;\nconsole.log("v", v);\n' });
    const cache = path.join(dir, 'cache');
    const env = { JSTRACE_CACHE: '1', JSTRACE_CACHE_DIR: cache, JSTRACE_DEBUG: 'cache' };
    const when = new Date('2020-01-01');
    fs.utimesSync(path.join(dir, 'e.ts'), when, when);
    expect(run(dir, ['--import', registerEsm, 'e.ts'], env).stdout).toBe('v 1\n');
    const entries = fs.readdirSync(cache, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(cache, f)).isFile());
    expect(entries.length).toBe(1);
    const entry = path.join(cache, entries[0]);
    fs.truncateSync(entry, 100);
    let res = run(dir, ['--import', registerEsm, 'e.ts'], env);
    expect([res.stdout, res.stderr]).toEqual(['v 1\n', `jstrace: cache miss ${dir}/e.ts (corrupt entry, transformed)\n`]);
    fs.writeFileSync(entry, '');
    res = run(dir, ['--import', registerEsm, 'e.ts'], env);
    expect(res.stdout).toBe('v 1\n');
    fs.writeFileSync(path.join(dir, 'e.ts'), 'export const v: number = 2;\nconsole.log("v", v);\n');
    fs.utimesSync(path.join(dir, 'e.ts'), when, when);
    expect(run(dir, ['--import', registerEsm, 'e.ts'], env).stdout).toBe('v 2\n');
  });
});

describe('TypeScript compiled to CommonJS', () => {
  it('`export * as ns from` loads, as tsc compiles it', () => {
    const dir = project({
      'package.json': '{ "type": "commonjs" }',
      'b.ts': 'export const x: number = 1;\n',
      'a.ts': "export * as ns from './b.js';\n",
      'main.cjs': "console.log(require('./a.ts').ns.x);\n",
    });
    const res = run(dir, ['-r', registerCjs, 'main.cjs']);
    expect([res.stderr, res.stdout, res.status]).toEqual(['', '1\n', 0]);
  });

  // Node 20 used to run nothing and exit 0 (its module syntax detection loaded the file through
  // the hooks again); tsc refuses both (TS1343, TS1378).
  for (const [what, source, column] of [
    ['import.meta', 'console.log("ran", import.meta.url.slice(0, 7));\n', 20],
    ['a top-level await', 'const v = await Promise.resolve(1);\nconsole.log(v);\n', 11],
  ] as const) {
    for (const loader of ['-r', '--import'] as const) {
      it(`${what} in a .ts file of a package without "type" is one SyntaxError at its place (${loader})`, () => {
        const dir = project({ 'package.json': '{ "name": "p" }', 'd.ts': source });
        const res = run(dir, [loader, loader === '-r' ? registerCjs : registerEsm, 'd.ts']);
        expect(res.status).toBe(1);
        expect(res.stdout).toBe('');
        expect(res.stderr).toContain(`SyntaxError: ${path.join(dir, 'd.ts')}:1:${column}: `);
        expect(res.stderr).toContain('compiled as CommonJS');
        expect(res.stderr).not.toMatch(/ERR_REQUIRE_CYCLE_MODULE|dist\/|node_modules/);
      });
    }
  }
});
