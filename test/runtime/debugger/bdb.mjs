// A port of CPython 3.12's Lib/bdb.py (the parts a line debugger uses) onto jstrace's API,
// plus a scripted mini-pdb that prints one line per stop. Its Python twin is bdb_twin.py,
// which drives the real bdb.Bdb; the two outputs must be equal.
//
//   node test/runtime/debugger/bdb.mjs CASE      (CASE: test/runtime/debugger/cases/CASE.{js,py,json}; a
//   CASE.json with "program": P drives cases/P.{js,py} instead, with its own commands)
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { settrace, currentFrame, transform } = await import(path.join(here, '../../../dist/index.js'));

const GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200;
class BdbQuit extends Error {}

/** Breakpoint, bdb's module-level class (line breakpoints only). */
class Breakpoint {
  static bplist = new Map(); // `${file}:${line}` -> [bp]
  constructor(file, line, temporary = false, cond = null) {
    Object.assign(this, { file, line, temporary, cond, enabled: true, ignore: 0, hits: 0, funcname: null });
    const key = `${file}:${line}`;
    if (!Breakpoint.bplist.has(key)) Breakpoint.bplist.set(key, []);
    Breakpoint.bplist.get(key).push(this);
  }
}

function checkfuncname(b, frame) {
  if (!b.funcname) return b.line === frame.f_lineno;
  return frame.f_code.co_name === b.funcname;
}

/** Evaluates a breakpoint condition (an expression such as `i == 3`) against f_globals/f_locals. */
function evalCond(cond, frame) {
  const scope = { ...frame.f_globals, ...frame.f_locals };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  return new Function(...names, `return (${cond});`)(...names.map((n) => scope[n]));
}

function effective(file, line, frame) {
  for (const b of Breakpoint.bplist.get(`${file}:${line}`) ?? []) {
    if (!b.enabled) continue;
    if (!checkfuncname(b, frame)) continue;
    b.hits += 1;
    if (!b.cond) {
      if (b.ignore > 0) { b.ignore -= 1; continue; }
      return [b, true];
    }
    try {
      if (evalCond(b.cond, frame)) {
        if (b.ignore > 0) b.ignore -= 1;
        else return [b, true];
      }
    } catch {
      return [b, false];
    }
  }
  return [null, null];
}

export class Bdb {
  constructor(skip = null) {
    this.skip = skip; // a predicate on frames here (Python: module-name globs)
    this.breaks = new Map(); // file -> [line]
    this.frame_returning = null;
    this.quitting = false;
    this.trace_dispatch = this.trace_dispatch.bind(this);
  }
  reset() {
    this.botframe = null;
    this._set_stopinfo(null, null);
  }
  trace_dispatch(frame, event, arg) {
    if (this.quitting) return null;
    if (event === 'line') return this.dispatch_line(frame);
    if (event === 'call') return this.dispatch_call(frame, arg);
    if (event === 'return') return this.dispatch_return(frame, arg);
    if (event === 'exception') return this.dispatch_exception(frame, arg);
    console.log('bdb.Bdb.dispatch: unknown debugging event:', event);
    return this.trace_dispatch;
  }
  dispatch_line(frame) {
    if (this.stop_here(frame) || this.break_here(frame)) {
      this.user_line(frame);
      if (this.quitting) throw new BdbQuit();
    }
    return this.trace_dispatch;
  }
  dispatch_call(frame, arg) {
    if (this.botframe === null) {
      this.botframe = frame.f_back;
      return this.trace_dispatch;
    }
    if (!(this.stop_here(frame) || this.break_anywhere(frame))) return null;
    if (this.stopframe && frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS) return this.trace_dispatch;
    this.user_call(frame, arg);
    if (this.quitting) throw new BdbQuit();
    return this.trace_dispatch;
  }
  dispatch_return(frame, arg) {
    if (this.stop_here(frame) || frame === this.returnframe) {
      if (this.stopframe && frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS) return this.trace_dispatch;
      try {
        this.frame_returning = frame;
        this.user_return(frame, arg);
      } finally {
        this.frame_returning = null;
      }
      if (this.quitting) throw new BdbQuit();
      if (this.stopframe === frame && this.stoplineno !== -1) this._set_stopinfo(null, null);
    }
    return this.trace_dispatch;
  }
  dispatch_exception(frame, arg) {
    if (this.stop_here(frame)) {
      // (CPython skips here the internal StopIteration of `yield from`; jstrace has no such event.)
      this.user_exception(frame, arg);
      if (this.quitting) throw new BdbQuit();
    }
    // (CPython's elif for StopIteration/GeneratorExit in a generator stopframe: no such events here.)
    return this.trace_dispatch;
  }
  is_skipped_frame(frame) {
    return this.skip ? this.skip(frame) : false;
  }
  stop_here(frame) {
    if (this.skip && this.is_skipped_frame(frame)) return false;
    if (frame === this.stopframe) {
      if (this.stoplineno === -1) return false;
      return frame.f_lineno >= this.stoplineno;
    }
    if (!this.stopframe) return true;
    return false;
  }
  break_here(frame) {
    const filename = frame.f_code.co_filename;
    if (!this.breaks.has(filename)) return false;
    let lineno = frame.f_lineno;
    if (!this.breaks.get(filename).includes(lineno)) {
      lineno = frame.f_code.co_firstlineno;
      if (!this.breaks.get(filename).includes(lineno)) return false;
    }
    const [bp] = effective(filename, lineno, frame);
    return !!bp;
  }
  break_anywhere(frame) {
    return this.breaks.has(frame.f_code.co_filename);
  }
  user_call() {}
  user_line() {}
  user_return() {}
  user_exception() {}
  _set_stopinfo(stopframe, returnframe, stoplineno = 0) {
    this.stopframe = stopframe;
    this.returnframe = returnframe;
    this.quitting = false;
    this.stoplineno = stoplineno;
  }
  set_until(frame, lineno = null) {
    this._set_stopinfo(frame, frame, lineno ?? frame.f_lineno + 1);
  }
  set_step() {
    if (this.frame_returning) {
      const caller = this.frame_returning.f_back;
      if (caller && !caller.f_trace) caller.f_trace = this.trace_dispatch;
    }
    this._set_stopinfo(null, null);
  }
  set_next(frame) {
    this._set_stopinfo(frame, null);
  }
  set_return(frame) {
    if (frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS) this._set_stopinfo(frame, null, -1);
    else this._set_stopinfo(frame.f_back, frame);
  }
  set_trace(frame = null) {
    frame ??= currentFrame();
    this.reset();
    while (frame) {
      frame.f_trace = this.trace_dispatch;
      this.botframe = frame;
      frame = frame.f_back;
    }
    this.set_step();
    settrace(this.trace_dispatch);
  }
  /** `frame`: where the walk starts (Python: sys._getframe().f_back, the debugger's caller). */
  set_continue(frame) {
    this._set_stopinfo(this.botframe, null, -1);
    if (this.breaks.size === 0) {
      settrace(null);
      while (frame && frame !== this.botframe) {
        frame.f_trace = null;
        frame = frame.f_back;
      }
    }
  }
  set_quit() {
    this.stopframe = this.botframe;
    this.returnframe = null;
    this.quitting = true;
    settrace(null);
  }
  set_break(filename, lineno, temporary = false, cond = null) {
    if (!this.breaks.has(filename)) this.breaks.set(filename, []);
    if (!this.breaks.get(filename).includes(lineno)) this.breaks.get(filename).push(lineno);
    new Breakpoint(filename, lineno, temporary, cond);
    return null;
  }
}

/** Python-style repr of simple values, so both sides print the same text. */
export function pyrepr(v, depth = 0) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return depth > 2 ? '[...]' : `[${v.map((x) => pyrepr(x, depth + 1)).join(', ')}]`;
  return '<obj>';
}

function fname(frame) {
  const n = frame.f_code.co_name;
  if (n === '' || n === '<anonymous>') return '<lambda>';
  if (frame.f_code.co_qualname.endsWith('.constructor')) return '__init__'; // Python's name for it
  return n;
}

/** The scripted mini-pdb: at each stop, one line; then commands until one resumes. */
export class ScriptedDebugger extends Bdb {
  constructor(spec, target) {
    super((frame) => frame.f_code.co_filename !== target);
    this.spec = spec;
    this.target = target;
    this.commands = [...spec.commands];
    this.out = [];
    this.stops = 0;
  }
  print(s) {
    this.out.push(s);
    console.log(s);
  }
  user_call(frame) {
    if (this.stop_here(frame)) this.interaction(frame, 'call', undefined);
  }
  user_line(frame) {
    this.interaction(frame, 'line', undefined);
  }
  user_return(frame, value) {
    this.interaction(frame, 'return', value);
  }
  user_exception(frame, exc) {
    this.interaction(frame, 'exception', exc);
  }
  interaction(frame, event, arg) {
    if (++this.stops > 200) throw new Error('too many stops');
    let text = `${event} ${fname(frame)} ${frame.f_lineno}`;
    if (event === 'return') text += ` ->${pyrepr(arg)}`;
    if (event === 'exception') text += ` ${arg[0]?.name}`;
    const shown = [];
    for (const name of this.spec.show ?? []) {
      if (Object.prototype.hasOwnProperty.call(frame.f_locals, name)) shown.push(`${name}=${pyrepr(frame.f_locals[name])}`);
    }
    if (shown.length) text += ` | ${shown.join(' ')}`;
    if (this.spec.stack !== false) {
      const chain = [];
      for (let f = frame; f; f = f.f_back) if (f.f_code.co_filename === this.target) chain.unshift(fname(f));
      text += ` @ ${chain.join('>')}`;
    }
    this.print(text);
    for (;;) {
      const cmd = this.commands.shift() ?? 'c';
      const [op, a, b] = cmd.split(' ');
      if (op === 's') return this.set_step();
      if (op === 'n') return this.set_next(frame);
      if (op === 'r') return this.set_return(frame);
      if (op === 'unt') return this.set_until(frame);
      if (op === 'c') return this.set_continue(frame);
      if (op === 'q') return this.set_quit();
      if (op === 'set' || op === 'setback') {
        const target = op === 'set' ? frame : frame.f_back;
        try {
          target.f_locals[a] = JSON.parse(b);
          this.print(`  ${op} ${a}=${b}`);
        } catch (e) {
          this.print(`  ${op} ${a} failed: ${e.constructor.name}`);
        }
        continue;
      }
      if (op === 'clear') {
        this.breaks.clear();
        Breakpoint.bplist.clear();
        continue;
      }
      throw new Error(`bad command ${cmd}`);
    }
  }
}

// ---- driver ----
async function main() {
  const name = process.argv[2];
  const spec = JSON.parse(fs.readFileSync(path.join(here, 'cases', `${name}.json`), 'utf8'));
  // Cases that drive one program with other commands name it (`program`) instead of copying it.
  const target = path.join(here, 'cases', `${spec.program ?? name}.js`);
  const source = fs.readFileSync(target, 'utf8');
  const dbg = new ScriptedDebugger(spec, target);
  globalThis.print = (...xs) => dbg.print(`  out: ${xs.map((x) => (typeof x === 'string' ? x : pyrepr(x))).join(' ')}`);
  globalThis.breakpoint = () => dbg.set_trace(currentFrame());
  const { code } = transform(source, target, { frames: spec.frames ?? 'default', sourceType: 'script' });
  const mod = new Module(target, null);
  mod.filename = target;
  mod.paths = Module._nodeModulePaths(here);
  mod._compile(code, target);
  for (const [line, cond] of spec.breaks ?? []) dbg.set_break(target, line, false, cond ?? null);
  // The caller of main(), instrumented (skipped by the debugger as another file): Python's main
  // has the driver's frame as f_back, and bdb's set_return relies on a caller frame.
  const runnerFile = path.join(here, 'runner.js');
  const runnerCode = transform('function runMain(main) {\n  return main();\n}\nmodule.exports = runMain;\n', runnerFile, { frames: spec.frames ?? 'default', sourceType: 'script' }).code;
  const runner = new Module(runnerFile, null);
  runner.filename = runnerFile;
  runner.paths = mod.paths;
  runner._compile(runnerCode, runnerFile);
  const runMain = runner.exports;
  const BOTTOM = { f_code: { co_flags: 0, co_filename: '<driver>' }, f_back: null, f_lineno: 0 };
  let result;
  try {
    if (spec.mode === 'attach') {
      result = runMain(mod.exports.main);
      if (result && typeof result.then === 'function') result = await result;
    } else {
      // bdb.runcall, with a fixed bottom frame (Python's is runcall's own frame) so that the
      // first call event, main's, goes through the ordinary path on both sides.
      dbg.reset();
      dbg.botframe = BOTTOM;
      settrace(dbg.trace_dispatch);
      result = runMain(mod.exports.main);
      if (result && typeof result.then === 'function') result = await result;
    }
  } catch (e) {
    dbg.print(`raised ${e?.constructor?.name}`);
  } finally {
    settrace(null);
  }
  dbg.print(`result ${pyrepr(result)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
