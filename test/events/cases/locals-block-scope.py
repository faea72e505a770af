# conformance mode=locals
def shape(x):
    kind = 'small'
    if x > 10:
        half = x // 2
        kind = 'big' + str(half); del half

    extra = 1
    return kind + str(extra)

shape(20)
shape(4)
