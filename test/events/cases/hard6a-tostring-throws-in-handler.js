// conformance mode=record
class Failed extends Error {}
class Unprintable extends Error {}
class Job {
  constructor(id) {
    this.id = id;
  }
  toString() {
    if (this.id < 0) {
      throw new Unprintable('id');
    }
    return 'job' + this.id;
  }
  run() {
    throw new Failed('run');
  }
}
function attempt(job) {
  try {
    job.run();
  } catch (e) {
    throw new Failed(`failed ${job}`);
  } finally {
    job.id += 100;
  }
}
function main() {
  let n = 0;
  for (const id of [1, -5]) {
    try {
      attempt(new Job(id));
    } catch (e) {
      n += e instanceof Unprintable ? 10 : 1;
    }
  }
  return n;
}
main();
