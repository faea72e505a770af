/**
 * ESM loader hooks (`module.register`): the `load` hook instruments ES modules outside
 * node_modules. CommonJS modules are left to the require hook.
 */
import { fileURLToPath } from 'node:url';
import { shouldInstrument } from './filter.js';
import { instrumentSource } from './instrument-file.js';

interface LoadResult {
  format?: string | null;
  source?: string | ArrayBuffer | Uint8Array | null;
  shortCircuit?: boolean;
}
type NextLoad = (url: string, context: { format?: string | null }) => Promise<LoadResult>;

export async function load(url: string, context: { format?: string | null }, nextLoad: NextLoad): Promise<LoadResult> {
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || !url.startsWith('file:') || result.source == null) return result;
  const filename = fileURLToPath(url);
  if (!shouldInstrument(filename)) return result;
  const source = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
  return { ...result, source: instrumentSource(source, filename, 'module') };
}
