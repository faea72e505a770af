# conformance mode=locals
class Cancel(Exception): pass
def job():
    state = 'new'
    hits = 0
    def poke(s):
        nonlocal state, hits; state = s
        hits += 1

    try:
        yield poke
    except Cancel as e:
        was = state
        yield was + str(hits); del was

    try:
        yield hits
    finally:
        state = state + '.'


def main():
    g = job()
    poke = next(g)
    poke('run')
    poke('busy')
    a = g.throw(Cancel('c'))
    next(g)
    poke('late')
    for v in g:
        next(g, None); break

    return a

main()
