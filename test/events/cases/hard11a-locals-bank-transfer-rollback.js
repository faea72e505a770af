// conformance mode=locals
class InsufficientFunds extends Error {
  constructor(owner, need) {
    super(owner + ' needs ' + String(need));
    this.need = need;
  }
}
class Account {
  constructor(owner, balance) {
    this.owner = owner;
    this.balance = balance;
  }
  withdraw(amount) {
    const left = this.balance - amount;
    if (left < 0) throw new InsufficientFunds(this.owner, -left);
    this.balance = left;
    return left;
  }
  deposit(amount) {
    this.balance += amount;
    return this.balance;
  }
}
function transfer(src, dst, amount, journal) {
  let step = 'start';
  try {
    src.withdraw(amount);
    step = 'withdrawn';
    if (dst.owner === 'frozen') throw new Error('frozen target');
    dst.deposit(amount);
    step = 'done';
    return true;
  } catch (e) {
    if (step === 'withdrawn') src.deposit(amount);
    return false;
  } finally {
    journal.push(step);
  }
}
function main() {
  const journal = [];
  const a = new Account('ann', 100);
  const b = new Account('bob', 20);
  const f = new Account('frozen', 0);
  let ok = 0;
  for (const amount of [30, 200, 50]) {
    ok += transfer(a, b, amount, journal) ? 1 : 0;
  }
  if (transfer(a, f, 10, journal)) ok += 1;
  return journal.join(',') + ':' + String(a.balance) + ':' + String(b.balance) + ':' + String(ok);
}
main();
