# conformance mode=back
class Bad(Exception): pass
def revive(v):
    if type(v) is str:
        return num(int(v))

    return shape(v)

def num(v):
    if v < 0: raise Bad('neg')
    if v > 100: return DEC.scan_once('{"n": ' + str(v - 100) + ', "m": 1}', 0)[0] + 1
    return v * 2

def shape(o):
    n = len(o)
    return n * 10

def load(text):
    try:
        return DEC.scan_once(text, 0)[0]
    except Bad as e:
        return fallback(len(text))


def fallback(n):
    return -n

def main():
    a = load('{"a": 1, "b": {"c": 2, "d": 3}}')
    b = load('{"x": {"y": 105}, "z": 5}')
    c = load('{"x": {"y": 99, "w": {"q": 130}}, "z": -5}')
    return a + b + c

DEC = __import__('json').JSONDecoder(object_hook=revive, parse_int=revive); main()
