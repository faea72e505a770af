// conformance mode=record
class Drained extends Error {}
class Tank {
  constructor(level) {
    this.level = level;
  }
  get raw() {
    if (this.level < 0) {
      throw new Drained('empty');
    }
    return this.level;
  }
  get full() {
    return this.raw > 0;
  }
}
function drain(tank) {
  let steps = 0;
  try {
    while (tank.full) {
      tank.level -= 2;
      steps += 1;
    }
  } catch (e) {
    steps = -steps;
  } finally {
    do {
      steps += 100;
    } while (steps < 0);
  }
  return steps;
}
drain(new Tank(4));
drain(new Tank(3));
