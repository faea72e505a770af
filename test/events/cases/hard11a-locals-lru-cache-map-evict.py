# conformance mode=locals
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}
        self.misses = 0

    def get(self, key):
        if not (key in self.items):
            self.misses += 1
            return -1

        value = self.items[key]
        del self.items[key]
        self.items[key] = value
        return value

    def put(self, key, value):
        if key in self.items: del self.items[key]
        self.items[key] = value
        if len(self.items) > self.capacity:
            for oldest, v in self.items.items():
                del self.items[oldest]
                return oldest + '=' + str(v)


        return ''


def main():
    cache = LRU(2)
    evicted = ''
    cache.put('a', 1)
    cache.put('b', 2)
    hits = cache.get('a')
    evicted += cache.put('c', 3)
    hits += cache.get('b')
    evicted += cache.put('a', 10)
    evicted += cache.put('d', 4)
    hits += cache.get('a') + cache.get('c')
    return evicted + ':' + str(hits) + ':' + str(cache.misses)

main()
