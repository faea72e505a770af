/**
 * Helpers for in-process tests: instrument a source string, load it as a CommonJS module from
 * a real path (so `co_filename` is that path), and record events as compact lines.
 */
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** The built runtime: the same copy instrumented code reaches through the registry. */
export const jstrace = require('../../dist/index.cjs') as typeof import('../../src/index.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-test-'));
let counter = 0;

/** Removes the common indentation and the first newline of a template literal. */
export function dedent(src: string): string {
  const lines = src.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface Loaded {
  file: string;
  exports: Record<string, any>;
}

/** Instruments `source` (dedented) and loads it as a CommonJS module; returns its exports. */
export function load(source: string, options: { frames?: 'default' | 'always'; probes?: 'events' | 'counters' } = {}): Loaded {
  const file = path.join(dir, `case-${++counter}.js`);
  const code = dedent(source);
  fs.writeFileSync(file, code);
  const out = jstrace.transform(code, file, { sourceType: 'script', ...options });
  const m = new Module(file) as Module & { _compile(code: string, file: string): void; paths: string[] };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dir);
  m._compile(out.code, file);
  return { file, exports: m.exports as Record<string, any> };
}

/** Formats an event as `event name line [arg]`, with a short form of the argument. */
export function fmt(frame: any, event: string, arg: unknown): string {
  let text = `${event} ${frame.f_code.co_name} ${frame.f_lineno}`;
  if (event === 'return') text += ` ${short(arg)}`;
  if (event === 'exception') text += ` ${(arg as any[])[0]?.name}`;
  return text;
}

function short(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return typeof v;
}

/** A tracer that appends `fmt` lines for the frames of `file` to `out`. */
function recorder(file: string, out: string[]) {
  const tracer = (frame: any, event: string, arg: unknown): any => {
    if (frame.f_code.co_filename !== file) return null;
    out.push(fmt(frame, event, arg));
    return tracer;
  };
  return tracer;
}

/** Runs `fn` under a recorder of the frames of `file`; returns the event lines. */
export function record(file: string, fn: () => unknown): string[] {
  const out: string[] = [];
  jstrace.settrace(recorder(file, out));
  try {
    fn();
  } finally {
    jstrace.settrace(null);
  }
  return out;
}

/** Like `record`, for async work: waits for `fn`'s promise, then a few macrotask turns. */
export async function recordAsync(file: string, fn: () => Promise<unknown>): Promise<string[]> {
  const out: string[] = [];
  jstrace.settrace(recorder(file, out));
  try {
    await fn();
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  } finally {
    jstrace.settrace(null);
  }
  return out;
}
