# conformance mode=locals
def gen(s):
    state = 'start'
    yield state
    try:
        state = 'parse'
        n = parse(s)
        yield n; del n
    except Exception as e:
        state = 'failed'; del e
        return state

    state = 'ok'

def parse(s):
    raise Exception(s)

def main():
    g = gen('{')
    a = next(g)
    b = next(g, 'done')
    return a + b

main()
