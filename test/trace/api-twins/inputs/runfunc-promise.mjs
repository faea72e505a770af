// runfunc returns the function's own promise, and tracing stops when it settles (at once when
// it has settled already).
import { Trace } from 'jstrace';
import * as lib from './lib.mjs';
const unusedLine = (t) => t.results().counts.get(new URL('./lib.mjs', import.meta.url).pathname)?.get(6) ?? 0;
const p = new Promise((resolve) => setTimeout(resolve, 5, 7));
p.cancel = () => 'cancelled';
const t1 = new Trace({ count: true, trace: false });
const v = t1.runfunc(() => p);
lib.unused(1); // counted: p is pending
console.log('same object:', v === p, typeof v.cancel);
await v;
lib.unused(1); // not counted: p has settled
console.log('counted while pending:', unusedLine(t1));
const t2 = new Trace({ count: true, trace: false });
const done = t2.runfunc(async () => 1); // settled before runfunc returns
lib.unused(1);
console.log('settled at once:', unusedLine(t2), await done);
const thenable = { then(ok) { setTimeout(() => ok('later'), 5); } };
const t3 = new Trace({ count: true, trace: false });
console.log('thenable as is:', t3.runfunc(() => thenable) === thenable);
lib.unused(1);
await new Promise((r) => setTimeout(r, 20));
lib.unused(1);
console.log('thenable counted while pending:', unusedLine(t3));
