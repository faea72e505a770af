// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const back = frame.f_back && frame.f_code.co_name !== 'main' ? frame.f_back.f_code.co_name : '-';
  if (event === 'exception') {
    const parts = [];
    let tb = arg[2];
    while (tb) {
      parts.push(tb.tb_frame.f_code.co_name + ':' + tb.tb_lineno);
      tb = tb.tb_next;
    }
    console.log('exc', frame.f_code.co_name, frame.f_lineno, back, parts.join(' '));
  }
  if (event === 'call') console.log('call', frame.f_code.co_name, frame.f_lineno, back);
  return T;
}
function* leaves(node) {
  if (typeof node === 'number') {
    if (node < 0) throw new Error('neg ' + node);
    yield node;
    return;
  }
  for (const c of node) {
    yield* leaves(c);
  }
}
function sumTree(tree) {
  let s = 0;
  try {
    for (const v of leaves(tree)) {
      s += v;
    }
  } catch (e) {
    s = -s;
  }
  return s;
}
function main() {
  return sumTree([1, [2, [-3, 4]]]) + sumTree([[5]]);
}
settrace(T);
console.log('result', main());
settrace(null);
