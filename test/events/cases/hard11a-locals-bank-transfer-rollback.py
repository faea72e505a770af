# conformance mode=locals
class InsufficientFunds(Exception):
    def __init__(self, owner, need):
        super().__init__(owner + ' needs ' + str(need))
        self.need = need


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        left = self.balance - amount
        if left < 0: raise InsufficientFunds(self.owner, -left)
        self.balance = left
        return left

    def deposit(self, amount):
        self.balance += amount
        return self.balance


def transfer(src, dst, amount, journal):
    step = 'start'
    try:
        src.withdraw(amount)
        step = 'withdrawn'
        if dst.owner == 'frozen': raise Exception('frozen target')
        dst.deposit(amount)
        step = 'done'
        return True
    except Exception as e:
        if step == 'withdrawn': src.deposit(amount)
        return False
    finally:
        journal.append(step)


def main():
    journal = []
    a = Account('ann', 100)
    b = Account('bob', 20)
    f = Account('frozen', 0)
    ok = 0
    for amount in [30, 200, 50]:
        ok += 1 if transfer(a, b, amount, journal) else 0; del amount

    if transfer(a, f, 10, journal): ok += 1
    return ','.join(journal) + ':' + str(a.balance) + ':' + str(b.balance) + ':' + str(ok)

main()
