/**
 * The `arg` of an `exception` event: `[type, value, traceback]`, where `type` is
 * `value?.constructor` (SPEC §3).
 *
 * Reading `constructor` may run user code (a getter, a Proxy trap), which an observing tracer
 * must not cause. Where the lookup provably runs none (no Proxy on the way, and the property
 * found is a data property) `type` is read at once, into a plain array; otherwise `arg[0]` is
 * an accessor that reads it when the tracer does. The accessor costs more than the whole rest
 * of an exception event (V8 turns the array's elements into a dictionary): docs/decisions.md §1f.
 */
import { nodeBuiltin } from './node-builtin.js';
import type { Traceback } from './types.js';

type IsProxy = (value: unknown) => boolean;

const isProxy: IsProxy | null = nodeBuiltin<{ types?: { isProxy?: IsProxy } }>('node:util')?.types?.isProxy ?? null;

const LAZY = Symbol('lazy');

/** `value.constructor` when looking it up runs no user code, else `LAZY`. */
function constructorOf(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (isProxy === null) return LAZY;
  // A primitive's properties are its wrapper prototype's.
  let o: object | null = typeof value === 'object' || typeof value === 'function' ? (value as object) : (Object(value) as object);
  while (o !== null) {
    if (isProxy(o)) return LAZY;
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined) return 'value' in d ? d.value : LAZY;
    o = Object.getPrototypeOf(o) as object | null;
  }
  return undefined;
}

/** `[type, value, traceback]` for an exception event. */
export function exceptionArg(err: unknown, tb: Traceback): unknown[] {
  const type = constructorOf(err);
  if (type !== LAZY) return [type, err, tb];
  const arg: unknown[] = [undefined, err, tb];
  Object.defineProperty(arg, 0, {
    get: () => (err as { constructor?: unknown }).constructor,
    enumerable: true,
    configurable: true,
  });
  return arg;
}
