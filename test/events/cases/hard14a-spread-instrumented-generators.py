# conformance mode=back
def nums(n):
    for i in range(n):
        yield i * 2


def total(*xs):
    s = 0
    for x in xs: s += x
    return s

def main():
    arr = [*nums(2), 9]
    t = total(*nums(3))
    set_ = set(nums(2))
    return len(arr) + t + len(set_)

main()
