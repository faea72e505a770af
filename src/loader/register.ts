/**
 * Installs both loaders once per thread and hands them down to child processes (through
 * NODE_OPTIONS) and worker threads (which inherit it); returns `unregister`.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, MessageChannel, workerData } from 'node:worker_threads';
import { debugTopics, warnCacheOnce, writeStderr } from './cache.js';
import { addRequireExtensions, installRequireHook } from './require-hook.js';
import { installTsResolve } from './ts-resolve.js';
import { syncHooks } from './module-hooks.js';
import { type FilterOptions, setFilter } from './filter.js';
import { type Probes, setProbes } from './instrument-file.js';

/** Options of `register()`: which files to instrument, and how (README, "Choosing files"). */
export interface RegisterOptions extends FilterOptions {
  /**
   * `'events'` (default): frames and every event. `'counters'`: line and call counters only,
   * read through `monitoring.get_counts()`, for coverage (`jstrace --count` uses it); no
   * settrace events, no monitoring callbacks come from such files.
   */
  probes?: Probes;
}

const KEY = Symbol.for('jstrace.loader');

/** Is this the thread Node runs `module.register` hooks in (it runs the preloads too)? */
function isLoaderHooksThread(): boolean {
  if (isMainThread) return false;
  // Node 20 starts it with `workerData` null (a user's Worker without data has undefined) or
  // `{ lock: Int32Array }`, depending on how the hooks were registered.
  const data = workerData as { lock?: unknown } | null | undefined;
  return data === null || (!!data && typeof data === 'object' && data.lock instanceof Int32Array);
}

/** `--require <this package's register.cjs>`, added once to NODE_OPTIONS for child processes. */
function inheritIntoChildren(options: RegisterOptions): void {
  // Children read the same file selection and form from the environment.
  if (options.include) process.env.JSTRACE_INCLUDE = options.include.join(',');
  if (options.exclude) process.env.JSTRACE_EXCLUDE = options.exclude.join(',');
  if (options.probes) process.env.JSTRACE_PROBES = options.probes;
  const registerCjs = fileURLToPath(new URL('./register.cjs', import.meta.url));
  const flag = `--require ${JSON.stringify(registerCjs)}`;
  const current = process.env.NODE_OPTIONS ?? '';
  if (!current.includes(registerCjs)) process.env.NODE_OPTIONS = current ? `${current} ${flag}` : flag;
}

type RegisterHooks = (hooks: typeof syncHooks) => { deregister(): void };

/**
 * Registers the module hooks in this thread with `module.registerHooks` (Node 22.15+), where a
 * load costs a function call and `require()` runs them too; returns the function that removes
 * them, or undefined where Node has no `registerHooks`.
 */
function registerInThreadHooks(): (() => void) | undefined {
  const registerHooks = (module as unknown as { registerHooks?: RegisterHooks }).registerHooks;
  if (typeof registerHooks !== 'function') return undefined;
  const handle = registerHooks(syncHooks);
  return () => handle.deregister();
}

/**
 * Registers the ESM hooks with `module.register` (Node 20), which runs them in a thread of
 * their own and cannot remove them. On the main thread they get a port on which their thread (Node 20
 * runs hooks off-thread) relays its cache warning, so a process warns once. Elsewhere (workers,
 * and Node 20's hooks thread running the preloads, where `transferList` makes `module.register`
 * reject with "Missing internal module") they are registered without it.
 */
function registerEsmHooks(options: RegisterOptions): void {
  const url = new URL('./register-hooks.js', import.meta.url).href;
  const filter: FilterOptions = { include: options.include, exclude: options.exclude };
  if (!isMainThread) {
    module.register(url, { data: { filter, probes: options.probes } });
    return;
  }
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m: { type?: string; message?: string }) => {
    if (m?.type === 'jstrace-cache-warning' && m.message) warnCacheOnce(m.message);
  });
  port1.unref();
  module.register(url, { data: { filter, probes: options.probes, port: port2 }, transferList: [port2] });
}

/**
 * Instruments every module loaded from now on (CommonJS and ES modules, JavaScript and
 * TypeScript, outside node_modules), in this process and in the Node processes and worker
 * threads it starts with its environment. Import it from `jstrace/loader`, which installs
 * nothing by itself (`jstrace/register` installs the loaders as it is imported). Once the
 * loaders are installed, `register()` returns a no-op, and `register(options)` throws.
 *
 * @example
 * ```js
 * import { register } from 'jstrace/loader';
 * const unregister = register({ include: ['src/**'] });
 * await import('./src/app.js');
 * unregister();
 * ```
 */
export function register(options: RegisterOptions = {}): () => void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (isLoaderHooksThread()) return () => {};
  if (g[KEY]) {
    if (Object.values(options).some((v) => v !== undefined)) {
      throw new Error('jstrace: register(options): the loaders are installed already (by jstrace/register, or an earlier register()); call register(options) from jstrace/loader before anything installs them');
    }
    return () => {};
  }
  // The settings are checked before anything is installed: a bad one throws, and a corrected
  // call can install the loaders after it.
  setProbes(options.probes);
  setFilter(options);
  g[KEY] = true;
  // Node 22.15+: one set of in-thread hooks that `import` and `require()` both run. Node 20:
  // ES module hooks in their own thread, and a require hook for CommonJS.
  const revertInThread = registerInThreadHooks();
  const revertHook = revertInThread ? addRequireExtensions() : installRequireHook();
  if (!revertInThread) registerEsmHooks(options);
  // `require('./x.js')` in a TypeScript file finds `x.ts`: Node 20's require needs the patch, and
  // so does Node 22's for a CommonJS file an `import` loaded (its `require` skips the resolve hook).
  const revertResolve = installTsResolve();
  if (debugTopics(process.env.JSTRACE_DEBUG).has('loader')) {
    writeStderr(`jstrace: module hooks: ${revertInThread ? 'module.registerHooks (in this thread, for import and require)' : 'module.register (a hooks thread; CommonJS through a require hook)'}`);
  }
  const revert = () => {
    revertInThread?.();
    revertResolve();
    revertHook();
  };
  inheritIntoChildren(options);
  return () => {
    revert();
    g[KEY] = undefined;
  };
}
