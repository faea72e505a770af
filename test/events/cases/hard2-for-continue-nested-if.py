# conformance mode=record
def classify(xs):
    odd = 0
    big = 0
    for x in xs:
        if x % 2 == 1:
            if x > 5:
                big += 1
                continue

            odd += 1
        elif x == 4:
            continue

        odd += 0

    return odd + big * 10

classify([1, 7, 4, 2, 9, 3])
