/**
 * CommonJS loading: the require hook (through pirates) that instruments each file `require`
 * compiles where Node runs module hooks off-thread (Node 20), and, where in-thread hooks
 * instrument CommonJS themselves (Node 22.15+), just the extensions `require` must know to
 * resolve `require('./x')` to `x.ts`.
 */
import Module from 'node:module';
import { addHook } from 'pirates';
import { shouldInstrument } from './filter.js';
import { needsBabel, TS_FILE } from '../instrument/file-kinds.js';
import { instrumentSource } from './instrument-file.js';
import { tsFormat } from './ts-format.js';

const EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx'];
/**
 * The extensions `require` is made to know. Each one changes how `require('./x')` resolves
 * (`./x.cjs` would be found where plain node finds `./x/index.js`, or nothing), and Node 22
 * follows a CommonJS re-export (`module.exports = require('./b.cjs')`) for an ES module's named
 * imports only into a file whose registered extension is `.js`. So `.cjs`, which Node loads
 * through the `.js` loader anyway, is never registered; `.mjs` only where Node 20's `require`
 * of an ES module needs it to reach the hook (below). The TypeScript and JSX ones are
 * registered so that `require('./x')` finds `x.ts`, as TypeScript (and tsx) resolve it.
 */
const RESOLVED = ['.jsx', '.ts', '.cts', '.mts', '.tsx'];

/** Installs the hook; returns the function that removes it. */
export function installRequireHook(): () => void {
  // `.mjs`/`.mts` reach this hook when required (require(esm), Node 20.19+): Node 20 has no
  // module.registerHooks, so such a load skips the ESM hooks and is instrumented here.
  // A `.ts` file is compiled for the module system Node runs it in (its package's `type`: a
  // `require()`d ES module is Node 20.19+'s require(esm)).
  const extensions = (Module as unknown as { _extensions: Record<string, unknown> })._extensions;
  const hadCjs = '.cjs' in extensions;
  const revert = addHook((code, filename) => instrumentSource(code, filename, TS_FILE.test(filename) ? tsFormat(filename) : /\.mjs$/.test(filename) ? 'module' : 'commonjs'), {
    // pirates registers each of these; the `.js` hook also compiles the `.cjs` files that reach it.
    exts: EXTENSIONS,
    ignoreNodeModules: false, // the filter decides (node_modules is excluded unless included by name)
    // TypeScript and JSX are compiled wherever they are; the filter decides what is instrumented.
    matcher: (filename) => needsBabel(filename) || shouldInstrument(filename),
  });
  if (!hadCjs) delete extensions['.cjs'];
  return revert;
}

/**
 * Makes `require` resolve the extensions it does not know (`.ts`, `.tsx`, `.jsx`, ...) by
 * loading them as `.js` files are loaded, which runs the module hooks that compile them.
 * Returns the function that removes what it added.
 */
export function addRequireExtensions(): () => void {
  const extensions = (Module as unknown as { _extensions: Record<string, unknown> })._extensions;
  const added = RESOLVED.filter((ext) => !(ext in extensions));
  for (const ext of added) extensions[ext] = extensions['.js'];
  return () => {
    for (const ext of added) if (extensions[ext] === extensions['.js']) delete extensions[ext];
  };
}
