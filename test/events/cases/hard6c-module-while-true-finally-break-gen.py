# conformance mode=record
def feed(items):
    for it in items:
        if it < 0: raise Exception('neg')
        yield it


def use(v):
    if v == 3: raise TypeError('three')
    return v * 2

src = feed([1, 2, 3, 4, -1, 5])
acc = 0
rounds = 0
while True:
    rounds += 1
    try:
        step = next(src, None)
        if step is None: break
        acc += use(step)
        if acc > 100: continue
    except Exception as e:
        acc -= 1
    finally:
        if rounds >= 6: break

    acc += 1000

after = next(src, None) is None
acc += rounds
