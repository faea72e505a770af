# conformance mode=record
class Broken(Exception): pass
class Range:
    def __init__(self, n, bad):
        self.n = n
        self.bad = bad

    def __iter__(self):
        for i in range(self.n):
            if i == self.bad: raise Broken('at ' + str(i))
            yield i * 10



def total(r):
    s = 0
    try:
        for v in r:
            s += v

    except Broken as e:
        s = -s

    return s

def main():
    return total(Range(3, -1)) + total(Range(4, 2))

main()
