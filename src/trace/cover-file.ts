/** The `.cover` format of Python's `trace` (`write_results_file`), and the `--summary` row. */

/** A line marked with this is never shown as missing (`// pragma: no cover`; Python's `#pragma NO COVER` too). */
export const PRAGMA_NO_COVER = /pragma:?\s*no\s+cover/i;

/** Python's `str.expandtabs(8)`. */
export function expandTabs(line: string, size = 8): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let col = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const n = size - (col % size);
      out += ' '.repeat(n);
      col += n;
    } else if (ch === '\n' || ch === '\r') {
      out += ch;
      col = 0;
    } else {
      out += ch;
      col++;
    }
  }
  return out;
}

/**
 * A source file's lines as Python's `linecache` gives them: each ends with `\n`, and a UTF-8 BOM
 * is not part of the first. U+2028 and U+2029 end lines too, as JavaScript numbers lines (a
 * string literal may hold them), so that line N here is the line N the counts name.
 */
export function sourceLines(text: string): string[] {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').split('\n').map((l) => `${l}\n`);
  if (text === '' || /\r?\n$|\r$/.test(text)) lines.pop();
  return lines;
}

export interface CoverText {
  text: string;
  /** Executed lines. */
  hits: number;
  /** Executed lines plus executable lines never executed (pragma lines excluded). */
  lines: number;
}

/**
 * The `.cover` text of one file: `%5d: ` and the count for executed lines, `>>>>>> ` for
 * executable lines never executed (when `showMissing`), seven spaces otherwise; tabs
 * expanded to 8. `hits`/`lines` count executable lines whether or not `showMissing` is set.
 */
export function coverText(source: string[], counts: ReadonlyMap<number, number>, executable: ReadonlySet<number>, showMissing: boolean): CoverText {
  let text = '';
  let hits = 0;
  let lines = 0;
  for (let i = 0; i < source.length; i++) {
    const lineno = i + 1;
    const line = source[i]!;
    const n = counts.get(lineno);
    if (n !== undefined) {
      text += `${String(n).padStart(5)}: `;
      hits++;
      lines++;
    } else if (executable.has(lineno) && !PRAGMA_NO_COVER.test(line)) {
      text += showMissing ? '>>>>>> ' : '       ';
      lines++;
    } else {
      text += '       ';
    }
    text += expandTabs(line);
  }
  return { text, hits, lines };
}

/** One `--summary` row: `"%5d   %3d%%   %s   (%s)"`, the percentage floored as Python's `int()`. */
export function summaryRow(lines: number, hits: number, modulename: string, filename: string): string {
  const percent = Math.floor((100 * hits) / lines);
  return `${String(lines).padStart(5)}   ${String(percent).padStart(3)}%   ${modulename}   (${filename})`;
}

export const SUMMARY_HEADER = 'lines   cov%   module   (path)';
