/**
 * Frames with many bindings (a bundle's module wrapper, lodash's `runInContext`, TypeScript's
 * `createTypeChecker` and the functions inside it that use its locals). A line probe normally
 * carries an array literal of every visible binding; there, that is (probes × bindings)
 * identifiers, quadratic in the function's size: TypeScript's 9 MB compiler ran out of memory
 * while being instrumented. Such a frame gets one closure instead, made at entry when the
 * activation has a frame (`const _$jtS = _$jtf !== null ? (_$jtSn, _$jtSp) => […] : null`; its own names are
 * prefixed, so no binding of the program is shadowed), that builds
 * the snapshot of the frame-level bindings (parameters, `var`s, free variables, the body's
 * function declarations and its `let`/`const`/`class` in declaration order, the first `n` of
 * them initialised). A probe passes `n` and the few bindings of the blocks around it as
 * `[position, value, …]` pairs. Snapshots of big frames are read-only (docs/decisions.md §9).
 */
import * as t from './babel-types.js';
import { NAMES } from '../protocol.js';
import type { Binding } from './declarations.js';
import { hasFrame, hook, id, num } from './emit.js';
import type { LayoutTable } from './layouts.js';
import type { FrameContext } from './statements.js';

/** More visible bindings than this, and a frame reads them through its closure. */
export const BIG_FRAME = 64;

export interface BigFrame {
  /** Frame-level names: their positions in every snapshot of the frame. */
  names: string[];
  pos: Map<string, number>;
  /** The body's `let`/`const`/`class` names, in declaration order (positions `lexStart…`). */
  lex: string[];
  /** Layout id of the frame-level names alone. */
  layout: number;
  /** The closure's declaration (first statement of the body or its `try` block). */
  declaration: t.Statement;
}

/**
 * Big-frame bookkeeping for a function whose body is `list`, or undefined when the frame is
 * small. `values(b)` is how an entry of `base` is read (a TDZ-safe read for free variables
 * that may be in their TDZ).
 */
export function bigFrame(base: Binding[], lexical: Binding[], functions: Binding[], values: (b: Binding) => t.Expression, layouts: LayoutTable, id0: number): BigFrame | undefined {
  if (base.length + lexical.length + functions.length <= BIG_FRAME) return undefined;
  const names: string[] = [];
  const pos = new Map<string, number>();
  const elements: t.Expression[] = [];
  const add = (name: string, value: t.Expression) => {
    const at = pos.get(name);
    if (at !== undefined) {
      elements[at] = value;
      return;
    }
    pos.set(name, names.length);
    names.push(name);
    elements.push(value);
  };
  for (const b of base) add(b.name, values(b));
  for (const b of functions) add(b.name, id(b.name));
  const lex = lexical.map((b) => b.name);
  const tdz = id(`${NAMES.snapshot}T`);
  const n = id(`${NAMES.snapshot}n`);
  lex.forEach((name, i) => add(name, t.conditionalExpression(t.binaryExpression('>', n, num(i)), id(name), tdz)));
  const tPairs = id(`${NAMES.snapshot}p`);
  const s = id(`${NAMES.snapshot}s`);
  const i = id(`${NAMES.snapshot}i`);
  const body: t.Statement[] = [];
  // The value the view hides (the runtime's TDZ marker): what a read that throws gives.
  if (lex.length) body.push(t.variableDeclaration('const', [t.variableDeclarator(tdz, hook('z', [t.arrowFunctionExpression([], t.blockStatement([t.throwStatement(t.nullLiteral())]))]))]));
  body.push(t.variableDeclaration('const', [t.variableDeclarator(s, t.arrayExpression(elements))]));
  body.push(
    t.ifStatement(
      t.binaryExpression('!==', tPairs, t.nullLiteral()),
      t.forStatement(
        t.variableDeclaration('let', [t.variableDeclarator(i, num(0))]),
        t.binaryExpression('<', i, t.memberExpression(tPairs, id('length'))),
        t.assignmentExpression('+=', i, num(2)),
        t.expressionStatement(
          t.assignmentExpression('=', t.memberExpression(s, t.memberExpression(tPairs, i, true), true), t.memberExpression(tPairs, t.binaryExpression('+', i, num(1)), true)),
        ),
      ),
    ),
  );
  body.push(t.returnStatement(s));
  const closure = t.arrowFunctionExpression([n, tPairs], t.blockStatement(body));
  const declaration = t.variableDeclaration('const', [t.variableDeclarator(id(NAMES.snapshot), t.conditionalExpression(hasFrame(NAMES.frame), closure, t.nullLiteral()))]);
  const layout = layouts.layoutForKey(`#big${id0}`, () => names);
  return { names, pos, lex, layout, declaration };
}

/** `f !== null && _$jt.l(f, LINE) && (f._v = _$jtS(n, [pos, value, …]), _$jt.d(f, LAYOUT))`: the snapshot replaces the frame's slot array (read-only: no write-back). */
export function bigProbe(ctx: FrameContext, big: BigFrame, line: number): t.Expression {
  const extra: string[] = [];
  const at = new Map<string, number>();
  const pairs: t.Expression[] = [];
  for (let k = 1; k < ctx.scopes.length; k++) {
    for (const [name, b] of ctx.scopes[k]!) {
      let p = big.pos.get(name) ?? at.get(name);
      if (p === undefined) {
        if (!b) continue;
        p = big.names.length + extra.length;
        extra.push(name);
        at.set(name, p);
      }
      // A binding in its TDZ hides the outer one: a read that throws gives the hidden marker.
      const value = b ? id(name) : hook('z', [t.arrowFunctionExpression([], id(name))]);
      pairs.push(num(p), value);
    }
  }
  const body = ctx.scopes[0];
  // Body-level lexicals are initialised in declaration order: count the initialised prefix.
  let lo = 0;
  let hi = big.lex.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body && body.get(big.lex[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  const layout = extra.length ? ctx.layouts.layoutForKey(`${big.layout}+${extra.join(',')}`, () => [...big.names, ...extra]) : big.layout;
  const snapshot = t.callExpression(id(NAMES.snapshot), [num(lo), pairs.length ? t.arrayExpression(pairs) : t.nullLiteral()]);
  const store = t.assignmentExpression('=', t.memberExpression(id(ctx.frame), id('_v')), snapshot);
  return t.logicalExpression('&&', t.logicalExpression('&&', hasFrame(ctx.frame), hook('l', [id(ctx.frame), num(line)])), t.sequenceExpression([store, hook('d', [id(ctx.frame), num(layout)])]));
}
