# conformance mode=record
def build(names):
    fns = []
    for name in names:
        size = len(name)
        def describe(name=name, size=size):
            return name + str(size)

        fns.append(describe)

    k = 0
    while k < 2:
        kk = k * 10
        def adder(x, kk=kk):
            return x + kk

        fns.append(adder)
        k += 1

    return fns

def main():
    fns = build(['ab', 'c'])
    out = ''
    out += fns[0]()
    out += fns[1]()
    out += str(fns[2](1) + fns[3](1))
    return out

main()
