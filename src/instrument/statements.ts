/**
 * Line probes for the statements of one frame (a function body or a module body): where
 * `line` events fire and which bindings each event's `f_locals` snapshot holds (SPEC §3):
 * one event per line reached, loop headers at every test, `try` and entered `catch` lines,
 * `case` tests, no event for `else`/`finally`/braces/labels/function declarations.
 */
import * as t from './babel-types.js';
import { NAMES } from '../protocol.js';
import { type Binding, hoistedFunctions, lexicalBindings, patternNames } from './declarations.js';
import { asBlock, catchHook, exprStatement, guardedHook, guardedSlotStores, hook, id, lineProbe, moduleLineProbe, slotStore, someNode } from './emit.js';
import type { LayoutTable } from './layouts.js';
import { isAnonymousFunctionDefinition } from './names.js';
import { type BigFrame, bigProbe } from './bigframes.js';

/** A loop, or a `switch` (`isSwitch`: a target of `break` only). */
interface Loop {
  labels: string[];
  /** How many `finally` blocks of the frame enclose the loop (`FrameContext.finallyLevel`). */
  level: number;
  isSwitch?: boolean;
  /** Line whose probe must run before the next iteration starts (for…of/for…in), else 0. */
  headerLine: number;
  /** How many `try … finally` blocks enclose the current point inside this loop's body. */
  finallyDepth?: number;
  /** Flag variable set by a `continue` that crosses a `finally` (the header probe then runs after it). */
  continueFlag?: string;
  /** A `for…of`: leaving it early closes its iterator (`return()`), as a `finally` runs. */
  closesIterator?: boolean;
  /** `ctx.scopes.length` at the loop statement: the scopes its header's probe sees. */
  depth: number;
}

/** What the statement walker knows about the frame it instruments. */
export interface FrameContext {
  frame: string;
  isModule: boolean;
  /** `return` goes through `_$jt.v` (stored, reported by the exit hook) instead of `_$jt.r`. */
  deferredReturn: boolean;
  /** Lines where a probe was placed: the code object's `co_lines()`. */
  lines: Set<number>;
  layouts: LayoutTable;
  /** Bindings visible everywhere in the frame: parameters, `var`s, free variables. */
  base: Binding[];
  /** Free variables whose reads need a TDZ guard. */
  tdzFree: Set<string>;
  /** Block scopes, innermost last; a null entry is a binding declared further down the block (in its TDZ, shadowing outer ones). */
  scopes: Map<string, Binding | null>[];
  loops: Loop[];
  /** How many `finally` blocks enclose the current point (in this frame). */
  finallyLevel?: number;
  /** Temporary variables made so far in this frame (their names are numbered). */
  temps?: number;
  /**
   * Where each binding lives in the frame's values array (`f._v`): one slot per binding of the
   * function, `base` first (the `call` event's array). Probes store into it (docs/decisions.md §1d).
   */
  slots?: Map<Binding, number>;
  /** `const`s of statement lists, stored in their slot right after their declaration: probes skip them. */
  stored?: Set<Binding>;
  /**
   * Whether the function's own bindings of a name are stored in their slot where they are
   * written (assigned.ts): probes then skip them. Absent: every binding that may change is
   * stored before each dispatched line event (docs/decisions.md §1h).
   */
  storedAtWrite?: (name: string) => boolean;
  /** Base bindings that are free variables: other frames assign them, so probes store them. */
  free?: Set<Binding>;
  /**
   * Names a closure the tracer calls may assign while it runs (this frame's free variables,
   * and its own bindings that nested functions assign): the write-back after an event assigns
   * one of these only if the tracer wrote its slot, since the slot may be older than the binding.
   */
  shared?: ReadonlySet<string>;
  /**
   * Above 0 while statements that never run are instrumented (those after a `return`, `throw`,
   * `break` or `continue` of their list): their lines are not the code's lines (`co_lines()`),
   * as CPython's compiler drops such code, so `--count --missing` marks nothing there.
   */
  unreachable?: number;
  /** Set in frames with many bindings: their probes read them through one closure (bigframes.ts). */
  big?: BigFrame;
  /** A generator or async function: its resumes (`_$jt.yr`) are `call` events. */
  suspends?: boolean;
  /** The stores of the body's implicit `return` event, taken while the body's own bindings are in scope. */
  endRefresh?: t.Expression[];
  /** The layout store of the body's implicit `return` event (no block's bindings in scope by then). */
  endLayout?: t.Expression;
  /**
   * The stores of a `return` event after the body's `finally` blocks (a pending `return` or
   * exception), made outside the body's block: `endRefresh`'s, for the parameters, `var`s and
   * free variables (what the body declares with `let`, `const` or `class` is out of scope there).
   */
  exitRefresh?: t.Expression[];
}

/** Is `b` stored in its slot where it is written, not by the line probes? */
function storedAtWrite(ctx: FrameContext, b: Binding): boolean {
  return ctx.storedAtWrite !== undefined && !ctx.big && !ctx.free?.has(b) && ctx.storedAtWrite(b.name);
}

/** The binding `name` denotes here (as `probe` sees it), or null. */
function visibleBinding(ctx: FrameContext, name: string): Binding | null {
  for (let i = ctx.scopes.length - 1; i >= 0; i--) {
    const scope = ctx.scopes[i]!;
    if (scope.has(name)) return scope.get(name) ?? null;
  }
  for (let i = ctx.base.length - 1; i >= 0; i--) if (ctx.base[i]!.name === name) return ctx.base[i]!;
  return null;
}

/**
 * The slot stores that follow a write of `names` here. Bindings stored where they are written
 * have them; so do those that other frames write too (free variables, names a closure
 * assigns), which the events also store: a frame that an exception unwinds right after such a
 * write reports its `exception` and `return` events with no probe run since.
 */
function storesAfterWrite(ctx: FrameContext, names: string[], skip?: Binding[]): t.Expression[] {
  const stores: t.Expression[] = [];
  const done = new Set<Binding>(skip);
  if (ctx.storedAtWrite === undefined || ctx.big) return stores;
  for (const name of names) {
    const b = visibleBinding(ctx, name);
    if (b === null || done.has(b)) continue;
    done.add(b);
    stores.push(slotStore(ctx.frame, slotOf(ctx, b), id(name)));
  }
  return stores;
}

/** The identifiers an expression statement (or a `for` init/update) assigns as a whole, sequences included. */
function assignedNames(e: t.Node | null | undefined): string[] {
  if (!e) return [];
  switch (e.type) {
    case 'SequenceExpression':
      return e.expressions.flatMap(assignedNames);
    case 'AssignmentExpression':
      return e.left.type === 'Identifier' ? [e.left.name] : [];
    case 'UpdateExpression':
      return e.argument.type === 'Identifier' ? [e.argument.name] : [];
    case 'VariableDeclaration':
      return e.declarations.flatMap((d) => patternNames(d.id, []));
    default:
      return [];
  }
}

/**
 * `e` (an expression statement's, or a `for` head's init or update) with the stores of what it
 * writes after each write: in a sequence, after each element, since a later one may throw
 * (`a = 1, b = f()` leaves `a` written).
 */
function withStores(ctx: FrameContext, e: t.Expression, skip?: Binding[]): t.Expression {
  const after = (x: t.Expression): t.Expression[] => {
    const stores = storesAfterWrite(ctx, assignedNames(x), skip);
    return stores.length ? [x, guardedSlotStores(ctx.frame, stores).expression] : [x];
  };
  if (e.type === 'SequenceExpression') {
    e.expressions = e.expressions.flatMap(after);
    return e;
  }
  const out = after(e);
  return out.length === 1 ? e : t.sequenceExpression(out);
}

/** The names a declaration of a list writes (their stores follow it). */
function writtenBy(s: t.Statement): string[] {
  switch (s.type) {
    case 'VariableDeclaration':
      return assignedNames(s);
    case 'ClassDeclaration':
      return s.id ? [s.id.name] : [];
    default:
      return [];
  }
}

function slotOf(ctx: FrameContext, b: Binding): number {
  const slots = (ctx.slots ??= new Map(ctx.base.map((x, i) => [x, i])));
  let k = slots.get(b);
  if (k === undefined) slots.set(b, (k = slots.size));
  return k;
}

const TYPE_ONLY = new Set([
  'TSTypeAliasDeclaration',
  'TSInterfaceDeclaration',
  'TSDeclareFunction',
  'DeclareClass',
  'DeclareFunction',
  'DeclareVariable',
  'TypeAlias',
  'InterfaceDeclaration',
  'OpaqueType',
]);

function lineOf(node: t.Node): number {
  return node.loc ? node.loc.start.line : 0;
}

/** The bindings visible now (the function's own and free ones, then the enclosing blocks'), with their slots. */
function visibleBindings(ctx: FrameContext): { bindings: Binding[]; slots: number[] } {
  const visible = new Map<string, Binding>();
  for (const b of ctx.base) visible.set(b.name, b);
  for (const scope of ctx.scopes) {
    for (const [name, b] of scope) {
      visible.delete(name);
      if (b) visible.set(name, b);
    }
  }
  const bindings = [...visible.values()];
  return { bindings, slots: bindings.map((b) => slotOf(ctx, b)) };
}

/**
 * `[slot, value]` of the visible bindings that are stored at each event rather than where they
 * are written (a `const` of a statement list was stored right after its declaration; §1h's
 * bindings after each write): free variables, and names written by closures or inside
 * expressions.
 */
function eventStores(ctx: FrameContext, bindings: Binding[], slots: number[], outsideBody = false): [number, t.Expression][] {
  const value = (b: Binding): t.Expression => (ctx.tdzFree.has(b.name) ? hook('z', [t.arrowFunctionExpression([], id(b.name))]) : id(b.name));
  // Outside the body's block, only its parameters, `var`s and free variables are in scope.
  const inScope = (b: Binding): boolean => !outsideBody || b.kind === 'param' || b.kind === 'var' || ctx.base.includes(b);
  const stores: [number, t.Expression][] = [];
  bindings.forEach((b, i) => {
    if (!ctx.stored?.has(b) && !storedAtWrite(ctx, b) && inScope(b)) stores.push([slots[i]!, value(b)]);
  });
  return stores;
}

/**
 * The same stores before a `return` or `exception` event of the frame (a closure may have
 * written one of them since the last `line` event): empty where there are none, and in module
 * and big frames, whose probes read their bindings otherwise. `outsideBody`: for a site
 * outside the body's block (its `finally` wrapper), where its own `let`/`const`/`class` are not.
 */
export function refreshStores(ctx: FrameContext, outsideBody = false): t.Expression[] {
  if (ctx.isModule || ctx.big) return [];
  const { bindings, slots } = visibleBindings(ctx);
  return eventStores(ctx, bindings, slots, outsideBody).map(([k, v]) => slotStore(ctx.frame, k, v));
}

/** `refreshStores` as a statement list: the guarded stores, or nothing. */
function refreshStatements(ctx: FrameContext): t.Statement[] {
  const refresh = refreshStores(ctx);
  return refresh.length ? [guardedSlotStores(ctx.frame, refresh)] : [];
}

/**
 * Gives each suspension and resume of `nodes` (`_$jt.yr(f, yield _$jt.ys(f, v))`) the refreshed
 * stores as a third argument. At the suspension they are evaluated after the yielded value, so
 * its `return` event sees what the statement wrote before it; at the resume, once the frame has
 * resumed and before its `call` event: the caller may have changed a free variable while it was
 * suspended. And the layout of the site: a frame without a local tracer has no `line` event
 * to set it, and its resumes are `call` events of its own. Neither nested functions (their own frame) nor blocks
 * are entered: a block is a statement list that has given its resumes theirs already, with its
 * own bindings, so each resume is visited once.
 */
function refreshResumes(ctx: FrameContext, nodes: t.Node[], layout: t.Expression | null): void {
  let stores: t.Expression[] | undefined;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object' || !('type' in n)) return;
    const node = n as t.Node;
    if (t.isFunction(node) || t.isClass(node) || node.type === 'BlockStatement') return;
    if (
      node.type === 'CallExpression' &&
      node.arguments.length === 2 &&
      node.callee.type === 'MemberExpression' &&
      node.callee.property.type === 'Identifier' &&
      (node.callee.property.name === 'yr' || node.callee.property.name === 'ys') &&
      node.callee.object.type === 'Identifier' &&
      node.callee.object.name === NAMES.registry &&
      node.arguments[0]!.type === 'Identifier' &&
      node.arguments[0]!.name === ctx.frame
    ) {
      stores ??= [...refreshStores(ctx), ...(layout ? [layout] : [])];
      if (stores.length) node.arguments.push(guardedSlotStores(ctx.frame, stores.map((e) => t.cloneNode(e))).expression);
    }
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const v = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  };
  nodes.forEach(visit);
}

/** The probe statement for `line` with the bindings visible now. */
export function probe(ctx: FrameContext, line: number): t.Statement {
  if (!ctx.unreachable) ctx.lines.add(line);
  if (ctx.isModule) return exprStatement(moduleLineProbe(ctx.frame, line));
  if (ctx.big) return exprStatement(bigProbe(ctx, ctx.big, line));
  const { bindings, slots } = visibleBindings(ctx);
  const layout = ctx.layouts.layoutFor(bindings, slots);
  const stores = eventStores(ctx, bindings, slots);
  const writable: [string, number][] = [];
  const writableIfWritten: [string, number][] = [];
  bindings.forEach((b, i) => {
    if (b.kind !== 'const') (ctx.tdzFree.has(b.name) || ctx.shared?.has(b.name) ? writableIfWritten : writable).push([b.name, slots[i]!]);
  });
  return exprStatement(lineProbe(ctx.frame, line, layout, stores, writable, writableIfWritten));
}

/**
 * The line a `do … while` that no `break` leaves ends on: its test's, the last line it reports
 * (`} while (d < 2); d = 10;` is one event for the test and the statement after it). Else null.
 */
function endsOnTest(s: t.Statement): number | null {
  if (s.type !== 'DoWhileStatement') return null;
  // A labelled `break` anywhere may leave it; an unlabelled one only outside nested loops and switches.
  if (someNode(s.body, (n) => (t.isFunction(n) ? 'skip' : n.type === 'BreakStatement' && !!n.label))) return null;
  if (someNode(s.body, (n) => (t.isFunction(n) || NESTED_BREAK_TARGETS.has(n.type) ? 'skip' : n.type === 'BreakStatement'))) return null;
  return lineOf(s.test) || null;
}

/** Statements an unlabelled `break` inside them leaves (not the loop around them). */
const NESTED_BREAK_TARGETS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement', 'SwitchStatement']);

/** Statements after which the rest of their list never runs. */
const JUMPS = new Set(['ReturnStatement', 'ThrowStatement', 'BreakStatement', 'ContinueStatement']);

function isCompound(s: t.Statement): boolean {
  switch (s.type) {
    case 'ExpressionStatement':
    case 'VariableDeclaration':
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'DebuggerStatement':
    case 'EmptyStatement':
    case 'FunctionDeclaration':
      return false;
    default:
      return true;
  }
}

/**
 * Instruments a statement list in place of `list`. `headerLine` is the line of the construct
 * that owns the list: a first statement on that same line gets no probe of its own
 * (`if (x) { a(); }` on one line is one event), except in a function body (`-1`).
 */
export function statementList(ctx: FrameContext, list: t.Statement[], headerLine: number, atEnd?: () => void): t.Statement[] {
  const scope = new Map<string, Binding | null>();
  for (const s of list) for (const b of lexicalBindings(s)) scope.set(b.name, null);
  const hoisted = hoistedFunctions(list);
  for (const b of hoisted) scope.set(b.name, b);
  ctx.scopes.push(scope);
  const out: t.Statement[] = [];
  // Function declarations of the list are initialised when it starts.
  const entryStores = storesAfterWrite(ctx, hoisted.map((b) => b.name));
  if (entryStores.length) out.push(guardedSlotStores(ctx.frame, entryStores));
  // `const`s declared by this list: stored once, right after their declaration.
  const stored: Binding[] = [];
  let prevLine = headerLine;
  /** A statement before this one in the list always jumps away: this one never runs. */
  let jumped = false;
  list.forEach((s, index) => {
    const line = lineOf(s);
    const next = list[index + 1];
    const nextOnLine = next !== undefined && lineOf(next) === line;
    const written = writtenBy(s);
    if (s.type === 'ExpressionStatement') s.expression = withStores(ctx, s.expression);
    if (s.type === 'VariableDeclaration' && s.kind !== 'var' && !ctx.isModule && !ctx.big) storeBeforeDefaults(ctx, scope, s);
    // The layout at a suspension in `s`: the bindings declared before it (what `s` declares is
    // in its TDZ while it runs). A `let`/`const` of several declarators or with a pattern sets
    // the layout of each of its steps itself.
    const stepsOwnLayout = s.type === 'VariableDeclaration' && s.kind !== 'var' && (s.declarations.length > 1 || s.declarations[0]!.id.type !== 'Identifier');
    const suspendLayout = ctx.suspends && !ctx.isModule && !ctx.big && !stepsOwnLayout ? layoutStore(ctx) : null;
    const testEnd = endsOnTest(s);
    if (jumped) ctx.unreachable = (ctx.unreachable ?? 0) + 1;
    const done = statement(ctx, s, line !== prevLine);
    if (jumped) ctx.unreachable! -= 1;
    if (JUMPS.has(s.type)) jumped = true;
    if (ctx.suspends) refreshResumes(ctx, done, suspendLayout);
    if (isSplittable(ctx, s) && done[done.length - 1] === s) {
      // `const a = 1, b = f(a);` runs as `const a = 1; const b = f(a);` (the same semantics,
      // one line event): each binding is stored as soon as it is initialised, so the events
      // of a later declarator (a `yield`, an exception) see the earlier ones, with the names
      // declared so far as the frame's layout until the next line event.
      out.push(...done.slice(0, -1));
      s.declarations.forEach((d, i) => {
        const piece = t.variableDeclaration(s.kind, [d]);
        piece.loc = d.loc ?? null;
        out.push(piece);
        const stores = declare(ctx, scope, stored, piece, assignedNames(piece));
        if (i < s.declarations.length - 1 || nextOnLine) stores.push(layoutStore(ctx));
        if (stores.length) out.push(guardedSlotStores(ctx.frame, stores));
      });
      prevLine = line;
      return;
    }
    out.push(...done);
    const stores = declare(ctx, scope, stored, s, written);
    // A statement after a declaration on its line has no line event of its own: the frame's
    // layout is brought up to date for the events it may cause (a `return`, an exception, a
    // callee's view of this frame).
    if (nextOnLine && !ctx.isModule && !ctx.big && lexicalBindings(s).length) stores.push(layoutStore(ctx));
    // Likewise after a compound statement whose blocks declared bindings and that ends on the
    // line the next statement starts on (`{ let x = 1; f(x); } g(x);`): those are gone.
    else if (next && isCompound(s) && s.loc && s.loc.end.line === lineOf(next) && !ctx.isModule && !ctx.big && declaresBlockBindings(s)) {
      stores.push(layoutStore(ctx));
    }
    if (stores.length) out.push(guardedSlotStores(ctx.frame, stores));
    // A declaration that runs nothing has no line event: the next statement on its line gets it.
    // After a compound statement, the line last reported may be any of its lines; one that
    // stands on a single line reported only this line (`if (a) { b(); } c();` is one event).
    if (!runsNothing(s)) prevLine = isCompound(s) && !onOneLine(s) ? testEnd ?? -1 : line;
  });
  atEnd?.();
  for (const b of stored) ctx.stored!.delete(b);
  ctx.scopes.pop();
  return out;
}

/**
 * The bindings `s` declares are initialised once it has run: marks them so in `scope` and
 * returns the stores that follow it, its `const`s (stored once: probes skip them, §1d; noted in
 * `stored`, the list's) then what it wrote that is stored where it is written (§1h).
 */
function declare(ctx: FrameContext, scope: Map<string, Binding | null>, stored: Binding[], s: t.Statement, written: string[]): t.Expression[] {
  const consts: Binding[] = [];
  for (const b of lexicalBindings(s)) {
    scope.set(b.name, b);
    if (b.kind === 'const' && !ctx.isModule && !ctx.big) consts.push(b);
  }
  const stores = [...consts.map((b) => slotStore(ctx.frame, slotOf(ctx, b), id(b.name))), ...storesAfterWrite(ctx, written, consts)];
  for (const b of consts) (ctx.stored ??= new Set()).add(b);
  stored.push(...consts);
  return stores;
}

/**
 * In a `let`/`const` pattern, a default that may cause events (a call, a `yield`, an `await`)
 * runs after the names before it are bound: it first stores them and the layout that shows
 * them (`const { a = f(), b = g(a) } = o`: `g`'s `f_back` shows `a`).
 */
function storeBeforeDefaults(
  ctx: FrameContext,
  scope: Map<string, Binding | null>,
  s: t.VariableDeclaration,
  declared: Map<string, Binding | null> = new Map(lexicalBindings(s).map((b) => [b.name, b])),
): void {
  const bound: Binding[] = [];
  const walk = (node: t.Node | null | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Identifier': {
        const b = declared.get(node.name);
        if (b) bound.push(b);
        return;
      }
      case 'AssignmentPattern':
        // (Not before an anonymous function or class, whose name comes from the binding.)
        if (bound.length && mayCauseEvents(node.right) && !isAnonymousFunctionDefinition(node.right)) {
          for (const b of bound) scope.set(b.name, b);
          const stores = [...bound.map((b) => slotStore(ctx.frame, slotOf(ctx, b), id(b.name))), layoutStore(ctx)];
          for (const b of bound) scope.set(b.name, null);
          node.right = t.sequenceExpression([guardedSlotStores(ctx.frame, stores).expression, node.right]);
        }
        walk(node.left);
        return;
      case 'ObjectPattern':
        for (const p of node.properties) walk(p.type === 'RestElement' ? p.argument : (p.value as t.Node));
        return;
      case 'ArrayPattern':
        node.elements.forEach(walk);
        return;
      case 'RestElement':
        walk(node.argument);
        return;
      default:
    }
  };
  for (const d of s.declarations) walk(d.id);
}

/** Does evaluating `node` possibly cause events of this frame or of a callee (a call, a `yield`, an `await`; outside nested functions)? */
export function mayCauseEvents(node: t.Node | null | undefined): boolean {
  return someNode(node, (n) => {
    if (t.isFunction(n)) return 'skip';
    switch (n.type) {
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
      case 'TaggedTemplateExpression':
      case 'YieldExpression':
      case 'AwaitExpression':
        return true;
      default:
        return false;
    }
  });
}

/** `f._lay = <the layout of the bindings visible now>`, for a slot-store sequence. */
export function layoutStore(ctx: FrameContext): t.Expression {
  const { bindings, slots } = visibleBindings(ctx);
  return t.assignmentExpression('=', t.memberExpression(id(ctx.frame), id('_lay')), t.numericLiteral(ctx.layouts.layoutFor(bindings, slots)));
}

/** A `let`/`const` statement of several declarators, in a frame whose probes store bindings. */
function isSplittable(ctx: FrameContext, s: t.Statement): s is t.VariableDeclaration & { kind: 'let' | 'const' } {
  return s.type === 'VariableDeclaration' && (s.kind === 'let' || s.kind === 'const') && s.declarations.length > 1 && !s.declare && !ctx.isModule && !ctx.big;
}

/** Does `s` start and end on the same line? */
function onOneLine(s: t.Node): boolean {
  return !!s.loc && s.loc.start.line === s.loc.end.line;
}

/**
 * A TypeScript enum or namespace that compiles to code (an object built at run time): not
 * `declare`, and for a namespace, one holding more than types (TypeScript emits nothing for
 * `namespace T { export interface X {} }`).
 */
export function tsRuns(s: t.Node): boolean {
  if (s.type === 'TSEnumDeclaration') return !s.declare;
  if (s.type !== 'TSModuleDeclaration' || s.declare || s.id.type !== 'Identifier') return false;
  const body = s.body as t.Node;
  if (body.type === 'TSModuleDeclaration') return tsRuns(body);
  return body.type === 'TSModuleBlock' && body.body.some((st) => !isTypeOnly(st));
}

/** A statement that is only types (erased when TypeScript or Flow is compiled). */
function isTypeOnly(s: t.Node): boolean {
  if (s.type === 'TSEnumDeclaration' || s.type === 'TSModuleDeclaration') return !tsRuns(s);
  if (s.type === 'ExportNamedDeclaration') return !!s.declaration && isTypeOnly(s.declaration);
  if (s.type === 'VariableDeclaration') return !!s.declare;
  // `export = v` and `import x = require('m')` (or `= N.y`) compile to statements that run.
  if (s.type === 'TSExportAssignment') return false;
  if (s.type === 'TSImportEqualsDeclaration') return s.importKind === 'type';
  return TYPE_ONLY.has(s.type) || s.type.startsWith('TS') || s.type.startsWith('Declare');
}

/**
 * A namespace's statements run as statements of the enclosing frame (TypeScript wraps them in
 * a function that jstrace does not instrument: their lines are this frame's).
 */
function namespaceBody(ctx: FrameContext, s: t.TSModuleDeclaration, line: number): void {
  let inner = s;
  while (inner.body.type === 'TSModuleDeclaration') inner = inner.body;
  const block = inner.body as t.TSModuleBlock;
  block.body = statementList(ctx, block.body, line);
}

/** Statements that `statement` leaves without a probe because nothing of them runs. */
function runsNothing(s: t.Statement): boolean {
  switch (s.type) {
    case 'FunctionDeclaration':
    case 'EmptyStatement':
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
      return true;
    case 'ExportNamedDeclaration':
      return !s.declaration || s.declaration.type === 'FunctionDeclaration' || isTypeOnly(s.declaration);
    case 'ExportDefaultDeclaration':
      return s.declaration.type === 'FunctionDeclaration' || isTypeOnly(s.declaration);
    case 'VariableDeclaration':
      return (s.kind === 'var' && s.declarations.every((d) => !d.init)) || Boolean(s.declare);
    // `{}`, `lab: ;`: a statement after them on their line is the line's first to run.
    case 'BlockStatement':
      return s.body.every(runsNothing);
    case 'LabeledStatement':
      return runsNothing(s.body);
    default:
      return isTypeOnly(s);
  }
}

/**
 * A nested statement (if-branch, loop body) as an instrumented block; `written`: names the
 * loop head assigns before each run of the body (stored when it starts).
 */
function body(ctx: FrameContext, s: t.Statement, headerLine: number, extra?: Map<string, Binding | null>, written: string[] = []): t.BlockStatement {
  if (extra) ctx.scopes.push(extra);
  const stores = storesAfterWrite(ctx, written);
  const block = asBlock(s);
  // A first statement on the header's line has no line event: the head's bindings enter the
  // layout when the body starts (`for (const x of xs) { return f(x); }` on one line).
  const first = block.body[0];
  if (extra?.size && first && lineOf(first) === headerLine && !ctx.isModule && !ctx.big) stores.push(layoutStore(ctx));
  block.body = statementList(ctx, block.body, headerLine);
  if (stores.length) block.body.unshift(guardedSlotStores(ctx.frame, stores));
  if (extra) ctx.scopes.pop();
  return block;
}

function withProbe(ctx: FrameContext, s: t.Statement, want: boolean): t.Statement[] {
  const line = lineOf(s);
  return want && line ? [probe(ctx, line), s] : [s];
}

function returnArg(ctx: FrameContext, arg: t.Expression | null | undefined): t.Expression {
  const hookName = ctx.deferredReturn ? 'v' : 'r';
  const args = [id(ctx.frame), arg ?? t.unaryExpression('void', t.numericLiteral(0))];
  // The value first, then the refreshed slots and the layout of the site (the hooks ignore this
  // third argument): a frame that got its local tracer since its last line probe (from a
  // callee's tracer, on the return's own line) has no layout of the probes it passed untraced.
  const refresh = ctx.isModule || ctx.big ? [] : [...refreshStores(ctx), layoutStore(ctx)];
  if (refresh.length) args.push(guardedSlotStores(ctx.frame, refresh).expression);
  const call = hook(hookName, args);
  // Untraced, `r` passes the value through, yet costs a load of the hook and a check of the
  // registry's map at every return: a small value is written twice instead, `f === null ? v :
  // _$jt.r(f, v)` (one of the two runs), when it is on one line (retainLines prints both copies
  // on their lines: a value over several would push the second one's lines down, and with them
  // the lines of `error.stack`). docs/decisions.md §15.
  if (hookName === 'r' && arg && onOneLine(arg) && duplicable(arg)) return t.conditionalExpression(t.binaryExpression('===', id(ctx.frame), t.nullLiteral()), t.cloneNode(arg, true), call);
  return call;
}

/** A return value small enough to write twice, with nothing that the instrumenter visits again (functions, classes, `yield`, `await`). */
function duplicable(e: t.Expression): boolean {
  let nodes = 0;
  return !someNode(e, (n) => ++nodes > 12 || definedOnce(n) || REVISITED.has(n.type));
}
const REVISITED = new Set(['YieldExpression', 'AwaitExpression', 'JSXElement', 'JSXFragment']);

/**
 * A node that defines something at its place in the text, which a copy would define again: a
 * function or class (its code twice), a tagged template (a call site whose strings object is
 * the same at every evaluation: two copies give two objects, and caches keyed by them miss).
 */
export function definedOnce(n: t.Node): boolean {
  return t.isFunction(n) || t.isClass(n) || n.type === 'TaggedTemplateExpression';
}

/**
 * The probe of `line` skipped the first time it is reached and run every time after (a loop's
 * line entered by falling through to it is reported again only at its jumps back): `let w =
 * false;`, to go before the loop, and `w ? probe : w = true`.
 */
function skippedOnce(ctx: FrameContext, line: number): { declaration: t.VariableDeclaration; probe: t.Expression } {
  const flag = `${NAMES.temp}w${(ctx.temps = (ctx.temps ?? 0) + 1)}`;
  const p = (probe(ctx, line) as t.ExpressionStatement).expression;
  return {
    declaration: t.variableDeclaration('let', [t.variableDeclarator(id(flag), t.booleanLiteral(false))]),
    probe: t.conditionalExpression(id(flag), p, t.assignmentExpression('=', id(flag), t.booleanLiteral(true))),
  };
}

/** Scope holding the `let`/`const` bindings of a loop head. */
function headScope(left: t.Node | null | undefined): Map<string, Binding | null> | undefined {
  if (!left || left.type !== 'VariableDeclaration' || left.kind === 'var') return undefined;
  const kind = left.kind === 'let' ? 'let' : 'const';
  const scope = new Map<string, Binding | null>();
  for (const d of left.declarations) for (const n of patternNames(d.id, [])) scope.set(n, { name: n, kind });
  return scope;
}

/**
 * Is there a `try … finally` between the current point and `loop`'s body, or a `for…of`
 * inside `loop` that a jump to it leaves (its iterator's `return()` runs first)?
 */
function crossesFinally(ctx: FrameContext, loop: Loop): boolean {
  const i = ctx.loops.indexOf(loop);
  for (let j = i; j < ctx.loops.length; j++) if (ctx.loops[j]!.finallyDepth || (j > i && ctx.loops[j]!.closesIterator)) return true;
  return false;
}

/** The loop a `continue` (or the loop or `switch` a `break`) jumps to; undefined for a labelled block. */
function loopTarget(ctx: FrameContext, label: string | null, isBreak = false): Loop | undefined {
  for (let i = ctx.loops.length - 1; i >= 0; i--) {
    const loop = ctx.loops[i]!;
    if (label ? loop.labels.includes(label) : isBreak || !loop.isSwitch) return loop;
  }
  return undefined;
}

/**
 * `break`/`continue` inside a `finally` that leaves it drops the exception the `finally` may be
 * running for: `f !== null && _$jt.sw(f, undefined, true)`, so that a later throw of the same
 * object in this frame is reported as the new exception it is.
 */
function leavesFinally(ctx: FrameContext, target: Loop | undefined): t.Statement[] {
  const level = ctx.finallyLevel ?? 0;
  if (level === 0 || !target || target.level >= level) return [];
  return [guardedHook(ctx.frame, 'sw', [t.unaryExpression('void', t.numericLiteral(0)), t.booleanLiteral(true)])];
}

function newLoop(ctx: FrameContext, labels: string[], headerLine: number): Loop {
  const loop: Loop = { labels, headerLine, level: ctx.finallyLevel ?? 0, depth: ctx.scopes.length };
  ctx.loops.push(loop);
  return loop;
}

function statement(ctx: FrameContext, s: t.Statement, want: boolean, labels: string[] = []): t.Statement[] {
  const line = lineOf(s);
  switch (s.type) {
    case 'FunctionDeclaration':
    case 'EmptyStatement':
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
      return [s];
    case 'ExportNamedDeclaration':
      if (!s.declaration || s.declaration.type === 'FunctionDeclaration' || isTypeOnly(s.declaration)) return [s];
      if (s.declaration.type === 'TSModuleDeclaration') namespaceBody(ctx, s.declaration, line);
      return withProbe(ctx, s, want);
    case 'ExportDefaultDeclaration':
      if (s.declaration.type === 'FunctionDeclaration' || isTypeOnly(s.declaration)) return [s];
      return withProbe(ctx, s, want);
    case 'TSEnumDeclaration':
      return tsRuns(s) ? withProbe(ctx, s, want) : [s];
    case 'TSModuleDeclaration':
      if (!tsRuns(s)) return [s];
      namespaceBody(ctx, s, line);
      return withProbe(ctx, s, want);
    case 'VariableDeclaration':
      if (s.kind === 'var' && s.declarations.every((d) => !d.init)) return [s];
      if (s.declare) return [s];
      return withProbe(ctx, s, want);
    case 'ReturnStatement':
      s.argument = returnArg(ctx, s.argument);
      return withProbe(ctx, s, want);
    case 'ThrowStatement':
      // A `throw` inside a `finally` may throw anew the exception the `finally` runs for.
      if (ctx.finallyLevel) s.argument = hook('sw', [id(ctx.frame), s.argument, t.booleanLiteral(false)]);
      return withProbe(ctx, s, want);
    case 'BreakStatement': {
      const out = withProbe(ctx, s, want);
      out.splice(out.length - 1, 0, ...leavesFinally(ctx, loopTarget(ctx, s.label ? s.label.name : null, true)));
      return out.length > 1 ? [t.blockStatement(out)] : out;
    }
    case 'ContinueStatement': {
      const out = withProbe(ctx, s, want);
      const loop = loopTarget(ctx, s.label ? s.label.name : null);
      out.splice(out.length - 1, 0, ...leavesFinally(ctx, loop));
      if (loop && loop.headerLine && crossesFinally(ctx, loop)) {
        // The `finally` lines run first: the header probe runs at the end of the iteration.
        loop.continueFlag ??= `${NAMES.temp}${ctx.loops.indexOf(loop)}`;
        out.splice(out.length - 1, 0, exprStatement(t.assignmentExpression('=', id(loop.continueFlag), t.booleanLiteral(true))));
      } else if (loop && loop.headerLine) {
        // The header's event shows what the header sees, as at the end of the body: not the
        // bindings of the body's blocks, which the `continue` leaves.
        const inner = ctx.scopes.splice(loop.depth);
        out.splice(out.length - 1, 0, probe(ctx, loop.headerLine));
        ctx.scopes.push(...inner);
      }
      return out.length > 1 ? [t.blockStatement(out)] : out;
    }
    case 'IfStatement': {
      s.consequent = body(ctx, s.consequent, line);
      if (s.alternate) {
        s.alternate =
          s.alternate.type === 'IfStatement'
            ? t.blockStatement(statementList(ctx, [s.alternate], line))
            : body(ctx, s.alternate, line);
      }
      return withProbe(ctx, s, want);
    }
    case 'BlockStatement':
      // A block that starts on a line already reported (`a(); { b(); }`) reports it no more.
      s.body = statementList(ctx, s.body, want ? -1 : line);
      return [s];
    case 'LabeledStatement': {
      const inner = statement(ctx, s.body, want, [...labels, s.label.name]);
      const last = inner.pop()!;
      s.body = last;
      return [...inner, s];
    }
    case 'ForStatement': {
      const scope = headScope(s.init);
      newLoop(ctx, labels, 0);
      if (scope) ctx.scopes.push(scope);
      const p = (probe(ctx, line) as t.ExpressionStatement).expression;
      // The bindings the head declares are stored at each test (after the init and each
      // update, before the body); what an init or update expression assigns, right after it.
      const declared = s.init?.type === 'VariableDeclaration' ? assignedNames(s.init) : [];
      const stores = storesAfterWrite(ctx, declared);
      if (stores.length) s.test = t.sequenceExpression([guardedSlotStores(ctx.frame, stores).expression, s.test ?? t.booleanLiteral(true)]);
      if (s.init && s.init.type !== 'VariableDeclaration') s.init = withStores(ctx, s.init);
      // The test's stores follow the update: the update need not store what the head declares,
      // unless it is a `var` (it outlives the loop) written before a later part of it throws.
      const varThroughSequence = s.init?.type === 'VariableDeclaration' && s.init.kind === 'var' && s.update?.type === 'SequenceExpression';
      const skip = varThroughSequence ? [] : declared.map((n) => visibleBinding(ctx, n)).filter((b): b is Binding => b !== null);
      s.update = s.update ? t.sequenceExpression([p, withStores(ctx, s.update, skip)]) : p;
      if (scope) ctx.scopes.pop();
      s.body = body(ctx, s.body, line, scope);
      ctx.loops.pop();
      // Entered on a line already reported (`s = 0; for (…) {`), its line has no second event.
      return withProbe(ctx, s, want);
    }
    case 'WhileStatement': {
      newLoop(ctx, labels, 0);
      if (s.body.loc && s.body.loc.end.line === line) {
        // A loop on one line reports its line on entry and at each jump back, not at the test
        // that ends it (CPython tests a one-line `while` at the bottom too; python-semantics.md
        // §1.4): `while (n) n--;` with n = 3 is three events: at the start of each iteration,
        // the probe skipped once.
        const iteration = skippedOnce(ctx, line);
        s.body = body(ctx, s.body, line);
        s.body.body.unshift(exprStatement(iteration.probe));
        ctx.loops.pop();
        return [iteration.declaration, ...withProbe(ctx, s, want)];
      }
      // Entered on a line already reported (`s = 0; while (…) {`): the first test has no event,
      // the later ones (jumps back) have.
      const test = want ? { declaration: null, probe: (probe(ctx, line) as t.ExpressionStatement).expression } : skippedOnce(ctx, line);
      s.body = body(ctx, s.body, line);
      ctx.loops.pop();
      s.test = t.sequenceExpression([test.probe, s.test]);
      return test.declaration ? [test.declaration, s] : [s];
    }
    case 'DoWhileStatement': {
      newLoop(ctx, labels, 0);
      // A statement sharing the `do {` line is reached again at each iteration, so it carries
      // its own probe, which is then also the entry event.
      const first = s.body.type === 'BlockStatement' ? s.body.body[0] : s.body;
      const sharesLine = !!first && lineOf(first) === line;
      // Entered on a line already reported (`d = 0; do d++; while (…);`), that statement's probe
      // is skipped once, on entry.
      const skipFirst = sharesLine && !want;
      const block = body(ctx, s.body, skipFirst ? line : -1);
      const entry = skipFirst ? skippedOnce(ctx, line) : null;
      if (entry) block.body.unshift(exprStatement(entry.probe));
      s.body = block;
      const testLine = lineOf(s.test) || line;
      const p = (probe(ctx, testLine) as t.ExpressionStatement).expression;
      s.test = t.sequenceExpression([p, s.test]);
      ctx.loops.pop();
      const out = withProbe(ctx, s, want && !sharesLine);
      return entry ? [entry.declaration, ...out] : out;
    }
    case 'ForInStatement':
    case 'ForOfStatement': {
      const isForAwait = s.type === 'ForOfStatement' && s.await;
      const scope = headScope(s.left);
      if (scope && !ctx.isModule && !ctx.big) {
        // A default in the head's pattern runs while the names before it are bound (the head's
        // own bindings, each iteration's), the others not yet.
        const binding = new Map<string, Binding | null>([...scope.keys()].map((n) => [n, null]));
        ctx.scopes.push(binding);
        storeBeforeDefaults(ctx, binding, s.left as t.VariableDeclaration, scope);
        ctx.scopes.pop();
      }
      newLoop(ctx, labels, line).closesIterator = s.type === 'ForOfStatement';
      const block = body(ctx, s.body, line, scope, patternNames(s.left.type === 'VariableDeclaration' ? s.left.declarations[0]!.id : s.left, []));
      const loop = ctx.loops[ctx.loops.length - 1]!;
      if (loop.continueFlag) {
        // `let k = false; try { body } finally { if (k) probe }` plus the probe at the normal end.
        const flag = loop.continueFlag;
        const inner = t.blockStatement([...block.body, exprStatement(t.assignmentExpression('=', id(flag), t.booleanLiteral(true)))]);
        block.body = [
          t.variableDeclaration('let', [t.variableDeclarator(id(flag), t.booleanLiteral(false))]),
          t.tryStatement(inner, null, t.blockStatement([t.ifStatement(id(flag), probe(ctx, line))])),
        ];
      } else {
        block.body.push(probe(ctx, line));
      }
      if (isForAwait) {
        // Each step's suspension is reported by the iterable's wrapper, after the iterator's
        // `next()` (or the closing `return()`) has run (src/runtime/for-await.ts); the frame
        // resumes at the top of the body and after the loop.
        s.right = hook('fa', [id(ctx.frame), s.right]);
        block.body.unshift(guardedHook(ctx.frame, 'rs'));
      }
      s.body = block;
      ctx.loops.pop();
      const out = withProbe(ctx, s, want);
      if (isForAwait) out.push(guardedHook(ctx.frame, 'rs'));
      return out;
    }
    case 'SwitchStatement': {
      newLoop(ctx, labels, 0).isSwitch = true;
      // A `switch` on one line reports that line once, wherever its cases fall through.
      const oneLine = onOneLine(s);
      // One block for all cases: a binding of a later case shadows outer ones everywhere in it.
      const switchScope = new Map<string, Binding | null>();
      for (const c of s.cases) for (const st of c.consequent) for (const b of lexicalBindings(st)) switchScope.set(b.name, null);
      for (const c of s.cases) for (const b of hoistedFunctions(c.consequent)) switchScope.set(b.name, b);
      ctx.scopes.push(switchScope);
      let previous: { c: t.SwitchCase; wasEmpty: boolean } | null = null;
      // Tests run in order until one matches: a test on the line of the one before it (or of the
      // `switch` itself, for the first) is on a line already reported (`case 1: case 2:` is one
      // line event).
      let lastTestLine = line;
      for (const c of s.cases) {
        const caseLine = lineOf(c);
        const wasEmpty = c.consequent.length === 0;
        const sharesLabelLine = !wasEmpty && lineOf(c.consequent[0]!) === caseLine;
        if (c.test) {
          if (caseLine !== lastTestLine || !caseLine) {
            const p = (probe(ctx, caseLine || line) as t.ExpressionStatement).expression;
            c.test = t.sequenceExpression([p, c.test]);
          }
          lastTestLine = caseLine;
          // A statement on a `case` label's line, reached by falling through from the case
          // before (whose test reported another line, or whose statements ran): its line event
          // is due at the end of that case. Reached by this case's own test, the test reported it.
          if (sharesLabelLine && previous && !oneLine && !(previous.wasEmpty && lineOf(previous.c) === caseLine)) {
            previous.c.consequent.push(probe(ctx, caseLine));
          }
        }
        // A `case` test's probe has reported its line; `default` has no test, so a statement on
        // its line is reached from another line (the last test, or the case before it).
        c.consequent = statementList(ctx, c.consequent, c.test || oneLine ? caseLine || line : -1);
        previous = { c, wasEmpty };
      }
      ctx.scopes.pop();
      ctx.loops.pop();
      return withProbe(ctx, s, want);
    }
    case 'TryStatement':
      return withProbe(ctx, tryStatement(ctx, s, line), want);
    case 'WithStatement':
      // The body is left alone: an injected name read there would reach the object's `has` trap.
      return withProbe(ctx, s, want);
    default:
      if (isTypeOnly(s)) return [s];
      return withProbe(ctx, s, want);
  }
}

function tryStatement(ctx: FrameContext, s: t.TryStatement, line: number): t.TryStatement {
  const loop = ctx.loops[ctx.loops.length - 1];
  if (s.finalizer && loop) loop.finallyDepth = (loop.finallyDepth ?? 0) + 1;
  s.block.body = statementList(ctx, s.block.body, line);
  if (s.handler) {
    const h = s.handler;
    let param = h.param;
    const scope = new Map<string, Binding | null>();
    const prologue: t.Statement[] = [];
    let caught: t.Identifier;
    if (!param) {
      caught = id(NAMES.caught);
      h.param = caught;
    } else if (param.type === 'Identifier') {
      caught = param;
      scope.set(param.name, { name: param.name, kind: 'let' });
    } else {
      // A destructuring catch parameter: bind the value first, so the hook sees it whole.
      caught = id(NAMES.caught);
      h.param = caught;
      prologue.push(t.variableDeclaration('let', [t.variableDeclarator(param as t.LVal, caught)]));
      for (const n of patternNames(param, [])) scope.set(n, { name: n, kind: 'let' });
    }
    const hl = lineOf(h) || line;
    const refresh = refreshStatements(ctx);
    ctx.scopes.push(scope);
    const paramStores = param ? storesAfterWrite(ctx, patternNames(param, [])) : [];
    const handled = [
      ...refresh,
      catchHook(ctx.frame, 'h', caught.name),
      ...prologue,
      ...(paramStores.length ? [guardedSlotStores(ctx.frame, paramStores)] : []),
      probe(ctx, hl),
      ...statementList(ctx, h.body.body, hl),
    ];
    ctx.scopes.pop();
    h.body.body = s.finalizer ? [t.tryStatement(t.blockStatement(handled), reportingHandler(ctx))] : handled;
  }
  if (s.finalizer && loop) loop.finallyDepth! -= 1;
  if (s.finalizer) {
    // A `continue` crossing this `finally` has set its loop's flag: the header's line is due
    // only if the `finally` completes (not if it throws, returns or breaks), so the flag is
    // held aside while the `finally` runs and put back at its end.
    const held = ctx.loops.filter((l) => l.continueFlag).map((l, i) => [l.continueFlag!, `${l.continueFlag!}h${ctx.finallyLevel ?? 0}_${i}`] as const);
    ctx.finallyLevel = (ctx.finallyLevel ?? 0) + 1;
    s.finalizer.body = statementList(ctx, s.finalizer.body, onOneLine(s) ? line : -1);
    ctx.finallyLevel -= 1;
    // Completing normally, a `finally` goes on with what was pending (an exception, a `return`)
    // with no line event: its block bindings are gone from the frame's layout by then, and
    // what it (or a closure it called) wrote to the bindings the events store is stored now.
    if (!ctx.isModule && !ctx.big) {
      const stores = [...(ctx.deferredReturn ? refreshStores(ctx) : []), ...(declaresBlockBindings(s.finalizer) ? [layoutStore(ctx)] : [])];
      if (stores.length) s.finalizer.body.push(guardedSlotStores(ctx.frame, stores));
    }
    if (held.length) {
      s.finalizer.body.unshift(
        t.variableDeclaration('let', held.map(([flag, hold]) => t.variableDeclarator(id(hold), id(flag)))),
        ...held.map(([flag]) => exprStatement(t.assignmentExpression('=', id(flag), t.booleanLiteral(false)))),
      );
      s.finalizer.body.push(...held.map(([flag, hold]) => exprStatement(t.assignmentExpression('=', id(flag), id(hold)))));
    }
    // Report the exception before the `finally` lines run, as CPython does.
    if (!s.handler) s.handler = reportingHandler(ctx);
  }
  return s;
}

/** Does `node` declare a block-scoped binding (a `let`, `const`, `class`, `catch` parameter) outside nested functions? */
function declaresBlockBindings(node: t.Node): boolean {
  return someNode(node, (n) => {
    if (t.isFunction(n) || n.type === 'ClassBody') return 'skip';
    return (n.type === 'VariableDeclaration' && n.kind !== 'var') || n.type === 'ClassDeclaration' || (n.type === 'CatchClause' && !!n.param);
  });
}

/** `catch (e) { f !== null && _$jt.x(f, e); throw e; }` */
function reportingHandler(ctx: FrameContext): t.CatchClause {
  return t.catchClause(id(NAMES.caught), t.blockStatement([...refreshStatements(ctx), catchHook(ctx.frame, 'x', NAMES.caught), t.throwStatement(id(NAMES.caught))]));
}
