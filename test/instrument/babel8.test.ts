/**
 * The plugin under Babel 8 (`babel8-core`, an alias of `@babel/core@8`, which needs Node
 * 22.18+): it loads, emits exactly what it emits under Babel 7 for every twin program, and the
 * code it emits traces the same events. Runs in the Node 22 pass of `npm test`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plugin = path.join(root, 'dist/babel-plugin.cjs');
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
const babel8Runs = major > 22 || (major === 22 && minor >= 18);
if (!babel8Runs) console.warn(`test/instrument/babel8.test.ts: Babel 8 needs Node 22.18+, this is ${process.version}: skipped (npm test runs it in its Node 22 pass)`);

type Babel = { transformSync(code: string, options: object): { code?: string | null } | null };
const babel7 = require('@babel/core') as Babel;
const load8 = async (): Promise<Babel> => (await import('babel8-core')) as unknown as Babel;

const twins = ['test/events/cases', 'test/events/js-only'].flatMap((dir) =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.js')).map((f) => path.join(root, dir, f)),
);

const options = (filename: string, pluginOptions: object = {}) => ({
  filename,
  configFile: false,
  babelrc: false,
  retainLines: true,
  sourceType: 'unambiguous',
  plugins: [[plugin, pluginOptions]],
});

describe.skipIf(!babel8Runs)('the Babel plugin under Babel 8', () => {
  it(`emits what it emits under Babel 7, for each of the ${twins.length} twin programs, in both frames modes`, async () => {
    const babel8 = await load8();
    const differ: string[] = [];
    for (const file of twins) {
      const code = fs.readFileSync(file, 'utf8');
      for (const frames of ['default', 'always']) {
        const a = babel8.transformSync(code, options(file, { frames }))?.code;
        const b = babel7.transformSync(code, options(file, { frames }))?.code;
        if (!a || a !== b) differ.push(`${path.relative(root, file)} (${frames})`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("rejects bad options with the same message, and its output traces the same events as transform()'s", async () => {
    const babel8 = await load8();
    expect(() => babel8.transformSync('1', options('/a.js', { frame: 1 }))).toThrow(/unknown option 'frame'\. Valid options: frames/);
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-babel8-')));
    const source = [
      'function* count(n) {',
      '  for (let i = 0; i < n; i++) yield i;',
      '}',
      'function run() {',
      '  let total = 0;',
      '  for (const v of count(3)) {',
      '    try { if (v === 1) throw new Error("one"); total += v; } catch (e) { total += 10; }',
      '  }',
      '  return total;',
      '}',
      'module.exports = { run };',
      '',
    ].join('\n');
    const jstrace = require(path.join(root, 'dist/index.cjs'));
    const events = (code: string, name: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, code);
      const { run } = require(file);
      const out: string[] = [];
      const tracer = (frame: any, event: string, arg: any): any => {
        if (frame.f_code.co_filename !== file) return null;
        out.push(`${event} ${frame.f_code.co_name} ${frame.f_lineno}${event === 'return' ? ` ${String(arg)}` : ''}`);
        return tracer;
      };
      jstrace.settrace(tracer);
      try {
        out.push(`result ${run()}`);
      } finally {
        jstrace.settrace(null);
      }
      return out;
    };
    const under8 = events(babel8.transformSync(source, options(path.join(dir, 'b8.js')))!.code!, 'b8.js');
    const viaTransform = events(jstrace.transform(source, path.join(dir, 't.js')).code, 't.js');
    expect(under8).toEqual(viaTransform);
    expect(under8.at(-1)).toBe('result 12');
    expect(under8.slice(0, 4)).toEqual(['call run 4', 'line run 5', 'line run 6', 'call count 1']);
  });
});
