# conformance mode=record
def risky():
    yield 1
    raise Exception('mid')

def consume():
    got = 0
    try:
        for v in risky():
            got += v

    except Exception as e:
        got = -got

    return got

consume()
