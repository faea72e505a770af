/**
 * ESM loader hooks (`module.register`). `load` instruments ES modules outside node_modules and
 * gives TypeScript files their format by Node's rules (`.mts` ESM, `.cts` CommonJS, `.ts` and
 * `.tsx` by the nearest package.json `type`); CommonJS files are left to the require hook.
 * `resolve` finds `./x.ts` for `import './x.js'`, as TypeScript's NodeNext resolution does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { type FilterOptions, setFilter, shouldInstrument } from './filter.js';
import { instrumentSource, setCacheWarning } from './instrument-file.js';

/** Receives `register()`'s options in the hooks thread, and the port that relays its cache warning. */
export function initialize(data: { filter?: FilterOptions; port?: MessagePort } | undefined): void {
  setFilter(data?.filter ?? {});
  const port = data?.port;
  if (port) setCacheWarning((message) => port.postMessage({ type: 'jstrace-cache-warning', message }));
}

interface LoadResult {
  format?: string | null;
  source?: string | ArrayBuffer | Uint8Array | null;
  shortCircuit?: boolean;
}
type NextLoad = (url: string, context: { format?: string | null }) => Promise<LoadResult>;
type ResolveResult = { url: string; format?: string | null; shortCircuit?: boolean };
type NextResolve = (specifier: string, context: { parentURL?: string }) => Promise<ResolveResult>;

const TS = /\.([cm]?)tsx?$/;
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** The `type` of the nearest package.json above `file` ('commonjs' when there is none). */
function packageType(file: string): 'module' | 'commonjs' {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        return JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module' ? 'module' : 'commonjs';
      } catch {
        return 'commonjs';
      }
    }
    if (path.dirname(dir) === dir) return 'commonjs';
  }
}

function tsFormat(file: string): 'module' | 'commonjs' {
  const m = TS.exec(file)!;
  if (m[1] === 'm') return 'module';
  if (m[1] === 'c') return 'commonjs';
  return packageType(file);
}

export async function resolve(specifier: string, context: { parentURL?: string }, nextResolve: NextResolve): Promise<ResolveResult> {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    const ext = path.extname(specifier);
    const parent = context.parentURL;
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || !JS_TO_TS[ext] || !parent?.startsWith('file:') || !TS.test(parent)) throw err;
    for (const ts of JS_TO_TS[ext]!) {
      try {
        return await nextResolve(specifier.slice(0, -ext.length) + ts, context);
      } catch {
        // try the next candidate
      }
    }
    throw err;
  }
}

export async function load(url: string, context: { format?: string | null }, nextLoad: NextLoad): Promise<LoadResult> {
  if (url.startsWith('file:') && TS.test(url)) {
    const filename = fileURLToPath(url);
    const format = tsFormat(filename);
    if (format === 'commonjs') return { format, shortCircuit: true }; // the require hook compiles it
    const source = fs.readFileSync(filename, 'utf8');
    // TypeScript must be compiled even where it is not instrumented (node_modules).
    return { format, source: instrumentSource(source, filename, 'module'), shortCircuit: true };
  }
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || !url.startsWith('file:') || result.source == null) return result;
  const filename = fileURLToPath(url);
  if (!shouldInstrument(filename)) return result;
  const source = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
  return { ...result, source: instrumentSource(source, filename, 'module') };
}
