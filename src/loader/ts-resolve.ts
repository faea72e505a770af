/**
 * TypeScript's NodeNext resolution for CommonJS: in a TypeScript file, `require('./x.js')`
 * (what `import './x.js'` compiles to) finds `./x.ts` when `./x.js` does not exist. With
 * in-thread hooks (Node 22.15+) the `resolve` hook of module-hooks.ts does it for most
 * `require` calls, but not for those of a CommonJS module that an `import` loaded (Node's ES
 * module translator gives it a `require` that resolves without the hooks).
 */
import Module from 'node:module';

const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const TS_PARENT = /\.[cm]?tsx?$/;

type Resolve = (request: string, parent: { filename?: string | null } | undefined, ...rest: unknown[]) => string;

/** Installs the fallback; returns the function that removes it. */
export function installTsResolve(): () => void {
  const M = Module as unknown as { _resolveFilename: Resolve };
  const original = M._resolveFilename;
  const patched: Resolve = function (this: unknown, request, parent, ...rest) {
    const ext = /\.[cm]?jsx?$/.exec(request)?.[0];
    const candidates = ext ? JS_TO_TS[ext] : undefined;
    // Any other request resolves, or fails, in Node's own code: its error is not re-thrown here,
    // so an uncaught one's crash header is Node's line, not ours.
    if (!candidates || !request.startsWith('.') || !TS_PARENT.test(parent?.filename ?? '')) return original.call(this, request, parent, ...rest);
    try {
      return original.call(this, request, parent, ...rest);
    } catch (err) {
      if ((err as { code?: string }).code !== 'MODULE_NOT_FOUND') throw err;
      for (const ts of candidates) {
        try {
          return original.call(this, request.slice(0, -ext!.length) + ts, parent, ...rest);
        } catch {
          // next candidate
        }
      }
      throw err;
    }
  };
  M._resolveFilename = patched;
  return () => {
    if (M._resolveFilename === patched) M._resolveFilename = original;
  };
}
