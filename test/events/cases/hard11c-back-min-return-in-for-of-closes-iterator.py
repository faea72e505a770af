# conformance mode=back
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return [1]

    def ret(self):
        return {}


def first(it):
    for v in it:
        it.ret(); return v


first(It())
