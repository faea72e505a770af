# conformance mode=back
class Fault(Exception): pass
class Runner:
    def run(self, cb, x):
        y = cb(x)
        return y + 1


def produce(limit):
    runner = Runner()
    i = 0
    def check(v):
        if v >= limit:
            raise Fault(str(v))

        return v * 2

    while True:
        yield runner.run(check, i)
        i += 1


def main():
    total = 0
    try:
        for v in produce(2):
            total += v

    except Fault as e:
        total += 100

    return total

main()
