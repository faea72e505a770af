// conformance mode=locals
class Overdrawn extends Error {}
class Amount {
  constructor(cents) {
    this.cents = cents;
  }
  valueOf() {
    const c = this.cents;
    if (c > 100000) throw new Overdrawn(String(c));
    return c;
  }
  toString() {
    const whole = Math.floor(this.cents / 100);
    return `${whole}.${pad(this.cents % 100)}`;
  }
}
function pad(n) {
  const s = String(n);
  return s.length < 2 ? '0' + s : s;
}
function line(label, amt) {
  const text = `${label}: ${amt}`;
  const n = Number(amt);
  return text + '=' + String(n + +amt);
}
function report(amts) {
  let out = '';
  let bad = 0;
  for (const a of amts) {
    try {
      out += line('x', a) + ';';
    } catch (e) {
      bad += 1;
    }
  }
  return out + String(bad);
}
report([new Amount(1205), new Amount(123456), new Amount(99)]);
