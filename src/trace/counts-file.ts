/**
 * The counts file of `--file` and `CoverageResults`'s `outfile`: versioned JSON, read whole,
 * and rewritten under a lock with what other processes wrote meanwhile merged in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type lockfileModule from 'proper-lockfile';
import { makeDirs } from '../fs/make-dirs.js';

// Loaded only when a lock is taken: proper-lockfile installs signal handlers when it loads,
// which a traced program must not see.
let lockfile: typeof lockfileModule | null = null;

export const COUNTS_FORMAT = 'jstrace-counts';
export const COUNTS_VERSION = 1;

/** One file's data: line counts, executable lines, and per-function call counts. */
export interface FileCounts {
  /** `{ "<line>": count }` */
  lines: Record<string, number>;
  /** Lines where a statement starts (SPEC §6), ascending. */
  executable: number[];
  /**
   * `[qualname, firstLine, calls]` per code object that is not `<module>`; a fourth element, the
   * function's index among those of the same name and first line (`[() => 1, () => 2]`), when
   * it is not the first.
   */
  functions: ([qualname: string, firstLine: number, calls: number] | [qualname: string, firstLine: number, calls: number, index: number])[];
}

export type FuncKey = [filename: string, modulename: string, funcname: string];

/** The JSON document. */
export interface CountsData {
  format: typeof COUNTS_FORMAT;
  version: typeof COUNTS_VERSION;
  files: Record<string, FileCounts>;
  calledfuncs: FuncKey[];
  callers: [caller: FuncKey, callee: FuncKey][];
  /** Files named by a relative path (the main script as typed) → where they are: optional. */
  paths?: Record<string, string>;
}

/**
 * A counts file that is not one jstrace wrote (or is damaged), left untouched.
 * `code`: `JSTRACE_COUNTS_CORRUPT`; `file`: its path.
 *
 * @example
 * ```js
 * try {
 *   CoverageResults.load('counts.json');
 * } catch (err) {
 *   if (err instanceof CountsFileError) console.error(err.message);
 *   else throw err;
 * }
 * ```
 */
export class CountsFileError extends Error {
  readonly code = 'JSTRACE_COUNTS_CORRUPT';
  readonly file: string;
  constructor(file: string, why: string) {
    super(`counts file '${file}' is not a jstrace counts file (${why}); it was left untouched`);
    this.name = 'CountsFileError';
    this.file = file;
  }
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isLine = (v: unknown): v is number => isInt(v) && v >= 1;
const isCount = (v: unknown): v is number => isInt(v) && v >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isFuncKey = (k: unknown): k is FuncKey => Array.isArray(k) && k.length === 3 && k.every(isStr);

/** Checks a parsed document; throws `CountsFileError` naming what is wrong. */
export function validateCounts(data: unknown, file: string): CountsData {
  const bad = (why: string): never => {
    throw new CountsFileError(file, why);
  };
  if (typeof data !== 'object' || data === null) bad('not a JSON object');
  const d = data as Partial<CountsData>;
  if (d.format !== COUNTS_FORMAT) bad(`no "format": "${COUNTS_FORMAT}"`);
  if (d.version !== COUNTS_VERSION) bad(`version ${String(d.version)}, this jstrace reads version ${COUNTS_VERSION}`);
  if (typeof d.files !== 'object' || d.files === null) bad('"files" is not an object');
  for (const [name, fc] of Object.entries(d.files!)) {
    if (typeof fc !== 'object' || fc === null) bad(`entry for ${name} is not an object`);
    // Lines are numbered from 1 and counts are never negative: anything else would reach lcov as `DA:-3,-7`.
    if (typeof fc.lines !== 'object' || fc.lines === null || !Object.entries(fc.lines).every(([k, v]) => isLine(Number(k)) && isCount(v))) bad(`line counts of ${name}`);
    if (!Array.isArray(fc.executable) || !fc.executable.every(isLine)) bad(`executable lines of ${name}`);
    if (!Array.isArray(fc.functions) || !fc.functions.every((f) => Array.isArray(f) && isStr(f[0]) && isLine(f[1]) && isCount(f[2]) && (f.length === 3 || (f.length === 4 && isInt(f[3]) && f[3] > 0)))) bad(`functions of ${name}`);
  }
  if (!Array.isArray(d.calledfuncs) || !d.calledfuncs.every(isFuncKey)) bad('"calledfuncs"');
  if (d.paths !== undefined && (typeof d.paths !== 'object' || d.paths === null || !Object.values(d.paths).every(isStr))) bad('"paths"');
  if (!Array.isArray(d.callers) || !d.callers.every((c) => Array.isArray(c) && c.length === 2 && isFuncKey(c[0]) && isFuncKey(c[1]))) bad('"callers"');
  return d as CountsData;
}

/** Reads a counts file; null when it does not exist. Throws `CountsFileError` when it is damaged. */
export function readCountsFile(file: string): CountsData | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CountsFileError(file, 'not valid JSON');
  }
  return validateCounts(data, file);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` holding the lock of `file` (a `<file>.lock` directory, proper-lockfile's), waiting
 * up to 10 s for another process to release it. Synchronous, so it works in an `exit` handler.
 */
export function withLock<T>(file: string, fn: () => T): T {
  makeDirs(path.dirname(path.resolve(file)));
  const deadline = Date.now() + 10_000;
  let release: () => void;
  lockfile ??= createRequire(import.meta.url)('proper-lockfile') as typeof lockfileModule;
  for (;;) {
    try {
      release = lockfile.lockSync(file, { realpath: false, stale: 10_000 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw err;
      sleep(20);
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}

/** Writes `text` to `file` atomically (a temporary file renamed over it). */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
