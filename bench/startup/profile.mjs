// Summarises V8 .cpuprofile files (from `node --cpu-prof`): self time by area (Node's own
// code, Babel, jstrace's bundle, the program, GC, idle), the top functions, and inclusive time
// of a few functions that matter for startup.
import { readFileSync } from 'node:fs';

/** Which part of the process a profile node's code belongs to. */
export function areaOf(url, functionName, distDir) {
  if (!url) {
    if (functionName === '(garbage collector)') return 'gc';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'v8/native (program)';
    return 'native/builtin';
  }
  if (url.startsWith('node:')) return 'node internals';
  const babel = /node_modules\/(@babel\/[^/]+)/.exec(url);
  if (babel) return babel[1];
  if (/node_modules\//.test(url)) return `npm: ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)[1]}`;
  if (distDir && url.includes(distDir)) return `jstrace ${url.slice(url.lastIndexOf('/') + 1)}`;
  return 'the program';
}

/**
 * One profile's totals: { wallMs, sampledMs, areas, functions, inclusive, under }. `inclusive`
 * is the time under each named function; `under` the time under any frame whose URL matches
 * each pattern (for instance /@babel\// for everything Babel's files do or load).
 */
export function summariseProfile(file, { distDir, inclusiveNames = [], underUrls = {} } = {}) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0));
  }
  const areas = {};
  const functions = {};
  const inclusive = new Map(inclusiveNames.map((n) => [n, 0]));
  const under = Object.fromEntries(Object.keys(underUrls).map((k) => [k, 0]));
  let sampled = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName, distDir);
    sampled += us;
    areas[area] = (areas[area] ?? 0) + us;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    functions[key] = (functions[key] ?? { us: 0, area });
    functions[key].us += us;
    // Inclusive: charge every named ancestor once per sample.
    const seen = new Set();
    const seenUrl = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      if (inclusive.has(frame.functionName) && !seen.has(frame.functionName)) {
        seen.add(frame.functionName);
        inclusive.set(frame.functionName, inclusive.get(frame.functionName) + us);
      }
      for (const [label, re] of Object.entries(underUrls)) {
        if (!seenUrl.has(label) && frame.url && re.test(frame.url)) {
          seenUrl.add(label);
          under[label] += us;
        }
      }
    }
  }
  const ms = (us) => Math.round(us / 100) / 10;
  return {
    file,
    wallMs: ms(prof.endTime - prof.startTime),
    sampledMs: ms(sampled),
    areas: Object.entries(areas).sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, ms: ms(us) })),
    functions: Object.entries(functions).sort((a, b) => b[1].us - a[1].us).slice(0, 15).map(([fn, v]) => ({ fn, area: v.area, ms: ms(v.us) })),
    inclusive: Object.fromEntries([...inclusive].map(([k, v]) => [k, ms(v)])),
    under: Object.fromEntries(Object.entries(under).map(([k, v]) => [k, ms(v)])),
  };
}
