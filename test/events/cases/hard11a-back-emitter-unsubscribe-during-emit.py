# conformance mode=back
class Bus:
    def __init__(self):
        self.subs = []

    def subscribe(self, fn):
        self.subs.append(fn)
        bus = self
        def unsubscribe():
            i = bus.subs.index(fn) if fn in bus.subs else -1
            if i >= 0: del bus.subs[i]
            return i

        return unsubscribe

    def publish(self, msg):
        delivered = 0
        for fn in self.subs:
            fn(msg)
            delivered += 1

        return delivered


seen = []
def makeOnce(bus, tag):
    off = None
    def handler(msg):
        seen.append(tag + msg)
        off()

    off = bus.subscribe(handler)
    return off

def always(msg):
    seen.append('all' + msg)

def main():
    bus = Bus()
    makeOnce(bus, 'x')
    makeOnce(bus, 'y')
    bus.subscribe(always)
    first = bus.publish('1')
    second = bus.publish('2')
    third = bus.publish('3')
    return str(first) + str(second) + str(third) + ':' + ','.join(seen)

main()
