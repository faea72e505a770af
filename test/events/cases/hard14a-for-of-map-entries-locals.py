# conformance mode=locals
def f():
    m = dict([('a', 1), ('b', 2)])
    acc = ''
    for k, v in m.items():
        acc += k + str(v); del k, v

    return acc

f()
