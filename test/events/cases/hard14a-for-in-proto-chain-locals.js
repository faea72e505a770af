// conformance mode=locals
function f() {
  const proto = { inh: 1 };
  const o = Object.create(proto);
  o.own = 2;
  let keys = '';
  for (const key in o) {
    keys += key;
  }
  return keys;
}
f();
