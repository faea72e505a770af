/**
 * Harder twins than test/cli/python.test.ts, against `python -m trace`: multi-file programs
 * (CommonJS, ES modules, a CommonJS require cycle), classes with static methods, getters and
 * static fields, recursion, generators with `yield*`, closures and callbacks passed to built-ins,
 * arguments to the script, `process.exit(3)` against `sys.exit(3)` (also from an imported
 * module), an uncaught exception, blank/comment/`}` lines, tabs, and `--count --file` over two
 * runs then `--report`. Each case is a directory of test/cli/twins-more with `main.py` and
 * `main.js`/`main.mjs` and their modules, same line layout.
 *
 * Normalisations (each a documented difference, docs/trace-differences.md / SPEC §6):
 * - `.cover` lines whose Python source is `def`/`class`/`import`/`from`/`@decorator` are skipped;
 * - Python's `.cover` files are named by sys.path dotted path, jstrace's by path from the cwd
 *   (`-C`): compared by module base name;
 * - the summary is compared by module name and path only (counts differ by the `def` lines);
 * - function names: Python's `<lambda>` is `<anonymous>`, and the per-case `names` map; only
 *   the rows of the program's own files are compared (Python lists `<frozen importlib…>` and
 *   what site-packages runs at startup); in `--trackcalls`, Python's harness row and jstrace's
 *   `X.<module> -> Y.<module>` loading rows are dropped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const twins = path.join(root, 'test/cli/twins-more');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0 ? 'python3' : null;
if (!python) console.warn('test/cli/python-more.test.ts: python3 not found, comparisons with python -m trace skipped');

interface Run {
  dir: string;
  stdout: string;
  stderr: string;
  status: number | null;
}

function copyTwin(name: string, lang: 'py' | 'js'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-twin-')));
  for (const f of fs.readdirSync(path.join(twins, name))) {
    const isPy = f.endsWith('.py');
    if (isPy === (lang === 'py')) fs.copyFileSync(path.join(twins, name, f), path.join(dir, f));
  }
  return dir;
}

function runAt(dir: string, cmd: string, args: string[]): Run {
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  const res = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  return { dir, stdout: res.stdout, stderr: res.stderr, status: res.status };
}

const runIn = (name: string, lang: 'py' | 'js', cmd: string, args: string[]): Run => runAt(copyTwin(name, lang), cmd, args);

const pythonOnly = (source: string): boolean => /^\s*(def|class|import|from|@)\b|^\s*@/.test(source);

interface Case {
  name: string;
  main: string;
  args: string[];
  names?: Record<string, string | null>;
  jsOnly?: string[];
  status?: number;
  /** The program crashes: the `.cover` files jstrace still writes (Python writes none). */
  crashes?: string[];
  /** The crash's error line is the same in both languages (`TypeError: …`). */
  sameError?: boolean;
  /** Single-file twins whose `--trace` listings agree apart from Python's `def` lines. */
  trace?: boolean;
}

const cases: Case[] = [
  {
    name: 'cjs',
    main: 'main.js',
    args: ['a', 'b'],
    names: { 'Shape': null, 'Shape.__init__': 'Shape.constructor', 'label': 'Shape.get label', 'make': 'Shape.make' },
    jsOnly: ['Shape.<static_initializer>'],
  },
  {
    name: 'esm',
    main: 'main.mjs',
    args: ['a', 'b', 'c'],
    names: { 'Acc': null, 'Acc.__init__': 'Acc.constructor', 'of': 'Acc.of', 'inc': 'inc' },
  },
  { name: 'callbacks', main: 'main.js', args: [] },
  { name: 'quit', main: 'main.js', args: ['x', 'y z'], status: 3 },
  { name: 'boom', main: 'main.js', args: ['1', '2', '3'], status: 1, crashes: ['main.cover'] },
  { name: 'h-argv', main: 'main.js', args: ['12', '-v', 'word', '7'] },
  { name: 'h-catchcb', main: 'main.js', args: [] },
  {
    name: 'h-implicit',
    main: 'main.js',
    args: [],
    names: { 'Money': null, 'Money.__init__': 'Money.constructor', 'Money.__iter__': 'Money.[Symbol.iterator]', 'Money.__str__': 'Money.toString', 'big': 'Money.get big' },
    // A setter has its getter's name in Python; an arrow bound to `const add` is named `add`.
    jsOnly: ['Money.set big', 'add'],
  },
  {
    name: 'h-inherit',
    main: 'main.mjs',
    args: [],
    names: { 'Base': null, 'Derived': null, 'Base.__init__': 'Base.constructor', 'Derived.__init__': 'Derived.constructor', 'size': 'Base.get size' },
  },
  { name: 'h-shebang', main: 'main.js', args: [] },
  { name: 'h-dead', main: 'main.js', args: [] },

  {
    name: 'h12-mods',
    main: 'main.js',
    args: [],
    names: { 'Rect': null, 'Rect.__init__': 'Rect.constructor', 'area': 'Rect.get area', 'square': 'Rect.square' },
    jsOnly: ['Rect.<static_initializer>'],
  },
  {
    name: 'h12-esmcls',
    main: 'main.mjs',
    args: [],
    names: { 'Node': null, 'Node.__init__': 'Node.constructor', 'size': 'Node.get size', 'leaf': 'Node.leaf' },
    jsOnly: ['Node.<static_initializer>'],
  },
  { name: 'h12-cycle', main: 'main.js', args: [] },
  { name: 'h12-accum', main: 'main.js', args: ['2', '9', '4', '5'], trace: true },
  { name: 'h12-layout', main: 'main.js', args: [], trace: true },
  { name: 'h12-exit', main: 'main.mjs', args: [], status: 3 },
  { name: 'h12-crash', main: 'main.mjs', args: ['1', '2', 'x', '4'], status: 1, crashes: ['lib.cover', 'main.cover'], sameError: true },
];

function coverFiles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.cover')) continue;
    const mod = f.slice(0, -'.cover'.length).split('.').pop()!;
    out.set(mod, fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
  }
  return out;
}

function compareCovers(pyDir: string, jsDir: string): string[] {
  const pyCov = coverFiles(pyDir);
  const jsCov = coverFiles(jsDir);
  pyCov.delete('__init__');
  expect([...jsCov.keys()].sort()).toEqual([...pyCov.keys()].sort());
  const differ: string[] = [];
  for (const [mod, pyLines] of pyCov) {
    const jsLines = jsCov.get(mod)!;
    expect(jsLines.length, mod).toBe(pyLines.length);
    pyLines.forEach((pyLine, i) => {
      if (pythonOnly(pyLine.slice(7))) return;
      if (pyLine.slice(0, 7) !== jsLines[i]!.slice(0, 7)) differ.push(`${mod} line ${i + 1}: python "${pyLine}" jstrace "${jsLines[i]}"`);
    });
  }
  return differ;
}

function splitSummary(stdout: string): { program: string; rows: string[] } {
  const at = stdout.indexOf('lines   cov%   module   (path)\n');
  if (at < 0) return { program: stdout, rows: [] };
  const rows = stdout
    .slice(at)
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.replace(/^\s*\d+\s+\d+%\s+/, '').replace(/\.(py|m?js)\)$/, '.EXT)').replace(/^\S+\.(\w+)(\s)/, '$1$2'));
  return { program: stdout.slice(0, at), rows };
}

describe.skipIf(!python)('jstrace against python -m trace, harder twins', () => {
  for (const c of cases) {
    const pyArgs = ['main.py', ...c.args];
    const jsArgs = [c.main, ...c.args];
    const mapName = (fn: string, lang: 'py' | 'js'): string | null => {
      if (lang === 'py') return fn === '<lambda>' ? '<anonymous>' : c.names && fn in c.names ? c.names[fn]! : fn;
      return c.jsOnly?.includes(fn) ? null : fn;
    };

    it(`${c.name}: --count --missing --summary -C cover: program output, exit, summary rows, .cover files`, () => {
      const py = runIn(c.name, 'py', python!, ['-m', 'trace', '--count', '--missing', '--summary', '-C', 'cover', '--ignore-dir=$prefix', ...pyArgs]);
      const js = runIn(c.name, 'js', 'node', [bin, '--count', '--missing', '--summary', '-C', 'cover', ...jsArgs]);
      const plain = runIn(c.name, 'js', 'node', jsArgs);
      expect(js.status).toBe(c.status ?? 0);
      expect(js.status).toBe(plain.status);
      const p = splitSummary(py.stdout);
      const j = splitSummary(js.stdout);
      expect(j.program).toBe(plain.stdout);
      if (c.crashes) {
        const errLine = (s: string) => s.split('\n').find((l) => /^\w*Error: /.test(l));
        expect(errLine(js.stderr)).toBe(errLine(plain.stderr));
        if (c.sameError) expect(errLine(js.stderr)).toBe(errLine(py.stderr));
        // Python loses every count when the program raises; jstrace writes them (documented).
        expect(j.program).toBe(p.program);
        expect(fs.readdirSync(path.join(js.dir, 'cover')).sort()).toEqual(c.crashes);
        return;
      }
      expect(js.stderr).toBe('');
      expect(py.stderr).toBe('');
      expect(j.program).toBe(p.program);
      const norm = (rows: string[], dir: string) => rows.map((r) => r.replaceAll(dir + '/', 'DIR/')).sort();
      expect(norm(j.rows, js.dir)).toEqual(norm(p.rows, py.dir));
      expect(compareCovers(path.join(py.dir, 'cover'), path.join(js.dir, 'cover'))).toEqual([]);
    });

    if (c.crashes || c.status) continue;

    it(`${c.name}: --listfuncs lists the same functions`, () => {
      const py = runIn(c.name, 'py', python!, ['-m', 'trace', '--listfuncs', '--ignore-dir=$prefix', ...pyArgs]);
      const js = runIn(c.name, 'js', 'node', [bin, '--listfuncs', ...jsArgs]);
      expect(js.stderr).toBe('');
      expect(js.status).toBe(0);
      const rows = (out: string, dir: string, lang: 'py' | 'js') =>
        out
          .split('\n')
          .filter((l) => l.startsWith(`filename: ${dir}/`) || l.startsWith('filename: main.'))
          .map((l) => {
            const m = /^filename: (.*), modulename: (.*), funcname: (.*)$/.exec(l)!;
            const fn = mapName(m[3]!, lang);
            if (fn === null) return null;
            return `${m[1]!.replace(dir + '/', 'DIR/').replace(/\.(py|m?js)$/, '.EXT')} ${m[2]} ${fn}`;
          })
          .filter((r): r is string => r !== null)
          .sort();
      expect(rows(js.stdout, js.dir, 'js')).toEqual(rows(py.stdout, py.dir, 'py'));
    });

    it(`${c.name}: --trackcalls lists the same caller/callee pairs`, () => {
      const py = runIn(c.name, 'py', python!, ['-m', 'trace', '--trackcalls', '--ignore-dir=$prefix', ...pyArgs]);
      const js = runIn(c.name, 'js', 'node', [bin, '--trackcalls', ...jsArgs]);
      expect(js.stderr).toBe('');
      expect(js.status).toBe(0);
      const own = new Set(fs.readdirSync(path.join(twins, c.name)).map((f) => f.replace(/\.(py|m?js)$/, '')));
      const pairs = (out: string, lang: 'py' | 'js') =>
        out
          .split('\n')
          .filter((l) => l.startsWith('    '))
          .map((l) => {
            const [caller, callee] = l.trim().split(' -> ') as [string, string];
            const split = (q: string): [string, string | null] => {
              const dot = q.indexOf('.');
              return [q.slice(0, dot), mapName(q.slice(dot + 1), lang)];
            };
            const [pm, pf] = split(caller);
            const [cm, cf] = split(callee);
            if (!own.has(pm) || !own.has(cm) || pf === null || cf === null) return null;
            if (lang === 'js' && pf === '<module>' && cf === '<module>') return null;
            return `${pm}.${pf} -> ${cm}.${cf}`;
          })
          .filter((r): r is string => r !== null)
          .sort();
      expect(pairs(js.stdout, 'js')).toEqual(pairs(py.stdout, 'py'));
    });

    if (!c.trace) continue;

    it(`${c.name}: --trace lists the same lines and calls`, () => {
      const py = runIn(c.name, 'py', python!, ['-m', 'trace', '--trace', '--ignore-dir=$prefix', ...pyArgs]);
      const js = runIn(c.name, 'js', 'node', [bin, '--trace', ...jsArgs]);
      expect(js.stderr).toBe('');
      const pySource = fs.readFileSync(path.join(twins, c.name, 'main.py'), 'utf8').split('\n');
      const shape = (out: string, ext: string) =>
        out
          .split('\n')
          .filter((l) => {
            const m = new RegExp(`^main\\.${ext}\\((\\d+)\\): `).exec(l);
            return !(m && ext === 'py' && pythonOnly(pySource[Number(m[1]) - 1]!));
          })
          .map((l) => l.replace(new RegExp(`^main\\.${ext}\\((\\d+)\\): .*$`), `main($1)`));
      expect(shape(js.stdout, 'js')).toEqual(shape(py.stdout, 'py'));
    });
  }

  it('h12-accum: --count --file over two runs, then --report -m -s -C', () => {
    const py = copyTwin('h12-accum', 'py');
    const js = copyTwin('h12-accum', 'js');
    for (const args of [['2', '5'], ['3', '9', '4']]) {
      const p = runAt(py, python!, ['-m', 'trace', '--count', '-f', 'counts', '-C', 'c', '--ignore-dir=$prefix', 'main.py', ...args]);
      const j = runAt(js, 'node', [bin, '--count', '-f', 'counts', '-C', 'c', 'main.js', ...args]);
      expect(j.stdout).toBe(p.stdout);
      expect(j.status).toBe(0);
      expect(compareCovers(path.join(py, 'c'), path.join(js, 'c'))).toEqual([]);
    }
    const p = runAt(py, python!, ['-m', 'trace', '--report', '-f', 'counts', '-m', '-s', '-C', 'rep']);
    const j = runAt(js, 'node', [bin, '--report', '-f', 'counts', '-m', '-s', '-C', 'rep']);
    expect(j.status).toBe(0);
    expect(splitSummary(j.stdout).rows).toEqual(splitSummary(p.stdout).rows);
    expect(compareCovers(path.join(py, 'rep'), path.join(js, 'rep'))).toEqual([]);
  });
});
