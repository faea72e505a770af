# conformance mode=locals
class Bad(Exception): pass
def outer(xs):
    state = 'start'
    errors = 0
    def fail(msg):
        nonlocal state, errors; errors += 1
        state = msg
        raise Bad(msg)

    def fix():
        nonlocal state; state = state + '!'
        return len(state)

    x = 0
    for x in xs:
        try:
            if x < 0: fail('n' + str(x))
            state = 'ok'
        except Bad as e:
            errors += fix()
        finally:
            errors += 10


    return state + str(errors)

outer([1, -2, 3, -4])
