// conformance mode=locals
function runMachine(commands) {
  let state = 'idle';
  let coins = 0;
  let vended = 0;
  const log = [];
  for (const cmd of commands) {
    if (state === 'idle') {
      if (cmd === 'coin') {
        coins += 1;
        state = 'paid';
      } else {
        log.push('ignored ' + cmd);
      }
    } else if (state === 'paid') {
      if (cmd === 'coin') {
        coins += 1;
      } else if (cmd === 'push') {
        vended += 1;
        coins -= 1;
        state = coins > 0 ? 'paid' : 'idle';
      } else if (cmd === 'refund') {
        coins = 0;
        state = 'idle';
      }
    } else {
      break;
    }
    state = vended >= 3 ? 'done' : state;
  }
  return state + ':' + String(coins) + ':' + String(vended) + ':' + String(log.length);
}
runMachine(['push', 'coin', 'coin', 'push', 'push', 'coin', 'refund', 'coin', 'push', 'coin', 'push', 'coin']);
