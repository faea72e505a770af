// conformance mode=record
function build(names) {
  const fns = [];
  for (const name of names) {
    const size = name.length;
    function describe() {
      return name + String(size);
    }
    fns.push(describe);
  }
  let k = 0;
  while (k < 2) {
    const kk = k * 10;
    function adder(x) {
      return x + kk;
    }
    fns.push(adder);
    k += 1;
  }
  return fns;
}
function main() {
  const fns = build(['ab', 'c']);
  let out = '';
  out += fns[0]();
  out += fns[1]();
  out += String(fns[2](1) + fns[3](1));
  return out;
}
main();
