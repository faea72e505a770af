/**
 * Frame objects. A frame belongs to one activation, resumes included, and is never reused.
 * Fields starting with `_` are the runtime's own (the hooks write them on the hot path).
 */
import type { Code, LiveMeta } from './code.js';
import { globalsView, localsView } from './locals.js';
import type { FrameLike, Traceback, Tracer } from './types.js';

/** The `f_locals` of a frame with no bindings of its own (a class's member initializers). */
const NO_LOCALS: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);

export class Frame implements FrameLike {
  f_trace: Tracer | null = null;
  /** @internal `f_trace_lines`, always a boolean (the hooks test it with `===`) */
  _lines = true;
  f_trace_opcodes = false;
  f_back: Frame | null;
  f_this: unknown;
  readonly f_code: Code;
  /** @internal current line */
  _line: number;
  /** @internal the file's metadata */
  _meta: LiveMeta;
  /** @internal layout id of the latest event (-1: module frame, locals are the globals) */
  _lay: number;
  /** @internal the values of the frame's bindings, one slot per binding, stored by the probes */
  _v: unknown[];
  /** @internal slots a tracer assigned since the last line event */
  _mask: number[] | null = null;
  /** @internal the slots the probe now writing back was given (`_mask` as `d` took it) */
  _wb: number[] | null = null;
  /** @internal pending return value (deferred-return frames) */
  _rv: unknown = undefined;
  /**
   * @internal a `return` completion is running (`v` saw it, or `gen.return(v)` resumed the
   * frame): what the end of a generator without `catch` (`eg`) reads to tell it from an exception
   */
  _ok = false;
  /** @internal the exception this frame has reported and that is still propagating */
  _pend: unknown = undefined;
  _hasPend = false;
  /** @internal the traceback of this frame's latest `exception` event, and its exception */
  _tb: Traceback | null = null;
  _tbErr: unknown = undefined;
  /** @internal suspended at a yield or an await */
  _susp = false;
  /** @internal the activation has ended */
  _done = false;
  /** @internal a pre-frame (opened by default parameters): the next one out, while not adopted */
  _pp: Frame | null = null;
  /** @internal a pre-frame whose default parameter is running */
  _pd = false;
  /** @internal the `f_locals` views of this frame, per layout id, made on first use (they read `_v` live) */
  _view: Map<number, object> | null = null;
  /** @internal the line counters of this frame's file, while a monitoring tool counts lines */
  _counts: Float64Array | null = null;

  constructor(code: Code, meta: LiveMeta, thisValue: unknown, layout: number, values: unknown[] | null, back: Frame | null) {
    this.f_code = code;
    this._meta = meta;
    this.f_this = thisValue;
    this._lay = layout;
    this._v = values ?? [];
    this.f_back = back;
    this._line = code.co_firstlineno;
  }

  /** Whether the local tracer gets `line` events. Like CPython, only a boolean is accepted. */
  get f_trace_lines(): boolean {
    return this._lines;
  }

  set f_trace_lines(value: boolean) {
    if (typeof value !== 'boolean') {
      throw new TypeError(`jstrace: f_trace_lines must be a boolean, not ${value === null ? 'null' : typeof value}`);
    }
    this._lines = value;
  }

  get f_lineno(): number {
    return this._line;
  }

  set f_lineno(_value: number) {
    throw new TypeError('jstrace: assigning f_lineno (jumping) is not supported yet');
  }

  get f_locals(): Record<string, unknown> {
    if (this._lay < 0) return this.f_code._isModule ? globalsView(this._meta) : NO_LOCALS;
    return localsView(this);
  }

  get f_globals(): Record<string, unknown> {
    return globalsView(this._meta);
  }

  get [Symbol.toStringTag](): string {
    return `frame ${this.f_code.co_qualname} at ${this.f_code.co_filename}:${this._line}`;
  }
}
