# conformance mode=self
from sys import settrace
class Trip(Exception): pass
plan = {('call', 'Child'): 1, ('return', 'set size'): 1, ('return', 'Base'): 1, ('line', 'get size'): 1, ('call', 'make'): 1}
def name_of(code):
    return {'__init__': 'Child' if code.co_firstlineno == 19 else 'Base', '_get_size': 'get size', '_set_size': 'set size'}.get(code.co_name, code.co_name)

def T(frame, event, arg):
    n = name_of(frame.f_code)
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if plan.get((event, n)) == 1: plan[(event, n)] = 0; raise Trip(event + ' ' + n)
    return T

class Base:
    def __init__(self, s):
        self.size = s

class Child(Base):
    def __init__(self, s):
        super().__init__(s + 1)
        self.tag = self.size

    def _get_size(self):
        return self._s * 2

    def _set_size(self, v):
        self._s = v
    size = property(_get_size, _set_size)

def make(s):
    try:
        return Child(s).tag
    except Trip as e:
        print('caught', str(e))
        settrace(T)
        return -1


def main():
    r = []
    for i in range(6):
        try:
            r.append(make(i))
        except Trip as e:
            print('main caught', str(e)); settrace(T)


    return len(r)

settrace(T)
print('result', main())
settrace(None)
