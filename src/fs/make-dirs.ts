/** Directory creation that cannot hang. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Creates `dir` and its missing parents one at a time, as `mkdir -p` does. Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns when a parent is a directory that refuses
 * new entries with ENOENT (as /proc does); this throws that ENOENT instead.
 *
 * @example
 * makeDirs('coverage/lcov'); // coverage/ and coverage/lcov/ now exist
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d);
    } catch (err) {
      // Another process made it in between: that is what was asked.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(d).isDirectory()) throw err;
    }
  }
}
