// conformance mode=self
const { settrace } = require('jstrace');
function G(frame, event, arg) {
  if (frame.f_code.co_name !== 'walk') return null;
  console.log('G', event, frame.f_lineno, frame.f_locals.depth);
  if (frame.f_locals.depth % 2 === 0) return L;
  return null;
}
function L(frame, event, arg) {
  if (event !== 'exception' || arg[0] !== undefined) console.log('L', event, frame.f_lineno, frame.f_locals.depth, event === 'return' ? String(arg === undefined ? null : arg) : '');
  if (event === 'exception') frame.f_trace_lines = false;
  return L;
}
function* walk(node, depth) {
  if (typeof node === 'number') {
    if (node < 0) throw new Error('neg' + node);
    yield node;
    return;
  }
  for (const child of node) {
    try {
      yield* walk(child, depth + 1);
    } catch (e) {
      yield -depth;
    }
  }
}
function main() {
  const out = [];
  for (const v of walk([1, [2, [-3, 4], 5], [-6]], 0)) {
    out.push(v);
  }
  return out.join(' ');
}
settrace(G);
console.log('result', main());
settrace(null);
