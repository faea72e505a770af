/**
 * The child nodes of a Babel node, in visitor order: the one walk every pass of the
 * instrumenter uses (scans, the instrumenting walk, the counters form's rewrite).
 */
import * as t from '@babel/types';

const isNode = (v: unknown): v is t.Node => !!v && typeof (v as t.Node).type === 'string';

/**
 * Calls `fn` with each child node of `node` (holes and empty slots skipped); `fn` returning
 * true stops the walk, and `someChild` returns true.
 *
 * @example
 * ```ts
 * someChild(node, (c) => c.type === 'CallExpression'); // has a direct child that is a call
 * ```
 */
export function someChild(node: t.Node, fn: (child: t.Node, key: string) => boolean | void): boolean {
  const rec = node as unknown as Record<string, unknown>;
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const value = rec[key];
    if (Array.isArray(value)) {
      for (const c of value) if (isNode(c) && fn(c, key)) return true;
    } else if (isNode(value) && fn(value, key)) {
      return true;
    }
  }
  return false;
}

/**
 * Replaces each child node of `node` by what `fn` returns. In a list (`inList`), `fn` may
 * return several nodes, or none to remove the child; elsewhere it returns one node.
 *
 * @example
 * ```ts
 * mapChildren(block, (c) => (c.type === 'EmptyStatement' ? [] : c)); // drops `;` statements
 * ```
 */
export function mapChildren(node: t.Node, fn: (child: t.Node, key: string, inList: boolean) => t.Node | t.Node[]): void {
  const rec = node as unknown as Record<string, unknown>;
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const value = rec[key];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const c = value[i] as unknown;
        if (!isNode(c)) continue;
        const out = fn(c, key, true);
        if (Array.isArray(out)) {
          value.splice(i, 1, ...out);
          i += out.length - 1;
        } else {
          value[i] = out;
        }
      }
    } else if (isNode(value)) {
      const out = fn(value, key, false);
      if (Array.isArray(out)) throw new Error(`mapChildren: ${node.type}.${key} holds one node`);
      rec[key] = out;
    }
  }
}
