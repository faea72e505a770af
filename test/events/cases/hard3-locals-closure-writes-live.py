# conformance mode=locals
class Stop(Exception): pass
def run(limit):
    count = 0
    note = 'n'
    def bump(by):
        nonlocal count, note; count += by
        note = note + str(count)
        if count > limit:
            raise Stop('over')

        return count

    bump(1)
    seen = count
    try:
        bump(limit)
    except Stop as e:
        note = 'caught'

    return bump(-count)

def main():
    r = run(5)
    try:
        r += run(9)
    except Stop as e:
        r -= 1

    return r

main()
