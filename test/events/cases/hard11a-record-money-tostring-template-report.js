// conformance mode=record
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  plus(other) {
    return new Money(this.cents + other.cents);
  }
  toString() {
    const whole = Math.floor(this.cents / 100);
    const rest = this.cents % 100;
    return '$' + String(whole) + '.' + (rest < 10 ? '0' : '') + String(rest);
  }
}
class Line {
  constructor(name, price, qty) {
    this.name = name;
    this.price = price;
    this.qty = qty;
  }
  total() {
    let t = new Money(0);
    for (let i = 0; i < this.qty; i++) t = t.plus(this.price);
    return t;
  }
}
function report(lines) {
  let sum = new Money(0);
  const rows = [];
  for (const line of lines) {
    const t = line.total();
    rows.push(`${line.name}: ${line.price} x ${line.qty} = ${t}`);
    sum = sum.plus(t);
  }
  rows.push(`total ${sum}`);
  return rows.join('; ');
}
report([new Line('pen', new Money(150), 2), new Line('ink', new Money(1205), 1)]);
