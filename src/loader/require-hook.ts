/**
 * CommonJS loading: the require hook that instruments each file `require`
 * compiles where Node runs module hooks off-thread (Node 20), and, where in-thread hooks
 * instrument CommonJS themselves (Node 22.15+), just the extensions `require` must know to
 * resolve `require('./x')` to `x.ts`.
 */
import Module from 'node:module';
import path from 'node:path';
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

type Loader = (mod: NodeModule, filename: string) => void;
type Compile = (this: NodeModule, content: string, filename: string, format?: string) => unknown;

/**
 * Installs the hook; returns the function that removes it.
 *
 * It is pirates' pattern (each loader in `require.extensions` wraps the module's `_compile` for
 * one call), written out because pirates' wrapper drops `_compile`'s third argument: the format
 * Node 20.19+ decided from the package's `type` (`'module'` for a `.js` file of a
 * `"type": "module"` package, which `require()` then loads as an ES module). Without it Node
 * guesses from the syntax: a `"type": "module"` file with no `import` ran as sloppy CommonJS,
 * and a `"type": "commonjs"` file using `import.meta` ran as an ES module instead of failing.
 */
export function installRequireHook(): () => void {
  // `.mjs`/`.mts` reach this hook when required (require(esm), Node 20.19+): Node 20 has no
  // module.registerHooks, so such a load skips the ESM hooks and is instrumented here.
  // A `.ts` file is compiled for the module system Node runs it in (its package's `type`: a
  // `require()`d ES module is Node 20.19+'s require(esm)); a `.js` file as Node's format says.
  const extensions = (Module as unknown as { _extensions: Record<string, Loader | undefined> })._extensions;
  const kindOf = (filename: string, format: string | undefined): 'module' | 'commonjs' =>
    TS_FILE.test(filename) ? tsFormat(filename) : format === 'module' || /\.mjs$/.test(filename) ? 'module' : 'commonjs';
  const installed = new Map<string, { ours: Loader; before: Loader | undefined }>();
  const jsLoader = extensions['.js']!; // Node's, for the extensions it has no loader of its own for
  // `.cjs` is not among them: Node's `.js` loader, which loads `.cjs` files, is hooked.
  for (const ext of EXTENSIONS.filter((e) => e !== '.cjs')) {
    const before = extensions[ext];
    const load = before ?? jsLoader;
    const ours: Loader = function (mod, filename) {
      // A file whose extension is not one of ours (a script without one) loads as it is.
      if (EXTENSIONS.includes(path.extname(filename)) && (needsBabel(filename) || shouldInstrument(path.resolve(filename)))) {
        const compile = (mod as unknown as { _compile: Compile })._compile;
        (mod as unknown as { _compile: Compile })._compile = function (content, name, format) {
          (mod as unknown as { _compile: Compile })._compile = compile;
          return compile.call(mod, instrumentSource(content, filename, kindOf(filename, format)), name, format);
        };
      }
      load(mod, filename);
    };
    extensions[ext] = ours;
    installed.set(ext, { ours, before });
  }
  return () => {
    for (const [ext, { ours, before }] of installed) {
      if (extensions[ext] !== ours) continue;
      if (before === undefined) delete extensions[ext];
      else extensions[ext] = before;
    }
  };
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
