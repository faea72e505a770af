# conformance mode=back
class Third(Exception): pass
calls = 0
def step(acc, x):
    global calls; calls += 1
    if calls % 5 == 3: raise Third(str(calls))
    return acc + (deep(x) if type(x) is list else x)

def deep(xs):
    return functools.reduce(step, xs)

def safeSum(xs):
    try:
        return functools.reduce(step, xs, 0)
    except Third as e:
        return -calls


def main():
    a = safeSum([1, [2, 3], 4])
    b = safeSum([5, [6, [7, 8]]])
    c = safeSum([[1, 2], 3])
    return a * 10000 + b * 100 + c

import functools; main()
