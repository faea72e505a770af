/**
 * The table of `f_locals` layouts of one file: each probe names a layout (the names its
 * snapshot array holds, in order, and which of them a tracer may assign). Identical layouts
 * are stored once.
 */
import type { RawLayout } from '../protocol.js';
import type { Binding } from './declarations.js';

export class LayoutTable {
  readonly layouts: RawLayout[] = [];
  private readonly index = new Map<string, number>();

  /** The id of the layout for these bindings, adding it if new. */
  layoutFor(bindings: Binding[], slots: number[] = bindings.map((_, i) => i)): number {
    const names = bindings.map((b) => b.name);
    const writable = bindings.map((b) => (b.kind === 'const' ? 0 : 1));
    return this.intern(names.join(',') + '|' + writable.join('') + '|' + slots.join(','), () => [names, writable, slots]);
  }

  /** The id of a layout found by a key the caller builds (big frames: no O(names) key per probe). */
  layoutForKey(key: string, names: () => string[]): number {
    return this.intern(key, () => {
      const list = names();
      return [list, list.map(() => 0)];
    });
  }

  /** The id of the layout stored under `key`, made by `make` and added if new. */
  private intern(key: string, make: () => RawLayout): number {
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.layouts.length;
      this.layouts.push(make());
      this.index.set(key, found);
    }
    return found;
  }
}
