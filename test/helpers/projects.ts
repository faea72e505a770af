/** Temporary projects on disk, and node run in them: the scaffolding of the loader tests. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of temporary project folders named `<prefix>…`, all removed after the test file's
 * tests: `project(files)` writes `files` (paths relative to the folder) and returns its real path.
 */
export function projects(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  return (files) => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    made.push(dir);
    writeFiles(dir, files);
    return dir;
  };
}

/** Writes `files` (paths relative to `dir`), making their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** `node args…` in `dir`, with no disk cache, no NODE_OPTIONS and no JSTRACE_DEBUG unless `extraEnv` sets them. */
export function runNode(dir: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, JSTRACE_CACHE: '0', ...extraEnv };
  delete env.NODE_OPTIONS;
  if (!extraEnv.JSTRACE_DEBUG) delete env.JSTRACE_DEBUG;
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
}
