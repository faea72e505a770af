// A call tracer, the classic first use of Python's sys.settrace:
//
//     def tracer(frame, event, arg):
//         if event == 'call':   print('  ' * depth + f'→ {name}({args})')
//         if event == 'return': print('  ' * depth + f'← {name} = {arg!r}')
//         return tracer
//
// It prints the calls of ./target.cjs as an indented tree: `→ name(args…)` when a function
// starts, `← name = value` when it returns, `← name raised Error` when an exception leaves it.
//
// Run it from the repository root with either of:
//   node --import jstrace/register examples/call-tracer/main.js
//   node examples/call-tracer/main.js        (this file loads jstrace/register itself)
import 'jstrace/register'; // instrument every module required from now on (here: target.cjs)
import { settrace } from 'jstrace';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target.cjs');
const require = createRequire(import.meta.url);

/** Short, one-line rendering of a value, like Python's repr(). */
const show = (value) => inspect(value, { depth: 1, breakLength: Infinity });

/** Depth in the call tree: how many frames of the target lie below this one (f_back chain). */
function depth(frame) {
  let n = 0;
  for (let f = frame.f_back; f; f = f.f_back) if (f.f_code.co_filename === target) n++;
  return n;
}

// Frames an exception is leaving. An `exception` event fires in every frame the exception
// reaches, the one that catches it included; if the next event of that frame is `return`
// (not a `line` of a catch block), the exception left the frame. (As with Python tracers, a
// `finally` block that runs on the way out adds `line` events, which this simple rule would
// take for a catch; the target has none.)
const raising = new Map();

/** The local tracer (frame.f_trace): gets the `line`, `return` and `exception` events. */
function local(frame, event, arg) {
  const indent = '  '.repeat(depth(frame));
  const name = frame.f_code.co_qualname;
  if (event === 'exception') {
    raising.set(frame, arg[1]); // arg is [type, value, traceback]
  } else if (event === 'line') {
    raising.delete(frame); // the frame caught it: it goes on with a line of its handler
  } else if (event === 'return') {
    if (raising.has(frame)) {
      const err = raising.get(frame);
      raising.delete(frame);
      console.log(`${indent}← ${name} raised ${err.name}: ${err.message}`);
    } else {
      console.log(`${indent}← ${name} = ${show(arg)}`);
    }
  }
  return local;
}

/** The global tracer: sees every `call` event; returns a local tracer for the frames it wants. */
function tracer(frame, event) {
  if (frame.f_code.co_filename !== target) return null; // not the target: no further events
  // At a `call` event f_locals holds the arguments (and any `var`s, still undefined); the
  // function's let/const are in their temporal dead zone and not there yet.
  const args = Object.entries(frame.f_locals).map(([k, v]) => `${k}=${show(v)}`);
  console.log(`${'  '.repeat(depth(frame))}→ ${frame.f_code.co_qualname}(${args.join(', ')})`);
  return local;
}

settrace(tracer);
require(target); // runs the target's module body under the tracer
settrace(null);
