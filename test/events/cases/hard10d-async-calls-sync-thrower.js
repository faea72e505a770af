// conformance mode=record
function parse(s) {
  if (s === 'bad') throw new Error('parse ' + s);
  return s.length;
}
function check(s) {
  return parse(s) * 2;
}
async function handle(s) {
  await null;
  try {
    return check(s);
  } catch (e) {
    if (s === 'bad') throw new Error('wrapped');
    return -1;
  }
}
async function main() {
  let out = 0;
  for (const s of ['ab', 'bad']) {
    try {
      out += await handle(s);
    } catch (e) {
      out += 100;
    }
  }
  return out;
}
queueMicrotask(main);
