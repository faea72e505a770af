/**
 * A Node built-in module when the runtime runs on Node (20.16+ has `process.getBuiltinModule`),
 * else undefined. The runtime imports no Node module statically, so that instrumented code
 * still runs where there is none.
 */
export function nodeBuiltin<M>(id: string): M | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return p?.getBuiltinModule?.(id) as M | undefined;
}
