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
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

type Frames = 'default' | 'always';
type Transform = (code: string, filename: string, options?: { frames?: Frames; sourceType?: 'script' }) => { code: string; instrumented: boolean };
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

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

// The child gets the test's environment minus NODE_OPTIONS, so that only the fixture and the
// mode decide what runs.
const childEnv = { ...process.env, NODE_OPTIONS: undefined };

function node(args: string[], env: NodeJS.ProcessEnv = childEnv): Run {
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', env, timeout: 120_000 });
  if (res.error) throw res.error;
  return { stdout: res.stdout, stderr: res.stderr, status: res.status };
}

/** Whole stdout, whole stderr and the exit code, each compared as it is. */
function expectSameRun(actual: Run, expected: Run): void {
  expect(actual.stdout).toBe(expected.stdout);
  expect(actual.stderr).toBe(expected.stderr);
  expect(actual.status).toBe(expected.status);
}

const plainRuns = new Map<string, Run>();
function plain(file: string): Run {
  let run = plainRuns.get(file);
  if (!run) plainRuns.set(file, (run = node([file])));
  return run;
}

/** Writes the instrumented text of `file` to the temp folder and returns its path. */
function instrumentedFile(file: string, frames: Frames): string {
  const out = path.join(tmp, `${path.basename(file)}.${frames}.js`);
  if (!fs.existsSync(out)) fs.writeFileSync(out, transform(fs.readFileSync(file, 'utf8'), file, { sourceType: 'script', frames }).code);
  return out;
}

function runInstrumented(mode: 'off' | 'trace' | 'bare', file: string, frames: Frames, env?: NodeJS.ProcessEnv): Run {
  return node([runner, mode, file, instrumentedFile(file, frames)], env);
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
