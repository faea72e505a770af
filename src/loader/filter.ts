/** Which files the loaders instrument: by default every file outside `node_modules`. */
import path from 'node:path';

const SOURCE = /\.(?:[cm]?js|jsx)$/;

export function shouldInstrument(filename: string): boolean {
  if (!SOURCE.test(filename)) return false;
  return !filename.split(path.sep).includes('node_modules');
}
