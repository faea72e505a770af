// conformance mode=record
class Account {
  constructor(owner) {
    this.owner = owner;
    this._bal = 0;
    this.deposit(5);
  }
  deposit(n) {
    this._bal += n;
    return this._bal;
  }
  get balance() {
    return this._bal;
  }
  set balance(v) {
    this._bal = Account.clamp(v);
  }
  static clamp(v) {
    return v < 0 ? 0 : v;
  }
}
function main() {
  const a = new Account('ann');
  a.balance = -3;
  a.deposit(2);
  return a.balance;
}
main();
