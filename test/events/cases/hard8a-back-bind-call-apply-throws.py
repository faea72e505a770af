# conformance mode=back
class Denied(Exception): pass
def guard(level, need):
    if level < need:
        raise Denied('level')

    return need

def act(level, need, extra):
    return guard(level, need) + extra

def run(level):
    bound = __import__('functools').partial(act, level)
    r = __import__('operator').call(act, level, 1, 0) + __import__('operator').call(act, *[level, 2, 0])
    try:
        r += bound(3, 10)
    except Denied as e:
        r += __import__('operator').call(act, *[level, 0, 100])

    return r

def main():
    return run(3) + run(2)

main()
