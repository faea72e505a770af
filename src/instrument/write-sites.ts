/**
 * Where a function writes its bindings, found before any instrumentation: per function node,
 * the names it writes somewhere a slot store cannot follow the write. Every other binding of
 * the function is stored in the frame's slot array where it is written, instead of before
 * every dispatched line event (docs/decisions.md §1h).
 *
 * A write a store can follow, in the function's own code (statements.ts emits the store):
 * - an assignment or update of an identifier that is a whole expression statement, an element
 *   of a sequence that is one, or a `for` head's init or update, or an element of theirs
 *   (stored right after it);
 * - a declarator of a `let`, `const` or `var` statement, of a `for` init, or of a `for…in`/
 *   `for…of` head (stored after the statement, at the test, or at the body's start); not a
 *   `var` declarator that is a pattern or comes before another (a declaration that throws
 *   half-way leaves those names written and visible, unstored);
 * - an identifier as the head of a `for…in`/`for…of` (stored at the body's start);
 * - a function declaration directly in the function's body (stored when the body starts), a
 *   class declaration (stored after it), a `catch` parameter (stored when the handler starts).
 * Everything else makes the name "unsafe" for the function, whose bindings of that name then
 * keep the store before every line event: an assignment inside an expression, a destructuring
 * assignment, a write under a label or inside `with`, a block-level function declaration, and
 * any assignment made by a nested function or class static block (another frame). Name-based,
 * hence conservative: an unsafe name makes every binding of that name in the function unsafe.
 */
import * as t from '@babel/types';
import { patternNames } from './declarations.js';

/** Statement containers whose lists statements.ts instruments through `statementList`. */
const LIST_HOLDERS = new Set(['BlockStatement', 'SwitchCase', 'IfStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The names each function (and class static block) writes where no store can follow. */
export function analyseWriteSites(root: t.Node): WeakMap<t.Node, Set<string>> {
  const out = new WeakMap<t.Node, Set<string>>();
  /** The functions around the node being visited, innermost last, with their unsafe names. */
  const stack: { node: t.Node; unsafe: Set<string> }[] = [];
  /** `with` statements around the node being visited, in the innermost function. */
  let withDepth = 0;
  const ancestors: t.Node[] = [];

  const own = (): { node: t.Node; unsafe: Set<string> } | undefined => stack[stack.length - 1];
  const unsafe = (names: string[]): void => {
    const top = own();
    if (top) for (const n of names) top.unsafe.add(n);
  };
  /** An assignment made in the innermost function: every enclosing function sees a write it cannot store. */
  const assignedInside = (names: string[]): void => {
    for (let i = 0; i < stack.length - 1; i++) for (const n of names) stack[i]!.unsafe.add(n);
  };

  /** Is `node` (an assignment or update) a whole statement or a `for` init/update, possibly within a sequence? */
  const storableExpression = (node: t.Node): boolean => {
    let child: t.Node = node;
    let parent = ancestors[ancestors.length - 1];
    if (parent && parent.type === 'SequenceExpression') {
      child = parent;
      parent = ancestors[ancestors.length - 2];
    }
    if (!parent) return false;
    if (parent.type === 'ExpressionStatement') {
      const holder = ancestors[ancestors.length - (child === node ? 2 : 3)];
      return !!holder && LIST_HOLDERS.has(holder.type);
    }
    return parent.type === 'ForStatement' && (parent.init === child || parent.update === child);
  };

  const visit = (node: t.Node): void => {
    const isFrame = t.isFunction(node) || node.type === 'StaticBlock';
    const savedWith = withDepth;
    if (isFrame) {
      const entry = { node, unsafe: new Set<string>() };
      out.set(node, entry.unsafe);
      stack.push(entry);
      withDepth = 0;
    }
    const parent = ancestors[ancestors.length - 1];
    switch (node.type) {
      case 'AssignmentExpression': {
        const names = patternNames(node.left, []);
        assignedInside(names);
        if (withDepth > 0 || node.left.type !== 'Identifier' || !storableExpression(node)) unsafe(names);
        break;
      }
      case 'UpdateExpression': {
        const names = patternNames(node.argument, []);
        assignedInside(names);
        if (withDepth > 0 || node.argument.type !== 'Identifier' || !storableExpression(node)) unsafe(names);
        break;
      }
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') {
          const names = patternNames(node.left, []);
          assignedInside(names);
          if (withDepth > 0 || node.left.type !== 'Identifier') unsafe(names);
        }
        break;
      case 'VariableDeclarator': {
        const decl = parent as t.VariableDeclaration;
        const holder = ancestors[ancestors.length - 2];
        // A `var` outlives a declaration that throws half-way: a pattern, or a declarator before
        // another one, may be written and never stored. (A `let`/`const` so left is unreachable.)
        const halfWritten = decl.kind === 'var' && (node.id.type !== 'Identifier' || decl.declarations[decl.declarations.length - 1] !== node);
        const inForInOf = !!holder && (holder.type === 'ForInStatement' || holder.type === 'ForOfStatement') && holder.left === decl;
        const inHead = inForInOf || (!!holder && holder.type === 'ForStatement' && holder.init === decl);
        // `for (var x = 1 in o)` (sloppy) writes `x` before the loop, which may not run.
        if (withDepth > 0 || halfWritten || (inForInOf && node.init) || !holder || !(inHead || LIST_HOLDERS.has(holder.type))) unsafe(patternNames(node.id, []));
        break;
      }
      case 'FunctionDeclaration':
        // Checked in the enclosing function (the declaration's name is bound there).
        if (node.id) {
          const outer = stack[stack.length - 2];
          const atBodyTop = !!outer && t.isFunction(outer.node) && parent === (outer.node as t.Function).body;
          if (outer && (savedWith > 0 || !atBodyTop)) outer.unsafe.add(node.id.name);
        }
        break;
      case 'ClassDeclaration':
        if (node.id && (withDepth > 0 || !parent || !LIST_HOLDERS.has(parent.type))) unsafe([node.id.name]);
        break;
      case 'CatchClause':
        if (node.param && withDepth > 0) unsafe(patternNames(node.param, []));
        break;
      default:
        break;
    }
    const keys = t.VISITOR_KEYS[node.type];
    if (keys) {
      ancestors.push(node);
      if (node.type === 'WithStatement') withDepth++;
      const rec = node as unknown as Record<string, unknown>;
      for (const key of keys) {
        const child = rec[key];
        if (Array.isArray(child)) {
          for (const c of child) if (c && typeof (c as t.Node).type === 'string') visit(c as t.Node);
        } else if (child && typeof (child as t.Node).type === 'string') {
          visit(child as t.Node);
        }
      }
      if (node.type === 'WithStatement') withDepth--;
      ancestors.pop();
    }
    if (isFrame) {
      stack.pop();
      withDepth = savedWith;
    }
  };
  visit(root);
  return out;
}
