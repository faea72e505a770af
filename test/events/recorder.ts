// The event recorder of the conformance runner (/work/shared/conformance/run.mjs, its child
// process: makeRecorder, fmtValue, localsPart, backPart), ported to TypeScript so that the
// event-sequence tests can run a case in-process and collect its lines in an array. The text
// it produces must stay identical to run.mjs's, which is identical to record.py's.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODES = ['record', 'locals', 'back', 'self'] as const;
export type Mode = (typeof MODES)[number];

/** Just the frame fields the recorder reads; the runtime's real frames have more. */
export interface FrameLike {
  f_code: { co_name: string; co_filename: string };
  f_lineno: number;
  f_back: FrameLike | null;
  f_locals: Record<string, unknown> | null | undefined;
}

export type Tracer = (frame: FrameLike, event: string, arg: unknown) => Tracer | null;

/** The mode named on line 1 of a case (`// conformance mode=record`), or an error. */
export function readMode(src: string, file: string): Mode {
  const first = src.split('\n', 1)[0] ?? '';
  const m = /conformance\s+mode=(\w+)/.exec(first);
  if (!m || !(MODES as readonly string[]).includes(m[1]!)) {
    throw new Error(`${file}: line 1 must be '// conformance mode=<${MODES.join('|')}>'`);
  }
  return m[1] as Mode;
}

export function fmtValue(v: unknown): string {
  if (v === undefined || v === null) return 'none';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return 'obj';
}

function isPlainLocal(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'string';
}

export function typeName(t: unknown): string {
  if (t == null) return String(t);
  if (typeof t === 'function' || typeof t === 'object') return (t as { name?: string }).name || '<anonymous>';
  return String(t);
}

function normFile(f: unknown): string | null {
  if (typeof f !== 'string') return null;
  if (f.startsWith('file:')) {
    try {
      return fileURLToPath(f);
    } catch {
      return f;
    }
  }
  return path.resolve(f);
}

/**
 * The global tracer of `record`, `locals` and `back` modes: it returns itself for every frame
 * of the case file and `null` for any other frame, and hands each line to `out`.
 */
export function makeRecorder(casePath: string, mode: Mode, out: (text: string) => void): Tracer {
  let realCase = casePath;
  try {
    realCase = fs.realpathSync(casePath);
  } catch {
    // keep the path as given
  }
  const inCase = (frame: FrameLike | null | undefined): frame is FrameLike => {
    if (!frame || !frame.f_code) return false;
    const f = normFile(frame.f_code.co_filename);
    return f === casePath || f === realCase;
  };
  const localsPart = (frame: FrameLike): string => {
    const loc = frame.f_locals;
    if (loc == null) return ' <no f_locals>';
    const names = Object.keys(loc)
      .filter((k) => !k.startsWith('__'))
      .sort();
    const items: string[] = [];
    for (const k of names) {
      const v = loc[k];
      if (isPlainLocal(v)) items.push(`${k}=${fmtValue(v)}`);
    }
    return items.length ? ' ' + items.join(' ') : '';
  };
  const backPart = (frame: FrameLike): string => {
    const names: string[] = [];
    let f = frame.f_back;
    for (let guard = 0; inCase(f) && guard < 10000; guard++) {
      names.push(f.f_code.co_name);
      f = f.f_back;
    }
    return ' back=' + names.join(',');
  };
  const recorder: Tracer = (frame, event, arg) => {
    if (!inCase(frame)) return null;
    try {
      const code = frame.f_code;
      let text = `${event} ${code.co_name} ${frame.f_lineno}`;
      if (event === 'return') text += ' ' + fmtValue(arg);
      else if (event === 'exception') text += ' ' + typeName(Array.isArray(arg) ? arg[0] : arg);
      if (mode === 'locals' && code.co_name !== '<module>') text += localsPart(frame);
      if (mode === 'back' && event === 'call') text += backPart(frame);
      out(text);
    } catch (e) {
      out(`recorder-error ${event}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return recorder;
  };
  return recorder;
}
