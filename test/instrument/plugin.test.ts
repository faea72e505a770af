/** The plugin's edges: bad input, Babel integration, the registry shared by runtime copies. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGISTRY_SHAPE } from '../../src/protocol.js';
import { jstrace } from '../helpers/traced.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-plugin-'));

describe('bad input', () => {
  it('reports a syntax error with file:line:column and a code frame', () => {
    let error: any = null;
    try {
      jstrace.transform('const a = 1;\nlet = = 2;\n', '/app/broken.js');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.code).toBe('JSTRACE_SYNTAX_ERROR');
    expect(error.message.split('\n')[0]).toMatch(/^\/app\/broken\.js:2:\d+: /);
    expect(error.message).toContain('> 2 | let = = 2;');
  });

  it('takes an ES module that starts with a BOM and then #!, as Node runs it', () => {
    const file = path.join(tmp, 'bom-hashbang.mjs');
    fs.writeFileSync(file, jstrace.transform('\uFEFF#!/usr/bin/env node\nconsole.log(typeof import.meta.url);\n', file).code);
    const res = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect([res.stdout, res.stderr, res.status]).toEqual(['string\n', '', 0]);
  });

  it('names a bad option and lists the valid ones', () => {
    expect(() => jstrace.transform('1', '/a.js', { frame: 'always' } as never)).toThrow(/unknown option 'frame'\. Valid options: frames \('default' \| 'always'\)/);
    expect(() => jstrace.transform('1', '/a.js', { frames: 'sometimes' } as never)).toThrow(/option 'frames' must be 'default' \| 'always', got "sometimes"/);
  });

  it('rejects the same bad options through the Babel plugin', () => {
    const babel = require('@babel/core');
    const plugin = path.join(root, 'dist/babel-plugin.cjs');
    expect(() => babel.transformSync('1', { filename: '/a.js', configFile: false, babelrc: false, plugins: [[plugin, { frame: 1 }]] })).toThrow(/unknown option 'frame'/);
  });
});

describe('the Babel plugin', () => {
  it('instruments inside a Babel pipeline, and the result is traced', () => {
    const babel = require('@babel/core');
    const file = path.join(tmp, 'via-babel.js');
    const source = 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = add;\n';
    fs.writeFileSync(file, source);
    const out = babel.transformSync(source, { filename: file, configFile: false, babelrc: false, retainLines: true, plugins: [path.join(root, 'dist/babel-plugin.cjs')] });
    fs.writeFileSync(file, out.code);
    const seen: string[] = [];
    const tracer = (frame: any, event: string): any => {
      if (frame.f_code.co_filename !== file) return null;
      seen.push(`${event} ${frame.f_code.co_name} ${frame.f_lineno}`);
      return tracer;
    };
    jstrace.settrace(tracer);
    const add = require(file);
    expect(add(2, 3)).toBe(5);
    jstrace.settrace(null);
    expect(seen).toEqual(['call <module> 1', 'line <module> 4', 'return <module> 4', 'call add 1', 'line add 2', 'return add 2']);
  });

  it('leaves already instrumented code as it is', () => {
    const once = jstrace.transform('function f() {\n  return 1;\n}\n', '/x.js');
    const twice = jstrace.transform(once.code, '/x.js');
    expect(twice.instrumented).toBe(false);
    expect(twice.code).toBe(once.code);
  });
});

describe('the registry', () => {
  it('is shared by the ESM and CommonJS builds and by a second installed copy', () => {
    const copy = path.join(tmp, 'copy');
    fs.cpSync(path.join(root, 'dist'), copy, { recursive: true });
    const script = `
      const { createRequire } = require('node:module');
      const a = require(${JSON.stringify(path.join(root, 'dist/index.cjs'))});
      const b = require(${JSON.stringify(path.join(copy, 'index.cjs'))});
      import(${JSON.stringify(path.join(root, 'dist/index.js'))}).then((c) => {
        const t = () => null;
        c.settrace(t);
        console.log(a.gettrace() === t, b.gettrace() === t);
        b.settrace(null);
        console.log(a.gettrace(), c.gettrace());
      });
    `;
    const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('true true\nnull null\n');
  });

  it('has one shape whoever creates it: the instrumented stub and the runtime list REGISTRY_SHAPE in order', () => {
    const file = path.join(tmp, 'shape.js');
    fs.writeFileSync(file, jstrace.transform('module.exports = 1;\n', file).code);
    const script = (runtimeFirst: boolean) => `
      ${runtimeFirst ? `require(${JSON.stringify(path.join(root, 'dist/index.cjs'))});` : ''}
      const before = Object.keys(globalThis[Symbol.for('jstrace.registry')] ?? {});
      require(${JSON.stringify(file)});
      console.log(JSON.stringify(${runtimeFirst ? 'before' : "Object.keys(globalThis[Symbol.for('jstrace.registry')])"}));
    `;
    const names = JSON.stringify(REGISTRY_SHAPE.map(([name]) => name));
    for (const runtimeFirst of [true, false]) {
      const res = spawnSync(process.execPath, ['-e', script(runtimeFirst)], { encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(res.stdout.trim()).toBe(names);
    }
  });

  it("keeps each file's copy of `on` in step, and lets go of the files nothing holds", () => {
    const dist = JSON.stringify(path.join(root, 'dist/index.cjs'));
    const script = `
      const { transform, settrace } = require(${dist});
      const R = globalThis[Symbol.for('jstrace.registry')];
      const load = () => new Function('module', transform('function f() { return 1; }\\nmodule.exports = f;\\n', '/m.js').code.replace(/^'use strict';/, ''));
      const calls = [];
      const kept = { exports: null };
      load()(kept);
      for (let i = 0; i < 20; i++) load()({ exports: null });
      const t = (frame, event) => { calls.push(event + ' ' + frame.f_code.co_name); return null; };
      settrace(t);
      kept.exports();
      settrace(null);
      kept.exports();
      const before = R.s.length;
      globalThis.gc();
      setTimeout(() => {
        globalThis.gc();
        settrace(t);
        settrace(null);
        console.log(JSON.stringify(calls), before, R.s.length);
      }, 10);
    `;
    const res = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.stdout.trim()).toBe('["call f"] 21 1');
  });

  it('lets instrumented code run untraced when no runtime was ever loaded', () => {
    const file = path.join(tmp, 'alone.js');
    const src = 'function* g() { yield 1; yield 2; }\nasync function a() { return [...g()].join(); }\na().then((v) => console.log(v));\n';
    fs.writeFileSync(file, jstrace.transform(src, file).code);
    const res = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('1,2\n');
  });

  it('keeps original line numbers in error.stack, traced or not', () => {
    const file = path.join(tmp, 'stack.js');
    const src = 'function a() {\n  const x = 1;\n\n  throw new Error("at 4 " + x);\n}\nfunction b() {\n  return a();\n}\nmodule.exports = b;\n';
    fs.writeFileSync(file, jstrace.transform(src, file).code);
    const b = require(file);
    const lines = () => {
      try {
        b();
      } catch (e) {
        return (e as Error).stack!.split('\n').filter((l) => l.includes(file)).map((l) => /:(\d+):\d+\)?$/.exec(l)![1]);
      }
      return [];
    };
    expect(lines()).toEqual(['4', '7']);
    jstrace.settrace(() => null);
    expect(lines()).toEqual(['4', '7']);
    jstrace.settrace(null);
  });
});

describe('the runtime entry', () => {
  it('loads no Babel module until transform() is called', () => {
    const script = `
      const j = require(${JSON.stringify(path.join(root, 'dist/index.cjs'))});
      const babel = () => Object.keys(require.cache).filter((k) => k.includes('@babel')).length;
      const before = babel();
      j.transform('1', '/x.js');
      console.log(before, babel() > 0);
    `;
    const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(res.stdout).toBe('0 true\n');
  });
});

describe('where line probes store bindings (docs/decisions.md §1h)', () => {
  const storesOf = (code: string, name: string): number => (code.match(new RegExp(`_v\\[\\d+\\] = ${name}\\b`, 'g')) ?? []).length;
  const probesOf = (code: string): string[] => code.match(/_\$jt\.[lk]\(_\$jtf, \d+[,)][^;{]*/g) ?? [];

  it('a binding written only by whole statements is stored after each write, never by a probe', () => {
    const src = 'function f(n) {\n  let s = 0;\n  for (let i = 0; i < n; i++) {\n    s += i;\n  }\n  return s;\n}\n';
    const code = jstrace.transform(src, '/a.js').code;
    const probes = probesOf(code);
    expect(probes).toHaveLength(5);
    for (const p of probes) expect(p).not.toMatch(/_v\[\d+\] = /);
    // `s` after its declaration and after `s += i`; `i` once, at the loop's test.
    expect([storesOf(code, 's'), storesOf(code, 'i')]).toEqual([2, 1]);
  });

  it('a binding a closure assigns is stored by each probe after its declaration, and after its own writes', () => {
    const src = 'function f() {\n  let c = 0;\n  const inc = () => { c++; };\n  inc();\n  return c;\n}\n';
    const code = jstrace.transform(src, '/a.js').code;
    // f's own code, without the closure's.
    const own = code.slice(code.indexOf('function f')).replace(/\(\) => \{.*?c\+\+.*?\};/, '');
    const probes = probesOf(own);
    expect(probes.map((p) => storesOf(p, 'c'))).toEqual([0, 1, 1, 1]);
    // And once before the `return` event (the closure may have written it since the last line).
    // With the layout of the site, for a frame that got its local tracer since its last probe.
    expect(own).toMatch(/return _\$jtf === null \? c : _\$jt\.r\(_\$jtf, c, _\$jtf !== null && _\$jtf\._v !== null && \(_\$jtf\._v\[\d+\] = c, _\$jtf\._lay = \d+\)\)/);
    // And at the body's end, whose implicit `return` event sees the body's own bindings too.
    expect(own).toMatch(/_\$jtf !== null && _\$jt\.r\(_\$jtf, void 0, _\$jtf !== null && _\$jtf\._v !== null && \(_\$jtf\._v\[\d+\] = c, _\$jtf\._lay = \d+\)\);\}/);
    // And after its declaration, its own write: an exception right after a write unwinds the
    // frame with no probe run since.
    expect(storesOf(own, 'c')).toBe(6);
  });
});
