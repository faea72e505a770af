# conformance mode=locals
class Api:
    def __init__(self, total, pageSize):
        self.total = total
        self.pageSize = pageSize
        self.requests = 0

    def page(self, n):
        self.requests += 1
        start = n * self.pageSize
        end = min(start + self.pageSize, self.total)
        return [start, end] if end > start else None


def paginate(api):
    n = 0
    try:
        while True:
            range = api.page(n)
            if range is None: return n
            i = range[0]
            while i < range[1]:
                yield i
                i += 1

            n += 1; del range, i

    finally:
        api.requests += 100


def collect(api):
    seen = 0
    odd = 0
    def note(v):
        nonlocal seen, odd; seen += 1
        if v % 2 == 1: odd += v

    for v in paginate(api):
        note(v); del v

    return seen * 1000 + odd

def main():
    api = Api(5, 2)
    r = collect(api)
    return r + api.requests

main()
