# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
class Trip(Exception): pass
def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'return' and frame.f_code.co_name.startswith('f'): raise Trip('ret ' + frame.f_code.co_name)
    return T

def f_in_catch():
    try:
        try:
            raise Boom('b')
        except Boom as e:
            return 1

    except Trip as e:
        return -1


def f_in_loop():
    try:
        for i in [1, 2, 3]:
            if i == 2: return i

    except Trip as e:
        return -2


def g_gen():
    try:
        yield 1
        return
    except Trip as e:
        print('gen caught')


def main():
    for fn in (f_in_catch, f_in_loop):
        try:
            print('got', fn(), gettrace() is None)
        except Trip as e:
            print('main caught', str(e), gettrace() is None)

        settrace(T)

    for v in g_gen():
        print('v', v)

    return 0

settrace(T)
main()
settrace(None)
