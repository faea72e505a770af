// A line tracer, like `python -m trace --trace target.py`: for every line that runs in
// ./target.cjs it prints `file:line: source text`, and a ` --- modulename: …, funcname: …`
// header each time a function (or the module body) starts, as Python's trace module does.
//
// Run it from the repository root with either of:
//   node --import jstrace/register examples/line-tracer/main.js
//   node examples/line-tracer/main.js        (this file loads jstrace/register itself)
import 'jstrace/register'; // instrument every module required from now on (here: target.cjs)
import { settrace } from 'jstrace';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target.cjs');
const require = createRequire(import.meta.url);

// Python's linecache: the source lines of each file, read once.
const cache = new Map();
function getline(file, lineno) {
  if (!cache.has(file)) cache.set(file, fs.readFileSync(file, 'utf8').split('\n'));
  return cache.get(file)[lineno - 1] ?? '';
}

/** The local tracer: prints each `line` event. f_lineno is the line about to run. */
function localtrace(frame, event) {
  if (event === 'line') {
    const file = frame.f_code.co_filename;
    console.log(`${path.relative(here, file)}:${frame.f_lineno}: ${getline(file, frame.f_lineno)}`);
  }
  return localtrace;
}

/** The global tracer: gets the `call` events and picks the frames to follow. */
function globaltrace(frame, event) {
  if (event !== 'call' || frame.f_code.co_filename !== target) return null;
  const modulename = path.basename(target, path.extname(target));
  console.log(` --- modulename: ${modulename}, funcname: ${frame.f_code.co_name}`);
  return localtrace;
}

settrace(globaltrace);
require(target);
settrace(null);
