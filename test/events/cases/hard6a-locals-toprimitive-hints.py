# conformance mode=locals
class BadHint(Exception): pass
class Money:
    def __init__(self, cents):
        self.cents = cents

    def to_primitive(self, hint):
        if hint == 'number':
            return self.cents

        if hint == 'string':
            return self.format('$')

        raise BadHint(hint)

    def format(self, sign):
        whole = self.cents // 100
        return sign + str(whole)


def total(items):
    n = 0
    for m in items:
        n += m.to_primitive('number')

    return n

def main():
    m = Money(250)
    n = total([m, Money(5)])
    s = m.to_primitive('string')
    try:
        n += m.to_primitive('default') + 1
    except BadHint as e:
        n -= 1

    return s + str(n)

main()
