/**
 * `f_locals` and `f_globals`: live views (Python 3.13's write-through proxy). `f_locals` reads
 * the snapshot the frame's latest line event took and writes back into it; the instrumented
 * code assigns written slots to the real bindings before the line runs. `f_globals` goes
 * through the module's accessor, so it is live in both directions.
 */
import type { LiveMeta } from './code.js';
import type { Frame } from './frame.js';

const NO_NAMES: readonly string[] = [];

/** Value of a snapshot slot whose binding is still in its temporal dead zone. */
export const TDZ: unique symbol = Symbol('jstrace.tdz');

function frozenError(name: string): TypeError {
  return new TypeError(`Assignment to constant variable '${name}'.`);
}

function deleteError(name: string | symbol): TypeError {
  return new TypeError(`jstrace: cannot delete local '${String(name)}' through f_locals`);
}

interface View {
  names(): readonly string[];
  read(i: number): unknown;
  write(i: number, name: string, value: unknown): void;
}

/** name → slot of each layout's names, built once per layout. */
const indexes = new WeakMap<readonly string[], Map<string, number>>();

function indexOf(names: readonly string[], key: string): number {
  let index = indexes.get(names);
  if (!index) indexes.set(names, (index = new Map(names.map((n, i) => [n, i]))));
  return index.get(key) ?? -1;
}

function makeProxy(view: View): Record<string, unknown> {
  const find = (key: string | symbol): number => (typeof key === 'string' ? indexOf(view.names(), key) : -1);
  const present = (i: number): boolean => i >= 0 && view.read(i) !== TDZ;
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    ownKeys: () => view.names().filter((_, i) => present(i)),
    has: (_t, key) => present(find(key)),
    get: (_t, key) => {
      const i = find(key);
      return present(i) ? view.read(i) : undefined;
    },
    getOwnPropertyDescriptor: (_t, key) => {
      const i = find(key);
      return present(i) ? { value: view.read(i), writable: true, enumerable: true, configurable: true } : undefined;
    },
    set: (_t, key, value) => {
      const i = find(key);
      if (i < 0 || view.read(i) === TDZ) throw new ReferenceError(`jstrace: no local '${String(key)}' is visible here`);
      view.write(i, key as string, value);
      return true;
    },
    deleteProperty: (_t, key) => {
      throw deleteError(key);
    },
    defineProperty: (_t, key) => {
      throw new TypeError(`jstrace: cannot define '${String(key)}' on f_locals; assign it instead`);
    },
  });
}

/** `frame.f_locals` */
export function localsView(frame: Frame): Record<string, unknown> {
  // The layout changes from line to line: read it at each access.
  const layout = () => frame._meta.s[frame._lay];
  const slot = (i: number): number => layout()?.[2]?.[i] ?? i;
  return makeProxy({
    names: () => layout()?.[0] ?? NO_NAMES,
    read: (i) => frame._v[slot(i)],
    write: (i, name, value) => {
      const l = layout();
      if (!l || !l[1][i]) throw frozenError(name);
      frame._v[slot(i)] = value;
      (frame._mask ??= new Array(l[0].length).fill(0))[i] = 1;
    },
  });
}

const globalsViews = new WeakMap<LiveMeta, Record<string, unknown>>();

/** `frame.f_globals`: one view per module. */
export function globalsView(meta: LiveMeta): Record<string, unknown> {
  let view = globalsViews.get(meta);
  if (!view) globalsViews.set(meta, (view = makeGlobalsView(meta)));
  return view;
}

function makeGlobalsView(meta: LiveMeta): Record<string, unknown> {
  const [names, writable] = meta.g;
  return makeProxy({
    names: () => names,
    read: (i) => {
      if (!meta.G) return TDZ;
      try {
        return meta.G(i, false);
      } catch {
        return TDZ;
      }
    },
    write: (i, name, value) => {
      if (!writable[i]) throw frozenError(name);
      meta.G!(i, true, value);
    },
  });
}
