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
import * as t from '@babel/types';
import { NAMES } from '../protocol.js';
import { type Binding } from './declarations.js';
import { hook, id, num, registryField } from './emit.js';
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

const isField = (m: Member): m is t.ClassProperty | t.ClassPrivateProperty => m.type === 'ClassProperty' || m.type === 'ClassPrivateProperty';
const lineOf = (n: t.Node): number => (n.loc ? n.loc.start.line : 0);

function guard(always: boolean, call: t.Expression): t.Expression {
  return t.logicalExpression('&&', registryField(always ? 'live' : 'on'), call);
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
  let instanceCode = -1;
  const instanceLines: number[] = [];
  if (fields.length) {
    instanceCode = codes.addCode('<instance_members_initializer>', qualPrefix + '<instance_members_initializer>', lineOf(fields[0]!), instanceLines);
    out.push(t.classPrivateProperty(t.privateName(id('_$jto')), guard(codes.always, hook('io', [id(NAMES.meta), num(instanceCode), t.thisExpression()]))));
  }
  let pending: number[] = [];
  for (const m of members) {
    if (m.type === 'StaticBlock') {
      instrumentStaticBlock(m, staticCode, staticLines, codes);
      out.push(m);
      continue;
    }
    if (isField(m) && m.static) {
      const line = lineOf(m);
      if (line) {
        staticLines.push(line);
        out.push(staticBlock(hook('sl', [id(NAMES.meta), num(staticCode), num(line)])));
      }
      out.push(m);
      continue;
    }
    if (isField(m)) {
      const line = lineOf(m);
      if (line) pending.push(line);
      if (m.value && !isAnonymousFunctionDefinition(m.value) && pending.length) {
        instanceLines.push(...pending);
        m.value = t.sequenceExpression([...pending.map((l) => hook('il', [id(NAMES.meta), num(instanceCode), num(l)])), m.value]);
        pending = [];
      }
    }
    out.push(m);
  }
  if (fields.length) {
    instanceLines.push(...pending);
    out.push(t.classPrivateProperty(t.privateName(id('_$jtx')), hook('ix', [id(NAMES.meta), num(instanceCode), t.arrayExpression(pending.map(num))])));
  }
  if (statics.length) out.push(staticBlock(hook('sx', [id(NAMES.meta), num(staticCode)])));
  cls.body.body = out;
  staticLines.sort((a, b) => a - b);
  instanceLines.sort((a, b) => a - b);
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
  const open = t.variableDeclaration('const', [t.variableDeclarator(id(NAMES.frame), hook('sf', [id(NAMES.meta), num(code)]))]);
  block.body = [open, ...body];
}
