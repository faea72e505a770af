'use strict';
// Preloaded (after jstrace/register) by the differential suite's `trace` runs: an observing
// tracer, called for every event, that checks the protocol's invariants at each one and, at
// every Nth event (JSTRACE_REAL_EVERY, default 1), reads every entry of the frame's f_locals
// and walks its f_back chain. It writes nothing to stdout or stderr; with
// JSTRACE_REAL_EVENTS=<file> it writes, at exit, how many events it saw, how many frames of the
// packages it inspected, and the first violations (the test expects none). The invariants:
//  - a frame's first event is `call`, on its co_firstlineno; a later `call` is a resume, of a
//    suspended generator or async function (or a module with top-level await);
//  - `line`, `exception` and `return` come only for the running frame, the top of the stack of
//    frames this tracer has seen called and not returned;
//  - at `call`, f_back is that top (null for a resumed async frame);
//  - a `line` event's f_lineno is one of co_lines();
//  - an `exception` event's arg is [type, value, traceback], type the value's constructor, the
//    traceback's first entry this frame at this line, every entry on a line of its code;
//  - reading f_locals throws nothing and shows none of jstrace's internal values.
const fs = require('node:fs');
const path = require('node:path');
const { settrace } = require(path.resolve(__dirname, '../../dist/index.cjs'));

const every = Math.max(1, Number(process.env.JSTRACE_REAL_EVERY) || 1);
/** CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR */
const RESUMABLE = 0x20 | 0x80 | 0x200;
let events = 0;
let inspected = 0;
let packageFrames = 0;
const violations = [];
/** frame -> 'run' | 'susp' | 'end' */
const state = new WeakMap();
const stack = [];
const linesOf = new WeakMap();

function lines(code) {
  let set = linesOf.get(code);
  if (!set) linesOf.set(code, (set = new Set(code.co_lines())));
  return set;
}

function violation(kind, frame, event, detail) {
  if (violations.length < 50) {
    violations.push(`${kind} at ${event} of ${frame.f_code.co_qualname} (${frame.f_code.co_filename}:${frame.f_lineno})${detail ? `: ${detail}` : ''}`);
  }
}

/** Module frames resume after a top-level await. */
const resumable = (code) => (code.co_flags & RESUMABLE) !== 0 || code.co_flags === 0;

function checkException(frame, arg) {
  if (!Array.isArray(arg) || arg.length !== 3) return violation('exception arg not [type, value, tb]', frame, 'exception', String(arg));
  const [type, value, tb] = arg;
  let ctor;
  try {
    ctor = value == null ? undefined : value.constructor;
  } catch {
    ctor = type;
  }
  if (type !== ctor) violation('type is not the value\'s constructor', frame, 'exception', `${type && type.name} vs ${ctor && ctor.name}`);
  if (!tb || tb.tb_frame !== frame) return violation('traceback does not start at the frame', frame, 'exception');
  if (tb.tb_lineno !== frame.f_lineno) violation('tb_lineno is not f_lineno', frame, 'exception', `${tb.tb_lineno}`);
  for (let t = tb, n = 0; t; t = t.tb_next) {
    if (++n > 100000) return violation('traceback cycle', frame, 'exception');
    const code = t.tb_frame.f_code;
    if (!lines(code).has(t.tb_lineno) && t.tb_lineno !== code.co_firstlineno) violation('tb_lineno not in co_lines()', t.tb_frame, 'exception', `${t.tb_lineno}`);
  }
}

function observe(frame, event, arg) {
  events++;
  const code = frame.f_code;
  const st = state.get(frame);
  const top = stack.length ? stack[stack.length - 1] : null;
  if (event === 'call') {
    if (st === undefined) {
      if (frame.f_lineno !== code.co_firstlineno) violation('first call not on co_firstlineno', frame, event);
    } else if (st !== 'susp' || !resumable(code)) {
      violation(`call of a frame in state ${st}`, frame, event);
    }
    const asyncResume = st === 'susp' && frame.f_back === null && (code.co_flags & (0x80 | 0x200)) !== 0;
    if (frame.f_back !== top && !asyncResume) violation('f_back is not the running frame', frame, event);
    state.set(frame, 'run');
    stack.push(frame);
  } else {
    if (st !== 'run') violation(`${event} of a frame in state ${st}`, frame, event);
    if (top !== frame) {
      violation(`${event} of a frame that is not running`, frame, event);
      const at = stack.lastIndexOf(frame);
      if (at >= 0 && event === 'return') stack.splice(at, 1);
    } else if (event === 'return') {
      stack.pop();
    }
    if (event === 'line' && !lines(code).has(frame.f_lineno)) violation('line not in co_lines()', frame, event);
    if (event === 'return') state.set(frame, resumable(code) ? 'susp' : 'end');
    if (event === 'exception') checkException(frame, arg);
  }
  if (events % every === 0) {
    inspected++;
    try {
      const locals = frame.f_locals;
      for (const key of Object.keys(locals)) {
        const value = locals[key];
        if (typeof value === 'symbol' && String(value.description).startsWith('jstrace')) violation('internal value in f_locals', frame, event, key);
      }
    } catch (err) {
      violation('f_locals throws', frame, event, String(err && err.message));
    }
    for (let f = frame, n = 0; f; f = f.f_back) {
      void f.f_code.co_name, f.f_lineno;
      if (++n > 100000) {
        violation('f_back cycle', frame, event);
        break;
      }
    }
    if (code.co_filename.includes('node_modules')) packageFrames++;
  }
  return observe;
}
const out = process.env.JSTRACE_REAL_EVENTS;
if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify({ events, inspected, packageFrames, violations })));
settrace(observe);
