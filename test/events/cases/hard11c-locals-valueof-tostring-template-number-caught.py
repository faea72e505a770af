# conformance mode=locals
class Overdrawn(Exception): pass
class Amount:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        c = self.cents
        if c > 100000: raise Overdrawn(str(c))
        return c

    def __str__(self):
        whole = self.cents // 100
        return f'{whole}.{pad(self.cents % 100)}'
    __pos__ = __int__

def pad(n):
    s = str(n)
    return '0' + s if len(s) < 2 else s

def line(label, amt):
    text = f'{label}: {amt}'
    n = int(amt)
    return text + '=' + str(n + +amt)

def report(amts):
    out = ''
    bad = 0
    for a in amts:
        try:
            out += line('x', a) + ';'
        except Overdrawn as e:
            bad += 1


    return out + str(bad)

report([Amount(1205), Amount(123456), Amount(99)])
