// A tiny pdb: `breakpoint()` in the middle of a running program, then `next`, `step`,
// `return`, `where`, `print locals` and `continue`, read from a script instead of a terminal
// so that the session is repeatable.
//
// It works as pdb.set_trace() does. The target is built with the plugin option
// `frames: 'always'`, so every activation has a frame even while tracing is off. When the
// program calls breakpoint(), it takes the running frame with currentFrame() (Python's
// sys._getframe()), walks f_back setting f_trace on every frame (they started while tracing
// was off, so only an f_trace of their own gets them events), and installs the global tracer
// with settrace() for the frames that start from then on.
//
// Run it from the repository root (it instruments its target itself, no loader needed):
//   node examples/tiny-debugger/main.js
import { currentFrame, settrace, transform } from 'jstrace';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target.cjs');
const source = fs.readFileSync(target, 'utf8');
const lines = source.split('\n');

// The debugger's input, one command a line as a user would type them at the (tdb) prompt.
const script = [
  'where',
  'print locals',
  'step', // into average(): stops at its `call` event
  'step',
  'next',
  'next',
  'print locals',
  'next',
  'where',
  'return', // run to the end of average()
  'next',
  'print locals',
  'next',
  'next',
  'continue',
];

const show = (value) => inspect(value, { breakLength: Infinity });

/** pdb's location line: `> file(line)function()`, then `-> source`. */
function printStack(frame, prefix = '>', suffix = '') {
  const file = path.relative(here, frame.f_code.co_filename);
  console.log(`${prefix} ${file}(${frame.f_lineno})${frame.f_code.co_name}()${suffix}`);
  console.log(`-> ${lines[frame.f_lineno - 1].trim()}`);
}

// What the last command asked for: 'step' stops at the next event anywhere; 'next' at the
// next line of the current frame or of its callers, or when the current frame returns;
// 'return' when the current frame returns (or at a line of a caller).
let mode = 'step';
let current = null; // the frame of the last stop
let callers = new Set(); // current.f_back chain at the last stop

function shouldStop(frame, event) {
  if (mode === 'step') return true;
  if (event === 'line' && callers.has(frame)) return true;
  if (mode === 'next' && event === 'line' && frame === current) return true;
  return event === 'return' && frame === current;
}

/** One stop: print where we are and run commands until one resumes the program. */
function interact(frame, event, arg) {
  if (event === 'call') console.log('--Call--');
  if (event === 'return') console.log('--Return--');
  printStack(frame, '>', event === 'return' ? `->${show(arg)}` : '');
  current = frame;
  callers = new Set();
  for (let f = frame.f_back; f; f = f.f_back) callers.add(f);
  for (;;) {
    const command = script.shift() ?? 'continue';
    console.log(`(tdb) ${command}`);
    if (command === 'where') {
      const stack = [];
      for (let f = frame; f; f = f.f_back) stack.unshift(f);
      for (const f of stack) printStack(f, f === frame ? '>' : ' ');
    } else if (command === 'print locals') {
      console.log(show({ ...frame.f_locals }));
    } else if (command === 'step' || command === 'next' || command === 'return') {
      // At a --Return-- stop the frame is going away: `next` goes on in the caller, as pdb's does.
      mode = event === 'return' && command !== 'step' ? 'step' : command;
      return;
    } else if (command === 'continue') {
      settrace(null); // no breakpoints left: stop tracing altogether, as pdb does
      return;
    } else {
      console.log(`*** unknown command: ${command}`);
    }
  }
}

/** The tracer, global and local (pdb's trace_dispatch). */
function dispatch(frame, event, arg) {
  if (frame.f_code.co_filename !== target) return null; // only the target's frames
  if (shouldStop(frame, event)) interact(frame, event, arg);
  return dispatch;
}

/** Python's builtin breakpoint() / pdb.set_trace(): stop at the caller's next line. */
function breakpoint() {
  // breakpoint() itself is not instrumented, so the running frame is its caller's.
  const frame = currentFrame();
  for (let f = frame; f; f = f.f_back) f.f_trace = dispatch;
  mode = 'step';
  settrace(dispatch);
}
globalThis.breakpoint = breakpoint;

// Instrument the target with frames for every activation, then run it as a CommonJS module
// (Module#_compile is what require() does after reading a file).
const { code } = transform(source, target, { frames: 'always' });
const mod = new Module(target, null);
mod.filename = target;
mod.paths = Module._nodeModulePaths(here);
mod._compile(code, target);
