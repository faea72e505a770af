/** Public types of the runtime. */

/** The events of SPEC §3. */
export type TraceEvent = 'call' | 'line' | 'return' | 'exception';

/** A traceback entry, as Python's: from the frame that reports down to where the error was thrown. */
export interface Traceback {
  tb_frame: FrameLike;
  tb_lineno: number;
  tb_next: Traceback | null;
}

/** The `arg` of an `exception` event: `[type, value, traceback]`. */
export type ExceptionInfo = [type: unknown, value: unknown, traceback: Traceback];

/**
 * A tracer: `(frame, event, arg) => tracer | null | undefined`. The global tracer gets `call`
 * events; what it returns becomes the frame's local tracer (`f_trace`), which gets the rest.
 */
export type Tracer = (frame: FrameLike, event: TraceEvent, arg: unknown) => Tracer | null | undefined | void;

/** A code object: one per function site (SPEC §2). */
export interface CodeLike {
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  readonly co_varnames: readonly string[];
  /**
   * CPython's flag bits that apply: `CO_OPTIMIZED | CO_NEWLOCALS` (3) for a function, and
   * `CO_GENERATOR` (0x20), `CO_COROUTINE` (0x80, an async function) or `CO_ASYNC_GENERATOR`
   * (0x200); 0 for a module body. (`bdb` tests `co_flags & (0x20 | 0x80 | 0x200)`.)
   */
  readonly co_flags: number;
  /** The lines of this code where a statement starts (where `line` events can fire), ascending. */
  co_lines(): number[];
}

/** A frame: one activation of instrumented code (SPEC §2). */
export interface FrameLike {
  readonly f_code: CodeLike;
  /** The current line (assigning it throws a TypeError: jumping is a later feature). */
  f_lineno: number;
  readonly f_back: FrameLike | null;
  readonly f_this: unknown;
  /** A live view of the bindings visible at the current point; writable from a `line` event. */
  readonly f_locals: Record<string, unknown>;
  /** A live view of the module's top-level bindings. */
  readonly f_globals: Record<string, unknown>;
  f_trace: Tracer | null;
  f_trace_lines: boolean;
  f_trace_opcodes: boolean;
}
