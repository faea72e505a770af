// Two Traces started, the first one stopped first: the second's stop() puts the first one's
// tracer back, so it goes on printing and collecting after both stopped (Python: settrace(None)).
import { Trace, gettrace } from 'jstrace';
import * as app from '../app.mjs';
const out = { text: '', write(s) { this.text += s; } };
const t1 = new Trace({ count: false, trace: true, output: out });
const t2 = new Trace({ count: false, trace: true, output: { write() {} } });
t1.start();
t2.start();
t1.stop();
t2.stop();
out.text = '';
app.square(2);
console.log('gettrace', gettrace());
console.log('t1 printed after stop', JSON.stringify(out.text));
