/**
 * The ESM hooks in the form `module.register` takes (Node 20: asynchronous, run in a thread of
 * their own), built from the decisions in module-hooks.ts. This module is the hooks thread's entry.
 */
import type { MessagePort } from 'node:worker_threads';
import { type FilterOptions, setFilter } from './filter.js';
import { instrumentLoaded, type LoadContext, loadTypeScript, type LoadResult, type ResolveContext, type ResolveResult, notFound, typeScriptCandidates } from './module-hooks.js';
import { type Probes, setCacheWarning, setProbes } from './instrument-file.js';

/** Receives `register()`'s options in the hooks thread, and the port that relays its cache warning. */
export function initialize(data: { filter?: FilterOptions; probes?: Probes; port?: MessagePort } | undefined): void {
  setFilter(data?.filter ?? {});
  setProbes(data?.probes);
  const port = data?.port;
  if (port) setCacheWarning((message) => port.postMessage({ type: 'jstrace-cache-warning', message }));
}

export async function resolve(specifier: string, context: ResolveContext, nextResolve: (specifier: string, context: ResolveContext) => Promise<ResolveResult>): Promise<ResolveResult> {
  const candidates = typeScriptCandidates(specifier, context);
  if (!candidates) return nextResolve(specifier, context);
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (!notFound(err)) throw err;
    for (const candidate of candidates) {
      try {
        return await nextResolve(candidate, context);
      } catch {
        // try the next candidate
      }
    }
    throw err;
  }
}

export async function load(url: string, context: LoadContext, nextLoad: (url: string, context: LoadContext) => Promise<LoadResult>): Promise<LoadResult> {
  return loadTypeScript(url, false) ?? instrumentLoaded(url, await nextLoad(url, context), false);
}
