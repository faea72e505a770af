// conformance mode=record
class Corrupt extends Error {}
function pending(job) {
  if (job.state === 'bad') {
    throw new Corrupt('job');
  }
  return job.state === 'wait';
}
function step(jobs) {
  const j = jobs.find(pending);
  j.state = jobs.length > 2 && j.id === 1 ? 'bad' : 'done';
  return j.id;
}
function drain(jobs) {
  let n = 0;
  try {
    while (jobs.some(pending)) {
      try {
        if (step(jobs) === 0) {
          continue;
        }
        n += 1;
      } finally {
        n += 10;
      }
    }
  } catch (e) {
    n = -n;
  }
  return n;
}
function main() {
  const a = drain([{ id: 0, state: 'wait' }, { id: 1, state: 'wait' }]);
  return a + drain([{ id: 0, state: 'wait' }, { id: 1, state: 'wait' }, { id: 2, state: 'wait' }]);
}
main();
