/**
 * Counts as Istanbul coverage (SPEC §6): statements are the executable lines, functions are
 * the code objects with their call counts, so `lcov`, `html`, `text` and every tool that reads
 * Istanbul's format work. The report libraries load only when reports are written.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CoverageMapData, FileCoverageData, Range } from 'istanbul-lib-coverage';
import { sourceLines } from './cover-file.js';
import { isPseudoFilename } from './names.js';
import type { CoverageResults } from './results.js';

function lineRange(line: number, length: number): Range {
  return { start: { line, column: 0 }, end: { line, column: length } };
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
  const map: CoverageMapData = {};
  const files = new Set([...results.counts.keys(), ...results.executable.keys()]);
  for (const file of [...files].sort()) {
    if (isPseudoFilename(file)) continue;
    const counts = results.counts.get(file) ?? new Map<number, number>();
    let source: string[] = [];
    try {
      source = sourceLines(fs.readFileSync(file, 'utf8'));
    } catch {
      // The report still lists the lines; only their column ranges are unknown.
    }
    const length = (line: number): number => Math.max(0, (source[line - 1] ?? '\n').length - 1);
    const lines = [...new Set([...(results.executable.get(file) ?? []), ...counts.keys()])].sort((a, b) => a - b);
    // Istanbul keys files by absolute path (the command line shows the main script as typed).
    const data: FileCoverageData = { path: path.resolve(file), statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
    lines.forEach((line, i) => {
      data.statementMap[i] = lineRange(line, length(line));
      data.s[i] = counts.get(line) ?? 0;
    });
    [...(results.functions.get(file)?.values() ?? [])]
      .sort((a, b) => a.line - b.line)
      .forEach((fn, i) => {
        const loc = lineRange(fn.line, length(fn.line));
        data.fnMap[i] = { name: fn.qualname, decl: loc, loc, line: fn.line };
        data.f[i] = fn.calls;
      });
    map[data.path] = data;
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
export async function writeIstanbulReports(results: CoverageResults, reporters: readonly string[], dir = 'coverage'): Promise<void> {
  const require = createRequire(import.meta.url);
  const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage');
  const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report');
  const reports = require('istanbul-reports') as typeof import('istanbul-reports');
  const context = libReport.createContext({ dir, coverageMap: libCoverage.createCoverageMap(toIstanbul(results)) });
  for (const name of reporters) {
    (reports.create(name as never) as unknown as { execute(ctx: unknown): void }).execute(context);
  }
}
