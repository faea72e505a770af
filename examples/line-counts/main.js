// Per-line execution counts, the way `python -m trace --count` annotates a file, with the
// counters form: the loader is installed with `probes: 'counters'` (from jstrace/loader, so
// this program chooses its options), each line of the watched file becomes one increment of
// a counter array, and `monitoring.get_counts()` reads them; no tracer, no callback, no frame.
// It prints ../line-tracer/target.cjs with each line's count (`%5d: `), `>>>>>> ` before an
// executable line that never ran, and the calls of each function.
//
// Run it from the repository root:
//   node examples/line-counts/main.js
import { register } from 'jstrace/loader';
import { monitoring } from 'jstrace';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '..', 'line-tracer', 'target.cjs');

const unregister = register({ include: [path.relative(process.cwd(), target)], probes: 'counters' });
createRequire(import.meta.url)(target);
unregister();

const { lines, calls } = monitoring.get_counts().get(target);
const executable = new Set([...calls.keys()].flatMap((code) => code.co_lines()));
const text = fs.readFileSync(target, 'utf8').split('\n');
if (text.at(-1) === '') text.pop();
text.forEach((source, i) => {
  const n = lines.get(i + 1);
  const mark = n ? `${String(n).padStart(5)}: ` : executable.has(i + 1) ? '>>>>>> ' : '       ';
  console.log(`${mark}${source}`);
});
for (const [code, n] of calls) console.log(`${code.co_qualname}: ${n} call${n === 1 ? '' : 's'}`);
