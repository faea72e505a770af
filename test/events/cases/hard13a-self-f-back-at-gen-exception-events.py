# conformance mode=self
from sys import settrace
def chain(frame):
    names = []
    f = frame.f_back
    while f is not None and f.f_code.co_name != '<module>': names.append(f.f_code.co_name); f = f.f_back
    return ','.join(names)
def local(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, chain(frame))
    return local

def glob(frame, event, arg):
    return local(frame, event, arg)

def leaf():
    yield 1
    raise Exception('leaf')

def mid():
    yield from leaf()

def consume(g):
    t = 0
    for v in g: t += v
    return t

def main():
    try:
        consume(mid())
    except Exception as e:
        return 'x'


settrace(glob)
main()
settrace(None)
