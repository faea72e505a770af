/**
 * `f_locals` and `f_globals`: live views (Python 3.13's write-through proxy). `f_locals` reads
 * the snapshot the frame's latest line event took and writes back into it; the instrumented
 * code assigns written slots to the real bindings before the line runs. `f_globals` goes
 * through the module's accessor, so it is live in both directions.
 */
import { GLOBAL_FIXED, GLOBAL_WRITABLE, type RawLayout } from '../protocol.js';
import type { LiveMeta } from './code.js';
import type { Frame } from './frame.js';

const NO_NAMES: readonly string[] = [];

/** Value of a snapshot slot whose binding is still in its temporal dead zone. */
export const TDZ: unique symbol = Symbol('jstrace.tdz');

function frozenError(name: string): TypeError {
  return new TypeError(`Assignment to constant variable '${name}'.`);
}

function fixedError(name: string): TypeError {
  return new TypeError(`jstrace: '${name}' is a function or class declaration the program never reassigns; f_globals cannot assign it`);
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

/**
 * `frame.f_locals`: an ordinary object with one accessor property per visible binding (no
 * Proxy: V8 runs every Proxy trap through its runtime, and a tracer reading all locals at
 * each line paid ~10 µs per event). The accessors read and write the frame's slot array live;
 * the object belongs to one layout (the set of names visible at a line), so the frame keeps
 * the view of its latest layout and makes another when the layout changes. Names that are not
 * own properties (unknown, or in their TDZ) reach the prototype, a Proxy that refuses writes
 * with a ReferenceError; the view is not extensible, and its properties not configurable, so
 * `delete` and `defineProperty` throw a TypeError (docs/decisions.md §1e).
 */
export function localsView(frame: Frame): Record<string, unknown> {
  // The views of the layouts this frame has shown, by layout id (a loop goes through the same
  // few layouts again and again).
  const views = (frame._view ??= new Map()) as Map<number, LocalsView>;
  const cached = views.get(frame._lay);
  if (cached !== undefined && LocalsView.fits(cached, frame)) return cached as unknown as Record<string, unknown>;
  const view = new LocalsView(frame);
  views.set(frame._lay, view);
  return view as unknown as Record<string, unknown>;
}

/** A layout's accessors, made once per layout: `[name, slot, descriptor]` of each distinct name. */
type Accessors = [name: string, slot: number, descriptor: PropertyDescriptor][];
const accessorsOf = new WeakMap<RawLayout, Accessors>();

function layoutAccessors(layout: RawLayout): Accessors {
  let acc = accessorsOf.get(layout);
  if (acc) return acc;
  const [names, writable, slots] = layout;
  // A name declared twice (`function f(x, x)`) is one binding: the last declaration's slot.
  const last = new Map<string, number>();
  names.forEach((n, i) => last.set(n, i));
  acc = [];
  for (const [name, i] of last) {
    const slot = slots?.[i] ?? i;
    const descriptor: PropertyDescriptor = {
      get(this: LocalsView) {
        return LocalsView.frameOf(this)._v[slot];
      },
      set: writable[i]
        ? function (this: LocalsView, value: unknown) {
            const f = LocalsView.frameOf(this);
            f._v[slot] = value;
            (f._mask ??= [])[slot] = 1;
          }
        : () => {
            throw frozenError(name);
          },
      enumerable: true,
      configurable: false,
    };
    acc.push([name, slot, descriptor]);
  }
  // Keys in declaration order of their first appearance, as the names list has them.
  acc.sort((a, b) => names.indexOf(a[0]) - names.indexOf(b[0]));
  accessorsOf.set(layout, acc);
  return acc;
}

/** What a view's prototype answers for names that are not its own properties. */
const ABSENT: object = new Proxy(Object.create(null) as object, {
  has: () => false,
  get: () => undefined,
  set: (_t, key) => {
    throw new ReferenceError(`jstrace: no local '${String(key)}' is visible here`);
  },
  defineProperty: (_t, key) => {
    throw new TypeError(`jstrace: cannot define '${String(key)}' on f_locals; assign it instead`);
  },
  deleteProperty: (_t, key) => {
    throw deleteError(key);
  },
});

class LocalsView {
  #frame: Frame;
  #acc: Accessors;
  /** Which of the layout's names were absent (in their TDZ) when the view was made. */
  #absent: string;

  constructor(frame: Frame) {
    this.#frame = frame;
    const layout = frame._meta.s[frame._lay];
    const acc = layout ? layoutAccessors(layout) : [];
    this.#acc = acc;
    let absent = '';
    for (const [name, slot, descriptor] of acc) {
      if (frame._v[slot] === TDZ) absent += '1';
      else {
        absent += '0';
        Object.defineProperty(this, name, descriptor);
      }
    }
    this.#absent = absent;
    Object.preventExtensions(this);
  }

  static frameOf(view: LocalsView): Frame {
    return view.#frame;
  }

  /** Still right for `frame`'s current layout: the same names in their TDZ. */
  static fits(view: LocalsView, frame: Frame): boolean {
    const acc = view.#acc;
    const absent = view.#absent;
    for (let k = 0; k < acc.length; k++) {
      if ((frame._v[acc[k]![1]] === TDZ) !== (absent.charCodeAt(k) === 49)) return false;
    }
    return true;
  }
}
delete (LocalsView.prototype as { constructor?: unknown }).constructor;
Object.setPrototypeOf(LocalsView.prototype, ABSENT);

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
      if (writable[i] !== GLOBAL_WRITABLE) {
        // Writing back the value it holds changes nothing (a debugger that writes every name back).
        if (writable[i] === GLOBAL_FIXED && Object.is(meta.G?.(i, false), value)) return;
        throw writable[i] === GLOBAL_FIXED ? fixedError(name) : frozenError(name);
      }
      meta.G!(i, true, value);
    },
  });
}
