# conformance mode=record
class Account:
    def __init__(self, owner):
        self.owner = owner
        self._bal = 0
        self.deposit(5)

    def deposit(self, n):
        self._bal += n
        return self._bal

    def _get_balance(self):
        return self._bal

    def _set_balance(self, v):
        self._bal = Account.clamp(v)

    def clamp(v):
        return 0 if v < 0 else v
    balance = property(_get_balance, _set_balance); clamp = staticmethod(clamp)

def main():
    a = Account('ann')
    a.balance = -3
    a.deposit(2)
    return a.balance

main()
