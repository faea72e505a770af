// conformance mode=locals
function* worker(name, steps) {
  let done = 0;
  while (done < steps) {
    done += 1;
    yield name + String(done);
  }
  return;
}
function* pinger(times) {
  for (const t of [1, 2, 3].slice(0, times)) {
    const msg = 'ping' + String(t);
    yield msg;
  }
}
function schedule(tasks) {
  const trace = [];
  let finished = 0;
  while (tasks.length > 0) {
    const task = tasks.shift();
    const step = task.next().value;
    if (step === undefined) {
      finished += 1;
      continue;
    }
    trace.push(step);
    tasks.push(task);
  }
  return trace.join(' ') + ' #' + String(finished);
}
function main() {
  const tasks = [worker('a', 2), pinger(3), worker('b', 1)];
  return schedule(tasks);
}
main();
