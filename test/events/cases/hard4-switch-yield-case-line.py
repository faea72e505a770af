# conformance mode=record
def route(cmds):
    acc = 0
    for c in cmds:
        sw = c
        if sw == 'b':
            acc += yield 2
        if sw == 'b' or sw == 'c': acc += yield 3
        elif sw == 'a': acc += yield 1
        else: yield acc

        acc += 1

    return acc

def main():
    g = route(['b', 'a', 'c', 'z'])
    total = next(g)
    total += g.send(10)
    total += g.send(20)
    total += g.send(30)
    total += g.send(40)
    next(g, None)
    return total

main()
