/**
 * `CoverageResults`: what a `Trace` collected (Python's `trace.CoverageResults`), merged with
 * a counts file, and written as `.cover` files, listings and a summary, or as Istanbul coverage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { coverText, sourceLines, summaryRow, SUMMARY_HEADER } from './cover-file.js';
import {
  COUNTS_FORMAT,
  COUNTS_VERSION,
  readCountsFile,
  validateCounts,
  withLock,
  writeAtomic,
  type CountsData,
  type FuncKey,
} from './counts-file.js';
import { dottedModuleName, isPseudoFilename, moduleName } from './names.js';
import { makeDirs } from '../fs/make-dirs.js';

export type { CountsData, FuncKey, FileCounts } from './counts-file.js';
export { CountsFileError } from './counts-file.js';

/** Per-function data of one file: `"<line>:<qualname>[#index]"` → its name, first line and calls. */
export interface FunctionCount {
  qualname: string;
  line: number;
  /** Among the file's functions of the same `qualname` and `line` (`[() => 1, () => 2]`), which one: 0 for the first. */
  index: number;
  calls: number;
}

export interface CoverageResultsOptions {
  /** A counts file (versioned JSON) whose data is merged in now; a missing file is no error. */
  infile?: string | null;
  /** Where `writeResults` saves the counts (merged under a lock with what is there). */
  outfile?: string | null;
  /** Data to start from, as `toJSON()` gives it. */
  data?: CountsData | null;
  /**
   * What of these counts each file already holds (absolute path → counts), shared by results
   * objects that hold the same run (each `Trace.results()` of one `Trace`), so that saving one
   * after another adds the run to a file once. Default: a record of its own.
   */
  ledger?: Map<string, CountsData>;
}

export interface WriteResultsOptions {
  /** Mark executable lines never executed with `>>>>>> ` (default true, as Python's method). */
  showMissing?: boolean;
  /** Print the per-file table (`lines   cov%   module   (path)`). */
  summary?: boolean;
  /** Write `.cover` files here, named by dotted module path; default: beside each source file. */
  coverdir?: string | null;
  /** Write no `.cover` files (listings, summary and the counts file still are). */
  noCoverFiles?: boolean;
  /** Where listings and the summary go (default `process.stdout`). */
  output?: { write(text: string): unknown };
  /** Where "could not write" messages go (default `process.stderr`). */
  errors?: { write(text: string): unknown };
}

const keyOf = (k: FuncKey): string => k.join('\0');
const funcKey = (qualname: string, line: number, index: number): string => (index === 0 ? `${line}:${qualname}` : `${line}:${qualname}#${index}`);
/** Orders strings by code point, as Python compares them (`<` compares UTF-16 code units). */
function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function cmpTuple(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmpStr(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Counts of one or more runs: lines executed per file, executable lines, calls per function,
 * and the `--listfuncs` / `--trackcalls` data.
 *
 * @example
 * ```js
 * import { Trace, CoverageResults } from 'jstrace';
 * const t = new Trace({ count: true, trace: false });
 * t.runfunc(main);
 * const results = t.results();
 * results.update(CoverageResults.load('previous-counts.json'));
 * results.writeResults({ showMissing: true, summary: true, coverdir: 'coverage' });
 * ```
 */
export class CoverageResults {
  /** filename → line → times executed. */
  readonly counts = new Map<string, Map<number, number>>();
  /** filename → lines where a statement starts. */
  readonly executable = new Map<string, Set<number>>();
  /** filename → functions with their call counts (`--count` records them). */
  readonly functions = new Map<string, Map<string, FunctionCount>>();
  /** `--listfuncs`: `[filename, modulename, funcname]` of each function called. */
  readonly calledfuncs = new Map<string, FuncKey>();
  /** `--trackcalls`: `[caller, callee]` pairs. */
  readonly callers = new Map<string, [FuncKey, FuncKey]>();
  /** Files named by a relative path (the main script as typed) → their absolute paths. */
  readonly paths = new Map<string, string>();
  infile: string | null;
  outfile: string | null;
  /** What each file these results were saved to (or read from: `infile`) holds of them already. */
  private readonly ledger: Map<string, CountsData>;

  constructor(options: CoverageResultsOptions = {}) {
    for (const name of ['infile', 'outfile'] as const) {
      const v = options[name];
      if (v != null && (typeof v !== 'string' || v === '')) throw new TypeError(`CoverageResults: ${name} must be a file name (a non-empty string) or null`);
    }
    this.infile = options.infile ?? null;
    this.outfile = options.outfile ?? null;
    this.ledger = options.ledger ?? new Map();
    if (options.data) this.merge(validateCounts(options.data, '<data>'));
    if (this.infile) {
      const data = readCountsFile(this.infile);
      if (data) {
        this.merge(data);
        const abs = path.resolve(this.infile);
        if (!this.ledger.has(abs)) this.ledger.set(abs, data);
      }
    }
  }

  /**
   * Reads a counts file written by `writeResults`/`save` (throws `CountsFileError` if it is
   * damaged; a missing file gives empty results).
   *
   * @example
   * ```js
   * const total = CoverageResults.load('counts.json');
   * ```
   */
  static load(file: string): CoverageResults {
    // As `infile`: saving the results to the file they came from adds nothing already there.
    return new CoverageResults({ infile: file });
  }

  /**
   * Results from a `toJSON()` document.
   *
   * @example
   * ```js
   * const copy = CoverageResults.fromJSON(JSON.parse(JSON.stringify(results)));
   * ```
   */
  static fromJSON(data: CountsData): CoverageResults {
    return new CoverageResults({ data });
  }

  /**
   * Adds `n` executions of a line (what a `count` collector does for each `line` event).
   *
   * @example
   * ```js
   * results.addLine('/abs/app.js', 3);
   * ```
   */
  addLine(filename: string, line: number, n = 1): void {
    let m = this.counts.get(filename);
    if (!m) this.counts.set(filename, (m = new Map()));
    m.set(line, (m.get(line) ?? 0) + n);
  }

  /**
   * Records executable lines of a file (its `co_lines()`), counted or not.
   *
   * @example
   * ```js
   * results.addExecutable('/abs/app.js', frame.f_code.co_lines());
   * ```
   */
  addExecutable(filename: string, lines: Iterable<number>): void {
    let s = this.executable.get(filename);
    if (!s) this.executable.set(filename, (s = new Set()));
    for (const l of lines) s.add(l);
  }

  /**
   * Adds `n` calls of a function (0 records that it exists). `index` tells apart functions of
   * one name on one line (`[() => 1, () => 2]`): 0 for the first, 1 for the next, and so on.
   *
   * @example
   * ```js
   * results.addFunction('/abs/app.js', 'Shape.area', 12, 1);
   * ```
   */
  addFunction(filename: string, qualname: string, line: number, n: number, index = 0): void {
    let m = this.functions.get(filename);
    if (!m) this.functions.set(filename, (m = new Map()));
    const k = funcKey(qualname, line, index);
    const f = m.get(k);
    if (f) f.calls += n;
    else m.set(k, { qualname, line, index, calls: n });
  }

  /**
   * Adds `other`'s counts to these (line and call counts add up; listings are united), as
   * Python's `update`.
   *
   * @example
   * ```js
   * const total = new CoverageResults();
   * for (const r of perRun) total.update(r);
   * ```
   */
  update(other: CoverageResults): void {
    if (typeof (other as Partial<CoverageResults> | null)?.toJSON !== 'function') throw new TypeError('CoverageResults.update: other must be a CoverageResults (CoverageResults.fromJSON(data) makes one from a counts document)');
    this.merge(other.toJSON());
  }

  private merge(data: CountsData, sign = 1): void {
    for (const [file, fc] of Object.entries(data.files)) {
      for (const [line, n] of Object.entries(fc.lines)) this.addLine(file, Number(line), sign * n);
      this.addExecutable(file, fc.executable);
      for (const [q, line, calls, index] of fc.functions) this.addFunction(file, q, line, sign * calls, index ?? 0);
    }
    for (const k of data.calledfuncs) this.calledfuncs.set(keyOf(k), k);
    for (const [a, b] of data.callers) this.callers.set(`${keyOf(a)}\u0001${keyOf(b)}`, [a, b]);
    for (const [file, abs] of Object.entries(data.paths ?? {})) this.paths.set(file, abs);
  }

  /**
   * Where `filename` is: its absolute path, also for a file named relative to where it ran.
   *
   * @example
   * ```js
   * const abs = results.pathOf('app.js'); // the main script as typed → where it was
   * ```
   */
  pathOf(filename: string): string {
    return this.paths.get(filename) ?? path.resolve(filename);
  }

  /**
   * The results as the counts file's JSON document (`{ format, version, files, calledfuncs, callers }`).
   *
   * @example
   * ```js
   * fs.writeFileSync('counts.json', JSON.stringify(results.toJSON()));
   * ```
   */
  toJSON(): CountsData {
    const files: CountsData['files'] = {};
    const names = new Set([...this.counts.keys(), ...this.executable.keys(), ...this.functions.keys()]);
    for (const file of [...names].sort()) {
      const lines: Record<string, number> = {};
      for (const [l, n] of [...(this.counts.get(file) ?? [])].sort((a, b) => a[0] - b[0])) if (n !== 0) lines[l] = n;
      files[file] = {
        lines,
        executable: [...(this.executable.get(file) ?? [])].sort((a, b) => a - b),
        functions: [...(this.functions.get(file)?.values() ?? [])]
          .sort((a, b) => a.line - b.line || cmpStr(a.qualname, b.qualname) || a.index - b.index)
          .map((f) => (f.index === 0 ? [f.qualname, f.line, f.calls] : [f.qualname, f.line, f.calls, f.index])),
      };
    }
    return {
      format: COUNTS_FORMAT,
      version: COUNTS_VERSION,
      files,
      calledfuncs: [...this.calledfuncs.values()].sort(cmpTuple),
      callers: [...this.callers.values()].sort((a, b) => cmpTuple([...a[0], ...a[1]], [...b[0], ...b[1]])),
      ...(this.paths.size > 0 ? { paths: Object.fromEntries([...this.paths].sort((a, b) => cmpStr(a[0], b[0]))) } : {}),
    };
  }

  /**
   * Saves the counts to `file` (default `outfile`): under a lock, what the file holds now plus
   * what these results add to it (not what came from it, as `infile`, nor what an earlier
   * `save` to it wrote), so runs and processes writing one file accumulate instead of
   * overwriting each other, and saving twice adds once.
   *
   * @example
   * ```js
   * results.save('counts.json');
   * ```
   */
  save(file: string | null = this.outfile): void {
    if (!file) throw new TypeError('CoverageResults.save(): no file given and no outfile set');
    if (typeof file !== 'string') throw new TypeError('CoverageResults.save(): the file must be a string');
    withLock(file, () => {
      const current = readCountsFile(file);
      const total = new CoverageResults({ data: current });
      total.update(this);
      const held = this.ledger.get(path.resolve(file));
      if (held) total.merge(held, -1);
      writeAtomic(file, `${JSON.stringify(total.toJSON())}\n`);
    });
    this.ledger.set(path.resolve(file), this.toJSON());
  }

  /**
   * Python's `write_results`: prints the `--listfuncs` and `--trackcalls` listings (when there
   * is data), writes a `.cover` file per source file, prints the summary if asked, and saves
   * the counts to `outfile` if set. Returns the paths of the `.cover` files written.
   *
   * @example
   * ```js
   * results.writeResults({ showMissing: true, summary: true, coverdir: 'cover' });
   * ```
   */
  writeResults(options: WriteResultsOptions = {}): string[] {
    const { showMissing = true, summary = false, coverdir = null, noCoverFiles = false } = options;
    if (coverdir !== null && (typeof coverdir !== 'string' || coverdir === '')) throw new TypeError('writeResults: coverdir must be a directory name (a non-empty string) or null');
    for (const name of ['output', 'errors'] as const) {
      const v = options[name];
      if (v != null && typeof (v as { write?: unknown }).write !== 'function') throw new TypeError(`writeResults: ${name} must have a write(text) method`);
    }
    const out = options.output ?? process.stdout;
    const err = options.errors ?? process.stderr;
    if (this.calledfuncs.size > 0) out.write(this.formatCalledFuncs());
    if (this.callers.size > 0) out.write(this.formatCallers());
    const written: string[] = [];
    const rows: [modulename: string, filename: string, row: string][] = [];
    // Files that ran but whose executable lines never did (a module of function declarations:
    // Python counts its `def` lines, JavaScript has none to count) are reported too, at 0%.
    for (const filename of [...new Set([...this.counts.keys(), ...this.executable.keys()])].sort()) {
      if (isPseudoFilename(filename)) continue;
      if (!this.counts.has(filename) && !this.executable.get(filename)?.size) continue;
      let source: string[];
      let bom = '';
      try {
        const text = fs.readFileSync(this.pathOf(filename), 'utf8');
        // Python writes a `.cover` file in its source's encoding: a BOM'd source, a BOM'd file.
        if (text.startsWith('\uFEFF')) bom = '\uFEFF';
        source = sourceLines(text);
      } catch (e) {
        err.write(`jstrace: cannot read '${filename}' for its .cover file: ${(e as Error).message} - skipping\n`);
        continue;
      }
      const counts = new Map([...(this.counts.get(filename) ?? [])].filter(([, n]) => n !== 0));
      const cover = coverText(source, counts, this.executable.get(filename) ?? new Set(), showMissing);
      const modname = coverdir ? dottedModuleName(filename) : moduleName(filename);
      if (!noCoverFiles) {
        const dir = coverdir ?? path.dirname(this.pathOf(filename));
        const coverpath = path.join(dir, `${modname}.cover`);
        try {
          makeDirs(dir);
          fs.writeFileSync(coverpath, bom + cover.text);
          written.push(coverpath);
        } catch (e) {
          err.write(`jstrace: could not write '${coverpath}': ${(e as Error).message} - skipping\n`);
          continue; // and no summary row, as Python counts nothing for a file it could not write
        }
      }
      if (summary && cover.lines > 0) rows.push([modname, filename, summaryRow(cover.lines, cover.hits, modname, filename)]);
    }
    if (summary && rows.length > 0) {
      rows.sort((a, b) => cmpStr(a[0], b[0]) || cmpStr(a[1], b[1]));
      out.write(`${SUMMARY_HEADER}\n${rows.map((r) => r[2]).join('\n')}\n`);
    }
    if (this.outfile) this.save(this.outfile);
    return written;
  }

  /**
   * The `--listfuncs` listing: blank line, `functions called:`, one sorted line per function.
   *
   * @example
   * ```js
   * process.stdout.write(results.formatCalledFuncs());
   * ```
   */
  formatCalledFuncs(): string {
    let s = '\nfunctions called:\n';
    for (const [filename, modulename, funcname] of [...this.calledfuncs.values()].sort(cmpTuple)) {
      s += `filename: ${filename}, modulename: ${modulename}, funcname: ${funcname}\n`;
    }
    return s;
  }

  /**
   * The `--trackcalls` listing, Python's layout (`*** file ***`, `  --> file`, `    a.f -> b.g`).
   *
   * @example
   * ```js
   * process.stdout.write(results.formatCallers());
   * ```
   */
  formatCallers(): string {
    let s = '\ncalling relationships:\n';
    let lastfile = '';
    let lastcfile = '';
    const pairs = [...this.callers.values()].sort((a, b) => cmpTuple([...a[0], ...a[1]], [...b[0], ...b[1]]));
    for (const [[pfile, pmod, pfunc], [cfile, cmod, cfunc]] of pairs) {
      if (pfile !== lastfile) {
        s += `\n*** ${pfile} ***\n`;
        lastfile = pfile;
        lastcfile = '';
      }
      if (cfile !== pfile && lastcfile !== cfile) {
        s += `  --> ${cfile}\n`;
        lastcfile = cfile;
      }
      s += `    ${pmod}.${pfunc} -> ${cmod}.${cfunc}\n`;
    }
    return s;
  }

  /**
   * Renames a file in the results (the command line shows the main script as it was typed,
   * as Python does).
   *
   * @example
   * ```js
   * results.renameFile('/home/me/app/main.js', 'main.js');
   * ```
   */
  renameFile(from: string, to: string): void {
    if (from === to) return;
    const data = this.toJSON();
    const rename = (f: string): string => (f === from ? to : f);
    const files: CountsData['files'] = {};
    for (const [f, fc] of Object.entries(data.files)) files[rename(f)] = fc;
    // The module name follows the new name (a symlink to a script is listed under the link's name, as Python lists it).
    const fk = (k: FuncKey): FuncKey => (k[0] === from ? [to, moduleName(to), k[2]] : k);
    const renamed: CountsData = { ...data, files, calledfuncs: data.calledfuncs.map(fk), callers: data.callers.map(([a, b]) => [fk(a), fk(b)]) };
    this.counts.clear();
    this.executable.clear();
    this.functions.clear();
    this.calledfuncs.clear();
    this.callers.clear();
    this.merge(renamed);
    if (path.isAbsolute(from) && !path.isAbsolute(to)) this.paths.set(to, from);
  }
}
