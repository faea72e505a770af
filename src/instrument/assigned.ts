/**
 * How each function writes its bindings, found in one walk before any instrumentation.
 *
 * - `names`: the names assigned anywhere inside it (nested functions included), and whether
 *   something assigns names the analysis cannot see (direct `eval`, or `arguments`, whose
 *   elements alias a sloppy function's parameters). A parameter or free variable that nothing
 *   assigns keeps the value it had at the `call` event, so line probes need not store it again
 *   (docs/decisions.md §1e).
 * - `unsafe`: the names it writes somewhere a slot store cannot follow the write. Every other
 *   binding of the function is stored in the frame's slot array where it is written, instead
 *   of before every dispatched line event (docs/decisions.md §1h). A write a store can follow,
 *   in the function's own code (statements.ts emits the store):
 *   - an assignment or update of an identifier that is a whole expression statement, a `for`
 *     head's init or update, or an element of a sequence that is one of those (stored right
 *     after it);
 *   - a declarator of a `let`, `const` or `var` statement, of a `for` init, or of a `for…in`/
 *     `for…of` head (stored after the statement, at the loop's test, or at the body's start);
 *     not a `var` declarator that is a pattern or comes before another (a declaration that
 *     throws half-way leaves those names written and visible, unstored);
 *   - an identifier as the head of a `for…in`/`for…of` (stored at the body's start);
 *   - a function declaration directly in the function's body (stored when the body starts), a
 *     class declaration (stored after it), a `catch` parameter (stored when the handler starts).
 *   Everything else makes the name unsafe for the function, whose bindings of that name then
 *   keep the store before every line event: an assignment inside an expression, a
 *   destructuring assignment, a write under a label or inside `with`, a block-level function
 *   declaration, and any assignment made by a nested function or class static block (another
 *   frame).
 * Both are name-based, hence conservative: a nested binding of the same name counts as a write
 * of the outer one.
 */
import * as t from './babel-types.js';
import { patternNames } from './declarations.js';
import { someNode } from './emit.js';

export interface Assignments {
  names: Set<string>;
  /** Direct `eval` somewhere inside: anything may be assigned. */
  evals: boolean;
  /** `arguments` is read by this function (or an arrow inside it): its parameters may change. */
  usesArguments: boolean;
  /** Names written where no slot store can follow the write (see above). */
  unsafe: Set<string>;
}

/** Statement containers whose lists statements.ts instruments through `statementList`. */
const LIST_HOLDERS = new Set(['BlockStatement', 'SwitchCase', 'IfStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The assignments of every function under `root` (and of class static blocks), keyed by node. */
export function analyseAssignments(root: t.Node): WeakMap<t.Node, Assignments> {
  const out = new WeakMap<t.Node, Assignments>();
  /** The frames around the node being visited (functions and static blocks), innermost last. */
  const stack: [t.Node, Assignments][] = [];
  const ancestors: t.Node[] = [];
  /** `with` statements around the node being visited, in the innermost frame. */
  let withDepth = 0;

  const assign = (names: string[]): void => {
    for (const [, a] of stack) for (const n of names) a.names.add(n);
  };
  const unsafe = (names: string[]): void => {
    const top = stack[stack.length - 1];
    if (top) for (const n of names) top[1].unsafe.add(n);
  };
  /** An assignment made in the innermost frame: every enclosing one sees a write it cannot store. */
  const assignedInside = (names: string[]): void => {
    for (let i = 0; i < stack.length - 1; i++) for (const n of names) stack[i]![1].unsafe.add(n);
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
      const a: Assignments = { names: new Set(), evals: false, usesArguments: false, unsafe: new Set() };
      out.set(node, a);
      stack.push([node, a]);
      withDepth = 0;
    }
    const parent = ancestors[ancestors.length - 1];
    switch (node.type) {
      case 'AssignmentExpression': {
        const names = patternNames(node.left, []);
        assign(names);
        assignedInside(names);
        if (withDepth > 0 || node.left.type !== 'Identifier' || !storableExpression(node)) unsafe(names);
        break;
      }
      case 'UpdateExpression': {
        const names = patternNames(node.argument, []);
        assign(names);
        assignedInside(names);
        if (withDepth > 0 || node.argument.type !== 'Identifier' || !storableExpression(node)) unsafe(names);
        break;
      }
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') {
          const names = patternNames(node.left, []);
          assign(names);
          assignedInside(names);
          if (withDepth > 0 || node.left.type !== 'Identifier') unsafe(names);
        }
        break;
      case 'VariableDeclarator': {
        const names = patternNames(node.id, []);
        assign(names);
        const decl = parent as t.VariableDeclaration;
        const holder = ancestors[ancestors.length - 2];
        // A `var` outlives a declaration that throws half-way: a pattern, or a declarator before
        // another one, may be written and never stored. (A `let`/`const` so left is unreachable.)
        const halfWritten = decl.kind === 'var' && (node.id.type !== 'Identifier' || decl.declarations[decl.declarations.length - 1] !== node);
        const inForInOf = !!holder && (holder.type === 'ForInStatement' || holder.type === 'ForOfStatement') && holder.left === decl;
        const inHead = inForInOf || (!!holder && holder.type === 'ForStatement' && holder.init === decl);
        // `for (var x = 1 in o)` (sloppy) writes `x` before the loop, which may not run.
        if (withDepth > 0 || halfWritten || (inForInOf && node.init) || !holder || !(inHead || LIST_HOLDERS.has(holder.type))) unsafe(names);
        break;
      }
      case 'FunctionDeclaration':
        // Its name is bound in the enclosing frame (the entry below this one on the stack).
        if (node.id) {
          const outer = stack[stack.length - 2];
          const atBodyTop = !!outer && t.isFunction(outer[0]) && parent === outer[0].body;
          // Only a declaration directly in a function body is initialised once, at entry.
          if (!atBodyTop) assign([node.id.name]);
          if (outer && (savedWith > 0 || !atBodyTop)) outer[1].unsafe.add(node.id.name);
        }
        break;
      case 'ClassDeclaration':
        if (node.id && (withDepth > 0 || !parent || !LIST_HOLDERS.has(parent.type))) unsafe([node.id.name]);
        break;
      case 'CatchClause':
        if (node.param && withDepth > 0) unsafe(patternNames(node.param, []));
        break;
      case 'CallExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'eval') for (const [, a] of stack) a.evals = true;
        break;
      case 'Identifier':
        if (node.name === 'arguments') {
          for (let i = stack.length - 1; i >= 0; i--) {
            const [fn, a] = stack[i]!;
            a.usesArguments = true;
            if (fn.type !== 'ArrowFunctionExpression') break;
          }
        }
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

/** `name`, bound by the function `fn`, keeps the value it had when the function's frame opened. */
export function neverReassigned(a: Assignments | undefined, name: string, isParam: boolean): boolean {
  if (!a || a.evals || a.names.has(name)) return false;
  return !(isParam && a.usesArguments);
}

/**
 * The module-level function and class declarations of `program` that nothing in the file ever
 * assigns (no assignment, update or `for…in`/`for…of` head names them, no `var` or block-level
 * function of the same name redeclares them, and no direct `eval` could). The module accessor
 * writes none of these (they are read-only through `f_globals`), so V8 sees their bindings as
 * never assigned after initialisation and calls such a function as a known target (inlined,
 * recursive calls included): `fib` with tracing off, 148 → 137 M instructions per reduced run,
 * plain 126 (docs/decisions.md §16). Name-based, hence conservative: a nested binding of the
 * same name that is assigned keeps the module's writable.
 */
export function fixedDeclarations(program: t.Program): Set<string> {
  const declared = new Set<string>();
  for (const s of program.body) {
    const d = (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration ? s.declaration : s;
    if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) declared.add(d.id.name);
  }
  if (declared.size === 0) return declared;
  const topLevel = new Set<t.Node>();
  for (const s of program.body) topLevel.add((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration ? s.declaration : s);
  // Direct `eval` may assign any name; so may the CommonJS wrapper's `arguments` at module
  // level (`arguments[0] = f` assigns `exports`, and a function declared with that name is it).
  let evals = someNode(program, (n) => (t.isFunction(n) && n.type !== 'ArrowFunctionExpression' ? 'skip' : n.type === 'Identifier' && n.name === 'arguments'));
  const written = (names: string[]): void => {
    for (const n of names) declared.delete(n);
  };
  someNode(program, (node) => {
    switch (node.type) {
      case 'AssignmentExpression':
        written(patternNames(node.left, []));
        break;
      case 'UpdateExpression':
        written(patternNames(node.argument, []));
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') written(patternNames(node.left, []));
        break;
      case 'VariableDeclaration':
        if (node.kind === 'var') for (const d of node.declarations) written(patternNames(d.id, []));
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        // A second declaration of the name (a block-level function assigns the function's
        // binding when its block runs, in sloppy code).
        if (node.id && !topLevel.has(node)) written([node.id.name]);
        break;
      case 'CallExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'eval') evals = true;
        break;
      default:
        break;
    }
    return false;
  });
  return evals ? new Set() : declared;
}
