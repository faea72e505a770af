/**
 * Runs every program under examples/ in a child process, from the repository root, with each
 * command its README entry (or its header comment) gives, and compares its whole stdout with
 * examples/NAME/expected.txt. Those files were checked by hand against SPEC §2–§3 and the
 * line numbers of each target.cjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(root, 'examples');

const LOADERS: Record<string, string[]> = {
  'node --import jstrace/register': ['--import', 'jstrace/register'],
  'node -r jstrace/register': ['-r', 'jstrace/register'],
  node: [],
};

/** Each example and the ways it may be started (all must print the same). */
const EXAMPLES: Record<string, (keyof typeof LOADERS)[]> = {
  'call-tracer': ['node --import jstrace/register', 'node', 'node -r jstrace/register'],
  'line-tracer': ['node --import jstrace/register', 'node', 'node -r jstrace/register'],
  'locals-printer': ['node --import jstrace/register', 'node', 'node -r jstrace/register'],
  'tiny-debugger': ['node', 'node --import jstrace/register'],
  coverage: ['node --import jstrace/register', 'node'],
  'line-counts': ['node'],
};

const runs = Object.entries(EXAMPLES).flatMap(([name, commands]) => commands.map((command) => [name, command] as const));

/** The environment of the test run, without what would change a child's output. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.JSTRACE_DEBUG;
  return env;
}

describe('examples', () => {
  it('has an entry here and in examples/README.md for every example folder', () => {
    const folders = fs
      .readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(Object.keys(EXAMPLES).sort());
    const readme = fs.readFileSync(path.join(examplesDir, 'README.md'), 'utf8');
    for (const name of folders) {
      expect(readme).toContain(`## ${name}`);
      expect(readme).toContain(`examples/${name}/main.js`);
    }
  });

  it.each(runs)('%s (%s examples/…/main.js)', (name, command) => {
    const res = spawnSync(process.execPath, [...LOADERS[command]!, path.join('examples', name, 'main.js')], {
      cwd: root,
      encoding: 'utf8',
      env: childEnv(),
      timeout: 30_000,
    });
    expect(res.error).toBeUndefined();
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const expected = fs.readFileSync(path.join(examplesDir, name, 'expected.txt'), 'utf8');
    expect(res.stdout.split('\n')).toEqual(expected.split('\n'));
  });
});
