// conformance mode=self
const { settrace, gettrace } = require('jstrace');
const ACTS = 'rrrrnnooxbblLmsSgeEkKjww';
let st = 1613;
let cnt = 0;
const keep = [];
class TErr extends Error {}
function inCase(f) { return f != null && f.f_code.co_filename === __filename && f.f_code.co_name !== '<module>'; }
function fmt(event, arg) {
  if (event === 'return') return arg == null ? 'none' : (Number.isInteger(arg) ? String(arg) : 'obj');
  if (event === 'exception') return arg[0].name;
  return '';
}
const LOCALS = {};
let saved = null;
function step(tag, frame, event, arg) {
  if (!inCase(frame)) return null;
  cnt += 1;
  st = (st * 48271) % 2147483647;
  const a = ACTS[st % ACTS.length];
  const chain = []; for (let f = frame.f_back; inCase(f); f = f.f_back) chain.push(f.f_code.co_name + ':' + f.f_lineno + ':' + (f.f_trace ? f.f_trace.name : '-') + (f.f_trace_lines ? '' : 'L'));
  console.log(tag, cnt, event, frame.f_code.co_name, frame.f_lineno, fmt(event, arg), a, gettrace() == null ? '-' : gettrace().name, frame.f_trace ? frame.f_trace.name : '-', frame.f_trace_lines ? '' : 'L', chain.join(','), saved ? (saved.f_trace ? saved.f_trace.name : '-') + saved.f_lineno : '');
  const me = event === 'call' ? (tag === 'G' ? LOCALS.A : LOCALS.C) : LOCALS[tag];
  const back = inCase(frame.f_back) ? frame.f_back : null;
  if (event === 'call' && frame.f_code.co_name === 'gen2' && saved == null) saved = frame;
  if (a === 'r') return me;
  if (a === 'n') return null;
  if (a === 'o') return LOCALS[{ A: 'B', B: 'C', C: 'A' }[me.name]];
  if (a === 'x') { frame.f_trace = null; return null; }
  if (a === 'b') { if (back) back.f_trace = me; return me; }
  if (a === 'l') { frame.f_trace_lines = false; return me; }
  if (a === 'L') { frame.f_trace_lines = true; if (back) back.f_trace_lines = true; return me; }
  if (a === 'm') { if (back) back.f_trace_lines = false; return me; }
  if (a === 's') { settrace(null); return me; }
  if (a === 'S') { settrace(G); return me; }
  if (a === 'g') { settrace(H); return me; }
  if (a === 'e') throw new TErr('t' + cnt);
  if (a === 'E' && event !== 'line' && event !== 'call') throw new TErr('T' + cnt);
  if (a === 'k') { if (saved) saved.f_trace = me; return me; }
  if (a === 'K') { if (saved) saved.f_trace = null; return me; }
  if (a === 'j') { if (saved) saved.f_trace_lines = !saved.f_trace_lines; return me; }
  if (a === 'w') { const L = frame.f_locals; for (const v of ['t', 's', 'r', 'total']) { if (Number.isInteger(L[v])) { L[v] = L[v] + 1000; break; } } return me; }
  return me;
}
function G(frame, event, arg) { return step('G', frame, event, arg); }
function H(frame, event, arg) { return step('H', frame, event, arg); }
function A(frame, event, arg) { return step('A', frame, event, arg); }
function B(frame, event, arg) { return step('B', frame, event, arg); }
function C(frame, event, arg) { return step('C', frame, event, arg); }
LOCALS.A = A; LOCALS.B = B; LOCALS.C = C;
function Q(frame, event, arg) { return null; }





























class Boom extends Error {}
function leaf(x) {
  if (x % 3 === 0) {
    throw new Boom('leaf');
  }
  return x + 1;
}
function mid(x) {
  let t = 0;
  try {
    t = leaf(x);
    t += leaf(x + 1);
  } finally {
    t += 100;
  }
  return t;
}
function top(x) {
  let r = 0;
  try {
    r = mid(x);
  } catch (e) {
    r = -1;
  }
  return r;
}
function* gen(n) {
  let i = 0;
  while (i < n) {
    yield leaf(i + 1);
    i += 1;
  }
  return i;
}
function* deleg(n) {
  let r = yield* gen(n);
  yield r;
}
function drive(n) {
  const g = deleg(n);
  keep.push(g);
  let s = 0;
  let k = 0;
  while (k < n + 1) {
    s += g.next().value;
    k += 1;
  }
  return s;
}
function rec(d) {
  if (d === 0) {
    return top(d + 2);
  }
  try {
    return rec(d - 1) + 1;
  } finally {
    leaf(d + 1);
  }
}
function* gen2() {
  let i = 0;
  while (i < 40) {
    try {
      yield i;
    } catch (e) {
      i += 10;
    }
    i += 1;
  }
  return i;
}
function thrower() {
  const g = gen2();
  keep.push(g);
  let s = g.next().value;
  s += g.throw(new Boom('in')).value;
  s += g.next().value;
  return s + swallow(s);
}
function swallow(x) {
  try {
    return leaf(x) + leaf(x + 1);
  } catch (e) {
    throw new Boom('wrap');
  } finally {
    if (x > 24) {
      return 7;
    }
  }
}
function cb(v) {
  return leaf(v) * 2;
}
function mapper(n) {
  let arr = [n, n + 1];
  let out = arr.map(cb);
  out = out.map((v) => leaf(v + 1) + 1);
  return out[0] + out.length;
}
function pick(j) {
  if (j % 5 === 4) {
    return mapper(j);
  }
  if (j % 5 === 3) {
    return thrower();
  }
  if (j % 5 === 0) {
    return rec(2);
  }
  if (j % 5 === 1) {
    return drive(j % 8 === 1 ? 3 : 2);
  }
  return top(j);
}
function main() {
  let total = 0;
  let j = 0;
  while (j < 11) {
    settrace(G);
    try {
      total += pick(j);
    } catch (e) {
      console.log('caught', e.constructor.name, gettrace() == null ? '-' : gettrace().name);
    }
    j += 1;
  }
  settrace(null);
  return total;
}
settrace(Q);
console.log('total', main());
settrace(null);
