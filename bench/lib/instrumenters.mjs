// The three code transformations the bench compares: jstrace's transform, babel-plugin-istanbul,
// and a plain Babel parse + generate as a floor. Loaded lazily so a missing dist only
// disables the jstrace parts.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { ROOT } from './config.mjs';

const requireFromRoot = createRequire(`${ROOT}/package.json`);

/** The jstrace module at `distCjs` (a dist/index.cjs), or null when there is none. */
export function loadJstrace(distCjs) {
  if (!distCjs || !existsSync(distCjs)) return null;
  const jstrace = requireFromRoot(distCjs);
  for (const name of ['transform', 'settrace']) {
    if (typeof jstrace[name] !== 'function') throw new Error(`${distCjs} exports no ${name}()`);
  }
  return jstrace;
}

/** jstrace's transform with the given `frames` option ('default' | 'always'). */
export function jstraceTransform(jstrace, code, filename, frames, probes = 'events') {
  const options = { ...(frames === 'default' ? {} : { frames }), ...(probes === 'events' ? {} : { probes }) };
  const out = jstrace.transform(code, filename, Object.keys(options).length ? options : undefined);
  if (!out || typeof out.code !== 'string') throw new Error('jstrace transform returned no code');
  return out;
}

/** babel-plugin-istanbul through @babel/core with explicit options, so no nyc config is read. */
export function istanbulTransform(code, filename, { sourceMaps = false } = {}) {
  const babel = requireFromRoot('@babel/core');
  const istanbul = requireFromRoot('babel-plugin-istanbul');
  const plugin = istanbul.default || istanbul;
  const out = babel.transformSync(code, {
    filename, babelrc: false, configFile: false, sourceMaps,
    plugins: [[plugin, {
      cwd: dirname(filename), include: ['**'], exclude: [], excludeNodeModules: false,
      useInlineSourceMaps: false,
    }]],
  });
  // The plugin skips files silently when its include/exclude rules miss; a skip must not pass
  // for a fast instrumenter.
  if (!/\bcov_\w+\(\)/.test(out.code)) throw new Error(`istanbul did not instrument ${filename}`);
  return out;
}

/** @babel/core parse + generate with no plugins: the floor any Babel-based instrumenter pays. */
export function babelBaseline(code, filename, { sourceMaps = false } = {}) {
  const babel = requireFromRoot('@babel/core');
  return babel.transformSync(code, { filename, babelrc: false, configFile: false, sourceMaps });
}
