/**
 * `transform(code, filename, options)`: parse, instrument, print. It drives @babel/parser and
 * @babel/generator directly (no plugin pipeline) for speed, and prints with `retainLines` so
 * untraced code keeps its original line numbers in `error.stack` without any remapping.
 */
import { stripVTControlCharacters } from 'node:util';
import { parse, type ParserPlugin } from '@babel/parser';
import generateModule from '@babel/generator';
import { codeFrameColumns } from '@babel/code-frame';
import { ProgramInstrumenter } from './program.js';
import { COMPILE_ONLY, resolveOptions, type TransformOptions, validateOptions } from './options.js';
import { babelTransform, needsBabel } from './babel-transform.js';

type Generate = typeof import('@babel/generator').default;
const generate: Generate = ((generateModule as unknown as { default?: Generate }).default ?? generateModule) as Generate;

export interface TransformResult {
  /** The instrumented code (the input unchanged when it was instrumented already). */
  code: string;
  /** A source map when `sourceMaps: true`, else null. */
  map: object | null;
  /** False when the input was already instrumented and was returned as it was. */
  instrumented: boolean;
}

/** A syntax error in the code given to the instrumenter, with `file:line:column` and a code frame. */
export class InstrumentSyntaxError extends SyntaxError {
  readonly code = 'JSTRACE_SYNTAX_ERROR';
  constructor(
    message: string,
    readonly filename: string,
    readonly line: number,
    readonly column: number,
    readonly frame: string,
  ) {
    super(`${filename}:${line}:${column + 1}: ${message}\n${frame}`);
    this.name = 'SyntaxError';
  }
}

function parserPlugins(filename: string): ParserPlugin[] {
  const plugins: ParserPlugin[] = [];
  if (/\.[cm]?tsx?$/.test(filename)) plugins.push('typescript');
  if (!/\.[cm]?ts$/.test(filename)) plugins.push('jsx');
  return plugins;
}

function sourceTypeFor(filename: string, requested: TransformOptions['sourceType']): 'module' | 'script' | 'unambiguous' {
  if (requested) return requested;
  if (/\.c[jt]s$/.test(filename)) return 'script';
  if (/\.m[jt]s$/.test(filename)) return 'module';
  return 'unambiguous';
}

/**
 * Instruments one file's source for jstrace.
 *
 * @example
 * ```js
 * import { transform } from 'jstrace';
 * const { code } = transform('function f(x) {\n  return x + 1;\n}\nf(1);\n', '/abs/app.js');
 * // `code` runs as the original did; under settrace() it reports call/line/return events.
 * ```
 */
export function transform(code: string, filename: string, options?: TransformOptions): TransformResult {
  if (typeof code !== 'string') throw new TypeError(`transform: code must be a string, got ${typeof code}`);
  if (typeof filename !== 'string' || !filename) throw new TypeError('transform: filename must be a non-empty string (an absolute path)');
  const opts = validateOptions(options, 'transform');
  const sourceType = sourceTypeFor(filename, opts.sourceType);
  // Node runs an ES module that starts with a BOM and then `#!`; Babel's parser stops at such a
  // `#!` (a BOM alone it skips). CommonJS sources come without their BOM (Node strips it).
  if (sourceType !== 'script' && code.startsWith('\uFEFF#!')) code = code.slice(1);
  if (needsBabel(filename)) {
    const instrument = (opts as Record<symbol, unknown>)[COMPILE_ONLY] !== true;
    try {
      const out = babelTransform(code, filename, resolveOptions(opts), sourceType, !!opts.sourceMaps, opts.module === 'commonjs', instrument, opts.decorators);
      return { ...out, instrumented: instrument };
    } catch (err) {
      throw toSyntaxError(err, code, filename);
    }
  }
  let ast;
  try {
    ast = parse(code, {
      sourceType,
      sourceFilename: filename,
      allowReturnOutsideFunction: sourceType !== 'module',
      allowAwaitOutsideFunction: sourceType !== 'script',
      allowNewTargetOutsideFunction: false,
      plugins: parserPlugins(filename),
    });
  } catch (err) {
    throw toSyntaxError(err, code, filename);
  }
  const instrumenter = new ProgramInstrumenter(filename, resolveOptions(opts));
  if (!instrumenter.run(ast.program)) return { code, map: null, instrumented: false };
  const out = generate(ast, { retainLines: true, compact: false, sourceMaps: !!opts.sourceMaps, sourceFileName: filename }, code);
  return { code: out.code, map: (out.map as object | null | undefined) ?? null, instrumented: true };
}

/** Turns a parser error into an `InstrumentSyntaxError` with a code frame. */
export function toSyntaxError(err: unknown, code: string, filename: string): unknown {
  const e = err as { loc?: { line: number; column: number }; message?: string; reasonCode?: string; code?: string };
  if (e && !e.loc && e.code === 'BABEL_TRANSFORM_ERROR') return fromCodeFrameError(e.message ?? '', filename) ?? err;
  if (!e || !e.loc) return err;
  const first = String(e.message ?? 'Syntax error').split('\n')[0]!;
  const message = first.replace(/\s*\(\d+:\d+\):?$/, '').replace(/^.*?: (?=[A-Z])/, (m) => (m.includes(filename) ? '' : m));
  const frame = codeFrameColumns(code, { start: { line: e.loc.line, column: e.loc.column + 1 } }, { highlightCode: false });
  return new InstrumentSyntaxError(message, filename, e.loc.line, e.loc.column, frame);
}

/**
 * An error a Babel plugin raised after parsing (`path.buildCodeFrameError`: `export =` in an ES
 * module, say), which has no position but a message of `file: text` and a code frame: as an
 * `InstrumentSyntaxError`, whose position is the frame's marked line and caret.
 */
function fromCodeFrameError(message: string, filename: string): InstrumentSyntaxError | null {
  const lines = stripVTControlCharacters(message).replace(`${filename}: `, '').split('\n');
  const start = lines.findIndex((l) => /^\s*>?\s*\d+ \|/.test(l));
  if (start < 1) return null;
  const frame = lines.slice(start);
  const marked = frame.findIndex((l) => /^\s*>\s*\d+ \|/.test(l));
  if (marked === -1) return null;
  const line = Number(/\d+/.exec(frame[marked]!)![0]);
  const caret = frame[marked + 1] ?? '';
  const bar = caret.indexOf('|');
  const column = bar === -1 || !caret.includes('^') ? 0 : Math.max(0, caret.indexOf('^') - bar - 2);
  return new InstrumentSyntaxError(lines.slice(0, start).join(' ').trim(), filename, line, column, frame.join('\n'));
}
