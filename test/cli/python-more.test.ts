/**
 * Harder twins than test/cli/python.test.ts: multi-file programs (CommonJS and ES modules),
 * classes, closures and callbacks, arguments to the script, process.exit(3) against
 * sys.exit(3), an uncaught exception. Each case is a directory of test/cli/twins-more with
 * `main.py` and `main.js`/`main.mjs` and their modules, same line layout.
 *
 * Normalisations (each a documented difference, docs/trace-differences.md / SPEC §6):
 * - `.cover` lines whose Python source is `def`/`class`/`import`/`from`/`@decorator` are skipped;
 * - Python's `.cover` files are named by sys.path dotted path, jstrace's by path from the cwd
 *   (`-C`): compared by module base name;
 * - the summary is compared by module name and path only (counts differ by the `def` lines);
 * - function names: Python's `<lambda>` is `<anonymous>`, and the per-case `names` map;
 *   only the rows of the program's own files are compared (Python lists `<frozen importlib…>`
 *   and what site-packages runs at startup).
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

/** Copies the files of one language of twin `name` into a fresh directory and runs `cmd args` there. */
function runIn(name: string, lang: 'py' | 'js', cmd: string, args: string[]): Run {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-twin-')));
  for (const f of fs.readdirSync(path.join(twins, name))) {
    const isPy = f.endsWith('.py');
    if (isPy === (lang === 'py')) fs.copyFileSync(path.join(twins, name, f), path.join(dir, f));
  }
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  const res = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  return { dir, stdout: res.stdout, stderr: res.stderr, status: res.status };
}

const pythonOnly = (source: string): boolean => /^\s*(def|class|import|from|@)\b|^\s*@/.test(source);

interface Case {
  name: string;
  main: string;
  args: string[];
  /** Python function name (as `--listfuncs` prints it) → jstrace's; `null` drops the row. */
  names?: Record<string, string | null>;
  /** jstrace function names with no Python counterpart (dropped). */
  jsOnly?: string[];
  /** Expected exit status of jstrace (the program's own; Python's trace exits 0 after sys.exit). */
  status?: number;
  /** The program crashes: compare stderr with plain node's message line instead of ''. */
  crashes?: boolean;
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
  { name: 'boom', main: 'main.js', args: ['1', '2', '3'], status: 1, crashes: true },
  { name: 'h-argv', main: 'main.js', args: ['12', '-v', 'word', '7'] },
  { name: 'h-catchcb', main: 'main.js', args: [] },
  { name: 'h-implicit', main: 'main.js', args: [] },
  {
    name: 'h-inherit',
    main: 'main.mjs',
    args: [],
    names: { 'Base': null, 'Derived': null, 'Base.__init__': 'Base.constructor', 'Derived.__init__': 'Derived.constructor', 'size': 'Base.get size' },
  },
  { name: 'h-shebang', main: 'main.js', args: [] },
  { name: 'h-dead', main: 'main.js', args: [] },
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

/** Splits the program's output from the summary table (which starts at its header). */
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
    const jsMain = c.main;
    const pyArgs = ['main.py', ...c.args];
    const jsArgs = [jsMain, ...c.args];

    it(`${c.name}: --count --missing --summary -C cover: program output, exit, summary rows, .cover files`, () => {
      const py = runIn(c.name, 'py', python!, ['-m', 'trace', '--count', '--missing', '--summary', '-C', 'cover', '--ignore-dir=$prefix', ...pyArgs]);
      const js = runIn(c.name, 'js', 'node', [bin, '--count', '--missing', '--summary', '-C', 'cover', ...jsArgs]);
      const plain = runIn(c.name, 'js', 'node', jsArgs);
      expect(js.status).toBe(c.status ?? 0);
      expect(js.status).toBe(plain.status);
      if (c.crashes) {
        // The crash report is node's own: the same error line.
        const errLine = (s: string) => s.split('\n').find((l) => /^\w*Error: /.test(l));
        expect(errLine(js.stderr)).toBe(errLine(plain.stderr));
      } else {
        expect(js.stderr).toBe('');
        expect(py.stderr).toBe('');
      }
      const p = splitSummary(py.stdout);
      const j = splitSummary(js.stdout);
      expect(j.program).toBe(plain.stdout);
      if (!c.crashes) {
        expect(j.program).toBe(p.program);
        // Python's dotted names for modules off sys.path[0]'s parent: compare base module names.
        const norm = (rows: string[], dir: string) => rows.map((r) => r.replaceAll(dir + '/', 'DIR/')).sort();
        expect(norm(j.rows, js.dir)).toEqual(norm(p.rows, py.dir));
      } else {
        // Python's trace loses every count when the program raises; jstrace writes them (documented).
        expect(fs.existsSync(path.join(js.dir, 'cover'))).toBe(true);
        return;
      }
      const pyCov = coverFiles(path.join(py.dir, 'cover'));
      const jsCov = coverFiles(path.join(js.dir, 'cover'));
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
      expect(differ).toEqual([]);
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
          // The program's own files only: Python lists what site-packages runs at startup too.
          .filter((l) => l.startsWith(`filename: ${dir}/`))
          .map((l) => {
            const m = /^filename: (.*), modulename: (.*), funcname: (.*)$/.exec(l)!;
            let fn: string | null = m[3]!;
            if (lang === 'py') fn = fn === '<lambda>' ? '<anonymous>' : c.names && fn in c.names ? c.names[fn]! : fn;
            else if (c.jsOnly?.includes(fn)) fn = null;
            if (fn === null) return null;
            return `${m[1]!.replace(dir + '/', 'DIR/').replace(/\.(py|m?js)$/, '.EXT')} ${m[2]} ${fn}`;
          })
          .filter((r): r is string => r !== null)
          .sort();
      expect(rows(js.stdout, js.dir, 'js')).toEqual(rows(py.stdout, py.dir, 'py'));
    });
  }
});
