# conformance mode=self
from sys import settrace
class Boom(Exception): pass
class Other(Exception): pass
def T(frame, event, arg):
    extra = ('none' if arg is None else str(arg)) if event == 'return' else ''
    if event == 'exception':
        tb = arg[2]; parts = []
        while tb is not None: parts.append(tb.tb_frame.f_code.co_name + ':' + str(tb.tb_lineno)); tb = tb.tb_next
        extra = arg[0].__name__ + ' tb ' + ' '.join(parts)

    print(event, frame.f_code.co_name, frame.f_lineno, extra)
    return T

def cleanup(tag):
    return tag * 2

def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except Boom as e:
            total += 100
            cleanup(total)
        finally:
            cleanup(1)

        if total > 200: raise Other('too big')


def swallow():
    try:
        raise Boom('lost')
    finally:
        cleanup(3)
        return 'swallowed'


def feed(g):
    g.send(5)
    g.throw(Boom('one'))
    return g.throw(Boom('two'))

def main():
    g = worker()
    next(g)
    try:
        feed(g)
    except Other as e:
        cleanup(0)

    return swallow()

settrace(T)
print('result', main())
settrace(None)
