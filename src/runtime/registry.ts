/**
 * The per-realm registry (SPEC §4): one object on `globalThis[Symbol.for('jstrace.registry')]`
 * shared by every copy of the runtime and by all instrumented code. Instrumented code may
 * create it first (as a stub with `on: false`); the first runtime to load installs the hooks
 * on it, and later copies of the same ABI use those.
 */
import { ABI, REGISTRY_KEY } from '../protocol.js';
import type { Frame } from './frame.js';
import type { Traceback, Tracer } from './types.js';

export interface Registry {
  abi: number;
  /** A global tracer is set: activations that start now get frames. */
  on: boolean;
  /** A runtime is loaded (`frames: 'always'` builds open frames whenever this is true). */
  live: boolean;
  /** The innermost frame opened while default parameters were evaluated, waiting for its body (the next one out is its `_pp`). */
  pf: Frame | null;
  /**
   * The running frame, in a box that the runtime replaces every `TOP_RENEW` frame opens. A
   * young box keeps the two stores of every call (open, exit) clear of V8's old-to-new write
   * barrier: the registry itself is old, and a frame is almost always young.
   */
  top: { f: Frame | null };
  tracer: Tracer | null;
  /** A tracer is running: no events, no frames (no re-entry). */
  busy: boolean;
  lastExc: unknown;
  lastTb: Traceback | null;
  /** Value passed to a generator's `return(v)` that is being run, for its `return` event. */
  genReturn: { value: unknown } | null;
  /** Called by code built for another ABI. */
  mismatch?: (abi: number, file: string) => void;
  /** An exception nobody caught is ending the process: the frames it unwound report it. */
  uncaught: (err: unknown) => void;
  /** The runtime that installed the hooks (null until one has). */
  impl: { version: string; [more: string]: unknown } | null;
  /** Each instrumented file's setter of its copy of `on`, held weakly (see `publishOn`). */
  s: WeakRef<(on: boolean) => void>[];
  /** Registers a file's setter (keeping it on the file's meta); returns the meta. */
  sub: <M extends { O?: unknown }>(meta: M, setter: (on: boolean) => void) => M;
  [hook: string]: unknown;
}

/** The registry of this realm, created if absent. */
export function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  const key = Symbol.for(REGISTRY_KEY);
  let r = g[key];
  if (!r) {
    r = createRegistry();
    g[key] = r;
  }
  return r;
}

/**
 * A registry with every property of `REGISTRY_SHAPE`, written as one object literal: adding
 * the properties one by one would leave the object a slow dictionary. test/instrument/plugin.test.ts checks
 * that it matches `REGISTRY_SHAPE`.
 */
export function createRegistry(): Registry {
  const pass = (_f: unknown, v: unknown): unknown => v;
  const first = (v: unknown): unknown => v;
  const noop = (): undefined => undefined;
  const store = (o: Record<PropertyKey, unknown>, k: PropertyKey, v: unknown): unknown => (o[k] = v);
  return {
    abi: ABI, on: false, live: false, pf: null, top: { f: null }, tracer: null, busy: false,
    lastExc: undefined, lastTb: null, genReturn: null, impl: null, mismatch: noop, uncaught: noop,
    r: pass, v: pass, ys: pass, yr: pass, yd: pass, yq: pass, su: pass, fa: pass, sw: pass, pe: pass, ix: first, nk: first, st: store,
    c: noop, p: noop, l: noop, d: noop, k: noop, L: noop, e: noop, eg: noop, X: noop, xf: noop, x: noop, h: noop,
    sq: noop, rs: noop, so: noop, io: noop, sl: noop, il: noop, sf: noop, sx: noop, z: noop,
    n: () => [],
    jp: JSON.parse,
    s: [],
    sub: subscribe,
  } as unknown as Registry;
}

/**
 * `R.sub`: registers a file's setter of its copy of `on` (kept on the file's meta, held weakly
 * by the registry). Each time the list reaches a power of two (64 and up) the setters of files
 * collected since are dropped, so a long run that loads modules anew (a test runner's registry,
 * `delete require.cache[…]`) keeps about as many as are alive. The runtime installs it over the
 * stub's (which only pushes).
 */
export function subscribe<M extends { O?: unknown }>(this: Registry, meta: M, setter: (on: boolean) => void): M {
  meta.O = setter;
  const n = this.s.push(new WeakRef(setter));
  if (n >= 64 && (n & (n - 1)) === 0) forEachSetter(this, () => {});
  return meta;
}

/** Calls each live setter of `R.s`, dropping those of collected files from the list. */
function forEachSetter(R: Registry, call: (setter: (on: boolean) => void) => void): void {
  let live = 0;
  for (const ref of R.s) {
    const setter = ref.deref();
    if (setter === undefined) continue;
    call(setter);
    R.s[live++] = ref;
  }
  R.s.length = live;
}

/**
 * Sets `R.on` and, when it changes, each instrumented file's own copy of it (the files whose
 * setters are still alive; the others are dropped).
 */
export function publishOn(R: Registry, on: boolean): void {
  if (R.on === on) return;
  R.on = on;
  forEachSetter(R, (setter) => setter(on));
}

let warnedAbi = false;

/** The warning for code or a runtime of another ABI: once per process. */
export function warnAbi(theirs: number, what: string): void {
  if (warnedAbi) return;
  warnedAbi = true;
  process.emitWarning(`${what} was built for jstrace ABI ${theirs}, but the loaded runtime speaks ABI ${ABI}: it runs untraced.`, { code: 'JSTRACE_ABI' });
}
