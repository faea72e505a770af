# conformance mode=locals
def outer(xs, limit):
    done = 0
    def mark(v):
        nonlocal done
        done = done * 10 + v

    def gen():
        for x in xs:
            try:
                if x > limit: break
                yield x * 2
            finally:
                mark(x); del x



    total = 0
    for v in gen():
        total += v + done; del v

    return total + done

outer([1, 2, 3], 5); outer([4, 9, 1], 5)
