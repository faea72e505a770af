// Section 3: lines per second of jstrace's transform vs babel-plugin-istanbul on one big file.
import { join } from 'node:path';
import { BENCH_DIR, TRANSFORM_INPUT } from './config.mjs';
import { median } from './stats.mjs';
import { runJsonChild } from './spawn.mjs';

const CHILD = join(BENCH_DIR, 'lib', 'transform-child.mjs');

function measureTool(tool, reps, sourceMaps, distCjs) {
  const res = runJsonChild(process.execPath,
    [CHILD, tool, TRANSFORM_INPUT, String(reps), sourceMaps ? '1' : '0', distCjs || '']);
  if (res.error) return { tool, error: res.error };
  const ms = median(res.times);
  return { tool, times: res.times, medianMs: ms, lines: res.lines, hasMap: res.hasMap,
    linesPerSec: res.lines / (ms / 1000) };
}

/**
 * Runs jstrace first so Istanbul and the Babel floor can be asked for a source map exactly when
 * jstrace produces one (like for like). Each tool gets its own fresh process.
 */
export function measureTransforms({ reps, distCjs, log }) {
  log(`transform: jstrace on ${TRANSFORM_INPUT}`);
  const jstrace = distCjs ? measureTool('jstrace', reps, false, distCjs)
    : { tool: 'jstrace', error: 'jstrace dist not built' };
  const sourceMaps = Boolean(jstrace.hasMap);
  log(`transform: istanbul (sourceMaps: ${sourceMaps})`);
  const istanbul = measureTool('istanbul', reps, sourceMaps);
  log('transform: babel parse + generate');
  const babel = measureTool('babel', reps, sourceMaps);
  const ratio = jstrace.linesPerSec && istanbul.linesPerSec
    ? jstrace.linesPerSec / istanbul.linesPerSec : null;
  return { file: TRANSFORM_INPUT, reps, sourceMaps, tools: [jstrace, istanbul, babel], ratio };
}
