// Copies dist/ aside for the length of one bench run, so a rebuild in the middle of a run
// (tsup cleans dist/ first) cannot break children or mix two builds in one table. The copy
// lives under bench/.out/ so `@babel/*` still resolves from the project's node_modules.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BENCH_DIR } from './config.mjs';

/** { path, sha256, builtAt, cleanup } for a private copy of the directory holding `distCjs`. */
export function snapshotDist(distCjs) {
  const outDir = join(BENCH_DIR, '.out');
  mkdirSync(outDir, { recursive: true });
  const dest = mkdtempSync(join(outDir, 'dist-'));
  cpSync(dirname(distCjs), dest, { recursive: true });
  const path = join(dest, basename(distCjs));
  return {
    path,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12),
    builtAt: statSync(distCjs).mtime.toISOString(),
    cleanup: () => rmSync(dest, { recursive: true, force: true }),
  };
}
