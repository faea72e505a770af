# conformance mode=record
class Gone(Exception): pass
class Item:
    def __init__(self, v):
        self._v = v

    def _get_v(self):
        if self._v is None:
            raise Gone('gone')

        return self._v
    v = property(_get_v)

def log(x):
    return x

def sum_(items):
    t = 0
    try:
        for v in map(__import__('operator').attrgetter('v'), items):
            try:
                if v == 2:
                    continue

                if v > 8:
                    break

                t += v
            finally:
                log(t)


    except Gone as e:
        t = -t

    return t

def main():
    a = sum_([Item(1), Item(2), Item(3), Item(None), Item(4)])
    b = sum_([Item(5), Item(9), Item(None)])
    return a * 100 + b

main()
