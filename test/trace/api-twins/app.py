import helper

def square(x):
    return x * x

def work(n):
    total = 0
    for i in range(n):
        total += helper.double(square(i))
    return total

def boom(n):
    total = work(n)
    if total > 0:
        raise ValueError('boom %d' % total)
    return total

def outer(tracer, n):
    a = work(n)
    b = tracer.runfunc(work, n)
    c = work(n)
    return a + b + c

def unused():
    return 0
