/** A child process's whole result, and the comparison the differential suites make of two. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { expect } from 'vitest';

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** `node args…` with `options` (utf8 output); throws when the process could not run. */
export function nodeRun(args: string[], options: SpawnSyncOptions): Run {
  const res = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  if (res.error) throw res.error;
  return { stdout: res.stdout, stderr: res.stderr, status: res.status };
}

/** The exit code, whole stderr and whole stdout, each compared as it is (the code first: a crash reads best). */
export function expectSameRun(actual: Run, expected: Run): void {
  expect(actual.status).toBe(expected.status);
  expect(actual.stderr).toBe(expected.stderr);
  expect(actual.stdout).toBe(expected.stdout);
}
