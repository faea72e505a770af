/**
 * Node's module hooks. `load` instruments files outside node_modules and gives TypeScript
 * files their format by Node's rules (`.mts` ESM, `.cts` CommonJS, `.ts` and `.tsx` by the
 * nearest package.json `type`). `resolve` finds `./x.ts` for `import './x.js'`, as
 * TypeScript's NodeNext resolution does.
 *
 * The hooks come in two forms:
 * - synchronous, for `module.registerHooks` (Node 22.15+): they run in the loading thread (a
 *   load costs a function call) and `require()` runs them too, so they instrument CommonJS
 *   as well and no require hook is installed;
 * - asynchronous, for `module.register` (Node 20, module-hooks-async.ts): they run in a
 *   thread of their own (a load costs a message each way) and only `import` runs them, so
 *   they instrument ES modules and leave CommonJS to the require hook (require-hook.ts).
 * This module holds the decisions; each form only awaits or not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TS_FILE } from '../instrument/file-kinds.js';
import { tsFormat } from './ts-format.js';
import { shouldInstrument } from './filter.js';
import { instrumentSource } from './instrument-file.js';

export interface LoadResult {
  format?: string | null;
  source?: string | ArrayBuffer | Uint8Array | null;
  shortCircuit?: boolean;
}
export interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}
export interface LoadContext {
  format?: string | null;
}
export interface ResolveContext {
  parentURL?: string;
}

const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/**
 * The TypeScript names to try if `specifier` is not found, or undefined when a failure to find
 * it stands: only `./x.js`-style specifiers imported from a TypeScript file are retried. Decided
 * before resolving, so that every other failure is thrown by Node's own code, with Node's stack
 * and crash header (not a re-throw in a hook of ours).
 */
export function typeScriptCandidates(specifier: string, context: ResolveContext): string[] | undefined {
  // A query or a hash (`./mod.js?fresh=1`, cache busting) stays as it is on the candidate.
  const [, file, suffix] = /^([^?#]*)(.*)$/s.exec(specifier)!;
  const ext = path.extname(file!);
  const parent = context.parentURL;
  if (!JS_TO_TS[ext] || !parent?.startsWith('file:') || !TS_FILE.test(fileURLToPath(parent))) return undefined;
  return JS_TO_TS[ext]!.map((ts) => file!.slice(0, -ext.length) + ts + suffix);
}

/** Is `err` a module that was not found? `import` fails with ERR_MODULE_NOT_FOUND; `require()` (in-thread hooks) with MODULE_NOT_FOUND. */
export function notFound(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * A TypeScript file's load result, compiled and instrumented, without asking Node (which may
 * not load TypeScript at all); undefined for any other URL. With `commonJs` false (the
 * `module.register` form) a CommonJS TypeScript file is handed, without source, to the require
 * hook, which compiles it.
 */
export function loadTypeScript(url: string, commonJs: boolean): LoadResult | undefined {
  if (!url.startsWith('file:')) return undefined;
  // The file's path, without the URL's query or hash (`./mod.ts?fresh=1` is mod.ts).
  const filename = fileURLToPath(url);
  if (!TS_FILE.test(filename)) return undefined;
  const format = tsFormat(filename);
  if (format === 'commonjs' && !commonJs) return { format, shortCircuit: true };
  // TypeScript must be compiled even where it is not instrumented (node_modules).
  return { format, source: instrumentSource(fs.readFileSync(filename, 'utf8'), filename, format), shortCircuit: true };
}

/**
 * Is this load a CommonJS file? `require()` of a `.js` file leaves the format open (Node picks
 * CommonJS, or ESM by syntax detection); it is instrumented as the require hook instruments it
 * on Node 20, as CommonJS that may use `import`/`export`.
 */
function isCommonJs(url: string, format: string | null | undefined): boolean {
  return format === 'commonjs' || (format == null && /\.c?jsx?$/.test(url));
}

/**
 * `result` (what Node loaded for `url`) with its source instrumented: an ES module's, and with
 * `commonJs` (the `module.registerHooks` form) a CommonJS file's too.
 */
export function instrumentLoaded(url: string, result: LoadResult, commonJs: boolean): LoadResult {
  const format = result.format === 'module' ? 'module' : commonJs && isCommonJs(url, result.format) ? 'commonjs' : undefined;
  if (!format || !url.startsWith('file:') || result.source == null) return result;
  const filename = fileURLToPath(url);
  if (!shouldInstrument(filename)) return result;
  const source = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
  return { ...result, source: instrumentSource(source, filename, format) };
}

/** The hooks for `module.registerHooks` (synchronous, in the loading thread). */
export const syncHooks = {
  resolve(specifier: string, context: ResolveContext, nextResolve: (specifier: string, context: ResolveContext) => ResolveResult): ResolveResult {
    const candidates = typeScriptCandidates(specifier, context);
    if (!candidates) return nextResolve(specifier, context);
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (!notFound(err)) throw err;
      for (const candidate of candidates) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next candidate
        }
      }
      throw err;
    }
  },
  load(url: string, context: LoadContext, nextLoad: (url: string, context: LoadContext) => LoadResult): LoadResult {
    return loadTypeScript(url, true) ?? instrumentLoaded(url, nextLoad(url, context), true);
  },
};
