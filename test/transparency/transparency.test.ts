/**
 * Transparency (SPEC §4): an instrumented program behaves exactly as the original.
 *
 * Each fixture in ./fixtures is a deterministic CommonJS program. It runs in child processes
 * (so every run is isolated and stdout, stderr and the exit code are all captured):
 *   plain        `node fixture.js`
 *   off          instrumented, runtime loaded, tracing never turned on
 *   off/always   the same, instrumented with `frames: 'always'`
 *   trace        instrumented, under a tracer that at every event reads all of f_locals and
 *                f_globals and walks the whole f_back chain (run-instrumented.cjs)
 *   bare         instrumented, the runtime never loaded
 * and every instrumented run must print exactly what the plain run printed. Nothing is
 * normalised: the instrumented code is compiled under the fixture's own path, as the main
 * module, so even paths and `require.main` are the same.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSameRun, nodeRun, type Run } from '../helpers/runs.js';

type Frames = 'default' | 'always';
type Probes = 'events' | 'counters';
type Transform = (code: string, filename: string, options?: { frames?: Frames; probes?: Probes; sourceType?: 'script' }) => { code: string; instrumented: boolean };
const { transform } = createRequire(import.meta.url)('../../dist/index.cjs') as { transform: Transform };

const here = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.join(here, 'fixtures');
const runner = path.join(here, 'run-instrumented.cjs');
const fixtures = fs.readdirSync(fixturesDir).filter((f) => f.endsWith('.js')).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-transparency-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Fixture runs that fail today. Each names the minimal reproduction in `known bugs` below;
 * when a bug is fixed its `it.fails` starts failing, and the entry is to be removed.
 */
const KNOWN: Record<string, string> = {};


// The child gets the test's environment minus NODE_OPTIONS, so that only the fixture and the
// mode decide what runs.
const childEnv = { ...process.env, NODE_OPTIONS: undefined };

function node(args: string[], env: NodeJS.ProcessEnv = childEnv): Run {
  return nodeRun(args, { env, timeout: 120_000 });
}

const plainRuns = new Map<string, Run>();
function plain(file: string): Run {
  let run = plainRuns.get(file);
  if (!run) plainRuns.set(file, (run = node([file])));
  return run;
}

/** Writes the instrumented text of `file` to the temp folder and returns its path. */
function instrumentedFile(file: string, frames: Frames, probes: Probes = 'events'): string {
  const out = path.join(tmp, `${path.basename(file)}.${frames}.${probes}.js`);
  if (!fs.existsSync(out)) fs.writeFileSync(out, transform(fs.readFileSync(file, 'utf8'), file, { sourceType: 'script', frames, probes }).code);
  return out;
}

function runInstrumented(mode: 'off' | 'trace' | 'bare' | 'count', file: string, frames: Frames, env?: NodeJS.ProcessEnv, probes: Probes = 'events'): Run {
  return node([runner, mode, file, instrumentedFile(file, frames, probes)], env);
}

interface Counts {
  lines: [number, number][];
  calls: string[];
}

/** Fixtures that recurse until the stack overflows: that function (qualname:first line) and its body's line. */
const DEPTH_DEPENDENT: Record<string, { code: string; line: number }> = {
  'recursion-depth.js': { code: 'infinite:50', line: 51 },
  'error-stack-kinds.js': { code: '<anonymous>.<locals>.inf:51', line: 51 },
};

/** A `count` run's output, and the fixture's line and call counts. */
function countRun(file: string, probes: Probes): { run: Run; counts: Counts } {
  const countsFile = path.join(tmp, `${path.basename(file)}.${probes}.counts.json`);
  const run = runInstrumented('count', file, 'default', { ...childEnv, JSTRACE_TRANSPARENCY_COUNTS: countsFile }, probes);
  return { run, counts: JSON.parse(fs.readFileSync(countsFile, 'utf8')) };
}

function check(name: string, mode: string, body: () => void): void {
  const known = KNOWN[`${name} ${mode}`];
  (known ? it.fails : it)(known ? `${mode} (known bug: ${known})` : mode, body);
}

describe('transparency fixtures', () => {
  it('has at least 30 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(fixtures)('%s', (name) => {
    const file = path.join(fixturesDir, name);

    check(name, 'plain run is deterministic', () => {
      expectSameRun(node([file]), plain(file));
    });
    check(name, 'off', () => {
      expectSameRun(runInstrumented('off', file, 'default'), plain(file));
    });
    check(name, 'off/always', () => {
      expectSameRun(runInstrumented('off', file, 'always'), plain(file));
    });
    check(name, 'trace', () => {
      const eventsFile = path.join(tmp, `${name}.events`);
      expectSameRun(runInstrumented('trace', file, 'default', { ...childEnv, JSTRACE_TRANSPARENCY_EVENTS: eventsFile }), plain(file));
      expect(Number(fs.readFileSync(eventsFile, 'utf8'))).toBeGreaterThan(0);
    });
    check(name, 'bare', () => {
      expectSameRun(runInstrumented('bare', file, 'default'), plain(file));
    });
    check(name, "counters form: same run, and the same counts as the events form's monitoring.COUNT", () => {
      const counters = countRun(file, 'counters');
      expectSameRun(counters.run, plain(file));
      const events = countRun(file, 'events');
      expectSameRun(events.run, plain(file));
      const deep = DEPTH_DEPENDENT[name];
      if (deep) {
        // How deep a recursion goes before the stack overflows depends on the size of each
        // activation, which differs between the forms: that function's counts are left out.
        const drop = (c: Counts): Counts => ({
          lines: c.lines.filter(([line]) => line !== deep.line),
          calls: c.calls.filter((call) => !call.startsWith(`${deep.code} `)),
        });
        expect(drop(counters.counts)).toEqual(drop(events.counts));
      } else {
        expect(counters.counts).toEqual(events.counts);
      }
      expect(counters.counts.lines.length).toBeGreaterThan(0);
    });
    check(name, 'counters form, runtime never loaded', () => {
      expectSameRun(node([runner, 'bare', file, instrumentedFile(file, 'default', 'counters')]), plain(file));
    });
    check(name, 'instrumenting twice', () => {
      const src = fs.readFileSync(file, 'utf8');
      for (const frames of ['default', 'always'] as const) {
        const once = transform(src, file, { sourceType: 'script', frames });
        expect(once.instrumented).toBe(true);
        const twice = transform(once.code, file, { sourceType: 'script', frames });
        expect(twice.instrumented).toBe(false);
        expect(twice.code).toBe(once.code);
        const otherOptions = transform(once.code, file, { sourceType: 'script', frames: frames === 'always' ? 'default' : 'always' });
        expect(otherOptions.code).toBe(once.code);
      }
    });
  });
});

/** A program as lines, with the line (1-based) where each case's error is thrown. */
interface Generated {
  lines: string[];
  expected: Map<string, number>;
}

// Ways one level calls the next; several span lines, so that the caller's line is not the
// line where its statement starts.
const CALLS: ((callee: string) => string[])[] = [
  (callee) => [`return ${callee}();`],
  (callee) => [`const value = ${callee}();`, 'return value;'],
  (callee) => [`return [0].map(() => ${callee}())[0];`],
  (callee) => ['return new (class {', '  constructor() {', `    this.v = ${callee}();`, '  }', '})().v;'],
  (callee) => [`return ${callee}(`, '  1,', '  2,', ');'],
  (callee) => [`const o = { get g() { return ${callee}(); } };`, 'return o.g;'],
  (callee) => ['let r;', 'for (let i = 0; i < 1; i++) {', `  r = ${callee}();`, '}', 'return r;'],
];
// Ways the deepest level throws (natively or by `throw`).
const THROWS = [
  "throw new Error('thrown at depth');",
  'return null.missing;',
  'return undefinedFunction();',
  "return JSON.parse('{');",
  "return [1].reduce(() => { throw new RangeError('in a callback'); }, 0);",
  "const e = new TypeError('built then thrown');\n  throw e;",
];

/** Cases of several depths (1 to 12 frames) throwing on many different lines. */
function stackProgram(prefix: string[]): Generated {
  const lines = [...prefix,
    'function topFrames(e) {',
    "  return e.stack.split('\\n').slice(1).filter((l) => l.includes(__filename))",
    "    .map((l) => l.trim().replace(__filename, '<file>').replace(/:(\\d+):\\d+(\\)?)$/, ':$1$2')).join(' < ');",
    '}'];
  const expected = new Map<string, number>();
  const depths = [1, 2, 3, 5, 8, 12];
  for (let c = 0; c < 18; c++) {
    const depth = depths[c % depths.length]!;
    for (let level = 0; level < depth; level++) {
      lines.push(`function case${c}_${level}() {`);
      for (let pad = 0; pad < (c + level) % 3; pad++) lines.push('  void 0;');
      if (level < depth - 1) {
        lines.push(...CALLS[(c + level) % CALLS.length]!(`case${c}_${level + 1}`).map((l) => '  ' + l));
      } else {
        // The stack is captured where the error is created: the first line of the body.
        const [first, ...rest] = THROWS[c % THROWS.length]!.split('\n');
        lines.push('  ' + first);
        expected.set(`case${c}`, lines.length);
        lines.push(...rest);
      }
      lines.push('}');
    }
    lines.push(`try { case${c}_0(); } catch (e) { console.log('case${c}', e.name, e.message, '|', topFrames(e)); }`);
  }
  return { lines, expected };
}

/** The line of the first frame of this file printed for each case. */
function topLines(stdout: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of stdout.trim().split('\n')) {
    const m = /^(case\d+) .*? \| (?:at [^<]*)?\(?<file>:(\d+)/.exec(line);
    if (m) found.set(m[1]!, Number(m[2]));
  }
  return found;
}

describe('error.stack lines of untraced instrumented code', () => {
  const variants: Record<string, string[]> = {
    'from line 1': [],
    'after a strict directive, comments and blank lines': ["'use strict';", '/*', ' * padding', ' */', '', '// more', '', ''],
    'inside a block': ['{'],
  };
  it.each(Object.keys(variants))('%s', (variant) => {
    const { lines, expected } = stackProgram(variants[variant]!);
    if (variant === 'inside a block') lines.push('}');
    const file = path.join(tmp, `stack-${Object.keys(variants).indexOf(variant)}.js`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const original = plain(file);
    expect(original.status).toBe(0);
    // The generator is right: plain node reports each case at the line it threw on.
    expect(topLines(original.stdout)).toEqual(expected);
    for (const frames of ['default', 'always'] as const) {
      const run = runInstrumented('off', file, frames);
      expect(topLines(run.stdout)).toEqual(expected);
      expectSameRun(run, original);
    }
  });
});

/** Writes a small CommonJS program to the temp folder and returns its path. */
function snippet(name: string, code: string): string {
  const file = path.join(tmp, `${name}.js`);
  fs.writeFileSync(file, code);
  return file;
}

describe('an uncaught error', () => {
  // Node's crash report: `file:line`, the source line, a caret, a blank line, then the stack.
  // Compared: the header's file:line, the `Error: message` line, the frames in the program's
  // own file (columns dropped: SPEC §4 lets them differ) and the exit code. Not compared: the
  // source line and caret (instrumented text may show there, like Function.prototype.toString)
  // and the frames below the program, which are node's and the runner's.
  function crashReport(run: Run, file: string) {
    const lines = run.stderr.split('\n');
    return {
      header: lines[0],
      error: lines.find((l) => /^\w*Error: /.test(l)),
      frames: lines.filter((l) => l.includes(`${file}:`) && /^\s+at /.test(l)).map((l) => l.trim().replace(/:(\d+):\d+(\)?)$/, ':$1$2')),
      status: run.status,
    };
  }
  const file = snippet('uncaught', ["function f() {", "  throw new Error('x');", '}', 'f();', "console.log('not reached');", ''].join('\n'));

  it('plain node reports it at the line that threw', () => {
    expect(crashReport(plain(file), file)).toEqual({
      header: `${file}:2`,
      error: 'Error: x',
      frames: [`at f (${file}:2)`, `at Object.<anonymous> (${file}:4)`],
      status: 1,
    });
  });
  // Was a bug: the header named the line where the instrumented module body's catch re-threw.
  // Module bodies and most functions have no catch now (docs/decisions.md §1b).
  for (const mode of ['off', 'trace'] as const) {
    it(`${mode}: reported as plain node reports it`, () => {
      expect(crashReport(runInstrumented(mode, file, 'default'), file)).toEqual(crashReport(plain(file), file));
    });
  }
});

/**
 * The smallest inputs that showed each bug the fixtures found (all fixed): regression tests.
 * Each runs plain and in one mode; the outputs must be equal.
 */
const BUGS: { id: string; mode: 'off' | 'trace' | 'bare'; frames?: Frames; code: string[] }[] = [
  // The module body is wrapped in a block (try), so top-level functions become block-scoped.
  { id: 'module-body-block', mode: 'off', code: ['function r() {}', 'var r;', 'console.log(typeof r);'] },
  { id: 'module-body-block', mode: 'off', code: ["'use strict';", 'function a() { return 1; }', 'function a() { return 2; }', 'console.log(a());'] },
  { id: 'module-body-block', mode: 'off', code: ['function h() {}', "eval('var h = 2');", 'console.log(h);'] },
  // The same for function bodies: eval cannot declare a var over a block-scoped function.
  { id: 'function-body-block', mode: 'off', code: ['function f() {', '  function h() {}', "  eval('var h = 2');", '  return h;', '}', 'console.log(f());'] },
  { id: 'function-body-block', mode: 'off', code: ['function f(a) {', '  function a() {}', '  return typeof arguments[0];', '}', 'console.log(f(1));'] },
  // Injected private fields (#_$jto) appear in V8's messages.
  { id: 'private-names', mode: 'off', code: ['class Base { constructor(o) { return o; } }', 'class Stamp extends Base { #stamped = 1; }', 'const o = {};', 'new Stamp(o);', 'try { new Stamp(o); } catch (e) { console.log(e.message); }'] },
  // The call probe reads the function's locals before the body block declares them.
  { id: 'block-function-call-probe', mode: 'trace', code: ["'use strict';", 'function outer() { function inner() { return 1; } return inner(); }', 'console.log(outer());'] },
  { id: 'block-function-call-probe', mode: 'off', frames: 'always', code: ["'use strict';", 'function outer() { function inner() { return 1; } return inner(); }', 'console.log(outer());'] },
  { id: 'block-function-call-probe', mode: 'trace', code: ['function outer() { function* gen() {} return typeof gen; }', 'console.log(outer());'] },
  // A line event reads a shadowing let while it is in its temporal dead zone.
  { id: 'tdz-shadow', mode: 'trace', code: ['function f() {', '  let v = 1;', '  {', '    const g = 2;', '    let v = 3;', '    return v + g;', '  }', '}', 'console.log(f());'] },
  // f_locals' ownKeys returns a name twice when it is declared twice.
  { id: 'duplicate-locals', mode: 'trace', code: ['function f(x, x) { return x; }', 'console.log(f(1, 2));'] },
  { id: 'duplicate-locals', mode: 'trace', code: ['function f(a) { return typeof a; function a() {} }', 'console.log(f(1));'] },
  // Exception events read the thrown value's `constructor` (a getter, a Proxy trap) eagerly.
  { id: 'exception-constructor', mode: 'trace', code: ['let reads = 0;', 'const v = { get constructor() { reads++; return Object; } };', 'try { (() => { throw v; })(); } catch {}', 'console.log(reads);'] },
  // The registry stub made when no runtime is loaded lacks probes that are called unguarded.
  { id: 'bare-stubs', mode: 'bare', code: ['class A { x = 1; }', 'console.log(new A().x);'] },
  { id: 'bare-stubs', mode: 'bare', code: ['class A { static s = 1; }', 'console.log(A.s);'] },
  { id: 'bare-stubs', mode: 'bare', code: ['function f(x = Math.abs(-1)) { return x; }', 'console.log(f());'] },
];

describe('fixed bugs (minimal reproductions)', () => {
  it('each reproduction runs cleanly in plain node', () => {
    BUGS.forEach(({ code }, i) => {
      const run = plain(snippet(`bug-${i}`, code.join('\n') + '\n'));
      expect([run.status, run.stderr, run.stdout.length > 0]).toEqual([0, '', true]);
    });
  });
  BUGS.forEach(({ id, mode, frames = 'default', code }, i) => {
    it(`${id}: ${mode}${frames === 'always' ? '/always' : ''}: ${code.join(' ').slice(0, 60)}`, () => {
      const file = snippet(`bug-${i}`, code.join('\n') + '\n');
      expectSameRun(runInstrumented(mode, file, frames), plain(file));
    });
  });
});
