# conformance mode=back
def makeHandler(tag, limit):
    def handler(ev):
        ev['seen'].append(tag)
        if ev['n'] > limit: raise Exception(tag + ' over')
        return ev['n']

    return handler

def validate(ev):
    if not isinstance(ev['n'], int): raise TypeError('n')
    return True

def dispatch(handlers, ev):
    ok = 0
    for h in handlers:
        try:
            validate(ev)
            h(ev)
            ok += 1
        except Exception as e:
            if isinstance(e, TypeError): break
            ev['seen'].append(str(e))
            continue
        finally:
            ev['count'] += 1

        ok += 10

    return ok + ev['count']

def main():
    hs = [makeHandler('a', 1), lambda ev: validate(ev) and ev['n'] * 2, makeHandler('b', 5)]
    total = 0
    for n in [0, 3, 'x', 9]:
        total += dispatch(hs, {'n': n, 'seen': [], 'count': 0})

    return total

main()
