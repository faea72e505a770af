# An exception thrown 3 frames deep and caught, in a loop.
N = 200000


class BenchError(Exception):
    def __init__(self, code):
        super().__init__('bench')
        self.code = code


def level3(i):
    code = i % 7
    raise BenchError(code)


def level2(i):
    r = level3(i)
    return r + 1


def level1(i):
    r = level2(i)
    return r + 1


def run():
    caught = 0
    for i in range(N):
        try:
            level1(i)
        except BenchError as e:
            caught += e.code
    return caught
