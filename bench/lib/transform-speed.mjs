// Section 3: lines per second of jstrace's transform vs babel-plugin-istanbul on one big file.
// Interleaved like the runtime section: each round runs every tool in a fresh process (one
// warm-up, one timed transform); ratio = median over rounds of the same-round ratio.
import { join } from 'node:path';
import { BENCH_DIR, TRANSFORM_INPUT } from './config.mjs';
import { median, pairedRatios, rotate } from './stats.mjs';
import { runJsonChild } from './spawn.mjs';

const CHILD = join(BENCH_DIR, 'lib', 'transform-child.mjs');
const TOOLS = ['jstrace', 'istanbul', 'babel'];

function runTool(tool, sourceMaps, distCjs) {
  if (tool === 'jstrace' && !distCjs) return { error: 'jstrace dist not built' };
  const res = runJsonChild(process.execPath,
    [CHILD, tool, TRANSFORM_INPUT, '1', sourceMaps ? '1' : '0', distCjs || '']);
  return res.error ? res : { ms: res.times[0], lines: res.lines, hasMap: res.hasMap };
}

function summarizeTool(tool, results, istanbul) {
  const ok = results.filter((r) => !r.error);
  const ms = results.map((r) => (r.error ? NaN : r.ms));
  if (ok.length === 0) return { tool, error: results[0] ? results[0].error : 'not run' };
  const medianMs = median(ms);
  const ratios = pairedRatios(istanbul.map((r) => (r.error ? NaN : r.ms)), ms);
  return { tool, times: ms, medianMs, lines: ok[0].lines, hasMap: ok[0].hasMap,
    linesPerSec: ok[0].lines / (medianMs / 1000), vsIstanbul: median(ratios) };
}

/**
 * Istanbul and the Babel floor are asked for a source map exactly when jstrace's transform
 * returns one (like for like); jstrace runs first in round 1 so that is known in time.
 */
export function measureTransforms({ reps, distCjs, log }) {
  const raw = Object.fromEntries(TOOLS.map((t) => [t, []]));
  let sourceMaps = false;
  for (let round = 0; round < reps; round++) {
    for (const tool of rotate(TOOLS, round)) {
      const res = runTool(tool, sourceMaps, distCjs);
      if (tool === 'jstrace' && round === 0) sourceMaps = Boolean(res.hasMap);
      raw[tool].push(res);
    }
    log(`transform round ${round + 1}/${reps}: ${TOOLS.map((t) => {
      const r = raw[t][round];
      return `${t} ${r.error ? 'err' : `${Math.round(r.ms)} ms`}`;
    }).join(', ')}`);
  }
  const tools = TOOLS.map((t) => summarizeTool(t, raw[t], raw.istanbul));
  const jstrace = tools[0];
  return { file: TRANSFORM_INPUT, reps, sourceMaps, tools,
    ratio: jstrace.error ? null : jstrace.vsIstanbul };
}
