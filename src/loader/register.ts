/** Installs both loaders once per thread; returns `unregister`. */
import module from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { installRequireHook } from './require-hook.js';

const KEY = Symbol.for('jstrace.loader');

/**
 * Instruments every module loaded from now on (CommonJS and ES modules outside node_modules).
 *
 * @example
 * ```js
 * import { register } from 'jstrace/register';
 * const unregister = register();
 * await import('./app.js');
 * unregister();
 * ```
 */
export function register(): () => void {
  const g = globalThis as unknown as Record<symbol, { count: number } | undefined>;
  if (g[KEY]) return () => {};
  const state = { count: 1 };
  g[KEY] = state;
  const revert = installRequireHook();
  // The hooks thread itself runs the process's --import/-r too; it must not register again.
  if (isMainThread && typeof module.register === 'function') module.register(new URL('./register-hooks.js', import.meta.url).href);
  return () => {
    revert();
    g[KEY] = undefined;
  };
}
