# conformance mode=locals
def f():
    proto = { 'inh': 1 }
    o = dict(proto)
    o = {'own': 2, **o}
    keys = ''
    for key in o:
        keys += key; del key

    return keys

f()
