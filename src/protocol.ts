/**
 * The contract between emitted code and the runtime (SPEC §4). Both sides import this file
 * and nothing else of each other: instrumented code finds the runtime through a registry
 * object on `globalThis`, so code instrumented by one copy of jstrace is traced by another,
 * and runs untraced when no runtime was ever loaded.
 */

/** `Symbol.for` key of the per-realm registry object. */
export const REGISTRY_KEY = 'jstrace.registry';

/**
 * Version of the emitted-code ABI. Code built for another ABI runs untraced (one warning).
 * Bump it whenever a hook's name, arguments or meaning changes.
 */
export const ABI = 13;

/** Identifiers the plugin emits. All start with `_$jt`, which marks a file as instrumented. */
/** The property of a file's `on` box (NAMES.on): a name no program's one-property literal shares. */
export const ON_FIELD = '$on';

export const NAMES = {
  registry: '_$jt',
  meta: '_$jtM',
  /**
   * The file's own box of the registry's `on` (`{ $on: boolean }`, property ON_FIELD), which the
   * runtime keeps up to date (`sub`): never reassigned, so V8 folds it to a constant.
   */
  on: '_$jtO',
  frame: '_$jtf',
  moduleFrame: '_$jtm',
  globals: '_$jtG',
  caught: '_$jte',
  temp: '_$jtt',
  snapshot: '_$jtS',
  counters: '_$jtn',
  /** Binds the header's variables if the module body has not run yet (an ES module in an import cycle) */
  init: '_$jtI',
  /** A body-level function declaration renamed to keep its lines (src/instrument/functions.ts) */
  declared: '_$jtD',
} as const;

/** Prefix shared by every emitted identifier; its presence on line 1 marks instrumented code. */
export const NAME_PREFIX = '_$jt';

/**
 * Layout of the per-file metadata the plugin serialises (`_$jtM`), read by the runtime.
 * `c`: code objects, `[co_name, co_qualname, co_firstlineno, co_varnames, lines, flags]`;
 * `s`: local-variable layouts, `[names, writableMask, slots]` (index = layout id used by probes);
 * `g`: module-level names for `f_globals`, `[names, writableMask]`;
 * `n` (counters form only): the line slots of the file's counter array (the last line + 1),
 * which the code objects' call counters follow.
 */
export interface FileMeta {
  f: string;
  c: RawCode[];
  s: RawLayout[];
  g: RawLayout;
  n?: number;
}

export type RawCode = [name: string, qualname: string, firstLine: number, varnames: string[], lines: number[], flags: number];
/** `slots`: where each name's value is in the frame's values array (absent: in order). */
export type RawLayout = [names: string[], writable: number[], slots?: number[]];

/** `RawCode` flags. */
/**
 * The meta's `g` mask: what `f_globals` may do with each module binding. A function or class
 * declaration the file never assigns is read-only (its accessor has no write: V8 then treats
 * the binding as never reassigned, docs/decisions.md §16).
 */
export const GLOBAL_CONST = 0;
export const GLOBAL_WRITABLE = 1;
export const GLOBAL_FIXED = 2;

export const CODE_FLAGS = {
  generator: 1,
  async: 2,
  module: 4,
} as const;

/**
 * Every property of the registry, in creation order, with what a registry holds before a
 * runtime is loaded. Whoever creates the registry (instrumented code or the runtime) creates
 * all of them at once, so that installing the runtime only overwrites properties: the object
 * keeps one fast shape (V8 turns an object into a slow dictionary when many properties are
 * added later, and every hook call reads it). `pass` hooks return their second argument,
 * `first` hooks their first; `noop` hooks return undefined; `array` ones a new empty array.
 */
export const REGISTRY_SHAPE: readonly (readonly [name: string, initial: 'abi' | 'box' | 'false' | 'null' | 'undefined' | 'pass' | 'first' | 'noop' | 'array' | 'json' | 'list' | 'sub' | 'store'])[] = [
  ['abi', 'abi'],
  ['on', 'false'],
  ['live', 'false'],
  ['pf', 'null'],
  ['top', 'box'],
  ['tracer', 'null'],
  ['busy', 'false'],
  ['lastExc', 'undefined'],
  ['lastTb', 'null'],
  ['genReturn', 'null'],
  ['impl', 'null'],
  ['mismatch', 'noop'],
  ['uncaught', 'noop'],
  ...(['r', 'v', 'ys', 'yr', 'yd', 'yq', 'su', 'fa', 'sw', 'pe'] as const).map((h) => [h, 'pass'] as const),
  ['ix', 'first'],
  ['nk', 'first'],
  // `st(o, k, v)`: `o[k] = v` as a call, for the stores that follow an anonymous function in a
  // statement (an assignment there would give the function V8's inferred name; see
  // src/instrument/inferred-names.ts). The same with or without a runtime.
  ['st', 'store'],
  ...(['c', 'p', 'l', 'd', 'k', 'L', 'e', 'eg', 'X', 'xf', 'x', 'h', 'sq', 'rs', 'so', 'io', 'sl', 'il', 'sf', 'sx', 'z'] as const).map((h) => [h, 'noop'] as const),
  // The counters form's per-file counter array; without a runtime, an array nobody reads.
  ['n', 'array'],
  // `JSON.parse` as the registry's creator found it, for each file's meta: a program that wraps
  // or replaces `JSON.parse` later does not see (or break) the loads of instrumented files.
  ['jp', 'json'],
  // Each file's setter of its own `on` box (`_$jtO.$on`), held weakly (`sub(meta, setter)` keeps
  // the setter on the file's meta, alive as long as the file's functions are): the runtime
  // calls them whenever `on` changes. The guard reads a field of an object the file never
  // rebinds: until the first setter call V8 takes the field for a constant and removes the
  // probes from optimised code (docs/decisions.md §15, §18).
  ['s', 'list'],
  ['sub', 'sub'],
];
