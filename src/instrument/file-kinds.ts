/**
 * The kinds of source file by name, shared by the instrumenter and the loaders (no Babel here:
 * the loaders import this at startup).
 */

/** A TypeScript file; group 1 is `m`, `c` or empty (`.mts`, `.cts`, `.ts`/`.tsx`). */
export const TS_FILE = /\.([cm]?)tsx?$/;
export const JSX_FILE = /\.[jt]sx$/;

/** TypeScript and JSX, which go through @babel/core (and which Node cannot run as they are). */
export function needsBabel(filename: string): boolean {
  return TS_FILE.test(filename) || JSX_FILE.test(filename);
}
