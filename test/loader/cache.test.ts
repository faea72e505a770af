/**
 * The loaders' disk cache (SPEC §5), on real files in temp folders (no fs mocks). Child Node
 * processes run a plain-JS copy of src/loader/cache.ts (transpiled by TypeScript) for the
 * per-process and cross-process behaviour: the once-per-process warning, the environment, races.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CacheKeyInput,
  buildFingerprint,
  cacheKey,
  createCache,
  decodeEntry,
  defaultCacheDir,
  encodeEntry,
  userCacheDir,
} from '../../src/loader/cache.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-cache-test-'));
let counter = 0;
let moduleUrl = '';

/** A fresh empty folder under the test's temp root. */
function tempDir(name = 'd'): string {
  const dir = path.join(root, `${name}-${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A cache that ignores the test process's own environment. */
function cacheIn(dir: string, debug?: (line: string) => void) {
  return createCache({ dir, env: {}, debug: debug ?? false });
}

const KEY_INPUT: CacheKeyInput = {
  source: 'export const x = 1;\n',
  filename: '/app/src/x.js',
  options: { sourceType: 'module', frames: 'default' },
  jstraceVersion: '0.1.0',
  babelVersion: '7.29.13',
  nodeMajor: 20,
};
const KEY = cacheKey(KEY_INPUT);
const CODE = 'var x = 1; // ünïcödé ✓ 😀\n'.repeat(20);

function entryFile(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), key);
}

/** The environment for children: the parent's, without anything that configures jstrace or Vitest. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['JSTRACE_CACHE', 'JSTRACE_CACHE_DIR', 'JSTRACE_DEBUG', 'CACHE_DIR', 'NODE_OPTIONS']) delete env[name];
  return { ...env, ...extra };
}

/** Writes an ES module that imports the cache module as `C`, and returns its path. */
function childScript(body: string): string {
  const file = path.join(tempDir('script'), 'child.mjs');
  fs.writeFileSync(file, `import * as C from ${JSON.stringify(moduleUrl)};\n${body}\n`);
  return file;
}

function runChild(body: string, args: string[] = [], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [childScript(body), ...args], { env: childEnv(env), encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

beforeAll(() => {
  const source = fs.readFileSync(path.join(here, '../../src/loader/cache.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = path.join(root, 'cache.mjs');
  fs.writeFileSync(file, js);
  moduleUrl = pathToFileURL(file).href;
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('get and set', () => {
  it('misses, then hits with the exact code after set', () => {
    const dir = tempDir();
    const cache = cacheIn(dir);
    expect(cache.dir).toBe(dir);
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, CODE);
    expect(cache.get(KEY)).toBe(CODE);
    expect(createCache({ dir, env: {} }).get(KEY)).toBe(CODE);
  });

  it('stores one file per key in a 2-character folder, with a checked header', () => {
    const dir = tempDir();
    cacheIn(dir).set(KEY, CODE);
    expect(fs.readdirSync(dir)).toEqual([KEY.slice(0, 2)]);
    expect(fs.readdirSync(path.join(dir, KEY.slice(0, 2)))).toEqual([KEY]);
    const bytes = fs.readFileSync(entryFile(dir, KEY));
    const [header] = bytes.toString('utf8').split('\n', 1);
    expect(header).toMatch(new RegExp(`^jstrace-cache v1 [0-9a-f]{64} ${Buffer.byteLength(CODE)}$`));
    expect(decodeEntry(bytes)).toBe(CODE);
  });

  it('stores the empty string', () => {
    const dir = tempDir();
    cacheIn(dir).set(KEY, '');
    expect(cacheIn(dir).get(KEY)).toBe('');
  });

  it('replaces an entry', () => {
    const dir = tempDir();
    const cache = cacheIn(dir);
    cache.set(KEY, 'old');
    cache.set(KEY, 'new');
    expect(cache.get(KEY)).toBe('new');
    expect(fs.readdirSync(path.join(dir, KEY.slice(0, 2)))).toEqual([KEY]);
  });

  it('rejects keys that are not hex digests (they would be paths)', () => {
    const cache = cacheIn(tempDir());
    for (const bad of ['../../etc/passwd', 'ab', 'ABCDEF0123', 'a/b/c/d/e/f', '']) {
      expect(() => cache.get(bad)).toThrow(TypeError);
      expect(() => cache.set(bad, 'x')).toThrow(TypeError);
    }
  });

  it('getOrTransform transforms once, then reads, with one debug line per call', () => {
    const dir = tempDir();
    const lines: string[] = [];
    const cache = cacheIn(dir, (line) => lines.push(line));
    let calls = 0;
    const transform = () => (++calls, CODE);
    expect(cache.getOrTransform(KEY, '/app/src/x.js', transform)).toBe(CODE);
    expect(cacheIn(dir, (line) => lines.push(line)).getOrTransform(KEY, '/app/src/x.js', transform)).toBe(CODE);
    expect(calls).toBe(1);
    expect(lines).toEqual(['jstrace: cache miss /app/src/x.js (transformed)', 'jstrace: cache hit /app/src/x.js']);
  });

  it('getOrTransform stores nothing when the transform throws', () => {
    const dir = tempDir();
    const lines: string[] = [];
    const cache = cacheIn(dir, (line) => lines.push(line));
    const error = new SyntaxError('bad');
    expect(() =>
      cache.getOrTransform(KEY, '/app/bad.js', () => {
        throw error;
      }),
    ).toThrow(error);
    expect(cache.get(KEY)).toBeUndefined();
    expect(lines).toEqual(['jstrace: cache miss /app/bad.js (transform failed)']);
  });
});

describe('cacheKey', () => {
  it('is a sha256 hex digest, stable for the same input', () => {
    expect(KEY).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...KEY_INPUT })).toBe(KEY);
  });

  it.each<[string, Partial<CacheKeyInput>]>([
    ['source', { source: 'export const x = 2;\n' }],
    ['filename', { filename: '/app/src/y.js' }],
    ['options', { options: { sourceType: 'script', frames: 'default' } }],
    ['options (a new option)', { options: { sourceType: 'module', frames: 'default', sourceMaps: true } }],
    ['jstraceVersion', { jstraceVersion: '0.1.1' }],
    ['babelVersion', { babelVersion: '7.30.0' }],
    ['nodeMajor', { nodeMajor: 22 }],
  ])('changes with %s', (_field, change) => {
    expect(cacheKey({ ...KEY_INPUT, ...change })).not.toBe(KEY);
  });

  it('does not confuse fields (no concatenation ambiguity)', () => {
    const a = cacheKey({ ...KEY_INPUT, jstraceVersion: '0.1', babelVersion: '0.7.29' });
    const b = cacheKey({ ...KEY_INPUT, jstraceVersion: '0.1.0', babelVersion: '7.29' });
    expect(a).not.toBe(b);
  });

  it('ignores option order and undefined options', () => {
    expect(cacheKey({ ...KEY_INPUT, options: { frames: 'default', sourceType: 'module' } })).toBe(KEY);
    expect(cacheKey({ ...KEY_INPUT, options: { frames: 'default', sourceType: 'module', sourceMaps: undefined } })).toBe(KEY);
    expect(cacheKey({ ...KEY_INPUT, options: undefined })).toBe(cacheKey({ ...KEY_INPUT, options: {} }));
  });

  it('buildFingerprint changes with the file content', () => {
    const file = path.join(tempDir(), 'bundle.js');
    fs.writeFileSync(file, 'one');
    const first = buildFingerprint(file);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    fs.writeFileSync(file, 'two');
    expect(buildFingerprint(file)).not.toBe(first);
    expect(buildFingerprint(path.join(file, 'missing'))).toBe('');
  });

  it('refuses options that are not JSON data', () => {
    expect(() => cacheKey({ ...KEY_INPUT, options: { plugin: () => {} } })).toThrow(TypeError);
  });
});

describe('corrupt entries', () => {
  const corruptions: [string, (bytes: Buffer) => Buffer][] = [
    ['truncated', (b) => b.subarray(0, b.length - 7)],
    ['truncated inside the header', (b) => b.subarray(0, 20)],
    ['empty', () => Buffer.alloc(0)],
    ['a flipped byte in the body', (b) => {
      const c = Buffer.from(b);
      c[c.length - 3] ^= 0x01;
      return c;
    }],
    ['a garbage header', (b) => Buffer.concat([Buffer.from('\u0000\u0001garbage\n'), b])],
    ['a wrong length', (b) => Buffer.from(b.toString('latin1').replace(/ (\d+)\n/, (_m, n) => ` ${Number(n) + 1}\n`), 'latin1')],
    ['another format version', (b) => Buffer.from(b.toString('latin1').replace('jstrace-cache v1', 'jstrace-cache v9'), 'latin1')],
    ['bytes appended', (b) => Buffer.concat([b, Buffer.from('\n;evil()')])],
  ];

  it.each(corruptions)('an entry %s is a miss, then rewritten', (_what, corrupt) => {
    const dir = tempDir();
    const file = entryFile(dir, KEY);
    cacheIn(dir).set(KEY, CODE);
    fs.writeFileSync(file, corrupt(fs.readFileSync(file)));

    const lines: string[] = [];
    const cache = cacheIn(dir, (line) => lines.push(line));
    expect(cache.get(KEY)).toBeUndefined();
    let calls = 0;
    expect(cache.getOrTransform(KEY, '/app/x.js', () => (++calls, CODE))).toBe(CODE);
    expect(calls).toBe(1);
    expect(lines).toEqual(['jstrace: cache miss /app/x.js (corrupt entry, transformed)']);
    expect(decodeEntry(fs.readFileSync(file))).toBe(CODE);
    expect(cacheIn(dir).get(KEY)).toBe(CODE);
  });

  it('an entry that is a folder is a miss (reads never throw)', () => {
    const dir = tempDir();
    fs.mkdirSync(entryFile(dir, KEY), { recursive: true });
    expect(cacheIn(dir).get(KEY)).toBeUndefined();
  });

  it('encodeEntry and decodeEntry round-trip', () => {
    expect(decodeEntry(encodeEntry(CODE))).toBe(CODE);
    expect(decodeEntry(Buffer.from('garbage'))).toBeUndefined();
  });
});

describe('an unwritable folder', () => {
  it('does not throw; the run goes on uncached', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const cache = cacheIn(path.join(file, 'cache'));
    expect(() => cache.set(KEY, CODE)).not.toThrow();
    expect(cache.get(KEY)).toBeUndefined();
    expect(cache.getOrTransform(KEY, '/app/x.js', () => CODE)).toBe(CODE);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('warns once per process (ENOTDIR: a folder under a regular file, which fails even for root)', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const res = runChild(
      `
      const [file] = process.argv.slice(2);
      const key = 'ab'.repeat(32);
      for (const dir of [file + '/cache', file + '/other', file]) {
        const cache = C.createCache({ dir });
        cache.set(key, 'code');
        cache.set(key, 'code');
        if (cache.get(key) !== undefined) throw new Error('hit');
        if (cache.getOrTransform(key, 'x.js', () => 'fresh') !== 'fresh') throw new Error('transform');
      }
      console.log('done');
      `,
      [file],
    );
    expect(res.stdout.trim()).toBe('done');
    expect(res.status).toBe(0);
    expect(res.stderr.match(/\[JSTRACE_CACHE\]/g)).toHaveLength(1);
    expect(res.stderr).toMatch(/jstrace cannot write its cache in .*a-file\/cache \(ENOTDIR: /);
    expect(res.stderr).not.toMatch(/ at /); // no stack
  });

  it('hands the message to the warn option instead, once per cache', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const messages: string[] = [];
    const cache = createCache({ dir: path.join(file, 'cache'), env: {}, warn: (m) => messages.push(m) });
    cache.set(KEY, CODE);
    cache.set(cacheKey({ ...KEY_INPUT, source: 'other' }), CODE);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^jstrace cannot write its cache in .*a-file\/cache \(ENOTDIR: /);
  });

  it.skipIf(process.getuid?.() === 0)('warns once for a read-only folder (chmod 0o500; not enforced for root)', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    try {
      const res = runChild(`const c = C.createCache({ dir: process.argv[2] }); c.set('ab'.repeat(32), 'x'); c.set('cd'.repeat(32), 'y');`, [dir]);
      expect(res.status).toBe(0);
      expect(res.stderr.match(/\[JSTRACE_CACHE\]/g)).toHaveLength(1);
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });
});

describe('the environment', () => {
  it('JSTRACE_CACHE=0 writes nothing', () => {
    const dir = tempDir();
    for (const off of ['0', 'false', 'off']) {
      const cache = createCache({ env: { JSTRACE_CACHE: off, JSTRACE_CACHE_DIR: dir }, debug: false });
      expect(cache.dir).toBeUndefined();
      cache.set(KEY, CODE);
      expect(cache.get(KEY)).toBeUndefined();
      expect(cache.getOrTransform(KEY, '/app/x.js', () => CODE)).toBe(CODE);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('JSTRACE_CACHE=0 in a real process: nothing written, the debug line says the cache is off', () => {
    const dir = path.join(tempDir(), 'cache');
    const res = runChild(
      `const c = C.createCache(); c.set('ab'.repeat(32), 'x'); process.stdout.write(c.getOrTransform('ab'.repeat(32), '/app/x.js', () => 'y'));`,
      [],
      { JSTRACE_CACHE: '0', JSTRACE_CACHE_DIR: dir, JSTRACE_DEBUG: 'cache' },
    );
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('y');
    expect(res.stderr).toBe('jstrace: cache off /app/x.js (transformed)\n');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('JSTRACE_CACHE_DIR sets the folder (relative to cwd), and an explicit dir wins', () => {
    const cwd = tempDir();
    expect(createCache({ cwd, env: { JSTRACE_CACHE_DIR: 'my-cache' } }).dir).toBe(path.join(cwd, 'my-cache'));
    expect(createCache({ cwd, env: { JSTRACE_CACHE_DIR: '/elsewhere' }, dir: '/explicit' }).dir).toBe('/explicit');
  });

  it('JSTRACE_DEBUG=cache prints one line per file to stderr', () => {
    const dir = tempDir();
    const body = `
      const c = C.createCache();
      const key = (s) => C.cacheKey({ source: s, filename: '/f', jstraceVersion: '1', babelVersion: '7', nodeMajor: 20 });
      c.getOrTransform(key('a'), '/app/a.js', () => 'A');
      c.getOrTransform(key('a'), '/app/a.js', () => 'A');
      c.getOrTransform(key('b'), '/app/b.mjs', () => 'B');
    `;
    const debug = runChild(body, [], { JSTRACE_CACHE_DIR: dir, JSTRACE_DEBUG: 'loader,cache' });
    expect(debug.status).toBe(0);
    expect(debug.stderr.split('\n')).toEqual([
      'jstrace: cache miss /app/a.js (transformed)',
      'jstrace: cache hit /app/a.js',
      'jstrace: cache miss /app/b.mjs (transformed)',
      '',
    ]);
    const quiet = runChild(body, [], { JSTRACE_CACHE_DIR: dir });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('concurrent processes', () => {
  it('two processes racing on one key never see half an entry', async () => {
    const dir = tempDir();
    const go = path.join(tempDir(), 'go');
    const stop = path.join(tempDir(), 'stop');
    const content = 'x'.repeat(64) + '\n' + Array.from({ length: 10_000 }, (_, i) => `line ${i} ✓`).join('\n');
    const contentFile = path.join(tempDir(), 'content.txt');
    fs.writeFileSync(contentFile, content);

    // Each writer waits for the start signal, then sets the key and reads it back 50 times.
    const writer = childScript(`
      import fs from 'node:fs';
      const [dir, go, contentFile] = process.argv.slice(2);
      const content = fs.readFileSync(contentFile, 'utf8');
      const cache = C.createCache({ dir, enabled: true, debug: false });
      const key = ${JSON.stringify(KEY)};
      while (!fs.existsSync(go)) {}
      const seen = { miss: 0, hit: 0, bad: 0, missAfterOwnSet: 0 };
      let written = false;
      for (let i = 0; i < 50; i++) {
        const before = cache.get(key);
        seen[before === undefined ? 'miss' : before === content ? 'hit' : 'bad']++;
        if (before === undefined && written) seen.missAfterOwnSet++;
        cache.set(key, content);
        written = true;
        const after = cache.get(key);
        seen[after === undefined ? 'miss' : after === content ? 'hit' : 'bad']++;
        if (after === undefined) seen.missAfterOwnSet++;
      }
      console.log(JSON.stringify(seen));
    `);
    // A reader checks the raw entry file as fast as it can while the writers run.
    const reader = childScript(`
      import fs from 'node:fs';
      const [file, go, stop] = process.argv.slice(2);
      while (!fs.existsSync(go)) {}
      const seen = { absent: 0, valid: 0, invalid: 0 };
      while (!fs.existsSync(stop)) {
        let bytes;
        try { bytes = fs.readFileSync(file); } catch { seen.absent++; continue; }
        seen[C.decodeEntry(bytes) === undefined ? 'invalid' : 'valid']++;
      }
      console.log(JSON.stringify(seen));
    `);
    const run = (script: string, args: string[]) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [script, ...args], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
      });

    const writers = [run(writer, [dir, go, contentFile]), run(writer, [dir, go, contentFile])];
    const readerDone = run(reader, [entryFile(dir, KEY), go, stop]);
    await new Promise((r) => setTimeout(r, 300)); // let the children start and spin
    fs.writeFileSync(go, '');
    const results = (await Promise.all(writers)).map((out) => JSON.parse(out));
    fs.writeFileSync(stop, '');
    const raw = JSON.parse(await readerDone);

    for (const seen of results) {
      expect(seen.bad).toBe(0);
      expect(seen.missAfterOwnSet).toBe(0);
      expect(seen.hit + seen.miss).toBe(100);
      expect(seen.hit).toBeGreaterThanOrEqual(50);
    }
    expect(raw.invalid).toBe(0);
    expect(cacheIn(dir).get(KEY)).toBe(content);
    // No temp file is left behind.
    expect(fs.readdirSync(path.join(dir, KEY.slice(0, 2)))).toEqual([KEY]);
  });
});

describe('defaultCacheDir', () => {
  const home = '/home/ann';

  it('is node_modules/.cache/jstrace of the nearest package above cwd', () => {
    const pkg = tempDir('pkg');
    fs.writeFileSync(path.join(pkg, 'package.json'), '{}');
    const deep = path.join(pkg, 'src', 'deep');
    fs.mkdirSync(deep, { recursive: true });
    const expected = path.join(pkg, 'node_modules', '.cache', 'jstrace');
    expect(defaultCacheDir(deep, { env: {}, homedir: home })).toBe(expected);
    expect(defaultCacheDir(pkg, { env: {}, homedir: home })).toBe(expected);
    fs.mkdirSync(path.join(pkg, 'node_modules'));
    expect(defaultCacheDir(deep, { env: {}, homedir: home })).toBe(expected);
    expect(createCache({ cwd: deep, env: {} }).dir).toBe(expected);
  });

  it('picks the innermost package', () => {
    const outer = tempDir('outer');
    fs.writeFileSync(path.join(outer, 'package.json'), '{}');
    const inner = path.join(outer, 'packages', 'inner');
    fs.mkdirSync(path.join(inner, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(inner, 'package.json'), '{}');
    expect(defaultCacheDir(path.join(inner, 'lib'), { env: {} })).toBe(path.join(inner, 'node_modules', '.cache', 'jstrace'));
  });

  it('falls back to the user cache folder when the package cannot have node_modules', () => {
    const pkg = tempDir('pkg');
    fs.writeFileSync(path.join(pkg, 'package.json'), '{}');
    fs.writeFileSync(path.join(pkg, 'node_modules'), 'a file, not a folder');
    expect(defaultCacheDir(pkg, { env: { XDG_CACHE_HOME: '/xdg/cache' }, platform: 'linux', homedir: home })).toBe('/xdg/cache/jstrace');
  });

  const packageAboveTemp = (() => {
    for (let dir = os.tmpdir(); ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json'))) return true;
      if (path.dirname(dir) === dir) return false;
    }
  })();

  it.skipIf(packageAboveTemp)('falls back to $XDG_CACHE_HOME/jstrace, then ~/.cache/jstrace, with no package', () => {
    const lone = tempDir('lone');
    expect(defaultCacheDir(lone, { env: { XDG_CACHE_HOME: '/xdg/cache' }, platform: 'linux', homedir: home })).toBe('/xdg/cache/jstrace');
    expect(defaultCacheDir(lone, { env: {}, platform: 'linux', homedir: home })).toBe('/home/ann/.cache/jstrace');
    expect(defaultCacheDir(lone, { env: {}, platform: 'darwin', homedir: '/Users/ann' })).toBe('/Users/ann/Library/Caches/jstrace');
  });

  it('follows the platform conventions for the user cache folder', () => {
    expect(userCacheDir({ env: { XDG_CACHE_HOME: '/xdg' }, platform: 'linux', homedir: home })).toBe('/xdg/jstrace');
    expect(userCacheDir({ env: { XDG_CACHE_HOME: 'relative/ignored' }, platform: 'linux', homedir: home })).toBe('/home/ann/.cache/jstrace');
    expect(userCacheDir({ env: {}, platform: 'freebsd', homedir: home })).toBe('/home/ann/.cache/jstrace');
    expect(userCacheDir({ env: { XDG_CACHE_HOME: '/xdg' }, platform: 'darwin', homedir: '/Users/ann' })).toBe('/Users/ann/Library/Caches/jstrace');
    expect(userCacheDir({ env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, platform: 'win32', homedir: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Local\\jstrace\\Cache',
    );
    expect(userCacheDir({ env: {}, platform: 'win32', homedir: 'C:\\Users\\ann' })).toBe('C:\\Users\\ann\\AppData\\Local\\jstrace\\Cache');
    expect(userCacheDir({ env: {}, platform: 'linux', homedir: '' })).toBeUndefined();
  });

  it('honours CACHE_DIR, the find-cache-dir convention, unless it is a boolean-like value', () => {
    const pkg = tempDir('pkg');
    fs.writeFileSync(path.join(pkg, 'package.json'), '{}');
    expect(defaultCacheDir(pkg, { env: { CACHE_DIR: '/shared/cache' } })).toBe('/shared/cache/jstrace');
    expect(defaultCacheDir(pkg, { env: { CACHE_DIR: 'true' } })).toBe(path.join(pkg, 'node_modules', '.cache', 'jstrace'));
  });
});
