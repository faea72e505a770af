/**
 * Frames of class members (SPEC §2): a class evaluation's static fields and static blocks run
 * in one `<static_initializer>` frame, and a construction's instance fields in one
 * `<instance_members_initializer>` frame, each field's line a `line` event.
 *
 * Nothing is put between a field and an anonymous function it names (that would lose the
 * inferred `name`): static probes are static blocks of their own, which run in textual order
 * with the fields; an instance probe prefixes the next initializer that is safe to prefix.
 * The instance frame opens and closes in two private fields, invisible to the program.
 */
import * as t from './babel-types.js';
import { NAMES } from '../protocol.js';
import { type Binding } from './declarations.js';
import { hook, id, num, onFlag, registryField, VOID0 } from './emit.js';
import type { LayoutTable } from './layouts.js';
import { isAnonymousFunctionDefinition } from './names.js';
import { type FrameContext, statementList } from './statements.js';
import { scanFunctionBody } from './declarations.js';

export interface MemberCodes {
  /** Adds a code object; returns its index. */
  addCode(name: string, qualname: string, firstLine: number, lines: number[]): number;
  layouts: LayoutTable;
  always: boolean;
}

type Member = t.ClassBody['body'][number];

/** A field that exists at run time (TypeScript's `declare` and `abstract` fields do not). */
const isField = (m: Member): m is t.ClassProperty | t.ClassPrivateProperty =>
  (m.type === 'ClassProperty' || m.type === 'ClassPrivateProperty') && !(m as t.ClassProperty).declare && !(m as t.ClassProperty).abstract;
const lineOf = (n: t.Node): number => (n.loc ? n.loc.start.line : 0);

function guard(always: boolean, call: t.Expression): t.Expression {
  return t.logicalExpression('&&', always ? registryField('live') : onFlag(), call);
}

function staticBlock(e: t.Expression): t.StaticBlock {
  return t.staticBlock([t.expressionStatement(e)]);
}

/** Instruments the members of `cls` (whose methods are instrumented already). */
export function instrumentClassMembers(cls: t.Class, qualPrefix: string, codes: MemberCodes): void {
  const members = cls.body.body;
  const statics = members.filter((m) => (isField(m) && m.static) || m.type === 'StaticBlock');
  const fields = members.filter((m) => isField(m) && !m.static) as (t.ClassProperty | t.ClassPrivateProperty)[];
  const out: Member[] = [];
  let staticCode = -1;
  const staticLines: number[] = [];
  if (statics.length) {
    staticCode = codes.addCode('<static_initializer>', qualPrefix + '<static_initializer>', lineOf(statics[0]!), staticLines);
    out.push(staticBlock(guard(codes.always, hook('so', [id(NAMES.meta), num(staticCode), t.thisExpression()]))));
  }
  const instance = fields.length ? instanceFrame(fields, qualPrefix, codes) : null;
  if (instance?.opener) out.push(instance.opener);
  // Fields that share a line report it once, as statements on one line do.
  let lastStaticField = 0;
  for (const m of members) {
    if (m.type === 'StaticBlock') {
      instrumentStaticBlock(m, staticCode, staticLines, codes);
      lastStaticField = 0;
    } else if (isField(m) && m.static && lineOf(m) && lineOf(m) !== lastStaticField) {
      lastStaticField = lineOf(m);
      staticLines.push(lineOf(m));
      out.push(staticBlock(hook('sl', [id(NAMES.meta), num(staticCode), num(lineOf(m))])));
    }
    out.push(m);
  }
  if (instance?.closer) out.push(instance.closer);
  if (statics.length) out.push(staticBlock(hook('sx', [id(NAMES.meta), num(staticCode)])));
  cls.body.body = out;
  staticLines.sort((a, b) => a - b);
}

/** A field whose initializer may be prefixed or wrapped (not an anonymous function it names). */
const canWrap = (m: t.ClassProperty | t.ClassPrivateProperty): boolean => !isAnonymousFunctionDefinition(m.value);

/**
 * The `<instance_members_initializer>` frame: opened in the first field's initializer and
 * closed around the last one's value; a private field of its own is added only where that
 * field holds an anonymous function (whose inferred name must not be disturbed).
 */
function instanceFrame(fields: (t.ClassProperty | t.ClassPrivateProperty)[], qualPrefix: string, codes: MemberCodes): { opener: Member | null; closer: Member | null } {
  const lines: number[] = [];
  const code = codes.addCode('<instance_members_initializer>', qualPrefix + '<instance_members_initializer>', lineOf(fields[0]!), lines);
  const open = guard(codes.always, hook('io', [id(NAMES.meta), num(code), t.thisExpression()]));
  const lineHook = (l: number) => hook('il', [id(NAMES.meta), num(code), num(l)]);
  let opener: Member | null = null;
  let pending: number[] = [];
  fields.forEach((m, i) => {
    const prefix: t.Expression[] = i === 0 && canWrap(m) ? [open] : [];
    if (i === 0 && !canWrap(m)) opener = t.classPrivateProperty(t.privateName(id('_$jto')), open);
    // Fields that share a line report it once, as statements on one line do.
    const previous = i > 0 ? lineOf(fields[i - 1]!) : 0;
    if (lineOf(m) && lineOf(m) !== previous) pending.push(lineOf(m));
    if (canWrap(m)) {
      prefix.push(...pending.map(lineHook));
      lines.push(...pending);
      pending = [];
      m.value = t.sequenceExpression([...prefix, m.value ?? VOID0()]);
      // A TypeScript definite field (`x!: number`) may not have an initializer; it is a field
      // all the same, initialised to undefined, as the one given here.
      if ('definite' in m && m.definite) m.definite = false;
    }
  });
  lines.push(...pending);
  lines.sort((a, b) => a - b);
  const last = fields[fields.length - 1]!;
  const close = (value: t.Expression) => hook('ix', [value, id(NAMES.meta), num(code), t.arrayExpression(pending.map(num))]);
  if (canWrap(last)) {
    last.value = close(last.value!);
    return { opener, closer: null };
  }
  return { opener, closer: t.classPrivateProperty(t.privateName(id('_$jtx')), close(VOID0())) };
}

/** A static block's statements run in the `<static_initializer>` frame. */
function instrumentStaticBlock(block: t.StaticBlock, code: number, lines: number[], codes: MemberCodes): void {
  const scan = scanFunctionBody(t.blockStatement(block.body));
  const base: Binding[] = scan.vars.map((name) => ({ name, kind: 'var' }));
  const ctx: FrameContext = {
    frame: NAMES.frame,
    isModule: false,
    deferredReturn: false,
    lines: new Set(),
    layouts: codes.layouts,
    base,
    tdzFree: new Set(),
    scopes: [],
    loops: [],
  };
  const body = statementList(ctx, block.body, -1);
  lines.push(...ctx.lines);
  const open = t.variableDeclaration('const', [
    t.variableDeclarator(id(NAMES.frame), t.conditionalExpression(registryField('live'), hook('sf', [id(NAMES.meta), num(code)]), t.nullLiteral())),
  ]);
  block.body = [open, ...body];
}
