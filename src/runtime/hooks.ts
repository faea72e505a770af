/**
 * The hooks instrumented code calls (the hot path). Each is a property of the registry; the
 * emitted call sites are built in src/instrument/. Every hook taking a frame is only reached
 * with a non-null frame, except `r`, `v`, `ys`, `yr`, `yd`, `yq`, `su`, which pass values through.
 *
 * The tracer protocol is Python's (SPEC §3): the global tracer gets `call` (resumes too) and
 * its function result becomes `f_trace`; local events go to `f_trace`, whose function result
 * replaces it; null/undefined keep it. A tracer that throws turns tracing off and clears
 * `f_trace`, and its error is thrown into the traced code at the event.
 */
import { CODE_FLAGS } from '../protocol.js';
import { codesOf, nameFromKey, type LiveMeta } from './code.js';
import { Frame } from './frame.js';
import { TDZ } from './locals.js';
import type { Registry } from './registry.js';
import type { Traceback, Tracer } from './types.js';
import { delegate, type Step } from './delegate.js';
import { forAwaitHook } from './for-await.js';
import { exceptionArg } from './exception-arg.js';

/**
 * Frame opens between two replacements of the running frame's box (`Registry.top`): often
 * enough that the box is almost always young (it survives two scavenges at most), rarely enough
 * that replacing it costs nothing measurable.
 */
const TOP_RENEW = 1024;

/** The hooks instrumented code calls, as `installHooks` makes them. */
export type Hooks = ReturnType<typeof installHooks>['hooks'];

/**
 * Makes the settrace hooks for `R` (src/runtime/modes.ts puts them on the registry) and
 * installs `R.uncaught`. `idle` is the same table for when nothing traces or monitors
 * (`R.on` false): its `k` only records the line, small enough for V8 to inline with its
 * default budget (frames that exist with tracing off: `frames: 'always'`, and frames that
 * outlive `settrace(null)`; docs/decisions.md §1h).
 */
export function installHooks(R: Registry, disable: () => void) {
  /** Frames opened since the running frame's box was last replaced. */
  let opened = 0;

  /** A new box for the running frame, while the old one may have been promoted (see `Registry.top`). */
  function renewTop(): void {
    opened = 0;
    R.top = { f: R.top.f };
  }

  /**
   * The error a tracer threw at a frame's `return` event. That event fires from inside the
   * frame's `try` blocks (`r` at a `return` statement), but CPython's fires once the frame has
   * left them: the frame's own handlers let it pass (`h`).
   */
  let failedReturn: { f: Frame; err: unknown } | null = null;

  /**
   * Frames an exception unwound into code that is not instrumented (a promise's reaction, an
   * event loop callback, a library's `try`) stay on the jstrace stack until a hook of a frame
   * below them runs, and an activation at the bottom of the JavaScript stack has none below:
   * each new one was chained onto them, for as long as the process ran. So a frame that starts
   * at the bottom (nothing on the jstrace stack) queues one microtask (`reap`), which runs when
   * the JavaScript stack is empty again: every frame still on the jstrace stack then has ended,
   * and gets its `return` event (as for a frame a catching frame unwinds, without `exception`:
   * the value is unknown there) and is dropped.
   */
  let reapQueued = false;
  // Node's own, as the runtime found it: fake timers a program installs later do not hold it back.
  const enqueueMicrotask = queueMicrotask;

  function reap(): void {
    reapQueued = false;
    if (R.top.f === null) return;
    try {
      unwindTo(null, false, undefined);
    } catch {
      // A local tracer threw at one of those `return` events: tracing is off by now, and no
      // code of the program is running to receive the error.
      R.top.f = null;
    }
  }

  function queueReap(): void {
    reapQueued = true;
    enqueueMicrotask(reap);
  }

  function fail(f: Frame): void {
    disable();
    f.f_trace = null;
  }

  function badResult(f: Frame, res: unknown): TypeError {
    fail(f);
    return new TypeError(`jstrace: a tracer must return a function, null or undefined, not ${typeof res}`);
  }

  /**
   * Calls `tracer` for one event of `f` (no events while it runs). A function result becomes
   * `f_trace`; null/undefined keep it; anything else counts as the tracer throwing a TypeError.
   */
  function dispatch(f: Frame, tracer: Tracer, event: 'call' | 'line' | 'return' | 'exception', arg: unknown): void {
    let res: unknown;
    R.busy = true;
    try {
      res = tracer(f, event, arg);
    } catch (err) {
      R.busy = false;
      fail(f);
      throw err;
    }
    R.busy = false;
    settle(f, res);
  }

  /** The global tracer's `call` event. */
  const dispatchCall = (f: Frame): void => dispatch(f, R.tracer as Tracer, 'call', undefined);

  /** A local event for `f.f_trace`. */
  const dispatchLocal = (f: Frame, event: 'line' | 'return' | 'exception', arg: unknown): void => dispatch(f, f.f_trace as Tracer, event, arg);

  const wantsLocal = (f: Frame): boolean => f.f_trace !== null && R.on === true && R.busy === false;

  /** A `line` event is due for `f` (off the probes' path: `d` tests the same inline). */
  const wantsLine = (f: Frame): boolean => wantsLocal(f) && f._lines === true;

  /**
   * What a tracer returned for `f`: a function becomes `f_trace` (a tracer that returns itself
   * costs no store), null/undefined keep it, anything else fails like a throwing tracer.
   */
  function settle(f: Frame, res: unknown): void {
    if (res === f.f_trace) return;
    if (typeof res === 'function') f.f_trace = res as Tracer;
    else if (res != null) throw badResult(f, res);
  }

  /**
   * The `call` event failed (the tracer threw, or returned something that is not a tracer):
   * the frame never ran, so it ends here; returns the error to throw.
   */
  function callFailed(f: Frame, err: unknown): unknown {
    f._done = true;
    return returnFailed(f, err);
  }

  /**
   * A local tracer threw (or returned a non-tracer) at a `return` event: tracing is off, and
   * the caller is running again; returns the error to throw.
   */
  function returnFailed(f: Frame, err: unknown): unknown {
    R.top.f = f.f_back;
    failedReturn = { f, err };
    return lineFailed(f, err);
  }

  /** A tracer threw at a `line` event: tracing is off; returns the error to throw. */
  function lineFailed(f: Frame, err: unknown): unknown {
    R.busy = false;
    fail(f);
    return err;
  }

  /**
   * The hot paths below (open, exit, d) keep their failure handling in the functions above, so
   * that their own bytecode stays small enough for V8 to inline them into instrumented code.
   */
  /**
   * A `call` event's tracer assigned locals. The first line probe stores, before its event, the
   * bindings it does not store where they are written (free variables), over the assigned values,
   * and would write the old ones back. Rather than a test in `d` (every inlined line probe pays
   * for `d`'s bytecode: docs/decisions.md §19), the frame's local tracer is wrapped until its next
   * event: at a `line` event the wrapper puts the assigned values back over the probe's stores,
   * then gives the frame its tracer again and calls it.
   */
  function keepCallWrites(f: Frame): void {
    const tracer = f.f_trace;
    if (tracer === null) return;
    const assigned = f._v.slice();
    const firstEvent: Tracer = (frame, event, arg) => {
      if (f.f_trace === firstEvent) f.f_trace = tracer;
      const mask = f._mask;
      if (event === 'line' && mask !== null) for (let i = 0; i < mask.length; i++) if (mask[i] === 1) f._v[i] = assigned[i];
      return tracer(frame, event, arg);
    };
    f.f_trace = firstEvent;
  }

  function open(meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[] | null): Frame {
    const top = R.top;
    if (top.f === null && reapQueued === false) queueReap();
    const f = new Frame(codesOf(meta)[code]!, meta, thisValue, layout, values, top.f);
    top.f = f;
    if (++opened === TOP_RENEW) renewTop();
    if (R.on === true) {
      // The global tracer's `call` event, inlined (the hot path of every traced call).
      const tracer = R.tracer as Tracer;
      let res: unknown;
      R.busy = true;
      try {
        res = tracer(f, 'call', undefined);
      } catch (err) {
        throw callFailed(f, err);
      }
      R.busy = false;
      if (typeof res === 'function') f.f_trace = res as Tracer;
      else if (res != null) throw callFailed(f, badResult(f, res));
      // Locals the tracer assigned: the first probe stores the bindings it does not store where
      // they are written (free variables), and would put their old values back.
      if (f._mask !== null) keepCallWrites(f);
    }
    return f;
  }

  /**
   * A function starts while a tracer runs: no events. A generator or an async function still
   * gets its frame (no `call` event), which suspends with the tracer's work and is traced from
   * its next resume outside it, as CPython's; any other function's activation ends inside the
   * tracer and has none.
   */
  function openInTracer(meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[] | null): Frame | null {
    const c = codesOf(meta)[code]!;
    if ((c._flags & (CODE_FLAGS.generator | CODE_FLAGS.async)) === 0) return null;
    const top = R.top;
    const f = new Frame(c, meta, thisValue, layout, values, top.f);
    top.f = f;
    if (++opened === TOP_RENEW) renewTop();
    return f;
  }

  /**
   * A generator or async frame suspends: its caller is running again. A suspended frame is on no
   * stack, so its `f_back` is null until it resumes (as CPython's). Frames above it that an
   * exception unwound are reported before (`ys`, `sq`, `yq`).
   */
  function suspend(f: Frame): void {
    f._susp = true;
    R.top.f = f.f_back;
    f.f_back = null;
  }

  /** Resumes a suspended generator or async frame: it becomes the running frame; `call` event. */
  function resume(f: Frame): void {
    f._susp = false;
    if ((f.f_code._flags & (CODE_FLAGS.async | CODE_FLAGS.generator)) === CODE_FLAGS.async) {
      // An async function or module resumes from the event loop: a frame still on the stack
      // was unwound by an exception that untraced code caught (a rejected `import()`, say); its
      // `return` event is now.
      if (R.top.f !== null) unwindTo(null, false, undefined);
      f.f_back = null;
    } else {
      // A generator, or an async generator that `next()` resumes at once (its caller, as the
      // coroutine that awaits `__anext__` is in CPython), or from the event loop (none).
      f.f_back = R.top.f;
    }
    R.top.f = f;
    if (R.genReturn !== null) {
      f._rv = R.genReturn.value;
      f._ok = true;
      R.genReturn = null;
    }
    // (`on` may be monitoring's alone: a frame made with `frames: 'always'` resumed after a tool started.)
    if (R.on === true && R.busy === false && R.tracer !== null) dispatchCall(f);
  }

  /**
   * Frames above `f` on the jstrace stack that have not ended were unwound by an exception
   * (functions without `finally` have no `catch` of their own): each gets its `exception`
   * event (when the value is known: `f` is catching it) and its `return`, innermost first.
   * Nothing is done unless `f` is on the chain from the running frame; `f` null: every frame.
   */
  function unwindTo(f: Frame | null, hasErr: boolean, err: unknown): boolean {
    let k = R.top.f;
    while (k !== null && k !== f) k = k.f_back;
    if (k !== f) return false;
    let unwound = false;
    while (R.top.f !== null && R.top.f !== f) {
      const g = R.top.f;
      if (g._done === true || g._susp === true) {
        R.top.f = g.f_back;
        continue;
      }
      if (hasErr) reportIn(g, err);
      unwound = true;
      g._done = true;
      if (g._tb !== null) dropTraceback(g);
      if (wantsLocal(g)) {
        try {
          dispatchLocal(g, 'return', undefined);
        } catch (e) {
          R.top.f = g.f_back;
          throw e;
        }
      }
      R.top.f = g.f_back;
    }
    return unwound;
  }

  function dropTraceback(f: Frame): void {
    f._tb = null;
    f._tbErr = undefined;
  }

  /** `exit` off its fast path: frames above `f` were unwound, or `f` is suspended. */
  function exitSlow(f: Frame): void {
    if (R.top.f !== f) unwindTo(f, false, undefined);
    if (f._susp === true) resume(f);
  }

  /** The frame ends: `return` event, then the caller is running again. */
  function exit(f: Frame, value: unknown): void {
    if (R.top.f !== f || f._susp === true) exitSlow(f);
    f._done = true;
    // Its traceback is the exception's now (a tracer that keeps the frame does not keep the callees').
    if (f._tb !== null) dropTraceback(f);
    const tracer = f.f_trace;
    if (tracer !== null && R.on === true && R.busy === false) {
      let res: unknown;
      R.busy = true;
      try {
        res = tracer(f, 'return', value);
      } catch (err) {
        throw returnFailed(f, err);
      }
      R.busy = false;
      if (res !== f.f_trace && res != null) {
        if (typeof res === 'function') f.f_trace = res as Tracer;
        else throw returnFailed(f, badResult(f, res));
      }
    }
    R.top.f = f.f_back;
  }

  /** `l` off its fast path: `f` is resuming, or frames above it were unwound. */
  function lineSlow(f: Frame): void {
    if (f._susp === true) resume(f);
    else unwindTo(f, false, undefined);
  }

  /** Is `g` on the `f_back` chain of `f` (not `f` itself)? */
  function below(g: Frame, f: Frame): boolean {
    for (let k = f.f_back; k !== null; k = k.f_back) if (k === g) return true;
    return false;
  }

  /**
   * Is `pre` (the innermost pre-frame) the frame of the activation of `code` whose hook runs
   * now? It is the running frame, of that code, and its defaults are not running: a call made
   * while they run (a recursive one included) is another activation (docs/decisions.md §5).
   */
  function adopts(pre: Frame, meta: LiveMeta, code: number): boolean {
    return R.top.f === pre && pre._pd === false && pre.f_code === codesOf(meta)[code];
  }

  /**
   * A pre-frame's bindings are replaced (a later default, or the body adopting it): what a
   * tracer assigned through `f_locals` since the last write-back goes into the new snapshot,
   * still marked as written, for the body's first line probe to write back (a pre-frame has the
   * layout of the body's entry, whose slots are its name indices).
   */
  function carryWrites(pre: Frame, values: unknown[]): void {
    const mask = pre._mask;
    if (mask === null) return;
    for (let i = 0; i < mask.length; i++) if (mask[i] === 1) values[i] = pre._v[i];
  }

  /** An exception reaches `f`: one `exception` event per propagation through the frame. */
  function report(f: Frame, err: unknown): unknown {
    if (f._susp === true) resume(f);
    if (R.top.f !== f) {
      try {
        // Coming from a callee, the exception starts a new propagation in this frame, even if
        // this frame already reported the same object (a `finally` that re-throws it, say).
        if (unwindTo(f, true, err)) f._hasPend = false;
      } catch (replacement) {
        // A tracer threw at an unwound frame's event: its error replaces the exception there,
        // and that is what reaches this frame (tracing is off by now).
        err = replacement;
      }
    }
    R.top.f = f;
    // Frames opened for default parameters (`p`) and not adopted yet were unwound, unless they
    // are below the catching frame: a call made by a default caught the exception itself.
    while (R.pf !== null && !below(R.pf, f)) R.pf = R.pf._pp;
    reportIn(f, err);
    return err;
  }

  /**
   * The traceback that this frame's entry extends, as CPython's `__traceback__` grows: the last
   * one reported, when it is this exception's in this frame's callee (which is so for every frame
   * an exception unwinds: they are reported innermost first, with nothing in between); else,
   * when this frame throws anew an exception it reported last (`throw e` of a caught error,
   * Python's `raise e`), its own. Kept per frame, not per exception object: a `WeakMap` keyed by
   * the exception cost ~7,000 instructions per event (it gives the object an identity hash and
   * an ephemeron entry).
   */
  function tracebackOf(err: unknown, f: Frame): Traceback | null {
    const last = R.lastTb;
    if (last !== null && R.lastExc === err && last.tb_frame !== f) {
      if (last.tb_frame.f_back === f) return last;
      // An exception object reported last elsewhere goes on with its chain, as CPython's
      // `__traceback__` does: a rejection that reaches an `await` (the async callee that threw
      // ran from the event loop, not from this frame), a stored error thrown again from another
      // frame. A primitive may be thrown anew by unrelated code, so it starts a chain of its own.
      if ((typeof err === 'object' && err !== null) || typeof err === 'function') return last;
    }
    return f._tbErr === err ? f._tb : null;
  }

  function reportIn(f: Frame, err: unknown): void {
    if (f._hasPend === true && f._pend === err) {
      // Still the same propagation (past a `finally` of this frame, which may have raised and
      // handled other exceptions): the chain the caller extends is this frame's again.
      if (f._tbErr === err) {
        R.lastExc = err;
        R.lastTb = f._tb;
      }
      return;
    }
    f._hasPend = true;
    f._pend = err;
    const tb: Traceback = { tb_frame: f, tb_lineno: f._line, tb_next: tracebackOf(err, f) };
    f._tb = tb;
    f._tbErr = err;
    R.lastExc = err;
    R.lastTb = tb;
    if (wantsLocal(f)) dispatchLocal(f, 'exception', exceptionArg(err, tb));
  }

  function memberLine(meta: LiveMeta, code: number, line: number): void {
    const f = R.top.f;
    if (f === null || f._done === true || f.f_code !== codesOf(meta)[code]) return;
    f._line = line;
    if (wantsLine(f)) dispatchLocal(f, 'line', undefined);
  }

  const hooks = {
    /** Opens a function's frame (its `call` event), or adopts the one `p` opened for its defaults. */
    c(meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[] | null): Frame | null {
      const pre = R.pf;
      if (pre !== null && adopts(pre, meta, code)) {
        R.pf = pre._pp;
        pre._pp = null;
        const v = values ?? [];
        carryWrites(pre, v);
        pre._lay = layout;
        pre._v = v;
        return pre;
      }
      if (R.busy === true) return openInTracer(meta, code, thisValue, layout, values);
      return open(meta, code, thisValue, layout, values);
    },

    /**
     * A default parameter that may call is about to run (SPEC §3): opens the activation's frame
     * early (its `call` event, with the bindings of `values` in `layout`: the parameters bound
     * so far and the free variables), or, when this activation already opened it for an earlier
     * default, refreshes its bindings. Returns the frame for `pe`, which the default's value
     * passes through. Pre-frames nest (`R.pf` and `_pp`): a default may call functions whose own
     * defaults call, or this function itself (docs/decisions.md §5). `line` is the default's line,
     * the frame's while the default runs.
     */
    p(meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[], line: number): Frame | null {
      if (R.busy === true || R.on === false) return null;
      // The parameters not bound yet (holes) are absent from `f_locals`, as in their TDZ.
      const n = meta.s[layout]![0].length;
      for (let i = 0; i < n; i++) if (!(i in values)) values[i] = TDZ;
      const pre = R.pf;
      if (pre !== null && adopts(pre, meta, code)) {
        carryWrites(pre, values);
        pre._lay = layout;
        pre._v = values;
        pre._pd = true;
        pre._line = line;
        return pre;
      }
      const f = open(meta, code, thisValue, layout, values);
      // Its `call` event was at the first line; the default runs on its own.
      f._line = line;
      f._pp = pre;
      f._pd = true;
      R.pf = f;
      return f;
    },

    /** A default parameter's value (see `p`): the frame's defaults are no longer running. */
    pe(f: Frame | null | false | undefined, value: unknown): unknown {
      if (f) f._pd = false;
      return value;
    },

    /**
     * Line probe: records the line; true when the frame has a local tracer (then `d` follows
     * with the snapshot). Kept small: it runs at every line of every traced frame.
     */
    l(f: Frame, line: number): boolean {
      if (R.top.f !== f) lineSlow(f);
      f._line = line;
      return f.f_trace !== null;
    },

    /**
     * Dispatches the `line` event (the probe has stored the bindings in `f._v`) (if lines are
     * traced and no tracer is running); true when a tracer assigned locals since the last
     * write-back, at this event or at another one of this frame since (its `call`, an
     * `exception` it catches, a resume): the probe then writes them back.
     */
    d(f: Frame, layout: number): boolean {
      f._lay = layout;
      const tracer = f.f_trace;
      if (tracer !== null && f._lines === true && R.on === true && R.busy === false) {
        let res: unknown;
        R.busy = true;
        try {
          res = tracer(f, 'line', undefined);
        } catch (err) {
          throw lineFailed(f, err);
        }
        R.busy = false;
        if (res !== f.f_trace && res != null) {
          if (typeof res === 'function') f.f_trace = res as Tracer;
          else throw badResult(f, res);
        }
      }
      const written = f._mask;
      if (written === null) return false;
      // The write-back reads which slots were written (`_wb`) for the bindings it assigns only then.
      f._mask = null;
      f._wb = written;
      return true;
    },

    /**
     * `l` then `d` in one call, for probes with no bindings to store before the event (most
     * probes since bindings are stored where they are written: docs/decisions.md §1h). The
     * layout is kept even with no local tracer: one set later (by a callee's tracer) sees the
     * frame's locals at its `exception` event without a `line` event first.
     */
    k(f: Frame, line: number, layout: number): boolean {
      if (R.top.f !== f) lineSlow(f);
      f._line = line;
      if (f.f_trace !== null) return hooks.d(f, layout);
      f._lay = layout;
      return false;
    },

    /** Module-frame line probe (its locals are its globals). */
    L(f: Frame, line: number): boolean {
      if (f._susp === true) resume(f);
      else if (R.top.f !== f) unwindTo(f, false, undefined);
      f._line = line;
      if (wantsLine(f)) dispatchLocal(f, 'line', undefined);
      return false;
    },

    /** `return v` in a frame without `finally`: the `return` event now. */
    r(f: Frame | null, value: unknown): unknown {
      if (f !== null && f._done === false) exit(f, value);
      return value;
    },

    /** `return v` in a frame with `finally` or a generator: remembered for `e`. */
    v(f: Frame | null, value: unknown): unknown {
      if (f !== null) {
        f._rv = value;
        f._ok = true;
      }
      return value;
    },

    /** The end of a frame with `finally`: the `return` event with the remembered value. */
    e(f: Frame): void {
      if (f._done === true) return;
      // `gen.return(v)` straight to the end (an empty `finally`): the resume sets the value first.
      if (f._susp === true) resume(f);
      exit(f, f._rv);
    },

    /**
     * The end of a generator with no `finally` in its body, which has no `catch` of its own
     * (docs/decisions.md §17): a `return` completion (`v`, or `gen.return(v)`) ends the frame
     * now; an exception leaves it on the stack, for the frame that catches it to report
     * (`exception`, then `return`), as for a function without `finally`.
     */
    eg(f: Frame): void {
      if (f._done === true) {
        f._ok = false; // a token (monitoring's shared frame) that `v` marked
        return;
      }
      // `gen.return(v)` or `gen.throw(e)` at a `yield`, straight to the end: the frame resumes.
      if (f._susp === true) resume(f);
      if (f._ok === true) exit(f, f._rv);
    },

    /** An exception leaves an async function (the promise machinery catches it). Returns the exception to re-throw. */
    X(f: Frame, err: unknown): unknown {
      if (f._done === true) return err;
      err = report(f, err);
      exit(f, undefined);
      return err;
    },

    /** An exception leaves a frame with `finally` (its `e` follows). Returns the exception to re-throw. */
    xf(f: Frame, err: unknown): unknown {
      if (f._done === true) return err;
      err = report(f, err);
      f._rv = undefined;
      return err;
    },

    /** An exception passes a `try` that has only `finally`. Returns the exception to re-throw. */
    x(f: Frame, err: unknown): unknown {
      return f._done === true ? err : report(f, err);
    },

    /**
     * A `catch` is entered: the exception event (if not reported yet); its propagation ends.
     * Returns what the handler receives (a tracer's error, if one replaced the exception).
     */
    h(f: Frame, err: unknown): unknown {
      if (f._done === true) {
        if (failedReturn !== null && failedReturn.f === f && failedReturn.err === err) throw err;
        return err;
      }
      const hadPend = f._hasPend;
      const pend = f._pend;
      try {
        err = report(f, err);
      } catch (replacement) {
        // The tracer threw at this frame's own `exception` event: as in CPython, its error
        // replaces the exception where the event was, inside the `try`, so this same handler
        // receives it (tracing is off by now).
        err = replacement;
      }
      // This exception's propagation ends here. One that was passing through an enclosing
      // `finally` of this frame (where this handler runs) is still pending.
      if (hadPend === true && pend !== err) {
        f._hasPend = true;
        f._pend = pend;
      } else {
        f._hasPend = false;
        f._pend = undefined;
      }
      return err;
    },

    /**
     * Code inside a `finally` ends the exception it was running for: a `throw` of that same
     * exception (`all` false; a new propagation, so the next hook reports it again, as CPython
     * reports every raise), or a `break`/`continue` that leaves the `finally` (`all` true: the
     * exception is dropped). Passes `value` through.
     */
    sw(f: Frame | null, value: unknown, all: boolean): unknown {
      if (f !== null && f._hasPend === true && (all === true || f._pend === value)) {
        f._hasPend = false;
        f._pend = undefined;
      }
      return value;
    },

    /** Suspension at `yield v` / `await v`: `return` event with `v`. */
    ys(f: Frame | null, value: unknown): unknown {
      if (f === null || f._done === true) return value;
      // Resumed by `gen.return(v)` into a `finally` that yields before any probe of its own.
      if (f._susp === true) resume(f);
      else if (R.top.f !== f) unwindTo(f, false, undefined);
      if (wantsLocal(f)) dispatchLocal(f, 'return', value);
      suspend(f);
      return value;
    },

    /** Resumption after `yield` / `await`: `call` event. */
    yr(this: unknown, f: Frame | null, value: unknown): unknown {
      // Emitted code reads `_$jt.yr` before it suspends (and calls it as a method of the
      // registry): a frame suspended under these hooks may resume under monitoring's, which
      // fire PY_RESUME and call this table's `yr` back (not as the registry's method).
      if (this === R && R.yr !== hooks.yr) return (R.yr as (f: Frame | null, value: unknown) => unknown)(f, value);
      if (f !== null && f._susp === true) resume(f);
      return value;
    },

    /** `for await` suspends before each step (`return` with undefined). */
    sq(f: Frame, failed?: boolean, err?: unknown): void {
      if (f._susp === true || f._done === true) return;
      // (`failed`: the step threw `err`, which leaves the frames above `f` it unwound.)
      if (R.top.f !== f) unwindTo(f, failed === true, err);
      if (wantsLocal(f)) dispatchLocal(f, 'return', undefined);
      suspend(f);
    },

    /** The iterable of a `for await`: each step reports the suspension after the iterator's call (`sq`). */
    fa: forAwaitHook(R),

    /** `for await` resumes. */
    rs(f: Frame): void {
      if (f._susp === true) resume(f);
    },

    /** `yield*` in a generator: both frames report each inner step. */
    yd(f: Frame | null, iterable: unknown): unknown {
      if (f === null || f._done === true) return iterable;
      return delegate(iterable, () => {
        if (f._susp === true) resume(f);
      }, (value) => {
        if (wantsLocal(f)) dispatchLocal(f, 'return', value);
        suspend(f);
      }, (it, e) => {
        if (f._susp === false) return it.throw!(e);
        // Still suspended: while the inner frame handles the exception the outer one is its
        // `f_back` (as CPython's current frame), and reports nothing.
        const caller = R.top.f;
        f.f_back = caller;
        R.top.f = f;
        let res: Step;
        try {
          res = it.throw!(e);
        } catch (err) {
          // The inner frames it left (a generator without `finally` leaves its frame for the
          // catching frame to report): their `exception` and `return` now, innermost first.
          unwindTo(f, true, err);
          throw err;
        } finally {
          R.top.f = caller;
          if (f._susp === true) f.f_back = null;
        }
        if (res !== null && typeof res === 'object' && res.done === true) {
          // The inner iterator ended (it caught the exception and returned): the outer frame
          // resumes, and CPython (3.12, 3.13) reports its line again as it leaves its `yield from`.
          resume(f);
          if (wantsLine(f)) dispatchLocal(f, 'line', undefined);
        }
        return res;
      }, (res) => {
        // `gen.return(v)` forwarded: the outer frame returns what the inner iterator's `return`
        // ended with; if that threw, or the inner one yielded again, the return is not happening.
        if (res !== null && typeof res === 'object' && res.done === true) {
          f._rv = res.value;
        } else {
          f._ok = false;
          f._rv = undefined;
        }
      });
    },

    /** `yield*` in an async generator: the outer frame is suspended while the delegate runs. */
    yq(f: Frame | null, iterable: unknown): unknown {
      if (f !== null && f._susp === false && f._done === false) {
        if (R.top.f !== f) unwindTo(f, false, undefined);
        if (wantsLocal(f)) dispatchLocal(f, 'return', undefined);
        suspend(f);
      }
      return iterable;
    },

    /** `super(…)` returned: the derived constructor's `this` is known. */
    su(f: Frame | null, thisValue: unknown): unknown {
      if (f !== null) f.f_this = thisValue;
      return thisValue;
    },

    /** Opens a `<static_initializer>` / `<instance_members_initializer>` frame. */
    so(meta: LiveMeta, code: number, thisValue: unknown): void {
      if (R.busy === false) open(meta, code, thisValue, -2, null);
    },
    io(meta: LiveMeta, code: number, thisValue: unknown): undefined {
      if (R.busy === false) open(meta, code, thisValue, -2, null);
      return undefined;
    },

    /** A member frame's line event, if that frame is running. */
    sl(meta: LiveMeta, code: number, line: number): void {
      memberLine(meta, code, line);
    },
    il(meta: LiveMeta, code: number, line: number): undefined {
      memberLine(meta, code, line);
      return undefined;
    },

    /** The running member frame for a static block's statements, or null. */
    sf(meta: LiveMeta, code: number): Frame | null {
      const f = R.top.f;
      return f !== null && f._done === false && f.f_code === codesOf(meta)[code] ? f : null;
    },

    /** Closes a member frame: its last lines, then `return`. */
    sx(meta: LiveMeta, code: number): void {
      const f = hooks.sf(meta, code);
      if (f !== null) exit(f, undefined);
    },
    /** The last instance field's value is ready: its pending lines, then `return`. */
    ix(value: unknown, meta: LiveMeta, code: number, lines: number[]): unknown {
      for (const line of lines) memberLine(meta, code, line);
      hooks.sx(meta, code);
      return value;
    },

    /** A method's computed key: names its code object (returns the key). */
    nk: nameFromKey,

    /** Reads a binding that may be in its temporal dead zone. */
    z(read: () => unknown): unknown {
      try {
        return read();
      } catch {
        return TDZ;
      }
    },
  };
  R.uncaught = (err: unknown): void => {
    // Every unfinished frame on the stack was unwound: `exception` and `return`, innermost first.
    while (R.top.f !== null) {
      const g = R.top.f;
      R.top.f = g.f_back;
      if (g._done === true || g._susp === true) continue;
      try {
        reportIn(g, err);
        g._done = true;
        if (wantsLocal(g)) dispatchLocal(g, 'return', undefined);
      } catch {
        // A failing tracer has turned tracing off; the process is ending with `err` anyway.
      }
    }
  };
  const idle: typeof hooks = {
    ...hooks,
    k(f: Frame, line: number): boolean {
      if (R.top.f !== f) lineSlow(f);
      f._line = line;
      return false;
    },
  };
  /**
   * The frames above `f` (every frame, for null) have ended, which no hook of theirs saw: an
   * exception left them for code that is not instrumented (`Trace.runfunc`'s caller): each gets
   * its `return` event now, and the stack is `f`'s again.
   */
  function unwindAbove(f: Frame | null): void {
    if (R.top.f !== f && R.busy === false) unwindTo(f, false, undefined);
  }

  return { hooks, idle, unwindAbove };
}
