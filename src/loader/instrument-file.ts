/**
 * The one place the loaders turn a file's source into instrumented source, and decide what
 * happens when the instrumenter cannot parse a file (SPEC §5): if Node can, the file runs
 * uninstrumented with one warning; if Node cannot either, the load throws a `SyntaxError`
 * whose message starts with `file:line:column` and carries a code frame.
 */
import vm from 'node:vm';
import { transform } from '../instrument/transform.js';

const CJS_WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

/** Would Node itself compile this CommonJS source? */
function nodeParsesCommonJS(code: string): boolean {
  try {
    vm.compileFunction(code, CJS_WRAPPER_PARAMS);
    return true;
  } catch {
    return false;
  }
}

/**
 * Instruments `code` of `filename` for the module system Node loads it as (`commonjs` or
 * `module`). TypeScript run as CommonJS gets its `import`/`export` compiled to `require`.
 */
export function instrumentSource(code: string, filename: string, format: 'module' | 'commonjs'): string {
  try {
    return transform(code, filename, {
      sourceType: format === 'module' ? 'module' : /\.c[jt]s$/.test(filename) ? 'script' : 'unambiguous',
      module: format === 'commonjs' ? 'commonjs' : 'preserve',
    }).code;
  } catch (err) {
    const e = err as { code?: string; stack?: string; message?: string };
    if (e?.code !== 'JSTRACE_SYNTAX_ERROR') throw err;
    if (format === 'commonjs' && /\.[cm]?jsx?$/.test(filename) && !/\.jsx$/.test(filename) && nodeParsesCommonJS(code)) {
      process.emitWarning(`${filename} could not be instrumented (${e.message!.split('\n')[0]}); it runs untraced.`, { code: 'JSTRACE_UNINSTRUMENTED' });
      return code;
    }
    // The user's error, not ours: no stack frames of jstrace's insides.
    e.stack = `SyntaxError: ${e.message}`;
    throw err;
  }
}
