/**
 * The low-level API of SPEC §3, after Python's `sys.monitoring` (PEP 669): tools register
 * callbacks per event kind; callbacks receive the code object and a line (no frame), and may
 * return `DISABLE` to switch that event off at that location until `restart_events()`.
 *
 * With only monitoring active, an activation carries its code object's shared "token" frame
 * (an already-ended Frame, so the settrace hooks treat it as untraced) instead of a frame of
 * its own: no allocation per call and no tracer dispatch, which is what makes `--count` cheap.
 */
import { codesOf, nameFromKey, type Code, type LiveMeta } from './code.js';
import { forAwaitHook } from './for-await.js';
import { Frame } from './frame.js';
import type { Registry } from './registry.js';
import type { CodeLike } from './types.js';

/** Event bits, Python's values. */
export const EVENTS = Object.freeze({
  NO_EVENTS: 0,
  PY_START: 1,
  PY_RESUME: 2,
  PY_RETURN: 4,
  PY_YIELD: 8,
  LINE: 32,
});

/** What a callback returns to switch its event off at the location it was called for. */
export const DISABLE: unique symbol = Symbol('monitoring.DISABLE');

/**
 * Registered in place of a LINE or PY_START callback: the runtime counts the event per
 * (file, line) or per code object instead of calling anything (a jstrace extension of PEP 669:
 * what line counting needs, at the cost of an increment).
 */
export const COUNT: unique symbol = Symbol('monitoring.COUNT');

/** A LINE callback: `(code, line)`. */
export type LineCallback = (code: CodeLike, line: number) => unknown;
/** A PY_START / PY_RESUME callback: `(code, offset)`; jstrace has no instruction offsets, so `offset` is 0. */
export type StartCallback = (code: CodeLike, offset: number) => unknown;
/** A PY_RETURN / PY_YIELD callback: `(code, offset, value)`. */
export type ValueCallback = (code: CodeLike, offset: number, value: unknown) => unknown;
export type MonitoringCallback = LineCallback | StartCallback | ValueCallback;

interface Tool {
  name: string;
  events: number;
  callbacks: Map<number, MonitoringCallback | typeof COUNT>;
}

/** One (tool, callback) pair listening to an event, with the tool's id for `DISABLE`. */
interface Listener {
  id: number;
  cb: MonitoringCallback;
}

/** Monitoring state, shared by every runtime copy of the realm (kept on `R.impl`). */
export interface MonitoringState {
  tools: (Tool | null)[];
  /** Listeners per event bit, rebuilt whenever tools, events or callbacks change. */
  listeners: Map<number, Listener[]>;
  /** Any event is active: activations need at least a token. */
  active: boolean;
  /**
   * Codes that have disabled locations, so `restart_events()` can clear them: held weakly (a
   * module loaded anew leaves its code objects to the collector); `disabledCodes` reads it.
   */
  disabled: Set<WeakRef<Code> | Code>;
  /** Some tool counts LINE events (`COUNT`). */
  countLines: boolean;
  /** Some tool counts PY_START events (`COUNT`). */
  countCalls: boolean;
  /** Files with counters: their code objects and line counters. */
  counted: Map<string, CountedFile>;
}

/**
 * A file's counters. Events-form files count lines here and calls on each code object
 * (`_calls`), while COUNT is on. A counters-form file counts always, in one array (`all`) that
 * its code increments itself: `lines` and `calls` are views of it.
 */
interface CountedFile {
  codes: readonly Code[];
  lines: Float64Array;
  calls?: Float64Array;
  all?: Float64Array;
}

export function createMonitoringState(): MonitoringState {
  return { tools: [null, null, null, null, null, null], listeners: new Map(), active: false, disabled: new Set(), countLines: false, countCalls: false, counted: new Map() };
}

/** The line counters of `code`'s file (one slot per line, shared by the file's codes), made on first use. */
function fileCounters(state: MonitoringState, code: Code): Float64Array {
  let fc = code._fc;
  if (fc === null) {
    let max = 0;
    for (const c of code._file) {
      max = Math.max(max, c.co_firstlineno);
      for (const l of c._lines) max = Math.max(max, l);
    }
    const known = state.counted.get(code.co_filename);
    if (known !== undefined && known.calls === undefined) {
      fc = continuedCounts(known, code._file, max + 1);
    } else {
      fc = new Float64Array(max + 1);
    }
    for (const c of code._file) c._fc = fc;
    state.counted.set(code.co_filename, { codes: code._file, lines: fc });
  }
  return fc;
}

/**
 * The line counters of a file evaluated again (its module loaded anew: a test runner's module
 * registry, `delete require.cache[…]`): the earlier evaluation's, grown if need be, so that
 * counts add up as Python's (by file and line) do. The earlier code objects are let go: their
 * calls move to the new ones of the same name and first line (by index; a file that changed
 * meanwhile keeps only those that match).
 */
function continuedCounts(known: CountedFile, codes: readonly Code[], size: number): Float64Array {
  let fc = known.lines;
  if (fc.length < size) {
    fc = new Float64Array(size);
    fc.set(known.lines);
    for (const c of known.codes) c._fc = fc; // an earlier evaluation's function still running counts here too
  }
  if (known.codes.length === codes.length) {
    codes.forEach((c, i) => {
      const old = known.codes[i]!;
      if (old !== c && old.co_qualname === c.co_qualname && old.co_firstlineno === c.co_firstlineno) c._calls += old._calls;
    });
  }
  return fc;
}

/**
 * `_$jt.n(meta)`, run once by each counters-form file as it starts: the array its code
 * increments (docs/decisions.md §11), one slot per line (`meta.n` of them), then one per code
 * object. A file evaluated again (same size) shares its first array, so its counts add up.
 */
export function countersFor(state: MonitoringState, meta: LiveMeta): Float64Array {
  const codes = codesOf(meta);
  const lineSlots = meta.n ?? 0;
  const known = state.counted.get(meta.f);
  if (known?.all && known.all.length === lineSlots + codes.length) return known.all;
  const all = new Float64Array(lineSlots + codes.length);
  state.counted.set(meta.f, { codes, lines: all.subarray(0, lineSlots), calls: all.subarray(lineSlots), all });
  return all;
}

type Fire = (code: Code, loc: number, value: unknown) => void;

/**
 * A function that fires one event at a code location to `list`'s listeners; a callback
 * returning `DISABLE` switches the location off for its tool. `loc` is the line for LINE, 0
 * for the code-level events. Callbacks run with `R.busy` set: the code they call generates no
 * events. One listener (the common case: one coverage tool) gets a dispatcher of its own, so
 * V8 can inline the callback into the hook.
 */
function dispatcher(R: Registry, list: Listener[] | null, bit: number): Fire | null {
  if (list === null) return null;
  // Where `DISABLE` switches the event off: the line for LINE; for a code-level event, that
  // event of the code object (a key of its own per event, so that disabling PY_RETURN leaves
  // PY_START on, as CPython's per-instruction locations do).
  const codeLevel = bit !== EVENTS.LINE;
  if (list.length === 1) {
    const { id, cb } = list[0]!;
    const call = cb as ValueCallback;
    return (code, loc, value) => {
      const key = codeLevel ? -bit : loc;
      const mdis = code._mdis;
      if (mdis !== null && mdis[id]?.has(key)) return;
      R.busy = true;
      let res: unknown;
      try {
        res = call(code, loc, value);
      } finally {
        R.busy = false;
      }
      if (res === DISABLE) disableAt(R, code, id, key);
    };
  }
  return (code, loc, value) => {
    const key = codeLevel ? -bit : loc;
    const mdis = code._mdis;
    R.busy = true;
    try {
      for (let i = 0; i < list.length; i++) {
        const { id, cb } = list[i]!;
        if (mdis !== null && mdis[id]?.has(key)) continue;
        if ((cb as ValueCallback)(code, loc, value) === DISABLE) disableAt(R, code, id, key);
      }
    } finally {
      R.busy = false;
    }
  };
}

function disableAt(R: Registry, code: Code, id: number, loc: number): void {
  const first = code._mdis === null;
  const mdis = (code._mdis ??= []);
  (mdis[id] ??= new Set()).add(loc);
  if (!first) return;
  const disabled = (R.impl as unknown as { monitoring: MonitoringState }).monitoring.disabled;
  disabled.add(new WeakRef(code));
  // The references of collected codes go at each power of two (amortised: a long run that
  // loads modules anew keeps about as many as are alive).
  if (disabled.size >= 64 && (disabled.size & (disabled.size - 1)) === 0) {
    for (const ref of disabled) if (ref instanceof WeakRef && ref.deref() === undefined) disabled.delete(ref);
  }
}

/** The live codes of `state.disabled` (a runtime copy of an earlier version may have put codes themselves). */
export function* disabledCodes(state: MonitoringState): Generator<Code> {
  for (const ref of state.disabled) {
    const code = ref instanceof WeakRef ? ref.deref() : ref;
    if (code !== undefined) yield code;
  }
}

/** The shared token frame of `code`: ended from the start, so no settrace event ever reaches it. */
function token(code: Code): Frame {
  let t = code._tok;
  if (t === null) {
    const meta = { f: code.co_filename, c: [], s: [], g: [[], []] } as unknown as LiveMeta;
    t = new Frame(code, meta, undefined, -2, null, null);
    t._done = true;
    // No slot array: the emitted `const` stores skip a frame without one (nobody reads a token's locals).
    t._v = null as unknown as unknown[];
    code._tok = t;
  }
  return t;
}

type HookTable = Record<string, (...args: never[]) => unknown>;

/**
 * The hooks for monitoring: `only` (no tracer set: activations carry tokens) or wrapped around
 * the settrace hooks `trace` (both active). Events with no listener cost one null test.
 */
export function monitoringHooks(R: Registry, state: MonitoringState, trace: HookTable | null): HookTable {
  const on = (bit: number): Fire | null => {
    const l = state.listeners.get(bit);
    return dispatcher(R, l !== undefined && l.length > 0 ? l : null, bit);
  };
  const start = on(EVENTS.PY_START);
  const resume = on(EVENTS.PY_RESUME);
  const ret = on(EVENTS.PY_RETURN);
  const yld = on(EVENTS.PY_YIELD);
  const line = on(EVENTS.LINE);

  type F = Frame;
  const codeAt = (meta: LiveMeta, code: number): Code => codesOf(meta)[code]!;
  /** The running frame is the pre-frame of this activation of `code` (hooks.ts `adopts`). */
  const preFrameOf = (meta: LiveMeta, code: number): boolean => {
    const pre = R.pf;
    return pre !== null && R.top.f === pre && pre._pd === false && pre.f_code === codeAt(meta, code);
  };
  const { countLines, countCalls } = state;
  const countLine = (f: F, n: number): void => {
    const c = f._counts;
    if (c !== null) c[n]++;
    else (f._counts = fileCounters(state, f.f_code))[n]++;
  };
  const lineAt = (code: Code, n: number): void => {
    if (countLines) fileCounters(state, code)[n]++;
    if (line !== null && R.busy === false) line(code, n, undefined);
  };
  const startAt = (code: Code): void => {
    if (countCalls) code._calls++;
    if (start !== null && R.busy === false) start(code, 0, undefined);
  };
  /** A frame's line: counted through the frame's own reference to its file's counters. */
  const frameLine = (f: F, n: number): boolean => {
    if (countLines) countLine(f, n);
    if (line !== null && R.busy === false) line(f.f_code, n, undefined);
    return false;
  };
  /** The token of `co`, holding its file's line counters when lines are counted. */
  const countingToken = (co: Code): F => {
    const tok = co._tok ?? token(co);
    if (countLines && tok._counts === null) tok._counts = fileCounters(state, co);
    return tok;
  };
  const resumeAt = (f: F | null): void => {
    if (resume !== null && f !== null && R.busy === false) resume(f.f_code, 0, undefined);
  };
  const returnAt = (f: F | null, value: unknown): void => {
    if (ret !== null && f !== null && R.busy === false) ret(f.f_code, 0, value);
  };
  const yieldAt = (f: F | null, value: unknown): void => {
    if (yld !== null && f !== null && R.busy === false) yld(f.f_code, 0, value);
  };
  /**
   * The frame whose exception `xf` has just seen: the `finally` that follows at once (`e`) ends
   * it by that exception, which is no PY_RETURN (CPython: PY_UNWIND, which jstrace lacks).
   */
  let unwinding: F | null = null;
  /**
   * `yr` as a suspension took it: emitted code reads `_$jt.yr` before it suspends, so a frame
   * may resume into the table of an earlier configuration; that one hands the resume to the
   * current table (which fires PY_RESUME only if it is still listened to).
   */
  const current = (yr: (f: F | null, value: unknown) => unknown) => {
    const hook = (f: F | null, value: unknown): unknown => (R.yr === hook ? yr(f, value) : (R.yr as typeof yr)(f, value));
    return hook;
  };
  /**
   * PY_RETURN at the end of a generator without `catch` (`eg`), when a `return` completion ends
   * it: `v` marked it, or `gen.return(v)` is running (no code of the generator ran since).
   */
  const endGenerator = (f: F): void => {
    const returned = f._ok === true || R.genReturn !== null;
    if (f === f.f_code._tok) f._ok = false;
    if (returned) returnAt(f, R.genReturn !== null ? R.genReturn.value : f._rv);
  };
  const unwound = (f: F): boolean => {
    if (unwinding !== f) return false;
    unwinding = null;
    return true;
  };

  if (trace === null) {
    const lineHook =
      countLines && line === null
        ? (f: F, n: number): boolean => {
            const c = f._counts;
            if (c !== null) c[n]++;
            return false;
          }
        : line === null
          ? () => false
          : frameLine;
    const pass = (_f: unknown, v: unknown): unknown => v;
    const noop = (): undefined => undefined;
    const errPass = (_f: unknown, err: unknown): unknown => err;
    return {
      c: (meta: LiveMeta, code: number): F | null => {
        if (R.busy === true) return null;
        const co = codeAt(meta, code);
        startAt(co);
        return countingToken(co);
      },
      p: noop,
      pe: pass,
      // The hottest hook: counting alone is one increment, and no call that V8 might not
      // inline (then the constant `false` lets it drop the probe's snapshot branch). Tokens
      // get their counters in `c`; a frame opened by settrace before counting began has none.
      l: lineHook,
      d: () => false,
      // `l` and `d` in one (probes with nothing to store): the same line hook, the layout ignored.
      k: lineHook,
      L: frameLine,
      r:
        ret === null
          ? pass
          : (f: F | null, value: unknown): unknown => {
              returnAt(f, value);
              return value;
            },
      // Hooks of events nobody listens to are pass-throughs (generators pay them at every step).
      v:
        ret === null
          ? pass
          : (f: F | null, value: unknown): unknown => {
              if (f !== null) {
                f._rv = value;
                f._ok = true;
              }
              return value;
            },
      e:
        ret === null
          ? noop
          : (f: F): void => {
              if (!unwound(f)) returnAt(f, f._rv);
            },
      // A generator's end reads the mark `v` or `gen.return(v)` left, and clears it (on a token,
      // shared by the code's activations: no code runs between `v` and this end).
      eg: ret === null ? noop : (f: F): void => endGenerator(f),
      X: errPass,
      xf:
        ret === null
          ? errPass
          : (f: F, err: unknown): unknown => {
              unwinding = f;
              return err;
            },
      x: errPass,
      h: errPass,
      ys:
        yld === null
          ? pass
          : (f: F | null, value: unknown): unknown => {
              yieldAt(f, value);
              return value;
            },
      yr: current((f: F | null, value: unknown): unknown => {
        resumeAt(f);
        return value;
      }),
      sq: yld === null ? noop : (f: F): void => yieldAt(f, undefined),
      fa: yld === null ? pass : forAwaitHook<F>(R),
      rs: resume === null ? noop : (f: F): void => resumeAt(f),
      yd: pass,
      yq: pass,
      su: pass,
      sw: pass,
      so: (meta: LiveMeta, code: number): void => startAt(codeAt(meta, code)),
      io: (meta: LiveMeta, code: number): undefined => {
        startAt(codeAt(meta, code));
        return undefined;
      },
      sl: (meta: LiveMeta, code: number, n: number): void => lineAt(codeAt(meta, code), n),
      il: (meta: LiveMeta, code: number, n: number): undefined => {
        lineAt(codeAt(meta, code), n);
        return undefined;
      },
      sf: (meta: LiveMeta, code: number): F => countingToken(codeAt(meta, code)),
      sx: (meta: LiveMeta, code: number): void => returnAt(token(codeAt(meta, code)), undefined),
      ix: (value: unknown, meta: LiveMeta, code: number, lines: number[]): unknown => {
        const co = codeAt(meta, code);
        for (const n of lines) lineAt(co, n);
        returnAt(token(co), undefined);
        return value;
      },
      // The values a TDZ-safe read feeds go to frames; tokens take none.
      z: noop,
      nk: nameFromKey,
    };
  }

  // Both a tracer and monitoring: the settrace hooks, with the monitoring events around them.
  const T = trace as unknown as Record<string, (...args: unknown[]) => unknown>;
  return {
    ...trace,
    // A frame `p` opened (or refreshed) for the activation's defaults started it already.
    c: (meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[] | null): unknown => {
      if (R.busy === false && !preFrameOf(meta, code)) startAt(codeAt(meta, code));
      return T.c!(meta, code, thisValue, layout, values);
    },
    p: (meta: LiveMeta, code: number, thisValue: unknown, layout: number, values: unknown[], line: number): unknown => {
      if (R.busy === false && R.on === true && !preFrameOf(meta, code)) startAt(codeAt(meta, code));
      return T.p!(meta, code, thisValue, layout, values, line);
    },
    l: (f: F, n: number): unknown => {
      frameLine(f, n);
      return T.l!(f, n);
    },
    k: (f: F, n: number, layout: number): unknown => {
      frameLine(f, n);
      return T.k!(f, n, layout);
    },
    L: (f: F, n: number): unknown => {
      frameLine(f, n);
      return T.L!(f, n);
    },
    r: (f: F | null, value: unknown): unknown => {
      if (f !== null && (f._done === false || f === f.f_code._tok)) returnAt(f, value);
      return T.r!(f, value);
    },
    xf: (f: F, err: unknown): unknown => {
      unwinding = f;
      return T.xf!(f, err);
    },
    e: (f: F): unknown => {
      if (!unwound(f) && (f._done === false || f === f.f_code._tok)) returnAt(f, f._rv);
      return T.e!(f);
    },
    eg: (f: F): unknown => {
      if (f._done === false || f === f.f_code._tok) endGenerator(f);
      return T.eg!(f);
    },
    ys: (f: F | null, value: unknown): unknown => {
      yieldAt(f, value);
      return T.ys!(f, value);
    },
    yr: current((f: F | null, value: unknown): unknown => {
      resumeAt(f);
      return T.yr!(f, value);
    }),
    sq: (f: F, failed?: boolean, err?: unknown): unknown => {
      yieldAt(f, undefined);
      return T.sq!(f, failed, err);
    },
    rs: (f: F): unknown => {
      resumeAt(f);
      return T.rs!(f);
    },
    so: (meta: LiveMeta, code: number, thisValue: unknown): unknown => {
      startAt(codeAt(meta, code));
      return T.so!(meta, code, thisValue);
    },
    io: (meta: LiveMeta, code: number, thisValue: unknown): unknown => {
      startAt(codeAt(meta, code));
      return T.io!(meta, code, thisValue);
    },
    sl: (meta: LiveMeta, code: number, n: number): unknown => {
      lineAt(codeAt(meta, code), n);
      return T.sl!(meta, code, n);
    },
    il: (meta: LiveMeta, code: number, n: number): unknown => {
      lineAt(codeAt(meta, code), n);
      return T.il!(meta, code, n);
    },
    // A member frame ends: a static initializer's, or the instance members' (with the lines
    // of its last field, whose value could not carry its own line hook).
    sx: (meta: LiveMeta, code: number): unknown => {
      const f = T.sf!(meta, code) as F | null;
      if (f !== null) returnAt(f, undefined);
      return T.sx!(meta, code);
    },
    ix: (value: unknown, meta: LiveMeta, code: number, lines: number[]): unknown => {
      const co = codeAt(meta, code);
      for (const n of lines) lineAt(co, n);
      const f = T.sf!(meta, code) as F | null;
      if (f !== null) returnAt(f, undefined);
      return T.ix!(value, meta, code, lines);
    },
  };
}

/** Rebuilds the listener lists from the tools. */
export function rebuildListeners(state: MonitoringState): void {
  state.listeners = new Map();
  state.countLines = false;
  state.countCalls = false;
  let any = false;
  for (let id = 0; id < state.tools.length; id++) {
    const tool = state.tools[id];
    if (!tool) continue;
    for (const [bit, cb] of tool.callbacks) {
      if ((tool.events & bit) === 0) continue;
      if (cb === COUNT) {
        if (bit === EVENTS.LINE) state.countLines = true;
        else state.countCalls = true;
        any = true;
        continue;
      }
      let list = state.listeners.get(bit);
      if (!list) state.listeners.set(bit, (list = []));
      list.push({ id, cb });
      any = true;
    }
  }
  state.active = any;
}

/** Throws unless `id` is a valid tool id. */
export function checkTool(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id > 5) throw new RangeError(`monitoring: invalid tool ${String(id)} (must be between 0 and 5)`);
}

/** Clears every `DISABLE`d location (of every tool). */
export function restartAll(state: MonitoringState): void {
  for (const code of disabledCodes(state)) code._mdis = null;
  state.disabled.clear();
}

/** Every file with counters: its line counts and each of its code objects' calls. */
export function readCounts(state: MonitoringState): Map<string, { lines: Map<number, number>; calls: Map<CodeLike, number> }> {
  const out = new Map<string, { lines: Map<number, number>; calls: Map<CodeLike, number> }>();
  for (const [file, { codes, lines, calls }] of state.counted) {
    const lineMap = new Map<number, number>();
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) lineMap.set(i, lines[i]!);
    out.set(file, { lines: lineMap, calls: new Map(codes.map((c, i) => [c, calls ? calls[i]! : c._calls])) });
  }
  return out;
}

/** Sets every counter back to zero. */
export function resetCounts(state: MonitoringState): void {
  for (const { codes, lines, calls } of state.counted.values()) {
    lines.fill(0);
    calls?.fill(0);
    for (const c of codes) c._calls = 0;
  }
}
