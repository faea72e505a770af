// conformance mode=locals
class Insufficient extends Error {}
class Account {
  #balance = 0; #ops = 0;
  static open(amount) {
    const acct = new Account();
    acct.#apply(amount);
    return acct;
  }
  #apply(delta) {
    const next = this.#balance + delta;
    if (next < 0) throw new Insufficient('short by ' + String(-next));
    this.#balance = next; this.#ops += 1;
    return next;
  }
  withdraw(amount) {
    return this.#apply(-amount);
  }
  deposit(amount) {
    return this.#apply(amount);
  }
  get balance() {
    return this.#balance * 100 + this.#ops;
  }
}
function transfer(src, dst, amount) {
  const before = src.balance;
  src.withdraw(amount);
  const after = dst.deposit(amount);
  return after - before;
}
function main() {
  const a = Account.open(10);
  const b = Account.open(3);
  let moved = 0, amt;
  for (amt of [4, 9, 2]) {
    try {
      moved += transfer(a, b, amt);
    } catch (e) {
      const why = e.message;
      moved -= 1;
    }
  }
  return moved + a.balance + b.balance;
}
main();
