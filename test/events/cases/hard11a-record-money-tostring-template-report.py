# conformance mode=record
class Money:
    def __init__(self, cents):
        self.cents = cents

    def plus(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        whole = self.cents // 100
        rest = self.cents % 100
        return '$' + str(whole) + '.' + ('0' if rest < 10 else '') + str(rest)


class Line:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        t = Money(0)
        for i in range(self.qty): t = t.plus(self.price)
        return t


def report(lines):
    sum = Money(0)
    rows = []
    for line in lines:
        t = line.total()
        rows.append(f'{line.name}: {line.price} x {line.qty} = {t}')
        sum = sum.plus(t)

    rows.append(f'total {sum}')
    return '; '.join(rows)

report([Line('pen', Money(150), 2), Line('ink', Money(1205), 1)])
