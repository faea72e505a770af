// As Python's Trace, runfunc replaces the tracer that is set, in every mode, and puts it back.
import { Trace, gettrace, settrace } from 'jstrace';
import * as lib from './lib.mjs';
const seen = [];
const mine = (frame, event) => {
  if (event === 'call') seen.push(frame.f_code.co_name);
  return null;
};
const modes = {
  count: { count: true, trace: false },
  trace: { count: false, trace: true, output: { write() {} } },
  countfuncs: { countfuncs: true },
  countcallers: { countcallers: true },
};
for (const [name, options] of Object.entries(modes)) {
  settrace(mine);
  seen.length = 0;
  new Trace(options).runfunc(lib.used, 1);
  const back = gettrace() === mine;
  lib.unused(1);
  settrace(null);
  console.log(name, JSON.stringify(seen), back);
}
