/**
 * `jstrace/babel-plugin`: the instrumenter as a Babel plugin, for anyone's babel.config.js.
 *
 * @example
 * ```js
 * // babel.config.js
 * module.exports = { plugins: [['jstrace/babel-plugin', { frames: 'default' }]] };
 * ```
 */
import { ProgramInstrumenter } from './instrument/program.js';
import { resolveOptions, validateOptions } from './instrument/options.js';

interface PluginApi {
  assertVersion?: (range: number | string) => void;
}

interface PluginPass {
  filename?: string;
  file?: { opts?: { filename?: string | null } };
}

export default function jstraceBabelPlugin(api: PluginApi, options: unknown) {
  api.assertVersion?.('^7.0.0 || ^8.0.0');
  const opts = resolveOptions(validateOptions(options, 'jstrace/babel-plugin'));
  return {
    name: 'jstrace',
    visitor: {
      Program(path: { node: import('@babel/types').Program; scope: { crawl(): void } }, state: PluginPass) {
        const filename = state.filename ?? state.file?.opts?.filename ?? 'unknown';
        if (new ProgramInstrumenter(filename, opts).run(path.node)) path.scope.crawl();
      },
    },
  };
}
