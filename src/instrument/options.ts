/** Options of the instrumenter, shared by `transform()` and the Babel plugin, with validation. */
import type { InstrumentOptions } from './program.js';

export interface TransformOptions extends Partial<Omit<InstrumentOptions, 'slotStores'>> {
  /** `'module'`, `'script'` (CommonJS), or `'unambiguous'` (default: decided by the file's syntax and extension). */
  sourceType?: 'module' | 'script' | 'unambiguous';
  /** Also return a source map (default false). */
  sourceMaps?: boolean;
  /**
   * For TypeScript and JSX files: the module system the output runs in. `'commonjs'` compiles
   * `import`/`export` to `require`/`exports`, as TypeScript does for files Node runs as
   * CommonJS; `'preserve'` (default) keeps them.
   */
  module?: 'preserve' | 'commonjs';
  /**
   * For TypeScript files: which decorators they use. `'2023-11'` (default): the standard ones
   * (TypeScript 5's); `'legacy'`: TypeScript's `experimentalDecorators`. The loaders choose
   * from the `tsconfig.json` that applies to the file.
   */
  decorators?: '2023-11' | 'legacy';
}

const VALID: Record<string, (v: unknown) => boolean> = {
  frames: (v) => v === 'default' || v === 'always',
  probes: (v) => v === 'events' || v === 'counters',
  sourceType: (v) => v === 'module' || v === 'script' || v === 'unambiguous',
  sourceMaps: (v) => typeof v === 'boolean',
  module: (v) => v === 'preserve' || v === 'commonjs',
  decorators: (v) => v === '2023-11' || v === 'legacy',
};

const DESCRIBE: Record<string, string> = {
  frames: "'default' | 'always'",
  probes: "'events' | 'counters'",
  sourceType: "'module' | 'script' | 'unambiguous'",
  sourceMaps: 'boolean',
  module: "'preserve' | 'commonjs'",
  decorators: "'2023-11' | 'legacy'",
};

/** Checks user options; throws one `TypeError` naming the bad option and listing the valid ones. */
export function validateOptions(options: unknown, where: string): TransformOptions {
  if (options == null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${where}: options must be an object, got ${JSON.stringify(options)}`);
  }
  const valid = Object.keys(VALID).map((k) => `${k} (${DESCRIBE[k]})`).join(', ');
  for (const [key, value] of Object.entries(options)) {
    const check = VALID[key];
    if (!check) throw new TypeError(`${where}: unknown option '${key}'. Valid options: ${valid}.`);
    if (value !== undefined && !check(value)) {
      throw new TypeError(`${where}: option '${key}' must be ${DESCRIBE[key]}, got ${JSON.stringify(value)}.`);
    }
  }
  return options as TransformOptions;
}

/** Internal: set to true in `transform`'s options for the line-store oracle of the differential tests. */
export const LINE_SLOT_STORES = Symbol.for('jstrace.internal.lineSlotStores');

/**
 * Internal: set to true in `transform`'s options to compile TypeScript or JSX without
 * instrumenting it (the loaders' path for such files their filter excludes: Node cannot run
 * them as they are).
 */
export const COMPILE_ONLY = Symbol.for('jstrace.internal.compileOnly');

/** Instrumenter options with defaults applied. */
export function resolveOptions(options: TransformOptions): InstrumentOptions {
  const resolved: InstrumentOptions = { frames: options.frames ?? 'default', probes: options.probes ?? 'events' };
  // The differential tests' oracle (InstrumentOptions.slotStores), under a symbol no user option can collide with.
  if ((options as Record<symbol, unknown>)[LINE_SLOT_STORES] === true) resolved.slotStores = 'line';
  return resolved;
}
