# conformance mode=back
class NoSuch(Exception): pass
def trap(target, key):
    if key not in target: raise NoSuch(str(key))
    v = target[key]
    return functools.partial(v, target) if callable(v) else v

def sum(self):
    xs = self.items; return functools.reduce(self.add, xs, self.base)

def add(self, acc, x):
    return acc + x

def describe(self):
    return self.name + '=' + str(self.sum())

def wrap(obj):
    return W(obj)

def main():
    p = wrap(dict(items=[1, 2, 3], base=10, sum=sum, add=add, describe=describe, name='p'))
    q = wrap(dict(items=[4], sum=sum, add=add, describe=describe, name='q'))
    out = p.describe()
    try:
        out += q.describe()
    except NoSuch as e:
        out += '!' + str(e)

    return out

import functools; W = type('W', (dict,), {'__getattribute__': trap}); main()
