# conformance mode=locals
class TooDeep(Exception): pass
def makeMemo(limit):
    cache = {}
    hits = 0
    misses = 0
    def ways(n):
        if n in cache:
            nonlocal hits; hits += 1
            return cache[n]

        nonlocal misses; misses += 1
        if n > limit: raise TooDeep('limit ' + str(n))
        v = 1 if n < 2 else ways(n - 1) + ways(n - 2)
        cache[n] = v
        return v

    def stats():
        return hits * 100 + misses

    return [ways, stats]

def main():
    ways, stats = makeMemo(6)
    total = 0; n = 0
    for n in [4, 8, 6]:
        try:
            total += ways(n)
        except TooDeep as e:
            s = stats()
            total -= s; del s


    return total + stats()

main()
