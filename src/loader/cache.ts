/**
 * The loaders' disk cache of instrumented source (SPEC §5).
 *
 * - One file per key, fanned out into 2-character folders: `<dir>/ab/abcdef…`.
 * - Each entry starts with a header line, `jstrace-cache v1 <sha256 of body> <byte length of body>`,
 *   then the body (the instrumented code, UTF-8). A truncated, altered or foreign entry fails the
 *   check and is a miss; the caller's next `set` replaces it.
 * - Writes go to a uniquely named temp file in the same folder (pid, thread id, random) and are
 *   then `rename`d over the entry, so concurrent processes see the old entry, the new one, or none,
 *   never half of one.
 * - Reads never throw. The first failed write warns once per process (`process.emitWarning`, code
 *   `JSTRACE_CACHE`, see `warnCacheOnce`); that cache then stops writing and the run goes on
 *   uncached (it still reads, which serves a read-only, pre-filled cache).
 *
 * Environment (read by `createCache` when the matching option is not given):
 * - `JSTRACE_CACHE_DIR=<folder>`: where entries live (relative paths are resolved against cwd).
 * - `JSTRACE_CACHE=0` (or `false`, `off`, `no`): no cache; nothing is read or written.
 * - `JSTRACE_DEBUG=cache` (a comma- or space-separated list; `*` turns on every topic): one line
 *   per file on stderr, from `getOrTransform`:
 *     `jstrace: cache hit <file>`                          read from the cache, not transformed
 *     `jstrace: cache miss <file> (transformed)`           no entry; transformed and stored
 *     `jstrace: cache miss <file> (corrupt entry, transformed)`  entry failed its check; replaced
 *     `jstrace: cache miss <file> (transform failed)`      the transform threw; nothing stored
 *     `jstrace: cache off <file> (transformed)`            the cache is turned off or has no folder
 * - `CACHE_DIR=<folder>`: the find-cache-dir convention shared by nyc, AVA, babel-loader…; when
 *   set (and not `true`/`false`/`1`/`0`) the default folder is `<folder>/jstrace`.
 *
 * This module depends on nothing but Node's built-ins (no runtime, no Babel).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The name of the cache folder (`node_modules/.cache/jstrace`, `~/.cache/jstrace`…). */
const NAME = 'jstrace';

/** The first word of every entry: bump the version whenever the entry layout changes. */
export const ENTRY_MAGIC = 'jstrace-cache v1';

const HEADER = /^jstrace-cache v1 ([0-9a-f]{64}) (\d+)$/;
const MAX_HEADER = 128;
const KEY = /^[0-9a-f]{8,128}$/;
const WARNED = Symbol.for('jstrace.cache.warned');

// ---------------------------------------------------------------------------------------------
// Keys

/** What an instrumented file depends on: every field changes the key. */
export interface CacheKeyInput {
  /** The file's source as read from disk (before any transformation). */
  source: string;
  /** The absolute file name (it is compiled into the instrumented code). */
  filename: string;
  /** The transform options (plain JSON data; key order and `undefined` values do not matter). */
  options?: unknown;
  /** jstrace's version; include a build fingerprint so that rebuilds of one version differ. */
  jstraceVersion: string;
  /** `@babel/core`'s `version`. */
  babelVersion: string;
  /** `process.versions.node`'s major number. */
  nodeMajor: number | string;
}

/**
 * The cache key of one file: a sha256 hex digest of the source, file name, options and versions.
 *
 * @example
 * ```ts
 * const key = cacheKey({ source, filename, options: { sourceType: 'module' },
 *   jstraceVersion: '0.1.0', babelVersion: '7.29.13', nodeMajor: 20 });
 * // => 'c0ffee…' (64 hex digits)
 * ```
 */
export function cacheKey(input: CacheKeyInput): string {
  const meta = [
    ENTRY_MAGIC,
    String(input.filename),
    canonicalJson(input.options ?? {}),
    String(input.jstraceVersion),
    String(input.babelVersion),
    String(input.nodeMajor),
  ];
  // JSON text has no raw newline, so the newline unambiguously ends the metadata.
  return createHash('sha256').update(JSON.stringify(meta)).update('\n').update(input.source).digest('hex');
}

/**
 * A short content hash of a file (16 hex digits), or `''` when it cannot be read. Meant for the
 * running jstrace bundle, so that `jstraceVersion` changes with every rebuild of one version.
 *
 * @example
 * ```ts
 * const jstraceVersion = `0.1.0+${buildFingerprint(fileURLToPath(import.meta.url))}`; // '0.1.0+3f2a…'
 * ```
 */
export function buildFingerprint(file: string): string {
  try {
    return sha256(fs.readFileSync(file)).slice(0, 16);
  } catch {
    return '';
  }
}

/** JSON with sorted object keys and `undefined` members dropped; throws on non-JSON values. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError(`jstrace cacheKey: options must be plain JSON data, got ${typeof value} ${String(value)}`);
}

// ---------------------------------------------------------------------------------------------
// Entries

/**
 * An entry's bytes: the header line, then the code.
 *
 * @example
 * ```ts
 * encodeEntry('x = 1').toString(); // 'jstrace-cache v1 <sha256 of "x = 1"> 5\nx = 1'
 * ```
 */
export function encodeEntry(code: string): Buffer {
  const body = Buffer.from(code, 'utf8');
  return Buffer.concat([Buffer.from(`${ENTRY_MAGIC} ${sha256(body)} ${body.length}\n`), body]);
}

/**
 * The code stored in an entry, or `undefined` when the entry is truncated, altered or not an entry.
 *
 * @example
 * ```ts
 * decodeEntry(encodeEntry('x = 1')); // 'x = 1'
 * decodeEntry(Buffer.from('garbage')); // undefined
 * ```
 */
export function decodeEntry(bytes: Buffer): string | undefined {
  const newline = bytes.subarray(0, MAX_HEADER).indexOf(10);
  if (newline < 0) return undefined;
  const header = HEADER.exec(bytes.subarray(0, newline).toString('latin1'));
  if (!header) return undefined;
  const body = bytes.subarray(newline + 1);
  if (body.length !== Number(header[2]) || sha256(body) !== header[1]) return undefined;
  return body.toString('utf8');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Folders

/** Where to look for the environment and the user's home (parameters for tests). */
export interface CacheDirContext {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  homedir?: string;
}

/**
 * The default cache folder, as find-cache-dir finds it: `$CACHE_DIR/jstrace` when `CACHE_DIR` is
 * set; else `node_modules/.cache/jstrace` of the nearest folder above `cwd` holding a
 * `package.json`, if its `node_modules` is a writable folder or can be created; else the user's
 * cache folder (`userCacheDir`). `undefined` when there is none (no home folder).
 *
 * @example
 * ```ts
 * defaultCacheDir('/home/ann/app/src'); // '/home/ann/app/node_modules/.cache/jstrace'
 * defaultCacheDir('/'); // '/home/ann/.cache/jstrace' (or $XDG_CACHE_HOME/jstrace)
 * ```
 */
export function defaultCacheDir(cwd: string = process.cwd(), context: CacheDirContext = {}): string | undefined {
  const env = context.env ?? process.env;
  const shared = env.CACHE_DIR;
  if (shared && !['true', 'false', '1', '0'].includes(shared)) return path.resolve(cwd, shared, NAME);
  const pkg = nearestPackageDir(cwd);
  if (pkg !== undefined && canHaveNodeModules(pkg)) return path.join(pkg, 'node_modules', '.cache', NAME);
  return userCacheDir(context);
}

/**
 * The user's cache folder for jstrace, by the platform's convention: `$XDG_CACHE_HOME/jstrace` or
 * `~/.cache/jstrace` (Linux and other Unixes), `~/Library/Caches/jstrace` (macOS),
 * `%LOCALAPPDATA%\jstrace\Cache` (Windows). `undefined` when the home folder is unknown.
 *
 * @example
 * ```ts
 * userCacheDir({ platform: 'darwin', homedir: '/Users/ann' }); // '/Users/ann/Library/Caches/jstrace'
 * ```
 */
export function userCacheDir(context: CacheDirContext = {}): string | undefined {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const home = context.homedir ?? safeHomedir();
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || (home && p.join(home, 'AppData', 'Local'));
    return local ? p.join(local, NAME, 'Cache') : undefined;
  }
  if (platform === 'darwin') return home ? p.join(home, 'Library', 'Caches', NAME) : undefined;
  // The XDG Base Directory spec: a relative $XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && p.isAbsolute(xdg)) return p.join(xdg, NAME);
  return home ? p.join(home, '.cache', NAME) : undefined;
}

/** The nearest folder at or above `cwd` that holds a `package.json`. */
function nearestPackageDir(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Whether `<pkg>/node_modules` is a writable folder, or absent from a writable `pkg`. */
function canHaveNodeModules(pkg: string): boolean {
  const nodeModules = path.join(pkg, 'node_modules');
  const stat = fs.statSync(nodeModules, { throwIfNoEntry: false });
  if (stat) return stat.isDirectory() && isWritable(nodeModules);
  return isWritable(pkg);
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function safeHomedir(): string | undefined {
  try {
    return os.homedir() || undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The cache

export interface CacheOptions {
  /** The folder (default: `$JSTRACE_CACHE_DIR`, else `defaultCacheDir(cwd)`). */
  dir?: string;
  /** Whether to use the cache at all (default: unless `JSTRACE_CACHE` is `0`/`false`/`off`/`no`). */
  enabled?: boolean;
  /** Print one line per file from `getOrTransform` (default: `JSTRACE_DEBUG` lists `cache`); a function receives the lines instead of stderr. */
  debug?: boolean | ((line: string) => void);
  /** Where relative folders and the nearest package are resolved from (default `process.cwd()`). */
  cwd?: string;
  /** The environment to read (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /**
   * Receives the message when a write fails (at most once per cache; default `warnCacheOnce`).
   * Node 20 runs ES module hooks on a thread of their own, whose warning would be a second one:
   * there, pass a function that posts the message to the main thread, which calls `warnCacheOnce`.
   */
  warn?: (message: string) => void;
}

export interface Cache {
  /** The folder in use, or `undefined` when the cache is off. */
  readonly dir: string | undefined;
  /** The stored code for `key`, or `undefined` (absent, corrupt, unreadable, or cache off). No I/O error escapes; only a malformed key throws (`TypeError`, a programming error). */
  get(key: string): string | undefined;
  /** Stores `code` under `key` atomically. Never throws on I/O errors (warns once per process). */
  set(key: string, code: string): void;
  /** The stored code for `key`, or `transform()`'s result, stored; prints the `JSTRACE_DEBUG=cache` line for `filename`. */
  getOrTransform(key: string, filename: string, transform: () => string): string;
}

type Lookup = { kind: 'hit'; code: string } | { kind: 'absent' } | { kind: 'corrupt' };

/**
 * A disk cache of instrumented code, configured from the options or else the environment.
 *
 * @example
 * ```ts
 * const cache = createCache();
 * const key = cacheKey({ source, filename, options, jstraceVersion, babelVersion, nodeMajor });
 * const code = cache.getOrTransform(key, filename, () => transform(source, filename, options).code);
 * ```
 */
export function createCache(options: CacheOptions = {}): Cache {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const log = debugSink(options.debug ?? debugTopics(env.JSTRACE_DEBUG).has('cache'));
  const enabled = options.enabled ?? !/^(0|false|off|no)$/i.test(env.JSTRACE_CACHE ?? '');
  const chosen = options.dir ?? (env.JSTRACE_CACHE_DIR || undefined);
  const dir = !enabled ? undefined : chosen !== undefined ? path.resolve(cwd, chosen) : defaultCacheDir(cwd, { env });
  return dir === undefined ? offCache(log) : diskCache(dir, log, options.warn ?? warnCacheOnce);
}

/** The topics named in `JSTRACE_DEBUG` (`*` stands for all). */
export function debugTopics(value: string | undefined): { has(topic: string): boolean } {
  const topics = new Set((value ?? '').split(/[\s,]+/).filter(Boolean));
  return { has: (topic) => topics.has(topic) || topics.has('*') };
}

function debugSink(debug: boolean | ((line: string) => void)): ((line: string) => void) | undefined {
  if (typeof debug === 'function') return debug;
  return debug ? writeStderr : undefined;
}

/** Writes synchronously (ordered with the program's output, kept on `process.exit`). */
export function writeStderr(line: string): void {
  try {
    fs.writeSync(2, `${line}\n`);
  } catch {
    process.stderr.write(`${line}\n`);
  }
}

function offCache(log: ((line: string) => void) | undefined): Cache {
  return {
    dir: undefined,
    get(key) {
      checkKey(key);
      return undefined;
    },
    set(key) {
      checkKey(key);
    },
    getOrTransform(key, filename, transform) {
      checkKey(key);
      const code = transform();
      log?.(`jstrace: cache off ${filename} (transformed)`);
      return code;
    },
  };
}

function diskCache(dir: string, log: ((line: string) => void) | undefined, warn: (message: string) => void): Cache {
  let writable = true;
  const entry = (key: string) => path.join(dir, key.slice(0, 2), key);

  function lookup(key: string): Lookup {
    checkKey(key);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(entry(key));
    } catch {
      return { kind: 'absent' };
    }
    const code = decodeEntry(bytes);
    return code === undefined ? { kind: 'corrupt' } : { kind: 'hit', code };
  }

  function set(key: string, code: string): void {
    checkKey(key);
    if (!writable) return;
    const error = writeAtomic(entry(key), encodeEntry(code));
    if (error) {
      writable = false;
      warn(writeFailure(dir, error));
    }
  }

  return {
    dir,
    get: (key) => {
      const found = lookup(key);
      return found.kind === 'hit' ? found.code : undefined;
    },
    set,
    getOrTransform(key, filename, transform) {
      const found = lookup(key);
      if (found.kind === 'hit') {
        log?.(`jstrace: cache hit ${filename}`);
        return found.code;
      }
      const why = found.kind === 'corrupt' ? 'corrupt entry, transformed' : 'transformed';
      let code: string;
      try {
        code = transform();
      } catch (error) {
        log?.(`jstrace: cache miss ${filename} (transform failed)`);
        throw error;
      }
      set(key, code);
      log?.(`jstrace: cache miss ${filename} (${why})`);
      return code;
    },
  };
}

/** Keys are lowercase hex (as `cacheKey` makes them): they are file names, never paths. */
function checkKey(key: string): void {
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new TypeError(`jstrace cache: a key must be 8 to 128 lowercase hex digits, got ${JSON.stringify(key)}`);
  }
}

/**
 * Writes `bytes` to a unique temp file beside `file`, then renames it over `file`. Returns the
 * error that stopped it, or `undefined`. Losing a rename race on Windows (the entry is open in
 * another process) is not an error: the other process wrote the same content.
 */
function writeAtomic(file: string, bytes: Buffer): NodeJS.ErrnoException | undefined {
  const tmp = `${file}.${process.pid}.${threadId}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, file);
    return undefined;
  } catch (error) {
    removeQuietly(tmp);
    const e = error as NodeJS.ErrnoException;
    const lostRace = (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY') && e.syscall === 'rename' && fs.existsSync(file);
    return lostRace ? undefined : e;
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // It was never created, or is already gone.
  }
}

function writeFailure(dir: string, error: NodeJS.ErrnoException): string {
  return (
    `jstrace cannot write its cache in ${dir} (${error.message ?? String(error)}); going on without it. ` +
    'Set JSTRACE_CACHE_DIR to a writable folder, or JSTRACE_CACHE=0 to turn the cache off.'
  );
}

/**
 * Emits the cache warning (code `JSTRACE_CACHE`) unless this thread already did: once per process
 * when the caches live on one thread (every copy of this module in the realm shares the flag).
 *
 * @example
 * ```ts
 * // Main thread, Node 20: relay the ESM hooks thread's cache warning.
 * port.on('message', (m) => m?.type === 'jstrace-cache-warning' && warnCacheOnce(m.message));
 * ```
 */
export function warnCacheOnce(message: string): void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (g[WARNED]) return;
  g[WARNED] = true;
  process.emitWarning(message, { code: 'JSTRACE_CACHE' });
}
