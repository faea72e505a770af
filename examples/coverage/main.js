// A line-coverage tool on the low-level `monitoring` API (Python's sys.monitoring, PEP 669):
// no frames and no tracer, one callback per line that returns DISABLE, so each line reports
// once and then runs at full speed. It prints ../line-tracer/target.cjs with `>>>>>>` before each
// executable line that never ran, as `python -m trace --count --missing` marks them.
//
// Run it from the repository root with either of:
//   node --import jstrace/register examples/coverage/main.js
//   node examples/coverage/main.js        (this file loads jstrace/register itself)
import 'jstrace/register';
import { monitoring } from 'jstrace';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// The line tracer's target program: a loop, an if/else chain, a try/catch.
const target = path.join(here, '..', 'line-tracer', 'target.cjs');
const { COVERAGE_ID, events, DISABLE } = monitoring;

const hit = new Set();        // lines of target.cjs that ran
const executable = new Set(); // lines where a statement starts, from the code objects

monitoring.use_tool_id(COVERAGE_ID, 'examples/coverage');
monitoring.register_callback(COVERAGE_ID, events.PY_START, (code) => {
  if (code.co_filename === target) for (const line of code.co_lines()) executable.add(line);
  return DISABLE; // each code object once is enough
});
monitoring.register_callback(COVERAGE_ID, events.LINE, (code, line) => {
  if (code.co_filename === target) hit.add(line);
  return DISABLE; // each line once is enough
});
monitoring.set_events(COVERAGE_ID, events.PY_START | events.LINE);
createRequire(import.meta.url)(target);
monitoring.set_events(COVERAGE_ID, events.NO_EVENTS);
monitoring.free_tool_id(COVERAGE_ID);

const lines = fs.readFileSync(target, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
lines.forEach((text, i) => {
  const mark = hit.has(i + 1) ? '  ran: ' : executable.has(i + 1) ? '>>>>>> ' : '       ';
  console.log(`${mark}${text}`);
});
console.log(`${hit.size} of ${executable.size} executable lines ran`);
