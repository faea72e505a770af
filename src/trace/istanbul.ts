/**
 * Counts as Istanbul coverage (SPEC §6): statements are the executable lines, functions are
 * the code objects with their call counts, so `lcov`, `html`, `text` and every tool that reads
 * Istanbul's format work. The report libraries load only when reports are written.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CoverageMapData, FileCoverageData, Range } from 'istanbul-lib-coverage';
import { PRAGMA_NO_COVER, sourceLines } from './cover-file.js';
import { isPseudoFilename } from './names.js';
import type { CoverageResults, FunctionCount } from './results.js';

function lineRange(line: number, length: number): Range {
  return { start: { line, column: 0 }, end: { line, column: length } };
}

const LCOV_UNSAFE: Record<string, string> = { ',': '\\x2c', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };
/** A function name lcov reads back whole: a comma or a line break (a method named by a string) written as its escape. */
function lcovSafeName(name: string): string {
  return name.replace(/[,\n\r\u2028\u2029]/g, (c) => LCOV_UNSAFE[c]!);
}

/**
 * The results as Istanbul's `CoverageMapData` (what `istanbul-lib-coverage`'s
 * `createCoverageMap` takes): one statement per executable line, with that line's count.
 *
 * @example
 * ```js
 * import libCoverage from 'istanbul-lib-coverage';
 * const map = libCoverage.createCoverageMap(toIstanbul(trace.results()));
 * console.log(map.getCoverageSummary().lines.pct);
 * ```
 */
export function toIstanbul(results: CoverageResults): CoverageMapData {
  // Istanbul keys files by absolute path; a file the results name in two ways (the main script
  // as typed in one run, absolute in another) is one file whose counts add up.
  const byPath = new Map<string, string[]>();
  for (const file of new Set([...results.counts.keys(), ...results.executable.keys(), ...results.functions.keys()])) {
    if (isPseudoFilename(file)) continue;
    const abs = results.pathOf(file);
    byPath.set(abs, [...(byPath.get(abs) ?? []), file]);
  }
  const map: CoverageMapData = {};
  for (const [abs, names] of [...byPath].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const counts = new Map<number, number>();
    const executable = new Set<number>();
    const functions = new Map<string, FunctionCount>();
    for (const name of names) {
      for (const [line, n] of results.counts.get(name) ?? []) counts.set(line, (counts.get(line) ?? 0) + n);
      for (const line of results.executable.get(name) ?? []) executable.add(line);
      for (const [key, fn] of results.functions.get(name) ?? []) {
        const seen = functions.get(key);
        functions.set(key, seen ? { ...seen, calls: seen.calls + fn.calls } : fn);
      }
    }
    let source: string[] = [];
    try {
      source = sourceLines(fs.readFileSync(abs, 'utf8'));
    } catch {
      // The report still lists the lines; only their column ranges are unknown.
    }
    const length = (line: number): number => Math.max(0, (source[line - 1] ?? '\n').length - 1);
    // As in the `.cover` file: a line never run that is marked `pragma: no cover` is not a statement.
    const counted = (line: number): boolean => (counts.get(line) ?? 0) !== 0 || !PRAGMA_NO_COVER.test(source[line - 1] ?? '');
    const lines = [...new Set([...executable, ...counts.keys()])].filter(counted).sort((a, b) => a - b);
    const data: FileCoverageData = { path: abs, statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
    lines.forEach((line, i) => {
      data.statementMap[i] = lineRange(line, length(line));
      data.s[i] = counts.get(line) ?? 0;
    });
    const fns = [...functions.values()].sort((a, b) => a.line - b.line || (a.qualname < b.qualname ? -1 : a.qualname > b.qualname ? 1 : 0) || a.index - b.index);
    // lcov names a function by its name (`FN:<line>,<name>`, `FNDA`), up to the first comma and
    // the end of the line: each name must be one function's, without either.
    const fnNames = fns.map((fn) => lcovSafeName(fn.qualname));
    const uses = new Map<string, number>();
    for (const name of fnNames) uses.set(name, (uses.get(name) ?? 0) + 1);
    const seen = new Map<string, number>();
    fns.forEach((fn, i) => {
      const name = fnNames[i]!;
      const nth = (seen.get(name) ?? 0) + 1;
      seen.set(name, nth);
      const loc = lineRange(fn.line, length(fn.line));
      data.fnMap[i] = { name: uses.get(name)! > 1 ? `${name} (${nth})` : name, decl: loc, loc, line: fn.line };
      data.f[i] = fn.calls;
    });
    map[abs] = data;
  }
  return map;
}

/**
 * Writes Istanbul reports (`lcov`, `html`, `text`, `json`, … any istanbul-reports name) of the
 * results into `dir`; `text` and `text-summary` print to stdout.
 *
 * @example
 * ```js
 * await writeIstanbulReports(trace.results(), ['lcov', 'text'], 'coverage');
 * ```
 */
export async function writeIstanbulReports(results: CoverageResults, reporters: string | readonly string[], dir = 'coverage'): Promise<void> {
  const names = typeof reporters === 'string' ? [reporters] : reporters;
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw new TypeError('writeIstanbulReports: reporters must be a reporter name or an array of them (e.g. [\'lcov\', \'text\'])');
  }
  if (typeof dir !== 'string' || dir === '') throw new TypeError('writeIstanbulReports: dir must be a non-empty string');
  if (typeof (results as Partial<CoverageResults> | null)?.toJSON !== 'function') throw new TypeError('writeIstanbulReports: results must be a CoverageResults');
  const require = createRequire(import.meta.url);
  const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage');
  const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report');
  const reports = require('istanbul-reports') as typeof import('istanbul-reports');
  // Every name is checked before any report is written.
  const made = names.map((name) => {
    try {
      return reports.create(name as never) as unknown as { execute(ctx: unknown): void };
    } catch {
      throw new TypeError(`writeIstanbulReports: unknown reporter '${name}' (istanbul-reports has lcov, lcovonly, html, html-spa, text, text-summary, text-lcov, json, json-summary, cobertura, clover, teamcity, none)`);
    }
  });
  const context = libReport.createContext({ dir, coverageMap: libCoverage.createCoverageMap(toIstanbul(results)) });
  for (const report of made) report.execute(context);
}
