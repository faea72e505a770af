// conformance mode=locals
function* machine(limit) {
  let state = 'idle';
  let count = 0;
  let cmd = '';
  while (state !== 'done') {
    try {
      cmd = yield state;
      if (cmd === 'go') {
        state = 'run';
        count += 1;
      } else if (cmd === 'stop' || count >= limit) {
        state = 'done';
      } else {
        throw new TypeError(cmd);
      }
    } catch (e) {
      state = 'err';
      continue;
    } finally {
      count += 10;
    }
    cmd = state;
  }
  yield count;
}
function drive(cmds) {
  const g = machine(30);
  const seen = [g.next().value];
  let c = '';
  for (c of cmds) {
    const r = g.next(c).value;
    seen.push(r);
  }
  const rest = g.next();
  return seen.length;
}
drive(['go', 'bad', 'go', 'stop']);
