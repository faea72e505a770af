// conformance mode=record
const RUN = 'run';
const SIZE = 'size';
class Job {
  constructor(n) {
    this.n = n;
  }
  [RUN]() {
    return this[SIZE] + 1;
  }
  get [SIZE]() {
    return this.n * 2;
  }
  static ['make' + 'One']() {
    return new Job(1);
  }
}
function main() {
  const j = Job.makeOne();
  return j.run();
}
main();
