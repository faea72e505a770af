/** The one place the loaders turn a file's source into instrumented source. */
import { transform } from '../instrument/transform.js';

/**
 * Instruments `code` of `filename` for the module system Node loads it as (`commonjs` or
 * `module`). TypeScript run as CommonJS gets its `import`/`export` compiled to `require`.
 */
export function instrumentSource(code: string, filename: string, format: 'module' | 'commonjs'): string {
  return transform(code, filename, {
    sourceType: format === 'module' ? 'module' : /\.c[jt]s$/.test(filename) ? 'script' : 'unambiguous',
    module: format === 'commonjs' ? 'commonjs' : 'preserve',
  }).code;
}
