# conformance mode=self
from sys import settrace
class Trip(Exception): pass
state = {'calls': 0}
def T(frame, event, arg):
    if not (event == 'exception' and arg[0] is StopIteration): print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'call' and frame.f_code.co_name == 'gen': state['calls'] += 1
    if event == 'call' and state['calls'] == 2: raise Trip('t')
    return T

def gen():
    n = 0
    while n < 14:
        try:
            yield n
        except Trip as e:
            print('gen caught', str(e), n)
            settrace(T)
            n += 10

        n += 1

    return n

def main():
    g = gen()
    out = [next(g)]
    out.append(next(g))
    print("main after trip", len(out))
    for v in g:
        out.append(v)

    return len(out)

settrace(T)
print('result', main())
settrace(None)
