/**
 * `Trace`: Python's `trace.Trace` for instrumented JavaScript. The collector is chosen once, at
 * construction, as CPython's is (`countcallers` > `countfuncs` > `trace`/`count`), so the
 * per-event path never tests options. Line counting, line tracing and `--listfuncs` run on the
 * `monitoring` API (no frame objects); `--trackcalls` needs callers, so it uses `settrace`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { types } from 'node:util';
import { promiseHooks } from 'node:v8';
import vm from 'node:vm';
import { fileCodesOf } from '../runtime/code.js';
import { DISABLE } from '../runtime/monitoring.js';
import { monitoring } from '../runtime/monitoring-api.js';
import type { RuntimeImpl } from '../runtime/modes.js';
import { gettrace, runtimeRegistry, settrace } from '../runtime/settrace.js';
import type { CodeLike, FrameLike, Tracer } from '../runtime/types.js';
import { transform } from '../transform-entry.js';
import { sourceLines } from './cover-file.js';
import { readCountsFile, type CountsData, type FuncKey } from './counts-file.js';
import { dottedModuleName, listingFuncName, moduleName } from './names.js';
import { CoverageResults } from './results.js';

export interface TraceOptions {
  /** Count line executions (default true). */
  count?: boolean;
  /** Print each line before it runs, with a header for each call (default true). */
  trace?: boolean;
  /** Record which functions are called (`--listfuncs`); wins over `count`/`trace`. */
  countfuncs?: boolean;
  /** Record caller → callee pairs (`--trackcalls`); wins over everything else. */
  countcallers?: boolean;
  /** Module names to ignore for `count`/`trace`: a name also ignores its submodules (`pkg` ignores `pkg.mod`). */
  ignoremods?: readonly string[];
  /** Directories whose files are ignored for `count`/`trace`. */
  ignoredirs?: readonly string[];
  /** Counts file merged into `results()` (see `CoverageResults`). */
  infile?: string | null;
  /** Counts file `results().writeResults()` saves to. */
  outfile?: string | null;
  /** Prefix each traced line with the seconds since tracing started (`'%.2f '`). */
  timing?: boolean;
  /** Where `trace` output goes (default `process.stdout`). */
  output?: { write(text: string): unknown };
}

type Mode = 'callers' | 'funcs' | 'lines' | 'none';

/** Line counts of one code object: an array over its line range. */
interface CodeCounts {
  file: string;
  first: number;
  hits: Float64Array;
  calls: number;
  /** The code object counted here last (the newest evaluation of its file): its name as `results()` reads it. */
  code: CodeLike | null;
}

/** The Traces whose tracer is set with `settrace`, in the order they set it. */
const tracersInstalled: Trace[] = [];

const NO_COUNTS: CodeCounts = { file: '', first: 0, hits: new Float64Array(0), calls: 0, code: null };

const positions = new WeakMap<CodeLike, number>();
/** `code`'s place among its file's code objects (the same for each evaluation of the file). */
function positionInFile(code: CodeLike): number {
  let at = positions.get(code);
  if (at === undefined) {
    fileCodesOf(code).forEach((c, i) => positions.set(c, i));
    at = positions.get(code) ?? 0;
  }
  return at;
}

const functionIndexes = new WeakMap<CodeLike, number>();
/** Which of its file's functions of the same name and first line `code` is (0: the first, in source order). */
function functionIndex(code: CodeLike): number {
  let index = functionIndexes.get(code);
  if (index === undefined) {
    // The whole file at once (read at the end: a method named by a computed key has its name by then).
    const seen = new Map<string, number>();
    for (const c of fileCodesOf(code)) {
      const key = `${c.co_firstlineno}:${c.co_qualname}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      functionIndexes.set(c, n);
    }
    index = functionIndexes.get(code) ?? 0;
  }
  return index;
}

const isPromise = (v: unknown): v is Promise<unknown> => types.isPromise(v);

function funcKeyOf(code: CodeLike): FuncKey {
  return [code.co_filename, moduleName(code.co_filename), listingFuncName(code)];
}

/** One clear `TypeError` for an option of the wrong type (Python would iterate a string of directories letter by letter). */
function checkOptions(options: TraceOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('Trace: options must be an object');
  const o = options as Record<keyof TraceOptions, unknown>;
  for (const name of ['ignoremods', 'ignoredirs'] as const) {
    const v = o[name];
    if (v != null && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw new TypeError(`Trace: ${name} must be an array of strings${typeof v === 'string' ? ` (['${v}'] for one)` : ''}`);
    }
  }
  for (const name of ['infile', 'outfile'] as const) {
    const v = o[name];
    if (v != null && (typeof v !== 'string' || v === '')) throw new TypeError(`Trace: ${name} must be a file name (a non-empty string) or null`);
  }
  if (o.output != null && typeof (o.output as { write?: unknown }).write !== 'function') throw new TypeError('Trace: output must have a write(text) method');
}

/** Frees the first tool id not in use, preferring `preferred`. */
function claimTool(name: string, preferred: number): number {
  const order = [preferred, 0, 1, 2, 3, 4, 5].filter((id, i, all) => all.indexOf(id) === i);
  for (const id of order) {
    if (monitoring.get_tool(id) === null) {
      monitoring.use_tool_id(id, name);
      return id;
    }
  }
  throw new Error('Trace: all six monitoring tool ids are in use');
}

/**
 * Python's `trace.Trace`: runs code and counts or prints its lines, or lists the functions it
 * calls and who calls them.
 *
 * @example
 * ```js
 * import { Trace } from 'jstrace';
 * const tracer = new Trace({ count: true, trace: false });
 * const total = tracer.runfunc(work, 3);          // runs work(3), counting lines
 * tracer.results().writeResults({ showMissing: true, summary: true, coverdir: 'cover' });
 * ```
 */
export class Trace {
  readonly options: Readonly<TraceOptions>;
  private readonly mode: Mode;
  private readonly ignoreMods: string[];
  private readonly ignoreDirs: string[];
  private readonly out: { write(text: string): unknown };
  /** Each code object's counts, found again without a key string; holds no code object. */
  private readonly codeCounts = new WeakMap<CodeLike, CodeCounts>();
  /**
   * The counts by function site (file, place among the file's code objects, lines): the code
   * objects of a file evaluated again (a module loaded anew) add to the same counts, as
   * Python's (by file and line) do, and the earlier ones are not kept.
   */
  private readonly countsBySite = new Map<string, CodeCounts>();
  private readonly ignoredFiles = new Map<string, boolean>();
  private readonly sources = new Map<string, string[]>();
  private readonly collected = new CoverageResults();
  /** The code objects of the files seen, each listed as a function at the end (with its name then). */
  private readonly fileFunctions: CodeLike[] = [];
  private toolId = -1;
  /** Count-only mode: the runtime's counters when they were last read (counts are deltas from it). */
  private countBase: ReturnType<typeof monitoring.get_counts> | null = null;
  private previousTracer: Tracer | null = null;
  private started = false;
  /** `runfunc`/`run` calls in progress (nested, or promises not settled yet), and whether the first one started tracing. */
  private runs = 0;
  private startedByRun = false;
  /** What its results objects saved where (`CoverageResultsOptions.ledger`). */
  private readonly ledger = new Map<string, CountsData>();
  /** `infile`'s counts as read by the first `results()` (undefined: not read yet). */
  private infileRead: CountsData | null | undefined = undefined;
  private startTime = 0;

  constructor(options: TraceOptions = {}) {
    checkOptions(options);
    this.options = Object.freeze({ count: true, trace: true, countfuncs: false, countcallers: false, timing: false, ...options });
    const o = this.options;
    this.mode = o.countcallers ? 'callers' : o.countfuncs ? 'funcs' : o.trace || o.count ? 'lines' : 'none';
    this.ignoreMods = [...(o.ignoremods ?? [])];
    this.ignoreDirs = (o.ignoredirs ?? []).map((d) => path.resolve(d.startsWith('~') ? os.homedir() + d.slice(1) : d));
    this.out = o.output ?? process.stdout;
  }

  /**
   * Starts collecting (for the whole process, until `stop()`): what `run` and `runfunc` do
   * around their code. The `jstrace` command uses it to trace a program from its first line.
   *
   * @example
   * ```js
   * const t = new Trace({ count: true, trace: false });
   * t.start();
   * await import('./app.js');
   * t.stop();
   * ```
   */
  start(): void {
    if (this.started) throw new Error('Trace.start(): already started');
    this.started = true;
    this.startTime = performance.now();
    try {
      this.install();
    } catch (err) {
      this.started = false;
      throw err;
    }
  }

  private install(): void {
    // Python's Trace replaces the tracer that is set in every mode; the collectors that run on
    // `monitoring` need no tracer of their own, so they put none in its place.
    if ((this.mode === 'funcs' || (this.mode === 'lines' && !this.options.trace)) && gettrace() !== null) this.setTracer(null);
    switch (this.mode) {
      case 'callers':
        this.setTracer(this.callersTracer());
        break;
      case 'funcs':
        this.toolId = claimTool('jstrace.Trace', monitoring.PROFILER_ID);
        monitoring.register_callback(this.toolId, monitoring.events.PY_START, (code: CodeLike) => {
          const k = funcKeyOf(code);
          this.collected.calledfuncs.set(k.join('\0'), k);
          return DISABLE;
        });
        monitoring.set_events(this.toolId, monitoring.events.PY_START);
        break;
      case 'lines':
        this.startLines();
        break;
      case 'none':
        break;
    }
  }

  /**
   * Stops collecting.
   *
   * @example
   * ```js
   * t.start(); main(); t.stop();
   * ```
   */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    if (this.countBase !== null) this.foldCounts();
    this.countBase = null;
    this.unsetTracer();
    if (this.toolId >= 0) {
      monitoring.set_events(this.toolId, 0);
      monitoring.free_tool_id(this.toolId);
      this.toolId = -1;
    }
  }

  /**
   * Runs `source` (JavaScript, instrumented here) as a script in this realm with tracing on,
   * as Python's `run(cmd)` executes a string; returns nothing, as Python's does (the
   * instrumented script's completion value is its module frame's end).
   *
   * @example
   * ```js
   * new Trace({ count: false, trace: true }).run('for (let i = 0; i < 2; i++) console.log(i);');
   * ```
   */
  run(source: string, filename = '<string>'): void {
    const { code } = transform(source, filename, { sourceType: 'script' });
    const script = new vm.Script(code, { filename });
    this.enter();
    try {
      script.runInThisContext();
    } finally {
      this.leave();
    }
  }

  /** A `run`/`runfunc` begins: the first one starts tracing (unless `start()` did). */
  private enter(): void {
    if (this.runs === 0 && !this.started) {
      this.start();
      this.startedByRun = true;
    }
    this.runs++;
  }

  /** A `run`/`runfunc` ends: the last one stops what the first one started. */
  private leave(): void {
    if (--this.runs === 0 && this.startedByRun) {
      this.startedByRun = false;
      this.stop();
    }
  }

  /** Installs `tracer` with `settrace`, on top of whatever tracer was set. */
  private setTracer(tracer: Tracer | null): void {
    this.previousTracer = gettrace();
    settrace(tracer);
    tracersInstalled.push(this);
  }

  /**
   * Takes this Trace's tracer away. A Trace that installed its tracer after this one (and saved
   * this one's as the one to put back) puts back the one this one replaced instead.
   */
  private unsetTracer(): void {
    const i = tracersInstalled.indexOf(this);
    if (i < 0) return;
    tracersInstalled.splice(i, 1);
    const above = tracersInstalled[i];
    if (above === undefined) settrace(this.previousTracer);
    else above.previousTracer = this.previousTracer;
    this.previousTracer = null;
  }

  /**
   * Calls `fn(...args)` with tracing on and returns its result; when that is a promise,
   * tracing goes on until it settles (the returned promise settles with it).
   *
   * @example
   * ```js
   * const t = new Trace({ countfuncs: true });
   * const value = await t.runfunc(async () => main());
   * t.results().writeResults();
   * ```
   */
  runfunc<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R {
    this.enter();
    const registry = runtimeRegistry();
    const below = registry.top.f;
    // A promise `fn` returns keeps tracing on until it settles. It is watched through V8's
    // promise hooks, not with handlers of its own: a handler would mark a rejection the program
    // never handles as handled, and a chained promise would reject unhandled where the program
    // handles the original. The promises settled during the call are remembered, so that one
    // already settled when `fn` returns ends tracing at once.
    let watched: object | null = null;
    const settledEarly = new WeakSet<object>();
    const stopWatching = promiseHooks.onSettled((p: object) => {
      if (watched === null) settledEarly.add(p);
      else if (p === watched) {
        stopWatching();
        this.leave();
      }
    });
    let result: R;
    try {
      result = fn(...args);
    } catch (err) {
      stopWatching();
      // The frames the exception left end here, where Python's would have reported theirs.
      (registry.impl as RuntimeImpl | null)?.unwindAbove?.(below);
      this.leave();
      throw err;
    }
    if (isPromise(result) && !settledEarly.has(result)) {
      watched = result;
      return result; // as Python's `runfunc`, the function's own result
    }
    stopWatching();
    if (!isPromise(result) && result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      // Another library's thenable: only its own `then` tells when it settles.
      const leave = (): void => this.leave();
      Promise.resolve(result).then(leave, leave);
      return result;
    }
    this.leave();
    return result;
  }

  /**
   * What was collected so far, merged with `infile`; `outfile` is where its `writeResults` saves.
   *
   * @example
   * ```js
   * const r = t.results();
   * console.log(r.counts.get('/abs/app.js'));
   * ```
   */
  results(): CoverageResults {
    if (this.countBase !== null) this.foldCounts();
    const r = new CoverageResults({ data: this.infileData(), outfile: this.options.outfile ?? null, ledger: this.ledger });
    r.infile = this.options.infile ?? null;
    r.update(this.collected);
    // Listed now, not when the file's first event came: a class's computed keys name its methods meanwhile.
    for (const c of this.fileFunctions) r.addFunction(c.co_filename, c.co_qualname, c.co_firstlineno, 0, functionIndex(c));
    for (const cc of this.countsBySite.values()) {
      const code = cc.code!;
      const hits = cc.hits;
      for (let i = 0; i < hits.length; i++) if (hits[i] !== 0) r.addLine(cc.file, cc.first + i, hits[i]);
      if (cc.calls !== 0 && code.co_name !== '<module>') r.addFunction(cc.file, code.co_qualname, code.co_firstlineno, cc.calls, functionIndex(code));
    }
    return r;
  }

  /**
   * `infile`'s counts, read at the first `results()` and kept: once a results object has saved
   * this Trace's counts into it (`infile` = `outfile`, the `-f` pattern), reading it again would
   * count them twice.
   */
  private infileData(): CountsData | null {
    const infile = this.options.infile;
    if (!infile) return null;
    if (this.infileRead === undefined) {
      const data = readCountsFile(infile);
      this.infileRead = data;
      // What the file holds of every results object made from it (see `CoverageResultsOptions.ledger`).
      const abs = path.resolve(infile);
      if (data !== null && !this.ledger.has(abs)) this.ledger.set(abs, data);
    }
    return this.infileRead;
  }

  // ---------------------------------------------------------------- collectors

  private callersTracer(): Tracer {
    const callers = this.collected.callers;
    return (frame: FrameLike, event) => {
      if (event === 'call' && frame.f_back !== null) {
        const caller = funcKeyOf(frame.f_back.f_code);
        const callee = funcKeyOf(frame.f_code);
        callers.set(`${caller.join('\0')}\u0001${callee.join('\0')}`, [caller, callee]);
      }
      return null;
    };
  }

  /** Is `filename` ignored by `ignoremods`/`ignoredirs`? Decided once per file. */
  private isIgnored(filename: string): boolean {
    let ignored = this.ignoredFiles.get(filename);
    if (ignored === undefined) {
      ignored = false;
      const abs = path.resolve(filename);
      for (const d of this.ignoreDirs) if (abs.startsWith(d + path.sep)) ignored = true;
      if (!ignored && this.ignoreMods.length > 0) {
        const names = [moduleName(filename), dottedModuleName(filename)];
        ignored = this.ignoreMods.some((m) => names.some((n) => n === m || n.startsWith(`${m}.`)));
      }
      this.ignoredFiles.set(filename, ignored);
    }
    return ignored;
  }

  /** The counts of `code`, made (with its file's executable lines) on first use; NO_COUNTS if ignored. */
  private countsOf(code: CodeLike): CodeCounts {
    let cc = this.codeCounts.get(code);
    if (cc !== undefined) return cc;
    const file = code.co_filename;
    if (this.isIgnored(file)) {
      cc = NO_COUNTS;
    } else {
      const lines = code.co_lines();
      const first = lines.length > 0 ? Math.min(code.co_firstlineno, lines[0]!) : code.co_firstlineno;
      const last = lines.length > 0 ? lines[lines.length - 1]! : first;
      const site = `${file}\0${positionInFile(code)}\0${code.co_firstlineno}\0${first}\0${last}`;
      cc = this.countsBySite.get(site);
      if (cc !== undefined) {
        cc.code = code;
        this.codeCounts.set(code, cc);
        return cc;
      }
      cc = { file, first, hits: new Float64Array(last - first + 1), calls: 0, code };
      this.countsBySite.set(site, cc);
      if (!this.collected.executable.has(file)) {
        for (const c of fileCodesOf(code)) {
          this.collected.addExecutable(file, c.co_lines());
          if (c.co_name !== '<module>') this.fileFunctions.push(c);
        }
      }
    }
    this.codeCounts.set(code, cc);
    return cc;
  }

  private sourceOf(filename: string): string[] {
    let lines = this.sources.get(filename);
    if (!lines) {
      try {
        lines = sourceLines(fs.readFileSync(filename, 'utf8'));
      } catch {
        lines = [];
      }
      this.sources.set(filename, lines);
    }
    return lines;
  }

  /** Count-only mode: what the runtime counted since the last read goes into `collected`. */
  private foldCounts(): void {
    const now = monitoring.get_counts();
    const base = this.countBase!;
    for (const [file, { lines, calls }] of now) {
      if (this.isIgnored(file)) continue;
      const before = base.get(file);
      for (const [line, n] of lines) {
        const d = n - (before?.lines.get(line) ?? 0);
        if (d !== 0) this.collected.addLine(file, line, d);
      }
      // A file is reported once it ran while this Trace counted (the runtime's counters also
      // hold what ran before it, or under another Trace); then all its functions are listed.
      let ran = this.collected.counts.has(file);
      for (const [code, n] of calls) if (n !== (before?.calls.get(code) ?? 0)) ran = true;
      if (!ran) continue;
      for (const [code, n] of calls) {
        const d = n - (before?.calls.get(code) ?? 0);
        if (code.co_name !== '<module>') this.collected.addFunction(file, code.co_qualname, code.co_firstlineno, d, functionIndex(code));
        this.collected.addExecutable(file, code.co_lines());
      }
    }
    this.countBase = now;
  }

  private startLines(): void {
    const { count, trace, timing } = this.options;
    const id = (this.toolId = claimTool('jstrace.Trace', count ? monitoring.COVERAGE_ID : monitoring.DEBUGGER_ID));
    const E = monitoring.events;
    if (count && !trace) {
      // Counting only: the runtime's own counters, one increment per line (no callback).
      this.countBase = monitoring.get_counts();
      monitoring.register_callback(id, E.LINE, monitoring.COUNT);
      monitoring.register_callback(id, E.PY_START, monitoring.COUNT);
      monitoring.set_events(id, E.LINE | E.PY_START);
      return;
    }
    const out = this.out;
    let last: CodeLike | null = null;
    let lastCounts = NO_COUNTS;
    const counting = (code: CodeLike, line: number): unknown => {
      if (code !== last) {
        last = code;
        lastCounts = this.countsOf(code);
      }
      if (lastCounts === NO_COUNTS) return DISABLE;
      const i = line - lastCounts.first;
      if (i >= 0 && i < lastCounts.hits.length) lastCounts.hits[i]!++;
      else this.collected.addLine(lastCounts.file, line);
      return undefined;
    };
    const printLine = (code: CodeLike, line: number): unknown => {
      const file = code.co_filename;
      if (this.isIgnored(file)) return DISABLE;
      const text = this.sourceOf(file)[line - 1] ?? '\n';
      const prefix = timing ? `${((performance.now() - this.startTime) / 1000).toFixed(2)} ` : '';
      out.write(`${prefix}${path.basename(file)}(${line}): ${text}`);
      return undefined;
    };
    // The header of each call, resumes included (by `next`, `throw` or `return`), as Python's
    // `trace` prints it: at each `call` event of a global tracer that gives frames no local one.
    this.setTracer((frame: FrameLike, event) => {
      if (event === 'call' && !this.isIgnored(frame.f_code.co_filename)) {
        out.write(` --- modulename: ${moduleName(frame.f_code.co_filename)}, funcname: ${frame.f_code.co_name}\n`);
      }
      return null;
    });
    let events = E.LINE;
    if (count && trace) {
      monitoring.register_callback(id, E.LINE, (code: CodeLike, line: number) => {
        const r = counting(code, line);
        return r === DISABLE ? r : printLine(code, line);
      });
    } else {
      monitoring.register_callback(id, E.LINE, printLine);
    }
    if (count) {
      monitoring.register_callback(id, E.PY_START, (code: CodeLike) => {
        const cc = this.countsOf(code);
        if (cc === NO_COUNTS) return DISABLE;
        cc.calls++;
        return undefined;
      });
      events |= E.PY_START;
    }
    monitoring.set_events(id, events);
  }
}
