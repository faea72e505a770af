# conformance mode=record
def classify(x):
    kind = 'none'
    # check:
    if x < 0:
        kind = 'negative'
        pass
    else:
        kind = 'non-negative'

    return kind

classify(-2)
classify(3)
