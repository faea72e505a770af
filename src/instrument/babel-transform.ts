/**
 * TypeScript and JSX go through @babel/core: the jstrace plugin instruments the program first
 * (on the original lines, types still in place), then Babel's TypeScript preset strips the
 * types and the JSX transform (automatic runtime) compiles JSX. `retainLines` keeps every
 * statement on its original line, so events and `error.stack` report the `.ts` file's lines.
 */
import { transformSync } from '@babel/core';
import { createRequire } from 'node:module';
import jstraceBabelPlugin from '../babel-plugin.js';
import { JSX_FILE, TS_FILE } from './file-kinds.js';
import type { InstrumentOptions } from './program.js';

const require = createRequire(import.meta.url);

export { needsBabel } from './file-kinds.js';

interface NodePath {
  node: unknown;
  get(key: string): NodePath | NodePath[];
  getFunctionParent(): NodePath | null;
  buildCodeFrameError(message: string, Error?: ErrorConstructor): Error;
}

/**
 * `import.meta` and a top-level `await` in TypeScript compiled as CommonJS: only an ES module
 * has them, and tsc refuses them there too (TS1343, TS1378). Refused with one error at their
 * position, which says why the file is CommonJS (without it, Node 20 found no way to run the
 * file and the program silently did nothing).
 */
function esModuleOnlySyntax() {
  const refuse = (path: NodePath, what: string): never => {
    throw path.buildCodeFrameError(
      `${what} is only allowed in an ES module, and this file is compiled as CommonJS (a .cts file, or a .ts/.tsx file in a package whose package.json does not say "type": "module"): rename it .mts or set the package's type`,
      SyntaxError,
    );
  };
  const topLevel = (path: NodePath): boolean => path.getFunctionParent() === null;
  const check = {
    MetaProperty(path: NodePath) {
      const { meta } = path.node as { meta: { name: string } };
      if (meta.name === 'import') refuse(path, '`import.meta`');
    },
    AwaitExpression(path: NodePath) {
      if (topLevel(path)) refuse(path, 'A top-level `await`');
    },
    ForOfStatement(path: NodePath) {
      if ((path.node as { await?: boolean }).await === true && topLevel(path)) refuse(path, 'A top-level `for await`');
    },
  };
  // On the program as written, before the jstrace plugin (the first plugin's `Program` runs first).
  return { name: 'jstrace-es-module-only-syntax', visitor: { Program: (path: NodePath & { traverse(v: object): void }) => path.traverse(check) } };
}

/**
 * TypeScript's parameter decorators (`m(@Inject(T) x)`, with `experimentalDecorators`): no
 * plugin of Babel's compiles them (Babel's decorators plugin leaves them in its output, which
 * then fails to load on a stray `@`), so they are refused with one error at their position.
 */
function noParameterDecorators() {
  // On the class, before the TypeScript transform turns constructor parameter properties
  // (`constructor(@Inject(T) private x)`) into assignments and drops their decorators.
  const check = (path: NodePath) => {
    for (const member of path.get('body.body') as NodePath[]) {
      const params = (member.node as { params?: unknown }).params ? (member.get('params') as NodePath[]) : [];
      for (const param of params) {
        for (const holder of [param, param.get('parameter') as NodePath]) {
          const decorators = holder.node ? (holder.get('decorators') as NodePath[] | NodePath) : [];
          const first = Array.isArray(decorators) ? decorators[0] : undefined;
          if (first) throw first.buildCodeFrameError('TypeScript parameter decorators (experimentalDecorators) are not supported by jstrace', SyntaxError);
        }
      }
    }
  };
  return { name: 'jstrace-no-parameter-decorators', visitor: { Class: check } };
}

/**
 * @param toCommonJS compile `import`/`export` to `require`/`exports`, as TypeScript does for a
 * `.ts` file that Node runs as CommonJS (`.cts`, or `.ts` in a package without `"type": "module"`).
 * @param instrument false: compile only (a file the loaders' filter excludes).
 * @param decorators the decorators of a TypeScript file: standard, or `experimentalDecorators`.
 */
export function babelTransform(
  code: string,
  filename: string,
  options: InstrumentOptions,
  sourceType: 'module' | 'script' | 'unambiguous',
  sourceMaps: boolean,
  toCommonJS = false,
  instrument = true,
  decorators: '2023-11' | 'legacy' = '2023-11',
): { code: string; map: object | null } {
  const presets: [string, object][] = [];
  const plugins: [unknown, object][] = instrument ? [[jstraceBabelPlugin, options]] : [];
  if (TS_FILE.test(filename)) {
    presets.push([require.resolve('@babel/preset-typescript'), { allowDeclareFields: true, onlyRemoveTypeImports: false }]);
    // Decorators (and `accessor`), the standard ones or TypeScript's `experimentalDecorators`;
    // after the jstrace plugin, which has instrumented the methods and fields they wrap.
    if (decorators === 'legacy') plugins.push([noParameterDecorators, {}]);
    plugins.push([require.resolve('@babel/plugin-proposal-decorators'), { version: decorators }]);
    // Legacy property decorators work on initializer descriptors, which need the fields compiled
    // to assignments in the constructor (Babel's loose mode: TypeScript's own emit for them).
    // A file with no decorator at all keeps its fields (define semantics, as tsc emits them
    // for ES2022 targets, `nodenext`'s default).
    if (decorators === 'legacy' && code.includes('@')) plugins.push([require.resolve('@babel/plugin-transform-class-properties'), { loose: true }]);
  }
  if (JSX_FILE.test(filename)) plugins.push([require.resolve('@babel/plugin-transform-react-jsx'), { runtime: 'automatic' }]);
  // Babel's own interop, as TypeScript's `esModuleInterop` (and tsx) do it: a default import
  // of a module compiled from ES syntax (`__esModule`) is its `default` export.
  // `export * as ns from '…'` first: the CommonJS transform does not compile it itself.
  if (toCommonJS) {
    plugins.unshift([esModuleOnlySyntax, {}]);
    plugins.push([require.resolve('@babel/plugin-transform-export-namespace-from'), {}]);
    plugins.push([require.resolve('@babel/plugin-transform-modules-commonjs'), {}]);
  }
  const out = transformSync(code, {
    filename,
    sourceType: toCommonJS ? 'unambiguous' : sourceType,
    babelrc: false,
    configFile: false,
    retainLines: true,
    // Babel's default ('auto') prints a note on stderr for files over 500 KB and compacts them.
    compact: false,
    // An error's code frame stays plain text whatever the terminal (FORCE_COLOR, a TTY): it is
    // read back for the error's position and shown in ours.
    highlightCode: false,
    sourceMaps,
    parserOpts: { allowReturnOutsideFunction: sourceType !== 'module' },
    presets,
    plugins: plugins as never,
  });
  return { code: out?.code ?? '', map: (out?.map as object | null | undefined) ?? null };
}
