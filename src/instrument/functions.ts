/**
 * The frame of a function: decided once per activation (`_$jtf` is null when the activation
 * started with tracing off, so the untraced path pays one property read and a `!== null`
 * per statement), the `call` event at entry, and the exit hooks around the body
 * (docs/decisions.md, "One body, one guard").
 */
import * as t from './babel-types.js';
import { NAMES } from '../protocol.js';
import { atLine, catchHook, guarded, guardedSlotStores, hook, id, num, onFlag, registryField, registryFlag, VOID0 } from './emit.js';
import type { FunctionInfo } from './program.js';
import { isAnonymousFunctionDefinition } from './names.js';
import { type FrameContext, mayCauseEvents, refreshStores } from './statements.js';

export interface EntrySnapshot {
  layout: number;
  values: t.Expression[];
  /** `frames: 'always'`: every activation gets a frame once the runtime is loaded. */
  always: boolean;
  /**
   * The snapshot of a frame opened for the default parameters (same layout, `values` with holes
   * for what is not bound yet: the runtime shows them as absent): the parameters in `bound`
   * and the free variables.
   */
  pre(bound: ReadonlySet<string>): t.Expression[];
}

const guardNull = (e: t.Expression): t.Statement => guarded(NAMES.frame, e);

/**
 * Calls made while default parameter values are evaluated belong to the callee's frame
 * (SPEC §3): such a default becomes `_$jt.pe(_$jt.on === true && _$jt.p(…, [bound so far]), value)`.
 * `p` opens the frame that the body then adopts (or refreshes its bindings, for a later default
 * of the same activation), and `pe` marks the default's end, so that a call made while a default
 * runs is never taken for the same activation (docs/decisions.md §5). Generators are left
 * alone: their defaults run when they are called, their body (and frame) at the first `next()`.
 */
function instrumentDefaults(info: FunctionInfo, thisExpr: () => t.Expression, entry: EntrySnapshot): boolean {
  if (info.node.generator) return false;
  let found = false;
  // Parameter names bound so far, in binding order.
  const bound = new Set<string>();
  walkParameters(info.node.params, {
    name: (n) => bound.add(n.name),
    default: (p) => {
      // (A parameter's default cannot `yield` or `await`: only its calls make events.)
      if (isAnonymousFunctionDefinition(p.right) || !mayCauseEvents(p.right)) return;
      // The default's line: the frame's line while it runs (after the `call` event's first line).
      const line = p.right.loc?.start.line ?? info.node.loc?.start.line ?? 0;
      const open = hook('p', [id(NAMES.meta), num(info.code), thisExpr(), num(entry.layout), t.arrayExpression(entry.pre(bound)), num(line)]);
      p.right = hook('pe', [t.logicalExpression('&&', onFlag(), open), p.right]);
      found = true;
    },
  });
  return found;
}

/**
 * Walks parameter patterns in binding order: each default (before the pattern it gives a value
 * to) and each bound name.
 */
function walkParameters(params: t.Node[], visit: { name?: (n: t.Identifier) => void; default: (p: t.AssignmentPattern) => void }): void {
  const walk = (p: t.Node | null | undefined): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier':
        visit.name?.(p);
        break;
      case 'AssignmentPattern':
        visit.default(p);
        walk(p.left);
        break;
      case 'ArrayPattern':
        p.elements.forEach(walk);
        break;
      case 'ObjectPattern':
        for (const prop of p.properties) walk(prop.type === 'RestElement' ? prop.argument : prop.value);
        break;
      case 'RestElement':
        walk(p.argument);
        break;
      default:
        break;
    }
  };
  params.forEach(walk);
}

/**
 * Function declarations at the top of a body move into the `try` block with the rest, where
 * they are block-scoped. Those whose meaning that would change keep their place (and so their
 * lines) under another name, and a `var` of the original name takes the function before any
 * other statement of the body, as the function-level declaration would have at entry: a name
 * declared twice (the last declaration wins), also a `var` or a parameter, and every one of
 * them when the body calls `eval` directly (a `var` the evaluated code declares would clash
 * with a block-scoped one). The function keeps its own `name` (stack traces read it). Returns
 * the statements that bind the original names.
 */
export function renameClashingDeclarations(body: t.Statement[], vars: string[], params: string[], hasEval: boolean): t.Statement[] {
  const seen = new Set<string>();
  const clash = new Set<string>();
  for (const s of body) {
    if (s.type === 'FunctionDeclaration' && s.id) {
      const name = s.id.name;
      if (hasEval || seen.has(name) || vars.includes(name) || params.includes(name)) clash.add(name);
      seen.add(name);
    }
  }
  if (!clash.size) return [];
  // The last declaration of each name is the one the name holds.
  const last = new Map<string, string>();
  let n = 0;
  for (const s of body) {
    if (s.type === 'FunctionDeclaration' && s.id && clash.has(s.id.name)) {
      const internal = NAMES.declared + n++;
      last.set(s.id.name, internal);
      s.id = t.identifier(internal);
    }
  }
  return [...last].map(([name, internal]) =>
    t.variableDeclaration('var', [
      t.variableDeclarator(
        id(name),
        // `({}).constructor` is `Object` whatever the scope calls `Object` (a parameter, say).
        t.callExpression(t.memberExpression(t.memberExpression(t.objectExpression([]), id('constructor')), id('defineProperty')), [
          id(internal),
          t.stringLiteral('name'),
          t.objectExpression([t.objectProperty(id('value'), t.stringLiteral(name))]),
        ]),
      ),
    ]),
  );
}

/** `_$jt === undefined && _$jtI()`: binds the module's header if its body has not run yet (`FunctionInfo.early`). */
function earlyInit(): t.Expression {
  return t.logicalExpression('&&', t.binaryExpression('===', id(NAMES.registry), VOID0()), t.callExpression(id(NAMES.init), []));
}

/**
 * Every default of an early-callable function's parameters (at any depth of their patterns)
 * starts with `earlyInit()`: a default runs before the body, and may run instrumented code (a
 * call, a class with static members, a getter) that needs the header.
 */
function earlyDefaults(info: FunctionInfo): void {
  walkParameters(info.node.params, {
    default: (p) => {
      // An anonymous function or class is named after its parameter only when it is the default
      // itself (`cb = function () {}` gives `cb.name === 'cb'`): a function runs nothing when
      // evaluated, and a class gets `earlyInit()` inside, before the first code it runs.
      const v = p.right;
      if (v.type === 'ArrowFunctionExpression' || (v.type === 'FunctionExpression' && !v.id)) return;
      if (v.type === 'ClassExpression' && !v.id && initInsideClass(v)) return;
      p.right = t.sequenceExpression([earlyInit(), v]);
    },
  });
}

/**
 * Puts `earlyInit()` first among what an anonymous class's definition runs, in the order its
 * definition runs it: the `extends` expression, else the first computed key, else a static
 * block before the static members (`static { earlyInit(); }`); nothing if it runs nothing.
 * False (nothing changed) for a class with decorators, whose order is the proposal's.
 */
function initInsideClass(cls: t.ClassExpression): boolean {
  const members = cls.body.body;
  if (cls.decorators?.length || members.some((m) => 'decorators' in m && m.decorators?.length)) return false;
  if (cls.superClass) {
    cls.superClass = t.sequenceExpression([earlyInit(), cls.superClass]);
    return true;
  }
  const computed = members.find((m): m is typeof m & { key: t.Expression } => 'computed' in m && m.computed === true && 'key' in m);
  if (computed) {
    computed.key = t.sequenceExpression([earlyInit(), computed.key]);
    return true;
  }
  if (members.some((m) => m.type === 'StaticBlock' || ('static' in m && m.static))) members.unshift(t.staticBlock([t.expressionStatement(earlyInit())]));
  return true;
}

/** The statement that starts an early-callable function's body: `earlyInit()`; none for other functions. */
function entryInit(info: FunctionInfo): t.Statement[] {
  return info.early === 'statement' ? [t.expressionStatement(earlyInit())] : [];
}

/** Rewrites `info.node.body` (already line-instrumented) into the framed form. */
export function wrapFunctionBody(info: FunctionInfo, ctx: FrameContext, entry: EntrySnapshot): void {
  const body = info.node.body as t.BlockStatement;
  const thisExpr = (): t.Expression => (info.thisSafe ? t.thisExpression() : VOID0());
  const hasPre = instrumentDefaults(info, thisExpr, entry);
  if (info.early) earlyDefaults(info);
  let guard: t.Expression = entry.always ? registryFlag('live') : onFlag();
  // `(_$jtO === void 0 && _$jtI(), _$jtO.$on === true)`: the header bound first if the module
  // body has not run yet.
  if (info.early === 'guard') {
    guard = t.sequenceExpression([t.logicalExpression('&&', t.binaryExpression('===', id(NAMES.on), VOID0()), t.callExpression(id(NAMES.init), [])), guard]);
  }
  if (hasPre) guard = t.logicalExpression('||', guard, t.binaryExpression('!==', registryField('pf'), t.nullLiteral()));
  // The frame's slot array, as long as the frame's slots (holes after the parameters): probes
  // store into it without growing it (docs/decisions.md §1f).
  const holes = Math.max(0, (ctx.slots?.size ?? 0) - entry.values.length);
  const snapshot = entry.values.length || holes ? t.arrayExpression([...entry.values, ...new Array<null>(holes).fill(null)]) : t.nullLiteral();
  const open = t.variableDeclaration('const', [
    t.variableDeclarator(
      id(NAMES.frame),
      t.conditionalExpression(guard, hook('c', [id(NAMES.meta), num(info.code), thisExpr(), num(entry.layout), snapshot]), t.nullLiteral()),
    ),
  ]);
  const inner = body.body;
  const endLine = body.loc?.end.line;
  // The end of the body is a `return` event too: the bindings stored at each event first (a
  // closure the last statement called, or that statement itself, may have written them).
  // Falling off the end, no block's bindings are in scope: the body's own layout.
  const refresh = [...(ctx.endRefresh ?? refreshStores(ctx)), ...(ctx.endLayout ? [ctx.endLayout] : [])];
  const endArgs = [id(NAMES.frame), VOID0(), ...(refresh.length ? [guardedSlotStores(NAMES.frame, refresh).expression] : [])];
  // After the body's `finally` blocks, with a `return` or an exception pending, the `return`
  // event again stores what those blocks (or closures they called) may have written.
  const exitRefresh = ctx.exitRefresh ?? [];
  const exitArgs = (): t.Expression[] => (exitRefresh.length ? [guardedSlotStores(NAMES.frame, exitRefresh.map((e) => t.cloneNode(e, true))).expression] : []);
  if (!ctx.deferredReturn && !info.node.async) {
    // No `try` at all: an exception leaving this frame is reported by the frame that catches
    // it (the frames above it on the jstrace stack are the ones it unwound), or by the next
    // hook of an enclosing frame (docs/decisions.md §1b). The body stays a function body.
    inner.push(atLine(guardNull(hook('r', endArgs)), endLine));
    body.body = [...entryInit(info), open, ...inner];
    return;
  }
  inner.unshift(...renameClashingDeclarations(inner, info.scan.vars, info.params, info.scan.hasEval));
  const caught = id(NAMES.caught);
  let tryStmt: t.TryStatement;
  if (ctx.deferredReturn && info.node.generator && !info.node.async && !info.scan.hasFinally) {
    // A generator with no `finally` of its own: no `catch` either, which would cost it at every
    // `yield` (a generator saves and restores the registers its handlers use). Its end (`eg`)
    // tells a `return` completion, which `v` or `gen.return(v)` marked, from an exception, which
    // it leaves for the frame that catches it to report (docs/decisions.md §17).
    inner.push(atLine(guardNull(hook('v', endArgs)), endLine));
    tryStmt = t.tryStatement(t.blockStatement(inner), null, atLine(t.blockStatement([guardNull(hook('eg', [id(NAMES.frame), ...exitArgs()]))]), endLine));
  } else if (ctx.deferredReturn) {
    inner.push(atLine(guardNull(hook('v', endArgs)), endLine));
    tryStmt = t.tryStatement(
      t.blockStatement(inner),
      atLine(t.catchClause(caught, t.blockStatement([catchHook(NAMES.frame, 'xf', NAMES.caught), t.throwStatement(id(NAMES.caught))])), endLine),
      atLine(t.blockStatement([guardNull(hook('e', [id(NAMES.frame), ...exitArgs()]))]), endLine),
    );
  } else {
    // Async functions: the promise machinery catches what leaves them, so they report it here.
    inner.push(atLine(guardNull(hook('r', endArgs)), endLine));
    tryStmt = t.tryStatement(
      t.blockStatement(inner),
      atLine(t.catchClause(caught, t.blockStatement([catchHook(NAMES.frame, 'X', NAMES.caught), t.throwStatement(id(NAMES.caught))])), endLine),
    );
  }
  body.body = [...entryInit(info), open, tryStmt];
}
