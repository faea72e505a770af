/**
 * Types: the sources typecheck under the project's tsconfig (the build, tsup, does not check
 * them), and a TypeScript user of the built package gets real types from `jstrace` and
 * `jstrace/babel-plugin`, in ESM and CommonJS: a correct tracer compiles, a wrong one does not.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function runTsc(args: string[], cwd: string): { status: number | null; output: string } {
  const res = spawnSync(process.execPath, [tsc, ...args], { cwd, encoding: 'utf8' });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

describe('types', () => {
  it('the sources typecheck (tsc --noEmit)', () => {
    const { status, output } = runTsc(['--noEmit', '-p', 'tsconfig.json'], root);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-types-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(root, path.join(dir, 'node_modules', 'jstrace'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
  const tsconfig = (files: string[]) =>
    JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [], typeRoots: [path.join(root, 'node_modules', '@types')] },
      files,
    });
  const good = `
    const tracer: Tracer = (frame: FrameLike, event: TraceEvent, arg: unknown) => {
      const name: string = frame.f_code.co_name;
      const line: number = frame.f_lineno;
      const locals: Record<string, unknown> = frame.f_locals;
      void [name, line, locals, arg, frame.f_back?.f_code.co_qualname];
      return event === 'call' ? tracer : null;
    };
    settrace(tracer);
    const current: Tracer | null = gettrace();
    settrace(null);
    const t = new Trace({ count: true, trace: false });
    const plugin: unknown = babelPlugin;
    void [current, t, plugin];
  `;

  /** Writes `file` with `text` and its own tsconfig, and expects tsc to accept it. */
  function expectCompiles(file: string, text: string): void {
    fs.writeFileSync(path.join(dir, file), text);
    fs.writeFileSync(path.join(dir, `tsconfig.${file}.json`), tsconfig([file]));
    const { status, output } = runTsc(['-p', `tsconfig.${file}.json`], dir);
    expect(output).toBe('');
    expect(status).toBe(0);
  }

  it('an ES module user gets the types of jstrace and jstrace/babel-plugin', () => {
    expectCompiles('good.mts', `import { settrace, gettrace, Trace, type Tracer, type FrameLike, type TraceEvent } from 'jstrace';\nimport babelPlugin from 'jstrace/babel-plugin';\n${good}`);
  }, 120_000);

  it('a CommonJS user gets the same types through require', () => {
    expectCompiles('good.cts', `import { settrace, gettrace, Trace, type Tracer, type FrameLike, type TraceEvent } from 'jstrace';\nimport babelPlugin = require('jstrace/babel-plugin');\n${good}`);
  }, 120_000);

  it('the types are not `any`: a number given to settrace and a misspelt frame field do not compile', () => {
    fs.writeFileSync(
      path.join(dir, 'bad.mts'),
      `import { settrace, type Tracer } from 'jstrace';\nsettrace(42);\nconst t: Tracer = (frame) => { void frame.f_linenumber; return null; };\nvoid t;\n`,
    );
    fs.writeFileSync(path.join(dir, 'tsconfig.bad.json'), tsconfig(['bad.mts']));
    const { status, output } = runTsc(['-p', 'tsconfig.bad.json'], dir);
    const codes = [...output.matchAll(/bad\.mts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(codes).toEqual(['2 TS2345', '3 TS2339']);
    expect(status).toBe(2);
  }, 120_000);
});
