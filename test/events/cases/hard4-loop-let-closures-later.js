// conformance mode=record
function build(n) {
  const fns = [];
  for (let i = 0; i < n; i++) {
    const tag = 't' + String(i);
    if (i === 1) {
      i += 1;
    }
    function bump(d) {
      i += d;
      return tag + String(i);
    }
    fns.push(bump);
  }
  return fns;
}
function main() {
  const fns = build(5);
  let out = '';
  out += fns[2](100);
  out += fns[0](10);
  out += fns[1](1);
  return out + String(fns.length);
}
main();
