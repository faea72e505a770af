/** The `jstrace` entry: re-exports only. */
export { settrace, gettrace, currentFrame } from './runtime/settrace.js';
export type { Tracer, TraceEvent, FrameLike, CodeLike, Traceback, ExceptionInfo } from './runtime/types.js';
export { transform } from './transform-entry.js';
export type { TransformOptions } from './instrument/options.js';
export type { TransformResult } from './instrument/transform.js';
