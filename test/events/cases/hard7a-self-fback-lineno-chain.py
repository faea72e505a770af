# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if frame.f_code.co_name != 'where': return T
    chain = []; f = frame.f_back
    while f is not None and f.f_code.co_name != '<module>': chain.append(f.f_code.co_name + '@' + str(f.f_lineno)); f = f.f_back
    print(event, frame.f_locals['tag'], ' < '.join(chain))
    return T

def where(tag):
    return len(tag)

def gen():
    yield where('gen-first')
    try:
        yield 1
    finally:
        where('gen-finally')


def work():
    n = 0
    while where('header') + n < 8:
        n += 4

    for v in gen():
        n += v

    try:
        raise Exception('x')
    except Exception as e:
        n += where('catch')
    finally:
        n += where('finally')

    return n + where('return')

settrace(T)
print('result', work())
settrace(None)
