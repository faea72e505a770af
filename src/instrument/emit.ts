/**
 * Builders for the code the plugin inserts. Every hook call goes through `_$jt.<hook>(…)`,
 * where `_$jt` is the registry (src/protocol.ts). Hooks are documented in
 * src/runtime/hooks.ts, the only place that implements them.
 */
import * as t from '@babel/types';
import { NAMES } from '../protocol.js';

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

/** One value of an `f_locals` snapshot: the binding itself, or a TDZ-safe read. */
export function snapshotValue(name: string, tdzRisk: boolean): t.Expression {
  if (!tdzRisk) return id(name);
  return hook('z', [t.arrowFunctionExpression([], id(name))]);
}

/**
 * The line probe: `f !== null && _$jt.l(f, LINE) && _$jt.d(f, LAYOUT, [a, b]) && (writes)`.
 * `_$jt.l` records the line and says whether a tracer wants the event; only then is the
 * snapshot array built, and only when the tracer wrote a local are the writes run.
 */
export function lineProbe(
  frame: string,
  line: number,
  layout: number,
  values: t.Expression[] | null,
  writable: string[] | null,
): t.Expression {
  let expr: t.Expression = t.logicalExpression('&&', hasFrame(frame), hook('l', [id(frame), num(line)]));
  const snapshot = values && values.length ? t.arrayExpression(values) : t.nullLiteral();
  let dispatch: t.Expression = hook('d', [id(frame), num(layout), snapshot]);
  if (writable && writable.some((n) => n)) {
    dispatch = t.logicalExpression('&&', dispatch, writeBack(writable));
  }
  expr = t.logicalExpression('&&', expr, dispatch);
  return expr;
}

/**
 * `(a = _$jt.w[0], c = _$jt.w[2])`: runs only when the tracer assigned a local; constants and
 * bindings that may be in their TDZ are left out (the view refuses to assign them). Writing
 * back an unchanged value is unobservable, so every writable slot is assigned. Plain
 * assignments, not a destructuring pattern: a pattern compiles to the whole iterator protocol,
 * and the bytecode size of every function counts against V8's inlining budget.
 */
function writeBack(names: string[]): t.Expression {
  const parts: t.Expression[] = [];
  names.forEach((name, i) => {
    if (name) parts.push(t.assignmentExpression('=', id(name), t.memberExpression(registryField('w'), num(i), true)));
  });
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
