# conformance mode=locals
class Over(Exception): pass
def counter(start):
    value = start
    log = ''
    def step(d):
        nonlocal value, log; before = value
        value = before + d
        log += str(value)
        if value > 50:
            raise Over(log)

        return before

    def relay(d):
        return step(d) + 1

    step(2)
    value = value * 10
    log = log + '|'
    relay(3)
    value -= 1
    try:
        relay(value)
    except Over as e:
        log = log + 'c'
        value = 0

    return step(value) + len(log)

counter(1)
