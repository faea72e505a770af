# conformance mode=locals
def make_counter(start):
    count = start
    def bump(step):
        nonlocal count; count += step
        return count

    return bump

def use():
    c = make_counter(5)
    c(1)
    last = c(2)
    return last

use()
