// conformance mode=back
class Secret extends Error {}
class Money {
  constructor(c) {
    this.c = c;
  }
  toJSON() {
    if (this.c < 0) throw new Secret('debt');
    return { cents: this.c, text: fmt(this.c) };
  }
}
class Account {
  constructor(name, items) {
    this.name = name; this.items = items;
  }
  toJSON() {
    return { name: this.name, total: total(this.items), items: this.items };
  }
}
function fmt(c) {
  return String(Math.floor(c / 100)) + '.' + String(c % 100);
}
function total(items) {
  return new Money(items.reduce(plus, 0));
}
function plus(acc, m) {
  return acc + m.c;
}
function dump(acct) {
  try {
    return JSON.stringify([acct, 1]);
  } catch (e) {
    return report(acct.name);
  }
}
function report(name) {
  return JSON.stringify({ hidden: name });
}
function main() {
  const a = dump(new Account('ann', [new Money(150), new Money(275)]));
  const b = dump(new Account('bob', [new Money(5), new Money(-20), new Money(9)]));
  return a.length + ':' + b;
}
main();
