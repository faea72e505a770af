/**
 * `jstrace` against `python3 -m trace` on twin programs with the same line layout (test/cli/twins):
 * the `--count --missing` annotations agree line for line, apart from the `def` lines Python
 * counts and SPEC §6 leaves blank; the `--trace` listings agree apart from file names and
 * Python's `def` lines. Skipped with a message where python3 is absent.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const twins = path.join(root, 'test/cli/twins');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0 ? 'python3' : null;
if (!python) console.warn('test/cli/python.test.ts: python3 not found, comparisons with python -m trace skipped');

/** Runs `cmd args` in a fresh copy of the twin `name` (only the file of one language). */
function runIn(file: string, cmd: string, args: string[]): { dir: string; stdout: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-twin-')));
  fs.copyFileSync(path.join(twins, file), path.join(dir, file));
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  const res = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  return { dir, stdout: res.stdout };
}

/** Lines whose statement Python executes and jstrace leaves blank (SPEC §6). */
function pythonOnly(source: string): boolean {
  return /^\s*(def|class|import|from)\b/.test(source);
}

const cases = fs.readdirSync(twins).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));

describe.skipIf(!python)('jstrace against python3 -m trace', () => {
  for (const name of cases) {
    it(`${name}: --count --missing annotates every line as Python does`, () => {
      const py = runIn(`${name}.py`, python!, ['-m', 'trace', '--count', '--missing', '--ignore-dir=$prefix', `${name}.py`]);
      const js = runIn(`${name}.js`, 'node', [bin, '--count', '--missing', `${name}.js`]);
      expect(js.stdout).toBe(py.stdout);
      const pyCover = fs.readFileSync(path.join(py.dir, `${name}.cover`), 'utf8').split('\n');
      const jsCover = fs.readFileSync(path.join(js.dir, `${name}.cover`), 'utf8').split('\n');
      expect(jsCover.length).toBe(pyCover.length);
      const differ: string[] = [];
      pyCover.forEach((pyLine, i) => {
        if (pythonOnly(pyLine.slice(7))) return;
        if (pyLine.slice(0, 7) !== jsCover[i]!.slice(0, 7)) differ.push(`line ${i + 1}: python "${pyLine}" jstrace "${jsCover[i]}"`);
      });
      expect(differ).toEqual([]);
    });

    it(`${name}: --trace lists the same lines and calls as Python`, () => {
      const py = runIn(`${name}.py`, python!, ['-m', 'trace', '--trace', '--ignore-dir=$prefix', `${name}.py`]);
      const js = runIn(`${name}.js`, 'node', [bin, '--trace', `${name}.js`]);
      const pySource = fs.readFileSync(path.join(twins, `${name}.py`), 'utf8').split('\n');
      const shape = (out: string, ext: string) =>
        out
          .split('\n')
          .filter((l) => {
            const m = new RegExp(`^${name}\\.${ext}\\((\\d+)\\): `).exec(l);
            return !(m && ext === 'py' && pythonOnly(pySource[Number(m[1]) - 1]!));
          })
          .map((l) => l.replace(new RegExp(`^${name}\\.${ext}\\((\\d+)\\): .*$`), `${name}($1)`));
      expect(shape(js.stdout, 'js')).toEqual(shape(py.stdout, 'py'));
    });
  }
});
