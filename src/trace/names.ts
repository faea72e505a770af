/** How the `trace` counterpart names files, modules and functions (SPEC §6). */
import path from 'node:path';
import type { CodeLike } from '../runtime/types.js';

const SCRIPT_EXT = /\.(?:[cm]?[jt]sx?)$/;

/** A file's module name: its base name without the extension (`lib/util.js` → `util`). */
export function moduleName(filename: string): string {
  const base = path.basename(filename);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/**
 * A file's dotted module name: its path relative to `cwd` without the extension, `/` turned
 * into `.` (`pkg/mod.js` → `pkg.mod`), leading dots dropped (`.tools/x.js` → `tools.x`). Files
 * outside `cwd` use their whole absolute path.
 */
export function dottedModuleName(filename: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, filename);
  let rel = path.relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) rel = abs;
  rel = rel.replace(SCRIPT_EXT, '');
  // Python's `_fullmodname` strips the leading dots (`.tools/x.py` is `tools.x`).
  return rel.split(path.sep).filter((part) => part !== '').join('.').replace(/^\.+/, '');
}

/**
 * The function name `--listfuncs` and `--trackcalls` show: `Class.method` for a method (as
 * Python shows it), the bare name otherwise (`run`, `<module>`, and `inner` for a function
 * nested in another).
 */
export function listingFuncName(code: CodeLike): string {
  const q = code.co_qualname;
  if (q === code.co_name) return q;
  // The function's own part of its qualified name is its name (which may hold dots: `'a.b'() {}`,
  // `[Symbol.iterator]() {}`), or `constructor` for a class's constructor.
  const own = q.endsWith(`.${code.co_name}`) ? code.co_name : q.slice(q.lastIndexOf('.') + 1);
  if (q.length === own.length) return code.co_name;
  const prefix = q.slice(0, q.length - own.length - 1);
  const owner = prefix.slice(prefix.lastIndexOf('.') + 1);
  if (owner === '<locals>') return code.co_name;
  return `${owner}.${own}`;
}

/** `<string>`-style names: counted and traced, never written as `.cover` files (as Python). */
export function isPseudoFilename(filename: string): boolean {
  return filename.startsWith('<') && filename.endsWith('>');
}
