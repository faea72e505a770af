'use strict';
// The TypeScript 5.9 compiler (its JavaScript build, one 9 MB file) compiling a sample project
// held in memory: type checking (with diagnostics), emit of JavaScript, declarations and source
// maps, transpileModule, the scanner, the printer and a transformer. `noLib` with a small lib
// of our own keeps the checker's work on the project, not on lib.d.ts.
const ts = require('typescript');
const { hash, describeError } = require('./common.cjs');

const lib = `
interface Array<T> { length: number; [n: number]: T; map<U>(f: (v: T, i: number) => U): U[]; filter(f: (v: T) => boolean): T[]; push(...v: T[]): number; reduce<U>(f: (a: U, v: T) => U, init: U): U; join(sep?: string): string; }
interface ReadonlyArray<T> { length: number; readonly [n: number]: T; }
interface Boolean {} interface Function {} interface CallableFunction {} interface NewableFunction {} interface IArguments {}
interface Number { toFixed(d?: number): string; } interface Object {} interface RegExp {}
interface String { length: number; toUpperCase(): string; charCodeAt(i: number): number; }
interface Promise<T> { then<R>(f: (v: T) => R): Promise<R>; }
interface PromiseLike<T> { then<R>(f: (v: T) => R): PromiseLike<R>; }
interface TemplateStringsArray extends ReadonlyArray<string> { readonly raw: readonly string[]; }
interface Symbol {} interface SymbolConstructor { readonly iterator: unique symbol; } declare var Symbol: SymbolConstructor;
interface IteratorResult<T> { done?: boolean; value: T; } interface Iterator<T> { next(): IteratorResult<T>; }
interface Iterable<T> { [Symbol.iterator](): Iterator<T>; } interface IterableIterator<T> extends Iterator<T> { [Symbol.iterator](): IterableIterator<T>; }
interface Generator<T = unknown, TReturn = any, TNext = unknown> extends Iterator<T> {}
type Partial<T> = { [P in keyof T]?: T[P] }; type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Record<K extends keyof any, T> = { [P in K]: T }; type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Exclude<T, U> = T extends U ? never : T; type ReturnType<T> = T extends (...a: any) => infer R ? R : any;
declare function setTimeout(f: () => void, ms: number): number;
declare var console: { log(...a: unknown[]): void };
`;
const files = {
  '/p/lib.d.ts': lib,
  '/p/src/shapes.ts': `
export enum Kind { Circle = 'circle', Square = 'square', Poly = 3 }
export interface Shape { readonly kind: Kind; area(): number; }
export abstract class Base implements Shape {
  static count = 0;
  #id: number;
  constructor(public readonly kind: Kind, protected name?: string) { this.#id = ++Base.count; }
  abstract area(): number;
  get id(): number { return this.#id; }
  describe(): string { return \`\${this.name ?? this.kind}#\${this.id}: \${this.area().toFixed(2)}\`; }
}
export class Circle extends Base { constructor(private r: number) { super(Kind.Circle, 'circle'); } area() { return 3.14159 * this.r ** 2; } }
export class Square extends Base { constructor(private s: number) { super(Kind.Square); } area() { return this.s * this.s; } }
export namespace Geometry { export const unit = new Square(1); export function total(xs: Shape[]): number { return xs.reduce((a, s) => a + s.area(), 0); } }
`,
  '/p/src/util.ts': `
export type DeepReadonly<T> = { readonly [K in keyof T]: T[K] extends object ? DeepReadonly<T[K]> : T[K] };
export type Events = { click: { x: number; y: number }; key: { code: string } };
export function on<E extends keyof Events>(e: E, f: (p: Events[E]) => void): void { void e; void f; }
export function* range(n: number): Generator<number> { for (let i = 0; i < n; i++) yield i; }
export async function later<T>(v: T): Promise<T> { await null; return v; }
export const pick = <T, K extends keyof T>(o: T, ...ks: K[]): Pick<T, K> => { const r = {} as Pick<T, K>; for (const k of ks) r[k] = o[k]; return r; };
export function assertNever(x: never): never { throw new Error('unexpected ' + x); }
export function overload(a: string): string; export function overload(a: number): number; export function overload(a: any) { return a; }
export const tuple = [1, 'two', true] as const;
export type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : never;
export const t2: Tail<typeof tuple> = ['two', true];
`,
  '/p/src/main.ts': `
import { Circle, Square, Geometry, Kind, type Shape } from './shapes';
import { on, range, later, pick, overload, assertNever } from './util';
const shapes: Shape[] = [new Circle(2), new Square(3), Geometry.unit];
function label(s: Shape): string {
  switch (s.kind) { case Kind.Circle: return 'round'; case Kind.Square: return 'boxy'; case Kind.Poly: return 'many'; default: return assertNever(s.kind); }
}
on('click', (p) => console.log(p.x + p.y));
on('key', (p) => console.log(p.code.toUpperCase()));
const total: number = Geometry.total(shapes);
const names = shapes.map(label).join(',');
for (const i of range(3)) console.log(i);
later(total).then((v) => console.log(v));
const picked = pick({ a: 1, b: 'x', c: true }, 'a', 'c');
const n: number = overload(5);
// Deliberate errors: the diagnostics are part of the output.
const wrong: string = total;
on('scroll', () => {});
picked.b;
export { total, names, n };
`,
};
const options = { noLib: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, declaration: true, sourceMap: true, experimentalDecorators: true, outDir: '/p/out', rootDir: '/p/src' };
const written = new Map();
const host = {
  getSourceFile: (name, target) => (name in files ? ts.createSourceFile(name, files[name], target, true) : undefined),
  getDefaultLibFileName: () => '/p/lib.d.ts',
  writeFile: (name, text) => written.set(name, text),
  getCurrentDirectory: () => '/p',
  getDirectories: () => [],
  fileExists: (name) => name in files,
  readFile: (name) => files[name],
  getCanonicalFileName: (f) => f,
  useCaseSensitiveFileNames: () => true,
  getNewLine: () => '\n',
};
const program = ts.createProgram(['/p/lib.d.ts', '/p/src/main.ts'], options, host);
const diagnostics = ts.getPreEmitDiagnostics(program);
const format = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '/p', getNewLine: () => '\n' };
console.log(ts.formatDiagnostics(diagnostics, format));
const emit = program.emit();
console.log('emit skipped', emit.emitSkipped, emit.diagnostics.length);
for (const [name, text] of [...written].sort()) console.log(`=== ${name}\n${text}`);
const checker = program.getTypeChecker();
const main = program.getSourceFile('/p/src/main.ts');
ts.forEachChild(main, function visit(node) {
  if (ts.isVariableDeclaration(node)) console.log(node.name.getText(), ':', checker.typeToString(checker.getTypeAtLocation(node)));
  ts.forEachChild(node, visit);
});
const transpiled = ts.transpileModule(files['/p/src/shapes.ts'], { compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.ESNext, downlevelIteration: true } });
console.log(transpiled.outputText);
const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, 'let x = a?.b ?? `t${1}` /re/g;');
const kinds = [];
for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) kinds.push(ts.SyntaxKind[k]);
console.log(kinds.join(' '));
const upper = (context) => (root) => ts.visitEachChild(root, function visit(node) {
  if (ts.isIdentifier(node) && node.text === 'total') return context.factory.createIdentifier('TOTAL');
  return ts.visitEachChild(node, visit, context);
}, context);
const result = ts.transform(main, [upper]);
const printed = ts.createPrinter({ removeComments: true }).printFile(result.transformed[0]);
console.log(hash(printed), printed.split('\n').length);
try {
  ts.Debug.fail('deliberate failure');
} catch (e) {
  console.log(describeError(e));
}
