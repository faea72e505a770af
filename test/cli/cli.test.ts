/**
 * The `jstrace` command end to end (SPEC §6–7): the real bin on fixture programs, whole
 * outputs compared (temporary paths replaced by `<dir>`), a flag table and a bad-input table.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/jstrace.js');
const fixture = path.join(root, 'test/cli/fixtures/two-files');

/** A fresh copy of the fixture project. */
function project(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-cli-')));
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
}

function jstrace(dir: string, args: string[], input = '') {
  const env = { ...process.env, JSTRACE_CACHE: '0' };
  delete env.NODE_OPTIONS;
  const res = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, input, timeout: 60_000 });
  const norm = (s: string) => s.split(dir).join('<dir>');
  return { status: res.status, stdout: norm(res.stdout), stderr: norm(res.stderr) };
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

const MAIN_COVER = `    1: const util = require('./util.js');
       
       function run(n) {
    1:   const acc = new util.Acc();
    4:   for (let i = 0; i < n; i++) {
    3:     acc.add(util.square(i));
         }
    1:   if (n > 100) {
>>>>>>     console.log('big');
         }
    1:   return acc.total;
       }
       
    1: if (require.main === module) {
    1:   console.log('total:', run(3));
       }
`;

const UTIL_COVER = `       function square(x) {
    3:   return x * x;
       }
       
       function unused() {
>>>>>>   return 'never called';
       }
       
    1: class Acc {
         constructor() {
    1:     this.total = 0;
         }
         add(v) {
    3:     this.total += v;
         }
       }
    1: module.exports = { square, unused, Acc };
`;

describe('jstrace command: flags', () => {
  it('--trace prints a header per call and each line before it runs, in order with the output', () => {
    const dir = project();
    const res = jstrace(dir, ['--trace', 'main.js']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(` --- modulename: main, funcname: <module>
main.js(1): const util = require('./util.js');
 --- modulename: util, funcname: <module>
util.js(9): class Acc {
util.js(17): module.exports = { square, unused, Acc };
main.js(14): if (require.main === module) {
main.js(15):   console.log('total:', run(3));
 --- modulename: main, funcname: run
main.js(4):   const acc = new util.Acc();
 --- modulename: util, funcname: Acc
util.js(11):     this.total = 0;
main.js(5):   for (let i = 0; i < n; i++) {
main.js(6):     acc.add(util.square(i));
 --- modulename: util, funcname: square
util.js(2):   return x * x;
 --- modulename: util, funcname: add
util.js(14):     this.total += v;
main.js(5):   for (let i = 0; i < n; i++) {
main.js(6):     acc.add(util.square(i));
 --- modulename: util, funcname: square
util.js(2):   return x * x;
 --- modulename: util, funcname: add
util.js(14):     this.total += v;
main.js(5):   for (let i = 0; i < n; i++) {
main.js(6):     acc.add(util.square(i));
 --- modulename: util, funcname: square
util.js(2):   return x * x;
 --- modulename: util, funcname: add
util.js(14):     this.total += v;
main.js(5):   for (let i = 0; i < n; i++) {
main.js(8):   if (n > 100) {
main.js(11):   return acc.total;
total: 5
`);
  });

  it('--timing prefixes each traced line with the seconds since start', () => {
    const dir = project();
    const lines = jstrace(dir, ['-t', '-g', 'prog.js', '1']).stdout.split('\n');
    expect(lines[0]).toBe(' --- modulename: prog, funcname: <module>');
    expect(lines[1]).toMatch(/^\d+\.\d\d prog\.js\(1\): const \{ hello \} = require\('\.\/pkg\/mod\.js'\);$/);
  });

  it('--count --missing --summary writes .cover files beside the sources and prints the table', () => {
    const dir = project();
    const res = jstrace(dir, ['--count', '--missing', '--summary', 'main.js']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('total: 5\nlines   cov%   module   (path)\n    9    88%   main   (main.js)\n    6    83%   util   (<dir>/util.js)\n');
    expect(read(dir, 'main.cover')).toBe(MAIN_COVER);
    expect(read(dir, 'util.cover')).toBe(UTIL_COVER);
  });

  it('without --missing, never-run lines are blank but the summary still counts them', () => {
    const dir = project();
    const res = jstrace(dir, ['-c', '-s', 'main.js']);
    expect(res.stdout).toBe('total: 5\nlines   cov%   module   (path)\n    9    88%   main   (main.js)\n    6    83%   util   (<dir>/util.js)\n');
    expect(read(dir, 'main.cover')).toBe(MAIN_COVER.replace('>>>>>>', '      '));
  });

  it('--listfuncs lists each function called once, Class.method for methods', () => {
    const res = jstrace(project(), ['--listfuncs', 'main.js']);
    expect(res.stdout).toBe(`total: 5

functions called:
filename: <dir>/util.js, modulename: util, funcname: <module>
filename: <dir>/util.js, modulename: util, funcname: Acc.add
filename: <dir>/util.js, modulename: util, funcname: Acc.constructor
filename: <dir>/util.js, modulename: util, funcname: square
filename: main.js, modulename: main, funcname: <module>
filename: main.js, modulename: main, funcname: run
`);
  });

  it('--trackcalls lists caller -> callee pairs grouped by file', () => {
    const res = jstrace(project(), ['--trackcalls', 'main.js']);
    expect(res.stdout).toBe(`total: 5

calling relationships:

*** main.js ***
  --> <dir>/util.js
    main.<module> -> util.<module>
    main.<module> -> main.run
    main.run -> util.Acc.add
    main.run -> util.Acc.constructor
    main.run -> util.square
`);
  });

  it('--trackcalls prints its header when the program calls no function (Python always has its harness row)', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'flat.js'), 'let x = 1;\nx += 1;\n');
    const res = jstrace(dir, ['--trackcalls', 'flat.js']);
    expect(res).toEqual({ status: 0, stdout: '\ncalling relationships:\n', stderr: '' });
  });

  it('a module that ran but none of whose executable lines did is counted at 0%', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'decls.js'), 'function f() {\n  return 1;\n}\nfunction g() {\n  return 2;\n}\n');
    fs.writeFileSync(path.join(dir, 'uses.js'), "require('./decls.js');\nconsole.log('ok');\n");
    const res = jstrace(dir, ['-c', '-m', '-s', 'uses.js']);
    expect(res.stdout).toBe('ok\nlines   cov%   module   (path)\n    2     0%   decls   (<dir>/decls.js)\n    2   100%   uses   (uses.js)\n');
    expect(read(dir, 'decls.cover')).toBe('       function f() {\n>>>>>>   return 1;\n       }\n       function g() {\n>>>>>>   return 2;\n       }\n');
  });

  it('--coverdir names .cover files by dotted path; --file accumulates across runs; --report reads it back', () => {
    const dir = project();
    expect(jstrace(dir, ['-c', '-f', 'counts.json', '-C', 'out', 'prog.js', '1']).stdout).toBe('odd\n');
    expect(jstrace(dir, ['-c', '-f', 'counts.json', '-C', 'out', 'prog.js', '2']).stdout).toBe('even\n');
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['pkg.mod.cover', 'prog.cover']);
    expect(read(dir, 'out/pkg.mod.cover')).toBe(`       function hello(n) {
    2:   if (n) {
    1:     return 'odd';
         }
    1:   return 'even'; // pragma: no cover
       }
    2: module.exports = { hello };
`);
    // --no-report still saves the counts file (Python's loses it) but writes no .cover file.
    expect(jstrace(dir, ['-c', '-R', '-f', 'counts.json', 'prog.js', '3']).stdout).toBe('odd\n');
    expect(fs.existsSync(path.join(dir, 'prog.cover'))).toBe(false);
    const res = jstrace(dir, ['-r', '-f', 'counts.json', '-m', '-s', '-C', 'rep']);
    expect(res.stdout).toBe('lines   cov%   module   (path)\n    4   100%   pkg.mod   (<dir>/pkg/mod.js)\n    2   100%   prog   (prog.js)\n');
    expect(read(dir, 'rep/pkg.mod.cover')).toContain('    3:   if (n) {\n    2:     return \'odd\';');
  });

  it('a pragma: no cover line is never marked missing', () => {
    const dir = project();
    jstrace(dir, ['-c', '-m', 'prog.js', '1']);
    expect(read(dir, 'pkg/mod.cover')).toContain("\n         }\n         return 'even'; // pragma: no cover\n");
  });

  it('--ignore-module and --ignore-dir leave files out of the trace and the counts', () => {
    const dir = project();
    const res = jstrace(dir, ['-t', '--ignore-module', 'util', 'main.js']);
    expect(res.stdout).not.toMatch(/util\.js\(|modulename: util/);
    expect(res.stdout).toContain('main.js(4):   const acc = new util.Acc();\nmain.js(5):');
    jstrace(dir, ['-c', '--ignore-dir', path.join(dir, 'pkg'), 'prog.js', '1']);
    expect(fs.existsSync(path.join(dir, 'pkg/mod.cover'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'prog.cover'))).toBe(true);
    // Environment variables are expanded, as Python's trace does.
    fs.rmSync(path.join(dir, 'prog.cover'));
    const env = spawnSync(process.execPath, [bin, '-c', '--ignore-dir', '$JSTRACE_TEST_IGNORE', 'prog.js', '1'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, JSTRACE_CACHE: '0', NODE_OPTIONS: '', JSTRACE_TEST_IGNORE: path.join(dir, 'pkg') },
    });
    expect(env.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'pkg/mod.cover'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'prog.cover'))).toBe(true);
    // A package name ignores its modules (Python compares base names only).
    const pkg = jstrace(dir, ['-t', '--ignore-module', 'pkg', 'prog.js', '1']);
    expect(pkg.stdout).not.toMatch(/mod\.js\(|modulename: mod/);
    expect(pkg.stdout).toContain('prog.js(2)');
  });

  it('-- runs a whole command: every Node process in it reports into one result', () => {
    const dir = project();
    const res = jstrace(dir, ['-c', '-s', '--', process.execPath, 'spawner.js']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('odd\neven\nlines   cov%   module   (path)\n    4   100%   mod   (<dir>/pkg/mod.js)\n    2   100%   prog   (<dir>/prog.js)\n    3   100%   spawner   (<dir>/spawner.js)\n');
    expect(read(dir, 'pkg/mod.cover')).toContain('    2:   if (n) {');
  });

  it('a script is traced in its own process only: a Node child it starts runs untraced, with none of our environment', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'child.js'), "console.log('hi', Object.keys(process.env).filter((k) => k.startsWith('JSTRACE_CLI')).length);\n");
    fs.writeFileSync(
      path.join(dir, 'parent.js'),
      [
        "const { spawnSync } = require('child_process');",
        "const r = spawnSync(process.execPath, [__dirname + '/child.js'], { encoding: 'utf8' });",
        "console.log('child said', r.stdout.trim(), JSON.stringify(process.env.NODE_OPTIONS));",
        '',
      ].join('\n'),
    );
    const res = jstrace(dir, ['-t', '-c', 'parent.js']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(
      [
        ' --- modulename: parent, funcname: <module>',
        "parent.js(1): const { spawnSync } = require('child_process');",
        "parent.js(2): const r = spawnSync(process.execPath, [__dirname + '/child.js'], { encoding: 'utf8' });",
        "parent.js(3): console.log('child said', r.stdout.trim(), JSON.stringify(process.env.NODE_OPTIONS));",
        'child said hi 0 undefined',
        '',
      ].join('\n'),
    );
    expect(fs.existsSync(path.join(dir, 'parent.cover'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'child.cover'))).toBe(false);
  });

  it('a forked child runs as plain node runs it: no bootstrap in execArgv, no instrumentation, the user\'s JSTRACE_PROBES back', () => {
    const dir = project();
    fs.writeFileSync(
      path.join(dir, 'tree.js'),
      [
        "const { fork, spawnSync } = require('child_process');",
        'function probe() { return 1; }',
        'const level = Number(process.argv[2] || 0);',
        "const seen = Object.keys(process.env).filter((k) => /^JSTRACE_(CLI|PROBES)/.test(k)).map((k) => k + '=' + process.env[k]);",
        "console.log(level, probe.toString().includes('_$jt'), JSON.stringify(process.execArgv), seen.join(' '));",
        "if (level === 0) fork(__filename, ['1']);",
        "if (level === 1) process.stdout.write(spawnSync(process.execPath, [__filename, '2'], { encoding: 'utf8' }).stdout);",
        '',
      ].join('\n'),
    );
    const env = { ...process.env, JSTRACE_CACHE: '0', JSTRACE_PROBES: 'events' };
    delete env.NODE_OPTIONS;
    const res = spawnSync(process.execPath, [bin, '-c', 'tree.js'], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
    expect(res.stderr).toBe('');
    const plain = 'JSTRACE_PROBES=events';
    expect(res.stdout.split('\n').slice(0, 3)).toEqual([`0 true [] ${plain}`, `1 false [] ${plain}`, `2 false [] ${plain}`]);
    expect(fs.existsSync(path.join(dir, 'tree.cover'))).toBe(true);
  });

  it("a script given after '--' is run as a command, and the error says how to trace it", () => {
    const dir = project();
    const res = jstrace(dir, ['-c', '--', 'main.js']);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe("jstrace: Cannot run 'main.js' because: command not found (to trace the script 'main.js', leave out '--')\n");
  });

  it("a path to a script that is not executable after '--' gets the same hint; a directory gets none", () => {
    const dir = project();
    fs.chmodSync(path.join(dir, 'main.js'), 0o644);
    expect(jstrace(dir, ['-c', '--', './main.js']).stderr).toBe(
      "jstrace: Cannot run './main.js' because: spawn ./main.js EACCES (to trace the script './main.js', leave out '--')\n",
    );
    fs.mkdirSync(path.join(dir, 'adir'));
    expect(jstrace(dir, ['-c', '--', 'adir']).stderr).toBe("jstrace: Cannot run 'adir' because: command not found\n");
  });

  it('a trace that standard output no longer takes ends the run with one line and exit 1, as Python does', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'many.js'), 'for (let i = 0; i < 3000; i++) {\n  console.log("line", i);\n}\n');
    const env = { ...process.env, JSTRACE_CACHE: '0' };
    delete env.NODE_OPTIONS;
    const sh = (cmd: string) => spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
    const node = JSON.stringify(process.execPath);
    // A pipe closed early: the trace's writes fail with EPIPE.
    const piped = sh(`${node} ${JSON.stringify(bin)} -t many.js | head -1; exit \${PIPESTATUS[0]}`);
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([1, ' --- modulename: many, funcname: <module>\n', "Cannot run file 'many.js' because: EPIPE: broken pipe, write\n"]);
    // A full disk, for the trace (the program's process) and for the summary (the command's).
    const full = sh(`${node} ${JSON.stringify(bin)} -t many.js > /dev/full`);
    expect([full.status, full.stderr]).toEqual([1, "Cannot run file 'many.js' because: ENOSPC: no space left on device, write\n"]);
    fs.writeFileSync(path.join(dir, 'quiet.js'), 'let x = 1;\n');
    const summary = sh(`${node} ${JSON.stringify(bin)} -c -s quiet.js > /dev/full`);
    expect([summary.status, summary.stderr]).toEqual([1, 'jstrace: cannot write to standard output: ENOSPC: no space left on device, write\n']);
  });

  it('a trace piped to another program is whole, with the program\'s output in order, when the program ends by process.exit', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'quits.js'), 'for (let i = 0; i < 5000; i++) console.log("line", i);\nprocess.exit(4);\n');
    const env = { ...process.env, JSTRACE_CACHE: '0' };
    delete env.NODE_OPTIONS;
    // `cat` reads slower than the trace is written: Node's asynchronous pipe writes queued the
    // rest, and process.exit dropped it (a few thousand of the 10,003 lines came through).
    const res = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} -t quits.js | cat; exit \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
    const loop = 'quits.js(1): for (let i = 0; i < 5000; i++) console.log("line", i);\n';
    const expected = ' --- modulename: quits, funcname: <module>\n'
      + Array.from({ length: 5000 }, (_, i) => `${loop}line ${i}\n`).join('')
      + loop + 'quits.js(2): process.exit(4);\n';
    expect([res.status, res.stderr]).toEqual([4, '']);
    expect(res.stdout === expected ? 'whole' : res.stdout.split('\n').length).toBe('whole');
  });

  it('--trace with --count: the last field of a class (a function value) and the static members get their lines', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'cls.js'), 'class C {\n  h = 4;\n  r = () => 1;\n  static s = 1;\n  static { this.t = 2; }\n}\nnew C();\n');
    // The last field's line is reported when the instance members' frame ends (its value, a
    // function, carries no hook); with both a tracer and monitoring, that line was lost.
    const res = jstrace(dir, ['-t', '-c', '-m', 'cls.js']);
    expect(res.stdout.split('\n').filter((l) => l.startsWith('cls.js('))).toEqual([
      'cls.js(1): class C {', 'cls.js(4):   static s = 1;', 'cls.js(5):   static { this.t = 2; }', 'cls.js(7): new C();', 'cls.js(2):   h = 4;', 'cls.js(3):   r = () => 1;',
    ]);
    expect(read(dir, 'cls.cover').split('\n').slice(0, 5)).toEqual(['    1: class C {', '    1:   h = 4;', '    1:   r = () => 1;', '    1:   static s = 1;', '    1:   static { this.t = 2; }']);
  });

  it('a source with a UTF-8 BOM: traced lines without it, its .cover file starts with it (as Python writes it)', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'bom.js'), '\uFEFFconsole.log(1);\n');
    const res = jstrace(dir, ['-t', '-c', 'bom.js']);
    expect(res.stdout).toBe(' --- modulename: bom, funcname: <module>\nbom.js(1): console.log(1);\n1\n');
    expect(read(dir, 'bom.cover')).toBe('\uFEFF    1: console.log(1);\n');
  });

  it('a main script run through a symlink is listed and covered under the link, beside it (as Python does)', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'prog.js'), 'const a = 1;\nconsole.log(a + 1);\n');
    fs.symlinkSync(path.join('real', 'prog.js'), path.join(dir, 'link.js'));
    const res = jstrace(dir, ['-c', '-s', 'link.js']);
    expect(res.stdout).toBe('2\nlines   cov%   module   (path)\n    2   100%   link   (link.js)\n');
    expect(read(dir, 'link.cover')).toBe('    1: const a = 1;\n    1: console.log(a + 1);\n');
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['prog.js']);
  });

  it('--coverdir is made only when .cover files go there, and not for a script that does not exist', () => {
    const dir = project();
    expect(jstrace(dir, ['-c', '-C', 'gone', 'nosuch.js']).status).toBe(1);
    expect(jstrace(dir, ['-t', '-C', 'quiet', 'main.js']).status).toBe(0);
    expect(jstrace(dir, ['-c', '-C', 'made', 'main.js']).status).toBe(0);
    expect(['gone', 'quiet', 'made'].filter((d) => fs.existsSync(path.join(dir, d)))).toEqual(['made']);
  });

  it('--listfuncs names methods whose names hold dots after their class, and sorts by code point as Python does', () => {
    const dir = project();
    fs.writeFileSync(
      path.join(dir, 'names.js'),
      [
        "class P { 'a.b'() { return 1; } [Symbol.iterator]() { return [][Symbol.iterator](); } }",
        'const p = new P(); p["a.b"](); [...p];',
        'function \uFA0E() {} function \u{10400}() {} \uFA0E(); \u{10400}();',
        '',
      ].join('\n'),
    );
    const res = jstrace(dir, ['-l', 'names.js']);
    expect(res.stdout).toBe(
      [
        '',
        'functions called:',
        'filename: names.js, modulename: names, funcname: <module>',
        'filename: names.js, modulename: names, funcname: P.[Symbol.iterator]',
        'filename: names.js, modulename: names, funcname: P.a.b',
        'filename: names.js, modulename: names, funcname: \uFA0E',
        'filename: names.js, modulename: names, funcname: \u{10400}',
        '',
      ].join('\n'),
    );
  });

  it('a symlinked script is listed under the link name, as Python lists it', () => {
    const dir = project();
    fs.symlinkSync(path.join(dir, 'main.js'), path.join(dir, 'link.js'));
    const listed = jstrace(dir, ['-l', 'link.js']).stdout.split('\n').filter((l) => l.includes('<module>'));
    expect(listed).toContain('filename: link.js, modulename: link, funcname: <module>');
  });

  it('U+2028 in a string literal ends a line for the counts and the .cover file alike', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'ls.js'), 'const s = "a\u2028b";\nlet x = s.length;\nconsole.log(x);\n');
    jstrace(dir, ['-c', 'ls.js']);
    expect(read(dir, 'ls.cover')).toBe('    1: const s = "a\n       b";\n    1: let x = s.length;\n    1: console.log(x);\n');
  });

  it('a .cover file that cannot be written gets no summary row (Python counts nothing for it)', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'util.cover'));
    const res = jstrace(dir, ['-c', '-s', 'main.js']);
    expect(res.stdout).toBe('total: 5\nlines   cov%   module   (path)\n    9    88%   main   (main.js)\n');
    expect(res.stderr).toMatch(/^jstrace: could not write '<dir>\/util\.cover': EISDIR/);
  });

  it('--reporter writes Istanbul reports whose line counts equal the .cover counts', () => {
    const dir = project();
    const res = jstrace(dir, ['-c', '--reporter', 'lcov', '--reporter', 'json', '--report-dir', 'cov', 'main.js']);
    expect(res.stderr).toBe('');
    const lcov = read(dir, 'cov/lcov.info');
    const da = (file: string) =>
      lcov
        .split('end_of_record')
        .find((r) => r.includes(`SF:${file}\n`))!
        .split('\n')
        .filter((l) => l.startsWith('DA:'));
    expect(da('util.js')).toEqual(['DA:2,3', 'DA:6,0', 'DA:9,1', 'DA:11,1', 'DA:14,3', 'DA:17,1']);
    const cover = read(dir, 'main.cover').split('\n');
    for (const line of da('main.js')) {
      const [n, count] = line.slice(3).split(',').map(Number);
      expect(cover[n! - 1]!.slice(0, 7)).toBe(count === 0 ? '       ' : `${String(count).padStart(5)}: `);
    }
    expect(fs.existsSync(path.join(dir, 'cov/lcov-report/index.html'))).toBe(true);
    expect(Object.keys(JSON.parse(read(dir, 'cov/coverage-final.json'))).sort()).toEqual([path.join(dir, 'main.js'), path.join(dir, 'util.js')]);
  });

  it("passes the program's argv, stdin and exit code through", () => {
    const res = jstrace(project(), ['-c', 'exit.js', 'a', '--b'], 'hello\n');
    expect(res.stdout).toBe('argv a --b stdin hello\n');
    expect(res.status).toBe(7);
  });

  it('reports an uncaught error as plain node does, with its exit code, and still writes the counts', () => {
    const dir = project();
    const res = jstrace(dir, ['-c', '-m', 'crash.js']);
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const plain = spawnSync(process.execPath, ['crash.js'], { cwd: dir, encoding: 'utf8', env });
    expect(res.status).toBe(plain.status);
    expect(res.stdout).toBe('before\n');
    // The header, the source line, the caret and the message are plain node's.
    expect(res.stderr.split('\n').slice(0, 6)).toEqual(plain.stderr.split(dir).join('<dir>').split('\n').slice(0, 6));
    expect(read(dir, 'crash.cover')).toBe("       function fail() {\n    1:   throw new TypeError('broken');\n       }\n    1: console.log('before');\n    1: fail();\n");
  });

  it('--help reads like a man page and --version names the release', () => {
    const help = jstrace(project(), ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: jstrace \[-h\]/);
    for (const flag of ['--count', '--trace', '--listfuncs', '--trackcalls', '--report', '--no-report', '--file', '--coverdir', '--missing', '--summary', '--timing', '--ignore-module', '--ignore-dir', '--reporter', '--report-dir']) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain('examples:');
    const version = jstrace(project(), ['--version']);
    expect(version.stdout).toBe(`jstrace ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version} (trace 2.0)\n`);
  });
});

describe('jstrace command: bad input', () => {
  const usage: [string[], string][] = [
    [['main.js'], 'must specify one of --trace, --count, --report, --listfuncs, or --trackcalls'],
    [['-c'], 'progname is missing: required with the main options'],
    [['-l', '-c', 'main.js'], 'cannot specify both --listfuncs and (--trace or --count)'],
    [['-t', '-s', 'main.js'], '--summary can only be used with --count or --report'],
    [['-r'], '-r/--report requires -f/--file'],
    [['-r', '-R', '-f', 'x.json'], 'argument -R/--no-report: not allowed with argument -r/--report'],
    [['--bogus', '-c', 'main.js'], 'unrecognized arguments: --bogus'],
    [['-t', '--reporter', 'lcov', 'main.js'], '--reporter can only be used with --count or --report'],
    [['-c', '--reporter', 'pdf', 'main.js'], "argument --reporter: invalid choice: 'pdf'"],
  ];
  for (const [args, message] of usage) {
    it(`usage error, exit 2: ${args.join(' ')}`, () => {
      const res = jstrace(project(), args);
      expect(res.status).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(/^usage: jstrace /);
      expect(res.stderr.trimEnd().split('\n').at(-1)).toContain(`jstrace: error: ${message}`);
    });
  }

  it('a missing script exits 1 with one line', () => {
    const res = jstrace(project(), ['-c', 'nosuch.js']);
    expect(res).toEqual({ status: 1, stdout: '', stderr: "jstrace: Cannot run file 'nosuch.js' because: no such file\n" });
  });

  it('a command that does not exist exits 1 with one line', () => {
    const res = jstrace(project(), ['-c', '--', 'no-such-command-here']);
    expect(res).toEqual({ status: 1, stdout: '', stderr: "jstrace: Cannot run 'no-such-command-here' because: command not found\n" });
  });

  it('a corrupt counts file exits 1, named, and is left untouched', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'counts.json'), '{"not": "ours"}');
    const res = jstrace(dir, ['-c', '-f', 'counts.json', 'main.js']);
    expect(res).toEqual({ status: 1, stdout: '', stderr: `jstrace: counts file 'counts.json' is not a jstrace counts file (no "format": "jstrace-counts"); it was left untouched\n` });
    expect(read(dir, 'counts.json')).toBe('{"not": "ours"}');
  });

  it('an unwritable --coverdir exits 1 before the program runs', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'afile'), '');
    const res = jstrace(dir, ['-c', '-C', 'afile/sub', 'main.js']);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe("jstrace: cannot write to --coverdir 'afile/sub': ENOTDIR\n");
    // An empty one is no directory either (it was taken for "not given" and failed after the run).
    const empty = jstrace(dir, ['-c', '-C', '', 'main.js']);
    expect([empty.status, empty.stdout, empty.stderr]).toEqual([1, '', "jstrace: cannot write to --coverdir '': ENOENT\n"]);
  });

  it.skipIf(!fs.existsSync('/proc/self'))('a --coverdir that /proc refuses exits 1 (a recursive mkdir would never return there)', () => {
    const res = jstrace(project(), ['-c', '-C', '/proc/jstrace-no-such-dir/sub', 'main.js']);
    expect(res).toEqual({ status: 1, stdout: '', stderr: "jstrace: cannot write to --coverdir '/proc/jstrace-no-such-dir/sub': ENOENT\n" });
  });

  it('a syntax error in a traced file prints file:line:column and the code frame, exit 1', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'bad.js'), 'const a = 1;\nconst = 2;\n');
    const res = jstrace(dir, ['-c', 'bad.js']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SyntaxError: <dir>/bad.js:2:7: Unexpected token');
    expect(res.stderr).toContain('> 2 | const = 2;');
    expect(res.stderr).not.toMatch(/JSTRACE_SYNTAX_ERROR|dist\//);
  });
});

describe('jstrace command: signals', () => {
  /** Starts `args` in `cwd`, sends `signal` to that process alone once the program has printed; SIGKILL after 10 s. */
  function signalled(cwd: string, args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; stdout: string }> {
    return new Promise((resolve) => {
      const env = { ...process.env, JSTRACE_CACHE: '0' };
      delete env.NODE_OPTIONS;
      const p = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      p.stdout.on('data', (d: Buffer) => {
        if (!stdout) setTimeout(() => p.kill(signal), 200);
        stdout += String(d);
      });
      const hard = setTimeout(() => p.kill('SIGKILL'), 10_000);
      p.on('exit', (code, sig) => {
        clearTimeout(hard);
        resolve({ code, signal: sig, stdout });
      });
    });
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`a ${signal} sent to the command alone (no terminal) ends the program as it ends plain node, and the counts are written`, async () => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-signal-')));
      fs.writeFileSync(path.join(dir, 'srv.js'), "setInterval(() => {}, 1000);\nconsole.log('up');\n");
      const plain = await signalled(dir, ['srv.js'], signal);
      expect(plain).toEqual({ code: null, signal, stdout: 'up\n' });
      expect(await signalled(dir, [bin, '-c', 'srv.js'], signal)).toEqual(plain);
      expect(read(dir, 'srv.cover')).toBe("    1: setInterval(() => {}, 1000);\n    1: console.log('up');\n");
    }, 30_000);
  }

  it('a program busy in synchronous code ends at a second signal, which says that its counts are lost', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-signal-')));
    fs.writeFileSync(path.join(dir, 'busy.js'), "console.log('busy');\nconst end = Date.now() + 20000;\nwhile (Date.now() < end);\nconsole.log('done');\n");
    const env = { ...process.env, JSTRACE_CACHE: '0' };
    delete env.NODE_OPTIONS;
    const started = Date.now();
    const outcome = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [bin, '-c', 'busy.js'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => {
        if (!stdout) {
          setTimeout(() => p.kill('SIGTERM'), 200);
          setTimeout(() => p.kill('SIGTERM'), 700);
        }
        stdout += String(d);
      });
      p.stderr.on('data', (d: Buffer) => (stderr += String(d)));
      const hard = setTimeout(() => p.kill('SIGKILL'), 15_000);
      p.on('exit', (code, signal) => {
        clearTimeout(hard);
        resolve({ code, signal, stdout, stderr });
      });
    });
    expect(outcome).toEqual({
      code: null,
      signal: 'SIGTERM',
      stdout: 'busy\n',
      stderr: 'jstrace: a second SIGTERM: the program is stopped at once, and its counts are lost\n',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dir, 'busy.cover'))).toBe(false);
  }, 30_000);
});
