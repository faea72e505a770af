/**
 * Builders for the code the plugin inserts. Every hook call goes through `_$jt.<hook>(…)`,
 * where `_$jt` is the registry (src/protocol.ts). Hooks are documented in
 * src/runtime/hooks.ts, the only place that implements them.
 */
import * as t from './babel-types.js';
import { NAMES, ON_FIELD } from '../protocol.js';

export const id = (name: string): t.Identifier => t.identifier(name);
export const num = (n: number): t.NumericLiteral => t.numericLiteral(n);
export const VOID0 = (): t.UnaryExpression => t.unaryExpression('void', t.numericLiteral(0));

/** `_$jt.hook(args…)` */
export function hook(name: string, args: t.Expression[]): t.CallExpression {
  return t.callExpression(t.memberExpression(id(NAMES.registry), id(name)), args);
}

/** `_$jt.field` */
export function registryField(name: string): t.MemberExpression {
  return t.memberExpression(id(NAMES.registry), id(name));
}

/**
 * `_$jt.<name> === true`: a registry flag as the guard of a function's frame. A strict test,
 * not a truthiness one: TurboFan compiles `if (x)` on a loaded field into a full ToBoolean
 * (Smi, string, number, undetectable checks), `x === true` into one comparison
 * (docs/decisions.md §1g).
 */
export function registryFlag(name: string): t.BinaryExpression {
  return t.binaryExpression('===', registryField(name), t.booleanLiteral(true));
}

/** `_$jtO.$on`: the file's own box of the registry's `on` (NAMES.on, ON_FIELD). */
export function onField(): t.MemberExpression {
  return t.memberExpression(id(NAMES.on), id(ON_FIELD));
}

/** `_$jtO.$on === true`: the file's own copy of the registry's `on`, strictly tested as `registryFlag`'s. */
export function onFlag(): t.BinaryExpression {
  return t.binaryExpression('===', onField(), t.booleanLiteral(true));
}

/** `frame !== null` */
export function hasFrame(frame: string): t.BinaryExpression {
  return t.binaryExpression('!==', id(frame), t.nullLiteral());
}

/** `frame !== null && expr` as a statement. */
export function guarded(frame: string, expr: t.Expression): t.ExpressionStatement {
  return t.expressionStatement(t.logicalExpression('&&', hasFrame(frame), expr));
}

/** `frame !== null && _$jt.hook(frame, …args)` */
export function guardedHook(frame: string, name: string, args: t.Expression[] = []): t.ExpressionStatement {
  return guarded(frame, hook(name, [id(frame), ...args]));
}

/**
 * `frame !== null && frame._v !== null && (frame._v[k] = a, …)`: stores of `const`s right after
 * their declaration. A monitoring-only activation's token frame has no slot array (`_v` null):
 * nobody reads its locals, and storing doubles would box each of them (docs/decisions.md §8).
 */
export function guardedSlotStores(frame: string, stores: t.Expression[]): t.ExpressionStatement {
  const hasSlots = t.binaryExpression('!==', t.memberExpression(id(frame), id('_v')), t.nullLiteral());
  return t.expressionStatement(t.logicalExpression('&&', t.logicalExpression('&&', hasFrame(frame), hasSlots), t.sequenceExpression(stores)));
}

/** One value of an `f_locals` snapshot: the binding itself, or a TDZ-safe read. */
export function snapshotValue(name: string, tdzRisk: boolean): t.Expression {
  if (!tdzRisk) return id(name);
  return hook('z', [t.arrowFunctionExpression([], id(name))]);
}

/** `f._v[slot]`: a slot of the frame's values array. */
function slot(frame: string, k: number): t.MemberExpression {
  return t.memberExpression(t.memberExpression(id(frame), id('_v')), num(k), true);
}

/** `f._v[slot] = value` */
export function slotStore(frame: string, k: number, value: t.Expression): t.AssignmentExpression {
  return t.assignmentExpression('=', slot(frame, k), value);
}

/**
 * The line probe (the one place that shapes it; docs/decisions.md §1d, §1h):
 * `f !== null && _$jt.l(f, LINE) && (f._v[i] = a, _$jt.d(f, LAYOUT)) && (a = f._v[i])`.
 * `_$jt.l` records the line and says whether the frame has a local tracer; only then are the
 * visible bindings that are not stored where they are written stored in the frame's values
 * array and the event dispatched by `_$jt.d`, and only when the tracer wrote a local are the
 * writes run. A probe with nothing to store makes one call, `_$jt.k(f, LINE, LAYOUT)`.
 */
export function lineProbe(
  frame: string,
  line: number,
  layout: number,
  stores: [number, t.Expression][],
  writable: [string, number][],
  writableIfWritten: [string, number][] = [],
): t.Expression {
  const writes = writable.length || writableIfWritten.length;
  if (!stores.length) {
    const both = hook('k', [id(frame), num(line), num(layout)]);
    const probe = t.logicalExpression('&&', hasFrame(frame), both);
    return writes ? t.logicalExpression('&&', probe, writeBack(frame, writable, writableIfWritten)) : probe;
  }
  let dispatch: t.Expression = t.sequenceExpression([...stores.map(([k, v]) => slotStore(frame, k, v)), hook('d', [id(frame), num(layout)])]);
  if (writes) dispatch = t.logicalExpression('&&', dispatch, writeBack(frame, writable, writableIfWritten));
  return t.logicalExpression('&&', t.logicalExpression('&&', hasFrame(frame), hook('l', [id(frame), num(line)])), dispatch);
}

/**
 * `(a = f._v[0], c = f._v[2])`: runs only when the tracer assigned a local; constants are left
 * out (the view refuses to assign them). Writing back an unchanged value is unobservable, so
 * every writable slot is assigned, except free bindings that may be in their TDZ (assigning one
 * there would throw): those only when the tracer assigned them (`f._wb[k] === 1 && (x =
 * f._v[k])`; the view has no TDZ binding to assign). Plain assignments, not a destructuring
 * pattern: a pattern compiles to the whole iterator protocol, and the bytecode size of every
 * function counts against V8's inlining budget.
 */
function writeBack(frame: string, names: [string, number][], ifWritten: [string, number][]): t.Expression {
  const parts: t.Expression[] = names.map(([name, k]) => t.assignmentExpression('=', id(name), slot(frame, k)));
  for (const [name, k] of ifWritten) {
    const written = t.binaryExpression('===', t.memberExpression(t.memberExpression(id(frame), id('_wb')), num(k), true), num(1));
    parts.push(t.logicalExpression('&&', written, t.assignmentExpression('=', id(name), slot(frame, k))));
  }
  return parts.length === 1 ? parts[0]! : t.sequenceExpression(parts);
}

/** Module-frame line probe: `m !== null && _$jt.L(m, LINE)` (locals are the module's globals). */
export function moduleLineProbe(frame: string, line: number): t.Expression {
  return t.logicalExpression('&&', hasFrame(frame), hook('L', [id(frame), num(line)]));
}

export function exprStatement(e: t.Expression): t.ExpressionStatement {
  return t.expressionStatement(e);
}

/** `{ stmts }` as a block, reusing `node` when it is one. */
export function asBlock(node: t.Statement): t.BlockStatement {
  return node.type === 'BlockStatement' ? node : t.blockStatement([node]);
}

/** `frame !== null && (e = _$jt.hook(frame, e))`: a catch hook that may replace the caught value. */
export function catchHook(frame: string, name: string, caught: string): t.ExpressionStatement {
  return guarded(frame, t.assignmentExpression('=', id(caught), hook(name, [id(frame), id(caught)])));
}

/**
 * Places an emitted statement at the start of `line` (retainLines prints a node with a `loc`
 * there). Code emitted after a body's last statement goes on the closing line, so that the
 * original text of the last statement's line, which Node shows in crash headers, is unchanged.
 */
export function atLine<N extends t.Node>(node: N, line: number | undefined): N {
  if (line) node.loc = { start: { line, column: 0, index: 0 }, end: { line, column: 0, index: 0 }, filename: '', identifierName: undefined };
  return node;
}

/**
 * Whether `test` holds for `root` or for a node under it (children in source order, through
 * Babel's visitor keys); `test` answers `'skip'` to leave a node's children out.
 */
export function someNode(root: t.Node | null | undefined, test: (node: t.Node) => boolean | 'skip'): boolean {
  const visit = (n: unknown): boolean => {
    if (!n || typeof n !== 'object' || typeof (n as t.Node).type !== 'string') return false;
    const node = n as t.Node;
    const answer = test(node);
    if (answer !== false) return answer === true;
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const v = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v) ? v.some(visit) : visit(v)) return true;
    }
    return false;
  };
  return visit(root);
}
