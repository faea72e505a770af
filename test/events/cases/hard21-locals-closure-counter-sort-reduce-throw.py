# conformance mode=locals
import functools
class Tie(Exception): pass
def rank(words, limit):
    calls = 0
    last = ''
    def cmp(a, b):
        nonlocal calls, last
        calls += 1; last = a + b
        if calls > limit: raise Tie(last)
        return len(a) - len(b)

    def add(acc, w):
        nonlocal last
        last = w
        return acc + len(w) * calls

    try:
        ordered = sorted(words, key=functools.cmp_to_key(cmp))
        total = functools.reduce(add, ordered, 0); del ordered
    except Tie as e:
        total = -calls
        last = str(e) + '!'

    return str(total) + last

def main():
    a = rank(['bb', 'a'], 5)
    b = rank(['ccc', 'a', 'bb'], 1)
    return a + b

main()
