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
        note(self.tag, self.i)
        if self.tag == 'bad': raise Closed(self.tag)
        return {'done': True}


seen = []
def note(tag, i):
    seen.append(tag + str(i))

def upTo(cur, limit):
    total = 0
    for [v] in cur:
        if v > limit: cur.ret(); break
        total += v

    return total

def nested(a, b):
    hits = 0
    for [x] in a:
        if x > 6: a.ret(); break
        for [y] in b:
            if y >= x: b.ret(); break
            hits += 1


    return hits

def guarded(cur):
    try:
        return upTo(cur, 2)
    except Closed as e:
        note('caught', cur.i)

    return -cur.i

def head2(cur):
    it = iter(cur); [a] = next(it); [b] = next(it); it.ret()
    return a * 10 + b

def main():
    r1 = upTo(Cursor(2, 'u'), 5)
    r2 = nested(Cursor(3, 'A'), Cursor(1, 'B'))
    r3 = guarded(Cursor(1, 'bad'))
    r4 = 0
    try:
        r4 = head2(Cursor(5, 'h')) + head2(Cursor(7, 'bad'))
    except Closed as e:
        r4 = -r4

    return ','.join(seen) + '=' + str(r1 + r2 + r3 + r4)

main()
