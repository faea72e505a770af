// A locals printer: at every line of one named function of ./target.cjs it prints the
// frame's f_locals, like a Python tracer that does `print(frame.f_lineno, frame.f_locals)`.
//
// f_locals is a live, write-through view (Python 3.13's semantics): assigning
// `frame.f_locals.discount = 6` at a `line` event changes the variable before that line
// runs, so the traced program prints `due: 6` where it would print `due: 12`. Assigning a
// `const` throws a TypeError, as it would in the program itself.
//
// Run it from the repository root with either of:
//   node --import jstrace/register examples/locals-printer/main.js
//   node examples/locals-printer/main.js        (this file loads jstrace/register itself)
import 'jstrace/register'; // instrument every module required from now on (here: target.cjs)
import { settrace } from 'jstrace';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target.cjs');
const require = createRequire(import.meta.url);
const source = fs.readFileSync(target, 'utf8').split('\n');

const FUNCTION = 'checkout'; // the function to watch
// The line before which the tracer rewrites a variable: `const due = total - discount;`.
const WRITE_LINE = source.findIndex((text) => text.includes('const due =')) + 1;

/** f_locals as `{ name: value, … }` on one line (the view itself is a Proxy; copy it first). */
const show = (locals) => inspect({ ...locals }, { breakLength: Infinity });

function local(frame, event, arg) {
  if (event === 'line') {
    console.log(`line ${frame.f_lineno}: ${show(frame.f_locals)}`);
    if (frame.f_lineno === WRITE_LINE) {
      // A write through the view: the program's own `discount` variable changes.
      frame.f_locals.discount = 6;
      console.log(`        tracer sets discount = 6 -> ${show(frame.f_locals)}`);
    } else if (frame.f_lineno === WRITE_LINE + 1) {
      // A const cannot be assigned, from a tracer any more than from the program itself.
      try {
        frame.f_locals.due = 0;
      } catch (err) {
        console.log(`        tracer tries due = 0 -> ${err.name}: ${err.message}`);
      }
    }
  } else if (event === 'return') {
    console.log(`return ${inspect(arg)} at line ${frame.f_lineno}: ${show(frame.f_locals)}`);
  }
  return local;
}

function tracer(frame, event) {
  if (frame.f_code.co_filename !== target || frame.f_code.co_name !== FUNCTION) return null;
  console.log(`call ${FUNCTION} (line ${frame.f_lineno}): ${show(frame.f_locals)}`);
  return local;
}

settrace(tracer);
const { checkout } = require(target); // the module body calls checkout() under the tracer
settrace(null);

console.log('untraced again:', checkout([3, 4, 5], 'NONE'));
