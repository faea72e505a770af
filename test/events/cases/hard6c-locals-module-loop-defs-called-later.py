# conformance mode=locals
made = []
total = 0
for base in [1, 2, 3]:
    def mk(k):
        scale = k * 10
        def inner(x):
            if x + k > 4: raise Exception('big ' + str(x + k))
            return x + scale

        return inner

    tag = 'b' + str(base)
    def peek():
        return tag + str(base)

    total += len(peek())
    made.append(mk(base))

for f in made:
    try:
        total += f(2)
    except Exception as e:
        total -= 1
        continue
    finally:
        total += 100

    total += 1000

