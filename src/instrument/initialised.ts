/**
 * Free `let`/`const`/`class` bindings a function can never see in their temporal dead zone,
 * found before any instrumentation (positions are the original source's).
 *
 * A probe reads a free lexical binding through `_$jt.z(() => x)` (a closure and a `try` per
 * read) because the function may run before the binding is initialised. That cannot happen
 * when the function is created after the declaration has run: the function (or the function
 * around it that the declaring function creates) is an expression, not a hoisted declaration,
 * and starts after the declarator ends, inside the declaration's scope. Code after a
 * declaration in its scope only runs once the declaration has, except in a `switch`, whose
 * cases share one scope and can be entered in the middle; those stay guarded. Name-based like
 * the rest of the scan, so a name declared twice in one function stays guarded too.
 * docs/decisions.md §1f.
 */
import * as t from '@babel/types';

/** Where one lexical declaration of a name initialises it, and the scope it is visible in. */
interface LexicalDeclaration {
  /** Offset after which the binding is initialised. */
  initialisedAt: number;
  scopeStart: number;
  scopeEnd: number;
  /** Declared in a `switch` case: a case can be entered past the declaration. */
  inSwitch: boolean;
}

/** Per function node (or the program), the lexical declarations made directly in its body, by name. */
export type LexicalDeclarations = WeakMap<t.Node, Map<string, LexicalDeclaration[]>>;

/** Finds the lexical declarations of every function under `root` (and of `root` itself). */
export function analyseLexicalDeclarations(root: t.Node): LexicalDeclarations {
  const out: LexicalDeclarations = new WeakMap();
  const visit = (node: t.Node, owner: Map<string, LexicalDeclaration[]> | null, scope: t.Node | null, inSwitch: boolean): void => {
    if (t.isFunction(node) || node.type === 'StaticBlock' || node === root) {
      owner = new Map();
      out.set(node, owner);
    }
    const add = (name: string, initialisedAt: number | null | undefined): void => {
      if (!owner || !scope || initialisedAt == null || scope.start == null || scope.end == null) return;
      const list = owner.get(name) ?? [];
      list.push({ initialisedAt, scopeStart: scope.start, scopeEnd: scope.end, inSwitch });
      owner.set(name, list);
    };
    if (node.type === 'VariableDeclaration' && node.kind !== 'var') {
      for (const d of node.declarations) {
        for (const name of Object.keys(t.getBindingIdentifiers(d.id))) add(name, d.end);
      }
    } else if (node.type === 'ClassDeclaration' && node.id) {
      add(node.id.name, node.end);
    }
    const keys = t.VISITOR_KEYS[node.type] ?? [];
    const rec = node as unknown as Record<string, unknown>;
    for (const key of keys) {
      const value = rec[key];
      const children = Array.isArray(value) ? value : [value];
      for (const c of children as (t.Node | null | undefined)[]) {
        if (!c || typeof c.type !== 'string') continue;
        let childScope = scope;
        let childSwitch = inSwitch;
        if (t.isFunction(c) || c.type === 'StaticBlock' || c.type === 'BlockStatement' || c.type === 'Program') {
          childScope = c;
          childSwitch = false;
        } else if (c.type === 'SwitchStatement') {
          childScope = c;
          childSwitch = true;
        } else if (c.type === 'ForStatement' || c.type === 'ForInStatement' || c.type === 'ForOfStatement') {
          childScope = c;
          childSwitch = false;
        }
        visitChild(c, node, owner, childScope, childSwitch);
      }
    }
  };
  const visitChild = (c: t.Node, parent: t.Node, owner: Map<string, LexicalDeclaration[]> | null, scope: t.Node | null, inSwitch: boolean): void => {
    // `for (const x of xs)`: `xs` runs with `x` in its TDZ; the binding is ready for the body.
    if ((parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && c === parent.left && c.type === 'VariableDeclaration' && c.kind !== 'var') {
      for (const d of c.declarations) {
        for (const name of Object.keys(t.getBindingIdentifiers(d.id))) {
          if (owner && scope && scope.start != null && scope.end != null && parent.right.end != null) {
            const list = owner.get(name) ?? [];
            list.push({ initialisedAt: parent.right.end, scopeStart: scope.start, scopeEnd: scope.end, inSwitch });
            owner.set(name, list);
          }
        }
      }
      return;
    }
    visit(c, owner, scope, inSwitch);
  };
  visit(root, null, root, false);
  return out;
}

/**
 * Is `name`, declared by `declaring` (a function node), certainly initialised whenever code in
 * `outermost` runs, where `outermost` is the function that `declaring`'s body creates and that
 * contains the reading function (or is it)?
 */
export function initialisedFor(decls: LexicalDeclarations, declaring: t.Node, outermost: t.Function, name: string): boolean {
  const found = decls.get(declaring)?.get(name);
  if (!found || found.length !== 1) return false;
  const d = found[0]!;
  if (d.inSwitch || outermost.type === 'FunctionDeclaration') return false;
  const { start, end } = outermost;
  if (start == null || end == null) return false;
  return start >= d.initialisedAt && start >= d.scopeStart && end <= d.scopeEnd;
}
