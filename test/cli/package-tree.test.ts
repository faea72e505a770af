/**
 * `jstrace` against `python -m trace` on a package tree (test/cli/twins-more/package-tree:
 * CommonJS requires of nested folders, a module required twice, a class with a getter and a
 * static method, recursion, a generator, a closure, an exception thrown in another module), and
 * the folders the command writes to:
 * - a counts file (`-f`) whose folder cannot be made (under /proc, where Node 20's recursive
 *   `mkdirSync` never returns) is one line and exit 1, as an unwritable `--coverdir` is;
 * - `-C` names a file in a dot-folder as Python's `_fullmodname` does, leading dots stripped
 *   (`.tools/x.js` is `tools.x.cover`, not a hidden file).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const twin = path.join(root, 'test/cli/twins-more/package-tree');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0 ? 'python3' : null;

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-tree-')));
  made.push(dir);
  return dir;
}
function copyTree(from: string, to: string, keep: (f: string) => boolean): void {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const s = path.join(from, e.name);
    const d = path.join(to, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(d, { recursive: true });
      copyTree(s, d, keep);
    } else if (keep(e.name)) fs.copyFileSync(s, d);
  }
}
function run(dir: string, cmd: string, args: string[], timeout = 60_000) {
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  return spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout });
}
const twinDir = (lang: 'py' | 'js'): string => {
  const dir = tmp();
  copyTree(twin, dir, (f) => (lang === 'py' ? f.endsWith('.py') : !f.endsWith('.py')));
  return dir;
};

describe('a package tree against python -m trace', () => {
  it.skipIf(!python)('--listfuncs: the same functions (modulo documented names)', () => {
    const py = run(twinDir('py'), python!, ['-m', 'trace', '-l', 'main.py']);
    const js = run(twinDir('js'), process.execPath, [bin, '-l', 'main.js']);
    expect(js.status).toBe(0);
    const rows = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.startsWith('filename: ') && !l.includes('<frozen') && !l.includes('__init__.py, modulename: __init__'))
        .map((l) => l.replace(/\.py|\.js/g, '').replace(/\/tmp\/[^,]*\/(pkg\/)/, '$1'));
    const names: Record<string, string> = { 'Sq.__init__': 'Sq.constructor', area: 'Sq.get area', unit: 'Sq.unit', '<lambda>': '<anonymous>' };
    const pyRows = rows(py.stdout)
      .filter((l) => !l.endsWith('funcname: Sq'))
      .map((l) => l.replace(/funcname: (.*)$/, (_, n: string) => `funcname: ${names[n] ?? n}`));
    expect(rows(js.stdout)).toEqual(pyRows);
  });

  it.skipIf(!python)('--count -C: the same .cover file names (by dotted path) and counts on shared lines', () => {
    const pyDir = twinDir('py');
    const jsDir = twinDir('js');
    run(pyDir, python!, ['-m', 'trace', '-c', '-m', '-C', 'cov', 'main.py']);
    const js = run(jsDir, process.execPath, [bin, '-c', '-m', '-s', '-C', 'cov', 'main.js']);
    expect(js.status).toBe(0);
    expect(fs.readdirSync(path.join(jsDir, 'cov')).sort()).toEqual(['main.cover', 'pkg.shapes.cover', 'pkg.sub.deep.cover']);
    expect(js.stdout).toContain('    5   100%   pkg.shapes   (' + path.join(jsDir, 'pkg/shapes.js') + ')');
    const counts = (file: string) => fs.readFileSync(file, 'utf8').split('\n').map((l) => l.slice(0, 7));
    const pyMain = counts(path.join(pyDir, 'cov/main.cover'));
    const jsMain = counts(path.join(jsDir, 'cov/main.cover'));
    // lines 8-10 (fib), 14-15 (gen), 21 (return inner(1)) and 25-29 line up (same layout)
    for (const i of [7, 8, 9, 13, 14]) expect(jsMain[i]).toBe(pyMain[i]);
  });

  it('--trackcalls: cross-file rows', () => {
    const js = run(twinDir('js'), process.execPath, [bin, '-T', 'main.js']);
    expect(js.stdout).toContain('*** main.js ***\n  --> ');
    expect(js.stdout).toContain('    main.<module> -> deep.boom\n    main.<module> -> main.fib\n');
    expect(js.stdout).toContain('    shapes.Sq.unit -> shapes.Sq.constructor\n');
  });
});

describe('the folders the command writes to', () => {
  it('-f under a directory that cannot be made (/proc) ends with one line and exit 1, not a hang', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.js'), 'console.log(1);\n');
    const r = run(dir, process.execPath, [bin, '-c', '-R', '-f', '/proc/nope/c.json', 'a.js'], 20_000);
    expect(r.signal).toBeNull(); // a hang is killed by the timeout (SIGTERM)
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('-C names a file in a dot-directory as Python does (leading dots stripped: tools.x.cover)', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, '.tools'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"commonjs"}');
    fs.writeFileSync(path.join(dir, '.tools/x.js'), 'module.exports = () => 1;\n');
    fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(require("./.tools/x.js")());\n');
    const r = run(dir, process.execPath, [bin, '-c', '-C', 'cov', 'main.js']);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'cov')).sort()).toEqual(['main.cover', 'tools.x.cover']);
  });
});
