/** Which files the loaders instrument: by default every file outside `node_modules`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** jstrace's own files (its build) are never instrumented. */
const OWN_DIR = path.dirname(fileURLToPath(import.meta.url)) + path.sep;

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export function shouldInstrument(filename: string): boolean {
  if (!SOURCE.test(filename) || filename.startsWith(OWN_DIR)) return false;
  return !filename.split(path.sep).includes('node_modules');
}
