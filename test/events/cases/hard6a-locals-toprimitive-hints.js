// conformance mode=locals
class BadHint extends Error {}
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') {
      return this.cents;
    }
    if (hint === 'string') {
      return this.format('$');
    }
    throw new BadHint(hint);
  }
  format(sign) {
    const whole = Math.floor(this.cents / 100);
    return sign + whole;
  }
}
function total(items) {
  let n = 0;
  for (const m of items) {
    n += +m;
  }
  return n;
}
function main() {
  const m = new Money(250);
  let n = total([m, new Money(5)]);
  const s = `${m}`;
  try {
    n += m + 1;
  } catch (e) {
    n -= 1;
  }
  return s + n;
}
main();
