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
import * as t from './babel-types.js';

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

/** Nodes that own their lexical declarations: functions, and static blocks (which are not the class's). */
const FUNCTIONS = new Set([...(t.FLIPPED_ALIAS_KEYS.Function ?? []), 'StaticBlock']);
/** Nodes whose children declare into a scope of their own (functions included). */
const OPENS_SCOPE = new Set([...FUNCTIONS, 'BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement']);

/** Records that the names bound by `id` are initialised at offset `at` in `scope`. */
function declare(owner: Map<string, LexicalDeclaration[]>, scope: t.Node, inSwitch: boolean, id: t.Node, at: number | null | undefined): void {
  if (at == null || scope.start == null || scope.end == null) return;
  for (const name of Object.keys(t.getBindingIdentifiers(id))) {
    const list = owner.get(name) ?? [];
    list.push({ initialisedAt: at, scopeStart: scope.start, scopeEnd: scope.end, inSwitch });
    owner.set(name, list);
  }
}

/** Finds the lexical declarations of every function under `root` (a program), and of `root`. */
export function analyseLexicalDeclarations(root: t.Node): LexicalDeclarations {
  const out: LexicalDeclarations = new WeakMap();
  /** `owner`: the declarations of the function around `node`; `scope`: the scope `node` declares into. */
  const visit = (node: t.Node, parent: t.Node | null, owner: Map<string, LexicalDeclaration[]>, scope: t.Node, inSwitch: boolean): void => {
    if (FUNCTIONS.has(node.type)) out.set(node, (owner = new Map()));
    if (node.type === 'VariableDeclaration' && node.kind !== 'var') {
      // `for (const x of xs)`: `xs` runs with `x` in its TDZ; the binding is ready for the body.
      const head = parent && (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === node ? parent.right.end : null;
      for (const d of node.declarations) declare(owner, scope, inSwitch, d.id, head ?? d.end);
    } else if (node.type === 'ClassDeclaration' && node.id) {
      declare(owner, scope, inSwitch, node.id, node.end);
    }
    const rec = node as unknown as Record<string, unknown>;
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const value = rec[key];
      const many = Array.isArray(value);
      const n = many ? value.length : 1;
      for (let i = 0; i < n; i++) {
        const c = (many ? value[i] : value) as t.Node | null | undefined;
        if (!c || typeof c.type !== 'string') continue;
        const opens = OPENS_SCOPE.has(c.type);
        visit(c, node, owner, opens ? c : scope, opens ? c.type === 'SwitchStatement' : inSwitch);
      }
    }
  };
  const top = new Map<string, LexicalDeclaration[]>();
  out.set(root, top);
  visit(root, null, top, root, false);
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
