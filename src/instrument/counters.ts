/**
 * The counters form of instrumented code (`probes: 'counters'`, docs/decisions.md §11): what
 * a coverage run needs and nothing more. The events form, once built, is rewritten so that
 *
 * - each line probe (`f !== null && _$jt.l(f, N) && …`, `_$jt.k`, `_$jt.L`, `_$jt.il`, `_$jt.sl`) is one
 *   increment, `_$jtn[N]++`, of the file's counter array;
 * - each activation's frame guard (`_$jt.on ? _$jt.c(M, K, …) : null`, and `_$jt.io`/`so`
 *   for class initializers) is `(_$jtn[LINES + K]++, null)`: the code object's call counter,
 *   and no frame, so every other probe of the body takes its untraced branch;
 * - whatever runs only with a frame is gone: the stores of `const`s into its slot array, a big
 *   frame's snapshot closure, the return and exception hooks, the traced copies of `yield` and
 *   `await`, and the `try` that wraps a body to report what leaves it (`return _$jt.r(f, v)` is
 *   `return v`).
 *
 * `_$jtn` is a `Float64Array` the runtime makes per file (`_$jt.n(_$jtM)`): one slot per line
 * (`LINES` = the last line + 1, stored in the metadata as `n`), then one per code object. The
 * runtime reads it for `monitoring.COUNT` (`get_counts`); nothing else reaches such a file:
 * no settrace events, no monitoring callbacks.
 */
import * as t from './babel-types.js';
import { NAMES } from '../protocol.js';
import { id, num } from './emit.js';

/** `_$jt.name(…)` with `name` one of `names`, or null. */
function hookCall(node: t.Node | null | undefined, ...names: string[]): t.CallExpression | null {
  if (node?.type !== 'CallExpression') return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== NAMES.registry) return null;
  return callee.property.type === 'Identifier' && names.includes(callee.property.name) ? node : null;
}

const numberArg = (call: t.CallExpression, i: number): number => (call.arguments[i] as t.NumericLiteral).value;

/** `_$jtn[slot]++` */
function bump(slot: number): t.UpdateExpression {
  return t.updateExpression('++', t.memberExpression(id(NAMES.counters), num(slot), true), false);
}

/** `(_$jtn[LINES + code]++, null)`: what opens a frame in the events form, in the counters form. */
export function noFrame(lineSlots: number, code: number): t.SequenceExpression {
  return t.sequenceExpression([bump(lineSlots + code), t.nullLiteral()]);
}

/** The operands of a left-leaning `&&` chain, leftmost first. */
function andChain(node: t.LogicalExpression): t.Expression[] {
  const out: t.Expression[] = [];
  let n: t.Expression = node;
  while (n.type === 'LogicalExpression' && n.operator === '&&') {
    out.unshift(n.right);
    n = n.left;
  }
  out.unshift(n);
  return out;
}

/** `frame !== null` */
const isFrameTest = (n: t.Expression): boolean =>
  n.type === 'BinaryExpression' && n.operator === '!==' && n.left.type === 'Identifier' && n.left.name.startsWith(NAMES.registry) && n.right.type === 'NullLiteral';

/** `frame._v !== null` */
const isSlotsTest = (n: t.Expression): boolean =>
  n.type === 'BinaryExpression' && n.operator === '!==' && n.left.type === 'MemberExpression' && n.left.property.type === 'Identifier' && n.left.property.name === '_v';

/** `frame !== null && frame._v !== null && (…)`: stores into the frame's slot array. */
function isSlotStores(e: t.LogicalExpression): boolean {
  const chain = andChain(e);
  return chain.length === 3 && isFrameTest(chain[0]!) && isSlotsTest(chain[1]!);
}

export class CountersRewriter {
  constructor(private readonly lineSlots: number) {}

  /** The counters form of `node`, or undefined to keep it (its children are visited). */
  private replacement(node: t.Node): t.Expression | undefined {
    if (node.type === 'LogicalExpression' && node.operator === '&&') {
      const chain = andChain(node);
      // Line probes: `f !== null && _$jt.l(f, N) && …`, `f !== null && _$jt.k(f, N, LAYOUT) && …` (and the module's `_$jt.L`).
      const line = isFrameTest(chain[0]!) ? hookCall(chain[1], 'l', 'k', 'L') : null;
      if (line) return bump(numberArg(line, 1));
      // Class initializers' frames: `_$jt.on && _$jt.io(M, K, this)` (`so` for statics).
      const open = chain.length === 2 ? hookCall(chain[1], 'io', 'so') : null;
      if (open) return bump(this.lineSlots + numberArg(open, 1));
      return undefined;
    }
    if (node.type === 'SequenceExpression') {
      // Slot stores after writes in a sequence, or at a `for` test (statements.ts), run only with a frame.
      const kept = node.expressions.filter((e) => !(e.type === 'LogicalExpression' && isSlotStores(e)));
      if (kept.length === 1) return kept[0];
      node.expressions = kept;
      return undefined;
    }
    if (node.type === 'ConditionalExpression') {
      // Suspensions: `f === null ? yield v : <traced copy>` (a module's top-level `await` too).
      const test = node.test;
      const frameName = test.type === 'BinaryExpression' && test.left.type === 'Identifier' ? test.left.name : '';
      if (test.type === 'BinaryExpression' && test.operator === '===' && (frameName === NAMES.frame || frameName === NAMES.moduleFrame) && test.right.type === 'NullLiteral') {
        return node.consequent;
      }
      // Frame guards: `_$jt.on ? _$jt.c(M, K, …) : null`; a static block's `_$jt.sf`.
      const call = hookCall(node.consequent, 'c');
      if (call) return noFrame(this.lineSlots, numberArg(call, 1));
      if (hookCall(node.consequent, 'sf')) return t.nullLiteral();
      return undefined;
    }
    // Values pass through the frame's hooks (returns, `super()`, a `for await`'s iterable), which do nothing without a frame.
    const passing = hookCall(node, 'r', 'v', 'su', 'fa');
    const owner = passing?.arguments[0];
    if (passing && owner?.type === 'Identifier' && (owner.name === NAMES.frame || (owner.name === NAMES.moduleFrame && hookCall(node, 'fa')))) return passing.arguments[1] as t.Expression;
    const lineHook = hookCall(node, 'il', 'sl');
    if (lineHook) return bump(numberArg(lineHook, 2));
    // The frame a default parameter opens early, and a static initializer's return event.
    if (hookCall(node, 'p', 'sx')) return t.unaryExpression('void', num(0));
    const close = hookCall(node, 'ix');
    if (close) {
      const pending = (close.arguments[3] as t.ArrayExpression).elements.map((e) => bump((e as t.NumericLiteral).value));
      const value = close.arguments[0] as t.Expression;
      return pending.length ? t.sequenceExpression([...pending, value]) : value;
    }
    return undefined;
  }

  /**
   * Is `s` dead in the counters form: a statement that runs only with a frame
   * (`f !== null && …`: stores into the slot array, exception and return hooks), once the
   * probes are increments, or a big frame's snapshot closure (bigframes.ts), which only probes
   * call and whose references to every binding would keep them all in a heap context?
   */
  private static isFrameOnly(s: t.Statement): boolean {
    if (s.type === 'VariableDeclaration') return s.declarations.length === 1 && s.declarations[0]!.id.type === 'Identifier' && s.declarations[0]!.id.name === NAMES.snapshot;
    return s.type === 'ExpressionStatement' && s.expression.type === 'LogicalExpression' && s.expression.operator === '&&' && isFrameTest(andChain(s.expression)[0]!);
  }

  /** A generator's body wrapper without `catch`: `try { … } finally { f !== null && _$jt.eg(f, …); }`. */
  private static isGeneratorEnd(s: t.TryStatement): boolean {
    const only = s.handler === null && s.finalizer?.body.length === 1 ? s.finalizer.body[0]! : null;
    if (only?.type !== 'ExpressionStatement' || only.expression.type !== 'LogicalExpression' || only.expression.operator !== '&&') return false;
    const chain = andChain(only.expression);
    return chain.length === 2 && isFrameTest(chain[0]!) && hookCall(chain[1], 'eg') !== null;
  }

  /** `catch (_$jte) { f !== null && (_$jte = _$jt.HOOK(f, _$jte)); throw _$jte; }` with HOOK one of `hooks`. */
  private static isReportingHandler(h: t.CatchClause | null | undefined, ...hooks: string[]): boolean {
    if (!h || h.param?.type !== 'Identifier' || h.param.name !== NAMES.caught) return false;
    const [first, second] = h.body.body;
    if (h.body.body.length !== 2 || first?.type !== 'ExpressionStatement' || second?.type !== 'ThrowStatement') return false;
    const e = first.expression;
    return e.type === 'LogicalExpression' && e.right.type === 'AssignmentExpression' && hookCall(e.right.right, ...hooks) !== null;
  }

  /**
   * A `try` the events form added, or added a handler to, without its frame-only parts: the
   * function-body wrapper is gone (its statements return to the function body, where they
   * were written), and an exception-reporting handler that only rethrows is removed.
   * Returns the statements that replace `s`.
   */
  private simplifyTry(s: t.TryStatement): t.Statement[] {
    const wrapper = CountersRewriter.isReportingHandler(s.handler, 'xf', 'X') || CountersRewriter.isGeneratorEnd(s);
    if (wrapper || CountersRewriter.isReportingHandler(s.handler, 'x')) s.handler = null;
    this.rewrite(s);
    if (wrapper && s.finalizer && s.finalizer.body.length === 0) s.finalizer = null;
    if (s.handler || s.finalizer) return [s];
    return wrapper ? s.block.body : [s.block];
  }

  /** Rewrites every node under `root` in place. */
  rewrite(root: t.Node): void {
    const keys = t.VISITOR_KEYS[root.type];
    if (!keys) return;
    const holder = root as unknown as Record<string, unknown>;
    for (const key of keys) {
      const child = holder[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const c = child[i] as t.Node | null;
          if (!c) continue;
          if (c.type === 'TryStatement') {
            const out = this.simplifyTry(c);
            child.splice(i, 1, ...out);
            i += out.length - 1;
            continue;
          }
          const v = this.visit(c);
          // Probes became increments in `visit`; what still needs the frame is dead.
          if (CountersRewriter.isFrameOnly(v as t.Statement)) child.splice(i--, 1);
          else child[i] = v;
        }
      } else if (child && typeof child === 'object' && typeof (child as t.Node).type === 'string') {
        holder[key] = this.visit(child as t.Node);
      }
    }
  }

  private visit(node: t.Node): t.Node {
    const r = this.replacement(node);
    if (r === undefined) {
      this.rewrite(node);
      return node;
    }
    // Same place as the probe it replaces: retainLines prints it on that line.
    r.loc ??= node.loc;
    // A replacement may keep a part of the original (a returned value, the untraced copy of a
    // `yield`, a field's value): that part is rewritten too.
    return this.visit(r);
  }
}
