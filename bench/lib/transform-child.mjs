// Times one transformer on one file in a fresh process: one warm-up, then `reps` timed runs.
// usage: node transform-child.mjs jstrace|istanbul|babel FILE REPS SOURCEMAPS(0|1) [DIST_CJS]
// Prints one JSON line: { times, lines, hasMap } or { error }.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  babelBaseline, istanbulTransform, jstraceTransform, loadJstrace,
} from './instrumenters.mjs';

function transformer(tool, sourceMaps, distCjs) {
  if (tool === 'jstrace') {
    const jstrace = loadJstrace(distCjs);
    if (!jstrace) throw new Error('jstrace dist not built');
    return (code, file) => jstraceTransform(jstrace, code, file, 'default');
  }
  if (tool === 'istanbul') return (code, file) => istanbulTransform(code, file, { sourceMaps });
  if (tool === 'babel') return (code, file) => babelBaseline(code, file, { sourceMaps });
  throw new Error(`unknown tool ${tool}; allowed: jstrace, istanbul, babel`);
}

function main([tool, file, reps, maps, distCjs]) {
  const code = readFileSync(file, 'utf8');
  const transform = transformer(tool, maps === '1', distCjs);
  const first = transform(code, file);
  const times = [];
  for (let i = 0; i < Number(reps); i++) {
    const t0 = performance.now();
    transform(code, file);
    times.push(performance.now() - t0);
  }
  return { times, lines: code.split('\n').length, hasMap: Boolean(first.map) };
}

let result;
try {
  result = main(process.argv.slice(2));
} catch (err) {
  result = { error: String((err && err.stack) || err).split('\n').slice(0, 3).join(' | ') };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
