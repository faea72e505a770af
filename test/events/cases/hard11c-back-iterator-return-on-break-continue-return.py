# conformance mode=back
class Closed(Exception): pass
class Cursor:
    def __init__(self, n, tag):
        self.n = n; self.i = 0; self.tag = tag

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return [self.i * self.n]

    def ret(self):
        note(self.tag)
        if self.tag == 'bad': raise Closed(self.tag)
        return {'done': True}


seen = []
def note(tag):
    seen.append(tag)

def firstOver(cur, limit):
    for [v] in cur:
        if v > limit:
            cur.ret(); return v



def pairs(a, b):
    total = 0
    for [x] in a:
        for [y] in b:
            if y > x: b.ret(); break
            total += x * y
            if total > 50: b.ret(); a.ret(); return total



def guarded(cur):
    try:
        for [v] in cur:
            if v > 2: cur.ret(); break

    except Closed as e:
        note('caught')

    return cur.i

def head2(cur):
    it = iter(cur); [a] = next(it); [b] = next(it); it.ret()
    return a + b

def main():
    r1 = firstOver(Cursor(2, 'f'), 5)
    r2 = pairs(Cursor(3, 'A'), Cursor(1, 'B'))
    r3 = guarded(Cursor(1, 'bad'))
    r4 = head2(Cursor(5, 'h'))
    return ','.join(seen) + '=' + str(r1 + r2 + r3 + r4)

main()
