/**
 * The parts of `@babel/types` the instrumenter uses, as plain module bindings, and all of its
 * types. Import it as `import * as t from './babel-types.js'`.
 *
 * Two costs of the package are avoided here, both measured on the transform of a 15,000-line
 * file (docs/decisions.md §16):
 * - `@babel/types` re-exports its builders and validators through getters, and a CommonJS build
 *   of ours wraps each of its exports in one more getter, so `t.identifier(…)` on the package
 *   itself is two getter calls before the call. Each value is read once here: 12% fewer
 *   instructions per transform.
 * - Its builders validate every field of every node they build. The six node types the
 *   instrumenter builds most after `null` (an identifier, a member access, a number, an
 *   assignment, a logical and a binary expression: 410,000 nodes for that file) are built here as the
 *   builders build them, without the validation: 10% fewer again. Their parts are the
 *   instrumenter's own names and numbers, or expressions the parser produced, so the checks
 *   never fail; a test builds each with both and compares them (test/instrument/babel-types.test.ts).
 *
 * A value not listed is a type error where it is used: add it to the list.
 *
 * @example
 * import * as t from './babel-types.js';
 * const call: t.CallExpression = t.callExpression(t.identifier('f'), []);
 */
import * as babelTypes from '@babel/types';

export type * from '@babel/types';

export const {
  FLIPPED_ALIAS_KEYS, VISITOR_KEYS, arrayExpression, arrowFunctionExpression,
  blockStatement, booleanLiteral, callExpression,
  catchClause, classPrivateProperty, cloneNode, conditionalExpression, expressionStatement,
  forStatement, functionDeclaration, functionExpression, getBindingIdentifiers, ifStatement, isClass,
  isFunction, isReferenced, isStatement, newExpression, nullLiteral,
  objectExpression, objectProperty, privateName, returnStatement,
  sequenceExpression, staticBlock, stringLiteral, switchCase, switchStatement, thisExpression,
  throwStatement, traverseFast, tryStatement, unaryExpression, updateExpression,
  variableDeclaration, variableDeclarator
} = babelTypes;

/** `t.identifier(name)` without the check that `name` is a valid identifier. */
export function identifier(name: string): babelTypes.Identifier {
  return { type: 'Identifier', name } as babelTypes.Identifier;
}

/** `t.memberExpression(…)` without the field checks. */
export function memberExpression(
  object: babelTypes.Expression | babelTypes.Super,
  property: babelTypes.Expression | babelTypes.Identifier | babelTypes.PrivateName,
  computed = false,
  optional: boolean | null = null,
): babelTypes.MemberExpression {
  return { type: 'MemberExpression', object, property, computed, optional } as babelTypes.MemberExpression;
}

/** `t.numericLiteral(value)` without the field check. */
export function numericLiteral(value: number): babelTypes.NumericLiteral {
  return { type: 'NumericLiteral', value } as babelTypes.NumericLiteral;
}

/** `t.assignmentExpression(…)` without the field checks. */
export function assignmentExpression(
  operator: string,
  left: babelTypes.LVal | babelTypes.OptionalMemberExpression,
  right: babelTypes.Expression,
): babelTypes.AssignmentExpression {
  return { type: 'AssignmentExpression', operator, left, right } as babelTypes.AssignmentExpression;
}

/** `t.logicalExpression(…)` without the field checks. */
export function logicalExpression(
  operator: '||' | '&&' | '??',
  left: babelTypes.Expression,
  right: babelTypes.Expression,
): babelTypes.LogicalExpression {
  return { type: 'LogicalExpression', operator, left, right } as babelTypes.LogicalExpression;
}

/** `t.binaryExpression(…)` without the field checks. */
export function binaryExpression(
  operator: babelTypes.BinaryExpression['operator'],
  left: babelTypes.Expression | babelTypes.PrivateName,
  right: babelTypes.Expression,
): babelTypes.BinaryExpression {
  return { type: 'BinaryExpression', operator, left, right } as babelTypes.BinaryExpression;
}
