/**
 * Which bindings a function may assign after they are initialised, found before any
 * instrumentation: per function node, the names assigned anywhere inside it (nested functions
 * included), and whether something assigns names the analysis cannot see (direct `eval`, or
 * `arguments`, whose elements alias a sloppy function's parameters). Name-based, hence
 * conservative: a nested binding of the same name counts as an assignment of the outer one.
 * A parameter or free variable that nothing assigns keeps the value it had at the `call`
 * event, so line probes need not store it again (docs/decisions.md §1e).
 */
import * as t from '@babel/types';
import { patternNames } from './declarations.js';

export interface Assignments {
  names: Set<string>;
  /** Direct `eval` somewhere inside: anything may be assigned. */
  evals: boolean;
  /** `arguments` is read by this function (or an arrow inside it): its parameters may change. */
  usesArguments: boolean;
}

/** The assignments of every function under `root`, keyed by function node. */
export function analyseAssignments(root: t.Node): WeakMap<t.Node, Assignments> {
  const out = new WeakMap<t.Node, Assignments>();
  const stack: [t.Node, Assignments][] = [];
  const assign = (names: string[]): void => {
    for (const [, a] of stack) for (const n of names) a.names.add(n);
  };
  const visit = (node: t.Node, parent: t.Node | null, bodyOf: t.Node | null): void => {
    let pushed = false;
    if (t.isFunction(node)) {
      const a: Assignments = { names: new Set(), evals: false, usesArguments: false };
      out.set(node, a);
      stack.push([node, a]);
      pushed = true;
    }
    switch (node.type) {
      case 'AssignmentExpression':
        assign(patternNames(node.left, []));
        break;
      case 'UpdateExpression':
        assign(patternNames(node.argument, []));
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') assign(patternNames(node.left, []));
        break;
      case 'VariableDeclarator':
        assign(patternNames(node.id, []));
        break;
      case 'FunctionDeclaration':
        // Only a declaration directly in a function body is initialised once, at entry.
        if (node.id && !(parent !== null && parent === bodyOf)) assign([node.id.name]);
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
      const rec = node as unknown as Record<string, unknown>;
      const body = t.isFunction(node) ? node.body : bodyOf;
      for (const key of keys) {
        const child = rec[key];
        if (Array.isArray(child)) {
          for (const c of child) if (c && typeof (c as t.Node).type === 'string') visit(c as t.Node, node, t.isFunction(node) ? body : bodyOf);
        } else if (child && typeof (child as t.Node).type === 'string') {
          visit(child as t.Node, node, t.isFunction(node) ? body : bodyOf);
        }
      }
    }
    if (pushed) stack.pop();
  };
  visit(root, null, null);
  return out;
}

/** `name`, bound by the function `fn`, keeps the value it had when the function's frame opened. */
export function neverReassigned(a: Assignments | undefined, name: string, isParam: boolean): boolean {
  if (!a || a.evals || a.names.has(name)) return false;
  return !(isParam && a.usesArguments);
}
