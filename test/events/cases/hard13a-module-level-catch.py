# conformance mode=record
def gen():
    yield 1
    raise Exception('top')

t = 0
try:
    for v in gen(): t += v
except Exception as e:
    t = -1

t += 1
