// The floors the startup bench times beside jstrace, to say where a warm run's cost lies:
// - `hooks-empty`: a module-hook registration that defines no hook (module.register of an
//   empty module on Node 20): what the mechanism costs before any hook runs.
// - `hooks`: no-op ES module hooks registered the way jstrace registers its own on the Node
//   being timed (module.registerHooks where it exists, module.register otherwise), running the
//   JS twin: what the module-hook mechanism alone costs.
// - `instrumented`: the JS twin instrumented ahead of time by jstrace's transform (the same
//   code the loaders produce, minus the TypeScript), run by plain node with only jstrace's
//   runtime preloaded: what the instrumented code alone costs to compile and run.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const NOOP_HOOKS = `import module from 'node:module';
if (typeof module.registerHooks === 'function') {
  module.registerHooks({ resolve: (s, c, next) => next(s, c), load: (u, c, next) => next(u, c) });
} else {
  module.register('data:text/javascript,' + encodeURIComponent(
    'export async function resolve(s, c, next) { return next(s, c); } export async function load(u, c, next) { return next(u, c); }'));
}
`;

// The same registration with no hook at all: on Node 20, `module.register` starts the hooks
// thread and routes every load of the program through it whatever the hooks module defines.
const EMPTY_HOOKS = `import module from 'node:module';
if (typeof module.registerHooks === 'function') {
  module.registerHooks({});
} else {
  module.register('data:text/javascript,' + encodeURIComponent('export {};'));
}
`;

/** Writes `noop-hooks.mjs` into `dir`; returns its URL (for `--import`). */
export function writeNoopHooks(dir) {
  return writeHooksFile(dir, 'noop-hooks.mjs', NOOP_HOOKS);
}

/** Writes `empty-hooks.mjs` (a registration without hooks) into `dir`; returns its URL. */
export function writeEmptyHooks(dir) {
  return writeHooksFile(dir, 'empty-hooks.mjs', EMPTY_HOOKS);
}

function writeHooksFile(dir, name, text) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return pathToFileURL(file).href;
}

/**
 * Copies the JS twin `from` to `to`, every .mjs/.cjs/.js file instrumented by the build in
 * `distDir` as the loaders would (ES modules as modules, CommonJS as scripts). Returns `to`.
 */
export function instrumentTree(from, to, distDir) {
  const { transform } = createRequire(import.meta.url)(join(distDir, 'instrument.cjs'));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const src = join(dir, entry.name);
      const dest = join(to, relative(from, src));
      if (entry.isDirectory()) {
        mkdirSync(dest, { recursive: true });
        walk(src);
      } else if (/\.(mjs|cjs|js)$/.test(entry.name)) {
        const commonjs = entry.name.endsWith('.cjs');
        const options = { sourceType: commonjs ? 'script' : 'module', module: commonjs ? 'commonjs' : 'preserve' };
        writeFileSync(dest, transform(readFileSync(src, 'utf8'), dest, options).code);
      } else {
        copyFileSync(src, dest);
      }
    }
  };
  mkdirSync(to, { recursive: true });
  walk(from);
  return to;
}
