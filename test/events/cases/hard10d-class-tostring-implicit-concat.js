// conformance mode=record
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  toString() {
    if (this.cents < 0) throw new TypeError('negative');
    return String(this.cents / 100) + '$';
  }
}
class Tagged extends Money {
  toString() {
    return '#' + super.toString();
  }
}
function show(m) {
  try {
    return 'value ' + `${m}`;
  } catch (e) {
    return 'bad';
  }
}
function main() {
  return show(new Money(250)) + show(new Tagged(100)) + show(new Tagged(-1));
}
main();
