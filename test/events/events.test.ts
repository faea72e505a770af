// Event-sequence tests: every case in cases/ (twins of a CPython 3.12 program, whose recording
// is the .expected file) and js-only/ (constructs Python lacks, .expected derived from SPEC §3,
// reasoning in NAME.why.md) is instrumented with the built package, run in this process under
// the conformance recorder, and its whole event sequence compared with the .expected file.
//
// The tests run against dist/ (the built package), not src/: instrumented code finds its
// runtime through a globalThis registry, and the cases' `require('jstrace')` must reach the
// very runtime whose `settrace` the recorder uses.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeRecorder, readMode, typeName, type Tracer } from './recorder.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DIST = path.join(ROOT, 'dist', 'index.cjs');
const CASES = path.join(HERE, 'cases');
const JS_ONLY = path.join(HERE, 'js-only');
const RECORD_PY = path.join(HERE, 'record.py');
const requireHere = createRequire(import.meta.url);

interface Runtime {
  settrace(tracer: Tracer | null): void;
  transform(code: string, filename: string, options?: object): { code: string; map?: unknown };
}

let runtime: Runtime | undefined;
function loadRuntime(): Runtime {
  if (runtime) return runtime;
  if (!fs.existsSync(DIST)) {
    throw new Error(`${DIST} is missing: run \`npm run build\` first (the event tests run against the built package)`);
  }
  const mod = requireHere(DIST) as Partial<Runtime>;
  if (typeof mod.settrace !== 'function' || typeof mod.transform !== 'function') {
    throw new Error(`${DIST} must export settrace and transform (it exports: ${Object.keys(mod).join(', ')})`);
  }
  runtime = mod as Runtime;
  return runtime;
}

function caseNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

function readLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs one case as the conformance runner's child does: the recorder is the global tracer
 * (unless the mode is `self`), the instrumented case runs as a CommonJS module whose filename
 * is the case's path, then tracing stops. What the case prints with console.log goes into the
 * same list, in order. `settle` turns of the event loop pass before tracing stops, so the
 * events of async code that resumes in later microtasks are recorded too.
 */
async function runCase(file: string, settle: number): Promise<string[]> {
  const api = loadRuntime();
  const lines: string[] = [];
  const out = (text: string) => {
    lines.push(text);
  };
  const src = fs.readFileSync(file, 'utf8');
  const mode = readMode(src, file);
  const { code } = api.transform(src, file);

  const ModuleCtor = Module as unknown as {
    new (id: string, parent?: unknown): NodeJS.Module & { _compile(code: string, filename: string): unknown; paths: string[] };
    _nodeModulePaths(dir: string): string[];
  };
  const mod = new ModuleCtor(file, null);
  mod.filename = file;
  mod.paths = ModuleCtor._nodeModulePaths(path.dirname(file));
  // The case's require() goes through mod.require; 'jstrace' is the runtime loaded above.
  const baseRequire = mod.require.bind(mod);
  mod.require = ((id: string) => (id === 'jstrace' ? api : baseRequire(id))) as NodeJS.Require;

  const realLog = console.log;
  console.log = (...args: unknown[]) => out(format(...args));
  try {
    if (mode !== 'self') api.settrace(makeRecorder(file, mode, out));
    try {
      mod._compile(code, file);
      for (let i = 0; i < settle; i++) await tick();
    } catch (e) {
      api.settrace(null);
      out(`uncaught ${typeName(e == null ? e : (e as object).constructor)}`);
      process.stderr.write(`${path.basename(file)} threw: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    } finally {
      api.settrace(null);
    }
  } finally {
    console.log = realLog;
  }
  return lines;
}

describe('event sequences: twins of CPython 3.12 programs (cases/)', () => {
  for (const name of caseNames(CASES)) {
    it(name, async () => {
      const file = path.join(CASES, `${name}.js`);
      const expected = readLines(path.join(CASES, `${name}.expected`));
      const actual = await runCase(file, 5);
      expect(actual).toEqual(expected);
    });
  }
});

describe('event sequences: JavaScript-only constructs (js-only/)', () => {
  for (const name of caseNames(JS_ONLY)) {
    it(name, async () => {
      const file = path.join(JS_ONLY, `${name}.js`);
      const expected = readLines(path.join(JS_ONLY, `${name}.expected`));
      const actual = await runCase(file, 5);
      expect(actual).toEqual(expected);
    });
  }
});

describe('case files are complete and consistent', () => {
  it('every twin has .js, .py and .expected, with the same mode and number of lines', () => {
    const problems: string[] = [];
    for (const name of caseNames(CASES)) {
      const js = path.join(CASES, `${name}.js`);
      const py = path.join(CASES, `${name}.py`);
      if (!fs.existsSync(py) || !fs.existsSync(path.join(CASES, `${name}.expected`))) {
        problems.push(`${name}: missing .py or .expected`);
        continue;
      }
      const jsSrc = fs.readFileSync(js, 'utf8');
      const pySrc = fs.readFileSync(py, 'utf8');
      if (readMode(jsSrc, js) !== readMode(pySrc, py)) problems.push(`${name}: modes differ`);
      if (jsSrc.split('\n').length !== pySrc.split('\n').length) problems.push(`${name}: line counts differ`);
    }
    expect(problems).toEqual([]);
    expect(caseNames(CASES).length).toBeGreaterThanOrEqual(40);
  });

  it('every js-only case has .expected and .why.md', () => {
    const problems = caseNames(JS_ONLY).filter(
      (name) => !fs.existsSync(path.join(JS_ONLY, `${name}.expected`)) || !fs.existsSync(path.join(JS_ONLY, `${name}.why.md`)),
    );
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------- the stored CPython recordings

/** A CPython 3.12 interpreter: $JSTRACE_PYTHON312, python3.12 on PATH, or a pyenv 3.12.x. */
function findPython312(): string | null {
  const candidates: string[] = [];
  if (process.env.JSTRACE_PYTHON312) candidates.push(process.env.JSTRACE_PYTHON312);
  candidates.push('python3.12');
  const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
  if (fs.existsSync(pyenv)) {
    for (const v of fs.readdirSync(pyenv).filter((d) => /^3\.12\./.test(d)).sort().reverse()) {
      candidates.push(path.join(pyenv, v, 'bin', 'python3'));
    }
  }
  candidates.push('python3');
  for (const exe of candidates) {
    try {
      const v = execFileSync(exe, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10000,
      }).trim();
      if (v === '3.12') return exe;
    } catch {
      // not this one
    }
  }
  return null;
}

const PYTHON = findPython312();
const NO_PYTHON = 'CPython 3.12 not found (set JSTRACE_PYTHON312): the stored .expected files were not re-recorded';

describe('stored .expected files match a fresh CPython 3.12 recording (cases/)', () => {
  if (!PYTHON) {
    it.skip(`skipped: ${NO_PYTHON}`, () => {});
    return;
  }
  for (const name of caseNames(CASES)) {
    it(name, () => {
      const py = path.join(CASES, `${name}.py`);
      const fresh = execFileSync(PYTHON, [RECORD_PY, py], { encoding: 'utf8', timeout: 60000 });
      const stored = fs.readFileSync(path.join(CASES, `${name}.expected`), 'utf8');
      expect(fresh.split('\n')).toEqual(stored.split('\n'));
    });
  }
});
