/**
 * The one place the loaders turn a file's source into instrumented source, and decide what
 * happens when the instrumenter cannot parse a file (SPEC §5): if Node can, the file runs
 * uninstrumented with one warning; if Node cannot either, the load throws a `SyntaxError`
 * whose message starts with `file:line:column` and carries a code frame.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getTsconfig } from 'get-tsconfig';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
// The instrumenter (and Babel) load on the first cache miss, not at startup: a warm run never
// loads Babel, in either thread.
import { transform } from '../transform-entry.js';
import { buildFingerprint, type Cache, cacheKey, createCache, warnCacheOnce } from './cache.js';
import { shouldInstrument } from './filter.js';
import { needsBabel, TS_FILE } from '../instrument/file-kinds.js';
import { COMPILE_ONLY } from '../instrument/options.js';

const requireHere = createRequire(import.meta.url);
let cache: Cache | undefined;
let warnCache: (message: string) => void = warnCacheOnce;
let versions: { jstraceVersion: string; babelVersion: string; nodeMajor: string } | undefined;

/** The form of instrumented code (README, "Choosing files"): events (default) or counters. */
export type Probes = 'events' | 'counters';
let probes: Probes | undefined;

/**
 * The form the loaders of this thread emit: `register({ probes })`, else `JSTRACE_PROBES`,
 * else `'events'`. A bad value is one clear error.
 */
export function setProbes(value: Probes | undefined): void {
  const chosen = value ?? (process.env.JSTRACE_PROBES || undefined) ?? 'events';
  if (chosen !== 'events' && chosen !== 'counters') {
    throw new TypeError(`jstrace: probes must be 'events' or 'counters', got ${JSON.stringify(chosen)}${value === undefined ? ' (from JSTRACE_PROBES)' : ''}`);
  }
  probes = chosen;
}

/** Where this thread's cache warning goes (the ESM hooks thread relays it to the main thread). */
export function setCacheWarning(warn: (message: string) => void): void {
  warnCache = warn;
}

/** What instrumented code depends on besides the file: this bundle and every Babel package. */
function cacheVersions(): NonNullable<typeof versions> {
  if (versions) return versions;
  const pkg = requireHere('../package.json') as { version: string; dependencies: Record<string, string> };
  const babel = Object.keys(pkg.dependencies).filter((name) => name.startsWith('@babel/')).sort();
  const version = (name: string) => (requireHere(`${name}/package.json`) as { version: string }).version;
  return (versions = {
    // The instrumenter's bundle decides the output: its hash is part of the key.
    jstraceVersion: `${pkg.version}+${buildFingerprint(fileURLToPath(new URL('./instrument.cjs', import.meta.url)))}`,
    babelVersion: babel.map((name) => `${name}@${version(name)}`).join(' '),
    nodeMajor: process.versions.node.split('.')[0]!,
  });
}

/** `transform(...).code` through the disk cache (SPEC §5; JSTRACE_CACHE, JSTRACE_CACHE_DIR, JSTRACE_DEBUG=cache). */
function cachedTransform(code: string, filename: string, options: Parameters<typeof transform>[2], compileOnly: boolean): string {
  cache ??= createCache({ warn: (message) => warnCache(message) });
  if (probes === undefined) setProbes(undefined);
  if (probes === 'counters') options = { ...options, probes };
  const key = cacheKey({ source: code, filename, options: compileOnly ? { ...options, compileOnly } : options, ...cacheVersions() });
  const run = compileOnly ? { ...options, [COMPILE_ONLY]: true } : options;
  return cache.getOrTransform(key, filename, () => transform(code, filename, run).code);
}

const legacyDecorators = new Map<string, boolean>();
const tsconfigCache = new Map<string, unknown>();

/**
 * Does the `tsconfig.json` that applies to `filename` (the nearest one above it, with what it
 * `extends`) turn on TypeScript's `experimentalDecorators`? Read once per directory.
 */
function experimentalDecorators(filename: string): boolean {
  const dir = path.dirname(filename);
  let legacy = legacyDecorators.get(dir);
  if (legacy === undefined) {
    let config;
    try {
      config = getTsconfig(dir, 'tsconfig.json', tsconfigCache);
    } catch {
      config = null; // a tsconfig.json TypeScript itself could not read: its defaults
    }
    legacy = config?.config.compilerOptions?.experimentalDecorators === true;
    legacyDecorators.set(dir, legacy);
  }
  return legacy;
}

const CJS_WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

/** Would Node itself compile this CommonJS source? */
function nodeParsesCommonJS(code: string): boolean {
  try {
    vm.compileFunction(code, CJS_WRAPPER_PARAMS);
    return true;
  } catch {
    return false;
  }
}

interface InstrumentError extends Error {
  code: string;
  filename: string;
  line: number;
  column: number;
  frame: string;
}

/**
 * The `SyntaxError` to throw for a file neither Babel nor Node can parse: the user's error,
 * reported as plain node reports a syntax error (its message with `file:line:column` and the
 * code frame, one `at` line, no frames of jstrace's insides, no dump of extra properties).
 * It is the error V8 itself raises for the source where there is one, because Node prints
 * such an error as it is, without quoting the line of the `throw` that re-raised it.
 */
function userSyntaxError(e: InstrumentError, code: string): SyntaxError {
  let err: SyntaxError;
  try {
    vm.compileFunction(code, CJS_WRAPPER_PARAMS);
    err = new SyntaxError(e.message);
  } catch (native) {
    err = native instanceof SyntaxError ? native : new SyntaxError(e.message);
  }
  err.message = e.message;
  err.stack = `SyntaxError: ${e.message}\n    at ${e.filename}:${e.line}:${e.column + 1}`;
  for (const key of ['code', 'filename', 'line', 'column', 'frame'] as const) {
    Object.defineProperty(err, key, { value: e[key], enumerable: false, writable: true, configurable: true });
  }
  return err;
}

/** A file of this thread is being instrumented (see `instrumentSource`). */
let instrumenting = false;

/**
 * Instruments `code` of `filename` for the module system Node loads it as (`commonjs` or
 * `module`). TypeScript run as CommonJS gets its `import`/`export` compiled to `require`.
 */
export function instrumentSource(code: string, filename: string, format: 'module' | 'commonjs'): string {
  // A file loaded while a file is being instrumented is one of the instrumenter's own
  // dependencies (Babel's, loaded on the first cache miss), even where the include globs name
  // it: it is left as it is, as jstrace's own files are.
  if (instrumenting) return code;
  instrumenting = true;
  try {
    return instrumentOnce(code, filename, format);
  } finally {
    instrumenting = false;
  }
}

function instrumentOnce(code: string, filename: string, format: 'module' | 'commonjs'): string {
  try {
    return cachedTransform(
      code,
      filename,
      {
        sourceType: format === 'module' ? 'module' : /\.c[jt]s$/.test(filename) ? 'script' : 'unambiguous',
        module: format === 'commonjs' ? 'commonjs' : 'preserve',
        ...(TS_FILE.test(filename) && experimentalDecorators(filename) ? { decorators: 'legacy' as const } : {}),
      },
      // A TypeScript or JSX file the filter excludes (JSTRACE_EXCLUDE, node_modules) is compiled only.
      needsBabel(filename) && !shouldInstrument(filename),
    );
  } catch (err) {
    const e = err as { code?: string; stack?: string; message?: string };
    if (e?.code !== 'JSTRACE_SYNTAX_ERROR') throw err;
    if (format === 'commonjs' && /\.[cm]?jsx?$/.test(filename) && !/\.jsx$/.test(filename) && nodeParsesCommonJS(code)) {
      process.emitWarning(`${filename} could not be instrumented (${e.message!.split('\n')[0]}); it runs untraced.`, { code: 'JSTRACE_UNINSTRUMENTED' });
      return code;
    }
    throw userSyntaxError(err as InstrumentError, code);
  }
}
