# conformance mode=back
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return [1]

    def ret(self):
        return {}


def loops(a, b):
    n = 0
    for x in a:
        if n > 0: break
        n += 1
        for y in b:
            b.ret(); break


    return n

loops([1, 2], It())
