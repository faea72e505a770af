/**
 * Instruments a whole program AST in place: every function gets a frame guard and exit hooks,
 * every frame's statements get line probes, and a one-line header binds the registry and the
 * file's metadata (code objects, local layouts). Pure: no IO, no runtime import (STYLE R2).
 */
import * as t from './babel-types.js';
import { ABI, CODE_FLAGS, GLOBAL_CONST, GLOBAL_FIXED, GLOBAL_WRITABLE, NAMES, NAME_PREFIX, ON_FIELD, REGISTRY_KEY, REGISTRY_SHAPE, type FileMeta, type RawCode, type RawLayout } from '../protocol.js';
import { type Binding, type BindingKind, type FunctionScan, hoistedFunctions, lexicalBindings, paramNames, patternNames, scanFunctionBody } from './declarations.js';
import { atLine, guarded, hook, id, num, onField, registryField, someNode, VOID0 } from './emit.js';
import { LayoutTable } from './layouts.js';
import { ANONYMOUS, isAnonymousFunctionDefinition, keyName, methodName } from './names.js';
import { isUnnamedFunction, keepInferredNames } from './inferred-names.js';
import { definedOnce, type FrameContext, layoutStore, refreshStores, statementList, tsRuns } from './statements.js';
import { wrapFunctionBody } from './functions.js';
import { instrumentClassMembers } from './class-members.js';
import { bigFrame } from './bigframes.js';
import { CountersRewriter, noFrame } from './counters.js';
import { type Assignments, analyseAssignments, fixedDeclarations, neverReassigned } from './assigned.js';
import { analyseLexicalDeclarations, initialisedFor, type LexicalDeclarations } from './initialised.js';
import { valueReferences } from './ts-values.js';
import { TS_FILE } from './file-kinds.js';

/** Options of the instrumenter (validated in options.ts). */
export interface InstrumentOptions {
  /** `'default'`: frames only for activations that start while a tracer is set; `'always'`: every activation. */
  frames: 'default' | 'always';
  /** `'events'`: frames and every event; `'counters'`: line and call counters only (counters.ts). */
  probes: 'events' | 'counters';
  /**
   * Internal, not a user option: `'write'` (default) stores a binding in its frame slot where
   * it is written when that is safe (docs/decisions.md §1h); `'line'` stores every binding that
   * may change before each dispatched line event, the earlier design, kept as the oracle the
   * differential tests compare `f_locals` against.
   */
  slotStores?: 'write' | 'line';
}

/** What the instrumenter knows of one function while it walks it. */
export interface FunctionInfo {
  node: t.Function;
  parent: FunctionInfo | null;
  code: number;
  name: string;
  qualname: string;
  params: string[];
  scan: FunctionScan;
  refs: Set<string>;
  /** Names of this function's bindings that nested functions use (filled as they are instrumented, before it). */
  captured: Set<string>;
  /** `this` may be read at entry (false in derived constructors and arrows inside them). */
  thisSafe: boolean;
  derivedConstructor: boolean;
  /**
   * A top-level function declaration of an ES module that imports: an import cycle may call it
   * before the module body (and its header) has run, so its entry binds the header first:
   * `'guard'` in its frame guard, when `_$jtO` is still unbound (the events form with default
   * frames: one more comparison when tracing is off);
   * `'statement'` in a statement of its own (the counters form, `frames: 'always'`); false for
   * every other function.
   */
  early: 'guard' | 'statement' | false;
}

/** Is this program already instrumented (by any jstrace)? */
export function isInstrumented(program: t.Program): boolean {
  const first = program.body[0];
  return !!first && first.type === 'VariableDeclaration' && first.declarations.some((d) => d.id.type === 'Identifier' && d.id.name.startsWith(NAME_PREFIX));
}

export class ProgramInstrumenter {
  readonly codes: RawCode[] = [];
  readonly layouts = new LayoutTable();
  private assigned = new WeakMap<t.Node, Assignments>();
  private fixedDeclarations: ReadonlySet<string> = new Set();
  private lexical: LexicalDeclarations = new WeakMap();
  /** The functions whose entry binds the header first (`FunctionInfo.early`). */
  private earlyCallable = new Set<t.Node>();
  /** How many anonymous functions and classes of the program's the walk has met. */
  private unnamedMet = 0;
  /** Functions and classes with no anonymous function or class inside: keepInferredNames skips them. */
  private withoutUnnamed = new WeakSet<t.Node>();

  constructor(
    private readonly filename: string,
    private readonly options: InstrumentOptions,
  ) {}

  /** Instruments `program` in place; false when it was instrumented already. */
  run(program: t.Program): boolean {
    if (isInstrumented(program)) return false;
    this.assigned = analyseAssignments(program);
    this.fixedDeclarations = fixedDeclarations(program);
    this.lexical = analyseLexicalDeclarations(program);
    this.earlyCallable = earlyCallableFunctions(program);
    this.codes.push(['<module>', '<module>', 1, [], [], CODE_FLAGS.module]);
    for (let i = 0; i < program.body.length; i++) {
      program.body[i] = this.visit(program.body[i]!, program, null, '', null, null) as t.Statement;
    }
    this.instrumentModule(program);
    return true;
  }

  // ------------------------------------------------------------------ walking

  private visit(node: t.Node, parent: t.Node, fn: FunctionInfo | null, qual: string, hint: string | null, cls: ClassInfo | null): t.Node {
    if (fn && (node.type === 'AssignmentExpression' || ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && node.left.type !== 'VariableDeclaration'))) {
      // A name the function only writes (`count = n`, `[a, b] = pair`, `for (x of xs)`) is one
      // it uses too: a free variable written by a closure is in its `f_locals`, as Python's
      // `nonlocal` is (isReferenced, below, is false for assignment targets).
      if (node.left.type === 'Identifier') fn.refs.add(node.left.name);
      else if (node.left.type !== 'MemberExpression') for (const name of Object.keys(t.getBindingIdentifiers(node.left))) fn.refs.add(name);
    }
    // A module with top-level `await` is resumed from the event loop, as an async function is
    // (its frames have no `f_back` then).
    if (!fn && (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await))) this.codes[0]![5] |= CODE_FLAGS.async;
    switch (node.type) {
      case 'Identifier':
        if (fn && t.isReferenced(node, parent)) fn.refs.add(node.name);
        return node;
      case 'WithStatement':
        node.object = this.visit(node.object, node, fn, qual, null, cls) as t.Expression;
        return node;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        return this.visitFunction(node, fn, qual, hint, cls);
      case 'ClassDeclaration':
      case 'ClassExpression':
        return this.visitClass(node, fn, qual, hint);
      case 'AwaitExpression': {
        this.visitChildren(node, fn, qual, cls);
        const frame = fn ? NAMES.frame : NAMES.moduleFrame;
        const plain = untracedCopy(node);
        node.argument = hook('ys', [id(frame), node.argument]);
        return suspension(frame, plain, hook('yr', [id(frame), node]));
      }
      case 'YieldExpression': {
        this.visitChildren(node, fn, qual, cls);
        const frame = NAMES.frame;
        const plain = node.delegate ? null : untracedCopy(node);
        if (node.delegate) {
          const asyncGen = !!fn && fn.node.async;
          node.argument = hook(asyncGen ? 'yq' : 'yd', [id(frame), node.argument!]);
        } else {
          node.argument = hook('ys', [id(frame), node.argument ?? VOID0()]);
        }
        return suspension(frame, plain, hook('yr', [id(frame), node]));
      }
      case 'CallExpression':
        this.visitChildren(node, fn, qual, cls);
        if (node.callee.type === 'Super' && fn && fn.derivedConstructor) {
          return hook('su', [id(NAMES.frame), node]);
        }
        return node;
      default:
        this.visitChildren(node, fn, qual, cls);
        return node;
    }
  }

  private visitChildren(node: t.Node, fn: FunctionInfo | null, qual: string, cls: ClassInfo | null): void {
    const keys = t.VISITOR_KEYS[node.type];
    if (!keys) return;
    const rec = node as unknown as Record<string, unknown>;
    for (const key of keys) {
      const child = rec[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const c = child[i] as t.Node | null;
          if (c && typeof c.type === 'string') child[i] = this.visit(c, node, fn, qual, nameHint(node, key, c), cls);
        }
      } else if (child && typeof (child as t.Node).type === 'string') {
        const c = child as t.Node;
        const code = this.codes.length;
        rec[key] = this.visit(c, node, fn, qual, nameHint(node, key, c), cls);
        // `{ [KEY]: () => 1 }`: the function is named after the key's value.
        if (key === 'value' && node.type === 'ObjectProperty' && (c.type === 'ArrowFunctionExpression' || (c.type === 'FunctionExpression' && !c.id))) {
          nameAfterKey(node, code, '');
        }
      }
    }
  }

  private visitClass(node: t.Class, fn: FunctionInfo | null, qual: string, hint: string | null): t.Node {
    const unnamedBefore = this.unnamedMet;
    this.visitClassParts(node, fn, qual, hint);
    this.noteUnnamed(node, unnamedBefore);
    return node;
  }

  /** After walking `node` (a function or class): whether any anonymous function was met inside, and whether it is one. */
  private noteUnnamed(node: t.Function | t.Class, unnamedBefore: number): void {
    if (this.unnamedMet === unnamedBefore) this.withoutUnnamed.add(node);
    if (isUnnamedFunction(node)) this.unnamedMet++;
  }

  private visitClassParts(node: t.Class, fn: FunctionInfo | null, qual: string, hint: string | null): void {
    const className = node.id ? node.id.name : hint;
    if (node.superClass) node.superClass = this.visit(node.superClass, node, fn, qual, null, null) as t.Expression;
    const info: ClassInfo = { name: className, derived: !!node.superClass };
    const inner = qual + (className ?? ANONYMOUS) + '.';
    for (let i = 0; i < node.body.body.length; i++) {
      const m = node.body.body[i]!;
      if (m.type === 'ClassMethod' || m.type === 'ClassPrivateMethod') {
        node.body.body[i] = this.visitFunction(m, fn, inner, null, info) as typeof m;
      } else {
        this.visitChildren(m, fn, inner, info);
      }
    }
    instrumentClassMembers(node, inner, {
      addCode: (name, qualname, firstLine, lines) => this.codes.push([name, qualname, firstLine, [], lines, 0]) - 1,
      layouts: this.layouts,
      always: this.options.frames === 'always',
    });
  }

  private visitFunction(node: t.Function, parent: FunctionInfo | null, qual: string, hint: string | null, cls: ClassInfo | null): t.Node {
    let name: string;
    if (node.type === 'ObjectMethod' || node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') {
      name = methodName(node, cls ? cls.name : null);
    } else {
      name = (node.type !== 'ArrowFunctionExpression' && node.id ? node.id.name : hint) ?? '';
    }
    const coName = name || ANONYMOUS;
    const derivedConstructor = node.type === 'ClassMethod' && node.kind === 'constructor' && !!cls && cls.derived;
    const thisSafe = derivedConstructor ? false : node.type === 'ArrowFunctionExpression' ? (parent ? parent.thisSafe : true) : true;
    const code = this.codes.length;
    this.codes.push([coName, '', 0, [], [], 0]);
    const info: FunctionInfo = {
      node,
      parent,
      code,
      name: coName,
      qualname: qual + (node.type === 'ClassMethod' && node.kind === 'constructor' ? 'constructor' : coName),
      params: paramNames(node),
      scan: scanFunctionBody(node.body),
      refs: new Set(),
      captured: new Set(),
      thisSafe,
      derivedConstructor,
      early: !this.earlyCallable.has(node) ? false : this.options.probes === 'counters' || this.options.frames === 'always' ? 'statement' : 'guard',
    };
    if ((node.type === 'ObjectMethod' || node.type === 'ClassMethod') && node.kind !== 'constructor') {
      nameAfterKey(node, code, node.kind === 'get' ? 'get ' : node.kind === 'set' ? 'set ' : '');
    }
    const innerQual = info.qualname + '.<locals>.';
    const unnamedBefore = this.unnamedMet;
    for (let i = 0; i < node.params.length; i++) {
      node.params[i] = this.visit(node.params[i]!, node, info, innerQual, nameHint(node, 'params', node.params[i]!), null) as typeof node.params[number];
    }
    node.body = this.visit(node.body, node, info, innerQual, null, null) as typeof node.body;
    if (parent) for (const r of info.refs) parent.refs.add(r);
    this.instrumentFunction(info);
    this.noteUnnamed(node, unnamedBefore);
    return node;
  }

  // ------------------------------------------------------------------ frames

  private instrumentFunction(info: FunctionInfo): void {
    const { node } = info;
    if (node.body.type !== 'BlockStatement') {
      const ret = t.returnStatement(node.body);
      ret.loc = node.body.loc;
      node.body = t.blockStatement([ret]);
      node.body.loc = ret.loc;
    }
    const { base, tdzFree, free } = this.baseBindings(info);
    const ctx: FrameContext = {
      frame: NAMES.frame,
      isModule: false,
      deferredReturn: node.generator || info.scan.hasFinally,
      suspends: node.generator || node.async,
      lines: new Set(),
      layouts: this.layouts,
      base,
      tdzFree,
      scopes: [],
      loops: [],
      stored: this.fixedBindings(info, base, tdzFree),
      storedAtWrite: this.storedAtWrite(info),
      free,
      shared: this.sharedNames(info, free),
    };
    const body = node.body as t.BlockStatement;
    // Function declarations of the body live in the `try` block: not visible at entry.
    const entry = base;
    const readBase = (b: Binding) => (tdzFree.has(b.name) ? hook('z', [t.arrowFunctionExpression([], id(b.name))]) : id(b.name));
    const bodyLexical = body.body.flatMap((s) => lexicalBindings(s));
    ctx.big = bigFrame(base, bodyLexical, hoistedFunctions(body.body), readBase, this.layouts, info.code);
    // The `return` event of a body that falls off its end stores the body's layout: a block of
    // the body may hold the frame's, and a frame given its local tracer since its last probe
    // (by a callee's tracer) has the one of its `call` event.
    body.body = statementList(ctx, body.body, -1, () => {
      ctx.endRefresh = refreshStores(ctx);
      ctx.exitRefresh = refreshStores(ctx, true);
      if (!ctx.big) ctx.endLayout = layoutStore(ctx);
    });
    if (ctx.big) body.body.unshift(ctx.big.declaration);
    const firstLine = node.loc ? node.loc.start.line : 0;
    const varnames = [...new Set([...info.params, ...info.scan.vars, ...info.scan.lexical.keys()])];
    let flags = 0;
    if (node.generator) flags |= CODE_FLAGS.generator;
    if (node.async) flags |= CODE_FLAGS.async;
    this.codes[info.code] = [info.name, info.qualname, firstLine, varnames, [...ctx.lines].sort((a, b) => a - b), flags];
    const values = entry.map(readBase);
    wrapFunctionBody(info, ctx, {
      layout: this.layouts.layoutFor(entry),
      values,
      always: this.options.frames === 'always',
      pre: (bound) => {
        const pre = entry.map((b, i) => (free.has(b) || (b.kind === 'param' && bound.has(b.name)) ? t.cloneNode(values[i]!) : null));
        while (pre.length && pre[pre.length - 1] === null) pre.pop();
        return pre as t.Expression[];
      },
    });
  }

  /**
   * Base bindings that keep the value they had at the `call` event (parameters and free
   * variables nothing assigns, and that no nested function uses): the entry snapshot stores
   * them, line probes never again.
   */
  private fixedBindings(info: FunctionInfo, base: Binding[], tdzFree: Set<string>): Set<Binding> {
    const fixed = new Set<Binding>();
    for (const b of base) {
      if (tdzFree.has(b.name)) continue;
      // A free `const` past its TDZ cannot change.
      if (b.kind === 'const') {
        fixed.add(b);
        continue;
      }
      if (b.kind !== 'param' && b.kind !== 'function') continue;
      const owner = b.kind === 'param' && info.params.includes(b.name) ? info : declaringFunction(info.parent, b.name);
      // A binding nested functions use may be assigned through their frames' `f_locals`.
      if (owner && !owner.captured.has(b.name) && neverReassigned(this.assigned.get(owner.node), b.name, owner.params.includes(b.name))) fixed.add(b);
    }
    return fixed;
  }

  /**
   * Which of the function's own bindings are stored where they are written (assigned.ts):
   * those of names it writes only where a store can follow, unless a direct `eval` may write
   * anything, or `arguments` may alias a parameter.
   */
  private storedAtWrite(info: FunctionInfo): ((name: string) => boolean) | undefined {
    const a = this.assigned.get(info.node);
    if (this.options.slotStores === 'line' || !a || a.evals) return undefined;
    // A binding nested functions use may also be assigned through their frames' `f_locals`.
    return (name) => !a.unsafe.has(name) && !info.captured.has(name) && !(a.usesArguments && info.params.includes(name));
  }

  /**
   * The names a closure the tracer calls may assign while it runs (FrameContext.shared): the
   * function's free variables, and its own bindings that nested functions assign.
   */
  private sharedNames(info: FunctionInfo, free: Set<Binding>): Set<string> {
    const a = this.assigned.get(info.node);
    const shared = new Set([...free].map((b) => b.name));
    for (const name of info.captured) if (!a || a.evals || a.unsafe.has(name)) shared.add(name);
    return shared;
  }

  /** Parameters, `var`s and the free variables the function uses from enclosing functions. */
  private baseBindings(info: FunctionInfo): { base: Binding[]; tdzFree: Set<string>; free: Set<Binding> } {
    const base: Binding[] = [...new Set(info.params)].map((name) => ({ name, kind: 'param' as BindingKind }));
    const own = new Set([...info.params, ...info.scan.vars, ...info.scan.lexical.keys()]);
    for (const v of info.scan.vars) if (!info.params.includes(v)) base.push({ name: v, kind: 'var' });
    const tdzFree = new Set<string>();
    const free = new Set<Binding>();
    for (const name of info.refs) {
      if (own.has(name) || name === 'arguments' || name.startsWith(NAME_PREFIX)) continue;
      const kind = declaringKind(info.parent, name);
      if (!kind) continue;
      const b: Binding = { name, kind };
      base.push(b);
      free.add(b);
      declaringFunction(info.parent, name)?.captured.add(name);
      if ((kind === 'let' || kind === 'const' || kind === 'class') && !this.initialised(info, name)) tdzFree.add(name);
    }
    return { base, tdzFree, free };
  }

  /** Is the free lexical `name` of `info` initialised whenever `info` runs (initialised.ts)? */
  private initialised(info: FunctionInfo, name: string): boolean {
    const declaring = declaringFunction(info.parent, name);
    if (!declaring || declaring.params.includes(name) || declaring.scan.vars.includes(name)) return false;
    let outermost = info;
    while (outermost.parent !== null && outermost.parent !== declaring) outermost = outermost.parent;
    return outermost.parent === declaring && initialisedFor(this.lexical, declaring.node, outermost.node, name);
  }

  // ------------------------------------------------------------------ module

  private instrumentModule(program: t.Program): void {
    const frame = NAMES.moduleFrame;
    const ctx: FrameContext = {
      frame,
      isModule: true,
      deferredReturn: false,
      lines: new Set(),
      layouts: this.layouts,
      base: [],
      tdzFree: new Set(),
      scopes: [],
      loops: [],
    };
    const globals = moduleBindings(program, TS_FILE.test(this.filename));
    let firstOther = program.body.findIndex((s) => s.type !== 'ImportDeclaration');
    if (firstOther < 0) firstOther = program.body.length;
    const imports = program.body.slice(0, firstOther);
    const rest = program.body.slice(firstOther);
    const accessor = globalsAccessor(globals, this.fixedDeclarations);
    let body: t.Statement[];
    // No `try` around a module body (it would make top-level functions block-scoped, and a
    // re-throw would move Node's crash header): an exception leaving it is reported by the
    // traced frame that catches it, or at the process's uncaught exception (docs/decisions.md §1b).
    body = [...imports, accessor, ...statementList(ctx, rest, -1), atLine(guarded(frame, hook('r', [id(frame), VOID0()])), program.loc?.end.line)];
    this.codes[0]![4] = [...ctx.lines].sort((a, b) => a - b);
    const meta: FileMeta = { f: this.filename, c: this.codes, s: this.layouts.layouts, g: [globals.map((b) => b.name), globals.map((b) => globalWritability(b, this.fixedDeclarations))] };
    if (this.options.probes === 'counters') {
      meta.n = lastLine(program, this.codes) + 1;
      new CountersRewriter(meta.n).rewrite(t.blockStatement(body));
    }
    if (this.unnamedMet > 0) keepInferredNames(body, this.withoutUnnamed);
    program.body = [...this.header(meta, moduleLevelNames(program)), ...body];
  }

  /**
   * `var _$jt = <registry>, _$jtM = _$jt.jp("…"), _$jtm = <module frame>;`, all on line 1. It
   * names no global the program could hide or replace (`declared`: the names the module's own
   * scope binds): the global object is `globalThis`, else `global`, else a sloppy function's
   * `this`; `Symbol` and `JSON` are read from it, and the meta is parsed by the `JSON.parse`
   * the registry's creator found (the runtime, before the program wraps it).
   */
  private header(meta: FileMeta, declared: Set<string>): t.Statement[] {
    // Hooks that pass values through are called with a null frame too: the stub has them,
    // so instrumented code runs when no runtime was ever loaded.
    const pass = id('P');
    const noop = id('N');
    const first = id('V');
    const g = id('g');
    const k = id('k');
    const r = id('r');
    const initial = {
      abi: () => num(ABI),
      box: () => t.objectExpression([t.objectProperty(id('f'), t.nullLiteral())]),
      false: () => t.booleanLiteral(false),
      null: () => t.nullLiteral(),
      undefined: () => VOID0(),
      pass: () => pass,
      first: () => first,
      noop: () => noop,
      array: () => t.functionExpression(null, [], t.blockStatement([t.returnStatement(t.arrayExpression([]))])),
      json: () => t.memberExpression(t.memberExpression(g, id('JSON')), id('parse')),
      list: () => t.arrayExpression([]),
      // function (o, k, v) { return o[k] = v; }
      store: () =>
        t.functionExpression(null, [id('o'), id('k'), id('v')], t.blockStatement([t.returnStatement(t.assignmentExpression('=', t.memberExpression(id('o'), id('k'), true), id('v')))])),
      // function (m, s) { m.O = s; this.s.push(new g.WeakRef(s)); return m; }
      sub: () =>
        t.functionExpression(
          null,
          [id('m'), id('s')],
          t.blockStatement([
            t.expressionStatement(t.assignmentExpression('=', t.memberExpression(id('m'), id('O')), id('s'))),
            t.expressionStatement(t.callExpression(t.memberExpression(t.memberExpression(t.thisExpression(), id('s')), id('push')), [t.newExpression(t.memberExpression(g, id('WeakRef')), [id('s')])])),
            t.returnStatement(id('m')),
          ]),
        ),
    };
    const stub = () => t.objectExpression(REGISTRY_SHAPE.map(([name, init]) => t.objectProperty(id(name), initial[init]())));
    // (function (g) { var P = …, k = g.Symbol.for(KEY), r = g[k] || (g[k] = STUB); return r.abi === ABI ? r : (r.mismatch && r.mismatch(ABI, FILE), STUB); })(globalThis)
    const fn = t.functionExpression(
      null,
      [g],
      t.blockStatement([
        t.variableDeclaration('var', [
          t.variableDeclarator(pass, t.functionExpression(null, [id('f'), id('v')], t.blockStatement([t.returnStatement(id('v'))]))),
          t.variableDeclarator(noop, t.functionExpression(null, [], t.blockStatement([]))),
          t.variableDeclarator(first, t.functionExpression(null, [id('v')], t.blockStatement([t.returnStatement(id('v'))]))),
          t.variableDeclarator(k, t.callExpression(t.memberExpression(t.memberExpression(g, id('Symbol')), id('for')), [t.stringLiteral(REGISTRY_KEY)])),
          t.variableDeclarator(r, t.logicalExpression('||', t.memberExpression(g, k, true), t.assignmentExpression('=', t.memberExpression(g, k, true), stub()))),
        ]),
        t.returnStatement(
          t.conditionalExpression(
            t.binaryExpression('===', t.memberExpression(r, id('abi')), num(ABI)),
            r,
            t.sequenceExpression([
              t.logicalExpression('&&', t.memberExpression(r, id('mismatch')), t.callExpression(t.memberExpression(r, id('mismatch')), [num(ABI), t.stringLiteral(this.filename)])),
              stub(),
            ]),
          ),
        ),
      ]),
    );
    const registry = t.callExpression(fn, [globalObject(declared)]);
    // `_$jt.sub(_$jt.jp("…"), function (v) { _$jtO.$on = v; })`: the meta, with the setter of the
    // file's copy of `on` that the runtime calls (docs/decisions.md §15, §18).
    const setter = t.functionExpression(null, [id('v')], t.blockStatement([t.expressionStatement(t.assignmentExpression('=', onField(), id('v')))]));
    const metaExpr = hook('sub', [hook('jp', [t.stringLiteral(JSON.stringify(meta))]), setter]);
    const guard = this.options.frames === 'always' ? registryField('live') : onField();
    let moduleFrame: t.Expression = t.conditionalExpression(guard, hook('c', [id(NAMES.meta), num(0), t.thisExpression(), num(-1), t.nullLiteral()]), t.nullLiteral());
    const counters: t.VariableDeclarator[] = [];
    if (meta.n !== undefined) {
      // `_$jtn = _$jt.n(_$jtM)`, and the module frame becomes its call counter.
      counters.push(t.variableDeclarator(id(NAMES.counters), hook('n', [id(NAMES.meta)])));
      moduleFrame = noFrame(meta.n, 0);
    }
    const bound = [
      t.variableDeclarator(id(NAMES.registry), registry),
      // `_$jtO = { $on: _$jt.on }`: a box the file never rebinds (docs/decisions.md §18).
      t.variableDeclarator(id(NAMES.on), t.objectExpression([t.objectProperty(id(ON_FIELD), registryField('on'))])),
      t.variableDeclarator(id(NAMES.meta), metaExpr),
      ...counters,
    ];
    if (this.earlyCallable.size === 0) return [t.variableDeclaration('var', [...bound, t.variableDeclarator(id(NAMES.moduleFrame), moduleFrame)])];
    // An ES module in an import cycle may run one of its function declarations before its body:
    // `var _$jt, _$jtO, _$jtM, _$jtm = (_$jtI(), <module frame>); function _$jtI() { if (_$jt === undefined) { _$jt = …; … } }`,
    // and such a function's entry calls `_$jtI` while `_$jt` is unbound.
    const init = t.functionDeclaration(
      id(NAMES.init),
      [],
      t.blockStatement([
        t.ifStatement(
          t.binaryExpression('===', id(NAMES.registry), VOID0()),
          t.blockStatement(bound.map((d) => t.expressionStatement(t.assignmentExpression('=', d.id as t.Identifier, d.init!)))),
        ),
      ]),
    );
    return [
      t.variableDeclaration('var', [
        ...bound.map((d) => t.variableDeclarator(d.id)),
        t.variableDeclarator(id(NAMES.moduleFrame), t.sequenceExpression([t.callExpression(id(NAMES.init), []), moduleFrame])),
      ]),
      init,
    ];
  }
}


/**
 * The top-level function declarations of an ES module that imports (or re-exports) another:
 * in an import cycle, a module that this one imports may call them before this module's body
 * runs (`FunctionInfo.early`). A module that imports nothing is evaluated before anything can
 * reach its functions.
 */
function earlyCallableFunctions(program: t.Program): Set<t.Node> {
  const found = new Set<t.Node>();
  const imports = program.body.some(
    (s) => (s.type === 'ImportDeclaration' && s.importKind !== 'type') || s.type === 'ExportAllDeclaration' || (s.type === 'ExportNamedDeclaration' && s.source && s.exportKind !== 'type'),
  );
  if (program.sourceType !== 'module' || !imports) return found;
  for (const s of program.body) {
    const d = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
    if (d?.type === 'FunctionDeclaration') found.add(d);
  }
  return found;
}

/**
 * The global object, by a name the module's scope does not hide (`declared`): `globalThis`,
 * else Node's `global`, else the `this` of a function made by the `Function` constructor (which
 * is sloppy whatever the module is), reached through a function literal's `constructor`.
 */
function globalObject(declared: Set<string>): t.Expression {
  if (!declared.has('globalThis')) return id('globalThis');
  if (!declared.has('global')) return id('global');
  const ctor = t.memberExpression(t.functionExpression(null, [], t.blockStatement([])), id('constructor'));
  return t.callExpression(t.callExpression(ctor, [t.stringLiteral('return this')]), []);
}

/**
 * The names the module's own scope binds: its top-level declarations and imports, and the
 * `var`s and (sloppy, Annex B) block-level functions of its top-level statements, which hoist
 * to it. Statements only: expressions declare nothing there.
 */
function moduleLevelNames(program: t.Program): Set<string> {
  const names = new Set<string>();
  const declaration = (s: t.Node | null | undefined, top: boolean): void => {
    if (!s) return;
    switch (s.type) {
      case 'VariableDeclaration':
        if (top || s.kind === 'var') for (const d of s.declarations) patternNames(d.id, []).forEach((n) => names.add(n));
        return;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if (s.id && (top || s.type === 'FunctionDeclaration')) names.add(s.id.name);
        return;
      case 'ImportDeclaration':
        for (const sp of s.specifiers) names.add(sp.local.name);
        return;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        declaration(s.declaration as t.Node, top);
        return;
      case 'TSImportEqualsDeclaration':
        names.add(s.id.name);
        return;
      default:
    }
    // Statements that hold statements: their `var`s and block functions hoist.
    for (const key of t.VISITOR_KEYS[s.type] ?? []) {
      const v = (s as unknown as Record<string, unknown>)[key];
      for (const c of Array.isArray(v) ? v : [v]) {
        if (c && typeof c === 'object' && (t.isStatement(c as t.Node) || (c as t.Node).type === 'SwitchCase' || (c as t.Node).type === 'CatchClause')) {
          if (!t.isFunction(c as t.Node) || (c as t.Node).type === 'FunctionDeclaration') declaration(c as t.Node, false);
        }
      }
    }
  };
  for (const s of program.body) declaration(s, true);
  return names;
}

/** The last line of the program: every probe is on or before it. */
function lastLine(program: t.Program, codes: RawCode[]): number {
  let last = program.loc?.end.line ?? 0;
  for (const c of codes) for (const line of c[4]) if (line > last) last = line;
  return last;
}

interface ClassInfo {
  name: string | null;
  derived: boolean;
}

/**
 * An untouched copy of a `yield v` / `await v` whose operand holds no function (copying one
 * would emit its code twice) and no tagged template (a copy would be a second call site, with
 * strings objects of its own): the untraced path then runs the plain expression, with no hook
 * call around the suspension (docs/decisions.md §1c).
 */
function untracedCopy(node: t.AwaitExpression | t.YieldExpression): t.Expression | null {
  return someNode(node, definedOnce) ? null : t.cloneNode(node, true);
}

/** `frame === null ? plain : traced`, or `traced` when there is no plain copy. */
function suspension(frame: string, plain: t.Expression | null, traced: t.Expression): t.Expression {
  return plain ? t.conditionalExpression(t.binaryExpression('===', id(frame), t.nullLiteral()), plain, traced) : traced;
}

/** The kind of the nearest enclosing function binding of `name`, or null (module or global). */
function declaringKind(fn: FunctionInfo | null, name: string): BindingKind | null {
  for (let f = fn; f; f = f.parent) {
    if (f.params.includes(name)) return 'param';
    const lex = f.scan.lexical.get(name);
    if (lex) return lex;
    if (f.scan.vars.includes(name)) return 'var';
  }
  return null;
}

/** The function that declares `name` for code inside `fn` (the nearest one up the chain). */
function declaringFunction(fn: FunctionInfo | null, name: string): FunctionInfo | null {
  for (let f = fn; f; f = f.parent) {
    if (f.params.includes(name) || f.scan.lexical.has(name) || f.scan.vars.includes(name)) return f;
  }
  return null;
}

/**
 * Module-level bindings, for `f_globals`. In TypeScript an import may be used only as a type,
 * and the TypeScript transform drops it only if no value reference remains: there, only the
 * imports the program reads as values are named (src/instrument/ts-values.ts). The enums and
 * namespaces that compile to code are bindings too (an enum a `var`, a namespace a `let`).
 */
function moduleBindings(program: t.Program, typeScript: boolean): Binding[] {
  const seen = new Map<string, Binding>();
  const add = (b: Binding) => {
    if (!b.name.startsWith(NAME_PREFIX)) seen.set(b.name, b);
  };
  const imported = new Set<string>();
  for (const s of program.body) {
    if (s.type !== 'ImportDeclaration' || s.importKind === 'type') continue;
    for (const sp of s.specifiers) if (sp.type !== 'ImportSpecifier' || sp.importKind !== 'type') imported.add(sp.local.name);
  }
  const values = typeScript ? valueReferences(program, imported) : imported;
  for (const name of imported) if (values.has(name)) add({ name, kind: 'const' });
  for (const v of scanFunctionBody(t.blockStatement(program.body.filter((s): s is t.Statement => !s.type.startsWith('Import')))).vars) add({ name: v, kind: 'var' });
  for (const b of hoistedFunctions(program.body)) add(b);
  for (const s of program.body) for (const b of lexicalBindings(s)) add(b);
  if (typeScript) {
    for (const s of program.body) {
      const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
      if ((d.type === 'TSEnumDeclaration' || d.type === 'TSModuleDeclaration') && d.id.type === 'Identifier' && tsRuns(d) && !seen.has(d.id.name)) {
        add({ name: d.id.name, kind: d.type === 'TSEnumDeclaration' ? 'var' : 'let' });
      }
    }
  }
  return [...seen.values()];
}

/**
 * What `f_globals` may do with a module binding (the meta's `g` mask, read by
 * src/runtime/locals.ts): 1 write it, 0 not (a `const`), 2 not (a function or class
 * declaration the file never assigns: src/instrument/assigned.ts `fixedDeclarations`).
 */
function globalWritability(b: Binding, fixed: ReadonlySet<string>): number {
  if (b.kind === 'const') return GLOBAL_CONST;
  return (b.kind === 'function' || b.kind === 'class') && fixed.has(b.name) ? GLOBAL_FIXED : GLOBAL_WRITABLE;
}

/**
 * `_$jtM.G = function (_$jti, _$jts, _$jtv) { switch (_$jti) { case 0: if (_$jts) x = _$jtv; return x; … } };`
 * Its parameters have names of ours: a module binding `i`, `s` or `v` would be shadowed by them.
 */
function globalsAccessor(globals: Binding[], fixed: ReadonlySet<string>): t.Statement {
  const i = id(`${NAME_PREFIX}i`);
  const s = id(`${NAME_PREFIX}s`);
  const v = id(`${NAME_PREFIX}v`);
  const cases = globals.map((b, n) => {
    const body: t.Statement[] = [];
    if (globalWritability(b, fixed) === GLOBAL_WRITABLE) body.push(t.ifStatement(s, t.expressionStatement(t.assignmentExpression('=', id(b.name), v))));
    body.push(t.returnStatement(id(b.name)));
    return t.switchCase(num(n), body);
  });
  return t.expressionStatement(
    t.assignmentExpression('=', t.memberExpression(id(NAMES.meta), id('G')), t.functionExpression(null, [i, s, v], t.blockStatement([t.switchStatement(i, cases)]))),
  );
}

/**
 * A computed key known only at run time (`[KEY]() {}`, `{ [KEY]: () => 1 }`): the runtime names
 * code object `code` after the key's value, as JavaScript names the function, through
 * `_$jt.nk(key, meta, code, prefix)`, which returns the key unchanged.
 */
function nameAfterKey(node: t.ObjectMethod | t.ClassMethod | t.ObjectProperty, code: number, prefix: string): void {
  if (!node.computed || keyName(node.key, true) !== null) return;
  node.key = hook('nk', [node.key as t.Expression, id(NAMES.meta), num(code), t.stringLiteral(prefix)]);
}

/** The name a function or class gets from where it stands (`const f = () => 1` → `f`). */
function nameHint(parent: t.Node, key: string, child: t.Node): string | null {
  if (!isAnonymousFunctionDefinition(child) && !(child.type === 'FunctionDeclaration' && !child.id) && !(child.type === 'ClassDeclaration' && !child.id)) return null;
  switch (parent.type) {
    case 'VariableDeclarator':
      return key === 'init' && parent.id.type === 'Identifier' ? parent.id.name : null;
    case 'AssignmentExpression':
      return key === 'right' && parent.left.type === 'Identifier' && ['=', '||=', '&&=', '??='].includes(parent.operator) ? parent.left.name : null;
    case 'AssignmentPattern':
      return key === 'right' && parent.left.type === 'Identifier' ? parent.left.name : null;
    case 'ObjectProperty':
      return key === 'value' ? keyName(parent.key, parent.computed) : null;
    case 'ClassProperty':
      return key === 'value' ? keyName(parent.key, parent.computed) : null;
    case 'ClassPrivateProperty':
      return key === 'value' ? '#' + parent.key.id.name : null;
    case 'ExportDefaultDeclaration':
      return 'default';
    default:
      return null;
  }
}

export { patternNames };
