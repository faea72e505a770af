# conformance mode=locals
class Insufficient(Exception): pass
class Account:
    def __init__(self): self._balance = 0; self._ops = 0
    def open(amount):
        acct = Account()
        acct._apply(amount)
        return acct
    open = staticmethod(open)
    def _apply(self, delta):
        next = self._balance + delta
        if next < 0: raise Insufficient('short by ' + str(-next))
        self._balance = next; self._ops += 1
        return next

    def withdraw(self, amount):
        return self._apply(-amount)

    def deposit(self, amount):
        return self._apply(amount)

    def _get_balance(self):
        return self._balance * 100 + self._ops
    balance = property(_get_balance)

def transfer(src, dst, amount):
    before = src.balance
    src.withdraw(amount)
    after = dst.deposit(amount)
    return after - before

def main():
    a = Account.open(10)
    b = Account.open(3)
    moved = 0
    for amt in [4, 9, 2]:
        try:
            moved += transfer(a, b, amt)
        except Insufficient as e:
            why = str(e)
            moved -= 1; del why


    return moved + a.balance + b.balance

main()
