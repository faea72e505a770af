# conformance mode=record
class TooDeep(Exception): pass
def even(x, depth):
    if depth > 3: raise TooDeep(str(depth))
    if type(x) is not list: return x * 2
    return functools.reduce(add, list(map(lambda y: odd(y, depth + 1), x)), 0)

def odd(x, depth):
    try:
        return even(x, depth + 1) + 1 if type(x) is list else x
    except TooDeep as e:
        if depth % 2 == 0: raise e
        return -depth


def add(a, b):
    return a + b

def main():
    r = []
    for t in [[1, 2], [1, [2, [3]]], [[[[[4]]]]], 5, [[7, [8, [9]]]]]:
        try:
            r.append(even(t, 0))
        except TooDeep as e:
            r.append('E' + str(e))


    return ','.join(map(str, r))

import functools; main()
