# conformance mode=locals
class Skip(Exception): pass
def machine(ops):
    i = 0; state = 'a'; got = 0
    while i < len(ops):
        try:
            match state:
                case 'a': got = yield ops[i]; state = 'b'
                case 'b': got = yield -i; state = 'a'

        except Skip as e:
            state = 'b' if state == 'a' else 'a'
            got = yield 'skip'
        finally:
            i += 1
            if got == 7:
                got = yield 'seven'



    return state

def main():
    g = machine(['p', 'q', 'r', 's'])
    out = next(g)
    out += str(g.throw(Skip('x')))
    out += str(g.send(7))
    out += str(g.send(1))
    out += str(g.throw(Skip('y')))
    out += str(g.send(2))
    out += str(g.send(7))
    out += str(g.send(0))
    last = next(g, None)
    out += 'a' if last is None else 'b'
    return out

main()
