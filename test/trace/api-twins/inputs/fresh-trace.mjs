// A count-only Trace reports only what ran while it counted, not files an earlier Trace saw.
import { Trace, toIstanbul } from 'jstrace';
import * as lib from './lib.mjs';
import * as other from './other.mjs';
new Trace({ count: true, trace: false }).runfunc(other.other);
const t = new Trace({ count: true, trace: false });
t.runfunc(lib.used, 1);
const names = (o) => Object.keys(o).map((f) => f.split('/').pop());
console.log(JSON.stringify(names(toIstanbul(t.results()))), JSON.stringify(names(t.results().toJSON().files)));
