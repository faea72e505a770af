/** The `jstrace` entry: re-exports only. */
export { settrace, gettrace, currentFrame } from './runtime/settrace.js';
export { monitoring } from './runtime/monitoring-api.js';
export type { LineCallback, StartCallback, ValueCallback, MonitoringCallback } from './runtime/monitoring.js';
export type { Tracer, TraceEvent, FrameLike, CodeLike, Traceback, ExceptionInfo } from './runtime/types.js';
export { transform } from './transform-entry.js';
export type { TransformOptions } from './instrument/options.js';
export type { TransformResult } from './instrument/transform.js';
export { Trace } from './trace/trace.js';
export type { TraceOptions } from './trace/trace.js';
export { CoverageResults, CountsFileError } from './trace/results.js';
export type { CoverageResultsOptions, WriteResultsOptions, FunctionCount, CountsData, FileCounts, FuncKey } from './trace/results.js';
export { toIstanbul, writeIstanbulReports } from './trace/istanbul.js';
