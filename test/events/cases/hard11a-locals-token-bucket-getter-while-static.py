# conformance mode=locals
class Bucket:
    def __init__(self, capacity, refill):
        self.capacity = capacity
        self.refill = refill
        self.used = 0
        self.clock = 0

    def full(capacity):
        b = Bucket(capacity, 1)
        return b
    full = staticmethod(full)
    def _available(self):
        gained = self.clock * self.refill
        left = self.capacity - self.used + gained
        return self.capacity if left > self.capacity else left
    available = property(_available)
    def take(self):
        if self.available <= 0: return False
        self.used += 1
        return True

    def tick(self):
        self.clock += 1


def drain(bucket, rounds):
    granted = 0
    round = 0
    while round < rounds:
        while bucket.available > 0 and bucket.take(): granted += 1
        bucket.tick()
        round += 1

    return granted

def main():
    b = Bucket.full(3)
    got = drain(b, 3)
    more = 1 if b.take() else 0
    return got * 10 + more + b.available

main()
