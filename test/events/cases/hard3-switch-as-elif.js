// conformance mode=record
class Unknown extends Error {}
function code_of(name) {
  if (name === 'bad') {
    throw new Unknown(name);
  }
  return name.length;
}
function route(items) {
  let r = 0;
  for (const it of items) {
    switch (it) {
      case 'skip':
        continue;
      case 'stop':
        return r;
      case code_of('abc') > 2 ? 'x' : 'y':
        r += 1;
        break;
      case String(code_of(it)):
        r += 10;
        break;
      default: r += 100;
    }
    r += 1000;
  }
  return r;
}
function main() {
  let t = route(['x', 'skip', 'q', 'stop', 'x']);
  try {
    t += route(['x', 'bad']);
  } catch (e) {
    t += 5;
  }
  return t;
}
main();
