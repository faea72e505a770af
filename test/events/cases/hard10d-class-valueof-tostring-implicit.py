# conformance mode=record
class Qty:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n * 10


class Name:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s.upper()


def main():
    q = Qty(4)
    a = int(q) * 2 + (int(q))
    b = '<' + str(Name('ab')) + '>'
    return b + str(a)

main()
