// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const chain = [];
  for (let b = frame.f_back; b && b.f_code.co_name !== '<module>'; b = b.f_back) chain.push(b.f_code.co_name + ':' + b.f_lineno);
  console.log(event, frame.f_code.co_name, event === 'call' ? '' : frame.f_lineno, chain.join(','));
  return T;
}
class Bad extends Error {}
function mk(v) {
  if (v > 5) throw new Bad('big');
  return v + 1;
}
function build(n) {
  class K {
    static a = mk(n);
    static {
      K.b = mk(K.a);
      K.c = K.b * 2;
    }
    static d = mk(K.c - 4);
  }
  return K.d;
}
function main() {
  let r = build(1);
  try {
    r += build(5);
  } catch (e) {
    r = -r;
  }
  return r;
}
settrace(T);
main();
settrace(null);
