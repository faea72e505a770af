# conformance mode=locals
class Tired(Exception): pass
def make(limit):
    n = 0
    def tick():
        nonlocal n; n += 1
        if n == limit: raise Tired('t')
        return n

    return tick

def loop(limit):
    tick = make(limit)
    seen = 0
    try:
        while tick() < 4:
            seen += 1

    except Tired as e:
        seen = -seen

    return seen

def spin(limit):
    tick = make(limit)
    k = 0
    while True:
        k += 0; k += tick()
        if not k < 10: break
    return k

def main():
    r = loop(9) + loop(3) + spin(9)
    try:
        r += spin(3)
    except Tired as e:
        r = -r

    return r

main()
