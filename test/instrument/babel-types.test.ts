/**
 * src/instrument/babel-types.ts builds six node types without @babel/types' field checks, for
 * speed. Each must build exactly the node the package's builder builds (same keys, same order,
 * same defaults), or the printed code would differ: compared here on the argument shapes the
 * instrumenter passes, with and without the optional ones.
 */
import * as babelTypes from '@babel/types';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/instrument/babel-types.js';

const x = babelTypes.identifier('x');
const member = babelTypes.memberExpression(babelTypes.identifier('_$jtf'), babelTypes.identifier('_v'));
const call = babelTypes.callExpression(babelTypes.identifier('g'), [babelTypes.numericLiteral(1)]);

/** The node and its keys in order: `toEqual` alone ignores order and `undefined` keys. */
function shape(node: object): [object, string[]] {
  return [node, Object.keys(node)];
}

describe('the unchecked builders build what @babel/types builds', () => {
  it.each([
    ['identifier', () => t.identifier('_$jtf'), () => babelTypes.identifier('_$jtf')],
    ['memberExpression', () => t.memberExpression(member, x), () => babelTypes.memberExpression(member, x)],
    ['memberExpression, computed', () => t.memberExpression(member, babelTypes.numericLiteral(0), true), () => babelTypes.memberExpression(member, babelTypes.numericLiteral(0), true)],
    ['memberExpression, optional', () => t.memberExpression(x, x, false, true), () => babelTypes.memberExpression(x, x, false, true)],
    ['numericLiteral', () => t.numericLiteral(12), () => babelTypes.numericLiteral(12)],
    ['assignmentExpression', () => t.assignmentExpression('=', x, call), () => babelTypes.assignmentExpression('=', x, call)],
    ['logicalExpression', () => t.logicalExpression('&&', x, call), () => babelTypes.logicalExpression('&&', x, call)],
    ['binaryExpression', () => t.binaryExpression('!==', x, babelTypes.nullLiteral()), () => babelTypes.binaryExpression('!==', x, babelTypes.nullLiteral())],
  ])('%s', (_name, ours, theirs) => {
    expect(shape(ours())).toStrictEqual(shape(theirs()));
  });

  it('the values passed through are the package\'s own', () => {
    expect(t.callExpression).toBe(babelTypes.callExpression);
    expect(t.VISITOR_KEYS).toBe(babelTypes.VISITOR_KEYS);
  });
});
