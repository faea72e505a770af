/**
 * Keeps the names V8 infers for anonymous functions. An anonymous function or class expression
 * that nothing names (`return function () {…}`, `yield () => …`, `(a++, class {})`) is named, in
 * stack traces, after the next assignment of its statement whose right side is not a call. The
 * instrumenter adds assignments after user expressions (a frame's slot and layout stores:
 * `_$jt.r(f, function () {…}, (f._v[0] = a))`), so such a function showed as
 * `_$jt.r._$jtf._v._$jtf._v.<computed>`, traced or not. In a statement where an anonymous
 * function comes before one of those stores, the store is written as a call,
 * `_$jt.st(f._v, 0, a)`, which names nothing; elsewhere stores stay assignments, the cheaper
 * form on the hot path. And since V8 puts a callee's names before a name it infers inside the
 * call's arguments, a hook call whose arguments hold an anonymous function is `(0, _$jt.r)(…)`.
 */
import { NAME_PREFIX, NAMES } from '../protocol.js';
import * as t from './babel-types.js';
import { id } from './emit.js';

interface NamingState {
  /**
   * An anonymous function or class of the program's may be waiting for a name: V8 names one
   * after the next assignment (of a value that is not a call's result) in its function, even a
   * statement later (`throw function () {}` then `o.x = 1` in the `catch`), unless it was an
   * argument of a call that has ended.
   */
  pending: boolean;
  /** How many anonymous functions and classes of the program's the walk has met (all states share one count). */
  met: { n: number };
  /** Functions and classes the instrumenter met no anonymous function or class in: nothing in them to rewrite. */
  skip: WeakSet<t.Node>;
}

/** Is `node` an anonymous function or class expression of the program's (not one the instrumenter made: those have no `loc`)? */
export function isUnnamedFunction(node: t.Node): boolean {
  if (!node.loc) return false;
  return node.type === 'ArrowFunctionExpression' || ((node.type === 'FunctionExpression' || node.type === 'ClassExpression') && !node.id);
}

/** `_$jtf._v[0]`, `_$jtf._lay`: a store of the instrumenter's, into an object it made. */
function isInjectedStore(node: t.AssignmentExpression): node is t.AssignmentExpression & { left: t.MemberExpression } {
  if (node.operator !== '=' || node.left.type !== 'MemberExpression') return false;
  let root: t.Node = node.left;
  while (root.type === 'MemberExpression') root = root.object;
  return root.type === 'Identifier' && root.name.startsWith(NAME_PREFIX);
}

/** `o[k] = v` → `_$jt.st(o, k, v)`: the same evaluation order and value. */
function storeCall(node: t.AssignmentExpression & { left: t.MemberExpression }): t.CallExpression {
  const { object, property, computed } = node.left;
  const key = computed ? (property as t.Expression) : t.stringLiteral((property as t.Identifier).name);
  return t.callExpression(t.memberExpression(id(NAMES.registry), id('st')), [object, key, node.right]);
}

/**
 * Rewrites, in `body` and every function in it, the instrumenter's stores that may come while an
 * anonymous function of the program's waits for a name. `skip` holds the functions and classes
 * with no anonymous function or class inside (the instrumenter notes them as it walks), whose
 * insides have nothing to rewrite.
 */
export function keepInferredNames(body: t.Statement[], skip: WeakSet<t.Node>): void {
  const state: NamingState = { pending: false, met: { n: 0 }, skip };
  for (let i = 0; i < body.length; i++) body[i] = visit(body[i]!, state) as t.Statement;
}

/** `_$jt.r(…)`: a call of one of the registry's hooks. */
function isHookCall(node: t.Node): node is t.CallExpression {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const object = node.callee.object;
  return object.type === 'Identifier' && object.name === NAMES.registry;
}

const isCall = (node: t.Node | null | undefined): node is t.CallExpression | t.NewExpression | t.OptionalCallExpression => !!node && (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'OptionalCallExpression');

/** Nodes with nothing below them that the walk looks for. */
const LEAVES = new Set(['Identifier', 'NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'NullLiteral', 'ThisExpression', 'Super', 'RegExpLiteral', 'BigIntLiteral', 'TemplateElement', 'PrivateName', 'EmptyStatement', 'DebuggerStatement']);

function visit(node: t.Node, state: NamingState): t.Node {
  if (LEAVES.has(node.type)) return node;
  if (t.isFunction(node) || t.isClass(node)) {
    // Its parameters, body and members are named on their own.
    if (!state.skip.has(node)) visitChildren(node, { pending: false, met: state.met, skip: state.skip });
    if (isUnnamedFunction(node)) {
      state.met.n++;
      state.pending = true;
    }
    return node;
  }
  if (isCall(node)) {
    // The functions passed to a call wait for a name only until the call ends, and so does a
    // function called at once; those passed to `new` (`return new Promise(function () {…})`)
    // and a class constructed at once (`new (class {…})()`) wait on.
    const before = state.pending;
    const metBefore = state.met.n;
    visitChildren(node, state);
    if (node.type !== 'NewExpression') state.pending = before;
    if (state.met.n !== metBefore && isHookCall(node)) {
      // V8 puts the callee's names before a name it infers inside the arguments
      // (`_$jt.r.Object.assign.a` for `return Object.assign(function () {}, { a })`); a callee
      // that is not a property access adds none.
      node.callee = t.sequenceExpression([t.numericLiteral(0), node.callee as t.Expression]);
    }
    return node;
  }
  if (node.type === 'ObjectProperty' && !node.computed) {
    // `{ k: function () {} }` names the function `k`.
    const before = state.pending;
    visitChildren(node, state);
    if (isUnnamedFunction(node.value)) state.pending = before;
    return node;
  }
  visitChildren(node, state);
  if (node.type === 'AssignmentExpression' && node.operator === '=') {
    if (state.pending && isInjectedStore(node)) return storeCall(node);
    // The program's own assignment names whatever waits (unless it assigns a call's result).
    if (!isCall(node.right)) state.pending = false;
  } else if (node.type === 'VariableDeclarator' && node.init && !isCall(node.init)) {
    state.pending = false;
  }
  // (`v = yield function () {}` stays unnamed: the traced copy passes the function to a hook,
  // and V8 names nothing passed to a call once the call ends.)
  return node;
}

function visitChildren(node: t.Node, state: NamingState): void {
  const keys = t.VISITOR_KEYS[node.type];
  if (keys === undefined) return;
  const fields = node as unknown as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) {
    const value = fields[keys[k]!];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i] as t.Node | null;
        if (child === null || typeof child !== 'object') continue;
        const next = visit(child, state);
        if (next !== child) value[i] = next;
      }
    } else if ('type' in value) {
      const next = visit(value as t.Node, state);
      if (next !== value) fields[keys[k]!] = next;
    }
  }
}
