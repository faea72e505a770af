/** The CommonJS require hook (through pirates): instruments each file `require` compiles. */
import { addHook } from 'pirates';
import { shouldInstrument } from './filter.js';
import { instrumentSource } from './instrument-file.js';

const EXTENSIONS = ['.js', '.cjs', '.jsx', '.ts', '.cts', '.tsx'];

/** Installs the hook; returns the function that removes it. */
export function installRequireHook(): () => void {
  return addHook((code, filename) => instrumentSource(code, filename, 'commonjs'), {
    exts: EXTENSIONS,
    ignoreNodeModules: false, // the filter decides (node_modules is excluded unless included by name)
    matcher: shouldInstrument,
  });
}
