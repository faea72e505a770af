/**
 * README claims checked as a new user reads them: the register settings and the "Use" snippet,
 * in both module systems.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runtimeCjs = path.join(root, 'dist/index.cjs');
const runtimeEsm = path.join(root, 'dist/index.js');
const registerCjs = path.join(root, 'dist/register.cjs');
const registerEsm = path.join(root, 'dist/register.js');
const loaderCjs = path.join(root, 'dist/loader.cjs');
const J = JSON.stringify;

function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-readme-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
function run(dir: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, JSTRACE_CACHE: '0', ...extraEnv };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env, timeout: 30_000 });
}

const app = 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = add(1, 2);\n';
const seen = (req: string) =>
  `const { settrace } = require(${J(runtimeCjs)});\nconst s = new Set();\nsettrace((f) => { s.add(require('path').relative(process.cwd(), f.f_code.co_filename)); return null; });\n${req}\nsettrace(null);\nconsole.log([...s].sort().join(' '));\n`;

describe('README: jstrace/register settings', () => {
  it('JSTRACE_INCLUDE / JSTRACE_EXCLUDE / package.json "jstrace" include+exclude', () => {
    const files = { 'lib/a.cjs': 'module.exports = () => 1;\n', 'lib/b.cjs': 'module.exports = () => 2;\n', 'app.cjs': app };
    const main = seen("require('./lib/a.cjs')(); require('./lib/b.cjs')(); require('./app.cjs');");
    const dir = project({ 'package.json': '{}', 'main.cjs': main, ...files });
    expect(run(dir, ['-r', registerCjs, 'main.cjs']).stdout).toBe('app.cjs lib/a.cjs lib/b.cjs\n');
    expect(run(dir, ['-r', registerCjs, 'main.cjs'], { JSTRACE_INCLUDE: 'lib/**' }).stdout).toBe('lib/a.cjs lib/b.cjs\n');
    expect(run(dir, ['-r', registerCjs, 'main.cjs'], { JSTRACE_EXCLUDE: 'lib/b.cjs' }).stdout).toBe('app.cjs lib/a.cjs\n');
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "jstrace": { "include": ["lib/**"], "exclude": ["lib/b.cjs"] } }');
    expect(run(dir, ['-r', registerCjs, 'main.cjs']).stdout).toBe('lib/a.cjs\n');
    expect(run(dir, ['-r', registerCjs, 'main.cjs'], { JSTRACE_INCLUDE: 'app.cjs' }).stdout).toBe('app.cjs\n');
  });

  it('JSTRACE_DEBUG=cache: a miss, then a hit', () => {
    const dir = project({ 'package.json': '{}', 'app.cjs': app });
    const cache = path.join(dir, 'cache');
    const env = { JSTRACE_CACHE: '', JSTRACE_CACHE_DIR: cache, JSTRACE_DEBUG: 'cache' };
    expect(run(dir, ['-r', registerCjs, 'app.cjs'], env).stderr).toBe(`jstrace: cache miss ${path.join(dir, 'app.cjs')} (transformed)\n`);
    expect(run(dir, ['-r', registerCjs, 'app.cjs'], env).stderr).toBe(`jstrace: cache hit ${path.join(dir, 'app.cjs')}\n`);
  });

  it('register() with a malformed include gives a clear TypeError and leaves nothing installed', () => {
    const dir = project({ 'package.json': '{}' });
    fs.writeFileSync(
      path.join(dir, 'main.cjs'),
      `const { register } = require(${J(loaderCjs)});\ntry { register({ include: 'lib/**' }); } catch (e) { console.log(e.name, e.message); }\ntry { register({ include: ['lib/**'] })(); console.log('retry ok'); } catch (e) { console.log('retry:', e.message); }\n`,
    );
    const lines = run(dir, ['main.cjs']).stdout.split('\n');
    expect(lines[0]).toMatch(/^TypeError .*include/);
    expect(lines[0]).not.toContain('?.some');
    expect(lines[1]).toBe('retry ok');
  });

});

describe('README: snippets', () => {
  it('the "Use" snippet runs as an .mjs under --import jstrace/register', () => {
    const dir = project({
      'package.json': '{}',
      'app.cjs': app,
      'my-tracer.mjs': `import { settrace } from ${J(runtimeEsm)};\nfunction tracer(frame, event, arg) {\n  console.log(event, frame.f_code.co_name, frame.f_lineno);\n  return tracer;\n}\nsettrace(tracer);\nawait import('./app.cjs');\nsettrace(null);\n`,
    });
    const res = run(dir, ['--import', registerEsm, 'my-tracer.mjs']);
    expect([res.stdout, res.stderr, res.status]).toEqual(['call <module> 1\nline <module> 4\ncall add 1\nline add 2\nreturn add 2\nreturn <module> 4\n', '', 0]);
  });

  it('the "Use" snippet as CommonJS under -r jstrace/register', () => {
    const dir = project({
      'package.json': '{}',
      'app.cjs': app,
      'my-tracer.cjs': `const { settrace } = require(${J(runtimeCjs)});\nfunction tracer(frame, event, arg) {\n  console.log(event, frame.f_code.co_name, frame.f_lineno);\n  return tracer;\n}\nsettrace(tracer);\nrequire('./app.cjs');\nsettrace(null);\n`,
    });
    const res = run(dir, ['-r', registerCjs, 'my-tracer.cjs']);
    expect(res.stdout).toBe('call <module> 1\nline <module> 4\ncall add 1\nline add 2\nreturn add 2\nreturn <module> 4\n');
  });

});
