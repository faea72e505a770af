// conformance mode=back
function* counter(limit) {
  let i = 0;
  while (true) {
    try {
      const cmd = yield i;
      if (cmd === 'boom') throw new Error('cmd');
      i += 1;
    } catch (e) {
      if (e.message === 'cmd') throw e;
      i = -1;
    }
  }
}
function step(g, cmd) {
  return g.next(cmd).value;
}
async function driver(g) {
  step(g);
  await null;
  step(g, 'go');
  const v = g.throw(new Error('in')).value;
  await null;
  return step(g, 'boom') + v;
}
async function main() {
  const g = counter(2);
  try {
    await driver(g);
  } catch (e) {
    return e.message;
  }
}
queueMicrotask(main);
