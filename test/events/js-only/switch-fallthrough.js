// conformance mode=record
function limit() {
  return 2;
}
function describe(n) {
  let out = '';
  switch (n) {
    case 1:
      out += 'one';
    case limit():
      out += 'two';
      break;
    case 3:
      out += 'three';
  }
  return out;
}
describe(1);
describe(2);
describe(4);
