/** The CommonJS require hook (through pirates): instruments each file `require` compiles. */
import { addHook } from 'pirates';
import { shouldInstrument } from './filter.js';
import { instrumentSource } from './instrument-file.js';

const EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx'];

/** Installs the hook; returns the function that removes it. */
export function installRequireHook(): () => void {
  // `.mjs`/`.mts` reach this hook when required (require(esm), Node 20.19+): Node 20 has no
  // module.registerHooks, so such a load skips the ESM hooks and is instrumented here.
  return addHook((code, filename) => instrumentSource(code, filename, /\.m[jt]s$/.test(filename) ? 'module' : 'commonjs'), {
    exts: EXTENSIONS,
    ignoreNodeModules: false, // the filter decides (node_modules is excluded unless included by name)
    matcher: shouldInstrument,
  });
}
