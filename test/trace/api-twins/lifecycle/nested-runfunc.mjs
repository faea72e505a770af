// Python: tracer.runfunc inside tracer.runfunc runs (tracing stops when the inner one ends). jstrace: throws.
import { Trace } from 'jstrace';
import * as app from '../app.mjs';
const t = new Trace({ count: true, trace: false });
try {
  console.log('value', t.runfunc(app.outer, t, 2));
} catch (e) {
  console.log('raised', e.message);
}
