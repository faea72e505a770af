/**
 * `co_name` and `co_qualname` of a function site, as JavaScript infers `fn.name` (SPEC §2):
 * `const f = () => 1` is `f`, `get x() {}` is `get x`, a constructor is its class's name,
 * `[Symbol.iterator]() {}` is `[Symbol.iterator]`, `export default function () {}` is `default`.
 */
import * as t from './babel-types.js';

export const ANONYMOUS = '<anonymous>';

/** The name a key gives the function it holds, or null when it is only known at run time. */
export function keyName(key: t.Node, computed: boolean): string | null {
  if (key.type === 'PrivateName') return '#' + key.id.name;
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  if (key.type === 'BigIntLiteral') return key.value;
  if (
    computed &&
    key.type === 'MemberExpression' &&
    !key.computed &&
    key.object.type === 'Identifier' &&
    key.object.name === 'Symbol' &&
    key.property.type === 'Identifier'
  ) {
    return `[Symbol.${key.property.name}]`;
  }
  return null;
}

/** Is `node` a function or class whose name would be inferred from where it stands? */
export function isAnonymousFunctionDefinition(node: t.Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'ArrowFunctionExpression') return true;
  if (node.type === 'FunctionExpression' || node.type === 'ClassExpression') return !node.id;
  return false;
}

/** Name of a method-like function from its own node (object and class methods). */
export function methodName(node: t.ObjectMethod | t.ClassMethod | t.ClassPrivateMethod, className: string | null): string {
  if (node.type === 'ClassMethod' && node.kind === 'constructor') return className ?? ANONYMOUS;
  const base = keyName(node.key, node.type === 'ClassPrivateMethod' ? false : node.computed) ?? '';
  if (node.kind === 'get') return 'get ' + base;
  if (node.kind === 'set') return 'set ' + base;
  return base;
}

/** Joins a qualified-name prefix and a name. */
export function qualify(prefix: string, name: string): string {
  return prefix + (name || ANONYMOUS);
}
