/**
 * `jstrace/register` on real projects in temporary folders: real processes, real files, and
 * the events that reach a tracer (SPEC §5).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projects, runNode as run, writeFiles as write } from '../helpers/projects.js';
import { jstrace } from '../helpers/traced.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runtimeCjs = path.join(root, 'dist/index.cjs');
const runtimeEsm = path.join(root, 'dist/index.js');
const registerCjs = path.join(root, 'dist/register.cjs');
const registerEsm = path.join(root, 'dist/register.js');
const project = projects('jstrace-loader-');
const loaderCjs = path.join(root, 'dist/loader.cjs');

/** Writes `files` into a fresh folder; returns its path. */
/** A CommonJS tracer module: prints `event file name line` for frames under the project. */
const tracerCjs = (dir: string) => `
const { settrace } = require(${JSON.stringify(runtimeCjs)});
function tracer(frame, event) {
  if (!frame.f_code.co_filename.startsWith(${JSON.stringify(dir)}) || frame.f_code.co_filename.endsWith('tracer.cjs')) return null;
  console.log(event, require('path').basename(frame.f_code.co_filename), frame.f_code.co_name, frame.f_lineno);
  return tracer;
}
module.exports = { start: () => settrace(tracer), stop: () => settrace(null) };
`;

describe('jstrace/register', () => {
  it('instruments CommonJS with -r, and TypeScript in a CommonJS package', () => {
    const dir = project({ 'package.json': '{}', 'entry.ts': "export { twice } from './math.js';\n", 'math.ts': 'export function twice(n: number): number {\n  const r: number = n * 2;\n  return r;\n}\n', 'lib.js': 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = { add };\n' });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir));
    fs.writeFileSync(path.join(dir, 'app.js'), "const t = require('./tracer.cjs');\nt.start();\nconst { add } = require('./lib.js');\nconst { twice } = require('./entry');\nconsole.log(add(1, twice(2)));\nt.stop();\n");
    const res = run(dir, ['-r', registerCjs, 'app.js']);
    expect(res.stderr).toBe('');
    // app.js's own frame started before settrace: it gets no events (SPEC §3).
    expect(res.stdout.split('\n')).toEqual([
      'call lib.js <module> 1',
      'line lib.js <module> 4',
      'return lib.js <module> 4',
      // ES module semantics, kept when TypeScript compiles to CommonJS: a module's imports are
      // evaluated before its body starts. `./math.js` resolves to math.ts (NodeNext).
      'call math.ts <module> 1',
      'return math.ts <module> 1',
      'call entry.ts <module> 1',
      'return entry.ts <module> 1',
      'call math.ts twice 1',
      'line math.ts twice 2',
      'line math.ts twice 3',
      'return math.ts twice 3',
      'call lib.js add 1',
      'line lib.js add 2',
      'return lib.js add 2',
      '5',
      '',
    ]);
  });

  it('instruments ES modules with --import, TypeScript .mts and ./x.js resolving to x.ts included', () => {
    const dir = project({});
    write(dir, {
      'package.json': '{ "type": "module" }',
      'shape.ts': 'export const area = (w: number, h: number): number => w * h;\n',
      'util.mts': "import { area } from './shape.js';\nexport function square(n: number) {\n  return area(n, n);\n}\n",
      'app.mjs': `import { settrace } from ${JSON.stringify(runtimeEsm)};\nimport path from 'node:path';\nfunction tracer(frame, event) {\n  if (!frame.f_code.co_filename.startsWith(${JSON.stringify(dir)})) return null;\n  console.log(event, path.basename(frame.f_code.co_filename), frame.f_code.co_name, frame.f_lineno);\n  return tracer;\n}\nsettrace(tracer);\nconst { square } = await import('./util.mts');\nconsole.log(square(3), import.meta.url.endsWith('app.mjs'));\nsettrace(null);\n`,
    });
    const res = run(dir, ['--import', registerEsm, 'app.mjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout.split('\n')).toEqual([
      'call shape.ts <module> 1',
      'line shape.ts <module> 1',
      'return shape.ts <module> 1',
      'call util.mts <module> 1',
      'return util.mts <module> 1',
      'call util.mts square 2',
      'line util.mts square 3',
      'call shape.ts area 1',
      'line shape.ts area 1',
      'return shape.ts area 1',
      'return util.mts square 3',
      '9 true',
      '',
    ]);
  });

  it('resumes a module with top-level await as an async function: no f_back, and a module an import() it caught left unwound returns first', () => {
    const dir = project({});
    write(dir, {
      'package.json': '{ "type": "module" }',
      'tracer.mjs': `import { settrace } from ${JSON.stringify(runtimeEsm)};\nimport path from 'node:path';\nconst back = (f) => (f.f_back ? path.basename(f.f_back.f_code.co_filename) + ':' + f.f_back.f_code.co_name : '-');\nsettrace(function t(f, event, arg) {\n  if (!f.f_code.co_filename.startsWith(${JSON.stringify(dir)})) return null;\n  console.log(event, path.basename(f.f_code.co_filename), f.f_code.co_name, f.f_lineno, back(f), event === 'exception' ? arg[1].message : '');\n  return t;\n});\n`,
      'bad.mjs': "const x = 1;\nthrow new Error('bad ' + x);\n",
      'app.mjs': "await null;\ntry {\n  await import('./bad.mjs');\n} catch (e) {\n  void e;\n}\nfunction after() {\n  return 1;\n}\nafter();\n",
    });
    const res = run(dir, ['--import', registerEsm, '--import', './tracer.mjs', 'app.mjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout.split('\n')).toEqual([
      'call app.mjs <module> 1 - ',
      'line app.mjs <module> 1 - ',
      'return app.mjs <module> 1 - ',
      'call app.mjs <module> 1 - ',
      'line app.mjs <module> 2 - ',
      'line app.mjs <module> 3 - ',
      'return app.mjs <module> 3 - ',
      'call bad.mjs <module> 1 - ',
      'line bad.mjs <module> 1 - ',
      'line bad.mjs <module> 2 - ',
      'return bad.mjs <module> 2 - ',
      'call app.mjs <module> 3 - ',
      'exception app.mjs <module> 3 - bad 1',
      'line app.mjs <module> 4 - ',
      'line app.mjs <module> 5 - ',
      'line app.mjs <module> 10 - ',
      'call app.mjs after 7 app.mjs:<module> ',
      'line app.mjs after 8 app.mjs:<module> ',
      'return app.mjs after 8 app.mjs:<module> ',
      'return app.mjs <module> 10 - ',
      '',
    ]);
  });

  it("require() loads a .js file in the format its package's type gives, as plain node does", () => {
    const dir = project({
      'esm/package.json': '{ "type": "module" }',
      'esm/s.js': "console.log(typeof require, this === undefined, (function () {\n  return this === undefined;\n})());\n",
      'cjs/package.json': '{ "type": "commonjs" }',
      'cjs/j.js': 'console.log(typeof require);\nconsole.log(import.meta.url);\n',
      'app.cjs': "require('./esm/s.js');\ntry {\n  require('./cjs/j.js');\n} catch (e) {\n  console.log(e.name);\n}\n",
    });
    const plain = run(dir, ['app.cjs']);
    expect(plain.stdout).toBe('undefined true true\nSyntaxError\n');
    const traced = run(dir, ['-r', registerCjs, 'app.cjs']);
    expect([traced.stdout, traced.status]).toEqual([plain.stdout, plain.status]);
  });

  it("resolves ./x.js to x.ts (./x.cjs to x.cts) in CommonJS TypeScript that an import loaded", () => {
    const dir = project({
      'package.json': '{}',
      'c.ts': 'export const v: string = "from c.ts";\n',
      'a.ts': 'import { v } from "./c.js";\nconsole.log(v);\n',
      'b.cts': 'export const w: string = "from b.cts";\n',
      'd.cts': 'import { w } from "./b.cjs";\nconsole.log(w);\n',
      'main.mjs': 'import "./a.ts";\nimport "./d.cts";\n',
    });
    const res = run(dir, ['--import', registerEsm, 'main.mjs']);
    expect([res.stdout, res.stderr, res.status]).toEqual(['from c.ts\nfrom b.cts\n', '', 0]);
  });

  it('traces a function an import cycle calls before its module body runs, and runs it in the counters form and with frames: always', () => {
    const sources = {
      'main.mjs': "import './a.mjs';\n",
      'a.mjs': "import { getB } from './b.mjs';\nexport let a = 'a1';\nexport function getA(n = getB()) {\n  return 'a=' + typeof getB + n;\n}\n",
      'b.mjs': "import { getA } from './a.mjs';\nexport function getB() {\n  return 1;\n}\nconsole.log(getA());\n",
    };
    const dir = project({ 'package.json': '{ "type": "module" }', ...sources });
    write(dir, {
      'tracer.mjs': `import { settrace } from ${JSON.stringify(runtimeEsm)};\nimport path from 'node:path';\nconst seen = [];\nsettrace(function t(f, event) {\n  if (!f.f_code.co_filename.startsWith(${JSON.stringify(dir)}) || f.f_code.co_filename.endsWith('tracer.mjs')) return null;\n  seen.push([event, path.basename(f.f_code.co_filename), f.f_code.co_name, f.f_lineno, f.f_back ? path.basename(f.f_back.f_code.co_filename) : '-'].join(' '));\n  return t;\n});\nprocess.on('exit', () => console.log(seen.join('\\n')));\n`,
    });
    expect(run(dir, ['main.mjs']).stdout).toBe('a=function1\n');
    const traced = run(dir, ['--import', registerEsm, '--import', './tracer.mjs', 'main.mjs']);
    expect(traced.stderr).toBe('');
    expect(traced.stdout.split('\n')).toEqual([
      'a=function1',
      'call b.mjs <module> 1 -',
      'line b.mjs <module> 5 -',
      'call a.mjs getA 3 b.mjs',
      'call b.mjs getB 2 a.mjs',
      'line b.mjs getB 3 a.mjs',
      'return b.mjs getB 3 a.mjs',
      'line a.mjs getA 4 b.mjs',
      'return a.mjs getA 4 b.mjs',
      'return b.mjs <module> 5 -',
      'call a.mjs <module> 1 -',
      'line a.mjs <module> 2 -',
      'return a.mjs <module> 2 -',
      'call main.mjs <module> 1 -',
      'return main.mjs <module> 1 -',
      '',
    ]);
    const counted = run(dir, ['--import', registerEsm, 'main.mjs'], { JSTRACE_PROBES: 'counters' });
    expect([counted.stdout, counted.stderr, counted.status]).toEqual(['a=function1\n', '', 0]);
    const always = path.join(dir, 'always');
    for (const [name, text] of Object.entries(sources)) write(always, { [name]: jstrace.transform(text, path.join(always, name), { frames: 'always' }).code });
    const framed = run(always, ['main.mjs']);
    expect([framed.stdout, framed.stderr, framed.status]).toEqual(['a=function1\n', '', 0]);
  });

  it('runs the defaults of functions an import cycle calls early, whatever code they run (a class with static members, a getter, a generator), and keeps the names defaults give anonymous functions', () => {
    const sources = {
      'main.mjs': "import './a.mjs';\n",
      'a.mjs': "import './b.mjs';\nexport function g1(k = class { static s = 1; }) {\n  return k.s;\n}\nexport function g2(v = { get x() { return 2; } }.x) {\n  return v;\n}\nexport function* g3(k = [3].map((x) => x)) {\n  yield* k;\n}\nexport function g4(cb = function () {}, K = class {}, a = () => 0, s = class { static t = 1; }, e = class extends Object {}, c = class { ['m' + 1]() {} }) {\n  return [cb.name, K.name, a.name, s.name, s.t, e.name, c.name].join();\n}\n",
      'b.mjs': "import { g1, g2, g3, g4 } from './a.mjs';\nconsole.log(g1(), g2(), [...g3()], g4());\n",
    };
    const dir = project({ 'package.json': '{ "type": "module" }', ...sources });
    const plain = run(dir, ['main.mjs']);
    expect([plain.stdout, plain.status]).toEqual(["1 2 [ 3 ] cb,K,a,s,1,e,c\n", 0]);
    for (const env of [{}, { JSTRACE_PROBES: 'counters' }]) {
      const res = run(dir, ['--import', registerEsm, 'main.mjs'], env);
      expect([res.stdout, res.stderr, res.status]).toEqual([plain.stdout, '', 0]);
    }
    const always = path.join(dir, 'always');
    for (const [name, text] of Object.entries(sources)) write(always, { [name]: jstrace.transform(text, path.join(always, name), { frames: 'always' }).code });
    const framed = run(always, ['main.mjs']);
    expect([framed.stdout, framed.stderr, framed.status]).toEqual([plain.stdout, '', 0]);
  });

  it('hands instrumentation down to child processes and worker threads', () => {
    const dir = project({ 'package.json': '{}' });
    fs.writeFileSync(
      path.join(dir, 'child.js'),
      `const { settrace } = require(${JSON.stringify(runtimeCjs)});\nconst { isMainThread } = require('worker_threads');\nfunction work(n) {\n  return n * 2;\n}\nconst seen = [];\nsettrace(function t(f, e) { if (f.f_code.co_name === 'work') seen.push(e + ' ' + f.f_lineno); return t; });\nwork(1);\nsettrace(null);\nconsole.log((isMainThread ? 'process ' : 'worker ') + seen.join(', '));\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'app.js'),
      "const { fork, spawnSync, execFileSync } = require('child_process');\nconst { Worker } = require('worker_threads');\nprocess.stdout.write(spawnSync(process.execPath, ['child.js'], { encoding: 'utf8' }).stdout);\nprocess.stdout.write(execFileSync('node', ['child.js'], { encoding: 'utf8' }));\nnew Worker('./child.js').on('exit', () => fork('child.js'));\n",
    );
    const res = run(dir, ['-r', registerCjs, 'app.js']);
    expect(res.stderr).toBe('');
    const expected = 'call 3, line 4, return 4';
    expect(res.stdout.split('\n')).toEqual([`process ${expected}`, `process ${expected}`, `worker ${expected}`, `process ${expected}`, '']);
  });

  it('throws a catchable SyntaxError with file:line:column for a file nobody can parse', () => {
    const dir = project({ 'package.json': '{}', 'bad.js': 'const a = 1;\nconst = 2;\n' });
    fs.writeFileSync(path.join(dir, 'app.js'), "try {\n  require('./bad.js');\n} catch (e) {\n  console.log(e.name, e.message.split('\\n')[0]);\n}\n");
    const caught = run(dir, ['-r', registerCjs, 'app.js']);
    expect(caught.stdout).toBe(`SyntaxError ${path.join(dir, 'bad.js')}:2:7: Unexpected token (2:6)\n`.replace(' (2:6)', ''));
    fs.writeFileSync(path.join(dir, 'app.js'), "require('./bad.js');\n");
    const uncaught = run(dir, ['-r', registerCjs, 'app.js']);
    expect(uncaught.status).toBe(1);
    expect(uncaught.stderr).toContain(`${path.join(dir, 'bad.js')}:2:7`);
    expect(uncaught.stderr).toContain('> 2 | const = 2;');
    expect(uncaught.stderr).not.toContain('pirates');
    // Reported as plain node reports a syntax error: no dump of jstrace's properties or insides.
    expect(uncaught.stderr).not.toMatch(/JSTRACE_SYNTAX_ERROR|frame:|dist\/register/);
  });

  it("a module that is not found crashes with plain node's header (Node's throw, not a re-throw in jstrace's resolve)", () => {
    const dir = project({ 'package.json': '{}', 'app.js': "require('./nope');\n", 'app.mjs': "import './nope.mjs';\n", 'app.ts': "require('./nope.js');\n" });
    const header = (stderr: string) => stderr.split('\n').slice(0, 3).join('\n');
    const plain = run(dir, ['app.js']);
    const instrumented = run(dir, ['-r', registerCjs, 'app.js']);
    expect([instrumented.status, header(instrumented.stderr)]).toEqual([plain.status, header(plain.stderr)]);
    expect(header(instrumented.stderr)).not.toContain('dist/');
    // ES modules, and the TypeScript file whose `./x.js` may be `./x.ts`: the error is Node's.
    for (const [file, code] of [['app.mjs', 'ERR_MODULE_NOT_FOUND'], ['app.ts', 'MODULE_NOT_FOUND']]) {
      const res = run(dir, ['--import', registerEsm, file]);
      expect(res.status).toBe(1);
      expect(res.stderr).toContain(`code: '${code}'`);
      expect(header(res.stderr)).not.toContain('dist/');
    }
  });

  it('resolves require() as plain node does for JavaScript, and keeps the names an ES module imports through a CommonJS re-export', () => {
    const dir = project({
      'package.json': '{}',
      'lib/index.js': "module.exports = 'lib/index.js';\n",
      'lib.cjs': "module.exports = 'lib.cjs';\n",
      'only.cjs': "module.exports = 'only.cjs';\n",
      'b.cjs': 'exports.x = 1;\nexports.y = 2;\n',
      'd.cjs': "module.exports = require('./b.cjs');\n",
      'app.js': "console.log(require('./lib'));\ntry {\n  require('./only');\n} catch (e) {\n  console.log(e.code);\n}\nconsole.log(Boolean(require.extensions['.cjs']));\n",
      'app.mjs': "import { x, y } from './d.cjs';\nconsole.log(x, y);\n",
    });
    // A registered `.cjs` made `require('./lib')` find lib.cjs, and `./only` load; on Node 22 it
    // also hid b.cjs's names from the ES module (Node follows a re-export into `.js` files only).
    for (const file of ['app.js', 'app.mjs']) {
      const plain = run(dir, [file]);
      expect(plain.stderr).toBe('');
      for (const args of [['-r', registerCjs], ['--import', registerEsm]]) {
        const res = run(dir, [...args, file]);
        expect([res.status, res.stdout, res.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
      }
    }
  });

  it('leaves node_modules alone by default', () => {
    const dir = project({ 'package.json': '{}', 'node_modules/dep/index.js': 'module.exports = function dep() {\n  return 1;\n};\n' });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir));
    fs.writeFileSync(path.join(dir, 'app.js'), "const t = require('./tracer.cjs');\nconst dep = require('dep');\nt.start();\ndep();\nt.stop();\n");
    // dep's frame would print `call index.js dep 1` if node_modules were instrumented.
    const res = run(dir, ['-r', registerCjs, 'app.js']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('');
  });
});

describe('register(options) from jstrace/loader', () => {
  it('installs the loaders with its options, and unregister() stops instrumenting CommonJS', () => {
    const dir = project({ 'a.cjs': 'module.exports = 1;\n', 'b.cjs': 'module.exports = 2;\n', 'c.cjs': 'module.exports = 3;\n' });
    fs.writeFileSync(
      path.join(dir, 'main.cjs'),
      `const { register } = require(${JSON.stringify(loaderCjs)});
const { monitoring } = require(${JSON.stringify(runtimeCjs)});
const unregister = register({ include: ['a.cjs', 'c.cjs'], probes: 'counters' });
require('./a.cjs');
require('./b.cjs');
try {
  register({ include: ['b.cjs'] });
} catch (err) {
  console.log(err.message.split(';')[0]);
}
unregister();
require('./c.cjs');
// The counters form counts without any tool: a.cjs ran instrumented, b.cjs (not included) and
// c.cjs (loaded after unregister) did not.
console.log([...monitoring.get_counts().keys()].map((f) => require('path').basename(f)).join(' '));
`,
    );
    const res = run(dir, ['main.cjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('jstrace: register(options): the loaders are installed already (by jstrace/register, or an earlier register())\na.cjs\n');
  });

  it('stops before the program with one line and exit 1 when a setting of jstrace/register is bad', () => {
    const dir = project({ 'app.cjs': "console.log('ran');\n" });
    for (const args of [['-r', registerCjs, 'app.cjs'], ['--import', registerEsm, 'app.cjs']]) {
      const res = run(dir, args, { JSTRACE_PROBES: 'lines' });
      expect(res.stderr).toBe(`jstrace: probes must be 'events' or 'counters', got "lines" (from JSTRACE_PROBES)\n`);
      expect(res.stdout).toBe('');
      expect(res.status).toBe(1);
    }
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "jstrace": { "include": 3 } }\n');
    const res = run(dir, ['-r', registerCjs, 'app.cjs']);
    expect(res.stderr).toBe(`jstrace: the "jstrace" key of ${path.join(dir, 'package.json')}: 'include' must be an array of glob strings\n`);
    expect(res.status).toBe(1);
  });

  it('rejects a bad probes value with one TypeError', () => {
    const dir = project({});
    fs.writeFileSync(path.join(dir, 'main.cjs'), `try { require(${JSON.stringify(loaderCjs)}).register({ probes: 'lines' }); } catch (err) { console.log(err.name, err.message); }\n`);
    const res = run(dir, ['main.cjs']);
    expect(res.stdout).toBe(`TypeError jstrace: probes must be 'events' or 'counters', got "lines"\n`);
  });
});

describe("the instrumenter's own dependencies", () => {
  it('load uninstrumented even where the include globs name them (no re-entry while a file is instrumented)', () => {
    // Babel loads on the first cache miss and requires @jridgewell/*; a glob naming those
    // files must not make the loader instrument them with the instrumenter half loaded.
    fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
    const scratch = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'jstrace-reentry-'));
    try {
      write(scratch, { 'app.cjs': "const { add } = require('./lib.cjs');\nconsole.log(add(2, 3));\n", 'lib.cjs': 'exports.add = (a, b) => a + b;\n' });
      const rel = path.relative(root, scratch).split(path.sep).join('/');
      const env = { ...process.env, JSTRACE_CACHE: '0', JSTRACE_INCLUDE: `${rel}/**,node_modules/@jridgewell/**` };
      delete env.NODE_OPTIONS;
      const res = spawnSync(process.execPath, ['-r', registerCjs, path.join(scratch, 'app.cjs')], { cwd: root, encoding: 'utf8', env, timeout: 30_000 });
      expect(res.stderr).toBe('');
      expect(res.stdout).toBe('5\n');
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the ES module hooks', () => {
  // The suite runs under Node 20 and again under Node 22 (scripts/run-tests.mjs): each takes its own path.
  const inThread = typeof (module as unknown as { registerHooks?: unknown }).registerHooks === 'function';
  it(`run ${inThread ? 'in the loading thread (module.registerHooks)' : 'in a hooks thread (module.register)'} on Node ${process.versions.node}, and instrument either way`, () => {
    const dir = project({ 'a.mjs': 'export function twice(n) {\n  return n * 2;\n}\n' });
    fs.writeFileSync(path.join(dir, 'main.mjs'), `import { settrace } from ${JSON.stringify(runtimeEsm)};\nsettrace((frame, event) => { console.log(event, frame.f_code.co_name, frame.f_lineno); return null; });\nconst { twice } = await import('./a.mjs');\nconsole.log(twice(4));\n`);
    const res = run(dir, ['--import', registerEsm, 'main.mjs'], { JSTRACE_DEBUG: 'loader' });
    expect(res.stderr).toBe(`jstrace: module hooks: ${inThread ? 'module.registerHooks (in this thread, for import and require)' : 'module.register (a hooks thread; CommonJS through a require hook)'}\n`);
    expect(res.stdout.split('\n')).toEqual(['call <module> 1', 'call twice 1', '8', '']);
  });
});

describe('require() of an ES module (Node 20.19+, no module.registerHooks)', () => {
  it('instruments the .mjs on the CommonJS path', () => {
    const dir = project({ 'package.json': '{}', 'lib.mjs': 'export function hello(n) {\n  return n + 1;\n}\n' });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir));
    fs.writeFileSync(path.join(dir, 'app.cjs'), "const t = require('./tracer.cjs');\nt.start();\nconst { hello } = require('./lib.mjs');\nconsole.log(hello(1));\nt.stop();\n");
    const res = run(dir, ['-r', registerCjs, 'app.cjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('call lib.mjs <module> 1\nreturn lib.mjs <module> 1\ncall lib.mjs hello 1\nline lib.mjs hello 2\nreturn lib.mjs hello 2\n2\n');
  });

  // Node 20 loads what a required ES module imports with its own loader, which runs no hooks
  // (README, Node 20): only the required file is instrumented. Node 22.15+ runs the in-thread
  // hooks for the whole graph.
  it('instruments what it imports where Node runs the hooks for require(esm) (Node 22.15+), only the file itself on Node 20', () => {
    const dir = project({ 'package.json': '{}', 'lib.mjs': "import { inc } from './dep.mjs';\nexport function hello(n) {\n  return inc(n);\n}\n", 'dep.mjs': 'export function inc(n) {\n  return n + 1;\n}\n' });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir));
    fs.writeFileSync(path.join(dir, 'app.cjs'), "const t = require('./tracer.cjs');\nt.start();\nconst { hello } = require('./lib.mjs');\nconsole.log(hello(1));\nt.stop();\n");
    const res = run(dir, ['-r', registerCjs, 'app.cjs']);
    expect(res.stderr).toBe('');
    const hooksForRequire = typeof (module as unknown as { registerHooks?: unknown }).registerHooks === 'function';
    const dep = 'call dep.mjs <module> 1\nreturn dep.mjs <module> 1\n';
    const inc = 'call dep.mjs inc 1\nline dep.mjs inc 2\nreturn dep.mjs inc 2\n';
    expect(res.stdout).toBe(
      (hooksForRequire ? dep : '') + 'call lib.mjs <module> 1\nreturn lib.mjs <module> 1\ncall lib.mjs hello 2\nline lib.mjs hello 3\n' +
        (hooksForRequire ? inc : '') + 'return lib.mjs hello 3\n2\n',
    );
  });
});

describe('the disk cache', () => {
  it('transforms on a cold run, reads every file back on a warm one, and says so with JSTRACE_DEBUG=cache', () => {
    const dir = project({ 'package.json': '{}', 'lib.js': 'module.exports = (n) => n + 1;\n', 'esm.mjs': 'export const two = 2;\n', 'app.js': "const inc = require('./lib.js');\nimport('./esm.mjs').then((m) => console.log(inc(m.two)));\n" });
    const cacheDir = path.join(dir, 'cache');
    const env = { ...process.env, JSTRACE_CACHE_DIR: cacheDir, JSTRACE_DEBUG: 'cache' };
    delete env.NODE_OPTIONS;
    const once = () => spawnSync(process.execPath, ['-r', registerCjs, 'app.js'], { cwd: dir, encoding: 'utf8', env });
    const lines = (stderr: string) => stderr.split('\n').filter(Boolean).map((l) => l.replace(dir + path.sep, '')).sort();
    const cold = once();
    expect(cold.stdout).toBe('3\n');
    expect(lines(cold.stderr)).toEqual(['jstrace: cache miss app.js (transformed)', 'jstrace: cache miss esm.mjs (transformed)', 'jstrace: cache miss lib.js (transformed)']);
    const warm = once();
    expect(warm.stdout).toBe('3\n');
    expect(lines(warm.stderr)).toEqual(['jstrace: cache hit app.js', 'jstrace: cache hit esm.mjs', 'jstrace: cache hit lib.js']);
  });
});

describe('an exception nobody catches', () => {
  it('reaches every frame it unwound before the process reports it as plain node does', () => {
    const dir = project({ 'package.json': '{}' });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir).replace("console.log(event,", "console.log(event === 'exception' ? event + ' ' + arguments[2][0].name : event,"));
    fs.writeFileSync(path.join(dir, 'lib.js'), 'function inner() {\n  throw new RangeError("boom");\n}\nfunction outer() {\n  return inner();\n}\nouter();\n');
    fs.writeFileSync(path.join(dir, 'app.js'), "require('./tracer.cjs').start();\nrequire('./lib.js');\n");
    const traced = run(dir, ['-r', registerCjs, 'app.js']);
    const plain = run(dir, ['app.js']);
    expect(traced.status).toBe(1);
    expect(traced.stdout.split('\n')).toEqual([
      'call lib.js <module> 1',
      'line lib.js <module> 7',
      'call lib.js outer 4',
      'line lib.js outer 5',
      'call lib.js inner 1',
      'line lib.js inner 2',
      'exception RangeError lib.js inner 2',
      'return lib.js inner 2',
      'exception RangeError lib.js outer 5',
      'return lib.js outer 5',
      'exception RangeError lib.js <module> 7',
      'return lib.js <module> 7',
      '',
    ]);
    // Node's crash report: the header names the throw site, and the error and its stack are
    // the same as without jstrace (the source line Node quotes shows instrumented text).
    const report = (stderr: string) => {
      const lines = stderr.split('\n');
      // Columns may differ (the instrumented line is longer); lines may not.
      return [lines[0], ...lines.filter((l) => /^(RangeError|\s+at .*lib\.js)/.test(l)).map((l) => l.replace(/:(\d+):\d+\)$/, ':$1)'))];
    };
    expect(report(traced.stderr)).toEqual(report(plain.stderr));
  });
});

describe('TypeScript as tsc and tsx run it', () => {
  it('definite fields, `this` parameters, default imports between CommonJS files, enums and namespaces (with their lines)', () => {
    const dir = project({
      'package.json': '{}',
      'greet.ts': 'export default function greet(): string {\n  return "hi";\n}\nexport const n = 1;\n',
      'app.ts': [
        "import greet, { n } from './greet.js';", // 1
        'class P { x!: number; y = 2; }', // 2
        'function who(this: { name: string }, suffix: string) {', // 3
        '  return this.name + suffix;', // 4
        '}', // 5
        'function compute(tag: string): number {', // 6
        '  return tag.length;', // 7
        '}', // 8
        'enum E {', // 9
        "  A = compute('enum'),", // 10
        '}', // 11
        'namespace NS {', // 12
        "  export const v = compute('namespace');", // 13
        '}', // 14
        'namespace Types {', // 15
        '  export interface T { a: number }', // 16
        '}', // 17
        "console.log(Object.keys(new P()), who.call({ name: 'ts' }, '!'), greet(), n, E.A, NS.v);", // 18
        '',
      ].join('\n'),
      'main.cjs': `require('./tracer.cjs').start();\nrequire('./app.ts');\n`,
      'tracer.cjs': tracerCjs(''),
    });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir).replace("frame.f_code.co_filename.endsWith('tracer.cjs')", "!frame.f_code.co_filename.endsWith('app.ts')"));
    const res = run(dir, ['-r', registerCjs, 'main.cjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout.split('\n')).toEqual([
      'call app.ts <module> 1',
      'line app.ts <module> 2',
      'line app.ts <module> 9',
      'call app.ts compute 6',
      'line app.ts compute 7',
      'return app.ts compute 7',
      'line app.ts <module> 12',
      'line app.ts <module> 13',
      'call app.ts compute 6',
      'line app.ts compute 7',
      'return app.ts compute 7',
      'line app.ts <module> 18',
      'call app.ts <instance_members_initializer> 2',
      'line app.ts <instance_members_initializer> 2',
      'return app.ts <instance_members_initializer> 2',
      'call app.ts who 3',
      'line app.ts who 4',
      'return app.ts who 4',
      "[ 'x', 'y' ] ts! hi 1 4 9",
      'return app.ts <module> 18',
      '',
    ]);
  });

  it('`export =` and `import x = require()` in a .cts file get their line events (they compile to statements)', () => {
    const dir = project({
      'package.json': '{}',
      'lib.cts': 'function make(): number {\n  return 5;\n}\nexport = make();\n',
      'app.cts': [
        "console.log('before');", // 1
        "import m = require('./lib.cjs');", // 2
        'import type T = require("./lib.cjs");', // 3
        "console.log('after', m);", // 4
        '',
      ].join('\n'),
      'main.cjs': "require('./tracer.cjs').start();\nrequire('./app.cts');\n",
    });
    fs.writeFileSync(path.join(dir, 'tracer.cjs'), tracerCjs(dir).replace("frame.f_code.co_filename.endsWith('tracer.cjs')", "!frame.f_code.co_filename.endsWith('.cts')"));
    const res = run(dir, ['-r', registerCjs, 'main.cjs']);
    expect(res.stderr).toBe('');
    expect(res.stdout.split('\n')).toEqual([
      'call app.cts <module> 1',
      'line app.cts <module> 1',
      'before',
      'line app.cts <module> 2',
      'call lib.cts <module> 1',
      'line lib.cts <module> 4',
      'call lib.cts make 1',
      'line lib.cts make 2',
      'return lib.cts make 2',
      'return lib.cts <module> 4',
      'line app.cts <module> 4',
      'after 5',
      'return app.cts <module> 4',
      '',
    ]);
  });

  it("TypeScript: f_globals holds the imports used as values, enums and namespaces, and no import used only as a type", () => {
    const dir = project({
      'package.json': '{}',
      'dep.mts': 'export const x = 1;\nexport interface T { a: number }\n',
      'types.mts': 'export interface OnlyType { b: string }\n',
      'app.mts': [
        `import { settrace } from ${JSON.stringify(pathToFileURL(runtimeEsm).href)};`,
        "import { x, type T } from './dep.mjs';",
        "import * as ns from './dep.mjs';",
        "import { OnlyType } from './types.mjs';",
        'enum Color { Red }',
        'namespace NS { export const v = 1; }',
        'declare namespace Ambient { const w: number; }',
        'let keep: OnlyType | T | null = null;',
        'function probe(): void {}',
        "settrace((frame) => { if (frame.f_code.co_name === 'probe') console.log(Object.keys(frame.f_globals).sort().join(' ')); return null; });",
        'probe();',
        'settrace(null);',
        'console.log(x, ns.x, Color.Red, NS.v, keep);',
        '',
      ].join('\n'),
    });
    // An import of a name that is only a type fails to load if anything keeps it.
    const res = run(dir, ['--import', registerEsm, 'app.mts']);
    expect([res.stderr, res.stdout]).toEqual(['', 'Color NS keep ns probe settrace x\n1 1 0 1 null\n']);
  });

  it('compiles files the filter excludes without instrumenting them, require()s a .ts ES module, and loads .ts URLs with a query', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'lib.ts': 'export const u: number = 5;\nexport default function f(): string {\n  return "f";\n}\n',
      'skip.ts': 'export function skipped(a: number): number {\n  return a * 2;\n}\n',
      'cjs/package.json': '{}',
      'cjs/skip.ts': 'export function skipped(a: number): number {\n  return a * 3;\n}\n',
      'app.ts': [
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        "const lib = require('./lib.ts');",
        "const { skipped } = await import('./skip.ts?fresh=1');",
        "const cjs = require('./cjs/skip.ts');",
        "const again = await import('./lib.js#h');",
        'console.log(lib.u, lib.default(), skipped(2), cjs.skipped(2), again.u, skipped.toString().includes("_$jt"), cjs.skipped.toString().includes("_$jt"), lib.default.toString().includes("_$jt"));',
        '',
      ].join('\n'),
    });
    const res = run(dir, ['--import', registerEsm, 'app.ts'], { JSTRACE_EXCLUDE: '**/skip.ts' });
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('5 f 4 6 5 false false true\n');
  });

  it('reports an error Babel raises after parsing (`export =` in an ES module) as one SyntaxError with its position', () => {
    const dir = project({ 'package.json': '{ "type": "module" }', 'app.ts': 'const a = 1;\nexport = a;\n' });
    const res = run(dir, ['--import', registerEsm, 'app.ts']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`${path.join(dir, 'app.ts')}:2:1: \`export = <value>;\` is only supported when compiling modules to CommonJS.`);
    expect(res.stderr).toContain('> 2 | export = a;');
    expect(res.stderr).not.toMatch(/node_modules[\\/]@babel/);
  });
});

describe('TypeScript decorators', () => {
  it('keeps class fields defined (not assigned) in a file without decorators under experimentalDecorators, as tsc emits them for ES2022', () => {
    const dir = project({
      'package.json': '{ "type": "module" }',
      'tsconfig.json': '{ "compilerOptions": { "experimentalDecorators": true, "module": "nodenext", "target": "es2022" } }',
      'app.ts': "class Base {\n  set size(v: number) {\n    console.log('setter called', v);\n  }\n}\nclass Box extends Base {\n  size = 3;\n}\nconsole.log(Object.keys(new Box()));\n",
    });
    const res = run(dir, ['--import', registerEsm, 'app.ts']);
    expect([res.stdout, res.stderr, res.status]).toEqual(["[ 'size' ]\n", '', 0]);
  });

  const tracer = (dir: string) => `import { settrace } from ${JSON.stringify(runtimeEsm)};
settrace(function t(frame, event) {
  if (!frame.f_code.co_filename.startsWith(${JSON.stringify(dir)})) return null;
  if (frame.f_code.co_name === 'm') console.log(event, frame.f_code.co_qualname, frame.f_lineno);
  return t;
});
`;
  it("the standard ones by default, TypeScript's experimentalDecorators when the tsconfig.json that applies says so", () => {
    const standard = project({
      'package.json': '{}',
      'app.ts': [
        'const seen: string[] = [];',
        'function logged<T extends (...a: any[]) => any>(fn: T, ctx: ClassMethodDecoratorContext) {',
        "  return function (this: unknown, ...a: any[]) { seen.push('call ' + String(ctx.name)); return fn.apply(this, a); } as T;",
        '}',
        'function double(_: undefined, ctx: ClassFieldDecoratorContext) {',
        "  return (v: number) => { seen.push('init ' + String(ctx.name)); return v * 2; };",
        '}',
        "function tagged(cls: any, ctx: ClassDecoratorContext) { seen.push('class ' + String(ctx.name)); }",
        '@tagged',
        'class C {',
        '  @double count = 21;',
        '  accessor size = 3;',
        '  @logged',
        '  m(x: number) {',
        '    return x + this.count + this.size;',
        '  }',
        '}',
        "console.log(new C().m(1), seen.join(', '));",
        '',
      ].join('\n'),
    });
    fs.writeFileSync(path.join(standard, 'tracer.mjs'), tracer(standard));
    const std = run(standard, ['--import', registerEsm, '--import', './tracer.mjs', 'app.ts']);
    expect(std.stderr).toBe('');
    expect(std.stdout).toBe('call C.m 13\nline C.m 15\nreturn C.m 15\n46 class C, init count, call m\n');

    const legacy = project({
      'package.json': '{}',
      'tsconfig.json': '{\n  // comments, as TypeScript allows\n  "extends": "./base.json",\n}\n',
      'base.json': '{ "compilerOptions": { "experimentalDecorators": true } }',
      'app.ts': [
        'const seen: string[] = [];',
        "function sealed(ctor: Function) { seen.push('class ' + ctor.name); }",
        'function log(target: any, key: string, desc: PropertyDescriptor) {',
        '  const orig = desc.value;',
        "  desc.value = function (this: unknown, ...a: any[]) { seen.push('call ' + key); return orig.apply(this, a); };",
        '}',
        "function prop(target: any, key: string) { seen.push('prop ' + key); }",
        '@sealed',
        'class C {',
        "  @prop label = 'c';",
        '  count = 1;',
        '  @log',
        '  m(x: number) {',
        '    return x * 2 + this.count;',
        '  }',
        '}',
        'const c = new C();',
        "console.log(c.m(4), c.label, seen.join(', '));",
        '',
      ].join('\n'),
    });
    fs.writeFileSync(path.join(legacy, 'tracer.mjs'), tracer(legacy));
    const leg = run(legacy, ['--import', registerEsm, '--import', './tracer.mjs', 'app.ts']);
    expect(leg.stderr).toBe('');
    expect(leg.stdout).toBe('call C.m 12\nline C.m 14\nreturn C.m 14\n9 c prop label, class C, call m\n');

    // Parameter decorators, which no Babel plugin compiles (they were left in the output, or
    // dropped from a constructor's parameter properties without a word): one SyntaxError at the first.
    write(legacy, {
      'params.ts': 'function Inject(t: string) { return (a: any, k: any, i: number) => {}; }\nclass S {\n  constructor(@Inject("db") private db: string) {}\n}\n',
      'load.cjs': "try {\n  require('./params.ts');\n} catch (e) {\n  console.log(e.name, e.message.split('\\n')[0]);\n}\n",
    });
    const params = run(legacy, ['-r', registerCjs, 'load.cjs']);
    expect([params.stderr, params.stdout]).toEqual(['', `SyntaxError ${path.join(legacy, 'params.ts')}:3:15: TypeScript parameter decorators (experimentalDecorators) are not supported by jstrace\n`]);
  });
});
