# conformance mode=record
def pair(bad):
    yield 1
    if bad: raise Exception('half')
    yield 2

def main():
    s = 0
    try:
        a, b = pair(True)
        s = a + b
    except Exception as e:
        s = -1

    return s

main()
