# conformance mode=locals
def machine(limit):
    state = 'idle'
    count = 0
    cmd = ''
    while state != 'done':
        try:
            cmd = yield state
            if cmd == 'go':
                state = 'run'
                count += 1
            elif cmd == 'stop' or count >= limit:
                state = 'done'
            else:
                raise TypeError(cmd)

        except TypeError as e:
            state = 'err'
            continue
        finally:
            count += 10

        cmd = state

    yield count

def drive(cmds):
    g = machine(30)
    seen = [next(g)]
    c = ''
    for c in cmds:
        r = g.send(c)
        seen.append(r); del r

    rest = next(g, None)
    return len(seen)

drive(['go', 'bad', 'go', 'stop'])
