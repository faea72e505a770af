/**
 * `transform` as the runtime entry exports it: the instrumenter (and Babel) load on first use,
 * so importing 'jstrace' to trace never loads Babel (STYLE R1).
 */
import { createRequire } from 'node:module';
import type { TransformOptions } from './instrument/options.js';
import type { TransformResult } from './instrument/transform.js';

type Instrumenter = typeof import('./instrument/transform.js');
let instrumenter: Instrumenter | null = null;

/**
 * Instruments one file's source for jstrace (loads the instrumenter on first use).
 *
 * @example
 * ```js
 * import { transform } from 'jstrace';
 * const { code } = transform('function f(x) {\n  return x + 1;\n}\nf(1);\n', '/abs/app.js');
 * ```
 */
export function transform(code: string, filename: string, options?: TransformOptions): TransformResult {
  instrumenter ??= createRequire(import.meta.url)('./instrument.cjs') as Instrumenter;
  return instrumenter.transform(code, filename, options);
}
