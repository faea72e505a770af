/**
 * `Trace` and `CoverageResults` (SPEC §6, Python's `trace.Trace` API): counts, listings,
 * `update`, `writeResults` (`.cover` text, summary), the counts file, and Istanbul export.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jstrace, load } from '../helpers/traced.js';

const { Trace, CoverageResults, toIstanbul } = jstrace;

const UTIL = `
  function square(x) {
    return x * x;
  }

  function unused() {
    return 'never called';
  }

  class Acc {
    constructor() {
      this.total = 0;
    }
    add(v) {
      this.total += v;
    }
  }
  function work(n) {
    const acc = new Acc();
    for (let i = 0; i < n; i++) acc.add(square(i));
    return acc.total;
  }
  module.exports = { work, square };
`;

/** A writable that collects text. */
function sink() {
  const out = { text: '', write(s: string) { out.text += s; return true; } };
  return out;
}

function tmpdir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-trace-')));
}

describe('Trace', () => {
  it('counts line executions per file and line (runfunc returns the result)', () => {
    const { file, exports } = load(UTIL);
    const t = new Trace({ count: true, trace: false });
    expect(t.runfunc(exports.work, 3)).toBe(5);
    const counts = Object.fromEntries(t.results().counts.get(file)!);
    expect(counts).toEqual({ 2: 3, 11: 1, 14: 3, 18: 1, 19: 4, 20: 1 });
    expect([...t.results().executable.get(file)!].sort((a, b) => a - b)).toEqual([2, 6, 9, 11, 14, 18, 19, 20, 22]);
  });

  it('prints each line with a header per call, as python -m trace --trace', () => {
    const { file, exports } = load(UTIL);
    const out = sink();
    new Trace({ count: false, trace: true, output: out }).runfunc(exports.work, 1);
    const base = path.basename(file);
    const mod = base.replace(/\.js$/, '');
    expect(out.text).toBe(
      [
        ` --- modulename: ${mod}, funcname: work`,
        `${base}(18):   const acc = new Acc();`,
        ` --- modulename: ${mod}, funcname: Acc`,
        `${base}(11):     this.total = 0;`,
        `${base}(19):   for (let i = 0; i < n; i++) acc.add(square(i));`,
        ` --- modulename: ${mod}, funcname: square`,
        `${base}(2):   return x * x;`,
        ` --- modulename: ${mod}, funcname: add`,
        `${base}(14):     this.total += v;`,
        `${base}(19):   for (let i = 0; i < n; i++) acc.add(square(i));`,
        `${base}(20):   return acc.total;`,
        '',
      ].join('\n'),
    );
  });

  it('lists called functions (Class.method for methods) and caller/callee pairs', () => {
    const { file, exports } = load(UTIL);
    const mod = path.basename(file, '.js');
    const funcs = new Trace({ countfuncs: true });
    funcs.runfunc(exports.work, 2);
    expect(funcs.results().formatCalledFuncs()).toBe(
      `\nfunctions called:\n${['Acc.add', 'Acc.constructor', 'square', 'work'].map((f) => `filename: ${file}, modulename: ${mod}, funcname: ${f}`).join('\n')}\n`,
    );
    const callers = new Trace({ countcallers: true });
    (globalThis as { utilUnderTest?: unknown }).utilUnderTest = exports;
    const caller = load(`
      const util = globalThis.utilUnderTest;
      function main() {
        return util.work(1);
      }
      module.exports = { main };
    `);
    callers.runfunc(caller.exports.main);
    const cmod = path.basename(caller.file, '.js');
    expect(callers.results().formatCallers()).toBe(
      `\ncalling relationships:\n\n*** ${file} ***\n    ${mod}.work -> ${mod}.Acc.add\n    ${mod}.work -> ${mod}.Acc.constructor\n    ${mod}.work -> ${mod}.square\n\n*** ${caller.file} ***\n  --> ${file}\n    ${cmod}.main -> ${mod}.work\n`,
    );
  });

  it('ignores modules and directories for counting', () => {
    const { file, exports } = load(UTIL);
    const byModule = new Trace({ count: true, trace: false, ignoremods: [path.basename(file, '.js')] });
    byModule.runfunc(exports.work, 2);
    expect(byModule.results().counts.size).toBe(0);
    const byDir = new Trace({ count: true, trace: false, ignoredirs: [path.dirname(file)] });
    byDir.runfunc(exports.work, 2);
    expect(byDir.results().counts.size).toBe(0);
  });

  it('keeps tracing until a returned promise settles', async () => {
    const { file, exports } = load(`
      async function later(n) {
        await null;
        return n + 1;
      }
      module.exports = { later };
    `);
    const t = new Trace({ count: true, trace: false });
    await expect(t.runfunc(exports.later, 1)).resolves.toBe(2);
    expect(Object.fromEntries(t.results().counts.get(file)!)).toEqual({ 2: 1, 3: 1 });
  });

  it('run() instruments and runs a string of JavaScript', () => {
    const t = new Trace({ count: true, trace: false });
    t.run('var k = 0;\nfor (var i = 0; i < 3; i++)\n  k += i;\n');
    expect(Object.fromEntries(t.results().counts.get('<string>')!)).toEqual({ 1: 1, 2: 4, 3: 3 });
  });
});

describe('CoverageResults', () => {
  it('adds counts on update and writes .cover files with the summary (missing lines counted even without --missing)', () => {
    const { file, exports } = load(UTIL);
    const a = new Trace({ count: true, trace: false });
    a.runfunc(exports.work, 2);
    const b = new Trace({ count: true, trace: false });
    b.runfunc(exports.work, 1);
    const total = a.results();
    total.update(b.results());
    expect(total.counts.get(file)!.get(14)).toBe(3);
    const dir = tmpdir();
    const out = sink();
    const written = total.writeResults({ showMissing: true, summary: true, coverdir: dir, output: out });
    expect(written).toHaveLength(1);
    const cover = fs.readFileSync(written[0]!, 'utf8');
    expect(cover.split('\n').slice(0, 16)).toEqual([
      '       function square(x) {',
      '    3:   return x * x;',
      '       }',
      '       ',
      '       function unused() {',
      ">>>>>>   return 'never called';",
      '       }',
      '       ',
      // The module body ran before tracing started: its lines are executable, never run.
      '>>>>>> class Acc {',
      '         constructor() {',
      '    2:     this.total = 0;',
      '         }',
      '         add(v) {',
      '    3:     this.total += v;',
      '         }',
      '       }',
    ]);
    // Outside the current directory the dotted name is the whole path's.
    const dotted = file.slice(1).replace(/\.js$/, '').split('/').join('.');
    expect(out.text).toBe(`lines   cov%   module   (path)\n    9    66%   ${dotted}   (${file})\n`);
    const quiet = sink();
    total.writeResults({ showMissing: false, summary: true, coverdir: dir, output: quiet });
    expect(fs.readFileSync(written[0]!, 'utf8')).not.toContain('>>>>>>');
    expect(quiet.text).toBe(out.text);
  });

  it('saves a versioned counts file that accumulates across runs, and rejects a damaged one untouched', () => {
    const { file, exports } = load(UTIL);
    const dir = tmpdir();
    const countsFile = path.join(dir, 'counts.json');
    for (let run = 0; run < 2; run++) {
      const t = new Trace({ count: true, trace: false, infile: countsFile, outfile: countsFile });
      t.runfunc(exports.work, 1);
      t.results().save();
    }
    const data = JSON.parse(fs.readFileSync(countsFile, 'utf8'));
    expect(data.format).toBe('jstrace-counts');
    expect(data.version).toBe(1);
    expect(data.files[file].lines['2']).toBe(2);
    expect(CoverageResults.load(countsFile).counts.get(file)!.get(20)).toBe(2);
    fs.writeFileSync(countsFile, '{"format":"jstrace-counts","version":1,"files":[]');
    expect(() => CoverageResults.load(countsFile)).toThrow(/counts file '.*counts\.json' is not a jstrace counts file \(not valid JSON\); it was left untouched/);
    expect(fs.readFileSync(countsFile, 'utf8')).toBe('{"format":"jstrace-counts","version":1,"files":[]');
  });

  it('exports to Istanbul: one statement per executable line, functions with their calls', () => {
    const { file, exports } = load(UTIL);
    const t = new Trace({ count: true, trace: false });
    t.runfunc(exports.work, 2);
    const data = toIstanbul(t.results())[file]!;
    const lines = Object.values(data.statementMap).map((r) => r.start.line);
    expect(lines).toEqual([2, 6, 9, 11, 14, 18, 19, 20, 22]);
    expect(Object.values(data.s)).toEqual([2, 0, 0, 1, 2, 1, 3, 1, 0]);
    const fns = Object.entries(data.fnMap).map(([k, f]) => `${f.name}@${f.line}=${data.f[k]}`);
    expect(fns).toEqual(['square@1=2', 'unused@5=0', 'Acc.constructor@10=1', 'Acc.add@13=2', 'work@17=1']);
  });
});
