/**
 * Names a function declares, found by a shallow scan (nested functions are not entered):
 * what `co_varnames`, the `f_locals` layouts and the free-variable analysis are built from.
 */
import * as t from './babel-types.js';

/** How a binding may be touched from a tracer. */
export type BindingKind = 'param' | 'var' | 'let' | 'const' | 'function' | 'class';

export interface Binding {
  name: string;
  kind: BindingKind;
}

/** Appends the names bound by a pattern (`a`, `{ b, c: [d] }`, `...e`, `f = 1`). */
export function patternNames(node: t.Node | null | undefined, out: string[]): string[] {
  if (!node) return out;
  switch (node.type) {
    case 'Identifier':
      out.push(node.name);
      break;
    case 'AssignmentPattern':
      patternNames(node.left, out);
      break;
    case 'RestElement':
      patternNames(node.argument, out);
      break;
    case 'ArrayPattern':
      for (const el of node.elements) patternNames(el, out);
      break;
    case 'ObjectPattern':
      for (const p of node.properties) patternNames(p.type === 'RestElement' ? p : (p.value as t.Node), out);
      break;
    case 'TSParameterProperty':
      patternNames(node.parameter, out);
      break;
    // An assignment target in TypeScript may be wrapped: `(x as T) = v`, `x! = v`.
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      patternNames(node.expression, out);
      break;
    default:
      break;
  }
  return out;
}

/** The parameter names of a function, in order. */
export function paramNames(fn: t.Function): string[] {
  const out: string[] = [];
  // A TypeScript `this` parameter (`function f(this: T, x)`) is a type, not a binding.
  for (const p of fn.params) if (!(p.type === 'Identifier' && p.name === 'this')) patternNames(p, out);
  return out;
}

export interface FunctionScan {
  /** `var` names, hoisted from any depth. */
  vars: string[];
  /** Lexical names declared at any depth (catch parameters included). */
  lexical: Map<string, BindingKind>;
  /** Whether some `try` of this function (not of a nested one) has a `finally`. */
  hasFinally: boolean;
  /** Whether the body calls `eval(…)` directly (it may declare `var`s at run time). */
  hasEval: boolean;
}

/**
 * Every `var` name declared in a function body (hoisted from any depth) and every lexical
 * name declared at any depth (used to tell a function's own names from free ones).
 */
export function scanFunctionBody(body: t.Node): FunctionScan {
  const vars: string[] = [];
  const lexical = new Map<string, BindingKind>();
  let hasFinally = false;
  let hasEval = false;
  const walk = (node: t.Node | null | undefined): void => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'FunctionDeclaration') {
      if (node.id) lexical.set(node.id.name, 'function');
      return;
    }
    if (t.isFunction(node) || node.type === 'ClassBody' || node.type === 'StaticBlock') {
      return;
    }
    switch (node.type) {
      case 'VariableDeclaration': {
        const names: string[] = [];
        for (const d of node.declarations) patternNames(d.id, names);
        if (node.kind === 'var') vars.push(...names);
        else for (const n of names) lexical.set(n, node.kind === 'let' ? 'let' : 'const');
        for (const d of node.declarations) walk(d.init);
        return;
      }
      case 'ClassDeclaration':
        if (node.id) lexical.set(node.id.name, 'class');
        walk(node.superClass);
        return;
      case 'CatchClause':
        for (const n of patternNames(node.param, [])) lexical.set(n, 'let');
        walk(node.body);
        return;
      case 'TryStatement':
        if (node.finalizer) hasFinally = true;
        break;
      case 'CallExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'eval') hasEval = true;
        break;
      case 'WithStatement':
        return;
      default:
        break;
    }
    const keys = t.VISITOR_KEYS[node.type];
    if (!keys) return;
    for (const k of keys) {
      const child = (node as unknown as Record<string, unknown>)[k];
      if (Array.isArray(child)) for (const c of child) walk(c as t.Node);
      else walk(child as t.Node);
    }
  };
  walk(body);
  return { vars: [...new Set(vars)], lexical, hasFinally, hasEval };
}

/** Lexical bindings a statement introduces into the block that holds it. */
export function lexicalBindings(stmt: t.Statement): Binding[] {
  let node: t.Node = stmt;
  if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') && node.declaration) {
    node = node.declaration;
  }
  switch (node.type) {
    case 'VariableDeclaration':
      if (node.kind === 'var') return [];
      return node.declarations.flatMap((d) =>
        patternNames(d.id, []).map((name) => ({ name, kind: node.kind === 'const' || node.kind === 'using' || node.kind === 'await using' ? 'const' : 'let' }) as Binding),
      );
    case 'ClassDeclaration':
      return node.id ? [{ name: node.id.name, kind: 'class' }] : [];
    default:
      return [];
  }
}

/** Function declarations directly in a statement list (hoisted to the list's start). */
export function hoistedFunctions(list: t.Statement[]): Binding[] {
  const out: Binding[] = [];
  for (const s of list) {
    const d = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
    if (d && d.type === 'FunctionDeclaration' && d.id) out.push({ name: d.id.name, kind: 'function' });
  }
  return out;
}
