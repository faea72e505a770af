# conformance mode=back
class Gone(Exception): pass
class Box:
    def __init__(self, v):
        self.v = v

    def _get(self):
        if self.v is None: raise Gone('size')
        return measure(self.v)
    size = property(_get)

def measure(v):
    return v * 2

def close(box):
    return box.size + 1

def use(box):
    try:
        return measure(3)
    finally:
        close(box)


def main():
    n = use(Box(4))
    try:
        n += use(Box(None))
    except Gone as e:
        n += close(Box(1))

    return n

main()
