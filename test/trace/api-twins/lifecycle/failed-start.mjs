// start() that fails (all monitoring tool ids taken) leaves the Trace "started" for good.
import { Trace, monitoring } from 'jstrace';
import * as app from '../app.mjs';
for (let i = 0; i < 6; i++) monitoring.use_tool_id(i, `mine${i}`);
const t = new Trace({ count: true, trace: false });
try {
  t.runfunc(app.square, 2);
} catch (e) {
  console.log('first', e.message);
}
for (let i = 0; i < 6; i++) monitoring.free_tool_id(i);
try {
  console.log('second value', t.runfunc(app.square, 2));
} catch (e) {
  console.log('second', e.message);
}
