/** Code objects, built lazily from a file's metadata the first time one of its frames opens. */
import { CODE_FLAGS, type FileMeta } from '../protocol.js';
import type { CodeLike } from './types.js';
import type { Frame } from './frame.js';

/** A code object: one per function site, the same object for every call (usable as a Map key). */
export class Code implements CodeLike {
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  readonly co_varnames: readonly string[];
  /** @internal */
  readonly _lines: readonly number[];
  /** @internal */
  readonly _flags: number;
  /** @internal every code object of the same file (this one included) */
  _file: readonly Code[] = [];
  /** @internal the shared, already-ended frame that monitoring-only activations carry */
  _tok: Frame | null = null;
  /** @internal line counters of this code's file (shared by its codes), once monitoring counts lines */
  _fc: Float64Array | null = null;
  /** @internal calls counted while monitoring counts calls */
  _calls = 0;
  /** @internal monitoring locations switched off by `DISABLE`, per tool id (null: none) */
  _mdis: (Set<number> | undefined)[] | null = null;

  constructor(filename: string, raw: FileMeta['c'][number]) {
    this.co_name = raw[0];
    this.co_qualname = raw[1];
    this.co_filename = filename;
    this.co_firstlineno = raw[2];
    this.co_varnames = Object.freeze(raw[3].slice());
    this._lines = Object.freeze(raw[4].slice());
    this._flags = raw[5];
  }

  /**
   * The lines of this code where statements start, ascending (Python's `co_lines()`, reduced
   * to line numbers).
   *
   * @example
   * ```js
   * settrace((frame) => { console.log(frame.f_code.co_lines()); return null; });
   * ```
   */
  co_lines(): number[] {
    return this._lines.slice();
  }

  /**
   * CPython's flag bits that apply to this code: `CO_OPTIMIZED | CO_NEWLOCALS` (3) for a
   * function, plus `CO_GENERATOR` (0x20), `CO_COROUTINE` (0x80, an async function) or
   * `CO_ASYNC_GENERATOR` (0x200); 0 for a module body.
   *
   * @example
   * ```js
   * const GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200; // as bdb names them
   * settrace(function t(frame, event) {
   *   if (event === 'return' && frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS) console.log('suspends or ends', frame.f_code.co_name);
   *   return t;
   * });
   * ```
   */
  get co_flags(): number {
    const f = this._flags;
    if ((f & CODE_FLAGS.module) !== 0) return 0;
    const kind = (f & CODE_FLAGS.generator) !== 0 ? ((f & CODE_FLAGS.async) !== 0 ? 0x200 : 0x20) : (f & CODE_FLAGS.async) !== 0 ? 0x80 : 0;
    return 0x1 | 0x2 | kind;
  }

  /** @internal */
  get _isAsync(): boolean {
    return (this._flags & CODE_FLAGS.async) !== 0;
  }

  /** @internal */
  get _isModule(): boolean {
    return (this._flags & CODE_FLAGS.module) !== 0;
  }

  get [Symbol.toStringTag](): string {
    return `code ${this.co_qualname} at ${this.co_filename}:${this.co_firstlineno}`;
  }
}

/** Per-file metadata as the runtime keeps it: the emitted JSON plus what the runtime adds. */
export interface LiveMeta extends FileMeta {
  /** Code objects, built on first use. */
  _codes?: Code[];
  /** Globals accessor installed by the module body: `(index, set, value) => value`. */
  G?: (i: number, set: boolean, v?: unknown) => unknown;
  /** The setter of the file's copy of `on`, kept here so that the registry's weak reference to it lives as long as the file. */
  O?: (on: boolean) => void;
}

/** The code objects of a file (small enough for V8 to inline into the hooks). */
export function codesOf(meta: LiveMeta): Code[] {
  return meta._codes ?? buildCodes(meta);
}

function buildCodes(meta: LiveMeta): Code[] {
  const codes = (meta._codes = meta.c.map((raw) => new Code(meta.f, raw)));
  const file = Object.freeze(codes.slice());
  for (const code of codes) code._file = file;
  return codes;
}

/**
 * Every code object of the file `code` belongs to (for the `trace` counterpart's executable
 * lines and function lists: what the instrumentation saw, not a second parse).
 */
export function fileCodesOf(code: CodeLike): readonly CodeLike[] {
  return code instanceof Code ? code._file : [code];
}

/**
 * Names code object `code` of a file after the value of the computed key that holds its
 * function (`[KEY]() {}`, `get [KEY]() {}`), as JavaScript names the function; returns the key
 * unchanged (the `nk` hook, evaluated where the key is). A key that is an object is left alone:
 * turning it into a property key would run its `toString`, a second time.
 */
export function nameFromKey(key: unknown, meta: LiveMeta, code: number, prefix: string): unknown {
  let name: string;
  if (typeof key === 'symbol') name = key.description === undefined ? '' : `[${key.description}]`;
  else if ((typeof key === 'object' && key !== null) || typeof key === 'function') return key;
  else name = String(key);
  const raw = meta.c[code];
  if (!raw) return key;
  const full = prefix + name || '<anonymous>';
  const qualname = raw[1].endsWith(raw[0]) ? raw[1].slice(0, raw[1].length - raw[0].length) + full : raw[1];
  raw[0] = full;
  raw[1] = qualname;
  const built = meta._codes?.[code] as { co_name: string; co_qualname: string } | undefined;
  if (built) {
    built.co_name = full;
    built.co_qualname = qualname;
  }
  return key;
}
