/**
 * TypeScript programs through the `jstrace` command and the loaders, checked against what tsc
 * gives. Each program in fixtures/typescript/ (several files importing each other by `./x.js`,
 * type-only imports, enums, namespaces, parameter properties, standard and
 * `experimentalDecorators` decorators, generics, abstract classes, `satisfies`, async code,
 * generators, top-level await in `.mts`, a CommonJS `.cts` project…) was compiled with
 * `tsc --sourceMap` (TypeScript 5.9.3, the fixture's own tsconfig.json) and run with
 * `node --enable-source-maps`; its stdout, exit code and uncaught error (message and stack
 * frames as `file:line`, columns dropped) are recorded in expected.json, so tsc is not needed
 * here. Every program must give the same under `jstrace -c -m`, `-t`, `-l`, `-T` and
 * `node --import jstrace/register`. Then: `.cover` contents, `--trace` lines, the Istanbul json
 * and the disk cache on TypeScript files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const register = path.join(root, 'dist/register.js');
const fixtures = path.join(root, 'test/cli/fixtures/typescript');

interface Expected {
  entry: string;
  args: string[];
  status: number;
  stdout: string;
  stderr: string[];
}
const expected: Record<string, Expected> = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected.json'), 'utf8'));

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-ts-cache-'));

/** A fresh copy of a fixture program. */
function project(name: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `jstrace-ts-${name}-`)));
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

function run(dir: string, argv: string[], extraEnv: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, JSTRACE_CACHE_DIR: cacheDir };
  delete env.NODE_OPTIONS;
  delete env.JSTRACE_DEBUG;
  Object.assign(env, extraEnv);
  const res = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** The uncaught error as tsc's run shows it: message line and `at` frames, `file:line`, no Node internals. */
function errorLines(stderr: string, dir: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => /^\s+at |^[A-Z][\w$]*( \[\w+\])?: /.test(l))
    .map((l) =>
      l
        .replace(/(\.[cm]?[tj]s):(\d+):\d+/g, '$1:$2')
        .replace(/file:\/\//g, '')
        .replace(/ \{$/, '')
        .replace(/at (async )?<anonymous> \((.*)\)$/, 'at $1$2')
        .split(dir + '/')
        .join('<dir>/'),
    )
    .filter((l) => !/node:internal|\(node:|at (Object\.ours|mod\._compile|Module\._compile)/.test(l));
}

/** The program's own stdout: trace lines and the listings after it removed. */
function programOutput(mode: string, stdout: string): string {
  let lines = stdout.split('\n');
  if (mode === '-t') lines = lines.filter((l) => !/^ --- modulename: /.test(l) && !/^[^ ]+\.[cm]?[tj]sx?\(\d+\): /.test(l));
  const cut = mode === '-l' ? 'functions called:' : mode === '-T' ? 'calling relationships:' : null;
  if (cut) {
    const i = lines.indexOf(cut);
    if (i >= 0) lines = lines.slice(0, i);
  }
  return lines.join('\n').replace(/\n+$/, '');
}

const MODES: Array<[string, string[]]> = [
  ['-c -m', ['-c', '-m']],
  ['-t', ['-t']],
  ['-l', ['-l']],
  ['-T', ['-T']],
  ['--import register', []],
];

describe('TypeScript programs: the same output, exit code and error as tsc + node', () => {
  for (const [name, exp] of Object.entries(expected)) {
    for (const [label, flags] of MODES) {
      it(`${name} (${exp.entry}) under ${label}`, () => {
        const dir = project(name);
        const argv =
          label === '--import register' ? ['--import', register, exp.entry, ...exp.args] : [bin, ...flags, exp.entry, ...exp.args];
        const res = run(dir, argv);
        expect(programOutput(flags[0] ?? '', res.stdout)).toBe(exp.stdout.replace(/\n+$/, ''));
        expect(errorLines(res.stderr, dir)).toEqual(exp.stderr);
        expect(res.status).toBe(exp.status);
      });
    }
  }
});

describe('TypeScript: .cover files list the .ts lines', () => {
  it('types, interfaces and imports are not executable; enums, classes and namespaces are', () => {
    const dir = project('p01-esm');
    const res = run(dir, [bin, '-c', '-m', 'app.ts']);
    expect(res.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'shapes.cover'), 'utf8')).toBe(`       export interface Shape {
         area(): number;
         readonly name: string;
       }
       
       export type Point = { x: number; y: number };
       
    1: export enum Color {
         Red,
         Green = 'green',
         Blue = 4,
       }
       
    1: export abstract class Base implements Shape {
         abstract readonly name: string;
         abstract area(): number;
         describe(): string {
    3:     return \`\${this.name} with area \${this.area().toFixed(2)}\`;
         }
       }
       
    1: export class Circle extends Base {
    3:   readonly name = 'circle';
         constructor(private readonly r: number, public color: Color = Color.Red) {
    3:     super();
         }
         area(): number {
    4:     return Math.PI * this.r ** 2;
         }
       }
       
    1: export class Rect extends Base {
    1:   name = 'rect';
         constructor(public w: number, public h: number) {
    1:     super();
         }
         area() {
    2:     return this.w * this.h;
         }
       }
`);
    expect(fs.readFileSync(path.join(dir, 'util.cover'), 'utf8')).toBe(`       import type { Shape, Point } from './shapes.js';
       
       export function total<T extends Shape>(items: readonly T[]): number {
    2:   let sum = 0;
    5:   for (const item of items) {
    3:     sum += item.area();
         }
    2:   return sum;
       }
       
       export function mid(a: Point, b: Point): Point {
    1:   return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
       }
       
    1: export class Stack<T> {
    1:   private items: T[] = [];
         push(item: T): this {
    3:     this.items.push(item);
    3:     return this;
         }
         pop(): T | undefined {
    1:     return this.items.pop();
         }
         get size(): number {
    1:     return this.items.length;
         }
       }
`);
    const app = fs.readFileSync(path.join(dir, 'app.cover'), 'utf8').split('\n');
    expect(app.slice(0, 6)).toEqual([
      "       import { Circle, Rect, Color, type Shape } from './shapes.js';",
      "       import { total, mid, Stack } from './util.js';",
      "       import * as U from './util.js';",
      '       ',
      '       type Config = { name: string; scale: number };',
      "    1: const config = { name: 'demo', scale: 2 } satisfies Config;",
    ]);
  });

  it('namespaces (nested, merged with a function or class) and enums, in CommonJS', () => {
    const dir = project('p02-cjs');
    expect(run(dir, [bin, '-c', '-m', 'app.ts']).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'ns.cover'), 'utf8').split('\n').slice(0, 13)).toEqual([
      '    1: export namespace Geometry {',
      '    1:   export const unit = 10;',
      '         export function scale(x: number): number {',
      '    1:     return x * unit;',
      '         }',
      '    1:   export namespace Inner {',
      "    1:     export const tag = 'inner';",
      '           export function shout(s: string) {',
      "    1:       return s.toUpperCase() + '!';",
      '           }',
      '         }',
      '       }',
      '       ',
    ]);
    const app = fs.readFileSync(path.join(dir, 'app.cover'), 'utf8').split('\n');
    expect(app.slice(0, 4)).toEqual([
      "       import Counter, { fact, PI2 } from './math.js';",
      "       import { Geometry, Level, flagsOf } from './ns.js';",
      "       import type { Flags } from './ns.js';",
      "    1: import path = require('node:path');",
    ]);
  });

  it('a .cts project and an .mts one with top-level await', () => {
    const cts = project('p04-cts');
    expect(run(cts, [bin, '-c', '-m', 'main.cts']).status).toBe(3);
    expect(fs.readFileSync(path.join(cts, 'helper.cover'), 'utf8')).toBe(`    1: import lib = require('./lib.cjs');
       export function fill(n: number) {
    1:   const r = lib.makeRegistry<number>();
    5:   for (let i = 0; i < n; i++) r.set('k' + i, i * 10);
    1:   return r;
       }
    1: export const version: string = lib.version;
`);
    const mts = project('p03-mts');
    expect(run(mts, [bin, '-c', '-m', 'main.mts']).status).toBe(0);
    expect(fs.readFileSync(path.join(mts, 'data.cover'), 'utf8')).toBe(`       export interface Row { id: number; name: string }
       
   13: const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
       
       export async function load(n: number): Promise<Row[]> {
    3:   const rows: Row[] = [];
    9:   for (let i = 0; i < n; i++) {
    6:     await delay(1);
    6:     rows.push({ id: i, name: \`row\${i}\` });
         }
    3:   return rows;
       }
       
    1: export const ready = await Promise.resolve('ready');
`);
  });
});

describe('TypeScript: --trace, the Istanbul json and the disk cache', () => {
  it('--trace prints the .ts source lines', () => {
    const dir = project('p10-ns');
    const res = run(dir, [bin, '-t', 'app.ts']);
    expect(res.status).toBe(0);
    expect(res.stdout.split('\n').slice(0, 12)).toEqual([
      ' --- modulename: app, funcname: <module>',
      'app.ts(5): enum Sizes {',
      ' --- modulename: app, funcname: compute',
      'app.ts(2):   return base * 3;',
      ' --- modulename: app, funcname: compute',
      'app.ts(2):   return base * 3;',
      'app.ts(11): enum Dir {',
      'app.ts(15): enum Dir {',
      'app.ts(22): namespace greet {',
      "app.ts(23):   export const prefix = 'hello';",
      'app.ts(26): class Temp {',
      'app.ts(29): namespace Temp {',
    ]);
    // Every trace line quotes its file's own line.
    const sources = new Map<string, string[]>();
    for (const line of res.stdout.split('\n')) {
      const m = /^([^ ]+\.[cm]?ts)\((\d+)\): (.*)$/.exec(line);
      if (!m) continue;
      const file = path.resolve(dir, m[1]);
      if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8').split('\n'));
      expect(sources.get(file)![Number(m[2]) - 1]).toBe(m[3]);
    }
    expect(sources.size).toBe(1);
  });

  it('--trace across .ts modules with decorators names the .ts files', () => {
    const dir = project('p05-dec');
    const res = run(dir, [bin, '-t', 'app.ts']);
    expect(res.status).toBe(0);
    const files = new Set(res.stdout.split('\n').flatMap((l) => /^([^ ]+)\(\d+\): /.exec(l)?.[1] ?? []));
    expect([...files].sort()).toEqual(['app.ts', 'decorators.ts']);
  });

  it('--reporter json keys .ts paths, with the .cover lines as statements', () => {
    const dir = project('p01-esm');
    const res = run(dir, [bin, '-c', '--reporter', 'json', 'app.ts']);
    expect(res.status).toBe(0);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'coverage/coverage-final.json'), 'utf8'));
    expect(Object.keys(data).sort()).toEqual(['app.ts', 'shapes.ts', 'util.ts'].map((f) => path.join(dir, f)));
    for (const [file, cov] of Object.entries<any>(data)) {
      expect(cov.path).toBe(file);
      const fromJson = Object.entries<any>(cov.statementMap).map(([k, s]) => `${s.start.line}:${cov.s[k]}`);
      const cover = fs.readFileSync(file.replace(/\.ts$/, '.cover'), 'utf8').split('\n');
      const fromCover = cover.flatMap((l, i) => {
        const m = /^ *(\d+): /.exec(l);
        return m ? [`${i + 1}:${m[1]}`] : [];
      });
      expect(fromJson).toEqual(fromCover);
    }
    const shapes = data[path.join(dir, 'shapes.ts')];
    expect(Object.values<any>(shapes.fnMap).map((f) => `${f.name}@${f.decl.start.line}`)).toEqual([
      'Base.describe@17',
      'Circle.<instance_members_initializer>@23',
      'Circle.constructor@24',
      'Circle.area@27',
      'Rect.<instance_members_initializer>@33',
      'Rect.constructor@34',
      'Rect.area@37',
    ]);
    expect(shapes.f).toEqual({ 0: 3, 1: 3, 2: 3, 3: 4, 4: 1, 5: 1, 6: 2 });
  });

  for (const [name, entry, flags] of [
    ['p01-esm', 'app.ts', ['-c']],
    ['p01-esm', 'app.ts', ['-t']],
    ['p04-cts', 'main.cts', ['-c']],
    ['p06-legacy', 'app.ts', ['-c']],
  ] as const) {
    it(`a second run hits the disk cache: ${name} ${flags.join(' ')}`, () => {
      const dir = project(name);
      const own = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-ts-cache-'));
      const env = { JSTRACE_CACHE_DIR: own, JSTRACE_DEBUG: 'cache' };
      const first = run(dir, [bin, ...flags, entry], env);
      const second = run(dir, [bin, ...flags, entry], env);
      const lines = (s: string) => s.split('\n').filter((l) => l.startsWith('jstrace: cache'));
      const files = fs.readdirSync(dir).filter((f) => /\.[cm]?ts$/.test(f));
      expect(lines(first.stderr).sort()).toEqual(files.map((f) => `jstrace: cache miss ${path.join(dir, f)} (transformed)`).sort());
      expect(lines(second.stderr).sort()).toEqual(files.map((f) => `jstrace: cache hit ${path.join(dir, f)}`).sort());
      expect(second.stdout).toBe(first.stdout);
    });
  }

  it('the cache key follows tsconfig.json: turning experimentalDecorators on or off misses', () => {
    const dir = project('p07-std-self');
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-ts-cache-'));
    const env = { JSTRACE_CACHE_DIR: own, JSTRACE_DEBUG: 'cache' };
    const hits = (s: string) => s.split('\n').filter((l) => l.startsWith('jstrace: cache')).map((l) => l.split(' ')[2]);
    expect(hits(run(dir, ['--import', register, 'app.ts'], env).stderr)).toEqual(['miss']);
    expect(hits(run(dir, ['--import', register, 'app.ts'], env).stderr)).toEqual(['hit']);
    const tsconfig = path.join(dir, 'tsconfig.json');
    const cfg = JSON.parse(fs.readFileSync(tsconfig, 'utf8'));
    cfg.compilerOptions.experimentalDecorators = true;
    fs.writeFileSync(tsconfig, JSON.stringify(cfg));
    const legacy = run(dir, ['--import', register, 'app.ts'], env);
    expect(hits(legacy.stderr)).toEqual(['miss']);
  });
});
