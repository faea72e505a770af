/**
 * `jstrace/loader`: `register(options)` without the side effect of `jstrace/register`, for a
 * program that installs the loaders itself, with options of its own.
 *
 * @example
 * ```js
 * import { register } from 'jstrace/loader';
 * const unregister = register({ include: ['src/**'], probes: 'counters' });
 * require('./src/app.cjs');
 * unregister();
 * ```
 */
export { register } from './loader/register.js';
export type { RegisterOptions } from './loader/register.js';
