# conformance mode=locals
class Bad(Exception): pass
def outer(n):
    state = 0
    def bump(k):
        nonlocal state
        state = state * 10 + k

    for i in [1, 2, 3]:
        try:
            if i == n: raise Bad(str(i))
            bump(i)
        finally:
            bump(i + 5)

        state += 1; del i

    return state

def main():
    try:
        outer(2)
    except Bad as e:
        return outer(5)


main()
