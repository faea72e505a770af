// conformance mode=locals
class Bucket {
  constructor(capacity, refill) {
    this.capacity = capacity;
    this.refill = refill;
    this.used = 0;
    this.clock = 0;
  }
  static full(capacity) {
    const b = new Bucket(capacity, 1);
    return b;
  }
  get available() {
    const gained = this.clock * this.refill;
    const left = this.capacity - this.used + gained;
    return left > this.capacity ? this.capacity : left;
  }
  take() {
    if (this.available <= 0) return false;
    this.used += 1;
    return true;
  }
  tick() {
    this.clock += 1;
  }
}
function drain(bucket, rounds) {
  let granted = 0;
  let round = 0;
  while (round < rounds) {
    while (bucket.available > 0 && bucket.take()) granted += 1;
    bucket.tick();
    round += 1;
  }
  return granted;
}
function main() {
  const b = Bucket.full(3);
  const got = drain(b, 3);
  const more = b.take() ? 1 : 0;
  return got * 10 + more + b.available;
}
main();
